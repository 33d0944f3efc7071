//! The feature templates: each a template number mixed into one hash of a
//! token's analysis ([`TokenInfo`]) by one multiply, handed to the tagger a key
//! at a time. Its own file: what the tagger sees of a word, apart from how the
//! word is analysed.

use super::super::gazetteer::{LIST_FEATURE_BITS, TRIGGER_CLASSES};
use super::{TokenInfo, DOC_TYPES};

fn key(template: u32, value: u64) -> u32 {
    let h = (value ^ u64::from(template).wrapping_mul(0xD6E8_FEB8_6659_FD93))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // 0 marks a free slot in the model's table; the top bit is left clear for
    // the domain copies of training ([`domain_key`]).
    ((h >> 33) as u32).max(1)
}

/// The copy of feature `key` that only examples of training domain `domain` see
/// (feature augmentation: the shared copy learns what holds across corpora, the
/// domain copy what one corpus's text or annotators do differently). Its top bit
/// is set, so no feature key of [`key`]'s is one.
pub(crate) fn domain_key(key: u32, domain: u32) -> u32 {
    let h = (u64::from(key) ^ (u64::from(domain) << 40)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    ((h >> 33) as u32) | 0x8000_0000
}

const BOUNDARY: [u64; 2] = [0x0b05, 0xe05];

/// The trigger classes that are features.
const TRIGGER_MASK: u8 = ((1u16 << TRIGGER_CLASSES) - 1) as u8;

fn rare_bucket(count: u8) -> u64 {
    match count {
        0 => 0,
        1 => 1,
        2..=4 => 2,
        _ => 3,
    }
}

/// Feature keys of token `i`; `second_pass` adds lexicon and document features.
pub(crate) fn extract(infos: &[TokenInfo], i: usize, second_pass: bool, out: &mut Vec<u32>) {
    out.clear();
    each_first(infos, i, |k| out.push(k));
    if second_pass {
        each_second(infos, i, |k| out.push(k));
    }
}

/// Call `f` with each set bit of `bits`, lowest first.
#[inline]
fn each_bit(bits: impl Into<u32>, mut f: impl FnMut(u64)) {
    let mut bits: u32 = bits.into();
    while bits != 0 {
        f(u64::from(bits.trailing_zeros()));
        bits &= bits - 1;
    }
}

/// The features both passes share, handed to `emit` one key at a time (the tagger
/// scores each as it comes, so no list is built).
pub(crate) fn each_first(infos: &[TokenInfo], i: usize, mut emit: impl FnMut(u32)) {
    each_word(&infos[i], &mut emit);
    each_context(infos, i, emit);
}

/// The shared features that depend on the token's word alone, not on its
/// neighbours, its place or the sentence's phrase matches: the same for every
/// token spelt alike, so the tagger scores them once per word.
#[inline]
pub(crate) fn each_word(t: &TokenInfo, mut emit: impl FnMut(u32)) {
    emit(key(0, 0));
    emit(key(3, t.norm));
    emit(key(6, t.stem));
    emit(key(7, t.prefix));
    for (k, &a) in t.affixes.iter().enumerate() {
        if a != 0 {
            emit(key(10 + k as u32, u64::from(a)));
        }
    }
    emit(key(22, u64::from(t.stem_len)));
    emit(key(24, u64::from(t.shape)));
    each_bit(t.triggers & TRIGGER_MASK, |b| emit(key(32, b)));
    emit(key(34, rare_bucket(t.stats.count)));
    if t.exact != t.norm {
        emit(key(37, t.exact));
    }
}

/// The shared features of token `i` that depend on its neighbours, its place in
/// the sentence or the sentence's phrase matches: those of each neighbour in
/// its place ([`each_neighbour`]), of the token's place ([`each_place`]), of
/// the phrase matches around it ([`each_phrase`]) and of the word before and
/// the token together ([`pair_key`]). All but the last are sums the tagger can
/// make once per word or per value (see `tagger::ContextScores`).
#[inline]
pub(crate) fn each_context(infos: &[TokenInfo], i: usize, mut emit: impl FnMut(u32)) {
    let n = infos.len();
    let t = &infos[i];
    let p1 = i.checked_sub(1).and_then(|j| infos.get(j));
    let n1 = infos.get(i + 1);
    for (side, x) in [
        (0, i.checked_sub(2).and_then(|j| infos.get(j))),
        (1, p1),
        (2, n1),
        (3, infos.get(i + 2)),
    ] {
        each_neighbour(side, x, &mut emit);
    }
    each_place(i == 0, i + 1 == n, &mut emit);
    for (side, x) in [(0, p1), (1, Some(t)), (2, n1)] {
        if let Some(x) = x {
            each_phrase(side, x.gazetteer, &mut emit);
        }
    }
    emit(pair_key(p1, t));
}

/// Places of a neighbour in [`each_neighbour`]: two before, one before, one
/// after, two after.
pub(crate) const NEIGHBOURS: usize = 4;

/// The features a token gets from its neighbour `x` at place `side` (see
/// [`NEIGHBOURS`]; `None` past the sentence's ends): a function of that word
/// and its place alone.
#[inline]
pub(crate) fn each_neighbour(side: usize, x: Option<&TokenInfo>, mut emit: impl FnMut(u32)) {
    let boundary = BOUNDARY[usize::from(side >= 2)];
    // Templates of the folded word, the stem, the shape and the trigger
    // classes (0: none at that place).
    let (norm, stem, shape, triggers) = match side {
        0 => (1, 0, 0, 30),
        1 => (2, 8, 23, 31),
        2 => (4, 9, 25, 33),
        _ => (5, 0, 0, 0),
    };
    emit(key(norm, x.map_or(boundary, |x| x.norm)));
    if stem != 0 {
        emit(key(stem, x.map_or(boundary, |x| x.stem)));
        emit(key(shape, x.map_or(9, |x| u64::from(x.shape))));
    }
    if let Some(x) = x.filter(|_| triggers != 0) {
        each_bit(x.triggers & TRIGGER_MASK, |b| emit(key(triggers, b)));
    }
}

/// The feature of a token's place: first and/or last of its sentence.
#[inline]
pub(crate) fn each_place(first: bool, last: bool, mut emit: impl FnMut(u32)) {
    emit(key(26, u64::from(first) + 2 * u64::from(last)));
}

/// The features of the list phrases `gazetteer` (a token's bits) that the word
/// before (`side` 0), the token itself (1) or the word after it (2) is in.
#[inline]
pub(crate) fn each_phrase(side: u32, gazetteer: u16, emit: impl FnMut(u32)) {
    let mut emit = emit;
    each_bit(gazetteer & LIST_FEATURE_BITS, |b| emit(key(27 + side, b)));
}

/// The feature of the word before `t` (`p1`) and `t` together.
#[inline]
pub(crate) fn pair_key(p1: Option<&TokenInfo>, t: &TokenInfo) -> u32 {
    key(
        38,
        p1.map_or(BOUNDARY[0], |x| x.norm) ^ t.norm.rotate_left(17),
    )
}

/// The second pass's own features of token `i`, handed to `emit`: those of
/// its word ([`each_second_word`]) and of the first pass's tags around it
/// ([`each_document`]).
#[inline]
pub(crate) fn each_second(infos: &[TokenInfo], i: usize, mut emit: impl FnMut(u32)) {
    each_second_word(&infos[i], &mut emit);
    each_document(&infos[i].doc, emit);
}

/// The second pass's features of what training said of the token's stem: a
/// function of the word alone.
#[inline]
pub(crate) fn each_second_word(t: &TokenInfo, mut emit: impl FnMut(u32)) {
    if t.stats.count > 0 {
        for (ty, &s) in t.stats.shares.iter().enumerate() {
            let bucket = if s == 0 { 0 } else { 1 + u64::from(s) / 64 };
            emit(key(35, ty as u64 * 8 + bucket));
        }
    }
}

/// The second pass's features of `doc`, what the first pass made of the
/// token's stem nearby (see [`TokenInfo::doc`]): one per type seen, of its
/// count up to 3.
#[inline]
pub(crate) fn each_document(doc: &[u8; DOC_TYPES], mut emit: impl FnMut(u32)) {
    for (ty, &c) in doc.iter().enumerate() {
        if c > 0 {
            emit(document_key(ty, c));
        }
    }
}

/// The feature of `count` (1 or more; 3 stands for more) occurrences of type
/// `ty` nearby.
#[inline]
pub(crate) fn document_key(ty: usize, count: u8) -> u32 {
    key(36, ty as u64 * 4 + u64::from(count.min(3)))
}
