//! A one-line prompt over the status bar (`/` search, `:` commands): the
//! prepared [`PromptLine`] copied onto the bottom row.
//!
//! The typed text was laid out with the screen model (`app::screen::prompt`)
//! by the article's engine, so an Arabic query is joined and reads right to
//! left as it will match; its cells, the hint after them and the cursor's
//! column arrive ready. The cells are written as the layout drew them.

use crate::reader::messages::drawn_width;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};

use crate::reader::app::PromptLine;

/// Draw `prompt` on `area` (one row); returns where the terminal cursor belongs.
pub(super) fn draw(buf: &mut Buffer, area: Rect, prompt: &PromptLine) -> Position {
    buf.set_style(area, Style::default());
    for x in area.x..area.x + area.width {
        buf[(x, area.y)].set_symbol(" ");
    }
    buf.set_stringn(
        area.x,
        area.y,
        prompt.prefix,
        usize::from(area.width),
        Style::default(),
    );
    for (x, text) in &prompt.cells {
        if *x < area.width {
            buf[(area.x + x, area.y)].set_symbol(text);
        }
    }
    if let Some((x, hint)) = &prompt.hint {
        buf.set_stringn(
            area.x.saturating_add(*x),
            area.y,
            &hint.text,
            usize::from(hint.width),
            Style::default().add_modifier(Modifier::DIM),
        );
    }
    if let Some((x, mode)) = &prompt.mode {
        buf.set_stringn(
            area.x.saturating_add(*x),
            area.y,
            format!(" {mode} "),
            drawn_width(mode) + 2,
            Style::default().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        );
    }
    Position::new(area.x.saturating_add(prompt.cursor), area.y)
}
