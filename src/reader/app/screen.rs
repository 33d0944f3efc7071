//! The [`Screen`]: everything the next frame shows, computed before drawing.
//!
//! Drawing only copies what is here (lines, highlights, decorations, the
//! panel, the status bar, the open prompt or note editor), so the UI never
//! lays out or measures anything. [`App::refresh`] rebuilds it after every
//! change; the pieces with more to do than a field live in the submodules:
//! `status` (the bar, cut to width), `prompt` and `editor` (laid out like the
//! article, with the cursor's cell), `help` (the overlay's box and rows),
//! `cells` (cutting and cell widths).
//! The setters that change only what the bar says (a notice, loading or
//! recognition ending) rebuild the bar alone (`App::refresh_status`).

mod cells;
mod editor;
mod help;
mod prompt;
mod status;

#[cfg(test)]
pub(crate) use cells::test_line;
pub use cells::{FitText, PlacedCell};
pub use editor::{EditorView, LabelMenu, LABEL_MENU_WIDTH};
pub use help::{HelpRow, HelpView};
pub use prompt::PromptLine;
pub use status::{StatusLine, StatusRole, StatusSegment};

use super::{App, PanelScreen, MIN_HEIGHT, MIN_WIDTH};
use crate::core::view::ScreenLine;
use crate::reader::config::Side;
use crate::reader::highlight::{Decor, Mark};
use crate::reader::messages::{drawn_width, Msg};
use qari_layout::{self as layout, Direction, LayoutOptions};

/// What the next frame shows, computed before drawing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Screen {
    /// The terminal is smaller than [`MIN_WIDTH`] x [`MIN_HEIGHT`].
    pub too_small: bool,
    /// Left edge and width of the text column.
    pub column_x: u16,
    pub column_width: u16,
    /// Rows for text (the terminal's height minus the status bar).
    pub text_height: u16,
    pub lines: Vec<ScreenLine>,
    /// Highlights: one mark (or none) per cell of each line of `lines`.
    pub marks: Vec<Vec<Option<Mark>>>,
    /// Search hits, the selection and annotated passages: one [`Decor`] per
    /// cell of each line of `lines` (empty when nothing is decorated).
    pub decor: Vec<Vec<Decor>>,
    /// One per line of `lines`: the cells (indices, ascending) whose width
    /// the terminal must be told, as the layout's and unicode-width's differ.
    pub forced_widths: Vec<Vec<usize>>,
    /// The column (in the text area) of the annotation marker: left of the
    /// text column, else right of it; `None` when neither has room.
    pub note_gutter: Option<u16>,
    /// One per line of `lines`: it shows part of an annotated passage.
    pub noted: Vec<bool>,
    /// One per line of `lines`: its gutter cell, on the start side of its
    /// paragraph (right of the column for right-to-left text) when there is
    /// room there, else on the other side; `None` when neither has room.
    pub gutters: Vec<Option<u16>>,
    /// The line (index into `lines`) holding the reading cursor, where `v`
    /// starts, once a jump or a click placed it: its gutter shows
    /// [`CURSOR_MARKER`] (unless it shows a note's bar).
    pub cursor_line: Option<usize>,
    /// The entities panel, when it is open: beside the article, or over it
    /// when the terminal is too narrow for both.
    pub panel: Option<PanelScreen>,
    /// 1-based paragraph (line of the file) at the top, and how many there are.
    pub paragraph: usize,
    pub paragraphs: usize,
    /// How far into the document the view is; 100 when the end is on screen.
    pub percent: u8,
    /// The status bar.
    pub status: StatusLine,
    /// The open `/` or `:` prompt, over the status bar.
    pub prompt: Option<PromptLine>,
    /// The open note editor, over the article.
    pub editor: Option<EditorView>,
    /// The open help overlay, over everything.
    pub help: Option<HelpView>,
    /// The open list of links, over the article.
    pub links: Option<super::LinksView>,
    /// The open label menu, over the article.
    pub labels: Option<LabelMenu>,
    /// Said in the text area of an empty document (loading, or empty), as
    /// drawn.
    pub placeholder: String,
}

impl App {
    pub(in crate::reader::app) fn text_height(&self) -> u16 {
        self.size.1.saturating_sub(1).max(1)
    }

    /// Whether keys are being read in one go (all the terminal holds, then
    /// a frame). While they are, a note being typed is laid out once, when
    /// the batch ends, not once a letter: a burst of typing into a long note
    /// would lay out the growing note for each of its letters.
    pub fn batch_keys(&mut self, on: bool) {
        self.keys_batched = on;
        if !on {
            self.settle();
        }
    }

    /// Make the screen again if typing left it behind (before a frame, and
    /// before an event that reads it).
    pub fn settle(&mut self) {
        if self.screen_stale {
            self.refresh();
        }
    }

