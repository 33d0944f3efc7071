//! PURE: what a file or a web page holds, as the article a person reads.
//!
//! Bytes come from a file, standard input or the network; whatever they are
//! (plain text in any encoding, an HTML page, a feed), [`from_bytes`] is the
//! one place where they become an [`Article`]: a title, a byline and date,
//! blocks of text with their kind and direction, and the links. The store
//! turns that into a [`crate::core::document::Document`] through
//! [`Article::text`], the same text `qari text` prints: the title, a blank
//! line, then one block per line, in logical order. Plain UTF-8 text never
//! comes here: the loader streams it as it always did.

pub mod decode;
pub mod feed;
mod html;
mod kind;
pub use html::refresh_target;
use kind::declares_encoding;
pub use kind::kind_of;
mod markdown;
mod table;
mod written;
pub use written::add_written_links;

/// A line of text that may carry markup (a feed's title with `<b>` in it, as
/// newsboat passes it on) as the words it shows: tags removed, entities
/// decoded, spaces collapsed, as a feed's own titles are read.
pub fn inline_words(line: &str) -> String {
    html::inline_text(line)
}

use encoding_rs::Encoding;
use qari_layout::Direction;

use crate::core::notice::Warning;

pub use decode::{encoding_for_label, DecodeError};

/// What an input is written in, when the command line or a file's extension
/// says so (`--from`, `.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Text,
    Html,
    Markdown,
}

impl Markup {
    /// By a file's extension: `.md` and `.markdown` are Markdown; anything
    /// else is read as text (web pages are told by [`kind_of`]).
    pub fn of_extension(extension: &str) -> Self {
        match extension.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Self::Markdown,
            _ => Self::Text,
        }
    }

    /// By a path's extension, as [`Markup::of_extension`].
    pub fn of_path(path: &std::path::Path) -> Self {
        path.extension()
            .map_or(Self::Text, |e| Self::of_extension(&e.to_string_lossy()))
    }
}

/// An input's text as qari reads it, and its title when the markup names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    pub title: Option<String>,
    pub text: String,
    /// Its links, in the order they first appear.
    pub links: Vec<Link>,
}

/// `source`, written in `markup`, as qari's text: Markdown through
/// pulldown-cmark, HTML through [`from_bytes`] (a page without text is empty).
pub fn to_text(markup: Markup, source: &str) -> Marked {
    match markup {
        Markup::Text => Marked {
            title: None,
            text: source.to_string(),
            links: Vec::new(),
        },
        Markup::Html => {
            let hint = Hint {
                content_type: Some("text/html; charset=utf-8"),
                ..Hint::default()
            };
            let article = from_bytes(source.as_bytes(), &hint).unwrap_or_default();
            Marked {
                text: article.text(),
                title: article.title,
                links: article.links,
            }
        }
        Markup::Markdown => markdown::markdown(source),
    }
}

/// What the bytes are, as far as the transport or the name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Html,
    Feed,
}

/// What is known about bytes besides themselves.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hint<'a> {
    /// The file name or URL (its extension speaks when nothing else does).
    pub name: &'a str,
    /// The HTTP `Content-Type`, when fetched.
    pub content_type: Option<&'a str>,
    /// `--encoding`.
    pub encoding: Option<&'static Encoding>,
    /// The page's address, to make its links absolute.
    pub url: Option<&'a str>,
    /// The `#fragment` of the link or path the page was read from, without
    /// the `#`: the element it names is the article's [`Article::target`].
    pub fragment: Option<&'a str>,
}

/// A block's role: shown the same, but kept for `qari text` and the links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    Item,
    /// An item of a numbered list (`<ol>`), with its number.
    Numbered(u32),
    Quote,
}

