//! Marks through the app's public API: keys in (`App::press`), the view, the
//! flash and the effects for the shell out. The `:` command line is tested in
//! `command_line`.

use std::collections::BTreeMap;

use qari::reader::app::{Effect, MarkOp, Modal};
use qari::reader::keymap::KeyCode;

use crate::support::app;
use crate::support::reading::*;

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
fn opening_at_a_fragment_is_a_jump_over_the_remembered_place() {
    // The shell restores the remembered place, then opens at the fragment:
    // its line at the top, the reading cursor there, `''` back.
    let mut a = app(numbered(100), 80, 11);
    a.restore(a.document().span(20).offset);
    assert_eq!(top_line(&a), 21);
    let target = a.document().span(40).offset + 3;
    a.open_at(target);
    assert_eq!(top_line(&a), 41);
    assert_eq!(a.reading_cursor(), target);
    // A remembered place arriving late (a large document) does not move it.
    a.restore(0);
    assert_eq!(top_line(&a), 41);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 21);
}

/// Counts as less and vi take them: digits, then the key.
#[test]
fn a_count_before_a_key_moves_that_far() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "5j");
    assert_eq!(top_line(&a), 6);
    typed(&mut a, "2k");
    assert_eq!(top_line(&a), 4);
    typed(&mut a, "20g");
    assert_eq!(top_line(&a), 20);
    typed(&mut a, "''");
    assert_eq!(top_line(&a), 4, "a counted g is a jump");
    typed(&mut a, "30G");
    assert_eq!(top_line(&a), 30);
    typed(&mut a, "50%");
    let half = top_line(&a);
    assert!((45..=55).contains(&half), "{half}");
    typed(&mut a, "10p");
    assert!(top_line(&a) <= 12, "{}", top_line(&a));
    // Without a count, g and p are themselves; a count an unbound key
    // ends is forgotten.
    typed(&mut a, "G");
    assert_eq!(top_line(&a), 91);
    typed(&mut a, "3zg");
    assert_eq!(top_line(&a), 1);
    // 0 alone is no count.
    typed(&mut a, "0j");
    assert_eq!(top_line(&a), 2);
}

/// less's keys qari has not (`&`, `=`, `F`) say so instead of nothing.
#[test]
fn a_key_bound_to_nothing_says_so() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "&");
    assert_eq!(a.flash(), Some("& is no key here: ? lists the keys"));
    typed(&mut a, "j");
    assert_eq!(a.flash(), None);
    assert_eq!(top_line(&a), 2);
}

/// C-z suspends with a prompt open too, and the prompt is still there after.
#[test]
fn ctrl_z_suspends_from_an_open_prompt() {
    let mut a = app(numbered(100), 80, 11);
    typed(&mut a, "/ab");
    a.take_effects();
    a.press("C-z".parse().expect("key"));
    assert_eq!(a.take_effects(), [Effect::Suspend]);
    assert!(matches!(a.modal(), Some(Modal::Search(_))));
}
