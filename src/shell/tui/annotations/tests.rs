//! The shell's annotations on one store: saved, merged and found again,
//! failures said, and readers sharing the store (`two_readers_tests`). Here are
//! the helpers the tests share: an app on a text, a note typed on its words.

use super::*;
use crate::core::document::Document;
use crate::reader::annotate::Label;
use crate::reader::app::AppOptions;
use crate::reader::keymap::{Key, KeyCode, Keymap};
use qari_layout::LayoutOptions;
use std::path::PathBuf;

const TEXT: &str = "Alice met Bob in Paris.\nBob went home.\n";

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qari-tui-notes-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn app(text: &str) -> App {
    let doc = Document::from_bytes("t.txt", text.as_bytes()).expect("text");
    App::new(
        doc,
        AppOptions::new(LayoutOptions::default(), Keymap::default(), 80, 10),
    )
}

/// Select the first `words` words and write `note` on them.
fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.press(Key::plain(KeyCode::Char(c)));
    }
}

/// The readers' clock is the store's (a save stamps its own time on a
/// tombstone and on a note it keeps), and each key comes after the
/// saves before it, as a person's do (the stamps are milliseconds).
fn later(_: u64) -> std::time::SystemTime {
    std::thread::sleep(std::time::Duration::from_millis(3));
    std::time::SystemTime::now()
}

fn note(app: &mut App, words: usize, note: &str) {
    app.press("v".parse().expect("key"));
    for _ in 1..words {
        app.press("w".parse().expect("key"));
    }
    app.press("a".parse().expect("key"));
    type_text(app, note);
    app.press("C-s".parse().expect("key"));
}

#[test]
fn notes_are_saved_merged_and_found_again_after_the_file_changed() {
    let dir = temp("roundtrip");
    let store = Store::at(dir.join("data"));
    let file = dir.join("t.txt");
    std::fs::write(&file, TEXT).expect("file");
    let mut first = app(TEXT);
    load(&store, Some(&file), &mut first);
    note(&mut first, 2, "who met");
    save(&store, Some(&file), &mut first);
    assert!(first.notices().is_empty(), "{:?}", first.notices());
    let mut again = app(TEXT);
    load(&store, Some(&file), &mut again);
    assert_eq!(again.annotations().len(), 1);
    assert_eq!(again.annotations()[0].annotation.note, "who met");
    assert_eq!(again.annotations()[0].span, Some(0..9));
    assert!(again.notices().is_empty());
    // Text inserted before the passage: found by the file's path and quote.
    let changed = format!("A first line.\n{TEXT}");
    let mut moved = app(&changed);
    load(&store, Some(&file), &mut moved);
    assert_eq!(moved.annotations()[0].span, Some(14..23));
    assert_eq!(
        moved.notices(),
        ["1 annotation found again in the changed text"]
    );
    // Saved at once under the new text's hash: found there directly.
    let mut later = app(&changed);
    load(&store, None, &mut later);
    assert_eq!(later.annotations()[0].span, Some(14..23));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_passage_gone_from_the_text_is_kept_as_an_orphan_and_reported() {
    let dir = temp("orphan");
    let store = Store::at(dir.join("data"));
    let file = dir.join("t.txt");
    let mut first = app(TEXT);
    note(&mut first, 1, "about Alice");
    save(&store, Some(&file), &mut first);
    let mut other = app("Nothing of the old article is left here at all.\n");
    load(&store, Some(&file), &mut other);
    assert_eq!(other.annotations().len(), 1);
    assert_eq!(other.annotations()[0].span, None);
    assert_eq!(other.annotations()[0].annotation.note, "about Alice");
    assert_eq!(
        other.notices(),
        ["1 annotation not found in the text (listed in Notes)"]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_failed_save_is_a_notice_and_the_notes_stay() {
    let dir = temp("unwritable");
    let blocker = dir.join("data");
    std::fs::write(&blocker, b"a file where the store's directory should be").expect("file");
    let store = Store::at(&blocker);
    let mut a = app(TEXT);
    note(&mut a, 1, "kept in memory");
    save(&store, None, &mut a);
    assert_eq!(a.annotations().len(), 1);
    assert_eq!(a.annotations()[0].annotation.note, "kept in memory");
    assert!(
        a.notices()
            .iter()
            .any(|n| n.starts_with("annotations not saved")),
        "{:?}",
        a.notices()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unstored_notes_make_quitting_ask_and_end_up_on_stderr() {
    let dir = temp("quit");
    let blocker = dir.join("data");
    std::fs::write(&blocker, b"not a directory").expect("file");
    let store = Store::at(&blocker);
    let mut a = app(TEXT);
    note(&mut a, 1, "only in memory");
    save(&store, None, &mut a);
    assert!(a.annotations_unsaved());
    assert_eq!(a.flash(), None, "\"note saved\" is taken back");
    // A second failure says nothing new.
    save(&store, None, &mut a);
    assert_eq!(a.notices().len(), 1, "{:?}", a.notices());
    a.press("q".parse().expect("key"));
    assert!(!a.should_quit(), "the first q asks");
    assert!(a.flash().is_some_and(|f| f.contains("q again quits")));
    a.press("q".parse().expect("key"));
    assert!(a.should_quit());
    let report = last_try(Some(&store), None, &mut a).expect("a report");
    assert!(report.starts_with("qari: warning: 1 annotation not stored"));
    assert!(report.contains(r#""note":"only in memory""#), "{report}");
    // Once the store takes them, nothing is asked or reported.
    let good = Store::at(dir.join("good"));
    assert_eq!(last_try(Some(&good), None, &mut a), None);
    assert!(!a.annotations_unsaved());
    let mut b = app(TEXT);
    note(&mut b, 1, "stored");
    save(&good, None, &mut b);
    b.press("q".parse().expect("key"));
    assert!(b.should_quit());
    assert_eq!(last_try(Some(&good), None, &mut b), None);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_store_that_does_not_parse_is_reported_and_left_aside() {
    let dir = temp("corrupt");
    let store = Store::at(dir.join("data"));
    let a = app(TEXT);
    let hash = a.document().hash.clone();
    let notes = dir.join("data").join("annotations");
    std::fs::create_dir_all(&notes).expect("dir");
    std::fs::write(notes.join(format!("{hash}.json")), b"{ not json").expect("write");
    let mut a = a;
    load(&store, None, &mut a);
    assert!(a.annotations().is_empty());
    assert!(
        a.notices()[0].starts_with("annotations store did not parse; kept aside as"),
        "{:?}",
        a.notices()
    );
    let aside = std::fs::read_dir(&notes)
        .expect("dir")
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().contains(".corrupt-"));
    assert!(aside, "the unreadable file is kept");
    let _ = std::fs::remove_dir_all(&dir);
}

mod two_readers_tests;
