//! Cutting a very long paragraph into pieces that are laid out one at a time.
//!
//! The layout engine's working buffers grow with the text it is given, and a
//! paragraph's layout costs about 20 bytes a character: a file that is one
//! 50 MB line took 917 MB to show when its whole layout was kept. So a
//! paragraph longer than [`PIECE_BYTES`] is cut, at spaces, into pieces of at
//! most that many bytes; the view lays out only the pieces near what is shown
//! and keeps a bounded number of them (`super::cache`). A piece ends a line
//! of its own, and its direction is decided by its own text: for lines this
//! long (no article has them) that is the price of bounded memory, as `qari
//! render` pays it.
//!
//! The cuts depend on the text alone, never on the width, and a [`PieceTable`]
//! finds them from the paragraph's start only as far as it is asked, so the
//! first screen of a 1 GiB line costs one piece. Each piece knows the code
//! point offset it starts at, so the cells of its lines carry the paragraph's
//! offsets, exactly as a layout of the whole paragraph would.

use std::ops::Range;

use qari_layout::{LayoutOptions, Layouter, ParagraphLayout};
use unicode_segmentation::GraphemeCursor;

use crate::core::document::count_chars;

/// Paragraphs longer than this, in bytes, are laid out in pieces this long.
pub const PIECE_BYTES: usize = 64 << 10;

/// One piece of a paragraph: its bytes, and the code point offset of its start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub bytes: Range<usize>,
    pub base: u32,
}

/// The pieces of one paragraph found so far.
#[derive(Debug, Clone)]
pub struct PieceTable {
    /// The largest piece, in bytes.
    max: usize,
    /// Byte position and code point offset of every cut found: the first is
    /// the paragraph's start, the last the end of the last piece found.
    cuts: Vec<(usize, u32)>,
}

impl PieceTable {
    /// A table for a paragraph cut into pieces of at most `max` bytes.
    pub fn new(max: usize) -> Self {
        Self {
            max: max.max(1),
            cuts: vec![(0, 0)],
        }
    }

    fn complete(&self, text: &str) -> bool {
        self.cuts
            .last()
            .is_some_and(|&(byte, _)| byte >= text.len())
    }

    /// Find one more piece; false when the paragraph has no more.
    fn extend(&mut self, text: &str) -> bool {
        let Some(&(start, offset)) = self.cuts.last() else {
            return false;
        };
        if start >= text.len() {
            return false;
        }
        let end = start + piece_end(&text[start..], self.max);
        let chars = u32::try_from(count_chars(&text[start..end])).unwrap_or(u32::MAX);
        self.cuts.push((end, offset.saturating_add(chars)));
        true
    }

    /// Piece `k` of `text`, if the paragraph has that many. An empty
    /// paragraph has one piece, empty.
    pub fn piece(&mut self, text: &str, k: usize) -> Option<Piece> {
        while self.cuts.len() < k + 2 {
            if !self.extend(text) {
                break;
            }
        }
        if k == 0 && text.is_empty() {
            return Some(Piece {
                bytes: 0..0,
                base: 0,
            });
        }
        let (&(start, base), &(end, _)) = (self.cuts.get(k)?, self.cuts.get(k + 1)?);
        Some(Piece {
            bytes: start..end,
            base,
        })
    }

    /// How many pieces the paragraph has (finding them all).
    pub fn count(&mut self, text: &str) -> usize {
        while self.extend(text) {}
        (self.cuts.len() - 1).max(1)
    }

    /// The piece holding code point `offset` (the last piece for an offset
    /// at or past the paragraph's end).
    pub fn holding(&mut self, text: &str, offset: u32) -> usize {
        while !self.complete(text) && self.cuts.last().is_some_and(|&(_, o)| o <= offset) {
            self.extend(text);
        }
        let pieces = (self.cuts.len() - 1).max(1);
        self.cuts
            .partition_point(|&(_, o)| o <= offset)
            .saturating_sub(1)
            .min(pieces - 1)
    }
}

