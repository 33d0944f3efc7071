//! Read-only drawing: `draw(&App, &mut Frame)`.
//!
//! Everything drawn was prepared by the app (`App::screen`): the visible lines,
//! already wrapped, reordered and aligned, with each cell's width decided by the
//! layout engine; the status bar cut to width; the open prompt or note editor
//! laid out, with the cursor's cell. Drawing copies cells into the frame and
//! never lays out, measures or scrolls, which keeps a frame cheap and lets
//! tests draw any state.
//! Cells are written one by one with the layout's width, not through ratatui's
//! text widgets, because those would re-measure (and so re-decide) widths such
//! as the lam-alef ligature's.

mod editor;
mod help;
mod links;
mod panel;
mod prompt;
pub mod send_order;
mod status;

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use crate::reader::app::{App, Screen};
use crate::reader::highlight::Decor;
use crate::reader::theme::Theme;

/// Draw the whole reader into the frame.
///
/// The app's screen is laid out for the size it was last told
/// (`App::size`); the shell tells it the frame's size before it draws, but the
/// terminal can shrink between the two. A screen made for another size is
/// drawn into a buffer of its own size and only the part that fits is copied
/// into the frame, so no drawing path can write past the frame's edge.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let (width, height) = app.size();
    let made_for = Rect::new(area.x, area.y, width, height);
    if made_for == area {
        if let Some(at) = draw_into(app, area, frame.buffer_mut()) {
            frame.set_cursor_position(at);
        }
        return;
    }
    let mut scratch = Buffer::empty(made_for);
    let cursor = draw_into(app, made_for, &mut scratch);
    let fits = area.intersection(made_for);
    let buf = frame.buffer_mut();
    for y in fits.top()..fits.bottom() {
        for x in fits.left()..fits.right() {
            buf[(x, y)] = scratch[(x, y)].clone();
        }
    }
    if let Some(at) = cursor.filter(|at| fits.contains(*at)) {
        frame.set_cursor_position(at);
    }
}

