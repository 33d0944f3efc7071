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
//! a type qari does not know, bad offsets, text that does not match the
//! document, an id used twice, a label overlapping one read before (only one
//! can show) and lines that are not brat are reported line by line and
//! skipped, never fatal. Fragments with more than line ends between them,
//! merged into one passage, and a span widened to whole characters (one that
//! ended between a letter and its shadda) are taken and said.

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
    /// The `.ann` line it was read from.
    pub line: usize,
}

/// What [`from_brat`] read, and what it skipped and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BratImport {
    pub spans: Vec<BratSpan>,
    /// One sentence per skipped line, e.g. `line 3: unknown type "Weapon"`.
    pub problems: Vec<String>,
    /// One sentence per line taken with a change: fragments merged into one
    /// passage, a span widened to whole characters.
    pub notices: Vec<String>,
}

/// A labelled span read so far: where, its label, and its line.
struct Taken {
    span: Range<usize>,
    label: Label,
    line: usize,
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

/// Whether `span` labelled `label` cannot stand beside `taken` labelled
/// `taken_label` (a line read before, or a label already stored): they
/// overlap and are not the same span with the same label (a repeat, which
/// the caller counts as already there).
pub fn conflicts(
    (taken, taken_label): (&Range<usize>, Label),
    span: &Range<usize>,
    label: Label,
) -> bool {
    let same = *taken == *span && taken_label == label;
    !same && taken.start < span.end && span.start < taken.end
}

/// brat's name for a label, as a conflict is reported.
pub fn type_name_of(label: Label) -> &'static str {
    crate::reader::kinds::of_label(label).map_or(NOT_ENTITY, type_name)
}

/// `span` widened to whole grapheme clusters: a span may not end between a
/// letter and its shadda, or start on the mark.
fn whole_characters(index: &TextIndex<'_>, span: Range<usize>) -> Range<usize> {
    use unicode_segmentation::GraphemeCursor;
    let text = index.text();
    let snap = |cp: usize, forward: bool| {
        let byte = index.byte_at(cp);
        let mut cursor = GraphemeCursor::new(byte, text.len(), true);
        if cursor.is_boundary(text, 0).unwrap_or(true) {
            return cp;
        }
        let moved = if forward {
            cursor.next_boundary(text, 0)
        } else {
            cursor.prev_boundary(text, 0)
        };
        moved.ok().flatten().map_or(cp, |b| index.cp_at(b))
    };
    snap(span.start, false)..snap(span.end, true)
}

/// What was merged when fragments become one passage (first start to last
/// end), unless only line ends lie between them (how a span across lines is
/// written, qari's export included).
fn merged_fragments(index: &TextIndex<'_>, pieces: &[Range<usize>]) -> Option<String> {
    let gaps: Vec<&str> = pieces
        .windows(2)
        .map(|w| index.slice(w[0].end..w[1].start))
        .collect();
    if gaps
        .iter()
        .all(|g| g.chars().all(|c| c == '\n' || c == '\r'))
    {
        return None;
    }
    let offsets: Vec<String> = pieces
        .iter()
        .map(|r| format!("{}-{}", r.start, r.end))
        .collect();
    Some(format!(
        "fragments {} merged into one passage {}-{}",
        offsets.join(";"),
        pieces[0].start,
        pieces[pieces.len() - 1].end
    ))
}

/// Labels (and notes) from the brat standoff `ann` of `text`.
pub fn from_brat(text: &str, ann: &str) -> BratImport {
    let index = TextIndex::new(text);
    let mut import = BratImport::default();
    // Each id's span (index in `import.spans`) and line.
    let mut by_id: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut labelled: Vec<Taken> = Vec::new();
    for (i, line) in ann.lines().enumerate() {
        let line_no = i + 1;
        let problem = |what: String| format!("line {line_no}: {what}");
        let id = line.split('\t').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        if let Some(&(_, first)) = by_id.get(id).filter(|_| id.starts_with('T')) {
            import
                .problems
                .push(problem(format!("{id} is already defined on line {first}")));
        } else if id.starts_with('T') {
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
                    let span = whole_characters(&index, first..last);
                    if span != (first..last) {
                        import.notices.push(problem(format!(
                            "{first}-{last} cuts a character; taken as {}-{}",
                            span.start, span.end
                        )));
                    }
                    if let Some(merged) = merged_fragments(&index, &pieces) {
                        import.notices.push(problem(merged));
                    }
                    if let Some(label) = label {
                        if let Some(other) = labelled
                            .iter()
                            .find(|t| conflicts((&t.span, t.label), &span, label))
                        {
                            import.problems.push(problem(format!(
                                "{kind} {}-{} conflicts with {} {}-{} on line {}; the first is kept",
                                span.start,
                                span.end,
                                type_name_of(other.label),
                                other.span.start,
                                other.span.end,
                                other.line
                            )));
                            continue;
                        }
                        labelled.push(Taken {
                            span: span.clone(),
                            label,
                            line: line_no,
                        });
                    }
                    by_id.insert(id, (import.spans.len(), line_no));
                    import.spans.push(BratSpan {
                        span,
                        label,
                        note: String::new(),
                        line: line_no,
                    });
                }
            }
        } else if id.starts_with('#') {
            let mut cols = line.splitn(3, '\t');
            let (_, middle, note) = (cols.next(), cols.next().unwrap_or(""), cols.next());
            let target = middle.strip_prefix("AnnotatorNotes ").map(str::trim);
            match target.and_then(|t| by_id.get(t)) {
                Some(&(k, _)) => {
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
        } else if id.starts_with(['R', 'E', 'A', 'M', 'N', '*']) {
            import.problems.push(problem(format!(
                "{} lines (relations, events, attributes) are not imported",
                id.chars().next().unwrap_or('?')
            )));
        } else {
            import
                .problems
                .push(problem("not a brat annotation line".to_string()));
        }
    }
    // A Passage carries only its note: without one it says nothing.
    import
        .spans
        .retain(|s| s.label.is_some() || !s.note.is_empty());
    import
}

#[cfg(test)]
mod tests;
