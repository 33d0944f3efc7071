//! Helpers shared by the search tests (`search_screen`, `search_steps`): an
//! app on a TestBackend, keys and typed text, the hits found in the text by
//! hand, and the drawn cells with the code points they show.

use std::ops::Range;

use qari::reader::app::App;
use qari::reader::keymap::{Key, KeyCode};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

pub fn key(c: char) -> Key {
    Key::plain(KeyCode::Char(c))
}

pub fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.press(key(c));
    }
}

pub fn draw(app: &App) -> Buffer {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| qari::ui::draw(app, frame))
        .expect("draw");
    terminal.backend().buffer().clone()
}

pub fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// Code point ranges of every occurrence of `needle` in `text`.
pub fn occurrences(text: &str, needle: &str) -> Vec<Range<usize>> {
    text.match_indices(needle)
        .map(|(b, _)| {
            let start = text[..b].chars().count();
            start..start + needle.chars().count()
        })
        .collect()
}

pub use super::cells::drawn_cells;

pub fn meets(cell: &Range<usize>, spans: &[Range<usize>]) -> bool {
    spans
        .iter()
        .any(|s| s.start < cell.end && cell.start < s.end)
}

/// Paragraph `i` mentions "needle" when `i % 10 == 3`.
pub fn numbered(paragraphs: usize) -> String {
    (0..paragraphs)
        .map(|i| {
            if i % 10 == 3 {
                format!("p{i} needle\n")
            } else {
                format!("p{i}\n")
            }
        })
        .collect()
}