/// One line of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub text: String,
    pub kind: BlockKind,
    /// From a `dir` attribute on the block or around it.
    pub direction: Option<Direction>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub href: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    /// The page's summary, when the body does not start with it.
    pub lead: Option<String>,
    pub blocks: Vec<Block>,
    pub links: Vec<Link>,
    /// The page's own direction (`<html dir>`, `lang`).
    pub direction: Option<Direction>,
    /// What the reader should be told (a guessed encoding, no article found).
    pub warnings: Vec<Warning>,
    /// The items, when the bytes were a feed.
    pub feed: Option<feed::Feed>,
    /// Where the element the `#fragment` names starts ([`Hint::fragment`]),
    /// when the page has it: where a reader opens the article, as a browser
    /// scrolls to it.
    pub target: Option<Spot>,
}

/// A place in an article's blocks: the block, and a byte of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spot {
    pub block: usize,
    pub byte: usize,
}

/// Why bytes could not become an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArticleError {
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("the page has no text")]
    Empty,
    #[error("elements nested more than {MAX_NESTING} deep: not a page qari can read")]
    TooDeep,
    #[error("not a feed: {0}")]
    Feed(String),
}

impl Article {
    /// The text the reader shows: the title, a blank line, then the byline
    /// and date, the lead and one line per block. List items start with a
    /// bullet (a list is a list in plain text too).
    pub fn text(&self) -> String {
        self.text_and_target().0
    }

    /// [`Article::text`], and where in it its [`Article::target`] is, in
    /// characters (a document's offsets): the start of the title when the
    /// target is a heading that only repeats it, the end when it is past
    /// the last block.
    pub fn text_and_target(&self) -> (String, Option<usize>) {
        let mut out = String::new();
        // The lines qari makes (title, byline and date, summary) take the
        // page's direction as its blocks do: "BBC News عربي · 2024-10-07"
        // in an Arabic page is a right-to-left line.
        let line = |out: &mut String, text: &str| {
            if let Some(mark) = direction_mark(text, self.direction) {
                out.push(mark);
            }
            out.push_str(text);
        };
        if let Some(title) = &self.title {
            line(&mut out, title);
            out.push_str("\n\n");
        }
        // A page's first heading is usually its title again, and dropped;
        // a headline that is not the title comes next, before the byline,
        // as the page has it (it came after "بقلم: …").
        let first_heading = self.blocks.first().filter(|b| b.kind == BlockKind::Heading);
        let repeated = first_heading.is_some_and(|b| self.title.as_deref() == Some(b.text.trim()));
        let mut target = self.target.filter(|t| t.block == 0 && repeated).map(|_| 0);
        let block_line = |out: &mut String, target: &mut Option<usize>, i: usize, block: &Block| {
            let prefix = match block.kind {
                BlockKind::Item => "• ".to_string(),
                BlockKind::Numbered(n) => format!("{n}. "),
                _ => String::new(),
            };
            // The direction mark after the bullet or number, which are
            // neutral: a line still starts with them (`grep '^•'`).
            let mark = direction_mark(&block.text, block.direction.or(self.direction));
            let text = format!(
                "{prefix}{}{}",
                mark.map(String::from).unwrap_or_default(),
                block.text
            );
            if let Some(spot) = self.target.filter(|t| t.block == i) {
                // At the block's start, its bullet too.
                let bullet = text.len() - block.text.len();
                let within = if spot.byte == 0 {
                    0
                } else {
                    spot.byte + bullet
                };
                let within = (0..=within.min(text.len()))
                    .rev()
                    .find(|&at| text.is_char_boundary(at))
                    .unwrap_or(0);
                *target = Some(out.len() + within);
            }
            out.push_str(&text);
            out.push('\n');
        };
        let headline = first_heading.filter(|_| !repeated);
        if let Some(block) = headline {
            block_line(&mut out, &mut target, 0, block);
        }
        let credit: Vec<&str> = [&self.byline, &self.date]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !credit.is_empty() {
            line(&mut out, &credit.join(" · "));
            out.push('\n');
        }
        if let Some(lead) = &self.lead {
            line(&mut out, lead);
            out.push('\n');
        }
        let skip = usize::from(first_heading.is_some());
        for (i, block) in self.blocks.iter().enumerate().skip(skip) {
            block_line(&mut out, &mut target, i, block);
        }
        if self.target.is_some_and(|t| t.block >= self.blocks.len()) {
            target = Some(out.len());
        }
        let target = target.map(|byte| out[..byte].chars().count());
        (out, target)
    }
}

