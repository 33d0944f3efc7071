//! Search in the reader: the prompt, moving between hits, the count, and the
//! highlights drawn on TestBackend screens.
//!
//! Which cells must be highlighted is computed from the layout's offsets and
//! the hit's code points found in the text by hand, independently of the
//! search code; styles are checked on the buffer cell by cell.

use std::ops::Range;

use qari::app::{App, Modal, COUNT_SLICE};
use qari::document::Document;
use qari::keymap::{Key, KeyCode, Keymap};
use qari::layout::LayoutOptions;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

fn app_with(text: &str, width: u16, height: u16) -> App {
    let doc = Document::from_bytes("t.txt", text.as_bytes()).expect("text");
    let options = LayoutOptions {
        fallback_direction: doc.direction,
        ..LayoutOptions::default()
    };
    App::new(doc, options, Keymap::default(), width, height)
}

fn key(c: char) -> Key {
    Key::plain(KeyCode::Char(c))
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.press(key(c));
    }
}

fn draw(app: &App) -> Buffer {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| qari::ui::draw(app, frame))
        .expect("draw");
    terminal.backend().buffer().clone()
}

fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// Code point ranges of every occurrence of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<Range<usize>> {
    text.match_indices(needle)
        .map(|(b, _)| {
            let start = text[..b].chars().count();
            start..start + needle.chars().count()
        })
        .collect()
}

/// Every drawn cell of the article: (x, y, its code points in the document).
fn drawn_cells(app: &App) -> Vec<(u16, u16, Range<usize>)> {
    let screen = app.screen();
    let mut out = Vec::new();
    for (y, shown) in screen.lines.iter().enumerate() {
        let base = app.document().span(shown.paragraph).offset;
        let mut x = usize::from(screen.column_x) + shown.indent;
        for cell in &shown.line.cells {
            if cell.width > 0 {
                let start = base + cell.offset as usize;
                out.push((
                    u16::try_from(x).expect("x"),
                    u16::try_from(y).expect("y"),
                    start..start + (cell.len as usize).max(1),
                ));
            }
            x += usize::from(cell.width);
        }
    }
    out
}

fn meets(cell: &Range<usize>, spans: &[Range<usize>]) -> bool {
    spans
        .iter()
        .any(|s| s.start < cell.end && cell.start < s.end)
}

#[test]
fn hits_are_highlighted_across_a_bidi_line_the_current_one_apart() {
    // An Arabic line with a Latin name in it; the query spans the direction
    // change, so the hit's cells are not next to each other on screen.
    let text = "قال الرئيس Tokayev إن الوضع مستقر وقال Tokayev إن الأمن عاد\n";
    let mut app = app_with(text, 60, 6);
    app.press(key('/'));
    typed(&mut app, "Tokayev إن");
    app.press(Key::plain(KeyCode::Enter));
    assert!(app.modal().is_none());
    let hits = occurrences(text, "Tokayev إن");
    assert_eq!(hits.len(), 2);
    assert_eq!(app.current_hit(), Some(hits[0].clone()));
    let buf = draw(&app);
    let cells = drawn_cells(&app);
    let mut current_cells = 0;
    let mut other_cells = 0;
    for (x, y, range) in &cells {
        let style = buf[(*x, *y)].style();
        let current = meets(range, &hits[..1]);
        let other = meets(range, &hits[1..]);
        let expected_bg = if current {
            current_cells += 1;
            Some(Color::LightRed)
        } else if other {
            other_cells += 1;
            Some(Color::Yellow)
        } else {
            None
        };
        let bg = style.bg.filter(|c| *c != Color::Reset);
        assert_eq!(bg, expected_bg, "cell {range:?} at ({x}, {y})");
        assert_eq!(
            style.add_modifier.contains(Modifier::BOLD),
            current,
            "cell {range:?} at ({x}, {y})"
        );
    }
    // "Tokayev" (7 cells), the space, and "إن" (2 cells) for each hit.
    assert_eq!((current_cells, other_cells), (10, 10));
    // On screen the hit reads in visual order: the Arabic word, which comes
    // after the name in the text, is drawn to its left.
    let x_of = |offset: usize| {
        cells
            .iter()
            .find(|(_, _, r)| r.start == offset)
            .map(|(x, _, _)| *x)
            .expect("drawn")
    };
    let name = hits[0].start;
    let word = hits[0].end - 2;
    assert!(x_of(word) < x_of(name), "{} {}", x_of(word), x_of(name));
}

