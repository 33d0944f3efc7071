//! Scoring a tagger: a sentence's labels as entity spans, and exact-span counts
//! per type with precision, recall and F1. Its own file: the passes over every
//! sentence read the spans too, not only the trainer.

use super::super::features::label_type;
use super::super::gazetteer::Gazetteer;
use super::super::tagger::Tagger;
use super::LabeledSentence;

/// Entity spans `(start, end, type)` over token indices; an I- that does not continue
/// a span of its type starts one.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, usize)> {
    span_iter(labels).collect()
}

/// The spans of [`spans`], one at a time: the passes over every sentence read
/// them without a vector each.
pub(crate) fn span_iter(labels: &[u8]) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < labels.len() {
            let start = i;
            i += 1;
            let Some(ty) = label_type(labels[start]) else {
                continue;
            };
            while labels
                .get(i)
                .is_some_and(|&l| l % 2 == 0 && label_type(l) == Some(ty))
            {
                i += 1;
            }
            return Some((start, i, ty));
        }
        None
    })
}

/// Exact-span counts per type: true positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted spans that are gold spans, per type.
    pub tp: [u32; 4],
    /// Predicted spans that are not gold spans, per type.
    pub fp: [u32; 4],
    /// Gold spans not predicted, per type.
    pub fn_: [u32; 4],
}

impl Counts {
    /// Pool another set of counts into these.
    pub fn merge(&mut self, other: &Counts) {
        for t in 0..4 {
            self.tp[t] += other.tp[t];
            self.fp[t] += other.fp[t];
            self.fn_[t] += other.fn_[t];
        }
    }

    pub(crate) fn add(&mut self, gold: &[u8], predicted: &[u8]) {
        let g = spans(gold);
        let p = spans(predicted);
        for s in &p {
            if g.contains(s) {
                self.tp[s.2] += 1;
            } else {
                self.fp[s.2] += 1;
            }
        }
        for s in g.iter().filter(|s| !p.contains(s)) {
            self.fn_[s.2] += 1;
        }
    }

    /// Precision, recall and F1 of the types in `types` pooled.
    pub fn prf(&self, types: &[usize]) -> (f64, f64, f64) {
        let sum = |v: &[u32; 4]| f64::from(types.iter().map(|&t| v[t]).sum::<u32>());
        let (tp, fp, fn_) = (sum(&self.tp), sum(&self.fp), sum(&self.fn_));
        let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// Tag `sentences` as one document and count exact-span matches.
pub fn evaluate(tagger: &Tagger, gazetteer: &Gazetteer, sentences: &[LabeledSentence]) -> Counts {
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    let mut counts = Counts::default();
    for (tagged, gold) in tagger.tag(gazetteer, &words).iter().zip(sentences) {
        counts.add(&gold.labels, &tagged.labels);
    }
    counts
}
