//! `y` while selecting: the passage, in logical order and as the file has
//! it, goes to the system clipboard.
//!
//! The app only queues the text ([`Effect::Copy`]); the shell sends it to the
//! terminal as OSC 52, which terminals (and tmux with `set-clipboard on`)
//! put on the clipboard. Logical order is what a paste elsewhere needs: the
//! laid-out cells are in display order and shaped.

use super::{App, Effect};
use crate::core::search::byte_of;
use crate::reader::messages::Msg;

impl App {
    /// Copy the selection, end the selection and say how much was copied.
    pub(in crate::reader::app) fn copy_selection(&mut self) {
        let Some(selection) = self.selection.take() else {
            return;
        };
        let range = selection.range();
        let (start, end) = (
            byte_of(&self.doc, range.start),
            byte_of(&self.doc, range.end),
        );
        let text = self.doc.text()[start..end.max(start)].to_string();
        let n = text.chars().count();
        self.effects.push(Effect::Copy(text));
        let msg = if n == 1 {
            Msg::CopiedOne
        } else {
            Msg::CopiedMany
        };
        self.flash = Some(self.interface.say(msg, &[("n", &self.interface.number(n))]));
    }
}
