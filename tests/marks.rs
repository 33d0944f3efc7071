//! Marks and the `:` command line through the app's public API: keys in
//! (`App::press`), the view, the flash and the effects for the shell out.

use std::collections::BTreeMap;
use std::path::Path;

use qari::app::{App, Effect, MarkOp, Modal};
use qari::document::Document;
use qari::keymap::{Key, KeyCode, Keymap};
use qari::layout::LayoutOptions;

fn numbered(n: usize) -> Document {
    let text: String = (1..=n).map(|i| format!("p{i} text\n")).collect();
    Document::from_bytes("numbered", text.as_bytes()).expect("text")
}

/// Paragraphs long enough to wrap into several lines at narrow widths.
fn long_paragraphs(n: usize) -> Document {
    let text: String = (1..=n)
        .map(|i| {
            let words: Vec<String> = (0..40).map(|w| format!("w{i}x{w}")).collect();
            format!("{}\n", words.join(" "))
        })
        .collect();
    Document::from_bytes("long", text.as_bytes()).expect("text")
}

fn app(doc: Document, width: u16, height: u16) -> App {
    App::new(
        doc,
        LayoutOptions::default(),
        Keymap::default(),
        width,
        height,
    )
}

fn key(code: KeyCode) -> Key {
    Key::plain(code)
}

fn typed(a: &mut App, keys: &str) {
    for c in keys.chars() {
        a.press(key(KeyCode::Char(c)));
    }
}

/// `:` + `line` + Enter.
fn command(a: &mut App, line: &str) {
    typed(a, ":");
    typed(a, line);
    a.press(key(KeyCode::Enter));
}

/// 1-based paragraph at the top, as the status bar shows it.
fn top_line(a: &App) -> usize {
    a.screen().paragraph
}

/// Whether the top line of the view holds document offset `offset`.
fn top_line_holds(a: &App, offset: usize) -> bool {
    let shown = &a.screen().lines[0];
    let base = a.document().span(shown.paragraph).offset;
    (base + shown.line.start as usize..=base + shown.line.end as usize).contains(&offset)
}

#[test]
fn a_mark_set_is_returned_to() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "jjjjj");
    assert_eq!(top_line(&a), 6);
    typed(&mut a, "m");
    assert!(matches!(a.modal(), Some(Modal::Mark(MarkOp::Set))));
    typed(&mut a, "a");
    assert!(a.modal().is_none());
    assert_eq!(a.flash(), Some("mark a set"));
    assert_eq!(a.marks().get(&'a'), Some(&a.document().span(5).offset));
    assert_eq!(a.take_effects(), [Effect::SaveMarks]);

    typed(&mut a, "G");
    assert_eq!(top_line(&a), 91);
    typed(&mut a, "'");
    assert!(matches!(a.modal(), Some(Modal::Mark(MarkOp::GoTo))));
    typed(&mut a, "a");
    assert_eq!(top_line(&a), 6);
    // Going is not a change to store.
    assert!(a.take_effects().is_empty());
}

#[test]
fn quote_quote_goes_back_and_twice_toggles() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "''");
    assert_eq!(a.flash(), Some("no jump to go back from yet"));
    assert_eq!(top_line(&a), 1);

    typed(&mut a, "jjmb");
    command(&mut a, "goto 40");
    assert_eq!(top_line(&a), 40);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 3);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 40);
    // A mark is a jump too: '' returns from it.
    typed(&mut a, "jj'b");
    assert_eq!(top_line(&a), 3);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 42);
}

#[test]
fn unset_marks_and_non_letters_say_so() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "jj'z");
    assert_eq!(a.flash(), Some("mark z is not set"));
    assert_eq!(top_line(&a), 3);
    assert!(a.modal().is_none());

    typed(&mut a, "m1");
    assert_eq!(a.flash(), Some("not a mark: 1 (marks are letters)"));
    assert!(a.marks().is_empty());
    a.press(key(KeyCode::Char('m')));
    a.press(key(KeyCode::Enter));
    assert_eq!(a.flash(), Some("not a mark: marks are letters"));
    assert!(a.modal().is_none());
    // Esc cancels without a word, and the next key is an ordinary key again.
    typed(&mut a, "m");
    a.press(key(KeyCode::Esc));
    assert_eq!(a.flash(), None);
    assert!(a.modal().is_none());
    typed(&mut a, "j");
    assert_eq!(top_line(&a), 4);
    assert!(a.take_effects().is_empty());
}

#[test]
fn marks_are_per_letter_and_arabic_letters_count() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "jmaGmA");
    typed(&mut a, "mش");
    let last_screen = a.document().span(90).offset;
    let expected: BTreeMap<char, usize> = [
        ('a', a.document().span(1).offset),
        ('A', last_screen),
        ('ش', last_screen),
    ]
    .into();
    assert_eq!(a.marks(), &expected);
    typed(&mut a, "'a");
    assert_eq!(top_line(&a), 2);
    typed(&mut a, "'ش");
    assert_eq!(top_line(&a), 91);
}

