//! PURE: byte offsets (what `regex` reports) to code points (what a document
//! offset is) and back.
//!
//! Hits come in text order, so one [`CharCounter`] converts all of them in a
//! single pass, counting only the bytes between one hit and the next. A lone
//! offset goes through the document's paragraph table instead, so only the
//! paragraph it falls in is walked.

use std::ops::Range;

use crate::core::document::{count_chars, Document};

/// Converts increasing byte offsets of a text into code point offsets.
#[derive(Debug, Clone)]
pub struct CharCounter<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharCounter<'t> {
    pub fn new(text: &'t str) -> Self {
        Self::starting_at(text, 0, 0)
    }

    /// A counter that knows byte `byte` of `text` is code point `chars`.
    pub fn starting_at(text: &'t str, byte: usize, chars: usize) -> Self {
        Self { text, byte, chars }
    }

    /// The code point offset of byte `byte` (at or after the last one asked).
    pub fn char_at(&mut self, byte: usize) -> usize {
        if byte >= self.byte {
            self.chars += count_chars(&self.text[self.byte..byte]);
        } else {
            self.chars -= count_chars(&self.text[byte..self.byte]);
        }
        self.byte = byte;
        self.chars
    }

    pub fn char_range(&mut self, bytes: Range<usize>) -> Range<usize> {
        let start = self.char_at(bytes.start);
        start..self.char_at(bytes.end)
    }
}

/// The byte offset of code point `offset` of the document (its end when past it).
pub fn byte_of(doc: &Document, offset: usize) -> usize {
    if doc.paragraph_count() == 0 || offset >= doc.len() {
        return doc.text().len();
    }
    let p = doc.span(doc.paragraph_at(offset));
    let within = offset - p.offset;
    let text = &doc.text()[p.byte_start..];
    p.byte_start
        + text
            .char_indices()
            .nth(within)
            .map_or(text.len(), |(b, _)| b)
}

/// The code point offset of byte `byte` of the document (a char boundary).
pub fn char_of(doc: &Document, byte: usize) -> usize {
    let count = doc.paragraph_count();
    if count == 0 {
        return 0;
    }
    // The last paragraph starting at or before `byte`.
    let (mut lo, mut hi) = (0, count);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if doc.span(mid).byte_start <= byte {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let p = doc.span(lo);
    let end = byte.min(doc.text().len());
    p.offset + count_chars(&doc.text()[p.byte_start.min(end)..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_code_points_map_both_ways() {
        let doc = Document::from_bytes("t", "سلام\nab\n\nجَ x".as_bytes()).expect("text");
        let text = doc.text();
        for (cp, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(byte_of(&doc, cp), byte, "cp {cp}");
            assert_eq!(char_of(&doc, byte), cp, "byte {byte}");
        }
        assert_eq!(byte_of(&doc, doc.len()), text.len());
        assert_eq!(char_of(&doc, text.len()), doc.len());
    }

    #[test]
    fn a_counter_goes_forward_and_back() {
        let text = "اب cd جد";
        let mut c = CharCounter::new(text);
        assert_eq!(c.char_at(4), 2);
        assert_eq!(c.char_range(5..7), 3..5);
        assert_eq!(c.char_at(text.len()), 8);
        assert_eq!(c.char_at(2), 1);
    }
}
