//! Every fact qari keeps about an entity kind, in one table keyed by the
//! recogniser's [`Kind`]: its words, its looks and its names in exports.
//!
//! [`facts`] is one exhaustive `match`, one arm per kind, so a kind the
//! recogniser adds has no facts until it is given a whole row here, and the
//! build says so. The panel, the theme, the highlights, the labels and the
//! brat export read their words, cues and colours from this table rather than
//! from arms of their own, which could disagree.
//!
//! The kind's own name ([`Kind::name`], the recogniser's: "person") is not
//! repeated: it is the kind's key in the configuration's `[colors]`, its name
//! in `qari entities` and its W3C tag. The settings and the theme hold a
//! colour per kind in named fields (`Colors::person`, `Theme::person`), which
//! serde and their users need; each row points at its fields, and the tests
//! hold the `[colors]` keys equal to the kinds' names.
//!
//! The table holds looks (ratatui's `Color` and `Modifier`) next to words;
//! the pure modules that use it (annotations, highlights) read only words.

use ratatui::style::{Color, Modifier};

use crate::reader::annotate::Label;
use crate::reader::config::{ColorSpec, Colors};
use crate::reader::messages::{Interface, Msg};
use crate::reader::theme::Theme;
use qari_recognize::Kind;

/// What qari knows about one kind of entity.
#[derive(Debug, Clone, Copy)]
pub struct KindFacts {
    /// Title of the kind's group in the entities panel, in English and in
    /// Arabic ("People", "أشخاص").
    pub heading: [&'static str; 2],
    /// The kind's word in the panel's legend, in English and in Arabic
    /// ("place", "مكان"), drawn in its style.
    pub legend: [&'static str; 2],
    /// The cue that tells the kind apart without colour (`NO_COLOR`).
    pub cue: Modifier,
    /// Default colours on dark and on light backgrounds (4.5:1 contrast).
    pub dark: Color,
    pub light: Color,
    /// The kind's type in brat standoff files ("Person").
    pub brat: &'static str,
    /// The type names read as this kind from brat files, lower case without
    /// `-` and `_`: qari's own and common corpus spellings (PER, GPE, ...).
    pub brat_spellings: &'static [&'static str],
    /// The reader's label that asserts this kind.
    pub label: Label,
    /// A quotation: a passage that can hold names, shown with its speaker and
    /// set aside in the text, rather than a name of its own.
    pub quotation: bool,
    /// The kind's colour in a theme.
    pub theme_color: fn(&mut Theme) -> &mut Color,
    /// The kind's colour set in `[colors]` (keyed by [`Kind::name`]).
    pub setting: fn(&Colors) -> Option<ColorSpec>,
}

/// The facts of `kind`.
pub const fn facts(kind: Kind) -> KindFacts {
    match kind {
        Kind::Person => KindFacts {
            heading: ["People", "أشخاص"],
            legend: ["person", "شخص"],
            cue: Modifier::BOLD,
            dark: Color::Rgb(0x5f, 0xd7, 0xff),
            light: Color::Rgb(0x05, 0x50, 0xae),
            brat: "Person",
            brat_spellings: &["person", "per", "pers"],
            label: Label::Person,
            quotation: false,
            theme_color: |t| &mut t.person,
            setting: |c| c.person,
        },
        Kind::Location => KindFacts {
            heading: ["Places", "أماكن"],
            legend: ["place", "مكان"],
            cue: Modifier::UNDERLINED,
            dark: Color::Rgb(0x87, 0xd7, 0x5f),
            light: Color::Rgb(0x1a, 0x6b, 0x1a),
            brat: "Location",
            brat_spellings: &["location", "loc", "gpe", "place"],
            label: Label::Location,
            quotation: false,
            theme_color: |t| &mut t.location,
            setting: |c| c.location,
        },
        Kind::Organization => KindFacts {
            heading: ["Organizations", "منظمات"],
            legend: ["organization", "منظمة"],
            cue: Modifier::BOLD.union(Modifier::UNDERLINED),
            dark: Color::Rgb(0xd7, 0x87, 0xff),
            light: Color::Rgb(0x8b, 0x1a, 0x8b),
            brat: "Organization",
            brat_spellings: &["organization", "organisation", "org"],
            label: Label::Organization,
            quotation: false,
            theme_color: |t| &mut t.organization,
            setting: |c| c.organization,
        },
        Kind::Date => KindFacts {
            heading: ["Dates", "تواريخ"],
            legend: ["date", "تاريخ"],
            cue: Modifier::DIM.union(Modifier::UNDERLINED),
            dark: Color::Rgb(0xd7, 0xd7, 0x5f),
            light: Color::Rgb(0x7a, 0x4a, 0x00),
            brat: "Date",
            brat_spellings: &["date", "time", "timex"],
            label: Label::Date,
            quotation: false,
            theme_color: |t| &mut t.date,
            setting: |c| c.date,
        },
        Kind::Quote => KindFacts {
            heading: ["Quotes", "اقتباسات"],
            legend: ["quote", "اقتباس"],
            cue: Modifier::ITALIC,
            dark: Color::Rgb(0x87, 0xaf, 0xff),
            light: Color::Rgb(0x1f, 0x4e, 0x8c),
            brat: "Quote",
            brat_spellings: &["quote", "quotation"],
            label: Label::Quote,
            quotation: true,
            theme_color: |t| &mut t.quote,
            setting: |c| c.quote,
        },
    }
}

/// The kind whose label is `label`; `None` for "not an entity".
pub fn of_label(label: Label) -> Option<Kind> {
    Kind::ALL.into_iter().find(|&k| facts(k).label == label)
}

/// A label's word in the interface: its name in English ("location",
/// "not an entity"), its kind's Arabic word in Arabic.
pub fn label_word(ui: Interface, label: Label) -> &'static str {
    match (ui.rtl(), of_label(label)) {
        (false, _) => label.name(),
        (true, Some(kind)) => ui.pick(facts(kind).legend),
        (true, None) => ui.text(Msg::NotAnEntity),
    }
}

/// The kind a brat type name means (see [`KindFacts::brat_spellings`]).
pub fn of_brat_spelling(lower: &str) -> Option<Kind> {
    Kind::ALL
        .into_iter()
        .find(|&k| facts(k).brat_spellings.contains(&lower))
}

#[cfg(test)]
mod tests;
