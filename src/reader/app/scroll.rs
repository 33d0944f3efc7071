//! Scrolling, jumps and the mapping from terminal cells back to the text.
//!
//! The view is kept as a logical anchor (paragraph and offset), not a line
//! number, so it survives re-wrapping; these functions move that anchor by
//! visual lines through the `view` cache and never past the last full screen.
//! A jump also remembers where the view was (for `''`) and sets the reading
//! cursor, from which selections and searches start. A count before `z` `w`
//! or `d` `u` sets the size of later pages or half pages, as in less
//! ([`Windows`]).

use super::App;
use crate::core::view::{Anchor, LinePos, ScreenLine};
use crate::reader::action::Action;
use crate::reader::messages::Msg;

impl App {
    /// Put the text at document offset `offset` at the top (a remembered
    /// position), unless the reader has scrolled already: a position that
    /// arrives late (with the whole of a large document) must not yank them back.
    pub fn restore(&mut self, offset: usize) {
        if self.moved || self.doc.paragraph_count() == 0 {
            return;
        }
        let offset = offset.min(self.doc.len());
        let paragraph = self.doc.paragraph_at(offset);
        let range = self.doc.paragraph_range(paragraph);
        let within = offset.min(range.end) - range.start;
        self.anchor = Anchor {
            paragraph,
            offset: u32::try_from(within).unwrap_or(u32::MAX),
        };
        // Snap to the start of the line holding the offset, within the scroll range.
        let top = self.top();
        self.anchor = self.view.anchor_of(&self.doc, top);
        // The place remembered is read as it was saved (`reading_place`):
        // after `50%`, quit and reopen, the bar says 50% again.
        self.jump_target = Some(offset);
        self.refresh();
    }

    /// Where the reader is: the last jump's target while it is on the top
    /// line (after `50%`, the 50% point, not its line's start), else the
    /// start of the top line. The status bar's percentage and the position
    /// remembered on quitting are both read from it, so they agree.
    pub fn reading_place(&self) -> usize {
        self.place_on(&self.screen.lines)
    }

    /// [`App::reading_place`] with `lines` on the screen (the screen being made).
    pub(in crate::reader::app) fn place_on(&self, lines: &[ScreenLine]) -> usize {
        let Some(top) = lines.first() else {
            return self.position();
        };
        let base = self.doc.span(top.paragraph).offset;
        let line = base + top.line.start as usize..=base + top.line.end as usize;
        self.jump_target
            .filter(|target| line.contains(target))
            .unwrap_or(*line.start())
    }

    /// Open the document at `offset` (where a link's `#fragment` is): a
    /// jump there, its line at the top and the reading cursor on it; `''`
    /// goes back to where the view was (the remembered position, or the
    /// top), and a position arriving late does not move it.
    pub fn open_at(&mut self, offset: usize) {
        self.jump(offset);
        self.refresh();
    }

    /// Where a selection starts: the last jump's target while it is on screen,
    /// else the start of the top line.
    pub fn reading_cursor(&self) -> usize {
        let top = self.position();
        match self.cursor {
            Some(at) if at >= top && self.on_screen(at) => at,
            _ => top,
        }
    }

    /// Whether document offset `offset` is on one of the visible lines.
    pub(in crate::reader::app) fn on_screen(&self, offset: usize) -> bool {
        self.screen.lines.iter().any(|shown| {
            let base = self.doc.span(shown.paragraph).offset;
            (base + shown.line.start as usize..=base + shown.line.end as usize).contains(&offset)
        })
    }

    /// A jump (mark, `:goto`, `''`): remember where the view was for `''`,
    /// put the line holding `offset` at the top and the reading cursor on it.
    /// A panel over the article steps aside so the target is seen.
    pub(in crate::reader::app) fn jump(&mut self, offset: usize) {
        if self.panel.full_screen(self.size.0) {
            self.panel.step_aside();
        }
        self.before_jump = Some(self.position());
        self.moved = true;
        self.place(offset);
        self.cursor = Some(offset);
        self.jump_target = Some(offset);
    }

    /// A jump to something found (search hit, mention, note): as [`jump`],
    /// but the target's line goes about a third of the way down, so the
    /// sentence before it stays in view.
    ///
    /// [`jump`]: App::jump
    pub(in crate::reader::app) fn jump_to_found(&mut self, offset: usize) {
        self.jump(offset);
        let above = usize::from(self.text_height() / 3);
        if above == 0 || self.doc.paragraph_count() == 0 {
            return;
        }
        // From the target's own line (`place` may have stopped short of it
        // at the last full screen), a third of the rows back.
        let offset = offset.min(self.doc.len());
        let paragraph = self.doc.paragraph_at(offset);
        let start = self.doc.paragraph_range(paragraph).start;
        let at = Anchor {
            paragraph,
            offset: u32::try_from(offset - start).unwrap_or(u32::MAX),
        };
        let line = self.view.line_of(&self.doc, at);
        let top = self.view.backward(&self.doc, line, above);
        self.anchor = self.view.anchor_of(&self.doc, top);
        // Never past the last full screen.
        let top = self.top();
        self.anchor = self.view.anchor_of(&self.doc, top);
    }

