//! `qari annotations`: the reader's annotations of an article, re-anchored in
//! its current text and printed as JSON Lines (the default), a W3C Web
//! Annotation collection, brat standoff or Markdown; or brat entity spans
//! imported as labels (`--import brat FILE.ann`).
//!
//! `--all` prints every stored document's annotations, with the quotes
//! they were made on: the way back to notes on a text piped in that has
//! changed since, which its new hash no longer finds.
//!
//! Printing never writes the store, so a look at the annotations of a changed
//! article does not move them; importing saves everything re-anchored plus
//! the new labels. Orphaned annotations are always printed (JSON Lines marks
//! them `"orphaned": true`, Markdown lists them in a section of their own).

use std::collections::HashSet;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::{bail, Context};

use crate::core::document::Document;
use crate::reader::annotate::export::{brat, every, w3c, Source};
use crate::reader::annotate::ids::{self, IdSource};
use crate::reader::annotate::{apply_labels, corrections, place_all, Annotation, Label, Placed};
use crate::shell::cli::{AnnotationsArgs, ExportFormat};
use crate::store::{Changes, Store};

/// The path the store remembers a document by: none for standard input.
fn document_path(file: Option<&Path>) -> Option<&Path> {
    file.filter(|p| p.as_os_str() != "-")
}

pub(super) fn warn(what: &str) {
    // eprintln! would panic if stderr is closed.
    let _ = writeln!(std::io::stderr(), "qari: warning: {what}");
}

/// Tell of annotation stores that did not parse and were moved aside.
pub fn report_moved(moved: &[std::path::PathBuf]) {
    for aside in moved {
        let index = aside
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("index.json"));
        let what = if index {
            "the index of paths to annotations did not parse and was moved aside \
             (it is made again from the annotations' files)"
        } else {
            "annotations that did not parse were moved aside"
        };
        warn(&format!("{}: {what}", aside.display()));
    }
}

/// The annotations stored for `doc` (read from `file`), placed in its text.
/// Corrupt stores moved aside are reported on stderr.
pub fn stored(doc: &Document, file: Option<&Path>) -> anyhow::Result<Vec<Placed>> {
    let store = Store::open()?;
    stored_in(&store, doc, file)
}

fn stored_in(store: &Store, doc: &Document, file: Option<&Path>) -> anyhow::Result<Vec<Placed>> {
    let loaded = store.load_annotations(&doc.hash, document_path(file))?;
    report_moved(&loaded.moved_aside);
    for why in &loaded.unreadable {
        warn(why);
    }
    Ok(place_all(doc.text(), loaded.annotations))
}

pub fn run(args: &AnnotationsArgs, read: &crate::store::pages::ReadOptions) -> anyhow::Result<()> {
    // Read for its warning, like every command: no setting changes the exports.
    let _config = super::config();
    if args.all {
        return super::print(&every_document(&Store::open()?, args.export)?);
    }
    let source = crate::store::input::source_for(args.file.as_deref())?;
    let doc = crate::store::input::load(source, read)?;
    // Invalid UTF-8 replaced, or the input cut at the reader's limits.
    let label = source.label();
    doc.warnings
        .iter()
        .for_each(|w| super::warn_of(&label, &w.to_string()));
    let store = Store::open()?;
    let placed = stored_in(&store, &doc, args.file.as_deref()).context("annotations")?;
    let out = match &args.import {
        Some(import) => import_brat(&store, &doc, args.file.as_deref(), placed, import)?,
        None => export(&doc, args.file.as_deref(), &placed, args.export)?,
    };
    super::print(&out)
}

/// `--all`: every stored document's annotations, with their stored quotes
/// (there is no text to place them in). Reads only.
fn every_document(store: &Store, format: ExportFormat) -> anyhow::Result<String> {
    let found = store.every_document();
    for problem in &found.problems {
        warn(problem);
    }
    match format {
        ExportFormat::Jsonl => Ok(every::to_json_lines(&found.documents)),
        ExportFormat::Markdown => Ok(every::to_markdown(&found.documents)),
        ExportFormat::W3c | ExportFormat::Brat => bail!(
            "--all prints jsonl or markdown: {} needs each document's text; \
             give the document instead (`qari annotations FILE --export {}`)",
            format.name(),
            format.name()
        ),
    }
}

