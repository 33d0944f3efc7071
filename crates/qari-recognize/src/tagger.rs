//! The trained tagger: lexicon, first-pass and second-pass models, and its file.
//!
//! Two passes because a name is usually tagged right somewhere in an article: the
//! first pass tags every sentence alone; the second sees, for each word, what the
//! first pass made of the same stem in the sentences around it, and what training
//! said of that stem. On the development set this was worth about +0.04 F1.
//!
//! The file (`crates/qari-recognize/assets/ner-weights.bin`, embedded) holds no words, only hashes:
//! `QARINER1`, a pass count, the lexicon, then each model (see `perceptron`).

mod context;
mod words;

use std::borrow::Cow;

use super::features::templates::{each_second_word, each_word, extract, pair_key};
use super::features::{
    analyze, analyze_word, document_counts, mark_phrases, Lexicon, PhraseBuffers, StemStats,
    TokenInfo, LABELS,
};
use super::gazetteer::Gazetteer;
use super::normalize::{hash_exact, HashKeyed};
/// The weights of one pass, as [`Tagger::first`] and [`Tagger::second`] hold them.
pub use super::perceptron::Model;
use super::perceptron::{JointModel, ModelError, Reader, JOINT};
use context::ContextScores;
pub(crate) use words::WordCache;
use words::{Around, Word};

const MAGIC: &[u8; 8] = b"QARINER1";
/// Sentences on each side whose first-pass tags inform the second pass.
pub(crate) const DOCUMENT_WINDOW: usize = 10;

/// Key under which the lexicon stores a word hash (the file keeps 32 bits).
fn short(hash: u64) -> u64 {
    hash >> 32
}

impl Lexicon {
    pub(crate) fn surface_count(&self, hash: u64) -> u32 {
        self.surface.get(&short(hash)).map_or(0, |c| u32::from(*c))
    }
    pub(crate) fn stem_stats(&self, hash: u64) -> StemStats {
        self.stems.get(&short(hash)).copied().unwrap_or_default()
    }
    pub(crate) fn add_surface(&mut self, hash: u64) {
        let c = self.surface.entry(short(hash)).or_default();
        *c = c.saturating_add(1);
    }
    pub(crate) fn set_stem(&mut self, hash: u64, stats: StemStats) {
        self.stems.insert(short(hash), stats);
    }

    fn write(&self, out: &mut Vec<u8>) {
        let mut surface: Vec<_> = self.surface.iter().collect();
        surface.sort_unstable();
        out.extend_from_slice(&(surface.len() as u32).to_le_bytes());
        for (k, c) in surface {
            out.extend_from_slice(&(*k as u32).to_le_bytes());
            out.push(*c);
        }
        let mut stems: Vec<_> = self.stems.iter().collect();
        stems.sort_unstable_by_key(|(k, _)| **k);
        out.extend_from_slice(&(stems.len() as u32).to_le_bytes());
        for (k, s) in stems {
            out.extend_from_slice(&(*k as u32).to_le_bytes());
            out.push(s.count);
            out.extend_from_slice(&s.shares);
        }
    }

    fn read(input: &mut Reader<'_>) -> Result<Self, ModelError> {
        let mut lex = Self::default();
        for _ in 0..input.u32()? {
            let k = input.u32()?;
            lex.surface.insert(u64::from(k), input.u8()?);
        }
        for _ in 0..input.u32()? {
            let k = input.u32()?;
            let count = input.u8()?;
            let s = input.take(4)?;
            let shares = [s[0], s[1], s[2], s[3]];
            lex.stems.insert(u64::from(k), StemStats { count, shares });
        }
        Ok(lex)
    }
}

/// Lexicon and models, ready to tag.
#[derive(Debug, Clone)]
pub struct Tagger {
    pub(crate) lexicon: Lexicon,
    /// The first pass: each sentence on its own.
    pub first: Model,
    /// The second pass, over the first pass's tags of the article; `None` for a
    /// tagger trained with one pass.
    pub second: Option<Model>,
    joint: Option<JointModel>,
    /// The joint model's sums for the features of few values (with `joint`).
    context: Option<Box<ContextScores>>,
    /// The weights file a tagger was read from. Its two passes are then scored from
    /// the joint table alone, and their own tables are dropped (some 12 MB with
    /// the shipped weights): `first` and `second` keep only their transitions.
    /// The shipped weights are borrowed from the binary, not copied.
    file: Option<Cow<'static, [u8]>>,
}

