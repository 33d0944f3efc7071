//! Writing one visual line as terminal text: left padding, trailing spaces
//! trimmed, and a style per cell turned into SGR escapes.
//!
//! The style decision is a function of the line and the cell, passed in by the
//! caller, so everything that will ever colour text (control pictures and
//! replaced bytes now, entities and search hits later) goes through this one
//! writer. Cells with the same style that sit next to each other in the line's
//! text are written as one slice, so plain output costs one write per line.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::core::color::ColorSpec;

use crate::core::terminal::Strategy;
use qari_layout::{mirrored_unit, send_order_for, Cell, Direction, VisualLine};

/// How a cell is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CellStyle {
    #[default]
    Plain,
    /// Reverse video: marks what stands in for something that is not text.
    Reverse,
    /// A search hit: black on the reader's hit colour (yellow by default).
    Hit(ColorSpec),
}

impl CellStyle {
    /// The SGR sequence that turns this style on (empty for plain text).
    pub fn sgr(self) -> Cow<'static, str> {
        match self {
            Self::Plain => "".into(),
            Self::Reverse => "\x1b[7m".into(),
            Self::Hit(background) => format!("\x1b[30;{}m", background_sgr(background)).into(),
        }
    }
}

/// The SGR parameters of `color` as a background.
fn background_sgr(color: ColorSpec) -> String {
    match color {
        ColorSpec::Default => "49".to_string(),
        ColorSpec::Named(i) if i < 8 => (40 + u16::from(i)).to_string(),
        ColorSpec::Named(i) => (100 + u16::from(i.min(15)) - 8).to_string(),
        ColorSpec::Rgb(r, g, b) => format!("48;2;{r};{g};{b}"),
    }
}

/// Resets every SGR attribute.
const SGR_RESET: &str = "\x1b[0m";

/// Reverse video for cells that show a control picture (U+2400-U+243F, how the
/// layout draws control characters) or U+FFFD (invalid UTF-8); plain otherwise.
pub fn marker_style(text: &str) -> CellStyle {
    let marked = text
        .chars()
        .any(|c| matches!(c, '\u{2400}'..='\u{243F}' | '\u{FFFD}'));
    if marked {
        CellStyle::Reverse
    } else {
        CellStyle::Plain
    }
}

/// How many of `line`'s cells are written: trailing blank cells are trimmed.
pub fn shown_cells(line: &VisualLine) -> usize {
    line.cells
        .iter()
        .rposition(|cell| !line.cell_text(cell).bytes().all(|b| b == b' '))
        .map_or(0, |last| last + 1)
}

/// Write `indent` spaces, the cells of `line` without trailing spaces, and a line
/// feed. A line that is blank after trimming is written as an empty line.
pub fn write_line<W: Write>(
    out: &mut W,
    line: &VisualLine,
    indent: usize,
    mut style: impl FnMut(&VisualLine, &Cell) -> CellStyle,
) -> io::Result<()> {
    let shown = shown_cells(line);
    if shown > 0 {
        write_spaces(out, indent)?;
    }
    let mut current = CellStyle::Plain;
    let mut run = 0..0;
    for cell in &line.cells[..shown] {
        let cell_style = style(line, cell);
        let start = cell.text_start as usize;
        let end = start + cell.text_len as usize;
        if cell_style == current && start == run.end {
            run.end = end;
            continue;
        }
        out.write_all(&line.text.as_bytes()[run])?;
        if cell_style != current {
            if current != CellStyle::Plain {
                out.write_all(SGR_RESET.as_bytes())?;
            }
            out.write_all(cell_style.sgr().as_bytes())?;
            current = cell_style;
        }
        run = start..end;
    }
    out.write_all(&line.text.as_bytes()[run])?;
    if current != CellStyle::Plain {
        out.write_all(SGR_RESET.as_bytes())?;
    }
    out.write_all(b"\n")
}

