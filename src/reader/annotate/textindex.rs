//! Code point offsets <-> byte offsets in a long text, without a table per
//! character: the byte offset of every [`STRIDE`]th code point is kept, and
//! the rest is a short walk. An article of 100 MB would need 800 MB for a full
//! table; this needs 1/8 byte per code point.

use std::ops::Range;

/// Code points between checkpoints.
const STRIDE: usize = 64;

#[derive(Debug, Clone)]
pub struct TextIndex<'a> {
    text: &'a str,
    /// Byte offset of code point `i * STRIDE`.
    checkpoints: Vec<usize>,
    chars: usize,
}

impl<'a> TextIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut chars = 0;
        for (b, _) in text.char_indices() {
            if chars % STRIDE == 0 {
                checkpoints.push(b);
            }
            chars += 1;
        }
        Self {
            text,
            checkpoints,
            chars,
        }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Code points in the text.
    pub fn len(&self) -> usize {
        self.chars
    }

    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }

    /// Byte offset of code point `cp` (the text's length at or past the end).
    pub fn byte_at(&self, cp: usize) -> usize {
        if cp >= self.chars {
            return self.text.len();
        }
        let base = self.checkpoints[cp / STRIDE];
        self.text[base..]
            .char_indices()
            .nth(cp % STRIDE)
            .map_or(self.text.len(), |(b, _)| base + b)
    }

    /// Code point offset of byte `byte`, a char boundary.
    pub fn cp_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = self.checkpoints.partition_point(|&b| b <= byte);
        let Some(k) = k.checked_sub(1) else {
            return 0;
        };
        let base = self.checkpoints[k];
        k * STRIDE
            + self.text[base..]
                .char_indices()
                .take_while(|&(b, _)| base + b < byte)
                .count()
    }

    /// The text of code points `span` (clamped).
    pub fn slice(&self, span: Range<usize>) -> &'a str {
        let start = self.byte_at(span.start);
        let end = self.byte_at(span.end.max(span.start));
        &self.text[start..end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_both_ways_in_mixed_text() {
        let text: String = "قال abc ☃ 🙂 ".repeat(40);
        let index = TextIndex::new(&text);
        assert_eq!(index.len(), text.chars().count());
        for (cp, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(index.byte_at(cp), b, "cp {cp}");
            assert_eq!(index.cp_at(b), cp, "byte {b}");
        }
        assert_eq!(index.byte_at(index.len()), text.len());
        assert_eq!(index.cp_at(text.len()), index.len());
        assert_eq!(index.slice(0..3), "قال");
        assert_eq!(index.slice(5..500_000).chars().count(), index.len() - 5);
        assert_eq!(TextIndex::new("").byte_at(3), 0);
    }
}
