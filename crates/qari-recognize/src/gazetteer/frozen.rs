//! A hash table frozen into bytes: written once, by the build script, and
//! read in place from the binary, so that start-up builds no table.
//!
//! The lists are some 200,000 lines; folding, hashing and inserting them into
//! hash tables was three quarters of the time `qari entities` took on a short
//! article. The build script (`crates/qari-recognize/build.rs`) does that work
//! once and writes each table here as sorted keys; a lookup reads the bytes
//! where they lie in the executable.
//!
//! A table is, all integers little-endian: its length `n` (u32), its bucket
//! bits `b` (u32), `2^b + 1` offsets (u32) where each bucket's keys begin,
//! `n` keys (u64), then `n` values of [`Value::WIDTH`] bytes. Keys are the
//! tables' hashes multiplied by an odd constant (a bijection, so that the top
//! bits, which choose a bucket, depend on all of them), in ascending order.
//! With about one key a bucket, a lookup reads one or two keys.
//!
//! Shared with the build script (included there by path): it imports nothing
//! of the crate.

use std::marker::PhantomData;

/// A table's value as bytes.
pub(crate) trait Value: Copy {
    /// Bytes of one value.
    const WIDTH: usize;
    /// Append this value's bytes.
    #[cfg_attr(not(test), allow(dead_code))] // the build script's
    fn put(&self, out: &mut Vec<u8>);
    /// The value of [`Value::WIDTH`] bytes.
    fn take(bytes: &[u8]) -> Self;
}

impl Value for () {
    const WIDTH: usize = 0;
    fn put(&self, _: &mut Vec<u8>) {}
    fn take(_: &[u8]) -> Self {}
}

impl Value for u8 {
    const WIDTH: usize = 1;
    fn put(&self, out: &mut Vec<u8>) {
        out.push(*self);
    }
    fn take(bytes: &[u8]) -> Self {
        bytes[0]
    }
}

impl Value for u32 {
    const WIDTH: usize = 4;
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(bytes: &[u8]) -> Self {
        u32_at(bytes, 0)
    }
}

/// The odd multiplier that spreads a key's bits to the top.
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

#[cfg_attr(not(test), allow(dead_code))] // the build script's
/// Bucket bits for `n` keys: more buckets than keys, fewer than twice as many.
fn bucket_bits(n: usize) -> u32 {
    (usize::BITS - n.leading_zeros()).max(1)
}

#[cfg_attr(not(test), allow(dead_code))] // the build script's
/// Append the table of `entries` (each key once) to `out`.
pub(crate) fn write<V: Value>(entries: impl Iterator<Item = (u64, V)>, out: &mut Vec<u8>) {
    let mut entries: Vec<(u64, V)> = entries.map(|(k, v)| (k.wrapping_mul(MIX), v)).collect();
    entries.sort_unstable_by_key(|&(k, _)| k);
    let bits = bucket_bits(entries.len());
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    out.extend_from_slice(&count(entries.len()).to_le_bytes());
    out.extend_from_slice(&bits.to_le_bytes());
    let mut at = 0;
    for bucket in 0..=(1usize << bits) {
        while at < entries.len() && ((entries[at].0 >> (64 - bits)) as usize) < bucket {
            at += 1;
        }
        out.extend_from_slice(&count(at).to_le_bytes());
    }
    for (k, _) in &entries {
        out.extend_from_slice(&k.to_le_bytes());
    }
    for (_, v) in &entries {
        v.put(out);
    }
}

/// A table [`write()`] wrote, read where it lies.
pub(crate) struct Frozen<V> {
    offsets: &'static [u8],
    keys: &'static [u8],
    values: &'static [u8],
    shift: u32,
    len: usize,
    value: PhantomData<V>,
}

// By hand: derived, they would ask `V: Clone` of the bytes too.
impl<V> Clone for Frozen<V> {
    fn clone(&self) -> Self {
        Self {
            value: PhantomData,
            ..*self
        }
    }
}

impl<V> std::fmt::Debug for Frozen<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Frozen({} keys)", self.len)
    }
}

impl<V: Value> Frozen<V> {
    /// The table at the start of `bytes`, which then begin after it.
    pub(crate) fn read(bytes: &mut &'static [u8]) -> Self {
        let len = u32_at(bytes, 0) as usize;
        let bits = u32_at(bytes, 4);
        let (offsets, rest) = bytes[8..].split_at(((1 << bits) + 1) * 4);
        let (keys, rest) = rest.split_at(len * 8);
        let (values, rest) = rest.split_at(len * V::WIDTH);
        *bytes = rest;
        Self {
            offsets,
            keys,
            values,
            shift: 64 - bits,
            len,
            value: PhantomData,
        }
    }

    /// The value of `key`, if the table holds it.
    pub(crate) fn get(&self, key: u64) -> Option<V> {
        let key = key.wrapping_mul(MIX);
        let bucket = (key >> self.shift) as usize;
        let (from, to) = (
            u32_at(self.offsets, bucket * 4),
            u32_at(self.offsets, bucket * 4 + 4),
        );
        for i in from as usize..to as usize {
            let k = u64_at(self.keys, i);
            if k == key {
                return Some(V::take(&self.values[i * V::WIDTH..(i + 1) * V::WIDTH]));
            }
            if k > key {
                break;
            }
        }
        None
    }

    /// How many keys the table holds.
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

/// The little-endian u32 at byte `at`.
pub(crate) fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let mut b = [0; 4];
    b.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(b)
}

/// The `i`th little-endian u64.
fn u64_at(bytes: &[u8], i: usize) -> u64 {
    let mut b = [0; 8];
    b.copy_from_slice(&bytes[i * 8..i * 8 + 8]);
    u64::from_le_bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table written and leaked, as the binary holds it.
    fn frozen<V: Value>(entries: &[(u64, V)]) -> Frozen<V> {
        let mut out = Vec::new();
        write(entries.iter().copied(), &mut out);
        out.extend_from_slice(b"after");
        let mut bytes: &'static [u8] = Box::leak(out.into_boxed_slice());
        let table = Frozen::read(&mut bytes);
        assert_eq!(bytes, b"after", "the next table begins after this one");
        table
    }

    #[test]
    fn every_key_reads_back_its_value_and_no_other_key_is_found() {
        // Keys clustered in their low bits, as hashes of near words are not,
        // and the extremes.
        let entries: Vec<(u64, u32)> = (0..5000u64)
            .map(|i| (i * 8, i as u32 * 3))
            .chain([(u64::MAX, 7), (1 << 63, 9)])
            .collect();
        let table = frozen(&entries);
        assert_eq!(table.len(), entries.len());
        for &(k, v) in &entries {
            assert_eq!(table.get(k), Some(v), "key {k}");
        }
        for k in (0..5000u64).map(|i| i * 8 + 1) {
            assert_eq!(table.get(k), None, "key {k}");
        }
    }

    #[test]
    fn empty_and_unit_tables_answer() {
        let empty = frozen::<u8>(&[]);
        assert_eq!(empty.get(0), None);
        assert_eq!(empty.get(42), None);
        let set = frozen(&[(3, ()), (0, ())]);
        assert_eq!(set.get(0), Some(()));
        assert_eq!(set.get(3), Some(()));
        assert_eq!(set.get(4), None);
    }
}
