//! Name lists and trigger words, matched as whole tokens.
//!
//! Embedded lists: `crates/qari-recognize/assets/gazetteer-locations.txt`, generated from Unicode CLDR
//! and iso-codes by `scripts/gen_gazetteer.py`, `crates/qari-recognize/assets/gazetteer-hand.txt`, written
//! for qari (organisations, given names, titles, organisation and place heads, speech
//! verbs), and the lists `scripts/gen_names.py` derives. The lists are evidence for the
//! tagger, not rules: membership becomes a feature, and the trained weights decide how
//! much each class is worth. Two are read by rules only and are no feature:
//! `names-common.txt` ([`COMMON`]) and `places-major.txt` ([`MAJOR`]).
//!
//! Phrases are matched leftmost-longest over tokens. The first word of a phrase is
//! compared by its stem (proclitics and article stripped, so لكازاخستان and
//! والجزائر match), the following words by their folded form. Matching compares
//! hashes of whole words, so بيلاروسيا never matches روسيا.
//!
//! This file holds the lists' constants, their entries and the questions asked
//! of one word; loading is in `gazetteer/load.rs`, matching over a sentence in
//! `gazetteer/matching.rs`.

use super::normalize::{hash_exact, hash_word, hash_word_and_exact, normalize_into, HashKeyed};

mod load;
mod matching;
#[cfg(test)]
mod tests;

const LOCATIONS: &str = include_str!("../assets/gazetteer-locations.txt");
const HAND: &str = include_str!("../assets/gazetteer-hand.txt");
/// Lists derived by `scripts/gen_names.py`, one file per source licence
/// (`assets/ner-README.md`).
const DERIVED: [&str; 5] = [
    include_str!("../assets/names-wikidata.txt"),
    include_str!("../assets/names-jrc.txt"),
    include_str!("../assets/names-wikipedia.txt"),
    include_str!("../assets/places-geonames.txt"),
    include_str!("../assets/names-wikifane.txt"),
];

/// Capitals and cities of two million people (GeoNames), derived by
/// `scripts/gen_names.py`: a flag on the places the other lists hold
/// ([`MAJOR_PLACE_BEGIN`]), read by rules only.
const MAJOR: &str = include_str!("../assets/places-major.txt");

/// Words general Arabic also uses as nouns or adjectives (آمنة safe, نور light),
/// derived by `scripts/gen_names.py`: read by rules only, never a feature.
const COMMON: &str = include_str!("../assets/names-common.txt");

/// Phrase classes; a token's match flags hold a begin and an inside bit per class.
pub(crate) const PHRASE_CLASSES: usize = 5;
const CLASS_NAMES: [&str; PHRASE_CLASSES] = ["country", "city", "region", "org", "person"];
const ORG_CLASS: usize = 3;
/// Bits of a match's flags, above the classes' begin and inside bits: an
/// organisation of the hand list begins (and, shifted once, continues) here.
/// No feature of the tagger: rules read them ([`LIST_FEATURE_BITS`]).
pub(crate) const CURATED_ORG_BEGIN: u16 = 1 << (2 * PHRASE_CLASSES);
pub(crate) const CURATED_ORG_INSIDE: u16 = CURATED_ORG_BEGIN << 1;
/// The same for a place of the hand list (a landmark: المسجد الحرام).
pub(crate) const CURATED_PLACE_BEGIN: u16 = CURATED_ORG_BEGIN << 2;
pub(crate) const CURATED_PLACE_INSIDE: u16 = CURATED_ORG_BEGIN << 3;
/// The same for a country or a city of `gazetteer-locations.txt` (CLDR's
/// countries and cities) or of `places-major.txt` (capitals and cities of
/// two million people): places a reader knows by name, among 22,000 towns.
pub(crate) const MAJOR_PLACE_BEGIN: u16 = CURATED_ORG_BEGIN << 4;
pub(crate) const MAJOR_PLACE_INSIDE: u16 = CURATED_ORG_BEGIN << 5;
/// The place classes (country, city, region) as class bits.
const PLACE_CLASSES: u8 = 0b111;
/// The flags' bits that the tagger reads as features.
pub(crate) const LIST_FEATURE_BITS: u16 = CURATED_ORG_BEGIN - 1;

/// Single-word classes, as bits.
pub(crate) const TRIGGER_TITLE: u8 = 1;
pub(crate) const TRIGGER_ORG_HEAD: u8 = 2;
pub(crate) const TRIGGER_LOC_HEAD: u8 = 4;
pub(crate) const TRIGGER_SPEECH: u8 = 8;
pub(crate) const TRIGGER_GIVEN: u8 = 16;
pub(crate) const TRIGGER_PARTICLE: u8 = 32;
/// A family name (a surname in a name list).
pub(crate) const TRIGGER_FAMILY: u8 = 64;
/// A word of some person's name, role unknown (mostly foreign names).
pub(crate) const TRIGGER_NAME: u8 = 128;
pub(crate) const TRIGGER_CLASSES: usize = 8;
/// The classes of name words, matched exactly (ى is not ي: على is not علي).
pub(crate) const NAME_WORDS: u8 = TRIGGER_GIVEN | TRIGGER_FAMILY | TRIGGER_NAME;

