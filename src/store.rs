//! The only module that touches the file system for qari's own state.
//!
//! Reading positions and marks live under the XDG state directory
//! (`$XDG_STATE_HOME/qari`, or the data directory on systems without one),
//! by the document's content hash and by its file's path (`positions`).
//! Files are written atomically (temporary file, fsync, rename), so a
//! crash or a full disk leaves the previous position rather than a torn file.
//!
//! Files the reader asks for (`:w FILE`) are written here too. Whether the
//! file exists is checked and the file created in one step (`create_new`), so
//! an existing file is replaced only when the reader asked for it (`:w!`).

pub mod config;

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

mod annotations;
mod corrections;
mod feeds;
pub mod fetch;
pub mod input;
pub mod loader;
pub mod pages;
mod positions;
pub use crate::reader::annotate::merge::Tombstone;
pub use annotations::{
    AnnotationFile, Changes, EveryDocument, LoadedAnnotations, SavedAnnotations,
};
pub use corrections::StoredCorrections;
pub use positions::SavedPosition;

/// What went wrong with stored state; the reader shows it and carries on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no home directory to keep the reading position in")]
    NoHome,
    // The cause is in the message, and is not also a `source`: a chain
    // printed in full (`{:#}`) would say it twice.
    #[error("{}: {}", path.display(), crate::core::paragraphs::io_reason(cause))]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{path}: not a saved position ({cause})")]
    Corrupt {
        path: PathBuf,
        cause: serde_json::Error,
    },
    #[error("document hash {0:?} is not a hex string")]
    BadHash(String),
    #[error("{0} exists (:w! replaces it)")]
    Exists(PathBuf),
    /// The directory a file was to be written in is not there (the file
    /// being missing is no mistake when it is to be made).
    #[error("{}: no such directory", .0.display())]
    NoDirectory(PathBuf),
}

impl StoreError {
    /// A file written by a newer qari, in a format this one does not know.
    pub(crate) fn newer(path: &std::path::Path, version: u32) -> Self {
        StoreError::Io {
            path: path.to_path_buf(),
            cause: std::io::Error::other(format!("written by a newer qari (format {version})")),
        }
    }
}

/// What qari keeps where, as its manual's FILES section says it
/// (`shell/generated.rs`): the XDG directories `directories` finds on Linux,
/// and what each file holds.
pub const FILES: [(&str, &str); 7] = [
    (
        "$XDG_CONFIG_HOME/qari/config.toml",
        "the configuration (~/.config by default); qari --print-config prints the defaults, every setting and action explained",
    ),
    (
        "$XDG_STATE_HOME/qari/positions/HASH.json",
        "a document's reading position and marks, named by the hash of its text, so a renamed file keeps them, and under positions/paths/ by the hash of its file's path, so an edited file keeps them too (~/.local/state by default)",
    ),
    (
        "$XDG_STATE_HOME/qari/feeds/",
        "the items read in each feed",
    ),
    (
        "$XDG_STATE_HOME/qari/unsaved/",
        "notes that could not be stored when the reader ended; the next reader says where, once (then they move to unsaved/told/)",
    ),
    (
        "$XDG_DATA_HOME/qari/annotations/HASH.json",
        "a document's notes and labels (~/.local/share by default); index.json beside them names the documents",
    ),
    (
        "$XDG_DATA_HOME/qari/corrections.json",
        "the names corrected with l, applied in every article (qari corrections lists and removes them)",
    ),
    (
        "$XDG_DATA_HOME/qari/",
        "positions too, where the system has no state directory",
    ),
];

