//! Keeping annotations: one JSON file per document under the XDG data
//! directory (`$XDG_DATA_HOME/qari/annotations/<hash>.json`), found by the
//! document's content hash and, when the content changed, by its path.
//!
//! Annotations are the reader's own writing, so nothing may lose them:
//! - Writes are atomic: a temporary file in the same directory, fsync, rename,
//!   fsync of the directory. A process killed mid-save leaves the previous file.
//! - A file that does not parse is renamed aside (`<hash>.json.corrupt-<unix
//!   time>`) and reported, never overwritten. One annotation in it that does
//!   not parse is kept as written and reported; the others load (`lenient`).
//! - Locks are taken in one order, a document's before the index's, so two
//!   processes never wait for each other: a save never takes a second
//!   document's lock. The previous hash's file it starts from is read without
//!   that file's lock and, when it does not parse, reported and left in place
//!   for that hash's own load to move aside.
//! - Two processes annotating one document keep both sets: a save takes an
//!   exclusive lock (`<hash>.lock`, `File::lock`), reads what is on disk,
//!   merges by id (the later `modified` wins) and writes while holding it.
//!   Deletions are kept as tombstones, so a merge with a process that still
//!   has a deleted annotation does not bring it back. An annotation whose
//!   `modified` is later than its tombstone lives again (an undone deletion
//!   saves the annotation with a new `modified`).
//! - A small index (`index.json`, path -> hash) finds the annotations of a
//!   document whose content changed; the caller re-anchors them
//!   ([`crate::reader::annotate::reanchor`]) and its next save files them under the new hash.
//!   A file that comes back to a text it had before (an undo, `git checkout`)
//!   has an old copy under that hash: loading and saving merge it with the
//!   file the index names, so notes written, edited or deleted since are
//!   neither lost nor brought back. So does a reader left open on the old
//!   text while another saved the new one. A new text another file already
//!   has notes on gets the path's notes beside its own; those not found in
//!   it are kept for the paths whose earlier text had them, and for every
//!   reader once none of those paths is on disk (`orphans`).
//!
//! - Two readers editing one note keep both texts: a save told where its
//!   edits started ([`Store::save_changes`]) keeps a text changed
//!   on disk meanwhile as an annotation of its own on the same passage, and
//!   an edit of a note deleted on disk meanwhile; a deletion of a note
//!   changed on disk since the reader read it is not made, and an undone
//!   deletion takes a newer text saved meanwhile; it says which
//!   ([`SavedAnnotations::met`]) for the reader to be told.
//!
//! Saving merges rather than replaces: an annotation missing from the caller's
//! list is kept unless its id is among the deleted ids.
//!
//! Use from the reader (the shell does the I/O, the app keeps the values):
//!
//! ```no_run
//! # fn demo(store: &qari::store::Store, doc: &qari::core::document::Document,
//! #         path: Option<&std::path::Path>) -> Result<(), qari::store::StoreError> {
//! use qari::reader::annotate::place_all;
//! let loaded = store.load_annotations(&doc.hash, path)?; // report loaded.moved_aside
//! let placed = place_all(doc.text(), loaded.annotations); // span None: orphaned
//! // ... the reader adds, edits (new `modified`) and deletes annotations ...
//! let current: Vec<_> = placed.iter().map(|p| p.refreshed(doc.text())).collect();
//! let deleted_ids: Vec<String> = Vec::new();
//! let saved = store.save_annotations(&doc.hash, path, &current, &deleted_ids)?;
//! let _everything_now = saved.annotations; // includes another process's additions
//! # Ok(()) }
//! ```
//!
//! The locks, reads, moving aside and durable writes are the `files` submodule;
//! the index of paths, and merging a path's previous text's notes, `index`.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::input::absolute;
use super::{Store, StoreError};
use crate::reader::annotate::merge::{keep_both, merge, EditBase, Met, Tombstone};
use crate::reader::annotate::{ids, Annotation};

mod every;
pub(super) mod files;
mod index;
pub(in crate::store) mod lenient;
mod orphans;

pub use every::EveryDocument;
use index::with_previous;

use files::{io_error, lock, peek_file, read_file, remove_stale_temporaries, write_json};

const FORMAT_VERSION: u32 = 1;

/// The file kept per document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "lenient::StoredFile")]
pub struct AnnotationFile {
    pub version: u32,
    /// The content hash the offsets refer to.
    pub hash: String,
    /// Where the document was last read from (absolute when it could be made so).
    #[serde(default)]
    pub path: Option<PathBuf>,
    /// What the reader called the document (a file's name, a piped page's
    /// title, "standard input"), for listing every document's notes: a text
    /// piped in has no path to be found by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    #[serde(default)]
    pub deleted: Vec<Tombstone>,
    /// Annotations this qari cannot read (an unknown label, say), kept as
    /// written so that no save loses them (`lenient`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unreadable: Vec<serde_json::Value>,
}

