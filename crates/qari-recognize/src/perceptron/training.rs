//! Learning the perceptron's weights: decode each example with the current
//! weights, and on a mistake move weight from the guessed labels and transitions to
//! the gold ones. The averaged result is quantised into a [`Model`].

use super::{viterbi, FeatureTable, Model, LABELS};
use crate::normalize::HashKeyed;

/// One training example: feature keys per token and the gold labels.
#[derive(Debug, Clone, Default)]
pub(crate) struct Example {
    pub feats: Vec<Vec<u32>>,
    pub gold: Vec<u8>,
}

/// Averaged perceptron training state. Averages use the "w - u/c" form: `u`
/// accumulates each update times the step it happened at.
#[derive(Debug, Default)]
pub(crate) struct Trainer {
    index: HashKeyed<u32>,
    w: Vec<[f32; LABELS]>,
    u: Vec<[f64; LABELS]>,
    tw: Vec<[f32; LABELS]>,
    tu: Vec<[f64; LABELS]>,
    step: f64,
}

impl Trainer {
    pub(crate) fn new() -> Self {
        Self {
            tw: vec![[0.0; LABELS]; LABELS + 1],
            tu: vec![[0.0; LABELS]; LABELS + 1],
            step: 1.0,
            ..Self::default()
        }
    }

    fn emissions(&self, ex: &Example) -> Vec<[f32; LABELS]> {
        ex.feats
            .iter()
            .map(|fs| {
                let mut e = [0f32; LABELS];
                for f in fs {
                    if let Some(&r) = self.index.get(&u64::from(*f)) {
                        for (a, w) in e.iter_mut().zip(&self.w[r as usize]) {
                            *a += w;
                        }
                    }
                }
                e
            })
            .collect()
    }

    fn bump(&mut self, feat: u32, label: u8, delta: f32) {
        let next = self.w.len() as u32;
        let r = *self.index.entry(u64::from(feat)).or_insert(next) as usize;
        if r == self.w.len() {
            self.w.push([0.0; LABELS]);
            self.u.push([0.0; LABELS]);
        }
        self.w[r][usize::from(label)] += delta;
        self.u[r][usize::from(label)] += self.step * f64::from(delta);
    }

    fn bump_trans(&mut self, prev: usize, label: u8, delta: f32) {
        self.tw[prev][usize::from(label)] += delta;
        self.tu[prev][usize::from(label)] += self.step * f64::from(delta);
    }

    /// Decode one example with the current weights and update on mistakes.
    pub(crate) fn learn(&mut self, ex: &Example) {
        let guess = viterbi(&self.emissions(ex), &self.tw);
        for t in 0..ex.gold.len() {
            let (g, p) = (ex.gold[t], guess[t]);
            let gp = if t == 0 {
                LABELS
            } else {
                usize::from(ex.gold[t - 1])
            };
            let pp = if t == 0 {
                LABELS
            } else {
                usize::from(guess[t - 1])
            };
            if g != p {
                for &f in &ex.feats[t] {
                    self.bump(f, g, 1.0);
                    self.bump(f, p, -1.0);
                }
            }
            if g != p || gp != pp {
                self.bump_trans(gp, g, 1.0);
                self.bump_trans(pp, p, -1.0);
            }
        }
        self.step += 1.0;
    }

    /// Averaged, quantised model. Features whose largest weight is below `prune`
    /// (a fraction of the largest weight of all) are dropped: they hardly change a
    /// decision, and a smaller table is a faster one.
    pub(crate) fn finish(&self, prune: f32) -> Model {
        self.finish_for(prune, None)
    }

    /// As [`finish`](Self::finish), for text of training domain `domain`: each
    /// shared feature's weights get its domain copy's added, and the copies of every
    /// domain are dropped.
    pub(crate) fn finish_for(&self, prune: f32, domain: Option<u32>) -> Model {
        Averaged::mean(&[self.averaged(domain)]).quantised(prune)
    }

