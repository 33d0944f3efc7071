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
//! Justification happens here too, on the lines handed out for a screen (the
//! cache keeps them as laid out): a wrapped line's inner spaces are widened
//! until its content spans the column, so drawing stays a copy of cells.

use std::collections::HashMap;

use crate::core::document::Document;
use qari_layout::{Cell, LayoutOptions, Layouter, ParagraphLayout, VisualLine};

/// Cached layouts beyond this many are dropped (all at once: cheap and simple).
const CACHE_LIMIT: usize = 4096;

/// A logical position: code point `offset` inside paragraph `paragraph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Anchor {
    pub paragraph: usize,
    pub offset: u32,
}

/// A visual line: line `line` of paragraph `paragraph` at the current width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct LinePos {
    pub paragraph: usize,
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
    cache: HashMap<(usize, usize), ParagraphLayout>,
    /// Fill wrapped lines to the width (see [`justify`]).
    justify: bool,
    /// Working buffers reused from one paragraph's layout to the next.
    layouter: Layouter,
}

impl View {
    /// A view laying paragraphs out at `width` cells (at least 1).
    pub fn new(options: LayoutOptions, width: usize) -> Self {
        Self {
            options,
            width: width.max(1),
            cache: HashMap::new(),
            justify: false,
            layouter: Layouter::new(),
        }
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
    }

    /// The direction of paragraphs without a strong character (the document's).
    pub fn set_fallback_direction(&mut self, direction: qari_layout::Direction) {
        self.options.fallback_direction = direction;
    }

    /// Paragraphs laid out so far (at any width).
    pub fn cached(&self) -> usize {
        self.cache.len()
    }

    /// The layout of paragraph `p` at the current width; never without lines.
    pub fn layout(&mut self, doc: &Document, p: usize) -> &ParagraphLayout {
        let key = (p, self.width);
        if !self.cache.contains_key(&key) && self.cache.len() >= CACHE_LIMIT {
            self.cache.clear();
        }
        let options = LayoutOptions {
            width: Some(self.width),
            ..self.options.clone()
        };
        // The engine gives every paragraph at least one line, an empty one included.
        let layouter = &mut self.layouter;
        self.cache
            .entry(key)
            .or_insert_with(|| pieces::lay_out(layouter, doc.paragraph(p), &options))
    }

    fn line_count(&mut self, doc: &Document, p: usize) -> usize {
        self.layout(doc, p).lines.len()
    }

    /// The line showing `anchor`: the last line starting at or before its offset.
    pub fn line_of(&mut self, doc: &Document, anchor: Anchor) -> LinePos {
        let paragraph = anchor
            .paragraph
            .min(doc.paragraph_count().saturating_sub(1));
        let lines = &self.layout(doc, paragraph).lines;
        let line = lines
            .partition_point(|l| l.start <= anchor.offset)
            .saturating_sub(1);
        LinePos { paragraph, line }
    }

    /// The anchor of a line: the offset of its first character.
    pub fn anchor_of(&mut self, doc: &Document, pos: LinePos) -> Anchor {
        let lines = &self.layout(doc, pos.paragraph).lines;
        let offset = lines.get(pos.line).or(lines.last()).map_or(0, |l| l.start);
        Anchor {
            paragraph: pos.paragraph,
            offset,
        }
    }

    /// `n` lines further down, stopping at the document's last line.
    pub fn forward(&mut self, doc: &Document, mut pos: LinePos, mut n: usize) -> LinePos {
        let last = doc.paragraph_count().saturating_sub(1);
        while n > 0 {
            let remaining = self.line_count(doc, pos.paragraph) - 1 - pos.line;
            if n <= remaining {
                pos.line += n;
                break;
            }
            if pos.paragraph >= last {
                pos.line += remaining;
                break;
            }
            n -= remaining + 1;
            pos = LinePos {
                paragraph: pos.paragraph + 1,
                line: 0,
            };
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
            if pos.paragraph == 0 {
                pos.line = 0;
                break;
            }
            n -= pos.line + 1;
            let paragraph = pos.paragraph - 1;
            pos = LinePos {
                paragraph,
                line: self.line_count(doc, paragraph) - 1,
            };
        }
        pos
    }

    /// The document's last line.
    pub fn end(&mut self, doc: &Document) -> LinePos {
        let paragraph = doc.paragraph_count().saturating_sub(1);
        LinePos {
            paragraph,
            line: self.line_count(doc, paragraph) - 1,
        }
    }

    /// The lowest top line that still fills a screen of `height` lines.
    pub fn last_top(&mut self, doc: &Document, height: usize) -> LinePos {
        let end = self.end(doc);
        self.backward(doc, end, height.saturating_sub(1))
    }

    /// Up to `height` lines from `top`, aligned in a column of the current width.
    pub fn visible(&mut self, doc: &Document, top: LinePos, height: usize) -> Vec<ScreenLine> {
        let mut out = Vec::with_capacity(height);
        let mut pos = top;
        let width = self.width;
        let justified = self.justify;
        while out.len() < height && pos.paragraph < doc.paragraph_count() {
            let laid = self.layout(doc, pos.paragraph);
            let last = laid.lines.len() - 1;
            for (i, line) in laid.lines.iter().enumerate().skip(pos.line) {
                if out.len() == height {
                    break;
                }
                let mut line = line.clone();
                if justified && i < last {
                    justify(&mut line, width);
                }
                out.push(ScreenLine {
                    paragraph: pos.paragraph,
                    indent: laid.indent(&line, width),
                    line,
                });
            }
            pos = LinePos {
                paragraph: pos.paragraph + 1,
                line: 0,
            };
        }
        out
    }
}

/// Widen the spaces between the words of `line` so that its content spans
/// `width` columns: spaces at either visual end take no room, the others share
/// the extra columns (the first ones in reading order one more, when they do
/// not divide evenly). A line without an inner space is left as it is. The
/// order of the cells is visual, so right-to-left lines need nothing special.
pub fn justify(line: &mut VisualLine, width: usize) {
    let is_space = |c: &Cell| c.width == 1 && line.cell_text(c) == " ";
    let spaces: Vec<bool> = line.cells.iter().map(is_space).collect();
    let content = |i: &usize| line.cells[*i].width > 0 && !spaces[*i];
    let (Some(first), Some(last)) = (
        (0..line.cells.len()).find(content),
        (0..line.cells.len()).rev().find(content),
    ) else {
        return;
    };
    let mut inner: Vec<usize> = (first..last).filter(|&i| spaces[i]).collect();
    if inner.is_empty() {
        return;
    }
    for (i, cell) in line.cells.iter_mut().enumerate() {
        if spaces[i] && !(first..last).contains(&i) {
            cell.width = 0;
        }
    }
    let used: usize = line.cells.iter().map(|c| usize::from(c.width)).sum();
    let Some(extra) = width.checked_sub(used).filter(|&e| e > 0) else {
        line.width = used;
        return;
    };
    inner.sort_by_key(|&i| line.cells[i].offset);
    let (each, rest) = (extra / inner.len(), extra % inner.len());
    for (n, &i) in inner.iter().enumerate() {
        let add = each + usize::from(n < rest);
        let cell = &mut line.cells[i];
        cell.width = cell
            .width
            .saturating_add(u16::try_from(add).unwrap_or(u16::MAX));
    }
    line.width = width;
}

mod pieces;

#[cfg(test)]
mod tests;
