//! Command-line arguments, parsed by clap into plain option values.

use std::path::PathBuf;

use crate::core::terminal::{BidiSetting, Shaping};
use crate::reader::config::{Formatter, ParagraphDirection, WIDTH_MAX};
use crate::reader::messages::{Lang, LangSetting};
use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand, ValueEnum};

mod less;

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

/// An input argument as a path: a `file:` link is the local file it names
/// (`file:///tmp/a%20b.txt` is `/tmp/a b.txt`; `file:/tmp/a.txt` and
/// `file://localhost/…` too), as a browser or newsboat may hand one over;
/// anything else is the path or link as written. A file link this machine
/// cannot read (another host, a broken escape) is left as written, and
/// opening it says why in one line (`store::fetch`).
/// A file argument as the system gives it: a name that is no UTF-8 (an
/// Arabic name in windows-1256 bytes, from an old archive) is a path all
/// the same; only a UTF-8 one can be a `file:` link.
fn input_path(arg: std::ffi::OsString) -> PathBuf {
    match arg.to_str() {
        Some(text) => {
            local_file(text).map_or_else(|| PathBuf::from(text), |path| with_fragment(path, text))
        }
        None => PathBuf::from(arg),
    }
}

/// `path` with the `#fragment` of the link it came from, written as a path
/// to a page may be (`page.html#part`), for the page to open there.
pub(crate) fn with_fragment(path: PathBuf, link: &str) -> PathBuf {
    match link.split_once('#') {
        Some((_, fragment)) if !fragment.is_empty() => {
            let mut path = path.into_os_string();
            path.push("#");
            path.push(fragment);
            PathBuf::from(path)
        }
        _ => path,
    }
}

/// The local path a `file:` link names, or `None` when `arg` is none.
pub(crate) fn local_file(arg: &str) -> Option<PathBuf> {
    let rest = arg
        .get(..5)
        .filter(|scheme| scheme.eq_ignore_ascii_case("file:"))
        .map(|_| &arg[5..])?;
    // file:///path or file://localhost/path; file:/path has no host.
    let path = match rest.strip_prefix("//") {
        Some(host_path) => match host_path.find('/') {
            Some(0) => host_path,
            Some(at) if host_path[..at].eq_ignore_ascii_case("localhost") => &host_path[at..],
            _ => return None,
        },
        None if rest.starts_with('/') => rest,
        None => return None,
    };
    link_path(path)
}

/// The path a link's path part names: without its `?query` and
/// `#fragment`, its `%XX` escapes decoded; `None` for a broken escape.
pub(crate) fn link_path(path: &str) -> Option<PathBuf> {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    percent_decode(path).map(path_from_bytes)
}

/// `%XX` escapes as the bytes they stand for; `None` for a broken escape.
fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let digit = |d: u8| char::from(d).to_digit(16);
            let (high, low) = (digit(bytes.next()?)?, digit(bytes.next()?)?);
            out.push((high * 16 + low) as u8);
        } else {
            out.push(b);
        }
    }
    Some(out)
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// An encoding by one of its names, or what the choice is.
fn parse_encoding(arg: &str) -> Result<&'static encoding_rs::Encoding, String> {
    crate::core::article::encoding_for_label(arg).ok_or_else(|| {
        format!(
            "`{arg}` is not an encoding qari knows (try utf-8, windows-1256, iso-8859-6, utf-16le)"
        )
    })
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
    /// List the people, places, organisations, dates and quotes in an article.
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

/// `--export FORMAT`, read from the formats' table.
impl ValueEnum for ExportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &ExportFormat::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()).help(self.description()))
    }
}

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
    /// Article (`-` or none: standard input when it is a pipe or a file; the
    /// built-in sample article when none is named on a terminal).
    #[arg(value_parser = clap::builder::OsStringValueParser::new().map(input_path))]
    pub file: Option<PathBuf>,
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

impl ValueEnum for Markup {
    fn value_variants<'a>() -> &'a [Self] {
        &[Markup::Text, Markup::Html, Markup::Markdown]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            Markup::Text => "text",
            Markup::Html => "html",
            Markup::Markdown => "markdown",
        }))
    }
}

