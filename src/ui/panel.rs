//! The entities panel: a border, the rows the app prepared (titles of kinds in
//! their kind's style, entities with their counts), the selection, and a legend.
//!
//! Labels are visual lines laid out by the app with the article's engine; they
//! are copied cell by cell as in the article, never through a text widget.
//! In the Arabic interface each row is mirrored (the marker at the right,
//! the count beside the name) and the legend starts at the right.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::reader::app::{
    NoteRow, NoteRowKind, PanelScreen, PanelTab, ShownRow, LABEL_X, NOTE_X, PANEL_FRAME,
};
use crate::reader::config::Side;
use crate::reader::entities_view::RowKind;
use crate::reader::messages::drawn_width;
use crate::reader::theme::{self, Theme};
use qari_recognize::Kind;

/// Words of the legend on one line: each kind's word in its own style (the
/// kind table's), then the current mention's, this many to a line.
const LEGEND_WORDS: usize = 3;

/// The legend's lines: the app's words (drawn as they are) and their kind,
/// `None` for the current mention's.
fn legend(words: &[(String, Option<Kind>)]) -> Vec<&[(String, Option<Kind>)]> {
    words.chunks(LEGEND_WORDS).collect()
}

/// Where a piece `width` cells wide starts in `inner`, a blank cell from its
/// start edge: the left, or the right in the Arabic interface.
fn start_x(inner: Rect, rtl: bool, width: usize) -> u16 {
    if rtl {
        let w = u16::try_from(width).unwrap_or(u16::MAX);
        (inner.x + inner.width).saturating_sub(1 + w).max(inner.x)
    } else {
        inner.x + 1
    }
}

pub(super) fn draw(panel: &PanelScreen, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let rect = Rect {
        x: panel.x,
        width: panel.width,
        ..area
    };
    buf.set_style(rect, Style::default());
    // The border faces the article, a blank cell between it and the rows; a
    // panel over the whole text area has no border, a blank cell each side.
    let inner_x = match panel.side {
        _ if panel.full => {
            for y in rect.y..rect.y + rect.height {
                for x in rect.x..rect.x + rect.width {
                    buf[(x, y)].reset();
                }
            }
            rect.x + 1
        }
        Side::Right => rect.x + PANEL_FRAME,
        Side::Left => rect.x,
    };
    if !panel.full {
        let border_x = match panel.side {
            Side::Right => rect.x,
            Side::Left => rect.x + rect.width.saturating_sub(1),
        };
        let border = theme.panel_border(panel.focused);
        for y in rect.y..rect.y + rect.height {
            buf[(border_x, y)]
                .set_symbol(super::send_order::BORDER)
                .set_style(border);
        }
    }
    let inner = Rect {
        x: inner_x,
        width: rect.width.saturating_sub(PANEL_FRAME),
        ..rect
    };
    if panel.tab == PanelTab::Notes {
        draw_notes(panel, inner, buf, theme);
        return;
    }
    draw_message(panel, inner, inner.y, buf, theme);
    for (row, shown) in panel.rows.iter().enumerate() {
        let Ok(dy) = u16::try_from(row) else { break };
        if dy >= panel.list_height {
            break;
        }
        draw_row(shown, inner, inner.y + dy, buf, panel, theme);
    }
    if panel.legend {
        let legend = legend(&panel.legend_words);
        let y0 = inner.y + inner.height - legend.len() as u16;
        for (line, y) in legend.iter().zip(y0..) {
            // Words from the start edge, a blank between them.
            let drawn: Vec<&(String, Option<Kind>)> = if panel.rtl {
                line.iter().rev().collect()
            } else {
                line.iter().collect()
            };
            let width = drawn.iter().map(|(w, _)| drawn_width(w) + 1).sum::<usize>() - 1;
            let mut x = start_x(inner, panel.rtl, width);
            for (i, (word, kind)) in drawn.into_iter().enumerate() {
                if i > 0 {
                    x += 1;
                }
                let style = match kind {
                    Some(k) => theme.kind_style(*k),
                    None => Style::default().add_modifier(theme::CURRENT),
                };
                let room = usize::from((inner.x + inner.width).saturating_sub(x));
                x = buf.set_stringn(x, y, word, room, style).0;
            }
        }
    }
}

