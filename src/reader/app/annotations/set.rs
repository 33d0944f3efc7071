//! The document's annotations as the reader holds them: placed in the text
//! (or orphaned), the deletions not yet stored, their undo, the
//! recogniser's raw result that corrections and labels correct, the
//! corrections kept for every document, and the clock and id source
//! the shell hands in (the app never reads the clock itself).

use std::ops::Range;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::reader::annotate::corrections::Lexicon;
use crate::reader::annotate::ids::{self, IdSource};
use crate::reader::annotate::merge::{Change, EditBase};
use crate::reader::annotate::{Annotation, Label, Placed};
use qari_recognize::stream::Found;
use qari_recognize::Recognition;

/// Deletions `u` can bring back, the oldest forgotten first.
const UNDO_DEPTH: usize = 100;

/// The annotations and what is not stored of them (a field of the app).
#[derive(Debug, Default)]
pub struct Annotations {
    /// Placed ones in document order, then the orphaned.
    placed: Vec<Placed>,
    /// Ids deleted since the last successful save.
    deleted: Vec<String>,
    /// Where the notes edited, deleted or brought back since the last
    /// successful save started, one per note (its first change's), so the
    /// store keeps a text another process saved meanwhile.
    bases: Vec<EditBase>,
    /// The deletions, last on top, for `u` (each `u` brings one back), at
    /// most [`UNDO_DEPTH`].
    undo: Vec<Placed>,
    /// The shell's time, for created / modified (the epoch until told).
    now: Option<SystemTime>,
    /// Where new ids come from (the shell's, seeded per process).
    ids: Option<IdSource>,
    /// Annotations made without an id source (tests): part of their ids.
    made: u64,
    /// The recogniser's own result, before corrections and labels (shared
    /// with the panel's rows while nothing corrects it).
    raw: Option<Arc<Recognition>>,
    /// The reader's corrections, kept for every document.
    lexicon: Lexicon,
    /// A change is not in the store yet (a save failed, or the document is
    /// still loading).
    unsaved: bool,
}

impl Annotations {
    /// Placed ones in document order, then the orphaned.
    pub fn placed(&self) -> &[Placed] {
        &self.placed
    }

    /// Ids deleted since the last save, for the store's merge.
    pub fn deleted(&self) -> &[String] {
        &self.deleted
    }

    pub fn len(&self) -> usize {
        self.placed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.placed.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<&Placed> {
        self.placed.get(index)
    }

    /// Some annotation is placed in the text (the gutter is needed).
    pub fn any_placed(&self) -> bool {
        self.placed.iter().any(|p| p.span.is_some())
    }

    /// The annotation placed exactly on `span`.
    pub fn on(&self, span: &Range<usize>) -> Option<&Placed> {
        self.placed.iter().find(|p| p.span.as_ref() == Some(span))
    }

    pub fn on_mut(&mut self, span: &Range<usize>) -> Option<&mut Placed> {
        self.placed
            .iter_mut()
            .find(|p| p.span.as_ref() == Some(span))
    }

    pub fn by_id_mut(&mut self, id: &str) -> Option<&mut Placed> {
        self.placed.iter_mut().find(|p| p.annotation.id == id)
    }

    /// Label the annotation `id` anew at `now`, remembering where the change
    /// started: its note is not this reader's to write over, and a text
    /// another reader saved meanwhile is kept with the new label.
    pub fn relabel(&mut self, id: &str, label: Label, now: &str) {
        let Some(p) = self.placed.iter_mut().find(|p| p.annotation.id == id) else {
            return;
        };
        let base = base_of(p, Change::Edited);
        p.annotation.label = Some(label);
        p.annotation.modified = now.to_string();
        self.edited_from(base);
    }

    /// The set the store holds, placed in the current text; the deletions
    /// it includes are forgotten.
    pub fn replace(&mut self, mut placed: Vec<Placed>) {
        placed.sort_by_key(|p| p.span.as_ref().map_or((1, 0, 0), |s| (0, s.start, s.end)));
        self.deleted
            .retain(|id| placed.iter().all(|p| &p.annotation.id != id));
        // A deletion the store did not make (the note changed elsewhere)
        // has nothing to undo: its undo would put the note in twice.
        self.undo
            .retain(|u| placed.iter().all(|p| p.annotation.id != u.annotation.id));
        self.placed = placed;
    }

    /// Where the notes edited since the last save started.
    pub fn edit_bases(&self) -> &[EditBase] {
        &self.bases
    }

    /// A note is being changed from `base`; an earlier change not yet
    /// saved started from further back, and stays the base. A deletion, or
    /// its undoing, is what the note's change is now; an edit after an
    /// undone deletion is still a note brought back.
    pub fn edited_from(&mut self, base: EditBase) {
        match self.bases.iter_mut().find(|b| b.id == base.id) {
            None => self.bases.push(base),
            Some(earlier) if base.change != Change::Edited => earlier.change = base.change,
            Some(_) => {}
        }
    }

    /// A save went through: what was deleted is gone from the store too.
    pub fn saved(&mut self) {
        self.deleted.clear();
        self.bases.clear();
        self.unsaved = false;
    }

    /// A change is waiting for the store.
    pub fn unsaved(&self) -> bool {
        self.unsaved
    }

    pub fn mark_unsaved(&mut self) {
        self.unsaved = true;
    }

    /// A new annotation on `span` of `text`, with a fresh id and the time now.
    pub fn create(&mut self, text: &str, span: Range<usize>) -> Annotation {
        let time = self.now.unwrap_or(UNIX_EPOCH);
        let id = match &mut self.ids {
            Some(ids) => ids.next_id(time),
            None => {
                self.made += 1;
                format!("a-test-{}", self.made)
            }
        };
        Annotation::new(id, text, span, &self.now())
    }

    /// Place `annotation` on `span`, after those starting at or before it.
    pub fn add(&mut self, annotation: Annotation, span: Range<usize>) {
        let start = span.start;
        let at = self
            .placed
            .partition_point(|p| p.span.as_ref().is_some_and(|s| s.start <= start));
        self.placed.insert(
            at,
            Placed {
                annotation,
                span: Some(span),
            },
        );
    }

    /// Delete the annotation at `index`; `u` brings it back.
    pub fn delete(&mut self, index: usize) {
        let gone = self.placed.remove(index);
        self.deleted.push(gone.annotation.id.clone());
        self.edited_from(base_of(&gone, Change::Deleted));
        if self.undo.len() == UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(gone);
    }

    /// Bring the last deletion back, modified now (later than the store's
    /// tombstone, should the deletion be saved already), remembering the
    /// text it comes back with (a newer one saved elsewhere is not
    /// overwritten); its index, or `None` with nothing to undo.
    pub fn undo_delete(&mut self) -> Option<usize> {
        let mut back = self.undo.pop()?;
        self.edited_from(base_of(&back, Change::Restored));
        back.annotation.modified = self.now();
        self.deleted.retain(|id| *id != back.annotation.id);
        let key = |p: &Placed| p.span.as_ref().map_or((1, 0), |s| (0, s.start));
        let at = self.placed.partition_point(|p| key(p) <= key(&back));
        self.placed.insert(at, back);
        Some(at)
    }

    /// The recogniser's result before labels.
    pub fn raw(&self) -> Option<&Recognition> {
        self.raw.as_deref()
    }

    /// The recogniser's result before labels, shared.
    pub fn shared_raw(&self) -> Option<Arc<Recognition>> {
        self.raw.clone()
    }

    pub fn set_raw(&mut self, raw: Option<Recognition>) {
        self.raw = raw.map(Arc::new);
    }

    /// More of the recogniser's result (the first part starts it). It grows
    /// in place when nothing else holds it (the caller lets the panel's rows
    /// go first), else a copy grows.
    pub fn extend_raw(&mut self, found: Found) {
        Arc::make_mut(self.raw.get_or_insert_with(Arc::default)).extend(found);
    }

    /// The corrections applied to every document.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub fn lexicon_mut(&mut self) -> &mut Lexicon {
        &mut self.lexicon
    }

