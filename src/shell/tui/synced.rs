//! Notes another qari changes while this one reads the same document.
//!
//! Two readers of one document each kept what they loaded: a note written,
//! edited or deleted in one showed in the other only after its own next
//! save. The store's file for the document is looked at (at most once a
//! second); when it changed and this reader has nothing waiting for the
//! store (a note being written, a save that failed), its notes are read
//! again and shown as they now are. A change this reader saved itself reads
//! back as what it holds, and is not said.

use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use crate::reader::annotate::place_all;
use crate::reader::app::App;
use crate::reader::messages::Msg;
use crate::store::Store;

/// How often the store's file is looked at.
const EVERY: Duration = Duration::from_secs(1);

/// The store file's size and time of change when last looked at.
#[derive(Debug, Default)]
pub(super) struct Synced {
    /// `None` until first looked at; then the file's stamp (`None`: no file).
    seen: Option<Option<(u64, SystemTime)>>,
    looked: Option<Instant>,
}

impl Synced {
    /// Whether a look is due: the loop, idle, wakes for it (once a second,
    /// which also looks at a file grown at its end: `grown`).
    pub(super) fn due(&self) -> bool {
        self.looked.is_none_or(|t| t.elapsed() >= EVERY)
    }

    pub(super) fn check(&mut self, store: Option<&Store>, path: Option<&Path>, app: &mut App) {
        if !self.due() {
            return;
        }
        self.looked = Some(Instant::now());
        let Some(store) = store else {
            return;
        };
        if app.loading() || app.annotations_unsaved() || app.modal().is_some() {
            return;
        }
        let now = store.annotations_stamp(&app.document().hash);
        if self.seen.replace(now).is_none_or(|before| before == now) {
            return;
        }
        let Ok(loaded) = store.load_annotations(&app.document().hash, path) else {
            // Said by the next load or save, which meets the same file.
            return;
        };
        // A file moved aside (it did not parse) or holding what this qari
        // cannot read: the notes shown stay, and the next save says why.
        if !loaded.moved_aside.is_empty() || !loaded.unreadable.is_empty() {
            return;
        }
        let placed = place_all(app.document().text(), loaded.annotations);
        let by_id = |mut all: Vec<_>| {
            all.sort_by(|a: &crate::reader::annotate::Annotation, b| a.id.cmp(&b.id));
            all
        };
        let theirs = by_id(placed.iter().map(|p| p.annotation.clone()).collect());
        let mine = by_id(
            app.annotations()
                .iter()
                .map(|p| p.annotation.clone())
                .collect(),
        );
        if theirs == mine {
            return;
        }
        app.set_annotations(placed);
        app.notify_once(app.interface().text(Msg::NotesChangedElsewhere));
    }
}
