#![warn(missing_docs)]
#![warn(unreachable_pub)]
//! Bidirectional layout for a terminal: a paragraph and a width in, visual lines of
//! cells out, for Arabic, Latin and anything mixed.
//!
//! Every cell remembers the logical (code point) offset of the grapheme cluster it
//! shows, so highlights, selections, search hits and mouse clicks all map through
//! this one table in both directions. Nothing here knows about terminals.
//!
//! The pipeline for one paragraph, all in logical order until the last step:
//! 1. direction by UAX #9 P2/P3 ([`paragraph_direction`]) or as the options say
//!    ([`base_direction`]), else the fallback;
//! 2. grapheme clusters, sanitised and measured (`units`): control characters become
//!    visible pictures, bidi format characters draw nothing, widths are per cluster;
//! 3. embedding levels for the whole paragraph (`resolve`: a direct implementation of
//!    the weak, neutral and implicit rules for plain paragraphs, unicode-bidi for
//!    paragraphs with explicit embeddings or isolates);
//! 4. Arabic shaping over the whole paragraph (`shape`), which only changes the drawn
//!    text, never the offsets; a lam-alef ligature merges two clusters into one cell;
//! 5. line breaking at UAX #14 opportunities (`wrap`);
//! 6. per line: L1, L2 over clusters (so marks stay after their base), L4 mirroring,
//!    and the cells (`bidi`, `emit`).
//!
//! Character properties and grapheme clusters of Latin, Arabic and punctuation take
//! one table look-up per character (`chars`, `clusters`); with that, rendering
//! Arabic text without wrapping and with shaping costs about 0.8 of the
//! instructions GNU FriBidi (`fribidi --nobreak --nopad`) spends on it.
//! [`send_order`] serves terminals that reorder lines themselves.
//!
//! Rules worth knowing when reading the output:
//! - Tabs expand to the next multiple of `tab_width` counted in the line's logical
//!   columns (the widths of the clusters before the tab on the same line, in logical
//!   order), drawn as spaces.
//! - With a width set, whitespace at the end of a line hangs: it keeps its cells (so
//!   offsets still map) but they have width 0 and draw nothing, so no line is wider
//!   than the width. Without a width nothing hangs.
//! - A single cluster wider than the width (a wide character at width 1) gets a line
//!   of its own; that is the only way a line can exceed the width.
//! - A combining mark with no base (at the paragraph start or after a control) is
//!   drawn on a dotted circle U+25CC, width 1, so it cannot attach to another cell.
//!
//! ```
//! use qari_layout::{layout_paragraph, Direction, LayoutOptions};
//!
//! // كتب Alice رسالة ("Alice wrote a letter") at 10 columns.
//! let text = "\u{0643}\u{062A}\u{0628} Alice \u{0631}\u{0633}\u{0627}\u{0644}\u{0629}";
//! let opts = LayoutOptions { width: Some(10), ..LayoutOptions::default() };
//! let layout = layout_paragraph(text, &opts);
//! assert_eq!(layout.direction, Direction::Rtl);
//! assert_eq!(layout.lines.len(), 2);
//!
//! // Left to right as drawn: the Latin word, then the first Arabic word reversed.
//! // The space the line breaks after hangs at the left edge, drawing nothing.
//! let first = &layout.lines[0];
//! assert_eq!(first.text, "Alice \u{0628}\u{062A}\u{0643}");
//! let a = first.cell_at_column(0).expect("a cell at column 0");
//! assert_eq!((first.cell_text(a), a.offset), ("A", 4));
//!
//! // The paragraph's first letter is the line's rightmost cell, and the line is
//! // right-aligned: one column of padding at width 10.
//! assert_eq!(layout.locate(0), Some((0, first.cells.len() - 1)));
//! assert_eq!(layout.indent(first, 10), 1);
//! ```

mod bidi;
mod chars;
mod clusters;
mod emit;
mod forms;
mod resolve;
mod send_order;
mod shape;
mod units;
mod wrap;

pub use bidi::{base_direction, char_visual_order, paragraph_direction, CharOrder, LetterCount};
pub use send_order::{mirrored_unit, send_order, send_order_for, SendOrder};
pub use units::display_text;

/// Paragraph (base) direction: which side lines start from and which way runs
/// without a strong direction of their own go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// Left to right: paragraph level 0, lines aligned left.
    #[default]
    Ltr,
    /// Right to left: paragraph level 1, lines aligned right.
    Rtl,
}

/// How a paragraph's direction is found (UAX #9 leaves it to a higher-level
/// protocol, HL1, to set it otherwise than by P2/P3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BaseDirection {
    /// By its first strong letter, as UAX #9 P2/P3 say (and GNU FriBidi does).
    #[default]
    FirstLetter,
    /// By most of its strong letters: "CNN: قال الرئيس …" is right to left.
    /// A tie goes to the first letter.
    MostLetters,
    /// Every paragraph with a strong letter in this direction.
    Fixed(Direction),
}

