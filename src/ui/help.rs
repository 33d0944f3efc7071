//! The help overlay, generated from the key table and the actions' descriptions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::keymap::Keymap;

/// Width of the keys column.
const KEYS_WIDTH: usize = 22;

pub(super) fn draw(keymap: &Keymap, area: Rect, buf: &mut Buffer) {
    let rows = keymap.help_rows();
    let widest = rows
        .iter()
        .map(|(_, d)| KEYS_WIDTH + d.len())
        .max()
        .unwrap_or(0);
    let inner_width = u16::try_from(widest + 2).unwrap_or(u16::MAX);
    let inner_height = u16::try_from(rows.len() + 2).unwrap_or(u16::MAX);
    let width = (inner_width + 2).min(area.width);
    let height = (inner_height + 2).min(area.height);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" qari: keys ")
        .title_bottom(" Esc or ? closes ");
    let inner = block.inner(popup);
    block.render(popup, buf);
    let bold = Style::default().add_modifier(Modifier::BOLD);
    for (i, (keys, description)) in rows.iter().enumerate() {
        let Ok(row) = u16::try_from(i + 1) else { break };
        if row >= inner.height {
            break;
        }
        let y = inner.y + row;
        let room = usize::from(inner.width.saturating_sub(1));
        let (x, _) = buf.set_stringn(inner.x + 1, y, keys, room.min(KEYS_WIDTH), bold);
        let desc_x = (inner.x + 1 + u16::try_from(KEYS_WIDTH).unwrap_or(0)).max(x + 1);
        let right = inner.x + inner.width;
        if desc_x < right {
            buf.set_stringn(
                desc_x,
                y,
                description,
                usize::from(right - desc_x),
                Style::default(),
            );
        }
    }
}
