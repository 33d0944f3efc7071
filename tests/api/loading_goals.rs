//! `G` and `:goto N%` while a large document is still loading: they go to the
//! end (or N%) of what is loaded, say so, and reach the real end (or N% of the
//! whole) once the whole document replaces its first piece, unless the reader
//! has moved since.

use qari::core::document::Document;
use qari::reader::app::{App, LOADED_END};
use qari::reader::keymap::{Key, KeyCode};

use qari::reader::messages::Lang;

use crate::support::{app, Setup};

/// 24 rows: 23 of text.
const HEIGHT: u16 = 24;

fn lines(n: usize) -> String {
    (0..n).map(|i| format!("line {i}\n")).collect()
}

/// A reader on the first 50 lines of a 200-line document, still loading.
fn loading() -> (App, Document) {
    let piece = Document::from_bytes("t", lines(50).as_bytes()).expect("text");
    let whole = Document::from_bytes("t", lines(200).as_bytes()).expect("text");
    let mut app = app(piece, 80, HEIGHT);
    app.set_loading(true);
    (app, whole)
}

/// What the shell does when the whole has been read.
fn arrive(app: &mut App, whole: Document) {
    app.replace_document(whole);
    app.set_loading(false);
}

fn key(app: &mut App, c: char) {
    app.press(Key::plain(KeyCode::Char(c)));
}

fn command(app: &mut App, line: &str) {
    key(app, ':');
    for c in line.chars() {
        key(app, c);
    }
    app.press(Key::plain(KeyCode::Enter));
}

/// The paragraph at the top when the last line is at the bottom.
fn last_top(paragraphs: usize) -> usize {
    paragraphs - usize::from(HEIGHT - 1)
}

#[test]
fn bottom_while_loading_goes_to_the_loaded_end_then_to_the_real_end() {
    let (mut app, whole) = loading();
    key(&mut app, 'G');
    assert_eq!(app.anchor().paragraph, last_top(50));
    assert_eq!(app.flash(), Some(LOADED_END));
    assert!(app.awaiting_whole());
    arrive(&mut app, whole);
    assert_eq!(app.anchor().paragraph, last_top(200));
    assert_eq!(app.screen().percent, 100);
    assert!(!app.awaiting_whole());
    assert_eq!(
        app.flash(),
        Some("the whole document has loaded: at its end")
    );
}

#[test]
fn bottom_is_not_reached_later_when_the_reader_has_moved_since() {
    let (mut app, whole) = loading();
    key(&mut app, 'G');
    key(&mut app, 'k');
    let here = app.anchor();
    assert_eq!(here.paragraph, last_top(50) - 1);
    arrive(&mut app, whole);
    assert_eq!(app.anchor(), here);
    assert_eq!(app.flash(), None);
}

#[test]
fn bottom_of_a_whole_document_says_nothing_and_awaits_nothing() {
    let whole = Document::from_bytes("t", lines(200).as_bytes()).expect("text");
    let mut app = app(whole, 80, HEIGHT);
    key(&mut app, 'G');
    assert_eq!(app.anchor().paragraph, last_top(200));
    assert_eq!(app.flash(), None);
    assert!(!app.awaiting_whole());
}

#[test]
fn loading_that_stops_without_a_whole_document_forgets_the_goal() {
    let (mut app, _) = loading();
    key(&mut app, 'G');
    app.set_loading(false);
    assert!(!app.awaiting_whole());
    assert_eq!(app.flash(), None, "no promise left standing");
}

#[test]
fn percent_while_loading_is_of_what_is_loaded_and_says_so() {
    let (mut app, whole) = loading();
    command(&mut app, "goto 50%");
    // "line 25" starts at 50% of the first 50 lines.
    assert_eq!(app.anchor().paragraph, 25);
    let flash = app.flash().expect("a word about the percentage");
    assert!(flash.contains("50% of what is loaded so far"), "{flash}");
    arrive(&mut app, whole);
    // 50% of the whole is in line 100 (the lines grow from 7 to 9 code points).
    let half = app.document().len() / 2;
    let at = app.document().paragraph_at(half);
    assert_eq!(app.anchor().paragraph, at);
    assert!(at > 90, "{at}");
    assert_eq!(
        app.flash(),
        Some("the whole document has loaded: at 50% of it")
    );
}

#[test]
fn percent_while_loading_is_said_in_the_interface_language() {
    let piece = Document::from_bytes("t", lines(50).as_bytes()).expect("text");
    let mut app = Setup::default().lang(Lang::Ar).app(piece, 80, HEIGHT);
    app.set_loading(true);
    command(&mut app, "goto 50%");
    assert_eq!(
        app.flash(),
        Some("50٪ مما حُمّل حتى الآن؛ الانتقال إلى 50٪ من المستند كله عند اكتمال التحميل")
    );
}

#[test]
fn goto_100_percent_while_loading_is_the_end() {
    let (mut app, whole) = loading();
    command(&mut app, "goto 100%");
    assert_eq!(app.anchor().paragraph, last_top(50));
    assert_eq!(app.flash(), Some(LOADED_END));
    arrive(&mut app, whole);
    assert_eq!(app.anchor().paragraph, last_top(200));
}

#[test]
fn a_line_past_what_is_loaded_says_so() {
    let (mut app, _) = loading();
    command(&mut app, "goto 150");
    assert_eq!(app.flash(), Some("no line 150 yet: 50 loaded so far"));
}
