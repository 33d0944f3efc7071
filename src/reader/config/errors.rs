//! Configuration errors that say where and what: file, line, column, key.
//!
//! toml reports a byte span and serde's message ("unknown field `colour`,
//! expected one of `width`, `margin`"); this module turns the span into a line
//! and a column, finds the key and the table the span belongs to in the text,
//! and rewrites the message in qari's words. The `[keys]` tables are read here
//! too, from toml's spanned tables, so a bad key string or action name points
//! at itself.

use std::fmt;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::KeyOverrides;
use crate::reader::action::Action;
use crate::reader::keymap::{KeySeq, Keymap, Lookup, Mode};

/// A configuration file that could not be used, and where it went wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: {kind}")]
pub struct ConfigError {
    pub file: String,
    /// 1-based line and column (in characters) of the offending text.
    pub line: usize,
    pub column: usize,
    pub kind: ConfigErrorKind,
}

/// What was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigErrorKind {
    /// Not TOML at all.
    Syntax(String),
    UnknownKey {
        key: String,
        table: String,
        expected: Vec<String>,
    },
    BadValue {
        key: String,
        table: String,
        reason: String,
    },
    /// A `[keys]` entry whose key string does not parse ("C-Nope").
    BadKeyString {
        key: String,
        table: String,
        reason: String,
    },
    /// A `[keys]` entry naming no action.
    UnknownAction {
        key: String,
        table: String,
        name: String,
    },
    /// A sequence ("g g") whose beginning is bound itself ("g"), so that it
    /// could never be typed.
    ShadowedSequence {
        key: String,
        table: String,
        /// How many keys of `key` are bound: the first `prefix` ones.
        prefix: usize,
        action: &'static str,
    },
}

/// The keys of a shadowed sequence that are bound themselves: the first
/// `prefix` of `key` ("g" of "g g"), as both languages' messages name them.
pub(crate) fn bound_keys(key: &str, prefix: usize) -> String {
    key.split(' ').take(prefix).collect::<Vec<_>>().join(" ")
}

/// `[text]`, or "the top level" for keys outside any table.
struct Where<'a>(&'a str);

impl fmt::Display for Where<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("at the top level")
        } else {
            write!(f, "in [{}]", self.0)
        }
    }
}

impl fmt::Display for ConfigErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax(message) => write!(f, "not valid TOML: {message}"),
            Self::UnknownKey {
                key,
                table,
                expected,
            } => {
                write!(f, "unknown key {key:?} {}", Where(table))?;
                if !expected.is_empty() {
                    write!(f, " (expected one of: {})", expected.join(", "))?;
                }
                Ok(())
            }
            Self::BadValue { key, table, reason } => {
                write!(f, "bad value for {key:?} {}: {reason}", Where(table))
            }
            Self::BadKeyString { key, table, reason } => {
                write!(f, "bad key {key:?} {}: {reason}", Where(table))
            }
            Self::UnknownAction { key, table, name } => write!(
                f,
                "unknown action {name:?} for key {key:?} {} (qari --print-config lists the actions; \"none\" unbinds)",
                Where(table)
            ),
            Self::ShadowedSequence {
                key,
                table,
                prefix,
                action,
            } => {
                let bound = bound_keys(key, *prefix);
                write!(
                    f,
                    "key {key:?} {} can never be typed: {bound:?} is bound to {action:?} (unbind it: {bound:?} = \"none\")",
                    Where(table)
                )
            }
        }
    }
}

/// 1-based line and column (in characters) of byte `at` in `text`.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The table whose header comes last before byte `at` ("" at the top level).
fn table_at(text: &str, at: usize) -> String {
    let before = text.get(..at.min(text.len())).unwrap_or(text);
    before
        .lines()
        .rev()
        .find_map(|l| {
            let l = l.trim();
            let inner = l.strip_prefix('[')?.split(']').next()?;
            Some(inner.trim_start_matches('[').trim().to_string())
        })
        .unwrap_or_default()
}

