//! A token's scores from its neighbours, added from sums made once rather than
//! looked up feature by feature.
//!
//! Of the two dozen features a token has beyond its own word's, all but one
//! are a function of one value: a neighbour's word in its place (two before
//! to two after: its folded form, stem, shape and trigger classes), the
//! token's place in its sentence (four values), the list phrases around it
//! (three places of sixteen bits) or, in the second pass, how often the first
//! pass gave its stem each type nearby (five types of three counts). Looked
//! up one by one these were most of the tagger's time, nearly all of it
//! waiting on the weight table, which is larger than the processor's caches.
//! So each word carries the sums of what it gives a token at each of the four
//! places (made with its analysis, see `words::Word`), and the few values of
//! the rest are summed into the small tables here when the tagger is made:
//! a token is then six additions of rows near at hand and one lookup, the
//! feature of the word before and the token together. Sums of quantised
//! weights are exact in any order, so the scores are those of the lookups.

use super::super::features::templates::{
    document_key, each_neighbour, each_phrase, each_place, NEIGHBOURS,
};
use super::super::features::{TokenInfo, DOC_TYPES, LABELS};
use super::super::gazetteer::LIST_FEATURE_BITS;
use super::super::perceptron::{JointModel, JOINT};
use super::words::Word;

/// What takes features one at a time.
type Emit<'a> = dyn FnMut(u32) + 'a;

/// Scores of the features whose values are few, under both passes' models.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ContextScores {
    /// What a missing neighbour (past the sentence's end) gives, by place.
    boundary: [[i32; JOINT]; NEIGHBOURS],
    /// By place in the sentence: bit 0 first, bit 1 last.
    place: [[i32; JOINT]; 4],
    /// By side (the word before, the token, the word after) and bit of the
    /// phrases it is in.
    phrase: [[[i32; JOINT]; 16]; 3],
    /// The second model's, by type and count (1-3) of a stem's first-pass
    /// types nearby.
    document: [[[i32; LABELS]; 4]; DOC_TYPES],
}

impl ContextScores {
    pub(crate) fn new(joint: &JointModel) -> Box<Self> {
        // The scores of the features `each` hands to the function it is given.
        let sum = |each: &dyn Fn(&mut Emit<'_>)| {
            let mut acc = [0i32; JOINT];
            each(&mut |f| joint.add(f, &mut acc));
            acc
        };
        let mut scores = Box::new(Self {
            boundary: [[0; JOINT]; NEIGHBOURS],
            place: [[0; JOINT]; 4],
            phrase: [[[0; JOINT]; 16]; 3],
            document: [[[0; LABELS]; 4]; DOC_TYPES],
        });
        for (side, row) in scores.boundary.iter_mut().enumerate() {
            *row = sum(&|emit| each_neighbour(side, None, emit));
        }
        for (v, row) in scores.place.iter_mut().enumerate() {
            *row = sum(&|emit| each_place(v & 1 != 0, v & 2 != 0, emit));
        }
        for (side, rows) in scores.phrase.iter_mut().enumerate() {
            for (bit, row) in rows.iter_mut().enumerate() {
                *row = sum(&|emit| each_phrase(side as u32, 1 << bit, emit));
            }
        }
        for (ty, rows) in scores.document.iter_mut().enumerate() {
            for (count, row) in rows.iter_mut().enumerate().skip(1) {
                joint.add_second(document_key(ty, count as u8), row);
            }
        }
        scores
    }

    /// What `word` gives a token at each place around it.
    pub(crate) fn neighbour_rows(
        joint: &JointModel,
        word: &TokenInfo,
    ) -> [[i32; JOINT]; NEIGHBOURS] {
        std::array::from_fn(|side| {
            let mut acc = [0i32; JOINT];
            each_neighbour(side, Some(word), |f| joint.add(f, &mut acc));
            acc
        })
    }

    /// Add to `acc` the scores token `i` of a sentence gets from around it:
    /// `word(j)` is the word of token `j`, with what it gives at each place; all
    /// but the feature of the word before and the token together, which the
    /// caller adds.
    #[inline]
    pub(crate) fn add_around<'w>(
        &self,
        infos: &[TokenInfo],
        word: impl Fn(usize) -> &'w Word,
        i: usize,
        acc: &mut [i32; JOINT],
    ) {
        let n = infos.len();
        for (side, j) in [i.checked_sub(2), i.checked_sub(1), Some(i + 1), Some(i + 2)]
            .into_iter()
            .enumerate()
        {
            match j {
                Some(j) if j < n => word(j).around.add(side, acc),
                _ => add(acc, &self.boundary[side]),
            }
        }
        add(
            acc,
            &self.place[usize::from(i == 0) + 2 * usize::from(i + 1 == n)],
        );
        let sides = [
            i.checked_sub(1).map_or(0, |j| infos[j].gazetteer),
            infos[i].gazetteer,
            infos.get(i + 1).map_or(0, |x| x.gazetteer),
        ]
        .map(|bits| bits & LIST_FEATURE_BITS);
        for (side, mut bits) in sides.into_iter().enumerate() {
            while bits != 0 {
                add(acc, &self.phrase[side][bits.trailing_zeros() as usize]);
                bits &= bits - 1;
            }
        }
    }

    /// Add to `acc` the second model's scores of `doc` (see
    /// [`TokenInfo::doc`]).
    #[inline]
    pub(crate) fn add_document(&self, doc: &[u8; DOC_TYPES], acc: &mut [i32; LABELS]) {
        for (rows, &c) in self.document.iter().zip(doc) {
            if c > 0 {
                for (a, w) in acc.iter_mut().zip(&rows[usize::from(c.min(3))]) {
                    *a += w;
                }
            }
        }
    }
}

#[inline]
fn add<const N: usize>(acc: &mut [i32; N], row: &[i32; N]) {
    for (a, w) in acc.iter_mut().zip(row) {
        *a += w;
    }
}
