//! The shell's side of annotations: loading them when a document is open and
//! saving them after every change, through the store.
//!
//! Loading places the stored annotations in the current text (re-anchoring
//! them when the text changed) and tells the reader what could not be placed
//! or which store file did not parse. Saving merges with what another qari
//! process may have stored meanwhile and hands the merged set back to the app.
//! A failure is a notice, never a loss: the app keeps its set in memory and
//! the next change saves it again.

use crate::reader::annotate::{place_all, place_all_with_outcomes, Annotation, ReanchorOutcome};
use crate::reader::app::App;
use crate::reader::messages::Msg;
use crate::store::{Changes, Store};
use std::path::Path;
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
mod tests;
