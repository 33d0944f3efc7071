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

use crate::reader::action::Action;
use crate::reader::keymap::{KeySeq, Keymap, Mode};
pub use crate::reader::messages::{Digits, Lang, LangSetting};
use qari_layout::Direction;

pub use crate::core::color;
pub use crate::core::terminal::Shaping;
mod errors;
mod formatter;
mod warning;

pub use color::{ColorSpec, COLOR_NAMES};
pub(crate) use errors::bound_keys;
pub use errors::{ConfigError, ConfigErrorKind};
pub use formatter::{Formatter, Written};
pub use warning::{ConfigProblem, ConfigWarning};

/// The complete default configuration, with a comment for every setting.
pub const DEFAULT_CONFIG: &str = include_str!("../../assets/config.toml");

/// The text column's default width: a readable measure.
pub const DEFAULT_COLUMN: u16 = 80;
/// The panel's default width, border included.
pub const DEFAULT_PANEL: u16 = 40;

/// Every setting, with its default.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub theme: ThemeName,
    /// Who lays out right-to-left text on the terminal.
    pub terminal_bidi: crate::core::terminal::BidiSetting,
    /// Capture the mouse (wheel scrolling, clicks on entities).
    pub mouse: bool,
    /// The interface's language ("auto": the locale's, read by the shell).
    pub lang: LangSetting,
    /// How the Arabic interface writes numbers.
    pub digits: Digits,
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
            theme: ThemeName::Auto,
            terminal_bidi: crate::core::terminal::BidiSetting::Auto,
            mouse: true,
            lang: LangSetting::Auto,
            digits: Digits::Western,
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
    /// Light or dark after the terminal's background (dark when it does not say).
    #[default]
    Auto,
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
        self.fixed().unwrap_or(detected)
    }

    /// The direction the setting fixes; `None` for "auto" (the document's).
    pub fn fixed(self) -> Option<Direction> {
        match self {
            Self::Auto => None,
            Self::Ltr => Some(Direction::Ltr),
            Self::Rtl => Some(Direction::Rtl),
        }
    }
}

/// How a paragraph's direction is found: by its first letter (UAX #9, as
/// GNU FriBidi does), by most of its letters ("CNN: قال الرئيس …" right to
/// left), or fixed for every paragraph with a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParagraphDirection {
    #[default]
    FirstLetter,
    MostLetters,
    Rtl,
    Ltr,
}

impl ParagraphDirection {
    /// The layout's rule for it.
    pub fn base(self) -> qari_layout::BaseDirection {
        use qari_layout::{BaseDirection, Direction};
        match self {
            Self::FirstLetter => BaseDirection::FirstLetter,
            Self::MostLetters => BaseDirection::MostLetters,
            Self::Rtl => BaseDirection::Fixed(Direction::Rtl),
            Self::Ltr => BaseDirection::Fixed(Direction::Ltr),
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

/// The `side` setting: a side, or the interface's ("auto": right in
/// English, left in Arabic, facing the article's reading direction).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SideSetting {
    #[default]
    Auto,
    Left,
    Right,
}

impl SideSetting {
    /// The side in an interface of language `lang`.
    pub fn resolve(self, lang: Lang) -> Side {
        match (self, lang) {
            (Self::Left, _) | (Self::Auto, Lang::Ar) => Side::Left,
            (Self::Right, _) | (Self::Auto, Lang::En) => Side::Right,
        }
    }
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
    pub shape: Shaping,
    pub direction: DirectionSetting,
    pub paragraph_direction: ParagraphDirection,
}

impl Default for TextSettings {
    fn default() -> Self {
        Self {
            width: DEFAULT_COLUMN,
            margin: 0,
            justify: false,
            shape: Shaping::Auto,
            direction: DirectionSetting::Auto,
            paragraph_direction: ParagraphDirection::FirstLetter,
        }
    }
}

/// Where and how wide the entities panel is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PanelSettings {
    pub side: SideSetting,
    /// The panel's widest extent, border included.
    #[serde(deserialize_with = "panel_width")]
    pub width: u16,
}

impl Default for PanelSettings {
    fn default() -> Self {
        Self {
            side: SideSetting::Auto,
            width: DEFAULT_PANEL,
        }
    }
}

/// Colours over the theme's: each kind of entity and the parts of the UI.
/// A setting left out keeps the theme's colour. A kind's key is its name
/// (`Kind::name`); the kind table (`kinds`) says which field is whose.
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

/// The `[keys]` table and each mode's (`[keys.panel]`, ...): key sequences
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

    /// [`Config::parse`] that skips what it cannot use: each setting with a
    /// mistake (an unknown key, a bad value, a bad binding) is left out, and
    /// the file read again without it, so one typo does not throw away every
    /// other setting. The mistakes found, in the order found; none when the
    /// file is fine. Text that is not TOML, or a mistake whose setting
    /// cannot be told apart (a value over several lines), gives the
    /// defaults: `None` for the configuration, with the first mistake.
    pub fn parse_skipping(text: &str, file: &str) -> (Option<Config>, Vec<ConfigError>) {
        let mut text = std::borrow::Cow::Borrowed(text);
        let mut skipped: Vec<ConfigError> = Vec::new();
        loop {
            match Self::parse(&text, file) {
                Ok(config) => return (Some(config), skipped),
                Err(err) => {
                    let kept = match err.kind {
                        ConfigErrorKind::Syntax(_) => None,
                        _ if skipped.len() >= SKIPPED_MAX => None,
                        _ => without_setting(&text, err.line),
                    };
                    match kept {
                        Some(kept) => {
                            skipped.push(err);
                            text = std::borrow::Cow::Owned(kept);
                        }
                        None => {
                            // toml finds a file's syntax errors before any
                            // setting's: one after a setting was left out is
                            // that setting's (a value over several lines).
                            skipped.push(err);
                            skipped.truncate(1);
                            return (None, skipped);
                        }
                    }
                }
            }
        }
    }

    /// The default key table with this file's bindings over it.
    pub fn keymap(&self) -> Keymap {
        let mut keymap = Keymap::default();
        self.keys.apply(&mut keymap);
        keymap
    }
}

/// The most mistakes [`Config::parse_skipping`] skips before it gives up on a file.
const SKIPPED_MAX: usize = 64;

/// `text` without the setting on its 1-based `line`: that line, or a whole
/// table when the line is the table's header, blanked (lines keep their
/// numbers for the next mistake's place). `None` when there is nothing there
/// to leave out.
fn without_setting(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.split('\n').collect();
    let at = line.checked_sub(1)?;
    let first = lines.get(at)?.trim();
    if first.is_empty() || first.starts_with('#') {
        return None;
    }
    let end = if first.starts_with('[') {
        (at + 1..lines.len())
            .find(|&i| lines[i].trim_start().starts_with('['))
            .unwrap_or(lines.len())
    } else {
        at + 1
    };
    let kept: Vec<&str> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| if (at..end).contains(&i) { "" } else { *l })
        .collect();
    Some(kept.join("\n"))
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

/// The widest text column or output line, in cells: the configuration's
/// `width` and `--width` of `render` and `search` stop here, so no setting or
/// argument can make qari write gigabytes of padding for one short line.
pub const WIDTH_MAX: u16 = 1000;

fn column_width<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    number_in(d, 20..i64::from(WIDTH_MAX) + 1)
}

fn margin<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    number_in(d, 0..41)
}

fn panel_width<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    number_in(d, 20..121)
}

#[cfg(test)]
mod tests;
