//! A file that changes while it is read: at its end, the reader is told.
//!
//! qari reads a file whole when it opens it (less reads as it goes, so its
//! `G` reaches what a log gained since). A reader at the end of a file that
//! has grown or changed since would otherwise take the old end for the
//! file's: once the view is at the end, the file's size and time of change
//! are looked at (at most once a second, the idle loop waking for it) and a
//! change is said once.

use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use crate::reader::app::App;
use crate::reader::messages::Msg;
use crate::store::input::stamp;

/// How often the file is looked at while the view is at its end.
const EVERY: Duration = Duration::from_secs(1);

/// The file's size and time of change when it was read, and whether a
/// change was said.
#[derive(Debug)]
pub(super) struct Grown {
    at_open: Option<(u64, SystemTime)>,
    looked: Option<Instant>,
    told: bool,
}

impl Grown {
    /// For the file at `path` (none: standard input, which is not looked at).
    pub(super) fn new(path: Option<&Path>) -> Self {
        Self {
            at_open: path.and_then(stamp),
            looked: None,
            told: false,
        }
    }

    /// At the end of the document, say once that `path` changed since it
    /// was read.
    pub(super) fn check(&mut self, path: Option<&Path>, app: &mut App) {
        let (Some(path), Some(at_open)) = (path, self.at_open) else {
            return;
        };
        if self.told || app.loading() || app.screen().percent < 100 {
            return;
        }
        if self.looked.is_some_and(|t| t.elapsed() < EVERY) {
            return;
        }
        self.looked = Some(Instant::now());
        if stamp(path).is_some_and(|now| now != at_open) {
            self.told = true;
            let said = app
                .interface()
                .say(Msg::FileChanged, &[("name", &app.document().name)]);
            app.notify(said);
        }
    }
}
