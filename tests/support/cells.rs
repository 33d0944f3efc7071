//! The drawn cells of the reader's article, with the code points each shows,
//! so screen tests can work out which cells must carry a style independently
//! of the code that decides styles.

use std::ops::Range;

use qari::reader::app::App;

/// Every drawn cell of the article: (x, y, its code points in the document).
pub fn drawn_cells(app: &App) -> Vec<(u16, u16, Range<usize>)> {
    let screen = app.screen();
    let mut out = Vec::new();
    for (y, shown) in screen.lines.iter().enumerate() {
        let base = app.document().span(shown.paragraph).offset;
        let mut x = usize::from(screen.column_x) + shown.indent;
        for cell in &shown.line.cells {
            if cell.width > 0 {
                let start = base + cell.offset as usize;
                out.push((
                    u16::try_from(x).expect("x"),
                    u16::try_from(y).expect("y"),
                    start..start + (cell.len as usize).max(1),
                ));
            }
            x += usize::from(cell.width);
        }
    }
    out
}
