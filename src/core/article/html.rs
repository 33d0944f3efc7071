//! PURE: an HTML page to an [`Article`]: the story without the page around it.
//!
//! Finding the story (dropping navigation, share buttons and footers) is
//! dom_smoothie's job, a port of the readability algorithm browsers use for
//! their reader views. What readability keeps of news pages' furniture
//! (comment sections, "اقرأ أيضًا" boxes) is taken out before it looks
//! (`furniture`). What it returns is cleaned HTML, which is walked into
//! blocks (`walk`: a paragraph, heading, list item or quotation each becomes
//! one line; entities are already decoded by html5ever). A story too short
//! for readability is taken from the element the page marks it with, when it
//! marks one clearly (`stories::marked`); else the whole visible text is
//! taken instead, and the article says so. The element a link's `#fragment`
//! names is noted where the walk meets it: the reader opens there, as a
//! browser scrolls to it. What the page says of itself apart from its story
//! (its nesting, a refresh, its direction, its title) is read in `page`.

use dom_query::{Document as Dom, NodeRef};

use super::{Article, Block, BlockKind, Spot};
use crate::core::notice::Warning;
use page::{direction_of, page_direction, quotes_kept};
use walk::walk;

pub(super) use page::lang_direction;
pub use page::{nesting, refresh_target};
pub(super) use walk::{fragment_blocks, inline_text};

/// Turn a page into an article; `base` resolves relative links, and the
/// element `fragment` names (a link's `#part`) is the article's target.
pub fn extract(html: &str, base: Option<&str>, fragment: Option<&str>) -> Article {
    let mut article = story(html, base, fragment);
    masthead::settle(html, &mut article);
    article
}

/// The story and what readability says of it (its title and byline as
/// readability read them, which [`masthead::settle`] reads again).
fn story(html: &str, base: Option<&str>, fragment: Option<&str>) -> Article {
    let meta_dir = page_direction(html);
    let base = base.filter(|b| b.starts_with("http://") || b.starts_with("https://"));
    let config = dom_smoothie::Config {
        // Past this a page is not an article; the fallback walks it instead.
        max_elements_to_parse: 200_000,
        ..dom_smoothie::Config::default()
    };
    // A page that does not look like an article (a front page, a menu) is
    // shown whole rather than as whatever block scores best.
    let page = Dom::from(html);
    furniture::strip(&page, true);
    stories::keep_own(&page);
    // The element the page marks its story with: what readability joins to
    // the story from before it (a notice, a line of the site's) is no part
    // of it.
    let own = stories::marked(&page, letter_count(&page.root().text()))
        .map(|node| stories::squash(&node.text()));
    let (found, readable) = match dom_smoothie::Readability::with_document(page, base, Some(config))
    {
        Ok(mut r) => {
            let readable = r.is_probably_readable();
            (r.parse().ok(), readable)
        }
        Err(_) => (None, false),
    };
    let mut article = Article::default();
    if let Some(found) = found {
        let content = Dom::from(found.content.as_ref());
        walk(content.root(), false, base, fragment, &mut article);
        let dropped = own
            .as_deref()
            .map(|own| drop_outside(&mut article, own))
            .unwrap_or_default();
        let title = quotes_kept(html, collapse(&found.title));
        article.title = (!title.is_empty()).then_some(title);
        article.byline = found.byline.map(|b| collapse(&b)).filter(|b| !b.is_empty());
        article.date = found.published_time.as_deref().and_then(readable_date);
        article.lead = found
            .excerpt
            .map(|e| collapse(&e))
            .filter(|e| !e.is_empty() && !repeats_the_story(e, &article.blocks))
            // Readability's excerpt is its first paragraph when the page
            // states none: one from before the story's element goes too.
            .filter(|e| {
                let e = stories::squash(e);
                !dropped.iter().any(|d| d.contains(&e))
            });
        article.direction = found.dir.as_deref().and_then(direction_of).or(meta_dir);
    }
    if !readable || article.blocks.is_empty() {
        let page = Dom::from(html);
        furniture::strip(&page, false);
        stories::keep_own(&page);
        let mut whole = Article::default();
        walk(page.root(), true, base, fragment, &mut whole);
        // The best block being most of what there is, and that mostly not
        // the text of links (a front page's headlines), the page is a short
        // story and nothing around it is shown.
        let shown = letters(whole.blocks.iter().map(|b| b.text.as_str()));
        let linked = letters(whole.links.iter().map(|l| l.text.as_str()));
        // (Readability leaves out a heading that repeats the page's title:
        // the title counts as the story's.)
        let found = letters(article.blocks.iter().map(|b| b.text.as_str()))
            + letters(article.title.iter().map(String::as_str));
        let story = found * 2 >= shown && linked * 2 < shown;
        // The story told from the page around it: the element the page
        // marks it with, when it marks one clearly.
        let mut told = false;
        let marked_page = Dom::from(html);
        furniture::strip(&marked_page, true);
        stories::keep_own(&marked_page);
        if let Some(marked) = stories::marked(&marked_page, shown) {
            whole = Article::default();
            walk(marked, true, base, fragment, &mut whole);
            told = !whole.blocks.is_empty();
        }
        if story && !told {
            // A story's page: the boxes of links around it go, as they go
            // from a longer story's (a front page's are its headlines).
            whole = Article::default();
            walk(marked_page.root(), true, base, fragment, &mut whole);
        }
        let story = story || told;
        let title = collapse(&page.select("title").text());
        whole.title = (!title.is_empty()).then_some(title).or(article.title);
        whole.direction = meta_dir;
        let body = data::article_body(&page);
        if !story && !body.is_empty() {
            // No story in the markup, but the page says in its data what
            // its story is: that, not the whole page with a warning.
            use_body(&mut whole, body);
        } else if !body.is_empty() {
            prefer_body(&mut whole, body);
        } else if whole.blocks.is_empty() {
            // Drawn by its scripts, without even a body in its data.
            whole.blocks = data::summary(&page);
        } else if !story {
            whole.warnings.push(Warning::NoArticle);
        } else if !told {
            // Most of it is the story, but what is not could not be told
            // from it: said, not shown as if it were all story.
            whole.warnings.push(Warning::WholePage);
        }
        return whole;
    }
    // Only a page that names an `articleBody` is parsed again for it.
    if memchr::memmem::find(html.as_bytes(), b"articleBody").is_some() {
        prefer_body(&mut article, data::article_body(&Dom::from(html)));
    }
    if fragment.is_some() && article.target.is_none() {
        article.target = target_kept(html, base, fragment, &article);
    }
    article
}

