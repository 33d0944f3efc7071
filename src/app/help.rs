//! The help overlay's scrolling: it lists every binding of every mode, which
//! does not fit a small terminal, so while it is open the movement actions
//! (j, k, Space, b, g, G by default) scroll it instead of the article.
//!
//! The overlay's height is decided here, with the same rule the drawing uses
//! (the whole terminal less the border), so the UI only reads `help_top`.

use super::App;
use crate::action::{Action, WHEEL_LINES};

impl App {
    /// The first help line shown.
    pub fn help_top(&self) -> usize {
        self.help_top
    }

    /// Lines of the help overlay, and how many of them fit at once.
    fn help_extent(&self) -> (usize, usize) {
        let lines = self.keymap.help_lines().len();
        let room = usize::from(self.size.1.saturating_sub(2)).max(1);
        (lines, room.min(lines))
    }

    /// Scroll the open help for a movement action; false for other actions.
    pub(super) fn scroll_help(&mut self, action: Action) -> bool {
        let (_, room) = self.help_extent();
        let top = self.help_top;
        self.help_top = match action {
            Action::LineDown => top + 1,
            Action::LineUp => top.saturating_sub(1),
            Action::WheelDown => top + WHEEL_LINES,
            Action::WheelUp => top.saturating_sub(WHEEL_LINES),
            Action::PageDown => top + room.saturating_sub(1).max(1),
            Action::PageUp => top.saturating_sub(room.saturating_sub(1).max(1)),
            Action::HalfPageDown => top + (room / 2).max(1),
            Action::HalfPageUp => top.saturating_sub((room / 2).max(1)),
            Action::Top => 0,
            Action::Bottom => usize::MAX,
            _ => return false,
        };
        self.clamp_help();
        true
    }

    /// Keep the help's last screenful within the overlay (after a resize too).
    pub(super) fn clamp_help(&mut self) {
        if !self.help {
            return;
        }
        let (lines, room) = self.help_extent();
        self.help_top = self.help_top.min(lines - room);
    }
}
