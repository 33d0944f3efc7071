//! A mention that begins or ends with words the reader said are no name
//! loses those words, as an annotator would mark it.
//!
//! "Not an entity" on المحقق العدلي (a title the tagger once took for a
//! person) also reaches المحقق العدلي طارق البيطار, where the tagger ran the
//! title into the name: the mention becomes طارق البيطار. Dropping the whole
//! mention would lose a name the reader never corrected, and keeping it whole
//! would keep the words they did. Only whole words at either edge go, the
//! longest corrected run first, and a mention always keeps one word: the
//! corrected words inside a name (جامعة المحقق العدلي الدولية, say) are part
//! of that name, and a mention that is all corrected words is the lexicon's
//! own case.

use std::ops::Range;

use super::{Label, Lexicon};
use qari_recognize::fold_name;

/// The part of mention text `text` (code points of it) left once its
/// corrected edges go, or `None` when nothing goes.
pub(super) fn kept_part(lexicon: &Lexicon, text: &str) -> Option<Range<usize>> {
    // Each word's code points and bytes.
    let mut words: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (chars, (byte, c)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
        match (c.is_whitespace(), open) {
            (true, Some((cp, b))) => {
                words.push((cp..chars, b..byte));
                open = None;
            }
            (false, None) => open = Some((chars, byte)),
            _ => {}
        }
    }
    let n = words.len();
    if n < 2 {
        return None;
    }
    let no_name = |bytes: Range<usize>| {
        lexicon.label_of_folded(&fold_name(&text[bytes])) == Some(Label::NotEntity)
    };
    // The longest corrected run of words at the start, then at the end of
    // what is left, one word always kept.
    let first = (1..n)
        .rev()
        .find(|&k| no_name(words[0].1.start..words[k - 1].1.end))
        .unwrap_or(0);
    let last = (first + 1..n)
        .find(|&k| no_name(words[k].1.start..words[n - 1].1.end))
        .unwrap_or(n);
    if first == 0 && last == n {
        return None;
    }
    Some(words[first].0.start..words[last - 1].0.end)
}

/// `text` without its corrected edges.
pub(super) fn kept_text<'t>(lexicon: &Lexicon, text: &'t str) -> &'t str {
    match kept_part(lexicon, text) {
        Some(part) => chars_of(text, &part),
        None => text,
    }
}

/// Code points `part` of `text`.
pub(super) fn chars_of<'t>(text: &'t str, part: &Range<usize>) -> &'t str {
    let mut bytes = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .skip(part.start);
    let start = bytes.next().unwrap_or(text.len());
    let end = match part.len() {
        0 => start,
        n => bytes.nth(n - 1).unwrap_or(text.len()),
    };
    &text[start..end]
}

#[cfg(test)]
mod tests;
