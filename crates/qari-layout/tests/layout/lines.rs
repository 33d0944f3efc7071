//! Layout pictures for line breaking, sanitising and the offset map: input, width,
//! expected lines. Hanging whitespace draws nothing, so it never shows in a picture.

use qari_layout::{display_text, layout_paragraph, Direction, LayoutOptions, ParagraphLayout};

pub fn trials() -> Vec<libtest_mimic::Trial> {
    trials![
        words_wrap_at_spaces_and_spaces_hang,
        long_word_splits_at_cluster_boundaries,
        nbsp_does_not_break,
        no_width_is_one_line_and_empty_is_one_empty_line,
        control_characters_are_drawn_as_pictures,
        bidi_format_characters_draw_nothing,
        tabs_expand_to_logical_tab_stops,
        orphan_mark_sits_on_a_dotted_circle,
        cells_map_to_offsets_and_columns,
        display_text_sanitises_titles,
    ]
}

fn opts(width: Option<usize>) -> LayoutOptions {
    LayoutOptions {
        width,
        shape: false,
        fallback_direction: Direction::Ltr,
        base: qari_layout::BaseDirection::FirstLetter,
        tab_width: 4,
    }
}

fn lines_of(layout: &ParagraphLayout) -> Vec<&str> {
    layout.lines.iter().map(|l| l.text.as_str()).collect()
}

fn lines(text: &str, width: Option<usize>) -> Vec<String> {
    let layout = layout_paragraph(text, &opts(width));
    for line in &layout.lines {
        if let Some(w) = width {
            assert!(line.width <= w, "{:?} wider than {w}", line.text);
        }
    }
    lines_of(&layout).into_iter().map(String::from).collect()
}

fn words_wrap_at_spaces_and_spaces_hang() {
    assert_eq!(
        lines("the quick brown fox", Some(10)),
        ["the quick", "brown fox"]
    );
    // "aaa " fits only without its space: the space hangs on the first line.
    let layout = layout_paragraph("aaa bbb", &opts(Some(3)));
    assert_eq!(lines_of(&layout), ["aaa", "bbb"]);
    let space = layout.lines[0].cells[3];
    assert_eq!((space.offset, space.width, space.text_len), (3, 0, 0));
    assert_eq!(layout.lines[0].width, 3);
}

fn long_word_splits_at_cluster_boundaries() {
    assert_eq!(lines("abcdefghij", Some(4)), ["abcd", "efgh", "ij"]);
    // e + combining acute is one cluster: never split from its base.
    let text = "ab\u{0065}\u{0301}cd";
    assert_eq!(lines(text, Some(2)), ["ab", "\u{0065}\u{0301}c", "d"]);
}

fn nbsp_does_not_break() {
    assert_eq!(
        lines("aaa\u{00A0}bbb ccc", Some(8)),
        ["aaa\u{00A0}bbb", "ccc"]
    );
    assert_eq!(
        lines("aaa bbb ccc", Some(8)),
        ["aaa bbb", "ccc"],
        "the ordinary space next to it does break"
    );
}

fn no_width_is_one_line_and_empty_is_one_empty_line() {
    assert_eq!(lines("a b c d e f g", None), ["a b c d e f g"]);
    let layout = layout_paragraph("", &opts(Some(10)));
    assert_eq!(layout.lines.len(), 1);
    assert!(layout.lines[0].cells.is_empty());
    assert_eq!((layout.lines[0].start, layout.lines[0].end), (0, 0));
}

fn control_characters_are_drawn_as_pictures() {
    let layout = layout_paragraph("a\u{1b}[31mb\u{7f}\u{85}", &opts(None));
    let line = &layout.lines[0];
    assert_eq!(line.text, "a\u{241B}[31mb\u{2421}\u{2426}");
    assert_eq!(line.width, 9);
    let esc = line.cells[1];
    assert_eq!((esc.offset, esc.len, esc.width), (1, 1, 1));
    assert_eq!(line.cell_text(&esc), "␛");
}

fn bidi_format_characters_draw_nothing() {
    let layout = layout_paragraph("\u{202B}ab\u{202C}\u{200F}", &opts(None));
    let line = &layout.lines[0];
    assert_eq!(line.text, "ab");
    assert_eq!(line.width, 2);
    assert_eq!(line.cells.len(), 5, "every code point still has a cell");
}

fn tabs_expand_to_logical_tab_stops() {
    assert_eq!(lines("a\tbc\td", None), ["a   bc  d"]);
    assert_eq!(lines("\tx", None), ["    x"]);
}

fn orphan_mark_sits_on_a_dotted_circle() {
    assert_eq!(lines("\u{064E}a", None), ["\u{25CC}\u{064E}a"]);
}

fn cells_map_to_offsets_and_columns() {
    let layout = layout_paragraph("ab cd ef", &opts(Some(5)));
    assert_eq!(lines_of(&layout), ["ab cd", "ef"]);
    assert_eq!(layout.locate(3), Some((0, 3)));
    assert_eq!(layout.locate(7), Some((1, 1)));
    assert_eq!(layout.locate(8), None);
    let line = &layout.lines[0];
    assert_eq!(line.cell_at_column(4).map(|c| c.offset), Some(4));
    assert_eq!(line.cell_at_column(5), None);
    assert_eq!(line.column_of(3), 3);
}

fn display_text_sanitises_titles() {
    assert!(matches!(
        display_text("plain عربي"),
        std::borrow::Cow::Borrowed(_)
    ));
    assert_eq!(display_text("a\u{1b}]0;x\u{7}\tb\u{202E}c"), "a␛]0;x␇ bc");
}
