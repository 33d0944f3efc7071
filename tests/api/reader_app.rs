//! The reader's state machine through its public API: `App::apply` and
//! `App::resize` on the anchor, paging, the ends, restoring a position.

use qari::core::document::Document;
use qari::core::view::Anchor;
use qari::reader::action::{Action, WHEEL_LINES};
use qari::reader::app::App;

use crate::support::app;

/// 100 paragraphs "p0 ..." to "p99 ...", each short enough for one line at 80.
fn numbered(n: usize) -> Document {
    let text: String = (0..n).map(|i| format!("p{i} text\n")).collect();
    Document::from_bytes("numbered", text.as_bytes()).expect("text")
}

fn top_text(app: &App) -> &str {
    &app.screen().lines[0].line.text
}

#[test]
fn lines_pages_and_half_pages_move_the_anchor() {
    // 11 rows: 10 of text and the status bar.
    let mut a = app(numbered(100), 80, 11);
    assert_eq!(top_text(&a), "p0 text");
    a.apply(Action::LineDown);
    assert_eq!(
        a.anchor(),
        Anchor {
            paragraph: 1,
            offset: 0
        }
    );
    a.apply(Action::PageDown);
    assert_eq!(a.anchor().paragraph, 11);
    a.apply(Action::HalfPageDown);
    assert_eq!(a.anchor().paragraph, 16);
    a.apply(Action::HalfPageUp);
    a.apply(Action::PageUp);
    a.apply(Action::LineUp);
    assert_eq!(a.anchor().paragraph, 0);
    a.apply(Action::WheelDown);
    assert_eq!(a.anchor().paragraph, WHEEL_LINES);
    assert_eq!(top_text(&a), format!("p{WHEEL_LINES} text"));
}

#[test]
fn scrolling_stops_at_both_ends() {
    let mut a = app(numbered(100), 80, 11);
    a.apply(Action::LineUp);
    a.apply(Action::PageUp);
    assert_eq!(a.anchor(), Anchor::default());
    a.apply(Action::Bottom);
    assert_eq!(a.anchor().paragraph, 90, "the last screen is full");
    assert_eq!(
        a.screen().lines.last().map(|l| l.line.text.as_str()),
        Some("p99 text")
    );
    assert_eq!(a.screen().percent, 100);
    a.apply(Action::LineDown);
    a.apply(Action::PageDown);
    assert_eq!(a.anchor().paragraph, 90);
    a.apply(Action::Top);
    assert_eq!(a.anchor(), Anchor::default());
    assert_eq!(a.screen().percent, 0);
    assert_eq!(a.screen().paragraph, 1);
    assert_eq!(a.screen().paragraphs, 100);
}

#[test]
fn a_short_document_does_not_scroll() {
    let mut a = app(numbered(3), 80, 11);
    a.apply(Action::PageDown);
    a.apply(Action::Bottom);
    assert_eq!(a.anchor(), Anchor::default());
    assert_eq!(a.screen().lines.len(), 3);
    assert_eq!(a.screen().percent, 100);
}

#[test]
fn resize_keeps_the_text_at_the_top() {
    // One long paragraph of 26 * 8 characters, wrapped by the column width.
    let text = "abcdefghijklmnopqrstuvwxyz".repeat(8);
    let doc = Document::from_bytes("long", text.as_bytes()).expect("text");
    let mut a = app(doc, 30, 5);
    a.apply(Action::LineDown);
    a.apply(Action::LineDown);
    let before = a.position();
    assert_eq!(before, 60);
    a.resize(24, 5);
    assert_eq!(a.position(), before, "resize does not move the anchor");
    let first = &a.screen().lines[0].line;
    assert!(first.start as usize <= before && before < first.end as usize);
    a.resize(30, 5);
    assert_eq!(top_text(&a), &text[60..90]);
}

#[test]
fn the_column_is_centred_and_at_most_80_wide() {
    let a = app(numbered(3), 120, 10);
    assert_eq!((a.screen().column_x, a.screen().column_width), (20, 80));
    let a = app(numbered(3), 50, 10);
    assert_eq!((a.screen().column_x, a.screen().column_width), (0, 50));
}

#[test]
fn restore_returns_to_a_remembered_offset() {
    let doc = numbered(100);
    let offset = doc.span(42).offset + 2;
    let mut a = app(doc, 80, 11);
    a.restore(offset);
    assert_eq!(
        a.anchor(),
        Anchor {
            paragraph: 42,
            offset: 0
        }
    );
    a.restore(usize::MAX);
    assert_eq!(a.anchor().paragraph, 90, "clamped to the last screen");
}

