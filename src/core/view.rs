//! Paragraph layouts cached by (paragraph, width), and the mapping between
//! logical positions and screen lines.
//!
//! Paragraphs are laid out only when a position near them is asked for, so a
//! huge document's first screen costs a screenful of layout, and a scroll key
//! costs a lookup. The scroll position is an [`Anchor`]: a paragraph and a code
//! point offset inside it. The line on screen ([`LinePos`]) is derived from the
//! anchor at the current width, so re-wrapping after a resize keeps the same text
//! at the top instead of the same line number.
//!
//! A paragraph longer than 64 KiB (a file with no line breaks) is laid out
//! in pieces (`view/pieces.rs`), and a line is then numbered within its piece
//! ([`LinePos::piece`]), so the first screen, `G` or a jump deep into a 1 GiB
//! line lays out only the pieces it shows, never what lies before them.
//! Layouts are kept within a budget of bytes (`view/cache.rs`), not a count
//! of paragraphs, so memory stays bounded whatever the document's shape.
//!
//! Justification happens here too, on the lines handed out for a screen (the
//! cache keeps them as laid out): a wrapped line's inner spaces are widened
//! until its content spans the column, so drawing stays a copy of cells.

use std::collections::HashMap;

use crate::core::document::Document;
use qari_layout::{LayoutOptions, Layouter, ParagraphLayout, VisualLine};

use cache::LayoutCache;
pub use justify::justify;
use pieces::{Piece, PieceTable, PIECE_BYTES};

/// A logical position: code point `offset` inside paragraph `paragraph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Anchor {
    pub paragraph: usize,
    pub offset: u32,
}

/// A visual line at the current width: line `line` of piece `piece` of
/// paragraph `paragraph`. A paragraph is one piece unless it is very long
/// (see `view/pieces.rs`); numbering lines within a piece lets the view move
/// through a long paragraph without laying out what lies before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct LinePos {
    pub paragraph: usize,
    pub piece: usize,
    pub line: usize,
}

/// One line as it will be drawn inside the text column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreenLine {
    pub paragraph: usize,
    /// Columns of padding before the line (right-aligns right-to-left paragraphs).
    pub indent: usize,
    pub line: VisualLine,
}

/// Layouts of one document's paragraphs, made on demand.
#[derive(Debug)]
pub struct View {
    options: LayoutOptions,
    width: usize,
    cache: LayoutCache,
    /// Where the long paragraphs are cut, found as far as asked.
    tables: HashMap<usize, PieceTable>,
    /// Paragraphs longer than this many bytes are laid out in pieces.
    piece_bytes: usize,
    /// Fill wrapped lines to the width (see [`justify`]).
    justify: bool,
    /// Working buffers reused from one piece's layout to the next.
    layouter: Layouter,
}

impl View {
    /// A view laying paragraphs out at `width` cells (at least 1).
    pub fn new(options: LayoutOptions, width: usize) -> Self {
        Self {
            options,
            width: width.max(1),
            cache: LayoutCache::default(),
            tables: HashMap::new(),
            piece_bytes: PIECE_BYTES,
            justify: false,
            layouter: Layouter::new(),
        }
    }

