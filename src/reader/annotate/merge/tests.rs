//! Merging two sets of annotations by id: the later modification, tombstones,
//! and two edits of one note kept both.

use super::*;

fn ann(id: &str, start: usize, modified: &str) -> Annotation {
    let mut a = Annotation::new(
        id.into(),
        "abcdefghij",
        start..start + 1,
        "2026-01-01T00:00:00.000Z",
    );
    a.modified = modified.into();
    a
}

fn tomb(id: &str, deleted: &str) -> Tombstone {
    Tombstone {
        id: id.into(),
        deleted: deleted.into(),
    }
}

const T1: &str = "2026-01-01T00:00:01.000Z";
const T2: &str = "2026-01-01T00:00:02.000Z";
const T3: &str = "2026-01-01T00:00:03.000Z";

#[test]
fn union_by_id_later_modification_wins_in_text_order() {
    let mut newer = ann("x", 5, T2);
    newer.note = "newer".into();
    let (merged, deleted) = merge(
        vec![ann("x", 5, T1), ann("y", 1, T1)],
        vec![],
        vec![newer.clone(), ann("z", 9, T1)],
        vec![],
    );
    assert_eq!(
        merged.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["y", "x", "z"]
    );
    assert_eq!(merged[1].note, "newer");
    assert!(deleted.is_empty());
    // Either order of the two sides gives the newer version.
    let (merged, _) = merge(vec![newer], vec![], vec![ann("x", 5, T1)], vec![]);
    assert_eq!(merged[0].note, "newer");
}

fn noted(id: &str, note: &str, modified: &str) -> Annotation {
    let mut a = ann(id, 2, modified);
    a.note = note.into();
    a
}

fn base(id: &str, note: &str, modified: &str) -> EditBase {
    EditBase {
        id: id.into(),
        note: note.into(),
        modified: modified.into(),
        change: Change::Edited,
    }
}

fn based(change: Change, id: &str, note: &str, modified: &str) -> EditBase {
    EditBase {
        change,
        ..base(id, note, modified)
    }
}

#[test]
fn a_note_changed_elsewhere_keeps_both_texts() {
    // Opened at T1 with "first"; another process saved "theirs" at T3;
    // mine, typed at T2, is older than theirs and would lose the merge.
    let stored = [noted("x", "theirs", T3)];
    let mut mine = vec![noted("x", "mine", T2)];
    let met = keep_both(
        &stored,
        &[],
        &mut mine,
        &mut vec![],
        &[base("x", "first", T1)],
        T3,
    );
    assert_eq!(met.changed.len(), 1);
    assert!(met.deleted.is_empty());
    let (merged, _) = merge(stored.to_vec(), vec![], mine, vec![]);
    let notes: Vec<(&str, &str)> = merged
        .iter()
        .map(|a| (a.id.as_str(), a.note.as_str()))
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes.contains(&("x", "mine")), "{notes:?}");
    assert!(
        notes.contains(&(met.changed[0].as_str(), "theirs")),
        "{notes:?}"
    );
    assert_eq!(merged[0].position, merged[1].position, "the same passage");
    // The copy knows whose text it keeps; the note itself keeps none.
    let copy = merged.iter().find(|a| a.note == "theirs").expect("copy");
    assert_eq!(copy.kept_from.as_deref(), Some("x"));
    let own = merged.iter().find(|a| a.note == "mine").expect("own");
    assert_eq!(own.kept_from, None);
    // Met again (a retried save, the other process): one copy still.
    let mut again = merged.clone();
    let met2 = keep_both(
        &stored,
        &[],
        &mut again,
        &mut vec![],
        &[base("x", "first", T1)],
        T3,
    );
    assert_eq!(met2.changed, met.changed);
    assert_eq!(again.len(), 2);
}

#[test]
fn nothing_is_met_when_the_stored_note_is_the_base_or_mine() {
    for stored in [noted("x", "first", T1), noted("x", "mine", T3)] {
        let mut mine = vec![noted("x", "mine", T2)];
        let met = keep_both(
            &[stored],
            &[],
            &mut mine,
            &mut vec![],
            &[base("x", "first", T1)],
            T3,
        );
        assert_eq!(met, Met::default());
        assert_eq!(mine.len(), 1);
    }
    // Saved without typing: the other text is taken, not overwritten.
    let mut mine = vec![noted("x", "first", T2)];
    let met = keep_both(
        &[noted("x", "theirs", T1)],
        &[],
        &mut mine,
        &mut vec![],
        &[base("x", "first", "2026-01-01T00:00:00.000Z")],
        T3,
    );
    assert_eq!(met, Met::default());
    assert_eq!(mine[0].note, "theirs");
}

