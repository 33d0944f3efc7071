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

/// Which table a key is looked up in: the article's, the panel's when it has
/// the focus, or the selection's while a passage is being selected. The panel
/// and selection tables override the reader's; keys they do not bind fall
/// through to it (`q` quits everywhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    #[default]
    Reader,
    Panel,
    Select,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Reader, Mode::Panel, Mode::Select];

    /// The heading of the mode's keys in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Mode::Reader => "Reading",
            Mode::Panel => "In the panel",
            Mode::Select => "Selecting a passage",
        }
    }
}

/// One line of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A mode's heading.
    Heading(&'static str),
    /// The keys bound to an action ("j Down"), and its description.
    Row(String, &'static str),
    Blank,
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

/// What a sequence of keys typed so far means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    Action(Action),
    /// The keys begin a longer binding: wait for the next key.
    Prefix,
    Unbound,
}

/// The default key table, in the order the help shows keys.
pub const DEFAULT_KEYS: [(Mode, &str, Action); 51] = [
    (Mode::Reader, "j", Action::LineDown),
    (Mode::Reader, "Down", Action::LineDown),
    (Mode::Reader, "k", Action::LineUp),
    (Mode::Reader, "Up", Action::LineUp),
    (Mode::Reader, "Space", Action::PageDown),
    (Mode::Reader, "PageDown", Action::PageDown),
    (Mode::Reader, "C-f", Action::PageDown),
    (Mode::Reader, "b", Action::PageUp),
    (Mode::Reader, "PageUp", Action::PageUp),
    (Mode::Reader, "C-b", Action::PageUp),
    (Mode::Reader, "d", Action::HalfPageDown),
    (Mode::Reader, "C-d", Action::HalfPageDown),
    (Mode::Reader, "u", Action::HalfPageUp),
    (Mode::Reader, "C-u", Action::HalfPageUp),
    (Mode::Reader, "WheelDown", Action::WheelDown),
    (Mode::Reader, "WheelUp", Action::WheelUp),
    (Mode::Reader, "g", Action::Top),
    (Mode::Reader, "Home", Action::Top),
    (Mode::Reader, "G", Action::Bottom),
    (Mode::Reader, "End", Action::Bottom),
    (Mode::Reader, "?", Action::ToggleHelp),
    (Mode::Reader, "Esc", Action::CloseOverlay),
    (Mode::Reader, "q", Action::Quit),
    (Mode::Reader, "C-c", Action::Quit),
    (Mode::Reader, "Q", Action::Quit),
    (Mode::Reader, "C-e", Action::LineDown),
    (Mode::Reader, "y", Action::LineUp),
    (Mode::Reader, "C-y", Action::LineUp),
    (Mode::Reader, "e", Action::TogglePanel),
    (Mode::Reader, "Tab", Action::SwitchFocus),
    (Mode::Reader, "Enter", Action::JumpToEntity),
    (Mode::Reader, "]", Action::NextMention),
    (Mode::Reader, "[", Action::PreviousMention),
    (Mode::Reader, "t", Action::PanelTab),
    (Mode::Reader, "/", Action::Search),
    (Mode::Reader, "n", Action::SearchNext),
    (Mode::Reader, "N", Action::SearchPrevious),
    (Mode::Reader, "m", Action::SetMark),
    (Mode::Reader, "'", Action::GoToMark),
    (Mode::Reader, ":", Action::CommandLine),
    (Mode::Reader, "v", Action::StartSelection),
    (Mode::Panel, "E", Action::EditNote),
    (Mode::Panel, "D", Action::DeleteNote),
    (Mode::Panel, "u", Action::UndoDelete),
    (Mode::Select, "w", Action::SelectWordForward),
    (Mode::Select, "b", Action::SelectWordBackward),
    (Mode::Select, "j", Action::SelectLineDown),
    (Mode::Select, "k", Action::SelectLineUp),
    (Mode::Select, "Esc", Action::CancelSelection),
    (Mode::Select, "a", Action::Annotate),
    (Mode::Select, "l", Action::Label),
];

/// Key sequences bound to actions, per mode.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(Mode, KeySeq, Action)>,
}

