//! The note editor's box, prepared: where it goes over the article, the rows
//! of the note it shows, and where the terminal cursor goes.
//!
//! Each line of a note is laid out by the article's engine at the box's inner
//! width, so Arabic is joined and reordered as in the article, and a line that
//! reads right to left is right-aligned (an empty line takes the article's
//! direction, so an Arabic reader's cursor starts on the right). The terminal
//! cursor goes on the cell holding the input's cursor, or just past the
//! logical end of its line, as in the prompts. A note taller than the box
//! shows as much of its end as fits with the cursor in view.

use crate::reader::annotate::Label;
use crate::reader::kinds;
use crate::reader::messages::{drawn_width, Msg};
use ratatui::layout::Rect;

use super::cells::PlacedCell;
use crate::reader::app::{App, LabelPicker, Modal, NoteEditor};
use qari_layout::{self as layout, Direction, LayoutOptions, VisualLine};

/// The editor box is at most this wide (border included) and shows at most
/// this many rows of text.
const EDITOR_WIDTH: u16 = 60;
const EDITOR_ROWS: u16 = 8;

/// The label menu's width, border included.
pub const LABEL_MENU_WIDTH: u16 = 24;

/// The label menu of the next frame: its words as drawn, in the interface's
/// language (each name after its number key).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LabelMenu {
    pub title: String,
    pub hint: String,
    pub names: Vec<String>,
    pub choice: usize,
    /// The Arabic interface: the names right-aligned.
    pub rtl: bool,
}

impl App {
    /// Whether the open note editor has no room for its box (as
    /// `editor_view` measures it): it is then a line over the status bar.
    pub(super) fn note_has_no_room(&self) -> bool {
        matches!(&self.modal, Some(Modal::Note(editor))
            if EditorView::new(editor, &self.options, self.size.0, self.text_height()).is_none())
    }

    /// The open label menu in one line, for a text area `width` cells wide
    /// that has no room for its box (it is then not drawn): the name and
    /// each label after its key, for the status bar.
    pub(super) fn label_menu_in_a_line(&self, width: u16) -> Option<String> {
        let Some(Modal::Label(picker)) = &self.modal else {
            return None;
        };
        let rows = u16::try_from(Label::ALL.len()).unwrap_or(u16::MAX);
        if width >= LABEL_MENU_WIDTH && self.text_height() >= rows.saturating_add(2) {
            return None;
        }
        let ui = self.interface;
        let choices: Vec<String> = Label::ALL
            .iter()
            .enumerate()
            .map(|(i, &label)| format!("{} {}", ui.number(i + 1), kinds::label_word(ui, label)))
            .collect();
        Some(format!(
            "{} \u{2014} {}",
            self.label_title(picker),
            choices.join(" \u{b7} ")
        ))
    }

