//! Moving through a paragraph laid out in pieces: the view's arithmetic
//! (forward, backward, the ends, anchors both ways, what is visible) must
//! agree with one flat list of the paragraph's lines, piece after piece, and
//! with the layout of the whole paragraph when the cuts fall where it breaks.

use super::pieces::{self, PieceTable};
use super::*;

fn doc(text: &str) -> Document {
    Document::from_bytes("t", text.as_bytes()).expect("text")
}

/// A view of `width` cells cutting paragraphs into pieces of `piece` bytes.
fn view(width: usize, piece: usize) -> View {
    let mut v = View::new(LayoutOptions::default(), width);
    v.set_piece_bytes(piece);
    v
}

/// Every line of paragraph `p`, piece after piece, laid out eagerly.
fn flat(d: &Document, p: usize, width: usize, piece: usize) -> Vec<VisualLine> {
    let text = d.paragraph(p);
    let options = LayoutOptions {
        width: Some(width),
        ..LayoutOptions::default()
    };
    let mut table = PieceTable::new(piece);
    let mut layouter = Layouter::new();
    let mut lines = Vec::new();
    let mut k = 0;
    while let Some(piece) = table.piece(text, k) {
        lines.extend(pieces::lay_out(&mut layouter, text, &piece, &options).lines);
        k += 1;
    }
    lines
}

fn starts(lines: &[ScreenLine]) -> Vec<(usize, u32)> {
    lines.iter().map(|l| (l.paragraph, l.line.start)).collect()
}

/// Arabic with marks, Latin, digits and emoji, so that pieces end at spaces
/// and between clusters, and offsets differ from bytes.
const MIXED: &str = "\u{643}\u{627}\u{632}\u{627}\u{62E}\u{633}\u{62A}\u{627}\u{646} Tokayev \
    \u{628}\u{651}\u{64E}\u{62A} 2022\u{1F600}\u{1F600}abcdefghijklmnopqrstuvwxyz ";

#[test]
fn the_view_walks_a_pieced_paragraph_as_one_list_of_lines() {
    let text = format!("before\n{}", MIXED.repeat(40));
    let d = doc(&text);
    for (width, piece) in [(17, 300), (40, 97), (9, 1000), (1, 64)] {
        let mut v = view(width, piece);
        let lines = flat(&d, 1, width, piece);
        assert!(lines.len() > 3, "several lines at {width}");
        let first = LinePos {
            paragraph: 1,
            ..LinePos::default()
        };
        // Every line once, in order, from the top of the paragraph down.
        let all = v.visible(&d, first, lines.len() + 2);
        assert_eq!(all.len(), lines.len(), "width {width}, pieces of {piece}");
        let want: Vec<(usize, u32)> = lines.iter().map(|l| (1, l.start)).collect();
        assert!(starts(&all) == want, "width {width}, pieces of {piece}");
        for (i, line) in lines.iter().enumerate() {
            let pos = v.forward(&d, first, i);
            assert_eq!(v.anchor_of(&d, pos).offset, line.start, "line {i}");
            assert_eq!(v.line(&d, pos), line);
            assert_eq!(v.backward(&d, pos, i), first);
            // Every offset on the line maps back to it.
            for offset in line.start..line.end {
                let anchor = Anchor {
                    paragraph: 1,
                    offset,
                };
                assert_eq!(v.line_of(&d, anchor), pos, "offset {offset}");
            }
            let shown = v.visible(&d, pos, 1);
            assert_eq!(shown[0].line, *line);
        }
        let end = v.end(&d);
        assert_eq!(v.backward(&d, end, lines.len() - 1), first);
        assert_eq!(v.backward(&d, end, 99_999), LinePos::default());
        assert_eq!(v.forward(&d, LinePos::default(), 99_999), end);
        let top = v.last_top(&d, 4);
        assert_eq!(v.anchor_of(&d, top).offset, lines[lines.len() - 4].start);
    }
}

#[test]
fn pieces_cut_where_the_whole_breaks_give_the_whole_layout() {
    // Words of 4 bytes, pieces of 64: 16 words a piece, 8 words a line at
    // width 31, so every cut is a line break of the whole layout too.
    let text = "abc ".repeat(1000);
    let d = doc(&text);
    let mut pieced = view(31, 64);
    let mut whole = view(31, usize::MAX);
    for justify in [false, true] {
        pieced.set_justify(justify);
        whole.set_justify(justify);
        let a = pieced.visible(&d, LinePos::default(), 200);
        let b = whole.visible(&d, LinePos::default(), 200);
        assert_eq!(a, b);
        assert_eq!(a.len(), 125);
    }
    assert_eq!(pieced.end(&d).piece, 62);
    assert_eq!(whole.end(&d).line, 124);
}

#[test]
fn the_first_screen_of_a_long_paragraph_lays_out_little() {
    let text = "abc ".repeat(100_000);
    let d = doc(&text);
    let mut v = view(40, 4096);
    assert_eq!(v.visible(&d, LinePos::default(), 30).len(), 30);
    assert_eq!(v.cached(), 1, "the first piece alone");
    let top = v.last_top(&d, 30);
    assert_eq!(top.piece, text.len() / 4096);
    assert!(v.cached() <= 3, "{} pieces laid out", v.cached());
    assert!(v.cached_bytes() < 1 << 20, "{} bytes", v.cached_bytes());
}
