//! The lists read into tables: every entry folded, hashed and filed under
//! its class and its list. The build script (`crates/qari-recognize/build.rs`)
//! runs this once over the lists under `crates/qari-recognize/assets/` and
//! freezes the tables into the binary ([`Lists::freeze`]; `gazetteer/load.rs`
//! reads them back); tests load small lists of their own with it. Shared with
//! the build script (included there by path), it imports only `normalize.rs`,
//! `gazetteer/frozen.rs` and `gazetteer/lists.rs`.

use super::frozen::{self, Value};
use super::lists::*;
use crate::normalize::{hash_exact, hash_word, hash_word_and_exact, normalize_into, HashKeyed};

/// The lists' files under `crates/qari-recognize/assets/`, in the order they
/// are loaded, and what each is: `gazetteer-locations.txt` generated from
/// Unicode CLDR and iso-codes by `scripts/gen_gazetteer.py`, the lists
/// `scripts/gen_names.py` derives (one file per source licence,
/// `assets/ner-README.md`), and `gazetteer-hand.txt`, written for qari
/// (organisations, given names, titles, organisation and place heads, speech
/// verbs). The lists are evidence for the tagger, not rules: membership
/// becomes a feature, and the trained weights decide how much each class is
/// worth.
pub(crate) const LISTS: [(&str, Source); 7] = [
    ("gazetteer-locations.txt", Source::Locations),
    ("names-wikidata.txt", Source::Derived),
    ("names-jrc.txt", Source::Derived),
    ("names-wikipedia.txt", Source::Derived),
    ("places-geonames.txt", Source::Derived),
    ("names-wikifane.txt", Source::Derived),
    ("gazetteer-hand.txt", Source::Hand),
];

/// Capitals and cities of two million people (GeoNames), derived by
/// `scripts/gen_names.py`: a flag on the places the other lists hold
/// ([`MAJOR_PLACE_BEGIN`]), read by rules only.
pub(crate) const MAJOR: &str = "places-major.txt";

/// Words general Arabic also uses as nouns or adjectives (آمنة safe, نور
/// light), derived by `scripts/gen_names.py`: read by rules only, never a
/// feature.
pub(crate) const COMMON: &str = "names-common.txt";
/// The phrase classes' names in the lists.
pub(crate) const CLASS_NAMES: [&str; PHRASE_CLASSES] =
    ["country", "city", "region", "org", "person"];
/// The class of regions and landmarks in [`CLASS_NAMES`].
const REGION_CLASS: usize = 2;

/// Which spelling of a major place a folded word is: with the article or without.
pub(crate) fn major_spelling(first: &str) -> u8 {
    if first.starts_with("ال") {
        MAJOR_DEFINITE
    } else {
        MAJOR_BARE
    }
}
/// Which list an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// `gazetteer-locations.txt`: countries, cities and regions kept by hand.
    Locations,
    /// Lists derived by `scripts/gen_names.py`.
    Derived,
    /// `gazetteer-hand.txt`: names chosen one by one.
    Hand,
}

/// Room for one list entry's folded words, kept from entry to entry.
#[derive(Default)]
pub(crate) struct EntrySpace {
    folded: String,
    /// Where each word ends in `folded` (words follow each other there).
    ends: Vec<usize>,
}
/// [`first_word_key`] of a folded word whose [`hash_word`] is `hash`.
pub(crate) fn key_of(norm: &str, hash: u64) -> u64 {
    article_stripped(norm).map_or(hash, hash_word)
}
/// The lists' tables as they are built (what [`Gazetteer`](super::Gazetteer)
/// asks, filled entry by entry).
#[derive(Debug, Clone, Default)]
pub(crate) struct Lists {
    pub(crate) phrases: HashKeyed<PhraseEntry>,
    pub(crate) triggers: HashKeyed<u8>,
    pub(crate) given: HashKeyed<()>,
    pub(crate) common: HashKeyed<()>,
    pub(crate) known: HashKeyed<u32>,
    pub(crate) country_words: HashKeyed<()>,
    pub(crate) longest: usize,
    pub(crate) known_names: HashKeyed<PhraseEntry>,
    pub(crate) known_longest: usize,
}
impl Lists {
    /// The lists whose files `read` gives by name ([`LISTS`], [`MAJOR`], [`COMMON`]).
    pub(crate) fn load(read: impl Fn(&str) -> String) -> Self {
        let mut g = Self::default();
        let mut space = EntrySpace::default();
        let entries = |text: &str| -> Vec<(String, String)> {
            text.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .map(|(c, p)| (c.to_string(), p.to_string()))
                .collect()
        };
        for (file, source) in LISTS {
            for (class, phrase) in entries(&read(file)) {
                g.add_in(&class, &phrase, source, &mut space);
            }
        }
        for (_, phrase) in entries(&read(MAJOR)) {
            g.mark_major(&phrase, &mut space);
        }
        g.common = read(COMMON)
            .lines()
            .filter_map(|l| l.strip_prefix("common\t"))
            .map(|w| (hash_exact(w), ()))
            .collect();
        g
    }