#[test]
fn a_note_deleted_elsewhere_keeps_the_edit_unless_nothing_was_typed() {
    let gone = [tomb("x", T2)];
    let mut mine = vec![noted("x", "mine", T1)];
    let met = keep_both(
        &[],
        &gone,
        &mut mine,
        &mut vec![],
        &[base("x", "first", T1)],
        T3,
    );
    assert_eq!(met.deleted, ["x"]);
    let (merged, _) = merge(vec![], gone.to_vec(), mine, vec![]);
    assert_eq!(merged.len(), 1, "the edit outlives the tombstone");
    assert_eq!(merged[0].note, "mine");
    let mut mine = vec![noted("x", "first", T3)];
    let met = keep_both(
        &[],
        &gone,
        &mut mine,
        &mut vec![],
        &[base("x", "first", T1)],
        T3,
    );
    assert_eq!(met, Met::default());
    assert!(mine.is_empty(), "nothing typed: the deletion stands");
}

#[test]
fn a_deletion_of_a_note_changed_elsewhere_since_is_taken_back() {
    // Read "first" at T1; another process saved "theirs" at T2; this
    // reader, still showing "first", deletes it.
    let stored = [noted("x", "theirs", T2)];
    let mut deleting = vec!["x".to_string()];
    let bases = [based(Change::Deleted, "x", "first", T1)];
    let met = keep_both(&stored, &[], &mut vec![], &mut deleting, &bases, T3);
    assert_eq!(met.not_deleted, ["x"]);
    assert!(deleting.is_empty(), "no tombstone for it");
    let (merged, _) = merge(stored.to_vec(), vec![], vec![], vec![]);
    assert_eq!(merged[0].note, "theirs");
    // Unchanged since, or changed in its label only: the deletion stands.
    for stored in [noted("x", "first", T1), noted("x", "first", T2)] {
        let mut deleting = vec!["x".to_string()];
        let met = keep_both(&[stored], &[], &mut vec![], &mut deleting, &bases, T3);
        assert_eq!(met, Met::default());
        assert_eq!(deleting, ["x"]);
    }
}

#[test]
fn an_undone_deletion_takes_a_newer_text_and_outlives_its_tombstone() {
    // Deleted here at T1 ("first", modified T0); another process kept
    // its edit "theirs" at T2; the deletion is undone at T3.
    let t0 = "2026-01-01T00:00:00.000Z";
    let bases = [based(Change::Restored, "x", "first", t0)];
    let stored = [noted("x", "theirs", T2)];
    let gone = [tomb("x", T1)];
    let mut mine = vec![noted("x", "first", T3)];
    let met = keep_both(&stored, &gone, &mut mine, &mut vec![], &bases, T3);
    assert_eq!(met.restored_newer, ["x"]);
    assert_eq!(mine.len(), 1, "no copy: the older text was deleted here");
    let (merged, _) = merge(stored.to_vec(), gone.to_vec(), mine, vec![]);
    assert_eq!(merged.len(), 1);
    assert_eq!(
        merged[0].note, "theirs",
        "the newer text is not overwritten"
    );
    // Nothing changed elsewhere: its own tombstone does not take it back.
    let mut mine = vec![noted("x", "first", T3)];
    let met = keep_both(&[], &gone, &mut mine, &mut vec![], &bases, T3);
    assert_eq!(met, Met::default());
    let (merged, _) = merge(vec![], gone.to_vec(), mine, vec![]);
    assert_eq!(merged[0].note, "first");
}

#[test]
fn tombstones_remove_and_stay_unless_modified_later() {
    let (merged, deleted) = merge(vec![ann("x", 0, T1)], vec![], vec![], vec![tomb("x", T2)]);
    assert!(merged.is_empty());
    assert_eq!(deleted, vec![tomb("x", T2)]);
    let (merged, deleted) = merge(vec![ann("x", 0, T1)], deleted, vec![], vec![]);
    assert!(merged.is_empty(), "a stale copy does not come back");
    assert_eq!(deleted.len(), 1);
    let (merged, deleted) = merge(vec![], deleted, vec![ann("x", 0, T3)], vec![]);
    assert_eq!(merged.len(), 1, "restored after the deletion");
    assert!(deleted.is_empty());
}
