//! Which bar says the last key's message when the terminal is narrow.
//!
//! The message is what the reader looks at the bar for just then, and cut
//! at a word it can lose its point ("/tmp/out.txt exists (:w! replaces it)"
//! was "/tmp/o…" at 40 columns). So before it is cut, the bar gives it
//! room, least needed first: the help key's hint goes (it is said on every
//! screen), then the message's short form from the catalogue is said
//! (`messages/short.rs`), then the position steps aside for as long as the
//! message is shown (the next key brings it back), and with it the name
//! and notices after the message. Only a message that does not fit the
//! whole bar, short as it can be, is cut.

use unicode_width::UnicodeWidthStr;

use super::{StatusLine, StatusRole};
use crate::reader::app::App;
use crate::reader::messages::drawn_width;

impl App {
    /// The status bar for the app as it is now.
    pub(in crate::reader::app) fn status_line(&self) -> StatusLine {
        let said = self.said();
        let short = said.as_deref().and_then(|s| self.interface.shorten(s));
        let (position, bare) = (self.status_position(true), self.status_position(false));
        let tries = [
            (position.as_str(), said.as_deref()),
            (bare.as_str(), said.as_deref()),
            (bare.as_str(), short.as_deref()),
            ("", said.as_deref()),
            ("", short.as_deref()),
        ];
        for (position, text) in tries {
            // No short form: that try is the one before it.
            if text.is_none() && said.is_some() {
                continue;
            }
            let (mut pieces, at) = self.status_pieces(text);
            let Some(at) = at else {
                return self.status_bar(position, pieces);
            };
            if self.said_fits(position, &pieces[..=at]) {
                if position.is_empty() {
                    // Alone: the name after it would read as its end.
                    pieces.truncate(at + 1);
                }
                return self.status_bar(position, pieces);
            }
        }
        // Nothing fits whole: the shortest form alone, cut at a word.
        let (mut pieces, at) = self.status_pieces(short.as_deref().or(said.as_deref()));
        pieces.truncate(at.map_or(pieces.len(), |at| at + 1));
        self.status_bar("", pieces)
    }

    /// Whether `pieces` (the message's and those before it) fit whole
    /// beside `position` on the bar.
    fn said_fits(&self, position: &str, pieces: &[(String, StatusRole)]) -> bool {
        let width = |text: &str| {
            if self.interface.rtl() {
                drawn_width(&self.interface.line(text, &self.options, usize::MAX / 2))
            } else {
                text.width()
            }
        };
        let used: usize = pieces.iter().map(|(text, _)| width(text)).sum();
        used + width(position) <= usize::from(self.size.0)
    }
}
