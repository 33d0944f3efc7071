//! `qari render`: the visual lines the reader would show, printed.
//!
//! Input streams through a paragraph at a time, so memory stays bounded however
//! large the text: read a line, decode it with the document rules, lay it out,
//! write it. The one thing that needs look-ahead is the document direction
//! (given to paragraphs without a strong character, like a lone date line in an
//! Arabic article): leading paragraphs without one wait in a buffer until a
//! strong character decides, within the same one-MiB window the reader uses.
//!
//! The streaming core is [`crate::core::render`]; [`run`] binds it to files,
//! standard output and the environment, and [`RenderOptions::resolve`] decides
//! its options from the arguments, the configuration and the terminal.
//! A closed pipe (`qari render | head`) is a normal way for output to end.

use std::io::{self, BufWriter, IsTerminal, Write};

use anyhow::anyhow;

use crate::core::document::DocumentError;
use crate::core::paragraphs::ReadError;
pub use crate::core::render::{render, RenderError, RenderOptions};
use crate::core::terminal::Shaping;
use crate::core::terminal::{BidiSetting, Profile, Strategy};
use crate::reader::config::Config;
use crate::shell::cli::{ColorArg, RenderArgs};
use crate::shell::probe;
use crate::store::input;
use crate::store::pages::ReadOptions;
use qari_layout::LayoutOptions;

/// Width when standard output is not a terminal (or the terminal will not say).
pub const DEFAULT_WIDTH: usize = 80;

/// Facts about where the output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputFacts {
    pub is_terminal: bool,
    /// Columns of the terminal, when it reports them.
    pub terminal_width: Option<usize>,
    /// `NO_COLOR` is set to something non-empty (<https://no-color.org>),
    /// or the terminal draws no colour (`TERM=dumb`, `xterm-mono`).
    pub no_color: bool,
    /// How printed lines go out to this terminal.
    pub strategy: Strategy,
    /// The terminal joins letters itself (or the output is not a terminal).
    pub terminal_shapes: bool,
}

impl OutputFacts {
    /// What standard output and the environment say; `profile` is the
    /// terminal's, as [`Profile::for_printing`] makes it.
    pub fn of(stdout: &io::Stdout, profile: &Profile) -> Self {
        let is_terminal = stdout.is_terminal();
        Self {
            strategy: profile.strategy,
            terminal_shapes: profile.shapes,
            is_terminal,
            terminal_width: is_terminal
                .then(|| crossterm::terminal::size().ok())
                .flatten()
                .map(|(w, _)| usize::from(w)),
            no_color: crate::core::terminal::Colors::of(|k| std::env::var(k).ok())
                == crate::core::terminal::Colors::None,
        }
    }

    /// Whether to join letters: `auto` shapes on a terminal that does not.
    pub fn shape(self, arg: Shaping) -> bool {
        crate::core::terminal::shape_letters(arg, !self.is_terminal || self.terminal_shapes)
    }

    /// Whether `--color` asks for colour on this output.
    pub fn color(self, arg: ColorArg) -> bool {
        match arg {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => self.is_terminal && !self.no_color,
        }
    }
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
        let color = facts.color(args.color);
        Self {
            width,
            shape: facts.shape(args.shape.unwrap_or(config.text.shape)),
            color,
            tab_width: LayoutOptions::default().tab_width,
            direction: config.text.direction.fixed(),
            base: args
                .paragraph_direction
                .unwrap_or(config.text.paragraph_direction)
                .base(),
            justify: config.text.justify,
            strategy: facts.strategy,
        }
    }
}

/// Run `qari render` with real files, standard output and environment.
pub fn run(args: &RenderArgs, bidi: Option<BidiSetting>, read: &ReadOptions) -> anyhow::Result<()> {
    let config = super::config();
    let stdout = io::stdout();
    let profile = probe::printing_profile(bidi.unwrap_or(config.terminal_bidi), &stdout).profile;
    let facts = OutputFacts::of(&stdout, &profile);
    let opts = RenderOptions::resolve(args, &config, facts);
    let source = input::source_for(args.file.as_deref())?;
    let label = source.label();
    let read = super::reading(read, &label);
    let reader = input::open_as(source, args.from, false, &read)?.reader;
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let warn = |w: &str| super::warn_of(&label, w);
    let _switched = probe::Switched::on(&profile);
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

#[cfg(test)]
mod tests;
