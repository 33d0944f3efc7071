//! brat standoff (`.ann`): `T` lines for entity spans, `#` lines for notes.
//!
//! `T1<TAB>Person 10 20<TAB>text`: offsets are code points (brat indexes
//! Python strings) and `text` must be exactly the document's text there. A
//! span across a line break is written as fragments (`10 20;21 30`) whose
//! texts are joined by a space, as brat itself does. Export writes every
//! mention of the recognition given (the caller applies the labels first, so
//! they override the recogniser), a `NotEntity` span for each "not an
//! entity" label, then a `Passage` span for each note that no span above
//! covers exactly, and `#n<TAB>AnnotatorNotes Tk<TAB>note` lines.
//!
//! Import reads `T` lines back as labels (and AnnotatorNotes as their notes):
//! a type qari does not know, bad offsets, or text that does not match the
//! document are reported line by line and skipped, never fatal.

use std::collections::HashMap;
use std::fmt::Write;
use std::ops::Range;

use super::fragments;
use crate::reader::annotate::textindex::TextIndex;
use crate::reader::annotate::{Label, Placed};
use crate::reader::kinds::facts;
use qari_recognize::{Kind, Recognition};

/// brat's type name of a kind (the kind table's).
pub fn type_name(kind: Kind) -> &'static str {
    facts(kind).brat
}

/// The type of a span that only carries a note.
pub const PASSAGE: &str = "Passage";
/// The type of a span labelled "not an entity".
pub const NOT_ENTITY: &str = "NotEntity";

/// What a brat type name means to qari: `Some(Some(label))`, `Some(None)` for
/// a passage without a label, `None` when unknown. Common corpus spellings
/// (PER, LOC, GPE, ORG, ...) are understood.
pub fn label_of_type(name: &str) -> Option<Option<Label>> {
    let lower = name.to_ascii_lowercase().replace(['-', '_'], "");
    if let Some(kind) = crate::reader::kinds::of_brat_spelling(&lower) {
        return Some(Some(facts(kind).label));
    }
    Some(Some(match lower.as_str() {
        "notentity" | "nonentity" | "o" => Label::NotEntity,
        "passage" | "note" => return Some(None),
        _ => return None,
    }))
}

fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\n' || c == '\t' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn t_line(out: &mut String, index: &TextIndex<'_>, n: usize, kind: &str, span: &Range<usize>) {
    let pieces = fragments(index, span);
    let offsets: Vec<String> = pieces
        .iter()
        .map(|r| format!("{} {}", r.start, r.end))
        .collect();
    let texts: Vec<&str> = pieces.iter().map(|r| index.slice(r.clone())).collect();
    let _ = writeln!(
        out,
        "T{n}\t{kind} {}\t{}",
        offsets.join(";"),
        texts.join(" ")
    );
}

/// The standoff of `recognition` (labels already applied) and the notes of `placed`.
pub fn to_brat(text: &str, recognition: &Recognition, placed: &[Placed]) -> String {
    let index = TextIndex::new(text);
    let mut out = String::new();
    let mut by_span: HashMap<Range<usize>, usize> = HashMap::new();
    let mut n = 0;
    for m in &recognition.mentions {
        if fragments(&index, &m.span).is_empty() {
            continue;
        }
        n += 1;
        t_line(&mut out, &index, n, type_name(m.kind), &m.span);
        by_span.entry(m.span.clone()).or_insert(n);
    }
    // "Not an entity" removed the recogniser's mention; the label itself is
    // written too, so importing the file gives the correction back.
    for p in placed {
        let (Some(Label::NotEntity), Some(span)) = (p.annotation.label, &p.span) else {
            continue;
        };
        if by_span.contains_key(span) || fragments(&index, span).is_empty() {
            continue;
        }
        n += 1;
        t_line(&mut out, &index, n, NOT_ENTITY, span);
        by_span.insert(span.clone(), n);
    }
    let mut notes = Vec::new();
    for p in placed {
        let (Some(span), false) = (&p.span, p.annotation.note.is_empty()) else {
            continue;
        };
        let t = match by_span.get(span) {
            Some(&t) => t,
            None if fragments(&index, span).is_empty() => continue,
            None => {
                n += 1;
                t_line(&mut out, &index, n, PASSAGE, span);
                by_span.insert(span.clone(), n);
                n
            }
        };
        notes.push((t, one_line(&p.annotation.note)));
    }
    for (k, (t, note)) in notes.into_iter().enumerate() {
        let _ = writeln!(out, "#{}\tAnnotatorNotes T{t}\t{note}", k + 1);
    }
    out
}

