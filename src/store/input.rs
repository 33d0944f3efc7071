//! Reading an article: a file, standard input, or the built-in sample.
//!
//! This is the edge where the outside world fails: files go missing, are
//! directories or unreadable. Every such failure becomes one sentence naming the
//! path (`<path>: no such file`), because the shell prints it as is and a person
//! reads it. Opening is always done here, synchronously, so those errors come
//! before any screen. The reader then loads its document progressively
//! ([`start_loading`], see [`crate::store::loader`]); `qari render` instead pulls
//! paragraphs through [`ParagraphReader`], which decodes with the same function
//! as the document model and never holds more than one (bounded) line.
//!
//! What a command reads when no file is named is decided here too
//! ([`source_for`]): standard input when it is a pipe or a file, the built-in
//! article when it is a terminal (nobody is typing an article), and `-` on a
//! terminal is a mistake said at once rather than a blank screen. Nothing
//! named with a device for standard input (`/dev/null`, which cron, `ssh -n`
//! and a shell's background jobs give) is a mistake said the same way: no
//! text was given, and printing nothing with success would hide that; `-`
//! reads the device all the same. Every input
//! but the built-in article is read through [`cleaned`], which undoes what
//! programs write for a pager (escape sequences, overstrikes, fixed-width
//! wrapping, newsboat's header block).

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::path::Path;

use anyhow::anyhow;

use crate::core::article::{self, Markup};
use crate::core::document::Document;
use crate::core::notice::{InputError, Reason};
use crate::core::paragraphs::io_reason;
use crate::store::loader::{self, LoadUpdate, Loading};
use crate::store::pages::{self, ReadOptions};

mod arriving;
mod cleaned;
mod decoded;
pub mod fifo;
mod piped_page;

/// `Read::read` for a reader whose `BufRead` side does the work.
fn read_buffered(reader: &mut impl BufRead, buf: &mut [u8]) -> io::Result<usize> {
    let available = reader.fill_buf()?;
    let n = available.len().min(buf.len());
    buf[..n].copy_from_slice(&available[..n]);
    reader.consume(n);
    Ok(n)
}

/// The article `qari` opens when no file is given.
pub const DEFAULT_ARTICLE: &str = include_str!("../../assets/kazakhstan-2022-01-06.txt");
pub const DEFAULT_NAME: &str = "kazakhstan-2022-01-06.txt";

/// Where text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source<'a> {
    Builtin,
    Stdin,
    File(&'a Path),
}

impl<'a> Source<'a> {
    /// `-` means standard input; any other path is a file.
    pub fn from_path(path: &'a Path) -> Self {
        if path.as_os_str() == "-" {
            Self::Stdin
        } else {
            Self::File(path)
        }
    }

    /// Whether the source can be read only once, as it arrives: standard
    /// input, or a path that is a pipe or a device (`qari entities <(curl …)`,
    /// /dev/stdin). Its first bytes are looked at in the stream, never by
    /// opening it a second time.
    pub fn streamed(&self) -> bool {
        match self {
            Self::Builtin => false,
            Self::Stdin => true,
            Self::File(path) => is_stream(path),
        }
    }

    /// How error messages name the source: the path as given.
    pub fn label(&self) -> String {
        match self {
            Self::Builtin => DEFAULT_NAME.to_string(),
            Self::Stdin => "standard input".to_string(),
            Self::File(p) => p.display().to_string(),
        }
    }

    /// How the reader titles the document: the file name without directories,
    /// but the whole path of a descriptor (/dev/fd/63 for `qari <(…)`, not 63).
    pub fn title(&self) -> String {
        match self {
            Self::File(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .filter(|n| !n.bytes().all(|b| b.is_ascii_digit()))
                .unwrap_or_else(|| p.display().to_string()),
            _ => self.label(),
        }
    }
}

/// A path that names a pipe, a device or a socket rather than a file: what
/// is read from it is gone, so it is opened once. (A path that cannot be
/// looked at is left to the opening to report.)
pub fn is_stream(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// What to read for a command whose FILE argument is `file`, by
/// [`choose`] with the real standard input.
pub fn source_for(file: Option<&Path>) -> anyhow::Result<Source<'_>> {
    choose(file, StdinKind::now())
}

/// What standard input is, as [`choose`] asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdinKind {
    Terminal,
    /// A character device that is no terminal: `/dev/null`, mostly.
    Device,
    /// A pipe, a file, a socket: something written to be read.
    Stream,
}

