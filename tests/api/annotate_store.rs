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

mod by_path;
mod kill;
mod shared_text;
mod unreadable;
