//! Opening what is not plain UTF-8 text: web pages, feeds, links, and text
//! in another encoding.
//!
//! Plain UTF-8 text streams through [`crate::store::loader`] as it always
//! did: the first screen never waits for a large file. Everything else has
//! to be read whole before it means anything (a page's story is found only
//! once the page is parsed), so it is read here, at most [`MAX_PAGE`] bytes,
//! and handed to [`article::from_bytes`], the one place where bytes become an
//! article. What comes back is a finished document, with the page's title as
//! its name, and where the reader starts when the link or path named a
//! `#fragment` ([`Page::start`]). A file is looked at first: its name and
//! first 64 KiB decide whether it is text as before.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use encoding_rs::Encoding;

use crate::core::article::{self, Article, Hint, Kind};
use crate::core::document::Document;
use crate::core::notice::{InputError, Reason};
use crate::core::paragraphs::io_reason;
use crate::store::fetch;
use crate::store::input;
use crate::store::loader::Loading;

/// The most of a page or feed that is read, from a file or the network.
pub const MAX_PAGE: u64 = 20 << 20;
/// The most of a text file in another encoding that is read.
const MAX_LEGACY_TEXT: u64 = 256 << 20;
/// How much of a file decides whether it is plain UTF-8 text.
const PEEK: usize = 64 << 10;

/// How to read an input, from the command line.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// `--encoding`: decode with this, whatever the input says.
    pub encoding: Option<&'static Encoding>,
    /// Who may give up on a link while it is fetched (the shell's keys and
    /// signals); without one, a request runs to its end or its timeout.
    pub waiter: Option<std::sync::Arc<dyn fetch::Waiter>>,
    /// Who hears what is said of an input read as a stream (the encoding
    /// it is read in, found only when its first bytes that tell come), as
    /// it is found: a command says it on stderr (`commands::reading`).
    /// Without one, it is in the document's warnings where there is one.
    pub tell: Option<Tell>,
}

/// Hears a warning about an input as it is found ([`ReadOptions::tell`]).
#[derive(Clone)]
pub struct Tell(pub std::sync::Arc<dyn Fn(&crate::core::notice::Warning) + Send + Sync>);

impl Tell {
    pub fn say(&self, warning: &crate::core::notice::Warning) {
        (self.0)(warning);
    }
}

impl std::fmt::Debug for Tell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tell")
    }
}

/// True for `scheme://…` (qari fetches http and https; others are refused).
pub fn is_url(arg: &str) -> bool {
    arg.split_once("://").is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
    })
}

/// A link or path without its `#fragment`, and the fragment (without the
/// `#`). A URL's fragment is what follows its first `#`; a path names one
/// only when it is no file itself and what comes before its last `#` is
/// one (`page.html#part`; a file called `notes#2.html` is that file).
pub fn split_fragment(path: &Path) -> (PathBuf, Option<String>) {
    let whole = (path.to_path_buf(), None);
    let Some(arg) = path.to_str() else {
        return whole;
    };
    let split = if is_url(arg) {
        arg.split_once('#')
    } else if path.exists() {
        None
    } else {
        arg.rsplit_once('#')
            .filter(|(file, _)| !file.is_empty() && Path::new(file).is_file())
    };
    match split {
        Some((base, fragment)) => (
            PathBuf::from(base),
            (!fragment.is_empty()).then(|| fragment.to_string()),
        ),
        None => whole,
    }
}

/// A page or feed read whole and made a document.
pub struct Page {
    pub document: Document,
    pub article: Article,
    /// Where the element the link's or path's `#fragment` names starts (a
    /// document offset), when the page has it: the reader opens there.
    pub start: Option<usize>,
}

