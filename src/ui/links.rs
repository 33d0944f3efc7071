//! The list of the page's links, drawn from the screen model's
//! [`LinksView`]: the box, its title and footer, and one row per link (the
//! address on the left, the text, already in visual order, on the right),
//! the marked one reversed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::reader::app::LinksView;

pub(super) fn draw(view: &LinksView, buf: &mut Buffer) {
    // The list's titles stay at the left in either interface.
    let text = super::overlay(view.area, &view.title, &view.footer, false, buf);
    let room = usize::from(text.width);
    for (row, y) in view.rows.iter().zip(text.y..text.y + text.height) {
        let style = if row.selected {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        let line = Rect {
            y,
            height: 1,
            ..text
        };
        buf.set_style(line, style);
        buf.set_stringn(
            text.x,
            y,
            &row.href,
            room,
            style.add_modifier(Modifier::DIM),
        );
        let x = text.x.saturating_add(row.text_x);
        let left = usize::from((text.x + text.width).saturating_sub(x));
        buf.set_stringn(x, y, &row.text, left, style.add_modifier(Modifier::BOLD));
    }
}
