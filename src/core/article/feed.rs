//! PURE: a news feed (RSS 0.9x and 2.0, Atom, RDF) to its items.
//!
//! feed-rs reads every dialect into one model (and the XML's own encoding
//! declaration); qari keeps what a list of headlines needs: each item's
//! title, date, source and link, and its content or summary: HTML becomes
//! an article through the same extraction as a web page, text (Atom's
//! `type="text"`) stays text, its `<` and `&` letters like any other. A feed
//! read as one article lists every item under its headline, so that
//! reading, searching and recognising work on it as on any document.

use qari_layout::Direction;

use super::{html, Article, ArticleError, Block, BlockKind, Link};

mod letters;

use letters::Letters;

/// One item of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub title: String,
    /// `2022-01-06 08:13` (UTC), when the feed gives one: shown with its
    /// zone ([`Item::shown_date`]), kept without it (an item's key).
    pub date: Option<String>,
    pub link: Option<String>,
    /// The item's content, or its summary.
    pub body: Option<Body>,
    /// True when `body` is only the summary (the link has the whole story).
    pub summary_only: bool,
    /// Where it comes from: the item's own source, else its link's host.
    pub source: Option<String>,
    /// The feed's id for it (RSS `guid`, Atom `id`), else empty.
    pub id: String,
    /// The feed's direction ([`Feed::direction`]), unless the item's own
    /// letters (its title and body) clearly say the other one.
    pub direction: Option<Direction>,
}

/// An item's content or summary, as the feed marks it: HTML (RSS, Atom's
/// `type="html"` and `"xhtml"`), or text (Atom's `type="text"`, the
/// default), whose `<` and `&` are letters like any other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Html(String),
    Text(String),
}

/// The fewest words of a description that is a whole story: a summary is a
/// sentence or three (some 20 to 80 words); a news story is 250 or more.
const STORY_WORDS: usize = 150;
/// The words of a description that stand for an item's missing title.
const TITLE_WORDS: usize = 10;
/// The fewest paragraphs (or line breaks) of such a description.
const STORY_PARAGRAPHS: usize = 3;

impl Body {
    /// Text unless the feed says plain text: an RSS description is HTML.
    fn of(content: String, media_type: &impl std::fmt::Display) -> Self {
        if media_type.to_string().starts_with("text/plain") {
            Self::Text(content)
        } else {
            Self::Html(content)
        }
    }

    /// A description that is the whole story, as many feeds send it, not
    /// a summary of the page its link names: [`STORY_WORDS`] words or more
    /// in [`STORY_PARAGRAPHS`] paragraphs or more. Read as it is, the link is
    /// not fetched.
    fn is_story(&self) -> bool {
        // The paragraphs first: most descriptions have one, and their words
        // need the markup read.
        match self {
            Self::Html(b) => {
                let lower = b.to_ascii_lowercase();
                lower.matches("<p").count() + lower.matches("<br").count() >= STORY_PARAGRAPHS
                    && html::inline_text(b).split_whitespace().count() >= STORY_WORDS
            }
            Self::Text(b) => {
                b.split("\n\n").filter(|p| !p.trim().is_empty()).count() >= STORY_PARAGRAPHS
                    && b.split_whitespace().count() >= STORY_WORDS
            }
        }
    }

    /// The first words of the text, for an item the feed gives no title:
    /// its headline is what it begins with, in its own language.
    fn opening(&self) -> Option<String> {
        let text = match self {
            Self::Html(b) => html::inline_text(b),
            Self::Text(b) => html::collapse(b),
        };
        let words: Vec<&str> = text.split_whitespace().collect();
        match words.len() {
            0 => None,
            n if n <= TITLE_WORDS => Some(words.join(" ")),
            _ => Some(format!("{}\u{2026}", words[..TITLE_WORDS].join(" "))),
        }
    }

