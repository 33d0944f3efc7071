//! The app's side of search: the `/` and `?` prompts, hits, `n` / `N`.
//!
//! `?` searches backward, as in less: its first hit is the last one before
//! the reading cursor, and `n` then goes on backward, `N` forward.
//!
//! Typing in the prompt searches at every key: the view jumps to the first
//! hit at or after where the search started (the reading cursor), wrapping to
//! the top, and the hits on screen are highlighted. Esc puts back the view
//! and the previous search; Enter keeps the hits. As in less and vim, Enter
//! on an empty prompt searches for the last query again, and Up brings the
//! last query back into the prompt.
//!
//! On a big document the first hit is looked for a slice at a time too (a
//! [`Seek`], forward after `/` and backward after `?`): a key searches
//! [`COUNT_SLICE`] bytes, and if the hit is further the event loop goes on
//! between keys, the prompt saying "searching…", so a typo on a 100 MB file
//! never freezes the prompt.
//!
//! Nothing here holds a list of hits, so a query matching ten million times in
//! a 100 MB file costs no memory: moving (`n`, `N`, typing) asks the query for
//! the next hit from a position, the highlights are found again in the
//! visible paragraphs at each refresh, and `3/17` comes from a [`Count`] that
//! the app runs a slice at a time ([`COUNT_SLICE`] bytes per key, the rest in
//! [`App::search_step`] calls from the event loop), so a key never waits for
//! the whole document to be counted. Until it is, the status says `?/…`.
//! Counting is redone only when the hit moved to is not the next or previous
//! of a known one.

use std::ops::Range;

mod decorate;

use super::{App, Modal};
use crate::core::search::{
    self, Count, CountProgress, Found, Query, QueryError, Seek, SeekProgress,
};
use crate::core::textinput::TextInput;
use crate::reader::action::Action;
use crate::reader::keymap::{Key, KeyCode};
use crate::reader::messages::Msg;

/// Bytes searched or counted per slice: a few milliseconds of work in a
/// release build.
pub const COUNT_SLICE: usize = 8 << 20;

/// The `/` prompt while it is open.
#[derive(Debug, Clone, Default)]
pub struct SearchPrompt {
    pub input: TextInput,
    /// The position, reading cursor and `''` mark when `/` was pressed, and
    /// the search then in force: what Esc puts back.
    origin: usize,
    from: usize,
    cursor: Option<usize>,
    before_jump: Option<usize>,
    previous: Box<SearchState>,
    /// Opened with `?`: the search goes backward.
    backward: bool,
}

impl SearchPrompt {
    /// The prompt's sign: `/`, or `?` for a backward search.
    pub fn sign(&self) -> &'static str {
        if self.backward {
            "?"
        } else {
            "/"
        }
    }
}

/// The search in force (the last query, its current hit and counts).
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    query: Option<Query>,
    /// The hit last moved to (document code points).
    current: Option<Range<usize>>,
    /// 1-based place of `current` among all hits, and their number, once known.
    index: Option<usize>,
    total: Option<usize>,
    /// The first hit still being looked for (typing on a big document).
    seek: Option<Seek>,
    /// Counting still to do.
    count: Option<Count>,
    /// Hits stepped over (`n` +1, `N` -1) since the count in progress began:
    /// the current hit's place is the count's answer plus this.
    shift: i64,
    /// Why the typed text is not a query (a bad regex), for the prompt.
    error: Option<String>,
    /// The hits are not highlighted (`Esc`, `:noh`) until `n` or `N`.
    hidden: bool,
    /// The search was opened with `?`: `n` goes backward, `N` forward.
    backward: bool,
}

impl App {
    pub(in crate::reader::app) fn apply_search(&mut self, action: Action) {
        match action {
            Action::Search | Action::SearchBackward => {
                self.modal = Some(Modal::Search(SearchPrompt {
                    input: TextInput::default(),
                    origin: self.position(),
                    from: self.reading_cursor(),
                    cursor: self.cursor,
                    before_jump: self.before_jump,
                    previous: Box::new(self.search.clone()),
                    backward: action == Action::SearchBackward,
                }));
            }
            // After `?`, as in less, `n` goes on backward.
            Action::SearchNext => self.search_move(!self.search.backward),
            Action::SearchPrevious => self.search_move(self.search.backward),
            _ => {}
        }
    }

