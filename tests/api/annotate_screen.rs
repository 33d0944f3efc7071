//! Selecting and labelling passages on TestBackend screens (labelling in
//! `annotate_screen/labels.rs`; writing notes
//! and the Notes tab are in `annotate_notes`).
//!
//! Which cells must carry the selection's (or an annotation's) style is worked
//! out from the layout's offsets here, independently of the decoration code:
//! a cell is selected exactly when its code points meet the selected range.
//! Colours are off, so the selection is the reversed cells and an annotated
//! passage the underlined ones.

// Lists of spans with one span are meant: a highlight's spans.
#![allow(clippy::single_range_in_vec_init)]

use qari::reader::annotate::Label;
use qari::reader::app::{App, Modal};
use qari::reader::theme;
use qari_recognize::Kind;
use ratatui::style::Modifier;

use crate::support::annotate_screen::*;
use crate::support::recognition::{find, recognition};

/// "Alice met Bob in Paris.", Bob a person and Paris a place, in a reader
/// 100 columns wide and `height` rows tall.
fn bob_and_paris(height: u16) -> (&'static str, App) {
    let text = "Alice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 100, height);
    a.set_recognition(recognition(
        text,
        &[
            (Kind::Person, "Bob", &[("Bob", 0)], None),
            (Kind::Location, "Paris", &[("Paris", 0)], None),
        ],
    ));
    (text, a)
}

/// `j` in the focused panel until its marked row is `name`'s.
fn choose_in_panel(a: &mut App, name: &str) {
    for _ in 0..6 {
        if text_of(draw(a).backend().buffer()).contains(&format!("\u{25b6} {name}")) {
            break;
        }
        keys(a, "j");
    }
}

#[test]
fn a_selection_across_bidi_runs_is_highlighted_as_its_logical_range() {
    let mut a = monochrome().app(MIXED, 30, 8);
    keys(&mut a, "v w w");
    let selected = a.selection().expect("selecting").range();
    // "قال الرئيس Kassym": two Arabic words and the first Latin one.
    assert_eq!(selected, 0..find(MIXED, "Kassym", 0) + 6);
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let cells = assert_cells(&a, buf, &selected, Modifier::REVERSED);
    assert_eq!(cells.len(), selected.len());
    // On screen the range is two pieces: "Kassym" on the left of "Tokayev",
    // the Arabic words on its right; "Tokayev" between them is not selected.
    let tokayev = span_of(MIXED, "Tokayev");
    let tokayev_cells: Vec<(u16, u16)> = drawn_cells(&a)
        .into_iter()
        .filter(|(_, _, c)| c.start >= tokayev.start && c.end <= tokayev.end)
        .map(|(x, y, _)| (x, y))
        .collect();
    assert_eq!(tokayev_cells.len(), 7);
    let y = tokayev_cells[0].1;
    let on_row: Vec<u16> = cells.iter().filter(|c| c.1 == y).map(|c| c.0).collect();
    let (left, right) = (tokayev_cells[0].0, tokayev_cells[6].0);
    assert!(on_row.iter().any(|&x| x < left) && on_row.iter().any(|&x| x > right));
    assert!(!buf[(left, y)].modifier.contains(Modifier::REVERSED));
    // The status bar says what is selected and what can be done with it.
    let mut wide = monochrome().app(MIXED, 100, 8);
    keys(&mut wide, "v w w");
    let terminal = draw(&wide);
    let status = row(terminal.backend().buffer(), 7);
    assert!(
        status.contains(&format!(
            "selecting: {} chars \u{2014} a note, l label, Esc cancel",
            selected.len()
        )),
        "{status}"
    );
    keys(&mut a, "Esc");
    assert!(a.selection().is_none());
    let terminal = draw(&a);
    let none = assert_cells(&a, terminal.backend().buffer(), &(0..0), Modifier::REVERSED);
    assert!(none.is_empty());
}

