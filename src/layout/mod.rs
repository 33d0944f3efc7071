//! Pure bidi layout: a paragraph and a width in, visual lines of cells out.
//!
//! Every cell remembers the logical (code point) offset of the grapheme cluster it
//! shows, so highlights, selections, search hits and mouse clicks all map through
//! this one table in both directions. Nothing here knows about terminals.

/// Paragraph (base) direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
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
    /// Tab stops every this many cells.
    pub tab_width: usize,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            width: Some(80),
            shape: false,
            fallback_direction: Direction::Ltr,
            tab_width: 8,
        }
    }
}

/// One grapheme cluster as drawn: what the terminal is sent and what it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// Byte range of the drawn text in [`VisualLine::text`].
    pub text_start: u32,
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
    pub fn is_rtl(&self) -> bool {
        self.level % 2 == 1
    }
}

/// One line on screen, cells left to right in visual order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VisualLine {
    /// The drawn text of all cells, in visual order (cells index into it).
    pub text: String,
    pub cells: Vec<Cell>,
    /// Sum of the cells' widths.
    pub width: usize,
    /// Logical code point range of the paragraph this line shows (start..end).
    pub start: u32,
    pub end: u32,
}

impl VisualLine {
    /// The drawn text of a cell.
    pub fn cell_text(&self, cell: &Cell) -> &str {
        let s = cell.text_start as usize;
        &self.text[s..s + cell.text_len as usize]
    }
}

/// A paragraph laid out at one width.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ParagraphLayout {
    pub direction: Direction,
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
}

// PLACEHOLDER until the layout engine lands: keeps the crate building for the
// other modules. Replaced wholesale by the real engine.

/// Direction of the first strong character (UAX #9 P2/P3), if there is one.
pub fn paragraph_direction(text: &str) -> Option<Direction> {
    match unicode_bidi::get_base_direction(text) {
        unicode_bidi::Direction::Ltr => Some(Direction::Ltr),
        unicode_bidi::Direction::Rtl => Some(Direction::Rtl),
        unicode_bidi::Direction::Mixed => None,
    }
}

/// Lay out one paragraph (no line end inside) at `opts.width`.
pub fn layout_paragraph(text: &str, opts: &LayoutOptions) -> ParagraphLayout {
    let direction = paragraph_direction(text).unwrap_or(opts.fallback_direction);
    let mut lines = vec![VisualLine::default()];
    for (i, c) in text.chars().enumerate() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(1);
        let line = lines.last_mut().expect("one line");
        if opts.width.is_some_and(|max| line.width + w > max) && !line.cells.is_empty() {
            lines.push(VisualLine {
                start: i as u32,
                end: i as u32,
                ..Default::default()
            });
        }
        let line = lines.last_mut().expect("one line");
        let start = line.text.len() as u32;
        line.text.push(c);
        line.cells.push(Cell {
            text_start: start,
            text_len: c.len_utf8() as u32,
            offset: i as u32,
            len: 1,
            width: w as u16,
            level: 0,
        });
        line.width += w;
        line.end = i as u32 + 1;
    }
    ParagraphLayout { direction, lines }
}
