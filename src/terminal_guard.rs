//! Taking the terminal for the reader and always giving it back.
//!
//! The reader needs raw mode, the alternate screen, mouse capture and the
//! terminal's bidi support switched to explicit mode (qari reorders text itself).
//! All of it is undone by one function, [`restore_terminal`], called from the
//! guard's `Drop` (quit or error), from the panic hook (before the message is
//! printed, so it lands on a normal screen) and from the watchdog (a terminal
//! that went away). An `active` flag shared by them makes the undo happen once.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::Context;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};

/// Tell bidi-capable terminals that qari reorders text itself: explicit mode
/// (`CSI 8 l`, BDSM reset) with left-to-right paragraphs (`CSI 1 SP k`, SPD).
pub const BIDI_EXPLICIT: &str = "\x1b[8l\x1b[1 k";
/// Give the terminal its own bidi handling back (`CSI 8 h`, `CSI 0 SP k`).
pub const BIDI_RESTORE: &str = "\x1b[8h\x1b[0 k";

/// Raw mode, the alternate screen, mouse capture (unless `mouse` is false: the
/// configuration leaves the mouse to the terminal) and explicit bidi mode,
/// undone on drop. `active` tells the panic hook whether there is anything to undo.
pub struct TerminalGuard {
    active: Arc<AtomicBool>,
}

impl TerminalGuard {
    pub fn enter(active: Arc<AtomicBool>, mouse: bool) -> anyhow::Result<Self> {
        terminal::enable_raw_mode().context("switching the terminal to raw mode")?;
        active.store(true, Ordering::SeqCst);
        // From here on the guard exists, so a failure below still restores.
        let guard = TerminalGuard { active };
        let mut out = io::stdout();
        execute!(out, EnterAlternateScreen, cursor::Hide).context("setting up the terminal")?;
        if mouse {
            execute!(out, EnableMouseCapture).context("setting up the terminal")?;
        }
        out.write_all(BIDI_EXPLICIT.as_bytes())
            .and_then(|()| out.flush())
            .context("setting up the terminal")?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        if self.active.swap(false, Ordering::SeqCst) {
            restore_terminal();
        }
    }
}

/// Put the terminal back as it was; every step is tried even if one fails.
pub fn restore_terminal() {
    let mut out = io::stdout();
    let _ = out.write_all(BIDI_RESTORE.as_bytes());
    let _ = execute!(out, DisableMouseCapture, cursor::Show, LeaveAlternateScreen);
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Restore the terminal (if the reader has it) before the previous hook prints
/// the panic message, so the message lands on the normal screen, readable.
pub fn install_panic_hook(active: Arc<AtomicBool>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if active.swap(false, Ordering::SeqCst) {
            restore_terminal();
        }
        previous(info);
    }));
}
