//! Two readers (two apps, one store) at once: a note edited in both, edited
//! here and deleted there, labelled or deleted over an old view, and a
//! deletion undone over a newer text; each told what the other did.

use super::*;

/// Two readers (two apps, one store) edit the same note at once: the
/// second save keeps the first's text as a note of its own on the
/// passage, and says so; the first reader sees both on its next save.
#[test]
fn a_note_edited_in_two_readers_at_once_keeps_both_texts() {
    let dir = temp("two-editors");
    let store = Store::at(dir.join("data"));
    let file = dir.join("t.txt");
    std::fs::write(&file, TEXT).expect("file");
    let at = |s: u64| std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000 + s);
    let mut a = app(TEXT);
    let mut b = app(TEXT);
    a.set_clock(at(0));
    load(&store, Some(&file), &mut a);
    note(&mut a, 1, "first");
    save(&store, Some(&file), &mut a);
    b.set_clock(at(1));
    load(&store, Some(&file), &mut b);
    // Both open the note's editor: `a` on the passage edits its note.
    for (reader, time) in [(&mut a, 2), (&mut b, 3)] {
        reader.set_clock(at(time));
        reader.press("v".parse().expect("key"));
        reader.press("a".parse().expect("key"));
        assert!(reader.note_draft().is_none(), "the note's own text");
    }
    type_text(&mut b, " by B");
    b.press("C-s".parse().expect("key"));
    save(&store, Some(&file), &mut b);
    assert!(b.notices().is_empty(), "{:?}", b.notices());
    a.set_clock(at(4));
    type_text(&mut a, " by A");
    a.press("C-s".parse().expect("key"));
    save(&store, Some(&file), &mut a);
    let notes = |app: &App| {
        let mut n: Vec<(String, Option<std::ops::Range<usize>>)> = app
            .annotations()
            .iter()
            .map(|p| (p.annotation.note.clone(), p.span.clone()))
            .collect();
        n.sort_by(|x, y| x.0.cmp(&y.0));
        n
    };
    let both = vec![
        ("first by A".to_string(), Some(0..5)),
        ("first by B".to_string(), Some(0..5)),
    ];
    assert_eq!(notes(&a), both);
    assert_eq!(
        a.notices(),
        ["1 note changed in another qari too: both texts kept"]
    );
    assert_whole_at_100_columns(&mut a);
    // The other reader gets both at its next save, and is not told of
    // a conflict it did not meet.
    b.set_clock(at(5));
    save(&store, Some(&file), &mut b);
    assert_eq!(notes(&b), both);
    assert!(b.notices().is_empty(), "{:?}", b.notices());
    let mut c = app(TEXT);
    load(&store, Some(&file), &mut c);
    assert_eq!(notes(&c), both);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A note edited here and deleted by another reader meanwhile: the
/// edit is kept, and the reader told.
#[test]
fn a_note_edited_here_and_deleted_elsewhere_keeps_the_edit() {
    let dir = temp("edit-deleted");
    let store = Store::at(dir.join("data"));
    let file = dir.join("t.txt");
    std::fs::write(&file, TEXT).expect("file");
    let at = |s: u64| std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000 + s);
    let mut a = app(TEXT);
    let mut b = app(TEXT);
    a.set_clock(at(0));
    note(&mut a, 1, "first");
    save(&store, Some(&file), &mut a);
    a.set_clock(at(1));
    a.press("v".parse().expect("key"));
    a.press("a".parse().expect("key"));
    b.set_clock(at(2));
    load(&store, Some(&file), &mut b);
    b.press("t".parse().expect("key"));
    b.press("Tab".parse().expect("key"));
    b.press("D".parse().expect("key"));
    assert!(b.annotations().is_empty(), "deleted in b");
    save(&store, Some(&file), &mut b);
    a.set_clock(at(3));
    type_text(&mut a, " and more");
    a.press("C-s".parse().expect("key"));
    save(&store, Some(&file), &mut a);
    assert_eq!(a.annotations().len(), 1);
    assert_eq!(a.annotations()[0].annotation.note, "first and more");
    assert_eq!(
        a.notices(),
        ["1 note deleted in another qari: your text is kept"]
    );
    assert_whole_at_100_columns(&mut a);
    let mut c = app(TEXT);
    load(&store, Some(&file), &mut c);
    assert_eq!(c.annotations().len(), 1);
    assert_eq!(c.annotations()[0].annotation.note, "first and more");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The reader's notice, and the document's name after it, are read
/// whole in a 100-column terminal's status bar.
fn assert_whole_at_100_columns(app: &mut App) {
    app.resize(100, 30);
    let bar: String = app
        .screen()
        .status
        .left
        .iter()
        .map(|s| s.text.text.as_str())
        .collect();
    let notice = app.notices().last().expect("a notice").clone();
    assert!(bar.contains(&notice), "{bar:?}");
    assert!(bar.contains("t.txt"), "{bar:?}");
}

