//! PURE: the parts of a news page around its story that readability keeps,
//! taken out of the page before it looks for the story.
//!
//! Readability scores blocks of text, and two kinds of furniture beat it on
//! news pages. A comment section is text, often more of it than a short
//! story: the two paragraphs of a brief lose to forty comments. A "اقرأ
//! أيضًا" box is links, and readability keeps it when it sits inside the
//! story's own element. Both are found by what pages call them (the classes
//! and ids of comment sections and related-links boxes, the words of a
//! box's heading), and a box only when its text is mostly links, so a
//! story's heading that happens to read "المزيد من …" stays. Text that only
//! screen readers hear ("list 1 of 3") goes too, and a comment section
//! whatever its names, by its heading (`threads`). A sign-up box (a
//! newsletter's heading, its pitch, a form) sits inside the story's element
//! and read as its last paragraphs: it goes by its classes, or as the few
//! lines around an e-mail field, kept small so that no story goes with it.
//! A site's consent box and breaking-news ticker go in every pass
//! (`chrome`). Nothing that holds the
//! page's `<h1>`, an `<article>` or `<main>` is ever taken out (but the
//! comments' own `<article>`s, headline-less, go with their section's
//! heading).

use dom_query::{Document as Dom, NodeRef};

use super::{is_letter, letter_count as letters, linked_letters, name_of, stories};

mod chrome;
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

/// Segments that name a sign-up box: a newsletter's, a subscription's
/// (`newsletter-box`, `subscribe_form`, `mc4wp-form`).
const SIGNUP_SEGMENTS: &[&str] = &[
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    "mailchimp",
    "mc4wp",
];

/// The most letters of a sign-up box (its heading and a line or two saying
/// what it sends), so that a story's element named for its subscribers stays.
const SIGNUP_LETTERS: usize = 300;
/// The most paragraphs of a sign-up box.
const SIGNUP_PARAGRAPHS: usize = 2;
/// The most e-mail fields a page is looked around.
const FIELDS_MAX: usize = 16;

/// Classes of text only screen readers hear.
const SCREEN_READER: &[&str] = &[
    "sr-only",
    "screen-reader-text",
    "screen-reader-only",
    "visually-hidden",
    "visuallyhidden",
    "a11y-hidden",
];

/// Headings of related-links boxes, folded as [`fold`] folds (no harakat,
/// one alef, ي for ى, ه for ة, Latin in lower case). A heading that is one of
/// these, or starts with one and is a few words long ("المزيد من أخبار
/// الاقتصاد"), heads a box.
const BOX_HEADINGS: &[&str] = &[
    "اقرا ايضا",
    "اقرا كذلك",
    "اقرا المزيد",
    "شاهد ايضا",
    "طالع ايضا",
    "ذات صله",
    "اخبار ذات صله",
    "مواضيع ذات صله",
    "موضوعات ذات صله",
    "مقالات ذات صله",
    "قصص ذات صله",
    "المزيد من",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "الاكثر تداولا",
    "الاكثر تعليقا",
    "اهم الاخبار",
    "قد يهمك",
    "قصص مقترحه",
    "مقالات مقترحه",
    "مواضيع مقترحه",
    "قد يعجبك",
    "read also",
    "read more",
    "related",
    "more from",
    "more on this story",
    "most read",
    "see also",
    "you may also like",
];

/// The most box headings a page is looked around.
const HEADINGS_MAX: usize = 64;

/// What points at a link to another story at a paragraph's start.
const ARROWS: &[&str] = &[">>", "»", "◄", "►", "←", "⬅"];

/// The most words of a paragraph that is a link to another story.
const LINK_PARAGRAPH_WORDS: usize = 30;

/// The most words a box's heading has.
const HEADING_WORDS: usize = 6;

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
        if name == "p" && self.is_link_paragraph(node) {
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

/// The boxes around the page's e-mail fields (`<input type="email">`): a
/// sign-up's heading and the line saying what it sends are no part of the
/// story, whatever the box is called. A box is the largest element around
/// a field that is still [`is_signup_sized`] and holds nothing kept.
fn signup_boxes<'a>(root: NodeRef<'a>, story: usize) -> Vec<NodeRef<'a>> {
    let fields = root
        .descendants_it()
        .filter(|d| {
            d.is_element()
                && name_of(d) == "input"
                && d.attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("email"))
        })
        .take(FIELDS_MAX);
    let mut out = Vec::new();
    for field in fields {
        let mut found = None;
        let mut up = field.parent();
        while let Some(a) = up {
            let name = name_of(&a);
            if KEPT.contains(&name.as_str())
                || name == "article"
                || !is_signup_sized(&a, story)
                || holds_kept(&a)
            {
                break;
            }
            found = Some(a);
            up = a.parent();
        }
        out.extend(found);
    }
    out
}

