//! `qari search`: the paragraphs that match, hits marked, as the reader lays
//! them out.
//!
//! Output is grep's shape, so it pipes the same way: one record per matching
//! paragraph (line of the file), prefixed `N:` with its 1-based number, and
//! exit status 0 when something matched, 1 when nothing did, 2 on error (a bad
//! regex included). Each paragraph is laid out by the reader's engine, so
//! Arabic comes out in visual order like `qari render`. On a terminal the
//! paragraph wraps to its width, continuation lines indented under the text;
//! into a pipe it does not wrap (one line per paragraph) unless `--width`
//! says so. Hits are coloured (black on yellow) when colour is on; without
//! colour each hit is put in `[` `]`, written around the hit's cells in
//! visual order (a hit that a direction change splits gets a pair per piece).
//!
//! The whole input is read and decoded first (the document's rules: BOM
//! dropped, CR LF read as LF, invalid UTF-8 replaced with a warning), then
//! searched in one pass of the regex over the text (see `search`), which is
//! what makes a 100 MB file fast; only matching paragraphs are laid out.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::ops::Range;

use anyhow::{anyhow, Context};

use crate::cli::{ColorArg, SearchArgs};
use crate::commands::paint::{self, CellStyle};
use crate::commands::render::OutputFacts;
use crate::document::{self, INVALID_UTF8_WARNING};
use crate::input::{self, Source};
use crate::layout::{Cell, Direction, LayoutOptions, Layouter, VisualLine};
use crate::search::{CharCounter, Query};

/// How the matches are printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchOptions {
    /// Wrap width, `N:` included; `None`: one line per paragraph.
    pub width: Option<usize>,
    pub shape: bool,
    /// Colour hits; without colour they are bracketed.
    pub color: bool,
    /// Print only how many paragraphs matched.
    pub count: bool,
}

impl SearchOptions {
    pub fn resolve(args: &SearchArgs, facts: OutputFacts) -> Self {
        let width = args
            .width
            .or_else(|| facts.terminal_width.filter(|&w| facts.is_terminal && w > 0));
        let color = match args.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => facts.is_terminal && !facts.no_color,
        };
        Self {
            width,
            shape: crate::terminal::resolve_shape(args.shape, facts.is_terminal),
            color,
            count: args.count,
        }
    }
}

/// Run `qari search`: true when something matched.
pub fn run(args: &SearchArgs) -> anyhow::Result<bool> {
    let query =
        Query::new(&args.pattern).map_err(|e| anyhow!("search pattern `{}`: {e}", args.pattern))?;
    let source = args
        .file
        .as_deref()
        .map_or(Source::Stdin, Source::from_path);
    let (mut reader, len) = input::open_sized(source)?;
    let mut bytes = Vec::with_capacity(len.map_or(0, |n| usize::try_from(n).unwrap_or(0)));
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| anyhow!("{}: {}", source.label(), input::io_reason(&e)))?;
    // Decoded by the document's rules, but without its paragraph table and
    // hash, which a search does not need.
    let decoded = document::decode(&bytes, true).map_err(|e| anyhow!("{}: {e}", source.label()))?;
    if decoded.replaced_invalid {
        // Nothing sensible is left to do when stderr itself is gone.
        let _ = writeln!(
            io::stderr(),
            "qari: {}: warning: {INVALID_UTF8_WARNING}",
            source.label()
        );
    }
    let text = &decoded.text;
    let direction = document::detect_direction(text).unwrap_or_default();
    let stdout = io::stdout();
    let is_terminal = stdout.is_terminal();
    let facts = OutputFacts {
        is_terminal,
        terminal_width: is_terminal
            .then(|| crossterm::terminal::size().ok())
            .flatten()
            .map(|(w, _)| usize::from(w)),
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
    };
    let opts = SearchOptions::resolve(args, facts);
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let result =
        search(text, direction, &query, &mut out, &opts).and_then(|n| out.flush().map(|()| n));
    match result {
        Ok(matched) => Ok(matched > 0),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            // The reader of our output has gone: it had something to read.
            drop(out.into_parts());
            Ok(true)
        }
        Err(e) => Err(e).context("writing standard output"),
    }
}

