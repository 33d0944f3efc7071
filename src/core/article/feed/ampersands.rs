//! A feed's XML made readable before it is parsed: HTML's named characters
//! and bare `&`s, which many feeds write and XML refuses, repaired. Its own
//! file because it works on the bytes, before any feed model exists.

/// HTML's named characters a feed may use, which XML does not know, and
/// what they stand for.
const HTML_ENTITIES: &[(&str, char)] = &[
    ("nbsp", '\u{A0}'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("hellip", '…'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("bull", '•'),
    ("middot", '·'),
    ("times", '×'),
    ("deg", '°'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("rlm", '\u{200F}'),
    ("lrm", '\u{200E}'),
];

/// `bytes` with every `&` that begins no XML reference written as XML
/// would have it: an HTML character of [`HTML_ENTITIES`] as its number,
/// any other `&` as `&amp;`. CDATA sections are left as they are (an `&`
/// in them is text). `None` when nothing needed it.
pub(super) fn ampersands_repaired(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut changed = false;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"<![CDATA[") {
            let end = memchr::memmem::find(&bytes[i..], b"]]>").map_or(bytes.len(), |e| i + e + 3);
            out.extend_from_slice(&bytes[i..end]);
            i = end;
            continue;
        }
        if bytes[i] != b'&' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let rest = &bytes[i + 1..];
        let name_len = rest.iter().take(33).position(|&b| b == b';').filter(|&n| {
            n > 0
                && rest[..n]
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'#')
        });
        let name = name_len.map(|n| &rest[..n]);
        let xml = name.is_some_and(|n| {
            matches!(n, b"lt" | b"gt" | b"amp" | b"quot" | b"apos")
                || n.first() == Some(&b'#') && n.len() > 1
        });
        if xml {
            out.push(b'&');
            i += 1;
            continue;
        }
        changed = true;
        let html = name.and_then(|n| HTML_ENTITIES.iter().find(|(e, _)| e.as_bytes() == n));
        match (html, name_len) {
            (Some((_, c)), Some(n)) => {
                out.extend_from_slice(format!("&#{};", u32::from(*c)).as_bytes());
                i += 1 + n + 1;
            }
            _ => {
                out.extend_from_slice(b"&amp;");
                i += 1;
            }
        }
    }
    changed.then_some(out)
}