    /// The text of `span` on one line, its runs of spaces and line ends one
    /// space each: the passage a box's top border shows.
    fn passage_line(&self, span: std::ops::Range<usize>) -> String {
        let text = crate::reader::entities_view::mention_text(&self.doc, span);
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The label menu's title: its word and the start of the name labelled.
    fn label_title(&self, picker: &LabelPicker) -> String {
        let mut passage = self.passage_line(picker.span.clone());
        // The box's title has some 20 cells, " label: " and its blank
        // among them: the name's first ten characters are kept.
        if let Some((cut, _)) = passage.char_indices().nth(10) {
            passage.truncate(cut);
            passage.push('\u{2026}');
        }
        // The Arabic interface lays the whole title out; the English one
        // draws it as it is, so an Arabic name is put in drawing order here.
        if !self.interface.rtl() {
            passage = super::visual_title(&passage, self.doc.direction, &self.options);
        }
        format!("{}: {passage}", self.interface.text(Msg::LabelTitle).trim())
    }

    /// The open label menu.
    pub(super) fn label_menu(&self) -> Option<LabelMenu> {
        let Some(Modal::Label(picker)) = &self.modal else {
            return None;
        };
        let ui = self.interface;
        let lay = |text: &str| ui.line(text, &self.options, usize::from(self.size.0));
        let names = Label::ALL
            .iter()
            .enumerate()
            .map(|(i, &label)| {
                let name = kinds::label_word(ui, label);
                lay(&format!(" {} {name} ", ui.number(i + 1)))
            })
            .collect();
        // The name being labelled after the title, so that the reader sees
        // what a number key will relabel.
        let title = format!(" {} ", self.label_title(picker));
        Some(LabelMenu {
            title: lay(&title),
            hint: lay(ui.text(Msg::LabelKeys)),
            names,
            choice: picker.choice,
            rtl: ui.rtl(),
        })
    }
}

/// A message in English: the editor's words before the app puts them in
/// the interface's language.
fn english(msg: Msg) -> String {
    msg.texts()[0].to_string()
}

/// The note editor of the next frame, in the text area's coordinates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EditorView {
    /// The box, border included.
    pub area: Rect,
    /// The top border's title and the bottom border's hint (a question to
    /// answer when `confirm`), as drawn.
    pub title: String,
    pub hint: String,
    pub confirm: bool,
    /// The Arabic interface: the title, the passage and the hint from the
    /// right, the arrows at the left.
    pub rtl: bool,
    /// Rows of the note above or below the box (arrows on its border).
    pub more_above: bool,
    pub more_below: bool,
    /// The rows shown, top to bottom, each with its cells in place.
    pub rows: Vec<Vec<PlacedCell>>,
    /// Where the terminal cursor goes (column, row).
    pub cursor: Option<(u16, u16)>,
    /// The start of the passage the note is for, in the top border after
    /// the title, cut with "…".
    pub passage: Vec<PlacedCell>,
}

/// One visual row of the note: its line, pad, and where the cursor is on it.
struct NoteRow {
    line: VisualLine,
    indent: usize,
    cursor: Option<usize>,
}

impl EditorView {
    /// The box for `editor` over a text area `width` x `height`, laid out with
    /// the article's `options`; `None` when the area is too small for it.
    pub fn new(
        editor: &NoteEditor,
        options: &LayoutOptions,
        width: u16,
        height: u16,
    ) -> Option<Self> {
        let box_width = width.saturating_sub(2).min(EDITOR_WIDTH);
        if box_width < 8 || height < 5 {
            return None;
        }
        let inner = box_width - 2;
        let rows = note_rows(editor, options, usize::from(inner));
        let shown = u16::try_from(rows.len())
            .unwrap_or(u16::MAX)
            .clamp(3, EDITOR_ROWS)
            .min(height - 2);
        let area = Rect {
            x: (width - box_width) / 2,
            y: (height - shown - 2) / 2,
            width: box_width,
            height: shown + 2,
        };
        let cursor_row = rows.iter().position(|r| r.cursor.is_some()).unwrap_or(0);
        // As much of the note's end as fits with the cursor in view: moving up
        // from the last line moves the cursor, not the text, until the top row.
        let room = usize::from(shown);
        let first = rows
            .len()
            .saturating_sub(room)
            .clamp((cursor_row + 1).saturating_sub(room), cursor_row);
        let x0 = area.x + 1;
        let right = x0 + inner;
        let mut cursor = None;
        let mut shown_rows = Vec::new();
        for (row, y) in rows.iter().skip(first).zip(area.y + 1..area.y + 1 + shown) {
            let mut x = x0 + u16::try_from(row.indent).unwrap_or(0);
            let mut cells = Vec::new();
            for cell in &row.line.cells {
                if cell.width == 0 || x.saturating_add(cell.width) > right {
                    continue;
                }
                cells.push(PlacedCell::new(&row.line, cell, x));
                x += cell.width;
            }
            shown_rows.push(cells);
            if let Some(col) = row.cursor {
                let cx = (x0 + u16::try_from(col).unwrap_or(0)).min(right.saturating_sub(1));
                cursor = Some((cx.max(x0), y));
            }
        }
        Some(Self {
            area,
            title: english(if editor.editing.is_some() {
                Msg::EditNoteTitle
            } else {
                Msg::NoteTitle
            }),
            hint: english(if editor.confirm {
                Msg::DiscardNote
            } else {
                Msg::NoteKeys
            }),
            confirm: editor.confirm,
            rtl: false,
            more_above: first > 0,
            more_below: first + room < rows.len(),
            rows: shown_rows,
            cursor,
            passage: Vec::new(),
        })
    }
}