#[test]
fn a_big_document_is_laid_out_only_where_it_is_read() {
    let mut a = app(numbered(200_000), 200, 61);
    assert!(a.laid_out() <= 120, "first screen and last screen only");
    a.apply(Action::Bottom);
    a.apply(Action::PageUp);
    a.apply(Action::Top);
    a.apply(Action::PageDown);
    assert!(a.laid_out() <= 240, "{} layouts", a.laid_out());
    assert_eq!(a.screen().lines[0].line.text, "p60 text");
}

#[test]
fn help_opens_and_esc_closes_it() {
    let mut a = app(numbered(3), 80, 11);
    a.apply(Action::ToggleHelp);
    assert!(a.help_open());
    a.apply(Action::CloseOverlay);
    assert!(!a.help_open());
    a.apply(Action::ToggleHelp);
    a.apply(Action::ToggleHelp);
    assert!(!a.help_open());
    // `q` closes the help, as in less and man, and quits only after.
    a.apply(Action::ToggleHelp);
    a.apply(Action::Quit);
    assert!(!a.help_open());
    assert!(!a.should_quit());
    a.apply(Action::Quit);
    assert!(a.should_quit());
}

#[test]
fn tiny_terminals_and_empty_documents_do_not_panic() {
    for (w, h) in [(1, 1), (10, 3), (0, 0), (19, 40), (80, 3)] {
        let mut a = app(numbered(50), w, h);
        for action in Action::ALL {
            a.apply(action);
        }
        assert!(a.screen().too_small);
    }
    let empty = Document::from_bytes("empty", b"").expect("text");
    let mut a = app(empty, 80, 24);
    for action in Action::ALL {
        a.apply(action);
    }
    assert!(a.screen().lines.is_empty());
    assert_eq!(a.position(), 0);
}

/// The first `n` paragraphs of `doc`, as the loader's first piece would be.
fn first_piece(doc: &Document, n: usize) -> Document {
    let end = doc.span(n).byte_start;
    Document::from_bytes(doc.name.clone(), &doc.text().as_bytes()[..end]).expect("text")
}

#[test]
fn the_whole_document_replaces_its_first_piece_under_the_reader() {
    let whole = numbered(1000);
    let mut a = app(first_piece(&whole, 100), 80, 11);
    a.set_loading(true);
    a.apply(Action::PageDown);
    a.apply(Action::LineDown);
    let anchor = a.anchor();
    let position = a.position();
    assert_eq!(anchor.paragraph, 11);
    let laid_out = a.laid_out();
    a.replace_document(whole);
    a.set_loading(false);
    assert_eq!(a.anchor(), anchor);
    assert_eq!(a.position(), position);
    assert_eq!(top_text(&a), "p11 text");
    assert_eq!(a.screen().paragraphs, 1000);
    assert!(
        a.laid_out() >= laid_out,
        "layouts of the piece are still good"
    );
    a.apply(Action::Bottom);
    assert_eq!(a.anchor().paragraph, 990, "the end is the whole's end");
}

#[test]
fn replacing_with_different_text_drops_old_layouts_and_clamps() {
    let mut a = app(numbered(100), 80, 11);
    a.apply(Action::Bottom);
    a.replace_document(Document::from_bytes("other", b"x\ny\n").expect("text"));
    assert_eq!(a.screen().paragraphs, 2);
    assert_eq!(top_text(&a), "x");
    assert_eq!(a.laid_out(), 2);
}

#[test]
fn a_late_position_is_restored_only_if_the_reader_has_not_moved() {
    let whole = numbered(1000);
    let saved = whole.span(500).offset;

    let mut still = app(first_piece(&whole, 100), 80, 11);
    still.apply(Action::ToggleHelp);
    still.apply(Action::CloseOverlay);
    still.resize(90, 12);
    assert!(!still.moved(), "help and resizing do not move the reader");
    still.replace_document(whole.clone());
    still.restore(saved);
    assert_eq!(still.anchor().paragraph, 500);

    let mut reading = app(first_piece(&whole, 100), 80, 11);
    reading.apply(Action::LineDown);
    assert!(reading.moved());
    reading.replace_document(whole);
    reading.restore(saved);
    assert_eq!(
        reading.anchor().paragraph,
        1,
        "the reader stays where they are"
    );
}
