//! Where a reader was in each document: its reading position and marks.
//!
//! One small JSON file per document under `positions/`, named by the hash of
//! its text (`HASH.json`): a renamed or moved article, a copy and a text
//! piped in keep their place, and two readers open at once never rewrite
//! each other's files. A file's position is also kept by its path
//! (`paths/<hash of the path>.json`, with the hash of the text it was
//! read at), as its notes are found by their path index: a file edited
//! since (a line appended, a "last updated" stamp changed) opens where it
//! was read, marks included, rather than at the top. The text's own
//! position wins when there is one, since its offsets are this text's.
//! The path's file is only an index beside it: one that cannot be read or
//! written is passed over, and never costs the text's own record.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{read_bounded, write_atomically, Store, StoreError};

/// Where a reader was in a document: the code point offset of the first
/// character at the top of the screen, and the marks set in it (letter ->
/// code point offset; absent from files written before marks existed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPosition {
    pub offset: usize,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub marks: BTreeMap<char, usize>,
}

impl SavedPosition {
    /// A position without marks.
    pub fn at(offset: usize) -> Self {
        Self {
            offset,
            marks: BTreeMap::new(),
        }
    }
}

/// A file's position as kept by its path: the text it was read at, and the
/// path itself (two paths whose hashes meet do not take each other's).
#[derive(Debug, Serialize, Deserialize)]
struct PathPosition {
    path: PathBuf,
    hash: String,
    #[serde(flatten)]
    position: SavedPosition,
}

impl Store {
    fn position_path(&self, hash: &str) -> Result<PathBuf, StoreError> {
        if hash.is_empty() || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::BadHash(hash.to_string()));
        }
        Ok(self.root.join("positions").join(format!("{hash}.json")))
    }

    /// Where the position of the file at `path` (absolute) is kept by path.
    fn path_position_path(&self, path: &Path) -> PathBuf {
        let key = xxhash_rust::xxh3::xxh3_128(path.as_os_str().as_encoded_bytes());
        self.root
            .join("positions")
            .join("paths")
            .join(format!("{key:032x}.json"))
    }

    /// The saved position of the document with content hash `hash`, read
    /// from `path` (`None` for standard input): the text's own when there
    /// is one, else the one its file was last read at under another text.
    /// Only the text's own record not read is an error.
    pub fn load_position(
        &self,
        hash: &str,
        path: Option<&Path>,
    ) -> Result<Option<SavedPosition>, StoreError> {
        let own = read_json::<SavedPosition>(&self.position_path(hash)?)?;
        let Some(path) = path.map(super::input::absolute) else {
            return Ok(own);
        };
        // The path's file is an index beside the text's own record: one
        // that cannot be read is passed over (the next save writes it
        // again), never the cause of losing the text's position.
        let by_path = read_json::<PathPosition>(&self.path_position_path(&path))
            .ok()
            .flatten()
            .filter(|kept| kept.path == path);
        Ok(match (own, by_path) {
            (_, Some(kept)) if kept.hash == hash => Some(kept.position),
            (Some(own), _) => Some(own),
            (None, kept) => kept.map(|kept| kept.position),
        })
    }

    /// Remember `position` for the document with content hash `hash`, and
    /// for the file at `path` it was read from when that can be written
    /// (an error is the text's own record not written).
    pub fn save_position(
        &self,
        hash: &str,
        path: Option<&Path>,
        position: SavedPosition,
    ) -> Result<(), StoreError> {
        let file = self.position_path(hash)?;
        write_json(&file, &position)?;
        if let Some(path) = path.map(super::input::absolute) {
            let kept = PathPosition {
                hash: hash.to_string(),
                position,
                path,
            };
            // The text's own record is written: a path's file that cannot
            // be (a full disk, a directory in its place) costs only the
            // position an edited file would have found by its path.
            let _ = write_json(&self.path_position_path(&kept.path), &kept);
        }
        Ok(())
    }

    /// Remember `offset` for the document, keeping the marks already stored
    /// (for a save that has only the offset at hand, as the watchdog's).
    pub fn save_offset(
        &self,
        hash: &str,
        path: Option<&Path>,
        offset: usize,
    ) -> Result<(), StoreError> {
        let marks = self
            .load_position(hash, path)
            .ok()
            .flatten()
            .map(|saved| saved.marks)
            .unwrap_or_default();
        self.save_position(hash, path, SavedPosition { offset, marks })
    }
}

