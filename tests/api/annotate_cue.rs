//! Annotated passages have a cue of their own without colour: a bar in the
//! gutter beside the text column on each screen line showing part of one,
//! never an underline (a place's cue). Colours are off (`NO_COLOR`) unless a
//! test says otherwise; which rows must carry the bar is worked out from the
//! layout's offsets here, independently of the decoration code.

use std::collections::BTreeSet;
use std::ops::Range;

use qari::reader::app::App;
use qari::reader::theme::{self, NOTE_MARKER};
use qari_recognize::Kind;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use crate::support::annotate_screen::*;
use crate::support::recognition::recognition;

/// Rows whose drawn cells meet `span`.
fn rows_meeting(a: &App, span: &Range<usize>) -> BTreeSet<u16> {
    drawn_cells(a)
        .into_iter()
        .filter(|(_, _, c)| c.start < span.end && span.start < c.end)
        .map(|(_, y, _)| y)
        .collect()
}

/// Rows with the bar in the gutter.
fn rows_marked(a: &App, buf: &Buffer) -> BTreeSet<u16> {
    let gutter = a.screen().note_gutter.expect("room for the gutter");
    (0..a.screen().text_height)
        .filter(|&y| buf[(gutter, y)].symbol() == NOTE_MARKER)
        .collect()
}

/// The cell showing code point `offset`.
fn cell_of(a: &App, offset: usize) -> (u16, u16) {
    drawn_cells(a)
        .into_iter()
        .find(|c| c.2.contains(&offset))
        .map(|c| (c.0, c.1))
        .expect("drawn")
}

fn annotate(a: &mut App, keys_before: &str, note: &str) {
    keys(a, keys_before);
    keys(a, "a");
    type_text(a, note);
    keys(a, "C-s");
    assert!(a.modal().is_none(), "note saved");
}

#[test]
fn an_annotated_word_and_a_place_look_different_without_colour() {
    let text = "Alice met Bob in Paris.\nParis is far.\n";
    let mut a = monochrome().app(text, 100, 8);
    a.set_recognition(recognition(
        text,
        &[(Kind::Location, "Paris", &[("Paris", 0), ("Paris", 1)], None)],
    ));
    // Before any note: no bar anywhere.
    let terminal = draw(&a);
    assert!(rows_marked(&a, terminal.backend().buffer()).is_empty());
    annotate(&mut a, "v", "who is she");
    assert_eq!(a.annotations()[0].span, Some(0..5));
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    // The line with the note has the bar, the line without has none.
    assert_eq!(rows_marked(&a, buf), BTreeSet::from([0]));
    let gutter = a.screen().note_gutter.expect("gutter");
    assert_eq!(gutter + 1, a.screen().column_x, "left of the column");
    // The annotated word is not drawn like a place: the place is underlined,
    // the annotated word is not (its cue is the bar).
    let (ax, ay) = cell_of(&a, 0);
    // ASCII: byte offsets are code point offsets.
    let place = text.find("Paris").expect("Paris");
    let (px, py) = cell_of(&a, place);
    let second = text.rfind("Paris").expect("Paris");
    let (qx, qy) = cell_of(&a, second);
    let location = theme::cue(Kind::Location);
    assert!(buf[(px, py)].modifier.contains(location));
    assert!(buf[(qx, qy)].modifier.contains(location));
    let look = |x: u16, y: u16| {
        (
            buf[(x, y)].modifier,
            buf[(gutter, y)].symbol() == NOTE_MARKER,
        )
    };
    assert_eq!(look(ax, ay), (Modifier::empty(), true));
    assert_ne!(look(ax, ay), look(px, py));
    assert_ne!(look(ax, ay), look(qx, qy));
    // No cell of the article is reversed, struck through or underlined
    // except the two places.
    for (x, y, c) in drawn_cells(&a) {
        let m = buf[(x, y)].modifier;
        assert!(!m.intersects(Modifier::REVERSED | Modifier::CROSSED_OUT));
        let is_place = [place, second]
            .iter()
            .any(|&p| (p..p + 5).contains(&c.start));
        assert_eq!(
            m.contains(Modifier::UNDERLINED),
            is_place,
            "({x},{y}) {c:?}"
        );
    }
}

