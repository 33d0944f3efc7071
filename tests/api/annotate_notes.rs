//! The note editor and the panel's Notes tab on TestBackend screens: writing,
//! dropping and saving notes, editing and deleting them from the tab, orphaned
//! annotations, and clicks on note rows.
//!
//! Colours are off, so the selection is the reversed cells and an annotated
//! passage the underlined ones (see `annotate_screen` for the selection itself).

// Lists of spans with one span are meant: a highlight's spans.
#![allow(clippy::single_range_in_vec_init)]

use qari::reader::annotate::{Annotation, Placed};
use qari::reader::app::{App, Effect, Modal, PanelTab};
use qari::reader::theme;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::Position;
use ratatui::style::Modifier;

use crate::support::annotate_screen::*;

#[test]
fn the_editor_lays_out_arabic_right_aligned_and_joined_with_the_cursor_on_its_cell() {
    let mut a = monochrome().shaped().app(MIXED, 60, 14);
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
    let mut a = monochrome().app(text, 60, 12);
    keys(&mut a, "v a Esc");
    assert!(a.modal().is_none(), "nothing typed: Esc closes at once");
    keys(&mut a, "a");
    type_text(&mut a, "hello");
    keys(&mut a, "Esc");
    assert!(matches!(a.modal(), Some(Modal::Note(e)) if e.confirm));
    assert!(text_of(draw(&a).backend().buffer()).contains("discard typed note? y/n"));
    keys(&mut a, "n");
    assert!(matches!(a.modal(), Some(Modal::Note(e)) if !e.confirm && e.input.text() == "hello"));
    // Ctrl-C, which quits the reader, cancels as Esc does (it did nothing).
    keys(&mut a, "C-c");
    assert!(matches!(a.modal(), Some(Modal::Note(e)) if e.confirm));
    assert!(!a.should_quit());
    keys(&mut a, "y");
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
    // The passage is marked in the article: a bar in the gutter on its row,
    // and no cell underlined (that is a place's cue).
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    assert_cells(&a, buf, &(0..0), Modifier::UNDERLINED);
    let gutter = a.screen().note_gutter.expect("room for the gutter");
    assert_eq!(buf[(gutter, 0)].symbol(), theme::NOTE_MARKER);
    assert_ne!(buf[(gutter, 1)].symbol(), theme::NOTE_MARKER);
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
    // Placed ones keep their gutter bar; the orphan marks nothing.
    let first = a.annotations()[0].span.clone().expect("placed");
    let cells = drawn_cells(&a);
    let (_, y, _) = cells
        .iter()
        .find(|c| c.2.start == first.start)
        .expect("cell");
    let gutter = a.screen().note_gutter.expect("room for the gutter");
    assert_eq!(buf[(gutter, *y)].symbol(), theme::NOTE_MARKER);
    assert_eq!(a.annotations().len(), 3, "the orphan is kept");
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
    assert_eq!(a.focus(), qari::reader::app::Focus::Panel);
}

#[test]
fn the_editor_deletes_both_ways_and_moves_by_lines() {
    let mut a = monochrome().app("Alice met Bob.\n", 60, 12);
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

#[test]
fn a_note_whose_annotation_was_deleted_elsewhere_is_kept_as_a_new_one() {
    let mut a = with_notes();
    keys(&mut a, "t Tab j E");
    assert!(matches!(a.modal(), Some(Modal::Note(e)) if e.editing.is_some()));
    let gone = a.annotations()[1].annotation.id.clone();
    // Another qari deleted it; the merged set arrives while the editor is open.
    let kept: Vec<Placed> = a.annotations()[..1].to_vec();
    a.set_annotations(kept);
    type_text(&mut a, " (kept)");
    keys(&mut a, "C-s");
    assert!(a.modal().is_none());
    assert_eq!(a.annotations().len(), 2);
    let new = a
        .annotations()
        .iter()
        .find(|p| p.annotation.note.ends_with(" (kept)"))
        .expect("the typed note survives");
    assert_ne!(new.annotation.id, gone);
    assert_eq!(
        a.flash(),
        Some("the annotation was deleted elsewhere: new note saved")
    );
    assert_eq!(a.take_effects(), vec![Effect::SaveAnnotations]);
}

#[test]
fn an_arabic_title_in_the_status_bar_is_joined_when_the_article_is() {
    let doc = qari::core::document::Document::from_vec(
        "الأمطار تعود".to_string(),
        "نص المقال.\n".as_bytes().to_vec(),
    )
    .expect("document");
    let status = |shaped: bool| {
        let setup = if shaped {
            monochrome().shaped()
        } else {
            monochrome()
        };
        let a = setup.app(doc.clone(), 60, 8);
        let terminal = draw(&a);
        row(terminal.backend().buffer(), 7)
    };
    // Right to left either way; joined (initial, medial, final forms) only when the
    // terminal does not join letters itself, as for the article.
    assert!(status(false).contains("دوعت راطمألا"), "{}", status(false));
    let joined = status(true);
    assert!(joined.contains("\u{FEE3}"), "initial meem: {joined}");
    assert!(!joined.contains("دوعت"), "{joined}");
}

#[test]
fn a_long_arabic_title_is_cut_at_its_logical_end_in_the_english_bar() {
    let doc = qari::core::document::Document::from_vec(
        "المحكمة تقضي بالسجن المشدد عشر سنوات لرئيس شركة عقارية استولى على الملايين".to_string(),
        "نص المقال.\n".as_bytes().to_vec(),
    )
    .expect("document");
    let a = monochrome().app(doc, 60, 8);
    let bar = row(draw(&a).backend().buffer(), 7);
    // Drawn right to left: the first words at the right end of the name, the
    // ellipsis at its left end, where the cut words would have gone.
    assert!(bar.starts_with(" \u{2026}"), "{bar}");
    assert!(bar.contains("يضقت ةمكحملا "), "{bar}");
    assert!(!bar.contains("نييالملا"), "{bar}");
}