fn export(
    doc: &Document,
    file: Option<&Path>,
    placed: &[Placed],
    format: ExportFormat,
) -> anyhow::Result<String> {
    // Only the W3C export names the document by its path: resolving the
    // path is file-system work the other formats skip.
    let iri = match document_path(file).filter(|_| format == ExportFormat::W3c) {
        Some(path) => w3c::file_iri(&crate::store::input::absolute(path).to_string_lossy()),
        None => format!("urn:qari:document:{}", doc.hash),
    };
    let recognition = if format.needs_recognition() {
        let recognizer = super::entities::recognizer()?;
        let rec = crate::core::compat::recognize_with(doc.text(), |text| {
            qari_recognize::stream::recognize_chunked(
                &recognizer,
                text,
                qari_recognize::stream::CHUNK_BYTES,
            )
        });
        let rec = corrections::apply(doc.text(), &rec, &super::entities::lexicon()).unwrap_or(rec);
        Some(apply_labels(&rec, placed))
    } else {
        None
    };
    if format == ExportFormat::Brat {
        // brat's standoff ties a note or a label to a passage: one whose
        // passage is no longer in the text has nowhere to go, and is said to
        // be left out.
        let orphaned = placed.iter().filter(|p| p.span.is_none()).count();
        if orphaned > 0 {
            let verb = if orphaned == 1 { "is" } else { "are" };
            warn(&format!(
                "{} whose passage is no longer in the text {verb} not in the \
                 brat export (it has no place for them); --export jsonl, w3c or markdown keeps them",
                crate::core::notice::counted(orphaned, "annotation")
            ));
        }
    }
    let source = Source {
        name: &doc.name,
        text: doc.text(),
        hash: &doc.hash,
        iri: &iri,
    };
    Ok(format.write(source, placed, recognition.as_ref()))
}

/// Add the spans of the brat file in `import` (`["brat", FILE]`) as labels and
/// save; returns the summary to print.
fn import_brat(
    store: &Store,
    doc: &Document,
    file: Option<&Path>,
    placed: Vec<Placed>,
    import: &[PathBuf],
) -> anyhow::Result<String> {
    let [format, ann_path] = import else {
        bail!("--import takes a format and a file");
    };
    if format.as_os_str() != "brat" {
        bail!(
            "cannot import {:?}: the only import format is brat",
            format.to_string_lossy()
        );
    }
    let ann = crate::store::input::read_text(ann_path)?;
    let read = brat::from_brat(doc.text(), &ann);
    for said in read.problems.iter().chain(&read.notices) {
        warn(&format!("{}: {said}", ann_path.display()));
    }
    let now_time = SystemTime::now();
    let now = ids::rfc3339(now_time);
    let mut id_source = IdSource::for_process();
    let mut annotations: Vec<Annotation> = placed.iter().map(|p| p.refreshed(doc.text())).collect();
    let not_found: Vec<String> = placed
        .iter()
        .filter(|p| p.span.is_none())
        .map(|p| p.annotation.id.clone())
        .collect();
    let mut added = 0;
    let mut already = 0;
    // What is there already (placed, or imported a line ago) is not added twice.
    let mut seen: HashSet<(Range<usize>, Option<Label>, String)> = placed
        .iter()
        .filter_map(|p| {
            let a = &p.annotation;
            Some((p.span.clone()?, a.label, a.note.clone()))
        })
        .collect();
    // A label already stored that a read one overlaps: only one can show,
    // and the one the reader made is kept, as the first of two in a file is.
    let stored: Vec<(Range<usize>, Label)> = placed
        .iter()
        .filter_map(|p| Some((p.span.clone()?, p.annotation.label?)))
        .collect();
    let mut conflicts = 0;
    for span in read.spans {
        if !seen.insert((span.span.clone(), span.label, span.note.clone())) {
            already += 1;
            continue;
        }
        let clash = span.label.and_then(|label| {
            stored
                .iter()
                .find(|(s, l)| brat::conflicts((s, *l), &span.span, label))
        });
        if let (Some((s, l)), Some(label)) = (clash, span.label) {
            warn(&format!(
                "{}: line {}: {} {}-{} conflicts with the stored {} {}-{}; the stored one is kept",
                ann_path.display(),
                span.line,
                brat::type_name_of(label),
                span.span.start,
                span.span.end,
                brat::type_name_of(*l),
                s.start,
                s.end
            ));
            conflicts += 1;
            continue;
        }
        let mut a = Annotation::new(id_source.next_id(now_time), doc.text(), span.span, &now);
        a.label = span.label;
        a.note = span.note;
        annotations.push(a);
        added += 1;
    }
    if added > 0 {
        let changes = Changes {
            annotations: &annotations,
            deleted_ids: &[],
            bases: &[],
            name: Some(&doc.name),
            not_found: &not_found,
        };
        store
            .save_changes(&doc.hash, document_path(file), &changes)
            .context("saving annotations")?;
    }
    let spans = if added == 1 { "span" } else { "spans" };
    let mut summary = format!("imported {added} {spans} from {}", ann_path.display());
    if already > 0 {
        summary.push_str(&format!(", {already} already there"));
    }
    if !read.problems.is_empty() || conflicts > 0 {
        let n = read.problems.len() + conflicts;
        let lines = if n == 1 { "line" } else { "lines" };
        summary.push_str(&format!(", {n} {lines} skipped"));
    }
    summary.push('\n');
    Ok(summary)
}
