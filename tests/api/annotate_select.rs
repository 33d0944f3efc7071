//! Selecting and annotating as a reader expects it (regressions found by
//! using qari): a drag scrolls at the view's edges and reaches past the ends
//! of lines, a click puts the reading cursor where `v` starts, the word `v`
//! selected stays selected whichever way the head moves, a passage
//! annotated already gets its note edited and its label shown, not doubled,
//! and a long note scrolls in its editor only as far as the cursor needs.

use std::ops::Range;

use crate::support::annotate_screen::monochrome;

use qari::reader::annotate::Label;
use qari::reader::app::{App, Modal};

fn keys(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        app.press(k.parse().expect("key"));
    }
}

fn find(text: &str, what: &str) -> usize {
    let byte = text.find(what).expect("in text");
    text[..byte].chars().count()
}

fn span_of(text: &str, what: &str) -> Range<usize> {
    let start = find(text, what);
    start..start + what.chars().count()
}

fn selected(app: &App) -> Range<usize> {
    app.selection().expect("selecting").range()
}

/// The terminal cell showing document offset `offset`, if it is on screen.
fn cell_of(app: &App, offset: usize) -> Option<(u16, u16)> {
    let screen = app.screen();
    for (y, shown) in screen.lines.iter().enumerate() {
        let base = app.document().span(shown.paragraph).offset;
        let mut x = usize::from(screen.column_x) + shown.indent;
        for cell in &shown.line.cells {
            let start = base + cell.offset as usize;
            if (start..start + (cell.len as usize).max(1)).contains(&offset) {
                return Some((x as u16, y as u16));
            }
            x += usize::from(cell.width);
        }
    }
    None
}

/// Twenty numbered lines, one paragraph each.
fn lines() -> String {
    (0..20).map(|i| format!("line{i:02} word\n")).collect()
}

#[test]
fn a_drag_held_on_the_bottom_or_top_row_scrolls_and_extends() {
    let text = lines();
    // 6 rows: 5 of text and the status bar.
    let mut a = monochrome().app(&text, 40, 6);
    let (x, y) = cell_of(&a, find(&text, "line01")).expect("on screen");
    a.drag_start(x, y);
    a.drag_to(x, 2);
    assert_eq!(a.screen().paragraph, 1, "no scrolling inside the view");
    // The last text row: the view scrolls a line, the head goes with it.
    a.drag_to(x, 4);
    assert_eq!(a.screen().paragraph, 2);
    assert!(a.drag_scrolling(), "held there, it scrolls on");
    a.drag_tick();
    a.drag_tick();
    // A key stops it (in case the button's release never comes); the next
    // move of the mouse goes on.
    keys(&mut a, "Right");
    assert!(!a.drag_scrolling());
    assert_eq!(a.screen().paragraph, 4);
    let sel = selected(&a);
    assert_eq!(sel.start, find(&text, "line01"));
    assert_eq!(
        sel.end,
        find(&text, "line07") + 1,
        "the cell under the pointer"
    );
    // Below the view (the status bar) counts as its edge too; the end stops it.
    for _ in 0..30 {
        a.drag_to(x, 5);
    }
    assert_eq!(a.screen().paragraph, 16, "the last screenful");
    assert!(!a.drag_scrolling(), "nothing left to scroll");
    // The pointer is below the last line of the text now: its end.
    assert_eq!(selected(&a).end, text.chars().count() - 1);
    // Back up to the first row: the view scrolls the other way, the head
    // is on the row's cell.
    a.drag_to(x, 0);
    assert_eq!(a.screen().paragraph, 15);
    assert_eq!(
        selected(&a),
        find(&text, "line01")..find(&text, "line14") + 1
    );
    a.drag_to(x, 1);
    a.drag_to(x, 0);
    a.drag_end(x, 0);
    assert!(!a.drag_scrolling());
    let top = a.screen().paragraph;
    assert_eq!(top, 14, "one line per step, none on release");
}

#[test]
fn a_drag_along_the_first_row_does_not_scroll() {
    let text = lines();
    let mut a = monochrome().app(&text, 40, 6);
    keys(&mut a, "j j");
    assert_eq!(a.screen().paragraph, 3);
    let (x0, y0) = cell_of(&a, find(&text, "line02") + 3).expect("on screen");
    assert_eq!(y0, 0);
    a.drag_start(x0, y0);
    a.drag_to(x0 - 3, 0);
    a.drag_end(x0 - 3, 0);
    assert_eq!(a.screen().paragraph, 3);
    assert_eq!(
        selected(&a),
        find(&text, "line02")..find(&text, "line02") + 4
    );
}

