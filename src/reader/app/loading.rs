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
//!
//! Text piped in is judged laid out for the terminal or not on its first
//! piece (`core::pager_text::laid_out`), which may be a title before a
//! table (`(echo Pods:; sleep 1; kubectl get pods) | qari`): the whole is
//! judged again, as its direction is, and the column follows it.

use super::App;
use crate::core::view::Anchor;
use crate::reader::messages::Msg;

/// Said when `G` is pressed while the document is still loading.
/// (The catalogue's English; tests compare with it.)
pub const LOADED_END: &str = Msg::LoadedEnd.texts()[0];

/// Whether the document is a first piece, where the reader asked to go in
/// the whole, and the columns the whole is judged between (a field of the
/// app).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Loading {
    /// The document is a first piece; the whole is still being read.
    partial: bool,
    /// Where the reader asked to go while loading, and the view it left.
    awaiting: Option<(Goal, Anchor)>,
    /// Text piped in: the columns to choose between on the whole.
    columns: Option<PipedColumns>,
}

/// The text columns of text piped in with no program that said what it
/// wrote: the reading column for prose, and the one for text laid out for
/// the terminal (its whole width, unless the configuration file sets one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PipedColumns {
    pub prose: u16,
    pub laid_out: u16,
}

impl PipedColumns {
    /// The column for `text`, the start of the input.
    pub fn for_text(self, text: &str) -> u16 {
        if crate::core::pager_text::laid_out(text) {
            self.laid_out
        } else {
            self.prose
        }
    }
}

impl Loading {
    /// The document is a first piece.
    pub fn partial(&self) -> bool {
        self.partial
    }

    /// Say whether the document is a first piece; the end of loading
    /// forgets a goal, and says whether there was one.
    pub fn set_partial(&mut self, partial: bool) -> bool {
        self.partial = partial;
        !partial && self.awaiting.take().is_some()
    }

    /// Remember `goal` and the view `left` while loading; false when the
    /// document is whole already.
    fn wait_for(&mut self, goal: Goal, left: Anchor) -> bool {
        if self.partial {
            self.awaiting = Some((goal, left));
        }
        self.partial
    }

    /// The goal, if the view is still where it was left (`at`).
    fn reached(&mut self, at: Anchor) -> Option<Goal> {
        let (goal, left) = self.awaiting.take()?;
        (left == at).then_some(goal)
    }

    fn awaiting(&self) -> bool {
        self.awaiting.is_some()
    }

    /// Judge the whole between `columns` when it comes.
    pub fn judge_whole(&mut self, columns: Option<PipedColumns>) {
        self.columns = columns;
    }

    /// The columns to judge the whole between, once.
    fn take_columns(&mut self) -> Option<PipedColumns> {
        self.columns.take()
    }
}

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

    /// The document offset `percent`% into the text (of what is loaded):
    /// the first whose [`App::percent_at`] is `percent` (in a text of 100
    /// bytes or more), so that `50%` and the status bar after it say the
    /// same number.
    pub(in crate::reader::app) fn percent_offset(&self, percent: u8) -> usize {
        (self.doc.len() * usize::from(percent)).div_ceil(100)
    }

    /// How far into the text (of what is loaded) `offset` is, in whole
    /// percent, as the status bar says it: the one rule with
    /// [`App::percent_offset`].
    pub(in crate::reader::app) fn percent_at(&self, offset: usize) -> u8 {
        let percent = offset.min(self.doc.len()) * 100 / self.doc.len().max(1);
        u8::try_from(percent).unwrap_or(100)
    }

    /// While loading, remember `goal` with the view it left, and say what
    /// "the end" or "N%" meant.
    pub(in crate::reader::app) fn await_whole(&mut self, goal: Goal) {
        if !self.loading.wait_for(goal, self.anchor) {
            return;
        }
        self.flash = Some(match goal {
            Goal::End | Goal::Percent(100) => self.text(Msg::LoadedEnd),
            Goal::Percent(p) => self
                .interface
                .say(Msg::LoadedPercent, &[("p", &self.interface.number(p))]),
        });
    }

    /// The whole document has replaced the piece: reach the remembered goal,
    /// unless the reader has moved since it was set.
    pub(in crate::reader::app) fn reach_awaited(&mut self) {
        let Some(goal) = self.loading.reached(self.anchor) else {
            return;
        };
        match goal {
            Goal::End => {
                self.last_screen();
                self.flash = Some(self.text(Msg::LoadedAtEnd));
            }
            Goal::Percent(p) => {
                let offset = self.percent_offset(p);
                self.place(offset);
                self.cursor = Some(offset);
                self.jump_target = Some(offset);
                self.flash = Some(
                    self.interface
                        .say(Msg::LoadedAt, &[("p", &self.interface.number(p))]),
                );
            }
        }
    }

    /// The whole document has replaced the piece: text piped in takes the
    /// column its whole calls for.
    pub(in crate::reader::app) fn judge_column(&mut self) {
        if let Some(columns) = self.loading.take_columns() {
            self.column_max = columns.for_text(self.doc.text());
        }
    }

    /// True while a goal waits for the whole document.
    pub fn awaiting_whole(&self) -> bool {
        self.loading.awaiting()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_goal_is_kept_only_while_loading_and_reached_only_from_where_it_was_set() {
        let here = Anchor::default();
        let there = Anchor {
            paragraph: 3,
            offset: 0,
        };
        let mut loading = Loading::default();
        assert!(!loading.wait_for(Goal::End, here), "the document is whole");
        loading.set_partial(true);
        assert!(loading.wait_for(Goal::End, here));
        assert_eq!(loading.reached(there), None, "the reader moved: forgotten");
        assert!(!loading.awaiting());
        loading.wait_for(Goal::Percent(50), here);
        assert_eq!(loading.reached(here), Some(Goal::Percent(50)));
        loading.wait_for(Goal::End, here);
        assert!(
            loading.set_partial(false),
            "loading ended with a goal waiting"
        );
        assert!(!loading.awaiting());
    }

    #[test]
    fn piped_text_is_judged_once_on_the_whole() {
        let columns = PipedColumns {
            prose: 80,
            laid_out: 400,
        };
        let table =
            "Pods:\nNAME   READY   STATUS\nweb-0  1/1     Running\nweb-1  1/1     Running\n";
        assert_eq!(columns.for_text(table), 400);
        assert_eq!(columns.for_text("Pods:\n"), 80);
        let mut loading = Loading::default();
        loading.judge_whole(Some(columns));
        assert_eq!(loading.take_columns(), Some(columns));
        assert_eq!(loading.take_columns(), None);
    }
}
