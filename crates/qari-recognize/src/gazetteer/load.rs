//! Loading the lists: the embedded files read line by line into the hash
//! tables [`Gazetteer`] matches by, each entry under its class and source. Its
//! own file because loading is written once at start-up and read nowhere else.

use super::*;

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
    pub(super) fn add_in(
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
}
