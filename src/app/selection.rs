//! Selecting a passage with the keyboard (`v`, then `w` `b` `j` `k`) or by
//! dragging the mouse.
//!
//! A selection is two document offsets: the anchor, which stays, and the head,
//! which moves. What is selected is always the logical range between them, so
//! however the passage is cut into pieces on screen by line breaks and bidi
//! runs, it is the same run of text that a note is attached to. Words come
//! from UAX #29 word boundaries and lines from the view's layout (the cells
//! are grapheme clusters), so both ends always fall between clusters.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::{App, Selection};
use crate::view::LinePos;

/// Paragraphs a word motion looks through before giving up (blank stretches).
const WORD_SEARCH_PARAGRAPHS: usize = 200;

impl Selection {
    /// The selected code points of the document.
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.head)..self.anchor.max(self.head)
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

impl App {
    /// `v`: select the word at the reading cursor (or the next one).
    pub(super) fn start_selection(&mut self) {
        let at = self.reading_cursor();
        let word = self.word_bound(at, |w| (w.end > at).then_some(w.clone()));
        match word {
            Some(w) => {
                self.selection = Some(Selection {
                    anchor: w.start,
                    head: w.end,
                });
                self.reveal_head();
            }
            None => self.flash = Some("nothing to select here".into()),
        }
    }

    /// `w` (`forward`) or `b`: move the head to the next word's end or back to
    /// the previous one's; past the anchor the head moves over word starts.
    pub(super) fn select_word(&mut self, forward: bool) {
        let Some(Selection { anchor, head }) = self.selection else {
            return;
        };
        let next = if forward {
            if head >= anchor {
                self.word_bound(head, |w| (w.end > head).then_some(w.end))
            } else {
                match self.word_bound(head, |w| (w.start > head).then_some(w.start)) {
                    Some(s) if s < anchor => Some(s),
                    _ => self.word_bound(anchor, |w| (w.end > anchor).then_some(w.end)),
                }
            }
        } else if head > anchor {
            match self.word_bound_back(head, |w| (w.end < head).then_some(w.end)) {
                Some(e) if e > anchor => Some(e),
                _ => self.word_bound_back(anchor, |w| (w.start < anchor).then_some(w.start)),
            }
        } else {
            self.word_bound_back(head, |w| (w.start < head).then_some(w.start))
        };
        if let Some(head) = next {
            self.selection = Some(Selection { anchor, head });
            self.reveal_head();
        }
    }

    /// `j` (`down`) or `k`: move the head to the next or previous visual line,
    /// as many code points into it as it was into its own line.
    pub(super) fn select_line(&mut self, down: bool) {
        let Some(sel) = self.selection else { return };
        if self.doc.paragraph_count() == 0 {
            return;
        }
        let (pos, start, _) = self.visual_line_of(sel.head_char());
        let column = sel.head.saturating_sub(start);
        let target = if down {
            self.view.forward(&self.doc, pos, 1)
        } else {
            self.view.backward(&self.doc, pos, 1)
        };
        let head = if target == pos {
            // The first or last line: the head goes to its edge.
            let (_, start, end) = self.visual_line_of(sel.head_char());
            if down {
                end
            } else {
                start
            }
        } else {
            let base = self.doc.span(target.paragraph).offset;
            let line = &self.view.layout(&self.doc, target.paragraph).lines[target.line];
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
            base + snapped
        };
        self.selection = Some(Selection {
            anchor: sel.anchor,
            head,
        });
        self.reveal_head();
    }

    /// The visual line showing document offset `offset`, with its document range.
    fn visual_line_of(&mut self, offset: usize) -> (LinePos, usize, usize) {
        let paragraph = self.doc.paragraph_at(offset);
        let base = self.doc.span(paragraph).offset;
        let within = u32::try_from(offset - base).unwrap_or(u32::MAX);
        let lines = &self.view.layout(&self.doc, paragraph).lines;
        let line = lines
            .partition_point(|l| l.end <= within)
            .min(lines.len() - 1);
        let (start, end) = (lines[line].start as usize, lines[line].end as usize);
        (LinePos { paragraph, line }, base + start, base + end)
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

    /// The words of paragraph `p` as document code point ranges.
    fn words(&self, p: usize) -> Vec<Range<usize>> {
        let mut at = self.doc.span(p).offset;
        let mut out = Vec::new();
        for piece in self.doc.paragraph(p).split_word_bounds() {
            let n = piece.chars().count();
            if piece.chars().any(char::is_alphanumeric) {
                out.push(at..at + n);
            }
            at += n;
        }
        out
    }

    /// The first answer of `pick` over the words from the paragraph of `from` on.
    fn word_bound<T>(&self, from: usize, pick: impl Fn(&Range<usize>) -> Option<T>) -> Option<T> {
        let count = self.doc.paragraph_count();
        if count == 0 {
            return None;
        }
        let first = self.doc.paragraph_at(from);
        (first..count.min(first + WORD_SEARCH_PARAGRAPHS))
            .find_map(|p| self.words(p).iter().find_map(&pick))
    }

    /// The last answer of `pick` over the words up to the paragraph of `from`.
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
            .find_map(|p| self.words(p).iter().rev().find_map(&pick))
    }

    /// The code points of the cell drawn at terminal cell (`x`, `y`).
    fn cell_range_at(&self, x: u16, y: u16) -> Option<Range<usize>> {
        let start = self.offset_at(x, y)?;
        let shown = self.screen.lines.get(usize::from(y))?;
        let base = self.doc.span(shown.paragraph).offset;
        let cell = shown
            .line
            .cells
            .iter()
            .find(|c| base + c.offset as usize == start)?;
        Some(start..start + (cell.len as usize).max(1))
    }

    /// The left button went down at (`x`, `y`): a drag may start here.
    pub fn drag_start(&mut self, x: u16, y: u16) {
        self.notes.drag = self.cell_range_at(x, y);
        self.notes.dragged = false;
    }

    /// The mouse moved with the button down: select from where the drag
    /// started to the cell under the pointer, both cells included.
    pub fn drag_to(&mut self, x: u16, y: u16) {
        let Some(from) = self.notes.drag.clone() else {
            return;
        };
        let Some(to) = self.cell_range_at(x, y) else {
            return;
        };
        self.notes.dragged = true;
        self.flash = None;
        self.selection = Some(if to.start >= from.start {
            Selection {
                anchor: from.start,
                head: to.end,
            }
        } else {
            Selection {
                anchor: from.end,
                head: to.start,
            }
        });
        self.refresh();
    }

    /// The button came up: a drag ends (its selection stays); a plain click
    /// selects nothing.
    pub fn drag_end(&mut self, x: u16, y: u16) {
        if self.notes.dragged {
            self.drag_to(x, y);
        }
        self.notes.drag = None;
        self.notes.dragged = false;
    }
}
