//! The only module that touches the file system for qari's own state.
//!
//! Reading positions live under the XDG state directory (`$XDG_STATE_HOME/qari`,
//! or the data directory on systems without one), one small JSON file per
//! document, named by the document's content hash: two readers open at once
//! never rewrite each other's files, and a renamed or moved article keeps its
//! place. Files are written atomically (temporary file, fsync, rename), so a
//! crash or a full disk leaves the previous position rather than a torn file.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

mod annotations;
pub use crate::annotate::merge::Tombstone;
pub use annotations::{AnnotationFile, LoadedAnnotations, SavedAnnotations};

/// What went wrong with stored state; the reader shows it and carries on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no home directory to keep the reading position in")]
    NoHome,
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a saved position ({source})")]
    Corrupt {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("document hash {0:?} is not a hex string")]
    BadHash(String),
}

/// Where a reader was in a document: the code point offset of the first
/// character at the top of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPosition {
    pub offset: usize,
}

/// qari's state directory, and its data directory for annotations.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// Annotations are the reader's writing, not state: the XDG data directory.
    data: PathBuf,
}

impl Store {
    /// The store in the user's XDG state directory (data directory as a fallback).
    pub fn open() -> Result<Self, StoreError> {
        let dirs = directories::ProjectDirs::from("", "", "qari").ok_or(StoreError::NoHome)?;
        let root = dirs
            .state_dir()
            .unwrap_or_else(|| dirs.data_dir())
            .to_path_buf();
        let data = dirs.data_dir().to_path_buf();
        Ok(Self { root, data })
    }

    /// A store rooted at `root` (tests, or an explicit location); annotations
    /// are kept there too.
    pub fn at(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        Self {
            data: root.clone(),
            root,
        }
    }

    /// Where annotations are kept (`$XDG_DATA_HOME/qari`).
    pub fn data_dir(&self) -> &Path {
        &self.data
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn position_path(&self, hash: &str) -> Result<PathBuf, StoreError> {
        if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::BadHash(hash.to_string()));
        }
        Ok(self.root.join("positions").join(format!("{hash}.json")))
    }

    /// The saved position of the document with content hash `hash`, if any.
    pub fn load_position(&self, hash: &str) -> Result<Option<SavedPosition>, StoreError> {
        let path = self.position_path(hash)?;
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(StoreError::Io { path, source }),
        };
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|source| StoreError::Corrupt { path, source })
    }

    /// Remember `position` for the document with content hash `hash`.
    pub fn save_position(&self, hash: &str, position: SavedPosition) -> Result<(), StoreError> {
        let path = self.position_path(hash)?;
        let json = serde_json::to_vec(&position).map_err(|source| StoreError::Corrupt {
            path: path.clone(),
            source,
        })?;
        write_atomically(&path, &json)
    }
}

/// Replace `path` with `bytes` so that readers see the old or the new file, never
/// a part of one.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| StoreError::Io { path, source }
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io(dir))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.unwrap_or_default(),
        std::process::id()
    ));
    let written = File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| fs::rename(&tmp, path));
    if let Err(source) = written {
        // Best effort: a stray temporary file is harmless but untidy.
        let _ = fs::remove_file(&tmp);
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            source,
        });
    }
    // Make the rename itself durable; failing here loses nothing already written.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_root(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("qari-store-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn positions_round_trip_per_document() {
        let root = temp_root("roundtrip");
        let store = Store::at(&root);
        assert_eq!(store.load_position("ab12").expect("load"), None);
        store
            .save_position("ab12", SavedPosition { offset: 42 })
            .expect("save");
        store
            .save_position("cd34", SavedPosition { offset: 7 })
            .expect("save");
        store
            .save_position("ab12", SavedPosition { offset: 43 })
            .expect("save again");
        assert_eq!(
            store.load_position("ab12").expect("load"),
            Some(SavedPosition { offset: 43 })
        );
        assert_eq!(
            store.load_position("cd34").expect("load"),
            Some(SavedPosition { offset: 7 })
        );
        let leftovers: Vec<_> = fs::read_dir(root.join("positions"))
            .expect("dir")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn a_corrupt_file_is_an_error_not_a_panic() {
        let root = temp_root("corrupt");
        let store = Store::at(&root);
        fs::create_dir_all(root.join("positions")).expect("mkdir");
        fs::write(root.join("positions/ff.json"), b"{nope").expect("write");
        let err = store.load_position("ff").expect_err("corrupt");
        assert!(matches!(err, StoreError::Corrupt { .. }));
        assert!(err.to_string().contains("ff.json"));
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn hashes_cannot_name_other_files() {
        let store = Store::at(temp_root("hash"));
        assert!(matches!(
            store.load_position("../../etc/passwd"),
            Err(StoreError::BadHash(_))
        ));
        assert!(store
            .save_position("", SavedPosition { offset: 0 })
            .is_err());
    }

    #[test]
    fn an_unwritable_root_is_an_error() {
        let root = temp_root("unwritable");
        fs::write(&root, b"a file, not a directory").expect("write");
        let store = Store::at(&root);
        let err = store
            .save_position("ab", SavedPosition { offset: 1 })
            .expect_err("cannot write under a file");
        assert!(matches!(err, StoreError::Io { .. }));
        let _ = fs::remove_file(&root);
    }
}
