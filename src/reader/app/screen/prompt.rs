//! The one-line prompt over the status bar (`/` search, `:` commands),
//! prepared: its cells, its hint and where the terminal cursor goes.
//!
//! The typed text is laid out by the article's engine as one visual line, so
//! an Arabic query is joined and reads right to left as it will match. The
//! terminal cursor goes on the cell holding the input's cursor (logical), or
//! after the line's logical end: the far end of the line in its direction.

use unicode_width::UnicodeWidthStr;

use super::cells::{fit, FitText};
use crate::core::textinput::TextInput;
use crate::reader::app::{App, Modal};
use crate::reader::messages::{drawn_width, Msg};
use qari_layout::{self as layout, Direction, LayoutOptions};

/// The prompt of the next frame. Columns count from the row's left edge.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PromptLine {
    /// "/" or ":", at the left edge.
    pub prefix: &'static str,
    /// The typed text's cells as laid out: column and drawn text.
    pub cells: Vec<(u16, String)>,
    /// After the text, dimmed ("3/17", "not found"), cut to the row; `None`
    /// when there is none or no room for it.
    pub hint: Option<(u16, FitText)>,
    /// The column of the terminal cursor.
    pub cursor: u16,
    /// The mode's name at the right edge ("SEARCH", "COMMAND"), when the
    /// row has room for it after the text and the hint.
    pub mode: Option<(u16, String)>,
}

impl PromptLine {
    /// `prefix` and `input` on a row `width` columns wide, laid out with the
    /// article's `options` (but as one line, left to right when neutral),
    /// `hint` after the text.
    pub fn new(
        prefix: &'static str,
        input: &TextInput,
        hint: &str,
        options: &LayoutOptions,
        width: u16,
    ) -> Self {
        let options = LayoutOptions {
            width: None,
            fallback_direction: Direction::Ltr,
            ..options.clone()
        };
        let text = input.text();
        let cursor_cp = u32::try_from(text[..input.cursor()].chars().count()).unwrap_or(u32::MAX);
        let laid = layout::layout_paragraph(text, &options);
        let x0 = u16::try_from(prefix.width()).unwrap_or(u16::MAX);
        // The whole line's cells from 0, and the cursor's among them.
        let mut all = Vec::new();
        let mut at = 0usize;
        let mut cursor_at = None;
        for line in &laid.lines {
            for cell in &line.cells {
                if cell.width == 0 {
                    continue;
                }
                if cell.offset <= cursor_cp && cursor_cp < cell.offset + cell.len.max(1) {
                    cursor_at = Some(at);
                }
                all.push((
                    at,
                    usize::from(cell.width),
                    line.cell_text(cell).to_string(),
                ));
                at += usize::from(cell.width);
            }
        }
        let total = at;
        let room = usize::from(width.saturating_sub(x0));
        // Wider than the row: the part that holds the cursor, as a shell's
        // line scrolls (the logical end, where typing goes, by default).
        let end_at = if laid.direction == Direction::Rtl {
            0
        } else {
            total
        };
        let wanted = cursor_at.unwrap_or(end_at);
        let shift = if total < room {
            0
        } else {
            (wanted + 1)
                .saturating_sub(room)
                .min(total.saturating_sub(room.saturating_sub(1)))
        };
        let mut x = x0;
        let mut cells = Vec::new();
        let mut cursor = None;
        for (rel, w, text) in all {
            if rel < shift {
                continue;
            }
            let col = x0.saturating_add(u16::try_from(rel - shift).unwrap_or(u16::MAX));
            if usize::from(col) + w > usize::from(width) {
                break;
            }
            if cursor_at == Some(rel) {
                cursor = Some(col);
            }
            cells.push((col, text));
            x = col + u16::try_from(w).unwrap_or(1);
        }
        let hint = (!hint.is_empty() && x.saturating_add(2) < width)
            .then(|| (x + 2, fit(hint, width - x - 2)));
        // After the logical end: the far end of the line in its own direction.
        let end = if laid.direction == Direction::Rtl && !text.is_empty() {
            x0.saturating_sub(1)
        } else {
            x
        };
        Self {
            prefix,
            cells,
            hint,
            cursor: cursor.unwrap_or(end).min(width.saturating_sub(1)),
            mode: None,
        }
    }

