//! `qari render`: the visual lines the reader would show, printed.
//!
//! Input streams through a paragraph at a time, so memory stays bounded however
//! large the text: read a line, decode it with the document rules, lay it out,
//! write it. The one thing that needs look-ahead is the document direction
//! (given to paragraphs without a strong character, like a lone date line in an
//! Arabic article): leading paragraphs without one wait in a buffer until a
//! strong character decides, within the same one-MiB window the reader uses.
//!
//! The streaming core, [`render`], takes any reader and writer, so it is tested
//! in memory; [`run`] binds it to files, standard output and the environment.
//! A closed pipe (`qari render | head`) is a normal way for output to end.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};

use anyhow::anyhow;

use crate::cli::{ColorArg, RenderArgs};
use crate::commands::paint;
use crate::config::{Config, DirectionSetting};
use crate::document::{DirectionScan, DocumentError, INVALID_UTF8_WARNING};
use crate::input::{self, ParagraphReader, ReadError, Source, LINE_LIMIT};
use crate::layout::{Direction, LayoutOptions, Layouter, VisualLine};

/// Width when standard output is not a terminal (or the terminal will not say).
pub const DEFAULT_WIDTH: usize = 80;

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
    /// Fill wrapped lines (not a paragraph's last) to the width, as the
    /// reader does with `justify = true`.
    pub justify: bool,
}

/// Facts about where the output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputFacts {
    pub is_terminal: bool,
    /// Columns of the terminal, when it reports them.
    pub terminal_width: Option<usize>,
    /// `NO_COLOR` is set to something non-empty (<https://no-color.org>).
    pub no_color: bool,
}

impl RenderOptions {
    /// `--shape` wins over the configuration's `shape`; the configuration's
    /// `direction` (unless "auto") replaces the document's.
    pub fn resolve(args: &RenderArgs, config: &Config, facts: OutputFacts) -> Self {
        let width = if args.no_wrap {
            None
        } else {
            Some(args.width.unwrap_or_else(|| {
                facts
                    .terminal_width
                    .filter(|&w| facts.is_terminal && w > 0)
                    .unwrap_or(DEFAULT_WIDTH)
            }))
        };
        let color = match args.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => facts.is_terminal && !facts.no_color,
        };
        Self {
            width,
            shape: crate::terminal::resolve_shape(
                args.shape.unwrap_or(config.text.shape),
                facts.is_terminal,
            ),
            color,
            tab_width: LayoutOptions::default().tab_width,
            direction: match config.text.direction {
                DirectionSetting::Auto => None,
                fixed => Some(fixed.resolve(Direction::Ltr)),
            },
            justify: config.text.justify,
        }
    }
}

/// Why rendering stopped early.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("writing standard output: {}", input::io_reason(.0))]
    Write(io::Error),
}

