//! Markdown for people: each passage as a quote block, its note below it,
//! then its label and where it is; orphaned annotations in a section of
//! their own, with the passage as it was.

use std::fmt::Write;

use super::passage;
use crate::reader::annotate::textindex::TextIndex;
use crate::reader::annotate::Placed;

/// `passage` as a Markdown quote block.
pub(super) fn quote_block(out: &mut String, passage: &str) {
    for line in passage.lines() {
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            let _ = writeln!(out, "> {line}");
        }
    }
}

fn entry(out: &mut String, index: &TextIndex<'_>, p: &Placed) {
    quote_block(out, passage(index, p));
    out.push('\n');
    if !p.annotation.note.is_empty() {
        // The note's own Markdown stays, but for headings: a line "# …"
        // would stand level with the export's own title and sections.
        for line in p.annotation.note.trim_end().lines() {
            let bare = line.trim_start();
            if bare.starts_with('#') {
                out.push('\\');
                out.push_str(bare);
            } else {
                out.push_str(line);
            }
            out.push('\n');
        }
        out.push('\n');
    }
    let mut facts = Vec::new();
    if let Some(label) = p.annotation.label {
        facts.push(format!("label: {}", label.name()));
    }
    match &p.span {
        Some(span) => facts.push(format!("characters {}–{}", span.start, span.end)),
        None => facts.push(format!(
            "was at characters {}–{}",
            p.annotation.position.start, p.annotation.position.end
        )),
    }
    facts.push(format!("modified {}", p.annotation.modified));
    let _ = writeln!(out, "*{}*\n", facts.join(" · "));
}

/// The annotations of the document called `name`.
pub fn to_markdown(name: &str, text: &str, placed: &[Placed]) -> String {
    let index = TextIndex::new(text);
    let mut out = format!("# Annotations: {name}\n\n");
    let (found, orphans): (Vec<&Placed>, Vec<&Placed>) =
        placed.iter().partition(|p| p.span.is_some());
    if found.is_empty() && orphans.is_empty() {
        out.push_str("No annotations.\n");
    }
    for p in found {
        entry(&mut out, &index, p);
    }
    if !orphans.is_empty() {
        out.push_str("## Orphaned\n\nThese passages were not found in the current text.\n\n");
        for p in orphans {
            entry(&mut out, &index, p);
        }
    }
    out
}
