//! The entities panel as pure state: rows grouped by kind and sorted, moving the
//! selection, jumping between mentions with wrap-around, and following the
//! reading position. Recognitions are written by hand so the tests do not depend
//! on what the tagger finds.

use qari::core::document::Document;
use qari::reader::entities_view::{PanelRows, RowKind};
use qari_layout::LayoutOptions;
use qari_recognize::Kind;

use crate::support::recognition::{find, recognition, Group, SAMPLE, TEXT};

fn doc(text: &str) -> Document {
    Document::from_bytes("t", text.as_bytes()).expect("text")
}

fn sample() -> (Document, PanelRows) {
    let d = doc(TEXT);
    let r = recognition(TEXT, SAMPLE);
    let rows = PanelRows::new(r, &d);
    (d, rows)
}

fn labels(rows: &PanelRows) -> Vec<String> {
    rows.rows()
        .iter()
        .map(|r| format!("{} {}", r.label, r.count))
        .collect()
}

#[test]
fn rows_are_grouped_by_kind_most_mentioned_first_with_quotes_under_their_speakers() {
    let (_, rows) = sample();
    assert_eq!(
        labels(&rows),
        [
            "People (3) 3",
            // Alice and Bob have two mentions each; Alice is mentioned first.
            "Alice 2",
            "Bob 2",
            "Carol 1",
            // What Carol said, under her; no section of quotes is left.
            "\u{2013} \"hello there my good dear old\u{2026} 1",
            "Places (1) 1",
            "Paris 3",
        ]
    );
    assert!(matches!(rows.rows()[0].kind, RowKind::Header(Kind::Person)));
    assert_eq!(
        rows.selected_row(),
        Some(1),
        "the first entity starts selected"
    );
}

#[test]
fn a_described_speaker_lists_its_quotes_and_unattributed_ones_keep_their_section() {
    let text = "A source said \"the talks are over now\". Then \"nobody knows who said this\".";
    let groups: &[Group<'_>] = &[
        // A source the text describes: no mentions of its own.
        (Kind::Person, "A source", &[], None),
        (Kind::Quote, "q1", &[("the talks are over now", 0)], Some(0)),
        (
            Kind::Quote,
            "q2",
            &[("nobody knows who said this", 0)],
            None,
        ),
    ];
    let d = doc(text);
    let mut rows = PanelRows::new(recognition(text, groups), &d);
    assert_eq!(
        labels(&rows),
        [
            "People (1) 1",
            "A source 0",
            "\u{2013} the talks are over now 1",
            "Quotes (1) 1",
            "nobody knows who said this 1",
        ]
    );
    // The source has no mention of its own: a jump to it lands on what it
    // said (it said "no entity selected" before), as its quote row's does.
    assert_eq!(rows.selected_row(), Some(1));
    let quote = find(text, "the talks", 0);
    assert_eq!(rows.first().map(|j| j.offset), Some(quote));
    assert_eq!(rows.step(true, 0).map(|j| j.offset), Some(quote));
    assert_eq!(rows.step(false, 0).map(|j| j.offset), Some(quote));
    assert!(rows.select_row(2));
    let jump = rows.first().expect("the quote");
    assert_eq!(jump.offset, find(text, "the talks", 0));
}

#[test]
fn the_selection_skips_titles_and_stops_at_the_ends() {
    let (_, mut rows) = sample();
    rows.move_selection(false);
    assert_eq!(rows.selected_row(), Some(1));
    for _ in 0..4 {
        rows.move_selection(true);
    }
    assert_eq!(rows.selected_row(), Some(6), "Places' title skipped");
    for _ in 0..5 {
        rows.move_selection(true);
    }
    assert_eq!(rows.selected_row(), Some(6), "stops at the last row");
    assert!(!rows.select_row(5), "a title cannot be selected");
    assert_eq!(rows.selected_row(), Some(6));
}

