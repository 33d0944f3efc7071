//! Name lists and trigger words, matched as whole tokens.
//!
//! Embedded lists: `crates/qari-recognize/assets/gazetteer-locations.txt`, generated from Unicode CLDR
//! and iso-codes by `scripts/gen_gazetteer.py`, `crates/qari-recognize/assets/gazetteer-hand.txt`, written
//! for qari (organisations, given names, titles, organisation and place heads, speech
//! verbs), and the lists `scripts/gen_names.py` derives. The lists are evidence for the
//! tagger, not rules: membership becomes a feature, and the trained weights decide how
//! much each class is worth. Two are read by rules only and are no feature:
//! `names-common.txt` and `places-major.txt`.
//!
//! Phrases are matched leftmost-longest over tokens. The first word of a phrase is
//! compared by its stem (proclitics and article stripped, so لكازاخستان and
//! والجزائر match), the following words by their folded form. Matching compares
//! hashes of whole words, so بيلاروسيا never matches روسيا.
//!
//! This file holds the tables and the questions asked of one word. The lists'
//! classes, flags and keys are in `gazetteer/lists.rs`; what each entry files
//! where, in `gazetteer/fill.rs`, which the build script runs once to freeze
//! the tables into the binary (`gazetteer/frozen.rs`); reading them back, in
//! `gazetteer/load.rs`; matching over a sentence, in `gazetteer/matching.rs`.

use super::normalize::{hash_exact, HashKeyed};

#[cfg(test)]
mod fill;
mod frozen;
mod lists;
mod load;
mod matching;
#[cfg(test)]
mod tests;

#[cfg(test)]
use fill::Lists;
use frozen::{Frozen, Value};
pub(crate) use lists::{
    chain, first_word_key, PhraseEntry, CURATED_ORG_BEGIN, CURATED_ORG_INSIDE, CURATED_PLACE_BEGIN,
    CURATED_PLACE_INSIDE, LIST_FEATURE_BITS, MAJOR_PLACE_BEGIN, MAJOR_PLACE_INSIDE, NAME_WORDS,
    PHRASE_CLASSES, TRIGGER_CLASSES, TRIGGER_FAMILY, TRIGGER_GIVEN, TRIGGER_LOC_HEAD, TRIGGER_NAME,
    TRIGGER_ORG_HEAD, TRIGGER_PARTICLE, TRIGGER_SPEECH, TRIGGER_TITLE,
};
use lists::{ORG_CLASS, PHRASE_SEED, PLACE_CLASSES};

/// The lists, loaded once and matched by hash. The default is empty, for a tagger
/// trained and tested on a corpus alone.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    phrases: Keyed<PhraseEntry>,
    triggers: Keyed<u8>,
    given: Keyed<()>,
    /// `names-common.txt`, by [`hash_exact`].
    common: Keyed<()>,
    known: Keyed<u32>,
    /// First words of the countries' names (their keys, as phrases'): a
    /// country named by its first word alone (الإمارات).
    country_words: Keyed<()>,
    longest: usize,
    /// Organisations and places of the hand list that only the rules read
    /// (`known` and `knownplace` entries), apart from [`Gazetteer::phrases`]
    /// so that no feature of the tagger moves when one is added: the weights
    /// stay the same bytes.
    known_names: Keyed<PhraseEntry>,
    known_longest: usize,
}

/// One of the lists' tables: built in memory (a test's own lists, or none),
/// or frozen into the binary by the build script (the shipped lists).
#[derive(Debug, Clone)]
enum Keyed<V> {
    Built(HashKeyed<V>),
    Frozen(Frozen<V>),
}

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Self::Built(HashKeyed::default())
    }
}

impl<V: Value> Keyed<V> {
    fn get(&self, key: u64) -> Option<V> {
        match self {
            Self::Built(t) => t.get(&key).copied(),
            Self::Frozen(t) => t.get(key),
        }
    }

    fn contains(&self, key: u64) -> bool {
        self.get(key).is_some()
    }