    /// Recompute what the next frame shows.
    pub(in crate::reader::app) fn refresh(&mut self) {
        self.screen_stale = false;
        let (width, height) = self.size;
        let panel_width = self.panel_width();
        // A blank cell between the article and the panel's border.
        let beside = panel_width + u16::from(panel_width > 0);
        let text_width = width - beside;
        let text_left = match self.panel.side() {
            Side::Left => beside,
            Side::Right => 0,
        };
        let mut column = column_width(text_width, self.column_max, self.margin);
        let mut column_x = text_left + text_width.saturating_sub(column) / 2;
        // Annotated passages are flagged in a gutter cell beside the column
        // (see `reader::theme`): while there are any, a column filling the whole
        // area gives up its first cell for it.
        let noted = self.notes.any_placed();
        // The cell is on the start side of a right-to-left document: its right.
        if noted && column >= text_width && column > 1 {
            column -= 1;
            column_x = text_left + u16::from(self.doc.direction != Direction::Rtl);
        }
        self.view.set_width(column.into());
        if self.help.is_open() {
            let (lines, room) = self.help_extent();
            self.help.clamp(lines, room);
        }
        let mut screen = Screen {
            too_small: width < MIN_WIDTH || height < MIN_HEIGHT,
            column_x,
            column_width: column,
            text_height: self.text_height(),
            paragraphs: self.doc.paragraph_count(),
            percent: 100,
            ..Screen::default()
        };
        if !screen.too_small && self.doc.paragraph_count() > 0 {
            let rows = usize::from(screen.text_height);
            let top = self.top();
            let end = self.view.end(&self.doc);
            let last_shown = self.view.forward(&self.doc, top, rows - 1);
            screen.lines = self.view.visible(&self.doc, top, rows);
            if let Some(entities) = self.panel.entities() {
                screen.marks = crate::reader::highlight::marks(
                    &self.doc,
                    &screen.lines,
                    &entities.recognition().mentions,
                    entities.current(),
                );
            }
            screen.decor = self.decor(&screen.lines);
            screen.forced_widths = cells::forced_widths(&screen.lines);
            screen.noted = screen
                .decor
                .iter()
                .map(|row| row.iter().any(|d| d.annotated))
                .collect();
            screen.paragraph = top.paragraph + 1;
            if last_shown != end {
                screen.percent = self.percent_at(self.place_on(&screen.lines)).min(99);
            }
        }
        let area = (text_left, text_left + text_width);
        screen.note_gutter = note_gutter(area, screen.column_x, screen.column_width);
        screen.gutters = self.line_gutters(&screen.lines, area, column_x, column);

        if !screen.too_small && panel_width > 0 {
            screen.panel = Some(self.panel_screen(panel_width, false));
        } else if !screen.too_small && self.panel.full_screen(width) {
            screen.panel = Some(self.panel_screen(width, true));
        }
        self.screen = screen;
        // These read the screen just made (the search's place is on it).
        // Marked once a jump or a click put it somewhere: until then `v`
        // starts at the top line, where the reader expects it.
        let at = self.reading_cursor();
        let doc = &self.doc;
        let placed = self.cursor == Some(at);
        self.screen.cursor_line = self
            .screen
            .lines
            .iter()
            .take_while(|_| placed)
            .position(|l| {
                let base = doc.span(l.paragraph).offset;
                (base + l.line.start as usize..base + l.line.end.max(l.line.start + 1) as usize)
                    .contains(&at)
            });
        // A note editor the window has no room for goes on in the prompt's
        // row (`prompt_line`). A label menu with no room for its box says
        // its keys in the status bar.
        if let Some(line) = self.label_menu_in_a_line(text_width) {
            self.flash = Some(line);
        }
        self.screen.status = self.status_line();
        self.screen.prompt = self.prompt_line();
        self.screen.editor = self.editor_view();
        self.screen.help = self.help_view();
        self.screen.links = self.links_view();
        self.screen.labels = self.label_menu();
        self.screen.placeholder = self.placeholder();
    }

    /// What the screen says instead of the article: the terminal is too
    /// small; or, for an empty document, it is still loading, or it is empty
    /// (changes with loading, as the status bar does).
    pub(in crate::reader::app) fn placeholder(&self) -> String {
        let ui = self.interface;
        let (width, height) = self.size;
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            let (w, h) = (ui.number(MIN_WIDTH), ui.number(MIN_HEIGHT));
            let text = ui.say(Msg::TooSmall, &[("w", &w), ("h", &h)]);
            // English wraps when drawn; Arabic is one row, cut at a word.
            return ui.line(&text, &self.options, usize::from(width.max(1)));
        }
        if !self.doc.is_empty() {
            return String::new();
        }
        let msg = if self.loading() {
            Msg::LoadingArticle
        } else {
            Msg::EmptyDocument
        };
        ui.line(ui.text(msg), &self.options, usize::from(width))
    }
}

