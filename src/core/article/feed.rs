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

use super::{html, ArticleError};

mod ampersands;
mod letters;
mod mended;
mod shown;

use ampersands::ampersands_repaired;
use letters::Letters;
use mended::mended;

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
    /// Where its XML broke, when its tags were mended to read its items
    /// (`feed/mended.rs`): said to the reader.
    pub broken: Option<crate::core::notice::Warning>,
}

/// Parse a feed; XML whose tags do not nest is mended, and the items that
/// can then be read are, with where it broke ([`Feed::broken`]); XML that is
/// no feed even so is an error that says why. `base` is the
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
    let repaired = std::cell::OnceCell::new();
    let mut broken = None;
    let feed = parse(bytes)
        .or_else(
            |err| match repaired.get_or_init(|| ampersands_repaired(bytes)) {
                Some(fixed) => parse(fixed).map_err(|_| err),
                None => Err(err),
            },
        )
        .or_else(|err| {
            // One stray tag loses no item: the tags mended, what is read.
            let xml = repaired.get().and_then(Option::as_deref).unwrap_or(bytes);
            let mended = mended(xml).ok_or_else(|| err.to_string())?;
            let feed = parse(&mended.bytes)
                .ok()
                .filter(|feed| !feed.entries.is_empty())
                .ok_or_else(|| err.to_string())?;
            broken = Some(crate::core::notice::Warning::BrokenFeed {
                line: mended.line,
                what: mended.what,
            });
            Ok(feed)
        })
        .map_err(ArticleError::Feed)?;
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
        broken,
    })
}

/// The line WordPress puts under each post in its feeds ("The post X
/// appeared first on Y.", "ظهرت المقالة X أولاً على Y"): no part of the story.
pub(super) fn is_post_footer(line: &str) -> bool {
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
