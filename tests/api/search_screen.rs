//! Search as drawn on TestBackend screens: the highlights of the hits and the
//! current one, the count while its hit is on screen, and an Arabic query in
//! the prompt (moving between hits is tested in `search_steps`).
//!
//! Which cells must be highlighted is computed from the layout's offsets and
//! the hit's code points found in the text by hand, independently of the
//! search code; styles are checked on the buffer cell by cell.

use qari::reader::app::{App, Modal};
use qari::reader::keymap::{Key, KeyCode};
use ratatui::style::{Color, Modifier};

use crate::support;
use crate::support::search_screen::*;

#[test]
fn hits_are_highlighted_across_a_bidi_line_the_current_one_apart() {
    // An Arabic line with a Latin name in it; the query spans the direction
    // change, so the hit's cells are not next to each other on screen.
    let text = "قال الرئيس Tokayev إن الوضع مستقر وقال Tokayev إن الأمن عاد\n";
    let mut app = support::app(text, 60, 6);
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
    let mut app = support::app(text, 40, 4);
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

#[test]
fn the_count_is_shown_only_while_its_hit_is_on_screen() {
    let mut app = support::app(&numbered(100), 40, 6);
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
    // Esc in the text hides the hits, and their count with them; `n` shows both.
    app.press(Key::plain(KeyCode::Esc));
    assert_eq!(app.search_status(), None);
    app.press(key('n'));
    assert_eq!(app.search_status().as_deref(), Some("6/10"));
    // Esc from a search begun elsewhere puts back a view without its hit.
    app.press(key('g'));
    app.press(key('/'));
    typed(&mut app, "p8");
    app.press(Key::plain(KeyCode::Esc));
    assert_eq!(app.position(), 0);
    assert_eq!(app.search_status(), None);
}

#[test]
fn arrows_in_an_arabic_query_move_the_way_it_is_drawn() {
    let mut app = support::app("باب كتاب\n", 40, 6);
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
    let mut latin = support::app("abc\n", 40, 6);
    latin.press(key('/'));
    typed(&mut latin, "ab");
    latin.press(Key::plain(KeyCode::Left));
    assert_eq!(input(&latin).1, 1);
}

#[test]
fn esc_and_noh_stop_highlighting_the_hits_and_n_brings_them_back() {
    let text = "one two three two\n";
    let mut app = support::app(text, 40, 4);
    app.set_colors(false);
    app.press(key('/'));
    typed(&mut app, "two");
    app.press(Key::plain(KeyCode::Enter));
    let second = row(&draw(&app), 0).rfind("two").expect("shown");
    let x = u16::try_from(second).expect("x");
    let reversed =
        |app: &qari::reader::app::App| draw(app)[(x, 0)].modifier.contains(Modifier::REVERSED);
    assert!(reversed(&app));
    app.press(Key::plain(KeyCode::Esc));
    assert!(!reversed(&app), "Esc in reading mode clears the hits");
    app.press(key('n'));
    assert!(reversed(&app), "n shows them again");
    app.press(key(':'));
    typed(&mut app, "noh");
    app.press(Key::plain(KeyCode::Enter));
    assert!(!reversed(&app), ":noh clears them");
}
