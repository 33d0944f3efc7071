//! Sets of spellings by folded hash, asked about nearly every word.
//!
//! The chains' rules ask of most tokens whether they are one of a few dozen
//! spellings of a head (وزارة، بوزارة، والوزارة…), two dozen sets in all,
//! and almost every answer is no. A hash table finds a missing key in some
//! forty instructions; a bit array in front of it, a few bits per spelling,
//! says no for nearly all of them in five, and the table is asked only when
//! it says maybe. The answers are the table's, so the rules are unchanged.

use std::collections::hash_map::IntoKeys;

use super::super::normalize::HashKeyed;

/// A set of hashes with a filter before it (see the module docs).
#[derive(Debug, Clone, Default)]
pub(crate) struct Forms {
    table: HashKeyed<()>,
    /// One bit per slot of `(hash * MIX) >> shift`; set for every key held.
    filter: Vec<u64>,
    shift: u32,
}

/// Spreads a hash's bits to the top, where the filter's slot is read.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

impl Forms {
    /// The set of `table`'s keys, with a filter of some sixteen bits a key.
    pub(crate) fn new(table: HashKeyed<()>) -> Self {
        let bits = (table.len() * 16).next_power_of_two().max(64);
        let mut forms = Self {
            filter: vec![0; bits / 64],
            shift: 64 - bits.trailing_zeros(),
            table,
        };
        for &key in forms.table.keys() {
            let slot = forms.slot(key);
            forms.filter[slot / 64] |= 1 << (slot % 64);
        }
        forms
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(MIX) >> self.shift) as usize
    }

    /// Whether `key` is in the set.
    #[inline]
    pub(crate) fn contains_key(&self, key: &u64) -> bool {
        let slot = self.slot(*key);
        self.filter[slot / 64] >> (slot % 64) & 1 != 0 && self.table.contains_key(key)
    }

    /// The keys, for a set made from this one.
    pub(crate) fn into_keys(self) -> IntoKeys<u64, ()> {
        self.table.into_keys()
    }
}

impl FromIterator<(u64, ())> for Forms {
    fn from_iter<I: IntoIterator<Item = (u64, ())>>(keys: I) -> Self {
        Self::new(keys.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_never_hides_a_key() {
        for n in [0u64, 1, 5, 300, 5000] {
            let keys: Vec<u64> = (0..n)
                .map(|k| k.wrapping_mul(0x1234_5678_9ABC_DEF1) ^ 77)
                .collect();
            let forms: Forms = keys.iter().map(|&k| (k, ())).collect();
            assert!(keys.iter().all(|k| forms.contains_key(k)));
            let missing = (0..10_000u64).filter(|k| !keys.contains(k));
            assert!(missing.clone().all(|k| !forms.contains_key(&k)));
        }
    }
}
