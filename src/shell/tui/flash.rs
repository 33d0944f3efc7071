//! How long a message about the last key stays in the status bar.
//!
//! The app clears such a message (`App::flash`) at the next key; a reader who
//! presses none should not see it for ever, so the loop wakes at least every
//! poll and clears a message that has been shown unchanged for [`SHOWN_FOR`].
//! Notices (errors) are not messages of this kind: they stay until a key.

use std::time::{Duration, Instant};

use crate::reader::app::App;

/// How long a message about the last key is shown when no key follows.
pub const SHOWN_FOR: Duration = Duration::from_secs(4);

/// The message last seen in the bar and since when.
#[derive(Debug, Default)]
pub struct FlashClock {
    seen: Option<(String, Instant)>,
}

impl FlashClock {
    /// Clear the app's message if it has been shown for long enough at
    /// `now`; true when it was cleared (the bar must be drawn again).
    pub fn expire(&mut self, app: &mut App, now: Instant) -> bool {
        let Some(flash) = app.flash() else {
            self.seen = None;
            return false;
        };
        match &self.seen {
            Some((seen, since)) if seen == flash => {
                if now.duration_since(*since) >= SHOWN_FOR {
                    app.clear_flash();
                    self.seen = None;
                    return true;
                }
                false
            }
            _ => {
                self.seen = Some((flash.to_string(), now));
                false
            }
        }
    }
}
