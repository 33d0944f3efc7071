//! The language and the digits the interface speaks in ([`Lang`],
//! [`LangSetting`], [`Digits`]) and the [`Interface`] that picks a message's
//! language, fills its `{name}` places and writes its numbers; laying a
//! message out as a row is `layout.rs`'s, the table itself `messages.rs`'s.

use std::fmt::Display;

use serde::Deserialize;

use super::Msg;

/// The language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ar,
}

impl Lang {
    /// The language a locale names (`ar_EG.UTF-8` is Arabic; anything else,
    /// `C` and `POSIX` included, English).
    pub fn of_locale(locale: &str) -> Lang {
        if locale
            .get(..2)
            .is_some_and(|p| p.eq_ignore_ascii_case("ar"))
        {
            Lang::Ar
        } else {
            Lang::En
        }
    }
}

/// The `lang` setting: a language, or the locale's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LangSetting {
    /// After `LC_ALL`, `LC_MESSAGES` or `LANG`, the first one set (the shell reads them).
    #[default]
    Auto,
    En,
    Ar,
}

impl LangSetting {
    /// The language, `locale` being the first of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG` that is set and not empty.
    pub fn resolve(self, locale: Option<&str>) -> Lang {
        match self {
            Self::En => Lang::En,
            Self::Ar => Lang::Ar,
            Self::Auto => locale.map_or(Lang::En, Lang::of_locale),
        }
    }
}

/// How numbers are written in the Arabic interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Digits {
    /// 0123456789, as in most Arabic news sites.
    #[default]
    Western,
    /// ٠١٢٣٤٥٦٧٨٩.
    ArabicIndic,
}

impl Interface {
    /// A notice from the shell: what failed (`what`, a message naming it)
    /// and the error, which stays in English.
    pub fn failed(self, what: Msg, err: &dyn Display) -> String {
        self.say(Msg::Failed, &[("what", &self.text(what)), ("err", err)])
    }
}

/// The language and the digits the interface speaks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Interface {
    pub lang: Lang,
    pub digits: Digits,
}

impl Interface {
    pub fn new(lang: Lang, digits: Digits) -> Self {
        Self { lang, digits }
    }

    /// The interface reads right to left.
    pub fn rtl(self) -> bool {
        self.lang == Lang::Ar
    }

    /// `msg` in the interface's language, its places left as they are.
    pub fn text(self, msg: Msg) -> &'static str {
        pick(msg.texts(), self.lang)
    }

    /// Of a pair (English, Arabic) kept in another table, the interface's.
    pub fn pick(self, pair: [&'static str; 2]) -> &'static str {
        pick(pair, self.lang)
    }

    /// `msg` with each `{name}` replaced by its value in `args`, as it is
    /// (a query or a file name keeps its digits: numbers are passed
    /// through [`Interface::number`] first).
    ///
    /// In the Arabic interface a value with Latin letters or a path's
    /// slashes is isolated (FSI … PDI): a file name, a command or a query
    /// keeps its own direction inside the right-to-left sentence
    /// (`/tmp/x.txt` does not lose its `/` to the sentence's end); numbers
    /// stay as they are, ordered by the sentence.
    pub fn say(self, msg: Msg, args: &[(&str, &dyn Display)]) -> String {
        let mut out = self.text(msg).to_string();
        for (name, value) in args {
            let value = value.to_string();
            let latin = |c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '\\');
            let value = if self.rtl() && value.contains(latin) {
                format!("\u{2068}{value}\u{2069}")
            } else {
                value
            };
            out = out.replace(&format!("{{{name}}}"), &value);
        }
        out
    }

    /// [`Interface::say`] of a message that counts something: `{n}` is `n`
    /// in the interface's digits, and `{s}` the English plural's "s".
    pub fn say_count(self, msg: Msg, n: usize, args: &[(&str, &dyn Display)]) -> String {
        let plural = if n == 1 { "" } else { "s" };
        let count = self.number(n);
        let mut all: Vec<(&str, &dyn Display)> = vec![("n", &count), ("s", &plural)];
        all.extend_from_slice(args);
        self.say(msg, &all)
    }

    /// `value` with its ASCII digits as the interface writes them (Arabic-Indic
    /// in the Arabic interface when `digits = "arabic-indic"`).
    pub fn number(self, value: impl Display) -> String {
        let text = value.to_string();
        if self.lang != Lang::Ar || self.digits != Digits::ArabicIndic {
            return text;
        }
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }
}

fn pick(pair: [&'static str; 2], lang: Lang) -> &'static str {
    match lang {
        Lang::En => pair[0],
        Lang::Ar => pair[1],
    }
}
