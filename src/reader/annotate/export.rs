//! PURE: annotations out to the formats people and annotation tools read, and
//! brat's entity spans back in as labels.
//!
//! Every format counts offsets in code points of the text as qari reads it,
//! which is what the W3C TextPositionSelector and brat's standoff offsets
//! (Python string indices) both mean; no format drops orphaned annotations.

pub mod brat;
pub mod jsonl;
pub mod markdown;
pub mod w3c;

use std::ops::Range;

use super::textindex::TextIndex;
use super::Placed;

/// The text of `span` (code points) when placed, else the stored quote.
fn passage<'a>(index: &TextIndex<'a>, placed: &'a Placed) -> &'a str {
    match &placed.span {
        Some(span) => index.slice(span.clone()),
        None => &placed.annotation.quote.exact,
    }
}

/// `span` cut at line breaks into the pieces that hold text (brat cannot
/// show a span across lines as one piece).
fn fragments(index: &TextIndex<'_>, span: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = span.start;
    for (i, c) in index.slice(span.clone()).chars().enumerate() {
        let at = span.start + i;
        if c == '\n' {
            if start < at {
                out.push(start..at);
            }
            start = at + 1;
        }
    }
    if start < span.end {
        out.push(start..span.end);
    }
    out
}
