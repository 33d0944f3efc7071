//! Selecting a passage with the keyboard (`v`, then `w` `b` `j` `k`) or by
//! dragging the mouse.
//!
//! A selection is two document offsets: the anchor, which stays, and the head,
//! which moves. What is selected is always the logical range between them, so
//! however the passage is cut into pieces on screen by line breaks and bidi
//! runs, it is the same run of text that a note is attached to. Words come
//! from UAX #29 word boundaries, found only near the head (`core::words`),
//! and lines from the view's layout (the cells are grapheme clusters), so
//! both ends always fall between clusters.

use crate::reader::messages::Msg;
use std::ops::Range;

use super::App;
use crate::core::view::{Anchor, LinePos};
use crate::core::words::{words_after, words_before, At};

/// Paragraphs a word motion looks through before giving up (blank stretches).
const WORD_SEARCH_PARAGRAPHS: usize = 200;

/// A passage being selected: document offsets (code points); `head` moves,
/// `anchor` is the far end of the origin (the word `v` selected, or the cell
/// a drag started on), which stays selected whichever way the head goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub head: usize,
    /// Start and end of the origin.
    origin: (usize, usize),
}

/// A mouse drag in progress (a field of the app).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drag {
    /// The cell the drag started on; `None` when no drag selects.
    start: Option<Range<usize>>,
    /// The mouse moved since the button went down.
    dragged: bool,
    /// Where the pointer is, and the row it started on.
    at: (u16, u16),
    row: u16,
    /// The pointer left its first row: the view's edges scroll from now on.
    armed: bool,
    /// The last step scrolled the view (so holding still scrolls on).
    scrolled: bool,
}

impl Drag {
    /// A key came: a resting drag stops scrolling (its button-up may never come).
    pub fn stop_scrolling(&mut self) {
        self.scrolled = false;
    }
}

impl Selection {
    /// `origin` selected, the head at its end.
    fn new(origin: Range<usize>) -> Self {
        Selection {
            anchor: origin.start,
            head: origin.end,
            origin: (origin.start, origin.end),
        }
    }

    /// The selected code points of the document.
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.head)..self.anchor.max(self.head)
    }

    /// The selection with its head at `head`: the origin stays selected, the
    /// anchor being its end away from the head (a head inside it selects it).
    fn with_head(self, head: usize) -> Self {
        let (start, end) = self.origin;
        let (anchor, head) = if head <= start && head < end {
            (end, head)
        } else if head >= end {
            (start, head)
        } else {
            (start, end)
        };
        Selection {
            anchor,
            head,
            ..self
        }
    }

    /// The head is before the origin.
    fn backwards(&self) -> bool {
        self.head <= self.origin.0 && self.head < self.origin.1
    }

    /// The code point the head is on: the last selected one when the head is
    /// after the anchor, else the first.
    fn head_char(&self) -> usize {
        if self.head > self.anchor {
            self.head - 1
        } else {
            self.head
        }
    }
}

/// The most empty lines one `j` or `k` passes over to reach text.
const EMPTY_LINES_PASSED: usize = 8;

impl App {
    /// `v`: select the word at the reading cursor (or the next one).
    pub(in crate::reader::app) fn start_selection(&mut self) {
        let at = self.reading_cursor();
        let word = self.word_bound(at, |w| (w.end > at).then_some(w.clone()));
        match word {
            Some(w) => {
                self.selection = Some(Selection::new(w));
                self.reveal_head();
            }
            None => self.flash = Some(self.text(Msg::NothingToSelect)),
        }
    }