    fn is_empty(&self) -> bool {
        match self {
            Self::Built(t) => t.is_empty(),
            Self::Frozen(t) => t.len() == 0,
        }
    }
}

#[cfg(test)]
impl From<Lists> for Gazetteer {
    fn from(l: Lists) -> Self {
        Self {
            phrases: Keyed::Built(l.phrases),
            triggers: Keyed::Built(l.triggers),
            given: Keyed::Built(l.given),
            common: Keyed::Built(l.common),
            known: Keyed::Built(l.known),
            country_words: Keyed::Built(l.country_words),
            longest: l.longest,
            known_names: Keyed::Built(l.known_names),
            known_longest: l.known_longest,
        }
    }
}

impl Gazetteer {
    /// How often a folded word appears as a list entry's first word.
    pub(crate) fn known(&self, hash: u64) -> u32 {
        self.known.get(hash).unwrap_or(0)
    }

    /// Whether a folded word (by [`hash_exact`]) is one that general Arabic also
    /// uses as a noun or an adjective, name or not (`names-common.txt`).
    pub(crate) fn is_common(&self, exact: u64) -> bool {
        self.common.contains(exact)
    }

    /// Trigger bits of a word, by its stem hash; the given-name bit needs the exact
    /// stem too, so that على is not علي.
    pub(crate) fn triggers(&self, stem_hash: u64, stem_exact: u64) -> u8 {
        let bits = self.triggers.get(stem_hash).unwrap_or(0);
        if bits & NAME_WORDS != 0 && !self.given.contains(stem_exact) {
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
                .get(chain(PHRASE_SEED, key))
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
        if self.named_after_waw(&folded) {
            return 1;
        }
        (0..clitic)
            .find(|&j| {
                let rest: String = folded.chars().skip(j).collect();
                self.is_given_or_family(&rest)
            })
            .unwrap_or(clitic)
    }

    /// Whether a folded word is و and a name with the article that the
    /// lists hold as a given or family name (والحسين): the name after its
    /// conjunction, whatever a list holds with the و (a list's slip).
    pub(crate) fn named_after_waw(&self, folded: &str) -> bool {
        folded
            .strip_prefix('و')
            .filter(|rest| rest.starts_with("ال"))
            .is_some_and(|rest| self.is_given_or_family(rest))
    }

    /// Whether a folded word is a given or a family name of the lists.
    fn is_given_or_family(&self, folded: &str) -> bool {
        self.triggers(first_word_key(folded), hash_exact(folded)) & (TRIGGER_GIVEN | TRIGGER_FAMILY)
            != 0
    }

    /// The phrases of the lists whose first word has the stem hash `stem`.
    /// Whether a stem (as [`TokenInfo`](crate::features::TokenInfo)'s) is a
    /// country's name or its first word (الإمارات of الإمارات العربية المتحدة).
    pub(crate) fn country_word(&self, stem: u64) -> bool {
        self.country_words.contains(stem)
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
            self.country_words.contains(first_word_key(&country))
        })
    }

    /// Whether the hand list's `known` and `knownplace` names are loaded.
    pub(crate) fn has_known_names(&self) -> bool {
        !self.known_names.is_empty()
    }

    /// Whether some name of the hand list's `known` or `knownplace` begins with the
    /// word whose [`first_word_key`] is `key`.
    pub(crate) fn begins_known(&self, key: u64) -> bool {
        self.known_names.contains(chain(PHRASE_SEED, key))
    }

    /// Whether the folded word whose hash is `norm`, read whole (its first
    /// letters no proclitic), is an organisation of one word in the hand list:
    /// واس, which a token's stem reads as و + a town's name.
    pub(crate) fn chosen_organisation(&self, norm: u64) -> bool {
        let key = chain(PHRASE_SEED, norm);
        [&self.phrases, &self.known_names].iter().any(|t| {
            t.get(key)
                .is_some_and(|e| e.curated & (1 << ORG_CLASS) != 0)
        })
    }

    pub(crate) fn phrase_start(&self, stem: u64) -> Option<PhraseEntry> {
        self.phrases.get(chain(PHRASE_SEED, stem))
    }
}
