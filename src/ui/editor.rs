//! The note editor and the label menu: boxes drawn over the article.
//!
//! Each line of a note is laid out by the article's engine at the box's inner
//! width, so Arabic is joined and reordered as in the article, and a line that
//! reads right to left is right-aligned (an empty line takes the article's
//! direction, so an Arabic reader's cursor starts on the right). The terminal
//! cursor goes on the cell holding the input's cursor, or just past the
//! logical end of its line, as in the prompts (`prompt`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};

use crate::app::{LabelPicker, NoteEditor};
use crate::reader::annotate::Label;
use qari_layout::{self as layout, Direction, LayoutOptions, VisualLine};

/// The editor box is at most this wide (border included) and shows at most
/// this many rows of text.
const EDITOR_WIDTH: u16 = 60;
const EDITOR_ROWS: u16 = 8;

/// One visual row of the note: its line, pad, and where the cursor is on it.
struct Row {
    line: VisualLine,
    indent: usize,
    cursor: Option<usize>,
}

/// Draw the editor over `area` (the article's rows); where the cursor goes.
pub(super) fn draw_note(
    buf: &mut Buffer,
    area: Rect,
    editor: &NoteEditor,
    options: &LayoutOptions,
) -> Option<Position> {
    let width = area.width.saturating_sub(2).min(EDITOR_WIDTH);
    if width < 8 || area.height < 5 {
        return None;
    }
    let inner_width = usize::from(width - 2);
    let rows = note_rows(editor, options, inner_width);
    let shown = u16::try_from(rows.len())
        .unwrap_or(u16::MAX)
        .clamp(3, EDITOR_ROWS)
        .min(area.height - 2);
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - shown - 2) / 2,
        width,
        height: shown + 2,
    };
    let hint = if editor.confirm {
        " discard typed note? y/n "
    } else {
        " C-s save \u{b7} Esc cancel "
    };
    let title = if editor.editing.is_some() {
        " edit note "
    } else {
        " note "
    };
    frame_box(buf, rect, title, hint, editor.confirm);
    let cursor_row = rows.iter().position(|r| r.cursor.is_some()).unwrap_or(0);
    // As much of the note's end as fits with the cursor in view: moving up
    // from the last line moves the cursor, not the text, until the top row.
    let room = usize::from(shown);
    let first = rows
        .len()
        .saturating_sub(room)
        .clamp((cursor_row + 1).saturating_sub(room), cursor_row);
    // Arrows on the border say there is more above or below.
    let arrow_x = rect.x + rect.width.saturating_sub(3);
    if first > 0 {
        buf[(arrow_x, rect.y)].set_symbol("\u{2191}");
    }
    if first + room < rows.len() {
        buf[(arrow_x, rect.y + rect.height - 1)].set_symbol("\u{2193}");
    }
    let x0 = rect.x + 1;
    let mut at = None;
    for (row, y) in rows.iter().skip(first).zip(rect.y + 1..rect.y + 1 + shown) {
        let mut x = x0 + u16::try_from(row.indent).unwrap_or(0);
        let right = x0 + width - 2;
        for cell in &row.line.cells {
            if cell.width == 0 || x.saturating_add(cell.width) > right {
                continue;
            }
            super::put_cell(buf, x, y, row.line.cell_text(cell), cell.width);
            x += cell.width;
        }
        if let Some(col) = row.cursor {
            let cx = (x0 + u16::try_from(col).unwrap_or(0)).min(right.saturating_sub(1));
            at = Some(Position::new(cx.max(x0), y));
        }
    }
    at
}

/// The note's lines laid out at `width`, each visual row with the cursor's
/// column (counted from the inner left edge) when it is on that row.
fn note_rows(editor: &NoteEditor, options: &LayoutOptions, width: usize) -> Vec<Row> {
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
            rows.push(Row {
                line: line.clone(),
                indent,
                cursor,
            });
        }
    }
    rows
}

/// The label menu over `area`.
pub(super) fn draw_labels(buf: &mut Buffer, area: Rect, picker: &LabelPicker) {
    let width: u16 = 24;
    let height = u16::try_from(Label::ALL.len()).unwrap_or(6) + 2;
    if area.width < width || area.height < height {
        return;
    }
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame_box(buf, rect, " label ", " 1-6 \u{b7} Esc ", false);
    for ((i, label), y) in Label::ALL.iter().enumerate().zip(rect.y + 1..) {
        let style = if i == picker.choice {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        let text = format!(" {} {:<18}", i + 1, label.name());
        buf.set_stringn(rect.x + 1, y, text, usize::from(width - 2), style);
    }
}

/// A cleared box with a border, a title on top and a hint at the bottom.
fn frame_box(buf: &mut Buffer, rect: Rect, title: &str, hint: &str, warn: bool) {
    let plain = Style::default();
    for y in rect.y..rect.y + rect.height {
        for x in rect.x..rect.x + rect.width {
            let edge_y = y == rect.y || y + 1 == rect.y + rect.height;
            let edge_x = x == rect.x || x + 1 == rect.x + rect.width;
            let symbol = match (edge_x, edge_y) {
                (true, true) => corner(rect, x, y),
                (true, false) => "\u{2502}",
                (false, true) => "\u{2500}",
                (false, false) => " ",
            };
            buf[(x, y)].reset();
            buf[(x, y)].set_symbol(symbol).set_style(plain);
        }
    }
    let room = usize::from(rect.width.saturating_sub(4));
    buf.set_stringn(
        rect.x + 2,
        rect.y,
        title,
        room,
        plain.add_modifier(Modifier::BOLD),
    );
    let hint_style = if warn {
        plain.add_modifier(Modifier::BOLD | Modifier::REVERSED)
    } else {
        plain.add_modifier(Modifier::DIM)
    };
    buf.set_stringn(rect.x + 2, rect.y + rect.height - 1, hint, room, hint_style);
}

fn corner(rect: Rect, x: u16, y: u16) -> &'static str {
    match (x == rect.x, y == rect.y) {
        (true, true) => "\u{250C}",
        (false, true) => "\u{2510}",
        (true, false) => "\u{2514}",
        (false, false) => "\u{2518}",
    }
}
