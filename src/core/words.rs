//! The words of a paragraph near a point, without reading the paragraph.
//!
//! A word is a UAX #29 word-bound piece holding a letter or digit; the
//! selection moves over them (`w`, `b`). Segmenting a whole paragraph for
//! each key cost 0.8 s and 134 MB on a file that is one 50 MB line, so here
//! segmenting starts at a point known to be a boundary whatever comes before
//! it, near the cursor, and goes only as far as the motion needs.
//!
//! Such a point is the start of a character that follows white space and
//! does not attach to it (not a mark, a joiner or more of the same spaces):
//! the word-boundary rules look back past a boundary only through letters,
//! digits, joining punctuation and regional indicators, never through white
//! space, so the boundaries after it are those of the whole paragraph. A test
//! holds the words found from such points to those of the whole paragraph on
//! random text. Text with no white space for [`SCAN_LIMIT`] bytes before the
//! cursor is segmented from the paragraph's start, as before.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::core::document::count_chars;

/// How far back a point to start from is looked for.
pub const SCAN_LIMIT: usize = 1 << 20;

/// Bytes of the first window looked through backwards; each next one is twice
/// as long, so a motion costs about what it passes over.
const WINDOW: usize = 4 << 10;

/// A place in a paragraph: its byte and its code point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    pub byte: usize,
    pub offset: usize,
}

/// Every word of `text`, as code point ranges (what the windows must agree with).
pub fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    words_from(text, At { byte: 0, offset: 0 })
}

/// The words ending after `at`, in order.
pub fn words_after(text: &str, at: At) -> impl Iterator<Item = Range<usize>> + '_ {
    words_after_within(text, at, SCAN_LIMIT)
}

/// The words starting before `at`, last first.
pub fn words_before(text: &str, at: At) -> impl Iterator<Item = Range<usize>> + '_ {
    words_before_within(text, at, WINDOW, SCAN_LIMIT)
}

/// [`words_after`] looking back at most `limit` bytes for a start.
fn words_after_within(text: &str, at: At, limit: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    words_from(text, boundary_before(text, at, limit)).filter(move |w| w.end > at.offset)
}

/// [`words_before`] with a first window of `window` bytes, looking back at
/// most `limit` bytes for each window's start.
fn words_before_within(
    text: &str,
    at: At,
    window: usize,
    limit: usize,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut end = at;
    let mut size = window.max(1);
    let mut window: Vec<Range<usize>> = Vec::new();
    let mut first = true;
    let mut done = false;
    std::iter::from_fn(move || loop {
        if let Some(w) = window.pop() {
            return Some(w);
        }
        if done {
            return None;
        }
        // The first window holds the word around `at`, which may go on past
        // it; each next one ends where the one before began, at a boundary,
        // and is twice as long.
        let mut from = if first {
            end.byte
        } else {
            end.byte.saturating_sub(size)
        };
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let start = boundary_before(
            text,
            At {
                byte: from,
                offset: end.offset - count_chars(&text[from..end.byte]),
            },
            limit,
        );
        let limit = end.offset;
        let upto = if first { text.len() } else { end.byte };
        window = words_from(&text[..upto], start)
            .take_while(|w| w.start < limit)
            .collect();
        first = false;
        done = start.byte == 0;
        size = size.saturating_mul(2);
        end = start;
    })
}

/// The words of `text` from `start` (a boundary) on; `start.offset` is its code point.
fn words_from(text: &str, start: At) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = start.offset;
    text[start.byte..]
        .split_word_bounds()
        .filter_map(move |piece| {
            let n = piece.chars().count();
            let range = at..at + n;
            at += n;
            piece.chars().any(char::is_alphanumeric).then_some(range)
        })
}

/// The last point at or before `at` that segmenting may start from (see the
/// module docs): the paragraph's start when none is within `limit` bytes.
fn boundary_before(text: &str, at: At, limit: usize) -> At {
    let floor = at.byte.saturating_sub(limit);
    let mut after = at.byte;
    for (chars, (i, c)) in text[..at.byte].char_indices().rev().enumerate() {
        if i < floor {
            break;
        }
        let next = text[after..].chars().next();
        if c.is_whitespace()
            && next.is_some_and(|n| !n.is_whitespace())
            && text[i..].split_word_bounds().next().map(str::len) == Some(after - i)
        {
            return At {
                byte: after,
                offset: at.offset - chars,
            };
        }
        after = i;
    }
    At { byte: 0, offset: 0 }
}

#[cfg(test)]
mod tests;
