//! PURE: which cells of the visible lines show a mention, decided before drawing.
//!
//! A cell is a whole grapheme cluster (a letter with its harakat, a lam-alef
//! ligature) and remembers the code points it stands for, so a cell is marked
//! when its code point range meets a mention's span: a highlight can never split
//! a letter from its marks, and it follows the text across line breaks and bidi
//! runs because it is decided per cell, by logical offsets, not by columns.
//! Drawing then only reads one mark per cell.

use crate::core::document::Document;
use crate::core::view::ScreenLine;
use crate::reader::kinds::facts;
use qari_recognize::{Kind, Mention};

/// How one cell is highlighted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// The innermost mention's kind (a name inside a quote is the name's).
    pub kind: Kind,
    /// The innermost mention's entity.
    pub entity: usize,
    /// Inside a quote (also when the innermost mention is a name in it).
    pub quoted: bool,
    /// Part of the mention last jumped to.
    pub current: bool,
}

/// One mark (or none) per cell of each line, parallel to `lines`.
pub fn marks(
    doc: &Document,
    lines: &[ScreenLine],
    mentions: &[Mention],
    current: Option<usize>,
) -> Vec<Vec<Option<Mark>>> {
    // Mentions can nest (a name in a quote), so a line looks back as far as the
    // longest mention reaches.
    let longest = mentions.iter().map(|m| m.span.len()).max().unwrap_or(0);
    lines
        .iter()
        .map(|shown| {
            let base = doc.span(shown.paragraph).offset;
            let line_start = base + shown.line.start as usize;
            let line_end = base + shown.line.end as usize;
            let from = mentions.partition_point(|m| m.span.start + longest < line_start);
            let to = mentions.partition_point(|m| m.span.start < line_end);
            let near: Vec<(usize, &Mention)> = (from..to)
                .map(|i| (i, &mentions[i]))
                .filter(|(_, m)| m.span.end > line_start)
                .collect();
            shown
                .line
                .cells
                .iter()
                .map(|cell| {
                    let a = base + cell.offset as usize;
                    let b = a + (cell.len as usize).max(1);
                    mark_of(&near, a..b, current)
                })
                .collect()
        })
        .collect()
}

fn mark_of(
    near: &[(usize, &Mention)],
    cell: std::ops::Range<usize>,
    current: Option<usize>,
) -> Option<Mark> {
    let mut inner: Option<(usize, &Mention)> = None;
    let mut quoted = false;
    let mut is_current = false;
    for &(i, m) in near {
        if m.span.start >= cell.end || m.span.end <= cell.start {
            continue;
        }
        quoted |= facts(m.kind).quotation;
        is_current |= current == Some(i);
        if inner.is_none_or(|(_, o)| m.span.len() < o.span.len()) {
            inner = Some((i, m));
        }
    }
    inner.map(|(_, m)| Mark {
        kind: m.kind,
        entity: m.entity,
        quoted,
        current: is_current,
    })
}

/// Decorations of one cell besides its entity mark, decided like marks: by the
/// cell's code points, so they too follow the logical text across bidi runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Decor {
    /// Inside a search hit; `current_hit`: the hit the view moved to.
    pub hit: bool,
    pub current_hit: bool,
    /// Inside the passage being selected.
    pub selected: bool,
    /// Inside an annotated passage.
    pub annotated: bool,
}

/// Call `set` on the decor of every cell of `lines` that meets one of `spans`
/// (document offsets in code points, sorted by start), growing `decor` to the
/// shape of `lines` first. `set` gets the index of the span met.
pub fn decorate(
    doc: &Document,
    lines: &[ScreenLine],
    spans: &[std::ops::Range<usize>],
    decor: &mut Vec<Vec<Decor>>,
    mut set: impl FnMut(&mut Decor, usize),
) {
    if spans.is_empty() {
        return;
    }
    if decor.len() != lines.len() {
        *decor = lines
            .iter()
            .map(|l| vec![Decor::default(); l.line.cells.len()])
            .collect();
    }
    let longest = spans.iter().map(ExactSizeIterator::len).max().unwrap_or(0);
    for (shown, row) in lines.iter().zip(decor.iter_mut()) {
        let base = doc.span(shown.paragraph).offset;
        let line_start = base + shown.line.start as usize;
        let line_end = base + shown.line.end as usize;
        let from = spans.partition_point(|s| s.start + longest < line_start);
        let to = spans.partition_point(|s| s.start < line_end.max(line_start + 1));
        for (i, span) in spans.iter().enumerate().take(to).skip(from) {
            if span.end <= line_start && !span.is_empty() {
                continue;
            }
            for (cell, d) in shown.line.cells.iter().zip(row.iter_mut()) {
                let a = base + cell.offset as usize;
                let b = a + (cell.len as usize).max(1);
                if span.start < b && a < span.end.max(span.start + 1) {
                    set(d, i);
                }
            }
        }
    }
}
