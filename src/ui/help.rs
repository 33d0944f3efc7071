//! The help overlay, generated from the key table and the actions' descriptions,
//! so it always shows the keys that really work.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::keymap::Keymap;

/// Blank columns between the keys and their description.
const GAP: usize = 3;

pub(super) fn draw(keymap: &Keymap, area: Rect, buf: &mut Buffer) {
    let rows = keymap.help_rows();
    let keys_width = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let text_width = rows
        .iter()
        .map(|(_, d)| keys_width + GAP + d.width())
        .max()
        .unwrap_or(0);
    // Text, a space each side, and the border.
    let width = u16::try_from(text_width + 4)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
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
    let text = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let right = text.x + text.width;
    for ((keys, description), y) in rows.iter().zip(text.y..text.y + text.height) {
        buf.set_stringn(text.x, y, keys, usize::from(text.width), bold);
        let x = text.x + u16::try_from(keys_width + GAP).unwrap_or(u16::MAX);
        if x < right {
            buf.set_stringn(x, y, description, usize::from(right - x), Style::default());
        }
    }
}
