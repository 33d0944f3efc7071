//! PURE: what an input is (a page, a feed, text), from its name, what its
//! transport says of it and its first bytes, and whether it declares its
//! own encoding. Apart from the conversion, which only asks it.

use super::{Hint, Kind};

/// What the name, the transport and the first bytes say the input is.
pub fn kind_of(bytes: &[u8], hint: &Hint<'_>) -> Kind {
    if let Some(ct) = hint.content_type.map(str::to_ascii_lowercase) {
        if ct.contains("html") {
            // Some servers send every file as a page, a feed too.
            return if opens_as_feed(bytes) {
                Kind::Feed
            } else {
                Kind::Html
            };
        }
        if ct.contains("rss") || ct.contains("atom") {
            return Kind::Feed;
        }
        if ct.starts_with("text/plain") {
            // A feed served as plain text (a repository's raw file) is
            // still a feed; a page served so is text, as a browser shows it.
            return match sniff(bytes) {
                Some(Kind::Feed) => Kind::Feed,
                _ => Kind::Text,
            };
        }
    }
    let path = hint
        .name
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "html" | "htm" | "xhtml" if opens_as_feed(bytes) => return Kind::Feed,
        "html" | "htm" | "xhtml" => return Kind::Html,
        "rss" | "atom" | "rdf" => return Kind::Feed,
        _ => {}
    }
    sniff(bytes).unwrap_or(if ext == "xml" { Kind::Feed } else { Kind::Text })
}

/// A document's first 2 KiB as the markup sniffers read them: ASCII
/// lowered, zero bytes (UTF-16's) dropped.
fn lowered_head(bytes: &[u8]) -> Vec<u8> {
    bytes
        .iter()
        .take(2048)
        .filter(|&&b| b != 0)
        .map(u8::to_ascii_lowercase)
        .collect()
}

/// The markup a document starts with, read from its first KiB (any ASCII-
/// compatible encoding; UTF-16 with a BOM too, its zero bytes skipped).
fn sniff(bytes: &[u8]) -> Option<Kind> {
    let head = lowered_head(bytes);
    let start = head.iter().position(|&b| b == b'<')?;
    if !head[..start]
        .iter()
        .all(|b| b.is_ascii_whitespace() || *b >= 0x80)
    {
        return None;
    }
    let has = |needle: &[u8]| memchr::memmem::find(&head, needle).is_some();
    if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
        Some(Kind::Feed)
    } else if has(b"<!doctype html") || has(b"<html") || has(b"<head") || has(b"<body") {
        Some(Kind::Html)
    } else {
        None
    }
}

/// Whether a document's first element is a feed's (`<rss>`, `<feed>`,
/// `<rdf:RDF>`), after a byte order mark, the XML declaration, processing
/// instructions, comments and white space: what a page says of its type
/// cannot make a feed a page. Only the first element counts, since a page
/// may well hold "<feed" later (`<feedback>`, a quoted snippet).
fn opens_as_feed(bytes: &[u8]) -> bool {
    let head = lowered_head(bytes);
    let mut rest = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    // UTF-16's byte order mark, its zero bytes already gone.
    rest = rest
        .strip_prefix(b"\xFF\xFE")
        .or_else(|| rest.strip_prefix(b"\xFE\xFF"))
        .unwrap_or(rest);
    loop {
        rest = rest.trim_ascii_start();
        let skip = |open: &[u8], close: &[u8]| {
            rest.strip_prefix(open)
                .and_then(|r| memchr::memmem::find(r, close).map(|end| &r[end + close.len()..]))
        };
        // A feed's own doctype (RSS 0.91's `<!DOCTYPE rss …>`), not a page's.
        let doctype = rest
            .strip_prefix(b"<!doctype")
            .filter(|r| !r.trim_ascii_start().starts_with(b"html"))
            .and_then(|r| memchr::memchr(b'>', r).map(|end| &r[end + 1..]));
        match skip(b"<?", b"?>")
            .or_else(|| skip(b"<!--", b"-->"))
            .or(doctype)
        {
            Some(after) => rest = after,
            None => break,
        }
    }
    let opens = |name: &[u8]| {
        rest.strip_prefix(name).is_some_and(|r| {
            r.first()
                .is_none_or(|b| b.is_ascii_whitespace() || *b == b'>')
        })
    };
    opens(b"<rss") || opens(b"<feed") || opens(b"<rdf:rdf")
}

/// Whether XML bytes open with a declaration that names their encoding
/// (`<?xml version="1.0" encoding="windows-1256"?>`).
pub(super) fn declares_encoding(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(256)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let Some(end) = head
        .starts_with(b"<?xml")
        .then(|| head.iter().position(|&b| b == b'>'))
        .flatten()
    else {
        return false;
    };
    head[..end].windows(8).any(|w| w == b"encoding")
}
