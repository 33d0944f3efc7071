//! The help overlay: whether it is open and which of its lines is at the top.
//!
//! It lists every binding of every mode, which does not fit a small terminal,
//! so while it is open the movement actions (j, k, Space, b, g, G by default)
//! scroll it instead of the article. The app tells it how many lines there
//! are and how many fit (the whole terminal less the border, the rule the
//! drawing uses), so the UI only reads [`Help::top`].

use crate::reader::action::{Action, WHEEL_LINES};

/// The help overlay's state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Help {
    open: bool,
    /// First line shown.
    top: usize,
}

impl Help {
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The first help line shown.
    pub fn top(&self) -> usize {
        self.top
    }

    /// `h`: open at the first line, or close.
    pub fn toggle(&mut self) {
        self.open = !self.open;
        self.top = 0;
    }

    pub fn close(&mut self) {
        self.open = false;
    }

    /// Scroll for a movement action, `lines` long with `room` shown at once;
    /// false (nothing done) when closed or for other actions.
    pub fn scroll(&mut self, action: Action, lines: usize, room: usize) -> bool {
        if !self.open {
            return false;
        }
        let top = self.top;
        let page = room.saturating_sub(1).max(1);
        let half = (room / 2).max(1);
        self.top = match action {
            Action::LineDown => top + 1,
            Action::LineUp => top.saturating_sub(1),
            Action::WheelDown => top + WHEEL_LINES,
            Action::WheelUp => top.saturating_sub(WHEEL_LINES),
            Action::PageDown | Action::WindowDown => top + page,
            Action::PageUp | Action::WindowUp => top.saturating_sub(page),
            Action::HalfPageDown => top + half,
            Action::HalfPageUp => top.saturating_sub(half),
            Action::Top => 0,
            Action::Bottom => usize::MAX,
            _ => return false,
        };
        self.clamp(lines, room);
        true
    }

    /// Keep the last screenful within the overlay (after a resize too).
    pub fn clamp(&mut self, lines: usize, room: usize) {
        if self.open {
            self.top = self.top.min(lines.saturating_sub(room));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open() -> Help {
        let mut help = Help::default();
        help.toggle();
        help
    }

    #[test]
    fn closed_help_takes_no_action() {
        let mut help = Help::default();
        assert!(!help.scroll(Action::LineDown, 50, 10));
        assert_eq!(help.top(), 0);
    }

    #[test]
    fn scrolling_stops_at_the_last_screenful() {
        let mut help = open();
        assert!(help.scroll(Action::Bottom, 50, 10));
        assert_eq!(help.top(), 40);
        assert!(help.scroll(Action::LineDown, 50, 10));
        assert_eq!(help.top(), 40);
        assert!(help.scroll(Action::PageUp, 50, 10));
        assert_eq!(help.top(), 31);
        assert!(!help.scroll(Action::Search, 50, 10));
    }

    #[test]
    fn a_taller_terminal_brings_the_top_back() {
        let mut help = open();
        help.scroll(Action::Bottom, 50, 10);
        help.clamp(50, 45);
        assert_eq!(help.top(), 5);
    }

    #[test]
    fn reopening_starts_at_the_first_line() {
        let mut help = open();
        help.scroll(Action::PageDown, 50, 10);
        help.toggle();
        help.toggle();
        assert_eq!(help.top(), 0);
    }
}
