#![warn(missing_docs)]
#![warn(unreachable_pub)]
//! Offline recognition of people, places, organisations, dates and quotations in
//! Arabic news text: a text in, its mentions grouped into entities out.
//!
//! Names come from a statistical tagger, because news keeps naming people and
//! places no list has seen: an averaged perceptron over tokens with first-order
//! Viterbi decoding, in two passes (the second sees what the first made of the same
//! word elsewhere in the article), trained on ANERcorp by `qari-train` and embedded
//! as `assets/ner-weights.bin`. Gazetteers (places from CLDR, iso-codes and GeoNames;
//! given names, family names and full names from Wikidata, JRC-Names, Wikipedia and
//! WikiFANE; hand lists of trigger words) are features of that tagger, not rules,
//! but for the hand list's `known` organisations, which only the rules read (a
//! name such as طيران ناس is one wherever the tagger left it alone).
//! Organisation names that open with a head word (وزارة الدفاع) are completed by
//! rule over the tagger's labels, and dates and quotes follow the way Arabic news
//! writes them closely enough for rules.
//!
//! [`Recognizer::recognize`] runs, for one text:
//! 1. tokens and sentences (`tokenize`);
//! 2. one analysis per token, shared by everything after it: folded form, stem
//!    without proclitics, list memberships (`normalize`, [`features`], [`gazetteer`]);
//! 3. the tagger's two passes, which label people, places and organisations ([`tagger`]),
//!    then organisation chains, state names, places after a settlement's head
//!    (مخيم زمزم) and the edges of people's names completed by rule (`chains`);
//!    the tagger and those rules follow ANERcorp's
//!    annotators, and are scored against them by `qari-train`;
//! 4. then the names as a reader takes them, where ANERcorp leaves a head out:
//!    an institution named after a place (بورصة الكويت، مستشفى دبي), a head before
//!    the organisation it names (نادي الهلال), a listed organisation of three words
//!    or more that opens with a head (صندوق النقد الدولي) (`chains`, run from `recognize`), and
//!    the clubs a match report names by places and unseen words (ضيفه بورتو)
//!    (`clubs`), and the news outlets the genre marks (قال لـ"الأيام"، صحيفة
//!    عكاظ، المنامة - بنا) (`outlets`);
//! 5. dates by rule, which replace any name they overlap (`dates`);
//! 6. quotations and their speakers by rule (`quotes`);
//! 7. grouping: the mentions of one entity become one [`Entity`] (`group`).
//!
//! A long text goes through [`StreamRecognizer`] a chunk at a time instead
//! ([`stream`]), in memory bounded by the chunk, entity ids running on.
//!
//! Every offset is a code point offset into the text as given, so `text[start..end]`
//! in code points is exactly the mention. Nothing here does I/O; the weights are
//! bytes in the binary. The public modules other than the root serve the trainer
//! (`qari-train`, behind the `trainer` feature) and its tests.
//!
//! ```
//! use qari_recognize::{Kind, Recognizer};
//!
//! let recognizer = Recognizer::builtin()?;
//! // "The Egyptian president said in Cairo on 6 January 2022: ..."
//! let text = "وقال الرئيس المصري في القاهرة يوم 6 يناير 2022: إن الحوار مستمر.";
//! let found = recognizer.recognize(text);
//! let shown = |kind: Kind| -> Vec<String> {
//!     found
//!         .mentions
//!         .iter()
//!         .filter(|m| m.kind == kind)
//!         .map(|m| text.chars().skip(m.span.start).take(m.span.len()).collect())
//!         .collect()
//! };
//! assert_eq!(shown(Kind::Location), ["القاهرة"]);
//! assert_eq!(shown(Kind::Date), ["يوم 6 يناير 2022"]);
//! # Ok::<(), qari_recognize::ModelError>(())
//! ```

mod chains;
mod clitics;
mod clubs;
mod dates;
pub mod features;
pub mod gazetteer;
mod group;
mod normalize;
mod not_names;
mod outlets;
mod perceptron;
mod quotes;
mod recognize;
mod repeat;
pub mod stream;
pub mod tagger;
mod tokenize;
pub mod train;

use std::ops::Range;

use gazetteer::Gazetteer;
pub use perceptron::ModelError;
pub use stream::{fold_name, StreamRecognizer};
use tagger::Tagger;
use tokenize::Token;

/// The weights shipped with qari (`assets/ner-README.md` says how they were trained
/// and how well they do).
const BUILTIN_WEIGHTS: &[u8] = include_bytes!("../assets/ner-weights.bin");

/// What a mention is. The order is the one lists and panels show kinds in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A person's name, as the tagger found it.
    Person,
    /// A place: a country, a city, a region.
    Location,
    /// An organisation: a party, a ministry, a company, an agency.
    Organization,
    /// A date or a time of day, found by rule.
    Date,
    /// A quotation, found by rule; its speaker, when named, is in [`Mention::speaker`].
    Quote,
}