    /// `w` (`forward`) or `b`: after the origin the head moves over word
    /// ends, before it over word starts; the origin itself stays selected.
    pub(in crate::reader::app) fn select_word(&mut self, forward: bool) {
        let Some(sel) = self.selection else { return };
        let (head, (start, end)) = (sel.head, sel.origin);
        let next = match (forward, sel.backwards()) {
            (true, false) => self.word_bound(head, |w| (w.end > head).then_some(w.end)),
            // Giving back words before the origin, down to the origin.
            (true, true) => Some(
                self.word_bound(head, |w| (w.start > head).then_some(w.start))
                    .filter(|&s| s < start)
                    .unwrap_or(end),
            ),
            (false, true) => self.word_bound_back(head, |w| (w.start < head).then_some(w.start)),
            // The origin alone: on to the word before it.
            (false, false) if head <= end => {
                self.word_bound_back(start, |w| (w.start < start).then_some(w.start))
            }
            (false, false) => Some(
                self.word_bound_back(head, |w| (w.end < head).then_some(w.end))
                    .map_or(end, |e| e.max(end)),
            ),
        };
        if let Some(head) = next {
            self.selection = Some(sel.with_head(head));
            self.reveal_head();
        }
    }

    /// `j` (`down`) or `k`: move the head to the next or previous visual line,
    /// as many code points into it as it was into its own line.
    pub(in crate::reader::app) fn select_line(&mut self, down: bool) {
        let Some(sel) = self.selection else { return };
        if self.doc.paragraph_count() == 0 {
            return;
        }
        // A head at a paragraph's start (the blank line between two, say) is
        // on that paragraph's first line, not at the end of the line before
        // it: else `j` from there found the same line again and never got
        // past the blank line.
        let at_start = {
            let p = self.doc.paragraph_at(sel.head);
            self.doc.span(p).offset == sel.head
        };
        let at = if at_start { sel.head } else { sel.head_char() };
        let (pos, start, _) = self.visual_line_of(at);
        let column = sel.head.saturating_sub(start);
        let step = |app: &mut Self, from| {
            if down {
                app.view.forward(&app.doc, from, 1)
            } else {
                app.view.backward(&app.doc, from, 1)
            }
        };
        // The empty line between two paragraphs is passed over: a passage
        // neither starts nor ends in it.
        let mut target = step(self, pos);
        for _ in 0..EMPTY_LINES_PASSED {
            let line = self.view.line(&self.doc, target);
            if line.start != line.end {
                break;
            }
            let next = step(self, target);
            if next == target {
                break;
            }
            target = next;
        }
        let head = if target == pos {
            // The first or last line: the head goes to its edge.
            let (_, start, end) = self.visual_line_of(at);
            if down {
                end
            } else {
                start
            }
        } else {
            let base = self.doc.span(target.paragraph).offset;
            let line = self.view.line(&self.doc, target);
            let (start, end) = (line.start as usize, line.end as usize);
            let want = start + column.min(end - start);
            // The nearest cluster start at or after `want` (cells are clusters).
            let snapped = line
                .cells
                .iter()
                .map(|c| c.offset as usize)
                .filter(|&o| o >= want)
                .min()
                .unwrap_or(end);
            self.word_edge(base + snapped, sel.origin)
        };
        self.selection = Some(sel.with_head(head));
        self.reveal_head();
    }

    /// `head`, moved by a line, taken to the edge of a word as the other
    /// motions leave it: past the origin, to the end of the word it is in
    /// (or of the word before the blank it is on); before the origin, to the
    /// start of its word (or of the word before): the line moved to is in the
    /// passage. A note then never quotes half a word (…إلى اتف).
    fn word_edge(&self, head: usize, (start, end): (usize, usize)) -> usize {
        let around = self.word_bound(head, |w| (w.end > head).then_some(w.clone()));
        if head > end {
            match around {
                Some(w) if w.start < head => w.end,
                _ => self
                    .word_bound_back(head, |w| (w.end <= head).then_some(w.end))
                    .map_or(head, |e| e.max(end)),
            }
        } else if head < start {
            match around {
                Some(w) if w.start <= head => w.start,
                _ => self
                    .word_bound_back(head, |w| (w.start < head).then_some(w.start))
                    .map_or(head, |s| s.min(start)),
            }
        } else {
            head
        }
    }