impl Default for Keymap {
    fn default() -> Self {
        // The table is tested to parse completely (see the tests below).
        let bindings = DEFAULT_KEYS
            .iter()
            .filter_map(|(m, s, a)| s.parse().ok().map(|k| (*m, k, *a)))
            .collect();
        Self { bindings }
    }
}

impl Keymap {
    /// Bind `keys` to `action` in `mode`, replacing what `keys` did there.
    pub fn bind(&mut self, mode: Mode, keys: KeySeq, action: Action) {
        self.unbind(mode, &keys);
        self.bindings.push((mode, keys, action));
    }

    /// Take `keys` out of `mode`'s table.
    pub fn unbind(&mut self, mode: Mode, keys: &KeySeq) {
        self.bindings.retain(|(m, k, _)| !(*m == mode && k == keys));
    }

    /// What the keys typed so far mean in `mode`: the mode's own table first,
    /// then the reader's.
    pub fn lookup(&self, mode: Mode, keys: &[Key]) -> Lookup {
        let own = self.lookup_in(mode, keys);
        if own != Lookup::Unbound || mode == Mode::Reader {
            return own;
        }
        self.lookup_in(Mode::Reader, keys)
    }

    fn lookup_in(&self, mode: Mode, keys: &[Key]) -> Lookup {
        let mut prefix = false;
        for (m, seq, action) in &self.bindings {
            if *m != mode {
                continue;
            }
            if seq.0 == keys {
                return Lookup::Action(*action);
            }
            prefix |= seq.0.len() > keys.len() && seq.0.starts_with(keys);
        }
        if prefix {
            Lookup::Prefix
        } else {
            Lookup::Unbound
        }
    }

    /// The action a single key is bound to in the reader's table.
    pub fn action(&self, key: &Key) -> Option<Action> {
        match self.lookup(Mode::Reader, std::slice::from_ref(key)) {
            Lookup::Action(a) => Some(a),
            _ => None,
        }
    }