/// What [`Store::load_annotations`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadedAnnotations {
    pub annotations: Vec<Annotation>,
    /// Ids deleted earlier (tombstones), for callers that merge themselves.
    pub deleted: Vec<String>,
    /// `Some(old hash)` when the annotations were found by the document's path
    /// under another content hash: the text changed, re-anchor them.
    pub from_hash: Option<String>,
    /// Stores that did not parse and were renamed aside: tell the reader.
    pub moved_aside: Vec<PathBuf>,
    /// One sentence per annotation of the file that could not be read (it
    /// stays in the file): tell the reader.
    pub unreadable: Vec<String>,
}

/// What [`Store::save_annotations`] wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SavedAnnotations {
    /// Everything now stored: the caller's annotations merged with the file's.
    pub annotations: Vec<Annotation>,
    /// A store that did not parse and was renamed aside before writing.
    pub moved_aside: Vec<PathBuf>,
    /// The store under the document's previous hash, which did not parse: not
    /// merged, left in place (loading that hash moves it aside). Tell the reader.
    pub unparsable: Vec<PathBuf>,
    /// Notes edited, deleted or brought back here that another process
    /// changed or deleted meanwhile (nothing lost): tell the reader.
    pub met: Met,
}

/// What a reader saves ([`Store::save_changes`]).
#[derive(Debug, Clone, Copy)]
pub struct Changes<'a> {
    /// Its annotations, with offsets in the current text.
    pub annotations: &'a [Annotation],
    /// Ids it deleted.
    pub deleted_ids: &'a [String],
    /// Where the notes it edited, deleted or brought back started.
    pub bases: &'a [EditBase],
    /// What it calls the document.
    pub name: Option<&'a str>,
    /// The ids of those of its annotations whose passage is not in the
    /// current text (orphans): one carried from the path's earlier text is
    /// kept for that path only ([`Annotation::orphan_of`]).
    pub not_found: &'a [String],
}

impl Store {
    fn annotations_dir(&self) -> PathBuf {
        self.data.join("annotations")
    }

    fn annotation_path(&self, hash: &str) -> Result<PathBuf, StoreError> {
        check_hash(hash)?;
        Ok(self.annotations_dir().join(format!("{hash}.json")))
    }

    /// The size and time of change of the file holding `hash`'s annotations
    /// (`None`: none yet), to tell that another qari changed them.
    pub fn annotations_stamp(&self, hash: &str) -> Option<(u64, std::time::SystemTime)> {
        crate::store::input::stamp(&self.annotation_path(hash).ok()?)
    }

    /// The annotations of the document with content hash `hash`, read from
    /// `path` (`None` for standard input). Without a file for `hash`, the
    /// index is asked for the hash last stored for `path`; those annotations
    /// come back with `from_hash` set. A corrupt file is renamed aside and
    /// listed in `moved_aside`; the result is then empty, not an error.
    pub fn load_annotations(
        &self,
        hash: &str,
        path: Option<&Path>,
    ) -> Result<LoadedAnnotations, StoreError> {
        let file_path = self.annotation_path(hash)?;
        let mut loaded = LoadedAnnotations::default();
        let at = path.map(absolute);
        let own = read_file(&file_path, false, &mut loaded.moved_aside)?;
        let mut previous = None;
        if let Some(old) = self.previous_hash(hash, at.as_deref(), &mut loaded.moved_aside)? {
            let old_path = self.annotation_path(&old)?;
            previous = read_file(&old_path, false, &mut loaded.moved_aside)?.map(|f| (old, f));
        }
        // The file's text changed (to one seen nowhere, to one another
        // file has notes on, or back to a text it had before: an editor's
        // undo, `git checkout`), or a reader open on the old text saved
        // there: what was written, edited or deleted since is in the file
        // the index names, and joins this text's own.
        let found = match previous {
            None => own,
            Some((old, file)) => {
                let merged = with_previous(&file, own.clone(), at.as_deref());
                let same = |own: &AnnotationFile| {
                    (&merged.annotations, &merged.deleted) == (&own.annotations, &own.deleted)
                };
                if !own.as_ref().is_some_and(same) {
                    loaded.from_hash = Some(old);
                }
                Some(merged)
            }
        };
        if let Some(file) = found {
            loaded.unreadable = file
                .unreadable
                .iter()
                .map(lenient::why_unreadable)
                .collect();
            loaded.annotations = orphans::shown_at(file.annotations, at.as_deref());
            loaded.deleted = file.deleted.into_iter().map(|t| t.id).collect();
        }
        Ok(loaded)
    }

    /// Store `annotations` of the document with content hash `hash` (offsets
    /// in its current text), read from `path`; `deleted_ids` are annotations
    /// the caller deleted. Merges with what another process stored meanwhile
    /// (under an exclusive lock) and returns the merged set.
    pub fn save_annotations(
        &self,
        hash: &str,
        path: Option<&Path>,
        annotations: &[Annotation],
        deleted_ids: &[String],
    ) -> Result<SavedAnnotations, StoreError> {
        let changes = Changes {
            annotations,
            deleted_ids,
            bases: &[],
            name: None,
            not_found: &[],
        };
        self.save_changes(hash, path, &changes)
    }

