//! PURE: what qari tells a person about an input, as values: a warning
//! about a document read ([`Warning`]: a guessed encoding, bytes replaced,
//! an encoding declared wrongly,
//! no story found in a page, reading stopped), and why an input could not
//! be read ([`InputError`]: no such file, not a web page, a link refused
//! or timed out, …).
//!
//! They are values, not sentences, because two audiences read them. The
//! commands and the command line's errors speak English to scripts: that
//! is `Display` here. The reader speaks the interface's language: it says
//! each one through its row in the catalogue (`reader/messages.rs`), whose
//! English a test holds equal to these words. What comes from elsewhere
//! (an I/O error the system words, a server's answer) is carried as it is,
//! in English, as the catalogue's `{err}` places are.

use std::fmt;
use std::io;

/// Something the reader of a document should know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Bytes that were not UTF-8 became U+FFFD.
    InvalidUtf8,
    /// The text was read in this encoding (not UTF-8).
    ReadAs(String),
    /// The text was read in this encoding, as `--encoding` asked, though
    /// its bytes are UTF-8 with Arabic letters (so they read as mojibake).
    AskedOverUtf8(String),
    /// Bytes not valid in this encoding became U+FFFD.
    Replaced(String),
    /// The input said it was in `declared`, which its bytes are not: it
    /// was read as `used`.
    NotAsDeclared { declared: String, used: String },
    /// A feed whose tags stop nesting at `line` (`what` says how): its
    /// items were read as far as they could be.
    BrokenFeed { line: usize, what: String },
    /// A page where no story was found: all its visible text is shown.
    NoArticle,
    /// A page that is mostly its story, shown without its menus, footer and
    /// boxes because the story could not be told from the rest.
    WholePage,
    /// Reading stopped at the reader's limit, with `name` the input's.
    Stopped { name: String, at: Limit },
    /// Reading stopped at byte `at` for `reason` (said by the system).
    Broke { at: u64, reason: String },
}

/// Which of the reader's limits stopped the reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Bytes(usize),
    Lines(usize),
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidUtf8 => f.write_str(crate::core::document::INVALID_UTF8_WARNING),
            Self::ReadAs(encoding) => write!(f, "read as {encoding}"),
            Self::AskedOverUtf8(encoding) => write!(
                f,
                "read as {encoding}, as --encoding asks, though it is UTF-8 with Arabic letters (it reads as UTF-8 without --encoding)"
            ),
            Self::Replaced(encoding) => {
                write!(
                    f,
                    "bytes not valid in {encoding} were replaced with \u{FFFD}"
                )
            }
            Self::NotAsDeclared { declared, used } => write!(
                f,
                "declared as {declared}, which its bytes are not: read as {used}"
            ),
            Self::BrokenFeed { line, what } => write!(
                f,
                "the feed is broken at line {line} ({what}): its items are read as far as they can be"
            ),
            Self::NoArticle => f.write_str("no article found in the page: showing all its text"),
            Self::WholePage => f.write_str(
                "the story could not be told from the page around it: showing the page's text without its menus and footer",
            ),
            Self::Stopped {
                name,
                at: Limit::Bytes(n),
            } => write!(f, "stopped reading {name} at {}", size_in_words(*n)),
            Self::Stopped {
                name,
                at: Limit::Lines(n),
            } => write!(f, "stopped reading {name} at {n} lines"),
            Self::Broke { at, reason } => write!(f, "stopped loading at byte {at}: {reason}"),
        }
    }
}

