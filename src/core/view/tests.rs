//! The view's line arithmetic across paragraphs and widths (moving, anchors,
//! lazy layout) and justification in both directions.

use super::*;

fn doc(text: &str) -> Document {
    Document::from_bytes("t", text.as_bytes()).expect("text")
}

fn view(width: usize) -> View {
    View::new(LayoutOptions::default(), width)
}

fn pos(paragraph: usize, line: usize) -> LinePos {
    LinePos {
        paragraph,
        piece: 0,
        line,
    }
}

// Paragraph 0 has 10 characters: 3 lines at width 4, 2 lines at width 5.
const TEXT: &str = "abcdefghij\n\nklmnop";

#[test]
fn forward_and_backward_cross_paragraphs_and_stop_at_the_ends() {
    let d = doc(TEXT);
    let mut v = view(4);
    assert_eq!(v.forward(&d, pos(0, 0), 2), pos(0, 2));
    assert_eq!(v.forward(&d, pos(0, 0), 3), pos(1, 0));
    assert_eq!(v.forward(&d, pos(0, 0), 5), pos(2, 1));
    assert_eq!(v.forward(&d, pos(0, 0), 99), pos(2, 1));
    assert_eq!(v.backward(&d, pos(2, 1), 2), pos(1, 0));
    assert_eq!(v.backward(&d, pos(2, 1), 3), pos(0, 2));
    assert_eq!(v.backward(&d, pos(2, 1), 99), pos(0, 0));
    assert_eq!(v.end(&d), pos(2, 1));
    assert_eq!(v.last_top(&d, 3), pos(1, 0));
    assert_eq!(v.last_top(&d, 99), pos(0, 0));
}

#[test]
fn an_anchor_keeps_its_text_across_widths() {
    let d = doc(TEXT);
    let mut v = view(4);
    let anchor = v.anchor_of(&d, pos(0, 2));
    assert_eq!(anchor.offset, 8);
    v.set_width(5);
    assert_eq!(v.line_of(&d, anchor), pos(0, 1));
    v.set_width(4);
    assert_eq!(v.line_of(&d, anchor), pos(0, 2));
    v.set_width(100);
    assert_eq!(v.line_of(&d, anchor), pos(0, 0));
}

#[test]
fn empty_paragraphs_have_one_blank_line() {
    let d = doc(TEXT);
    let mut v = view(4);
    let lines = v.visible(&d, pos(0, 2), 3);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0].line.text, "ij");
    assert_eq!(lines[1].line.text, "");
    assert_eq!(lines[1].paragraph, 1);
    assert_eq!(lines[2].line.text, "klmn");
}

#[test]
fn only_paragraphs_near_the_view_are_laid_out() {
    let text = "line\n".repeat(10_000);
    let d = doc(&text);
    let mut v = view(40);
    assert_eq!(v.visible(&d, pos(0, 0), 30).len(), 30);
    assert_eq!(v.cached(), 30);
    let top = v.last_top(&d, 30);
    assert_eq!(top, pos(9_970, 0));
    assert_eq!(v.cached(), 60);
}

/// Each cell's text and width, as "text:width" in visual order.
fn widths(line: &VisualLine) -> Vec<String> {
    line.cells
        .iter()
        .map(|c| format!("{}:{}", line.cell_text(c), c.width))
        .collect()
}

#[test]
fn justified_lines_fill_the_width_but_not_the_last_line() {
    let d = doc("aa bb cc dd ee");
    let mut v = view(10);
    v.set_justify(true);
    let lines = v.visible(&d, pos(0, 0), 3);
    // "aa bb cc " wraps before "dd": 8 columns of content, 2 extra for 2 spaces.
    assert_eq!(lines[0].line.width, 10);
    assert_eq!(lines[0].indent, 0);
    let first = widths(&lines[0].line);
    assert_eq!(first[2], " :2");
    assert_eq!(first[5], " :2");
    // The space at the break hangs: nothing drawn, no room taken.
    assert_eq!(first.last().map(String::as_str), Some(":0"));
    // The paragraph's last line stays as it was.
    assert_eq!(lines[1].line.text, "dd ee");
    assert_eq!(lines[1].line.width, 5);
    v.set_justify(false);
    assert_eq!(v.visible(&d, pos(0, 0), 1)[0].line.width, 8);
}

#[test]
fn right_to_left_lines_justify_to_both_edges() {
    // Three two-letter words then a fourth on the next line, at width 10.
    let d = doc("\u{628}\u{628} \u{62A}\u{62A} \u{62B}\u{62B} \u{62C}\u{62C}");
    let mut v = view(10);
    v.set_justify(true);
    let lines = v.visible(&d, pos(0, 0), 2);
    let first = &lines[0];
    assert_eq!(first.indent, 0);
    assert_eq!(first.line.width, 10);
    let cells = widths(&first.line);
    // Visual order: the first word is on the right, its letters are drawn
    // at the far left and right, and the two inner spaces take 2 each.
    let drawn: usize = first.line.cells.iter().map(|c| usize::from(c.width)).sum();
    assert_eq!(drawn, 10);
    assert_ne!(cells[0], " :0", "{cells:?}");
    assert_eq!(cells.iter().filter(|c| *c == " :2").count(), 2, "{cells:?}");
    assert_eq!(lines[1].line.width, 2);
}

#[test]
fn a_line_without_inner_spaces_is_left_alone() {
    let mut line = view(4).visible(&doc("abcdefgh"), pos(0, 0), 1)[0]
        .line
        .clone();
    let before = line.clone();
    justify(&mut line, 4);
    assert_eq!(line, before);
}

#[test]
fn right_to_left_lines_are_indented_to_the_right_edge() {
    let d = doc("سلام\nab");
    let mut v = view(10);
    let lines = v.visible(&d, pos(0, 0), 2);
    assert_eq!(lines[0].indent, 6);
    assert_eq!(lines[1].indent, 0);
}
