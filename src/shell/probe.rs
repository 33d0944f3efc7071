//! Asking the terminal about itself: the shell's side of [`crate::core::terminal::answers`],
//! and tmux's options for the pane qari runs in.
//!
//! The queries go to `/dev/tty` in raw mode, before the reader takes the
//! terminal, and the answers are read with `poll` until the device attributes
//! arrive or the timeout passes, so a terminal that answers nothing costs at
//! most the timeout and never hangs qari. Whatever is still unread then is
//! flushed from the tty, so a late answer cannot turn into keys for the reader.
//! Any failure (no tty, a tty that vanished) is just no answer.

use std::os::fd::AsFd;
use std::time::{Duration, Instant};

use rustix::event::{poll, PollFd, PollFlags, Timespec};
use rustix::fs::{Mode, OFlags};
use rustix::termios::{self, OptionalActions, QueueSelector};

use crate::core::terminal::answers::{self, Answers};
use crate::core::terminal::Facts;

/// XTVERSION, the background colour, then the device attributes as the end mark.
const QUERIES: &[u8] = b"\x1b[>q\x1b]11;?\x1b\\\x1b[c";

/// The longest qari waits for answers (a local terminal takes a few ms; ssh more).
pub const TIMEOUT: Duration = Duration::from_millis(250);

/// The controlling terminal, `/dev/tty`, opened to read and write (not
/// made the controlling terminal of a process that has none); `None` when
/// there is none or it is gone.
pub fn open_tty() -> Option<rustix::fd::OwnedFd> {
    rustix::fs::open(
        "/dev/tty",
        OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .ok()
}

/// Whether qari is in `tty`'s foreground process group: from the
/// background (`qari render … &`) changing the tty's mode would stop qari
/// (SIGTTOU).
pub fn in_foreground(tty: &rustix::fd::OwnedFd) -> bool {
    termios::tcgetpgrp(tty).is_ok_and(|group| group == rustix::process::getpgrp())
}

/// Ask the terminal on `/dev/tty`; `None` when there is no terminal to ask.
pub fn ask_terminal(timeout: Duration) -> Option<Answers> {
    let tty = open_tty()?;
    // Ask only from the foreground (see `in_foreground`).
    if !in_foreground(&tty) {
        return None;
    }
    let saved = termios::tcgetattr(&tty).ok()?;
    let mut raw = saved.clone();
    raw.make_raw();
    // A signal that ends qari while it waits must not leave the tty raw.
    let guard = RestoreOnSignal::start(&tty, &saved);
    termios::tcsetattr(&tty, OptionalActions::Now, &raw).ok()?;
    let answers = exchange(tty.as_fd(), timeout);
    // What has come of late answers is dropped; later ones the reader drops.
    let _ = termios::tcflush(&tty, QueueSelector::IFlush);
    let _ = termios::tcsetattr(&tty, OptionalActions::Now, &saved);
    drop(guard);
    Some(answers)
}

/// While the terminal is in raw mode for the queries: a signal that would
/// end qari puts the saved mode back first, then ends it (128 + the signal).
struct RestoreOnSignal {
    handle: Option<signal_hook::iterator::Handle>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RestoreOnSignal {
    fn start(tty: &std::os::fd::OwnedFd, saved: &termios::Termios) -> Self {
        let none = Self {
            handle: None,
            thread: None,
        };
        let (Ok(tty), Ok(mut signals)) =
            (tty.try_clone(), signal_hook::iterator::Signals::new(ENDING))
        else {
            return none;
        };
        let handle = signals.handle();
        let saved = saved.clone();
        let thread = std::thread::Builder::new()
            .name("qari-query-signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    let _ = termios::tcsetattr(&tty, OptionalActions::Now, &saved);
                    std::process::exit(128 + signal);
                }
            })
            .ok();
        Self {
            handle: Some(handle),
            thread,
        }
    }
}

impl Drop for RestoreOnSignal {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.close();
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The signals whose default is to end the process, which qari catches to
/// give the terminal back first.
pub const ENDING: [i32; 7] = [
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGQUIT,
    signal_hook::consts::SIGUSR1,
    signal_hook::consts::SIGUSR2,
    signal_hook::consts::SIGALRM,
];

fn exchange(tty: std::os::fd::BorrowedFd<'_>, timeout: Duration) -> Answers {
    let mut written = 0;
    while written < QUERIES.len() {
        match rustix::io::write(tty, &QUERIES[written..]) {
            Ok(n) if n > 0 => written += n,
            _ => return Answers::default(),
        }
    }
    let deadline = Instant::now() + timeout;
    let mut bytes = Vec::new();
    let mut buf = [0u8; 512];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let wait = Timespec {
            tv_sec: 0,
            tv_nsec: i64::from(left.subsec_nanos()).max(1_000_000),
        };
        let mut fds = [PollFd::new(&tty, PollFlags::IN)];
        match poll(&mut fds, Some(&wait)) {
            Ok(0) => break,
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => break,
        }
        match rustix::io::read(tty, &mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => bytes.extend_from_slice(&buf[..n]),
        }
        if answers::parse(&bytes).complete || bytes.len() > 64 * 1024 {
            break;
        }
    }
    answers::parse(&bytes)
}

