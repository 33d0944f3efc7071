//! `qari search`: the paragraphs that match, hits marked: laid out as the
//! reader does on a terminal (or with `--visual`), in logical order into a
//! pipe (the file's text, which other tools can read), or as JSON Lines
//! with the matches' positions (`--json`).
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

mod print;

use std::io::{self, BufWriter, Read, Write};

use anyhow::anyhow;

use crate::commands::render::OutputFacts;
use crate::core::document::{self, DocumentError, INVALID_UTF8_WARNING};
use crate::core::paragraphs::{cut_point, LINE_LIMIT};
use crate::core::search::Query;
use crate::reader::config::{ColorSpec, Config, ThemeName};
use crate::shell::cli::SearchArgs;
use crate::store::input;
use print::Printer;
use qari_layout::Direction;
use qari_layout::Layouter;

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
    /// The direction of paragraphs without a strong character, when the
    /// configuration fixes it; `None`: the document's.
    pub direction: Option<Direction>,
    /// How a paragraph's own direction is found (the configuration's
    /// `paragraph_direction`).
    pub base: qari_layout::BaseDirection,
    /// The background of hits: the configuration's `search_hit`, else the
    /// theme's, as in the reader.
    pub hit_color: ColorSpec,
    /// How lines go out to a terminal with bidi of its own.
    pub strategy: crate::core::terminal::Strategy,
    /// Laid out, in logical order, or as JSON.
    pub form: Form,
}

/// How a matching paragraph is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Laid out as the reader does: on a terminal, or `--visual`.
    Visual,
    /// `N:` and the paragraph as the file has it (into a pipe, as grep).
    Logical,
    /// One JSON object per paragraph: number, text, matches (code points).
    Json,
}

impl SearchOptions {
    pub fn resolve(args: &SearchArgs, config: &Config, facts: OutputFacts) -> Self {
        let width = args
            .width
            .or_else(|| facts.terminal_width.filter(|&w| facts.is_terminal && w > 0));
        let color = facts.color(args.color);
        let form = if args.json {
            Form::Json
        } else if args.visual || facts.is_terminal {
            Form::Visual
        } else {
            Form::Logical
        };
        Self {
            form,
            width,
            shape: facts.shape(args.shape.unwrap_or(config.text.shape)),
            strategy: facts.strategy,
            color,
            count: args.count,
            direction: config.text.direction.fixed(),
            base: config.text.paragraph_direction.base(),
            hit_color: config.colors.search_hit.unwrap_or(match config.theme {
                ThemeName::Dark | ThemeName::Auto => ColorSpec::Named(3),
                ThemeName::Light => ColorSpec::Named(11),
            }),
        }
    }
}

/// Why a search stopped early.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("{}", crate::core::paragraphs::io_reason(.0))]
    Read(io::Error),
    #[error(transparent)]
    Document(#[from] DocumentError),
    #[error("writing standard output: {}", crate::core::paragraphs::io_reason(.0))]
    Write(io::Error),
}

/// Run `qari search`: true when something matched.
pub fn run(
    args: &SearchArgs,
    bidi: Option<crate::core::terminal::BidiSetting>,
    read: &crate::store::pages::ReadOptions,
) -> anyhow::Result<bool> {
    let query =
        Query::new(&args.pattern).map_err(|e| anyhow!("search pattern `{}`: {e}", args.pattern))?;
    let source = input::source_for(args.file.as_deref())?;
    let label = source.label();
    let reader = input::open(source, &super::reading(read, &label))?;
    let stdout = io::stdout();
    let mut config = super::config();
    let detected =
        crate::shell::probe::printing_profile(bidi.unwrap_or(config.terminal_bidi), &stdout);
    if config.theme == ThemeName::Auto && detected.light_background == Some(true) {
        config.theme = ThemeName::Light;
    }
    let profile = detected.profile;
    let facts = OutputFacts::of(&stdout, &profile);
    let _switched = crate::shell::probe::Switched::on(&profile);
    let opts = SearchOptions::resolve(args, &config, facts);
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let warn = |w: &str| super::warn_of(&label, w);
    let result = search(reader, &mut out, &query, &opts, warn)
        .and_then(|n| out.flush().map(|()| n).map_err(SearchError::Write));
    match result {
        Ok(matched) => Ok(matched > 0),
        Err(SearchError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            // The reader of our output has gone: it had something to read.
            drop(out.into_parts());
            Ok(true)
        }
        Err(err @ SearchError::Write(_)) => Err(err.into()),
        Err(err) => {
            drop(out.into_parts());
            Err(anyhow!("{label}: {err}"))
        }
    }
}