    /// Name the mode at the right edge of a row `width` wide, if it fits
    /// after what is typed and the hint, a blank cell between.
    fn with_mode(mut self, mode: String, width: u16) -> Self {
        let used = self
            .hint
            .as_ref()
            .map_or(0, |(x, hint)| x + hint.width)
            .max(self.cells.last().map_or(0, |(x, _)| x + 1))
            .max(self.cursor + 1);
        let label = u16::try_from(drawn_width(&mode) + 2).unwrap_or(u16::MAX);
        if used.saturating_add(label) < width {
            self.mode = Some((width - label, mode));
        }
        self
    }
}

impl App {
    /// The open `/`, `?` or `:` prompt, laid out on the status bar's row.
    pub(super) fn prompt_line(&self) -> Option<PromptLine> {
        let width = self.size.0;
        let ui = self.interface;
        let said = |msg: Msg| ui.line(ui.text(msg), &self.options, usize::from(width));
        match &self.modal {
            Some(Modal::Search(prompt)) => Some(
                PromptLine::new(
                    prompt.sign(),
                    &prompt.input,
                    &ui.line(&self.search_hint(), &self.options, usize::from(width)),
                    &self.options,
                    width,
                )
                .with_mode(said(Msg::ModeSearch), width),
            ),
            Some(Modal::Command(input)) => Some(
                PromptLine::new(":", input, "", &self.options, width)
                    .with_mode(said(Msg::ModeCommand), width),
            ),
            // A window with no room for the editor's box: the note goes on
            // in one line over the status bar, so what is typed is seen and
            // goes into the note, never to the reader's keys.
            Some(Modal::Note(editor)) if self.note_has_no_room() => Some(
                PromptLine::new(
                    "\u{270e}",
                    &editor.input,
                    ui.text(Msg::NoteKeys),
                    &self.options,
                    width,
                )
                .with_mode(said(Msg::ModeNote), width),
            ),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(text: &str) -> TextInput {
        TextInput::with_text(text)
    }

    #[test]
    fn latin_text_follows_the_prefix_with_the_cursor_after_it() {
        let line = PromptLine::new(":", &input("goto"), "", &LayoutOptions::default(), 20);
        let drawn: String = line.cells.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(drawn, "goto");
        assert_eq!(line.cells[0].0, 1);
        assert_eq!(line.cursor, 5);
        assert_eq!(line.hint, None);
    }

    #[test]
    fn after_arabic_text_the_cursor_is_left_of_it() {
        // "كتب": laid out right to left; the logical end is on the left.
        let line = PromptLine::new(
            "/",
            &input("\u{643}\u{62A}\u{628}"),
            "3/17",
            &LayoutOptions::default(),
            20,
        );
        assert_eq!(line.cells.len(), 3);
        assert_eq!(line.cells[0].0, 1);
        assert_eq!(line.cursor, 0);
        let (x, hint) = line.hint.expect("room for the hint");
        assert_eq!((x, hint.text.as_str()), (6, "3/17"));
    }

    #[test]
    fn a_line_wider_than_the_row_shows_the_part_with_the_cursor() {
        let long = "the quick brown fox jumps over";
        let line = PromptLine::new("/", &input(long), "", &LayoutOptions::default(), 20);
        let drawn: String = line.cells.iter().map(|(_, t)| t.as_str()).collect();
        // The end, where typing goes, and the cursor after it in the last column.
        assert!(long.ends_with(&drawn) && drawn.len() == 18, "{drawn:?}");
        assert_eq!(line.cells[0].0, 1);
        assert_eq!(line.cursor, 19);
        // The cursor moved to the start: the start is shown.
        let mut at_start = input(long);
        at_start.line_start();
        let line = PromptLine::new("/", &at_start, "", &LayoutOptions::default(), 20);
        let drawn: String = line.cells.iter().map(|(_, t)| t.as_str()).collect();
        assert!(long.starts_with(&drawn), "{drawn:?}");
        assert_eq!(line.cursor, 1);
    }

    #[test]
    fn the_hint_is_cut_to_the_row() {
        let line = PromptLine::new(
            "/",
            &input("ab"),
            "not found",
            &LayoutOptions::default(),
            10,
        );
        let (x, hint) = line.hint.expect("some room");
        assert_eq!((x, hint.text.as_str()), (5, "not f"));
        let line = PromptLine::new("/", &input("abcdefg"), "x", &LayoutOptions::default(), 10);
        assert_eq!(line.hint, None);
    }
}
