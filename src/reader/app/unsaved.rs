//! Annotations the store has not taken (its directory is read-only, the disk
//! is full, or the document is still loading and has no hash yet).
//!
//! They stay in the app, so nothing is lost while qari runs; the reader is
//! told once per reason, and quitting asks first. On the way out the shell
//! tries once more and prints what is still not stored (see `shell::tui`).

use super::App;
use crate::reader::messages::Msg;

impl App {
    /// The shell could not store the annotations: the reader is told (once
    /// per reason; "note saved" is taken back), they stay here, and quitting
    /// asks first.
    pub fn annotations_not_saved(&mut self, message: String) {
        if self
            .flash
            .as_deref()
            .is_some_and(|f| f.ends_with(self.interface.text(Msg::NoteSaved)))
        {
            self.flash = None;
        }
        if !self.notices.contains(&message) {
            self.notices.push(message);
        }
        self.refresh_status();
    }

    /// Annotations changed since the store last took them.
    pub fn annotations_unsaved(&self) -> bool {
        self.notes.unsaved()
    }

    /// `q` (or `:q`): quit, unless annotations are not stored; then the
    /// first `q` says so and the second quits (the shell prints them).
    pub(in crate::reader::app) fn quit_unless_unsaved(&mut self) {
        if !self.notes.unsaved() || self.quit_asked {
            self.quit = true;
            return;
        }
        self.quit_asked = true;
        self.flash = Some(if self.loading.partial() {
            self.text(Msg::QuitLoading)
        } else {
            self.text(Msg::QuitUnstored)
        });
    }
}
