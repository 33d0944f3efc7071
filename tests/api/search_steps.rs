//! Search in the reader, step by step: the prompt, moving to the first hit and
//! between hits (`n`, `N`, wrapping), what is said when nothing is found or
//! the pattern is bad, counting big documents in slices between keys, and
//! searching again after jumps and after the whole document arrives.

use qari::core::document::Document;
use qari::reader::app::{Modal, COUNT_SLICE};
use qari::reader::keymap::{Key, KeyCode};

use crate::support;
use crate::support::search_screen::*;

#[test]
fn typing_moves_to_the_first_hit_after_the_start_and_esc_goes_back() {
    let mut app = support::app(&numbered(100), 40, 6);
    for _ in 0..20 {
        app.press(key('j'));
    }
    let before = app.position();
    assert_eq!(app.screen().paragraph, 21);
    app.press(key('/'));
    assert!(matches!(app.modal(), Some(Modal::Search(_))));
    typed(&mut app, "nee");
    // p23 is the first hit at or after p20.
    assert_eq!(app.screen().paragraph, 23);
    assert_eq!(app.search_status().as_deref(), Some("3/10"));
    let buf = draw(&app);
    let status = row(&buf, 5);
    assert!(status.starts_with("/nee  3/10"), "{status:?}");
    app.press(Key::plain(KeyCode::Esc));
    assert!(app.modal().is_none());
    assert_eq!(app.position(), before);
    assert_eq!(app.search_status(), None);
}

#[test]
fn backspace_on_an_empty_prompt_closes_it() {
    let mut app = support::app(&numbered(50), 40, 6);
    app.press(key('/'));
    typed(&mut app, "x");
    app.press(Key::plain(KeyCode::Backspace));
    assert!(app.modal().is_some());
    app.press(Key::plain(KeyCode::Backspace));
    assert!(app.modal().is_none());
    assert_eq!(app.position(), 0);
}

#[test]
fn n_and_shift_n_step_through_hits_and_wrap_with_a_message() {
    let mut app = support::app(&numbered(100), 70, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.screen().paragraph, 3);
    assert_eq!(app.search_status().as_deref(), Some("1/10"));
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, 13);
    assert_eq!(app.search_status().as_deref(), Some("2/10"));
    assert_eq!(app.flash(), None);
    app.press(key('N'));
    app.press(key('N'));
    assert_eq!(app.flash(), Some("search wrapped to bottom"));
    assert_eq!(app.search_status().as_deref(), Some("10/10"));
    // The last hit's line cannot be at the top (the last screen is full):
    // the hit is the reading cursor.
    assert_eq!(
        app.current_hit().map(|h| h.start),
        Some(app.reading_cursor())
    );
    app.press(key('n'));
    assert_eq!(app.flash(), Some("search wrapped to top"));
    assert_eq!(app.search_status().as_deref(), Some("1/10"));
    assert_eq!(app.screen().paragraph, 3);
    let buf = draw(&app);
    let status = row(&buf, 5);
    assert!(status.contains("search wrapped to top"), "{status:?}");
    assert!(status.contains(" 1/10 line 3/100"), "{status:?}");
}

#[test]
fn after_scrolling_n_counts_again_from_the_view() {
    let mut app = support::app(&numbered(100), 40, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    for _ in 0..40 {
        app.press(key('j'));
    }
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, 43);
    assert_eq!(app.search_status().as_deref(), Some("5/10"));
}

#[test]
fn nothing_found_says_so() {
    let mut app = support::app(&numbered(30), 40, 6);
    app.press(key('n'));
    assert!(app.flash().is_some_and(|f| f.contains("/ to search")));
    app.press(key('/'));
    typed(&mut app, "haystack");
    assert_eq!(app.search_hint(), "not found");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.flash(), Some("not found: haystack"));
    assert_eq!(app.position(), 0);
    app.press(key('n'));
    assert_eq!(app.flash(), Some("not found: haystack"));
}

/// Only harakat (a fatha, U+064E) is nothing to search for: "empty search",
/// as `qari search` says, not "not found" as if the text had been searched.
#[test]
fn harakat_alone_are_an_empty_search_as_the_command_says() {
    let mut app = support::app(&numbered(30), 40, 6);
    app.press(key('/'));
    typed(&mut app, "\u{064E}");
    assert_eq!(app.search_hint(), "empty search");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.flash(), Some("empty search"));
    assert_eq!(app.position(), 0);
    let command = qari::core::search::Query::new("\u{064E}").expect_err("empty");
    assert_eq!(app.flash(), Some(command.to_string().as_str()));
}

#[test]
fn a_bad_regex_is_shown_in_the_prompt() {
    let mut app = support::app(&numbered(30), 60, 6);
    app.press(key('/'));
    typed(&mut app, "\\r(ne");
    assert!(
        app.search_hint().contains("unclosed group"),
        "{}",
        app.search_hint()
    );
    let buf = draw(&app);
    assert!(row(&buf, 5).contains("unclosed group"));
    typed(&mut app, ")");
    assert_eq!(app.search_status().as_deref(), Some("1/3"));
}

