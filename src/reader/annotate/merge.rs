//! PURE: merging two versions of one document's annotations, as two qari
//! processes annotating it at once produce them.
//!
//! By id, the later `modified` wins (times are fixed-width RFC 3339 UTC, so
//! string order is time order). A deletion is a tombstone with its time: it
//! removes the annotation unless that was modified after it (an undone
//! deletion saves the annotation with a new `modified`), and it is kept, so a
//! process that still holds the annotation cannot bring it back by merging.
//!
//! A note two readers edit at once is one annotation changed twice, and the
//! later `modified` alone would drop the other's text. A save that knows
//! where its edit started ([`EditBase`]) first meets the stored version
//! ([`keep_both`]): a text changed there meanwhile is kept as an annotation
//! of its own on the same passage, a deletion there does not take the edit.
//! Deletions and undone deletions know where they started too: a note
//! deleted here whose stored text changed since this reader last read it is
//! not deleted, and a deletion undone here does not put back an older text
//! over a newer one saved meanwhile.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Annotation;

/// A deleted annotation, remembered so that merges do not resurrect it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    pub id: String,
    /// RFC 3339 UTC, as [`ids::rfc3339`].
    pub deleted: String,
}

/// Where a change of a note started: the annotation's note and `modified`
/// as this reader last had them (when the editor opened on it, when it was
/// deleted, before the deletion that is undone), and what the change is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditBase {
    pub id: String,
    pub note: String,
    pub modified: String,
    pub change: Change,
}

/// What a reader did to a note since its [`EditBase`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Its text was edited.
    Edited,
    /// It was deleted.
    Deleted,
    /// Its deletion was undone: it comes back as it was.
    Restored,
}

/// What edits met in the store ([`keep_both`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Met {
    /// Notes changed elsewhere since the edit began: the ids of the copies
    /// that keep the other text.
    pub changed: Vec<String>,
    /// Notes deleted elsewhere since the edit began: their ids, kept with
    /// the edited text.
    pub deleted: Vec<String>,
    /// Notes deleted here whose text another process changed since this
    /// reader read it: their ids, not deleted.
    pub not_deleted: Vec<String>,
    /// Deletions undone here of notes another process saved a newer text
    /// of meanwhile: their ids, back with that text.
    pub restored_newer: Vec<String>,
}

