//! PURE: merging two versions of one document's annotations, as two qari
//! processes annotating it at once produce them.
//!
//! By id, the later `modified` wins (times are fixed-width RFC 3339 UTC, so
//! string order is time order). A deletion is a tombstone with its time: it
//! removes the annotation unless that was modified after it (an undone
//! deletion saves the annotation with a new `modified`), and it is kept, so a
//! process that still holds the annotation cannot bring it back by merging.

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
