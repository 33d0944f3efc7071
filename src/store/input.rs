//! Reading an article: a file, standard input, or the built-in sample.
//!
//! This is the edge where the outside world fails: files go missing, are
//! directories or unreadable. Every such failure becomes one sentence naming the
//! path (`<path>: no such file`), because the shell prints it as is and a person
//! reads it. Opening is always done here, synchronously, so those errors come
//! before any screen. The reader then loads its document progressively
//! ([`start_loading`], see [`crate::store::loader`]); `qari render` instead pulls
//! paragraphs through [`ParagraphReader`], which decodes with the same function
//! as the document model and never holds more than one (bounded) line.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use anyhow::anyhow;

use crate::core::document::Document;
use crate::core::paragraphs::io_reason;
use crate::store::loader::{self, LoadUpdate, Loading};
use crate::store::pages::{self, ReadOptions};

/// The article `qari` opens when no file is given.
pub const DEFAULT_ARTICLE: &str = include_str!("../../assets/kazakhstan-2022-01-06.txt");
pub const DEFAULT_NAME: &str = "kazakhstan-2022-01-06.txt";

/// Where text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source<'a> {
    Builtin,
    Stdin,
    File(&'a Path),
}

impl<'a> Source<'a> {
    /// `-` means standard input; any other path is a file.
    pub fn from_path(path: &'a Path) -> Self {
        if path.as_os_str() == "-" {
            Self::Stdin
        } else {
            Self::File(path)
        }
    }

    /// How error messages name the source: the path as given.
    pub fn label(&self) -> String {
        match self {
            Self::Builtin => DEFAULT_NAME.to_string(),
            Self::Stdin => "standard input".to_string(),
            Self::File(p) => p.display().to_string(),
        }
    }

    /// How the reader titles the document: the file name without directories.
    pub fn title(&self) -> String {
        match self {
            Self::File(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            _ => self.label(),
        }
    }
}

/// Buffer size for reading files and standard input.
const READ_BUFFER: usize = 64 * 1024;

/// Open `source` for reading, refusing directories. Errors read `<path>: <reason>`.
pub fn open(source: Source<'_>) -> anyhow::Result<Box<dyn BufRead + Send>> {
    // `qari render page.html`, `qari search X https://…`: the article's text.
    if let Source::File(path) = source {
        if let Some((document, _)) = pages::open_markup(path)? {
            return Ok(Box::new(io::Cursor::new(
                document.text().to_string().into_bytes(),
            )));
        }
    }
    open_sized(source).map(|(reader, _)| reader)
}

/// [`open`], with the length of a regular file (a hint for the buffer).
pub fn open_sized(source: Source<'_>) -> anyhow::Result<(Box<dyn BufRead + Send>, Option<u64>)> {
    let fail = |err: &io::Error| anyhow!("{}: {}", source.label(), io_reason(err));
    Ok(match source {
        Source::Builtin => (
            Box::new(DEFAULT_ARTICLE.as_bytes()),
            Some(DEFAULT_ARTICLE.len() as u64),
        ),
        Source::Stdin => (
            Box::new(BufReader::with_capacity(READ_BUFFER, io::stdin())),
            None,
        ),
        Source::File(path) => {
            let file = File::open(path).map_err(|e| fail(&e))?;
            let meta = file.metadata().map_err(|e| fail(&e))?;
            if meta.is_dir() {
                return Err(anyhow!("{}: is a directory", source.label()));
            }
            let len = meta.is_file().then_some(meta.len());
            (Box::new(BufReader::with_capacity(READ_BUFFER, file)), len)
        }
    })
}

/// Load the whole document at `path` (`-`: standard input; `None`: the
/// built-in article) before returning, keeping at most the reader's
/// [`loader::Limits`]: past them the document ends there and carries the
/// warning ("stopped reading standard input at 1 GiB") in its `warnings`.
pub fn load(path: Option<&Path>) -> anyhow::Result<Document> {
    let source = path.map_or(Source::Builtin, Source::from_path);
    let loading = start_loading(path)?;
    let Some(pending) = loading.pending else {
        return Ok(loading.document);
    };
    match pending.wait() {
        LoadUpdate::Complete(document) => Ok(document),
        LoadUpdate::Capped { mut document, cap } => {
            let warning = cap.message(&document.name);
            document.warnings.push(warning);
            Ok(document)
        }
        LoadUpdate::Stopped { at, reason, .. } => Err(anyhow!(
            "{}: stopped reading at byte {at}: {reason}",
            source.label()
        )),
    }
}

/// Open `path` as [`load`] does and read its first piece; the rest follows in
/// the background ([`crate::store::loader`]). Errors opening the source or in the
/// first piece (binary data) come back here, before the reader starts.
pub fn start_loading(path: Option<&Path>) -> anyhow::Result<Loading> {
    start_loading_with(path, &ReadOptions::default())
}

/// [`start_loading`] with the command line's reading options. Web pages,
/// feeds, links and text in another encoding are read whole and converted
/// first ([`crate::store::pages`]); plain UTF-8 text streams.
pub fn start_loading_with(path: Option<&Path>, options: &ReadOptions) -> anyhow::Result<Loading> {
    if let Some((document, _)) = pages::open(path, options)? {
        return Ok(pages::into_loading(document));
    }
    let source = path.map_or(Source::Builtin, Source::from_path);
    let (reader, len) = open_sized(source)?;
    loader::start_with(&source.title(), reader, len, limits_from_env())
        .map_err(|e| anyhow!("{}: {e}", source.label()))
}

/// The reader's [`loader::Limits`], the byte limit lowered by the hidden
/// `QARI_MAX_INPUT_BYTES` (tests show the cap without piping a GiB).
fn limits_from_env() -> loader::Limits {
    let bytes = std::env::var("QARI_MAX_INPUT_BYTES")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0);
    loader::Limits {
        bytes: bytes.unwrap_or(loader::Limits::DEFAULT.bytes),
        ..loader::Limits::DEFAULT
    }
}