    /// The visual line showing document offset `offset`, with its document range.
    fn visual_line_of(&mut self, offset: usize) -> (LinePos, usize, usize) {
        let paragraph = self.doc.paragraph_at(offset);
        let base = self.doc.span(paragraph).offset;
        let within = u32::try_from(offset - base).unwrap_or(u32::MAX);
        let pos = self.view.line_of(
            &self.doc,
            Anchor {
                paragraph,
                offset: within,
            },
        );
        let line = self.view.line(&self.doc, pos);
        let (start, end) = (line.start as usize, line.end as usize);
        (pos, base + start, base + end)
    }

    /// Scroll so the line holding the head is on screen.
    fn reveal_head(&mut self) {
        let Some(sel) = self.selection else { return };
        if self.doc.paragraph_count() == 0 {
            return;
        }
        let (pos, _, _) = self.visual_line_of(sel.head_char());
        let top = self.top();
        let rows = usize::from(self.text_height());
        if pos < top {
            self.anchor = self.view.anchor_of(&self.doc, pos);
        } else if pos > self.view.forward(&self.doc, top, rows - 1) {
            let new_top = self.view.backward(&self.doc, pos, rows - 1);
            self.anchor = self.view.anchor_of(&self.doc, new_top);
        }
    }

    /// The first answer of `pick` over the words from the paragraph of `from`
    /// on; `pick` must refuse the words ending at or before `from` (they are
    /// not all looked at). Only the words near `from` are segmented, so a
    /// motion on a line of 50 MB costs what it passes over.
    fn word_bound<T>(&self, from: usize, pick: impl Fn(&Range<usize>) -> Option<T>) -> Option<T> {
        let count = self.doc.paragraph_count();
        if count == 0 {
            return None;
        }
        let first = self.doc.paragraph_at(from);
        (first..count.min(first + WORD_SEARCH_PARAGRAPHS)).find_map(|p| {
            let base = self.doc.span(p).offset;
            let at = self.at_in_paragraph(p, from.saturating_sub(base));
            words_after(self.doc.paragraph(p), at)
                .find_map(|w| pick(&(base + w.start..base + w.end)))
        })
    }

    /// The last answer of `pick` over the words up to the paragraph of
    /// `from`; `pick` must refuse the words starting at or after `from`.
    fn word_bound_back<T>(
        &self,
        from: usize,
        pick: impl Fn(&Range<usize>) -> Option<T>,
    ) -> Option<T> {
        if self.doc.paragraph_count() == 0 {
            return None;
        }
        let last = self.doc.paragraph_at(from);
        (last.saturating_sub(WORD_SEARCH_PARAGRAPHS)..=last)
            .rev()
            .find_map(|p| {
                let base = self.doc.span(p).offset;
                let at = self.at_in_paragraph(p, from.saturating_sub(base));
                words_before(self.doc.paragraph(p), at)
                    .find_map(|w| pick(&(base + w.start..base + w.end)))
            })
    }

    /// Code point `within` of paragraph `p` (its end when past it), with its byte.
    fn at_in_paragraph(&self, p: usize, within: usize) -> At {
        let (byte, offset) = self.doc.byte_in_paragraph(p, within);
        At { byte, offset }
    }