/// `n` bytes as people write it: "1 GiB", "3 MiB", "100 KiB", "12345 bytes".
pub fn size_in_words(n: usize) -> String {
    const UNITS: [(usize, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    UNITS
        .iter()
        .find(|(unit, _)| n >= *unit && n.is_multiple_of(*unit))
        .map_or_else(
            || format!("{n} bytes"),
            |(unit, name)| format!("{} {name}", n / unit),
        )
}

/// A count of `noun` in English: "1 annotation", "3 annotations".
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// An input (a path, a link, "standard input") that could not be read,
/// and why: `<input>: <reason>`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{input}: {reason}")]
pub struct InputError {
    pub input: String,
    pub reason: Reason,
}

impl InputError {
    pub fn new(input: impl fmt::Display, reason: Reason) -> Self {
        Self {
            input: input.to_string(),
            reason,
        }
    }

    /// `input` and an I/O failure reading it.
    pub fn io(input: impl fmt::Display, err: &io::Error) -> Self {
        Self::new(input, Reason::of_io(err))
    }
}

/// Why an input could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    NoSuchFile,
    PermissionDenied,
    IsADirectory,
    /// A link whose answer is of this type (`image/png`, "no type").
    NotPageOrText(String),
    /// A feed without items: nothing to list.
    FeedEmpty,
    /// Standard input, gone back to before its reader had it whole.
    ReadAlready,
    /// A link's host that no name server knows (or no network at all).
    NoSuchHost,
    /// A link's host that could not be reached.
    CouldNotConnect,
    ConnectionRefused,
    TimedOut,
    /// A link given up by the person waiting for it (a key, a signal).
    Interrupted,
    /// A named pipe (FIFO) no writer came to, given up by the person
    /// waiting (a key, a signal).
    NoWriter,
    /// A link that redirected more than this many times.
    TooManyRedirects(u32),
    /// A redirect to nowhere qari can go.
    RedirectFailed,
    /// A redirect to an address of another scheme than http(s) (a local
    /// file, say): refused, as a page may not open the reader's files.
    RedirectRefused(String),
    /// A link's answer larger than this many MB.
    TooLarge(u64),
    /// A link's address that does not parse (the parser's words).
    BadAddress(String),
    /// TLS failed (the library's words).
    Tls(String),
    /// Any other network failure (the system's words).
    Network(String),
    /// A link's answer whose compression is broken (the library's words).
    BrokenCompression(String),
    /// A link's answer with an HTTP status that is no success: the code and
    /// its standard reason ("Not Found"), which the server words.
    HttpStatus {
        code: u16,
        reason: String,
    },
    /// A link of a scheme qari does not fetch (`ftp`, `gopher`).
    Scheme(String),
    /// A `file:` link that names no file on this machine.
    NoLocalFile,
    /// A relative link with no address to read it against (a piped
    /// feed's item, whose feed names no site).
    Relative,
    /// Any other failure, in the system's words.
    Other(String),
}

impl Reason {
    /// An I/O failure in words for people, without the `(os error N)` suffix.
    pub fn of_io(err: &io::Error) -> Self {
        match err.kind() {
            io::ErrorKind::NotFound => Self::NoSuchFile,
            io::ErrorKind::PermissionDenied => Self::PermissionDenied,
            io::ErrorKind::IsADirectory => Self::IsADirectory,
            io::ErrorKind::BrokenPipe => Self::Other("broken pipe".to_string()),
            _ => {
                let text = err.to_string();
                let text = text
                    .find(" (os error")
                    .map_or(text.as_str(), |i| &text[..i]);
                let mut chars = text.chars();
                Self::Other(chars.next().map_or_else(String::new, |first| {
                    first.to_lowercase().chain(chars).collect::<String>()
                }))
            }
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoSuchFile => f.write_str("no such file"),
            Self::PermissionDenied => f.write_str("permission denied"),
            Self::IsADirectory => f.write_str("is a directory"),
            Self::NotPageOrText(what) => write!(f, "not a web page or text ({what})"),
            Self::FeedEmpty => f.write_str("the feed has no items"),
            Self::ReadAlready => f.write_str("was read already and cannot be read again"),
            Self::NoSuchHost => f.write_str("no such host (or no network)"),
            Self::CouldNotConnect => f.write_str("could not connect (refused or unreachable)"),
            Self::ConnectionRefused => f.write_str("connection refused"),
            Self::TimedOut => f.write_str("timed out"),
            Self::Interrupted => f.write_str("stopped before the page came (interrupted)"),
            Self::NoWriter => f.write_str("stopped waiting for a writer (interrupted)"),
            Self::TooManyRedirects(n) => write!(f, "more than {n} redirects"),
            Self::RedirectFailed => f.write_str("a redirect led nowhere"),
            Self::RedirectRefused(scheme) => {
                write!(f, "a redirect to a {scheme}: address was refused")
            }
            Self::TooLarge(mb) => write!(f, "too large (over {mb} MB)"),
            Self::BadAddress(why) => write!(f, "not a valid address ({why})"),
            Self::Tls(why) => write!(f, "TLS failed: {why}"),
            Self::Network(why) => write!(f, "network error: {why}"),
            Self::BrokenCompression(why) => write!(f, "the page's compression is broken: {why}"),
            Self::HttpStatus { code, reason } if reason.is_empty() => {
                write!(f, "the server answered {code}")
            }
            Self::HttpStatus { code, reason } => write!(f, "the server answered {code} {reason}"),
            Self::Scheme(scheme) => write!(f, "qari fetches http and https links, not {scheme}"),
            Self::NoLocalFile => f.write_str(
                "names no file on this machine (a file link is file:///path, with %XX escapes)",
            ),
            Self::Relative => f.write_str("a relative link, with no address to go from"),
            Self::Other(text) => f.write_str(text),
        }
    }
}