impl Kind {
    /// Every kind, in order, for code that shows or counts each of them.
    pub const ALL: [Kind; 5] = [
        Kind::Person,
        Kind::Location,
        Kind::Organization,
        Kind::Date,
        Kind::Quote,
    ];

    /// The kind's name in lowercase English, the same as its serialised form.
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
    /// What the span is.
    pub kind: Kind,
    /// Code point offsets into the text.
    pub span: Range<usize>,
    /// Index into [`Recognition::entities`].
    pub entity: usize,
    /// For quotes: the entity that said it, when the text names or describes it
    /// (index into [`Recognition::entities`]). A source the text only describes
    /// (مصدر أمني، المتحدث باسم الوزارة) is an entity with no mentions, named by
    /// those words; the newspaper that relays a quote is never its speaker.
    pub speaker: Option<usize>,
}

/// Mentions grouped as one person, place, organisation, date or quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The kind of all its mentions.
    pub kind: Kind,
    /// The fullest form the text gives (e.g. the full name, not the later surname).
    pub name: String,
    /// Indices into [`Recognition::mentions`], in text order; empty only for a
    /// speaker the text describes rather than names (see [`Mention::speaker`]).
    pub mentions: Vec<usize>,
}

/// Everything recognised in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recognition {
    /// In text order (by start, longer first).
    pub mentions: Vec<Mention>,
    /// In order of first mention, then the described speakers.
    pub entities: Vec<Entity>,
}

/// The recogniser: tagger weights and lists, loaded once.
#[derive(Debug, Clone)]
pub struct Recognizer {
    tagger: Tagger,
    gazetteer: Gazetteer,
    dates: dates::DateWords,
    quote_words: quotes::QuoteWords,
    clubs: clubs::Clubs,
}

/// A mention before grouping: token range and character span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawMention {
    pub(crate) kind: Kind,
    pub(crate) tokens: Range<usize>,
    /// Code points.
    pub(crate) span: Range<usize>,
    /// The same span in bytes.
    pub(crate) bytes: Range<usize>,
    /// What the first word lost of its article after ل: the alef (للأمم
    /// المتحدة is ل + الأمم; the span starts at the article's lam) or, before
    /// a word that begins with ل, the whole article (للجنة الدولية is ل +
    /// اللجنة); the name takes it back ([`RawMention::name`]).
    pub(crate) article: &'static str,
    /// An organisation's name that ends on its nationality (البنك التجاري
    /// القطري): the same body as the name without it.
    pub(crate) national: bool,
    /// The Latin spelling of the name mentioned just before it (سيموني
    /// إنزاغي (Simone Inzaghi)): the same entity.
    pub(crate) gloss: bool,
}

impl RawMention {
    /// A mention of whole tokens, less `skip` leading code points (a proclitic).
    pub(crate) fn of_tokens(
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
            article: "",
            national: false,
            gloss: false,
        }
    }

    /// The name the mention gives: its words, with the article whole.
    pub(crate) fn name<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        let words = &text[self.bytes.clone()];
        if !self.article.is_empty() {
            std::borrow::Cow::Owned(format!("{}{words}", self.article))
        } else {
            std::borrow::Cow::Borrowed(words)
        }
    }
}

impl Recognizer {
    /// The recogniser with the embedded weights and lists.
    pub fn builtin() -> Result<Self, ModelError> {
        Ok(Self::new(
            Tagger::from_static(BUILTIN_WEIGHTS)?,
            Gazetteer::builtin(),
        ))
    }

    /// A recogniser with other weights (a file written by `qari-train`).
    pub fn from_weights(bytes: &[u8]) -> Result<Self, ModelError> {
        Ok(Self::new(Tagger::from_bytes(bytes)?, Gazetteer::builtin()))
    }

    fn new(tagger: Tagger, gazetteer: Gazetteer) -> Self {
        Self {
            tagger,
            gazetteer,
            dates: dates::DateWords::new(),
            quote_words: quotes::QuoteWords::new(),
            clubs: clubs::Clubs::new(),
        }
    }

    /// Recognise everything in `text`.
    pub fn recognize(&self, text: &str) -> Recognition {
        self.recognize_cached(text, &mut tagger::WordCache::default())
    }
}

/// Whether `word` has an Arabic letter, as a name must: the tagger learned
/// names from Arabic text only. A text without one has nothing the
/// recogniser reads (an English article), which a reader is told.
pub fn has_arabic_letter(word: &str) -> bool {
    word.chars()
        .any(|c| ('\u{0621}'..='\u{064A}').contains(&c) && c != '\u{0640}')
}