impl App {
    /// The open note editor, over the article's rows.
    pub(super) fn editor_view(&self) -> Option<EditorView> {
        match &self.modal {
            Some(Modal::Note(editor)) => {
                let mut view =
                    EditorView::new(editor, &self.options, self.size.0, self.text_height())?;
                if self.interface.rtl() {
                    let ui = self.interface;
                    view.rtl = true;
                    let lay = |msg| ui.line(ui.text(msg), &self.options, usize::from(self.size.0));
                    view.title = lay(if editor.editing.is_some() {
                        Msg::EditNoteTitle
                    } else {
                        Msg::NoteTitle
                    });
                    view.hint = lay(if editor.confirm {
                        Msg::DiscardNote
                    } else {
                        Msg::NoteKeys
                    });
                }
                view.passage = self.passage_cells(editor, &view);
                Some(view)
            }
            _ => None,
        }
    }

    /// The start of `editor`'s passage laid out in the top border of `view`
    /// after its title (a blank cell each side, room kept for the arrow).
    fn passage_cells(&self, editor: &NoteEditor, view: &EditorView) -> Vec<PlacedCell> {
        let text = self.passage_line(editor.span.clone());
        let title = u16::try_from(drawn_width(&view.title)).unwrap_or(u16::MAX);
        let right = view.area.x + view.area.width;
        // After the title (before it, from the right, in Arabic), room kept
        // for the arrow at the other end.
        let (x0, room) = if view.rtl {
            let end = right.saturating_sub(2 + title);
            (view.area.x + 4, end.saturating_sub(view.area.x + 4))
        } else {
            let x0 = view.area.x + 1 + title + 1;
            (x0, right.saturating_sub(x0 + 4))
        };
        if text.is_empty() || room < 4 {
            return Vec::new();
        }
        let options = LayoutOptions {
            width: Some(usize::from(room)),
            ..self.options.clone()
        };
        let laid = crate::reader::entities_view::one_line(&text, &options);
        let shown = u16::try_from(laid.line.width).unwrap_or(room).min(room);
        let mut x = if view.rtl { x0 + room - shown } else { x0 };
        let mut cells = Vec::new();
        for cell in laid.line.cells.iter().filter(|c| c.width > 0) {
            if x + cell.width > x0 + room {
                break;
            }
            cells.push(PlacedCell::new(&laid.line, cell, x));
            x += cell.width;
        }
        cells
    }
}

