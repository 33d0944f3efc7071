//! Printing the matching paragraphs of a block: `N:`, the visual lines as the
//! reader lays them out, and the hits coloured or bracketed (see the parent
//! module for the output's shape).

use std::io::{self, Write};
use std::ops::Range;

use super::{Form, SearchOptions};
use crate::core::document;
use crate::core::render::paint::{self, CellStyle};
use crate::core::search::{CharCounter, Query};
use qari_layout::{Cell, Direction, LayoutOptions, Layouter, VisualLine};

/// Writes the matching paragraphs of one block after another.
pub(super) struct Printer<'a> {
    pub query: &'a Query,
    pub opts: &'a SearchOptions,
    pub layouter: Layouter,
    pub matched: usize,
    /// Line ends in the blocks before this one.
    pub lines: usize,
    /// The document's direction, from its first block (which holds the
    /// first MiB that `detect_direction` looks at, or the whole text).
    pub direction: Option<Direction>,
    /// Code points of the block's first line that earlier blocks held: a
    /// line longer than a block is searched in pieces, and this one goes on
    /// with it (0 when the block starts a line).
    pub continued: usize,
    /// The last line counted as matching: a line's second piece that
    /// matches is the same paragraph.
    pub last_matched: Option<usize>,
}

impl Printer<'_> {
    pub fn block<W: Write>(&mut self, text: &str, out: &mut W) -> io::Result<()> {
        let direction = *self
            .direction
            .get_or_insert_with(|| document::detect_direction(text).unwrap_or_default());
        let bytes = text.as_bytes();
        // Line ends counted so far in this block, up to byte `counted`.
        let (mut lines, mut counted) = (self.lines, 0);
        let mut at = 0;
        while let Some(first) = self.query.find_at(text, at) {
            let start = memchr::memrchr(b'\n', &bytes[..first.start]).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'\n', &bytes[first.start..])
                .map_or(text.len(), |i| first.start + i);
            lines += memchr::memchr_iter(b'\n', &bytes[counted..start]).count();
            counted = start;
            let number = lines + 1;
            if self.last_matched != Some(number) {
                self.matched += 1;
                self.last_matched = Some(number);
            }
            // Where this piece of the line starts in it, in code points.
            let piece_at = if start == 0 { self.continued } else { 0 };
            if !self.opts.count {
                let paragraph = &text[start..end];
                let found: Vec<Range<usize>> = self
                    .query
                    .find_in(paragraph, first.start - start..paragraph.len())
                    .collect();
                let mut counter = CharCounter::new(paragraph);
                let hits: Vec<Range<usize>> = found
                    .iter()
                    .map(|h| counter.char_range(h.clone()))
                    .collect();
                match self.opts.form {
                    Form::Visual => {}
                    Form::Logical => {
                        write_logical(out, paragraph, number, &found, self.opts)?;
                        at = end + 1;
                        continue;
                    }
                    Form::Json => {
                        let mut record = serde_json::json!({
                            "line": number,
                            "text": paragraph,
                            "matches": hits.iter().map(|h| [h.start, h.end]).collect::<Vec<_>>(),
                        });
                        // A piece of a long line: where in the line its
                        // text (and so its matches) starts.
                        if piece_at > 0 {
                            record["offset"] = serde_json::json!(piece_at);
                        }
                        writeln!(out, "{record}")?;
                        at = end + 1;
                        continue;
                    }
                }
                write_paragraph(
                    out,
                    &mut self.layouter,
                    paragraph,
                    number,
                    &hits,
                    direction,
                    self.opts,
                )?;
            }
            at = end + 1;
        }
        self.lines = lines + memchr::memchr_iter(b'\n', &bytes[counted..]).count();
        Ok(())
    }

    /// After `block`: whether the next block goes on with this one's last
    /// line (this one was cut inside it), and so where it starts in it.
    pub fn cut_inside_a_line(&mut self, text: &str, inside: bool) {
        if !inside {
            self.continued = 0;
            return;
        }
        let tail = match memchr::memrchr(b'\n', text.as_bytes()) {
            Some(i) => &text[i + 1..],
            None => {
                self.continued += text.chars().count();
                return;
            }
        };
        self.continued = tail.chars().count();
    }
}