    /// [`Store::save_annotations`] of a reader's [`Changes`]: a note edited
    /// from a base and changed on disk since keeps both texts, one deleted
    /// there keeps the edit ([`keep_both`]); `met` in the result says which.
    /// The document's name is kept with its annotations.
    pub fn save_changes(
        &self,
        hash: &str,
        path: Option<&Path>,
        changes: &Changes<'_>,
    ) -> Result<SavedAnnotations, StoreError> {
        let Changes {
            annotations,
            deleted_ids,
            bases,
            name,
            not_found,
        } = *changes;
        let path = path.map(absolute);
        let file_path = self.annotation_path(hash)?;
        let dir = self.annotations_dir();
        fs::create_dir_all(&dir).map_err(io_error(&dir))?;
        let mut saved = SavedAnnotations::default();
        let lock = lock(&dir.join(format!("{hash}.lock")))?;
        let mut on_disk = read_file(&file_path, true, &mut saved.moved_aside)?;
        let stored_here: Vec<String> = on_disk
            .iter()
            .flat_map(|f| f.annotations.iter().map(|a| a.id.clone()))
            .collect();
        // What was kept under the hash the index names for the path (the
        // content changed, or came back to this text, or another reader saved
        // a newer text) joins in, so its tombstones and anything written
        // there carry over whichever copy is saved. Stale offsets are
        // harmless: loading re-anchors every annotation.
        // Read without the old hash's lock: holding ours while waiting
        // for it could deadlock with a process saving the other way.
        if let Some(old) = self.previous_hash(hash, path.as_deref(), &mut saved.moved_aside)? {
            let old_path = self.annotation_path(&old)?;
            if let Some(previous) = peek_file(&old_path, &mut saved.unparsable)? {
                on_disk = Some(with_previous(&previous, on_disk, path.as_deref()));
            }
        }
        let on_disk = on_disk.unwrap_or_default();
        let now = ids::now();
        let mut mine = annotations.to_vec();
        if let Some(path) = &path {
            orphans::bind(&mut mine, not_found, &stored_here, path);
        }
        let mut deleting = deleted_ids.to_vec();
        saved.met = keep_both(
            &on_disk.annotations,
            &on_disk.deleted,
            &mut mine,
            &mut deleting,
            bases,
            &now,
        );
        let tombstones = deleting.into_iter().map(|id| Tombstone {
            id,
            deleted: now.clone(),
        });
        let on_disk_annotations = on_disk.annotations;
        let (mut merged, deleted) = merge(
            on_disk_annotations.clone(),
            on_disk.deleted,
            mine.clone(),
            tombstones.collect(),
        );
        orphans::join_owners(&mut merged, &mine, &on_disk_annotations, None);
        let file = AnnotationFile {
            version: FORMAT_VERSION,
            hash: hash.to_string(),
            path: path.clone().or(on_disk.path),
            name: name.map(str::to_string).or(on_disk.name),
            annotations: merged,
            deleted,
            unreadable: on_disk.unreadable,
        };
        write_json(&file_path, &file)?;
        remove_stale_temporaries(&dir, hash);
        drop(lock);
        if let Some(path) = &path {
            self.remember_path(path, hash, &mut saved.moved_aside)?;
        }
        saved.annotations = orphans::shown_at(file.annotations, path.as_deref());
        Ok(saved)
    }

    /// Take out of every document's annotations the labels that corrections
    /// put there: `l` on a mention labels it in its article and remembers the
    /// name for all articles, so removing the correction removes both. A
    /// label goes when it has no note, is `label` and its text folds to
    /// `name` ([`qari_recognize::fold_name`]). How many went, and the stores
    /// that did not parse and were moved aside on the way (tell the reader).
    pub fn remove_correction_labels(
        &self,
        removed: &[(String, crate::reader::annotate::Label)],
    ) -> Result<(usize, Vec<PathBuf>), StoreError> {
        let mut moved_aside = Vec::new();
        if removed.is_empty() {
            return Ok((0, moved_aside));
        }
        let wanted: Vec<(String, crate::reader::annotate::Label)> = removed
            .iter()
            .map(|(name, label)| (qari_recognize::fold_name(name), *label))
            .collect();
        let mut count = 0;
        for (hash, _) in self.document_files() {
            // Read whole: a label kept for one path's orphans goes too.
            let stored = read_file(&self.annotation_path(&hash)?, false, &mut moved_aside)?;
            let ids: Vec<String> = stored
                .iter()
                .flat_map(|file| &file.annotations)
                .filter(|a| {
                    a.labelled_name().is_some_and(|(label, name)| {
                        wanted.iter().any(|(n, l)| *l == label && *n == name)
                    })
                })
                .map(|a| a.id.clone())
                .collect();
            if !ids.is_empty() {
                let saved = self.save_annotations(&hash, None, &[], &ids)?;
                moved_aside.extend(saved.moved_aside);
                count += ids.len();
            }
        }
        Ok((count, moved_aside))
    }
}

fn check_hash(hash: &str) -> Result<(), StoreError> {
    if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(StoreError::BadHash(hash.to_string()));
    }
    Ok(())
}