#[test]
fn marks_survive_a_resize() {
    let mut a = app(long_paragraphs(60), 80, 11);
    typed(&mut a, "jjjjjjj");
    typed(&mut a, "ma");
    let mark = *a.marks().get(&'a').expect("set");
    assert!(a.position() == mark && mark > 0);

    a.resize(31, 11);
    typed(&mut a, "gg");
    assert_eq!(a.position(), 0);
    typed(&mut a, "'a");
    // The line now holding the marked text is at the top.
    assert!(top_line_holds(&a, mark), "mark {mark} at {}", a.position());
    assert!(a.position() <= mark);

    a.resize(120, 11);
    typed(&mut a, "G'a");
    assert!(top_line_holds(&a, mark));
}

#[test]
fn remembered_marks_load_but_do_not_replace_new_ones() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "jjma");
    let stored: BTreeMap<char, usize> = [('a', 500), ('b', 40), ('c', 1_000_000)].into();
    a.set_marks(stored);
    assert_eq!(a.marks().get(&'a'), Some(&a.document().span(2).offset));
    assert_eq!(a.marks().get(&'b'), Some(&40));
    // An offset past the end (the file changed? no: hashes match) is kept in range.
    assert_eq!(a.marks().get(&'c'), Some(&a.document().len()));
    typed(&mut a, "'b");
    assert!(top_line_holds(&a, 40));
}

#[test]
fn goto_a_percentage() {
    let mut a = app(numbered(200), 80, 11);
    command(&mut a, "goto 50%");
    let half = a.document().len() / 2;
    assert!(top_line_holds(&a, half), "at {}", a.position());
    // Half of the text, not of the lines: later lines are longer.
    assert_eq!(top_line(&a), a.document().paragraph_at(half) + 1);
    assert!(top_line(&a) > 100);
    command(&mut a, "0%");
    assert_eq!(top_line(&a), 1);
    command(&mut a, "goto 100%");
    // The end: the last full screen.
    assert_eq!(a.screen().percent, 100);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 1);
}

#[test]
fn goto_a_paragraph_clamps_with_a_message() {
    let mut a = app(numbered(100), 80, 11);
    command(&mut a, "goto 42");
    assert_eq!(top_line(&a), 42);
    assert_eq!(a.flash(), None);
    command(&mut a, "7");
    assert_eq!(top_line(&a), 7);
    command(&mut a, "goto 0");
    assert_eq!(top_line(&a), 1);
    assert_eq!(a.flash(), Some("no line 0: went to line 1 of 100"));
    command(&mut a, "goto 5000");
    assert_eq!(a.flash(), Some("no line 5000: went to line 100 of 100"));
    // Line 100 cannot be the top of a full screen: the last screen shows it.
    assert_eq!(top_line(&a), 91);
}

#[test]
fn bad_commands_are_flashed_and_the_view_stays() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "jj");
    command(&mut a, "xyz");
    assert_eq!(a.flash(), Some("unknown command: xyz (try :goto, :w, :q)"));
    command(&mut a, "goto 120%");
    assert_eq!(
        a.flash(),
        Some("a percentage goes from 0% to 100%, not 120%")
    );
    command(&mut a, "");
    assert_eq!(a.flash(), None);
    assert_eq!(top_line(&a), 3);
    assert!(a.modal().is_none());
    assert!(!a.should_quit());
}

#[test]
fn the_command_line_edits_cancels_and_recalls() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, ":goto 9");
    let Some(Modal::Command(input)) = a.modal() else {
        panic!("the command line is open");
    };
    assert_eq!(input.text(), "goto 9");
    a.press(key(KeyCode::Esc));
    assert!(a.modal().is_none());
    assert_eq!(top_line(&a), 1);

    // Backspace edits, and closes the line once it is empty.
    typed(&mut a, ":ab");
    a.press(key(KeyCode::Backspace));
    a.press(key(KeyCode::Backspace));
    assert!(matches!(a.modal(), Some(Modal::Command(i)) if i.is_empty()));
    a.press(key(KeyCode::Backspace));
    assert!(a.modal().is_none());

    command(&mut a, "goto 10");
    command(&mut a, "goto 20");
    command(&mut a, "goto 20");
    typed(&mut a, ":draft");
    let shown = |a: &App| match a.modal() {
        Some(Modal::Command(input)) => input.text().to_string(),
        _ => panic!("the command line is open"),
    };
    a.press(key(KeyCode::Up));
    assert_eq!(shown(&a), "goto 20");
    a.press(key(KeyCode::Up));
    assert_eq!(shown(&a), "goto 10");
    a.press(key(KeyCode::Up));
    assert_eq!(shown(&a), "goto 10", "the oldest stays");
    a.press(key(KeyCode::Down));
    assert_eq!(shown(&a), "goto 20");
    a.press(key(KeyCode::Down));
    assert_eq!(shown(&a), "draft");
    a.press(key(KeyCode::Up));
    a.press(key(KeyCode::Up));
    a.press(key(KeyCode::Enter));
    assert_eq!(top_line(&a), 10);
}

