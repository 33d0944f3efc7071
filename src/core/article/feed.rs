//! PURE: a news feed (RSS 0.9x and 2.0, Atom, RDF) to its items.
//!
//! feed-rs reads every dialect into one model (and the XML's own encoding
//! declaration); qari keeps what a list of headlines needs: each item's
//! title, date, source and link, and its HTML content or summary, which
//! becomes an article through the same extraction as a web page. A feed
//! read as one article lists every item under its headline, so that
//! reading, searching and recognising work on it as on any document.

use super::{html, Article, ArticleError, Block, BlockKind, Link};

/// One item of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub title: String,
    /// `2022-01-06 08:13` (UTC), when the feed gives one.
    pub date: Option<String>,
    pub link: Option<String>,
    /// The item's HTML content, or its summary.
    pub body: Option<String>,
    /// True when `body` is only the summary (the link has the whole story).
    pub summary_only: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Feed {
    pub title: String,
    pub items: Vec<Item>,
}

/// Parse a feed; broken XML is an error that says where.
pub fn parse(bytes: &[u8]) -> Result<Feed, ArticleError> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| ArticleError::Feed(e.to_string()))?;
    let title = feed
        .title
        .map(|t| html::collapse(&t.content))
        .unwrap_or_default();
    let items = feed
        .entries
        .into_iter()
        .map(|entry| {
            let content = entry
                .content
                .and_then(|c| c.body)
                .filter(|b| !b.trim().is_empty());
            let summary_only = content.is_none();
            Item {
                title: entry
                    .title
                    .map(|t| html::collapse(&t.content))
                    .filter(|t| !t.is_empty())
                    .unwrap_or_else(|| "(untitled)".to_string()),
                date: entry
                    .published
                    .or(entry.updated)
                    .map(|d| d.format("%Y-%m-%d %H:%M").to_string()),
                link: entry.links.first().map(|l| l.href.clone()),
                body: content.or_else(|| entry.summary.map(|s| s.content)),
                summary_only,
            }
        })
        .collect();
    Ok(Feed { title, items })
}

impl Item {
    /// The item as an article: its headline, date, and its body's text.
    pub fn article(&self) -> Article {
        let mut article = self
            .body
            .as_deref()
            // A body nested too deep for the parser is left out, as a page would be.
            .filter(|b| html::nesting(b) <= super::MAX_NESTING)
            .map(|b| html::extract(&format!("<body>{b}</body>"), self.link.as_deref()))
            .unwrap_or_default();
        article.title = Some(self.title.clone());
        article.date.clone_from(&self.date);
        article.warnings.clear();
        article
    }
}

impl Feed {
    /// The whole feed as one article: each item's headline (a heading),
    /// its date and link, then its text.
    pub fn into_article(self) -> Article {
        let mut article = Article {
            title: (!self.title.is_empty()).then(|| self.title.clone()),
            ..Article::default()
        };
        for item in &self.items {
            article.blocks.push(Block {
                text: item.title.clone(),
                kind: BlockKind::Heading,
                direction: None,
            });
            let credit: Vec<&str> = [&item.date, &item.link]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            if !credit.is_empty() {
                article.blocks.push(Block {
                    text: credit.join(" · "),
                    kind: BlockKind::Paragraph,
                    direction: None,
                });
            }
            let body = item.article();
            article.blocks.extend(body.blocks);
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
