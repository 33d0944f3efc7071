//! Selecting, noting and labelling passages on TestBackend screens.
//!
//! Which cells must carry the selection's (or an annotation's) style is worked
//! out from the layout's offsets here, independently of the decoration code:
//! a cell is selected exactly when its code points meet the selected range.
//! Colours are off, so the selection is the reversed cells and an annotated
//! passage the underlined ones.

// Lists of spans with one span are meant: a highlight's spans.
#![allow(clippy::single_range_in_vec_init)]

use std::ops::Range;

use qari::annotate::{Annotation, Label, Placed};
use qari::app::{App, Effect, Modal, PanelTab};
use qari::document::Document;
use qari::keymap::{Key, KeyCode, Keymap};
use qari::layout::LayoutOptions;
use qari::recognize::Kind;
use qari::ui::theme;
use ratatui::backend::{Backend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Position;
use ratatui::style::Modifier;
use ratatui::Terminal;

#[path = "support/recognition.rs"]
mod support;

use support::{find, recognition};

/// An Arabic paragraph with a Latin name of two words in it, long enough to
/// wrap at 30 columns.
const MIXED: &str =
    "قال الرئيس Kassym Tokayev إن البلاد ستبقى محايدة في هذا الصراع الطويل بين الجارتين\n";

fn app(text: &str, width: u16, height: u16, shape: bool) -> App {
    let doc = Document::from_bytes("t.txt", text.as_bytes()).expect("text");
    let options = LayoutOptions {
        fallback_direction: doc.direction,
        shape,
        ..LayoutOptions::default()
    };
    let mut app = App::new(doc, options, Keymap::default(), width, height);
    app.set_colors(false);
    app
}

fn keys(app: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        app.press(k.parse().expect("key"));
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let key = if c == '\n' {
            Key::plain(KeyCode::Enter)
        } else {
            Key::plain(KeyCode::Char(c))
        };
        app.press(key);
    }
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| qari::ui::draw(app, frame))
        .expect("draw");
    terminal
}

fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

fn text_of(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row(buf, y))
        .collect::<Vec<_>>()
        .join("\n")
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
                    start..start + cell.len as usize,
                ));
            }
            x += usize::from(cell.width);
        }
    }
    out
}

/// The cells with `modifier`, and the cells meeting `range`, must be the same.
fn assert_cells(
    app: &App,
    buf: &Buffer,
    range: &Range<usize>,
    modifier: Modifier,
) -> Vec<(u16, u16)> {
    let mut meeting = Vec::new();
    for (x, y, cells) in drawn_cells(app) {
        let meets = cells.start < range.end && range.start < cells.end;
        let styled = buf[(x, y)].modifier.contains(modifier);
        assert_eq!(styled, meets, "cell ({x},{y}) {cells:?}, range {range:?}");
        if meets {
            meeting.push((x, y));
        }
    }
    meeting
}

fn span_of(text: &str, what: &str) -> Range<usize> {
    let start = find(text, what, 0);
    start..start + what.chars().count()
}