/// One matching paragraph as the file has it: `N:` and its text, the hits
/// (`found`, bytes of the paragraph) coloured when colour is on.
fn write_logical<W: Write>(
    out: &mut W,
    paragraph: &str,
    number: usize,
    found: &[Range<usize>],
    opts: &SearchOptions,
) -> io::Result<()> {
    if !opts.color {
        return writeln!(out, "{number}:{paragraph}");
    }
    let hit = CellStyle::Hit(opts.hit_color).sgr();
    write!(out, "{NUMBER_SGR}{number}{RESET}:")?;
    let mut at = 0;
    for h in found {
        write!(
            out,
            "{}{hit}{}{RESET}",
            &paragraph[at..h.start],
            &paragraph[h.clone()]
        )?;
        at = h.end;
    }
    writeln!(out, "{}", &paragraph[at..])
}

/// Green, as grep draws line numbers.
const NUMBER_SGR: &str = "\x1b[32m";
const RESET: &str = "\x1b[0m";

/// One matching paragraph: `N:` then its visual lines, `hits` in code points
/// of the paragraph.
fn write_paragraph<W: Write>(
    out: &mut W,
    layouter: &mut Layouter,
    paragraph: &str,
    number: usize,
    hits: &[Range<usize>],
    direction: Direction,
    opts: &SearchOptions,
) -> io::Result<()> {
    let prefix = format!("{number}:");
    let text_width = opts.width.map(|w| {
        let w = w.saturating_sub(prefix.len()).max(1);
        if opts.color {
            w
        } else {
            // Room for the brackets, so a line still fits the terminal.
            w.saturating_sub(2 * hits.len()).max(w / 2).max(1)
        }
    });
    let layout = layouter.layout(
        paragraph,
        &LayoutOptions {
            width: text_width,
            shape: opts.shape,
            fallback_direction: direction,
            base: opts.base,
            ..LayoutOptions::default()
        },
    );
    // Hits come in order and do not overlap, so their ends are in order too:
    // the first hit ending after the cell's start is the only one that can
    // cover it. A scan of every hit per cell made printing a paragraph of
    // many hits quadratic (a 1 MB line of one repeated word took seconds).
    let is_hit = |cell: &Cell| {
        let a = cell.offset as usize;
        let b = a + (cell.len as usize).max(1);
        let first = hits.partition_point(|h| h.end <= a);
        hits.get(first).is_some_and(|h| h.start < b)
    };
    for (i, line) in layout.lines.iter().enumerate() {
        if i == 0 && opts.color {
            write!(out, "{NUMBER_SGR}{number}{RESET}:")?;
        } else if i == 0 {
            out.write_all(prefix.as_bytes())?;
        } else {
            write!(out, "{:1$}", "", prefix.len())?;
        }
        let indent = text_width.map_or(0, |w| layout.indent(line, w));
        let sent = paint::for_terminal(line, indent, layout.direction, opts.strategy);
        let (line, indent) = match &sent {
            Some(sent) => (sent, 0),
            None => (line, indent),
        };
        if opts.color {
            paint::write_line(out, line, indent, |line, cell| {
                if is_hit(cell) {
                    CellStyle::Hit(opts.hit_color)
                } else {
                    paint::marker_style(line.cell_text(cell))
                }
            })?;
        } else {
            write_bracketed(out, line, indent, is_hit)?;
        }
    }
    Ok(())
}

/// A visual line with `[` `]` around every run of hit cells, trailing spaces
/// trimmed as `paint` trims them.
fn write_bracketed<W: Write>(
    out: &mut W,
    line: &VisualLine,
    indent: usize,
    is_hit: impl Fn(&Cell) -> bool,
) -> io::Result<()> {
    let shown = paint::shown_cells(line);
    if shown > 0 {
        write!(out, "{:1$}", "", indent)?;
    }
    // Cells whose texts follow each other in the line's text go out as one
    // slice, as `paint` writes them.
    let text = line.text.as_bytes();
    let mut open = false;
    let mut run = 0..0;
    for cell in &line.cells[..shown] {
        let hit = is_hit(cell);
        let start = cell.text_start as usize;
        let end = start + cell.text_len as usize;
        if hit == open && start == run.end {
            run.end = end;
            continue;
        }
        out.write_all(&text[run])?;
        if hit != open {
            out.write_all(if hit { b"[" } else { b"]" })?;
            open = hit;
        }
        run = start..end;
    }
    out.write_all(&text[run])?;
    if open {
        out.write_all(b"]")?;
    }
    out.write_all(b"\n")
}