impl StdinKind {
    /// The process's standard input (a closed one is a stream, whose
    /// reading then says what is wrong).
    pub fn now() -> Self {
        use std::os::fd::AsFd;
        use std::os::unix::fs::FileTypeExt;
        let stdin = io::stdin();
        if stdin.is_terminal() {
            return Self::Terminal;
        }
        let device = stdin
            .as_fd()
            .try_clone_to_owned()
            .map(File::from)
            .and_then(|file| file.metadata())
            .is_ok_and(|meta| meta.file_type().is_char_device());
        if device {
            Self::Device
        } else {
            Self::Stream
        }
    }
}

/// A named file; `-` for standard input unless it is a terminal; nothing
/// named: standard input when it is a pipe or a file, the built-in article
/// on a terminal, and a mistake on a device.
pub fn choose(file: Option<&Path>, stdin: StdinKind) -> anyhow::Result<Source<'_>> {
    match (file.map(Source::from_path), stdin) {
        (Some(Source::Stdin), StdinKind::Terminal) => Err(anyhow!(
            "standard input is a terminal, not text: pipe an article in \
             (`cat article.txt | qari -`) or name a FILE"
        )),
        (Some(source), _) => Ok(source),
        (None, StdinKind::Terminal) => Ok(Source::Builtin),
        (None, StdinKind::Device) => Err(anyhow!(
            "no FILE named, and standard input is a device (/dev/null, as cron \
             and `ssh -n` give), not text: pipe an article in or name a FILE \
             (`-` reads standard input all the same)"
        )),
        (None, StdinKind::Stream) => Ok(Source::Stdin),
    }
}

/// Bytes of standard input read ahead to tell what it is (a page, a feed or
/// text), given back first to whatever reads standard input next: one
/// stash for the process, as standard input is one.
static STDIN_AHEAD: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

/// Keep `head`, read from standard input, to be read again first.
pub(in crate::store) fn give_back_stdin(head: Vec<u8>) {
    *STDIN_AHEAD
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = head;
}

/// What was read ahead of standard input and not read again yet.
pub(in crate::store) fn take_stdin_ahead() -> Vec<u8> {
    std::mem::take(
        &mut *STDIN_AHEAD
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    )
}

/// Buffer size for reading files and standard input.
const READ_BUFFER: usize = 64 * 1024;

/// Open `source` for reading, refusing directories. Errors read `<path>: <reason>`.
pub fn open(source: Source<'_>, options: &ReadOptions) -> anyhow::Result<Box<dyn BufRead + Send>> {
    open_as(source, None, false, options).map(|opened| opened.reader)
}

/// An input opened, cleaned, with what the reader calls it.
pub struct Opened {
    pub reader: Box<dyn BufRead + Send>,
    /// The length of a regular file (a hint for the buffer).
    pub len: Option<u64>,
    /// The title of a header block, else the file's name.
    pub title: String,
    /// A page's links (a page piped in).
    pub links: Vec<article::Link>,
    /// A feed's items (a feed piped in), for the reader's list of them.
    pub feed: Option<article::feed::Feed>,
    /// What reading a page or feed piped in found to say (the encoding it
    /// was read in), for the reader's status bar.
    pub warnings: Vec<crate::core::notice::Warning>,
}

/// [`open`], with the file's length and the document's title (which reads
/// the start of the input: a header block's title names the document).
pub fn open_titled(source: Source<'_>, options: &ReadOptions) -> anyhow::Result<Opened> {
    open_as(source, None, true, options)
}

/// The most of an input read whole to be converted from a markup.
const MARKUP_LIMIT: u64 = 64 << 20;