    pub(in crate::reader::app) fn search_key(&mut self, mut prompt: SearchPrompt, key: Key) {
        if key.alt {
            self.modal = Some(Modal::Search(prompt));
            return;
        }
        match key.code {
            KeyCode::Esc => return self.cancel_search(prompt),
            KeyCode::Char('c' | 'g') if key.ctrl => return self.cancel_search(prompt),
            KeyCode::Backspace if prompt.input.is_empty() => return self.cancel_search(prompt),
            KeyCode::Enter => {
                if prompt.input.is_empty() {
                    // As in less and vim, `/` Enter searches again for the
                    // last query: its next hit (`?` Enter: the one before).
                    let again = prompt.previous.query.is_some();
                    let backward = prompt.backward;
                    self.cancel_search(prompt);
                    if again {
                        self.search.backward = backward;
                        self.search_move(!backward);
                    }
                    return;
                }
                if self.search.current.is_none() && self.search.seek.is_none() {
                    self.flash = Some(match &self.search.error {
                        Some(error) => error.clone(),
                        None => self
                            .interface
                            .say(Msg::NotFoundQuery, &[("query", &prompt.input.text())]),
                    });
                }
                return;
            }
            KeyCode::Char('u') if key.ctrl => prompt.input = TextInput::default(),
            // The last query back, to change it.
            KeyCode::Up => {
                if let Some(query) = &prompt.previous.query {
                    prompt.input = TextInput::with_text(query.typed());
                }
            }
            KeyCode::Backspace => prompt.input.backspace(),
            KeyCode::Char(c) if !key.ctrl => prompt.input.insert(c),
            // Moving in the text leaves the query as it is. The arrows go
            // the way the query is drawn: in an Arabic one, Left is forward.
            KeyCode::Left | KeyCode::Right => {
                let rtl = qari_layout::paragraph_direction(prompt.input.text())
                    == Some(qari_layout::Direction::Rtl);
                if (key.code == KeyCode::Left) == rtl {
                    prompt.input.forward();
                } else {
                    prompt.input.backward();
                }
            }
            KeyCode::Home => prompt.input.line_start(),
            KeyCode::End => prompt.input.line_end(),
            _ => {}
        }
        self.search_edited(prompt);
    }

    /// The prompt was typed or pasted into: search again if the query changed.
    pub(in crate::reader::app) fn search_edited(&mut self, prompt: SearchPrompt) {
        let typed = self.search.query.as_ref().map(Query::typed);
        // The same words the other way (`?` then Up) are a new search too.
        let turned = self.search.query.is_some() && self.search.backward != prompt.backward;
        if typed != Some(prompt.input.text()) || turned {
            self.search_typed(&prompt);
        }
        self.modal = Some(Modal::Search(prompt));
    }

    /// The query changed: search again from where `/` was pressed.
    fn search_typed(&mut self, prompt: &SearchPrompt) {
        self.back_to_origin(prompt);
        let query = match Query::new(prompt.input.text()) {
            Ok(query) => query,
            // Something typed with nothing to search for (only harakat):
            // said as `qari search` says it, never "not found" as if the
            // text had been searched. (Nothing typed is no search yet.)
            Err(QueryError::Empty) => {
                let typed = !prompt.input.is_empty();
                self.search = SearchState {
                    error: typed.then(|| self.interface.text(Msg::EmptySearch).to_string()),
                    ..SearchState::default()
                };
                return;
            }
            Err(err) => {
                self.search = SearchState {
                    error: Some(err.to_string()),
                    ..SearchState::default()
                };
                return;
            }
        };
        // Either way a slice at a time: `?` from the cursor back, as `N`
        // goes, `/` from it on.
        let from = search::byte_of(&self.doc, prompt.from);
        self.search = SearchState {
            query: Some(query),
            seek: Some(Seek::new(from, prompt.backward)),
            backward: prompt.backward,
            ..SearchState::default()
        };
        self.seek_slice(false);
    }

    /// Look for the first hit in one more slice of the document; `announce`:
    /// say so in the status bar when there is none (the prompt is closed).
    fn seek_slice(&mut self, announce: bool) {
        let (Some(seek), Some(query)) = (&mut self.search.seek, &self.search.query) else {
            return;
        };
        match seek.step(query, self.doc.text(), COUNT_SLICE) {
            SeekProgress::Running => {}
            SeekProgress::Found { hit, .. } => {
                self.search.seek = None;
                let hit = search::to_chars(&self.doc, hit);
                self.go_to_hit(hit, None);
            }
            SeekProgress::NotFound => {
                self.search.seek = None;
                self.search.total = Some(0);
                if announce {
                    self.flash = Some(
                        self.interface
                            .say(Msg::NotFoundQuery, &[("query", &query.typed())]),
                    );
                }
            }
        }
    }

    /// Esc: the view, the cursor and the search as they were before `/`.
    fn cancel_search(&mut self, prompt: SearchPrompt) {
        self.back_to_origin(&prompt);
        self.search = *prompt.previous;
    }

    fn back_to_origin(&mut self, prompt: &SearchPrompt) {
        self.place(prompt.origin);
        self.cursor = prompt.cursor;
        self.before_jump = prompt.before_jump;
    }