/// qari's state directory, and its data directory for annotations and the
/// corrections of the recogniser (`corrections.json`).
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

    /// Keep `report` (notes the reader could not store, a note being written
    /// when it ended) in a file of its own under `unsaved/`, since standard
    /// error, where it is also said, may be a terminal that is gone (a
    /// hang-up). The file's path.
    pub fn keep_unsaved(&self, report: &str) -> Result<PathBuf, StoreError> {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let path = self
            .root
            .join(UNSAVED_DIR)
            .join(format!("{stamp}-{}.txt", std::process::id()));
        write_atomically(&path, report.as_bytes())?;
        Ok(path)
    }

    /// The files [`Store::keep_unsaved`] wrote that the reader has not told
    /// of yet, oldest first; each is told once (moved to `unsaved/told/`,
    /// where the user still finds it). A directory that cannot be read has none.
    pub fn take_untold_unsaved(&self) -> Vec<PathBuf> {
        let dir = self.root.join(UNSAVED_DIR);
        let Ok(entries) = fs::read_dir(&dir) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let told = dir.join("told");
        if fs::create_dir_all(&told).is_err() {
            return files;
        }
        files
            .into_iter()
            .map(|file| {
                let moved = told.join(file.file_name().unwrap_or_default());
                if fs::rename(&file, &moved).is_ok() {
                    moved
                } else {
                    file
                }
            })
            .collect()
    }
}

/// Where [`Store::keep_unsaved`] keeps what the reader could not store.
const UNSAVED_DIR: &str = "unsaved";

/// `path` with a leading `~` (alone or before a `/`) read as `home`.
pub fn expand_home(path: &Path, home: Option<&Path>) -> PathBuf {
    let Some(home) = home else {
        return path.to_path_buf();
    };
    match path.strip_prefix("~") {
        Ok(rest) => home.join(rest),
        Err(_) => path.to_path_buf(),
    }
}

/// Write `text` to a file the reader named (`:w`): `~` is their home; an
/// existing file is replaced only when `overwrite`. Returns where it went.
///
/// Written as the store writes: to a temporary file beside it, synced, then
/// renamed over the file. Without `overwrite` the name is first created empty
/// and exclusively, so an existing file is never replaced. A full disk or a
/// failed write leaves no empty or partial file behind, and an old file as it was.
///
/// `:w!` writes into what the name stands for, as an editor does: through a
/// symbolic link to its file, into a device as it is (/dev/null), and into a
/// file of several hard links in place (not atomically: the links must see
/// it); a file replaced keeps its permissions. A pipe is refused.
pub fn write_text_file(path: &Path, text: &str, overwrite: bool) -> Result<PathBuf, StoreError> {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    let path = expand_home(path, home.as_deref());
    let io = |cause: std::io::Error| {
        let dir = path.parent().filter(|dir| !dir.as_os_str().is_empty());
        if cause.kind() == std::io::ErrorKind::AlreadyExists {
            StoreError::Exists(path.clone())
        } else if let Some(dir) = dir.filter(|dir| {
            cause.kind() == std::io::ErrorKind::NotFound
                && fs::metadata(dir).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
        }) {
            StoreError::NoDirectory(dir.to_path_buf())
        } else {
            StoreError::Io {
                path: path.clone(),
                cause,
            }
        }
    };
    // A directory is one, with :w! or without (not a file that exists).
    if fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
        return Err(io(std::io::Error::from(std::io::ErrorKind::IsADirectory)));
    }
    let target = if overwrite {
        through_links(&path)
    } else {
        path.clone()
    };
    let existing = if overwrite {
        fs::metadata(&target).ok()
    } else {
        None
    };
    if let Some(meta) = &existing {
        if !meta.is_file() || links(meta) > 1 {
            // Into the device or the file itself (a directory refuses to be
            // opened for writing, which says so; a pipe is refused).
            open_in_place(&target, meta)
                .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.flush()))
                .map_err(io)?;
            return Ok(path);
        }
    }
    let tmp = temp_path(&target);
    let written = File::create(&tmp)
        .and_then(|mut f| {
            if let Some(meta) = &existing {
                f.set_permissions(meta.permissions())?;
            }
            f.write_all(text.as_bytes()).and_then(|()| f.sync_all())
        })
        .and_then(|()| {
            if overwrite {
                return fs::rename(&tmp, &target);
            }
            // The name is taken first, failing if it exists; the rename then
            // replaces that empty file with the whole text at once.
            fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)?;
            fs::rename(&tmp, &path).inspect_err(|_| {
                let _ = fs::remove_file(&path);
            })
        });
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written.map_err(io)?;
    Ok(path)
}

