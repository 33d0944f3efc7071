//! The panel's rows laid out by the article's engine: a label as one
//! visual line, cut at its logical end, right-aligned when it reads right to
//! left. Apart from the rows' state and motions, which know no layout.

use super::{PanelRows, RowKind};
use crate::reader::kinds::facts;
use crate::reader::messages::{Interface, Msg};
use qari_layout::{self as layout, Direction, LayoutOptions, VisualLine};

/// A row laid out for the panel: one visual line and its right-alignment pad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaidRow {
    pub line: VisualLine,
    pub indent: usize,
}

impl PanelRows {
    /// Every label laid out as one line of at most `width` cells by the article's
    /// layout engine (a longer label shows its logical beginning); right-to-left
    /// labels are right-aligned, and those with no letters (a time, 02:45)
    /// go the article's way, as its other labels do.
    /// A kind's title is in the interface's language (`ui`), its count in
    /// its digits; in the Arabic interface every label is right-aligned.
    pub fn lay_out(&self, width: usize, options: &LayoutOptions, ui: Interface) -> Vec<LaidRow> {
        let options = LayoutOptions {
            width: Some(width.max(1)),
            ..options.clone()
        };
        self.rows
            .iter()
            .map(|row| match row.kind {
                RowKind::Header(kind) if ui.rtl() => {
                    let kind = ui.pick(facts(kind).heading);
                    let n = ui.number(row.count);
                    one_line(
                        &ui.say(Msg::Heading, &[("kind", &kind), ("n", &n)]),
                        &options,
                    )
                }
                _ if ui.rtl() => {
                    // A Latin name too sits against the count, on the right.
                    let mut laid = one_line(&row.label, &options);
                    laid.indent = width.saturating_sub(laid.line.width);
                    laid
                }
                _ => one_line(&row.label, &options),
            })
            .collect()
    }
}

/// `text` as one visual line at `options.width`: a text that does not fit is
/// cut after a whole cluster and ends with "…" at its logical end, which the
/// engine then places (on the left of an Arabic label, and of Arabic words
/// that end a line reading left to right).
pub fn one_line(text: &str, options: &LayoutOptions) -> LaidRow {
    let width = options.width.unwrap_or(usize::MAX);
    let mut laid = layout::layout_paragraph(text, options);
    if laid.lines.len() > 1 {
        let fits = laid.lines[0].end as usize;
        let mut chars: Vec<char> = text.chars().take(fits).collect();
        loop {
            while chars.last().is_some_and(|c| c.is_whitespace()) {
                chars.pop();
            }
            // After right-to-left words a right-to-left mark keeps the
            // ellipsis with them, where they were cut (their left end), in
            // a line that reads left to right ("[label] note…").
            // (Directions by the bidi classes, as the layout reads them.)
            let mut cut: String = chars.iter().collect();
            let ltr_line = layout::paragraph_direction(&cut) == Some(Direction::Ltr);
            let rtl_end = cut
                .split_whitespace()
                .rev()
                .find_map(layout::paragraph_direction)
                == Some(Direction::Rtl);
            cut.push('\u{2026}');
            if ltr_line && rtl_end {
                cut.push('\u{200F}');
            }
            laid = layout::layout_paragraph(&cut, options);
            if laid.lines.len() <= 1 || chars.pop().is_none() {
                break;
            }
        }
    }
    let line = laid.lines.first().cloned().unwrap_or_default();
    LaidRow {
        indent: laid.indent(&line, width),
        line,
    }
}