#[test]
fn without_colour_hits_are_reversed_and_the_current_one_bold() {
    let text = "one two three two\n";
    let mut app = app_with(text, 40, 4);
    app.set_colors(false);
    app.press(key('/'));
    typed(&mut app, "two");
    let buf = draw(&app);
    let line = row(&buf, 0);
    let first = line.find("two").expect("shown");
    let second = line.rfind("two").expect("shown");
    let x = |i: usize| u16::try_from(i).expect("x");
    assert!(buf[(x(first), 0)]
        .modifier
        .contains(Modifier::REVERSED | Modifier::BOLD));
    assert!(buf[(x(second), 0)].modifier.contains(Modifier::REVERSED));
    assert!(!buf[(x(second), 0)].modifier.contains(Modifier::BOLD));
    assert_eq!(buf[(x(second), 0)].bg, Color::Reset);
    assert!(!buf[(x(first) - 1, 0)].modifier.contains(Modifier::REVERSED));
}

/// Paragraph `i` mentions "needle" when `i % 10 == 3`.
fn numbered(paragraphs: usize) -> String {
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

#[test]
fn typing_moves_to_the_first_hit_after_the_start_and_esc_goes_back() {
    let mut app = app_with(&numbered(100), 40, 6);
    for _ in 0..20 {
        app.press(key('j'));
    }
    let before = app.position();
    assert_eq!(app.screen().paragraph, 21);
    app.press(key('/'));
    assert!(matches!(app.modal(), Some(Modal::Search(_))));
    typed(&mut app, "nee");
    // p23 is the first hit at or after p20.
    assert_eq!(app.screen().paragraph, 24);
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
    let mut app = app_with(&numbered(50), 40, 6);
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
    let mut app = app_with(&numbered(100), 70, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.screen().paragraph, 4);
    assert_eq!(app.search_status().as_deref(), Some("1/10"));
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, 14);
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
    assert_eq!(app.screen().paragraph, 4);
    let buf = draw(&app);
    let status = row(&buf, 5);
    assert!(status.contains("search wrapped to top"), "{status:?}");
    assert!(status.contains(" 1/10 line 4/100"), "{status:?}");
}

#[test]
fn after_scrolling_n_counts_again_from_the_view() {
    let mut app = app_with(&numbered(100), 40, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    for _ in 0..40 {
        app.press(key('j'));
    }
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, 44);
    assert_eq!(app.search_status().as_deref(), Some("5/10"));
}