/// The whole of a small file named on the command line (a brat file to
/// import, tagger weights), or one sentence naming the path.
pub fn read_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| anyhow!("{}: {}", path.display(), io_reason(&e)))
}

/// A small text file named on the command line (a brat file to import), or
/// one sentence naming the path (not UTF-8 included).
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| anyhow!("{}: {}", path.display(), io_reason(&e)))
}

/// `path` made absolute (symbolic links resolved when it exists), for a
/// link to the document in an export.
pub fn absolute(path: &Path) -> std::path::PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_written_for_people() {
        let reason = |k| io_reason(&io::Error::from(k));
        assert_eq!(reason(io::ErrorKind::NotFound), "no such file");
        assert_eq!(reason(io::ErrorKind::PermissionDenied), "permission denied");
        assert_eq!(reason(io::ErrorKind::IsADirectory), "is a directory");
        assert_eq!(
            io_reason(&io::Error::from_raw_os_error(22)),
            "invalid argument"
        );
    }

    #[test]
    fn missing_file_and_directory_name_the_path() {
        let err = load(Some(Path::new("/nonexistent/qari.txt"))).expect_err("missing");
        assert_eq!(format!("{err:#}"), "/nonexistent/qari.txt: no such file");
        let dir = env!("CARGO_MANIFEST_DIR");
        let err = load(Some(Path::new(dir))).expect_err("directory");
        assert_eq!(format!("{err:#}"), format!("{dir}: is a directory"));
    }

    #[test]
    fn the_default_article_loads() {
        let doc = load(None).expect("built-in");
        assert_eq!(doc.name, DEFAULT_NAME);
        assert!(!doc.is_empty());
        assert_eq!(doc.direction, qari_layout::Direction::Rtl);
    }
}