    /// The averaged weights for text of `domain` (see [`Trainer::finish_for`]),
    /// not yet quantised.
    pub(crate) fn averaged(&self, domain: Option<u32>) -> Averaged {
        let avg = |w: f32, u: f64| (f64::from(w) - u / self.step) as f32;
        let averaged = |r: u32| -> [f32; LABELS] {
            let (w, u) = (&self.w[r as usize], &self.u[r as usize]);
            std::array::from_fn(|l| avg(w[l], u[l]))
        };
        let merged = |key: u32, r: u32| -> [f32; LABELS] {
            let mut row = averaged(r);
            if let Some(copy) = domain.and_then(|d| {
                self.index
                    .get(&u64::from(crate::features::templates::domain_key(key, d)))
            }) {
                for (a, b) in row.iter_mut().zip(averaged(*copy)) {
                    *a += b;
                }
            }
            row
        };
        let rows: Vec<(u32, [f32; LABELS])> = self
            .index
            .iter()
            .filter(|(key, _)| **key < 0x8000_0000)
            .map(|(key, &r)| (*key as u32, merged(*key as u32, r)))
            .collect();
        let trans = self
            .tw
            .iter()
            .zip(&self.tu)
            .map(|(w, u)| std::array::from_fn(|l| avg(w[l], u[l])))
            .collect();
        Averaged { rows, trans }
    }
}

/// A trained perceptron's averaged weights before quantisation: feature rows
/// by key (one per key, in any order) and label transitions.
#[derive(Debug, Clone, Default)]
pub(crate) struct Averaged {
    rows: Vec<(u32, [f32; LABELS])>,
    trans: Vec<[f32; LABELS]>,
}

impl Averaged {
    /// The mean of models trained on the same examples in other orders: what
    /// one order favours by chance the others even out. A feature one model
    /// lacks counts as zero there.
    pub(crate) fn mean(models: &[Averaged]) -> Averaged {
        let n = models.len().max(1) as f32;
        let mut rows: Vec<(u32, [f32; LABELS])> =
            models.iter().flat_map(|m| m.rows.iter().copied()).collect();
        // Stable: the same key's rows stay in model order, so sums are the same
        // run to run (and the rows come out in key order).
        rows.sort_by_key(|(key, _)| *key);
        let mut merged: Vec<(u32, [f32; LABELS])> = Vec::with_capacity(rows.len());
        for (key, row) in rows {
            match merged.last_mut() {
                Some((k, sum)) if *k == key => {
                    for (a, b) in sum.iter_mut().zip(row) {
                        *a += b;
                    }
                }
                _ => merged.push((key, row)),
            }
        }
        for (_, row) in &mut merged {
            for w in row.iter_mut() {
                *w /= n;
            }
        }
        let mut trans = vec![[0f32; LABELS]; LABELS + 1];
        for m in models {
            for (t, r) in trans.iter_mut().zip(&m.trans) {
                for (a, b) in t.iter_mut().zip(r) {
                    *a += b / n;
                }
            }
        }
        Averaged {
            rows: merged,
            trans,
        }
    }

    /// Quantised to i16, with the features whose largest weight is below
    /// `prune` (a fraction of the largest weight of all) dropped.
    pub(crate) fn quantised(&self, prune: f32) -> Model {
        let max = self
            .rows
            .iter()
            .flat_map(|(_, row)| row.iter().map(|w| w.abs()))
            .fold(1e-6f32, f32::max);
        let scale = 32000.0 / max;
        let mut table = FeatureTable::with_capacity(self.rows.len());
        for (key, w) in &self.rows {
            let row: [i16; LABELS] = std::array::from_fn(|l| (w[l] * scale).round() as i16);
            if row
                .iter()
                .any(|w| f32::from(w.unsigned_abs()) >= (prune * 32000.0).max(1.0))
            {
                table.insert(*key, row);
            }
        }
        let trans = self
            .trans
            .iter()
            .map(|r| std::array::from_fn(|l| r[l] * scale))
            .collect();
        Model { table, trans }
    }
}