/// [`open`], reading the input as written in `markup` (by default: Markdown
/// for a `.md` file, else text); with `titled`, the start of the input is
/// read now for the title, else only when the stream is first read. Text in
/// another encoding (`options`, else its first bytes) is decoded as it streams.
pub fn open_as(
    source: Source<'_>,
    markup: Option<Markup>,
    titled: bool,
    options: &ReadOptions,
) -> anyhow::Result<Opened> {
    // A `#fragment` is where the reader starts in a page: nothing to a
    // command, nor to text (`notes.md#part` is notes.md).
    if let Source::File(path) = source {
        let (file, fragment) = pages::split_fragment(path);
        if fragment.is_some() {
            return open_as(Source::File(&file), markup, titled, options);
        }
    }
    // `qari render page.html`, `qari search X https://…`: the article's text.
    let streamed = source.streamed();
    if let (None, Source::File(path), false) = (markup, source, streamed) {
        if let Some(page) = pages::open_markup(path, options)? {
            let text = page.document.text().to_string();
            return Ok(Opened {
                len: Some(text.len() as u64),
                reader: Box::new(io::Cursor::new(text.into_bytes())),
                title: page.document.name,
                links: Vec::new(),
                feed: None,
                warnings: page.document.warnings,
            });
        }
    }
    let (mut raw, mut len) = open_raw(source, options)?;
    let markup = markup.unwrap_or(match source {
        Source::File(path) => Markup::of_path(path),
        _ => Markup::Text,
    });
    // A web page or a feed piped in is told by its first bytes: now for the
    // reader, which names the document by its title, else when first read.
    let mut page = false;
    if streamed && markup == Markup::Text && !titled {
        raw = Box::new(piped_page::piped_page(raw, options.encoding));
    } else if streamed && markup == Markup::Text {
        let fail = |e: &io::Error| anyhow!("{}: {}", source.label(), io_reason(e));
        let head = raw.fill_buf().map_err(|e| fail(&e))?;
        page = article::kind_of(head, &article::Hint::default()) != article::Kind::Text;
    }
    let mut title = None;
    let mut links = Vec::new();
    let mut feed = None;
    let mut warnings = Vec::new();
    if markup != Markup::Text || page {
        let fail = |e: &io::Error| anyhow!("{}: {}", source.label(), io_reason(e));
        let mut bytes = Vec::new();
        (&mut raw)
            .take(MARKUP_LIMIT + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| fail(&e))?;
        if bytes.len() as u64 > MARKUP_LIMIT {
            anyhow::bail!(
                "{}: too large to read as {markup:?} (over {} MiB)",
                source.label(),
                MARKUP_LIMIT >> 20
            );
        }
        let marked = if page {
            let label = source.label();
            let hint = article::Hint {
                name: &label,
                encoding: options.encoding,
                ..article::Hint::default()
            };
            let mut found = article::from_bytes(&bytes, &hint)
                .map_err(|e| anyhow!("{}: {e}", source.label()))?;
            feed = found.feed.take();
            warnings = std::mem::take(&mut found.warnings);
            article::Marked {
                text: found.text(),
                title: found.title,
                links: found.links,
            }
        } else {
            // Markdown in another encoding is decoded as text is.
            let encoding = article::decode::text_encoding(&bytes, options.encoding);
            article::to_text(markup, &encoding.decode(&bytes).0)
        };
        title = marked.title;
        links = marked.links;
        len = Some(marked.text.len() as u64);
        raw = Box::new(io::Cursor::new(marked.text.into_bytes()));
    }
    // Text in another encoding, decoded as it streams; a pipe read lazily is
    // decoded once `piped_page` has told it is text.
    let lazy = streamed && !titled;
    if markup == Markup::Text && !page && !lazy && source != Source::Builtin {
        raw = decoded::decoded(raw, options.encoding)
            .map_err(|e| anyhow!("{}: {}", source.label(), io_reason(&e)))?;
    }
    if source == Source::Builtin {
        return Ok(Opened {
            reader: raw,
            len,
            title: source.title(),
            links,
            feed,
            warnings,
        });
    }
    // The reader's pipe: its first lines are shown without waiting for more.
    let mut reader = if titled && streamed && !page && markup == Markup::Text {
        cleaned::cleaned_arriving(raw)
    } else {
        cleaned::cleaned(raw)
    };
    if titled {
        let header = reader
            .header()
            .map_err(|e| anyhow!("{}: {}", source.label(), io_reason(&e)))?;
        // newsboat's `Link:` line: the item's page, first among its links.
        if let Some(href) = header.and_then(|h| h.link.clone()) {
            if links.iter().all(|l| l.href != href) {
                links.insert(
                    0,
                    article::Link {
                        text: "Link".to_string(),
                        href,
                    },
                );
            }
        }
        title = header.and_then(|h| h.name()).map(String::from).or(title);
    }
    Ok(Opened {
        reader: Box::new(reader),
        len,
        title: title
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| source.title()),
        links,
        feed,
        warnings,
    })
}

