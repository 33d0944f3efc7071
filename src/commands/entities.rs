//! `qari entities`: the recogniser's mentions, as a table or as JSON Lines.
//!
//! JSON Lines is the contract other tools rely on: one object per mention,
//! `{"kind","start","end","text","entity"}` plus `"speaker"` for quotes whose speaker
//! the text names; offsets are code points of the text as qari reads it (BOM dropped,
//! CRLF read as LF), so `text` is exactly those code points. The environment variable
//! `QARI_NER_WEIGHTS` names another weights file (one written by `qari-train`), which
//! is how a held-out model is scored from outside. The reader's labels (see
//! `qari annotations`) override the recogniser on their spans.

use std::io::Write;

use serde::Serialize;

use crate::shell::cli::EntitiesArgs;
use qari_recognize::{Kind, Recognition, Recognizer};

#[derive(Serialize)]
struct Row<'a> {
    kind: Kind,
    start: usize,
    end: usize,
    text: &'a str,
    entity: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
}

/// Byte offset of every code point of `text`, and of its end.
fn char_bytes(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect()
}

fn rows<'a>(text: &'a str, rec: &'a Recognition) -> impl Iterator<Item = Row<'a>> {
    let at = char_bytes(text);
    rec.mentions.iter().map(move |m| Row {
        kind: m.kind,
        start: m.span.start,
        end: m.span.end,
        text: &text[at[m.span.start]..at[m.span.end]],
        entity: &rec.entities[m.entity].name,
        speaker: m.speaker.map(|s| rec.entities[s].name.as_str()),
    })
}

/// One JSON object per line, per mention.
pub fn json_lines(text: &str, rec: &Recognition) -> String {
    let mut out = String::new();
    for row in rows(text, rec) {
        // Serialising plain strings and numbers cannot fail.
        out.push_str(&serde_json::to_string(&row).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// Longest text shown in a table cell, in characters.
const CELL: usize = 48;

fn cell(s: &str) -> String {
    let flat: String = s.chars().map(|c| if c == '\n' { ' ' } else { c }).collect();
    if flat.chars().count() > CELL {
        format!("{}…", flat.chars().take(CELL - 1).collect::<String>())
    } else {
        flat
    }
}

/// A table for people: kind, span, text, entity (and speaker).
pub fn table(text: &str, rec: &Recognition) -> String {
    let mut out = String::from("kind          start-end    text | entity\n");
    for row in rows(text, rec) {
        let span = format!("{}-{}", row.start, row.end);
        out.push_str(&format!(
            "{:<13} {span:<12} {}",
            row.kind.name(),
            cell(row.text)
        ));
        if row.entity != row.text {
            out.push_str(&format!(" | {}", cell(row.entity)));
        }
        if let Some(s) = row.speaker {
            out.push_str(&format!(" | said by {s}"));
        }
        out.push('\n');
    }
    for kind in Kind::ALL {
        let n = rec.mentions.iter().filter(|m| m.kind == kind).count();
        let e = rec.entities.iter().filter(|e| e.kind == kind).count();
        out.push_str(&format!("{}: {n} mentions, {e} entities\n", kind.name()));
    }
    out
}

/// The built-in recogniser, or the one whose weights `QARI_NER_WEIGHTS` names.
pub fn recognizer() -> anyhow::Result<Recognizer> {
    Ok(match std::env::var_os("QARI_NER_WEIGHTS") {
        Some(path) => {
            let bytes = crate::store::input::read_file(std::path::Path::new(&path))?;
            Recognizer::from_weights(&bytes)?
        }
        None => Recognizer::builtin()?,
    })
}

pub fn run(args: &EntitiesArgs) -> anyhow::Result<()> {
    // Read for its warning: no setting changes the table or the JSON (yet).
    let _config = super::config();
    let source = crate::store::input::source_for(args.file.as_deref())?;
    let doc = crate::store::input::load(source)?;
    // Invalid UTF-8 replaced, or the input cut at the reader's limits.
    doc.warnings
        .iter()
        .for_each(|w| super::annotations::warn(w));
    let rec = crate::core::compat::recognize(&recognizer()?, doc.text());
    // The reader's labels override the recogniser; without a store there are none.
    let rec = match super::annotations::stored(&doc, args.file.as_deref()) {
        Ok(placed) => crate::reader::annotate::apply_labels(&rec, &placed),
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "qari: warning: annotations: {err:#}");
            rec
        }
    };
    let out = if args.json {
        json_lines(doc.text(), &rec)
    } else {
        table(doc.text(), &rec)
    };
    super::print(&out)
}
