//! Justification: a wrapped line's inner spaces widened until its content
//! spans the column. It works on a finished line's cells, so the view applies
//! it to the lines it hands out for a screen and `qari render` to the lines it
//! prints, and drawing stays a copy of cells.

use qari_layout::{Cell, VisualLine};

/// Widen the spaces between the words of `line` so that its content spans
/// `width` columns: spaces at either visual end take no room, the others share
/// the extra columns (the first ones in reading order one more, when they do
/// not divide evenly). A line without an inner space is left as it is. The
/// order of the cells is visual, so right-to-left lines need nothing special.
pub fn justify(line: &mut VisualLine, width: usize) {
    let is_space = |c: &Cell| c.width == 1 && line.cell_text(c) == " ";
    let spaces: Vec<bool> = line.cells.iter().map(is_space).collect();
    let content = |i: &usize| line.cells[*i].width > 0 && !spaces[*i];
    let (Some(first), Some(last)) = (
        (0..line.cells.len()).find(content),
        (0..line.cells.len()).rev().find(content),
    ) else {
        return;
    };
    let mut inner: Vec<usize> = (first..last).filter(|&i| spaces[i]).collect();
    if inner.is_empty() {
        return;
    }
    for (i, cell) in line.cells.iter_mut().enumerate() {
        if spaces[i] && !(first..last).contains(&i) {
            cell.width = 0;
        }
    }
    let used: usize = line.cells.iter().map(|c| usize::from(c.width)).sum();
    let Some(extra) = width.checked_sub(used).filter(|&e| e > 0) else {
        line.width = used;
        return;
    };
    inner.sort_by_key(|&i| line.cells[i].offset);
    let (each, rest) = (extra / inner.len(), extra % inner.len());
    for (n, &i) in inner.iter().enumerate() {
        let add = each + usize::from(n < rest);
        let cell = &mut line.cells[i];
        cell.width = cell
            .width
            .saturating_add(u16::try_from(add).unwrap_or(u16::MAX));
    }
    line.width = width;
}
