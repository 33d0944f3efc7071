//! The frame as a terminal that reorders lines itself must be sent it.
//!
//! Drawing fills the buffer with what a person should see, left to right; for
//! Konsole and the like (`core::terminal::Strategy::Reorders`) each row is then
//! permuted, unit by unit (a cell, or two for a wide character, with its
//! style), into the order whose reordering by the terminal is that row
//! (`qari_layout::send_order`). The app's own picture of the screen is untouched,
//! so mouse clicks, selections and highlights keep mapping through the layout.
//! A scrolled frame shows the rows of the last one moved by a line, so the
//! orders are kept by row text ([`SendOrders`]) and mostly looked up, not made.

use std::collections::HashMap;

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use unicode_width::UnicodeWidthStr;

use qari_layout::{mirrored_unit, send_order_for, SendOrder};

/// Send orders made for rows, by the rows' units (joined by NUL).
#[derive(Debug, Default)]
pub struct SendOrders {
    known: HashMap<String, SendOrder>,
    /// The terminal draws brackets as sent (Konsole), not mirrored at odd
    /// levels (`core::terminal::Strategy::ReordersUnmirrored`).
    unmirrored: bool,
}

impl SendOrders {
    /// Rows kept before the store starts afresh (a few screens' worth).
    const KEEP: usize = 4096;

    /// Whether the terminal mirrors brackets as it reorders; the orders
    /// known for the other kind are forgotten.
    pub fn set_mirrors(&mut self, mirrors: bool) {
        if self.unmirrored == mirrors {
            self.known.clear();
            self.unmirrored = !mirrors;
        }
    }

    fn of(&mut self, key: String) -> &SendOrder {
        if self.known.len() >= Self::KEEP && !self.known.contains_key(&key) {
            self.known.clear();
        }
        let mirrors = !self.unmirrored;
        self.known.entry(key).or_insert_with_key(|key| {
            let units: Vec<&str> = key.split('\0').collect();
            send_order_for(&units, mirrors)
        })
    }
}

/// The border drawn between the article and the panel (or a box's sides).
pub const BORDER: &str = "\u{2502}";
/// What is sent in its place: a vertical stroke that is a left-to-right
/// letter (U+01C0), so the terminal's reordering cannot run from one side of
/// the border into the other; each side then comes out as if it were a line
/// of its own.
const FIREWALL: &str = "\u{01c0}";

/// Permute every row of `buf` for a reordering terminal, the parts of a row
/// between borders each on its own; false when some row cannot come out
/// exactly as drawn.
pub fn reorder_rows(buf: &mut Buffer, orders: &mut SendOrders) -> bool {
    let area = buf.area;
    let mut exact = true;
    for y in area.top()..area.bottom() {
        let mut units: Vec<(u16, u16)> = Vec::with_capacity(usize::from(area.width));
        let mut x = area.left();
        while x < area.right() {
            let width = cell_width(&buf[(x, y)]).min(area.right() - x);
            units.push((x, width));
            x += width;
        }
        let parts: Vec<&[(u16, u16)]> = units
            .split(|&(x, _)| buf[(x, y)].symbol() == BORDER)
            .collect();
        if parts.len() == 1 {
            exact &= reorder_part(buf, y, &units, orders);
            continue;
        }
        for part in parts {
            exact &= reorder_part(buf, y, part, orders);
        }
        for &(x, _) in &units {
            if buf[(x, y)].symbol() == BORDER {
                buf[(x, y)].set_symbol(FIREWALL);
            }
        }
    }
    exact
}

/// Permute the cells of `units` (a run of row `y`, left to right) into
/// their send order; false when the run cannot come out exactly.
fn reorder_part(buf: &mut Buffer, y: u16, units: &[(u16, u16)], orders: &mut SendOrders) -> bool {
    let Some(&(left, _)) = units.first() else {
        return true;
    };
    let mut key = String::with_capacity(units.len() * 3);
    for (i, &(x, _)) in units.iter().enumerate() {
        if i > 0 {
            key.push('\0');
        }
        key.push_str(buf[(x, y)].symbol());
    }
    let order = orders.of(key);
    if order.is_identity() {
        return true;
    }
    let order = order.clone();
    let cells: Vec<Vec<Cell>> = units
        .iter()
        .map(|&(x, width)| (x..x + width).map(|c| buf[(c, y)].clone()).collect())
        .collect();
    let mut to = left;
    for (&unit, &mirror) in order.order.iter().zip(&order.mirror) {
        for (d, cell) in cells[unit].iter().enumerate() {
            let mut cell = cell.clone();
            if d == 0 && mirror {
                let glyph = mirrored_unit(cell.symbol());
                cell.set_symbol(&glyph);
            }
            buf[(to, y)] = cell;
            to += 1;
        }
    }
    order.exact
}

/// Columns a cell takes: its forced width, else its symbol's (at least one).
fn cell_width(cell: &Cell) -> u16 {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(w) => w.get(),
        _ => u16::try_from(cell.symbol().width())
            .unwrap_or(1)
            .clamp(1, 2),
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    use super::*;

    #[test]
    fn arabic_rows_go_out_in_logical_order_with_their_styles() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 2));
        // Visual: "  ب ا." is not; a row reading (right to left) ا then ب.
        buf.set_string(0, 0, "   \u{628} \u{627}", Style::default());
        buf[(3, 0)].set_style(Style::default().fg(Color::Red));
        buf.set_string(0, 1, "latin (x)", Style::default());
        let latin_before: Vec<String> = (0..8).map(|x| buf[(x, 1)].symbol().to_string()).collect();
        let mut orders = SendOrders::default();
        assert!(reorder_rows(&mut buf, &mut orders));
        let row: String = (0..8).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(row, "   \u{627} \u{628}  ");
        // The red letter moved with its colour.
        assert_eq!(buf[(5, 0)].fg, Color::Red);
        let latin: Vec<String> = (0..8).map(|x| buf[(x, 1)].symbol().to_string()).collect();
        assert_eq!(latin, latin_before);
    }

    #[test]
    fn each_side_of_a_border_is_sent_as_a_line_of_its_own() {
        // Article "ب ا" (reads ا then ب) | panel "2 ج" (reads ج then 2).
        let mut buf = Buffer::empty(Rect::new(0, 0, 7, 1));
        buf.set_string(0, 0, "\u{628} \u{627}\u{2502}2 \u{62c}", Style::default());
        let mut orders = SendOrders::default();
        reorder_rows(&mut buf, &mut orders);
        let row: String = (0..7).map(|x| buf[(x, 0)].symbol()).collect();
        // Each side in its own logical order; the border became a letter-class
        // stroke that keeps the terminal from reordering across it.
        assert_eq!(row, "\u{627} \u{628}\u{1c0}2 \u{62c}");
    }
}
