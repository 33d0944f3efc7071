//! A one-line prompt over the status bar (`/` search, `:` commands).
//!
//! The typed text is laid out by the article's engine as one visual line, so
//! an Arabic query is joined and reads right to left as it will match. The
//! terminal cursor goes on the cell holding the input's cursor (logical), or
//! after the line's logical end.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

use crate::core::textinput::TextInput;
use qari_layout::{self as layout, Direction, LayoutOptions};

/// Draw `prefix` and `input` on `area` (one row); returns where the terminal
/// cursor belongs. `hint` is drawn after the text, dimmed ("3/17").
pub(super) fn draw(
    buf: &mut Buffer,
    area: Rect,
    prefix: &str,
    input: &TextInput,
    hint: &str,
    options: &LayoutOptions,
) -> Position {
    buf.set_style(area, Style::default());
    for x in area.x..area.x + area.width {
        buf[(x, area.y)].set_symbol(" ");
    }
    let prefix_width = u16::try_from(prefix.width()).unwrap_or(u16::MAX);
    buf.set_stringn(
        area.x,
        area.y,
        prefix,
        usize::from(area.width),
        Style::default(),
    );
    let options = LayoutOptions {
        width: None,
        fallback_direction: Direction::Ltr,
        ..options.clone()
    };
    let text = input.text();
    let cursor_cp = u32::try_from(text[..input.cursor()].chars().count()).unwrap_or(u32::MAX);
    let laid = layout::layout_paragraph(text, &options);
    let x0 = area.x.saturating_add(prefix_width);
    let right = area.x + area.width;
    let mut x = x0;
    let mut cursor_x = None;
    for line in &laid.lines {
        for cell in &line.cells {
            if cell.width == 0 {
                continue;
            }
            if x.saturating_add(cell.width) > right {
                break;
            }
            if cell.offset <= cursor_cp && cursor_cp < cell.offset + cell.len.max(1) {
                cursor_x = Some(x);
            }
            buf[(x, area.y)].set_symbol(line.cell_text(cell));
            x += cell.width;
        }
    }
    if !hint.is_empty() && x.saturating_add(2) < right {
        let room = usize::from(right - x - 2);
        buf.set_stringn(
            x + 2,
            area.y,
            hint,
            room,
            Style::default().add_modifier(Modifier::DIM),
        );
    }
    // After the logical end: the far end of the line in its own direction.
    let end_x = if laid.direction == Direction::Rtl && !text.is_empty() {
        x0.saturating_sub(1).max(area.x)
    } else {
        x
    };
    Position::new(
        cursor_x.unwrap_or(end_x).min(right.saturating_sub(1)),
        area.y,
    )
}