#[test]
fn a_big_document_is_searched_and_counted_in_slices_between_keys() {
    // More than a slice of text before the first hit.
    let paragraphs = COUNT_SLICE / 20 + 1000;
    let filler = "filler line of text\n".repeat(paragraphs);
    let text = format!("{filler}needle a\nneedle b\n{filler}needle c\n");
    let mut app = support::app(&text, 40, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    // The key did one slice: the hit is further, the prompt says so.
    assert_eq!(app.position(), 0);
    assert!(app.search_pending());
    assert_eq!(app.search_hint(), "searching\u{2026}");
    app.search_step();
    assert_eq!(app.screen().paragraph, paragraphs);
    // Counting goes on after the view moved.
    assert!(app.search_pending());
    assert_eq!(app.search_status().as_deref(), Some("?/\u{2026}"));
    // `n` while counting: the count goes on, and knows the step.
    app.press(Key::plain(KeyCode::Enter));
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, paragraphs + 1);
    while app.search_pending() {
        app.search_step();
    }
    assert_eq!(app.search_status().as_deref(), Some("2/3"));
    app.press(key('N'));
    assert_eq!(app.search_status().as_deref(), Some("1/3"));
    app.press(key('n'));
    app.press(key('n'));
    assert_eq!(app.search_status().as_deref(), Some("3/3"));
}

#[test]
fn a_backward_search_on_a_big_document_is_done_in_slices_between_keys() {
    // More than a slice of text between the end and the last hit.
    let filler = "filler line of text\n".repeat(COUNT_SLICE / 20 + 1000);
    let text = format!("needle a\n{filler}needle b\n{filler}");
    let mut app = support::app(&text, 40, 6);
    app.press(key('G'));
    let bottom = app.position();
    app.press(key('?'));
    typed(&mut app, "needle");
    // Each key did one slice back from the end: the hit is further, the
    // prompt says so, and the view has not moved.
    assert_eq!(app.position(), bottom);
    assert!(app.search_pending());
    assert_eq!(app.search_hint(), "searching\u{2026}");
    while app.search_pending() && app.current_hit().is_none() {
        app.search_step();
    }
    let b = text.find("needle b").expect("in the text");
    assert_eq!(app.current_hit(), Some(b..b + 6));
    // `n` goes on backward, as after `?` it does.
    app.press(Key::plain(KeyCode::Enter));
    app.press(key('n'));
    assert_eq!(app.current_hit(), Some(0..6));
}

#[test]
fn a_big_document_without_the_word_says_not_found_once_searched() {
    let text = "filler line of text\n".repeat(COUNT_SLICE / 20 + 1000);
    let mut app = support::app(&text, 40, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.flash(), None);
    while app.search_pending() {
        app.search_step();
    }
    assert_eq!(app.flash(), Some("not found: needle"));
    assert_eq!(app.position(), 0);
}

#[test]
fn hits_are_counted_again_when_the_whole_document_arrives() {
    let piece = numbered(50);
    let whole = numbered(100);
    let mut app = support::app(&piece, 40, 6);
    app.set_loading(true);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.search_status().as_deref(), Some("1/5"));
    app.replace_document(Document::from_bytes("t.txt", whole.as_bytes()).expect("text"));
    app.set_loading(false);
    assert_eq!(app.search_status().as_deref(), Some("?/\u{2026}"));
    while app.search_pending() {
        app.search_step();
    }
    assert_eq!(app.search_status().as_deref(), Some("1/10"));
}

#[test]
fn after_g_a_new_search_starts_at_the_top_not_at_the_old_hit() {
    let mut app = support::app(&numbered(100), 40, 30);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    app.press(key('n'));
    assert_eq!(app.search_status().as_deref(), Some("2/10"));
    // The second hit (p13) is still on the screen after `g`...
    app.press(key('g'));
    assert_eq!(app.screen().paragraph, 1);
    // ...but `g` moved the reader: the search starts at the top.
    app.press(key('/'));
    typed(&mut app, "needle");
    assert_eq!(app.search_status().as_deref(), Some("1/10"));
    assert_eq!(
        app.current_hit().map(|h| h.start),
        Some("p0\np1\np2\np3 ".len())
    );
}

#[test]
fn after_shift_g_shift_n_finds_the_last_hit_even_on_the_last_screen() {
    let mut app = support::app(&numbered(100), 40, 11);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    app.press(key('G'));
    app.press(key('N'));
    // p93, on the last screen (p90-p99), is the last hit.
    assert_eq!(app.flash(), None);
    assert_eq!(app.search_status().as_deref(), Some("10/10"));
    // And `n` from the end wraps to the first.
    app.press(key('G'));
    app.press(key('n'));
    assert_eq!(app.flash(), Some("search wrapped to top"));
    assert_eq!(app.search_status().as_deref(), Some("1/10"));
}

