//! Each distinct word's analysis and word-only scores, kept across the chunks
//! of a text.
//!
//! Most tokens of a text are words it has used before, and a word's analysis
//! (folding, proclitics, a dozen list and lexicon lookups), the scores of its
//! word-only features (some sixteen probes into the weight table) and what it
//! gives the tokens around it (`context`) depend on the word alone. Done once
//! per chunk they were a quarter of the time of a long text; kept for the
//! whole text they are done about once per word.
//!
//! Memory stays bounded by two generations of at most [`GENERATION`] words:
//! when the newer is full it becomes the older, and the older, emptied, the newer,
//! and a word of the older one is moved forward when it is used again (least
//! recently used, near enough, for the price of a second lookup). An entry is
//! a function of its word and the tagger alone, so what the cache holds
//! changes how fast recognition is, never what it finds. The chains' rules
//! travel with the cache for the same reason: they keep how each spelling can
//! take part in an organisation's name (`chains::Chains`), which is as much a
//! function of the word alone.

use super::super::chains::Chains;
use super::super::features::{TokenInfo, NEIGHBOURS};
use super::super::normalize::HashKeyed;
use super::super::perceptron::JOINT;

/// Words one generation holds at most: 7/8 of 2^15, the most a hash table of
/// 32,768 slots holds without growing (some 11 MB; the two generations 22 MB).
pub(crate) const GENERATION: usize = 28_672;

/// What is known of a word before its sentence is seen.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Its analysis, `gazetteer` and `doc` not yet set.
    pub(crate) info: TokenInfo,
    /// Its word-only features' scores under both passes' models (zero for a
    /// tagger of one pass).
    pub(crate) own: [i32; JOINT],
    /// What it gives a token two before it, one before, one after and two
    /// after (see `context::ContextScores`), in 16 bits to halve what the
    /// cache holds: `None` when a sum does not fit (it is then made again at
    /// each use) and for a tagger of one pass.
    pub(crate) around: Option<[[i16; JOINT]; NEIGHBOURS]>,
}

/// Words by the hash of their spelling (see the module docs).
#[derive(Clone)]
pub(crate) struct WordCache {
    recent: HashKeyed<Word>,
    older: HashKeyed<Word>,
    /// Words a generation holds at most: [`GENERATION`] but in tests.
    generation: usize,
    /// The organisation chains' rules, with how each word seen can take part in
    /// a chain.
    pub(crate) chains: Chains,
}

impl Default for WordCache {
    fn default() -> Self {
        Self {
            recent: HashKeyed::default(),
            older: HashKeyed::default(),
            generation: GENERATION,
            chains: Chains::new(),
        }
    }
}

impl std::fmt::Debug for WordCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordCache")
            .field("recent", &self.recent.len())
            .field("older", &self.older.len())
            .finish()
    }
}

impl WordCache {
    /// The word whose spelling hashes to `key`, made by `make` when it is not held.
    pub(crate) fn get(&mut self, key: u64, make: impl FnOnce() -> Word) -> &Word {
        // The newer generation turns over only when a word must be added to it.
        if self.recent.len() >= self.generation && !self.recent.contains_key(&key) {
            // The next generation is the older one emptied, its table kept: a
            // new one would be memory the system must clear again, and growing
            // one would hold the old table and the new at the peak.
            let mut next = std::mem::take(&mut self.older);
            next.clear();
            next.reserve(self.generation);
            self.older = std::mem::replace(&mut self.recent, next);
        }
        let older = &mut self.older;
        self.recent
            .entry(key)
            .or_insert_with(|| older.remove(&key).unwrap_or_else(make))
    }

    /// Words held, in both generations.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.recent.len() + self.older.len()
    }

    /// A cache of generations of `words` words.
    #[cfg(test)]
    fn with_generation(words: usize) -> Self {
        Self {
            generation: words,
            ..Self::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(n: u64) -> Word {
        Word {
            info: TokenInfo {
                norm: n,
                ..TokenInfo::default()
            },
            own: [0; JOINT],
            around: None,
        }
    }

    #[test]
    fn a_word_is_made_once_while_it_is_held() {
        let mut cache = WordCache::default();
        let mut made = 0;
        for key in [1, 2, 1, 1, 2] {
            let w = cache.get(key, || {
                made += 1;
                word(key)
            });
            assert_eq!(w.info.norm, key);
        }
        assert_eq!(made, 2);
    }

    #[test]
    fn at_most_two_generations_are_held_and_words_in_use_stay() {
        let mut cache = WordCache::with_generation(100);
        let mut made = 0;
        for key in 0..500 {
            cache.get(key, || word(key));
            // One word used all along moves forward at each turn: it is made once.
            cache.get(u64::MAX, || {
                made += 1;
                word(u64::MAX)
            });
            assert!(cache.len() <= 200);
        }
        assert_eq!(made, 1);
        // A word not used for two generations is made again.
        let mut again = false;
        cache.get(0, || {
            again = true;
            word(0)
        });
        assert!(again);
    }

    #[test]
    fn what_is_found_does_not_depend_on_the_words_held() {
        let r = crate::Recognizer::builtin().expect("shipped weights load");
        let text = [
            include_str!("../../tests/recognize/quotes-dev.txt"),
            include_str!("../../tests/recognize/quotes-articles.txt"),
        ]
        .concat();
        // Chunks of a few paragraphs, through one cache that turns over many
        // times (and so moves words forward and makes them again): each
        // chunk's findings are those of the chunk alone, with nothing held.
        let mut cache = WordCache::with_generation(64);
        let (mut rest, mut chunks, mut mentions) = (text.as_str(), 0, 0);
        while !rest.is_empty() {
            let end = crate::stream::chunk_end(rest, 2_000);
            let chunk = &rest[..end];
            let alone = r.recognize(chunk);
            mentions += alone.mentions.len();
            assert_eq!(r.recognize_cached(chunk, &mut cache), alone, "{chunk}");
            assert!(cache.len() <= 128);
            chunks += 1;
            rest = &rest[end..];
        }
        assert!(
            chunks >= 10 && mentions >= 100,
            "{chunks} chunks, {mentions} mentions"
        );
    }
}
