//! PURE: the parts of a news page around its story that readability keeps,
//! taken out of the page before it looks for the story.
//!
//! Readability scores blocks of text, and two kinds of furniture beat it on
//! news pages. A comment section is text, often more of it than a short
//! story: the two paragraphs of a brief lose to forty comments. A "اقرأ
//! أيضًا" box is links, and readability keeps it when it sits inside the
//! story's own element. Both are found by what pages call them (the classes
//! and ids of comment sections and related-links boxes, the words of a box's
//! heading (`headings`)), and a box only when its text is mostly links, so a
//! story's heading that happens to read "المزيد من …" stays. Text that only
//! screen readers hear ("list 1 of 3") goes too, and a comment section
//! whatever its names, by its heading (`threads`). A sign-up box (a
//! newsletter's heading, its pitch, a form) sits inside the story's element
//! and read as its last paragraphs: it goes by its classes, or as the few
//! lines around an e-mail field, kept small so that no story goes with it
//! (`signup`). A site's consent box and breaking-news ticker go in every pass
//! (`chrome`). Nothing that holds the page's `<h1>`, an `<article>` or
//! `<main>` is ever taken out (but the comments' own `<article>`s,
//! headline-less, go with their section's heading).

use dom_query::{Document as Dom, NodeRef};

use super::{letter_count as letters, linked_letters, name_of, stories};
use headings::{box_heading_letters, is_box_heading, may_open_a_heading, starts_with_box_heading};
use signup::{is_signup_sized, signup_boxes, SIGNUP_SEGMENTS};

mod chrome;
mod headings;
mod signup;
mod threads;

/// Elements never taken out, whatever they are called (nor any that holds
/// the page's `<h1>` or its `<main>`).
const KEPT: &[&str] = &["html", "body", "main", "h1"];

/// What a class or id is made of, split at `-` and `_`, that names a
/// comment section or one of its parts (`comments-area`, `comment-list`,
/// `disqus_thread`); `commentary` (opinion) is one segment of its own.
const COMMENT_SEGMENTS: &[&str] = &["comment", "comments", "commentlist", "disqus"];

/// Segments that name a box of links to other stories.
const RELATED_SEGMENTS: &[&str] = &[
    "related",
    "relatedposts",
    "readalso",
    "alsoread",
    "seealso",
    "mostread",
    "morenews",
    "outbrain",
    "taboola",
];

/// Two segments in a row that do (`read-also`, `most_read`).
const RELATED_PAIRS: &[(&str, &str)] = &[
    ("read", "also"),
    ("also", "read"),
    ("see", "also"),
    ("more", "news"),
    ("most", "read"),
    ("most", "popular"),
    ("most", "viewed"),
    // WordPress's card for a link to another post.
    ("wp", "embedded"),
];

/// Classes of text only screen readers hear.
const SCREEN_READER: &[&str] = &[
    "sr-only",
    "screen-reader-text",
    "screen-reader-only",
    "visually-hidden",
    "visuallyhidden",
    "a11y-hidden",
];

/// The most box headings a page is looked around.
const HEADINGS_MAX: usize = 64;

/// What points at a link to another story at a paragraph's start.
const ARROWS: &[&str] = &[">>", "»", "◄", "►", "←", "⬅"];

/// The most words of a paragraph that is a link to another story.
const LINK_PARAGRAPH_WORDS: usize = 30;

/// The share of a box's letters (its heading's aside) in link text: cards
/// of other stories carry a line of summary under each headline.
const BOX_LINKS: f32 = 0.4;

/// Take the furniture out of the page under `root`; the boxes of links to
/// other stories too with `boxes` (a page shown whole, a front page, is
/// those links).
pub(super) fn strip(page: &Dom, boxes: bool) {
    let root = page.root();
    let mut gone = Vec::new();
    // Half the page's letters: no box is that much of a page.
    let all = letters(&root.text());
    let story = all / 2;
    // The story's element, where no paragraph is the site's chrome.
    let own = stories::marked(page, all).map(|n| n.id);
    let mut stack = vec![(root, false)];
    // Each box heading measures the elements around it; a page of
    // thousands of them (hostile, or a site's index) is not measured past this.
    let mut walker = Page {
        boxes,
        story,
        headings: if boxes { HEADINGS_MAX } else { 0 },
    };
    gone.extend(signup_boxes(root, story));
    while let Some((node, in_story)) = stack.pop() {
        let mut in_story = in_story;
        if node.is_element() {
            in_story = in_story || Some(node.id) == own || is_story_element(&node);
            if let Some(out) = walker.furniture(&node, in_story) {
                gone.extend(out);
                continue;
            }
        }
        stack.extend(node.children_it(true).map(|c| (c, in_story)));
    }
    for node in gone {
        node.remove_from_parent();
    }
    if boxes {
        show_hidden_story(root);
    }
}

