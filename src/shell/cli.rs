//! Command-line arguments, parsed by clap into plain option values: the
//! reader's options, the subcommands and their arguments. How an option's
//! value is read is in `values`, an input argument as a path in `paths`, and
//! what the environment says (the locale, a pager's caller) in `environment`.

use std::path::PathBuf;

use crate::core::terminal::Shaping;
use crate::reader::config::ParagraphDirection;
use crate::reader::messages::Lang;
use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand, ValueEnum};
use paths::input_path;
use values::{parse_encoding, parse_width};

pub use environment::{formatter, interface_lang, messages_locale};
pub(crate) use paths::{link_path, local_file, with_fragment};

mod environment;
mod less;
mod paths;
mod values;

#[derive(Debug, Parser)]
#[command(
    name = "qari",
    version,
    about = "A terminal reader for Arabic news articles"
)]
pub struct Cli {
    /// Articles to read (`:n` and `:p` go from one to the next); `-` or none
    /// for standard input when it is a pipe or a file, the built-in sample
    /// article when none is named on a terminal.
    #[arg(value_parser = clap::builder::OsStringValueParser::new().map(input_path))]
    pub files: Vec<PathBuf>,
    /// Join Arabic letters by substituting presentation forms [default: the
    /// configuration's `shape`, auto].
    #[arg(long, value_enum)]
    pub shape: Option<Shaping>,
    /// How a paragraph's direction is found: `first-letter` (UAX #9, as
    /// GNU FriBidi), `most-letters` ("CNN: قال …" right to left), `rtl` or
    /// `ltr` for every paragraph [default: the configuration's
    /// `paragraph_direction`, first-letter].
    #[arg(long, value_enum)]
    pub paragraph_direction: Option<ParagraphDirection>,
    /// Print the default configuration file, every setting and action explained.
    #[arg(long)]
    pub print_config: bool,
    /// Say which terminal qari finds itself in and how it sends Arabic to it.
    #[arg(long)]
    pub print_terminal: bool,
    /// Who lays out right-to-left text: `qari` (switching the terminal's own
    /// bidi off where it can be), `terminal` (it reorders lines itself; qari
    /// sends each line so it comes out right) [default: the configuration's
    /// `terminal_bidi`, auto]. Also taken before `render`, `entities` and
    /// `search`.
    #[arg(long, value_enum)]
    pub terminal_bidi: Option<crate::core::terminal::BidiSetting>,
    /// Read the input in this encoding (`windows-1256`, `iso-8859-6`,
    /// `utf-16le`, …), whatever it declares but for a byte order mark
    /// [default: from the BOM, the HTTP header, `<meta charset>`, or a guess].
    /// Also taken before a command that reads an input.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// The interface's language, `ar` or `en` [default: the configuration's
    /// `lang`; under auto, Arabic when LC_ALL, LC_MESSAGES or LANG starts
    /// with `ar`].
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Print the links of the page (or feed) and exit.
    #[arg(long)]
    pub links: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// less's `+G`, `+N` or `+/pattern`, taken off the command line before
    /// it is parsed ([`less_arguments`]): what to do once the article is read.
    #[arg(skip)]
    pub at_start: Option<String>,
}

/// The subcommands' names: an argument list that names one is no pager's.
const SUBCOMMANDS: [&str; 9] = [
    "render",
    "entities",
    "annotations",
    "corrections",
    "search",
    "text",
    "completions",
    "man",
    "help",
];

/// The arguments less takes that tools pass to `$PAGER` (`less -RM`, `+G`,
/// `+/pattern`, `--tabs=4`), taken off `args` (the program's name first)
/// when no subcommand is named: every option of less is ignored (see
/// `less`), and the last `+command` that names no file is returned, to run
/// once the article is read.
pub fn less_arguments(args: Vec<std::ffi::OsString>) -> (Vec<std::ffi::OsString>, Option<String>) {
    // Arguments that parse as a subcommand's (its first word may follow an
    // option's value: `--encoding utf-8 search +963`) are its own.
    if Cli::try_parse_from(&args).is_ok_and(|cli| cli.command.is_some()) {
        return (args, None);
    }
    let (kept, command) = less::take_less_options(args.clone());
    let first_word = kept
        .iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .find(|a| !a.starts_with('-'));
    if first_word.is_some_and(|w| SUBCOMMANDS.contains(&w)) {
        return (args, None);
    }
    (kept, command)
}