    /// The tables as bytes, as `gazetteer/load.rs` reads them back.
    pub(crate) fn freeze(&self) -> Vec<u8> {
        fn table<V: Value>(t: &HashKeyed<V>, out: &mut Vec<u8>) {
            frozen::write(t.iter().map(|(&k, &v)| (k, v)), out);
        }
        let mut out = MAGIC.to_vec();
        for n in [self.longest, self.known_longest] {
            out.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
        }
        table(&self.phrases, &mut out);
        table(&self.triggers, &mut out);
        table(&self.given, &mut out);
        table(&self.common, &mut out);
        table(&self.known, &mut out);
        table(&self.country_words, &mut out);
        table(&self.known_names, &mut out);
        out
    }

    /// Add one entry of class `class` from the list `source`, folded in
    /// `space`, reused from entry to entry (the lists are some 200,000
    /// lines); unknown classes are ignored.
    pub(crate) fn add_in(
        &mut self,
        class: &str,
        phrase: &str,
        source: Source,
        space: &mut EntrySpace,
    ) {
        let EntrySpace { folded, ends } = space;
        folded.clear();
        ends.clear();
        for w in phrase.split_whitespace() {
            normalize_into(w, folded);
            ends.push(folded.len());
        }
        let folded = folded.as_str();
        let word = |i: usize| &folded[if i == 0 { 0 } else { ends[i - 1] }..ends[i]];
        let words = (0..ends.len()).map(word);
        let Some(first) = ends.first().map(|_| word(0)) else {
            return;
        };
        let trigger = match class {
            "title" => TRIGGER_TITLE,
            "orghead" => TRIGGER_ORG_HEAD,
            "lochead" => TRIGGER_LOC_HEAD,
            "speech" => TRIGGER_SPEECH,
            "given" => TRIGGER_GIVEN,
            "particle" => TRIGGER_PARTICLE,
            "family" => TRIGGER_FAMILY,
            "name" => TRIGGER_NAME,
            _ => 0,
        };
        // The first word's hashes, each made once, and its key: the same
        // hash unless it has the article (see `first_word_key`).
        let (first_hash, first_exact) = if trigger & NAME_WORDS != 0 {
            hash_word_and_exact(first)
        } else {
            (hash_word(first), 0)
        };
        let first_key = key_of(first, first_hash);
        // Names the rules read and the tagger does not: organisations
        // (`known`) and places (`knownplace`).
        let known = match class {
            "known" => Some(ORG_CLASS),
            "knownplace" => Some(REGION_CLASS),
            _ => None,
        };
        if let Some(known) = known {
            let mut h = chain(PHRASE_SEED, first_key);
            for w in words.skip(1) {
                self.known_names.entry(h).or_default().prefix = true;
                h = chain(h, hash_word(w));
            }
            self.known_names.entry(h).or_default().curated |= 1 << known;
            self.known_longest = self.known_longest.max(ends.len());
            return;
        }
        // Known or not: a name in many lists is no more a word than a name in one.
        self.known.insert(first_hash, 1);
        if trigger != 0 {
            for (k, w) in words.enumerate() {
                let (hash, exact) = if k == 0 {
                    (first_hash, first_exact)
                } else if trigger & NAME_WORDS != 0 {
                    hash_word_and_exact(w)
                } else {
                    (hash_word(w), 0)
                };
                *self.triggers.entry(key_of(w, hash)).or_default() |= trigger;
                if trigger & NAME_WORDS != 0 {
                    self.given.insert(exact, ());
                }
            }
            return;
        }
        let Some(class) = CLASS_NAMES.iter().position(|c| *c == class) else {
            return;
        };
        if CLASS_NAMES[class] == "country" {
            self.country_words.insert(first_key, ());
        }
        let mut h = chain(PHRASE_SEED, first_key);
        for w in words.skip(1) {
            self.phrases.entry(h).or_default().prefix = true;
            h = chain(h, hash_word(w));
        }
        let entry = self.phrases.entry(h).or_default();
        entry.complete |= 1 << class;
        entry.spelled |= major_spelling(first);
        match source {
            Source::Hand => entry.curated |= 1 << class,
            Source::Locations if matches!(CLASS_NAMES[class], "country" | "city") => {
                entry.major |= major_spelling(first);
            }
            Source::Locations => {}
            Source::Derived => {}
        }
        self.longest = self.longest.max(ends.len());
    }

    /// Flag a place the lists hold as [`MAJOR`]; no entry is added, so the
    /// tagger's features stay what they were.
    fn mark_major(&mut self, phrase: &str, space: &mut EntrySpace) {
        let folded = &mut space.folded;
        let mut h = PHRASE_SEED;
        let mut spelling = 0;
        for (k, w) in phrase.split_whitespace().enumerate() {
            folded.clear();
            normalize_into(w, folded);
            h = chain(
                h,
                if k == 0 {
                    first_word_key(folded)
                } else {
                    hash_word(folded)
                },
            );
            if k == 0 {
                spelling = major_spelling(folded);
            }
        }
        if let Some(e) = self.phrases.get_mut(&h) {
            if e.complete & PLACE_CLASSES != 0 {
                e.major |= spelling;
            }
        }
    }
}