#[test]
fn nothing_found_says_so() {
    let mut app = app_with(&numbered(30), 40, 6);
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

#[test]
fn a_bad_regex_is_shown_in_the_prompt() {
    let mut app = app_with(&numbered(30), 60, 6);
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
    let mut app = app_with(&text, 40, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    // The key did one slice: the hit is further, the prompt says so.
    assert_eq!(app.position(), 0);
    assert!(app.search_pending());
    assert_eq!(app.search_hint(), "searching\u{2026}");
    app.search_step();
    assert_eq!(app.screen().paragraph, paragraphs + 1);
    // Counting goes on after the view moved.
    assert!(app.search_pending());
    assert_eq!(app.search_status().as_deref(), Some("?/\u{2026}"));
    // `n` while counting: the count goes on, and knows the step.
    app.press(Key::plain(KeyCode::Enter));
    app.press(key('n'));
    assert_eq!(app.screen().paragraph, paragraphs + 2);
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
fn a_big_document_without_the_word_says_not_found_once_searched() {
    let text = "filler line of text\n".repeat(COUNT_SLICE / 20 + 1000);
    let mut app = app_with(&text, 40, 6);
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
    let mut app = app_with(&piece, 40, 6);
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
    let mut app = app_with(&numbered(100), 40, 30);
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
fn the_count_is_shown_only_while_its_hit_is_on_screen() {
    let mut app = app_with(&numbered(100), 40, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    for _ in 0..3 {
        app.press(key('n'));
    }
    assert_eq!(app.search_status().as_deref(), Some("4/10"));
    // A new search cancelled with Esc: back at the fourth hit's view...
    app.press(key('/'));
    typed(&mut app, "p9");
    app.press(Key::plain(KeyCode::Esc));
    assert_eq!(app.search_status().as_deref(), Some("4/10"));
    // ...and scrolled away from it, the bar no longer claims a place.
    for _ in 0..8 {
        app.press(key('j'));
    }
    assert_eq!(app.search_status(), None);
    assert!(!row(&draw(&app), 5).contains("4/10 line"));
    app.press(key('n'));
    assert_eq!(app.search_status().as_deref(), Some("5/10"));
    // Esc from a search begun elsewhere puts back a view without its hit.
    app.press(key('g'));
    app.press(key('/'));
    typed(&mut app, "p8");
    app.press(Key::plain(KeyCode::Esc));
    assert_eq!(app.position(), 0);
    assert_eq!(app.search_status(), None);
}

#[test]
fn after_shift_g_shift_n_finds_the_last_hit_even_on_the_last_screen() {
    let mut app = app_with(&numbered(100), 40, 11);
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
    let mut app = app_with(&numbered(100), 40, 6);
    app.press(key('/'));
    typed(&mut app, "needle");
    app.press(Key::plain(KeyCode::Enter));
    assert_eq!(app.search_status().as_deref(), Some("1/10"));
    // `/` Enter: the next hit of the same query, the prompt closed.
    app.press(key('/'));
    app.press(Key::plain(KeyCode::Enter));
    assert!(app.modal().is_none());
    assert_eq!(app.search_status().as_deref(), Some("2/10"));
    assert_eq!(app.screen().paragraph, 14);
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
    let mut fresh = app_with(&numbered(100), 40, 6);
    fresh.press(key('/'));
    fresh.press(Key::plain(KeyCode::Enter));
    assert!(fresh.modal().is_none());
    assert_eq!(fresh.position(), 0);
    assert_eq!(fresh.flash(), None);
}

#[test]
fn arrows_in_an_arabic_query_move_the_way_it_is_drawn() {
    let mut app = app_with("باب كتاب\n", 40, 6);
    let input = |app: &App| match app.modal() {
        Some(Modal::Search(prompt)) => (prompt.input.text().to_string(), prompt.input.cursor()),
        other => panic!("the prompt is open: {other:?}"),
    };
    app.press(key('/'));
    typed(&mut app, "كاب");
    // Drawn right to left, the cursor at the logical end is at the left:
    // Right steps back into the word, Left comes forward again.
    app.press(Key::plain(KeyCode::Right));
    assert_eq!(input(&app).1, "كا".len());
    app.press(Key::plain(KeyCode::Left));
    assert_eq!(input(&app).1, "كاب".len());
    app.press(Key::plain(KeyCode::Right));
    app.press(Key::plain(KeyCode::Right));
    typed(&mut app, "ت");
    assert_eq!(input(&app).0, "كتاب");
    // A Latin query keeps Left as backward.
    let mut latin = app_with("abc\n", 40, 6);
    latin.press(key('/'));
    typed(&mut latin, "ab");
    latin.press(Key::plain(KeyCode::Left));
    assert_eq!(input(&latin).1, 1);
}
