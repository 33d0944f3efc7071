//! The index (`index.json`, path -> hash) that finds the notes of a
//! document whose content changed, made again from the documents' own files
//! when it does not parse, and the previous hash's notes merged into a
//! text's own (`with_previous`). Apart from loading and saving one hash's
//! file, which only ask it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::files::{lock, peek_file, read_json, write_json};
use super::{check_hash, orphans, AnnotationFile};
use crate::reader::annotate::merge::merge;
use crate::store::input::absolute;
use crate::store::{Store, StoreError};

#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct Index {
    #[serde(default)]
    pub(super) paths: BTreeMap<PathBuf, String>,
}

impl Store {
    /// The other hash the index remembers for `path`, if any.
    pub(super) fn previous_hash(
        &self,
        hash: &str,
        path: Option<&Path>,
        moved_aside: &mut Vec<PathBuf>,
    ) -> Result<Option<String>, StoreError> {
        let Some(path) = path else {
            return Ok(None);
        };
        let index = self.read_index(false, moved_aside)?;
        Ok(index
            .paths
            .get(&absolute(path))
            .filter(|old| *old != hash && check_hash(old).is_ok())
            .cloned())
    }

    fn read_index(&self, held: bool, moved_aside: &mut Vec<PathBuf>) -> Result<Index, StoreError> {
        let path = self.annotations_dir().join("index.json");
        let before = moved_aside.len();
        let index = read_json(&path, held, moved_aside)?;
        if index.is_none() && moved_aside.len() > before {
            // The index did not parse: made again from the documents' own
            // files, each of which names its path, so an article edited since
            // it was annotated still finds its notes. The next save writes it.
            return Ok(self.index_from_files());
        }
        Ok(index.unwrap_or_default())
    }

    /// The documents' files (`<hash>.json`), each with its hash; none when
    /// the directory cannot be read.
    pub(super) fn document_files(&self) -> Vec<(String, fs::DirEntry)> {
        let Ok(entries) = fs::read_dir(self.annotations_dir()) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name();
                let hash = name.to_str()?.strip_suffix(".json")?.to_string();
                check_hash(&hash).is_ok().then_some((hash, entry))
            })
            .collect()
    }

    /// Each path the documents' files name, with the hash of the file
    /// written last for it. Files that cannot be read are left out (their
    /// own load reports them).
    pub(super) fn index_from_files(&self) -> Index {
        let mut latest: BTreeMap<PathBuf, (std::time::SystemTime, String)> = BTreeMap::new();
        for (hash, entry) in self.document_files() {
            let Ok(Some(file)) = peek_file(&entry.path(), &mut Vec::new()) else {
                continue;
            };
            let Some(path) = file.path else { continue };
            let written = entry
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            if latest.get(&path).is_none_or(|(t, _)| written > *t) {
                latest.insert(path, (written, hash));
            }
        }
        Index {
            paths: latest.into_iter().map(|(p, (_, h))| (p, h)).collect(),
        }
    }

    pub(super) fn remember_path(
        &self,
        path: &Path,
        hash: &str,
        moved_aside: &mut Vec<PathBuf>,
    ) -> Result<(), StoreError> {
        let dir = self.annotations_dir();
        let _lock = lock(&dir.join("index.lock"))?;
        let mut index = self.read_index(true, moved_aside)?;
        if index.paths.get(path).map(String::as_str) == Some(hash) {
            return Ok(());
        }
        index.paths.insert(path.to_path_buf(), hash.to_string());
        write_json(&dir.join("index.json"), &index)
    }
}

/// `own` (a hash's file, if any) with what `previous` (the file the index
/// names for its `path`) has for that path merged in: the later `modified`
/// wins, and on a tie `own`'s copy, whose offsets are this text's; an
/// orphan `own` keeps for other paths is kept for `path` too, whose earlier
/// text had it (`orphans::join_owners`). The
/// path's notes always come (an edited file keeps its own notes, whatever
/// its new text already has); `previous`'s tombstones only when the two
/// hold an annotation in common, so one text was made from the other (an
/// edit, then an undo): an unrelated text written to the same path (a
/// download over an old one) does not lose its notes to the orphans
/// deleted there. Orphans `previous` keeps for other paths stay there.
pub(super) fn with_previous(
    previous: &AnnotationFile,
    own: Option<AnnotationFile>,
    path: Option<&Path>,
) -> AnnotationFile {
    let carried = orphans::shown_at(previous.annotations.clone(), path);
    let Some(own) = own else {
        return AnnotationFile {
            annotations: carried,
            ..previous.clone()
        };
    };
    let related = own
        .annotations
        .iter()
        .any(|a| previous.annotations.iter().any(|b| b.id == a.id));
    let deleted = if related {
        previous.deleted.clone()
    } else {
        Vec::new()
    };
    let (mut annotations, deleted) = merge(
        carried.clone(),
        deleted,
        own.annotations.clone(),
        own.deleted,
    );
    orphans::join_owners(&mut annotations, &own.annotations, &carried, path);
    AnnotationFile {
        annotations,
        deleted,
        ..own
    }
}
