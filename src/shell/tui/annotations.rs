//! The shell's side of annotations: loading them when a document is open and
//! saving them after every change, through the store.
//!
//! Loading places the stored annotations in the current text (re-anchoring
//! them when the text changed) and tells the reader what could not be placed
//! or which store file did not parse. Saving merges with what another qari
//! process may have stored meanwhile and hands the merged set back to the app.
//! A failure is a notice, never a loss: the app keeps its set in memory and
//! the next change saves it again.

use crate::reader::messages::Msg;
use std::path::Path;

use crate::reader::annotate::{place_all, place_all_with_outcomes, Annotation, ReanchorOutcome};
use crate::reader::app::App;
use crate::store::{Changes, Store};

/// The whole document is there: find its stored annotations, place them in
/// its text, and report orphans, re-found ones and unreadable stores. Notes
/// made on a first piece (offsets valid in the whole) are kept.
pub(super) fn load(store: &Store, path: Option<&Path>, app: &mut App) {
    let loaded = match store.load_annotations(&app.document().hash, path) {
        Ok(loaded) => loaded,
        Err(err) => {
            app.notify(app.interface().failed(Msg::Annotations, &err));
            return;
        }
    };
    for aside in &loaded.moved_aside {
        app.notify(moved_aside(app, aside));
    }
    for why in &loaded.unreadable {
        app.notify(why.clone());
    }
    let earlier: Vec<_> = app.annotations().to_vec();
    let outcomes = place_all_with_outcomes(app.document().text(), loaded.annotations);
    let count = |f: fn(ReanchorOutcome) -> bool| outcomes.iter().filter(|(_, o)| f(*o)).count();
    let orphans = count(|o| o == ReanchorOutcome::Orphaned);
    let moved = count(|o| matches!(o, ReanchorOutcome::Moved | ReanchorOutcome::Fuzzy { .. }));
    let ui = app.interface();
    if orphans > 0 {
        app.notify(ui.say_count(Msg::NotesNotFound, orphans, &[]));
    }
    if moved > 0 {
        app.notify(ui.say_count(Msg::NotesFoundAgain, moved, &[]));
    }
    let mut placed: Vec<_> = outcomes.into_iter().map(|(p, _)| p).collect();
    // New places (and a changed text's new hash) are saved at once.
    let unsaved = !earlier.is_empty() || loaded.from_hash.is_some() || moved > 0;
    for p in earlier {
        if placed.iter().all(|q| q.annotation.id != p.annotation.id) {
            placed.push(p);
        }
    }
    app.set_annotations(placed);
    if unsaved {
        save(store, path, app);
    }
}

/// Store the app's annotations (selectors of where they are now) with the ids
/// it deleted, and give it back the merged set.
pub(super) fn save(store: &Store, path: Option<&Path>, app: &mut App) {
    if let Err(message) = try_save(store, path, app) {
        app.annotations_not_saved(message);
    }
}

/// The reader is ending: annotations not stored yet get a last try. What
/// still is not stored comes back as a message with the annotations as JSON
/// Lines, for standard error, so quitting loses nothing.
pub(super) fn last_try(
    store: Option<&Store>,
    path: Option<&Path>,
    app: &mut App,
) -> Option<String> {
    if !app.annotations_unsaved() {
        return None;
    }
    let why = match store {
        Some(_) if app.loading() => "the file was not read to its end".to_string(),
        Some(store) => match try_save(store, path, app) {
            Ok(()) => return None,
            Err(message) => message,
        },
        None => "no store".to_string(),
    };
    let lines = crate::reader::annotate::export::jsonl::to_json_lines(
        app.document().text(),
        app.annotations(),
    );
    Some(format!(
        "qari: warning: {} not stored ({why}); here they are as JSON Lines:\n{lines}",
        crate::core::notice::counted(app.annotations().len(), "annotation")
    ))
}

/// The reader is ending with a note being written: its text, for standard
/// error, since the editor is gone with the screen.
pub(super) fn draft_report(app: &App) -> Option<String> {
    let draft = app.note_draft()?;
    Some(format!(
        "qari: warning: the note being written was not saved; its text:\n{draft}\n"
    ))
}

fn try_save(store: &Store, path: Option<&Path>, app: &mut App) -> Result<(), String> {
    if app.loading() {
        // No hash yet: saved once the whole document is there.
        return Ok(());
    }
    let text = app.document().text();
    if text.trim().is_empty() {
        // An emptied file (a failed download) shows its notes as orphans,
        // but they are not filed under the empty text: every empty file and
        // empty input has that hash, and would show them. A deletion made
        // there is not stored either, and is said to be (the notes are then
        // kept as unsaved ones are).
        if app.deleted_annotations().is_empty() {
            return Ok(());
        }
        return Err("the text is empty: notes are not stored for it".to_string());
    }
    let annotations: Vec<Annotation> = app
        .annotations()
        .iter()
        .map(|p| p.refreshed(text))
        .collect();
    let not_found: Vec<String> = app
        .annotations()
        .iter()
        .filter(|p| p.span.is_none())
        .map(|p| p.annotation.id.clone())
        .collect();
    let hash = app.document().hash.clone();
    let changes = Changes {
        annotations: &annotations,
        deleted_ids: app.deleted_annotations(),
        bases: app.note_edits(),
        name: Some(&app.document().name),
        not_found: &not_found,
    };
    let saving = store.save_changes(&hash, path, &changes);
    match saving {
        Ok(saved) => {
            for aside in &saved.moved_aside {
                app.notify(moved_aside(app, aside));
            }
            for bad in &saved.unparsable {
                let said = app
                    .interface()
                    .say(Msg::StoreNotMerged, &[("path", &bad.display())]);
                app.notify(said);
            }
            let placed = place_all(app.document().text(), saved.annotations);
            app.annotations_saved(placed);
            app.notes_met_elsewhere(&saved.met);
            Ok(())
        }
        Err(err) => Err(app.interface().say(Msg::NotesNotSaved, &[("err", &err)])),
    }
}

fn moved_aside(app: &App, path: &Path) -> String {
    app.interface()
        .say(Msg::StoreMovedAside, &[("path", &path.display())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;
    use crate::reader::annotate::Label;
    use crate::reader::app::AppOptions;
    use crate::reader::keymap::{Key, KeyCode, Keymap};
    use qari_layout::LayoutOptions;
    use std::path::PathBuf;

    const TEXT: &str = "Alice met Bob in Paris.\nBob went home.\n";

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("qari-tui-notes-{name}-{}", std::process::id()));
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
}
