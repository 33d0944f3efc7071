//! The lists' classes and flags, what the tables hold of a phrase and how
//! words and phrases are keyed: read at run time, and by the build script
//! (`crates/qari-recognize/build.rs`), which files the lists by them
//! (`gazetteer/fill.rs`). Shared with the build script (included there by
//! path), it imports only `normalize.rs` and `gazetteer/frozen.rs`.

use super::frozen::Value;
use crate::normalize::hash_word;

/// Phrase classes; a token's match flags hold a begin and an inside bit per class.
pub(crate) const PHRASE_CLASSES: usize = 5;
pub(crate) const ORG_CLASS: usize = 3;
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
pub(crate) const PLACE_CLASSES: u8 = 0b111;
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
    pub(crate) complete: u8,
    /// Some longer phrase continues from here.
    pub(crate) prefix: bool,
    /// Classes of phrases that end here in the hand list (`gazetteer-hand.txt`):
    /// names chosen one by one as well known, not harvested.
    pub(crate) curated: u8,
    /// A place of `gazetteer-locations.txt` or `places-major.txt` ends here
    /// ([`MAJOR_PLACE_BEGIN`]), spelled with the article ([`MAJOR_DEFINITE`])
    /// or without ([`MAJOR_BARE`]).
    pub(crate) major: u8,
    /// A name of any list ends here, spelled with the article
    /// ([`MAJOR_DEFINITE`]) or without ([`MAJOR_BARE`]).
    pub(crate) spelled: u8,
}

pub(crate) const MAJOR_DEFINITE: u8 = 1;
pub(crate) const MAJOR_BARE: u8 = 2;

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

/// Key of a phrase's first word: its folded form without the article.
pub(crate) fn first_word_key(norm: &str) -> u64 {
    match article_stripped(norm) {
        Some(rest) => hash_word(rest),
        None => hash_word(norm),
    }
}

/// What [`first_word_key`] hashes of `norm` when it is not `norm` itself:
/// the word after the article, when two letters or more are left.
pub(crate) fn article_stripped(norm: &str) -> Option<&str> {
    norm.strip_prefix("ال")
        .filter(|rest| rest.chars().nth(1).is_some())
}

/// Extend a phrase hash by one word.
pub(crate) fn chain(state: u64, word: u64) -> u64 {
    (state ^ word)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(29)
}

pub(crate) const PHRASE_SEED: u64 = 0x51_7cc1_b727_220a;

impl Value for PhraseEntry {
    const WIDTH: usize = 5;
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&[
            self.complete,
            u8::from(self.prefix),
            self.curated,
            self.major,
            self.spelled,
        ]);
    }
    fn take(bytes: &[u8]) -> Self {
        Self {
            complete: bytes[0],
            prefix: bytes[1] != 0,
            curated: bytes[2],
            major: bytes[3],
            spelled: bytes[4],
        }
    }
}

/// What starts the frozen lists (`gazetteer/fill.rs`'s `Lists::freeze`): a
/// change of layout makes old bytes unreadable rather than misread.
pub(crate) const MAGIC: &[u8; 8] = b"qarigaz1";