/// Paragraphs a page hides behind a "read more" button (`hidden`, or
/// `display: none` until the button is pressed) shown, which readability
/// would drop as invisible: an element hidden so that holds paragraphs of
/// text, not links (a menu), nor a line or two (a dialog, a notice).
fn show_hidden_story(root: NodeRef<'_>) {
    let hidden: Vec<NodeRef<'_>> = root
        .descendants_it()
        .filter(|d| d.is_element() && is_hidden(d))
        .take(HIDDEN_MAX)
        .collect();
    for node in hidden {
        let paragraphs = node
            .descendants_it()
            .filter(|d| {
                d.is_element() && name_of(d) == "p" && letters(&d.text()) >= HIDDEN_PARAGRAPH
            })
            .take(2)
            .count();
        if paragraphs < 2 || link_share(&node, 0) >= 0.2 {
            continue;
        }
        node.remove_attr("hidden");
        if let Some(style) = node.attr("style") {
            let shown: Vec<&str> = style.split(';').filter(|rule| !hides(rule)).collect();
            node.set_attr("style", &shown.join(";"));
        }
    }
}

/// The most hidden elements looked into on one page.
const HIDDEN_MAX: usize = 256;
/// The fewest letters of a hidden paragraph of story.
const HIDDEN_PARAGRAPH: usize = 80;

fn is_hidden(node: &NodeRef<'_>) -> bool {
    node.has_attr("hidden")
        || node
            .attr("style")
            .is_some_and(|style| style.split(';').any(hides))
}

/// A style rule that hides its element.
fn hides(rule: &str) -> bool {
    let rule: String = rule.chars().filter(|c| !c.is_whitespace()).collect();
    let rule = rule.to_ascii_lowercase();
    rule == "display:none" || rule == "visibility:hidden"
}

/// What [`strip`] knows of the page as it goes.
struct Page {
    boxes: bool,
    /// Half the page's letters.
    story: usize,
    /// Box headings still to be looked around.
    headings: usize,
}

impl Page {
    /// What to take out at `node`: the node itself, or a box's heading and
    /// the links after it. `None` to look inside it.
    fn furniture<'a>(&mut self, node: &NodeRef<'a>, in_story: bool) -> Option<Vec<NodeRef<'a>>> {
        let name = name_of(node);
        if KEPT.contains(&name.as_str()) {
            return None;
        }
        if let Some(thread) = threads::comment_thread(node, &name) {
            return Some(thread);
        }
        let names = names_of(node);
        let segments = segments(&names);
        let has = |set: &[&str]| segments.iter().any(|s| set.contains(s));
        if has(SCREEN_READER_SEGMENTS) && classes(node).any(|c| SCREEN_READER.contains(&c.as_str()))
        {
            return Some(vec![*node]);
        }
        // One that is most of the page is looked into instead: it may be
        // the story's own element ("content--comment" on an opinion page,
        // "comments-open" around a post and its comments), and a long
        // comment section goes a comment at a time.
        if has(COMMENT_SEGMENTS) && !holds_kept(node) && letters(&node.text()) <= self.story {
            return Some(vec![*node]);
        }
        let signup = has(SIGNUP_SEGMENTS) || segments.windows(2).any(|w| w == ["sign", "up"]);
        if signup && is_signup_sized(node, self.story) && !holds_kept(node) {
            return Some(vec![*node]);
        }
        if !in_story && chrome::is_chrome(node, &name, &segments, self.story) {
            return Some(vec![*node]);
        }
        if !self.boxes {
            return None;
        }
        let related = has(RELATED_SEGMENTS)
            || segments
                .windows(2)
                .any(|w| RELATED_PAIRS.contains(&(w[0], w[1])));
        // A box called related only when it is links: a story's element may
        // carry "related" among its classes.
        if related && self.is_box(node, 0) {
            return Some(vec![*node]);
        }
        // A link that says it is one to another story (اقرأ أيضًا: …), and
        // a paragraph that is an arrow and a link (">> headline").
        if name == "a" && may_open_a_heading(node) && starts_with_box_heading(&node.text()) {
            return Some(vec![*node]);
        }
        if name == "p" && (self.is_link_paragraph(node) || self.is_read_also(node)) {
            return Some(vec![*node]);
        }
        if self.headings == 0 || !is_box_heading(node, &name) {
            return None;
        }
        self.headings -= 1;
        let heading = letters(&node.text());
        // The box the heading is the first words of: the nearest element
        // around it that is mostly links besides the heading.
        let mut around = node.parent();
        for _ in 0..3 {
            let Some(a) = around else { break };
            if KEPT.contains(&name_of(&a).as_str()) {
                break;
            }
            if letters(&a.text()) > heading {
                if self.is_box(&a, heading) {
                    return Some(vec![a]);
                }
                break;
            }
            around = a.parent();
        }
        // A heading standing among the story's blocks: it and the links
        // that follow it (lists, link paragraphs, links between <br>s), up
        // to the first text that is not a link.
        let mut out = vec![*node];
        let mut next = node.next_sibling();
        while let Some(n) = next {
            next = n.next_sibling();
            if n.is_text() {
                if letters(&n.text()) > 0 {
                    break;
                }
                continue;
            }
            if !n.is_element() {
                continue;
            }
            if name_of(&n) == "br" {
                continue;
            }
            if !self.is_box(&n, 0) {
                break;
            }
            out.push(n);
        }
        (out.len() > 1).then_some(out)
    }

    /// Whether a paragraph is one link and little else, pointed at by an
    /// arrow as pages point at another story (">> headline"). A plain link
    /// paragraph stays: it may be the story's source or report, and the
    /// reader's list of links keeps what the page shows.
    fn is_link_paragraph(&self, node: &NodeRef<'_>) -> bool {
        let text = node.text();
        let text = text.trim_start();
        ARROWS.iter().any(|a| text.starts_with(a))
            && text.split_whitespace().count() <= LINK_PARAGRAPH_WORDS
            && letters(text) <= self.story
            && link_share(node, 0) >= 0.9
            && !holds_kept(node)
    }

    /// Whether a paragraph is a box's heading written as its first words
    /// and the links it names ("اقرأ أيضا: <a>headline</a>"): nothing else
    /// in it but the heading (a few letters of harakat or a bullet aside).
    fn is_read_also(&self, node: &NodeRef<'_>) -> bool {
        let text = node.text();
        let Some(heading) = box_heading_letters(text.trim_start()) else {
            return false;
        };
        let linked = linked_letters(node);
        linked > 0
            && letters(&text).saturating_sub(linked) <= heading + 4
            && letters(&text) <= self.story
            && !holds_kept(node)
    }

    /// Whether the element is a box of links: holding text, mostly links
    /// (less `heading` letters), less than half the page, and none of what is
    /// never taken out.
    fn is_box(&self, node: &NodeRef<'_>, heading: usize) -> bool {
        let all = letters(&node.text());
        all > heading
            && all <= self.story
            && link_share(node, heading) >= BOX_LINKS
            && !holds_kept(node)
    }
}

