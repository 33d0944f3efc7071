//! PURE: an HTML page to an [`Article`]: the story without the page around it.
//!
//! Finding the story (dropping navigation, share buttons and footers) is
//! dom_smoothie's job, a port of the readability algorithm browsers use for
//! their reader views. What readability keeps of news pages' furniture
//! (comment sections, "اقرأ أيضًا" boxes) is taken out before it looks
//! (`furniture`). What it returns is cleaned HTML, which is walked here
//! into blocks: a paragraph, heading, list item or quotation each becomes one
//! line, inline text is joined with its white space collapsed, entities are
//! already decoded by html5ever, links are collected, and a `dir` attribute
//! is kept as the block's direction. A story too short for readability is
//! taken from the element the page marks it with, when it marks one clearly
//! (`stories::marked`); else the whole visible text is taken instead, and
//! the article says so. The element a
//! link's `#fragment` names (its `id`, or an `<a name>`) is noted where the
//! walk meets it, as a block and a byte in its line: the reader opens there,
//! as a browser scrolls to it.
//!
//! The walk keeps its own stack, so a page of a million nested `<div>`s costs
//! memory, not the thread's stack.

use dom_query::{Document as Dom, NodeRef};
use qari_layout::Direction;

use super::{table, Article, Block, BlockKind, Link, Spot};
use crate::core::notice::Warning;

/// Elements a reader never sees: among them what a browser shows only when
/// it cannot play a video or an audio ("Your browser does not support …").
/// An image is not text either: its `alt` (an advertisement's "إعلان", a
/// photo's caption said twice) is left out, its caption kept.
const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "iframe", "button", "form", "select",
    "textarea", "object", "canvas", "video", "audio",
];
/// Page furniture, dropped when the whole page is shown as a fallback.
const FURNITURE: &[&str] = &["nav", "footer", "aside", "header", "menu"];
/// Elements that end one line and start another.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "hr",
    "br",
    "address",
    "details",
    "summary",
    "body",
];

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

/// Whether an element is the one a fragment names: its `id`, or an `<a>`'s
/// `name`, as written or with its `%XX` escapes decoded (`#%D9%85` names
/// `id="م"`), as browsers match them.
fn names(node: &NodeRef<'_>, element: &str, fragment: &str) -> bool {
    let matches =
        |value: &str| value == fragment || percent_decoded(fragment).as_deref() == Some(value);
    node.attr("id").is_some_and(|id| matches(&id))
        || (element == "a" && node.attr("name").is_some_and(|name| matches(&name)))
}

/// `%XX` escapes decoded, when there are any and they make UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    if !text.contains('%') {
        return None;
    }
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let digit = |d: Option<u8>| char::from(d?).to_digit(16);
            let (high, low) = (digit(bytes.next())?, digit(bytes.next())?);
            out.push(u8::try_from(high * 16 + low).ok()?);
        } else {
            out.push(b);
        }
    }
    String::from_utf8(out).ok()
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

/// Elements that never hold others or that the parser closes by itself.
const UNNESTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "td", "th", "tr",
];

/// How deep the page's elements nest, counted from its tags without parsing
/// (the HTML parser's cost grows with depth times elements, so a page of a
/// million nested `<div>`s must be refused before it is parsed).
pub fn nesting(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    for at in memchr::memchr_iter(b'<', bytes) {
        match bytes.get(at + 1) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_len = bytes[at + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                let name = &html[at + 1..at + 1 + name_len];
                if UNNESTED.iter().any(|u| u.eq_ignore_ascii_case(name)) {
                    continue;
                }
                let end = memchr::memchr(b'>', &bytes[at..]).map_or(bytes.len(), |e| at + e);
                if end > 0 && bytes[end - 1] == b'/' {
                    continue;
                }
                depth += 1;
                deepest = deepest.max(depth);
            }
            _ => {}
        }
    }
    deepest
}

