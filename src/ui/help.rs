//! The help overlay, drawn from the screen model's [`HelpView`]: the box,
//! its title and footer, and the rows the app prepared (the effective key
//! table and the actions' descriptions, grouped by mode, cut to the box).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::reader::app::{HelpRow, HelpView};

pub(super) fn draw(view: &HelpView, buf: &mut Buffer) {
    let popup = view.area.intersection(buf.area);
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" qari: keys ")
        .title_bottom(view.footer.as_str());
    let inner = block.inner(popup);
    block.render(popup, buf);
    let text = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let heading = bold.add_modifier(Modifier::UNDERLINED);
    for (row, y) in view.rows.iter().zip(text.y..text.y + text.height) {
        match row {
            HelpRow::Heading(h) => {
                buf.set_stringn(text.x, y, h, usize::from(text.width), heading);
            }
            HelpRow::Row { keys, description } => {
                buf.set_stringn(text.x, y, keys, usize::from(text.width), bold);
                if let Some(description) = description {
                    let x = text.x.saturating_add(view.description_x);
                    let room = usize::from((text.x + text.width).saturating_sub(x));
                    buf.set_stringn(x, y, description, room, Style::default());
                }
            }
            HelpRow::Blank => {}
        }
    }
}
