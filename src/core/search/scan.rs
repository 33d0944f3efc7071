//! PURE: search work cut into bounded steps, and moving between hits.
//!
//! On a big document the reader must not wait for every hit to be counted
//! before it moves: the first hit is found directly, and counting (how many
//! hits in all, and how many before the current one, for `3/17`) is a
//! [`Count`] that goes through the text a slice at a time, each slice ending at
//! a line end (hits never cross one), so the app can do a slice per event loop
//! turn. A count holds no hits, only numbers: a query that matches ten million
//! times costs no memory.

use std::ops::Range;

use super::Query;
use crate::core::document::Document;

/// Counting the hits of a query, resumable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// Byte where the next slice starts.
    at: usize,
    total: usize,
    /// Hits starting before `mark`.
    before: usize,
    /// Byte offset of the current hit's start.
    mark: usize,
}

/// Where a count is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountProgress {
    /// Still counting; this share of the text (0..=100) is done.
    Running(u8),
    /// All hits counted: how many, and how many start before the mark.
    Done { total: usize, before: usize },
}

impl Count {
    /// Count every hit, and those starting before byte `mark`.
    pub fn new(mark: usize) -> Self {
        Self {
            at: 0,
            total: 0,
            before: 0,
            mark,
        }
    }

    /// Count through about `budget` more bytes of `text` (to the next line end).
    pub fn step(&mut self, query: &Query, text: &str, budget: usize) -> CountProgress {
        if self.at < text.len() {
            let want = self.at.saturating_add(budget.max(1)).min(text.len());
            let end = memchr::memchr(b'\n', &text.as_bytes()[want..])
                .map_or(text.len(), |i| want + i + 1);
            for hit in query.find_in(text, self.at..end) {
                self.total += 1;
                if hit.start < self.mark {
                    self.before += 1;
                }
            }
            self.at = end;
        }
        if self.at >= text.len() {
            CountProgress::Done {
                total: self.total,
                before: self.before,
            }
        } else {
            let share = self.at as u128 * 100 / text.len().max(1) as u128;
            CountProgress::Running(u8::try_from(share).unwrap_or(99))
        }
    }
}

/// Looking for the first hit from a position, resumable so a key on a big
/// document does a bounded amount of work: what typing in the prompt does.
/// Forward (`/`): at or after the position, then from the top back to it.
/// Backward (`?`): the last before it, then from the end back to it. Each
/// slice is whole lines, as a count's are, so a hit is found whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seek {
    /// Where the search started (byte).
    from: usize,
    /// Where the next slice starts (forward) or ends (backward).
    at: usize,
    /// The search goes toward the start of the text.
    backward: bool,
    /// The end (or the start) of the text was passed: searching the rest
    /// of the text back to `from`.
    wrapped: bool,
}

/// Where a seek is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeekProgress {
    /// A hit (bytes), and whether the search went round the end to find it.
    Found {
        hit: Range<usize>,
        wrapped: bool,
    },
    Running,
    NotFound,
}

impl Seek {
    /// A seek from byte `from`, toward the end of the text or (`backward`)
    /// toward its start.
    pub fn new(from: usize, backward: bool) -> Self {
        Self {
            from,
            at: from,
            backward,
            wrapped: false,
        }
    }

    /// Search about `budget` more bytes of `text` (whole lines); round the
    /// end within the same budget when it is not spent.
    pub fn step(&mut self, query: &Query, text: &str, budget: usize) -> SeekProgress {
        let mut left = budget.max(1);
        loop {
            let before = self.at;
            let found = if self.backward {
                self.step_back(query, text, left)
            } else {
                self.step_on(query, text, left)
            };
            if let Some(hit) = found {
                return SeekProgress::Found {
                    hit,
                    wrapped: self.wrapped,
                };
            }
            left = left.saturating_sub(self.at.abs_diff(before));
            if self.at != self.bound(text) {
                return SeekProgress::Running;
            }
            // The first way done: round the end, unless it began there.
            let round = if self.backward { text.len() } else { 0 };
            if self.wrapped || self.from == round {
                return SeekProgress::NotFound;
            }
            self.wrapped = true;
            self.at = round;
            if left == 0 {
                return SeekProgress::Running;
            }
        }
    }

    /// Where this way of the search stops: the text's end (or start), or
    /// once round, where it began (the start of its line, going backward:
    /// hits before `from` on that line were looked at first).
    fn bound(&self, text: &str) -> usize {
        match (self.backward, self.wrapped) {
            (false, false) => text.len(),
            (true, false) => 0,
            (false, true) => self.from,
            (true, true) => line_start(text, self.from),
        }
    }

    /// The first hit in the lines from `at`, about `budget` bytes of them.
    fn step_on(&mut self, query: &Query, text: &str, budget: usize) -> Option<Range<usize>> {
        let stop = self.bound(text);
        let want = self.at.saturating_add(budget.max(1)).min(stop);
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[want..stop]).map_or(stop, |i| want + i + 1);
        let hit = query.find_in(text, self.at..end).next();
        self.at = end;
        hit
    }

    /// The last hit in the lines before `at`, about `budget` bytes of them
    /// (as `Query::rfind_before` reads them).
    fn step_back(&mut self, query: &Query, text: &str, budget: usize) -> Option<Range<usize>> {
        let stop = self.bound(text);
        let want = self.at.saturating_sub(budget.max(1)).max(stop);
        let start = line_start(text, want).max(stop);
        let hit = query.find_in(text, start..self.at).last();
        self.at = start;
        hit
    }
}

/// The start of the line holding byte `at`.
fn line_start(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)
}

/// A hit found by moving from a position, in code points, and whether the
/// search went round the end (or the start) of the document to find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub hit: Range<usize>,
    pub wrapped: bool,
}

/// The first hit starting at or after code point `from` (or strictly after it
/// when `after`), else the first of the document.
pub fn next_hit(doc: &Document, query: &Query, from: usize, after: bool) -> Option<Found> {
    let text = doc.text();
    let mut at = super::byte_of(doc, from);
    if after && at < text.len() {
        at = super::next_char(text, at);
    }
    let (bytes, wrapped) = match query.find_at(text, at.min(text.len())) {
        Some(hit) => (hit, false),
        None => (query.find_at(text, 0)?, true),
    };
    Some(Found {
        hit: to_chars(doc, bytes),
        wrapped,
    })
}

/// The last hit starting before code point `before`, else the last of the document.
pub fn previous_hit(doc: &Document, query: &Query, before: usize) -> Option<Found> {
    let text = doc.text();
    let at = super::byte_of(doc, before);
    let (bytes, wrapped) = match query.rfind_before(text, at) {
        Some(hit) => (hit, false),
        None => (query.rfind_before(text, text.len())?, true),
    };
    Some(Found {
        hit: to_chars(doc, bytes),
        wrapped,
    })
}

/// Byte range `bytes` of the document as code points.
pub fn to_chars(doc: &Document, bytes: Range<usize>) -> Range<usize> {
    let start = super::char_of(doc, bytes.start);
    let mut counter = super::CharCounter::starting_at(doc.text(), bytes.start, start);
    start..counter.char_at(bytes.end)
}
