//! The `:` command line through the app's public API: `:goto` by percentage
//! and paragraph, bad commands, editing and recalling the line, `:q`, and
//! `:w` asking the shell to write the file.

use std::path::Path;

use qari::reader::app::{App, Effect, Modal};
use qari::reader::keymap::KeyCode;

use crate::support::app;
use crate::support::reading::*;

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
fn the_status_bar_says_the_percentage_gone_to() {
    // Lines of different lengths, and a text whose length is no multiple
    // of 100: the percentage's place falls inside a line, after its start.
    let mut a = app(numbered(157), 80, 11);
    assert_ne!(a.document().len() % 100, 0);
    for percent in [1u8, 9, 10, 33, 49, 50, 51, 77, 90] {
        typed(&mut a, &format!("{percent}%"));
        assert_eq!(a.screen().percent, percent, "after {percent}%");
        command(&mut a, &format!("goto {percent}%"));
        assert_eq!(a.screen().percent, percent, "after :goto {percent}%");
    }
    // `0%` and `0p` go to the top, as in less; `0j` is `j`.
    typed(&mut a, "G");
    typed(&mut a, "0%");
    assert_eq!(top_line(&a), 1);
    typed(&mut a, "G");
    typed(&mut a, "0p");
    assert_eq!(top_line(&a), 1);
    typed(&mut a, "0j");
    assert_eq!(top_line(&a), 2);
    // Scrolled on, the bar says the top line's place again.
    typed(&mut a, "50%");
    let line = top_line(&a);
    typed(&mut a, "j");
    assert_eq!(top_line(&a), line + 1);
    let top = a.position() * 100 / a.document().len();
    assert_eq!(usize::from(a.screen().percent), top);
}

#[test]
fn a_click_on_the_top_line_leaves_the_percentage_as_it_was() {
    // Lines of some 70 characters in a text of 2,800: one line is more than
    // 2% of it, so a click at the top line's end would say another place.
    let mut a = app(long_paragraphs(10), 80, 11);
    typed(&mut a, "jjj");
    let before = a.screen().percent;
    let top = &a.screen().lines[0];
    let x = a.screen().column_x + top.line.cells.iter().map(|c| c.width).sum::<u16>() - 1;
    a.click(x, 0);
    // The screen is made again (as the next frame is) with the click's cursor.
    a.resize(80, 11);
    assert_eq!(a.screen().percent, before);
    // A jump's target on the top line still names its own place.
    typed(&mut a, "50%");
    assert_eq!(a.screen().percent, 50);
    a.click(a.screen().column_x, 0);
    a.resize(80, 11);
    assert_eq!(a.screen().percent, 50);
}

#[test]
fn the_place_kept_on_quitting_gives_the_same_percentage_on_reopening() {
    let mut a = app(long_paragraphs(10), 80, 11);
    typed(&mut a, "50%");
    assert_eq!(a.screen().percent, 50);
    // The 50% point, inside the top line: its start is at 49%.
    let kept = a.reading_place();
    assert!(kept > a.position(), "{kept} {}", a.position());
    let mut again = app(long_paragraphs(10), 80, 11);
    again.restore(kept);
    assert_eq!(again.position(), a.position());
    assert_eq!(again.screen().percent, 50);
    // Scrolled on, the place is the top line's start.
    typed(&mut again, "j");
    assert_eq!(again.reading_place(), again.position());
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
    assert_eq!(a.flash(), Some("no line 0: the last is 100"));
    command(&mut a, "goto 5000");
    assert_eq!(a.flash(), Some("no line 5000: the last is 100"));
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
fn colon_dollar_and_arabic_digits_go_where_vim_users_expect() {
    let mut a = app(numbered(100), 80, 11);
    command(&mut a, "$");
    assert_eq!(top_line(&a), 91);
    command(&mut a, "١٧");
    assert_eq!(top_line(&a), 17);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 91);
}

/// A reader of the second of three files named.
fn second_of_three() -> App {
    use qari::reader::app::{AppOptions, FileList};
    let doc = qari::core::document::Document::from_bytes("b.txt", b"the second file\n")
        .expect("document");
    let layout = qari_layout::LayoutOptions::default();
    let keymap = qari::reader::keymap::Keymap::default();
    App::new(
        doc,
        AppOptions {
            files: FileList {
                index: 1,
                count: 3,
                file: true,
            },
            ..AppOptions::new(layout, keymap, 80, 11)
        },
    )
}

#[test]
fn next_and_previous_file_end_the_reader_with_a_step() {
    use qari::reader::app::FileStep;
    let mut a = second_of_three();
    assert_eq!(a.title(), "b.txt (2/3)");
    command(&mut a, "n");
    assert!(a.should_quit());
    assert_eq!(a.file_step(), Some(FileStep::Next));
    let mut a = second_of_three();
    command(&mut a, "p");
    assert_eq!(a.file_step(), Some(FileStep::Previous));
    // One file: said, and the reader stays.
    let mut a = app(numbered(10), 80, 11);
    command(&mut a, "n");
    assert!(!a.should_quit());
    assert_eq!(a.file_step(), None);
    assert_eq!(
        a.flash(),
        Some("only one file was named: qari FILE FILE… reads several")
    );
    command(&mut a, "q");
    assert!(a.should_quit());
    assert_eq!(a.file_step(), None);
}

#[test]
fn r_and_colon_e_read_the_file_again_where_the_reader_is() {
    use qari::reader::app::FileStep;
    for keys in [&["R"][..], &[":", "e", "Enter"][..]] {
        let mut a = second_of_three();
        for k in keys {
            a.press(k.parse().expect("key"));
        }
        assert!(a.should_quit(), "{keys:?}");
        assert_eq!(a.file_step(), Some(FileStep::Reread(0)), "{keys:?}");
    }
    // Standard input (or anything that is no file named) cannot be.
    let mut a = app(numbered(10), 80, 11);
    command(&mut a, "e");
    assert!(!a.should_quit());
    assert_eq!(
        a.flash(),
        Some("nothing to read again: this is no file named on the command line")
    );
    command(&mut a, "e other.txt");
    assert!(!a.should_quit());
}