/// The source's bytes as they are.
fn open_raw(
    source: Source<'_>,
    options: &ReadOptions,
) -> anyhow::Result<(Box<dyn BufRead + Send>, Option<u64>)> {
    let fail = |err: &io::Error| InputError::io(source.label(), err);
    Ok(match source {
        Source::Builtin => (
            Box::new(DEFAULT_ARTICLE.as_bytes()),
            Some(DEFAULT_ARTICLE.len() as u64),
        ),
        Source::Stdin => {
            let ahead = io::Cursor::new(take_stdin_ahead()).chain(io::stdin());
            (Box::new(BufReader::with_capacity(READ_BUFFER, ahead)), None)
        }
        // Opened without blocking until a writer comes, which nothing
        // could give up on (`fifo`).
        Source::File(path) if fifo::is_fifo(path) => {
            let (file, first) = fifo::open(path, &source.label(), options.waiter.as_deref())?;
            let file = io::Cursor::new(first).chain(file);
            (Box::new(BufReader::with_capacity(READ_BUFFER, file)), None)
        }
        Source::File(path) => {
            let file = File::open(path).map_err(|e| fail(&e))?;
            let meta = file.metadata().map_err(|e| fail(&e))?;
            if meta.is_dir() {
                return Err(InputError::new(source.label(), Reason::IsADirectory).into());
            }
            let len = meta.is_file().then_some(meta.len());
            (Box::new(BufReader::with_capacity(READ_BUFFER, file)), len)
        }
    })
}

/// Load the whole document from `source` before returning, keeping at most
/// the reader's [`loader::Limits`]: past them the document ends there and
/// carries the warning ("stopped reading standard input at 1 GiB") in its
/// `warnings`.
pub fn load(source: Source<'_>, options: &ReadOptions) -> anyhow::Result<Document> {
    finish(start_loading(source, options)?, source)
}

/// [`load`], with the links of a page or of Markdown (`qari --links`).
pub fn load_with_links(
    source: Source<'_>,
    options: &ReadOptions,
) -> anyhow::Result<(Document, Vec<article::Link>)> {
    let reading = start_reading(source, options)?;
    Ok((finish(reading.loading, source)?, reading.links))
}

/// The whole document `loading` reads, or why it could not be read.
fn finish(loading: Loading, source: Source<'_>) -> anyhow::Result<Document> {
    let Some(pending) = loading.pending else {
        return Ok(loading.document);
    };
    match pending.wait() {
        LoadUpdate::Complete(document) => Ok(document),
        LoadUpdate::Capped { mut document, cap } => {
            let warning = cap.warning(&document.name);
            document.warnings.push(warning);
            Ok(document)
        }
        // Said as every command says it (`qari text` and `qari search` on
        // one file said it two ways).
        LoadUpdate::Stopped { at, reason, .. } if reason == loader::BINARY => {
            let offset = usize::try_from(at).unwrap_or(usize::MAX);
            Err(anyhow!(
                "{}: {}",
                source.label(),
                crate::core::document::DocumentError::Binary(offset)
            ))
        }
        LoadUpdate::Stopped { at, reason, .. } => Err(anyhow!(
            "{}: stopped reading at byte {at}: {reason}",
            source.label()
        )),
    }
}

/// Open `path` as [`load`] does and read its first piece; the rest follows in
/// the background ([`crate::store::loader`]). Errors opening the source or in the
/// first piece (binary data) come back here, before the reader starts.
pub fn start_loading(source: Source<'_>, options: &ReadOptions) -> anyhow::Result<Loading> {
    // Web pages, feeds, links and text in another encoding are read whole and
    // converted first (`crate::store::pages`); plain UTF-8 text streams.
    Ok(start_reading(source, options)?.loading)
}

/// What the reader opens: a document, and, when it is a feed, its items
/// with the feed's address (a file's absolute path, the URL, or for a feed
/// piped in the address it gives itself), which the store keeps its read
/// items under.
pub struct Reading {
    pub loading: Loading,
    pub feed: Option<(article::feed::Feed, String)>,
    /// A page's links.
    pub links: Vec<article::Link>,
    /// Where a page's `#fragment` is (a document offset): the reader opens
    /// there.
    pub start: Option<usize>,
}

/// [`start_loading`], keeping a feed's items for the reader's list of them
/// (a feed named, reached by a link or piped in alike), and a page's
/// `#fragment` for the reader to open at.
pub fn start_reading(source: Source<'_>, options: &ReadOptions) -> anyhow::Result<Reading> {
    if let Source::File(path) = source {
        if let Some(page) = pages::open(Some(path), options)? {
            let (path, _) = pages::split_fragment(path);
            let address = if pages::is_url(&path.to_string_lossy()) {
                path.to_string_lossy().into_owned()
            } else {
                absolute(&path).display().to_string()
            };
            return Ok(Reading {
                loading: pages::into_loading(page.document),
                feed: page.article.feed.map(|feed| (feed, address)),
                links: page.article.links,
                start: page.start,
            });
        }
    }
    let Opened {
        reader,
        len,
        title,
        links,
        feed,
        warnings,
    } = open_titled(source, options)?;
    let mut loading = loader::start_with(&title, reader, len, limits_from_env())
        .map_err(|e| anyhow!("{}: {e}", source.label()))?;
    // A page or feed piped in: the encoding it was read in, as a file's says.
    loading.document.warnings.extend(warnings);
    Ok(Reading {
        loading,
        feed: feed.map(|feed| {
            let address = piped_feed_address(&feed, source);
            (feed, address)
        }),
        links,
        start: None,
    })
}