    /// `n` (`forward`) or `N`: the next or previous hit, wrapping around.
    fn search_move(&mut self, forward: bool) {
        let Some(query) = self.search.query.clone() else {
            self.flash = Some(self.interface.text(Msg::NoSearch).to_string());
            return;
        };
        self.search.hidden = false;
        let at = self.reading_cursor();
        let on_current = self.cursor == Some(at);
        let found = if forward {
            search::next_hit(&self.doc, &query, at, on_current)
        } else {
            search::previous_hit(&self.doc, &query, at)
        };
        let Some(Found { hit, wrapped }) = found else {
            self.flash = Some(
                self.interface
                    .say(Msg::NotFoundQuery, &[("query", &query.typed())]),
            );
            return;
        };
        if wrapped {
            let to = if forward {
                Msg::WrappedTop
            } else {
                Msg::WrappedBottom
            };
            self.flash = Some(self.interface.text(to).to_string());
        }
        // The place of the new hit follows from the old one's when we moved
        // from it by one; otherwise it has to be counted.
        let from_current = on_current && self.search.current.as_ref().map(|h| h.start) == Some(at);
        let index = match (from_current, self.search.index, self.search.total) {
            (true, Some(i), Some(total)) => Some(match (forward, wrapped) {
                (true, true) => 1,
                (true, false) => i + 1,
                (false, true) => total,
                (false, false) => i - 1,
            }),
            _ => None,
        };
        if from_current && !wrapped && self.search.count.is_some() {
            // Still counting: the count goes on, its answer shifted by the step.
            self.search.shift += if forward { 1 } else { -1 };
            self.jump_to_found(hit.start);
            self.search.current = Some(hit);
            self.count_slice();
            return;
        }
        self.go_to_hit(hit, index);
    }

    /// Jump to `hit`; count hits unless its place is known already.
    fn go_to_hit(&mut self, hit: Range<usize>, index: Option<usize>) {
        self.jump_to_found(hit.start);
        match index {
            Some(i) => {
                self.search.index = Some(i);
                self.search.count = None;
            }
            None => {
                self.search.index = None;
                self.search.shift = 0;
                self.search.count = Some(Count::new(search::byte_of(&self.doc, hit.start)));
            }
        }
        self.search.current = Some(hit);
        self.count_slice();
    }

    /// Count one slice of the document, if counting is under way.
    fn count_slice(&mut self) {
        let (Some(count), Some(query)) = (&mut self.search.count, &self.search.query) else {
            return;
        };
        if let CountProgress::Done { total, before } =
            count.step(query, self.doc.text(), COUNT_SLICE)
        {
            self.search.total = Some(total);
            let place = i64::try_from(before).unwrap_or(i64::MAX) + 1 + self.search.shift;
            self.search.index = usize::try_from(place).ok();
            self.search.count = None;
        }
    }

    /// A new document: when it begins with the old one (the whole replacing
    /// its first piece) the hits stay good but those past the piece must be
    /// counted; otherwise the search is over.
    pub(in crate::reader::app) fn search_document_replaced(&mut self, grew: bool) {
        if !grew {
            self.search = SearchState::default();
            return;
        }
        if let (Some(current), None) = (&self.search.current, &self.search.seek) {
            let mark = search::byte_of(&self.doc, current.start);
            self.search.index = None;
            self.search.total = None;
            self.search.shift = 0;
            self.search.count = Some(Count::new(mark));
        }
    }

    /// A search is in force (`n` finds its next hit).
    pub(in crate::reader::app) fn search_active(&self) -> bool {
        self.search.query.is_some()
    }

    /// Hits are still being counted: the shell should call [`App::search_step`]
    /// while no key is waiting.
    pub fn search_pending(&self) -> bool {
        self.search.seek.is_some() || self.search.count.is_some()
    }

    /// Search or count another slice (from the event loop, between keys).
    pub fn search_step(&mut self) {
        if self.search.seek.is_some() {
            let prompt_open = matches!(self.modal, Some(Modal::Search(_)));
            self.seek_slice(!prompt_open);
        } else {
            self.count_slice();
        }
        self.refresh();
    }

    /// `3/17` while the hit moved to is on screen (`?/…` until counted);
    /// `None` without a search or hits, or once the reader has scrolled away
    /// from the hit or Esc took them back from a new one: a place among the
    /// hits is then no longer where they are.
    pub fn search_status(&self) -> Option<String> {
        // Hits hidden (Esc, as vim's `:noh`): no count for hits not shown.
        self.search.query.as_ref().filter(|_| !self.search.hidden)?;
        let current = self.search.current.as_ref()?;
        if !self.on_screen(current.start) {
            return None;
        }
        let ui = self.interface;
        let index = self.search.index.map_or("?".to_string(), |i| ui.number(i));
        let total = self
            .search
            .total
            .map_or("\u{2026}".to_string(), |t| ui.number(t));
        Some(format!("{index}/{total}"))
    }

    /// What the `/` prompt shows after the typed text: the count, "not
    /// found" or why the text is not a query.
    pub fn search_hint(&self) -> String {
        if let Some(error) = &self.search.error {
            return error.clone();
        }
        if self.search.seek.is_some() {
            return self.interface.text(Msg::Searching).to_string();
        }
        match (&self.search.query, self.search_status()) {
            (_, Some(status)) => status,
            (Some(_), None) => self.interface.text(Msg::NotFound).to_string(),
            (None, None) => String::new(),
        }
    }

    /// The hit the view last moved to (document code points).
    pub fn current_hit(&self) -> Option<Range<usize>> {
        self.search.current.clone()
    }
}
