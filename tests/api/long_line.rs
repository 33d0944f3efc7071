//! A paragraph longer than a piece (64 KiB) is laid out a piece at a time
//! (`core/view/pieces.rs`): the reader must show, find and select exactly as
//! the layout of the whole paragraph would. The words here are 8 bytes, so a
//! piece is 8,192 of them and ends where the whole layout breaks a line when
//! a line holds 8 words (widths 63 to 70): the two layouts are then the same,
//! line for line, and any slip in moving through pieces shows.

use qari::reader::action::Action;
use qari::reader::app::App;
use qari_layout::{LayoutOptions, Layouter, VisualLine};

use crate::support::app;
use crate::support::reading::{key, typed};
use qari::reader::keymap::KeyCode;

/// Word `i`: 8 bytes, "w00042x ".
fn word(i: usize) -> String {
    format!("w{i:05}x ")
}

/// One line of `n` words, no line end: 3.5 pieces for 28,672 words.
fn text(n: usize) -> String {
    (0..n).map(word).collect()
}

/// The whole paragraph laid out at the reader's column width.
fn whole(app: &App, text: &str) -> Vec<VisualLine> {
    let width = usize::from(app.screen().column_width);
    assert!(
        (63..=70).contains(&width),
        "column of {width}: pieces would not align"
    );
    let options = LayoutOptions {
        width: Some(width),
        ..LayoutOptions::default()
    };
    Layouter::new().layout(text, &options).lines
}

/// The screen's lines as (start, end, text).
fn shown(app: &App) -> Vec<(u32, u32, String)> {
    app.screen()
        .lines
        .iter()
        .map(|l| (l.line.start, l.line.end, l.line.text.clone()))
        .collect()
}

fn expected(lines: &[VisualLine], from: usize, n: usize) -> Vec<(u32, u32, String)> {
    lines[from..(from + n).min(lines.len())]
        .iter()
        .map(|l| (l.start, l.end, l.text.clone()))
        .collect()
}

/// Index of the whole layout's line holding code point `offset`.
fn line_holding(lines: &[VisualLine], offset: usize) -> usize {
    lines.partition_point(|l| l.end as usize <= offset)
}

#[test]
fn paging_through_a_long_line_shows_the_whole_layout_line_for_line() {
    let text = text(28_672);
    let mut a = app(&text, 70, 31);
    let lines = whole(&a, &text);
    let rows = a.screen().lines.len();
    assert_eq!(rows, usize::from(a.screen().text_height));
    let mut top = 0;
    while top + rows < lines.len() {
        assert_eq!(shown(&a), expected(&lines, top, rows), "top line {top}");
        a.apply(Action::PageDown);
        let next = line_holding(&lines, a.position());
        assert!(next > top, "paging moved on from line {top}");
        top = next;
    }
    a.apply(Action::Bottom);
    assert_eq!(shown(&a), expected(&lines, lines.len() - rows, rows));
    assert_eq!(a.screen().percent, 100);
    // Line by line back up across the cut between the first two pieces.
    let cut = 8_192 / 8;
    a.apply(Action::Top);
    for _ in 0..cut + 3 {
        a.apply(Action::LineDown);
    }
    assert_eq!(shown(&a), expected(&lines, cut + 3, rows));
    for _ in 0..5 {
        a.apply(Action::LineUp);
    }
    assert_eq!(shown(&a), expected(&lines, cut - 2, rows));
}

#[test]
fn a_search_hit_and_a_selection_in_a_later_piece_land_where_the_whole_layout_has_them() {
    let text = text(28_672);
    let mut a = app(&text, 70, 31);
    let lines = whole(&a, &text);
    let target = 20_001;
    typed(&mut a, "/");
    typed(&mut a, &word(target)[..7]);
    a.press(key(KeyCode::Enter));
    let offset = target * 8;
    let hit = line_holding(&lines, offset);
    // The hit sits about a third of the way down, the lines before it above.
    let now = shown(&a);
    let rows = now.len();
    let top = lines
        .iter()
        .position(|l| l.start == now[0].0)
        .expect("the first line shown is one of the whole layout's");
    assert!(top <= hit && hit - top <= rows / 2, "{top} {hit} {rows}");
    assert_eq!(now, expected(&lines, top, rows));
    // `v` selects the word at the jump, `w w` two more, `j` goes one line
    // down, as far into it as the head was into its own line.
    typed(&mut a, "vwwj");
    let selection = a.selection().expect("a selection");
    assert_eq!(selection.anchor, offset);
    // Three words of 7 letters and the spaces between them: the head's end.
    let head = offset + 2 * 8 + 7;
    let head_line = line_holding(&lines, head - 1);
    let column = head - lines[head_line].start as usize;
    let below = &lines[head_line + 1];
    assert_eq!(selection.head, below.start as usize + column);
}

#[test]
fn words_are_selected_deep_in_a_long_line_as_in_a_short_one() {
    // A line of about 1.3 MB of Arabic and Latin words, marks, numbers and
    // punctuation: `w` and `b` from its middle must find the words a
    // segmentation of the whole line finds (`core::words` looks only near
    // the head).
    let unit = "قالَ الرئيسُ، Tokayev's 6.5 «كازاخستان»: ok_go — ";
    let mut text = unit.repeat(20_000);
    let mark = "zzmarkzz";
    let middle = text.len() / 2;
    let cut = text[..middle].rfind(' ').expect("a space") + 1;
    text.insert_str(cut, &format!("{mark} "));
    let words: Vec<std::ops::Range<usize>> = qari::core::words::words(&text).collect();
    let origin = text[..cut].chars().count();
    let i = words
        .iter()
        .position(|w| w.start == origin)
        .expect("the mark is a word");
    let mut a = app(text.as_str(), 70, 31);
    typed(&mut a, "/");
    typed(&mut a, mark);
    a.press(key(KeyCode::Enter));
    typed(&mut a, "vwww");
    let s = a.selection().expect("a selection");
    assert_eq!((s.anchor, s.head), (words[i].start, words[i + 3].end));
    // Back over word ends to the origin, then on over the starts before it.
    typed(&mut a, "bbbbb");
    let s = a.selection().expect("a selection");
    assert_eq!((s.anchor, s.head), (words[i].end, words[i - 2].start));
    // And forward again, giving those words back.
    typed(&mut a, "w");
    let s = a.selection().expect("a selection");
    assert_eq!((s.anchor, s.head), (words[i].end, words[i - 1].start));
}