/// Where a page sends its reader at once (`<meta http-equiv="refresh"
/// content="0; url=…">`, as a browser follows it), made absolute against
/// `base`; a refresh that only reloads the page, or waits longer than
/// [`REFRESH_WAIT`] seconds (a live page's periodic reload), is none.
pub fn refresh_target(html: &str, base: Option<&str>) -> Option<String> {
    let head: String = html.chars().take(16_384).collect();
    let dom = Dom::from(head.as_str());
    let content = dom
        .select("meta")
        .iter()
        .find(|m| {
            m.attr("http-equiv")
                .is_some_and(|e| e.trim().eq_ignore_ascii_case("refresh"))
        })?
        .attr("content")?;
    let (wait, rest) = content.split_once([';', ','])?;
    let wait: f32 = wait.trim().parse().ok()?;
    if wait > REFRESH_WAIT {
        return None;
    }
    let rest = rest.trim();
    let url = rest
        .get(..4)
        .filter(|key| key.eq_ignore_ascii_case("url="))
        .map_or(rest, |_| &rest[4..])
        .trim()
        .trim_matches(['\'', '"']);
    (!url.is_empty()).then(|| resolve(url, base))
}

/// The longest wait of a refresh that sends the reader on.
const REFRESH_WAIT: f32 = 10.0;

/// `<html dir="rtl">` or a right-to-left `lang`, read from the page's start.
fn page_direction(html: &str) -> Option<Direction> {
    let head: String = html.chars().take(4096).collect();
    let dom = Dom::from(head.as_str());
    let html = dom.select("html");
    html.attr("dir")
        .as_deref()
        .and_then(direction_of)
        .or_else(|| html.attr("lang").as_deref().and_then(lang_direction))
}

fn direction_of(dir: &str) -> Option<Direction> {
    match dir.trim().to_ascii_lowercase().as_str() {
        "rtl" => Some(Direction::Rtl),
        "ltr" => Some(Direction::Ltr),
        _ => None,
    }
}

pub(super) fn lang_direction(lang: &str) -> Option<Direction> {
    let primary = lang.split(['-', '_']).next()?.to_ascii_lowercase();
    Some(
        if ["ar", "fa", "ur", "he", "ps", "ku", "ckb", "sd", "ug", "yi"].contains(&primary.as_str())
        {
            Direction::Rtl
        } else {
            Direction::Ltr
        },
    )
}

/// A story's own `<header>` (its headline, standfirst and dates), which a
/// page shown whole keeps with the story: one inside an `<article>` or
/// `<main>`, or one holding an `<h1>` that is no site's.
fn is_story_header(node: &NodeRef<'_>, name: &str) -> bool {
    name == "header"
        && (node
            .ancestors_it(None)
            .any(|up| matches!(name_of(&up).as_str(), "article" | "main"))
            || node
                .descendants_it()
                .any(|d| d.is_element() && name_of(&d) == "h1" && !masthead::is_site_h1(&d)))
}

/// One open element of the walk: what kind of block it makes, its direction.
struct Frame {
    kind: BlockKind,
    dir: Option<Direction>,
    /// Inside `<pre>`: its line breaks end lines.
    pre: bool,
    /// A list (`<ul>`, `<ol>`): its items' kind; an `<ol>`'s next number.
    list: Option<Option<u32>>,
    /// A list item (`<li>`, `<dd>`), and whether a line of it was made:
    /// its bullet or number goes on its first line only.
    item: Option<bool>,
}

