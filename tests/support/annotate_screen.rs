//! Helpers shared by the annotation screen tests (`annotate_screen`,
//! `annotate_notes`): an app on a TestBackend, keys and typed text, and the
//! drawn cells with the code points they show, so a test can work out which
//! cells must carry a style independently of the decoration code.

use std::ops::Range;

use qari::reader::app::App;
use qari::reader::keymap::{Key, KeyCode};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ratatui::Terminal;

use super::recognition::find;
use super::Setup;

/// An Arabic paragraph with a Latin name of two words in it, long enough to
/// wrap at 30 columns.
pub const MIXED: &str =
    "قال الرئيس Kassym Tokayev إن البلاد ستبقى محايدة في هذا الصراع الطويل بين الجارتين\n";

/// A reader with colours off: the selection is the reversed cells, an
/// annotated passage the underlined ones.
pub fn monochrome() -> Setup {
    Setup::default().colors(false)
}

pub fn keys(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        app.press(k.parse().expect("key"));
    }
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let key = if c == '\n' {
            Key::plain(KeyCode::Enter)
        } else {
            Key::plain(KeyCode::Char(c))
        };
        app.press(key);
    }
}

pub fn draw(app: &App) -> Terminal<TestBackend> {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| qari::ui::draw(app, frame))
        .expect("draw");
    terminal
}

pub fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

pub fn text_of(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row(buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

pub use super::cells::drawn_cells;

/// The cells with `modifier`, and the cells meeting `range`, must be the same.
pub fn assert_cells(
    app: &App,
    buf: &Buffer,
    range: &Range<usize>,
    modifier: Modifier,
) -> Vec<(u16, u16)> {
    let mut meeting = Vec::new();
    for (x, y, cells) in drawn_cells(app) {
        let meets = cells.start < range.end && range.start < cells.end;
        let styled = buf[(x, y)].modifier.contains(modifier);
        assert_eq!(styled, meets, "cell ({x},{y}) {cells:?}, range {range:?}");
        if meets {
            meeting.push((x, y));
        }
    }
    meeting
}

pub fn span_of(text: &str, what: &str) -> Range<usize> {
    let start = find(text, what, 0);
    start..start + what.chars().count()
}

pub fn with_notes() -> App {
    let text = "Alice met Bob in Paris.\nBob went to Paris with Alice.\n";
    let mut a = monochrome().app(text, 100, 14);
    keys(&mut a, "v a");
    type_text(&mut a, "first note");
    keys(&mut a, "C-s");
    // The second paragraph's "Bob went": a drag on row 1.
    let cells = drawn_cells(&a);
    let start = find(text, "Bob", 1);
    let cell = |o: usize| {
        cells
            .iter()
            .find(|c| c.2.start == o)
            .map(|c| (c.0, c.1))
            .expect("cell")
    };
    let (x0, y0) = cell(start);
    let (x1, y1) = cell(start + 7);
    a.drag_start(x0, y0);
    a.drag_to(x1, y1);
    keys(&mut a, "a");
    type_text(&mut a, "ملاحظة ثانية");
    keys(&mut a, "C-s");
    a.take_effects();
    a
}