    /// The code points of the cell drawn nearest terminal cell (`x`, `y`) on
    /// row `y`: past a line's end the drag reaches its last cell (on either
    /// side, whatever the line's direction), on an empty line its start.
    fn cell_near(&self, x: u16, y: u16) -> Option<Range<usize>> {
        let shown = self.screen.lines.get(usize::from(y))?;
        let base = self.doc.span(shown.paragraph).offset;
        let x = usize::from(x);
        let mut edge = usize::from(self.screen.column_x) + shown.indent;
        let mut best: Option<(usize, Range<usize>)> = None;
        for cell in shown.line.cells.iter().filter(|c| c.width > 0) {
            let (left, right) = (edge, edge + usize::from(cell.width));
            edge = right;
            let distance = if x < left {
                left - x
            } else {
                x.saturating_sub(right - 1)
            };
            if best.as_ref().is_none_or(|(d, _)| distance < *d) {
                let start = base + cell.offset as usize;
                best = Some((distance, start..start + (cell.len as usize).max(1)));
            }
        }
        let start = base + shown.line.start as usize;
        Some(best.map_or(start..start, |(_, range)| range))
    }

    /// The left button went down at (`x`, `y`): a drag may start here (on
    /// the article's text column, with nothing open over it).
    pub fn drag_start(&mut self, x: u16, y: u16) {
        let screen = &self.screen;
        let left = screen.column_x;
        let on_text = (left..left.saturating_add(screen.column_width)).contains(&x)
            && usize::from(y) < screen.lines.len();
        let free = self.modal.is_none() && !self.help.is_open() && !screen.too_small;
        let start = if on_text && free {
            self.cell_near(x, y)
        } else {
            None
        };
        self.drag = Drag {
            start,
            dragged: false,
            at: (x, y),
            row: y,
            armed: false,
            scrolled: false,
        };
    }

    /// The mouse moved with the button down: select from where the drag
    /// started to the cell under the pointer, both cells included. On the
    /// view's first or last row (or below it) the view scrolls a line, once
    /// the pointer has left the row it started on.
    pub fn drag_to(&mut self, x: u16, y: u16) {
        self.drag_step(x, y, true);
    }

    /// [`App::drag_to`], scrolling at the edges only when `scroll`.
    fn drag_step(&mut self, x: u16, y: u16, scroll: bool) {
        let Some(from) = self.drag.start.clone() else {
            return;
        };
        let rows = self.screen.text_height;
        self.drag.at = (x, y);
        self.drag.armed |= y != self.drag.row;
        self.drag.scrolled = false;
        if scroll && self.drag.armed && self.doc.paragraph_count() > 0 {
            let before = self.anchor;
            if y == 0 {
                self.scroll_up(1);
            } else if y + 1 >= rows {
                self.scroll_down(1);
            }
            if self.anchor != before {
                self.drag.scrolled = true;
                self.refresh();
            }
        }
        let shown = self.screen.lines.len();
        let last = u16::try_from(shown.saturating_sub(1)).unwrap_or(0);
        // Below the document's last line: its end, whatever the direction.
        let below_end = usize::from(y) >= shown && self.screen.percent == 100;
        let end = self.screen.lines.last().map(|l| {
            let end = self.doc.span(l.paragraph).offset + l.line.end as usize;
            end..end
        });
        let Some(to) = end
            .filter(|_| below_end)
            .or_else(|| self.cell_near(x, y.min(last)))
        else {
            return;
        };
        self.drag.dragged = true;
        self.flash = None;
        let head = if to.start >= from.start {
            to.end
        } else {
            to.start
        };
        self.selection = Some(Selection::new(from).with_head(head));
        self.refresh();
    }

    /// A drag is resting on an edge of the view that still scrolls: the
    /// shell calls [`App::drag_tick`] while no event comes.
    pub fn drag_scrolling(&self) -> bool {
        self.drag.start.is_some() && self.drag.dragged && self.drag.scrolled
    }

    /// Time passed with the pointer held on an edge: scroll on a line.
    pub fn drag_tick(&mut self) {
        let (x, y) = self.drag.at;
        self.drag_to(x, y);
    }

    /// The button came up: a drag ends (its selection stays); a plain click
    /// selects nothing.
    pub fn drag_end(&mut self, x: u16, y: u16) {
        if self.drag.dragged {
            self.drag_step(x, y, false);
        }
        self.drag = Drag::default();
    }
}
