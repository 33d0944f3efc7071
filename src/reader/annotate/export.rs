//! PURE: annotations out to the formats people and annotation tools read, and
//! brat's entity spans back in as labels.
//!
//! Every format counts offsets in code points of the text as qari reads it,
//! which is what the W3C TextPositionSelector and brat's standoff offsets
//! (Python string indices) both mean; no format drops orphaned annotations.

pub mod brat;
pub mod every;
pub mod jsonl;
pub mod markdown;
pub mod w3c;

use std::ops::Range;

use super::textindex::TextIndex;
use super::Placed;
use qari_recognize::Recognition;

/// The formats `qari annotations --export` writes: one variant, one row in
/// each of the four tables below, and one module per format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    W3c,
    Brat,
    Markdown,
}

/// What a format needs to know about the document besides its annotations.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The document's name and text, and its content hash.
    pub name: &'a str,
    pub text: &'a str,
    pub hash: &'a str,
    /// The document's IRI (a `file:` IRI or a `urn:qari:document:` name).
    pub iri: &'a str,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [Format; 4] = [Format::Jsonl, Format::W3c, Format::Brat, Format::Markdown];

    /// The name `--export` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::W3c => "w3c",
            Format::Brat => "brat",
            Format::Markdown => "markdown",
        }
    }

    /// One line for `--help`.
    pub fn description(self) -> &'static str {
        match self {
            Format::Jsonl => "One JSON object per annotation",
            Format::W3c => "A W3C Web Annotation collection (JSON-LD)",
            Format::Brat => "brat standoff, recognised entities included",
            Format::Markdown => "Markdown for people",
        }
    }

    /// Whether the export lists the recogniser's entities too.
    pub fn needs_recognition(self) -> bool {
        self == Format::Brat
    }

    /// `placed` written in this format; `recognition` (with the labels
    /// applied) is given when [`Format::needs_recognition`].
    pub fn write(
        self,
        source: Source<'_>,
        placed: &[Placed],
        recognition: Option<&Recognition>,
    ) -> String {
        match self {
            Format::Jsonl => jsonl::to_json_lines(source.text, placed),
            Format::Markdown => markdown::to_markdown(source.name, source.text, placed),
            Format::W3c => w3c::to_w3c(source.text, source.iri, source.hash, source.name, placed),
            Format::Brat => match recognition {
                Some(rec) => brat::to_brat(source.text, rec, placed),
                None => brat::to_brat(source.text, &Recognition::default(), placed),
            },
        }
    }
}

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

#[cfg(test)]
mod tests;