/// One span read from a `.ann` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BratSpan {
    /// From the first fragment's start to the last fragment's end, code points.
    pub span: Range<usize>,
    /// `None` for a `Passage` (a note without a label).
    pub label: Option<Label>,
    pub note: String,
}

/// What [`from_brat`] read, and what it skipped and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BratImport {
    pub spans: Vec<BratSpan>,
    /// One sentence per skipped line, e.g. `line 3: unknown type "Weapon"`.
    pub problems: Vec<String>,
}

/// Parse `T1<TAB>Type 0 5;6 9<TAB>text` into type, fragments, text.
fn parse_t(line: &str) -> Result<(&str, Vec<Range<usize>>, &str), String> {
    let mut cols = line.splitn(3, '\t');
    let (_, Some(middle), text) = (cols.next(), cols.next(), cols.next()) else {
        return Err("not a brat entity line".into());
    };
    let (kind, offsets) = middle
        .split_once(' ')
        .ok_or_else(|| "no offsets".to_string())?;
    let mut pieces = Vec::new();
    for piece in offsets.split(';') {
        let (s, e) = piece
            .trim()
            .split_once(' ')
            .ok_or_else(|| format!("bad offsets {offsets:?}"))?;
        let (s, e) = s
            .parse::<usize>()
            .ok()
            .zip(e.parse::<usize>().ok())
            .ok_or_else(|| format!("bad offsets {offsets:?}"))?;
        if s >= e {
            return Err(format!("empty or reversed span {s} {e}"));
        }
        // The passage is first start..last end: fragments out of order would
        // make it reversed (an empty quote) or cover text no fragment names.
        if pieces.last().is_some_and(|p: &Range<usize>| s < p.end) {
            return Err(format!(
                "fragments out of order or overlapping: {offsets:?}"
            ));
        }
        pieces.push(s..e);
    }
    Ok((kind, pieces, text.unwrap_or("")))
}

/// Labels (and notes) from the brat standoff `ann` of `text`.
pub fn from_brat(text: &str, ann: &str) -> BratImport {
    let index = TextIndex::new(text);
    let mut import = BratImport::default();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, line) in ann.lines().enumerate() {
        let line_no = i + 1;
        let problem = |what: String| format!("line {line_no}: {what}");
        let id = line.split('\t').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        if id.starts_with('T') {
            match parse_t(line) {
                Err(e) => import.problems.push(problem(e)),
                Ok((kind, pieces, given)) => {
                    let Some(label) = label_of_type(kind) else {
                        import
                            .problems
                            .push(problem(format!("unknown type {kind:?}")));
                        continue;
                    };
                    let (first, last) = (pieces[0].start, pieces[pieces.len() - 1].end);
                    if last > index.len() {
                        import.problems.push(problem(format!(
                            "offsets {first}-{last} beyond the text's {} characters",
                            index.len()
                        )));
                        continue;
                    }
                    let actual: Vec<&str> = pieces.iter().map(|r| index.slice(r.clone())).collect();
                    let actual = actual.join(" ");
                    if actual != given {
                        import.problems.push(problem(format!(
                            "text {given:?} is not the document's {actual:?} at {first}-{last}"
                        )));
                        continue;
                    }
                    by_id.insert(id, import.spans.len());
                    import.spans.push(BratSpan {
                        span: first..last,
                        label,
                        note: String::new(),
                    });
                }
            }
        } else if id.starts_with('#') {
            let mut cols = line.splitn(3, '\t');
            let (_, middle, note) = (cols.next(), cols.next().unwrap_or(""), cols.next());
            let target = middle.strip_prefix("AnnotatorNotes ").map(str::trim);
            match target.and_then(|t| by_id.get(t)) {
                Some(&k) => {
                    let span = &mut import.spans[k];
                    if !span.note.is_empty() {
                        span.note.push('\n');
                    }
                    span.note.push_str(note.unwrap_or(""));
                }
                None => import
                    .problems
                    .push(problem(format!("note for an unknown span: {middle:?}"))),
            }
        } else {
            import.problems.push(problem(format!(
                "{} lines (relations, events, attributes) are not imported",
                id.chars().next().unwrap_or('?')
            )));
        }
    }
    // A Passage carries only its note: without one it says nothing.
    import
        .spans
        .retain(|s| s.label.is_some() || !s.note.is_empty());
    import
}