/// What the lists hold of a phrase begun so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct PhraseEntry {
    /// Classes of phrases that end here, as bits.
    complete: u8,
    /// Some longer phrase continues from here.
    prefix: bool,
    /// Classes of phrases that end here in the hand list (`gazetteer-hand.txt`):
    /// names chosen one by one as well known, not harvested.
    curated: u8,
    /// A place of [`LOCATIONS`] or [`MAJOR`] ends here ([`MAJOR_PLACE_BEGIN`]),
    /// spelled with the article ([`MAJOR_DEFINITE`]) or without ([`MAJOR_BARE`]).
    major: u8,
    /// A name of any list ends here, spelled with the article
    /// ([`MAJOR_DEFINITE`]) or without ([`MAJOR_BARE`]).
    spelled: u8,
}

const MAJOR_DEFINITE: u8 = 1;
const MAJOR_BARE: u8 = 2;

/// Which spelling of a major place a folded word is: with the article or without.
fn major_spelling(first: &str) -> u8 {
    if first.starts_with("ال") {
        MAJOR_DEFINITE
    } else {
        MAJOR_BARE
    }
}

impl PhraseEntry {
    /// Whether a major place of one word is spelled so, with the article
    /// (`definite`) or without: السيول is no سيول (Seoul), but torrents.
    pub(crate) fn major_as(&self, definite: bool) -> bool {
        self.major & if definite { MAJOR_DEFINITE } else { MAJOR_BARE } != 0
    }

    /// Whether a name of the lists ends here spelled so, with the article
    /// (`definite`) or without: البورصة (the stock exchange) is no بورصة
    /// (Bursa), which the lists hold without it.
    pub(crate) fn spelled_as(&self, definite: bool) -> bool {
        self.spelled & if definite { MAJOR_DEFINITE } else { MAJOR_BARE } != 0
    }

    /// A place of one word the lists spell with the article or without.
    #[cfg(test)]
    pub(crate) fn place_spelled(definite: bool) -> Self {
        Self {
            complete: 1 << 1,
            spelled: if definite { MAJOR_DEFINITE } else { MAJOR_BARE },
            ..Self::default()
        }
    }
}

/// The lists, loaded once and matched by hash. The default is empty, for a tagger
/// trained and tested on a corpus alone.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    phrases: HashKeyed<PhraseEntry>,
    triggers: HashKeyed<u8>,
    given: HashKeyed<()>,
    /// [`COMMON`], by [`hash_exact`].
    common: HashKeyed<()>,
    known: HashKeyed<u32>,
    /// First words of the countries' names (their keys, as phrases'): a
    /// country named by its first word alone (الإمارات).
    country_words: HashKeyed<()>,
    longest: usize,
    /// Organisations of the hand list that only the rules read (`known`
    /// entries), apart from [`Gazetteer::phrases`] so that no feature of the
    /// tagger moves when one is added: the weights stay the same bytes.
    known_organisations: HashKeyed<PhraseEntry>,
    known_longest: usize,
}

/// Which list an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// `gazetteer-locations.txt`: countries, cities and regions kept by hand.
    Locations,
    /// Lists derived by `scripts/gen_names.py`.
    Derived,
    /// `gazetteer-hand.txt`: names chosen one by one.
    Hand,
}

/// Room for one list entry's folded words, kept from entry to entry.
#[derive(Default)]
struct EntrySpace {
    folded: String,
    /// Where each word ends in `folded` (words follow each other there).
    ends: Vec<usize>,
}

/// Key of a phrase's first word: its folded form without the article.
pub(crate) fn first_word_key(norm: &str) -> u64 {
    match article_stripped(norm) {
        Some(rest) => hash_word(rest),
        None => hash_word(norm),
    }
}

/// [`first_word_key`] of a folded word whose [`hash_word`] is `hash`.
fn key_of(norm: &str, hash: u64) -> u64 {
    article_stripped(norm).map_or(hash, hash_word)
}

/// What [`first_word_key`] hashes of `norm` when it is not `norm` itself:
/// the word after the article, when two letters or more are left.
fn article_stripped(norm: &str) -> Option<&str> {
    norm.strip_prefix("ال")
        .filter(|rest| rest.chars().nth(1).is_some())
}

/// Extend a phrase hash by one word.
pub(crate) fn chain(state: u64, word: u64) -> u64 {
    (state ^ word)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(29)
}

const PHRASE_SEED: u64 = 0x51_7cc1_b727_220a;

impl Gazetteer {
    /// How often a folded word appears as a list entry's first word.
    pub(crate) fn known(&self, hash: u64) -> u32 {
        self.known.get(&hash).copied().unwrap_or(0)
    }