/// `--encoding`, for the commands that read an input.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct EncodingOption {
    /// Read the input in this encoding (`windows-1256`, `iso-8859-6`,
    /// `utf-16le`, …), whatever it declares but for a byte order mark
    /// [default: from the BOM, the HTTP header, `<meta charset>`, or a guess].
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// `--terminal-bidi`, for the commands that lay Arabic out for a terminal.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct BidiOption {
    /// Who lays out right-to-left text: `qari` (switching the terminal's own
    /// bidi off where it can be), `terminal` (it reorders lines itself; qari
    /// sends each line so it comes out right) [default: the configuration's
    /// `terminal_bidi`, auto].
    #[arg(long, value_enum)]
    pub terminal_bidi: Option<crate::core::terminal::BidiSetting>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the lines the reader would show, in visual order.
    Render(RenderArgs),
    /// List the people, places, organisations, dates and quotes in an article
    /// or several (each row then marked with its file).
    Entities(EntitiesArgs),
    /// Print the reader's annotations of an article (or of every document,
    /// `--all`), or import brat labels.
    Annotations(AnnotationsArgs),
    /// List the corrections made with `l` in the reader (kept for every
    /// article), or remove some.
    Corrections(CorrectionsArgs),
    /// Print the paragraphs that match PATTERN, hits marked (Arabic-aware;
    /// `\r` at the start for a regex). Exit status 0: found, 1: not found, 2: error.
    Search(SearchArgs),
    /// Print the article as plain text in logical order: the title, a blank
    /// line, one paragraph per line (web pages and feeds extracted).
    Text(TextArgs),
    /// Print a completion script for SHELL (see `qari completions --help`).
    Completions {
        /// bash (source it, or put it in bash-completion's directory), zsh
        /// (as `_qari` on $fpath), fish (in ~/.config/fish/completions/).
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `qari man > qari.1; man ./qari.1`.
    Man,
}

