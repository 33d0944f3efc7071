//! PURE: qari's settings, their defaults, and the parser of `config.toml`.
//!
//! The default file ships inside the binary ([`DEFAULT_CONFIG`], printed by
//! `qari --print-config`) and parses to exactly [`Config::default`], which a
//! test holds it to, so the documentation of every setting cannot drift from
//! what qari does. A user's file only needs the settings it changes: every
//! table is `#[serde(default)]`, and `deny_unknown_fields` turns a misspelt key
//! into an error rather than a silently ignored line.
//!
//! Errors are written for people: each names the file, the line and column,
//! the key and what was expected (`config.toml:12:1: unknown key "colour" in
//! [text] (expected one of: width, ...)`). serde's messages are reworded here
//! from toml's spans; the `[keys]` tables are read in a second pass over toml's
//! spanned tables, because a bad key string or action name must point at its
//! own key or value, which a typed pass cannot do. Reading the file is the
//! store's business (`store::config`); nothing here touches the file system.

use std::ops::Range;

use serde::de::{Error as _, IgnoredAny};
use serde::{Deserialize, Deserializer};

use crate::action::Action;
use crate::cli::ShapeArg;
use crate::keymap::{KeySeq, Keymap, Mode};
use crate::layout::Direction;

mod color;
mod errors;

pub use color::{ColorSpec, COLOR_NAMES};
pub use errors::{ConfigError, ConfigErrorKind};

/// The complete default configuration, with a comment for every setting.
pub const DEFAULT_CONFIG: &str = include_str!("../assets/config.toml");

/// The text column's default width: a readable measure.
pub const DEFAULT_COLUMN: u16 = 80;
/// The panel's default width, border included.
pub const DEFAULT_PANEL: u16 = 40;

/// Every setting, with its default.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub theme: ThemeName,
    /// Capture the mouse (wheel scrolling, clicks on entities).
    pub mouse: bool,
    pub text: TextSettings,
    pub panel: PanelSettings,
    pub colors: Colors,
    /// Key bindings over the defaults. Read in the second, spanned pass.
    #[serde(deserialize_with = "accept_any")]
    pub keys: KeyOverrides,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            theme: ThemeName::Dark,
            mouse: true,
            text: TextSettings::default(),
            panel: PanelSettings::default(),
            colors: Colors::default(),
            keys: KeyOverrides::default(),
        }
    }
}

/// The built-in themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
}

/// The direction of paragraphs without a strong character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DirectionSetting {
    /// The document's own direction (its first strong characters decide).
    #[default]
    Auto,
    Ltr,
    Rtl,
}

impl DirectionSetting {
    /// The fallback direction for a document whose own direction is `detected`.
    pub fn resolve(self, detected: Direction) -> Direction {
        match self {
            Self::Auto => detected,
            Self::Ltr => Direction::Ltr,
            Self::Rtl => Direction::Rtl,
        }
    }
}

/// Which side of the terminal the entities panel takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    #[default]
    Right,
}

/// How the article's text is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TextSettings {
    /// The text column's widest measure, in cells.
    #[serde(deserialize_with = "column_width")]
    pub width: u16,
    /// Blank columns kept on each side of the column.
    #[serde(deserialize_with = "margin")]
    pub margin: u16,
    /// Fill wrapped lines to the column's width.
    pub justify: bool,
    pub shape: ShapeArg,
    pub direction: DirectionSetting,
}

impl Default for TextSettings {
    fn default() -> Self {
        Self {
            width: DEFAULT_COLUMN,
            margin: 0,
            justify: false,
            shape: ShapeArg::Auto,
            direction: DirectionSetting::Auto,
        }
    }
}

/// Where and how wide the entities panel is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PanelSettings {
    pub side: Side,
    /// The panel's widest extent, border included.
    #[serde(deserialize_with = "panel_width")]
    pub width: u16,
}

impl Default for PanelSettings {
    fn default() -> Self {
        Self {
            side: Side::Right,
            width: DEFAULT_PANEL,
        }
    }
}

/// Colours over the theme's: each kind of entity and the parts of the UI.
/// A setting left out keeps the theme's colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Colors {
    pub person: Option<ColorSpec>,
    pub location: Option<ColorSpec>,
    pub organization: Option<ColorSpec>,
    pub date: Option<ColorSpec>,
    pub quote: Option<ColorSpec>,
    pub status_bar: Option<ColorSpec>,
    pub status_text: Option<ColorSpec>,
    pub warning: Option<ColorSpec>,
    pub panel_border: Option<ColorSpec>,
    pub search_hit: Option<ColorSpec>,
    pub current_hit: Option<ColorSpec>,
    pub selection: Option<ColorSpec>,
    pub note: Option<ColorSpec>,
}