fn draw_row(
    shown: &ShownRow,
    inner: Rect,
    y: u16,
    buf: &mut Buffer,
    panel: &PanelScreen,
    theme: &Theme,
) {
    let focused = panel.focused;
    let right = inner.x + inner.width;
    let base = match shown.kind {
        RowKind::Header(kind) => theme.kind_style(kind).add_modifier(Modifier::BOLD),
        RowKind::Entity(_) => Style::default(),
    };
    let style = if shown.selected && focused {
        base.add_modifier(Modifier::REVERSED)
    } else {
        base
    };
    buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
    // Between the marker and the label, the count (beside the label).
    let room = LABEL_X - 2;
    let count = u16::try_from(drawn_width(&shown.count))
        .unwrap_or(room)
        .min(room);
    // The Arabic interface mirrors the row: the marker at the right edge,
    // the count left of it (right-aligned, a column of its own: beside the
    // label, "2" before "مارس 2024" read as a date the text does not have),
    // the label (right-aligned) left of that.
    let label_x = if panel.rtl {
        if shown.selected {
            buf[(right - 1, y)].set_symbol("\u{25C0}");
        }
        if let RowKind::Entity(_) = shown.kind {
            // A blank before the marker, unless a long count ("1.2k")
            // needs it to keep one from the label.
            let x = right
                .saturating_sub(2 + count)
                .max((right + 1).saturating_sub(LABEL_X));
            buf.set_stringn(x, y, &shown.count, usize::from(room), style);
        }
        match shown.kind {
            RowKind::Header(_) => inner.x + LABEL_X - 1,
            RowKind::Entity(_) => inner.x,
        }
    } else {
        if shown.selected {
            buf[(inner.x, y)].set_symbol("\u{25B6}");
        }
        match shown.kind {
            RowKind::Header(_) => inner.x + 1,
            RowKind::Entity(_) => {
                // Right-aligned in the cells between the marker and the label.
                let x = inner.x + 1 + (room - count);
                buf.set_stringn(x, y, &shown.count, usize::from(room), style);
                inner.x + LABEL_X
            }
        }
    };
    let mut x = label_x + u16::try_from(shown.indent).unwrap_or(u16::MAX);
    for cell in &shown.line.cells {
        if cell.width == 0 {
            continue;
        }
        if x.saturating_add(cell.width) > right {
            break;
        }
        let text = shown.line.cell_text(cell);
        super::put_cell(buf, x, y, text, cell.width);
        x += cell.width;
    }
}

/// The panel's message, a row each from `top`, within the list's rows.
fn draw_message(panel: &PanelScreen, inner: Rect, top: u16, buf: &mut Buffer, theme: &Theme) {
    let bottom = inner.y + panel.list_height.max(1);
    for (line, y) in panel.message.iter().zip(top..bottom) {
        buf.set_stringn(
            start_x(inner, panel.rtl, drawn_width(line)),
            y,
            line,
            usize::from(inner.width.saturating_sub(1)),
            theme.aside(),
        );
    }
}

/// The Notes tab: a title row, two rows per annotation, and its keys.
fn draw_notes(panel: &PanelScreen, inner: Rect, buf: &mut Buffer, theme: &Theme) {
    for (row, y) in panel.notes.iter().zip(inner.y..inner.y + panel.list_height) {
        draw_note_row(row, inner, y, buf, panel.focused, theme);
    }
    draw_message(panel, inner, inner.y + 1, buf, theme);
    if panel.legend {
        let keys = &panel.notes_keys;
        let y0 = inner.y + inner.height - keys.len() as u16;
        for (line, y) in keys.iter().zip(y0..) {
            let room = usize::from(inner.width.saturating_sub(1));
            buf.set_stringn(
                start_x(inner, panel.rtl, drawn_width(line)),
                y,
                line,
                room,
                Style::default().add_modifier(Modifier::DIM),
            );
        }
    }
}

fn draw_note_row(
    row: &NoteRow,
    inner: Rect,
    y: u16,
    buf: &mut Buffer,
    focused: bool,
    theme: &Theme,
) {
    let base = match row.kind {
        NoteRowKind::Header => Style::default().add_modifier(Modifier::BOLD),
        NoteRowKind::Passage => Style::default(),
        NoteRowKind::Detail => theme.aside(),
    };
    let style = if row.selected && focused {
        base.add_modifier(Modifier::REVERSED)
    } else {
        base
    };
    buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
    if row.selected && row.kind == NoteRowKind::Passage {
        buf[(inner.x, y)].set_symbol("\u{25B6}");
    }
    if row.orphaned && row.kind == NoteRowKind::Passage {
        buf[(inner.x + 1, y)].set_symbol("\u{26A0}");
    }
    let left = match row.kind {
        NoteRowKind::Header => inner.x + 1,
        _ => inner.x + NOTE_X,
    };
    let right = inner.x + inner.width;
    let mut x = left + u16::try_from(row.indent).unwrap_or(u16::MAX);
    for cell in &row.line.cells {
        if cell.width == 0 {
            continue;
        }
        if x.saturating_add(cell.width) > right {
            break;
        }
        super::put_cell(buf, x, y, row.line.cell_text(cell), cell.width);
        x += cell.width;
    }
}

#[cfg(test)]
mod tests {
    use super::legend;
    use crate::reader::app::LEGEND_ROWS;
    use crate::reader::kinds::facts;
    use qari_recognize::Kind;

    #[test]
    fn the_legend_is_the_kinds_words_on_the_rows_the_app_keeps() {
        let words: Vec<(String, Option<Kind>)> = Kind::ALL
            .iter()
            .map(|&k| (facts(k).legend[0].to_string(), Some(k)))
            .chain([("current".to_string(), None)])
            .collect();
        let lines: Vec<String> = legend(&words)
            .iter()
            .map(|line| {
                line.iter()
                    .map(|(word, _)| word.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(lines, ["person place organization", "date quote current"]);
        assert_eq!(lines.len(), usize::from(LEGEND_ROWS));
    }
}