    /// The time now, as stamped on annotations.
    pub fn now(&self) -> String {
        ids::rfc3339(self.now.unwrap_or(UNIX_EPOCH))
    }

    /// The shell's time, told before each key.
    pub fn set_clock(&mut self, now: SystemTime) {
        self.now = Some(now);
    }

    /// Where the ids of new annotations come from (one source per process).
    pub fn set_id_source(&mut self, ids: IdSource) {
        self.ids = Some(ids);
    }
}

/// Where a change of `placed`, as this reader has it, starts.
fn base_of(placed: &Placed, change: Change) -> EditBase {
    EditBase {
        id: placed.annotation.id.clone(),
        note: placed.annotation.note.clone(),
        modified: placed.annotation.modified.clone(),
        change,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_annotations_stay_in_document_order() {
        let mut set = Annotations::default();
        let text = "one two three";
        for span in [8..13, 0..3, 4..7] {
            let a = set.create(text, span.clone());
            set.add(a, span);
        }
        let starts: Vec<usize> = set
            .placed()
            .iter()
            .map(|p| p.span.clone().map_or(0, |s| s.start))
            .collect();
        assert_eq!(starts, [0, 4, 8]);
        assert_eq!(set.placed()[0].annotation.id, "a-test-2");
    }

    #[test]
    fn a_deletion_is_remembered_until_saved_and_undo_brings_it_back() {
        let mut set = Annotations::default();
        let a = set.create("one two", 0..3);
        set.add(a, 0..3);
        let id = set.placed()[0].annotation.id.clone();
        set.delete(0);
        assert!(set.is_empty());
        assert_eq!(set.deleted(), std::slice::from_ref(&id));
        assert_eq!(set.undo_delete(), Some(0));
        assert!(
            set.deleted().is_empty(),
            "undone: nothing to delete in the store"
        );
        assert_eq!(set.undo_delete(), None, "nothing more to undo");
        // Two deletions, two undos, the last first.
        let b = set.create("one two", 4..7);
        set.add(b, 4..7);
        set.delete(1);
        set.delete(0);
        assert!(set.is_empty());
        assert_eq!(set.undo_delete(), Some(0));
        assert_eq!(set.placed()[0].annotation.id, id);
        assert_eq!(set.undo_delete(), Some(1));
        assert_eq!(set.len(), 2);
        assert!(set.deleted().is_empty());
        set.delete(0);
        set.saved();
        assert!(set.deleted().is_empty());
        assert!(!set.unsaved());
    }
}
