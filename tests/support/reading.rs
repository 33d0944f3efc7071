//! Helpers of the marks and command-line tests (`marks`, `command_line`):
//! documents of numbered or long paragraphs, keys and typed text in, and
//! where the top line of the view is.

use qari::core::document::Document;
use qari::reader::app::App;
use qari::reader::keymap::{Key, KeyCode};

pub fn numbered(n: usize) -> Document {
    let text: String = (1..=n).map(|i| format!("p{i} text\n")).collect();
    Document::from_bytes("numbered", text.as_bytes()).expect("text")
}

/// Paragraphs long enough to wrap into several lines at narrow widths.
pub fn long_paragraphs(n: usize) -> Document {
    let text: String = (1..=n)
        .map(|i| {
            let words: Vec<String> = (0..40).map(|w| format!("w{i}x{w}")).collect();
            format!("{}\n", words.join(" "))
        })
        .collect();
    Document::from_bytes("long", text.as_bytes()).expect("text")
}

pub fn key(code: KeyCode) -> Key {
    Key::plain(code)
}

pub fn typed(a: &mut App, keys: &str) {
    for c in keys.chars() {
        a.press(key(KeyCode::Char(c)));
    }
}

/// `:` + `line` + Enter.
pub fn command(a: &mut App, line: &str) {
    typed(a, ":");
    typed(a, line);
    a.press(key(KeyCode::Enter));
}

/// 1-based paragraph at the top, as the status bar shows it.
pub fn top_line(a: &App) -> usize {
    a.screen().paragraph
}

/// Whether the top line of the view holds document offset `offset`.
pub fn top_line_holds(a: &App, offset: usize) -> bool {
    let shown = &a.screen().lines[0];
    let base = a.document().span(shown.paragraph).offset;
    (base + shown.line.start as usize..=base + shown.line.end as usize).contains(&offset)
}