fn walk(
    root: NodeRef<'_>,
    whole_page: bool,
    base: Option<&str>,
    fragment: Option<&str>,
    out: &mut Article,
) {
    let mut line = String::new();
    let mut frames = vec![Frame {
        kind: BlockKind::Paragraph,
        dir: None,
        pre: false,
        list: None,
        item: None,
    }];
    // (node, true) enters it; (node, false) leaves it.
    let mut stack = vec![(root, true)];
    while let Some((node, entering)) = stack.pop() {
        if node.is_text() {
            let text = node.text();
            if frames.last().is_some_and(|f| f.pre) {
                // Its spaces and tabs as written: code's indents, a table's
                // columns.
                for (i, part) in text.split('\n').enumerate() {
                    if i > 0 {
                        flush(&mut line, &mut frames, out);
                    }
                    line.push_str(part.trim_end_matches('\r'));
                }
            } else {
                push_text(&mut line, &text);
            }
            continue;
        }
        if !node.is_element() {
            if entering {
                push_children(&mut stack, node);
            }
            continue;
        }
        let name = name_of(&node);
        let name = name.as_str();
        // A table's cell of text alone is a column of its row's line (a
        // table of prices reads a row at a time); one holding blocks (a
        // page laid out in a table) is a block itself.
        let cell = matches!(name, "td" | "th") && !holds_blocks(&node);
        let block = BLOCKS.contains(&name) && !cell;
        if entering {
            if HIDDEN.contains(&name)
                || (whole_page && FURNITURE.contains(&name) && !is_story_header(&node, name))
                || (whole_page && name == "h1" && masthead::is_site_h1(&node))
            {
                continue;
            }
            // A row a line, as `super::table` makes every markup's rows.
            if cell {
                table::open_cell(&mut line);
            }
            if !block
                && !line.is_empty()
                && !line.ends_with(' ')
                && boxes::parts_from_before(&node, name)
            {
                line.push(' ');
            }
            // The first element the fragment names: where its text starts
            // (after a block's line is ended, its next block).
            if out.target.is_none() && fragment.is_some_and(|f| names(&node, name, f)) {
                if block {
                    flush(&mut line, &mut frames, out);
                }
                out.target = Some(Spot {
                    block: out.blocks.len(),
                    byte: line.len(),
                });
            }
            if block {
                flush(&mut line, &mut frames, out);
                let parent = frames.last().map_or(BlockKind::Paragraph, |f| f.kind);
                let pre = name == "pre" || frames.last().is_some_and(|f| f.pre);
                // An item of a numbered list takes the list's next number.
                let mut kind = kind_of(name, parent);
                if name == "li" {
                    let list = frames.iter_mut().rev().find_map(|f| f.list.as_mut());
                    if let Some(Some(next)) = list {
                        kind = BlockKind::Numbered(*next);
                        *next = next.saturating_add(1);
                    }
                }
                let list = match name {
                    "ol" => Some(Some(
                        node.attr("start")
                            .and_then(|s| s.trim().parse().ok())
                            .unwrap_or(1),
                    )),
                    "ul" | "menu" => Some(None),
                    _ => None,
                };
                frames.push(Frame {
                    pre,
                    list,
                    item: matches!(name, "li" | "dd").then_some(false),
                    kind,
                    // `dir` first; a block's own `lang` (`<p lang="en">` in
                    // an Arabic page) hints its direction too.
                    dir: node
                        .attr("dir")
                        .as_deref()
                        .and_then(direction_of)
                        .or_else(|| node.attr("lang").as_deref().and_then(lang_direction)),
                });
            } else if name == "a" {
                if let Some(href) = node.attr("href") {
                    add_link(out, &node.text(), &href, base);
                }
            }
            stack.push((node, false));
            push_children(&mut stack, node);
        } else if block {
            flush(&mut line, &mut frames, out);
            frames.pop();
        } else if cell {
            table::close_cell(&mut line);
        }
    }
    flush(&mut line, &mut frames, out);
}

/// Whether an element holds a block (a paragraph, a list, a line break).
fn holds_blocks(node: &NodeRef<'_>) -> bool {
    node.descendants_it()
        .any(|d| d.is_element() && BLOCKS.contains(&name_of(&d).as_str()))
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

fn push_children<'a>(stack: &mut Vec<(NodeRef<'a>, bool)>, node: NodeRef<'a>) {
    let start = stack.len();
    let mut child = node.first_child();
    while let Some(c) = child {
        child = c.next_sibling();
        stack.push((c, true));
    }
    stack[start..].reverse();
}

fn kind_of(name: &str, parent: BlockKind) -> BlockKind {
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dd" => BlockKind::Item,
        "blockquote" => BlockKind::Quote,
        // Inside a quotation or list item, the inner blocks keep its kind.
        _ => parent,
    }
}

