//! PURE: the walk that makes an HTML tree lines of an [`Article`]: a
//! paragraph, heading, list item or quotation each becomes one line, inline
//! text is joined with its white space collapsed, links are collected, a
//! `dir` (or a block's own `lang`) is kept as the block's direction, and the
//! element a link's `#fragment` names (its `id`, or an `<a name>`) is noted
//! where the walk meets it, as a block and a byte in its line. Its own file
//! because every reading of HTML goes through it: the story, the whole page,
//! a feed's title, a Markdown file's HTML block.
//!
//! The walk keeps its own stack, so a page of a million nested `<div>`s costs
//! memory, not the thread's stack.

use dom_query::{Document as Dom, NodeRef};
use qari_layout::Direction;

use super::page::{direction_of, lang_direction};
use super::{boxes, collapse, masthead, name_of, resolve};
use crate::core::article::{table, Article, Block, BlockKind, Link, Spot};

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
pub(super) const BLOCKS: &[&str] = &[
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

pub(super) fn walk(
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
            // A row a line, as `article::table` makes every markup's rows.
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

/// The text of a piece of HTML (a feed's title), its white space collapsed;
/// text without markup or entities is only collapsed.
pub(in crate::core::article) fn inline_text(html: &str) -> String {
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
pub(in crate::core::article) fn fragment_blocks(html: &str) -> Vec<Block> {
    let dom = Dom::from(format!("<body>{html}</body>").as_str());
    let mut parts = Article::default();
    walk(dom.root(), false, None, None, &mut parts);
    parts.blocks
}
