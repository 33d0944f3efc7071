//! PURE: Arabic-aware search over a text, with hits that cover the original
//! characters exactly.
//!
//! A [`Query`] is compiled once from what the user typed (see `fold` for what
//! a literal query matches; a leading `\r` makes the rest a regular
//! expression) and then runs over the original text with `regex`, so nothing
//! is copied or normalised and a 100 MB document is one pass. Three rules hold
//! for every hit, whatever the pattern:
//!
//! - it lies within one paragraph (a line of the file): a regex match that
//!   crosses a line end is looked for again inside its line;
//! - it starts and ends on grapheme cluster boundaries: a hit ending on a
//!   letter takes the letter's marks, and one starting on a mark takes its base;
//! - it is never empty.
//!
//! Offsets here are bytes of the text; `offsets` turns them into the
//! document's code points, which is what the reader and the CLI speak.

mod fold;
mod offsets;
mod scan;

use std::ops::Range;

use regex::{Regex, RegexBuilder};
use unicode_segmentation::GraphemeCursor;

pub use fold::is_ignorable;
pub use offsets::{byte_of, char_of, CharCounter};
pub use scan::{next_hit, previous_hit, to_chars, Count, CountProgress, Found, Seek, SeekProgress};

/// Why a query cannot be searched for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// Nothing to search for (empty, or only harakat and tatweel).
    #[error("empty search")]
    Empty,
    #[error("bad regular expression: {0}")]
    BadRegex(String),
    /// A regex such as `x*` or `^` that would match everywhere.
    #[error("the regular expression matches empty text")]
    MatchesEmpty,
}

/// The prefix that makes the rest of a query a regular expression.
pub const REGEX_PREFIX: &str = "\\r";

/// A compiled search.
#[derive(Debug, Clone)]
pub struct Query {
    typed: String,
    regex: Regex,
}

impl Query {
    /// Compile what the user typed.
    pub fn new(typed: &str) -> Result<Self, QueryError> {
        let pattern = match typed.strip_prefix(REGEX_PREFIX) {
            Some("") => return Err(QueryError::Empty),
            Some(rest) => {
                let flags = if fold::regex_is_case_sensitive(rest) {
                    "(?m)"
                } else {
                    "(?mi)"
                };
                format!("{flags}(?:{rest})")
            }
            None => fold::literal_pattern(typed).ok_or(QueryError::Empty)?,
        };
        let regex = RegexBuilder::new(&pattern)
            .size_limit(1 << 24)
            .build()
            .map_err(|e| QueryError::BadRegex(one_line(&e.to_string())))?;
        if regex.is_match("") {
            return Err(QueryError::MatchesEmpty);
        }
        Ok(Self {
            typed: typed.to_string(),
            regex,
        })
    }

    /// What the user typed.
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// The first hit starting at or after byte `at` of `text` (a char boundary).
    pub fn find_at(&self, text: &str, at: usize) -> Option<Range<usize>> {
        let mut at = at;
        while at <= text.len() {
            let m = self.regex.find_at(text, at)?;
            let mut range = m.range();
            if memchr::memchr(b'\n', m.as_str().as_bytes()).is_some() {
                // Look again within the line the match starts in.
                let line_end = memchr::memchr(b'\n', &text.as_bytes()[range.start..])
                    .map_or(text.len(), |i| range.start + i);
                match self.regex.find_at(&text[..line_end], range.start) {
                    Some(inner) => range = inner.range(),
                    None => {
                        at = line_end + 1;
                        continue;
                    }
                }
            }
            if range.is_empty() {
                at = next_char(text, range.start);
                continue;
            }
            return Some(to_clusters(text, range));
        }
        None
    }

    /// Every hit in `text`, in order, as byte ranges.
    pub fn find_iter<'q, 't>(&'q self, text: &'t str) -> Hits<'q, 't> {
        Hits {
            query: self,
            text,
            at: 0,
            end: text.len(),
            last_end: 0,
        }
    }

