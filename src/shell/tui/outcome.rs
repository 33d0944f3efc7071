//! How a reader ends: the status qari exits with, or a step to another file.

use crate::reader::app::FileStep;
use crate::store::SavedPosition;

/// The exit status for a reader ended by signal `caught` (0: by the user):
/// 128 + the signal's number, as a shell reports a process a signal killed.
pub(super) fn exit_status(caught: usize) -> u8 {
    match u8::try_from(caught) {
        Ok(0) | Err(_) => 0,
        Ok(n) => n.saturating_add(128),
    }
}

/// How a reader ended: with an exit status for qari (0, 128 + the signal that
/// ended it, or 2 when notes could not be stored), or by leaving for another
/// file (`:n`, `:p`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// qari ends with this status.
    Exit(u8),
    /// The reader moves to another file.
    Step(FileStep),
}

/// How the event loop ended.
pub(super) struct Ended {
    /// The whole document's hash (`None` when the reader quit before it was read).
    pub(super) hash: Option<String>,
    /// The position, with the marks, to remember.
    pub(super) position: SavedPosition,
    /// The annotations that could not be stored, for stderr.
    pub(super) unsaved: Option<String>,
    /// Why the loop ended, when the terminal failed.
    pub(super) failure: Option<anyhow::Error>,
    /// The file to read next.
    pub(super) step: Option<FileStep>,
    /// The document, when the reader left it for one of its links.
    pub(super) document: Option<crate::core::document::Document>,
    /// Files of notes an earlier reader could not store, told of at the
    /// start: said again on standard error, where the path stays readable.
    pub(super) told_unsaved: Vec<std::path::PathBuf>,
}
