//! Taking the terminal for the reader and always giving it back.
//!
//! The reader needs raw mode, the alternate screen, bracketed paste (a paste
//! comes as one event, not as keys), mouse capture and the
//! terminal's own bidi switched off where it can be (`core::terminal::Profile`: VTE's
//! explicit mode, sent before the alternate screen is made and then on every
//! row; mlterm's `use_ctl`). All of it is undone by one function,
//! [`restore_terminal`], called from the guard's `Drop` (quit or error), from
//! the panic hook (before the message is printed, so it lands on a normal
//! screen) and from the watchdog (a terminal that went away, a signal the loop
//! did not answer). An `active` flag shared by them makes the undo happen once.
//! The terminal's bidi is given back on both screens: inside the alternate
//! screen, and again on the normal screen, where VTE applies it to the row the
//! cursor returns to.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::Context;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};

use crate::core::terminal::Profile;

/// What undoing the set-up writes, besides crossterm's own sequences.
#[derive(Debug, Clone, Default)]
pub struct Restore {
    /// The terminal's bidi back (global mode, the cursor's row).
    pub bidi_on: String,
    /// Every row back to the terminal's own bidi (VTE behind a multiplexer,
    /// whose rows outlive qari's screen).
    pub rows_on: String,
}

impl Restore {
    pub fn for_profile(profile: &Profile, rows: u16) -> Self {
        Self {
            bidi_on: profile.bidi_on(),
            rows_on: if profile.passthrough == crate::core::terminal::Passthrough::Direct {
                String::new()
            } else {
                profile.on_every_row(rows, false)
            },
        }
    }
}

/// Raw mode, the alternate screen, mouse capture (unless `mouse` is false: the
/// configuration leaves the mouse to the terminal) and the terminal's bidi off,
/// undone on drop. `active` tells the panic hook whether there is anything to undo.
pub struct TerminalGuard {
    active: Arc<AtomicBool>,
    restore: Arc<Restore>,
}

impl TerminalGuard {
    pub fn enter(
        active: Arc<AtomicBool>,
        mouse: bool,
        profile: &Profile,
        restore: Arc<Restore>,
    ) -> anyhow::Result<Self> {
        // `active` is set once raw mode is on: a failure after it, the guard
        // dropped, still restores; one before leaves nothing to undo.
        let guard = TerminalGuard {
            active: Arc::clone(&active),
            restore,
        };
        take_terminal(&active, mouse, profile)?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        if self.active.swap(false, Ordering::SeqCst) {
            restore_terminal(&self.restore);
        }
    }
}

/// What Ctrl-Z needs to give the terminal back and take it again.
#[derive(Clone)]
pub struct Suspender {
    pub active: Arc<AtomicBool>,
    pub restore: Arc<Restore>,
    pub mouse: bool,
}

impl Suspender {
    /// Give the terminal back and stop, as Ctrl-Z stops a program in a
    /// shell (the whole pipeline: `cat f | qari`); once `fg` continues it,
    /// take the terminal again. The caller draws the whole screen anew.
    pub fn suspend(&self, profile: &Profile) -> anyhow::Result<()> {
        if self.active.swap(false, Ordering::SeqCst) {
            restore_terminal(&self.restore);
        }
        // Returns once the process is continued.
        rustix::process::kill_current_process_group(rustix::process::Signal::TSTP)
            .context("stopping")?;
        take_terminal(&self.active, self.mouse, profile)
    }
}

/// Raw mode (then `active` is set: there is something to undo), the
/// terminal's bidi off, the alternate screen, bracketed paste and the mouse:
/// what the reader takes at the start and again after a suspension.
fn take_terminal(active: &AtomicBool, mouse: bool, profile: &Profile) -> anyhow::Result<()> {
    terminal::enable_raw_mode().context("switching the terminal to raw mode")?;
    active.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    // Before the alternate screen: VTE gives new rows the mode in force.
    out.write_all(profile.bidi_off().as_bytes())
        .context("setting up the terminal")?;
    execute!(
        out,
        EnterAlternateScreen,
        cursor::Hide,
        EnableBracketedPaste
    )
    .context("setting up the terminal")?;
    if mouse {
        execute!(out, EnableMouseCapture).context("setting up the terminal")?;
    }
    out.flush().context("setting up the terminal")?;
    Ok(())
}

/// Put the terminal back as it was; every step is tried even if one fails.
pub fn restore_terminal(restore: &Restore) {
    let mut out = io::stdout();
    let _ = out.write_all(restore.bidi_on.as_bytes());
    let _ = execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        cursor::Show,
        LeaveAlternateScreen
    );
    let _ = out.write_all(restore.bidi_on.as_bytes());
    let _ = out.write_all(restore.rows_on.as_bytes());
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Restore the terminal (if the reader has it) before the previous hook prints
/// the panic message, so the message lands on the normal screen, readable.
/// The recogniser's thread is left alone while the reader has the terminal:
/// it catches its own panics and says so in the status bar, and the reader
/// goes on (`shell/entities_worker.rs`).
pub fn install_panic_hook(active: Arc<AtomicBool>, restore: Arc<Restore>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let worker = std::thread::current().name() == Some(super::entities_worker::THREAD);
        if worker && active.load(Ordering::SeqCst) {
            return;
        }
        if active.swap(false, Ordering::SeqCst) {
            restore_terminal(&restore);
        }
        previous(info);
    }));
}