/// Run `qari render` with real files, standard output and environment.
pub fn run(args: &RenderArgs) -> anyhow::Result<()> {
    let config = super::config();
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
    let opts = RenderOptions::resolve(args, &config, facts);
    let source = args
        .file
        .as_deref()
        .map_or(Source::Stdin, Source::from_path);
    let reader = input::open(source)?;
    let label = source.label();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let warn = |w: &str| {
        // Nothing sensible is left to do when stderr itself is gone.
        let _ = writeln!(io::stderr(), "qari: {label}: warning: {w}");
    };
    let result = render(reader, &mut out, &opts, warn)
        .and_then(|()| out.flush().map_err(RenderError::Write));
    match result {
        Ok(()) => Ok(()),
        Err(RenderError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            // The reader of our output has gone: done, and nothing to flush.
            drop(out.into_parts());
            Ok(())
        }
        Err(err @ RenderError::Write(_)) => Err(err.into()),
        Err(RenderError::Read(err)) => {
            if matches!(err, ReadError::Document(DocumentError::Binary(_))) {
                // Do not print what was buffered of a binary file.
                drop(out.into_parts());
            }
            Err(anyhow!("{label}: {err}"))
        }
    }
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
    crate::view::justify(&mut filled, width);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::ShapeArg;

    fn opts(width: Option<usize>) -> RenderOptions {
        RenderOptions {
            width,
            shape: false,
            color: false,
            tab_width: 8,
            direction: None,
            justify: false,
        }
    }

    #[test]
    fn justify_fills_wrapped_lines_but_not_a_paragraph_s_last() {
        let justified = RenderOptions {
            justify: true,
            ..opts(Some(9))
        };
        let (out, _) = rendered(b"aa bb cc dd ee\n", &justified);
        assert_eq!(out, "aa  bb cc\ndd ee\n");
        let (plain, _) = rendered(b"aa bb cc dd ee\n", &opts(Some(9)));
        assert_eq!(plain, "aa bb cc\ndd ee\n");
        // Right-to-left lines fill to both edges too: the first line spans
        // the width, the last is right-aligned.
        let arabic = "\u{628}\u{628} \u{62A}\u{62A} \u{62B}\u{62B} \u{62C}\u{62C}\n";
        let (out, _) = rendered(arabic.as_bytes(), &justified);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out:?}");
        assert_eq!(lines[0].chars().count(), 9, "{out:?}");
        assert!(lines[0].contains("  "), "{out:?}");
        assert_eq!(lines[1].chars().count(), 9, "{out:?}");
        assert!(lines[1].starts_with(' '), "{out:?}");
    }

    fn rendered(bytes: &[u8], opts: &RenderOptions) -> (String, Vec<String>) {
        let mut out = Vec::new();
        let mut warnings = Vec::new();
        render(bytes, &mut out, opts, |w| warnings.push(w.to_string())).expect("renders");
        (String::from_utf8(out).expect("utf-8"), warnings)
    }

    fn args(width: Option<usize>, no_wrap: bool, color: ColorArg) -> RenderArgs {
        RenderArgs {
            file: None,
            width,
            no_wrap,
            shape: Some(ShapeArg::Off),
            color,
        }
    }

    const PIPE: OutputFacts = OutputFacts {
        is_terminal: false,
        terminal_width: Some(120),
        no_color: false,
    };
    const TTY: OutputFacts = OutputFacts {
        is_terminal: true,
        terminal_width: Some(120),
        no_color: false,
    };

    #[test]
    fn width_comes_from_the_argument_the_terminal_or_80() {
        let w = |a: RenderArgs, f| RenderOptions::resolve(&a, &Config::default(), f).width;
        assert_eq!(w(args(Some(33), false, ColorArg::Auto), TTY), Some(33));
        assert_eq!(w(args(None, false, ColorArg::Auto), TTY), Some(120));
        assert_eq!(w(args(None, false, ColorArg::Auto), PIPE), Some(80));
        let silent = OutputFacts {
            terminal_width: None,
            ..TTY
        };
        assert_eq!(w(args(None, false, ColorArg::Auto), silent), Some(80));
        assert_eq!(w(args(None, true, ColorArg::Auto), TTY), None);
    }

    #[test]
    fn colour_follows_the_argument_terminal_and_no_color() {
        let c = |a: RenderArgs, f| RenderOptions::resolve(&a, &Config::default(), f).color;
        assert!(c(args(None, false, ColorArg::Auto), TTY));
        assert!(!c(args(None, false, ColorArg::Auto), PIPE));
        let no_color = OutputFacts {
            no_color: true,
            ..TTY
        };
        assert!(!c(args(None, false, ColorArg::Auto), no_color));
        assert!(c(args(None, false, ColorArg::Always), no_color));
        assert!(!c(args(None, false, ColorArg::Never), TTY));
    }

    #[test]
    fn the_configuration_gives_shaping_and_direction_and_the_flag_wins() {
        let mut config = Config::default();
        config.text.shape = ShapeArg::On;
        config.text.direction = DirectionSetting::Rtl;
        let mut a = args(None, false, ColorArg::Auto);
        a.shape = None;
        let o = RenderOptions::resolve(&a, &config, PIPE);
        assert!(o.shape);
        assert_eq!(o.direction, Some(Direction::Rtl));
        a.shape = Some(ShapeArg::Off);
        assert!(!RenderOptions::resolve(&a, &config, PIPE).shape);
        assert_eq!(
            RenderOptions::resolve(&a, &Config::default(), PIPE).direction,
            None
        );
        // A fixed direction right-aligns a neutral line in a Latin document.
        let fixed = RenderOptions {
            direction: Some(Direction::Rtl),
            ..opts(Some(6))
        };
        let (out, _) = rendered(b"12\nabc\n", &fixed);
        assert_eq!(out, "    12\nabc\n");
    }

    #[test]
    fn ltr_lines_are_not_padded_and_empty_lines_stay() {
        let (out, warnings) = rendered(b"abc\n\nde  \n", &opts(Some(10)));
        assert_eq!(out, "abc\n\nde\n");
        assert!(warnings.is_empty());
        assert_eq!(rendered(b"", &opts(Some(10))).0, "");
    }

    #[test]
    fn rtl_lines_are_right_aligned_by_their_width() {
        let (out, _) = rendered("سلام\n".as_bytes(), &opts(Some(10)));
        let pad = out.len() - out.trim_start().len();
        assert_eq!(pad, 6);
        let (out, _) = rendered("سلام\n".as_bytes(), &opts(None));
        assert!(!out.starts_with(' '));
    }

    #[test]
    fn leading_neutral_lines_take_the_direction_found_later() {
        // Padding only: the glyph order of the Arabic line is the layout's business.
        let (out, _) = rendered("12\n\nسلام\n34\n".as_bytes(), &opts(Some(6)));
        let pads: Vec<usize> = out
            .lines()
            .map(|l| l.len() - l.trim_start().len())
            .collect();
        assert_eq!(pads, [4, 0, 2, 4]);
        let (out, _) = rendered(b"12\nabc\n34\n", &opts(Some(6)));
        assert_eq!(out, "12\nabc\n34\n");
        let (out, _) = rendered(b"12\n34\n", &opts(Some(6)));
        assert_eq!(out, "12\n34\n");
    }

    #[test]
    fn invalid_utf8_warns_once() {
        let (out, warnings) = rendered(b"a\xFF\nb\xFE\n", &opts(None));
        assert_eq!(out, "a\u{FFFD}\nb\u{FFFD}\n");
        assert_eq!(warnings, [INVALID_UTF8_WARNING]);
    }

    #[test]
    fn nul_stops_with_the_binary_error() {
        let mut out = Vec::new();
        let err = render(&b"ok\na\0"[..], &mut out, &opts(None), |_| {}).expect_err("binary");
        assert!(err
            .to_string()
            .contains("binary data (NUL byte at offset 4)"));
    }

    #[test]
    fn colour_marks_replacement_characters() {
        let colored = RenderOptions {
            color: true,
            ..opts(None)
        };
        let (out, _) = rendered(b"a\xFFb\n", &colored);
        assert_eq!(out, "a\x1b[7m\u{FFFD}\x1b[0mb\n");
    }

    #[test]
    fn write_errors_are_reported_as_writes() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let err = render(&b"abc\n"[..], &mut Closed, &opts(None), |_| {}).expect_err("closed");
        assert!(matches!(err, RenderError::Write(e) if e.kind() == io::ErrorKind::BrokenPipe));
    }
}