#[test]
fn a_selection_across_bidi_runs_is_highlighted_as_its_logical_range() {
    let mut a = app(MIXED, 30, 8, false);
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
    let mut wide = app(MIXED, 100, 8, false);
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
    let mut a = app(text, 20, 4, false);
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
    let mut a = app(text, 40, 6, false);
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
fn the_editor_lays_out_arabic_right_aligned_and_joined_with_the_cursor_on_its_cell() {
    let mut a = app(MIXED, 60, 14, true);
    keys(&mut a, "v a");
    assert!(matches!(a.modal(), Some(Modal::Note(_))));
    type_text(&mut a, "كتب");
    let mut terminal = draw(&a);
    let buf = terminal.backend().buffer().clone();
    let screen = text_of(&buf);
    // Shaped: kaf initial, teh medial, beh final, drawn right to left.
    let joined = "\u{FE90}\u{FE98}\u{FEDB}";
    let y = (0..14)
        .find(|&y| row(&buf, y).contains(joined))
        .expect(&screen);
    let line = row(&buf, y);
    let box_right = line.rfind('\u{2502}').expect("box edge");
    let text_end = line.find(joined).expect("joined") + joined.len();
    // Right-aligned: nothing but the border after the word.
    assert_eq!(line[text_end..box_right].trim(), "", "{line}");
    // The cursor is past the logical end: left of the word's leftmost cell.
    let word_x =
        u16::try_from(line[..line.find(joined).expect("word")].chars().count()).expect("x");
    let cursor = terminal
        .backend_mut()
        .get_cursor_position()
        .expect("cursor");
    assert_eq!(cursor, Position::new(word_x - 1, y));
    // In a right-to-left line, Right moves back: onto the beh (leftmost cell).
    keys(&mut a, "Right");
    let mut terminal = draw(&a);
    let cursor = terminal
        .backend_mut()
        .get_cursor_position()
        .expect("cursor");
    assert_eq!(cursor, Position::new(word_x, y));
    keys(&mut a, "Left");
    // A Latin line below is left-aligned; the cursor follows it.
    type_text(&mut a, "\nok");
    let mut terminal = draw(&a);
    let buf = terminal.backend().buffer().clone();
    let ok_line = row(&buf, y + 1);
    let ok_x = ok_line.find("ok").expect("ok");
    let box_left = ok_line.find('\u{2502}').expect("box");
    assert_eq!(ok_line[box_left..ok_x].chars().count(), 1, "{ok_line}");
    let cursor = terminal
        .backend_mut()
        .get_cursor_position()
        .expect("cursor");
    assert_eq!(cursor.y, y + 1);
    assert_eq!(usize::from(cursor.x), ok_line[..ok_x].chars().count() + 2);
}

#[test]
fn esc_asks_before_dropping_typed_text_and_ctrl_s_saves() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = app(text, 60, 12, false);
    keys(&mut a, "v a Esc");
    assert!(a.modal().is_none(), "nothing typed: Esc closes at once");
    keys(&mut a, "a");
    type_text(&mut a, "hello");
    keys(&mut a, "Esc");
    assert!(matches!(a.modal(), Some(Modal::Note(e)) if e.confirm));
    assert!(text_of(draw(&a).backend().buffer()).contains("discard typed note? y/n"));
    keys(&mut a, "n");
    assert!(matches!(a.modal(), Some(Modal::Note(e)) if !e.confirm && e.input.text() == "hello"));
    keys(&mut a, "Esc y");
    assert!(a.modal().is_none());
    assert!(a.annotations().is_empty());
    assert!(a.take_effects().is_empty());
    // Again, saved this time.
    keys(&mut a, "a");
    type_text(&mut a, "on Alice");
    keys(&mut a, "C-s");
    assert!(a.modal().is_none() && a.selection().is_none());
    assert_eq!(a.annotations().len(), 1);
    let saved = &a.annotations()[0];
    assert_eq!(saved.annotation.note, "on Alice");
    assert_eq!(saved.annotation.quote.exact, "Alice");
    assert_eq!(saved.span, Some(0..5));
    assert_eq!(a.take_effects(), vec![Effect::SaveAnnotations]);
    // The passage is marked in the article (underlined), nothing else.
    let terminal = draw(&a);
    assert_cells(
        &a,
        terminal.backend().buffer(),
        &(0..5),
        Modifier::UNDERLINED,
    );
}

#[test]
fn labels_override_the_recogniser_in_highlights_and_panel() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = app(text, 100, 12, false);
    a.set_recognition(recognition(
        text,
        &[
            (Kind::Person, "Bob", &[("Bob", 0)], None),
            (Kind::Location, "Paris", &[("Paris", 0)], None),
        ],
    ));
    keys(&mut a, "v l");
    assert!(matches!(a.modal(), Some(Modal::Label(_))));
    assert!(text_of(draw(&a).backend().buffer()).contains("not an entity"));
    keys(&mut a, "1");
    assert_eq!(a.annotations()[0].annotation.label, Some(Label::Person));
    assert_eq!(a.flash(), Some("labelled: person"));
    // Paris is not a place: select it with the mouse, label it "not an entity".
    let paris = span_of(text, "Paris");
    let cells = drawn_cells(&a);
    let cell = |o: usize| {
        cells
            .iter()
            .find(|c| c.2.start == o)
            .map(|c| (c.0, c.1))
            .expect("cell")
    };
    let (x0, y0) = cell(paris.start);
    let (x1, y1) = cell(paris.end - 1);
    a.drag_start(x0, y0);
    a.drag_to(x1, y1);
    keys(&mut a, "l j j j j j Enter");
    assert_eq!(a.annotations()[1].annotation.label, Some(Label::NotEntity));
    let names: Vec<String> = a
        .entities()
        .expect("entities")
        .rows()
        .iter()
        .map(|r| r.label.clone())
        .collect();
    assert_eq!(names, vec!["People (2)", "Alice", "Bob"]);
    // Alice and Bob are drawn as people (bold); Paris has no highlight left.
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let bold = theme::cue(Kind::Person);
    for (x, y, c) in drawn_cells(&a) {
        let person = c.start < 5 || span_of(text, "Bob").contains(&c.start);
        assert_eq!(
            buf[(x, y)].modifier.contains(bold),
            person,
            "({x},{y}) {c:?}"
        );
    }
    let marks = &a.screen().marks[0];
    for (cell, mark) in a.screen().lines[0].line.cells.iter().zip(marks) {
        let o = cell.offset as usize;
        let kind = mark.map(|m| m.kind);
        if paris.contains(&o) {
            assert_eq!(kind, None, "Paris at {o}");
        } else if o < 5 {
            assert_eq!(kind, Some(Kind::Person), "Alice at {o}");
        }
    }
}

