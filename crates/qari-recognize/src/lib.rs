#![warn(missing_docs)]
//! PURE: text in, mentions of people, places, organisations, dates and quotes out.
//!
//! Names come from a statistical tagger, because news keeps naming people and
//! places no list has seen: an averaged perceptron over tokens with first-order
//! Viterbi decoding, in two passes (the second sees what the first made of the same
//! word elsewhere in the article), trained on ANERcorp by `qari-train` and embedded
//! as `crates/qari-recognize/assets/ner-weights.bin`. Gazetteers from CLDR and iso-codes and hand lists
//! of trigger words are features of that tagger, not rules. Dates and quotes follow
//! the way Arabic news writes them closely enough for rules ([`dates`], [`quotes`]).
//! Mentions of one entity are then grouped ([`group`]).
//!
//! Every offset is a code point offset into the text as given, which callers take
//! from [`crate::document::Document::text`], so `text[start..end]` in code points is
//! exactly the mention. Nothing here does I/O; the weights are bytes in the binary.

pub mod dates;
pub mod features;
pub mod gazetteer;
pub mod group;
pub mod normalize;
pub mod perceptron;
pub mod quotes;
pub mod tagger;
pub mod tokenize;
pub mod train;

use std::ops::Range;

use features::TokenInfo;
use gazetteer::Gazetteer;
pub use perceptron::ModelError;
use tagger::Tagger;
use tokenize::Token;

/// The weights shipped with qari (see `crates/qari-recognize/assets/ner-README.md`).
pub const BUILTIN_WEIGHTS: &[u8] = include_bytes!("../assets/ner-weights.bin");

/// What a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Location,
    Organization,
    Date,
    Quote,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Person,
        Kind::Location,
        Kind::Organization,
        Kind::Date,
        Kind::Quote,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Location => "location",
            Kind::Organization => "organization",
            Kind::Date => "date",
            Kind::Quote => "quote",
        }
    }
}

/// One mention: a span of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub kind: Kind,
    /// Code point offsets into the text.
    pub span: Range<usize>,
    /// Index into [`Recognition::entities`].
    pub entity: usize,
    /// For quotes: the entity that said it, when the text names it.
    pub speaker: Option<usize>,
}

/// Mentions grouped as one person, place, organisation, date or quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: Kind,
    /// The fullest form the text gives (e.g. the full name, not the later surname).
    pub name: String,
    /// Indices into [`Recognition::mentions`], in text order.
    pub mentions: Vec<usize>,
}

/// Everything recognised in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recognition {
    /// In text order (by start, longer first).
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
}

/// The recogniser: tagger weights and lists, loaded once.
#[derive(Debug, Clone)]
pub struct Recognizer {
    tagger: Tagger,
    gazetteer: Gazetteer,
    dates: dates::DateWords,
}

/// A mention before grouping: token range and character span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMention {
    pub kind: Kind,
    pub tokens: Range<usize>,
    /// Code points.
    pub span: Range<usize>,
    /// The same span in bytes.
    pub bytes: Range<usize>,
}

impl RawMention {
    /// A mention of whole tokens, less `skip` leading code points (a proclitic).
    pub fn of_tokens(
        kind: Kind,
        text: &str,
        tokens: &[Token],
        range: Range<usize>,
        skip: usize,
    ) -> Self {
        let first = &tokens[range.start];
        let skip = skip.min(first.chars.len().saturating_sub(1));
        let skip_bytes: usize = first
            .text(text)
            .chars()
            .take(skip)
            .map(char::len_utf8)
            .sum();
        let last = &tokens[range.end - 1];
        Self {
            kind,
            span: first.chars.start + skip..last.chars.end,
            bytes: first.bytes.start + skip_bytes..last.bytes.end,
            tokens: range,
        }
    }
}

impl Recognizer {
    /// The recogniser with the embedded weights and lists.
    pub fn builtin() -> Result<Self, ModelError> {
        Self::from_weights(BUILTIN_WEIGHTS)
    }

    /// A recogniser with other weights (a file written by `qari-train`).
    pub fn from_weights(bytes: &[u8]) -> Result<Self, ModelError> {
        Ok(Self::new(Tagger::from_bytes(bytes)?, Gazetteer::builtin()))
    }

    pub fn new(tagger: Tagger, gazetteer: Gazetteer) -> Self {
        Self {
            tagger,
            gazetteer,
            dates: dates::DateWords::new(),
        }
    }

    /// Recognise everything in `text`.
    pub fn recognize(&self, text: &str) -> Recognition {
        let tokens = tokenize::tokenize(text);
        let sentences = tokenize::sentences(text, &tokens);
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|r| tokens[r.clone()].iter().map(|t| t.text(text)).collect())
            .collect();
        let tagged = self.tagger.tag(&self.gazetteer, &words);
        let mut infos: Vec<TokenInfo> = Vec::with_capacity(tokens.len());
        let mut raw = Vec::new();
        for (range, t) in sentences.iter().zip(tagged) {
            for (a, b, ty) in train::spans(&t.labels) {
                let kind = match ty {
                    0 => Kind::Person,
                    1 => Kind::Location,
                    2 => Kind::Organization,
                    _ => continue,
                };
                let skip = usize::from(t.infos[a].clitic_chars);
                raw.push(RawMention::of_tokens(
                    kind,
                    text,
                    &tokens,
                    range.start + a..range.start + b,
                    skip,
                ));
            }
            infos.extend(t.infos);
        }
        let found_dates = self.dates.find(text, &tokens, &infos);
        let mut in_date = vec![false; tokens.len()];
        for d in &found_dates {
            in_date[d.tokens.clone()].fill(true);
        }
        raw.retain(|m| !in_date[m.tokens.clone()].contains(&true));
        raw.extend(found_dates);
        let found_quotes = quotes::find(text, &tokens, &infos, &raw);
        group::group(text, &infos, raw, found_quotes)
    }
}
