//! PURE: passage annotations as data: what was annotated (W3C Web Annotation
//! selectors), the reader's note and label, and placing them in the text.
//!
//! An annotation remembers its passage twice: by code point offsets (a
//! TextPositionSelector) and by its words with some context (a
//! TextQuoteSelector). The offsets are exact while the document is unchanged;
//! the quote finds the passage again after the document was edited.

pub mod corrections;
pub mod export;
pub mod ids;
pub mod labels;
pub mod merge;
pub mod reanchor;
pub mod textindex;

pub use labels::apply_labels;
pub use reanchor::{place_all, place_all_with_outcomes, ReanchorOutcome};

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use qari_recognize::Kind;

/// Characters of context kept before and after a quote.
pub const CONTEXT_CHARS: usize = 32;

/// A reader's label for a passage: an entity kind, or "not an entity".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Label {
    Person,
    Location,
    Organization,
    Date,
    Quote,
    NotEntity,
}

impl Label {
    pub const ALL: [Label; 6] = [
        Label::Person,
        Label::Location,
        Label::Organization,
        Label::Date,
        Label::Quote,
        Label::NotEntity,
    ];

    /// The label's name as people read it: the kind's name, or "not an entity".
    pub fn name(self) -> &'static str {
        self.kind().map_or("not an entity", Kind::name)
    }

    /// The label as one word (a W3C tagging body's value, a brat type's stem):
    /// the kind's name, or "not-entity".
    pub fn tag(self) -> &'static str {
        self.kind().map_or("not-entity", Kind::name)
    }

    /// The entity kind the label asserts, `None` for "not an entity" (the
    /// kind table says which label is whose).
    pub fn kind(self) -> Option<Kind> {
        crate::reader::kinds::of_label(self)
    }
}

/// Code point offsets of the passage in the document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPositionSelector {
    pub start: usize,
    pub end: usize,
}

/// The most code points of a passage stored as its quote: a longer passage
/// keeps its first [`QUOTE_MAX`] as `exact` (its position still says where it
/// ends), so a note on a whole long article costs neither a store of its size
/// nor a search for all of it when the text changed.
pub const QUOTE_MAX: usize = 1024;

/// The passage's text (at most [`QUOTE_MAX`] code points of it) with up to
/// [`CONTEXT_CHARS`] characters either side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuoteSelector {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

/// One annotation of a passage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    pub id: String,
    pub position: TextPositionSelector,
    pub quote: TextQuoteSelector,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub label: Option<Label>,
    /// RFC 3339 times, UTC.
    pub created: String,
    pub modified: String,
    /// The note whose text another qari saved while this reader edited it,
    /// kept here as a note of its own (`merge::keep_both`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_from: Option<String>,
    /// The files (by their paths, as the store keeps them) whose earlier
    /// text this note's passage was in, while the passage is not in the
    /// text it is stored with: only readers of those files show it (every
    /// reader once none of them is on disk: the file was moved), since
    /// another copy of the text never had the passage. Empty for a note on
    /// the text itself (found in it), and in stores written before this
    /// field; a single path, as stores wrote it before a note could have
    /// several, reads as a set of one.
    #[serde(
        default,
        skip_serializing_if = "BTreeSet::is_empty",
        deserialize_with = "one_path_or_more"
    )]
    pub orphan_of: BTreeSet<PathBuf>,
}

/// `orphan_of` as written now (a list of paths) or before (one path).
fn one_path_or_more<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeSet<PathBuf>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Owners {
        One(PathBuf),
        More(BTreeSet<PathBuf>),
    }
    Ok(match Owners::deserialize(deserializer)? {
        Owners::One(path) => BTreeSet::from([path]),
        Owners::More(paths) => paths,
    })
}

impl Annotation {
    /// An annotation of `span` (code points) of `text`, without note or label.
    pub fn new(id: String, text: &str, span: Range<usize>, now: &str) -> Self {
        let (position, quote) = selectors(text, span);
        Self {
            id,
            position,
            quote,
            note: String::new(),
            label: None,
            created: now.to_string(),
            modified: now.to_string(),
            kept_from: None,
            orphan_of: BTreeSet::new(),
        }
    }

    /// A label alone (no note) and the name it was put on, folded as
    /// corrections fold names: what `l` on a mention leaves in a document,
    /// and what relabelling or removing that name's correction changes.
    pub fn labelled_name(&self) -> Option<(Label, String)> {
        let label = self.label?;
        self.note
            .trim()
            .is_empty()
            .then(|| (label, qari_recognize::fold_name(&self.quote.exact)))
    }
}

/// Both selectors of `span` (code points, clamped to the text) of `text`.
pub fn selectors(text: &str, span: Range<usize>) -> (TextPositionSelector, TextQuoteSelector) {
    let byte_at = |n: usize| text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    let start = byte_at(span.start);
    let end = start
        + text[start..]
            .char_indices()
            .nth(span.end.saturating_sub(span.start))
            .map_or(text.len() - start, |(i, _)| i);
    let prefix_start = text[..start]
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let suffix_end = text[end..]
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(text.len(), |(i, _)| end + i);
    let start_cp = text[..start].chars().count();
    let position = TextPositionSelector {
        start: start_cp,
        end: start_cp + text[start..end].chars().count(),
    };
    let quoted_end = text[start..end]
        .char_indices()
        .nth(QUOTE_MAX)
        .map_or(end, |(i, _)| start + i);
    let quote = TextQuoteSelector {
        exact: text[start..quoted_end].to_string(),
        prefix: text[prefix_start..start].to_string(),
        suffix: text[end..suffix_end].to_string(),
    };
    (position, quote)
}

/// An annotation placed in the current text, or orphaned (`span` is `None`):
/// its passage could not be found and it is kept, listed with its quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub annotation: Annotation,
    pub span: Option<Range<usize>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_hold_offsets_quote_and_context() {
        let text = "قال الرئيس توكاييف إن البلاد";
        let (pos, quote) = selectors(text, 4..10);
        assert_eq!((pos.start, pos.end), (4, 10));
        assert_eq!(quote.exact, "الرئيس");
        assert_eq!(quote.prefix, "قال ");
        assert_eq!(quote.suffix, " توكاييف إن البلاد");
        let long = "x".repeat(100);
        let (_, quote) = selectors(&long, 50..51);
        assert_eq!(quote.prefix.chars().count(), CONTEXT_CHARS);
        assert_eq!(quote.suffix.chars().count(), CONTEXT_CHARS);
        let (pos, quote) = selectors("abc", 2..9);
        assert_eq!((pos.start, pos.end, quote.exact.as_str()), (2, 3, "c"));
    }
}