/// The mark that gives a line the direction the page asked for (`dir`,
/// `lang`), when its first strong letter would give it the other one: an
/// Arabic paragraph that starts with "CNN" stays right to left. The mark is
/// strong for the layout's paragraph direction and draws nothing.
pub(super) fn direction_mark(text: &str, wanted: Option<Direction>) -> Option<char> {
    let wanted = wanted?;
    let found = qari_layout::paragraph_direction(text);
    match (wanted, found) {
        (Direction::Rtl, Some(Direction::Ltr)) => Some('\u{200F}'),
        (Direction::Ltr, Some(Direction::Rtl)) => Some('\u{200E}'),
        _ => None,
    }
}

/// The deepest nesting of elements read; real pages stay far below.
pub const MAX_NESTING: usize = 1000;

/// Bytes to an article: decoded (see [`decode`]), then read as the kind
/// [`kind_of`] says. A page without any text is an error, not a blank screen.
pub fn from_bytes(bytes: &[u8], hint: &Hint<'_>) -> Result<Article, ArticleError> {
    let kind = kind_of(bytes, hint);
    let declared = hint.content_type.and_then(charset_of);
    // XML declares its own encoding, and the parser reads it; without a
    // declaration XML is UTF-8, unless the server said otherwise, or the
    // bytes are not: a feed saved in windows-1256 with no declaration is
    // guessed as a page or text is (and the reader told).
    let own_encoding = declares_encoding(bytes)
        || (declared.is_none_or(|c| {
            Encoding::for_label(c.as_bytes()).is_none_or(|e| e == encoding_rs::UTF_8)
        }) && (Encoding::for_bom(bytes).is_some()
            || simdutf8::basic::from_utf8(bytes).is_ok()));
    if kind == Kind::Feed && hint.encoding.is_none() && own_encoding {
        return feed::parse(bytes, hint.url).map(feed::Feed::into_article);
    }
    let decoded = decode::decode(bytes, hint.encoding, declared, kind == Kind::Html)?;
    if kind == Kind::Html && html::nesting(&decoded.text) > MAX_NESTING {
        return Err(ArticleError::TooDeep);
    }
    let mut article = match kind {
        Kind::Html => html::extract(&decoded.text, hint.url, hint.fragment),
        Kind::Feed => feed::parse(decoded.text.as_bytes(), hint.url)?.into_article(),
        Kind::Text => Article {
            blocks: decoded
                .text
                .lines()
                .map(|line| Block {
                    text: line.to_string(),
                    kind: BlockKind::Paragraph,
                    direction: None,
                })
                .collect(),
            ..Article::default()
        },
    };
    if kind != Kind::Text && article.blocks.is_empty() && article.feed.is_none() {
        return Err(ArticleError::Empty);
    }
    if let Some(declared) = decoded.misdeclared {
        article.warnings.insert(
            0,
            Warning::NotAsDeclared {
                declared: declared.to_string(),
                used: decoded.encoding.to_string(),
            },
        );
    } else if let Some(said) = decode::said_of(
        decoded.encoding,
        decoded.as_declared,
        hint.encoding.is_some() && Encoding::for_bom(bytes).is_none(),
        bytes,
    ) {
        // Guessed (or chosen with `--encoding`): said. A page that declares
        // windows-1256 and is read so needs no word.
        article.warnings.insert(0, said);
    }
    if decoded.replaced {
        article
            .warnings
            .push(Warning::Replaced(decoded.encoding.to_string()));
    }
    Ok(article)
}

/// `charset=` of a `Content-Type` value.
fn charset_of(content_type: &str) -> Option<&str> {
    content_type.split(';').find_map(|part| {
        let (key, value) = part.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"'))
    })
}

#[cfg(test)]
mod tests;
