//! Keys as strings ("j", "C-f", "PageDown", "Space") and the table that maps
//! them to actions.
//!
//! Keys are qari's own values rather than crossterm's, so the table can be
//! written, parsed, printed in the help overlay and tested without a terminal;
//! the event loop converts terminal events into [`Key`]s. Mouse wheel notches
//! are keys too ("WheelDown"), so the help lists them with everything else.

use std::fmt;
use std::str::FromStr;

use crate::action::Action;

/// A key (or wheel notch) without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Esc,
    Enter,
    Tab,
    Backspace,
    WheelUp,
    WheelDown,
}

/// A key with its modifiers. Shift is folded into the character ("G", "?").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
        }
    }

    pub const fn ctrl(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }
}

/// Names of the keys that are not a single printable character.
const NAMES: [(&str, KeyCode); 15] = [
    ("Space", KeyCode::Char(' ')),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("Esc", KeyCode::Esc),
    ("Enter", KeyCode::Enter),
    ("Tab", KeyCode::Tab),
    ("Backspace", KeyCode::Backspace),
    ("WheelUp", KeyCode::WheelUp),
    ("WheelDown", KeyCode::WheelDown),
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyParseError {
    #[error("empty key")]
    Empty,
    #[error("unknown key {0:?} (a single character or one of Space, Up, PageDown, Esc, ...)")]
    Unknown(String),
}

impl FromStr for Key {
    type Err = KeyParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut key = Key::plain(KeyCode::Esc);
        let mut rest = s;
        // A modifier prefix needs something after it: "C-" alone is not a key.
        loop {
            if let Some(r) = rest.strip_prefix("C-").filter(|r| !r.is_empty()) {
                key.ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("A-").filter(|r| !r.is_empty()) {
                key.alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        key.code = match (chars.next(), chars.next()) {
            (None, _) => return Err(KeyParseError::Empty),
            (Some(c), None) => KeyCode::Char(c),
            _ => NAMES
                .iter()
                .find(|(name, _)| *name == rest)
                .map(|&(_, code)| code)
                .ok_or_else(|| KeyParseError::Unknown(s.to_string()))?,
        };
        Ok(key)
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("C-")?;
        }
        if self.alt {
            f.write_str("A-")?;
        }
        match NAMES.iter().find(|(_, code)| *code == self.code) {
            Some((name, _)) => f.write_str(name),
            None => match self.code {
                KeyCode::Char(c) => write!(f, "{c}"),
                other => write!(f, "{other:?}"),
            },
        }
    }
}

/// The default key table, in the order the help shows keys.
pub const DEFAULT_KEYS: [(&str, Action); 33] = [
    ("j", Action::LineDown),
    ("Down", Action::LineDown),
    ("k", Action::LineUp),
    ("Up", Action::LineUp),
    ("Space", Action::PageDown),
    ("PageDown", Action::PageDown),
    ("C-f", Action::PageDown),
    ("b", Action::PageUp),
    ("PageUp", Action::PageUp),
    ("C-b", Action::PageUp),
    ("d", Action::HalfPageDown),
    ("C-d", Action::HalfPageDown),
    ("u", Action::HalfPageUp),
    ("C-u", Action::HalfPageUp),
    ("WheelDown", Action::WheelDown),
    ("WheelUp", Action::WheelUp),
    ("g", Action::Top),
    ("Home", Action::Top),
    ("G", Action::Bottom),
    ("End", Action::Bottom),
    ("?", Action::ToggleHelp),
    ("Esc", Action::CloseOverlay),
    ("q", Action::Quit),
    ("C-c", Action::Quit),
    ("Q", Action::Quit),
    ("C-e", Action::LineDown),
    ("y", Action::LineUp),
    ("C-y", Action::LineUp),
    ("e", Action::TogglePanel),
    ("Tab", Action::SwitchFocus),
    ("Enter", Action::JumpToEntity),
    ("]", Action::NextMention),
    ("[", Action::PreviousMention),
];

/// Keys bound to actions.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(Key, Action)>,
}

impl Default for Keymap {
    fn default() -> Self {
        // The table is tested to parse completely (see the tests below).
        let bindings = DEFAULT_KEYS
            .iter()
            .filter_map(|(s, a)| s.parse().ok().map(|k| (k, *a)))
            .collect();
        Self { bindings }
    }
}

impl Keymap {
    /// The action bound to `key`, if any.
    pub fn action(&self, key: &Key) -> Option<Action> {
        self.bindings
            .iter()
            .find(|(k, _)| k == key)
            .map(|&(_, a)| a)
    }

    /// The keys bound to `action`, in table order.
    pub fn keys_for(&self, action: Action) -> impl Iterator<Item = Key> + '_ {
        self.bindings
            .iter()
            .filter(move |(_, a)| *a == action)
            .map(|&(k, _)| k)
    }

    /// One row per bound action: its keys ("j Down") and its description.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        Action::ALL
            .iter()
            .filter_map(|&action| {
                let keys: Vec<String> = self.keys_for(action).map(|k| k.to_string()).collect();
                (!keys.is_empty()).then(|| (keys.join(" "), action.description()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        s.parse().expect("key parses")
    }

    #[test]
    fn key_strings_parse() {
        assert_eq!(key("j"), Key::plain(KeyCode::Char('j')));
        assert_eq!(key("G"), Key::plain(KeyCode::Char('G')));
        assert_eq!(key("?"), Key::plain(KeyCode::Char('?')));
        assert_eq!(key("-"), Key::plain(KeyCode::Char('-')));
        assert_eq!(key("C-f"), Key::ctrl('f'));
        assert_eq!(key("Space"), Key::plain(KeyCode::Char(' ')));
        assert_eq!(key("PageDown"), Key::plain(KeyCode::PageDown));
        assert_eq!(key("WheelUp"), Key::plain(KeyCode::WheelUp));
        let alt_ctrl = key("C-A-x");
        assert!(alt_ctrl.ctrl && alt_ctrl.alt);
        assert_eq!(alt_ctrl.code, KeyCode::Char('x'));
    }

    #[test]
    fn bad_key_strings_are_errors() {
        assert_eq!("".parse::<Key>(), Err(KeyParseError::Empty));
        assert!(matches!(
            "PgDown".parse::<Key>(),
            Err(KeyParseError::Unknown(s)) if s == "PgDown"
        ));
        assert!("C-".parse::<Key>().is_err());
        assert!("C-Nope".parse::<Key>().is_err());
    }

    #[test]
    fn keys_print_as_they_parse() {
        for (s, _) in DEFAULT_KEYS {
            assert_eq!(key(s).to_string(), s);
        }
        assert_eq!(Key::plain(KeyCode::Char(' ')).to_string(), "Space");
    }

    #[test]
    fn default_table_parses_completely_and_has_no_duplicate_keys() {
        let map = Keymap::default();
        assert_eq!(map.bindings.len(), DEFAULT_KEYS.len());
        for (i, (k, _)) in map.bindings.iter().enumerate() {
            assert!(
                !map.bindings[i + 1..].iter().any(|(o, _)| o == k),
                "{k} bound twice"
            );
        }
    }

    #[test]
    fn default_keys_follow_less_and_vim() {
        let map = Keymap::default();
        let cases = [
            ("j", Action::LineDown),
            ("k", Action::LineUp),
            ("Down", Action::LineDown),
            ("Up", Action::LineUp),
            ("Space", Action::PageDown),
            ("PageDown", Action::PageDown),
            ("C-f", Action::PageDown),
            ("b", Action::PageUp),
            ("PageUp", Action::PageUp),
            ("C-b", Action::PageUp),
            ("d", Action::HalfPageDown),
            ("u", Action::HalfPageUp),
            ("g", Action::Top),
            ("Home", Action::Top),
            ("G", Action::Bottom),
            ("End", Action::Bottom),
            ("?", Action::ToggleHelp),
            ("Esc", Action::CloseOverlay),
            ("q", Action::Quit),
            ("WheelDown", Action::WheelDown),
            ("C-e", Action::LineDown),
            ("y", Action::LineUp),
            ("e", Action::TogglePanel),
            ("Tab", Action::SwitchFocus),
            ("Enter", Action::JumpToEntity),
            ("]", Action::NextMention),
            ("[", Action::PreviousMention),
        ];
        for (k, a) in cases {
            assert_eq!(map.action(&key(k)), Some(a), "{k}");
        }
        assert_eq!(map.action(&key("f")), None);
        assert_eq!(map.action(&key("C-j")), None);
    }

    #[test]
    fn help_rows_come_from_the_table() {
        let rows = Keymap::default().help_rows();
        let page = rows
            .iter()
            .find(|(_, d)| *d == Action::PageDown.description())
            .expect("page down row");
        assert_eq!(page.0, "Space PageDown C-f");
        assert_eq!(rows.len(), Action::ALL.len());
    }
}
