//! How a table's row becomes a line, for every markup that has tables (a
//! web page's `<td>`, Markdown's `| … |`): its cells in order, apart by
//! ` | `, each an isolate (FSI … PDI).
//!
//! A table of prices reads a row at a time, so a row is one line. Each cell
//! is isolated because the layout gives a line the direction of its first
//! strong letter outside isolates: without them, "USD | 3.75" under an
//! Arabic header would be a left-to-right line with its columns the other
//! way round from the header's. Isolated, a row has no strong letter of its
//! own and takes the document's direction, as its header does, and each
//! cell is laid out alone, so Latin and numbers keep their columns.

/// Between a row's cells.
const SEPARATOR: &str = " | ";
/// FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
const OPEN: char = '\u{2068}';
const CLOSE: char = '\u{2069}';

/// Start a cell in `text`, whose last line is the row so far: a separator
/// after the cells before it (none before the first), then the isolate.
pub(super) fn open_cell(text: &mut String) {
    let row = text.rfind('\n').map_or(0, |nl| nl + 1);
    if !text[row..].trim().is_empty() {
        text.push_str(SEPARATOR);
    }
    text.push(OPEN);
}

/// End the cell [`open_cell`] started.
pub(super) fn close_cell(text: &mut String) {
    text.push(CLOSE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_its_cells_isolated_and_apart() {
        let mut text = String::from("before\n");
        for cell in ["USD", "", "3.75"] {
            open_cell(&mut text);
            text.push_str(cell);
            close_cell(&mut text);
        }
        assert_eq!(
            text,
            "before\n\u{2068}USD\u{2069} | \u{2068}\u{2069} | \u{2068}3.75\u{2069}"
        );
    }
}
