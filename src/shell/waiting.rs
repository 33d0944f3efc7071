//! Waiting for a link: the keys and signals that give up on a page while
//! it is fetched (`store::fetch::Waiter`, which the store asks every 50 ms).
//!
//! A page that never answers held qari for the whole 30 s timeout, and
//! neither Ctrl-C nor `q` did anything: the reader's signals only raise a
//! flag, which nothing read while the request ran, and a key typed on a
//! terminal in its ordinary mode waits for Enter. So while a request runs
//! the terminal is put in raw mode, where `q`, Esc and Ctrl-C come as keys,
//! and each is read here; a signal that ends qari is read from its flag (the
//! reader's, or one registered here for a command the first time it
//! fetches). The terminal is given back when the request ends, given up or
//! not. Only from the terminal's foreground: from the background, changing
//! its mode would stop qari (SIGTTOU), and no key is meant for it; a signal
//! still gives up there.
//!
//! A command's own flag would leave Ctrl-C doing nothing once the page has
//! come (a handler, once registered, stays): outside a request, a signal
//! there ends qari as it would have without one (signal-hook's emulation of
//! the default).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};

use crate::shell::probe;
use crate::store::fetch::Waiter;

/// Which signal that ends qari came last (0: none), for the exit status
/// (128 + it). One for the process, as its signals are: the reader
/// registers it (`ReaderOptions`), and a command that fetches does.
pub fn caught_signal() -> Arc<AtomicUsize> {
    static CAUGHT: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
    Arc::clone(CAUGHT.get_or_init(|| Arc::new(AtomicUsize::new(0))))
}

/// qari's exit status when it gave up waiting (for a link, for a pipe's
/// writer): 128 + the signal that gave up, as a shell reports a process a
/// signal ended; 130 for a key (Ctrl-C, `q`, Esc), as for a program Ctrl-C
/// interrupted.
pub fn given_up_status() -> u8 {
    match caught_signal().load(Ordering::SeqCst) {
        0 => 130,
        signal => u8::try_from(128 + signal).unwrap_or(130),
    }
}

/// The keys and signals that give up on a page being fetched.
#[derive(Debug)]
pub struct FetchWatch {
    /// Raised by a signal that ends qari.
    stop: Arc<AtomicBool>,
    /// A command's signals, registered the first time it fetches.
    own_signals: Option<OnceLock<Arc<AtomicBool>>>,
    /// Whether this watch put the terminal in raw mode (to give it back).
    raw: AtomicBool,
}

impl FetchWatch {
    /// For the reader, whose signals raise `stop` already.
    pub fn for_reader(stop: Arc<AtomicBool>) -> Self {
        Self {
            stop,
            own_signals: None,
            raw: AtomicBool::new(false),
        }
    }

    /// For a command, which catches no signal until it fetches.
    pub fn for_command() -> Self {
        Self {
            stop: Arc::new(AtomicBool::new(false)),
            own_signals: Some(OnceLock::new()),
            raw: AtomicBool::new(false),
        }
    }

    /// A command's signals, caught from its first request on: they raise
    /// `stop` and, outside a request, end qari as by default.
    fn catch_signals(&self) {
        let Some(once) = &self.own_signals else {
            return;
        };
        let outside = once.get_or_init(|| {
            let outside = Arc::new(AtomicBool::new(true));
            for signal in crate::shell::probe::ENDING {
                // Which signal it was is stored first, as the reader does.
                if let Ok(number) = usize::try_from(signal) {
                    let _ = signal_hook::flag::register_usize(signal, caught_signal(), number);
                }
                let _ = signal_hook::flag::register(signal, Arc::clone(&self.stop));
                let _ =
                    signal_hook::flag::register_conditional_default(signal, Arc::clone(&outside));
            }
            outside
        });
        outside.store(false, Ordering::SeqCst);
    }
}

/// Whether qari is in its terminal's foreground (a terminal there is).
fn in_foreground() -> bool {
    probe::open_tty().is_some_and(|tty| probe::in_foreground(&tty))
}

/// Whether a key gives up: `q`, Esc or Ctrl-C.
fn gives_up(code: KeyCode, modifiers: KeyModifiers) -> bool {
    match code {
        KeyCode::Esc => true,
        KeyCode::Char('q') => !modifiers.contains(KeyModifiers::CONTROL),
        KeyCode::Char('c') => modifiers.contains(KeyModifiers::CONTROL),
        _ => false,
    }
}

impl Waiter for FetchWatch {
    fn start(&self) -> bool {
        self.catch_signals();
        let raw = in_foreground() && crossterm::terminal::enable_raw_mode().is_ok();
        self.raw.store(raw, Ordering::SeqCst);
        raw
    }

    fn given_up(&self) -> bool {
        if self.stop.load(Ordering::SeqCst) {
            return true;
        }
        if !self.raw.load(Ordering::SeqCst) {
            return false;
        }
        // Every key typed so far; others than those are dropped, as typed
        // at a page that had not come. (crossterm reads nothing at all when
        // asked to wait for zero time.)
        while event::poll(Duration::from_millis(1)).unwrap_or(false) {
            match event::read() {
                Ok(Event::Key(key))
                    if key.kind == KeyEventKind::Press && gives_up(key.code, key.modifiers) =>
                {
                    return true
                }
                Ok(_) => {}
                Err(_) => return false,
            }
        }
        false
    }

    fn end(&self) {
        if self.raw.swap(false, Ordering::SeqCst) {
            let _ = crossterm::terminal::disable_raw_mode();
        }
        if let Some(outside) = self.own_signals.as_ref().and_then(OnceLock::get) {
            outside.store(true, Ordering::SeqCst);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q_esc_and_ctrl_c_give_up_and_other_keys_do_not() {
        let none = KeyModifiers::NONE;
        assert!(gives_up(KeyCode::Char('q'), none));
        assert!(gives_up(KeyCode::Esc, none));
        assert!(gives_up(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert!(!gives_up(KeyCode::Char('c'), none));
        assert!(!gives_up(KeyCode::Char('j'), none));
        assert!(!gives_up(KeyCode::Enter, none));
    }

    #[test]
    fn a_signal_s_flag_gives_up_without_a_terminal() {
        let stop = Arc::new(AtomicBool::new(false));
        let watch = FetchWatch::for_reader(Arc::clone(&stop));
        assert!(!watch.given_up());
        stop.store(true, Ordering::SeqCst);
        assert!(watch.given_up());
    }
}
