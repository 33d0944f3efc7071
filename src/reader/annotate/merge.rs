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
mod tests;
