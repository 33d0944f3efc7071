//! The file handling under the annotation store: locks, reading JSON that may
//! be missing or corrupt, moving a bad file aside, and durable writes.
//!
//! Annotations are the reader's own writing, so every write here is atomic (a
//! temporary file in the same directory, fsync, rename, fsync of the directory)
//! and a file that does not parse is renamed aside and reported, never
//! overwritten. The parent module decides what to read and write; this one
//! only makes sure a crash or a bad file loses nothing.

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::super::StoreError;
use super::{AnnotationFile, FORMAT_VERSION};

pub(in crate::store) fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError {
    let path = path.to_path_buf();
    move |source| StoreError::Io {
        path,
        cause: source,
    }
}

/// Hold an exclusive lock on `path` (created if missing) until dropped. The
/// lock file is never removed: removing it would let two processes lock two
/// different files of the same name.
pub(in crate::store) fn lock(path: &Path) -> Result<File, StoreError> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(io_error(path))?;
    file.lock().map_err(io_error(path))?;
    Ok(file)
}

pub(super) enum Read<T> {
    Missing,
    Parsed(T),
    Unparsable,
}

pub(super) fn read_parsed<T: DeserializeOwned>(path: &Path) -> Result<Read<T>, StoreError> {
    match super::super::read_bounded(path) {
        Ok(bytes) => Ok(serde_json::from_slice(&bytes).map_or(Read::Unparsable, Read::Parsed)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Read::Missing),
        Err(source) => Err(StoreError::Io {
            path: path.to_path_buf(),
            cause: source,
        }),
    }
}

/// The parsed JSON file at `path`, `None` when there is none. A file that
/// does not parse is renamed aside and recorded in `moved_aside`, under its
/// lock (`path` with the extension `lock`) and after a second look: a saver
/// may have replaced it since. `held`: the caller holds that lock already.
pub(in crate::store) fn read_json<T: DeserializeOwned>(
    path: &Path,
    held: bool,
    moved_aside: &mut Vec<PathBuf>,
) -> Result<Option<T>, StoreError> {
    match read_parsed(path)? {
        Read::Missing => return Ok(None),
        Read::Parsed(value) => return Ok(Some(value)),
        Read::Unparsable => {}
    }
    let _guard = if held {
        None
    } else {
        Some(lock(&path.with_extension("lock"))?)
    };
    match read_parsed(path)? {
        Read::Missing => Ok(None),
        Read::Parsed(value) => Ok(Some(value)),
        Read::Unparsable => {
            moved_aside.extend(move_aside(path)?);
            Ok(None)
        }
    }
}

/// [`read_json`] for a document's file, refusing a newer format.
pub(super) fn read_file(
    path: &Path,
    held: bool,
    moved_aside: &mut Vec<PathBuf>,
) -> Result<Option<AnnotationFile>, StoreError> {
    let file = read_json::<AnnotationFile>(path, held, moved_aside)?;
    refuse_newer(path, file)
}

/// A document's file read without its lock and left where it is when it does
/// not parse (recorded in `unparsable`). For a caller that holds another
/// file's lock: taking a second one could deadlock with a process holding it
/// and waiting for the first. The file's own loader moves it aside later.
pub(super) fn peek_file(
    path: &Path,
    unparsable: &mut Vec<PathBuf>,
) -> Result<Option<AnnotationFile>, StoreError> {
    let file = match read_parsed::<AnnotationFile>(path)? {
        Read::Missing => None,
        Read::Parsed(file) => Some(file),
        Read::Unparsable => {
            unparsable.push(path.to_path_buf());
            None
        }
    };
    refuse_newer(path, file)
}

/// A newer qari's file: refuse rather than rewrite it in an older shape.
fn refuse_newer(
    path: &Path,
    file: Option<AnnotationFile>,
) -> Result<Option<AnnotationFile>, StoreError> {
    match file {
        Some(file) if file.version > FORMAT_VERSION => Err(StoreError::newer(path, file.version)),
        other => Ok(other),
    }
}

/// Rename `path` to `<path>.corrupt-<unix time>` (with a counter if taken);
/// `None` if it is gone already.
pub(super) fn move_aside(path: &Path) -> Result<Option<PathBuf>, StoreError> {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut n = 0;
    loop {
        let suffix = if n == 0 {
            String::new()
        } else {
            format!(".{n}")
        };
        let aside = path.with_file_name(format!("{name}.corrupt-{secs}{suffix}"));
        if !aside.exists() {
            return match fs::rename(path, &aside) {
                Ok(()) => Ok(Some(aside)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(source) => Err(StoreError::Io {
                    path: path.to_path_buf(),
                    cause: source,
                }),
            };
        }
        n += 1;
    }
}

/// Remove temporary files of `hash` left by processes killed mid-save. Only
/// a holder of the file's lock writes them, and the caller holds it.
pub(super) fn remove_stale_temporaries(dir: &Path, hash: &str) {
    // The names `write_atomically` gives them (`temp_path`).
    let prefix = format!(".{hash}.json.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(".tmp") {
            // Best effort: a leftover is untidy, not harmful.
            let _ = fs::remove_file(entry.path());
        }
    }
}

pub(in crate::store) fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), StoreError> {
    let mut json = serde_json::to_vec_pretty(value).map_err(|source| StoreError::Corrupt {
        path: path.to_path_buf(),
        cause: source,
    })?;
    json.push(b'\n');
    // Callers hold the file's lock, so the process id in the temporary name
    // keeps writers apart.
    super::super::write_atomically(path, &json)
}
