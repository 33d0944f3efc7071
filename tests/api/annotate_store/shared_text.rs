//! Files that share a text: an edited file keeps its own notes when its new
//! text is one another file has notes on, an orphan carried by files'
//! paths shows only in those files (in every copy once they are all gone),
//! and a file's reading position and marks follow its path as its notes do.

use std::fs;
use std::path::Path;

use qari::core::document::Document;
use qari::reader::annotate::{place_all, Annotation, Placed};
use qari::store::{Changes, SavedPosition, Store};

use super::temp_dir;

const ECONOMY: &str = "الفقرة الأولى عن الاقتصاد المغربي ونموه.";
const TOURISM: &str = "الفقرة الثانية عن السياحة في مراكش وأكادير.";
const PHOSPHATE: &str = "الفقرة الثالثة عن الفوسفات.";

/// A document of `paragraphs`, written to `file` when there is one.
fn doc(file: Option<&Path>, paragraphs: &[&str]) -> Document {
    let text = paragraphs.join("\n\n") + "\n";
    if let Some(file) = file {
        fs::write(file, &text).expect("write the file");
    }
    Document::from_bytes("t.txt", text.as_bytes()).expect("a document")
}

/// What a reader of `doc` at `file` shows, as the reader places them.
fn open(store: &Store, doc: &Document, file: Option<&Path>) -> Vec<Placed> {
    let loaded = store.load_annotations(&doc.hash, file).expect("load");
    place_all(doc.text(), loaded.annotations)
}

/// Save as the reader does: every annotation it shows, where it now is,
/// and which it did not find in the text.
fn save(store: &Store, doc: &Document, file: Option<&Path>, placed: &[Placed]) {
    let annotations: Vec<Annotation> = placed.iter().map(|p| p.refreshed(doc.text())).collect();
    let not_found: Vec<String> = placed
        .iter()
        .filter(|p| p.span.is_none())
        .map(|p| p.annotation.id.clone())
        .collect();
    let changes = Changes {
        annotations: &annotations,
        deleted_ids: &[],
        bases: &[],
        name: None,
        not_found: &not_found,
    };
    store.save_changes(&doc.hash, file, &changes).expect("save");
}

/// A reader of `doc` at `file` writes `text` on the first `word`.
fn note(store: &Store, doc: &Document, file: &Path, word: &str, text: &str) {
    let mut placed = open(store, doc, Some(file));
    let at = doc.text().find(word).expect("the word is there");
    let start = doc.text()[..at].chars().count();
    let mut a = Annotation::new(
        format!("id-{text}"),
        doc.text(),
        start..start + word.chars().count(),
        "2026-01-01T00:00:00.000Z",
    );
    a.note = text.to_string();
    placed.push(Placed {
        annotation: a,
        span: Some(start..start + word.chars().count()),
    });
    save(store, doc, Some(file), &placed);
}

/// Each note shown, with whether its passage was found.
fn shown(placed: &[Placed]) -> Vec<(String, bool)> {
    let mut notes: Vec<(String, bool)> = placed
        .iter()
        .map(|p| (p.annotation.note.clone(), p.span.is_some()))
        .collect();
    notes.sort();
    notes
}

fn notes(list: &[(&str, bool)]) -> Vec<(String, bool)> {
    list.iter().map(|(n, f)| (n.to_string(), *f)).collect()
}

