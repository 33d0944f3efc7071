//! The note editor and the label menu: boxes drawn over the article.
//!
//! The editor arrives prepared (`app::screen::editor`): its box, the rows of
//! the note laid out by the article's engine at the box's inner width with
//! each cell in place, the arrows that say there is more above or below, and
//! the cursor's cell. Drawing frames the box and copies the cells. The label
//! menu arrives as its words, drawn as they are.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};

use crate::reader::app::{EditorView, LabelMenu, LABEL_MENU_WIDTH};
use crate::reader::messages::drawn_width;

/// Draw the editor over `area` (the article's rows); where the cursor goes.
pub(super) fn draw_note(buf: &mut Buffer, area: Rect, view: &EditorView) -> Option<Position> {
    let rect = Rect {
        x: area.x + view.area.x,
        y: area.y + view.area.y,
        ..view.area
    };
    frame_box(buf, rect, &view.title, &view.hint, view.confirm, view.rtl);
    // Arrows on the border say there is more above or below.
    let arrow_x = if view.rtl {
        rect.x + 2
    } else {
        rect.x + rect.width.saturating_sub(3)
    };
    if view.more_above {
        buf[(arrow_x, rect.y)].set_symbol("\u{2191}");
    }
    if view.more_below {
        buf[(arrow_x, rect.y + rect.height - 1)].set_symbol("\u{2193}");
    }
    for cell in &view.passage {
        super::copy_cell(
            buf,
            area.x + cell.x,
            rect.y,
            &cell.text,
            cell.width,
            cell.forced,
        );
        buf.set_style(
            Rect::new(area.x + cell.x, rect.y, cell.width, 1),
            Style::default().add_modifier(Modifier::DIM),
        );
    }
    for (cells, y) in view.rows.iter().zip(rect.y + 1..) {
        for cell in cells {
            super::copy_cell(buf, area.x + cell.x, y, &cell.text, cell.width, cell.forced);
        }
    }
    view.cursor
        .map(|(x, y)| Position::new(area.x + x, area.y + y))
}

/// The label menu over `area`.
pub(super) fn draw_labels(buf: &mut Buffer, area: Rect, menu: &LabelMenu) {
    let width = LABEL_MENU_WIDTH;
    let height = u16::try_from(menu.names.len()).unwrap_or(6) + 2;
    if area.width < width || area.height < height {
        return;
    }
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame_box(buf, rect, &menu.title, &menu.hint, false, menu.rtl);
    for ((i, name), y) in menu.names.iter().enumerate().zip(rect.y + 1..) {
        let style = if i == menu.choice {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        // The chosen row reversed across the box; the name from its start edge.
        let row = Rect::new(rect.x + 1, y, width - 2, 1);
        buf.set_style(row, style);
        let room = width - 2;
        let shown = u16::try_from(drawn_width(name)).unwrap_or(room).min(room);
        let x = if menu.rtl {
            row.x + room - shown
        } else {
            row.x
        };
        buf.set_stringn(x, y, name, usize::from(room), style);
    }
}

/// A cleared box with a border, a title on top and a hint at the bottom,
/// from the left edge (from the right in the Arabic interface).
fn frame_box(buf: &mut Buffer, rect: Rect, title: &str, hint: &str, warn: bool, rtl: bool) {
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
    let at = |text: &str| {
        if rtl {
            let w = u16::try_from(drawn_width(text).min(room)).unwrap_or(0);
            (rect.x + rect.width).saturating_sub(2 + w)
        } else {
            rect.x + 2
        }
    };
    buf.set_stringn(
        at(title),
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
    buf.set_stringn(at(hint), rect.y + rect.height - 1, hint, room, hint_style);
}

fn corner(rect: Rect, x: u16, y: u16) -> &'static str {
    match (x == rect.x, y == rect.y) {
        (true, true) => "\u{250C}",
        (false, true) => "\u{2510}",
        (true, false) => "\u{2514}",
        (false, false) => "\u{2518}",
    }
}