/// Bytes read, decoded and searched at a time.
const BLOCK: usize = 8 << 20;
/// What `document::detect_direction` looks at: the first block is at least this.
const DIRECTION_WINDOW: usize = 1 << 20;

/// Search `input` for `query`, writing the matching paragraphs to `out`;
/// returns how many matched. `warn` hears of invalid UTF-8 once.
pub fn search<R: Read, W: Write>(
    input: R,
    out: &mut W,
    query: &Query,
    opts: &SearchOptions,
    warn: impl FnMut(&str),
) -> Result<usize, SearchError> {
    search_in_blocks(input, out, query, opts, warn, BLOCK)
}

/// [`search`] reading about `block` bytes at a time: each block is cut after
/// its last line end, so no UTF-8 sequence, CR LF pair or hit is split, and
/// decoding and searching block by block gives what the whole would (see
/// `document::decode`). Memory stays at a block, and the kernel copies into
/// the same buffer instead of faulting in a hundred megabytes of new pages.
fn search_in_blocks<R: Read, W: Write>(
    mut input: R,
    out: &mut W,
    query: &Query,
    opts: &SearchOptions,
    mut warn: impl FnMut(&str),
    block: usize,
) -> Result<usize, SearchError> {
    let mut printer = Printer {
        query,
        opts,
        layouter: Layouter::new(),
        matched: 0,
        lines: 0,
        direction: opts.direction,
        continued: 0,
        last_matched: None,
    };
    let mut buf: Vec<u8> = Vec::with_capacity(block + 1);
    let (mut consumed, mut at_start, mut warned, mut cut_long) = (0, true, false, false);
    loop {
        // A line longer than LINE_LIMIT is searched in pieces of that many
        // bytes, as `qari render` lays it out: memory stays bounded on an
        // endless line (and a NUL of /dev/zero is seen in its first MiB).
        let long = buf.len() >= LINE_LIMIT && memchr::memchr(b'\n', &buf).is_none();
        let eof = !long && {
            // A line longer than the buffer: read as much again.
            let want = block.saturating_sub(buf.len()).max(buf.len()).max(1);
            let read = (&mut input)
                .take(want as u64)
                .read_to_end(&mut buf)
                .map_err(SearchError::Read)?;
            read < want
        };
        let mut piece = false;
        let cut = if eof {
            buf.len()
        } else {
            match memchr::memrchr(b'\n', &buf) {
                // The first block holds the MiB that decides the direction.
                Some(i) if !at_start || i + 1 >= DIRECTION_WINDOW.min(block) => i + 1,
                None if buf.len() >= LINE_LIMIT => {
                    piece = true;
                    cut_point(&buf[..LINE_LIMIT])
                }
                _ => continue,
            }
        };
        let decoded = document::decode(&buf[..cut], at_start).map_err(|e| match e {
            DocumentError::Binary(at) => DocumentError::Binary(at + consumed),
        })?;
        at_start = false;
        if piece && !std::mem::replace(&mut cut_long, true) {
            warn(&format!(
                "a line longer than {} MiB was searched in pieces",
                LINE_LIMIT >> 20
            ));
        }
        if decoded.replaced_invalid && !warned {
            warned = true;
            warn(INVALID_UTF8_WARNING);
        }
        printer
            .block(&decoded.text, out)
            .map_err(SearchError::Write)?;
        printer.cut_inside_a_line(&decoded.text, piece);
        consumed += cut;
        buf.drain(..cut);
        if eof {
            break;
        }
    }
    if opts.count {
        writeln!(out, "{}", printer.matched).map_err(SearchError::Write)?;
    }
    Ok(printer.matched)
}

#[cfg(test)]
mod tests;