/// An input that is not plain UTF-8 text, read whole and made a document;
/// `None` when it is plain text for the loader (or standard input).
pub fn open(path: Option<&Path>, options: &ReadOptions) -> anyhow::Result<Option<Page>> {
    let Some(path) = path else {
        return Ok(None);
    };
    let (path, fragment) = split_fragment(path);
    let path = path.as_path();
    let fragment = fragment.as_deref();
    let arg = path.to_string_lossy();
    if is_url(&arg) {
        return open_url(&arg, fragment, options).map(Some);
    }
    // A pipe is read once, as standard input is (`crate::store::input`).
    if arg == "-" || input::is_stream(path) {
        return Ok(None);
    }
    let label = path.display().to_string();
    let fail = |e: &std::io::Error| InputError::io(&label, e);
    let file = std::fs::File::open(path).map_err(|e| fail(&e))?;
    if file.metadata().map_err(|e| fail(&e))?.is_dir() {
        return Err(InputError::new(label, Reason::IsADirectory).into());
    }
    let mut head = Vec::with_capacity(PEEK);
    let mut reader = file;
    (&mut reader)
        .take(PEEK as u64)
        .read_to_end(&mut head)
        .map_err(|e| fail(&e))?;
    let name = path
        .file_name()
        .map_or_else(|| label.clone(), |n| n.to_string_lossy().into_owned());
    let hint = Hint {
        name: &name,
        encoding: options.encoding,
        fragment,
        ..Hint::default()
    };
    let kind = article::kind_of(&head, &hint);
    if kind == Kind::Text && options.encoding.is_none() && is_plain_utf8(&head) {
        return Ok(None);
    }
    // Markdown in any encoding is the stream's to decode and convert
    // (`crate::store::input`), as it is in UTF-8.
    if kind == Kind::Text && article::Markup::of_path(path) != article::Markup::Text {
        return Ok(None);
    }
    let cap = if kind == Kind::Text {
        MAX_LEGACY_TEXT
    } else {
        MAX_PAGE
    };
    let mut bytes = head;
    reader
        .take(cap + 1 - bytes.len() as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(&e))?;
    if bytes.len() as u64 > cap {
        return Err(anyhow!(
            "{label}: too large to read as {} (over {} MB)",
            kind_name(kind),
            cap >> 20
        ));
    }
    convert(&bytes, &hint, &name)
        .map(Some)
        .map_err(|e| anyhow!("{label}: {e}"))
}

/// [`open`] for a web page, a feed or a link only: text in any encoding
/// is left to the caller's own stream (`qari render`, `qari search` and
/// `qari entities` decode it as it streams, see `crate::store::input`).
pub fn open_markup(path: &Path, options: &ReadOptions) -> anyhow::Result<Option<Page>> {
    let arg = path.to_string_lossy();
    if input::is_stream(path) {
        return Ok(None);
    }
    if !is_url(&arg) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut head = Vec::new();
        if let Ok(file) = std::fs::File::open(path) {
            // Errors are the caller's to report, as it always did.
            let _ = file.take(PEEK as u64).read_to_end(&mut head);
        }
        let hint = Hint {
            name: &name,
            ..Hint::default()
        };
        if article::kind_of(&head, &hint) == Kind::Text {
            return Ok(None);
        }
    }
    open(Some(path), options)
}

/// What a whole input read elsewhere (standard input for `qari text`) holds.
pub fn from_bytes(
    bytes: &[u8],
    name: &str,
    options: &ReadOptions,
) -> anyhow::Result<(Document, Article)> {
    let hint = Hint {
        name,
        encoding: options.encoding,
        ..Hint::default()
    };
    convert(bytes, &hint, name)
        .map(|page| (page.document, page.article))
        .map_err(|e| anyhow!("{name}: {e}"))
}

/// Whether standard input is plain UTF-8 text, which can stream as a file
/// does, rather than a page, a feed or text in another encoding that
/// [`read_stdin`] reads whole: told from its first [`PEEK`] bytes (or all
/// of it), as a file's kind is, which are given back to be read again.
pub fn stdin_streams(options: &ReadOptions) -> anyhow::Result<bool> {
    let mut head = super::input::take_stdin_ahead();
    let wanted = PEEK.saturating_sub(head.len()) as u64;
    let read = std::io::stdin().lock().take(wanted).read_to_end(&mut head);
    let plain = options.encoding.is_none()
        && article::kind_of(&head, &Hint::default()) == Kind::Text
        && is_plain_utf8(&head);
    super::input::give_back_stdin(head);
    read.map_err(|e| anyhow!("standard input: {}", io_reason(&e)))?;
    Ok(plain)
}