/// Options that drive the layout of one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Maximum line width in terminal cells; `None` lays the paragraph out as one line.
    pub width: Option<usize>,
    /// Replace Arabic letters with their presentation forms (for terminals that do not join).
    pub shape: bool,
    /// Direction taken by a paragraph without a strong character (UAX #9 P2/P3 found none).
    pub fallback_direction: Direction,
    /// How a paragraph's own direction is found.
    pub base: BaseDirection,
    /// Tab stops every this many cells.
    pub tab_width: usize,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            width: Some(80),
            shape: false,
            fallback_direction: Direction::Ltr,
            base: BaseDirection::FirstLetter,
            tab_width: 8,
        }
    }
}

/// One grapheme cluster as drawn: what the terminal is sent and what it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// Where the drawn text starts in [`VisualLine::text`], in bytes.
    pub text_start: u32,
    /// Bytes of the drawn text; 0 for a cell that draws nothing.
    pub text_len: u32,
    /// Code point offset of the cluster's first code point within the paragraph.
    pub offset: u32,
    /// Number of code points of the paragraph that this cluster covers.
    pub len: u32,
    /// Columns the terminal uses for it (0 for removed bidi controls and the like).
    pub width: u16,
    /// Resolved embedding level; odd is right-to-left.
    pub level: u8,
}

impl Cell {
    /// Whether the cluster sits at an odd (right-to-left) level: there, rule L4 has
    /// drawn a bracket mirrored, and a caret before the cluster goes at its right edge.
    pub fn is_rtl(&self) -> bool {
        self.level % 2 == 1
    }

    /// Whether the code point at `offset` belongs to this cell.
    pub fn contains(&self, offset: u32) -> bool {
        self.offset <= offset && offset < self.offset + self.len
    }
}

/// One line on screen, cells left to right in visual order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VisualLine {
    /// The drawn text of all cells, in visual order (cells index into it).
    pub text: String,
    /// The line's clusters, left to right as drawn.
    pub cells: Vec<Cell>,
    /// Sum of the cells' widths.
    pub width: usize,
    /// First code point of the paragraph that this line shows.
    pub start: u32,
    /// End (exclusive) of the code points this line shows; the next line starts here.
    pub end: u32,
}

impl VisualLine {
    /// The drawn text of a cell.
    pub fn cell_text(&self, cell: &Cell) -> &str {
        let s = cell.text_start as usize;
        &self.text[s..s + cell.text_len as usize]
    }

    /// The cell drawn at column `col` (0 is the line's left edge), skipping cells of
    /// width 0; `None` past the end of the line.
    pub fn cell_at_column(&self, col: usize) -> Option<&Cell> {
        let mut x = 0;
        for cell in &self.cells {
            let w = usize::from(cell.width);
            if col < x + w {
                return Some(cell);
            }
            x += w;
        }
        None
    }

    /// Column of the left edge of the cell at `index`.
    pub fn column_of(&self, index: usize) -> usize {
        self.cells[..index.min(self.cells.len())]
            .iter()
            .map(|c| usize::from(c.width))
            .sum()
    }

    /// Index of the cell showing the code point at `offset`, if it is on this line.
    pub(crate) fn cell_index_of(&self, offset: u32) -> Option<usize> {
        if offset < self.start || offset >= self.end {
            return None;
        }
        self.cells.iter().position(|c| c.contains(offset))
    }
}

/// A paragraph laid out at one width.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParagraphLayout {
    /// The direction the paragraph was laid out in: its own (P2/P3) or the fallback.
    pub direction: Direction,
    /// Lines top to bottom, in logical order; never empty (an empty paragraph has
    /// one empty line).
    pub lines: Vec<VisualLine>,
}

impl ParagraphLayout {
    /// Columns of left padding that align `line` in a column of `width` cells
    /// (right-to-left paragraphs are right-aligned).
    pub fn indent(&self, line: &VisualLine, width: usize) -> usize {
        match self.direction {
            Direction::Ltr => 0,
            Direction::Rtl => width.saturating_sub(line.width),
        }
    }

    /// The (line index, cell index) showing the code point at `offset`.
    pub fn locate(&self, offset: u32) -> Option<(usize, usize)> {
        let line = self.lines.partition_point(|l| l.end <= offset);
        let cell = self.lines.get(line)?.cell_index_of(offset)?;
        Some((line, cell))
    }
}

/// Lays out paragraphs, reusing its working buffers from one paragraph to the next.
///
/// [`layout_paragraph`] makes a fresh one per call; a loop over many paragraphs (the
/// `render` command) keeps one to avoid reallocating the per-cluster tables.
#[derive(Debug, Default)]
pub struct Layouter {
    work: emit::Work,
}

impl Layouter {
    /// A layouter with empty buffers; they grow to the largest paragraph seen.
    pub fn new() -> Self {
        Self::default()
    }

    /// Lay out one paragraph (no line end inside) with `opts`.
    pub fn layout(&mut self, text: &str, opts: &LayoutOptions) -> ParagraphLayout {
        self.work.layout(text, opts)
    }
}

/// Lay out one paragraph (no line end inside) at `opts.width`.
pub fn layout_paragraph(text: &str, opts: &LayoutOptions) -> ParagraphLayout {
    Layouter::new().layout(text, opts)
}
