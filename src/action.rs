//! Every command the reader understands, as one enum.
//!
//! Keys and mouse events are translated into an [`Action`] (see `keymap`) and
//! the app applies it; nothing else changes the reader's state. Each variant
//! carries a one-line description, and the help overlay is generated from those
//! lines and the key table, so the help can never disagree with the keys.

use std::fmt;
use std::str::FromStr;

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
    /// Switch the panel between its Entities and Notes tabs.
    PanelTab,
    /// Search: open the search prompt; next / previous hit.
    Search,
    SearchNext,
    SearchPrevious,
    /// Marks: the next letter names the mark to set / to go to (`''`: back).
    SetMark,
    GoToMark,
    /// Open the `:` command line.
    CommandLine,
    /// Start a selection at the reading cursor.
    StartSelection,
    /// Selection mode: extend by a word / a line, in logical order.
    SelectWordForward,
    SelectWordBackward,
    SelectLineDown,
    SelectLineUp,
    CancelSelection,
    /// Write a note for the selection.
    Annotate,
    /// Label the selection as an entity kind (or as no entity).
    Label,
    /// Notes tab: edit / delete the selected annotation; undo the deletion.
    EditNote,
    DeleteNote,
    UndoDelete,
    ToggleHelp,
    CloseOverlay,
    Quit,
}

/// Lines one notch of the mouse wheel scrolls.
pub const WHEEL_LINES: usize = 3;

impl Action {
    /// Every action, in the order the help overlay lists them.
    pub const ALL: [Action; 36] = [
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
        Action::PanelTab,
        Action::Search,
        Action::SearchNext,
        Action::SearchPrevious,
        Action::SetMark,
        Action::GoToMark,
        Action::CommandLine,
        Action::StartSelection,
        Action::SelectWordForward,
        Action::SelectWordBackward,
        Action::SelectLineDown,
        Action::SelectLineUp,
        Action::CancelSelection,
        Action::Annotate,
        Action::Label,
        Action::EditNote,
        Action::DeleteNote,
        Action::UndoDelete,
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
            Action::PanelTab => "Switch the panel between entities and notes",
            Action::Search => "Search (Arabic-aware; \\r at the start for a regex)",
            Action::SearchNext => "Next search hit",
            Action::SearchPrevious => "Previous search hit",
            Action::SetMark => "Set a mark: m then a letter",
            Action::GoToMark => "Go to a mark: ' then a letter ('' goes back)",
            Action::CommandLine => "Command line (:goto 42%, :goto N, :w FILE, :q)",
            Action::StartSelection => "Select a passage from the reading cursor",
            Action::SelectWordForward => "Selection: end a word on",
            Action::SelectWordBackward => "Selection: end a word back; the first word stays",
            Action::SelectLineDown => "Selection: end a line down",
            Action::SelectLineUp => "Selection: end a line up; the first word stays",
            Action::CancelSelection => "Selection: cancel",
            Action::Annotate => "Write a note on the selection",
            Action::Label => "Label the selection as an entity (or as none)",
            Action::EditNote => "Notes: edit the selected note",
            Action::DeleteNote => "Notes: delete the selected annotation",
            Action::UndoDelete => "Notes: undo the last deletion",
            Action::ToggleHelp => "Show or hide this help",
            Action::CloseOverlay => "Close the help; give the focus back to the article",
            Action::Quit => "Quit (the reading position is remembered)",
        }
    }

    /// The action's stable name, as written in `config.toml` ("line-down").
    pub fn name(self) -> &'static str {
        match self {
            Action::LineDown => "line-down",
            Action::LineUp => "line-up",
            Action::PageDown => "page-down",
            Action::PageUp => "page-up",
            Action::HalfPageDown => "half-page-down",
            Action::HalfPageUp => "half-page-up",
            Action::WheelDown => "wheel-down",
            Action::WheelUp => "wheel-up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::TogglePanel => "toggle-panel",
            Action::SwitchFocus => "switch-focus",
            Action::JumpToEntity => "jump-to-entity",
            Action::NextMention => "next-mention",
            Action::PreviousMention => "previous-mention",
            Action::PanelTab => "panel-tab",
            Action::Search => "search",
            Action::SearchNext => "search-next",
            Action::SearchPrevious => "search-previous",
            Action::SetMark => "set-mark",
            Action::GoToMark => "go-to-mark",
            Action::CommandLine => "command-line",
            Action::StartSelection => "start-selection",
            Action::SelectWordForward => "select-word-forward",
            Action::SelectWordBackward => "select-word-backward",
            Action::SelectLineDown => "select-line-down",
            Action::SelectLineUp => "select-line-up",
            Action::CancelSelection => "cancel-selection",
            Action::Annotate => "annotate",
            Action::Label => "label",
            Action::EditNote => "edit-note",
            Action::DeleteNote => "delete-note",
            Action::UndoDelete => "undo-delete",
            Action::ToggleHelp => "toggle-help",
            Action::CloseOverlay => "close-overlay",
            Action::Quit => "quit",
        }
    }
}

/// A name that is not an action's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown action {0:?}")]
pub struct UnknownAction(pub String);

impl FromStr for Action {
    type Err = UnknownAction;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Action::ALL
            .into_iter()
            .find(|a| a.name() == s)
            .ok_or_else(|| UnknownAction(s.to_string()))
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
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

    #[test]
    fn names_are_kebab_case_unique_and_parse_back() {
        for a in Action::ALL {
            let name = a.name();
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{name}"
            );
            assert_eq!(name.parse::<Action>(), Ok(a));
            assert_eq!(a.to_string(), name);
        }
        assert_eq!(Action::LineDown.name(), "line-down");
        assert_eq!(Action::HalfPageUp.name(), "half-page-up");
        assert_eq!(
            "line_down".parse::<Action>(),
            Err(UnknownAction("line_down".into()))
        );
        assert!("".parse::<Action>().is_err());
    }
}