/// The note's lines laid out at `width`, each visual row with the cursor's
/// column (counted from the inner left edge) when it is on that row.
fn note_rows(editor: &NoteEditor, options: &LayoutOptions, width: usize) -> Vec<NoteRow> {
    // An empty line takes the article's direction (`options`).
    let options = LayoutOptions {
        width: Some(width),
        ..options.clone()
    };
    let (cursor_line, cursor_col) = editor.input.cursor_line_col();
    let cursor_col = u32::try_from(cursor_col).unwrap_or(u32::MAX);
    let mut rows = Vec::new();
    for (i, text) in editor.input.text().split('\n').enumerate() {
        let laid = layout::layout_paragraph(text, &options);
        let count = laid.lines.len();
        for (n, line) in laid.lines.iter().enumerate() {
            let indent = laid.indent(line, width);
            let mut cursor = None;
            if i == cursor_line {
                let mut x = indent;
                for cell in &line.cells {
                    if cell.contains(cursor_col) || (cell.len == 0 && cell.offset == cursor_col) {
                        cursor = Some(x);
                        break;
                    }
                    x += usize::from(cell.width);
                }
                let at_end = n + 1 == count && cursor_col >= line.end;
                if cursor.is_none() && at_end {
                    // Past the logical end: the far side in the line's direction.
                    cursor = Some(if laid.direction == Direction::Rtl {
                        indent.saturating_sub(1)
                    } else {
                        indent + line.width
                    });
                }
            }
            rows.push(NoteRow {
                line: line.clone(),
                indent,
                cursor,
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::textinput::TextInput;

    fn note(text: &str) -> NoteEditor {
        NoteEditor {
            input: TextInput::with_text(text),
            ..NoteEditor::default()
        }
    }

    /// "كتب": three letters, drawn right to left.
    const KATABA: &str = "\u{643}\u{62A}\u{628}";

    #[test]
    fn an_arabic_line_is_right_aligned_with_the_cursor_left_of_its_end() {
        let view = EditorView::new(&note(KATABA), &LayoutOptions::default(), 80, 20)
            .expect("room for the box");
        assert_eq!(view.area, Rect::new(10, 7, 60, 5));
        assert_eq!((view.title.as_str(), view.confirm), (" note ", false));
        // Inner width 58, the line 3 wide: it starts 55 columns in.
        let cells: Vec<(u16, &str)> = view.rows[0]
            .iter()
            .map(|c| (c.x, c.text.as_str()))
            .collect();
        let xs: Vec<u16> = cells.iter().map(|c| c.0).collect();
        assert_eq!(xs, [66, 67, 68]);
        // Visual order: the last letter typed is the leftmost cell.
        assert!(cells[0].1.starts_with('\u{628}'), "{cells:?}");
        // Past the logical end: the column left of the line.
        assert_eq!(view.cursor, Some((65, 8)));
    }

    #[test]
    fn the_cursor_inside_an_arabic_line_is_on_its_letter() {
        let mut editor = note(KATABA);
        editor.input.backward();
        let view =
            EditorView::new(&editor, &LayoutOptions::default(), 80, 20).expect("room for the box");
        // Before the third letter: its cell, the leftmost.
        assert_eq!(view.cursor, Some((66, 8)));
    }

    #[test]
    fn an_empty_note_in_an_arabic_article_starts_on_the_right() {
        let options = LayoutOptions {
            fallback_direction: Direction::Rtl,
            ..LayoutOptions::default()
        };
        let view = EditorView::new(&note(""), &options, 80, 20).expect("room for the box");
        assert_eq!(view.cursor, Some((68, 8)));
        let view = EditorView::new(&note(""), &LayoutOptions::default(), 80, 20).expect("box");
        assert_eq!(view.cursor, Some((11, 8)));
    }

    #[test]
    fn a_long_note_shows_its_end_with_an_arrow_above() {
        let text: Vec<String> = (1..=12).map(|i| format!("line {i}")).collect();
        let view = EditorView::new(&note(&text.join("\n")), &LayoutOptions::default(), 80, 20)
            .expect("room for the box");
        assert_eq!(view.rows.len(), 8);
        assert!(view.more_above && !view.more_below);
        let first: String = view.rows[0].iter().map(|c| c.text.as_str()).collect();
        assert_eq!(first, "line 5");
        // On the last row, after "line 12".
        assert_eq!(view.cursor, Some((11 + 7, 5 + 8)));
    }

    #[test]
    fn a_confirmation_changes_the_hint_and_a_small_area_has_no_box() {
        let mut editor = note("draft");
        editor.confirm = true;
        editor.editing = Some("id".into());
        let view = EditorView::new(&editor, &LayoutOptions::default(), 80, 20).expect("box");
        assert_eq!(view.hint, " discard typed note? y/n ");
        assert_eq!(view.title, " edit note ");
        assert_eq!(
            EditorView::new(&editor, &LayoutOptions::default(), 9, 20),
            None
        );
        assert_eq!(
            EditorView::new(&editor, &LayoutOptions::default(), 80, 4),
            None
        );
    }
}
