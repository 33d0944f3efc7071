//! PURE: every stored document's annotations, for `qari annotations --all`.
//!
//! A document piped in is filed under its text's hash, so when the text
//! changes (the next day's page) nothing leads back to its notes; listing
//! every document's file is how they are found again. There is no text to
//! place them in: each annotation is printed with its stored quote and
//! offsets, each document with its name, its path (none for standard
//! input), its hash and when it was last annotated, the latest first.

use std::fmt::Write;
use std::path::PathBuf;

use serde::Serialize;

use super::markdown::quote_block;
use crate::reader::annotate::{Annotation, Label};

/// One document's annotations as the store keeps them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDocument {
    /// The content hash the store files them under.
    pub hash: String,
    /// Where the document was last read from; `None` for standard input.
    pub path: Option<PathBuf>,
    /// Other paths that hold the same text (its notes are theirs too).
    pub also_at: Vec<PathBuf>,
    /// What the reader called it, when a save said.
    pub name: Option<String>,
    /// The path now holds another text, whose notes are filed apart.
    pub earlier_text: bool,
    pub annotations: Vec<Annotation>,
}

impl StoredDocument {
    /// When it was last annotated: the latest `modified` of its annotations.
    pub fn annotated(&self) -> &str {
        self.annotations
            .iter()
            .map(|a| a.modified.as_str())
            .max()
            .unwrap_or("")
    }

    /// Its name, else its path, else "standard input".
    pub fn title(&self) -> String {
        match (&self.name, &self.path) {
            (Some(name), _) => name.clone(),
            (None, Some(path)) => path.display().to_string(),
            (None, None) => "standard input".to_string(),
        }
    }
}

/// `documents` with annotations, the latest annotated first.
pub fn in_order(mut documents: Vec<StoredDocument>) -> Vec<StoredDocument> {
    documents.retain(|d| !d.annotations.is_empty());
    documents.sort_by(|a, b| (b.annotated(), &a.hash).cmp(&(a.annotated(), &b.hash)));
    documents
}

#[derive(Serialize)]
struct Row<'a> {
    document: String,
    path: Option<String>,
    also_at: Vec<String>,
    hash: &'a str,
    annotated: &'a str,
    earlier_text: bool,
    start: usize,
    end: usize,
    exact: &'a str,
    note: &'a str,
    label: Option<Label>,
    id: &'a str,
    created: &'a str,
    modified: &'a str,
}

/// One JSON object per annotation, its document's facts in each:
/// `document` (the name), `path` (null for standard input), `also_at`
/// (the other paths holding the same text), `hash`,
/// `annotated`, `earlier_text`, then the annotation's stored `start`, `end`
/// (code points of the text it was made on), `exact`, `note`, `label`, `id`,
/// `created`, `modified`.
pub fn to_json_lines(documents: &[StoredDocument]) -> String {
    let mut out = String::new();
    for d in documents {
        for a in &d.annotations {
            let row = Row {
                document: d.title(),
                path: d.path.as_ref().map(|p| p.display().to_string()),
                also_at: d.also_at.iter().map(|p| p.display().to_string()).collect(),
                hash: &d.hash,
                annotated: d.annotated(),
                earlier_text: d.earlier_text,
                start: a.position.start,
                end: a.position.end,
                exact: &a.quote.exact,
                note: &a.note,
                label: a.label,
                id: &a.id,
                created: &a.created,
                modified: &a.modified,
            };
            // Strings, numbers and an enum of unit variants always serialise.
            out.push_str(&serde_json::to_string(&row).unwrap_or_default());
            out.push('\n');
        }
    }
    out
}

/// Markdown for people: a section per document, each passage as a quote
/// block with its note below it.
pub fn to_markdown(documents: &[StoredDocument]) -> String {
    let mut out = String::from("# Annotations of every document\n\n");
    if documents.is_empty() {
        out.push_str("No annotations.\n");
    }
    for d in documents {
        let _ = writeln!(out, "## {}\n", d.title());
        let mut facts = vec![match &d.path {
            Some(path) => path.display().to_string(),
            None => "standard input".to_string(),
        }];
        if !d.also_at.is_empty() {
            let others: Vec<String> = d.also_at.iter().map(|p| p.display().to_string()).collect();
            facts.push(format!("the same text as {}", others.join(", ")));
        }
        if d.earlier_text {
            facts.push("an earlier text of this path".to_string());
        }
        facts.push(format!("last annotated {}", d.annotated()));
        facts.push(crate::core::notice::counted(
            d.annotations.len(),
            "annotation",
        ));
        facts.push(format!("hash {}", d.hash));
        let _ = writeln!(out, "*{}*\n", facts.join(" · "));
        for a in &d.annotations {
            quote_block(&mut out, &a.quote.exact);
            out.push('\n');
            if !a.note.is_empty() {
                out.push_str(a.note.trim_end());
                out.push_str("\n\n");
            }
            let mut facts = Vec::new();
            if let Some(label) = a.label {
                facts.push(format!("label: {}", label.name()));
            }
            facts.push(format!(
                "characters {}–{}",
                a.position.start, a.position.end
            ));
            facts.push(format!("modified {}", a.modified));
            let _ = writeln!(out, "*{}*\n", facts.join(" · "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(hash: &str, path: Option<&str>, notes: &[(&str, &str)]) -> StoredDocument {
        let text = "قال الرئيس في باريس";
        let annotations = notes
            .iter()
            .enumerate()
            .map(|(i, (note, modified))| {
                let mut a =
                    Annotation::new(format!("a{i}"), text, 4..10, "2026-01-01T00:00:00.000Z");
                a.note = (*note).to_string();
                a.modified = (*modified).to_string();
                a
            })
            .collect();
        StoredDocument {
            hash: hash.into(),
            path: path.map(PathBuf::from),
            also_at: Vec::new(),
            name: None,
            earlier_text: false,
            annotations,
        }
    }

    #[test]
    fn documents_are_listed_latest_first_with_their_notes() {
        let old = doc(
            "aa",
            None,
            &[("yesterday's note", "2026-01-02T00:00:00.000Z")],
        );
        let new = doc(
            "bb",
            Some("/tmp/a.txt"),
            &[
                ("one", "2026-01-03T00:00:00.000Z"),
                ("two", "2026-01-04T00:00:00.000Z"),
            ],
        );
        let empty = doc("cc", None, &[]);
        let listed = in_order(vec![old, empty, new]);
        assert_eq!(
            listed.iter().map(|d| d.hash.as_str()).collect::<Vec<_>>(),
            ["bb", "aa"]
        );
        assert_eq!(listed[0].annotated(), "2026-01-04T00:00:00.000Z");
        let md = to_markdown(&listed);
        assert!(md.contains("## /tmp/a.txt\n"), "{md}");
        assert!(md.contains("## standard input\n"), "{md}");
        assert!(
            md.contains("last annotated 2026-01-02T00:00:00.000Z"),
            "{md}"
        );
        assert!(md.contains("> الرئيس\n\nyesterday's note\n"), "{md}");
        let rows: Vec<serde_json::Value> = to_json_lines(&listed)
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON"))
            .collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2]["document"], "standard input");
        assert_eq!(rows[2]["path"], serde_json::Value::Null);
        assert_eq!(rows[2]["note"], "yesterday's note");
        assert_eq!(rows[2]["exact"], "الرئيس");
        assert_eq!(rows[0]["hash"], "bb");
    }
}
