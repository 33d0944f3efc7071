//! JSON Lines: one object per annotation, for scripts.
//!
//! `{"start","end","exact","note","label","id","orphaned"}`: offsets are code
//! points of the current text (null for an orphan, whose passage was not
//! found), `exact` the passage's current text (the stored quote for an
//! orphan), `label` a kebab-case label name or null.

use serde::Serialize;

use super::passage;
use crate::reader::annotate::textindex::TextIndex;
use crate::reader::annotate::{Label, Placed};

#[derive(Serialize)]
struct Row<'a> {
    start: Option<usize>,
    end: Option<usize>,
    exact: &'a str,
    note: &'a str,
    label: Option<Label>,
    id: &'a str,
    orphaned: bool,
}

/// One line per annotation, in the order given.
pub fn to_json_lines(text: &str, placed: &[Placed]) -> String {
    let index = TextIndex::new(text);
    let mut out = String::new();
    for p in placed {
        let row = Row {
            start: p.span.as_ref().map(|s| s.start),
            end: p.span.as_ref().map(|s| s.end),
            exact: passage(&index, p),
            note: &p.annotation.note,
            label: p.annotation.label,
            id: &p.annotation.id,
            orphaned: p.span.is_none(),
        };
        // Strings, numbers and an enum of unit variants always serialise.
        out.push_str(&serde_json::to_string(&row).unwrap_or_default());
        out.push('\n');
    }
    out
}