/// The page's `articleBody` instead of the story found in its markup, when
/// that is far shorter: a headline and an empty box the page's script was
/// to fill (its paragraphs, its headings aside, under half the body's
/// letters). A story as long as its body keeps its markup's structure.
fn prefer_body(article: &mut Article, body: Vec<Block>) {
    let found = letters(
        article
            .blocks
            .iter()
            .filter(|b| b.kind != BlockKind::Heading)
            .map(|b| b.text.as_str()),
    );
    let data = letters(body.iter().map(|b| b.text.as_str()));
    if found * 2 < data {
        use_body(article, body);
    }
}

/// The blocks before the first that is in the story's element (`own`, its
/// letters), dropped: readability's siblings from before it. A heading
/// stops the cut (a page's headline often stands just above its story's
/// element), and a story none of whose blocks is found is left whole.
/// The dropped blocks' letters are returned.
fn drop_outside(article: &mut Article, own: &str) -> Vec<String> {
    let outside: Vec<String> = article
        .blocks
        .iter()
        .take_while(|b| b.kind != BlockKind::Heading)
        .map(|b| stories::squash(&b.text))
        .take_while(|letters| !own.contains(letters.as_str()))
        .collect();
    if outside.is_empty() || outside.len() == article.blocks.len() {
        return Vec::new();
    }
    let outside_len = outside.len();
    article.blocks.drain(..outside_len);
    if let Some(target) = &mut article.target {
        if target.block < outside_len {
            *target = Spot { block: 0, byte: 0 };
        } else {
            target.block -= outside_len;
        }
    }
    outside
}

/// The body as the article's blocks; the summary stays only when it says
/// something the body does not, and the fragment's place, found in the
/// markup, is no place in the body.
fn use_body(article: &mut Article, body: Vec<Block>) {
    article.blocks = body;
    article.target = None;
    article
        .warnings
        .retain(|w| !matches!(w, Warning::NoArticle | Warning::WholePage));
    let lead = article.lead.take();
    article.lead = lead.filter(|l| !repeats_the_story(l, &article.blocks));
}

