//! The help overlay, drawn from the screen model's [`HelpView`]: the box,
//! its title and footer, and the rows the app prepared (the effective key
//! table and the actions' descriptions, grouped by mode, cut to the box).
//! In the Arabic interface the rows arrive in visual order and are mirrored:
//! keys against the right border, descriptions right-aligned beside them.

use ratatui::buffer::Buffer;
use ratatui::style::{Modifier, Style};

use crate::reader::app::{HelpRow, HelpView};
use crate::reader::messages::drawn_width;

pub(super) fn draw(view: &HelpView, buf: &mut Buffer) {
    let text = super::overlay(view.area, &view.title, &view.footer, view.rtl, buf);
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let heading = bold.add_modifier(Modifier::UNDERLINED);
    // In the Arabic interface the rows are mirrored: what starts at a
    // column from the left starts there from the right, and ends at it.
    let right = text.x + text.width;
    let at = |from_start: u16, s: &str| -> u16 {
        if view.rtl {
            let w = u16::try_from(drawn_width(s)).unwrap_or(u16::MAX);
            right
                .saturating_sub(from_start)
                .saturating_sub(w)
                .max(text.x)
        } else {
            text.x.saturating_add(from_start)
        }
    };
    for (row, y) in view.rows.iter().zip(text.y..text.y + text.height) {
        match row {
            HelpRow::Heading(h) => {
                buf.set_stringn(at(0, h), y, h, usize::from(text.width), heading);
            }
            HelpRow::Row { keys, description } => {
                buf.set_stringn(at(0, keys), y, keys, usize::from(text.width), bold);
                if let Some(description) = description {
                    let x = at(view.description_x, description);
                    let room = usize::from(right.saturating_sub(x));
                    buf.set_stringn(x, y, description, room, Style::default());
                }
            }
            HelpRow::Blank => {}
        }
    }
}
