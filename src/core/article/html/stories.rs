//! PURE: the page's own story when a page carries more than one.
//!
//! Sites that load their stories one after another as the reader scrolls
//! render the next story into the page too, below the first: two
//! `<article>`s, each with its own `<h1>`. Readability keeps the block that
//! scores best, and the longer next story wins, so the reader got another
//! story's paragraphs under this page's headline. The page's own story is
//! the one whose `<h1>` is the headline the page gives (`og:title`, or its
//! `<title>`, which adds the site's name), else the first, as a browser
//! shows it at the top; the other stories are taken out before readability
//! looks. A page of cards (`<article>`s headed by `<h2>` or `<h3>`, or by
//! an `<h1>` each over a line or two, or a dozen of them: a front page's) is
//! not a page of stories and is left alone.

use dom_query::{Document as Dom, NodeRef};

use super::masthead::is_site_h1;
use super::{is_letter, letter_count as letters, linked_letters, name_of};

/// The fewest letters of a story (a card's headline and summary are fewer).
const STORY_LETTERS: usize = 200;
/// The most stories a page renders one after another; more is a front page.
const MOST_STORIES: usize = 4;

/// Take out of `page` the `<article>`s that are other stories than its own.
pub(super) fn keep_own(page: &Dom) {
    let stories: Vec<NodeRef<'_>> = page
        .select("article")
        .nodes()
        .iter()
        .filter(|a| headline(a).is_some())
        .copied()
        .collect();
    // An article inside another (a comment, a quoted post) is a part of it.
    let outer: Vec<NodeRef<'_>> = stories
        .iter()
        .filter(|a| !a.ancestors_it(None).any(|up| name_of(&up) == "article"))
        .copied()
        .collect();
    let is_story = |a: &NodeRef<'_>| letters(&a.text()) >= STORY_LETTERS;
    if !(2..=MOST_STORIES).contains(&outer.len()) || !outer.iter().all(is_story) {
        return;
    }
    let names = page_headlines(page);
    let own = outer
        .iter()
        .position(|a| headline(a).is_some_and(|h| names.iter().any(|name| is_headline(&h, name))))
        .unwrap_or(0);
    for (i, story) in outer.iter().enumerate() {
        if i != own {
            story.remove_from_parent();
        }
    }
}

/// The element a page marks its story with, when it marks one clearly: the
/// one element with `itemprop="articleBody"`, else its one `<article>` (the
/// outermost; other stories are gone by now), else its one `<main>`, else
/// the element its one headline heads ([`headed`]). It must
/// be the story and not a wrapper of cards: mostly not the text of links,
/// and at least a quarter of the page's text (`shown` letters). (What
/// readability found is no measure here: on a page it deems no article,
/// that is most often the whole body.)
pub(super) fn marked<'a>(page: &'a Dom, shown: usize) -> Option<NodeRef<'a>> {
    for (selector, name) in [
        ("[itemprop~='articleBody']", ""),
        ("article", "article"),
        ("main", "main"),
    ] {
        let nodes = page.select(selector).nodes().to_vec();
        let outer: Vec<NodeRef<'a>> = nodes
            .into_iter()
            .filter(|n| name.is_empty() || !n.ancestors_it(None).any(|up| name_of(&up) == name))
            .collect();
        let [node] = outer.as_slice() else {
            continue;
        };
        let text = letters(&node.text());
        if text > 0 && linked_letters(node) * 2 < text && text * 4 >= shown {
            return Some(*node);
        }
    }
    headed(page, shown)
}

/// The element around the page's one headline `<h1>` (no site's logo, no
/// menu's) that holds half the page's text or more, two paragraphs at
/// least, and is mostly not links: a
/// story in a `<div>` of its own, under its own header, that nothing else
/// marks.
fn headed<'a>(page: &'a Dom, shown: usize) -> Option<NodeRef<'a>> {
    let h1s: Vec<NodeRef<'a>> = page
        .select("h1")
        .nodes()
        .iter()
        .filter(|h| letters(&h.text()) > 0 && !is_site_h1(h))
        .copied()
        .collect();
    let [h1] = h1s.as_slice() else {
        return None;
    };
    for up in h1.ancestors_it(None) {
        if !up.is_element() || matches!(name_of(&up).as_str(), "body" | "html") {
            break;
        }
        let text = letters(&up.text());
        if text * 2 >= shown {
            return (linked_letters(&up) * 2 < text && paragraphs(&up) >= 2).then_some(up);
        }
    }
    None
}

