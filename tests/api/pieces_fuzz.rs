//! Random paragraphs laid out in small pieces against the same paragraphs
//! laid out whole (`View::set_piece_bytes`), at random widths: the pieced
//! layout must show every cluster of the whole once, at the same offsets
//! and with the same text, its lines must follow one another without a gap,
//! and moving through it (forward, backward, anchors and back) must land
//! on the line that holds each offset.

use proptest::prelude::*;
use qari::core::document::Document;
use qari::core::view::{Anchor, LinePos, ScreenLine, View};
use qari_layout::LayoutOptions;
use unicode_segmentation::UnicodeSegmentation;

/// Text from what cuts and clusters are made of: spaces, Arabic letters and
/// marks, Latin, digits, an emoji with a modifier, a tab, controls.
fn paragraph() -> impl Strategy<Value = String> {
    const PARTS: &[&str] = &[
        " ",
        " ",
        "ب",
        "م",
        "ك",
        "\u{0651}",
        "\u{064E}",
        "a",
        "Tokayev",
        "2022",
        "\u{1F44D}\u{1F3FD}",
        "\t",
        "\u{200F}",
        "\u{1b}",
        "e\u{301}",
        "ـ",
    ];
    proptest::collection::vec(proptest::sample::select(PARTS), 1..400).prop_map(|v| v.concat())
}

fn view(width: usize, piece: usize) -> View {
    let mut v = View::new(LayoutOptions::default(), width);
    v.set_piece_bytes(piece);
    v
}

/// Every line of the document, top down.
fn all_lines(v: &mut View, d: &Document) -> Vec<ScreenLine> {
    v.visible(d, LinePos::default(), 1_000_000)
}

/// (offset, text) of every cell, in logical order. Blank cells count
/// without their text: a space that ends a line hangs (drawn as nothing) and
/// a tab's width depends on its column, and a piece ends a line of its own.
fn clusters(lines: &[ScreenLine]) -> Vec<(u32, String)> {
    let mut out: Vec<(u32, String)> = lines
        .iter()
        .flat_map(|l| {
            l.line.cells.iter().map(|c| {
                let text = l.line.cell_text(c);
                let text = if text.trim().is_empty() { "" } else { text };
                (c.offset, text.to_string())
            })
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn pieces_show_the_whole_paragraphs_clusters_and_walk_its_lines(
        text in paragraph(),
        width in 1usize..30,
        piece in 4usize..120,
    ) {
        // A cluster longer than a piece is cut between its characters (the
        // price of a bound, paid only by a cluster longer than 64 KiB).
        let longest = text.graphemes(true).map(str::len).max().unwrap_or(0);
        let piece = piece.max(longest);
        let d = Document::from_bytes("t", format!("{text}\nend").as_bytes()).expect("text");
        let mut pieced = view(width, piece);
        let mut whole = view(width, usize::MAX);
        let lines = all_lines(&mut pieced, &d);
        let reference = all_lines(&mut whole, &d);
        prop_assert_eq!(clusters(&lines), clusters(&reference));
        let first: Vec<&ScreenLine> = lines.iter().filter(|l| l.paragraph == 0).collect();
        prop_assert_eq!(first[0].line.start, 0);
        for pair in first.windows(2) {
            prop_assert_eq!(pair[0].line.end, pair[1].line.start);
        }
        let len = u32::try_from(d.paragraph(0).chars().count()).expect("short");
        prop_assert_eq!(first[first.len() - 1].line.end, len);
        let end = pieced.end(&d);
        for (i, line) in first.iter().enumerate() {
            let pos = pieced.forward(&d, LinePos::default(), i);
            prop_assert_eq!(pieced.anchor_of(&d, pos).offset, line.line.start);
            prop_assert_eq!(pieced.backward(&d, pos, i), LinePos::default());
            let back = pieced.backward(&d, end, lines.len() - 1 - i);
            prop_assert_eq!(back, pos);
            for offset in line.line.start..line.line.end {
                let at = pieced.line_of(&d, Anchor { paragraph: 0, offset });
                prop_assert_eq!(at, pos, "offset {}", offset);
            }
        }
    }
}