/// What a feed piped in (or read from a pipe's path) keeps its read items
/// under: the address it gives itself, else its title after the input's
/// name, which is no file's path or URL.
fn piped_feed_address(feed: &article::feed::Feed, source: Source<'_>) -> String {
    feed.address
        .clone()
        .unwrap_or_else(|| format!("{}: {}", source.label(), feed.title))
}

/// The reader's [`loader::Limits`], the byte limit lowered by the hidden
/// `QARI_MAX_INPUT_BYTES` (tests show the cap without piping a GiB).
fn limits_from_env() -> loader::Limits {
    let bytes = std::env::var("QARI_MAX_INPUT_BYTES")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0);
    loader::Limits {
        bytes: bytes.unwrap_or(loader::Limits::DEFAULT.bytes),
        ..loader::Limits::DEFAULT
    }
}

/// The whole of a small file named on the command line (a brat file to
/// import, tagger weights), or one sentence naming the path.
pub fn read_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| anyhow!("{}: {}", path.display(), io_reason(&e)))
}

/// A small text file named on the command line (a brat file to import), or
/// one sentence naming the path (not UTF-8 included).
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| anyhow!("{}: {}", path.display(), io_reason(&e)))
}

/// A regular file's size and time of change, to tell later whether it
/// changed (`None`: no such file, or not a regular file: a pipe, a device).
pub fn stamp(path: &Path) -> Option<(u64, std::time::SystemTime)> {
    let meta = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file)?;
    Some((meta.len(), meta.modified().ok()?))
}

/// `path` made absolute (symbolic links resolved when it exists), so one
/// file has one key in the store's indexes and one link in an export.
pub fn absolute(path: &Path) -> std::path::PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_written_for_people() {
        let reason = |k| io_reason(&io::Error::from(k));
        assert_eq!(reason(io::ErrorKind::NotFound), "no such file");
        assert_eq!(reason(io::ErrorKind::PermissionDenied), "permission denied");
        assert_eq!(reason(io::ErrorKind::IsADirectory), "is a directory");
        assert_eq!(
            io_reason(&io::Error::from_raw_os_error(22)),
            "invalid argument"
        );
    }

    #[test]
    fn missing_file_and_directory_name_the_path() {
        let err = load(
            Source::File(Path::new("/nonexistent/qari.txt")),
            &ReadOptions::default(),
        )
        .expect_err("missing");
        assert_eq!(format!("{err:#}"), "/nonexistent/qari.txt: no such file");
        let dir = env!("CARGO_MANIFEST_DIR");
        let err =
            load(Source::File(Path::new(dir)), &ReadOptions::default()).expect_err("directory");
        assert_eq!(format!("{err:#}"), format!("{dir}: is a directory"));
    }

    #[test]
    fn standard_input_is_read_when_it_is_a_pipe_or_a_file() {
        use StdinKind::{Device, Stream, Terminal};
        let file = Path::new("a.txt");
        let dash = Path::new("-");
        assert_eq!(choose(None, Stream).expect("pipe"), Source::Stdin);
        assert_eq!(choose(None, Terminal).expect("terminal"), Source::Builtin);
        assert_eq!(choose(Some(dash), Stream).expect("pipe"), Source::Stdin);
        assert_eq!(choose(Some(dash), Device).expect("asked"), Source::Stdin);
        for stdin in [Terminal, Device, Stream] {
            assert_eq!(choose(Some(file), stdin).expect("file"), Source::File(file));
        }
        let err = choose(Some(dash), Terminal).expect_err("a terminal is no article");
        assert!(err.to_string().contains("pipe an article in"), "{err}");
        let err = choose(None, Device).expect_err("/dev/null is no article");
        assert!(
            err.to_string().contains("standard input is a device"),
            "{err}"
        );
    }

    #[test]
    fn the_default_article_loads() {
        let doc = load(Source::Builtin, &ReadOptions::default()).expect("built-in");
        assert_eq!(doc.name, DEFAULT_NAME);
        assert!(!doc.is_empty());
        assert_eq!(doc.direction, qari_layout::Direction::Rtl);
    }
}
