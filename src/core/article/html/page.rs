//! PURE: what a page says of itself, read from its markup's text or its
//! head apart from the story: how deep its elements nest (refused before it
//! is parsed), where a refresh sends its reader, its direction, and its title
//! with a quotation readability cut off kept.

use dom_query::Document as Dom;
use qari_layout::Direction;

use super::{inline_text, resolve};

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
pub(super) fn page_direction(html: &str) -> Option<Direction> {
    let head: String = html.chars().take(4096).collect();
    let dom = Dom::from(head.as_str());
    let html = dom.select("html");
    html.attr("dir")
        .as_deref()
        .and_then(direction_of)
        .or_else(|| html.attr("lang").as_deref().and_then(lang_direction))
}

pub(super) fn direction_of(dir: &str) -> Option<Direction> {
    match dir.trim().to_ascii_lowercase().as_str() {
        "rtl" => Some(Direction::Rtl),
        "ltr" => Some(Direction::Ltr),
        _ => None,
    }
}

pub(in crate::core::article) fn lang_direction(lang: &str) -> Option<Direction> {
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

/// The page's title as readability chose it, unless that dropped a quotation
/// in « » the page's `<title>` holds. Readability cuts a site's name off at
/// a separator, and takes » for one (Home » News); Arabic quotes with « »,
/// and a title that opens on a quoted name lost it («الواحة القابضة» ترفع
/// أرباحها → ترفع أرباحها). Such a title is cut again by [`cut_title`].
pub(super) fn quotes_kept(html: &str, chosen: String) -> String {
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
pub(super) fn cut_title(raw: &str) -> String {
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