/// Write the paragraphs of `text` (decoded as a document is) that `query`
/// matches, `direction` being the document's; returns how many.
pub fn search<W: Write>(
    text: &str,
    direction: Direction,
    query: &Query,
    out: &mut W,
    opts: &SearchOptions,
) -> io::Result<usize> {
    let bytes = text.as_bytes();
    let mut layouter = Layouter::new();
    let mut matched = 0;
    // Line ends counted so far, up to byte `counted`.
    let (mut lines, mut counted) = (0, 0);
    let mut at = 0;
    while let Some(first) = query.find_at(text, at) {
        let start = memchr::memrchr(b'\n', &bytes[..first.start]).map_or(0, |i| i + 1);
        let end =
            memchr::memchr(b'\n', &bytes[first.start..]).map_or(text.len(), |i| first.start + i);
        lines += memchr::memchr_iter(b'\n', &bytes[counted..start]).count();
        counted = start;
        matched += 1;
        if !opts.count {
            let paragraph = &text[start..end];
            let mut counter = CharCounter::new(paragraph);
            let hits: Vec<Range<usize>> = query
                .find_in(paragraph, first.start - start..paragraph.len())
                .map(|h| counter.char_range(h))
                .collect();
            let number = lines + 1;
            write_paragraph(
                out,
                &mut layouter,
                paragraph,
                number,
                &hits,
                direction,
                opts,
            )?;
        }
        at = end + 1;
    }
    if opts.count {
        writeln!(out, "{matched}")?;
    }
    Ok(matched)
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
            ..LayoutOptions::default()
        },
    );
    let is_hit = |cell: &Cell| {
        let a = cell.offset as usize;
        let b = a + (cell.len as usize).max(1);
        hits.iter().any(|h| h.start < b && a < h.end)
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
        if opts.color {
            paint::write_line(out, line, indent, |line, cell| {
                if is_hit(cell) {
                    CellStyle::Hit
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
    let shown = line
        .cells
        .iter()
        .rposition(|cell| !line.cell_text(cell).bytes().all(|b| b == b' '))
        .map_or(0, |last| last + 1);
    if shown > 0 {
        write!(out, "{:1$}", "", indent)?;
    }
    let mut open = false;
    for cell in &line.cells[..shown] {
        let hit = is_hit(cell);
        if hit != open {
            out.write_all(if hit { b"[" } else { b"]" })?;
            open = hit;
        }
        out.write_all(line.cell_text(cell).as_bytes())?;
    }
    if open {
        out.write_all(b"]")?;
    }
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(width: Option<usize>, color: bool) -> SearchOptions {
        SearchOptions {
            width,
            shape: false,
            color,
            count: false,
        }
    }

    fn searched(text: &str, query: &str, opts: &SearchOptions) -> (String, usize) {
        let direction = document::detect_direction(text).unwrap_or_default();
        let q = Query::new(query).expect("valid");
        let mut out = Vec::new();
        let n = search(text, direction, &q, &mut out, opts).expect("in memory");
        (String::from_utf8(out).expect("utf-8"), n)
    }

    #[test]
    fn matching_paragraphs_with_numbers_and_brackets() {
        let text = "one two\nnothing\ntwo and two\n";
        let (out, n) = searched(text, "two", &opts(None, false));
        assert_eq!(out, "1:one [two]\n3:[two] and [two]\n");
        assert_eq!(n, 2);
        assert_eq!(
            searched(text, "three", &opts(None, false)),
            (String::new(), 0)
        );
    }

    #[test]
    fn colour_marks_hits_and_numbers() {
        let (out, _) = searched("a two b\n", "two", &opts(None, true));
        assert_eq!(out, "\x1b[32m1\x1b[0m:a \x1b[30;43mtwo\x1b[0m b\n");
    }

    #[test]
    fn wrapped_lines_are_indented_under_the_text() {
        let (out, _) = searched("aaa bbb ccc\n", "ccc", &opts(Some(6), true));
        assert_eq!(
            out,
            "\x1b[32m1\x1b[0m:aaa\n  bbb\n  \x1b[30;43mccc\x1b[0m\n"
        );
    }

    #[test]
    fn count_prints_the_number_of_matching_paragraphs() {
        let count = SearchOptions {
            count: true,
            ..opts(None, false)
        };
        assert_eq!(searched("x x\ny\nx\n", "x", &count), ("2\n".to_string(), 2));
        assert_eq!(searched("y\n", "x", &count), ("0\n".to_string(), 0));
    }
}