/// Whether a page's summary says again what the story's first blocks say:
/// their words (a paragraph whose lines were parted by `<br>`, or a
/// dateline glued to its first line, read as one), the summary cut short
/// with "[…]" (as WordPress's SEO plugins cut it), or most of its words
/// among theirs (a summary edited from the first paragraph).
fn repeats_the_story(lead: &str, blocks: &[Block]) -> bool {
    let squash = |t: &str| -> String { t.chars().filter(|&c| is_letter(c)).collect() };
    let lead = lead
        .trim_end()
        .trim_end_matches(['[', ']', '…', '.', ' ', '\u{2026}']);
    let squashed = squash(lead);
    // The first three blocks, and more while they are shorter than the
    // summary (a story whose lines the summary runs together).
    let mut length = 0;
    let first: Vec<&str> = blocks
        .iter()
        .enumerate()
        .take_while(|(i, b)| {
            let more = *i < 3 || length < squashed.len() * 2;
            length += b.text.len();
            more
        })
        .map(|(_, b)| b.text.as_str())
        .collect();
    let story = squash(&first.join(" "));
    if squashed.is_empty() || story.contains(&squashed) {
        return true;
    }
    let words: std::collections::HashSet<String> = first
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(squash)
        .collect();
    let said: Vec<String> = lead
        .split_whitespace()
        .map(squash)
        .filter(|w| !w.is_empty())
        .collect();
    let shared = said.iter().filter(|w| words.contains(*w)).count();
    shared * 10 >= said.len() * 8
}

/// The fragment's element found in the whole page when the story left it
/// out (readability drops what it deems furniture): the first block from
/// there on that the story kept, as a browser would show the page scrolled
/// there, or the story's end.
fn target_kept(
    html: &str,
    base: Option<&str>,
    fragment: Option<&str>,
    article: &Article,
) -> Option<Spot> {
    let page = Dom::from(html);
    let mut whole = Article::default();
    walk(page.root(), false, base, fragment, &mut whole);
    let from = whole.target?;
    let kept = |seen: &Block| article.blocks.iter().position(|b| b.text == seen.text);
    // Its own line kept (an `<a name>` readability dropped from a
    // paragraph it kept): the same place in it.
    if let Some(block) = whole.blocks.get(from.block).and_then(kept) {
        return Some(Spot {
            block,
            byte: from.byte,
        });
    }
    let block = whole.blocks[from.block.min(whole.blocks.len())..]
        .iter()
        .find_map(kept)
        // Past the story (its comments, its footer): its end.
        .unwrap_or(article.blocks.len());
    Some(Spot { block, byte: 0 })
}

/// How many letters and digits the texts hold.
fn letters<'a>(texts: impl Iterator<Item = &'a str>) -> usize {
    texts.map(letter_count).sum()
}

/// How many letters and digits a text holds. Arabic letters and ASCII are
/// answered before the general test, which is slow outside ASCII (a page's
/// text is counted whole).
fn letter_count(text: &str) -> usize {
    text.chars().filter(|&c| is_letter(c)).count()
}

/// A letter or digit, Arabic letters and ASCII answered first.
fn is_letter(c: char) -> bool {
    match c {
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        _ => c.is_alphanumeric(),
    }
}

/// An element's name in lower case (empty for other nodes).
fn name_of(node: &NodeRef<'_>) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The letters of the element's links (`<a>` inside it): what says a box
/// is links rather than text.
fn linked_letters(node: &NodeRef<'_>) -> usize {
    node.descendants_it()
        .filter(|d| d.is_element() && name_of(d) == "a")
        .map(|a| letter_count(&a.text()))
        .sum()
}

/// A link made absolute against the page's address, when it has one.
pub(super) fn resolve(href: &str, base: Option<&str>) -> String {
    let Some(base) = base else {
        return href.to_string();
    };
    if href.contains("://") || href.starts_with("mailto:") {
        return href.to_string();
    }
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    if let Some(rest) = href.strip_prefix("//") {
        return format!("{}{rest}", &base[..scheme_end]);
    }
    if href.starts_with('/') {
        return format!("{}{href}", &base[..host_end]);
    }
    let dir_end = base[host_end..]
        .rfind('/')
        .map_or(base.len(), |i| host_end + i);
    format!("{}/{href}", &base[..dir_end])
}

/// An ISO 8601 time (`2024-11-03T09:30:00Z`) as people write it
/// (`2024-11-03 09:30`); anything else as given.
fn readable_date(date: &str) -> Option<String> {
    let date = date.trim();
    if date.is_empty() {
        return None;
    }
    let b = date.as_bytes();
    let iso = b.len() >= 16
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[..16].is_ascii()
        && b[..4].iter().all(u8::is_ascii_digit);
    Some(if iso {
        format!("{} {}", &date[..10], &date[11..16])
    } else {
        date.to_string()
    })
}

/// Text with its white space collapsed and trimmed.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

mod boxes;
mod data;
mod furniture;
mod masthead;
mod page;
mod stories;
mod walk;

#[cfg(test)]
mod tests;