/// A sentence's analysis and final labels.
#[derive(Debug, Clone)]
pub struct Tagged {
    pub(crate) infos: Vec<TokenInfo>,
    /// One label per word: 0 for outside, then B and I of each of
    /// [`TYPES`](crate::features::TYPES) (see [`train::spans`](crate::train::spans)).
    pub labels: Vec<u8>,
}

impl Tagger {
    /// The weights file, as `qari-train` writes it and [`Tagger::from_bytes`] reads it.
    pub fn to_bytes(&self) -> Vec<u8> {
        if let Some(file) = &self.file {
            return file.to_vec();
        }
        let mut out = MAGIC.to_vec();
        out.push(if self.second.is_some() { 2 } else { 1 });
        self.lexicon.write(&mut out);
        self.first.write(&mut out);
        if let Some(m) = &self.second {
            m.write(&mut out);
        }
        out
    }

    /// Reads a weights file; an error when it is damaged, cut short or of another
    /// version, since a tagger with wrong weights would tag nonsense quietly.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        Self::read(bytes, |b| Cow::Owned(b.to_vec()))
    }

    /// [`Tagger::from_bytes`] of weights that live as long as the program
    /// (the shipped ones), which it then keeps without a copy.
    pub(crate) fn from_static(bytes: &'static [u8]) -> Result<Self, ModelError> {
        Self::read(bytes, Cow::Borrowed)
    }

    fn read<'b>(
        bytes: &'b [u8],
        keep: impl FnOnce(&'b [u8]) -> Cow<'static, [u8]>,
    ) -> Result<Self, ModelError> {
        let mut input = Reader(bytes);
        if input.take(MAGIC.len())? != MAGIC {
            return Err(ModelError("not a qari tagger file"));
        }
        let passes = input.u8()?;
        let lexicon = Lexicon::read(&mut input)?;
        let tagger = match passes {
            1 => Self::new(lexicon, Model::read(&mut input)?, None),
            2 => {
                // The two passes are scored from the joint table alone, and
                // keep their transitions only.
                let (first, second, joint) = JointModel::read(&mut input)?;
                Self {
                    context: Some(ContextScores::new(&joint)),
                    joint: Some(joint),
                    lexicon,
                    first,
                    second: Some(second),
                    file: Some(keep(bytes)),
                }
            }
            _ => return Err(ModelError("unknown pass count")),
        };
        if !input.0.is_empty() {
            return Err(ModelError("trailing bytes"));
        }
        Ok(tagger)
    }

    pub(crate) fn new(lexicon: Lexicon, first: Model, second: Option<Model>) -> Self {
        let joint = second.as_ref().map(|s| JointModel::new(&first, s));
        let context = joint.as_ref().map(ContextScores::new);
        Self {
            lexicon,
            first,
            second,
            joint,
            context,
            file: None,
        }
    }

    /// Analyse sentences of words with this tagger's lexicon.
    pub(crate) fn analyze(
        &self,
        gazetteer: &Gazetteer,
        sentences: &[Vec<&str>],
    ) -> Vec<Vec<TokenInfo>> {
        let known = |h: u64| self.lexicon.surface_count(h) + gazetteer.known(h);
        let stats = |h: u64| self.lexicon.stem_stats(h);
        let mut cache = HashKeyed::default();
        sentences
            .iter()
            .map(|words| analyze(words, gazetteer, &known, &stats, &mut cache))
            .collect()
    }

    /// Analyse one sentence with the words of `cache`, adding to it those it
    /// lacks; `places` is set to each token's word's place in `cache`.
    fn analyze_sentence(
        &self,
        joint: &JointModel,
        gazetteer: &Gazetteer,
        words: &[&str],
        cache: &mut WordCache,
        places: &mut Vec<u32>,
        buffers: &mut PhraseBuffers,
    ) -> Vec<TokenInfo> {
        let known = |h: u64| self.lexicon.surface_count(h) + gazetteer.known(h);
        let stats = |h: u64| self.lexicon.stem_stats(h);
        let mut norm = String::new();
        places.clear();
        let mut infos = Vec::with_capacity(words.len());
        for w in words {
            let place = cache.get(hash_exact(w), || {
                let info = analyze_word(w, gazetteer, &known, &stats, &mut norm);
                let mut own = [0i32; JOINT];
                each_word(&info, |f| joint.add(f, &mut own));
                // The second pass's features of the word alone join the
                // second model's half: sums are exact in any order.
                let mut second = [0i32; LABELS];
                each_second_word(&info, |f| joint.add_second(f, &mut second));
                for (o, s) in own[LABELS..].iter_mut().zip(second) {
                    *o += s;
                }
                let around = Around::new(ContextScores::neighbour_rows(joint, &info));
                Word { info, own, around }
            });
            places.push(place);
        }
        // Copied once every word is found: the copies' reads of the cache,
        // which it often misses, then wait on the memory together.
        infos.extend(places.iter().map(|&p| cache.word(p).info.clone()));
        mark_phrases(gazetteer, &mut infos, buffers);
        infos
    }

    /// Tag a document given as sentences of words.
    pub fn tag(&self, gazetteer: &Gazetteer, sentences: &[Vec<&str>]) -> Vec<Tagged> {
        self.tag_cached(gazetteer, sentences, &mut WordCache::default())
    }

    /// [`Tagger::tag`] with the words of `cache` (which it adds to): a stream
    /// keeps one for its whole text.
    pub(crate) fn tag_cached(
        &self,
        gazetteer: &Gazetteer,
        sentences: &[Vec<&str>],
        cache: &mut WordCache,
    ) -> Vec<Tagged> {
        let mut tagged = self.tag_words(gazetteer, sentences, cache);
        for (t, words) in tagged.iter_mut().zip(sentences) {
            cache.chains.complete(words, &t.infos, &mut t.labels);
        }
        tagged
    }

    /// The tagger's own labels, before organisation chains are completed.
    fn tag_words(
        &self,
        gazetteer: &Gazetteer,
        sentences: &[Vec<&str>],
        cache: &mut WordCache,
    ) -> Vec<Tagged> {
        let (Some(joint), Some(context), Some(second)) = (&self.joint, &self.context, &self.second)
        else {
            return self
                .analyze(gazetteer, sentences)
                .into_iter()
                .map(|infos| Tagged {
                    labels: decode(&self.first, &infos, false),
                    infos,
                })
                .collect();
        };
        // First pass, scoring the shared features under the second model on the way.
        let mut infos = Vec::with_capacity(sentences.len());
        let mut later: Vec<Vec<[f32; LABELS]>> = Vec::with_capacity(sentences.len());
        let mut labels = Vec::with_capacity(sentences.len());
        let mut now = Vec::new();
        // Each token's word's place in the cache: its word-only features'
        // scores (see `each_word`) and what it gives the tokens around it.
        let mut places = Vec::new();
        let mut buffers = PhraseBuffers::default();
        // The sentence's features of a word and the one before it together,
        // their rows read ahead (see `JointModel::prefetch`).
        let mut pairs = Vec::new();
        for words in sentences {
            let s =
                self.analyze_sentence(joint, gazetteer, words, cache, &mut places, &mut buffers);
            pairs.clear();
            pairs.extend((0..s.len()).map(|i| pair_key(i.checked_sub(1).map(|j| &s[j]), &s[i])));
            joint.prefetch(&pairs);
            now.clear();
            let mut next = Vec::with_capacity(s.len());
            let cache = &*cache;
            let word = |i: usize| cache.word(places[i]);
            for (i, &pair) in pairs.iter().enumerate() {
                let mut acc = word(i).own;
                context.add_around(&s, word, i, &mut acc);
                joint.add(pair, &mut acc);
                let (a, b) = acc.split_at(LABELS);
                now.push(std::array::from_fn(|l| a[l] as f32));
                next.push(std::array::from_fn(|l| b[l] as f32));
            }
            labels.push(self.first.decode(&now));
            later.push(next);
            infos.push(s);
        }
        document_counts(&mut infos, &labels, DOCUMENT_WINDOW);
        infos
            .into_iter()
            .zip(later)
            .map(|(infos, mut emissions)| {
                for (info, e) in infos.iter().zip(emissions.iter_mut()) {
                    let mut acc = [0i32; LABELS];
                    context.add_document(&info.doc, &mut acc);
                    // Integers below 2^24 throughout: the f32 sum is exact.
                    for (s, a) in e.iter_mut().zip(acc) {
                        *s += a as f32;
                    }
                }
                Tagged {
                    labels: second.decode(&emissions),
                    infos,
                }
            })
            .collect()
    }
}

/// Viterbi labels of one analysed sentence.
pub(crate) fn decode(model: &Model, infos: &[TokenInfo], second_pass: bool) -> Vec<u8> {
    let mut feats = Vec::with_capacity(64);
    let emissions: Vec<[f32; LABELS]> = (0..infos.len())
        .map(|i| {
            extract(infos, i, second_pass, &mut feats);
            let mut e = [0f32; LABELS];
            model.emissions(&feats, &mut e);
            e
        })
        .collect();
    model.decode(&emissions)
}