/// Lay out `piece` of `text`, its offsets moved to the paragraph's.
pub fn lay_out(
    layouter: &mut Layouter,
    text: &str,
    piece: &Piece,
    options: &LayoutOptions,
) -> ParagraphLayout {
    let mut layout = layouter.layout(&text[piece.bytes.clone()], options);
    if piece.base > 0 {
        for line in &mut layout.lines {
            for cell in &mut line.cells {
                cell.offset = cell.offset.saturating_add(piece.base);
            }
            line.start = line.start.saturating_add(piece.base);
            line.end = line.end.saturating_add(piece.base);
        }
    }
    layout
}

/// Where the first piece of `text` ends: after the last space within `max`
/// bytes (if one is in its second half and no mark follows it), else at the
/// last grapheme boundary within them, so that no letter loses its marks.
fn piece_end(text: &str, max: usize) -> usize {
    if text.len() <= max {
        return text.len();
    }
    let half = max / 2;
    // After a space, unless a mark follows it (a space and its marks are one
    // cluster).
    let after_space = memchr::memrchr_iter(b' ', &text.as_bytes()[half..max])
        .map(|i| half + i + 1)
        .find(|&end| GraphemeCursor::new(end, text.len(), true).is_boundary(text, 0) == Ok(true));
    if let Some(end) = after_space {
        return end;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut cursor = GraphemeCursor::new(end, text.len(), true);
    if cursor.is_boundary(text, 0).unwrap_or(true) && end > 0 {
        return end;
    }
    match cursor.prev_boundary(text, 0) {
        Ok(Some(b)) if b > 0 => b,
        // One cluster longer than a piece: cut between characters.
        _ => {
            let first = text.chars().next().map_or(1, char::len_utf8);
            end.max(first)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_end_after_a_space_or_between_clusters() {
        assert_eq!(piece_end("ab cd ef", 7), 6);
        assert_eq!(piece_end("abcdef", 4), 4);
        // بّ: a letter and its shadda, two bytes each; never cut between them.
        let marked = "\u{628}\u{651}".repeat(4);
        assert_eq!(piece_end(&marked, 6), 4);
        assert_eq!(piece_end(&marked, 5), 4);
        assert_eq!(piece_end("short", 10), 5);
        // A space with a shadda on it is one cluster: not cut after the space.
        assert_eq!(piece_end("abc d ef \u{651}gh", 11), 6);
        assert_eq!(piece_end("abcd ef \u{651}gh", 10), 10);
        // A piece smaller than one character still moves on.
        assert_eq!(piece_end("\u{628}\u{628}", 1), 2);
    }

    #[test]
    fn a_table_finds_pieces_only_as_far_as_asked() {
        let text = "abc ".repeat(100);
        let mut table = PieceTable::new(40);
        assert_eq!(
            table.piece(&text, 0),
            Some(Piece {
                bytes: 0..40,
                base: 0
            })
        );
        assert_eq!(table.cuts.len(), 2, "the first piece alone");
        assert_eq!(table.holding(&text, 39), 0);
        assert_eq!(table.holding(&text, 40), 1);
        assert_eq!(table.holding(&text, 399), 9);
        assert_eq!(table.holding(&text, 400), 9);
        assert_eq!(table.count(&text), 10);
        assert_eq!(table.piece(&text, 10), None);
        // Offsets are code points: Arabic letters take two bytes each.
        let text = "\u{628}\u{628} ".repeat(10);
        let mut table = PieceTable::new(10);
        assert_eq!(
            table.piece(&text, 1),
            Some(Piece {
                bytes: 10..20,
                base: 6
            })
        );
        let mut empty = PieceTable::new(10);
        assert_eq!(empty.count(""), 1);
        assert_eq!(
            empty.piece("", 0),
            Some(Piece {
                bytes: 0..0,
                base: 0
            })
        );
        assert_eq!(empty.holding("", 5), 0);
    }
}
