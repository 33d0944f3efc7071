//! PURE: the links a plain text writes out: `https://…` in a sentence, a
//! newsboat item's `Link:` line and its numbered `[1]: …` list.
//!
//! A page and Markdown have their links as markup; a text has only what it
//! writes. A written address runs to the next blank (or a quote mark or an
//! angle bracket around it), less the punctuation that ends a sentence or
//! closes a bracket after it. Its text is what the line says before it
//! (`Link`, `[1]`), else the address itself.

use super::Link;

/// The most links listed from one text: a log of millions of addresses
/// lists its first.
pub const WRITTEN_MAX: usize = 10_000;

/// The `http://` and `https://` addresses `text` writes, in order, at most
/// [`WRITTEN_MAX`].
fn written_links(text: &str) -> Vec<Link> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for at in memchr::memmem::find_iter(bytes, b"http") {
        if out.len() >= WRITTEN_MAX {
            break;
        }
        let rest = &text[at..];
        let scheme = if rest.starts_with("https://") {
            8
        } else if rest.starts_with("http://") {
            7
        } else {
            continue;
        };
        // Inside a word (xhttp://) is no address of its own.
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | '«' | '»'))
            .unwrap_or(rest.len());
        let href = rest[..end].trim_end_matches(|c: char| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '،' | '؛' | '؟'
            )
        });
        if href.len() <= scheme {
            continue;
        }
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let before = text[line_start..at]
            .trim()
            .trim_end_matches(':')
            .trim_end_matches(['(', '[', '<'])
            .trim();
        let label: String = before
            .chars()
            .rev()
            .take(LABEL_CHARS)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        out.push(Link {
            text: if label.is_empty() {
                href.to_string()
            } else {
                label
            },
            href: href.to_string(),
        });
    }
    out
}

/// Add to `links` (a document's links as markup) the addresses `text`
/// writes out, after them, those listed already left out: what `L` and
/// `--links` list.
pub fn add_written_links(links: &mut Vec<Link>, text: &str) {
    let mut listed: std::collections::HashSet<String> =
        links.iter().map(|l| l.href.clone()).collect();
    for link in written_links(text) {
        if listed.insert(link.href.clone()) {
            links.push(link);
        }
    }
}

/// The most of a line's words before an address that name it.
const LABEL_CHARS: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    fn hrefs(text: &str) -> Vec<String> {
        written_links(text).into_iter().map(|l| l.href).collect()
    }

    #[test]
    fn addresses_end_before_the_punctuation_of_their_sentence() {
        let text =
            "Title: خبر\nLink: https://example.org/a.html\n\nانظر (http://example.org/b?x=1)، \
                    أو https://example.org/c. ثم «https://example.org/d» وxhttp://no.\n\
                    [1]: https://example.org/e (link)\nhttps:// وحدها\n";
        assert_eq!(
            hrefs(text),
            [
                "https://example.org/a.html",
                "http://example.org/b?x=1",
                "https://example.org/c",
                "https://example.org/d",
                "https://example.org/e",
            ]
        );
        let links = written_links(text);
        assert_eq!(links[0].text, "Link");
        assert_eq!(links[4].text, "[1]");
        // After a document's own links, those it has already left out.
        let mut listed = vec![links[1].clone()];
        add_written_links(&mut listed, text);
        assert_eq!(listed.len(), 5);
        assert_eq!(listed[0], links[1]);
        assert!(written_links("لا روابط هنا http بلا عنوان").is_empty());
    }
}