/// The value stored at `path`, `None` when there is no file.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, StoreError> {
    let bytes = match read_bounded(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(cause) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                cause,
            })
        }
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|cause| StoreError::Corrupt {
            path: path.to_path_buf(),
            cause,
        })
}

fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), StoreError> {
    let json = serde_json::to_vec(value).map_err(|cause| StoreError::Corrupt {
        path: path.to_path_buf(),
        cause,
    })?;
    write_atomically(path, &json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn temp_root(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("qari-store-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn positions_round_trip_per_document() {
        let root = temp_root("roundtrip");
        let store = Store::at(&root);
        assert_eq!(store.load_position("ab12", None).expect("load"), None);
        store
            .save_position("ab12", None, SavedPosition::at(42))
            .expect("save");
        store
            .save_position("cd34", None, SavedPosition::at(7))
            .expect("save");
        store
            .save_position("ab12", None, SavedPosition::at(43))
            .expect("save again");
        assert_eq!(
            store.load_position("ab12", None).expect("load"),
            Some(SavedPosition::at(43))
        );
        assert_eq!(
            store.load_position("cd34", None).expect("load"),
            Some(SavedPosition::at(7))
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
        let err = store.load_position("ff", None).expect_err("corrupt");
        assert!(matches!(err, StoreError::Corrupt { .. }));
        assert!(err.to_string().contains("ff.json"));
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn hashes_cannot_name_other_files() {
        let store = Store::at(temp_root("hash"));
        assert!(matches!(
            store.load_position("../../etc/passwd", None),
            Err(StoreError::BadHash(_))
        ));
        assert!(store.save_position("", None, SavedPosition::at(0)).is_err());
    }

    #[test]
    fn marks_are_kept_with_the_position() {
        let root = temp_root("marks");
        let store = Store::at(&root);
        let saved = SavedPosition {
            offset: 120,
            marks: [('a', 40), ('Z', 7), ('\u{634}', 99)].into(),
        };
        store
            .save_position("ab12", None, saved.clone())
            .expect("save");
        assert_eq!(
            store.load_position("ab12", None).expect("load"),
            Some(saved)
        );
        // The watchdog's save has only an offset: the marks stay.
        store.save_offset("ab12", None, 300).expect("save offset");
        let loaded = store
            .load_position("ab12", None)
            .expect("load")
            .expect("some");
        assert_eq!(loaded.offset, 300);
        assert_eq!(loaded.marks.get(&'a'), Some(&40));
        assert_eq!(loaded.marks.len(), 3);
        // Without marks stored, the offset alone is written.
        store.save_offset("cd34", None, 5).expect("save offset");
        assert_eq!(
            store.load_position("cd34", None).expect("load"),
            Some(SavedPosition::at(5))
        );
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn position_files_from_before_marks_still_load() {
        let root = temp_root("old");
        let store = Store::at(&root);
        fs::create_dir_all(root.join("positions")).expect("mkdir");
        fs::write(root.join("positions/ab12.json"), br#"{"offset":42}"#).expect("write");
        assert_eq!(
            store.load_position("ab12", None).expect("load"),
            Some(SavedPosition::at(42))
        );
        // And a position without marks is written as before.
        store
            .save_position("cd34", None, SavedPosition::at(9))
            .expect("save");
        let json = fs::read_to_string(root.join("positions/cd34.json")).expect("read");
        assert_eq!(json, r#"{"offset":9}"#);
        let _ = fs::remove_dir_all(&root);
    }
    #[test]
    fn an_unwritable_root_is_an_error() {
        let root = temp_root("unwritable");
        fs::write(&root, b"a file, not a directory").expect("write");
        let store = Store::at(&root);
        let err = store
            .save_position("ab", None, SavedPosition::at(1))
            .expect_err("cannot write under a file");
        assert!(matches!(err, StoreError::Io { .. }));
        let _ = fs::remove_file(&root);
    }
}