#[test]
fn w_b_j_k_move_the_head_by_words_and_visual_lines() {
    let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu\nnu xi\n";
    let mut a = monochrome().app(text, 20, 4);
    keys(&mut a, "v");
    assert_eq!(a.selection().expect("sel").range(), 0..5);
    keys(&mut a, "w w");
    assert_eq!(
        a.selection().expect("sel").range(),
        span_of(text, "alpha beta gamma")
    );
    keys(&mut a, "b");
    assert_eq!(
        a.selection().expect("sel").range(),
        span_of(text, "alpha beta")
    );
    // The first word stays selected: nothing before "alpha" to extend to.
    keys(&mut a, "b b");
    assert_eq!(a.selection().expect("sel").range(), 0..5);
    // j: the same number of code points into the next visual line.
    let lines: Vec<(usize, usize)> = a
        .screen()
        .lines
        .iter()
        .map(|l| (l.line.start as usize, l.line.end as usize))
        .collect();
    keys(&mut a, "j");
    let head = a.selection().expect("sel").head;
    assert_eq!(head, lines[1].0 + 5);
    let terminal = draw(&a);
    let range = a.selection().expect("sel").range();
    let cells = assert_cells(&a, terminal.backend().buffer(), &range, Modifier::REVERSED);
    assert!(cells.iter().any(|c| c.1 == 0) && cells.iter().any(|c| c.1 == 1));
    keys(&mut a, "k");
    assert_eq!(a.selection().expect("sel").range(), 0..5);
    // Far down, the view scrolls to keep the head on screen.
    keys(&mut a, "j j j j j j j j");
    let sel = a.selection().expect("sel");
    assert_eq!(sel.head, find(text, "xi", 0) + 2, "last line, to its end");
    let shown = a.screen().lines.iter().any(|l| {
        let base = a.document().span(l.paragraph).offset;
        (base + l.line.start as usize..=base + l.line.end as usize).contains(&(sel.head - 1))
    });
    assert!(shown, "the head's line is visible");
    assert!(a.screen().paragraph > 1 || a.anchor().offset > 0);
}

#[test]
fn a_mouse_drag_selects_from_cell_to_cell_and_a_click_does_not() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 40, 6);
    let cells = drawn_cells(&a);
    let at = |offset: usize| {
        cells
            .iter()
            .find(|(_, _, c)| c.start == offset)
            .map(|(x, y, _)| (*x, *y))
            .expect("cell")
    };
    let (x0, y0) = at(find(text, "Bob", 0));
    a.drag_start(x0, y0);
    a.drag_end(x0, y0);
    assert!(a.selection().is_none(), "a plain click selects nothing");
    let (x1, y1) = at(find(text, "Paris", 0) + 4);
    a.drag_start(x0, y0);
    a.drag_to(x1 - 2, y1);
    a.drag_to(x1, y1);
    a.drag_end(x1, y1);
    assert_eq!(
        a.selection().expect("sel").range(),
        span_of(text, "Bob in Paris")
    );
    // Dragging backwards selects the other way round, both cells included.
    a.drag_start(x1, y1);
    a.drag_to(x0, y0);
    assert_eq!(
        a.selection().expect("sel").range(),
        span_of(text, "Bob in Paris")
    );
}

#[test]
fn selection_ends_fall_between_clusters_of_vocalised_arabic() {
    // Plain letters above, a haraka on every letter below: three code points
    // into the first line is inside a cluster of the second.
    let text = "كتب الولد الدرس في الصف\nكَتَبَ الوَلَدُ الدَّرْسَ فِي الصَّفِّ ثُمَّ ذَهَبَ إِلَى البَيْتِ مَعَ أَخِيهِ\n";
    let mut a = monochrome().app(text, 24, 10);
    keys(&mut a, "v");
    assert_eq!(a.selection().expect("sel").range(), 0..3);
    keys(&mut a, "j");
    let second = a.document().span(1).offset;
    // At the end of the word under the column (كَتَبَ), after its last mark.
    assert_eq!(
        a.selection().expect("sel").head,
        second + "كَتَبَ".chars().count(),
        "after the word"
    );
    for step in ["w", "j", "j", "k", "b", "j"] {
        keys(&mut a, step);
        let sel = a.selection().expect("sel");
        let boundary = a.screen().lines.iter().any(|l| {
            let base = a.document().span(l.paragraph).offset;
            l.line.end as usize + base == sel.head
                || l.line
                    .cells
                    .iter()
                    .any(|c| base + c.offset as usize == sel.head)
        });
        assert!(boundary, "after {step}: head {} inside a cluster", sel.head);
        let terminal = draw(&a);
        assert_cells(
            &a,
            terminal.backend().buffer(),
            &sel.range(),
            Modifier::REVERSED,
        );
    }
}