/// A line width: a whole number of cells, from one to the configuration's
/// widest column ([`WIDTH_MAX`]).
fn parse_width(arg: &str) -> Result<usize, String> {
    let max = usize::from(WIDTH_MAX);
    match arg.parse::<usize>() {
        Ok(0) => Err("the width must be at least 1 cell".to_string()),
        Ok(n) if n > max => Err(format!("the width must be at most {max} cells")),
        Ok(n) => Ok(n),
        // Digits too many for a number are still a width too wide.
        Err(_) if !arg.is_empty() && arg.bytes().all(|b| b.is_ascii_digit()) => {
            Err(format!("the width must be at most {max} cells"))
        }
        Err(_) => Err(format!("`{arg}` is not a number of cells")),
    }
}

/// `--terminal-bidi auto|qari|terminal`: the configuration's [`BidiSetting`],
/// read from the command line.
impl ValueEnum for BidiSetting {
    fn value_variants<'a>() -> &'a [Self] {
        &[BidiSetting::Auto, BidiSetting::Qari, BidiSetting::Terminal]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self {
            BidiSetting::Auto => ("auto", "Decide from what the terminal says about itself"),
            BidiSetting::Qari => (
                "qari",
                "qari lays out; terminals that can be switched are switched to draw cells as sent",
            ),
            BidiSetting::Terminal => (
                "terminal",
                "The terminal reorders each line itself; qari sends lines in the order that comes out right after it",
            ),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

/// `--lang ar|en`: the interface's language.
impl ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Self] {
        &[Lang::Ar, Lang::En]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let (name, help) = match self {
            Lang::Ar => ("ar", "Arabic, right to left"),
            Lang::En => ("en", "English"),
        };
        Some(clap::builder::PossibleValue::new(name).help(help))
    }
}

/// The locale that names the interface's language: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty, as POSIX orders them.
pub fn messages_locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
}

/// The program running qari as its pager, when it formats its own output
/// for the terminal: man-db sets `MAN_PN` (the page's name) for its pager;
/// git sets `GIT_EXEC_PATH` for every program it runs, its pager too (it
/// takes its own `GIT_PAGER_IN_USE` out of the pager's environment; git's
/// Perl commands leave theirs in). man's is asked first: it is set for the
/// pager alone, where git's go on to whatever git runs (an alias's command,
/// which may run man). Only when qari pages (`paging`: no file named, and
/// standard input is not the terminal: both pipe into their pager): run by
/// a git alias, a hook or `rebase -x` on a file, it is a reader as any.
pub fn formatter(paging: bool) -> Option<Formatter> {
    formatter_in(
        |name| std::env::var_os(name).is_some_and(|v| !v.is_empty()),
        paging,
    )
}

/// [`formatter`] in an environment where `set(name)` says whether a
/// variable is set and not empty.
fn formatter_in(set: impl Fn(&str) -> bool, paging: bool) -> Option<Formatter> {
    if !paging {
        None
    } else if set("MAN_PN") {
        Some(Formatter::Man)
    } else if set("GIT_EXEC_PATH") || set("GIT_PAGER_IN_USE") {
        Some(Formatter::Git)
    } else {
        None
    }
}

/// The interface's language: `--lang`, else the configuration's `lang`
/// (under auto, the locale's).
pub fn interface_lang(cli: Option<Lang>, setting: LangSetting) -> Lang {
    cli.unwrap_or_else(|| setting.resolve(messages_locale().as_deref()))
}

/// `--shape auto|on|off`: the configuration's [`Shaping`], read from the
/// command line (the configuration itself knows nothing of clap).
impl ValueEnum for Shaping {
    fn value_variants<'a>() -> &'a [Self] {
        &[Shaping::Auto, Shaping::On, Shaping::Off]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            Shaping::Auto => "auto",
            Shaping::On => "on",
            Shaping::Off => "off",
        }))
    }
}

