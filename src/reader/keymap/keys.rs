//! One key and a sequence of keys: their names ("C-f", "PageDown", "g g"),
//! parsing with [`FromStr`] and printing with [`Display`](fmt::Display).
//!
//! Parsing and printing are inverse (the help overlay prints what the
//! configuration parsed), so both live here next to the one name table.

use std::fmt;
use std::str::FromStr;

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
    Delete,
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
const NAMES: [(&str, KeyCode); 16] = [
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
    ("Delete", KeyCode::Delete),
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
            // A terminal sends Control with a capital letter as with the
            // small one: "C-D" is typed as "C-d", so it means it.
            (Some(c), None) if key.ctrl => KeyCode::Char(c.to_ascii_lowercase()),
            (Some(c), None) => KeyCode::Char(c),
            // Names are not case-sensitive ("space", "esc", "pagedown").
            _ => NAMES
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(rest))
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

/// A sequence of keys ("g g"), written with spaces between the keys.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeySeq(pub Vec<Key>);

impl FromStr for KeySeq {
    type Err = KeyParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // "Space" names the space bar; a lone " " is the space bar too.
        if s == " " {
            return Ok(KeySeq(vec![Key::plain(KeyCode::Char(' '))]));
        }
        let keys = s
            .split_whitespace()
            .map(str::parse)
            .collect::<Result<Vec<Key>, _>>()?;
        if keys.is_empty() {
            return Err(KeyParseError::Empty);
        }
        Ok(KeySeq(keys))
    }
}

impl fmt::Display for KeySeq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, k) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{k}")?;
        }
        Ok(())
    }
}
