//! Command-line arguments, parsed by clap into plain option values.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "qari",
    version,
    about = "A terminal reader for Arabic news articles"
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Article to read (`-` for standard input); the built-in sample article when omitted.
    pub file: Option<PathBuf>,
    /// Join Arabic letters by substituting presentation forms.
    #[arg(long, value_enum, default_value_t = ShapeArg::Auto)]
    pub shape: ShapeArg,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the lines the reader would show, in visual order.
    Render(RenderArgs),
    /// List the people, places, organisations, dates and quotes in an article.
    Entities(EntitiesArgs),
}

#[derive(Debug, clap::Args)]
pub struct EntitiesArgs {
    /// Article (`-` for standard input; the built-in sample article when omitted).
    pub file: Option<PathBuf>,
    /// JSON Lines: one object per mention, offsets in code points.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// Text to lay out (`-` or omitted: standard input).
    pub file: Option<PathBuf>,
    /// Line width in cells (default: the terminal's width, or 80).
    #[arg(long, conflicts_with = "no_wrap")]
    pub width: Option<usize>,
    /// One output line per input line, no wrapping and no padding.
    #[arg(long)]
    pub no_wrap: bool,
    #[arg(long, value_enum, default_value_t = ShapeArg::Auto)]
    pub shape: ShapeArg,
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

/// `auto`: shape unless the terminal is known to shape Arabic itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShapeArg {
    Auto,
    On,
    Off,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}