    /// Lay paragraphs longer than `bytes` out in pieces of at most that many
    /// bytes (64 KiB unless set; tests use small pieces). Forgets every layout.
    pub fn set_piece_bytes(&mut self, bytes: usize) {
        self.piece_bytes = bytes.max(1);
        self.clear();
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// Change the wrapping width; layouts at other widths stay cached.
    pub fn set_width(&mut self, width: usize) {
        self.width = width.max(1);
    }

    /// Fill the wrapped lines of paragraphs (not their last lines) to the width.
    pub fn set_justify(&mut self, justify: bool) {
        self.justify = justify;
    }

    /// Whether wrapped lines are filled to the width.
    pub fn justify(&self) -> bool {
        self.justify
    }

    /// Forget every layout (the document changed under the view).
    pub fn clear(&mut self) {
        self.cache.clear();
        self.tables.clear();
    }

    /// The direction of paragraphs without a strong character (the document's).
    pub fn set_fallback_direction(&mut self, direction: qari_layout::Direction) {
        self.options.fallback_direction = direction;
    }

    /// How a paragraph's own direction is found.
    pub fn set_base(&mut self, base: qari_layout::BaseDirection) {
        self.options.base = base;
    }

    /// How the article's paragraphs find their direction (the interface's
    /// own lines go by their first letter whatever this is).
    pub fn base(&self) -> qari_layout::BaseDirection {
        self.options.base
    }

    /// Layouts kept (of paragraphs or pieces, at any width).
    pub fn cached(&self) -> usize {
        self.cache.len()
    }

    /// Bytes the kept layouts hold, about: bounded whatever the document.
    pub fn cached_bytes(&self) -> usize {
        self.cache.bytes()
    }

    /// Piece `k` of paragraph `p`, if it has that many.
    fn piece(&mut self, doc: &Document, p: usize, k: usize) -> Option<Piece> {
        let text = doc.paragraph(p);
        if text.len() <= self.piece_bytes {
            return (k == 0).then_some(Piece {
                bytes: 0..text.len(),
                base: 0,
            });
        }
        let max = self.piece_bytes;
        self.tables
            .entry(p)
            .or_insert_with(|| PieceTable::new(max))
            .piece(text, k)
    }

    /// How many pieces paragraph `p` has.
    fn pieces(&mut self, doc: &Document, p: usize) -> usize {
        let text = doc.paragraph(p);
        if text.len() <= self.piece_bytes {
            return 1;
        }
        let max = self.piece_bytes;
        self.tables
            .entry(p)
            .or_insert_with(|| PieceTable::new(max))
            .count(text)
    }

    /// The piece of paragraph `p` holding code point `offset`.
    fn holding(&mut self, doc: &Document, p: usize, offset: u32) -> usize {
        let text = doc.paragraph(p);
        if text.len() <= self.piece_bytes {
            return 0;
        }
        let max = self.piece_bytes;
        self.tables
            .entry(p)
            .or_insert_with(|| PieceTable::new(max))
            .holding(text, offset)
    }

    /// The layout of piece `k` of paragraph `p` (its last piece when it has
    /// fewer) at the current width; never without lines.
    fn laid(&mut self, doc: &Document, p: usize, k: usize) -> &ParagraphLayout {
        let (k, piece) = match self.piece(doc, p, k) {
            Some(piece) => (k, piece),
            None => {
                let last = self.pieces(doc, p) - 1;
                let piece = self.piece(doc, p, last).unwrap_or(Piece {
                    bytes: 0..doc.paragraph(p).len(),
                    base: 0,
                });
                (last, piece)
            }
        };
        let options = LayoutOptions {
            width: Some(self.width),
            ..self.options.clone()
        };
        let layouter = &mut self.layouter;
        // The engine gives every paragraph at least one line, an empty one included.
        self.cache.get_or_make((p, k, self.width), || {
            pieces::lay_out(layouter, doc.paragraph(p), &piece, &options)
        })
    }

    fn line_count(&mut self, doc: &Document, p: usize, k: usize) -> usize {
        self.laid(doc, p, k).lines.len()
    }

    /// The line at `pos`, as laid out (not justified); the last line of its
    /// piece when `pos` is past it.
    pub fn line(&mut self, doc: &Document, pos: LinePos) -> &VisualLine {
        let lines = &self.laid(doc, pos.paragraph, pos.piece).lines;
        &lines[pos.line.min(lines.len() - 1)]
    }

    /// The line showing `anchor`: the last line starting at or before its offset.
    pub fn line_of(&mut self, doc: &Document, anchor: Anchor) -> LinePos {
        let paragraph = anchor
            .paragraph
            .min(doc.paragraph_count().saturating_sub(1));
        let piece = self.holding(doc, paragraph, anchor.offset);
        let lines = &self.laid(doc, paragraph, piece).lines;
        let line = lines
            .partition_point(|l| l.start <= anchor.offset)
            .saturating_sub(1);
        LinePos {
            paragraph,
            piece,
            line,
        }
    }

    /// The anchor of a line: the offset of its first character.
    pub fn anchor_of(&mut self, doc: &Document, pos: LinePos) -> Anchor {
        let offset = self.line(doc, pos).start;
        Anchor {
            paragraph: pos.paragraph,
            offset,
        }
    }

    /// `n` lines further down, stopping at the document's last line.
    pub fn forward(&mut self, doc: &Document, mut pos: LinePos, mut n: usize) -> LinePos {
        let last = doc.paragraph_count().saturating_sub(1);
        while n > 0 {
            let remaining = self.line_count(doc, pos.paragraph, pos.piece) - 1 - pos.line;
            if n <= remaining {
                pos.line += n;
                break;
            }
            let next = if self.piece(doc, pos.paragraph, pos.piece + 1).is_some() {
                LinePos {
                    piece: pos.piece + 1,
                    line: 0,
                    ..pos
                }
            } else if pos.paragraph < last {
                LinePos {
                    paragraph: pos.paragraph + 1,
                    piece: 0,
                    line: 0,
                }
            } else {
                pos.line += remaining;
                break;
            };
            n -= remaining + 1;
            pos = next;
        }
        pos
    }

    /// `n` lines further up, stopping at the first line.
    pub fn backward(&mut self, doc: &Document, mut pos: LinePos, mut n: usize) -> LinePos {
        while n > 0 {
            if n <= pos.line {
                pos.line -= n;
                break;
            }
            let (paragraph, piece) = if pos.piece > 0 {
                (pos.paragraph, pos.piece - 1)
            } else if pos.paragraph > 0 {
                let paragraph = pos.paragraph - 1;
                (paragraph, self.pieces(doc, paragraph) - 1)
            } else {
                pos.line = 0;
                break;
            };
            n -= pos.line + 1;
            pos = LinePos {
                paragraph,
                piece,
                line: self.line_count(doc, paragraph, piece) - 1,
            };
        }
        pos
    }

    /// The document's last line.
    pub fn end(&mut self, doc: &Document) -> LinePos {
        let paragraph = doc.paragraph_count().saturating_sub(1);
        let piece = self.pieces(doc, paragraph) - 1;
        LinePos {
            paragraph,
            piece,
            line: self.line_count(doc, paragraph, piece) - 1,
        }
    }

    /// The lowest top line that still fills a screen of `height` lines.
    pub fn last_top(&mut self, doc: &Document, height: usize) -> LinePos {
        let end = self.end(doc);
        self.backward(doc, end, height.saturating_sub(1))
    }

    /// Up to `height` lines from `top`, aligned in a column of the current width.
    pub fn visible(&mut self, doc: &Document, top: LinePos, height: usize) -> Vec<ScreenLine> {
        let mut out = Vec::with_capacity(height.min(1024));
        let mut pos = top;
        let width = self.width;
        let justified = self.justify;
        while out.len() < height && pos.paragraph < doc.paragraph_count() {
            // A paragraph's last line is not filled; a piece's last line is,
            // unless its piece is the last.
            let last_piece = self.piece(doc, pos.paragraph, pos.piece + 1).is_none();
            let laid = self.laid(doc, pos.paragraph, pos.piece);
            let last = laid.lines.len() - 1;
            for (i, line) in laid.lines.iter().enumerate().skip(pos.line) {
                if out.len() == height {
                    break;
                }
                let mut line = line.clone();
                if justified && (i < last || !last_piece) {
                    justify(&mut line, width);
                }
                out.push(ScreenLine {
                    paragraph: pos.paragraph,
                    indent: laid.indent(&line, width),
                    line,
                });
            }
            pos = if last_piece {
                LinePos {
                    paragraph: pos.paragraph + 1,
                    piece: 0,
                    line: 0,
                }
            } else {
                LinePos {
                    piece: pos.piece + 1,
                    line: 0,
                    ..pos
                }
            };
        }
        out
    }
}

mod cache;
mod justify;
mod pieces;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod piece_tests;
