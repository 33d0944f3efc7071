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

use super::normalize::{hash_exact, hash_word, hash_word_and_exact, normalize_into, HashKeyed};

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
    /// The lists embedded in qari.
    pub fn builtin() -> Self {
        let mut g = Self::default();
        // Sized for the shipped lists at once: growing the tables entry by entry was
        // most of the time it took to load them.
        g.phrases.reserve(1 << 17);
        g.known.reserve(1 << 18);
        g.triggers.reserve(1 << 17);
        g.given.reserve(1 << 17);
        let mut space = EntrySpace::default();
        let entries = |text: &'static str| {
            text.lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
        };
        for (class, phrase) in entries(LOCATIONS) {
            g.add_in(class, phrase, Source::Locations, &mut space);
        }
        for (class, phrase) in DERIVED.iter().flat_map(|l| entries(l)) {
            g.add_in(class, phrase, Source::Derived, &mut space);
        }
        for (class, phrase) in entries(HAND) {
            g.add_in(class, phrase, Source::Hand, &mut space);
        }
        for (_, phrase) in entries(MAJOR) {
            g.mark_major(phrase, &mut space);
        }
        g.common = COMMON
            .lines()
            .filter_map(|l| l.strip_prefix("common\t"))
            .map(|w| (hash_exact(w), ()))
            .collect();
        // Then cut to what they hold: the reserves above are generous (90,000
        // words known in room for 458,000), and every recognition in the
        // reader holds these tables beside the document: 10 MB less.
        g.phrases.shrink_to_fit();
        g.known.shrink_to_fit();
        g.triggers.shrink_to_fit();
        g.given.shrink_to_fit();
        g.known_organisations.shrink_to_fit();
        g
    }

    /// Add one entry; unknown classes are ignored.
    #[cfg(test)]
    pub(crate) fn add(&mut self, class: &str, phrase: &str) {
        self.add_in(class, phrase, Source::Derived, &mut EntrySpace::default());
    }

    /// [`Gazetteer::add`], from the list `source`, in `space`, reused from
    /// entry to entry: the lists are some 200,000 lines.
    fn add_in(&mut self, class: &str, phrase: &str, source: Source, space: &mut EntrySpace) {
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
        if class == "known" {
            let mut h = chain(PHRASE_SEED, first_key);
            for w in words.skip(1) {
                self.known_organisations.entry(h).or_default().prefix = true;
                h = chain(h, hash_word(w));
            }
            self.known_organisations.entry(h).or_default().curated |= 1 << ORG_CLASS;
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

    /// Phrase matches over a sentence, leftmost-longest. `stems[i]` is token i's stem
    /// hash and `norms[i]` its folded-form hash. Each token gets bit `2 * class` when a
    /// phrase of that class begins there and bit `2 * class + 1` when it continues.
    /// `starts[i]` is what [`Gazetteer::phrase_start`] gives of `stems[i]`:
    /// a function of the word, which the tagger keeps with its analysis.
    /// `known_stems` are the stems the hand list's `known` organisations are
    /// looked for by (see [`crate::features::TokenInfo::known_stem`]).
    pub(crate) fn match_phrases(
        &self,
        stems: &[u64],
        starts: &[Option<PhraseEntry>],
        norms: &[u64],
        known_stems: &[u64],
        flags: &mut Vec<u16>,
    ) {
        flags.clear();
        flags.resize(stems.len(), 0);
        let mut i = 0;
        while i < stems.len() {
            let best = longest_entry(
                &self.phrases,
                self.longest,
                starts[i],
                stems[i],
                norms,
                i,
                |e| e.complete != 0,
            );
            let Some((
                end,
                PhraseEntry {
                    complete: classes,
                    curated,
                    major,
                    ..
                },
            )) = best
            else {
                i += 1;
                continue;
            };
            for (k, f) in flags[i..end].iter_mut().enumerate() {
                for c in 0..PHRASE_CLASSES {
                    if classes & (1 << c) != 0 {
                        *f |= 1 << (2 * c + usize::from(k > 0));
                    }
                }
                if curated & (1 << ORG_CLASS) != 0 {
                    *f |= CURATED_ORG_BEGIN << usize::from(k > 0);
                }
                if curated & PLACE_CLASSES != 0 {
                    *f |= CURATED_PLACE_BEGIN << usize::from(k > 0);
                }
                if major != 0 {
                    *f |= MAJOR_PLACE_BEGIN << usize::from(k > 0);
                }
            }
            i = end;
        }
        self.match_known(known_stems, norms, flags);
    }

    /// Where a major place of two words or more ends that begins with the word
    /// whose folded hash is `norms[i]`, read whole (بيونغ يانغ), if one does.
    /// Read by the rules only (see `features::mark_phrases`).
    pub(crate) fn whole_word_place(&self, norms: &[u64], i: usize) -> Option<usize> {
        self.place_phrase(norms, i, |e| e.major != 0)
    }

    /// Where a listed place of two words or more ends that begins at
    /// `norms[i]` (a first word's key, [`first_word_key`]), if one does.
    pub(crate) fn listed_place(&self, norms: &[u64], i: usize) -> Option<usize> {
        self.place_phrase(norms, i, |e| e.complete & PLACE_CLASSES != 0)
    }

    fn place_phrase(
        &self,
        norms: &[u64],
        i: usize,
        wanted: impl Fn(&PhraseEntry) -> bool,
    ) -> Option<usize> {
        let h = chain(PHRASE_SEED, *norms.get(i)?);
        let first = self.phrases.get(&h).copied().filter(|e| e.prefix)?;
        let (end, _) = longest_entry(
            &self.phrases,
            self.longest,
            Some(first),
            norms[i],
            norms,
            i,
            wanted,
        )?;
        (end > i + 1).then_some(end)
    }

    /// The hand list's `known` organisations over a sentence, leftmost-longest,
    /// as [`CURATED_ORG_BEGIN`] and [`CURATED_ORG_INSIDE`] bits only.
    fn match_known(&self, stems: &[u64], norms: &[u64], flags: &mut [u16]) {
        if self.known_organisations.is_empty() {
            return;
        }
        let mut i = 0;
        while i < stems.len() {
            let table = &self.known_organisations;
            let first = table.get(&chain(PHRASE_SEED, stems[i])).copied();
            let best = longest_entry(table, self.known_longest, first, stems[i], norms, i, |e| {
                e.curated != 0
            });
            let Some((end, _)) = best else {
                i += 1;
                continue;
            };
            // Not over an organisation the hand list's features already mark,
            // unless it begins where that one does and goes on past it (سكاي
            // نيوز, then سكاي نيوز عربية); nor cutting one short.
            let starts_inside = flags[i] & CURATED_ORG_INSIDE != 0;
            let cuts = flags.get(end).is_some_and(|f| f & CURATED_ORG_INSIDE != 0);
            let over_another = flags[i + 1..end].iter().any(|f| f & CURATED_ORG_BEGIN != 0);
            if !starts_inside && !cuts && !over_another {
                for (k, f) in flags[i..end].iter_mut().enumerate() {
                    *f &= !(CURATED_ORG_BEGIN | CURATED_ORG_INSIDE);
                    *f |= CURATED_ORG_BEGIN << usize::from(k > 0);
                }
            }
            i = end;
        }
    }
}

/// The longest phrase of `table` that begins at word `i` and that `wanted`
/// accepts, as its end and its entry: `first` is the entry of the phrase's
/// first word (`stem`), `norms` the folded words' hashes, `longest` the most
/// words a phrase of the table has.
fn longest_entry(
    table: &HashKeyed<PhraseEntry>,
    longest: usize,
    first: Option<PhraseEntry>,
    stem: u64,
    norms: &[u64],
    i: usize,
    wanted: impl Fn(&PhraseEntry) -> bool,
) -> Option<(usize, PhraseEntry)> {
    let mut h = chain(PHRASE_SEED, stem);
    let mut best = None;
    let mut j = i;
    let mut next = first;
    while let Some(entry) = next {
        if wanted(&entry) {
            best = Some((j + 1, entry));
        }
        j += 1;
        if !entry.prefix || j >= norms.len() || j - i >= longest {
            break;
        }
        h = chain(h, norms[j]);
        next = table.get(&h).copied();
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn flags(g: &Gazetteer, words: &[&str]) -> Vec<u16> {
        let norms: Vec<String> = words.iter().map(|w| normalize(w)).collect();
        let stems: Vec<u64> = norms.iter().map(|n| first_word_key(n)).collect();
        let hashes: Vec<u64> = norms.iter().map(|n| hash_word(n)).collect();
        let mut out = Vec::new();
        let starts: Vec<_> = stems.iter().map(|&s| g.phrase_start(s)).collect();
        g.match_phrases(&stems, &starts, &hashes, &stems, &mut out);
        out
    }

    #[test]
    fn known_organisations_are_chosen_but_no_feature() {
        let mut g = Gazetteer::default();
        let mut space = EntrySpace::default();
        g.add_in("known", "طيران ناس", Source::Hand, &mut space);
        g.add_in("city", "ناس", Source::Derived, &mut space);
        let (b, i) = (CURATED_ORG_BEGIN, CURATED_ORG_INSIDE);
        let city = 1 << 2;
        // The city's feature stays as it was; the rules see the organisation.
        assert_eq!(flags(&g, &["طيران", "ناس"]), [b, city | i]);
        assert!(g.phrase_start(first_word_key("طيران")).is_none());
        assert_eq!(g.known(hash_word("طيران")), 0);
        assert!(!g.chosen_organisation(hash_word("طيران")));
        g.add_in("known", "موبايلي", Source::Hand, &mut space);
        assert!(g.chosen_organisation(first_word_key("موبايلي")));
    }

    #[test]
    fn hand_entries_are_marked_as_chosen() {
        let mut g = Gazetteer::default();
        g.add("org", "منظمة العفو الدولية");
        let mut space = EntrySpace::default();
        g.add_in("org", "النيابة العامة", Source::Hand, &mut space);
        g.add_in("region", "المسجد الحرام", Source::Hand, &mut space);
        let (b, i) = (CURATED_ORG_BEGIN, CURATED_ORG_INSIDE);
        let org = 1 << 6;
        assert_eq!(flags(&g, &["النيابة", "العامة"]), [org | b, org << 1 | i]);
        // A harvested entry is listed, not chosen.
        assert_eq!(
            flags(&g, &["منظمة", "العفو", "الدولية"]),
            [org, org << 1, org << 1]
        );
        let place = 1 << 4;
        assert_eq!(
            flags(&g, &["المسجد", "الحرام"]),
            [
                place | CURATED_PLACE_BEGIN,
                place << 1 | CURATED_PLACE_INSIDE
            ]
        );
        // The tagger never reads the chosen bits.
        assert_eq!((b | i | CURATED_PLACE_BEGIN) & LIST_FEATURE_BITS, 0);
    }

    #[test]
    fn longest_phrase_wins_and_marks_begin_and_inside() {
        let mut g = Gazetteer::default();
        g.add("org", "الأمم المتحدة");
        g.add("country", "كوريا");
        g.add("country", "كوريا الشمالية");
        assert_eq!(flags(&g, &["في", "كوريا", "الشمالية"]), [0, 1, 2]);
        assert_eq!(flags(&g, &["الامم", "المتحدة", "و"]), [64, 128, 0]);
        assert_eq!(flags(&g, &["الأمم", "الأخرى"]), [0, 0]);
    }

    #[test]
    fn whole_words_only() {
        let mut g = Gazetteer::default();
        g.add("country", "روسيا");
        assert_eq!(flags(&g, &["بيلاروسيا", "روسيا"]), [0, 1]);
    }

    #[test]
    fn builtin_lists_load() {
        let g = Gazetteer::builtin();
        assert_ne!(flags(&g, &["الجزائر"])[0], 0);
        assert_ne!(flags(&g, &["كازاخستان"])[0], 0);
        let ali = normalize("علي");
        let ala = normalize("على");
        assert_ne!(
            g.triggers(hash_word(&ali), hash_exact(&ali)) & TRIGGER_GIVEN,
            0
        );
        assert_eq!(
            g.triggers(hash_word(&ala), hash_exact(&ala)) & TRIGGER_GIVEN,
            0
        );
    }
}