    /// Whether a folded word (by [`hash_exact`]) is one that general Arabic also
    /// uses as a noun or an adjective, name or not (`names-common.txt`).
    pub(crate) fn is_common(&self, exact: u64) -> bool {
        self.common.contains_key(&exact)
    }

    /// Trigger bits of a word, by its stem hash; the given-name bit needs the exact
    /// stem too, so that على is not علي.
    pub(crate) fn triggers(&self, stem_hash: u64, stem_exact: u64) -> u8 {
        let bits = self.triggers.get(&stem_hash).copied().unwrap_or(0);
        if bits & NAME_WORDS != 0 && !self.given.contains_key(&stem_exact) {
            bits & !NAME_WORDS
        } else {
            bits
        }
    }

    /// Whether a whole folded word (its key as [`first_word_key`] gives it, and
    /// its exact hash) is a name in the lists: a name word, or a place, person or
    /// organisation of one word.
    pub(crate) fn is_name_word(&self, key: u64, exact: u64) -> bool {
        self.triggers(key, exact) & NAME_WORDS != 0
            || self
                .phrases
                .get(&chain(PHRASE_SEED, key))
                .is_some_and(|e| e.complete != 0)
    }

    /// [`Gazetteer::is_name_word`] of a whole folded word, keyed here.
    pub(crate) fn is_listed_name(&self, folded: &str) -> bool {
        self.is_name_word(first_word_key(folded), hash_exact(folded))
    }

    /// Whether a folded word (its key as [`first_word_key`] gives it, and its
    /// exact hash) is a name in the lists or the first word of a listed name
    /// (رام of رام الله).
    pub(crate) fn opens_name(&self, key: u64, exact: u64) -> bool {
        self.is_name_word(key, exact) || self.phrase_start(key).is_some()
    }

    /// How many of the `clitic` leading letters of `word` to leave out of a
    /// person's name: fewer when the list knows the word from an earlier letter
    /// as a given or family name (فيصل is not ف + يصل, nor وليد و + ل + يد).
    pub(crate) fn given_name_from(&self, word: &str, clitic: usize) -> usize {
        if clitic == 0 {
            return 0;
        }
        let folded = crate::normalize::normalize(word);
        (0..clitic)
            .find(|&j| {
                let rest: String = folded.chars().skip(j).collect();
                self.triggers(first_word_key(&rest), hash_exact(&rest))
                    & (TRIGGER_GIVEN | TRIGGER_FAMILY)
                    != 0
            })
            .unwrap_or(clitic)
    }

    /// The phrases of the lists whose first word has the stem hash `stem`.
    /// Whether a stem (as [`TokenInfo`](crate::features::TokenInfo)'s) is a
    /// country's name or its first word (الإمارات of الإمارات العربية المتحدة).
    pub(crate) fn country_word(&self, stem: u64) -> bool {
        self.country_words.contains_key(&stem)
    }

    /// Whether a folded stem is a nisba of a country of the lists (لبناني of
    /// لبنان, روسي of روسيا, سعودي of السعودية, اوكرانيه of اوكرانيا,
    /// المانيه of ألمانيا): a nationality. An article the analysis kept on a
    /// word it knows whole (البريطانيه) is set aside, as the lists' keys set
    /// aside a country's (see [`first_word_key`]).
    pub(crate) fn nationality(&self, stem: &str) -> bool {
        let stem = stem
            .strip_prefix("ال")
            .filter(|rest| rest.chars().count() >= 4)
            .unwrap_or(stem);
        let Some(base) = stem.strip_suffix("يه").or_else(|| stem.strip_suffix('ي')) else {
            return false;
        };
        if base.chars().count() < 2 {
            return false;
        }
        let mut country = String::with_capacity(base.len() + 4);
        ["", "ا", "يا", "يه"].iter().any(|end| {
            country.clear();
            country.push_str(base);
            country.push_str(end);
            self.country_words.contains_key(&first_word_key(&country))
        })
    }

    /// Whether the hand list's `known` organisations are loaded.
    pub(crate) fn has_known_organisations(&self) -> bool {
        !self.known_organisations.is_empty()
    }

    /// Whether some organisation of the hand list's `known` begins with the
    /// word whose [`first_word_key`] is `key`.
    pub(crate) fn begins_known(&self, key: u64) -> bool {
        self.known_organisations
            .contains_key(&chain(PHRASE_SEED, key))
    }

    /// Whether the folded word whose hash is `norm`, read whole (its first
    /// letters no proclitic), is an organisation of one word in the hand list:
    /// واس, which a token's stem reads as و + a town's name.
    pub(crate) fn chosen_organisation(&self, norm: u64) -> bool {
        let key = chain(PHRASE_SEED, norm);
        [&self.phrases, &self.known_organisations].iter().any(|t| {
            t.get(&key)
                .is_some_and(|e| e.curated & (1 << ORG_CLASS) != 0)
        })
    }

    pub(crate) fn phrase_start(&self, stem: u64) -> Option<PhraseEntry> {
        self.phrases.get(&chain(PHRASE_SEED, stem)).copied()
    }
}
