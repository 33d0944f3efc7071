//! Every command the reader understands, as one enum.
//!
//! Keys and mouse events are translated into an [`Action`] (see `keymap`) and
//! the app applies it; nothing else changes the reader's state. Each variant
//! carries a one-line description, and the help overlay is generated from those
//! lines and the key table, so the help can never disagree with the keys.

/// A command of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    LineDown,
    LineUp,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    /// Mouse wheel: a few lines at a time.
    WheelDown,
    WheelUp,
    Top,
    Bottom,
    ToggleHelp,
    CloseOverlay,
    Quit,
}

/// Lines one notch of the mouse wheel scrolls.
pub const WHEEL_LINES: usize = 3;

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: [Action; 13] = [
        Action::LineDown,
        Action::LineUp,
        Action::PageDown,
        Action::PageUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::WheelDown,
        Action::WheelUp,
        Action::Top,
        Action::Bottom,
        Action::ToggleHelp,
        Action::CloseOverlay,
        Action::Quit,
    ];

    /// What the action does, in one line for the help overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::LineDown => "Scroll down one line",
            Action::LineUp => "Scroll up one line",
            Action::PageDown => "Scroll down one page",
            Action::PageUp => "Scroll up one page",
            Action::HalfPageDown => "Scroll down half a page",
            Action::HalfPageUp => "Scroll up half a page",
            Action::WheelDown => "Scroll down a few lines",
            Action::WheelUp => "Scroll up a few lines",
            Action::Top => "Go to the beginning",
            Action::Bottom => "Go to the end",
            Action::ToggleHelp => "Show or hide this help",
            Action::CloseOverlay => "Close the help or another overlay",
            Action::Quit => "Quit (the reading position is remembered)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_listed_once_with_a_description() {
        for (i, a) in Action::ALL.iter().enumerate() {
            assert!(!a.description().is_empty());
            assert!(!Action::ALL[i + 1..].contains(a), "{a:?} listed twice");
        }
    }
}