fn with_notes() -> App {
    let text = "Alice met Bob in Paris.\nBob went to Paris with Alice.\n";
    let mut a = app(text, 100, 14, false);
    keys(&mut a, "v a");
    type_text(&mut a, "first note");
    keys(&mut a, "C-s");
    // The second paragraph's "Bob went": a drag on row 1.
    let cells = drawn_cells(&a);
    let start = find(text, "Bob", 1);
    let cell = |o: usize| {
        cells
            .iter()
            .find(|c| c.2.start == o)
            .map(|c| (c.0, c.1))
            .expect("cell")
    };
    let (x0, y0) = cell(start);
    let (x1, y1) = cell(start + 7);
    a.drag_start(x0, y0);
    a.drag_to(x1, y1);
    keys(&mut a, "a");
    type_text(&mut a, "ملاحظة ثانية");
    keys(&mut a, "C-s");
    a.take_effects();
    a
}

#[test]
fn the_notes_tab_lists_notes_and_edits_deletes_and_undoes() {
    let mut a = with_notes();
    keys(&mut a, "t");
    assert_eq!(a.panel_tab(), PanelTab::Notes);
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let panel_x = a.screen().panel.as_ref().expect("panel").x;
    let panel_row = |buf: &Buffer, y: u16| -> String {
        (panel_x..buf.area.width)
            .map(|x| buf[(x, y)].symbol())
            .collect()
    };
    assert!(panel_row(buf, 0).contains("Notes (2)"));
    assert!(
        panel_row(buf, 1).contains("\u{25B6}  Alice"),
        "{}",
        panel_row(buf, 1)
    );
    assert!(panel_row(buf, 2).contains("first note"));
    assert!(panel_row(buf, 3).contains("Bob went"));
    // The Arabic note is right-aligned against the panel's edge.
    let second = panel_row(buf, 4);
    assert!(
        second.trim_end().chars().count() == second.chars().count(),
        "{second:?}"
    );
    keys(&mut a, "Tab j Enter");
    assert_eq!(a.selected_note(), Some(1));
    assert_eq!(a.flash(), Some("note 2/2"));
    keys(&mut a, "E");
    assert!(matches!(a.modal(), Some(Modal::Note(e)) if e.editing.is_some()));
    type_text(&mut a, "!");
    keys(&mut a, "C-s");
    assert_eq!(a.annotations()[1].annotation.note, "ملاحظة ثانية!");
    assert_eq!(a.annotations().len(), 2);
    assert_eq!(a.take_effects(), vec![Effect::SaveAnnotations]);
    let id = a.annotations()[1].annotation.id.clone();
    keys(&mut a, "D");
    assert_eq!(a.flash(), Some("deleted \u{2014} u undoes"));
    assert_eq!(a.annotations().len(), 1);
    assert_eq!(a.deleted_annotations(), std::slice::from_ref(&id));
    let panel_text = |a: &App| {
        let terminal = draw(a);
        let buf = terminal.backend().buffer();
        (0..buf.area.height)
            .map(|y| panel_row(buf, y))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(!panel_text(&a).contains("Bob went"));
    assert_eq!(a.take_effects(), vec![Effect::SaveAnnotations]);
    keys(&mut a, "u");
    assert_eq!(a.annotations().len(), 2);
    assert_eq!(a.annotations()[1].annotation.id, id);
    assert!(a.deleted_annotations().is_empty());
    assert!(panel_text(&a).contains("Bob went"));
    // t goes back to the entities.
    keys(&mut a, "Tab t");
    assert_eq!(a.panel_tab(), PanelTab::Entities);
    // Over the entities, D deletes nothing.
    keys(&mut a, "Tab D");
    assert_eq!(a.flash(), Some("E and D act on the Notes tab (t shows it)"));
    assert_eq!(a.annotations().len(), 2);
}

#[test]
fn orphaned_annotations_are_listed_with_their_quote_and_a_marker() {
    let mut a = with_notes();
    let mut lost = Annotation::new("gone".into(), "a passage no longer there", 2..9, "t");
    lost.note = "kept anyway".into();
    let mut all: Vec<Placed> = a.annotations().to_vec();
    all.push(Placed {
        annotation: lost,
        span: None,
    });
    a.set_annotations(all);
    keys(&mut a, "t Tab j j Enter");
    assert_eq!(a.flash(), Some("orphaned: its passage is not in the text"));
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let screen = text_of(buf);
    assert!(screen.contains("\u{25B6}\u{26A0} passage"), "{screen}");
    assert!(screen.contains("kept anyway"));
    // Placed ones keep their underline; the orphan marks nothing.
    let first = a.annotations()[0].span.clone().expect("placed");
    let cells = drawn_cells(&a);
    let (x, y, _) = cells
        .iter()
        .find(|c| c.2.start == first.start)
        .expect("cell");
    assert!(buf[(*x, *y)].modifier.contains(Modifier::UNDERLINED));
    assert_eq!(a.annotations().len(), 3, "the orphan is kept");
}

#[test]
fn selection_ends_fall_between_clusters_of_vocalised_arabic() {
    // Plain letters above, a haraka on every letter below: three code points
    // into the first line is inside a cluster of the second.
    let text = "كتب الولد الدرس في الصف\nكَتَبَ الوَلَدُ الدَّرْسَ فِي الصَّفِّ ثُمَّ ذَهَبَ إِلَى البَيْتِ مَعَ أَخِيهِ\n";
    let mut a = app(text, 24, 10, false);
    keys(&mut a, "v");
    assert_eq!(a.selection().expect("sel").range(), 0..3);
    keys(&mut a, "j");
    let second = a.document().span(1).offset;
    assert_eq!(
        a.selection().expect("sel").head,
        second + 4,
        "after the cluster"
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
fn a_click_on_a_note_row_selects_it_and_jumps() {
    let mut a = with_notes();
    keys(&mut a, "t");
    let panel_x = a.screen().panel.as_ref().expect("panel").x;
    // Row 3 is the second note's passage.
    a.click(panel_x + 4, 3);
    assert_eq!(a.selected_note(), Some(1));
    assert_eq!(a.flash(), Some("note 2/2"));
    assert_eq!(a.focus(), qari::app::Focus::Panel);
}

#[test]
fn the_entity_selected_in_the_panel_stays_selected_when_labels_change() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = app(text, 100, 12, false);
    a.set_recognition(recognition(
        text,
        &[
            (Kind::Person, "Bob", &[("Bob", 0)], None),
            (Kind::Location, "Paris", &[("Paris", 0)], None),
        ],
    ));
    keys(&mut a, "e Tab j");
    let selected = |a: &App| {
        let rows = a.entities().expect("entities");
        rows.recognition().entities[rows.selected_entity().expect("selected")]
            .name
            .clone()
    };
    assert_eq!(selected(&a), "Paris");
    keys(&mut a, "v l 1");
    assert_eq!(a.entities().expect("rows").rows()[1].label, "Alice");
    assert_eq!(selected(&a), "Paris");
}

#[test]
fn the_editor_deletes_both_ways_and_moves_by_lines() {
    let mut a = app("Alice met Bob.\n", 60, 12, false);
    keys(&mut a, "v a");
    type_text(&mut a, "abc\nxyz");
    let text = |a: &App| match a.modal() {
        Some(Modal::Note(e)) => (e.input.text().to_string(), e.input.cursor_line_col()),
        _ => panic!("the editor is closed"),
    };
    keys(&mut a, "Up Home Delete");
    assert_eq!(text(&a), ("bc\nxyz".to_string(), (0, 0)));
    keys(&mut a, "End Backspace Down C-d");
    assert_eq!(text(&a), ("b\nxz".to_string(), (1, 1)));
    // Backspace at a line's start joins it to the line above.
    keys(&mut a, "Left Backspace");
    assert_eq!(text(&a), ("bxz".to_string(), (0, 1)));
}
