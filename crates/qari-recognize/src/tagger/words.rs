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
//! recently used, near enough, for the price of a second lookup). The words
//! themselves stay in one slab and the generations hold their places in it, so
//! that moving a word forward moves four bytes, not the few hundred of its
//! analysis and scores. An entry is
//! a function of its word and the tagger alone, so what the cache holds
//! changes how fast recognition is, never what it finds. The chains' rules
//! travel with the cache for the same reason: they keep how each spelling can
//! take part in an organisation's name (`chains::Chains`), which is as much a
//! function of the word alone.

use super::super::chains::Chains;
use super::super::features::templates::NEIGHBOURS;
use super::super::features::TokenInfo;
use super::super::normalize::HashKeyed;
use super::super::perceptron::JOINT;

/// Words one generation holds at most: 7/8 of 2^15, the most a hash table of
/// 32,768 slots holds without growing (the two generations' words some 20 MB).
pub(crate) const GENERATION: usize = 28_672;

/// What is known of a word before its sentence is seen.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Its analysis, `gazetteer` and `doc` not yet set.
    pub(crate) info: TokenInfo,
    /// Its word-only features' scores under both passes' models (a tagger of
    /// one pass keeps no words: it analyses each sentence afresh).
    pub(crate) own: [i32; JOINT],
    /// What it gives a token two before it, one before, one after and two
    /// after (see `context::ContextScores`).
    pub(crate) around: Around,
}

/// What a word gives the tokens around it, by place: in 16 bits, which halves
/// what the cache holds, unless a sum does not fit.
#[derive(Debug, Clone)]
pub(crate) enum Around {
    Narrow([[i16; JOINT]; NEIGHBOURS]),
    Wide(Box<[[i32; JOINT]; NEIGHBOURS]>),
}

impl Around {
    pub(crate) fn new(rows: [[i32; JOINT]; NEIGHBOURS]) -> Self {
        narrow(&rows).map_or_else(|| Self::Wide(Box::new(rows)), Self::Narrow)
    }

    /// Add to `acc` what the word gives a token at place `side`.
    #[inline]
    pub(crate) fn add(&self, side: usize, acc: &mut [i32; JOINT]) {
        match self {
            Self::Narrow(rows) => {
                for (a, w) in acc.iter_mut().zip(&rows[side]) {
                    *a += i32::from(*w);
                }
            }
            Self::Wide(rows) => {
                for (a, w) in acc.iter_mut().zip(&rows[side]) {
                    *a += w;
                }
            }
        }
    }
}

/// `rows` in 16 bits, when every sum fits.
fn narrow<const N: usize, const M: usize>(rows: &[[i32; N]; M]) -> Option<[[i16; N]; M]> {
    let mut out = [[0i16; N]; M];
    for (o, r) in out.iter_mut().flatten().zip(rows.iter().flatten()) {
        *o = i16::try_from(*r).ok()?;
    }
    Some(out)
}

/// Words by the hash of their spelling (see the module docs).
#[derive(Clone)]
pub(crate) struct WordCache {
    /// The words held, by place; places no generation holds are in `free`.
    words: Vec<Word>,
    free: Vec<u32>,
    recent: HashKeyed<u32>,
    older: HashKeyed<u32>,
    /// Words a generation holds at most: [`GENERATION`] but in tests.
    generation: usize,
    /// The organisation chains' rules, with how each word seen can take part in
    /// a chain.
    pub(crate) chains: Chains,
}

impl Default for WordCache {
    fn default() -> Self {
        Self {
            words: Vec::new(),
            free: Vec::new(),
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
    /// The place of the word whose spelling hashes to `key` (see
    /// [`WordCache::word`]), made by `make` when it is not held.
    pub(crate) fn get(&mut self, key: u64, make: impl FnOnce() -> Word) -> u32 {
        // The newer generation turns over only when a word must be added to it.
        if self.recent.len() >= self.generation && !self.recent.contains_key(&key) {
            // The next generation is the older one emptied, its table kept: a
            // new one would be memory the system must clear again. Its words'
            // places are free for the words to come.
            let mut next = std::mem::take(&mut self.older);
            self.free.extend(next.values());
            next.clear();
            next.reserve(self.generation);
            self.older = std::mem::replace(&mut self.recent, next);
        }
        let Self {
            words,
            free,
            recent,
            older,
            ..
        } = self;
        *recent.entry(key).or_insert_with(|| {
            older.remove(&key).unwrap_or_else(|| {
                let word = make();
                match free.pop() {
                    Some(place) => {
                        words[place as usize] = word;
                        place
                    }
                    None => {
                        words.push(word);
                        u32::try_from(words.len() - 1).expect("at most two generations of words")
                    }
                }
            })
        })
    }

    /// The word at `place`, as [`WordCache::get`] gave it.
    #[inline]
    pub(crate) fn word(&self, place: u32) -> &Word {
        &self.words[place as usize]
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
            around: Around::Narrow([[0; JOINT]; NEIGHBOURS]),
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
            assert_eq!(cache.word(w).info.norm, key);
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
            assert!(cache.words.len() <= 200);
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
    fn rows_are_narrowed_only_when_every_sum_fits() {
        let fits = [[i32::from(i16::MIN), -1, 0], [1, 2, i32::from(i16::MAX)]];
        assert_eq!(narrow(&fits), Some([[i16::MIN, -1, 0], [1, 2, i16::MAX]]));
        assert_eq!(narrow(&[[0, 1, 2], [3, 32_768, 5]]), None);
        assert_eq!(narrow(&[[-32_769, 1, 2], [3, 4, 5]]), None);
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