#[test]
fn a_window_too_small_for_a_box_says_so_rather_than_hide_it() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 22, 5);
    a.set_recognition(recognition(
        text,
        &[(Kind::Person, "Bob", &[("Bob", 0)], None)],
    ));
    type_text(&mut a, "/Bob\n");
    // The label menu's keys in the status bar, with the name they label.
    keys(&mut a, "l");
    assert!(matches!(a.modal(), Some(Modal::Label(_))));
    let said = a.flash().expect("the menu in a line").to_string();
    assert!(said.starts_with("label: Bob \u{2014} 1 person"), "{said}");
    keys(&mut a, "Esc");
    // The note editor, which needs five rows of text, goes on in one line
    // over the status bar: what is typed is the note, not the reader's keys
    // (`l` and `1` once labelled the selection).
    keys(&mut a, "v w a");
    assert!(matches!(a.modal(), Some(Modal::Note(_))));
    type_text(&mut a, "l1 call");
    let screen = text_of(draw(&a).backend().buffer());
    assert!(screen.contains("\u{270e}l1 call"), "{screen}");
    assert!(a.annotations().is_empty());
    keys(&mut a, "C-s");
    assert_eq!(a.annotations().len(), 1);
    assert_eq!(a.annotations()[0].annotation.note, "l1 call");
    assert_eq!(a.annotations()[0].annotation.label, None);
}

#[test]
fn a_note_being_written_goes_on_in_one_line_while_the_window_is_too_small() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 60, 20);
    keys(&mut a, "v w a");
    type_text(&mut a, "a draft");
    assert!(matches!(a.modal(), Some(Modal::Note(_))));
    // A window of four rows has no room for the editor's box: the note
    // goes on in the prompt's row, and keys still go into it.
    a.resize(60, 4);
    assert!(matches!(a.modal(), Some(Modal::Note(_))));
    assert_eq!(a.note_draft(), Some("a draft"));
    type_text(&mut a, " q");
    assert!(a.annotations().is_empty());
    assert!(text_of(draw(&a).backend().buffer()).contains("\u{270e}a draft q"));
    // Room again: the editor is back with what was typed, and goes on.
    a.resize(60, 20);
    assert!(matches!(a.modal(), Some(Modal::Note(_))));
    type_text(&mut a, " and more");
    keys(&mut a, "C-s");
    assert_eq!(a.annotations().len(), 1);
    assert_eq!(a.annotations()[0].annotation.note, "a draft q and more");
    assert_eq!(a.note_draft(), None);
}

#[test]
fn a_burst_typed_into_the_note_is_on_the_screen_once_it_is_in() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 60, 20);
    keys(&mut a, "v w a");
    // The shell reads the keys the terminal holds in one batch, then draws:
    // the note on the screen waits for the batch, the note itself does not.
    a.batch_keys(true);
    type_text(&mut a, "first words");
    assert_eq!(a.note_draft(), Some("first words"));
    a.batch_keys(false);
    assert!(text_of(draw(&a).backend().buffer()).contains("first words"));
    // A click needs the screen as it is: the shell settles it first.
    a.batch_keys(true);
    type_text(&mut a, " then more");
    a.settle();
    assert!(text_of(draw(&a).backend().buffer()).contains("first words then more"));
    // Closing the editor inside a batch shows the article again at once.
    keys(&mut a, "C-s");
    assert!(a.screen().editor.is_none());
    a.batch_keys(false);
    assert_eq!(a.annotations()[0].annotation.note, "first words then more");
}

mod labels;