/// Whether an element is as small as a sign-up box: a few lines of text,
/// and less than `half` the page's letters (a brief of two short paragraphs
/// with a sign-up field in its element is the story, not a box).
fn is_signup_sized(node: &NodeRef<'_>, half: usize) -> bool {
    let n = letters(&node.text());
    n <= SIGNUP_LETTERS
        && n < half
        && node
            .descendants_it()
            .filter(|d| d.is_element() && name_of(d) == "p")
            .nth(SIGNUP_PARAGRAPHS)
            .is_none()
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

/// Elements a box's heading is written in.
const HEADING_ELEMENTS: &[&str] = &[
    "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "p", "header", "em",
];

/// Whether the element is a heading of a related-links box: short, holding
/// no link itself, and reading as one of [`BOX_HEADINGS`].
fn is_box_heading(node: &NodeRef<'_>, name: &str) -> bool {
    // A heading is a few nodes: an element holding more is measured no further.
    if !HEADING_ELEMENTS.contains(&name)
        || node.descendants_it().nth(8).is_some()
        || !may_open_a_heading(node)
    {
        return false;
    }
    let text = node.text();
    if text.len() > 200 {
        return false;
    }
    let folded = fold(&text);
    let words = folded.split_whitespace().count();
    if words == 0 || words > HEADING_WORDS {
        return false;
    }
    if node
        .descendants_it()
        .any(|d| d.is_element() && name_of(&d) == "a")
    {
        return false;
    }
    reads_as_box_heading(&folded)
}

/// Whether the element's text begins with a word some heading of
/// [`BOX_HEADINGS`] begins with: most elements are passed over on their
/// first word, without their whole text.
fn may_open_a_heading(node: &NodeRef<'_>) -> bool {
    let Some(first) = node
        .descendants_it()
        .filter(|d| d.is_text())
        .map(|t| t.text())
        .find(|t| t.chars().any(is_letter))
    else {
        return false;
    };
    // Its first word, at most as long as the headings' first words.
    let word: String = first
        .trim_start()
        .chars()
        .take_while(|c| !c.is_whitespace())
        .take(12)
        .collect();
    let folded = fold(&word);
    let Some(word) = folded.split(' ').next() else {
        return false;
    };
    BOX_HEADINGS
        .iter()
        .any(|h| h.split(' ').next() == Some(word))
}

/// Whether folded text is one of [`BOX_HEADINGS`] or starts with one.
fn reads_as_box_heading(folded: &str) -> bool {
    BOX_HEADINGS.iter().any(|h| {
        folded == *h
            || folded
                .strip_prefix(h)
                .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// Whether a link's text opens with a box's heading ("اقرأ أيضًا: أسعار
/// الذهب …"); the heading words alone are a link to a list of stories.
fn starts_with_box_heading(text: &str) -> bool {
    let head: String = text.chars().take(60).collect();
    let folded = fold(&head);
    BOX_HEADINGS
        .iter()
        .filter(|h| h.contains(' '))
        .any(|h| folded == *h || folded.starts_with(&format!("{h} ")))
}

/// Text as [`BOX_HEADINGS`] are written: harakat and tatweel out, the alef
/// variants one letter, ى as ي and ة as ه, Latin in lower case, punctuation
/// a space, spaces collapsed.
fn fold(text: &str) -> String {
    let mapped: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}' | '\u{0670}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c if is_letter(c) => c.to_ascii_lowercase(),
            _ => ' ',
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    /// The page's lines after the furniture is out, joined by spaces.
    fn stripped(html: &str) -> String {
        let dom = Document::from(html);
        strip(&dom, true);
        let mut out = crate::core::article::Article::default();
        super::super::walk(dom.root(), false, None, None, &mut out);
        let lines: Vec<&str> = out.blocks.iter().map(|b| b.text.as_str()).collect();
        lines.join(" ")
    }

    #[test]
    fn a_comment_section_goes_but_commentary_stays() {
        let page = "<h1>عنوان</h1><div class='post'><p>نص الخبر.</p></div>\
                    <div id='comments' class='comments-area'><ol class='comment-list'>\
                    <li class='comment even'>تعليق طويل جدا</li></ol></div>\
                    <div class='commentary'>رأي الكاتب</div>";
        assert_eq!(stripped(page), "عنوان نص الخبر. رأي الكاتب");
    }

    #[test]
    fn a_comment_section_with_a_site_s_own_names_goes_by_its_heading() {
        let page = "<main><article><h1>عنوان</h1><p>نص الخبر.</p></article>\
                    <section class='reader-box'><div class='t'><h2>40 تعليقا على \"عنوان\"</h2></div>\
                    <ol class='user-feedback'><li><article class='fb-card'><time>منذ دقيقة</time>\
                    <p>تعليق طويل جدا</p><a href='#'>رد</a></article></li></ol>\
                    <form><textarea></textarea></form></section></main>";
        assert_eq!(stripped(page), "عنوان نص الخبر.");
        // In the story's own element: the story before the heading stays.
        let shared = "<div class='post'><h1>عنوان</h1><p>نص الخبر.</p><h3>التعليقات (2)</h3>\
                      <div class='c'><p>تعليق أول</p></div><div class='c'><p>تعليق ثان</p></div></div>";
        assert_eq!(stripped(shared), "عنوان نص الخبر.");
        // A story's part headed "تعليق …" is the story.
        let part = "<div><p>نص الخبر.</p><h2>تعليق الوزارة</h2><p>قالت الوزارة إنها ستدرس القرار.</p></div>";
        assert_eq!(
            stripped(part),
            "نص الخبر. تعليق الوزارة قالت الوزارة إنها ستدرس القرار."
        );
    }

    #[test]
    fn an_opinion_piece_called_comment_stays() {
        let page = "<header><h1>العنوان</h1></header><article class='content--comment'>\
                    <p>يرى الكاتب أن الحكومة أخطأت في تقدير الموقف منذ البداية.</p></article>\
                    <div class='comments'><article class='comment'>تعليق</article></div>";
        assert_eq!(
            stripped(page),
            "العنوان يرى الكاتب أن الحكومة أخطأت في تقدير الموقف منذ البداية."
        );
        // A post and its comments in one element called so: the story stays.
        let wrapped = "<div class='post comments-open'><p>يرى الكاتب أن الحكومة أخطأت في تقدير \
                       الموقف منذ البداية وأن عليها أن تراجع سياستها.</p>\
                       <ol class='comment-list'><li class='comment'>تعليق أول</li></ol></div>";
        assert_eq!(
            stripped(wrapped),
            "يرى الكاتب أن الحكومة أخطأت في تقدير الموقف منذ البداية وأن عليها أن تراجع سياستها."
        );
    }

    #[test]
    fn a_box_of_links_goes_by_its_class_or_its_heading() {
        // By class, when it is links; a story's element called related stays.
        let page = "<div class='post related-story'><p>نص الخبر الطويل هنا.</p></div>\
                    <div class='related-posts'><a href='/a'>خبر آخر</a></div>";
        assert_eq!(stripped(page), "نص الخبر الطويل هنا.");
        // By its heading, with the box around it or without one.
        let boxed = "<p>نص الخبر.</p><div class='x'><h3>اقرأ أيضاً:</h3><ul>\
                     <li><a href='/a'>خبر أول</a></li><li><a href='/b'>خبر ثان</a></li></ul></div>\
                     <p>بقية الخبر.</p>";
        assert_eq!(stripped(boxed), "نص الخبر. بقية الخبر.");
        let inline =
            "<div><p>نص الخبر الذي نشرته الصحيفة اليوم.</p><p><strong>إقرأ أيضا:</strong> \
                      <a href='/a'>خبر آخر عن الموضوع</a></p><p>بقية الخبر الذي نشرته.</p></div>";
        assert_eq!(
            stripped(inline),
            "نص الخبر الذي نشرته الصحيفة اليوم. بقية الخبر الذي نشرته."
        );
        // Links between line breaks after the heading, and a link that
        // says what it is.
        let broken = "<div>نص الخبر الذي نشرته الصحيفة اليوم.<br><strong>اقرأ أيضًا:</strong><br>\
                      <a href='/a'>خبر أول</a><br><a href='/b'>خبر ثان</a><br><br>بقية الخبر الذي \
                      نشرته.<br><a href='/c'>اقرأ أيضًا: خبر ثالث</a></div>";
        assert_eq!(
            stripped(broken),
            "نص الخبر الذي نشرته الصحيفة اليوم. بقية الخبر الذي نشرته."
        );
        let loose = "<div><p>نص الخبر.</p><h2>الأكثر قراءة</h2><ul><li><a href='/a'>خبر</a></li>\
                     </ul><p>بقية الخبر.</p></div>";
        assert_eq!(stripped(loose), "نص الخبر. بقية الخبر.");
    }

    #[test]
    fn a_link_paragraph_pointed_at_by_an_arrow_goes_and_others_stay() {
        let page = "<div><p>قال الوزير إن المشروع سيبدأ قريبا في العاصمة.</p>\
                    <p><a href='/n/7'>&gt;&gt; الاحتلال يقصف مدرسة في النصيرات</a></p>\
                    <p>وأضاف أن <a href='/x'>الوزارة</a> مستعدة للتنفيذ.</p>\
                    <p><a href='/r.pdf'>نص التقرير الكامل</a></p></div>";
        assert_eq!(
            stripped(page),
            "قال الوزير إن المشروع سيبدأ قريبا في العاصمة. وأضاف أن الوزارة مستعدة للتنفيذ. \
             نص التقرير الكامل"
        );
    }

    #[test]
    fn a_story_s_rest_hidden_behind_read_more_is_shown_and_a_hidden_menu_is_not() {
        let para = "وأضاف المتحدث أن الحكومة ستواصل العمل على المشروع حتى نهايته رغم كل الصعوبات التي تواجهها في الميدان.";
        let page = format!(
            "<div><p>{para}</p><div class='rest' style='display: none;'><p>{para}</p><p>{para}</p></div>\
             <div hidden><p>{para}</p><p>{para}</p></div>\
             <ul style='display:none'><li><a href='/a'>{para}</a></li><li><a href='/b'>{para}</a></li></ul></div>"
        );
        let dom = Document::from(page.as_str());
        strip(&dom, true);
        assert_eq!(dom.select("[hidden]").length(), 0);
        assert_eq!(dom.select("div.rest").attr("style").as_deref(), Some(""));
        assert_eq!(
            dom.select("ul").attr("style").as_deref(),
            Some("display:none")
        );
    }

    #[test]
    fn a_heading_that_only_reads_like_a_box_s_stays_with_its_text() {
        let page = "<div><h2>المزيد من التفاصيل</h2><p>قال الوزير إن المشروع سيبدأ قريبا.</p>\
                    <p>وأضاف أن <a href='/x'>الوزارة</a> مستعدة.</p></div>";
        assert_eq!(
            stripped(page),
            "المزيد من التفاصيل قال الوزير إن المشروع سيبدأ قريبا. وأضاف أن الوزارة مستعدة."
        );
    }

    #[test]
    fn a_sign_up_box_goes_by_its_name_or_its_e_mail_field() {
        let text = "قال الوزير إن الحكومة ستواصل العمل على المشروع حتى نهايته.";
        let story = format!("<article><h1>عنوان</h1><p>{text}</p><p>{text}</p>");
        let pitch = "<h4>اشترك في النشرة البريدية</h4><p>احصل على أهم الأخبار يوميا.</p>\
                     <form><input type='email'><button>اشترك</button></form>";
        for signup in [
            format!("<div class='newsletter'>{pitch}</div>"),
            format!("<div class='x'>{}</div>", pitch.replace("email", "EMAIL")),
            "<section id='sign-up'><h3>النشرة اليومية</h3><p>كل صباح.</p></section>".to_string(),
        ] {
            let page = format!("{story}{signup}</article>");
            assert_eq!(stripped(&page), format!("عنوان {text} {text}"), "{signup}");
        }
        // A story's element named for its subscribers, longer than a box,
        // stays; so does a form in the story's own element.
        let long = "وقال الوزير إن الحكومة ستواصل العمل على المشروع حتى نهايته. ".repeat(8);
        let named = format!("<div class='subscription-content'><p>{long}</p></div>");
        assert_eq!(stripped(&named), long.trim());
        let inside = "<article><h1>عنوان</h1><p>نص.</p><input type='email'></article>";
        assert_eq!(stripped(inside), "عنوان نص.");
        // A brief of two short paragraphs whose element holds a sign-up
        // field, its heading outside: the element is most of the page, and
        // the story.
        let brief = "<header><h1>افتتاح معرض الكتاب</h1></header><div class='entry-content'>\
                     <p>افتتح الوزير معرض الكتاب في عمان اليوم.</p><p>ويستمر عشرة أيام.</p>\
                     <div class='box'><input type='email'><button>اشترك</button></div></div>";
        assert_eq!(
            stripped(brief),
            "افتتاح معرض الكتاب افتتح الوزير معرض الكتاب في عمان اليوم. ويستمر عشرة أيام."
        );
    }

    #[test]
    fn what_only_screen_readers_hear_goes_and_the_story_s_heading_never_does() {
        let page = "<ul><li><span class='screen-reader-text'>list 1 of 2</span>\
                    <a href='/a'>خبر</a></li></ul><p>نص.</p>";
        assert_eq!(stripped(page), "خبر نص.");
        // A wrapper whose classes read like comments but that holds the
        // story's heading.
        let wrapper = "<div class='single comments-open'><h1>العنوان</h1><p>نص.</p></div>";
        assert_eq!(stripped(wrapper), "العنوان نص.");
    }
}