/// tmux's `allow-passthrough` for this pane and the client's height, when
/// qari runs in tmux and tmux answers.
pub fn ask_tmux(facts: &mut Facts) {
    let pane = std::env::var("TMUX_PANE").unwrap_or_default();
    let mut command = std::process::Command::new("tmux");
    command.args(["display-message", "-p"]);
    if !pane.is_empty() {
        command.args(["-t", &pane]);
    }
    let Ok(mut child) = command
        .arg("#{allow-passthrough}|#{client_height}")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
    else {
        return;
    };
    // A tmux server that does not answer must not hold qari up.
    let deadline = Instant::now() + TIMEOUT;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(2)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return;
            }
        }
    }
    let mut text = String::new();
    if let Some(mut out) = child.stdout.take() {
        let _ = std::io::Read::read_to_string(&mut out, &mut text);
    }
    let (passthrough, rows) = text.trim().split_once('|').unwrap_or(("", ""));
    facts.tmux_passthrough = Some(passthrough.to_string());
    facts.tmux_client_rows = rows.parse().ok();
}

/// What qari learnt about the terminal it writes to.
#[derive(Debug, Clone)]
pub struct Detected {
    pub profile: crate::core::terminal::Profile,
    /// The background is light (`OSC 11`, else `COLORFGBG`); `None`: unknown.
    pub light_background: Option<bool>,
    /// The terminal was asked and had not finished answering: answers may
    /// still come, late.
    pub answers_pending: bool,
}

/// Find out about the terminal behind standard output; `output_is_terminal`
/// false (a file, a pipe) or `TERM=dumb` asks nothing and sends no sequences.
pub fn detect(setting: crate::core::terminal::BidiSetting, output_is_terminal: bool) -> Detected {
    let env = |k: &str| std::env::var(k).ok();
    let colorfgbg = env("COLORFGBG").and_then(|v| answers::colorfgbg_is_light(&v));
    if !output_is_terminal {
        let mut profile = crate::core::terminal::Profile::not_a_terminal();
        // Asked for by name (`qari render --terminal-bidi terminal | head` in
        // Konsole): lines for a reordering terminal, still no sequences.
        if setting == crate::core::terminal::BidiSetting::Terminal {
            profile.strategy = crate::core::terminal::Strategy::Reorders;
        }
        return Detected {
            profile,
            light_background: None,
            answers_pending: false,
        };
    }
    if env("TERM").as_deref() == Some("dumb") {
        // No queries and no sequences, but a terminal that reorders still does.
        let profile = crate::core::terminal::Profile::detect(env, &Facts::default(), setting);
        return Detected {
            profile: profile.without_sequences("TERM=dumb"),
            light_background: colorfgbg,
            answers_pending: false,
        };
    }
    let asked = ask_terminal(TIMEOUT);
    let answers_pending = asked.as_ref().is_some_and(|a| !a.complete);
    let answers = asked.unwrap_or_default();
    let mut facts = Facts {
        xtversion: answers.xtversion.clone(),
        ..Facts::default()
    };
    let mut profile = crate::core::terminal::Profile::detect(env, &facts, setting);
    // tmux is asked (a process started) only when the answer can matter: a
    // terminal behind it whose bidi could be switched off.
    let switchable = matches!(
        profile.emulator,
        crate::core::terminal::Emulator::Vte | crate::core::terminal::Emulator::Mlterm
    );
    if profile.multiplexer == Some(crate::core::terminal::Multiplexer::Tmux) && switchable {
        ask_tmux(&mut facts);
        profile = crate::core::terminal::Profile::detect(env, &facts, setting);
    }
    Detected {
        profile,
        light_background: answers.background.map(answers::is_light).or(colorfgbg),
        answers_pending,
    }
}

/// Write `seq` straight to the terminal (`/dev/tty`), beside whatever holds
/// standard output; nothing when there is no terminal.
pub fn write_tty(seq: &str) {
    if let Ok(tty) = rustix::fs::open(
        "/dev/tty",
        OFlags::WRONLY | OFlags::NOCTTY | OFlags::CLOEXEC,
        Mode::empty(),
    ) {
        let mut left = seq.as_bytes();
        while !left.is_empty() {
            match rustix::io::write(&tty, left) {
                Ok(n) if n > 0 => left = &left[n..],
                Err(rustix::io::Errno::INTR) => {}
                _ => break,
            }
        }
    }
}

/// Until qari ends, a signal that would end it first writes `seq` (the
/// terminal's bidi back) and ends it with the conventional status (128 + the signal).
pub fn restore_on_signal(seq: String) {
    let Ok(mut signals) = signal_hook::iterator::Signals::new(ENDING) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("qari-signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                write_tty(&seq);
                std::process::exit(128 + signal);
            }
        });
}

/// The terminal behind standard output, for printed lines.
pub fn printing_profile(
    setting: crate::core::terminal::BidiSetting,
    stdout: &std::io::Stdout,
) -> Detected {
    let mut detected = detect(setting, std::io::IsTerminal::is_terminal(stdout));
    detected.profile = detected.profile.for_printing();
    detected
}

/// The terminal's bidi switched off while lines are printed (VTE: the rows
/// made meanwhile keep explicit mode after it is switched back on), and on
/// again when dropped or when a signal ends qari first.
pub struct Switched {
    on: String,
}

impl Switched {
    pub fn on(profile: &crate::core::terminal::Profile) -> Self {
        let (off, on) = (profile.bidi_off(), profile.bidi_on());
        if !off.is_empty() {
            // Ready for a signal before anything is switched.
            restore_on_signal(on.clone());
            write_tty(&off);
        }
        Self { on }
    }
}

impl Drop for Switched {
    fn drop(&mut self) {
        if !self.on.is_empty() {
            write_tty(&self.on);
        }
    }
}