/// Before `mine` is merged with what is `stored`: for each edit in `bases`
/// whose annotation is in `mine`, what happened to the stored note since
/// the edit began.
/// - Changed to a text neither the base nor mine: the stored version joins
///   `mine` as an annotation of its own on the same passage (its note, no
///   label; its id the note's and the stored `modified`'s digits, so two
///   processes meeting the same change make one copy), and mine is
///   modified `now` at the earliest, so that it wins the merge.
/// - Changed while mine is still the base's text (saved without typing):
///   mine takes the stored text.
/// - Deleted: mine is kept and modified `now` at the earliest, so that it
///   outlives the tombstone; unless its text is still the base's, then the
///   deletion stands.
///
/// A deletion undone here ([`Change::Restored`]) is mine with the base's
/// text: a newer text stored meanwhile is taken (and said, in
/// `restored_newer`), and a tombstone, its own or another's, does not take
/// it. A deletion here ([`Change::Deleted`], its id in `deleting`) of a note
/// whose stored text changed since the base is taken back: the id leaves
/// `deleting`, the stored note stays (and is said, in `not_deleted`).
pub fn keep_both(
    stored: &[Annotation],
    stored_deleted: &[Tombstone],
    mine: &mut Vec<Annotation>,
    deleting: &mut Vec<String>,
    bases: &[EditBase],
    now: &str,
) -> Met {
    let mut met = Met::default();
    let mut copies = Vec::new();
    let mut dropped = Vec::new();
    for base in bases {
        let changed_since = |theirs: &&Annotation| {
            theirs.id == base.id && theirs.modified != base.modified && theirs.note != base.note
        };
        if base.change == Change::Deleted {
            if deleting.contains(&base.id) && stored.iter().any(|a| changed_since(&a)) {
                deleting.retain(|id| *id != base.id);
                met.not_deleted.push(base.id.clone());
            }
            continue;
        }
        let Some(ann) = mine.iter_mut().find(|a| a.id == base.id) else {
            continue;
        };
        let typed = ann.note != base.note;
        let restored = base.change == Change::Restored;
        match stored.iter().find(|a| a.id == base.id) {
            Some(theirs) if changed_since(&theirs) => {
                if !typed {
                    ann.note.clone_from(&theirs.note);
                    if restored {
                        at_least(&mut ann.modified, now);
                        met.restored_newer.push(base.id.clone());
                    }
                    continue;
                }
                if theirs.note == ann.note || theirs.note.trim().is_empty() {
                    continue;
                }
                let digits: String = theirs
                    .modified
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                let copy = Annotation {
                    id: format!("{}-{digits}", theirs.id),
                    label: None,
                    modified: now.to_string(),
                    kept_from: Some(theirs.id.clone()),
                    ..theirs.clone()
                };
                at_least(&mut ann.modified, now);
                met.changed.push(copy.id.clone());
                copies.push(copy);
            }
            Some(_) => {}
            None => {
                let deleted_since = stored_deleted
                    .iter()
                    .any(|t| t.id == base.id && t.deleted > base.modified);
                if !deleted_since {
                    continue;
                }
                if restored {
                    at_least(&mut ann.modified, now);
                    continue;
                }
                if !typed {
                    dropped.push(base.id.clone());
                    continue;
                }
                at_least(&mut ann.modified, now);
                met.deleted.push(base.id.clone());
            }
        }
    }
    mine.retain(|a| !dropped.contains(&a.id));
    for copy in copies {
        if mine.iter().all(|a| a.id != copy.id) {
            mine.push(copy);
        }
    }
    met
}

/// `modified` made `now` when it is earlier, so that it wins the merge.
fn at_least(modified: &mut String, now: &str) {
    if modified.as_str() < now {
        *modified = now.to_string();
    }
}

/// Merge two versions of a document's annotations: by id, the later
/// `modified` wins (the second set on a tie); a tombstone removes an
/// annotation not modified after it. Returns annotations in order of their
/// position, and the tombstones to keep.
pub fn merge(
    a: Vec<Annotation>,
    a_deleted: Vec<Tombstone>,
    b: Vec<Annotation>,
    b_deleted: Vec<Tombstone>,
) -> (Vec<Annotation>, Vec<Tombstone>) {
    let mut by_id: HashMap<String, Annotation> = HashMap::new();
    for ann in a.into_iter().chain(b) {
        match by_id.get(&ann.id) {
            Some(old) if old.modified > ann.modified => {}
            _ => {
                by_id.insert(ann.id.clone(), ann);
            }
        }
    }
    let mut tombs: HashMap<String, String> = HashMap::new();
    for t in a_deleted.into_iter().chain(b_deleted) {
        let entry = tombs.entry(t.id).or_default();
        if t.deleted > *entry {
            *entry = t.deleted;
        }
    }
    by_id.retain(|id, ann| tombs.get(id).is_none_or(|deleted| ann.modified > *deleted));
    tombs.retain(|id, _| !by_id.contains_key(id));
    let mut annotations: Vec<Annotation> = by_id.into_values().collect();
    annotations.sort_by(|x, y| {
        (x.position.start, x.position.end, &x.created, &x.id).cmp(&(
            y.position.start,
            y.position.end,
            &y.created,
            &y.id,
        ))
    });
    let mut deleted: Vec<Tombstone> = tombs
        .into_iter()
        .map(|(id, deleted)| Tombstone { id, deleted })
        .collect();
    deleted.sort_by(|x, y| x.id.cmp(&y.id));
    (annotations, deleted)
}

#[cfg(test)]
mod tests {
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
}
