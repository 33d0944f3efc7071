//! The view's laid-out pieces, kept within a budget of memory.
//!
//! A layout costs about 20 bytes a character besides its shaped text, so a
//! cache counted in paragraphs (it was 4,096 of them) could hold gigabytes
//! when the paragraphs are long. This one counts the bytes each layout holds
//! and, past [`BUDGET`], forgets the layouts used longest ago, down to three
//! quarters of it, so a scroll key that lays out a piece does not sort the
//! cache every time. What a screen needs is a few pieces at most; everything
//! else is made again on demand.

use std::collections::HashMap;
use std::mem::size_of;

use qari_layout::{Cell, ParagraphLayout, VisualLine};

/// Bytes of layouts kept (about a dozen pieces of the longest kind).
pub const BUDGET: usize = 24 << 20;

/// What a layout is laid out for: paragraph, piece, width.
pub type Key = (usize, usize, usize);

#[derive(Debug)]
struct Entry {
    layout: ParagraphLayout,
    bytes: usize,
    used: u64,
}

/// Layouts by (paragraph, piece, width), at most [`BUDGET`] bytes of them
/// (one layout larger than that is still kept, alone).
#[derive(Debug, Default)]
pub struct LayoutCache {
    entries: HashMap<Key, Entry>,
    bytes: usize,
    clock: u64,
}

impl LayoutCache {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Bytes the kept layouts hold (an estimate from their capacities).
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.bytes = 0;
    }

    /// The layout for `key`, made by `make` when it is not kept.
    pub fn get_or_make(
        &mut self,
        key: Key,
        make: impl FnOnce() -> ParagraphLayout,
    ) -> &ParagraphLayout {
        self.clock += 1;
        if let Some(entry) = self.entries.get_mut(&key) {
            entry.used = self.clock;
        } else {
            let layout = make();
            let bytes = footprint(&layout);
            if self.bytes + bytes > BUDGET {
                self.shrink_to((BUDGET * 3 / 4).saturating_sub(bytes));
            }
            self.bytes += bytes;
            let used = self.clock;
            self.entries.insert(
                key,
                Entry {
                    layout,
                    bytes,
                    used,
                },
            );
        }
        &self.entries[&key].layout
    }

    /// Forget the layouts used longest ago until at most `target` bytes are kept.
    fn shrink_to(&mut self, target: usize) {
        let mut by_age: Vec<(u64, Key, usize)> = self
            .entries
            .iter()
            .map(|(key, e)| (e.used, *key, e.bytes))
            .collect();
        by_age.sort_unstable();
        for (_, key, bytes) in by_age {
            if self.bytes <= target {
                break;
            }
            self.entries.remove(&key);
            self.bytes -= bytes;
        }
    }
}

/// The heap and inline bytes a layout holds.
fn footprint(layout: &ParagraphLayout) -> usize {
    let lines: usize = layout
        .lines
        .iter()
        .map(|l| l.text.capacity() + l.cells.capacity() * size_of::<Cell>())
        .sum();
    size_of::<Entry>() + layout.lines.capacity() * size_of::<VisualLine>() + lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use qari_layout::{LayoutOptions, Layouter};

    #[test]
    fn the_cache_keeps_to_its_budget_and_forgets_the_oldest_first() {
        let text = "abc ".repeat(16 << 10);
        let options = LayoutOptions {
            width: Some(40),
            ..LayoutOptions::default()
        };
        let mut layouter = Layouter::new();
        let mut cache = LayoutCache::default();
        let mut make = |cache: &mut LayoutCache, key: Key| {
            cache
                .get_or_make(key, || layouter.layout(&text, &options))
                .lines
                .len()
        };
        let lines = make(&mut cache, (0, 0, 40));
        let one = cache.bytes();
        assert!(one > text.len(), "{one} bytes for {} of text", text.len());
        let fit = BUDGET / one;
        assert!(fit >= 4, "a budget of {fit} such layouts");
        for k in 1..3 * fit {
            // Piece 0 is used all along: it stays.
            assert_eq!(make(&mut cache, (0, 0, 40)), lines);
            make(&mut cache, (0, k, 40));
            assert!(cache.bytes() <= BUDGET, "{} bytes kept", cache.bytes());
        }
        assert!(cache.entries.contains_key(&(0, 0, 40)));
        assert!(!cache.entries.contains_key(&(0, 1, 40)));
        assert!(cache.len() < fit + 1);
        cache.clear();
        assert_eq!((cache.len(), cache.bytes()), (0, 0));
    }
}
