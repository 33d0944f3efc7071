//! Finding a document's notes by its path once its text changed: the index,
//! tombstones carried over, a file back at an earlier text or at an
//! unrelated one, and an index that does not parse made again.

use std::collections::BTreeSet;
use std::fs;

use qari::store::{AnnotationFile, Store};

use super::{ann, ids, temp_dir, HASH, TEXT};

#[test]
fn a_changed_document_finds_its_annotations_by_path() {
    let root = temp_dir("bypath");
    let store = Store::at(&root);
    let doc = root.join("article.txt");
    fs::write(&doc, TEXT).expect("write doc");
    store
        .save_annotations(HASH, Some(&doc), &[ann("a1", 4..10, "t1")], &[])
        .expect("save");
    // A relative spelling of the same path finds the same entry.
    let loaded = store
        .load_annotations("ccdd", Some(&doc))
        .expect("load by path");
    assert_eq!(loaded.from_hash.as_deref(), Some(HASH));
    assert_eq!(ids(&loaded.annotations), ids(&[ann("a1", 0..1, "")]));
    // Saved under the new hash, the index follows and the old hash is not asked.
    store
        .save_annotations("ccdd", Some(&doc), &loaded.annotations, &[])
        .expect("save new");
    let again = store.load_annotations("ccdd", Some(&doc)).expect("load");
    assert_eq!(again.from_hash, None);
    assert_eq!(again.annotations.len(), 1);
    // Another path does not find them.
    let other = store
        .load_annotations("eeff", Some(&root.join("other.txt")))
        .expect("load");
    assert!(other.annotations.is_empty());
    let stored: AnnotationFile =
        serde_json::from_slice(&fs::read(root.join("annotations/ccdd.json")).expect("read"))
            .expect("parse");
    assert_eq!(
        stored.path.as_deref(),
        Some(fs::canonicalize(&doc).expect("canon").as_path())
    );
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn tombstones_carry_over_when_the_content_changes() {
    let root = temp_dir("carry");
    let store = Store::at(&root);
    let doc = root.join("article.txt");
    fs::write(&doc, TEXT).expect("write doc");
    let t = "2026-01-01T00:00:00.000Z";
    let (a, b) = (ann("a", 0..3, t), ann("b", 4..10, t));
    store
        .save_annotations(HASH, Some(&doc), &[a.clone(), b.clone()], &[])
        .expect("save");
    store
        .save_annotations(HASH, Some(&doc), &[], &["b".to_string()])
        .expect("delete b");
    // The article changes; a reader that still had `b` saves under the new hash.
    let saved = store
        .save_annotations("ccdd", Some(&doc), &[a, b], &[])
        .expect("save new");
    assert_eq!(ids(&saved.annotations), ids(&[ann("a", 0..1, "")]));
    let loaded = store.load_annotations("ccdd", Some(&doc)).expect("load");
    assert_eq!(loaded.from_hash, None);
    assert_eq!(loaded.deleted, vec!["b".to_string()]);
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_corrupt_index_is_moved_aside_and_rebuilt() {
    let root = temp_dir("index");
    let store = Store::at(&root);
    let doc = root.join("article.txt");
    fs::write(&doc, TEXT).expect("write doc");
    fs::create_dir_all(root.join("annotations")).expect("mkdir");
    fs::write(root.join("annotations/index.json"), b"[[[").expect("write");
    let loaded = store.load_annotations(HASH, Some(&doc)).expect("load");
    assert_eq!(loaded.moved_aside.len(), 1);
    assert!(loaded.moved_aside[0]
        .to_string_lossy()
        .contains("index.json.corrupt-"));
    store
        .save_annotations(HASH, Some(&doc), &[ann("a", 0..3, "t")], &[])
        .expect("save");
    let found = store.load_annotations("ccdd", Some(&doc)).expect("load");
    assert_eq!(found.from_hash.as_deref(), Some(HASH));
    assert!(found.moved_aside.is_empty());
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_file_back_at_an_earlier_text_keeps_what_was_written_since() {
    let root = temp_dir("revert");
    let store = Store::at(&root);
    let doc = root.join("article.txt");
    fs::write(&doc, TEXT).expect("write doc");
    let (t1, t2, t3) = (
        "2026-01-01T00:00:00.000Z",
        "2026-01-02T00:00:00.000Z",
        "2026-01-03T00:00:00.000Z",
    );
    let noted = |id: &str, note: &str, time: &str| {
        let mut a = ann(id, 4..10, time);
        a.note = note.to_string();
        a
    };
    // The first text: two notes.
    store
        .save_annotations(
            HASH,
            Some(&doc),
            &[noted("a1", "first", t1), noted("a2", "to go", t1)],
            &[],
        )
        .expect("save v1");
    // The second text: a1 edited, a3 written, a2 deleted.
    store
        .save_annotations(
            "ccdd",
            Some(&doc),
            &[noted("a1", "edited", t2), noted("a3", "new", t2)],
            &["a2".to_string()],
        )
        .expect("save v2");
    // Back at the first text (an undo): its own file is the old copy.
    let loaded = store.load_annotations(HASH, Some(&doc)).expect("load v1");
    assert_eq!(loaded.from_hash.as_deref(), Some("ccdd"));
    let notes: BTreeSet<(String, String)> = loaded
        .annotations
        .iter()
        .map(|a| (a.id.clone(), a.note.clone()))
        .collect();
    let want: BTreeSet<(String, String)> = [("a1", "edited"), ("a3", "new")]
        .iter()
        .map(|(i, n)| (i.to_string(), n.to_string()))
        .collect();
    assert_eq!(notes, want);
    // A reader still on the first text saves a note there: the index then
    // names the first text's file, and a third text finds every note.
    let saved = store
        .save_annotations(HASH, Some(&doc), &[noted("a4", "late", t3)], &[])
        .expect("save on v1");
    assert_eq!(
        ids(&saved.annotations),
        ["a1", "a3", "a4"].iter().map(|s| s.to_string()).collect()
    );
    let third = store.load_annotations("eeff", Some(&doc)).expect("load v3");
    assert_eq!(
        ids(&third.annotations),
        ["a1", "a3", "a4"].iter().map(|s| s.to_string()).collect()
    );
    // A text whose own file is up to date is not "from" another.
    let again = store.load_annotations(HASH, Some(&doc)).expect("load");
    assert_eq!(again.from_hash, None);
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn an_unrelated_text_at_the_same_path_keeps_both_texts_notes_and_loses_none() {
    let root = temp_dir("unrelated");
    let store = Store::at(&root);
    let doc = root.join("page.html");
    fs::write(&doc, TEXT).expect("write doc");
    let t = "2026-01-01T00:00:00.000Z";
    store
        .save_annotations(HASH, Some(&doc), &[ann("nx", 4..10, t)], &[])
        .expect("save X");
    // Another article downloaded over it: X's note comes as an orphan, the
    // reader deletes it there and writes its own.
    let loaded = store.load_annotations("ccdd", Some(&doc)).expect("load Y");
    assert_eq!(ids(&loaded.annotations), ids(&[ann("nx", 0..1, "")]));
    store
        .save_annotations(
            "ccdd",
            Some(&doc),
            &[ann("ny", 0..3, t)],
            &["nx".to_string()],
        )
        .expect("save Y");
    // X again: its note is there (not deleted with Y's orphan), and so is
    // the note the file was given while it held Y.
    let both = ids(&[ann("nx", 0..1, ""), ann("ny", 0..1, "")]);
    let back = store.load_annotations(HASH, Some(&doc)).expect("load X");
    assert_eq!(ids(&back.annotations), both);
    let saved = store
        .save_annotations(HASH, Some(&doc), &back.annotations, &[])
        .expect("save X again");
    assert_eq!(ids(&saved.annotations), both);
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_corrupt_index_is_made_again_from_the_documents_files() {
    let root = temp_dir("index-again");
    let store = Store::at(&root);
    let doc = root.join("article.txt");
    fs::write(&doc, TEXT).expect("write doc");
    store
        .save_annotations(HASH, Some(&doc), &[ann("a", 0..3, "t")], &[])
        .expect("save");
    fs::write(root.join("annotations/index.json"), b"garbage").expect("corrupt");
    // The article edited since: its notes are found by its path all the same.
    let found = store.load_annotations("ccdd", Some(&doc)).expect("load");
    assert_eq!(found.moved_aside.len(), 1);
    assert_eq!(found.from_hash.as_deref(), Some(HASH));
    assert_eq!(ids(&found.annotations), ids(&[ann("a", 0..1, "")]));
    let _ = fs::remove_dir_all(&root);
}