#[test]
fn next_and_previous_mentions_wrap_around() {
    let (_, mut rows) = sample();
    rows.select_row(6); // Paris
    let p: Vec<usize> = (0..3).map(|n| find(TEXT, "Paris", n)).collect();
    let first = rows.first().expect("jump");
    assert_eq!((first.offset, first.wrapped), (p[0], false));
    assert_eq!(rows.current(), Some(first.mention));
    let steps: Vec<(usize, bool)> = (0..4)
        .map(|_| {
            rows.step(true, 0)
                .map(|j| (j.offset, j.wrapped))
                .expect("step")
        })
        .collect();
    assert_eq!(
        steps,
        [(p[1], false), (p[2], false), (p[0], true), (p[1], false)]
    );
    let back = rows.step(false, 0).expect("step");
    assert_eq!((back.offset, back.wrapped), (p[0], false));
    let back = rows.step(false, 0).expect("step");
    assert_eq!(
        (back.offset, back.wrapped),
        (p[2], true),
        "wraps to the last"
    );
}

#[test]
fn without_a_current_mention_of_it_the_next_one_is_at_or_after_the_top() {
    let (_, mut rows) = sample();
    rows.select_row(6); // Paris; nothing jumped to yet
    let second_line = TEXT.find('\n').expect("line") + 1;
    let next = rows.step(true, second_line).expect("step");
    assert_eq!(next.offset, find(TEXT, "Paris", 1));
    // From a mention of its own, the next move starts there, not at the top.
    let prev = rows.step(false, d_len()).expect("step");
    assert_eq!(prev.offset, find(TEXT, "Paris", 0));
    let (_, mut fresh) = sample();
    fresh.select_row(6);
    let prev = fresh.step(false, find(TEXT, "Paris", 2)).expect("step");
    assert_eq!(prev.offset, find(TEXT, "Paris", 1));
}

fn d_len() -> usize {
    TEXT.chars().count()
}

#[test]
fn the_selection_follows_the_reading_position() {
    let (d, mut rows) = sample();
    rows.follow(d.span(1).offset);
    let bob = rows.selected_entity().expect("selected");
    assert_eq!(rows.recognition().entities[bob].name, "Bob");
    rows.follow(d.span(2).offset);
    let e = rows.selected_entity().expect("selected");
    assert_eq!(rows.recognition().entities[e].name, "Paris");
    // Past the last mention: the selection stays.
    rows.follow(d.len());
    assert_eq!(rows.selected_entity(), Some(e));
}

#[test]
fn arabic_labels_are_laid_out_right_to_left_and_right_aligned() {
    let text = "قال نيكول باشينيان اليوم\n";
    let d = doc(text);
    let r = recognition(
        text,
        &[(
            Kind::Person,
            "نيكول باشينيان",
            &[("نيكول باشينيان", 0)],
            None,
        )],
    );
    let rows = PanelRows::new(r, &d);
    let laid = rows.lay_out(20, &LayoutOptions::default(), Default::default());
    let row = &laid[1];
    assert_eq!(row.indent, 20 - 14, "right-aligned in 20 cells");
    // Visual order: the last letter of the surname is drawn first (leftmost).
    let first = row.line.cell_text(&row.line.cells[0]);
    let last = row.line.cell_text(row.line.cells.last().expect("cells"));
    assert_eq!((first, last), ("\u{646}", "\u{646}"), "ن ... ن");
    assert_eq!(
        row.line.cells.last().expect("cells").offset,
        0,
        "the first letter is rightmost"
    );
    let second_word_start = row
        .line
        .cells
        .iter()
        .position(|c| c.offset == 6)
        .expect("ب");
    assert!(second_word_start < 8, "the surname is on the left");
    // A label longer than the width shows its logical beginning.
    let narrow = rows.lay_out(6, &LayoutOptions::default(), Default::default());
    assert!(narrow[1].line.cells.iter().all(|c| c.offset < 6));
}
