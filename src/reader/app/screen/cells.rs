//! Text as the terminal buffer will take it: strings cut to a number of
//! columns, and laid-out cells that must tell the terminal their width.
//!
//! The status bar and the prompts write strings with ratatui's
//! `Buffer::set_stringn`, which drops graphemes that hold a control character
//! or take no column and stops before the first grapheme that does not fit.
//! [`fit`] cuts with that same rule (and ratatui's own measure, `CellWidth`),
//! so the screen model knows where each piece ends and the next begins, and
//! drawing only copies the cut strings. [`forced_widths`] decides, for the
//! article's visible cells, which ones the layout gave a width unicode-width
//! would not (the lam-alef ligature): drawing tells the terminal their width.

use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::core::view::ScreenLine;
use qari_layout::{Cell, VisualLine};

/// A string cut to fit: the text the buffer draws and the columns it takes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FitText {
    /// A prefix of the original, ending after its last grapheme that fits.
    pub text: String,
    pub width: u16,
}

/// One laid-out cell placed on a row: its column, what it shows, and whether
/// the terminal must be told its width (see [`forced_width`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlacedCell {
    pub x: u16,
    pub text: String,
    pub width: u16,
    pub forced: bool,
}

impl PlacedCell {
    /// `cell` of `line` at column `x`.
    pub(super) fn new(line: &VisualLine, cell: &Cell, x: u16) -> Self {
        let text = line.cell_text(cell);
        Self {
            x,
            text: text.to_string(),
            width: cell.width,
            forced: forced_width(text, cell.width),
        }
    }
}

/// `text` cut to `room` columns as `Buffer::set_stringn` draws it.
pub(super) fn fit(text: &str, room: u16) -> FitText {
    let mut left = room;
    let mut end = 0;
    for (at, grapheme) in text.grapheme_indices(true) {
        if grapheme.contains(char::is_control) {
            continue;
        }
        let width = grapheme.cell_width();
        if width == 0 {
            continue;
        }
        let Some(rest) = left.checked_sub(width) else {
            break;
        };
        left = rest;
        end = at + grapheme.len();
    }
    FitText {
        text: text[..end].to_string(),
        width: room - left,
    }
}

/// Whether a cell showing `text` in `width` columns must tell the terminal
/// its width: the layout and unicode-width disagree about it.
pub(super) fn forced_width(text: &str, width: u16) -> bool {
    width > 0 && usize::from(width) != text.width()
}

/// For each line of `lines`, the indices (ascending) of its cells whose width
/// the terminal must be told.
pub(super) fn forced_widths(lines: &[ScreenLine]) -> Vec<Vec<usize>> {
    lines
        .iter()
        .map(|shown| {
            let line = &shown.line;
            line.cells
                .iter()
                .enumerate()
                .filter(|(_, cell)| forced_width(line.cell_text(cell), cell.width))
                .map(|(i, _)| i)
                .collect()
        })
        .collect()
}

/// A line of (text, width) cells, as the layout would make it (for the
/// tests of the screen model and of drawing).
#[cfg(test)]
pub(crate) fn test_line(cells: &[(&str, u16)]) -> VisualLine {
    let mut out = VisualLine::default();
    for (i, (text, width)) in cells.iter().enumerate() {
        out.cells.push(Cell {
            text_start: u32::try_from(out.text.len()).expect("short"),
            text_len: u32::try_from(text.len()).expect("short"),
            offset: u32::try_from(i).expect("short"),
            len: 1,
            width: *width,
            level: 1,
        });
        out.text.push_str(text);
        out.width += usize::from(*width);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::test_line as line;
    use super::*;

    #[test]
    fn a_string_is_cut_before_the_first_grapheme_that_does_not_fit() {
        assert_eq!(fit("line 3/40", 4).text, "line");
        assert_eq!(fit("line 3/40", 4).width, 4);
        // A wide grapheme with one column left: nothing more is drawn.
        let cut = fit("ab\u{4E2D}c", 3);
        assert_eq!((cut.text.as_str(), cut.width), ("ab", 2));
        assert_eq!(fit("short", 40).width, 5);
        assert_eq!(fit("", 3), FitText::default());
    }

    #[test]
    fn graphemes_the_buffer_skips_take_no_room() {
        // U+200F (a bidi mark) has no width: it is kept in place, uncounted.
        let cut = fit("\u{200F}ab", 2);
        assert_eq!((cut.text.as_str(), cut.width), ("\u{200F}ab", 2));
    }

    #[test]
    fn the_lam_alef_ligature_is_the_cell_whose_width_is_told() {
        // Lam-alef measures 1 by unicode-width; the layout gives it 2.
        assert!(forced_width("\u{644}\u{627}", 2));
        assert!(!forced_width("\u{628}", 1));
        assert!(!forced_width("\u{4E2D}", 2));
        assert!(!forced_width("\u{200F}", 0));
    }

    #[test]
    fn on_a_screen_line_only_the_ligature_is_marked() {
        // A lam-alef cluster the layout gave two columns, between letters of
        // one, after a removed bidi control of none.
        let shown = ScreenLine {
            paragraph: 0,
            indent: 0,
            line: line(&[
                ("\u{200F}", 0),
                ("\u{628}", 1),
                ("\u{644}\u{627}", 2),
                ("\u{643}", 1),
            ]),
        };
        let plain = ScreenLine {
            paragraph: 1,
            indent: 0,
            line: line(&[("a", 1), ("\u{4E2D}", 2)]),
        };
        assert_eq!(forced_widths(&[shown, plain]), [vec![2], vec![]]);
    }
}