#[test]
fn an_edited_file_keeps_its_notes_when_its_new_text_has_notes_of_its_own() {
    let root = temp_dir("shared-new-text");
    let store = Store::at(root.join("store"));
    let (x, y) = (root.join("X.txt"), root.join("Y.txt"));
    let x_before = doc(Some(&x), &[ECONOMY, TOURISM, PHOSPHATE]);
    let y_text = doc(Some(&y), &[ECONOMY, TOURISM]);
    note(&store, &x_before, &x, "السياحة", "X on tourism");
    note(&store, &x_before, &x, "الفوسفات", "X on phosphate");
    note(&store, &y_text, &y, "الاقتصاد", "Y on the economy");
    // X loses its third paragraph: it now holds Y's text.
    let x_after = doc(Some(&x), &[ECONOMY, TOURISM]);
    assert_eq!(x_after.hash, y_text.hash);
    let want = notes(&[
        ("X on phosphate", false),
        ("X on tourism", true),
        ("Y on the economy", true),
    ]);
    let placed = open(&store, &x_after, Some(&x));
    assert_eq!(
        shown(&placed),
        want,
        "X's own notes are there on first look"
    );
    save(&store, &x_after, Some(&x), &placed);
    assert_eq!(
        shown(&open(&store, &x_after, Some(&x))),
        want,
        "and after its save"
    );
    // Y, never edited, gains X's note on a passage it has, not X's orphan.
    assert_eq!(
        shown(&open(&store, &y_text, Some(&y))),
        notes(&[("X on tourism", true), ("Y on the economy", true)])
    );
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_note_on_a_passage_one_file_had_for_a_while_is_that_files_orphan_only() {
    let root = temp_dir("shared-revert");
    let store = Store::at(root.join("store"));
    let (a, b) = (root.join("A.txt"), root.join("B.txt"));
    let original = ["خبر", "قال المتحدث إن الاجتماع انتهى دون اتفاق."];
    let first = doc(Some(&a), &original);
    doc(Some(&b), &original);
    save(&store, &first, Some(&a), &open(&store, &first, Some(&a)));
    // A gains a paragraph and a note on it, then is reverted.
    let update = doc(
        Some(&a),
        &[original[0], original[1], "تحديث: وصل الوفد إلى الدوحة."],
    );
    note(&store, &update, &a, "الدوحة", "note on update");
    let reverted = doc(Some(&a), &original);
    assert_eq!(reverted.hash, first.hash);
    let placed = open(&store, &reverted, Some(&a));
    assert_eq!(shown(&placed), notes(&[("note on update", false)]));
    save(&store, &reverted, Some(&a), &placed);
    // B and standard input hold the same text, and never had the passage.
    assert!(open(&store, &reverted, Some(&b)).is_empty(), "B shows it");
    assert!(open(&store, &reverted, None).is_empty(), "a pipe shows it");
    save(
        &store,
        &reverted,
        Some(&b),
        &open(&store, &reverted, Some(&b)),
    );
    // A still has it, and finds it again once the paragraph is back.
    assert_eq!(
        shown(&open(&store, &reverted, Some(&a))),
        notes(&[("note on update", false)])
    );
    let again = doc(
        Some(&a),
        &[original[0], original[1], "تحديث: وصل الوفد إلى الدوحة."],
    );
    assert_eq!(
        shown(&open(&store, &again, Some(&a))),
        notes(&[("note on update", true)])
    );
    // Nothing is deleted: the listing of every document still has it
    // under the reverted text.
    let every = store.every_document();
    let under_reverted = every
        .documents
        .iter()
        .find(|d| d.hash == reverted.hash)
        .expect("the reverted text is listed");
    assert!(under_reverted
        .annotations
        .iter()
        .any(|n| n.note == "note on update"));
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_files_position_and_marks_follow_its_path_when_its_text_changes() {
    let root = temp_dir("positions-path");
    let store = Store::at(root.join("store"));
    let file = root.join("pos.txt");
    let read = SavedPosition {
        offset: 30,
        marks: [('a', 30)].into(),
    };
    store
        .save_position("aa11", Some(&file), read.clone())
        .expect("save");
    // A line appended: another text at the same path.
    assert_eq!(
        store.load_position("bb22", Some(&file)).expect("load"),
        Some(read.clone())
    );
    // A copy of the first text elsewhere, or piped in, finds it by its text.
    let copy = root.join("copy.txt");
    assert_eq!(
        store.load_position("aa11", Some(&copy)).expect("load"),
        Some(read.clone())
    );
    assert_eq!(
        store.load_position("aa11", None).expect("load"),
        Some(read.clone())
    );
    // Another file, or a pipe, with the second text has no position.
    assert_eq!(
        store.load_position("bb22", Some(&copy)).expect("load"),
        None
    );
    assert_eq!(store.load_position("bb22", None).expect("load"), None);
    // A text read before keeps its own position, its offsets being its own.
    store
        .save_position("bb22", Some(&copy), SavedPosition::at(5))
        .expect("save");
    assert_eq!(
        store.load_position("bb22", Some(&file)).expect("load"),
        Some(SavedPosition::at(5))
    );
    // Moving on in the new text keeps the marks (the watchdog's save).
    store.save_offset("cc33", Some(&file), 40).expect("save");
    let kept = store.load_position("dd44", Some(&file)).expect("load");
    assert_eq!(
        kept.map(|p| (p.offset, p.marks)),
        Some((40, [('a', 30)].into()))
    );
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn two_copies_edited_the_same_way_each_keep_the_note_their_text_had() {
    let root = temp_dir("shared-two-copies");
    let store = Store::at(root.join("store"));
    let (a, b) = (root.join("A.txt"), root.join("B.txt"));
    let before = doc(Some(&a), &[ECONOMY, TOURISM, PHOSPHATE]);
    doc(Some(&b), &[ECONOMY, TOURISM, PHOSPHATE]);
    note(&store, &before, &a, "الفوسفات", "on phosphate");
    save(&store, &before, Some(&b), &open(&store, &before, Some(&b)));
    // Both lose the third paragraph; A's reader saves first.
    let after = doc(Some(&a), &[ECONOMY, TOURISM]);
    doc(Some(&b), &[ECONOMY, TOURISM]);
    let want = notes(&[("on phosphate", false)]);
    save(&store, &after, Some(&a), &open(&store, &after, Some(&a)));
    let placed = open(&store, &after, Some(&b));
    assert_eq!(shown(&placed), want, "B's own earlier text had the note");
    save(&store, &after, Some(&b), &placed);
    for file in [&a, &b] {
        assert_eq!(shown(&open(&store, &after, Some(file))), want, "{file:?}");
    }
    // A third copy, never edited, never had the passage.
    let c = root.join("C.txt");
    doc(Some(&c), &[ECONOMY, TOURISM]);
    assert!(open(&store, &after, Some(&c)).is_empty());
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn an_edited_file_moved_elsewhere_keeps_its_orphans() {
    let root = temp_dir("shared-moved");
    let store = Store::at(root.join("store"));
    let (a, copy) = (root.join("A.txt"), root.join("copy.txt"));
    let before = doc(Some(&a), &[ECONOMY, TOURISM, PHOSPHATE]);
    note(&store, &before, &a, "الفوسفات", "on phosphate");
    let after = doc(Some(&a), &[ECONOMY, TOURISM]);
    note(&store, &after, &a, "السياحة", "on tourism");
    doc(Some(&copy), &[ECONOMY, TOURISM]);
    assert_eq!(
        shown(&open(&store, &after, Some(&copy))),
        notes(&[("on tourism", true)]),
        "a copy never edited does not show A's orphan while A is there"
    );
    let moved = root.join("moved.txt");
    fs::rename(&a, &moved).expect("move the file");
    let want = notes(&[("on phosphate", false), ("on tourism", true)]);
    let placed = open(&store, &after, Some(&moved));
    assert_eq!(shown(&placed), want, "the moved file has its notes");
    save(&store, &after, Some(&moved), &placed);
    assert_eq!(shown(&open(&store, &after, Some(&moved))), want);
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_path_file_that_cannot_be_read_or_written_costs_not_the_texts_own_position() {
    let root = temp_dir("positions-corrupt-path");
    let store = Store::at(root.join("store"));
    let file = root.join("pos.txt");
    let read = SavedPosition {
        offset: 1492,
        marks: [('a', 30)].into(),
    };
    store
        .save_position("aa11", Some(&file), read.clone())
        .expect("save");
    let paths = root.join("store/positions/paths");
    let kept: Vec<_> = fs::read_dir(&paths)
        .expect("the path's file is written")
        .map(|entry| entry.expect("entry").path())
        .collect();
    assert_eq!(kept.len(), 1);
    fs::write(&kept[0], br#"{"path":"#).expect("corrupt it");
    assert_eq!(
        store.load_position("aa11", Some(&file)).expect("load"),
        Some(read.clone()),
        "the text's own position"
    );
    // The watchdog's save keeps the marks, and writes the path's file again.
    store.save_offset("aa11", Some(&file), 1500).expect("save");
    let now = SavedPosition {
        offset: 1500,
        marks: read.marks.clone(),
    };
    assert_eq!(
        store.load_position("bb22", Some(&file)).expect("load"),
        Some(now.clone())
    );
    // A path's file that cannot be written does not fail the save.
    fs::remove_file(&kept[0]).expect("remove");
    fs::create_dir(&kept[0]).expect("a directory in its place");
    store
        .save_position("aa11", Some(&file), SavedPosition::at(7))
        .expect("the text's own record is saved");
    assert_eq!(
        store.load_position("aa11", Some(&file)).expect("load"),
        Some(SavedPosition::at(7))
    );
    let _ = fs::remove_dir_all(&root);
}
