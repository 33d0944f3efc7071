//! Printing a text as its visual lines, a paragraph at a time, for `qari
//! render` and the reader's `:w`.
//!
//! Input streams through a paragraph at a time, so memory stays bounded however
//! large the text: read a line, decode it with the document rules, lay it out,
//! write it. The one thing that needs look-ahead is the document direction
//! (given to paragraphs without a strong character, like a lone date line in an
//! Arabic article): leading paragraphs without one wait in a buffer until a
//! strong character decides, within the same one-MiB window the reader uses.
//! [`render`] takes any reader and writer, so it is tested in memory.

pub mod paint;

use std::io::{self, BufRead, Write};

use crate::core::document::{DirectionScan, INVALID_UTF8_WARNING};
use crate::core::paragraphs::{ParagraphReader, ReadError, LINE_LIMIT};
use crate::core::terminal::Strategy;
use qari_layout::{Direction, LayoutOptions, Layouter, VisualLine};

/// Everything `render` needs, decided from arguments and the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// Wrap width; `None`: one line per paragraph, no padding.
    pub width: Option<usize>,
    pub shape: bool,
    /// Mark control pictures and U+FFFD with SGR escapes.
    pub color: bool,
    pub tab_width: usize,
    /// The direction of paragraphs without a strong character, when the
    /// configuration fixes it; `None`: the document's, found as it streams.
    pub direction: Option<Direction>,
    /// How a paragraph's own direction is found.
    pub base: qari_layout::BaseDirection,
    /// Fill wrapped lines (not a paragraph's last) to the width, as the
    /// reader does with `justify = true`.
    pub justify: bool,
    /// How lines go out to a terminal with bidi of its own.
    pub strategy: Strategy,
}

/// Why rendering stopped early.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("writing standard output: {}", crate::core::paragraphs::io_reason(.0))]
    Write(io::Error),
}

/// Lay out every paragraph of `input` and write its visual lines to `out`.
/// `warn` hears each kind of trouble once (invalid UTF-8, a cut long line).
pub fn render<R: BufRead, W: Write>(
    input: R,
    out: &mut W,
    opts: &RenderOptions,
    mut warn: impl FnMut(&str),
) -> Result<(), RenderError> {
    let mut reader = ParagraphReader::new(input);
    let mut layouter = Layouter::new();
    let mut scan = DirectionScan::default();
    let mut direction: Option<Direction> = opts.direction;
    // Leading paragraphs without a strong character, waiting for the direction.
    let mut waiting: Vec<String> = Vec::new();
    let (mut warned_invalid, mut warned_cut) = (false, false);
    while let Some(paragraph) = reader.next_paragraph()? {
        if paragraph.replaced_invalid && !warned_invalid {
            warned_invalid = true;
            warn(INVALID_UTF8_WARNING);
        }
        if paragraph.cut && !warned_cut {
            warned_cut = true;
            warn(&format!(
                "a line longer than {} MiB was laid out in pieces",
                LINE_LIMIT >> 20
            ));
        }
        let text = &paragraph.text;
        let dir = match direction {
            Some(dir) => dir,
            None => match scan.feed(text) {
                Some(dir) => dir,
                None if scan.is_done() => Direction::Ltr,
                None => {
                    waiting.push(text.to_string());
                    continue;
                }
            },
        };
        if direction.is_none() {
            direction = Some(dir);
            for held in waiting.drain(..) {
                write_paragraph(out, &mut layouter, &held, dir, opts)
                    .map_err(RenderError::Write)?;
            }
        }
        write_paragraph(out, &mut layouter, text, dir, opts).map_err(RenderError::Write)?;
    }
    for held in &waiting {
        write_paragraph(out, &mut layouter, held, Direction::Ltr, opts)
            .map_err(RenderError::Write)?;
    }
    Ok(())
}

/// Write the visual lines of one paragraph, `direction` being the document's.
fn write_paragraph<W: Write>(
    out: &mut W,
    layouter: &mut Layouter,
    text: &str,
    direction: Direction,
    opts: &RenderOptions,
) -> io::Result<()> {
    let layout = layouter.layout(
        text,
        &LayoutOptions {
            width: opts.width,
            shape: opts.shape,
            fallback_direction: direction,
            base: opts.base,
            tab_width: opts.tab_width,
        },
    );
    let last = layout.lines.len().saturating_sub(1);
    for (i, line) in layout.lines.iter().enumerate() {
        let filled;
        let line = match opts.width {
            Some(width) if opts.justify && i < last => {
                filled = justified(line, width);
                &filled
            }
            _ => line,
        };
        let indent = opts.width.map_or(0, |w| layout.indent(line, w));
        let sent = paint::for_terminal(line, indent, layout.direction, opts.strategy);
        let (line, indent) = match &sent {
            Some(sent) => (sent, 0),
            None => (line, indent),
        };
        if opts.color {
            paint::write_line(out, line, indent, |line, cell| {
                paint::marker_style(line.cell_text(cell))
            })?;
        } else {
            paint::write_plain_line(out, line, indent)?;
        }
    }
    Ok(())
}

/// `line` justified to `width` (see `view::justify`) with its text rewritten
/// to match: a space widened to `n` columns is written as `n` spaces, one
/// that justification dropped at an edge as nothing.
fn justified(line: &VisualLine, width: usize) -> VisualLine {
    let mut filled = line.clone();
    crate::core::view::justify(&mut filled, width);
    let mut text = String::with_capacity(line.text.len() + width);
    for cell in &mut filled.cells {
        let start = text.len();
        let drawn = line.cell_text(cell);
        if drawn == " " {
            text.extend(std::iter::repeat_n(' ', usize::from(cell.width)));
        } else {
            text.push_str(drawn);
        }
        cell.text_start = u32::try_from(start).unwrap_or(u32::MAX);
        cell.text_len = u32::try_from(text.len() - start).unwrap_or(0);
    }
    filled.text = text;
    filled
}