    /// Hits in `text` that start within bytes `range`. Only the lines that
    /// `range` touches are searched (a hit never crosses a line end), so the
    /// work is bounded by the range, however far the next hit is.
    pub fn find_in<'q, 't>(&'q self, text: &'t str, range: Range<usize>) -> Hits<'q, 't> {
        let limit = line_end_after(text, range.end);
        Hits {
            query: self,
            text: &text[..limit],
            at: range.start,
            end: range.end,
            last_end: 0,
        }
    }

    /// Every hit in `text` as code point ranges.
    pub fn hits(&self, text: &str) -> Vec<Range<usize>> {
        let mut counter = CharCounter::new(text);
        self.find_iter(text)
            .map(|r| counter.char_range(r))
            .collect()
    }

    /// The last hit of `text` that starts before byte `before`.
    pub fn rfind_before(&self, text: &str, before: usize) -> Option<Range<usize>> {
        // A regex cannot run backwards: search a window of whole lines before
        // `before`, doubling it until a hit turns up. Hits found from a line
        // start are the same as those found from the top (see `find_at`).
        let bytes = text.as_bytes();
        let mut end = before.min(text.len());
        let mut window = 4096usize;
        loop {
            let want = end.saturating_sub(window);
            let start = memchr::memrchr(b'\n', &bytes[..want]).map_or(0, |i| i + 1);
            if let Some(last) = self.find_in(text, start..end).last() {
                return Some(last);
            }
            if start == 0 {
                return None;
            }
            end = start;
            window = window.saturating_mul(2);
        }
    }
}

/// Hits in order, never overlapping (see [`Query::find_iter`]).
#[derive(Debug)]
pub struct Hits<'q, 't> {
    query: &'q Query,
    text: &'t str,
    at: usize,
    end: usize,
    /// End of the last hit given.
    last_end: usize,
}

impl Iterator for Hits<'_, '_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        loop {
            if self.at >= self.end || self.at > self.text.len() {
                return None;
            }
            let hit = self.query.find_at(self.text, self.at)?;
            if hit.start >= self.end {
                self.at = self.end;
                return None;
            }
            self.at = hit.end.max(next_char(self.text, hit.start));
            // A hit grown back over the previous one's cluster is part of it.
            if hit.start >= self.last_end {
                self.last_end = hit.end;
                return Some(hit);
            }
        }
    }
}

/// Just past the line end at or after byte `at` (or the end of `text`).
fn line_end_after(text: &str, at: usize) -> usize {
    if at == 0 {
        return 0;
    }
    // A range ending just after a line end needs nothing past it.
    if text.as_bytes().get(at - 1) == Some(&b'\n') {
        return at.min(text.len());
    }
    memchr::memchr(b'\n', text.as_bytes().get(at..).unwrap_or_default())
        .map_or(text.len(), |i| at + i + 1)
}

/// The byte after the character at `at`.
fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(text.len() + 1, |c| at + c.len_utf8())
}

/// `range` grown to whole grapheme clusters.
fn to_clusters(text: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start;
    let mut back = GraphemeCursor::new(start, text.len(), true);
    if back.is_boundary(text, 0) != Ok(true) {
        if let Ok(Some(b)) = back.prev_boundary(text, 0) {
            start = b;
        }
    }
    let mut end = range.end;
    let mut forward = GraphemeCursor::new(end, text.len(), true);
    if forward.is_boundary(text, 0) != Ok(true) {
        if let Ok(Some(b)) = forward.next_boundary(text, 0) {
            end = b;
        }
    }
    start..end
}

/// The last line of a `regex` error message (its summary; the rest draws the
/// pattern with a caret, which a one-line message cannot show).
fn one_line(message: &str) -> String {
    let last = message
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(message)
        .trim();
    last.strip_prefix("error: ").unwrap_or(last).to_string()
}

#[cfg(test)]
mod tests;