#[test]
fn a_drag_past_the_end_of_a_line_selects_to_its_end_whatever_its_direction() {
    let text = "Alice met Bob.\nقال الرئيس كلاما\n";
    let mut a = monochrome().app(text, 60, 6);
    let (x0, y0) = cell_of(&a, find(text, "met")).expect("on screen");
    a.drag_start(x0, y0);
    // Far right of the Latin line: its last cell.
    a.drag_to(58, y0);
    assert_eq!(selected(&a), span_of(text, "met Bob."));
    // The Arabic line's logical end is on its left: left of it is its end.
    let (x1, y1) = cell_of(&a, find(text, "الرئيس")).expect("on screen");
    a.drag_start(x1, y1);
    a.drag_to(0, y1);
    a.drag_end(0, y1);
    assert_eq!(selected(&a), span_of(text, "الرئيس كلاما"));
}

#[test]
fn a_click_on_a_word_is_where_v_starts() {
    let text = "Alice met Bob in Paris.\nBob went home.\n";
    let mut a = monochrome().app(text, 40, 6);
    let (x, y) = cell_of(&a, find(text, "Paris") + 2).expect("on screen");
    a.click(x, y);
    a.drag_start(x, y);
    a.drag_end(x, y);
    assert!(a.selection().is_none());
    keys(&mut a, "v");
    assert_eq!(selected(&a), span_of(text, "Paris"));
}

#[test]
fn the_word_v_selected_stays_selected_whichever_way_the_head_goes() {
    let text = "alpha beta gamma delta epsilon\n";
    let mut a = monochrome().app(text, 60, 6);
    let (x, y) = cell_of(&a, find(text, "gamma")).expect("on screen");
    a.click(x, y);
    keys(&mut a, "v");
    assert_eq!(selected(&a), span_of(text, "gamma"));
    keys(&mut a, "b");
    assert_eq!(selected(&a), span_of(text, "beta gamma"));
    keys(&mut a, "b");
    assert_eq!(selected(&a), span_of(text, "alpha beta gamma"));
    keys(&mut a, "w");
    assert_eq!(selected(&a), span_of(text, "beta gamma"));
    keys(&mut a, "w");
    assert_eq!(selected(&a), span_of(text, "gamma"));
    keys(&mut a, "w");
    assert_eq!(selected(&a), span_of(text, "gamma delta"));
    keys(&mut a, "b b");
    assert_eq!(selected(&a), span_of(text, "beta gamma"));
}

#[test]
fn a_line_up_from_the_first_word_keeps_it_selected() {
    let text = "one two three four five six seven eight nine ten\n";
    // 20 columns: "one two three four" / "five six seven eight" / "nine ten".
    let mut a = monochrome().app(text, 20, 6);
    let (x, y) = cell_of(&a, find(text, "six")).expect("on screen");
    assert_eq!(y, 1);
    a.click(x, y);
    keys(&mut a, "v k");
    let sel = selected(&a);
    assert_eq!(sel.end, find(text, "six") + 3, "six is still selected");
    assert!(
        sel.start < find(text, "five"),
        "and the line above: {sel:?}"
    );
    keys(&mut a, "j");
    assert_eq!(selected(&a), span_of(text, "six"));
}

#[test]
fn a_passage_annotated_already_is_edited_not_doubled() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 40, 6);
    let (x, y) = cell_of(&a, find(text, "Paris")).expect("on screen");
    a.click(x, y);
    // Labelled a place first...
    keys(&mut a, "v l 2");
    assert_eq!(a.annotations().len(), 1);
    // ...then the same passage again: the menu opens on its label,
    keys(&mut a, "v l");
    match a.modal() {
        Some(Modal::Label(picker)) => assert_eq!(picker.choice, 1, "location"),
        other => panic!("the label menu: {other:?}"),
    }
    keys(&mut a, "Esc");
    // and `a` writes the note of that annotation.
    keys(&mut a, "v a");
    match a.modal() {
        Some(Modal::Note(editor)) => assert!(editor.editing.is_some()),
        other => panic!("the note editor: {other:?}"),
    }
    for c in "the capital".chars() {
        a.press(qari::reader::keymap::Key::plain(
            qari::reader::keymap::KeyCode::Char(c),
        ));
    }
    keys(&mut a, "C-s");
    assert_eq!(a.annotations().len(), 1, "one annotation, label and note");
    let annotation = &a.annotations()[0].annotation;
    assert_eq!(annotation.label, Some(Label::Location));
    assert_eq!(annotation.note, "the capital");
    // Its note is what the editor opens with next time.
    keys(&mut a, "v a");
    match a.modal() {
        Some(Modal::Note(editor)) => assert_eq!(editor.input.text(), "the capital"),
        other => panic!("the note editor: {other:?}"),
    }
}