/// The key of the `key = value` line holding byte `at`, if `at` is in its value
/// or its key.
fn key_at(text: &str, at: usize) -> Option<String> {
    let at = at.min(text.len());
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"').trim_matches('\'');
    (!key.is_empty()).then(|| key.to_string())
}

/// Words of serde's messages in qari's: no Rust type names ("struct
/// TextSettings", "i128") reach the reader.
fn reword(message: &str) -> String {
    let mut message = message.to_string();
    while let Some(at) = message.find("expected struct ") {
        let name_end = message[at + 16..]
            .find(|c: char| !c.is_alphanumeric() && c != '_')
            .map_or(message.len(), |i| at + 16 + i);
        message.replace_range(at..name_end, "expected a table");
    }
    message
        .replace(" as i128", " (too large)")
        .replace(" as u128", " (too large)")
        .replace("expected i64", "expected a whole number")
        .replace("expected a boolean", "expected true or false")
        .replace("unknown variant", "unknown value")
        .replace('`', "\"")
        .replace('\n', "; ")
}

/// The names in serde's "expected one of `a`, `b`" (or "expected `a`").
fn expected_names(message: &str) -> Vec<String> {
    let Some((_, list)) = message.split_once("expected ") else {
        return Vec::new();
    };
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// A toml error (syntax or serde's) as a [`ConfigError`].
pub(super) fn from_toml(err: &toml::de::Error, text: &str, file: &str) -> ConfigError {
    let span = err.span().unwrap_or(0..0);
    let (line, column) = line_col(text, span.start);
    let message = err.message().trim();
    let table = table_at(text, span.start);
    let kind = if let Some(rest) = message.strip_prefix("unknown field `") {
        ConfigErrorKind::UnknownKey {
            key: rest.split('`').next().unwrap_or_default().to_string(),
            table,
            expected: expected_names(rest.split_once(',').map_or("", |(_, r)| r)),
        }
    } else if let Some(key) = (!span.is_empty())
        .then(|| key_at(text, span.start))
        .flatten()
        // A value of the wrong type can come in the parser's words
        // (`theme = 5`: "wanted string or table"): text that is TOML has
        // no syntax error, so it is that value's.
        .filter(|_| !is_syntax(message) || text.parse::<toml::Table>().is_ok())
    {
        ConfigErrorKind::BadValue {
            key,
            table,
            reason: reword(message),
        }
    } else {
        // Name the key when the fault is on a `key = value` line (a duplicate key).
        let key = key_at(text, span.start).filter(|_| !span.is_empty());
        ConfigErrorKind::Syntax(match key {
            Some(key) => format!("{} at {key:?} {}", reword(message), Where(&table)),
            None => reword(message),
        })
    };
    ConfigError {
        file: file.to_string(),
        line,
        column,
        kind,
    }
}

/// Messages of toml's parser, as opposed to serde's about a value.
fn is_syntax(message: &str) -> bool {
    !(message.starts_with("invalid type")
        || message.starts_with("invalid value")
        || message.starts_with("unknown variant")
        || message.contains("out of range")
        || message.contains("is not a colour"))
}

/// Read the `[keys]` table and each mode's (`[keys.panel]`, ...) of `text`
/// (which the typed pass found to be valid TOML).
pub(super) fn read_keys(text: &str, file: &str) -> Result<KeyOverrides, ConfigError> {
    let mut out = KeyOverrides::default();
    // Where each binding's key is written, and its table, for errors found later.
    let mut spans = Vec::new();
    let root = DeTable::parse(text).map_err(|e| from_toml(&e, text, file))?;
    let Some(keys) = root.get_ref().get("keys") else {
        return Ok(out);
    };
    let error = |span: Range<usize>, kind| {
        let (line, column) = line_col(text, span.start);
        ConfigError {
            file: file.to_string(),
            line,
            column,
            kind,
        }
    };
    let not_table = |span: Range<usize>, key: &str, table: &str| {
        error(
            span,
            ConfigErrorKind::BadValue {
                key: key.to_string(),
                table: table.to_string(),
                reason: "expected a table of key = \"action\" lines".into(),
            },
        )
    };
    let DeValue::Table(table) = keys.get_ref() else {
        return Err(not_table(keys.span(), "keys", ""));
    };
    for (key, value) in table {
        let name = format!("keys.{}", key.get_ref());
        let mode = Mode::ALL
            .into_iter()
            .find(|&m| m != Mode::Reader && m.table() == name);
        match (mode, value.get_ref()) {
            (Some(mode), DeValue::Table(sub)) => {
                for (k, v) in sub {
                    out.bindings.push(binding(text, file, &name, mode, k, v)?);
                    spans.push((k.span(), name.clone()));
                }
            }
            (Some(_), _) => return Err(not_table(value.span(), key.get_ref(), "keys")),
            (None, DeValue::Table(_)) => {
                return Err(error(
                    key.span(),
                    ConfigErrorKind::UnknownKey {
                        key: key.get_ref().to_string(),
                        table: "keys".into(),
                        expected: Mode::ALL
                            .iter()
                            .filter_map(|m| m.table().strip_prefix("keys."))
                            .map(String::from)
                            .collect(),
                    },
                ))
            }
            (None, _) => {
                out.bindings
                    .push(binding(text, file, "keys", Mode::Reader, key, value)?);
                spans.push((key.span(), "keys".into()));
            }
        }
    }
    // With every binding in place, a sequence must not begin with a bound key.
    let mut keymap = Keymap::default();
    out.apply(&mut keymap);
    for ((mode, keys, action), (span, table)) in out.bindings.iter().zip(spans) {
        if action.is_none() {
            continue;
        }
        for n in 1..keys.0.len() {
            if let Lookup::Action(bound) = keymap.lookup(*mode, &keys.0[..n]) {
                return Err(error(
                    span,
                    ConfigErrorKind::ShadowedSequence {
                        key: keys.to_string(),
                        table,
                        prefix: n,
                        action: bound.name(),
                    },
                ));
            }
        }
    }
    Ok(out)
}

/// One `"keys" = "action"` line of table `table`.
fn binding(
    text: &str,
    file: &str,
    table: &str,
    mode: Mode,
    key: &Spanned<toml::de::DeString<'_>>,
    value: &Spanned<DeValue<'_>>,
) -> Result<(Mode, KeySeq, Option<Action>), ConfigError> {
    let at = |span: Range<usize>, kind| {
        let (line, column) = line_col(text, span.start);
        ConfigError {
            file: file.to_string(),
            line,
            column,
            kind,
        }
    };
    let name = key.get_ref().to_string();
    let keys = name.parse::<KeySeq>().map_err(|e| {
        at(
            key.span(),
            ConfigErrorKind::BadKeyString {
                key: name.clone(),
                table: table.to_string(),
                reason: e.to_string(),
            },
        )
    })?;
    let Some(action) = value.get_ref().as_str() else {
        return Err(at(
            value.span(),
            ConfigErrorKind::BadValue {
                key: name,
                table: table.to_string(),
                reason: format!(
                    "expected an action name in quotes, found {}",
                    value.get_ref().type_str()
                ),
            },
        ));
    };
    if action == "none" {
        return Ok((mode, keys, None));
    }
    match action.parse::<Action>() {
        Ok(a) => Ok((mode, keys, Some(a))),
        Err(_) => Err(at(
            value.span(),
            ConfigErrorKind::UnknownAction {
                key: name,
                table: table.to_string(),
                name: action.to_string(),
            },
        )),
    }
}

#[cfg(test)]
mod unit_tests;

#[cfg(test)]
mod file_tests;