/// The segments of screen-reader classes, to skip the exact test for most elements.
const SCREEN_READER_SEGMENTS: &[&str] = &["sr", "screen", "visually", "visuallyhidden", "a11y"];

fn classes<'a>(node: &'a NodeRef<'_>) -> impl Iterator<Item = String> + 'a {
    let class = node.attr("class").map(|c| c.to_ascii_lowercase());
    class
        .into_iter()
        .flat_map(|c| c.split_whitespace().map(str::to_string).collect::<Vec<_>>())
}

/// The element's id and classes in lower case, one string: what
/// [`segments`] splits.
fn names_of(node: &NodeRef<'_>) -> String {
    let mut out = String::new();
    for attr in ["id", "class"] {
        if let Some(value) = node.attr(attr) {
            out.push(' ');
            out.push_str(&value.to_ascii_lowercase());
        }
    }
    out
}

/// The segments of an element's id and classes ([`names_of`]), split at
/// `-` and `_`, each class's in order and an empty one between two classes
/// (no pair across them).
fn segments(names: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for token in names.split_whitespace() {
        out.extend(token.split(['-', '_']).filter(|s| !s.is_empty()));
        out.push("");
    }
    out
}

/// Whether the element is one a page holds its story in: an `<article>`, a
/// `<main>`, an `articleBody`. Whatever it holds is the story's, whatever
/// its class says.
fn is_story_element(node: &NodeRef<'_>) -> bool {
    matches!(name_of(node).as_str(), "article" | "main")
        || node
            .attr("itemprop")
            .is_some_and(|p| p.split_whitespace().any(|w| w == "articleBody"))
}

/// Whether an element holds one that is never taken out.
fn holds_kept(node: &NodeRef<'_>) -> bool {
    node.descendants_it()
        .any(|d| d.is_element() && matches!(name_of(&d).as_str(), "h1" | "article" | "main"))
}

/// The share of the element's letters, less `besides`, in its links.
fn link_share(node: &NodeRef<'_>, besides: usize) -> f32 {
    let all = letters(&node.text()).saturating_sub(besides);
    if all == 0 {
        return 0.0;
    }
    if name_of(node) == "a" {
        return 1.0;
    }
    linked_letters(node) as f32 / all as f32
}

#[cfg(test)]
mod tests;
