//! Keys as strings ("j", "C-f", "PageDown", "Space") and the table that maps
//! them to actions.
//!
//! Keys are qari's own values rather than crossterm's, so the table can be
//! written, parsed, printed in the help overlay and tested without a terminal;
//! the event loop converts terminal events into [`Key`]s. Mouse wheel notches
//! are keys too ("WheelDown"), so the help lists them with everything else.
//! The key names and their parsing live in `keys`; this file holds the table.

use crate::reader::action::Action;
use crate::reader::messages::{Interface, Msg};

mod keys;

pub use keys::{Key, KeyCode, KeyParseError, KeySeq};

/// Which table a key is looked up in: the article's, the panel's when it has
/// the focus, a list's (the page's links, a feed's items) while one takes the
/// keys, or the selection's while a passage is being selected. The panel,
/// list and selection tables override the reader's; keys they do not bind
/// fall through to it (`q` quits everywhere). `Enter` is why the list and
/// panel tables exist apart: there it opens the row, in the article it is
/// less's line down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    #[default]
    Reader,
    Panel,
    List,
    Select,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Reader, Mode::Panel, Mode::List, Mode::Select];

    /// The heading of the mode's keys in the help overlay.
    pub fn title(self) -> Msg {
        match self {
            Mode::Reader => Msg::ModeReading,
            Mode::Panel => Msg::ModePanel,
            Mode::List => Msg::ModeList,
            Mode::Select => Msg::ModeSelecting,
        }
    }

    /// The mode's table in `config.toml`.
    pub fn table(self) -> &'static str {
        match self {
            Mode::Reader => "keys",
            Mode::Panel => "keys.panel",
            Mode::List => "keys.list",
            Mode::Select => "keys.select",
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

/// What a sequence of keys typed so far means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    Action(Action),
    /// The keys begin a longer binding: wait for the next key.
    Prefix,
    Unbound,
}

/// The default key table; it is made from the action table (`action.rs`).
pub use crate::reader::action::DEFAULT_KEYS;

/// Key sequences bound to actions, per mode.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(Mode, KeySeq, Action)>,
}

impl Default for Keymap {
    fn default() -> Self {
        // The table is tested to parse completely (`action` and the tests below).
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
            .flat_map(|&mode| self.mode_rows(mode, Interface::default()))
            .collect()
    }

    /// The rows of one mode's table, in the order of [`Action::ALL`].
    fn mode_rows(
        &self,
        mode: Mode,
        ui: Interface,
    ) -> impl Iterator<Item = (String, &'static str)> + '_ {
        Action::ALL.iter().filter_map(move |&action| {
            let keys: Vec<String> = self
                .keys_for(mode, action)
                .map(ToString::to_string)
                .collect();
            (!keys.is_empty()).then(|| (keys.join(" "), ui.pick(action.descriptions())))
        })
    }

    /// The help overlay's lines: each mode with bindings under its heading,
    /// a blank line between modes, in the interface's language.
    pub fn help_lines(&self, ui: Interface) -> Vec<HelpLine> {
        let mut lines = Vec::new();
        for mode in Mode::ALL {
            let rows: Vec<_> = self.mode_rows(mode, ui).collect();
            if rows.is_empty() {
                continue;
            }
            if !lines.is_empty() {
                lines.push(HelpLine::Blank);
            }
            lines.push(HelpLine::Heading(ui.text(mode.title())));
            lines.extend(rows.into_iter().map(|(k, d)| HelpLine::Row(k, d)));
        }
        lines
    }
}

#[cfg(test)]
mod tests;