#[test]
fn quit_from_the_command_line() {
    let mut a = app(numbered(10), 80, 11);
    command(&mut a, "q");
    assert!(a.should_quit());
    let mut a = app(numbered(10), 80, 11);
    command(&mut a, "q!");
    assert!(a.should_quit());
}

/// The text of the one `WriteFile` effect, with its path and overwrite flag.
fn written(a: &mut App) -> (String, String, bool) {
    match a.take_effects().as_slice() {
        [Effect::WriteFile {
            path,
            text,
            overwrite,
        }] => (path.display().to_string(), text.clone(), *overwrite),
        other => panic!("expected one WriteFile, got {other:?}"),
    }
}

#[test]
fn write_asks_the_shell_and_reports_back() {
    let mut a = app(numbered(55), 30, 11);
    command(&mut a, "w ~/out.txt");
    let (path, text, overwrite) = written(&mut a);
    assert_eq!(path, "~/out.txt");
    assert!(!overwrite);
    assert_eq!(text.lines().count(), 55);
    assert!(text.starts_with("p1 text\np2 text\n"));
    a.file_written(Path::new("~/out.txt"), Ok(55));
    assert_eq!(a.flash(), Some("wrote 55 lines to ~/out.txt"));
    assert!(!a.should_quit());

    command(&mut a, "w! out.txt");
    assert!(written(&mut a).2);

    // :wq quits only once the file is written.
    command(&mut a, "wq out.txt");
    let _ = written(&mut a);
    a.file_written(
        Path::new("out.txt"),
        Err("out.txt exists (:w! replaces it)".into()),
    );
    assert_eq!(a.flash(), Some("out.txt exists (:w! replaces it)"));
    assert!(!a.should_quit());
    command(&mut a, "wq! out.txt");
    let _ = written(&mut a);
    a.file_written(Path::new("out.txt"), Ok(1));
    assert_eq!(a.flash(), Some("wrote 1 line to out.txt"));
    assert!(a.should_quit());
}

#[test]
fn nothing_is_written_while_the_document_loads() {
    let mut a = app(numbered(55), 30, 11);
    a.set_loading(true);
    command(&mut a, "w out.txt");
    assert!(a.take_effects().is_empty());
    assert_eq!(
        a.flash(),
        Some("still reading the document: write it once it has loaded")
    );
}

#[test]
fn top_and_bottom_are_jumps_that_quote_quote_returns_from() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "jjjj");
    assert_eq!(top_line(&a), 5);
    typed(&mut a, "G");
    assert_eq!(top_line(&a), 91);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 5);
    typed(&mut a, "g");
    assert_eq!(top_line(&a), 1);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 5);
}

#[test]
fn a_mark_asked_for_while_loading_is_gone_to_once_the_marks_are_read() {
    // The first piece of a large document: the remembered marks come with the whole.
    let mut a = app(numbered(20), 80, 11);
    a.set_loading(true);
    typed(&mut a, "'b");
    assert_eq!(top_line(&a), 1);
    assert_eq!(
        a.flash(),
        Some("mark b: still reading the document, going there once it has loaded")
    );
    a.replace_document(numbered(100));
    a.set_loading(false);
    let offset = a.document().span(79).offset;
    a.set_marks([('b', offset)].into());
    a.marks_known();
    assert_eq!(top_line(&a), 80);
    assert_eq!(a.flash(), None);
    // A jump like any other: '' comes back.
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 1);
}

#[test]
fn a_mark_awaited_while_loading_is_dropped_by_the_next_key_or_said_unset() {
    let mut a = app(numbered(20), 80, 11);
    a.set_loading(true);
    typed(&mut a, "'bj");
    a.replace_document(numbered(100));
    a.set_loading(false);
    a.set_marks([('b', a.document().span(79).offset)].into());
    a.marks_known();
    assert_eq!(top_line(&a), 2);

    let mut a = app(numbered(20), 80, 11);
    a.set_loading(true);
    typed(&mut a, "'c");
    a.replace_document(numbered(100));
    a.set_loading(false);
    a.marks_known();
    assert_eq!(top_line(&a), 1);
    assert_eq!(a.flash(), Some("mark c is not set"));
}

#[test]
fn colon_dollar_and_arabic_digits_go_where_vim_users_expect() {
    let mut a = app(numbered(100), 80, 11);
    command(&mut a, "$");
    assert_eq!(top_line(&a), 91);
    command(&mut a, "١٧");
    assert_eq!(top_line(&a), 17);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 91);
}