/// Two readers share one store with a note on the first word; `b`'s
/// Notes tab is focused. The store's directory, the file, and the two.
fn two_readers(
    name: &str,
    at: impl Fn(u64) -> std::time::SystemTime,
) -> (PathBuf, Store, PathBuf, App, App) {
    let dir = temp(name);
    let store = Store::at(dir.join("data"));
    let file = dir.join("t.txt");
    std::fs::write(&file, TEXT).expect("file");
    let mut a = app(TEXT);
    let mut b = app(TEXT);
    a.set_clock(at(0));
    load(&store, Some(&file), &mut a);
    note(&mut a, 1, "first");
    save(&store, Some(&file), &mut a);
    b.set_clock(at(1));
    load(&store, Some(&file), &mut b);
    for reader in [&mut a, &mut b] {
        reader.press("t".parse().expect("key"));
        reader.press("Tab".parse().expect("key"));
    }
    (dir, store, file, a, b)
}

fn stored_notes(store: &Store, file: &Path) -> Vec<String> {
    let mut c = app(TEXT);
    load(store, Some(file), &mut c);
    c.annotations()
        .iter()
        .map(|p| p.annotation.note.clone())
        .collect()
}

/// `a` edits the note and saves; `b`, still showing the old text,
/// labels its passage: both the label and `a`'s text are kept (`b`'s
/// later save carried its old text over `a`'s).
#[test]
fn a_label_given_over_an_old_view_keeps_the_newer_text() {
    let at = later;
    let (dir, store, file, mut a, mut b) = two_readers("label-changed", at);
    a.set_clock(at(2));
    a.press("E".parse().expect("key"));
    type_text(&mut a, " + A edit");
    a.press("C-s".parse().expect("key"));
    save(&store, Some(&file), &mut a);
    b.set_clock(at(3));
    for key in ["Tab", "v", "l", "1"] {
        b.press(key.parse().expect("key"));
    }
    assert_eq!(
        b.annotations()[0].annotation.note,
        "first",
        "b's view is old"
    );
    save(&store, Some(&file), &mut b);
    let mut c = app(TEXT);
    load(&store, Some(&file), &mut c);
    let stored: Vec<_> = c
        .annotations()
        .iter()
        .map(|p| (p.annotation.note.as_str(), p.annotation.label))
        .collect();
    assert_eq!(stored, [("first + A edit", Some(Label::Person))]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `a` edits the note and saves; `b`, still showing the old text,
/// deletes it: the deletion is not made, `b` gets the newer text and is
/// told, and its `u` has nothing to bring back twice.
#[test]
fn a_deletion_of_a_note_changed_elsewhere_keeps_the_newer_text() {
    let at = later;
    let (dir, store, file, mut a, mut b) = two_readers("delete-changed", at);
    a.set_clock(at(2));
    a.press("E".parse().expect("key"));
    type_text(&mut a, " + A edit");
    a.press("C-s".parse().expect("key"));
    save(&store, Some(&file), &mut a);
    assert_eq!(
        b.annotations()[0].annotation.note,
        "first",
        "b's view is old"
    );
    b.set_clock(at(3));
    b.press("D".parse().expect("key"));
    save(&store, Some(&file), &mut b);
    assert_eq!(stored_notes(&store, &file), ["first + A edit"]);
    assert_eq!(b.annotations().len(), 1);
    assert_eq!(b.annotations()[0].annotation.note, "first + A edit");
    assert_eq!(b.notices(), ["1 note changed in another qari: not deleted"]);
    assert_whole_at_100_columns(&mut b);
    assert_eq!(b.flash(), None, "not \"deleted \u{2014} u undoes\"");
    b.press("u".parse().expect("key"));
    assert_eq!(b.annotations().len(), 1, "nothing to undo");
    // Deleting it again, now that b has read the newer text, deletes it.
    b.set_clock(at(4));
    b.press("D".parse().expect("key"));
    save(&store, Some(&file), &mut b);
    assert!(stored_notes(&store, &file).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

/// `a` deletes the note; `b` edits it and saves (its text kept); `a`'s
/// `u` brings the note back with `b`'s newer text, not its own older
/// one, and says so.
#[test]
fn an_undone_deletion_does_not_overwrite_a_newer_text() {
    let at = later;
    let (dir, store, file, mut a, mut b) = two_readers("undo-changed", at);
    b.set_clock(at(2));
    b.press("E".parse().expect("key"));
    a.set_clock(at(3));
    a.press("D".parse().expect("key"));
    save(&store, Some(&file), &mut a);
    b.set_clock(at(4));
    type_text(&mut b, " + B edit");
    b.press("C-s".parse().expect("key"));
    save(&store, Some(&file), &mut b);
    assert_eq!(stored_notes(&store, &file), ["first + B edit"]);
    a.set_clock(at(5));
    a.press("u".parse().expect("key"));
    save(&store, Some(&file), &mut a);
    assert_eq!(stored_notes(&store, &file), ["first + B edit"]);
    assert_eq!(a.annotations().len(), 1);
    assert_eq!(a.annotations()[0].annotation.note, "first + B edit");
    assert_eq!(
        a.notices(),
        ["1 note restored with another qari's newer text"]
    );
    assert_whole_at_100_columns(&mut a);
    // With nothing changed elsewhere, u brings back the deleted text.
    a.set_clock(at(6));
    a.press("D".parse().expect("key"));
    save(&store, Some(&file), &mut a);
    assert!(stored_notes(&store, &file).is_empty());
    a.set_clock(at(7));
    a.press("u".parse().expect("key"));
    save(&store, Some(&file), &mut a);
    assert_eq!(stored_notes(&store, &file), ["first + B edit"]);
    assert_eq!(a.notices().len(), 1, "{:?}", a.notices());
    let _ = std::fs::remove_dir_all(&dir);
}