/// The fewest letters of a paragraph [`paragraphs`] counts.
const PARAGRAPH_LETTERS: usize = 40;

/// How many paragraphs of text an element holds, as `<p>`s or as runs of
/// its own text between `<br>`s (older pages' stories), up to two: a
/// headline's box (a headline and a standfirst) holds fewer.
fn paragraphs(node: &NodeRef<'_>) -> usize {
    let own = node
        .children_it(false)
        .filter(|c| c.is_text() && letters(&c.text()) >= PARAGRAPH_LETTERS);
    let marked = node
        .descendants_it()
        .filter(|d| d.is_element() && name_of(d) == "p" && letters(&d.text()) >= PARAGRAPH_LETTERS);
    own.chain(marked).take(2).count()
}

/// The text of an article's first `<h1>`, its letters only.
fn headline(article: &NodeRef<'_>) -> Option<String> {
    let h1 = article
        .descendants_it()
        .find(|d| d.is_element() && name_of(d) == "h1")?;
    let letters = squash(&h1.text());
    (!letters.is_empty()).then_some(letters)
}

/// The headlines the page names itself by, letters only: `og:title`, then
/// `<title>`.
pub(super) fn page_headlines(page: &Dom) -> Vec<String> {
    let og = page
        .select("meta[property='og:title']")
        .attr("content")
        .map(|c| c.to_string());
    let title = Some(page.select("title").text().to_string());
    [og, title]
        .into_iter()
        .flatten()
        .map(|t| squash(&t))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether a story's headline is the page's: the same letters, or the
/// title's with the site's name before or after them.
pub(super) fn is_headline(headline: &str, page_name: &str) -> bool {
    page_name.starts_with(headline) || page_name.ends_with(headline)
}

/// `text`'s letters and digits only, as headlines are compared.
pub(super) fn squash(text: &str) -> String {
    text.chars().filter(|&c| is_letter(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn left(html: &str) -> String {
        let page = Dom::from(html);
        keep_own(&page);
        page.select("body").text().to_string()
    }

    #[test]
    fn the_story_the_page_is_named_for_stays_and_the_next_one_goes() {
        let long = "وقال المسؤول إن العمل مستمر في جميع المناطق منذ الصباح. ".repeat(6);
        let page = |title: &str| {
            format!(
                "<html><head><title>{title} - القبس</title></head><body>\
                 <article><h1>حملة التطعيم</h1><p>نص الحملة.</p><p>{long}</p></article>\
                 <div>المقال التالي</div>\
                 <article><h1>حكم بالسجن</h1><p>نص الحكم.</p><p>{long}</p></article>\
                 </body></html>"
            )
        };
        let text = left(&page("حملة التطعيم"));
        assert!(text.contains("نص الحملة."), "{text}");
        assert!(!text.contains("نص الحكم."), "{text}");
        // Named for the second story (a page reached by scrolling): that one.
        let text = left(&page("حكم بالسجن"));
        assert!(
            text.contains("نص الحكم.") && !text.contains("نص الحملة."),
            "{text}"
        );
        // Named for neither: the first, the page's top.
        let text = left(&page("عنوان آخر"));
        assert!(
            text.contains("نص الحملة.") && !text.contains("نص الحكم."),
            "{text}"
        );
    }

    #[test]
    fn cards_and_articles_inside_a_story_are_left_alone() {
        let cards = "<body><article><h1>خبر أول</h1><p>سطر.</p></article>\
                     <article><h1>خبر ثان</h1><p>سطر.</p></article></body>";
        assert_eq!(left(cards), "خبر أولسطر.خبر ثانسطر.");
        let nested = "<body><article><h1>القصة</h1><p>نص.</p>\
                      <article><h1>تعليق</h1><p>رأي.</p></article></article></body>";
        assert!(left(nested).contains("رأي."));
    }
}
