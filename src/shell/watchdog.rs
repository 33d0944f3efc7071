//! A guard for the reader against a terminal that goes away under it.
//!
//! When its terminal is hung up (the window closed, the tmux pane killed, the
//! ssh link dropped), crossterm's event source spins inside `event::poll`:
//! the dead tty stays readable, every read returns nothing, and the poll
//! timeout is never looked at again. The event loop then cannot see the SIGHUP
//! or SIGTERM flag it polls, cannot return an error, and would burn a core
//! forever. So this thread watches from outside the loop: once a stop signal
//! has been raised and the loop has not come out within a grace period, or once
//! the terminal no longer answers a size query, it hands the last reading
//! position the loop published to `abandon` (which saves it), restores what it
//! can of the terminal and ends the process.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How often the thread looks.
const TICK: Duration = Duration::from_millis(100);
/// How long the event loop gets to leave by itself after a stop signal.
const GRACE: Duration = Duration::from_millis(600);
/// Failed terminal size queries in a row that mean the terminal is gone.
const DEAD_AFTER: u32 = 3;

/// A reading position the loop has published: the document's hash (when the
/// whole document is known) and the offset at the top of the view.
pub type Published = (Option<String>, usize);

#[derive(Default)]
struct Shared {
    done: AtomicBool,
    last: Mutex<Option<Published>>,
}

/// The running watchdog; [`Watchdog::finish`] stops it when the loop has ended normally.
pub struct Watchdog {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    /// Watch `stop` (raised by signal handlers) and the terminal; when the loop is
    /// stuck, call `abandon` with the last published position, then `restore`, then exit.
    pub fn start(
        stop: Arc<AtomicBool>,
        abandon: impl FnOnce(Option<Published>) + Send + 'static,
        restore: impl FnOnce() + Send + 'static,
    ) -> Self {
        Self::start_with(stop, abandon, restore, terminal_answers)
    }

    fn start_with(
        stop: Arc<AtomicBool>,
        abandon: impl FnOnce(Option<Published>) + Send + 'static,
        restore: impl FnOnce() + Send + 'static,
        terminal_alive: impl Fn() -> bool + Send + 'static,
    ) -> Self {
        let shared = Arc::new(Shared::default());
        let watched = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("qari-watchdog".into())
            .spawn(move || {
                if watch(&watched, &stop, &terminal_alive) {
                    let last = watched
                        .last
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .take();
                    abandon(last);
                    restore();
                    std::process::exit(1);
                }
            })
            .ok();
        Self { shared, thread }
    }

    /// Tell the watchdog where the reader is, in case it has to save it.
    pub fn publish(&self, position: Published) {
        let mut last = self
            .shared
            .last
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if last.as_ref() != Some(&position) {
            *last = Some(position);
        }
    }

    /// The loop has ended by itself: stop watching.
    pub fn finish(mut self) {
        self.shared.done.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            // A watchdog that panicked has nothing left to do.
            let _ = thread.join();
        }
    }
}

/// Watch until the loop is done (false) or stuck (true).
/// Whether the reader's terminal still answers a size query, on standard
/// output or on `/dev/tty` (where keys come from when standard input is a
/// pipe). Asked of the kernel directly: crossterm's size falls back to
/// running `tput`, which answers from the terminal's description when the
/// terminal is gone (a pager under `git`, whose session leader keeps the
/// hang-up to itself, span on a dead tty for ever).
fn terminal_answers() -> bool {
    if rustix::termios::tcgetwinsize(std::io::stdout()).is_ok() {
        return true;
    }
    crate::shell::probe::open_tty().is_some_and(|tty| rustix::termios::tcgetwinsize(&tty).is_ok())
}

fn watch(shared: &Shared, stop: &AtomicBool, terminal_alive: &dyn Fn() -> bool) -> bool {
    let mut stopped_at: Option<Instant> = None;
    let mut failures = 0;
    loop {
        std::thread::sleep(TICK);
        if shared.done.load(Ordering::SeqCst) {
            return false;
        }
        if stop.load(Ordering::SeqCst) {
            let since = *stopped_at.get_or_insert_with(Instant::now);
            if since.elapsed() >= GRACE {
                return true;
            }
        }
        failures = if terminal_alive() { 0 } else { failures + 1 };
        if failures >= DEAD_AFTER {
            return true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared() -> Shared {
        Shared::default()
    }

    #[test]
    fn a_stop_the_loop_does_not_answer_is_taken_over() {
        let stop = AtomicBool::new(true);
        let started = Instant::now();
        assert!(watch(&shared(), &stop, &|| true));
        assert!(started.elapsed() >= GRACE);
    }

    #[test]
    fn a_dead_terminal_is_taken_over() {
        let stop = AtomicBool::new(false);
        assert!(watch(&shared(), &stop, &|| false));
    }

    #[test]
    fn a_loop_that_finishes_is_left_alone() {
        let s = shared();
        s.done.store(true, Ordering::SeqCst);
        assert!(!watch(&s, &AtomicBool::new(true), &|| false));
    }

    #[test]
    fn finish_stops_the_thread_without_abandoning() {
        let abandoned = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&abandoned);
        let dog = Watchdog::start_with(
            Arc::new(AtomicBool::new(false)),
            move |_| flag.store(true, Ordering::SeqCst),
            || {},
            || true,
        );
        dog.publish((Some("h".into()), 7));
        assert_eq!(
            *dog.shared.last.lock().expect("lock"),
            Some((Some("h".to_string()), 7))
        );
        dog.finish();
        assert!(!abandoned.load(Ordering::SeqCst));
    }
}