/// `--paragraph-direction`: the configuration's [`ParagraphDirection`].
impl ValueEnum for ParagraphDirection {
    fn value_variants<'a>() -> &'a [Self] {
        use ParagraphDirection::*;
        &[FirstLetter, MostLetters, Rtl, Ltr]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            ParagraphDirection::FirstLetter => "first-letter",
            ParagraphDirection::MostLetters => "most-letters",
            ParagraphDirection::Rtl => "rtl",
            ParagraphDirection::Ltr => "ltr",
        }))
    }
}

/// `auto`: colour when standard output is a terminal and `NO_COLOR` is not set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn less(args: &[&str]) -> (Vec<String>, Option<String>) {
        let args = args.iter().map(std::ffi::OsString::from).collect();
        let (kept, command) = less_arguments(args);
        let kept = kept
            .into_iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        (kept, command)
    }

    #[test]
    fn less_s_flags_and_plus_commands_are_taken_off_a_pager_s_arguments() {
        assert_eq!(
            less(&["qari", "-R", "+G", "a.txt", "-FRX"]),
            (
                vec!["qari".to_string(), "a.txt".to_string()],
                Some("G".to_string())
            )
        );
        assert_eq!(less(&["qari", "+/مجلس", "-"]).1.as_deref(), Some("/مجلس"));
        // qari's own flags stay, and a subcommand's arguments are its own.
        assert_eq!(less(&["qari", "--shape", "on", "a.txt"]).0.len(), 4);
        let after_option = less(&["qari", "--encoding", "utf-8", "search", "+963", "a.txt"]);
        assert_eq!((after_option.0.len(), after_option.1), (6, None));
        let search = less(&["qari", "search", "-c", "+x", "a.txt"]);
        assert_eq!(
            search,
            (
                ["qari", "search", "-c", "+x", "a.txt"]
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
                None
            )
        );
        // The parse takes what is left.
        let (kept, _) = less_arguments(
            ["qari", "-R", "+G", "a.txt"]
                .iter()
                .map(std::ffi::OsString::from)
                .collect(),
        );
        let cli = Cli::try_parse_from(kept).expect("parses");
        assert_eq!(cli.files, [PathBuf::from("a.txt")]);
    }

    fn render_args(args: &[&str]) -> Result<RenderArgs, clap::Error> {
        let cli = Cli::try_parse_from(["qari", "render"].iter().chain(args))?;
        match cli.command {
            Some(Command::Render(r)) => Ok(r),
            other => panic!("not a render command: {other:?}"),
        }
    }

    #[test]
    fn width_must_be_a_positive_number() {
        assert_eq!(parse_width("1"), Ok(1));
        assert_eq!(parse_width("120"), Ok(120));
        assert!(parse_width("0").is_err_and(|e| e.contains("at least 1")));
        assert!(parse_width("-3").is_err_and(|e| e.contains("not a number")));
        assert!(parse_width("wide").is_err());
        assert_eq!(parse_width("1000"), Ok(1000));
        for wide in ["1001", "4294967295", "99999999999999999999999"] {
            assert!(
                parse_width(wide).is_err_and(|e| e.contains("at most 1000")),
                "{wide}"
            );
        }
    }

    #[test]
    fn man_and_git_are_told_by_their_variables() {
        let only = |names: &'static [&'static str]| move |name: &str| names.contains(&name);
        assert_eq!(formatter_in(only(&[]), true), None);
        assert_eq!(formatter_in(only(&["MAN_PN"]), true), Some(Formatter::Man));
        assert_eq!(
            formatter_in(only(&["GIT_EXEC_PATH"]), true),
            Some(Formatter::Git)
        );
        assert_eq!(
            formatter_in(only(&["GIT_PAGER_IN_USE"]), true),
            Some(Formatter::Git)
        );
        assert_eq!(
            formatter_in(only(&["GIT_EXEC_PATH", "MAN_PN"]), true),
            Some(Formatter::Man)
        );
        // A file named, or the terminal on standard input: not paging (a
        // git alias or hook that opens an article).
        assert_eq!(formatter_in(only(&["GIT_EXEC_PATH"]), false), None);
        assert_eq!(formatter_in(only(&["MAN_PN"]), false), None);
    }

    #[test]
    fn render_arguments_parse() {
        let r = render_args(&["a.txt", "--width", "40", "--shape", "off"]).expect("valid");
        assert_eq!(r.file.as_deref(), Some(std::path::Path::new("a.txt")));
        assert_eq!(r.width, Some(40));
        assert_eq!(r.shape, Some(Shaping::Off));
        assert_eq!(render_args(&[]).expect("valid").shape, None);
        assert_eq!(r.color, ColorArg::Auto);
        assert!(render_args(&["--width", "0"]).is_err());
        assert!(render_args(&["--width", "5", "--no-wrap"]).is_err());
        assert!(render_args(&["--no-wrap"]).expect("valid").no_wrap);
    }

    #[test]
    fn annotations_arguments_parse() {
        let cli = Cli::try_parse_from(["qari", "annotations", "a.txt", "--export", "w3c"])
            .expect("valid");
        let Some(Command::Annotations(a)) = cli.command else {
            panic!("not annotations");
        };
        assert_eq!(a.export, ExportFormat::W3c);
        let cli =
            Cli::try_parse_from(["qari", "annotations", "a.txt", "--import", "brat", "a.ann"])
                .expect("valid");
        let Some(Command::Annotations(a)) = cli.command else {
            panic!("not annotations");
        };
        assert_eq!(a.export, ExportFormat::Jsonl);
        assert_eq!(
            a.import,
            Some(vec![PathBuf::from("brat"), PathBuf::from("a.ann")])
        );
        assert!(Cli::try_parse_from(["qari", "annotations", "--import", "brat"]).is_err());
        let cli = Cli::try_parse_from(["qari", "annotations", "--all", "--export", "markdown"])
            .expect("valid");
        let Some(Command::Annotations(a)) = cli.command else {
            panic!("not annotations");
        };
        assert!(a.all && a.file.is_none());
        assert!(Cli::try_parse_from(["qari", "annotations", "a.txt", "--all"]).is_err());
        assert!(Cli::try_parse_from(["qari", "annotations", "--export", "csv"]).is_err());
    }

    #[test]
    fn reader_takes_files_or_nothing() {
        let cli = Cli::try_parse_from(["qari", "-"]).expect("valid");
        assert_eq!(cli.files, [PathBuf::from("-")]);
        assert!(cli.command.is_none());
        let cli = Cli::try_parse_from(["qari", "file:///tmp/a%20b.txt"]).expect("valid");
        assert_eq!(cli.files, [PathBuf::from("/tmp/a b.txt")]);
        let cli = Cli::try_parse_from(["qari", "text", "FILE://localhost/tmp/%D9%82.txt"])
            .expect("valid");
        let Some(Command::Text(args)) = cli.command else {
            panic!("not text: {cli:?}")
        };
        assert_eq!(args.file, Some(PathBuf::from("/tmp/ق.txt")));
        let cli = Cli::try_parse_from(["qari", "file:/tmp/a.txt"]).expect("valid");
        assert_eq!(cli.files, [PathBuf::from("/tmp/a.txt")]);
        // Another machine's file, or a broken escape, is left as written, for
        // opening it to refuse in one line.
        for bad in [
            "file://server/tmp/a.txt",
            "file:///tmp/a%2.txt",
            "file:///a%zz",
        ] {
            let cli = Cli::try_parse_from(["qari", bad]).expect(bad);
            assert_eq!(cli.files, [PathBuf::from(bad)]);
        }
        // Links of other schemes are left to `pages`, which fetches or refuses them.
        let cli = Cli::try_parse_from(["qari", "https://example.org/a"]).expect("valid");
        assert_eq!(cli.files, [PathBuf::from("https://example.org/a")]);
        let cli = Cli::try_parse_from(["qari", "a.txt", "b.txt"]).expect("valid");
        assert_eq!(cli.files, [PathBuf::from("a.txt"), PathBuf::from("b.txt")]);
        assert!(Cli::try_parse_from(["qari"])
            .expect("valid")
            .files
            .is_empty());
        assert!(Cli::try_parse_from(["qari", "--bogus"]).is_err());
        assert!(
            Cli::try_parse_from(["qari", "--print-config"])
                .expect("valid")
                .print_config
        );
    }
}
