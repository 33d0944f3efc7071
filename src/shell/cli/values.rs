//! How option values are read: an encoding's name and a width checked, and
//! clap's `ValueEnum` for the configuration's and the reader's own types,
//! which know nothing of clap (their names and help are said here).

use clap::ValueEnum;

use super::{ExportFormat, Markup};
use crate::core::terminal::{BidiSetting, Shaping};
use crate::reader::config::{ParagraphDirection, WIDTH_MAX};
use crate::reader::messages::Lang;

/// An encoding by one of its names, or what the choice is.
pub(super) fn parse_encoding(arg: &str) -> Result<&'static encoding_rs::Encoding, String> {
    crate::core::article::encoding_for_label(arg).ok_or_else(|| {
        format!(
            "`{arg}` is not an encoding qari knows (try utf-8, windows-1256, iso-8859-6, utf-16le)"
        )
    })
}

/// A line width: a whole number of cells, from one to the configuration's
/// widest column ([`WIDTH_MAX`]).
pub(super) fn parse_width(arg: &str) -> Result<usize, String> {
    let max = usize::from(WIDTH_MAX);
    match arg.parse::<usize>() {
        Ok(0) => Err("the width must be at least 1 cell".to_string()),
        Ok(n) if n > max => Err(format!("the width must be at most {max} cells")),
        Ok(n) => Ok(n),
        // Digits too many for a number are still a width too wide.
        Err(_) if !arg.is_empty() && arg.bytes().all(|b| b.is_ascii_digit()) => {
            Err(format!("the width must be at most {max} cells"))
        }
        Err(_) => Err(format!("`{arg}` is not a number of cells")),
    }
}

/// `--export FORMAT`, read from the formats' table.
impl ValueEnum for ExportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &ExportFormat::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()).help(self.description()))
    }
}

impl ValueEnum for Markup {
    fn value_variants<'a>() -> &'a [Self] {
        &[Markup::Text, Markup::Html, Markup::Markdown]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            Markup::Text => "text",
            Markup::Html => "html",
            Markup::Markdown => "markdown",
        }))
    }
}

/// `--terminal-bidi auto|qari|terminal`: the configuration's [`BidiSetting`],
/// read from the command line.
impl ValueEnum for BidiSetting {
    fn value_variants<'a>() -> &'a [Self] {
        &[BidiSetting::Auto, BidiSetting::Qari, BidiSetting::Terminal]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self {
            BidiSetting::Auto => ("auto", "Decide from what the terminal says about itself"),
            BidiSetting::Qari => (
                "qari",
                "qari lays out; terminals that can be switched are switched to draw cells as sent",
            ),
            BidiSetting::Terminal => (
                "terminal",
                "The terminal reorders each line itself; qari sends lines in the order that comes out right after it",
            ),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

/// `--lang ar|en`: the interface's language.
impl ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Self] {
        &[Lang::Ar, Lang::En]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self {
            Lang::Ar => ("ar", "Arabic, right to left"),
            Lang::En => ("en", "English"),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

/// `--shape auto|on|off`: the configuration's [`Shaping`], read from the
/// command line (the configuration itself knows nothing of clap).
impl ValueEnum for Shaping {
    fn value_variants<'a>() -> &'a [Self] {
        &[Shaping::Auto, Shaping::On, Shaping::Off]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            Shaping::Auto => "auto",
            Shaping::On => "on",
            Shaping::Off => "off",
        }))
    }
}

/// `--paragraph-direction`: the configuration's [`ParagraphDirection`].
impl ValueEnum for ParagraphDirection {
    fn value_variants<'a>() -> &'a [Self] {
        use ParagraphDirection::*;
        &[FirstLetter, MostLetters, Rtl, Ltr]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            ParagraphDirection::FirstLetter => "first-letter",
            ParagraphDirection::MostLetters => "most-letters",
            ParagraphDirection::Rtl => "rtl",
            ParagraphDirection::Ltr => "ltr",
        }))
    }
}