/// Inline text joined to the line, runs of white space made one space.
fn push_text(line: &mut String, text: &str) {
    for (i, word) in text.split(char::is_whitespace).enumerate() {
        if i > 0 && !line.ends_with(' ') && !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
}

fn flush(line: &mut String, frames: &mut [Frame], out: &mut Article) {
    let pre = frames.last().is_some_and(|f| f.pre);
    let text = if pre { line.trim_end() } else { line.trim() };
    if !text.is_empty() {
        let mut kind = frames.last().map_or(BlockKind::Paragraph, |f| f.kind);
        if matches!(kind, BlockKind::Item | BlockKind::Numbered(_)) {
            // An item of two blocks (a comment and its "reply" line) is one
            // item: its later lines go on without a bullet or number.
            if let Some(said) = frames.iter_mut().rev().find_map(|f| f.item.as_mut()) {
                if *said {
                    kind = BlockKind::Paragraph;
                }
                *said = true;
            }
        }
        out.blocks.push(Block {
            text: text.to_string(),
            kind,
            direction: frames.iter().rev().find_map(|f| f.dir),
        });
    }
    line.clear();
}

fn add_link(out: &mut Article, text: &str, href: &str, base: Option<&str>) {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') || href.starts_with("javascript:") {
        return;
    }
    let href = resolve(href, base);
    if out.links.iter().any(|l| l.href == href) {
        return;
    }
    out.links.push(Link {
        text: collapse(text),
        href,
    });
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

/// The text of a piece of HTML (a feed's title), its white space collapsed;
/// text without markup or entities is only collapsed.
pub(super) fn inline_text(html: &str) -> String {
    if !html.contains(['<', '&']) {
        return collapse(html);
    }
    let dom = Dom::from(format!("<body>{html}</body>").as_str());
    text_of(dom.root())
}

/// An element's text read as the walk reads a page, on one line: script
/// and style are no text, `<br>` and block boundaries part words, and so do
/// boxes written against each other (`boxes`). `NodeRef::text` runs them
/// all together ("بقلم<br>أحمد" is "بقلمأحمد").
pub(super) fn text_of(node: NodeRef<'_>) -> String {
    let mut parts = Article::default();
    walk(node, false, None, None, &mut parts);
    let words: Vec<&str> = parts.blocks.iter().map(|b| b.text.as_str()).collect();
    words.join(" ")
}

/// The blocks of a piece of HTML that is no page (a Markdown file's HTML
/// block): walked as a page's story is, so that script and style are no
/// text, inline elements keep their words and `dir` gives a direction.
pub(super) fn fragment_blocks(html: &str) -> Vec<Block> {
    let dom = Dom::from(format!("<body>{html}</body>").as_str());
    let mut parts = Article::default();
    walk(dom.root(), false, None, None, &mut parts);
    parts.blocks
}

/// The page's title as readability chose it, unless that dropped a quotation
/// in « » the page's `<title>` holds. Readability cuts a site's name off at
/// a separator, and takes » for one (Home » News); Arabic quotes with « »,
/// and a title that opens on a quoted name lost it («الواحة القابضة» ترفع
/// أرباحها → ترفع أرباحها). Such a title is cut again by [`cut_title`].
fn quotes_kept(html: &str, chosen: String) -> String {
    if chosen.contains('«') {
        return chosen;
    }
    match page_title(html) {
        Some(raw) if raw.contains('«') => cut_title(&raw),
        _ => chosen,
    }
}

/// The text of the page's first `<title>` element, found without parsing the
/// page again.
fn page_title(html: &str) -> Option<String> {
    let lower = |from: usize, tag: &str| {
        html.get(from..)?
            .as_bytes()
            .windows(tag.len())
            .position(|w| w.eq_ignore_ascii_case(tag.as_bytes()))
            .map(|p| from + p)
    };
    let open = lower(0, "<title")?;
    let start = open + html.get(open..)?.find('>')? + 1;
    let end = lower(start, "</title")?;
    Some(inline_text(html.get(start..end)?))
}

/// A title with a site's name cut off as readability does, at separators
/// (| - – — / > » and a backslash) that stand between spaces, and » only
/// where no « is open: the part before the last one when it has three words or more, else
/// the part after the first, else the whole.
fn cut_title(raw: &str) -> String {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let mut open = 0usize;
    let mut separators = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if matches!(*w, "|" | "-" | "–" | "—" | "/" | "\\" | ">") || *w == "»" && open == 0 {
            separators.push(i);
            continue;
        }
        open = (open + w.matches('«').count()).saturating_sub(w.matches('»').count());
    }
    let (Some(&first), Some(&last)) = (separators.first(), separators.last()) else {
        return words.join(" ");
    };
    if last >= 3 {
        return words[..last].join(" ");
    }
    if words.len() - first > 3 {
        return words[first + 1..].join(" ");
    }
    words.join(" ")
}

/// Text with its white space collapsed and trimmed.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

mod boxes;
mod data;
mod furniture;
mod masthead;
mod stories;

#[cfg(test)]
mod tests;