/// Draw the whole reader into `buf`, whose area is the app's size; where the
/// cursor goes, if anywhere.
fn draw_into(app: &App, area: Rect, buf: &mut Buffer) -> Option<ratatui::layout::Position> {
    let screen = app.screen();
    if screen.too_small {
        too_small(area, buf, &screen.placeholder);
        return None;
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
    let covered = screen.panel.as_ref().is_some_and(|p| p.full);
    if covered {
        // The panel is drawn over the whole text area.
    } else if app.document().is_empty() {
        message(text_area, buf, &screen.placeholder);
    } else {
        article(screen, text_area, buf, app.theme());
    }
    if let Some(shown) = &screen.panel {
        panel::draw(shown, text_area, buf, app.theme());
    }
    // A help box as tall as the terminal is over the bar's row: the bar
    // would show beside it where the box is narrower.
    let bar_covered = screen
        .help
        .as_ref()
        .is_some_and(|h| h.area.bottom() > status_area.y);
    if !bar_covered {
        status::draw(&screen.status, app.theme(), status_area, buf);
    }
    let mut cursor = None;
    if let Some(prompt) = &screen.prompt {
        cursor = Some(prompt::draw(buf, status_area, prompt));
    }
    if let Some(view) = &screen.editor {
        cursor = editor::draw_note(buf, text_area, view);
    }
    if let Some(menu) = &screen.labels {
        editor::draw_labels(buf, text_area, menu);
    }
    if let Some(view) = &screen.links {
        links::draw(view, buf);
    }
    if let Some(view) = &screen.help {
        help::draw(view, buf);
    }
    cursor
}

/// The visible lines, cell by cell, inside the text column, with the
/// highlights the app prepared (`Screen::marks`).
fn article(screen: &Screen, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let right = area.x + screen.column_x + screen.column_width;
    for (row, shown) in screen.lines.iter().enumerate() {
        let marks = screen.marks.get(row);
        let decor = screen.decor.get(row);
        let forced = screen.forced_widths.get(row);
        let Ok(row) = u16::try_from(row) else { break };
        if row >= area.height {
            break;
        }
        let y = area.y + row;
        let noted = screen.noted.get(usize::from(row)).copied().unwrap_or(false);
        let gutter = screen.gutters.get(usize::from(row)).copied().flatten();
        if let (true, Some(gx)) = (noted, gutter) {
            if gx < area.width {
                buf[(area.x + gx, y)]
                    .set_symbol(crate::reader::theme::NOTE_MARKER)
                    .set_style(theme.note_marker());
            }
        }
        let cursor = !noted && screen.cursor_line == Some(usize::from(row));
        if let (true, Some(gx)) = (cursor, gutter) {
            if gx < area.width {
                let rtl = gx >= screen.column_x + screen.column_width;
                buf[(area.x + gx, y)]
                    .set_symbol(crate::reader::app::CURSOR_MARKER[usize::from(rtl)])
                    .set_style(theme.note_marker());
            }
        }
        let mut x = area.x + screen.column_x + u16::try_from(shown.indent).unwrap_or(u16::MAX);
        for (i, cell) in shown.line.cells.iter().enumerate() {
            if cell.width == 0 {
                continue;
            }
            if x.saturating_add(cell.width) > right {
                break;
            }
            let text = shown.line.cell_text(cell);
            // Every column of a wide cell, so the cue covers all of it.
            let cell_area = Rect::new(x, y, cell.width, 1);
            if let Some(mark) = marks.and_then(|m| m.get(i)).copied().flatten() {
                buf.set_style(cell_area, theme.mark_style(&mark));
            }
            if let Some(decor) = decor.and_then(|d| d.get(i)) {
                if *decor != Decor::default() {
                    let gutter = screen.note_gutter.is_some();
                    buf.set_style(cell_area, theme.decor_style(decor, gutter));
                }
            }
            if text.bytes().all(|b| b == b' ') {
                // A space widened by justification (or a tab): blank columns.
                for dx in 0..cell.width {
                    buf[(x + dx, y)].set_symbol(" ");
                }
            } else {
                let told = forced.is_some_and(|f| f.binary_search(&i).is_ok());
                copy_cell(buf, x, y, text, cell.width, told);
            }
            x += cell.width;
        }
    }
}

/// Write one layout cell's text at (`x`, `y`), telling the terminal its width
/// when the screen model says it must (`forced`: the layout's width differs
/// from what unicode-width would say, as for the lam-alef ligature).
fn copy_cell(buf: &mut Buffer, x: u16, y: u16, text: &str, width: u16, forced: bool) {
    let target = &mut buf[(x, y)];
    target.set_symbol(text);
    if forced {
        if let Some(w) = NonZeroU16::new(width) {
            target.set_diff_option(CellDiffOption::ForcedWidth(w));
        }
    }
}

/// [`copy_cell`], deciding here whether the terminal must be told the width.
/// Only the panel (`panel`) still needs this: its rows come from the panel's
/// own model (`reader::app::panel`), which does not mark such cells yet.
fn put_cell(buf: &mut Buffer, x: u16, y: u16, text: &str, width: u16) {
    let forced = usize::from(width) != text.width();
    copy_cell(buf, x, y, text, width, forced);
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
fn too_small(area: Rect, buf: &mut Buffer, text: &str) {
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// An overlay's box over `area` (cut to the buffer), cleared, with `title`
/// and `footer` on its borders at the reading direction's start; the room
/// for its rows inside, a blank column kept on each side.
fn overlay(area: Rect, title: &str, footer: &str, rtl: bool, buf: &mut Buffer) -> Rect {
    use ratatui::text::Line;
    use ratatui::widgets::{Block, Borders, Clear};
    let popup = area.intersection(buf.area);
    Clear.render(popup, buf);
    let edge = |s: &str| {
        let line = Line::from(s.to_string());
        if rtl {
            line.right_aligned()
        } else {
            line
        }
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(edge(title))
        .title_bottom(edge(footer));
    let inner = block.inner(popup);
    block.render(popup, buf);
    Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::view::ScreenLine;
    use crate::reader::app::test_line as line;

    #[test]
    fn cells_take_the_width_the_layout_gave_them() {
        // The lam-alef cluster measures 1 by unicode-width but takes 2 cells on
        // screen; a zero-width cell (a removed bidi control) is not drawn.
        let shown = line(&[("ب", 1), ("\u{644}\u{627}", 2), ("\u{200F}", 0), ("ك", 1)]);
        let screen = Screen {
            column_x: 1,
            column_width: 8,
            text_height: 1,
            lines: vec![ScreenLine {
                paragraph: 0,
                indent: 2,
                line: shown,
            }],
            // The screen model's verdict on the lam-alef cell (`reader::app::screen::cells`).
            forced_widths: vec![vec![1]],
            ..Screen::default()
        };
        let area = Rect::new(0, 0, 10, 1);
        let mut buf = Buffer::empty(area);
        article(&screen, area, &mut buf, &Theme::dark());
        assert_eq!(buf[(3, 0)].symbol(), "ب");
        assert_eq!(buf[(4, 0)].symbol(), "\u{644}\u{627}");
        assert_eq!(
            buf[(4, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::MIN.saturating_add(1))
        );
        assert_eq!(buf[(6, 0)].symbol(), "ك");
        assert_eq!(buf[(3, 0)].diff_option, CellDiffOption::None);
    }

    #[test]
    fn cells_past_the_column_are_not_drawn() {
        let screen = Screen {
            column_width: 3,
            text_height: 1,
            lines: vec![ScreenLine {
                paragraph: 0,
                indent: 1,
                line: line(&[("a", 1), ("b", 1), ("c", 1)]),
            }],
            ..Screen::default()
        };
        let area = Rect::new(0, 0, 5, 1);
        let mut buf = Buffer::empty(area);
        article(&screen, area, &mut buf, &Theme::dark());
        assert_eq!(buf[(1, 0)].symbol(), "a");
        assert_eq!(buf[(2, 0)].symbol(), "b");
        assert_eq!(buf[(3, 0)].symbol(), " ");
    }
}
