//! Opening an input: its bytes as they are (a file, a FIFO, standard input,
//! the built-in article), then a page, a feed or Markdown converted whole, text
//! in another encoding decoded as it streams, and what programs write for a
//! pager undone (`cleaned`), with the title that names the
//! document. Every failure is one sentence naming the path.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

use anyhow::anyhow;

use super::{cleaned, decoded, fifo, piped_page, take_stdin_ahead, Source, DEFAULT_ARTICLE};
use crate::core::article::{self, Markup};
use crate::core::notice::{InputError, Reason};
use crate::core::paragraphs::io_reason;
use crate::store::pages::{self, ReadOptions};

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
            return Ok(told(
                Opened {
                    len: Some(text.len() as u64),
                    reader: Box::new(io::Cursor::new(text.into_bytes())),
                    title: page.document.name,
                    links: Vec::new(),
                    feed: None,
                    warnings: page.document.warnings,
                },
                options,
            ));
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
        raw = Box::new(piped_page::piped_page(
            raw,
            options.encoding,
            options.tell.clone(),
        ));
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
        raw = decoded::decoded(raw, options.encoding, options.tell.clone())
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
    Ok(told(
        Opened {
            reader: Box::new(reader),
            len,
            title: title
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| source.title()),
            links,
            feed,
            warnings,
        },
        options,
    ))
}

/// `opened`, its warnings told now to whoever hears them as they are found
/// ([`ReadOptions::tell`]), so that they are said once, in one place.
fn told(mut opened: Opened, options: &ReadOptions) -> Opened {
    if let Some(tell) = &options.tell {
        opened.warnings.drain(..).for_each(|w| tell.say(&w));
    }
    opened
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
