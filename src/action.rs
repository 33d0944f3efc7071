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
    /// Show or hide the entities panel.
    TogglePanel,
    /// Move the keyboard focus between the article and the panel.
    SwitchFocus,
    /// Jump to the selected entity's first mention.
    JumpToEntity,
    /// The selected entity's next / previous mention.
    NextMention,
    PreviousMention,
    ToggleHelp,
    CloseOverlay,
    Quit,
}

/// Lines one notch of the mouse wheel scrolls.
pub const WHEEL_LINES: usize = 3;

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: [Action; 18] = [
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
        Action::TogglePanel,
        Action::SwitchFocus,
        Action::JumpToEntity,
        Action::NextMention,
        Action::PreviousMention,
        Action::ToggleHelp,
        Action::CloseOverlay,
        Action::Quit,
    ];

    /// What the action does, in one line for the help overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::LineDown => "Scroll down one line (panel: next entity)",
            Action::LineUp => "Scroll up one line (panel: previous entity)",
            Action::PageDown => "Scroll down one page",
            Action::PageUp => "Scroll up one page",
            Action::HalfPageDown => "Scroll down half a page",
            Action::HalfPageUp => "Scroll up half a page",
            Action::WheelDown => "Scroll down a few lines",
            Action::WheelUp => "Scroll up a few lines",
            Action::Top => "Go to the beginning",
            Action::Bottom => "Go to the end",
            Action::TogglePanel => "Show or hide the entities panel",
            Action::SwitchFocus => "Move the focus between the article and the panel",
            Action::JumpToEntity => "Jump to the selected entity's first mention",
            Action::NextMention => "Next mention of the selected entity",
            Action::PreviousMention => "Previous mention of the selected entity",
            Action::ToggleHelp => "Show or hide this help",
            Action::CloseOverlay => "Close the help; give the focus back to the article",
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