    /// The document offset of the text in terminal cell (`x`, `y`), if the
    /// cell shows article text.
    pub fn offset_at(&self, x: u16, y: u16) -> Option<usize> {
        let screen = &self.screen;
        if screen.too_small || y >= screen.text_height {
            return None;
        }
        let shown = screen.lines.get(usize::from(y))?;
        let left = usize::from(screen.column_x) + shown.indent;
        let col = usize::from(x).checked_sub(left)?;
        let mut edge = 0;
        let cell = shown.line.cells.iter().find(|c| {
            edge += usize::from(c.width);
            col < edge
        })?;
        Some(self.doc.span(shown.paragraph).offset + cell.offset as usize)
    }

    /// The line at the top: the anchor's line, but never past the last full screen.
    pub(in crate::reader::app) fn top(&mut self) -> LinePos {
        if self.doc.paragraph_count() == 0 {
            return LinePos::default();
        }
        let at = self.view.line_of(&self.doc, self.anchor);
        let last = self.view.last_top(&self.doc, self.text_height().into());
        at.min(last)
    }

    pub(in crate::reader::app) fn scroll_down(&mut self, lines: usize) {
        if self.doc.paragraph_count() == 0 {
            return;
        }
        let top = self.top();
        let last = self.view.last_top(&self.doc, self.text_height().into());
        let next = self.view.forward(&self.doc, top, lines.max(1)).min(last);
        self.anchor = self.view.anchor_of(&self.doc, next);
    }

    pub(in crate::reader::app) fn scroll_up(&mut self, lines: usize) {
        if self.doc.paragraph_count() == 0 {
            return;
        }
        let top = self.top();
        let next = self.view.backward(&self.doc, top, lines.max(1));
        self.anchor = self.view.anchor_of(&self.doc, next);
    }

    /// Put the line holding document offset `offset` at the top.
    pub(in crate::reader::app) fn place(&mut self, offset: usize) {
        if self.doc.paragraph_count() == 0 {
            return;
        }
        let offset = offset.min(self.doc.len());
        let paragraph = self.doc.paragraph_at(offset);
        let start = self.doc.paragraph_range(paragraph).start;
        self.anchor = Anchor {
            paragraph,
            offset: u32::try_from(offset - start).unwrap_or(u32::MAX),
        };
        // The line's start, but never past the last full screen.
        let top = self.top();
        self.anchor = self.view.anchor_of(&self.doc, top);
    }
}

impl App {
    /// less's `=` and `C-g`: the document's name, the lines of the file on
    /// screen, the character at the top (qari counts the text's code points,
    /// not the file's bytes) and how far in it is, in the
    /// status bar. A document still being read has no total yet: "…".
    pub(in crate::reader::app) fn show_position(&mut self) {
        let ui = self.interface;
        // Laid out with the message, in either language.
        let name = self.written_name();
        let screen = &self.screen;
        let first = screen.paragraph.max(1);
        let last = screen.lines.last().map_or(first, |l| l.paragraph + 1);
        let (total, chars, percent) = if self.loading.partial() {
            let unknown = "\u{2026}".to_string();
            (unknown.clone(), unknown.clone(), unknown)
        } else {
            (
                ui.number(screen.paragraphs),
                ui.number(self.doc.len()),
                ui.number(screen.percent),
            )
        };
        self.flash = Some(ui.say(
            Msg::ShowPosition,
            &[
                ("name", &name),
                ("first", &ui.number(first)),
                ("last", &ui.number(last)),
                ("total", &total),
                ("at", &ui.number(self.position())),
                ("chars", &chars),
                ("p", &percent),
            ],
        ));
    }
}

/// The page and the half page a count made the size of later ones, as
/// less's `z` `w` and `d` `u` do; `None`: the screen's.
#[derive(Debug, Clone, Copy, Default)]
pub(in crate::reader::app) struct Windows {
    page: Option<usize>,
    half: Option<usize>,
}

impl Windows {
    /// `lines` counted before `action`: the new size of its kind of page.
    pub(in crate::reader::app) fn resize(&mut self, action: Action, lines: Option<usize>) {
        match action {
            Action::WindowDown | Action::WindowUp => self.page = lines.or(self.page),
            Action::HalfPageDown | Action::HalfPageUp => self.half = lines.or(self.half),
            _ => {}
        }
    }

    /// A page, on a text area `height` rows high.
    pub(in crate::reader::app) fn page(self, height: usize) -> usize {
        self.page.unwrap_or(height)
    }

    /// Half a page (`d`, `u`).
    pub(in crate::reader::app) fn half(self, height: usize) -> usize {
        self.half.unwrap_or(height / 2)
    }
}
