//! PURE: the story a page keeps in its structured data.
//!
//! Pages drawn by their scripts (React, Next.js) send the browser a shell:
//! the menu, a headline, an empty box the script fills. Search engines are
//! given the story in the page's JSON-LD, as `articleBody`, and that is the
//! story qari shows when the markup holds none of it. CMSs write that body
//! three ways: plain text with a line per paragraph, the same with its
//! characters HTML-escaped (`&quot;`, `&amp;`), or the story's HTML itself
//! (`<p>…</p><p>… &laquo;…&raquo;</p>`). The last is read as the page's own
//! markup is, a block per paragraph; the others a line per paragraph, each
//! line's entities and stray inline tags read as HTML too, so no markup
//! shows.

use dom_query::Document as Dom;

use super::walk::BLOCKS;
use super::{collapse, inline_text, stories, walk, Article, Block, BlockKind};

/// The page's `articleBody`, one block per paragraph; empty when it has
/// none. With several (a page that carries the next stories below its own,
/// each with its data), the one whose headline is the page's title (its
/// `og:title` or `<title>`, which may add the site's name: as
/// [`stories::is_headline`] reads them), else the first:
/// the page's own story comes first.
pub(super) fn article_body(page: &Dom) -> Vec<Block> {
    chosen_body(page).map_or_else(Vec::new, |(_, body)| blocks_of(&body))
}

/// The headline the page's data gives its story: the one of the body
/// [`article_body`] shows, else the first `headline` it names (a story's
/// data without its body).
pub(super) fn headline(page: &Dom) -> Option<String> {
    let shown = chosen_body(page).map(|(headline, _)| headline);
    shown
        .filter(|h| !h.trim().is_empty())
        .or_else(|| {
            json_ld(page)
                .iter()
                .find_map(|value| first_headline(value, 0))
        })
        .map(|h| collapse(&h))
}

/// The page's JSON-LD values, those that parse.
fn json_ld(page: &Dom) -> Vec<serde_json::Value> {
    page.select("script[type='application/ld+json']")
        .iter()
        .filter_map(|script| serde_json::from_str(&script.text()).ok())
        .collect()
}

/// The body [`article_body`] shows, with its headline.
fn chosen_body(page: &Dom) -> Option<(String, String)> {
    let mut bodies = Vec::new();
    for value in json_ld(page) {
        collect_bodies(&value, &mut bodies, 0);
    }
    let names = stories::page_headlines(page);
    let named = |headline: &str| {
        let headline = stories::squash(headline);
        !headline.is_empty() && names.iter().any(|n| stories::is_headline(&headline, n))
    };
    let chosen = bodies
        .iter()
        .position(|(headline, _)| named(headline))
        .unwrap_or(0);
    (chosen < bodies.len()).then(|| bodies.swap_remove(chosen))
}

/// The first non-empty `headline` in a JSON-LD value, a few levels deep.
fn first_headline(value: &serde_json::Value, depth: usize) -> Option<String> {
    if depth > 8 {
        return None;
    }
    match value {
        serde_json::Value::Object(map) => map
            .get("headline")
            .and_then(|h| h.as_str())
            .filter(|h| !h.trim().is_empty())
            .map(str::to_string)
            .or_else(|| map.values().find_map(|v| first_headline(v, depth + 1))),
        serde_json::Value::Array(items) => items.iter().find_map(|v| first_headline(v, depth + 1)),
        _ => None,
    }
}

/// The page's summary (`og:description`, `description`), for a page with
/// neither text nor `articleBody`.
pub(super) fn summary(page: &Dom) -> Vec<Block> {
    let summary = [
        "meta[property='og:description']",
        "meta[name='description']",
    ]
    .iter()
    .find_map(|sel| page.select(sel).attr("content").map(|c| c.to_string()))
    .unwrap_or_default();
    blocks_of(&summary)
}

/// A body as blocks: walked as HTML when it holds block markup (its line
/// ends are then only the source's layout), else a block per line.
fn blocks_of(body: &str) -> Vec<Block> {
    if has_block_markup(body) {
        let dom = Dom::from(format!("<body>{body}</body>").as_str());
        let mut parts = Article::default();
        walk(dom.root(), false, None, None, &mut parts);
        return parts.blocks;
    }
    body.lines()
        .map(|line| {
            if line.contains(['<', '&']) {
                inline_text(line)
            } else {
                collapse(line)
            }
        })
        .filter(|line| !line.is_empty())
        .map(|text| Block {
            text,
            kind: BlockKind::Paragraph,
            direction: None,
        })
        .collect()
}

/// Whether a text holds a tag of an element that makes blocks (`<p>`,
/// `<br>`, `</div>`): "a < b" or a lone `<b>` is not a story's markup.
fn has_block_markup(text: &str) -> bool {
    memchr::memchr_iter(b'<', text.as_bytes()).any(|at| {
        let rest = text[at + 1..].trim_start_matches('/');
        let name: String = rest
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        BLOCKS.contains(&name.as_str())
    })
}

/// Every non-empty `articleBody` in a JSON-LD value (an object, a list of
/// them, a `@graph`), looked for a few levels deep, in order, each with its
/// object's headline (empty when it has none).
fn collect_bodies(value: &serde_json::Value, out: &mut Vec<(String, String)>, depth: usize) {
    if depth > 8 {
        return;
    }
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(body)) = map.get("articleBody") {
                if !body.trim().is_empty() {
                    let headline = ["headline", "name"]
                        .iter()
                        .find_map(|k| map.get(*k).and_then(|v| v.as_str()))
                        .unwrap_or_default()
                        .to_string();
                    out.push((headline, body.clone()));
                }
            }
            for v in map.values() {
                collect_bodies(v, out, depth + 1);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                collect_bodies(v, out, depth + 1);
            }
        }
        _ => {}
    }
}
