//! The mouse wheel, which scrolls what is under the pointer: the panel's list
//! when the pointer is over the panel, else the article (or the help, or the
//! open prompt, through the key table as before).
//!
//! The terminal reports a wheel notch with the cell under the pointer, so the
//! shell hands both to [`App::wheel`] instead of turning the notch into a key
//! first. Scrolling a list does not move its selection, as in any list of a
//! terminal program: the panel keeps its selection in view only when the
//! selection (or the list's height) changes, not on every frame (`panel`).

use super::{App, PanelTab};
use crate::reader::action::WHEEL_LINES;
use crate::reader::keymap::{Key, KeyCode};

impl App {
    /// A wheel notch (`down` or up) with the pointer on terminal cell (`x`, `y`).
    pub fn wheel(&mut self, x: u16, y: u16, down: bool) {
        if self.over_panel(x, y) {
            self.flash = None;
            self.pending.clear();
            self.scroll_panel(down);
            self.refresh();
            return;
        }
        let code = if down {
            KeyCode::WheelDown
        } else {
            KeyCode::WheelUp
        };
        self.press(Key::plain(code));
    }

    /// Whether cell (`x`, `y`) is on the panel's list, with nothing over it.
    fn over_panel(&self, x: u16, y: u16) -> bool {
        let screen = &self.screen;
        if self.help.is_open()
            || self.modal.is_some()
            || screen.too_small
            || y >= screen.text_height
        {
            return false;
        }
        screen
            .panel
            .as_ref()
            .is_some_and(|p| (p.x..p.x.saturating_add(p.width)).contains(&x))
    }

    /// Move the panel's first shown row; `panel_screen` and `notes_screen`
    /// keep it within the list.
    fn scroll_panel(&mut self, down: bool) {
        if self.panel.tab() == PanelTab::Notes {
            // A note takes two rows: one note a notch is about the article's three lines.
            self.notes_tab.scroll(down, (WHEEL_LINES / 2).max(1));
        } else {
            self.panel.scroll(down, WHEEL_LINES);
        }
    }
}

/// A list's first shown row `top`, moved `by` rows down (`down`) or up; the
/// next frame keeps it within the list.
pub(in crate::reader::app) fn scrolled(top: usize, down: bool, by: usize) -> usize {
    if down {
        top.saturating_add(by)
    } else {
        top.saturating_sub(by)
    }
}
