//! Read-only drawing: `draw(&App, &mut Frame)`.
//!
//! Everything drawn was prepared by the app (`App::screen`): the visible lines,
//! already wrapped, reordered and aligned, with each cell's width decided by the
//! layout engine. Drawing copies cells into the frame and never lays out,
//! measures or scrolls, which keeps a frame cheap and lets tests draw any state.
//! Cells are written one by one with the layout's width, not through ratatui's
//! text widgets, because those would re-measure (and so re-decide) widths such
//! as the lam-alef ligature's.

mod help;
mod status;

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Screen, MIN_HEIGHT, MIN_WIDTH};
use crate::view::visible;

/// Draw the whole reader.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    let screen = app.screen();
    if screen.too_small {
        too_small(area, buf);
        return;
    }
    let text_area = Rect {
        height: screen.text_height,
        ..area
    };
    let status_area = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    if app.document().is_empty() {
        message(text_area, buf, "(empty document: nothing to read)");
    } else {
        article(screen, text_area, buf);
    }
    status::draw(app, status_area, buf);
    if app.help_open() {
        help::draw(app.keymap(), area, buf);
    }
}

/// The visible lines, cell by cell, inside the text column.
fn article(screen: &Screen, area: Rect, buf: &mut Buffer) {
    let right = area.x + screen.column_x + screen.column_width;
    for (row, shown) in screen.lines.iter().enumerate() {
        let Ok(row) = u16::try_from(row) else { break };
        if row >= area.height {
            break;
        }
        let y = area.y + row;
        let mut x = area.x + screen.column_x + u16::try_from(shown.indent).unwrap_or(u16::MAX);
        for cell in &shown.line.cells {
            if cell.width == 0 {
                continue;
            }
            if x.saturating_add(cell.width) > right {
                break;
            }
            let text = visible(shown.line.cell_text(cell));
            let target = &mut buf[(x, y)];
            target.set_symbol(&text);
            if usize::from(cell.width) != text.width() {
                if let Some(w) = NonZeroU16::new(cell.width) {
                    target.set_diff_option(CellDiffOption::ForcedWidth(w));
                }
            }
            x += cell.width;
        }
    }
}

/// A short message, centred (the empty document).
fn message(area: Rect, buf: &mut Buffer, text: &str) {
    let y = area.y + area.height / 2;
    Paragraph::new(text).alignment(Alignment::Center).render(
        Rect {
            y,
            height: 1,
            ..area
        },
        buf,
    );
}

/// Shown instead of everything else when the terminal is too small to read in.
fn too_small(area: Rect, buf: &mut Buffer) {
    let text = format!("Terminal too small (need {MIN_WIDTH}x{MIN_HEIGHT})");
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
