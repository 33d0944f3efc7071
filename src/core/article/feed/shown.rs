//! A feed's items as the reader shows them: an item's key, date, list line
//! and article, and the feed's list and its whole as one article. Apart
//! from `feed.rs`, which reads the XML into these values.

use qari_layout::Direction;

use super::letters::Letters;
use super::{is_post_footer, Body, Feed, Item};
use crate::core::article::{html, Article, Block, BlockKind, Link, MAX_NESTING};

impl Item {
    /// The letters of the item's title and body.
    pub(super) fn letters(&self) -> Letters {
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
            Some(Body::Html(b)) if html::nesting(b) <= MAX_NESTING => {
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
                match crate::core::article::direction_mark(&line, item.heading_direction()) {
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
        article.warnings.extend(self.broken.clone());
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
