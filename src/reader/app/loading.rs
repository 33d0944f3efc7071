//! Going to the end (`G`, `:goto 100%`) or to a percentage of a document that
//! is still loading.
//!
//! While only the first piece is there, its end is not the document's end and
//! its length is not the document's length. The reader is taken to the place
//! in what is loaded, told so, and the goal is remembered with where it left
//! the view: when the whole document replaces the piece and the view is still
//! there (the reader has not moved since), the goal is reached in the whole.
//! Comparing the view, rather than listing the actions that move it, covers
//! keys, the wheel, clicks, searches and marks alike.

use super::App;

/// Said when `G` is pressed while the document is still loading.
pub const LOADED_END: &str = "end of what is loaded so far; going to the end when loading finishes";

/// Where the reader asked to go, to be reached again in the whole document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Goal {
    /// The last screen (`G`).
    End,
    /// A percentage of the text (`:goto N%`).
    Percent(u8),
}

impl App {
    /// The last screen of the document (of what is loaded, while loading).
    pub(in crate::reader::app) fn go_to_end(&mut self) {
        self.last_screen();
        self.await_whole(Goal::End);
    }

    fn last_screen(&mut self) {
        if self.doc.paragraph_count() > 0 {
            let height = usize::from(self.text_height());
            let last = self.view.last_top(&self.doc, height);
            self.anchor = self.view.anchor_of(&self.doc, last);
        }
    }

    /// The document offset `percent`% into the text (of what is loaded).
    pub(in crate::reader::app) fn percent_offset(&self, percent: u8) -> usize {
        self.doc.len() * usize::from(percent) / 100
    }

    /// While loading, remember `goal` with the view it left, and say what
    /// "the end" or "N%" meant.
    pub(in crate::reader::app) fn await_whole(&mut self, goal: Goal) {
        if !self.loading {
            return;
        }
        self.awaiting = Some((goal, self.anchor));
        self.flash = Some(match goal {
            Goal::End | Goal::Percent(100) => LOADED_END.to_string(),
            Goal::Percent(p) => format!(
                "{p}% of what is loaded so far; going to {p}% of the whole when loading finishes"
            ),
        });
    }

    /// The whole document has replaced the piece: reach the remembered goal,
    /// unless the reader has moved since it was set.
    pub(in crate::reader::app) fn reach_awaited(&mut self) {
        let Some((goal, left)) = self.awaiting.take() else {
            return;
        };
        if left != self.anchor {
            return;
        }
        match goal {
            Goal::End => {
                self.last_screen();
                self.flash = Some("the whole document has loaded: at its end".into());
            }
            Goal::Percent(p) => {
                let offset = self.percent_offset(p);
                self.place(offset);
                self.cursor = Some(offset);
                self.flash = Some(format!("the whole document has loaded: at {p}% of it"));
            }
        }
    }

    /// True while a goal waits for the whole document.
    pub fn awaiting_whole(&self) -> bool {
        self.awaiting.is_some()
    }

    /// Forget the goal, and the promise of the flash: loading ended without
    /// a whole document.
    pub(in crate::reader::app) fn forget_awaited(&mut self) {
        if self.awaiting.take().is_some() {
            self.flash = None;
        }
    }
}