/// The `[keys]`, `[keys.panel]` and `[keys.select]` tables: key sequences
/// bound to an action (`None`: unbound). A key appears once per table, so the
/// order they are applied in does not matter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyOverrides {
    pub bindings: Vec<(Mode, KeySeq, Option<Action>)>,
}

impl KeyOverrides {
    /// Apply the overrides to `keymap`, later lines winning. A sequence
    /// ("g g") takes its beginning ("g") away from the defaults, as a vim
    /// user writing `"g g" = "top"` means; a beginning the file binds itself
    /// stays, and `errors::read_keys` refuses the sequence it shadows.
    pub fn apply(&self, keymap: &mut Keymap) {
        for (mode, keys, action) in &self.bindings {
            if action.is_none() {
                continue;
            }
            for n in 1..keys.0.len() {
                let prefix = KeySeq(keys.0[..n].to_vec());
                if !self.binds(*mode, &prefix) {
                    keymap.unbind(*mode, &prefix);
                }
            }
        }
        for (mode, keys, action) in &self.bindings {
            match action {
                Some(a) => keymap.bind(*mode, keys.clone(), *a),
                None => keymap.unbind(*mode, keys),
            }
        }
    }
}

impl KeyOverrides {
    /// Whether the file binds `keys` in `mode` itself.
    fn binds(&self, mode: Mode, keys: &KeySeq) -> bool {
        self.bindings
            .iter()
            .any(|(m, k, a)| *m == mode && k == keys && a.is_some())
    }
}

impl Config {
    /// Parse a configuration file's text; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Config, ConfigError> {
        let mut config: Config =
            toml::from_str(text).map_err(|e| errors::from_toml(&e, text, file))?;
        config.keys = errors::read_keys(text, file)?;
        Ok(config)
    }

    /// The default key table with this file's bindings over it.
    pub fn keymap(&self) -> Keymap {
        let mut keymap = Keymap::default();
        self.keys.apply(&mut keymap);
        keymap
    }
}

/// The `keys` table passes the typed pass untouched; `errors::read_keys` reads it.
fn accept_any<'de, D: Deserializer<'de>>(d: D) -> Result<KeyOverrides, D::Error> {
    IgnoredAny::deserialize(d)?;
    Ok(KeyOverrides::default())
}

/// A whole number within `range`, or an error saying which.
fn number_in<'de, D: Deserializer<'de>>(d: D, range: Range<i64>) -> Result<u16, D::Error> {
    let n = i64::deserialize(d)?;
    if range.contains(&n) {
        Ok(u16::try_from(n).unwrap_or(0))
    } else {
        Err(D::Error::custom(format!(
            "{n} is out of range (expected {} to {})",
            range.start,
            range.end - 1
        )))
    }
}

fn column_width<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    number_in(d, 20..1001)
}

fn margin<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    number_in(d, 0..41)
}