    /// The key sequences bound to `action` in `mode`, in table order.
    pub fn keys_for(&self, mode: Mode, action: Action) -> impl Iterator<Item = &KeySeq> + '_ {
        self.bindings
            .iter()
            .filter(move |(m, _, a)| *m == mode && *a == action)
            .map(|(_, k, _)| k)
    }

    /// One row per bound action and mode: its keys ("j Down") and its description.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        Mode::ALL
            .iter()
            .flat_map(|&mode| self.mode_rows(mode))
            .collect()
    }

    /// The rows of one mode's table, in the order of [`Action::ALL`].
    fn mode_rows(&self, mode: Mode) -> impl Iterator<Item = (String, &'static str)> + '_ {
        Action::ALL.iter().filter_map(move |&action| {
            let keys: Vec<String> = self
                .keys_for(mode, action)
                .map(ToString::to_string)
                .collect();
            (!keys.is_empty()).then(|| (keys.join(" "), action.description()))
        })
    }

    /// The help overlay's lines: each mode with bindings under its heading,
    /// a blank line between modes.
    pub fn help_lines(&self) -> Vec<HelpLine> {
        let mut lines = Vec::new();
        for mode in Mode::ALL {
            let rows: Vec<_> = self.mode_rows(mode).collect();
            if rows.is_empty() {
                continue;
            }
            if !lines.is_empty() {
                lines.push(HelpLine::Blank);
            }
            lines.push(HelpLine::Heading(mode.title()));
            lines.extend(rows.into_iter().map(|(k, d)| HelpLine::Row(k, d)));
        }
        lines
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
    fn names_ignore_case_and_control_ignores_shift() {
        assert_eq!(key("space"), key("Space"));
        assert_eq!(key("ESC"), key("Esc"));
        assert_eq!(key("C-pagedown"), key("C-PageDown"));
        // What a terminal sends for Control-Shift-d is Control-d.
        assert_eq!(key("C-D"), Key::ctrl('d'));
        assert_eq!(key("C-A-X"), key("C-A-x"));
        // Without Control, case is the key: G is not g.
        assert_ne!(key("G"), key("g"));
        assert_eq!(key("A-G").code, KeyCode::Char('G'));
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
        for (_, s, _) in DEFAULT_KEYS {
            assert_eq!(key(s).to_string(), s);
        }
        assert_eq!(Key::plain(KeyCode::Char(' ')).to_string(), "Space");
    }

    #[test]
    fn default_table_parses_completely_and_has_no_duplicate_keys() {
        let map = Keymap::default();
        assert_eq!(map.bindings.len(), DEFAULT_KEYS.len());
        for (i, (m, k, _)) in map.bindings.iter().enumerate() {
            assert!(
                !map.bindings[i + 1..]
                    .iter()
                    .any(|(n, o, _)| n == m && o == k),
                "{k} bound twice in {m:?}"
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
        for action in Action::ALL {
            assert!(
                rows.iter().any(|(_, d)| *d == action.description()),
                "{action:?} has no key"
            );
        }
    }

    #[test]
    fn help_lines_group_the_effective_bindings_by_mode() {
        let mut map = Keymap::default();
        map.bind(Mode::Panel, "x".parse().expect("seq"), Action::DeleteNote);
        map.unbind(Mode::Select, &"l".parse().expect("seq"));
        let lines = map.help_lines();
        let headings: Vec<_> = lines
            .iter()
            .filter_map(|l| match l {
                HelpLine::Heading(h) => Some(*h),
                _ => None,
            })
            .collect();
        assert_eq!(headings, ["Reading", "In the panel", "Selecting a passage"]);
        let panel = lines
            .iter()
            .position(|l| *l == HelpLine::Heading("In the panel"))
            .expect("panel heading");
        assert!(lines[panel..].contains(&HelpLine::Row(
            "D x".into(),
            Action::DeleteNote.description()
        )));
        assert!(!lines
            .iter()
            .any(|l| matches!(l, HelpLine::Row(_, d) if *d == Action::Label.description())));
        assert_eq!(lines[panel - 1], HelpLine::Blank);
    }

    #[test]
    fn sequences_wait_for_their_last_key() {
        let mut map = Keymap::default();
        map.bind(Mode::Reader, "g g".parse().expect("seq"), Action::Top);
        map.unbind(Mode::Reader, &"g".parse().expect("seq"));
        let g = key("g");
        assert_eq!(map.lookup(Mode::Reader, &[g]), Lookup::Prefix);
        assert_eq!(
            map.lookup(Mode::Reader, &[g, g]),
            Lookup::Action(Action::Top)
        );
        assert_eq!(map.lookup(Mode::Reader, &[g, key("x")]), Lookup::Unbound);
        assert_eq!("g  g".parse::<KeySeq>().expect("seq").to_string(), "g g");
        assert!("g C-".parse::<KeySeq>().is_err());
        assert!("".parse::<KeySeq>().is_err());
    }

    #[test]
    fn mode_tables_override_the_reader_and_fall_through_to_it() {
        let map = Keymap::default();
        let j = [key("j")];
        assert_eq!(
            map.lookup(Mode::Select, &j),
            Lookup::Action(Action::SelectLineDown)
        );
        assert_eq!(
            map.lookup(Mode::Panel, &[key("u")]),
            Lookup::Action(Action::UndoDelete)
        );
        assert_eq!(
            map.lookup(Mode::Reader, &[key("u")]),
            Lookup::Action(Action::HalfPageUp)
        );
        assert_eq!(
            map.lookup(Mode::Select, &[key("q")]),
            Lookup::Action(Action::Quit)
        );
        assert_eq!(map.lookup(Mode::Select, &[key("f")]), Lookup::Unbound);
    }
}
