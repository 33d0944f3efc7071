//! The annotation store on a real file system: round trips, finding a changed
//! document by its path, corrupt files moved aside, concurrent savers,
//! tombstones, and a process killed while saving.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use qari::reader::annotate::{Annotation, Label};
use qari::store::{AnnotationFile, Store};

const TEXT: &str = "قال الرئيس توكاييف إن البلاد تواجه محاولة انقلاب.\nوأضاف أن القوات ستبقى.";
const HASH: &str = "00aa11bb";

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qari-annot-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("mkdir");
    dir
}

fn ann(id: &str, span: std::ops::Range<usize>, time: &str) -> Annotation {
    Annotation::new(id.to_string(), TEXT, span, time)
}

fn ids(anns: &[Annotation]) -> BTreeSet<String> {
    anns.iter().map(|a| a.id.clone()).collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn annotations_round_trip_with_notes_and_labels() {
    let root = temp_dir("roundtrip");
    let store = Store::at(&root);
    let empty = store.load_annotations(HASH, None).expect("load");
    assert!(empty.annotations.is_empty() && empty.moved_aside.is_empty());

    let mut a = ann("a1", 4..10, "2026-01-01T00:00:00.000Z");
    a.note = "ملاحظة\nsecond line".to_string();
    let mut b = ann("b2", 11..18, "2026-01-01T00:00:01.000Z");
    b.label = Some(Label::Person);
    let saved = store
        .save_annotations(HASH, None, &[b.clone(), a.clone()], &[])
        .expect("save");
    assert_eq!(
        saved.annotations,
        vec![a.clone(), b.clone()],
        "in text order"
    );

    let loaded = store.load_annotations(HASH, None).expect("load");
    assert_eq!(loaded.annotations, vec![a, b]);
    assert_eq!(loaded.from_hash, None);
    let dir = root.join("annotations");
    assert!(dir.join(format!("{HASH}.json")).is_file());
    assert!(
        files_in(&dir).iter().all(|n| !n.ends_with(".tmp")),
        "temporary files left: {:?}",
        files_in(&dir)
    );
    assert!(store.load_annotations("../x", None).is_err());
    let _ = fs::remove_dir_all(&root);
}

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
fn a_corrupt_store_is_moved_aside_and_reported() {
    let root = temp_dir("corrupt");
    let store = Store::at(&root);
    let dir = root.join("annotations");
    fs::create_dir_all(&dir).expect("mkdir");
    let file = dir.join(format!("{HASH}.json"));
    fs::write(&file, b"{\"version\":1,\"annotations\":[ torn").expect("write");
    let loaded = store.load_annotations(HASH, None).expect("load");
    assert!(loaded.annotations.is_empty());
    assert_eq!(loaded.moved_aside.len(), 1);
    let aside = &loaded.moved_aside[0];
    let name = aside.file_name().expect("name").to_string_lossy();
    assert!(
        name.starts_with(&format!("{HASH}.json.corrupt-")),
        "moved to {name}"
    );
    assert_eq!(
        fs::read(aside).expect("kept"),
        b"{\"version\":1,\"annotations\":[ torn"
    );
    assert!(!file.exists());
    // Saving over a corrupt file (appeared after loading) moves it aside too.
    fs::write(&file, b"garbage").expect("write");
    let saved = store
        .save_annotations(HASH, None, &[ann("a1", 0..3, "t")], &[])
        .expect("save");
    assert_eq!(saved.moved_aside.len(), 1);
    assert_eq!(fs::read(&saved.moved_aside[0]).expect("kept"), b"garbage");
    let corrupt = files_in(&dir)
        .into_iter()
        .filter(|n| n.contains(".corrupt-"))
        .count();
    assert_eq!(corrupt, 2, "{:?}", files_in(&dir));
    assert_eq!(
        store
            .load_annotations(HASH, None)
            .expect("load")
            .annotations,
        vec![ann("a1", 0..3, "t")]
    );
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn the_later_modification_wins_and_tombstones_stay() {
    let root = temp_dir("tombstones");
    let store = Store::at(&root);
    let a = ann("a", 0..3, "2026-01-01T00:00:00.000Z");
    let b = ann("b", 4..10, "2026-01-01T00:00:00.000Z");
    store
        .save_annotations(HASH, None, &[a.clone(), b.clone()], &[])
        .expect("save");
    // Another process edits `a`'s note later; a stale copy must not undo it.
    let mut a_new = a.clone();
    a_new.note = "newer".to_string();
    a_new.modified = "2026-01-02T00:00:00.000Z".to_string();
    store
        .save_annotations(HASH, None, &[a_new.clone()], &[])
        .expect("save");
    let merged = store
        .save_annotations(HASH, None, std::slice::from_ref(&a), &[])
        .expect("save stale");
    assert_eq!(merged.annotations[0].note, "newer");
    // Deleting `b` keeps a tombstone: a process still holding `b` cannot bring it back.
    let after = store
        .save_annotations(HASH, None, &[], &["b".to_string()])
        .expect("delete");
    assert_eq!(ids(&after.annotations), ids(std::slice::from_ref(&a)));
    let stale = store
        .save_annotations(HASH, None, &[a_new.clone(), b.clone()], &[])
        .expect("stale save");
    assert_eq!(ids(&stale.annotations), ids(std::slice::from_ref(&a)));
    let loaded = store.load_annotations(HASH, None).expect("load");
    assert_eq!(loaded.deleted, vec!["b".to_string()]);
    // Restoring it (an undone deletion) gives it a newer modification time.
    let mut b_back = b;
    b_back.modified =
        qari::reader::annotate::ids::rfc3339(SystemTime::now() + Duration::from_secs(5));
    let restored = store
        .save_annotations(HASH, None, &[b_back], &[])
        .expect("restore");
    assert_eq!(restored.annotations.len(), 2);
    assert!(store
        .load_annotations(HASH, None)
        .expect("load")
        .deleted
        .is_empty());
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn two_concurrent_savers_keep_both_sets() {
    let root = temp_dir("concurrent");
    let per_thread = 25;
    let workers: Vec<_> = ["x", "y"]
        .into_iter()
        .map(|who| {
            let store = Store::at(&root);
            std::thread::spawn(move || {
                // Each writer only knows its own annotations, as two readers would.
                let mut mine = Vec::new();
                for i in 0..per_thread {
                    mine.push(ann(
                        &format!("{who}{i}"),
                        i..i + 2,
                        "2026-01-01T00:00:00.000Z",
                    ));
                    store
                        .save_annotations(HASH, None, &mine, &[])
                        .expect("save");
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("thread");
    }
    let loaded = Store::at(&root).load_annotations(HASH, None).expect("load");
    assert_eq!(loaded.annotations.len(), 2 * per_thread);
    assert!(loaded.moved_aside.is_empty());
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
fn saving_from_a_corrupt_previous_store_takes_no_second_lock() {
    let root = temp_dir("nosecondlock");
    let store = Store::at(&root);
    let doc = root.join("article.txt");
    fs::write(&doc, TEXT).expect("write doc");
    store
        .save_annotations(HASH, Some(&doc), &[ann("a1", 4..10, "t1")], &[])
        .expect("save");
    let dir = root.join("annotations");
    let old = dir.join(format!("{HASH}.json"));
    fs::write(&old, b"torn {").expect("corrupt");
    // Another process is saving the old hash (and may be waiting for ours).
    let held = fs::OpenOptions::new()
        .write(true)
        .open(dir.join(format!("{HASH}.lock")))
        .expect("open lock");
    held.lock().expect("lock");
    let (done, result) = std::sync::mpsc::channel();
    let (saver_root, saver_doc) = (root.clone(), doc.clone());
    std::thread::spawn(move || {
        let store = Store::at(&saver_root);
        let b2 = ann("b2", 11..18, "t2");
        let _ = done.send(store.save_annotations("ccdd", Some(&saver_doc), &[b2], &[]));
    });
    let saved = result
        .recv_timeout(Duration::from_secs(10))
        .expect("the save waited for the old hash's lock")
        .expect("save");
    drop(held);
    assert_eq!(saved.unparsable, vec![old.clone()]);
    assert!(saved.moved_aside.is_empty());
    assert_eq!(ids(&saved.annotations), ids(&[ann("b2", 0..1, "")]));
    let stored: AnnotationFile =
        serde_json::from_slice(&fs::read(dir.join("ccdd.json")).expect("saved")).expect("parse");
    assert_eq!(ids(&stored.annotations), ids(&[ann("b2", 0..1, "")]));
    // Left in place for the old hash's own load, which moves it aside.
    assert_eq!(fs::read(&old).expect("left in place"), b"torn {");
    let loaded = store.load_annotations(HASH, None).expect("load old");
    assert_eq!(loaded.moved_aside.len(), 1);
    assert_eq!(fs::read(&loaded.moved_aside[0]).expect("kept"), b"torn {");
    assert!(!old.exists());
    let _ = fs::remove_dir_all(&root);
}

mod kill;
mod shared_text;
mod unreadable;

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