impl Command {
    /// The command's name as typed.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Render(_) => "render",
            Self::Entities(_) => "entities",
            Self::Annotations(_) => "annotations",
            Self::Corrections(_) => "corrections",
            Self::Search(_) => "search",
            Self::Text(_) => "text",
            Self::Completions { .. } => "completions",
            Self::Man => "man",
        }
    }

    /// The command's `--encoding`: `None` when it reads no input.
    pub fn encoding(&self) -> Option<EncodingOption> {
        match self {
            Self::Render(args) => Some(args.input),
            Self::Entities(args) => Some(args.input),
            Self::Annotations(args) => Some(args.input),
            Self::Search(args) => Some(args.input),
            Self::Text(args) => Some(args.input),
            Self::Corrections(_) | Self::Completions { .. } | Self::Man => None,
        }
    }

    /// The command's `--terminal-bidi`: `None` when it lays nothing out
    /// for a terminal.
    pub fn terminal_bidi(&self) -> Option<BidiOption> {
        match self {
            Self::Render(args) => Some(args.terminal),
            Self::Entities(args) => Some(args.terminal),
            Self::Search(args) => Some(args.terminal),
            Self::Annotations(_)
            | Self::Text(_)
            | Self::Corrections(_)
            | Self::Completions { .. }
            | Self::Man => None,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct TextArgs {
    /// A file (or its `file://` link), an http(s) link, or `-` (or nothing)
    /// for standard input.
    #[arg(value_parser = clap::builder::OsStringValueParser::new().map(input_path))]
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub input: EncodingOption,
}

#[derive(Debug, clap::Args)]
pub struct AnnotationsArgs {
    /// Article (`-` or none: standard input when it is a pipe or a file; the
    /// built-in sample article when none is named on a terminal).
    #[arg(value_parser = clap::builder::OsStringValueParser::new().map(input_path))]
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub export: ExportFormat,
    /// Add the entity spans of a brat standoff file as labels: `--import brat FILE.ann`.
    #[arg(long, num_args = 2, value_names = ["FORMAT", "FILE"], conflicts_with = "export")]
    pub import: Option<Vec<PathBuf>>,
    /// Print the annotations of every document in the store, the latest
    /// annotated first: each with its name, its path (none for standard
    /// input), when it was last annotated, and its notes with their stored
    /// quotes (`--export jsonl` or `markdown`). Notes made on text piped in
    /// that has changed since are found here.
    #[arg(long, conflicts_with_all = ["file", "import"])]
    pub all: bool,
    #[command(flatten)]
    pub input: EncodingOption,
}

/// How `qari annotations` prints: the export formats' own table.
pub use crate::reader::annotate::export::Format as ExportFormat;

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// What to look for (`\r` at the start: a regular expression).
    #[arg(allow_hyphen_values = true)]
    pub pattern: String,
    /// Text to search (`-` or none: standard input when it is a pipe or a
    /// file; the built-in sample article when none is named on a terminal).
    #[arg(value_parser = clap::builder::OsStringValueParser::new().map(input_path))]
    pub file: Option<PathBuf>,
    /// Wrap paragraphs to this many cells, `N:` included, when they are laid
    /// out (default: the terminal's width; a pipe's logical lines, without
    /// `--visual`, are not wrapped).
    #[arg(long, value_parser = parse_width)]
    pub width: Option<usize>,
    /// Print only the number of matching paragraphs.
    #[arg(short, long)]
    pub count: bool,
    /// Join Arabic letters by substituting presentation forms [default: the
    /// configuration's `shape`, auto].
    #[arg(long, value_enum)]
    pub shape: Option<Shaping>,
    /// Colour the hits; laid out (on a terminal, or with `--visual`) without
    /// colour they are put in [brackets]; a pipe's logical lines, as grep's,
    /// are marked by colour only.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Lay the paragraphs out as on a terminal even into a pipe (by default
    /// a pipe gets them in logical order, like grep).
    #[arg(long, conflicts_with = "json")]
    pub visual: bool,
    /// JSON Lines: per matching paragraph its number, text (logical order)
    /// and the matches' code point ranges.
    #[arg(long, conflicts_with = "count")]
    pub json: bool,
    #[command(flatten)]
    pub input: EncodingOption,
    #[command(flatten)]
    pub terminal: BidiOption,
}

#[derive(Debug, clap::Args)]
pub struct EntitiesArgs {
    /// Articles (`-` or none: standard input when it is a pipe or a file;
    /// the built-in sample article when none is named on a terminal).
    /// Of several, each line of the table starts with its file's name and a
    /// colon, as grep marks lines, and each JSON row has a `file` field; one
    /// that cannot be read is said on standard error, the others are read,
    /// and the status is 2.
    #[arg(value_name = "FILE", value_parser = clap::builder::OsStringValueParser::new().map(input_path))]
    pub files: Vec<PathBuf>,
    /// JSON Lines: one object per mention, offsets in code points.
    #[arg(long)]
    pub json: bool,
    /// The tagger's own answer: without the corrections `qari corrections`
    /// lists, nor the labels given in this article.
    #[arg(long)]
    pub no_corrections: bool,
    #[command(flatten)]
    pub input: EncodingOption,
    #[command(flatten)]
    pub terminal: BidiOption,
}

#[derive(Debug, clap::Args)]
pub struct CorrectionsArgs {
    /// Forget the correction of NAME (any spelling that folds alike); repeatable.
    #[arg(long, value_name = "NAME")]
    pub remove: Vec<String>,
    /// JSON Lines: one object per correction (`name`, `label`, `modified`).
    #[arg(long, conflicts_with = "remove")]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// Text to lay out (`-` or none: standard input when it is a pipe or a
    /// file; the built-in sample article when none is named on a terminal).
    #[arg(value_parser = clap::builder::OsStringValueParser::new().map(input_path))]
    pub file: Option<PathBuf>,
    /// Line width in cells (default: the terminal's width, or 80).
    #[arg(long, conflicts_with = "no_wrap", value_parser = parse_width)]
    pub width: Option<usize>,
    /// One output line per input line, no wrapping and no padding.
    #[arg(long)]
    pub no_wrap: bool,
    /// Join Arabic letters by substituting presentation forms [default: the
    /// configuration's `shape`, auto].
    #[arg(long, value_enum)]
    pub shape: Option<Shaping>,
    /// How a paragraph's direction is found: `first-letter` (UAX #9, as
    /// GNU FriBidi), `most-letters` ("CNN: قال …" right to left), `rtl` or
    /// `ltr` for every paragraph [default: the configuration's
    /// `paragraph_direction`, first-letter].
    #[arg(long, value_enum)]
    pub paragraph_direction: Option<ParagraphDirection>,
    /// Mark control characters and replaced bytes in reverse video.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// What the input is written in [default: markdown for a `.md` file, a
    /// web page or a feed told by its first bytes, else text]; `html` reads
    /// it as a web page's article.
    #[arg(long, value_enum)]
    pub from: Option<Markup>,
    #[command(flatten)]
    pub input: EncodingOption,
    #[command(flatten)]
    pub terminal: BidiOption,
}

/// `--from text|html|markdown`.
pub use crate::core::article::Markup;

/// `auto`: colour when standard output is a terminal and `NO_COLOR` is not set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests;
