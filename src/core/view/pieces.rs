//! Laying out a very long paragraph a piece at a time.
//!
//! The layout engine's working buffers grow with the paragraph: a file that
//! is one 10 MB line took about 380 MB at its peak to lay out whole. Cut at
//! spaces into pieces of at most [`PIECE_BYTES`], it is laid out piece after
//! piece and the lines joined, their offsets moved to the paragraph's, so the
//! buffers stay the size of a piece. A piece ends a line of its own, and its
//! direction is decided by its own text: for lines this long (no article has
//! them) that is the price of bounded memory, as `qari render` pays it.

use qari_layout::{LayoutOptions, Layouter, ParagraphLayout};
use unicode_segmentation::GraphemeCursor;

use crate::core::document::count_chars;

/// Paragraphs longer than this, in bytes, are laid out in pieces this long.
pub const PIECE_BYTES: usize = 64 << 10;

/// The layout of `text`, in pieces when it is longer than [`PIECE_BYTES`].
pub fn lay_out(layouter: &mut Layouter, text: &str, options: &LayoutOptions) -> ParagraphLayout {
    if text.len() <= PIECE_BYTES {
        return layouter.layout(text, options);
    }
    let mut lines = Vec::new();
    let mut direction = None;
    let mut base: u32 = 0;
    let mut rest = text;
    while !rest.is_empty() {
        let (piece, tail) = rest.split_at(piece_end(rest, PIECE_BYTES));
        let layout = layouter.layout(piece, options);
        direction.get_or_insert(layout.direction);
        for mut line in layout.lines {
            for cell in &mut line.cells {
                cell.offset = cell.offset.saturating_add(base);
            }
            line.start = line.start.saturating_add(base);
            line.end = line.end.saturating_add(base);
            lines.push(line);
        }
        base = base.saturating_add(u32::try_from(count_chars(piece)).unwrap_or(u32::MAX));
        rest = tail;
    }
    ParagraphLayout {
        direction: direction.unwrap_or_default(),
        lines,
    }
}

/// Where the first piece of `text` ends: after the last space within `max`
/// bytes (if one is in its second half), else at the last grapheme boundary
/// within them, so that no letter loses its marks.
fn piece_end(text: &str, max: usize) -> usize {
    if text.len() <= max {
        return text.len();
    }
    let window = &text.as_bytes()[..max];
    if let Some(space) = memchr::memrchr(b' ', window).filter(|&i| i >= max / 2) {
        return space + 1;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut cursor = GraphemeCursor::new(end, text.len(), true);
    if cursor.is_boundary(text, 0).unwrap_or(true) {
        return end;
    }
    match cursor.prev_boundary(text, 0) {
        Ok(Some(b)) if b > 0 => b,
        // One cluster longer than a piece: cut between characters.
        _ => end.max(text.chars().next().map_or(1, char::len_utf8)),
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
    }

    #[test]
    fn a_long_paragraph_in_pieces_covers_every_character_once_within_the_width() {
        let word = "\u{643}\u{627}\u{632}\u{627}\u{62E}\u{633}\u{62A}\u{627}\u{646} Tokayev ";
        let text = word.repeat(3 * PIECE_BYTES / word.len());
        let options = LayoutOptions {
            width: Some(40),
            ..LayoutOptions::default()
        };
        let layout = lay_out(&mut Layouter::new(), &text, &options);
        let mut next = 0;
        for line in &layout.lines {
            assert_eq!(line.start, next);
            assert!(line.width <= 40);
            next = line.end;
        }
        assert_eq!(next as usize, text.chars().count());
        let mut offsets: Vec<u32> = layout
            .lines
            .iter()
            .flat_map(|l| l.cells.iter().map(|c| c.offset))
            .collect();
        let cells = offsets.len();
        offsets.sort_unstable();
        offsets.dedup();
        assert_eq!(offsets.len(), cells, "every cluster once");
    }
}