/// The reading cursor's mark in the gutter, pointing at the text: for a
/// left-to-right line (gutter on the left) and a right-to-left one.
pub const CURSOR_MARKER: [&str; 2] = ["\u{25B8}", "\u{25C2}"];

impl App {
    /// Each line's gutter cell: the start side of its paragraph first.
    fn line_gutters(
        &self,
        lines: &[ScreenLine],
        (left, right): (u16, u16),
        column_x: u16,
        width: u16,
    ) -> Vec<Option<u16>> {
        let before = (column_x > left).then(|| column_x - 1);
        let after = column_x.checked_add(width).filter(|&a| a < right);
        let mut last: Option<(usize, bool)> = None;
        lines
            .iter()
            .map(|l| {
                let rtl = match last {
                    Some((p, rtl)) if p == l.paragraph => rtl,
                    _ => {
                        let rtl = layout::base_direction(
                            self.doc.paragraph(l.paragraph),
                            self.view.base(),
                        )
                        .unwrap_or(self.options.fallback_direction)
                            == Direction::Rtl;
                        last = Some((l.paragraph, rtl));
                        rtl
                    }
                };
                if rtl {
                    after.or(before)
                } else {
                    before.or(after)
                }
            })
            .collect()
    }

    /// Search hits, the selection and annotated passages on `lines`.
    fn decor(&self, lines: &[ScreenLine]) -> Vec<Vec<Decor>> {
        let mut decor = Vec::new();
        self.decorate_search(lines, &mut decor);
        self.decorate_annotations(lines, &mut decor);
        decor
    }
}

/// A name (which may be Arabic) as one visual line, control characters made
/// visible, shaped as the article is (`options`: joined letters where the
/// terminal does not join them).
pub(in crate::reader::app) fn visual_title(
    name: &str,
    direction: Direction,
    options: &LayoutOptions,
) -> String {
    let options = LayoutOptions {
        width: None,
        fallback_direction: direction,
        ..options.clone()
    };
    drawn_line(name, &options)
}

/// `text` drawn as one left-to-right line, whatever the paragraph direction
/// set for the article (an English message that quotes Arabic).
pub(in crate::reader::app) fn visual_ltr(text: &str, options: &LayoutOptions) -> String {
    let options = LayoutOptions {
        width: None,
        base: layout::BaseDirection::Fixed(Direction::Ltr),
        ..options.clone()
    };
    drawn_line(text, &options)
}

fn drawn_line(text: &str, options: &LayoutOptions) -> String {
    let laid = layout::layout_paragraph(text, options);
    // Cells carry the layout's sanitised drawing: control characters are pictures already.
    laid.lines
        .iter()
        .flat_map(|l| l.cells.iter().map(move |c| l.cell_text(c)))
        .collect()
}

/// [`visual_title`] in at most `room` columns: cut after its last whole
/// word that fits, in logical order, with "…" at its logical end (the left
/// end of an Arabic name), so that its first words stay; a name whose first
/// word does not fit comes back whole, for the bar to cut.
pub(in crate::reader::app) fn visual_title_within(
    name: &str,
    direction: Direction,
    options: &LayoutOptions,
    room: usize,
) -> String {
    let whole = visual_title(name, direction, options);
    if drawn_width(&whole) <= room {
        return whole;
    }
    name.char_indices()
        .filter(|&(at, c)| c == ' ' && at > 0)
        .map(|(at, _)| name[..at].trim_end())
        .filter(|words| !words.is_empty())
        .rev()
        .map(|words| visual_title(&format!("{words}\u{2026}"), direction, options))
        .find(|cut| drawn_width(cut) <= room)
        .unwrap_or(whole)
}

/// Where the annotation marker goes: the cell left of the text column, else
/// the one right of it, if it is inside the text area (`left..right`).
pub(in crate::reader::app) fn note_gutter(
    (left, right): (u16, u16),
    column_x: u16,
    width: u16,
) -> Option<u16> {
    let after = column_x.saturating_add(width);
    if column_x > left {
        Some(column_x - 1)
    } else if after < right {
        Some(after)
    } else {
        None
    }
}

/// The text column's width in `room` cells: at most `max`, leaving `margin`
/// blank columns on each side when there is room for them.
pub(in crate::reader::app) fn column_width(room: u16, max: u16, margin: u16) -> u16 {
    room.saturating_sub(margin.saturating_mul(2))
        .clamp(1, max.max(1))
}

#[cfg(test)]
mod tests {
    use super::note_gutter;

    #[test]
    fn the_gutter_is_left_of_the_column_else_right_else_nowhere() {
        assert_eq!(note_gutter((0, 100), 10, 80), Some(9));
        // A panel on the left: the gutter stays inside the text area.
        assert_eq!(note_gutter((30, 100), 30, 69), Some(99));
        assert_eq!(note_gutter((30, 100), 30, 70), None);
        assert_eq!(note_gutter((0, 20), 0, 20), None);
    }
}