/// The rows of the drawn frame.
fn frame(app: &App) -> Vec<String> {
    let (width, height) = app.size();
    let backend = ratatui::backend::TestBackend::new(width, height);
    let mut terminal = ratatui::Terminal::new(backend).expect("terminal");
    terminal.draw(|f| qari::ui::draw(app, f)).expect("draw");
    let buf = terminal.backend().buffer().clone();
    (0..height)
        .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

#[test]
fn a_long_note_scrolls_only_as_far_as_the_cursor_needs() {
    let mut a = monochrome().app("Alice met Bob in Paris.\n", 50, 16);
    keys(&mut a, "v a");
    for i in 1..=12 {
        if i > 1 {
            keys(&mut a, "Enter");
        }
        for c in format!("row {i:02}").chars() {
            a.press(qari::reader::keymap::Key::plain(
                qari::reader::keymap::KeyCode::Char(c),
            ));
        }
    }
    let shows = |a: &App, what: &str| frame(a).iter().any(|r| r.contains(what));
    let arrows = |a: &App| {
        let rows = frame(a);
        let top = rows.iter().find(|r| r.contains(" note ")).cloned();
        let bottom = rows.iter().find(|r| r.contains("C-s save")).cloned();
        (
            top.is_some_and(|r| r.contains('\u{2191}')),
            bottom.is_some_and(|r| r.contains('\u{2193}')),
        )
    };
    // Eight rows: the last eight lines, more above.
    assert!(shows(&a, "row 12") && shows(&a, "row 05") && !shows(&a, "row 04"));
    assert_eq!(arrows(&a), (true, false));
    // Up moves the cursor inside the box first: the text stays.
    keys(&mut a, "Up Up Up Up Up Up Up");
    assert!(shows(&a, "row 12") && shows(&a, "row 05"));
    // Past the top row the text follows, and there is more below now.
    keys(&mut a, "Up Up");
    assert!(shows(&a, "row 03") && !shows(&a, "row 12"));
    assert_eq!(arrows(&a), (true, true));
}

#[test]
fn an_empty_new_note_is_not_saved() {
    let mut a = monochrome().app("Alice met Bob in Paris.\n", 40, 6);
    keys(&mut a, "v a C-s");
    assert!(a.annotations().is_empty());
    assert!(
        matches!(a.modal(), Some(Modal::Note(_))),
        "the editor stays open"
    );
    assert!(a.flash().is_some_and(|f| f.contains("nothing written")));
    assert!(a.take_effects().is_empty(), "nothing to save");
    keys(&mut a, "Space C-s");
    assert!(a.annotations().is_empty(), "blanks are not a note");
    keys(&mut a, "Esc y");
    assert!(a.modal().is_none());
}

#[test]
fn a_click_or_drag_under_an_open_editor_does_nothing() {
    let text = "Alice met Bob in Paris.\nBob went home.\n";
    let mut a = monochrome().app(text, 40, 12);
    keys(&mut a, "v a");
    let (x, y) = cell_of(&a, find(text, "home")).expect("on screen");
    a.click(x, y);
    a.drag_start(x, y);
    a.drag_to(x + 2, y);
    a.drag_end(x + 2, y);
    assert_eq!(selected(&a), span_of(text, "Alice"), "the selection stays");
    keys(&mut a, "Esc");
    keys(&mut a, "Esc v");
    assert_eq!(
        selected(&a),
        span_of(text, "Alice"),
        "the cursor did not move"
    );
}

#[test]
fn a_drag_below_the_last_line_selects_to_the_end() {
    let text = "Alice met Bob.\nقال الرئيس كلاما\n";
    let mut a = monochrome().app(text, 60, 10);
    let (x, y) = cell_of(&a, find(text, "Bob")).expect("on screen");
    a.drag_start(x, y);
    // Bottom left, under the Arabic line whose end is on its left anyway,
    // and bottom right: both mean the end of the text.
    for pointer in [(0, 7), (59, 8)] {
        a.drag_to(pointer.0, pointer.1);
        assert_eq!(selected(&a), find(text, "Bob")..text.chars().count() - 1);
    }
    a.drag_end(59, 8);
    assert_eq!(a.screen().paragraph, 1, "nothing to scroll");
}