/// [`write_line`] with every cell plain: when the cells' texts follow each other
/// in the line's text (as the layout builds them), the shown part of the line is
/// one slice and one write.
pub fn write_plain_line<W: Write>(out: &mut W, line: &VisualLine, indent: usize) -> io::Result<()> {
    let mut at = 0u32;
    let contiguous = line.cells.iter().all(|cell| {
        let next = cell.text_start == at;
        at = cell.text_start + cell.text_len;
        next
    });
    if !contiguous {
        return write_line(out, line, indent, |_, _| CellStyle::Plain);
    }
    let last_shown = line
        .cells
        .iter()
        .rev()
        .find(|cell| !line.cell_text(cell).bytes().all(|b| b == b' '));
    if let Some(cell) = last_shown {
        write_spaces(out, indent)?;
        let end = (cell.text_start + cell.text_len) as usize;
        out.write_all(&line.text.as_bytes()[..end])?;
    }
    out.write_all(b"\n")
}

/// `line`, drawn `indent` cells from the left in a paragraph of `direction`,
/// as a terminal with bidi of its own must be sent it (`None`: as it is).
/// `Reorders`: the padding and cells in the order whose reordering is the
/// line (`layout::send_order`). `Logical`: the cells in logical order after a
/// mark of the paragraph's direction, unpadded (the terminal aligns the line).
/// The result is written with no indent.
pub fn for_terminal(
    line: &VisualLine,
    indent: usize,
    direction: Direction,
    strategy: Strategy,
) -> Option<VisualLine> {
    let shown = &line.cells[..shown_cells(line)];
    let space = Cell {
        text_start: 0,
        text_len: 0,
        offset: line.start,
        len: 0,
        width: 1,
        level: 0,
    };
    let (cells, texts): (Vec<Cell>, Vec<String>) = match strategy {
        Strategy::Qari => return None,
        Strategy::Reorders | Strategy::ReordersUnmirrored => {
            let padded: Vec<(Cell, &str)> =
                std::iter::repeat_n((space, " "), if shown.is_empty() { 0 } else { indent })
                    .chain(shown.iter().map(|c| (*c, line.cell_text(c))))
                    .collect();
            let units: Vec<&str> = padded.iter().map(|(_, t)| *t).collect();
            let order = send_order_for(&units, strategy.mirrors());
            let cells = order.order.iter().map(|&i| padded[i].0).collect();
            (cells, order.sent(&units))
        }
        Strategy::Logical => {
            let mut logical: Vec<Cell> = shown.to_vec();
            logical.sort_by_key(|c| c.offset);
            let mark = match direction {
                Direction::Rtl => "\u{200f}",
                Direction::Ltr => "\u{200e}",
            };
            let lead = Cell { width: 0, ..space };
            // The layout mirrored brackets at odd levels; the terminal will.
            let texts = std::iter::once(mark.to_string()).chain(logical.iter().map(|c| {
                let text = line.cell_text(c);
                if c.is_rtl() {
                    mirrored_unit(text)
                } else {
                    text.to_string()
                }
            }));
            (
                std::iter::once(lead)
                    .chain(logical.iter().copied())
                    .collect(),
                texts.collect(),
            )
        }
    };
    let mut sent = VisualLine {
        start: line.start,
        end: line.end,
        width: line.width + indent,
        ..VisualLine::default()
    };
    for (mut cell, text) in cells.into_iter().zip(texts) {
        cell.text_start = u32::try_from(sent.text.len()).unwrap_or(u32::MAX);
        cell.text_len = u32::try_from(text.len()).unwrap_or(0);
        sent.text.push_str(&text);
        sent.cells.push(cell);
    }
    Some(sent)
}