    fn is_blank(&self) -> bool {
        match self {
            Self::Html(b) | Self::Text(b) => b.trim().is_empty(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Feed {
    pub title: String,
    pub items: Vec<Item>,
    /// Where the feed says it is: its own address (a `rel="self"` link),
    /// else its site's (its first link), else its id. A feed piped in has
    /// no other: its read items are kept under this.
    pub address: Option<String>,
    /// The site the feed names (RSS's channel `<link>`, Atom's alternate
    /// link), when it is a web address: what an item's relative link is
    /// read against when the feed itself came from no address (piped in).
    pub site: Option<String>,
    /// The direction of the feed's language (RSS `<language>`, Atom
    /// `xml:lang`): an Arabic feed's headline that opens with a Latin word
    /// ("iPhone 16: آبل …"), or has more Latin letters than Arabic
    /// ("Samsung Galaxy S25 Ultra: المراجعة"), is still a right-to-left
    /// line. A declaration its titles and bodies clearly contradict
    /// (`en-us`, many an Arabic CMS's default) gives way to their letters
    /// (`feed/letters.rs`).
    pub direction: Option<Direction>,
}

/// HTML's named characters a feed may use, which XML does not know, and
/// what they stand for.
const HTML_ENTITIES: &[(&str, char)] = &[
    ("nbsp", '\u{A0}'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("hellip", '…'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("bull", '•'),
    ("middot", '·'),
    ("times", '×'),
    ("deg", '°'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("rlm", '\u{200F}'),
    ("lrm", '\u{200E}'),
];

/// `bytes` with every `&` that begins no XML reference written as XML
/// would have it: an HTML character of [`HTML_ENTITIES`] as its number,
/// any other `&` as `&amp;`. CDATA sections are left as they are (an `&`
/// in them is text). `None` when nothing needed it.
fn ampersands_repaired(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut changed = false;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"<![CDATA[") {
            let end = memchr::memmem::find(&bytes[i..], b"]]>").map_or(bytes.len(), |e| i + e + 3);
            out.extend_from_slice(&bytes[i..end]);
            i = end;
            continue;
        }
        if bytes[i] != b'&' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let rest = &bytes[i + 1..];
        let name_len = rest.iter().take(33).position(|&b| b == b';').filter(|&n| {
            n > 0
                && rest[..n]
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'#')
        });
        let name = name_len.map(|n| &rest[..n]);
        let xml = name.is_some_and(|n| {
            matches!(n, b"lt" | b"gt" | b"amp" | b"quot" | b"apos")
                || n.first() == Some(&b'#') && n.len() > 1
        });
        if xml {
            out.push(b'&');
            i += 1;
            continue;
        }
        changed = true;
        let html = name.and_then(|n| HTML_ENTITIES.iter().find(|(e, _)| e.as_bytes() == n));
        match (html, name_len) {
            (Some((_, c)), Some(n)) => {
                out.extend_from_slice(format!("&#{};", u32::from(*c)).as_bytes());
                i += 1 + n + 1;
            }
            _ => {
                out.extend_from_slice(b"&amp;");
                i += 1;
            }
        }
    }
    changed.then_some(out)
}

/// Parse a feed; broken XML is an error that says where. `base` is the
/// feed's own address, against which its items' relative links are read.
pub fn parse(bytes: &[u8], base: Option<&str>) -> Result<Feed, ArticleError> {
    // An item without an id of its own gets none (feed-rs would make a
    // random one): the store then knows it by its link or title.
    let parse = |bytes: &[u8]| {
        feed_rs::parser::Builder::new()
            .id_generator(|_, _, _| String::new())
            .build()
            .parse(bytes)
    };
    // Feeds made by hand or by old CMSs write HTML's `&nbsp;` and a bare
    // `&` (الذهب & الفضة), which XML refuses and feed readers take: read
    // again with those written as XML would have them.
    let feed = parse(bytes)
        .or_else(|err| match ampersands_repaired(bytes) {
            Some(fixed) => parse(&fixed).map_err(|_| err),
            None => Err(err),
        })
        .map_err(|e| ArticleError::Feed(e.to_string()))?;
    let atom = feed.feed_type == feed_rs::model::FeedType::Atom;
    let direction = feed.language.as_deref().and_then(html::lang_direction);
    let title = feed.title.map(|t| title_text(&t, atom)).unwrap_or_default();
    let address = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref() == Some("self"))
        .or_else(|| feed.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|href| !href.is_empty())
        .or_else(|| Some(feed.id.trim().to_string()).filter(|id| !id.is_empty()));
    let site = feed
        .links
        .iter()
        .filter(|l| matches!(l.rel.as_deref(), None | Some("alternate")))
        .map(|l| l.href.trim())
        .find(|href| href.starts_with("http://") || href.starts_with("https://"))
        .map(String::from);
    let mut items: Vec<Item> = feed
        .entries
        .into_iter()
        .map(|entry| {
            let content = entry
                .content
                .and_then(|c| Some(Body::of(c.body?, &c.content_type)))
                .filter(|b| !b.is_blank());
            let summary = entry
                .summary
                .map(|s| Body::of(s.content, &s.content_type))
                .filter(|b| !b.is_blank());
            let summary_only = content.is_none() && !summary.as_ref().is_some_and(Body::is_story);
            let link = item_link(&entry.links)
                .or_else(|| permalink(&entry.id))
                .map(|href| html::resolve(href.trim(), base));
            let source = entry
                .source
                .map(|s| html::inline_text(&s))
                .filter(|s| !s.is_empty())
                .or_else(|| link.as_deref().and_then(host_of));
            Item {
                title: entry
                    .title
                    .map(|t| title_text(&t, atom))
                    .filter(|t| !t.is_empty())
                    .or_else(|| {
                        content
                            .as_ref()
                            .or(summary.as_ref())
                            .and_then(Body::opening)
                    })
                    .unwrap_or_else(|| "(untitled)".to_string()),
                date: entry
                    .published
                    .or(entry.updated)
                    .map(|d| d.format("%Y-%m-%d %H:%M").to_string()),
                link,
                body: content.or(summary),
                summary_only,
                source,
                id: entry.id,
                direction,
            }
        })
        .collect();
    // The feed's letters, then each item's, against what is declared.
    let mut feed_letters = Letters::of(&title, false);
    let item_letters: Vec<Letters> = items.iter().map(Item::letters).collect();
    for letters in &item_letters {
        feed_letters.join(*letters);
    }
    let direction = feed_letters.over(direction);
    for (item, letters) in items.iter_mut().zip(item_letters) {
        item.direction = letters.over(direction);
    }
    Ok(Feed {
        title,
        items,
        address,
        site,
        direction,
    })
}

/// The line WordPress puts under each post in its feeds ("The post X
/// appeared first on Y.", "ظهرت المقالة X أولاً على Y"): no part of the story.
fn is_post_footer(line: &str) -> bool {
    let line = line.trim();
    (line.starts_with("The post ")
        && (line.contains(" appeared first on ") || line.contains(" first appeared on ")))
        || (line.starts_with("ظهر") && (line.contains("أولاً على") || line.contains("أولا على")))
}

/// The link to an item's page: Atom gives an entry several (its comments
/// feed as `replies`, an image as `enclosure`, itself as `self`), and the
/// page is the `alternate` one, which a link without `rel` is; among those
/// a page's type before any other (a video, a PDF).
fn item_link(links: &[feed_rs::model::Link]) -> Option<&str> {
    let page = |l: &&feed_rs::model::Link| matches!(l.rel.as_deref(), None | Some("alternate"));
    let html =
        |l: &&feed_rs::model::Link| l.media_type.as_deref().is_none_or(|t| t.contains("html"));
    links
        .iter()
        .filter(page)
        .find(html)
        .or_else(|| links.iter().find(page))
        .or_else(|| links.first())
        .map(|l| l.href.as_str())
        .filter(|href| !href.trim().is_empty())
}

/// An RSS item's `guid` when it is its page's address (a permalink, and
/// the item has no `<link>`).
fn permalink(id: &str) -> Option<&str> {
    let id = id.trim();
    (id.starts_with("http://") || id.starts_with("https://")).then_some(id)
}

/// A title's text. Atom says what its titles are written in (`type="text"`,
/// the default, is text whose `<` is a letter); RSS does not, and its
/// titles carry markup in practice (CDATA with `<b>`, escaped tags), so
/// they are read as HTML.
fn title_text(title: &feed_rs::model::Text, atom: bool) -> String {
    if atom && title.content_type.to_string().starts_with("text/plain") {
        html::collapse(&title.content)
    } else {
        html::inline_text(&title.content)
    }
}

/// `example.org` of `https://www.example.org/a/b`.
fn host_of(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_string())
}

impl Item {
    /// The letters of the item's title and body.
    fn letters(&self) -> Letters {
        let mut letters = Letters::of(&self.title, false);
        match &self.body {
            Some(Body::Html(b)) => letters.add(b, true),
            Some(Body::Text(b)) => letters.add(b, false),
            None => {}
        }
        letters
    }

    /// The direction of the item's headline: the item's, unless no letter
    /// of the headline is written that way ([`Letters::heading`]).
    fn heading_direction(&self) -> Option<Direction> {
        Letters::of(&self.title, false).heading(self.direction)
    }

    /// What the store remembers the item by when it has been read: the
    /// feed's id for it, else its link, else its title and date.
    pub fn key(&self) -> String {
        if !self.id.trim().is_empty() {
            return self.id.clone();
        }
        self.link
            .clone()
            .unwrap_or_else(|| format!("{} {}", self.title, self.date.as_deref().unwrap_or("")))
    }

    /// The date as shown: feeds give their own offsets, which are read as
    /// UTC, and a reader in Cairo or Riyadh is told it is UTC, not left to
    /// take 08:00 for their own time (and the 12th for the 13th).
    pub fn shown_date(&self) -> Option<String> {
        self.date.as_ref().map(|date| format!("{date} UTC"))
    }

    /// The item's line in a feed's list: `●` unread or `○` read, the title,
    /// then the date and source after a dot each. The title comes first, so
    /// an Arabic headline makes the line right to left. The date and the
    /// source are isolates (the date left to right, so that `2022-01-06`
    /// stays whole after Arabic; the source in its own direction): each
    /// keeps its place after its dot, whatever the other holds (a host of
    /// digits, `127.0.0.1`) and wherever the line wraps.
    pub fn list_line(&self, read: bool) -> String {
        let mut line = String::from(if read { "○ " } else { "● " });
        line.push_str(&self.title);
        if let Some(date) = &self.shown_date() {
            // Its day, time and zone joined by a no-break space: a wrap never
            // parts them.
            line.push_str(" · \u{2066}");
            line.push_str(&date.replace(' ', "\u{a0}"));
            line.push('\u{2069}');
        }
        if let Some(source) = &self.source {
            line.push_str(" · \u{2068}");
            line.push_str(source);
            line.push('\u{2069}');
        }
        line
    }

    /// The item as an article: its headline, date, and its body's text.
    pub fn article(&self) -> Article {
        let mut article = match &self.body {
            // A body nested too deep for the parser is left out, as a page would be.
            Some(Body::Html(b)) if html::nesting(b) <= super::MAX_NESTING => {
                html::extract(&format!("<body>{b}</body>"), self.link.as_deref(), None)
            }
            // Text is never parsed: one block a line, as a text file is read.
            Some(Body::Text(text)) => Article {
                blocks: text
                    .lines()
                    .map(html::collapse)
                    .filter(|line| !line.is_empty())
                    .map(|text| Block {
                        text,
                        kind: BlockKind::Paragraph,
                        direction: None,
                    })
                    .collect(),
                ..Article::default()
            },
            _ => Article::default(),
        };
        // WordPress's line under every post of its feeds.
        if article
            .blocks
            .last()
            .is_some_and(|b| is_post_footer(&b.text))
        {
            article.blocks.pop();
        }
        article.title = Some(self.title.clone());
        article.date = self.shown_date();
        article.direction = article.direction.or(self.direction);
        // A paragraph whose own letters clearly say the other direction
        // keeps it (an English quote in an Arabic item, or the other way).
        for block in &mut article.blocks {
            if block.direction.is_none() {
                block.direction = Letters::of(&block.text, false)
                    .over(article.direction)
                    .filter(|&own| Some(own) != article.direction);
            }
        }
        article.warnings.clear();
        article
    }
}

impl Feed {
    /// The list of the items, one line each ([`Item::list_line`]); `read`
    /// says which have been read.
    pub fn list_text(&self, read: impl Fn(&Item) -> bool) -> String {
        self.items
            .iter()
            .map(|item| {
                let line = item.list_line(read(item));
                match super::direction_mark(&line, item.heading_direction()) {
                    Some(mark) => format!("{mark}{line}\n"),
                    None => line + "\n",
                }
            })
            .collect()
    }

    /// A relative link of an item read against the feed's [`Feed::site`]
    /// (a link with a scheme as it is); `None` when the feed names none.
    pub fn on_site(&self, href: &str) -> Option<String> {
        let scheme = href.split_once(':').is_some_and(|(s, _)| {
            s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        });
        if scheme {
            return Some(href.to_string());
        }
        self.site
            .as_deref()
            .map(|site| html::resolve(href.trim(), Some(site)))
    }

    /// The whole feed as one article: each item's headline (a heading),
    /// its date and link, then its text.
    pub fn into_article(self) -> Article {
        let mut article = Article {
            title: (!self.title.is_empty()).then(|| self.title.clone()),
            direction: self.direction,
            ..Article::default()
        };
        for item in &self.items {
            // The item's direction where it is not the feed's: its credit
            // line's, its body's; its headline's own (`heading_direction`).
            let differs = |own: Option<Direction>| own.filter(|&own| Some(own) != self.direction);
            article.blocks.push(Block {
                text: item.title.clone(),
                kind: BlockKind::Heading,
                direction: differs(item.heading_direction()),
            });
            let date = item.shown_date();
            let credit: Vec<&str> = [&date, &item.link]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            if !credit.is_empty() {
                article.blocks.push(Block {
                    text: credit.join(" · "),
                    kind: BlockKind::Paragraph,
                    direction: differs(item.direction),
                });
            }
            let body = item.article();
            // Each block in its item's direction, which may not be the feed's.
            article
                .blocks
                .extend(body.blocks.into_iter().map(|b| Block {
                    direction: b.direction.or(body.direction),
                    ..b
                }));
            if let Some(href) = &item.link {
                article.links.push(Link {
                    text: item.title.clone(),
                    href: href.clone(),
                });
            }
        }
        article.feed = Some(self);
        article
    }
}