#[test]
fn every_row_of_a_wrapped_right_to_left_passage_has_the_bar_on_its_start_side() {
    let mut a = monochrome().app(MIXED, 30, 10);
    // Without notes the column fills the 30 columns; with one it gives up
    // its last cell for the gutter: the start side of right-to-left text.
    assert_eq!((a.screen().column_x, a.screen().column_width), (0, 30));
    annotate(&mut a, "v j", "ملاحظة");
    assert_eq!((a.screen().column_x, a.screen().column_width), (0, 29));
    assert_eq!(a.screen().note_gutter, Some(29));
    let span = a.annotations()[0].span.clone().expect("placed");
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let rows = rows_meeting(&a, &span);
    assert!(rows.len() >= 2, "the passage wraps: {rows:?}");
    assert_eq!(rows_marked(&a, buf), rows);
    assert!(
        a.screen().lines.len() > rows.len(),
        "some row shows no part of it"
    );
}

#[test]
fn with_colours_the_bar_and_an_underline_take_the_note_colour() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 100, 8);
    a.set_colors(true);
    annotate(&mut a, "v", "x");
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let note = a.theme().note;
    let gutter = a.screen().note_gutter.expect("gutter");
    assert_eq!(buf[(gutter, 0)].symbol(), NOTE_MARKER);
    assert_eq!(buf[(gutter, 0)].fg, note);
    let (x, y) = cell_of(&a, 0);
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    assert_eq!(buf[(x, y)].underline_color, note);
}

#[test]
fn on_a_wide_terminal_the_bar_is_beside_each_paragraph_s_start() {
    // An Arabic paragraph, then a Latin one, with room on both sides.
    let text = "قال الرئيس إن الاجتماع انتهى\nAlice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 100, 8);
    annotate(&mut a, "v j j", "x");
    let screen = a.screen();
    let left = screen.column_x - 1;
    let right = screen.column_x + screen.column_width;
    assert_eq!(
        screen.gutters[0],
        Some(right),
        "Arabic: right of the column"
    );
    assert_eq!(screen.gutters[1], Some(left), "Latin: left of it");
    let buf = draw(&a).backend().buffer().clone();
    assert_eq!(buf[(right, 0)].symbol(), NOTE_MARKER);
    assert_eq!(buf[(left, 1)].symbol(), NOTE_MARKER);
}

#[test]
fn j_in_a_selection_goes_over_the_blank_line_between_paragraphs() {
    let text = "First paragraph here.\n\nSecond one, a little longer.\n\nThird.\n";
    let mut a = monochrome().app(text, 60, 12);
    keys(&mut a, "v");
    let ends: Vec<usize> = (0..2)
        .map(|_| {
            keys(&mut a, "j");
            a.selection().expect("selecting").range().end
        })
        .collect();
    // Each j passes the blank line to the next paragraph, and ends at the
    // end of the word under the column: "Second", then "Third".
    let end_of = |word: &str| text.find(word).expect("word") + word.len();
    assert_eq!(ends, [end_of("Second"), end_of("Third")]);
    // And k comes back over them the same way, never into a blank line.
    keys(&mut a, "k");
    assert_eq!(
        a.selection().expect("selecting").range().end,
        end_of("Second")
    );
    keys(&mut a, "k");
    assert_eq!(a.selection().expect("selecting").range(), 0..5);
    // Before the origin, k takes the passage to a word's start, and
    // the passage never starts with the blank line's line end.
    let mut b = monochrome().app(text, 60, 12);
    keys(&mut b, "/ l i t t l e Enter v");
    assert_eq!(
        b.selection().expect("selecting").range().start,
        text.find("little").expect("little")
    );
    keys(&mut b, "k");
    let range = b.selection().expect("selecting").range();
    let first_words = ["First", "paragraph", "here"].map(|w| text.find(w).expect("word"));
    assert!(first_words.contains(&range.start), "{range:?}");
}