#[test]
fn slash_enter_repeats_the_last_search_and_up_recalls_it() {
    let mut app = support::app(&numbered(100), 40, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.search_status().as_deref(), Some("1/10"));
    // `/` Enter: the next hit of the same query, the prompt closed.
    app.press(key('/'));
    app.press(Key::plain(KeyCode::Enter));
    assert!(app.modal().is_none());
    assert_eq!(app.search_status().as_deref(), Some("2/10"));
    assert_eq!(app.screen().paragraph, 13);
    // Up brings the query back, searched from where `/` was pressed.
    app.press(key('/'));
    app.press(Key::plain(KeyCode::Up));
    match app.modal() {
        Some(Modal::Search(prompt)) => assert_eq!(prompt.input.text(), "needle"),
        other => panic!("the prompt is open: {other:?}"),
    }
    typed(&mut app, "x");
    assert_eq!(app.search_status(), None);
    app.press(Key::plain(KeyCode::Backspace));
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.search_status().as_deref(), Some("2/10"));
    // Without an earlier search, `/` Enter just closes.
    let mut fresh = support::app(&numbered(100), 40, 6);
    fresh.press(key('/'));
    fresh.press(Key::plain(KeyCode::Enter));
    assert!(fresh.modal().is_none());
    assert_eq!(fresh.position(), 0);
    assert_eq!(fresh.flash(), None);
}

#[test]
fn an_arabic_search_not_found_reads_right_in_the_english_bar() {
    // With the article's paragraphs set right to left too: an English
    // message is a left-to-right line whatever the article's setting.
    let rtl = qari_layout::LayoutOptions {
        base: qari_layout::BaseDirection::Fixed(qari_layout::Direction::Rtl),
        ..qari_layout::LayoutOptions::default()
    };
    let mut app = support::Setup::default()
        .layout(rtl)
        .app(&numbered(30), 60, 6);
    app.press(key('/'));
    typed(&mut app, "كلمة");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.flash(), Some("not found: كلمة"));
    let status = row(&draw(&app), 5);
    // The message is an English line: its Arabic word is laid out as the
    // article's text is, its first letter on the right, not sent as typed.
    assert!(status.starts_with(" not found: "), "{status:?}");
    // (The test's layout does not join letters: one cell a letter.)
    let word: String = status[" not found: ".len()..].chars().take(4).collect();
    assert_eq!(word, "ةملك", "{status:?}");
}

#[test]
fn question_mark_searches_backward_as_in_less() {
    let mut app = support::app(&numbered(100), 40, 6);
    for _ in 0..50 {
        app.press(key('j'));
    }
    assert_eq!(app.screen().paragraph, 51);
    app.press(key('?'));
    assert!(matches!(app.modal(), Some(Modal::Search(_))));
    typed(&mut app, "nee");
    // p43 is the last hit before the reading cursor at p50.
    assert_eq!(app.screen().paragraph, 43);
    assert_eq!(app.search_status().as_deref(), Some("5/10"));
    let status = row(&draw(&app), 5);
    assert!(status.starts_with("?nee  5/10"), "{status:?}");
    app.press(Key::plain(KeyCode::Enter));
    // `n` goes on backward, `N` the other way.
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, 33);
    assert_eq!(app.search_status().as_deref(), Some("4/10"));
    app.press(key('N'));
    app.press(key('N'));
    assert_eq!(app.screen().paragraph, 53);
    assert_eq!(app.search_status().as_deref(), Some("6/10"));
    // `/` Enter searches the same words forward again; then `n` is forward.
    app.press(key('/'));
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.screen().paragraph, 63);
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, 73);
    // `?` Enter: backward again.
    app.press(key('?'));
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.screen().paragraph, 63);
}

#[test]
fn a_backward_search_with_no_hit_says_so_and_the_help_is_on_h() {
    let mut app = support::app(&numbered(30), 40, 6);
    app.press(key('?'));
    typed(&mut app, "absent");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.flash(), Some("not found: absent"));
    assert_eq!(app.position(), 0);
    app.press(key('h'));
    assert!(app.help_open());
}

#[test]
fn the_same_words_recalled_the_other_way_search_that_way() {
    let mut app = support::app(&numbered(100), 40, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    app.press(key('n'));
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, 23);
    // `?`, Up brings "needle" back: it searches backward from here.
    app.press(key('?'));
    app.press(Key::plain(KeyCode::Up));
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.screen().paragraph, 13);
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, 3);
    // And `/` Up turns it forward again.
    app.press(key('/'));
    app.press(Key::plain(KeyCode::Up));
    app.press(Key::plain(KeyCode::Enter));
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, 13);
}