/// What `path` names once symbolic links are followed, to a file that may not
/// exist yet (a link whose file is gone is written to that file).
fn through_links(path: &Path) -> PathBuf {
    let mut at = path.to_path_buf();
    // A loop of links ends somewhere: the opening then says so.
    for _ in 0..40 {
        match fs::read_link(&at) {
            Ok(next) => {
                at = match at.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                }
            }
            Err(_) => break,
        }
    }
    at
}

/// `path` opened to be written as it is, emptied first when it is a file. A
/// pipe is refused: opening it would hold the reader until someone read it.
fn open_in_place(path: &Path, meta: &fs::Metadata) -> std::io::Result<File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() || kind.is_socket() {
            return Err(std::io::Error::other("is a pipe, not a file"));
        }
    }
    fs::OpenOptions::new()
        .write(true)
        .truncate(meta.is_file())
        .open(path)
}

/// How many names a file has.
#[cfg(unix)]
fn links(meta: &fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn links(_: &fs::Metadata) -> u64 {
    1
}

/// Replace `path` with `bytes` so that readers see the old or the new file, never
/// a part of one.
/// The temporary file `write_atomically` writes before renaming it to `path`:
/// `.<name>.<pid>.tmp` beside it (the annotation store's clean-up knows it).
fn temp_path(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    dir.join(format!(
        ".{}.{}.tmp",
        name.unwrap_or_default(),
        std::process::id()
    ))
}

/// Replace `path` with `bytes`: temporary file, fsync, rename, fsync of the
/// directory. Readers see the old or the new file, never part of one. Every
/// file of the store is written here.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| StoreError::Io {
            path,
            cause: source,
        }
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io(dir))?;
    let tmp = temp_path(path);
    let written = File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| fs::rename(&tmp, path));
    if let Err(source) = written {
        // Best effort: a stray temporary file is harmless but untidy.
        let _ = fs::remove_file(&tmp);
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            cause: source,
        });
    }
    // Make the rename itself durable; failing here loses nothing already written.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The most a file of the store may hold: some hundred thousand notes.
const STORE_FILE_MAX: u64 = 256 << 20;

/// Why a file of qari's own (the configuration, the store's) was not read.
pub(in crate::store) enum NotRead {
    Io(std::io::Error),
    /// A pipe, a device, a directory.
    NotRegular,
    /// Past the limit it was read with.
    TooLarge,
}

/// The bytes of the regular file at `path`, of at most `max`. A pipe there
/// would never end (opening one waits for a writer), a device such as
/// /dev/zero never stops giving: the file's kind is looked at before it is
/// opened and again on the open file, and the read stops a byte past `max`.
pub(in crate::store) fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, NotRead> {
    use std::io::Read as _;
    // Asked before opening: opening a pipe waits for a writer.
    if !fs::metadata(path).map_err(NotRead::Io)?.is_file() {
        return Err(NotRead::NotRegular);
    }
    let file = File::open(path).map_err(NotRead::Io)?;
    let meta = file.metadata().map_err(NotRead::Io)?;
    if !meta.is_file() {
        return Err(NotRead::NotRegular);
    }
    if meta.len() > max {
        return Err(NotRead::TooLarge);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(NotRead::Io)?;
    if bytes.len() as u64 > max {
        return Err(NotRead::TooLarge);
    }
    Ok(bytes)
}

/// [`read_regular`] for a file of the store, of at most [`STORE_FILE_MAX`]:
/// a file that is no regular one, or too large, is an error, and nothing of
/// the store is moved aside for it.
pub(in crate::store) fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::{Error, ErrorKind};
    read_regular(path, STORE_FILE_MAX).map_err(|e| match e {
        NotRead::Io(e) => e,
        NotRead::NotRegular => Error::new(ErrorKind::InvalidInput, "not a regular file"),
        NotRead::TooLarge => {
            let limit = crate::core::notice::size_in_words(STORE_FILE_MAX as usize);
            Error::new(ErrorKind::InvalidData, format!("larger than {limit}"))
        }
    })
}