/// All of standard input (at most as much as a text file in another
/// encoding), as an article: `qari text -`.
pub fn read_stdin(options: &ReadOptions) -> anyhow::Result<(Document, Article)> {
    let mut bytes = super::input::take_stdin_ahead();
    let room = (MAX_LEGACY_TEXT + 1).saturating_sub(bytes.len() as u64);
    std::io::stdin()
        .lock()
        .take(room)
        .read_to_end(&mut bytes)
        .map_err(|e| anyhow!("standard input: {}", io_reason(&e)))?;
    if bytes.len() as u64 > MAX_LEGACY_TEXT {
        return Err(anyhow!(
            "standard input: too large (over {} MB)",
            MAX_LEGACY_TEXT >> 20
        ));
    }
    // Plain UTF-8 text goes through the pager's clean-up, as it does on its
    // way to the reader (colour escapes, overstrikes, fixed-width lines, a
    // newsboat header): `qari text` prints what the reader shows.
    let plain = options.encoding.is_none()
        && article::kind_of(&bytes, &Hint::default()) == Kind::Text
        && std::str::from_utf8(&bytes).is_ok();
    if plain {
        let (_, cleaned) = crate::core::pager_text::clean_all(&bytes);
        return from_bytes(&cleaned, "standard input", options);
    }
    from_bytes(&bytes, "standard input", options)
}

/// A finished document, for the reader.
pub fn into_loading(document: Document) -> Loading {
    Loading {
        document,
        pending: None,
    }
}

/// The most refreshes followed from one link.
const MAX_REFRESHES: usize = 3;

fn open_url(url: &str, fragment: Option<&str>, options: &ReadOptions) -> anyhow::Result<Page> {
    let mut page = fetch::get(url, MAX_PAGE, options.waiter.as_deref())?;
    // A page that sends its reader on at once (a refresh to the story's
    // address), as a browser follows it; a few hops, no loop.
    for _ in 0..MAX_REFRESHES {
        let head = &page.body[..page.body.len().min(65_536)];
        let html_page = page
            .content_type
            .as_deref()
            .is_none_or(|t| t.contains("html"));
        let refreshes = memchr::memmem::find(&head.to_ascii_lowercase(), b"http-equiv").is_some();
        if !(html_page && refreshes) {
            break;
        }
        let html = String::from_utf8_lossy(head);
        let Some(next) = article::refresh_target(&html, Some(&page.url)) else {
            break;
        };
        if next == page.url || !is_url(&next) {
            break;
        }
        page = fetch::get(&next, MAX_PAGE, options.waiter.as_deref())?;
    }
    let hint = Hint {
        name: &page.url,
        content_type: page.content_type.as_deref(),
        encoding: options.encoding,
        url: Some(&page.url),
        fragment,
    };
    let kind = article::kind_of(&page.body, &hint);
    if kind == Kind::Text
        && !page
            .content_type
            .as_deref()
            .is_some_and(|t| t.starts_with("text/"))
    {
        let what = page.content_type.as_deref().unwrap_or("no type");
        return Err(InputError::new(url, Reason::NotPageOrText(what.to_string())).into());
    }
    convert(&page.body, &hint, url).map_err(|e| anyhow!("{url}: {e}"))
}

fn convert(bytes: &[u8], hint: &Hint<'_>, fallback_name: &str) -> anyhow::Result<Page> {
    into_document(article::from_bytes(bytes, hint)?, fallback_name)
}

fn into_document(article: Article, fallback_name: &str) -> anyhow::Result<Page> {
    let name = article
        .title
        .clone()
        .unwrap_or_else(|| fallback_name.to_string());
    let (text, start) = article.text_and_target();
    let mut document = Document::from_vec(name, text.into_bytes())?;
    if let Some(direction) = article.direction {
        if document.is_empty() || !document.direction_is_final() {
            document.direction = direction;
        }
    }
    document.warnings.extend(article.warnings.iter().cloned());
    Ok(Page {
        document,
        article,
        start,
    })
}

/// Valid UTF-8 without a zero byte; a sequence cut by the end of the piece counts.
fn is_plain_utf8(head: &[u8]) -> bool {
    if memchr::memchr(0, head).is_some()
        || head.starts_with(&[0xFF, 0xFE])
        || head.starts_with(&[0xFE, 0xFF])
    {
        return false;
    }
    article::decode::mostly_utf8(head)
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Text => "text in another encoding",
        Kind::Html => "a web page",
        Kind::Feed => "a feed",
    }
}

mod item;

pub use item::{open_item, ItemLink, OpenedItem};

#[cfg(test)]
mod tests;
