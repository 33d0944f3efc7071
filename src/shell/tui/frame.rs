//! Sending one frame: the app's screen, laid out for the size it is drawn
//! into, copied into ratatui's frame and sent as the terminal needs it (VTE's
//! rows set explicit, rows permuted for a terminal that reorders).

use std::io;

use anyhow::Context;
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use super::Reader;
use crate::core::terminal::{nearest_ansi, Colors};
use ratatui::style::Color;

/// A colour as a terminal of sixteen draws it (the theme's are RGB).
fn sixteen(color: Color) -> Color {
    match color {
        Color::Rgb(r, g, b) => Color::Indexed(nearest_ansi(r, g, b)),
        other => other,
    }
}
use crate::reader::app::App;

impl Reader<'_> {
    /// One frame, sent as the terminal needs it: after a resize (which clears
    /// the screen and so makes new rows) VTE's rows are set explicit again,
    /// and for a terminal that reorders, each row goes out in its send order.
    pub(super) fn draw(
        &mut self,
        terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
        app: &mut App,
    ) -> anyhow::Result<()> {
        terminal.autoresize().context("drawing")?;
        let size = terminal.size().context("reading the terminal size")?;
        // The terminal may have changed size since its last resize event was
        // handled (a key can come first): lay out for the size drawn into.
        if app.size() != (size.width, size.height) {
            app.resize(size.width, size.height);
        }
        app.settle();
        if self.rows_set != Some(size) || self.rows_due() {
            let rows = self.profile.on_every_row(size.height, true);
            io::Write::write_all(terminal.backend_mut(), rows.as_bytes()).context("drawing")?;
            // VTE takes a row's mode when the row is made or cleared; set on
            // a row already drawn it is not always applied (behind tmux about
            // one start in four showed every row but the first backwards). So
            // on a new size the screen is cleared after the modes and drawn
            // whole: its rows are made anew in the explicit mode now in force.
            if self.rows_set != Some(size) && !rows.is_empty() {
                terminal.clear().context("drawing")?;
            }
            self.rows_set = Some(size);
            self.rows_set_at = std::time::Instant::now();
        }
        let reorders = self.profile.strategy.reorders();
        self.send_orders
            .set_mirrors(self.profile.strategy.mirrors());
        // After a scroll every cell is sent again, blanks included: harakat
        // drawn above or below their letter reach into the next row's pixels,
        // and a terminal that repaints only the cells it is sent (xterm,
        // mlterm) would keep them there as stray marks.
        let moved = self.shown_at.replace(app.position()) != Some(app.position());
        let mut exact = true;
        terminal
            .draw(|frame| {
                crate::ui::draw(app, frame);
                if moved {
                    let buf = frame.buffer_mut();
                    for cell in &mut buf.content {
                        if cell.diff_option == ratatui::buffer::CellDiffOption::None {
                            cell.set_diff_option(ratatui::buffer::CellDiffOption::AlwaysUpdate);
                        }
                    }
                }
                if self.colors == Colors::Sixteen {
                    for cell in &mut frame.buffer_mut().content {
                        cell.fg = sixteen(cell.fg);
                        cell.bg = sixteen(cell.bg);
                        cell.underline_color = sixteen(cell.underline_color);
                    }
                }
                if reorders {
                    exact = crate::ui::send_order::reorder_rows(
                        frame.buffer_mut(),
                        &mut self.send_orders,
                    );
                }
            })
            .context("drawing")?;
        if !exact && !self.told_inexact {
            self.told_inexact = true;
            if let Some(hint) = self.profile.hint() {
                app.notify(hint.to_string());
                // Shown now, not after the next key.
                return self.draw(terminal, app);
            }
        }
        Ok(())
    }
}