fn panel_width<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    number_in(d, 20..121)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, "config.toml")
    }

    #[test]
    fn the_shipped_file_is_exactly_the_defaults() {
        assert_eq!(
            parse(DEFAULT_CONFIG).expect("default parses"),
            Config::default()
        );
    }

    #[test]
    fn the_shipped_file_lists_every_action_and_default_binding() {
        for action in Action::ALL {
            let line = format!("#   {:<21} {}", action.name(), action.description());
            assert!(DEFAULT_CONFIG.lines().any(|l| l == line), "missing: {line}");
        }
        // Each default binding, commented out under its mode's table.
        for (mode, keys, action) in crate::keymap::DEFAULT_KEYS {
            let header = match mode {
                Mode::Reader => "[keys]",
                Mode::Panel => "[keys.panel]",
                Mode::Select => "[keys.select]",
            };
            let section = DEFAULT_CONFIG
                .split_once(&format!("\n{header}\n"))
                .map(|(_, rest)| rest.split("\n[").next().unwrap_or(""))
                .expect("section");
            let line = format!("# {keys:?} = \"{}\"", action.name());
            assert!(section.lines().any(|l| l == line), "{header} {line}");
        }
        // The commented-out bindings parse as they are written.
        let uncommented: String = DEFAULT_CONFIG
            .lines()
            .map(|l| match l.strip_prefix("# \"") {
                Some(rest) if l.contains("\" = \"") => format!("\"{rest}\n"),
                _ => format!("{l}\n"),
            })
            .collect();
        let config = parse(&uncommented).expect("uncommented defaults parse");
        assert_eq!(
            config.keys.bindings.len(),
            crate::keymap::DEFAULT_KEYS.len()
        );
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        assert_eq!(parse("").expect("empty"), Config::default());
    }

    #[test]
    fn settings_are_read() {
        let config = parse(
            "theme = \"light\"\nmouse = false\n[text]\nwidth = 60\nmargin = 3\njustify = true\n\
             shape = \"off\"\ndirection = \"rtl\"\n[panel]\nside = \"left\"\nwidth = 50\n\
             [colors]\nperson = \"#FF8800\"\nstatus_bar = \"blue\"\n",
        )
        .expect("valid");
        assert_eq!(config.theme, ThemeName::Light);
        assert!(!config.mouse);
        assert_eq!(
            config.text,
            TextSettings {
                width: 60,
                margin: 3,
                justify: true,
                shape: ShapeArg::Off,
                direction: DirectionSetting::Rtl,
            }
        );
        assert_eq!(config.panel.side, Side::Left);
        assert_eq!(config.panel.width, 50);
        assert_eq!(config.colors.person, Some(ColorSpec::Rgb(0xff, 0x88, 0)));
        assert_eq!(config.colors.status_bar, Some(ColorSpec::Named(4)));
        assert_eq!(config.colors.date, None);
    }

    #[test]
    fn key_tables_bind_and_unbind_over_the_defaults() {
        use crate::keymap::Lookup;
        let config = parse(
            "[keys]\n\"g g\" = \"top\"\ng = \"none\"\n\"C-j\" = \"line-down\"\n\
             [keys.panel]\nx = \"delete-note\"\n[keys.select]\n\"A-w\" = \"select-word-forward\"\n",
        )
        .expect("valid");
        assert_eq!(config.keys.bindings.len(), 5);
        let map = config.keymap();
        let key = |s: &str| s.parse::<crate::keymap::Key>().expect("key");
        assert_eq!(map.lookup(Mode::Reader, &[key("g")]), Lookup::Prefix);
        assert_eq!(
            map.lookup(Mode::Reader, &[key("g"), key("g")]),
            Lookup::Action(Action::Top)
        );
        assert_eq!(map.action(&key("C-j")), Some(Action::LineDown));
        assert_eq!(
            map.lookup(Mode::Panel, &[key("x")]),
            Lookup::Action(Action::DeleteNote)
        );
        assert_eq!(map.lookup(Mode::Reader, &[key("x")]), Lookup::Unbound);
        assert_eq!(
            map.lookup(Mode::Select, &[key("A-w")]),
            Lookup::Action(Action::SelectWordForward)
        );
        // Keys not mentioned keep their default meaning.
        assert_eq!(map.action(&key("j")), Some(Action::LineDown));
    }

    #[test]
    fn a_sequence_takes_its_first_key_from_the_defaults() {
        use crate::keymap::Lookup;
        let key = |s: &str| s.parse::<crate::keymap::Key>().expect("key");
        // `g` is "top" by default; `"g g"` alone is enough to rebind it.
        let config = parse("[keys]\n\"g g\" = \"top\"\n\"d d\" = \"quit\"\n")
            .expect("a sequence over a default key is valid");
        let map = config.keymap();
        assert_eq!(map.lookup(Mode::Reader, &[key("g")]), Lookup::Prefix);
        assert_eq!(
            map.lookup(Mode::Reader, &[key("g"), key("g")]),
            Lookup::Action(Action::Top)
        );
        assert_eq!(
            map.lookup(Mode::Reader, &[key("d"), key("d")]),
            Lookup::Action(Action::Quit)
        );
        // Other default keys of the same actions stay.
        assert_eq!(map.action(&key("Home")), Some(Action::Top));
        assert_eq!(map.action(&key("C-d")), Some(Action::HalfPageDown));
        // A first key the file binds itself still makes the sequence an error.
        let err = parse("[keys]\ng = \"bottom\"\n\"g g\" = \"top\"\n").expect_err("shadowed");
        assert_eq!((err.line, err.column), (3, 1));
    }

    #[test]
    fn direction_setting_overrides_only_when_set() {
        assert_eq!(
            DirectionSetting::Auto.resolve(Direction::Rtl),
            Direction::Rtl
        );
        assert_eq!(
            DirectionSetting::Ltr.resolve(Direction::Rtl),
            Direction::Ltr
        );
        assert_eq!(
            DirectionSetting::Rtl.resolve(Direction::Ltr),
            Direction::Rtl
        );
    }
}
