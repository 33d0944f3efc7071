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
//! terminal is a mistake said at once rather than a blank screen. Nothing named
//! with a device for standard input (`/dev/null`, which cron, `ssh -n` and a
//! shell's background jobs give) is a mistake said the same way: no text was
//! given, and printing nothing with success would hide that; `-` reads the
//! device all the same (`source`). Every input but the built-in article is
//! opened (`opening`) and is read through [`cleaned`], which undoes what
//! programs write for a pager (escape sequences, overstrikes, fixed-width
//! wrapping, newsboat's header block).

use std::io::{self, BufRead};
use std::path::Path;

use anyhow::anyhow;

use crate::core::article;
use crate::core::document::Document;
use crate::core::paragraphs::io_reason;
use crate::store::loader::{self, LoadUpdate, Loading};
use crate::store::pages::{self, ReadOptions};

pub use opening::{open, open_as, open_titled, Opened};
pub use source::{choose, is_stream, source_for, Source, StdinKind};
pub(in crate::store) use source::{give_back_stdin, take_stdin_ahead};

mod arriving;
mod cleaned;
mod decoded;
pub mod fifo;
mod opening;
mod piped_page;
mod source;

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
    // What the stream finds to say as it is read (the encoding of a pipe,
    // found with its first bytes) is the document's, unless the caller
    // hears it itself.
    let heard = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let hearing;
    let options = if options.tell.is_some() {
        options
    } else {
        let to = std::sync::Arc::clone(&heard);
        hearing = ReadOptions {
            tell: Some(pages::Tell(std::sync::Arc::new(move |w| {
                if let Ok(mut heard) = to.lock() {
                    heard.push(w.clone());
                }
            }))),
            ..options.clone()
        };
        &hearing
    };
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
    if let Ok(mut heard) = heard.lock() {
        loading.document.warnings.splice(0..0, heard.drain(..));
    }
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
    fn the_default_article_loads() {
        let doc = load(Source::Builtin, &ReadOptions::default()).expect("built-in");
        assert_eq!(doc.name, DEFAULT_NAME);
        assert!(!doc.is_empty());
        assert_eq!(doc.direction, qari_layout::Direction::Rtl);
    }
}
