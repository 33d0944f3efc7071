//! A paste is text where text is typed and nothing elsewhere: it never runs
//! as keys (`App::paste`, fed by bracketed paste).

use qari::reader::keymap::KeyCode;

use crate::support::app;
use crate::support::reading::{key, numbered, typed};

#[test]
fn a_paste_in_the_reader_moves_nothing_and_says_so() {
    let mut a = app(numbered(200), 80, 20);
    a.paste("G:q\nq");
    assert!(!a.should_quit());
    assert_eq!(a.anchor().paragraph, 0);
    assert!(a.modal().is_none());
    assert_eq!(a.flash(), Some("paste ignored: nothing open to paste into"));
}

#[test]
fn a_paste_in_the_prompts_is_their_first_line() {
    let mut a = app(numbered(200), 80, 20);
    typed(&mut a, "/");
    a.paste("p150 text\r\nq");
    assert!(a.current_hit().is_some(), "searched as typed");
    a.press(key(KeyCode::Enter));
    // The hit's line a third of the way down the 19 rows.
    assert_eq!(a.anchor().paragraph, 143);
    typed(&mut a, ":");
    a.paste("goto 7\nq");
    a.press(key(KeyCode::Enter));
    assert!(!a.should_quit());
    assert_eq!(a.anchor().paragraph, 6);
}