fn write_spaces<W: Write>(out: &mut W, mut n: usize) -> io::Result<()> {
    const SPACES: &[u8; 64] = &[b' '; 64];
    while n > 0 {
        let k = n.min(SPACES.len());
        out.write_all(&SPACES[..k])?;
        n -= k;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of one-column cells, one per char, in the order given.
    fn line(text: &str) -> VisualLine {
        let mut l = VisualLine::default();
        for (i, (at, c)) in text.char_indices().enumerate() {
            l.cells.push(Cell {
                text_start: at as u32,
                text_len: c.len_utf8() as u32,
                offset: i as u32,
                len: 1,
                width: 1,
                level: 0,
            });
            l.width += 1;
        }
        l.text = text.to_string();
        l
    }

    fn written(l: &VisualLine, indent: usize, color: bool) -> String {
        let mut out = Vec::new();
        write_line(&mut out, l, indent, |l, c| {
            if color {
                marker_style(l.cell_text(c))
            } else {
                CellStyle::Plain
            }
        })
        .expect("in memory");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn pads_and_trims() {
        assert_eq!(written(&line("ab  "), 3, false), "   ab\n");
        assert_eq!(written(&line("  "), 5, false), "\n");
        assert_eq!(written(&line(""), 5, false), "\n");
        assert_eq!(written(&line(" a b"), 0, false), " a b\n");
        assert_eq!(
            written(&line("x"), 130, false),
            format!("{}x\n", " ".repeat(130))
        );
    }

    #[test]
    fn plain_lines_write_as_the_general_writer() {
        let mut swapped = line("abc ");
        swapped.cells.swap(0, 2);
        let mut empty_cells = line("a b");
        empty_cells.cells[1].text_len = 0;
        empty_cells.text = "ab".into();
        empty_cells.cells[2].text_start = 1;
        // A cluster can end in a space (after a prepended mark): it is not trimmed.
        let mut prepended = line("a\u{0600} ");
        prepended.cells[1].text_len += 1;
        prepended.cells.remove(2);
        assert_eq!(written(&prepended, 0, false), "a\u{0600} \n");
        for (l, indent) in [
            (prepended, 0),
            (line("ab  "), 3),
            (line("  "), 5),
            (line(""), 2),
            (line(" a b"), 0),
            (swapped, 1),
            (empty_cells, 2),
        ] {
            let mut plain = Vec::new();
            write_plain_line(&mut plain, &l, indent).expect("in memory");
            assert_eq!(
                String::from_utf8(plain).expect("utf-8"),
                written(&l, indent, false)
            );
        }
    }

    #[test]
    fn markers_are_reversed_in_runs() {
        assert_eq!(
            written(&line("a\u{241B}\u{241B}b\u{FFFD}"), 1, true),
            " a\x1b[7m\u{241B}\u{241B}\x1b[0mb\x1b[7m\u{FFFD}\x1b[0m\n"
        );
        assert_eq!(written(&line("a\u{241B}b"), 0, false), "a\u{241B}b\n");
        assert_eq!(written(&line("plain"), 0, true), "plain\n");
    }

    #[test]
    fn cells_out_of_text_order_are_written_in_cell_order() {
        let mut l = line("abc");
        l.cells.swap(0, 2);
        assert_eq!(written(&l, 0, false), "cba\n");
    }

    #[test]
    fn marker_style_picks_control_pictures_and_replacement() {
        assert_eq!(marker_style("\u{2400}"), CellStyle::Reverse);
        assert_eq!(marker_style("\u{2421}"), CellStyle::Reverse);
        assert_eq!(marker_style("\u{FFFD}"), CellStyle::Reverse);
        assert_eq!(marker_style("ب"), CellStyle::Plain);
        assert_eq!(marker_style(" "), CellStyle::Plain);
    }

    #[test]
    fn hits_take_any_configured_background() {
        assert_eq!(CellStyle::Hit(ColorSpec::Named(3)).sgr(), "\x1b[30;43m");
        assert_eq!(CellStyle::Hit(ColorSpec::Named(11)).sgr(), "\x1b[30;103m");
        assert_eq!(
            CellStyle::Hit(ColorSpec::Rgb(0x12, 0xab, 0)).sgr(),
            "\x1b[30;48;2;18;171;0m"
        );
        assert_eq!(CellStyle::Hit(ColorSpec::Default).sgr(), "\x1b[30;49m");
    }
}
