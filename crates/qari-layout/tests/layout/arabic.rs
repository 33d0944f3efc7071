//! Layout pictures for reordering and shaping. Arabic is written with `\u{...}`
//! escapes in expected strings (an editor would reorder it), and a failing assertion
//! prints a code point dump.

use qari_layout::{layout_paragraph, Direction, LayoutOptions, ParagraphLayout};

pub fn trials() -> Vec<libtest_mimic::Trial> {
    trials![
        tanween_stays_after_its_base_letter,
        brackets_are_mirrored_in_rtl_runs,
        neutral_paragraph_takes_fallback_direction,
        the_base_rule_decides_a_mixed_paragraph_s_direction,
        letters_are_counted_by_their_direction,
        digits_inside_an_rtl_sentence_keep_their_order,
        latin_word_inside_arabic_and_arabic_inside_english,
        rtl_lines_wrap_in_logical_order,
        lam_alef_is_two_cells_unshaped_and_one_ligature_shaped,
        shaping_gives_all_four_forms,
        shaping_never_changes_offsets,
    ]
}

fn opts(width: Option<usize>, shape: bool) -> LayoutOptions {
    LayoutOptions {
        width,
        shape,
        fallback_direction: Direction::Rtl,
        base: qari_layout::BaseDirection::FirstLetter,
        tab_width: 8,
    }
}

fn dump(s: &str) -> String {
    s.chars()
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn visual(text: &str, width: Option<usize>, shape: bool) -> Vec<String> {
    let layout = layout_paragraph(text, &opts(width, shape));
    layout.lines.iter().map(|l| l.text.clone()).collect()
}

fn assert_visual(text: &str, width: Option<usize>, shape: bool, want: &[&str]) {
    let got = visual(text, width, shape);
    let got_dump: Vec<String> = got.iter().map(|l| dump(l)).collect();
    let want_dump: Vec<String> = want.iter().map(|l| dump(l)).collect();
    assert_eq!(got_dump, want_dump, "layout of {}", dump(text));
}

// Letters used below.
const ALEF_HAMZA: &str = "\u{0623}";
const YEH: &str = "\u{064A}";
const DAD: &str = "\u{0636}";
const FATHATAN: &str = "\u{064B}";
const ALEF: &str = "\u{0627}";

fn tanween_stays_after_its_base_letter() {
    // أيضًا: alef-hamza, yeh, dad + fathatan, alef.
    let text = [ALEF_HAMZA, YEH, DAD, FATHATAN, ALEF].concat();
    let want = [ALEF, DAD, FATHATAN, YEH, ALEF_HAMZA].concat();
    assert_visual(&text, None, false, &[&want]);
}

fn brackets_are_mirrored_in_rtl_runs() {
    // (كازاخستان): the brackets keep their look around the reversed word.
    let word = "\u{0643}\u{0627}\u{0632}\u{0627}\u{062E}\u{0633}\u{062A}\u{0627}\u{0646}";
    let reversed: String = word.chars().rev().collect();
    assert_visual(
        &format!("({word})"),
        None,
        false,
        &[&format!("({reversed})")],
    );
    let layout = layout_paragraph(&format!("({word})"), &opts(None, false));
    assert_eq!(layout.direction, Direction::Rtl);
    let first = layout.lines[0].cells[0];
    assert_eq!(
        first.offset as usize,
        word.chars().count() + 1,
        "the leftmost cell is the logical closing bracket"
    );
}

fn neutral_paragraph_takes_fallback_direction() {
    // A lone date-time line in an Arabic article is right-to-left and right-aligned.
    let layout = layout_paragraph("2022 - 08:13", &opts(Some(20), false));
    assert_eq!(layout.direction, Direction::Rtl);
    assert_eq!(layout.lines[0].text, "08:13 - 2022");
    assert_eq!(layout.indent(&layout.lines[0], 20), 8);
    let ltr = LayoutOptions {
        fallback_direction: Direction::Ltr,
        ..opts(Some(20), false)
    };
    let layout = layout_paragraph("2022 - 08:13", &ltr);
    assert_eq!(layout.direction, Direction::Ltr);
    assert_eq!(layout.lines[0].text, "2022 - 08:13");
}

fn the_base_rule_decides_a_mixed_paragraph_s_direction() {
    use qari_layout::{base_direction, BaseDirection};
    // "CNN: قال الرئيس" : CNN: the president said.
    let cnn = "CNN: \u{0642}\u{0627}\u{0644} \u{0627}\u{0644}\u{0631}\u{0626}\u{064A}\u{0633}";
    assert_eq!(
        base_direction(cnn, BaseDirection::FirstLetter),
        Some(Direction::Ltr)
    );
    assert_eq!(
        base_direction(cnn, BaseDirection::MostLetters),
        Some(Direction::Rtl)
    );
    // Three letters each: the first decides.
    let tie = "abc \u{0642}\u{0627}\u{0644}";
    assert_eq!(
        base_direction(tie, BaseDirection::MostLetters),
        Some(Direction::Ltr)
    );
    // Letters inside an isolate do not count, as in P2.
    let isolated = "ab \u{2068}\u{0642}\u{0627}\u{0644}\u{0642}\u{0627}\u{0644}\u{2069}";
    assert_eq!(
        base_direction(isolated, BaseDirection::MostLetters),
        Some(Direction::Ltr)
    );
    // Fixed: every paragraph with a letter; one without is the fallback's.
    let rtl = BaseDirection::Fixed(Direction::Rtl);
    assert_eq!(base_direction("The end.", rtl), Some(Direction::Rtl));
    assert_eq!(base_direction("2022 - 08:13", rtl), None);
    // The layout follows the rule: right-aligned, "CNN:" at the line's right end.
    let most = LayoutOptions {
        base: BaseDirection::MostLetters,
        ..opts(Some(30), false)
    };
    let layout = layout_paragraph(cnn, &most);
    assert_eq!(layout.direction, Direction::Rtl);
    assert!(
        layout.lines[0].text.ends_with(":CNN"),
        "{}",
        dump(&layout.lines[0].text)
    );
}

fn letters_are_counted_by_their_direction() {
    use qari_layout::LetterCount;
    // "Galaxy S25: المَراجعة": seven Latin letters, eight Arabic ones; the
    // fatha, the digits and the colon count for neither.
    let mixed =
        "Galaxy S25: \u{0627}\u{0644}\u{0645}\u{064E}\u{0631}\u{0627}\u{062C}\u{0639}\u{0629}";
    let count = LetterCount::of(mixed);
    assert_eq!((count.ltr, count.rtl), (7, 8));
    assert_eq!(count.all(), 15);
    assert_eq!(count.of_direction(Direction::Rtl), 8);
    // Hebrew, Syriac, Thaana and the presentation forms are right to left;
    // Greek, Cyrillic and CJK left to right.
    let other = "\u{05E9}\u{0710}\u{0783}\u{FEFB} \u{03B1}\u{0434}\u{4E2D}";
    assert_eq!(LetterCount::of(other), LetterCount { ltr: 3, rtl: 4 });
    // What an isolate holds is another text's; counts add up.
    let mut count = LetterCount::of("ab \u{2068}\u{0642}\u{0627}\u{2069}");
    assert_eq!(count, LetterCount { ltr: 2, rtl: 0 });
    count.add("\u{0642}");
    assert_eq!(count, LetterCount { ltr: 2, rtl: 1 });
}

fn digits_inside_an_rtl_sentence_keep_their_order() {
    // "في 2022" : in 2022.
    let text = "\u{0641}\u{064A} 2022";
    assert_visual(text, None, false, &["2022 \u{064A}\u{0641}"]);
}

fn latin_word_inside_arabic_and_arabic_inside_english() {
    let text = "\u{0642}\u{0627}\u{0644} BBC \u{0627}\u{0644}\u{064A}\u{0648}\u{0645}";
    assert_visual(
        text,
        None,
        false,
        &["\u{0645}\u{0648}\u{064A}\u{0644}\u{0627} BBC \u{0644}\u{0627}\u{0642}"],
    );
    let text = "I read \u{0643}\u{062A}\u{0627}\u{0628} today";
    assert_visual(
        text,
        None,
        false,
        &["I read \u{0628}\u{0627}\u{062A}\u{0643} today"],
    );
}

fn rtl_lines_wrap_in_logical_order() {
    // Three two-letter words at width 5: the first two words on the first line.
    let (a, b, c) = ("\u{0645}\u{0646}", "\u{0641}\u{064A}", "\u{0639}\u{0646}");
    let text = format!("{a} {b} {c}");
    let rev = |s: &str| s.chars().rev().collect::<String>();
    assert_visual(
        &text,
        Some(5),
        false,
        &[&format!("{} {}", rev(b), rev(a)), &rev(c)],
    );
}

fn lam_alef_is_two_cells_unshaped_and_one_ligature_shaped() {
    let text = "\u{0644}\u{0627}";
    let plain = layout_paragraph(text, &opts(None, false));
    let line = &plain.lines[0];
    assert_eq!((line.width, line.cells.len()), (2, 2));
    assert_eq!(line.text, "\u{0627}\u{0644}");

    let shaped = layout_paragraph(text, &opts(None, true));
    let line = &shaped.lines[0];
    assert_eq!((line.width, line.cells.len()), (1, 1));
    assert_eq!(line.text, "\u{FEFB}");
    assert_eq!((line.cells[0].offset, line.cells[0].len), (0, 2));
    // After a joining letter the ligature takes its final form and the letter before
    // it its initial form: "بلا".
    assert_visual(
        "\u{0628}\u{0644}\u{0627}",
        None,
        true,
        &["\u{FEFC}\u{FE91}"],
    );
}

fn shaping_gives_all_four_forms() {
    // ببب ب : initial, medial, final, then an isolated one.
    assert_visual(
        "\u{0628}\u{0628}\u{0628} \u{0628}",
        None,
        true,
        &["\u{FE8F} \u{FE90}\u{FE92}\u{FE91}"],
    );
    // A haraka between letters does not stop them joining: بَب.
    assert_visual(
        "\u{0628}\u{064E}\u{0628}",
        None,
        true,
        &["\u{FE90}\u{FE91}\u{064E}"],
    );
    // ZWNJ stops joining (it belongs to the cluster before it); ZWJ forces joining.
    assert_visual(
        "\u{0628}\u{200C}\u{0628}",
        None,
        true,
        &["\u{FE8F}\u{FE8F}\u{200C}"],
    );
    // The joiner has done its work in the shaped glyph and is not sent (tmux
    // draws the character after a ZWJ into the same cell); unshaped, the
    // terminal that joins the letters needs it.
    assert_visual("\u{0628}\u{200D}", None, true, &["\u{FE91}"]);
    assert_visual(
        "\u{0634}\u{200D}\u{064A} \u{0628}",
        None,
        true,
        &["\u{FE8F} \u{FEF2}\u{FEB7}"],
    );
    assert_visual("\u{0628}\u{200D}", None, false, &["\u{0628}\u{200D}"]);
    // After a letter with no joining forms, a digit or a space, the same.
    assert_visual("a\u{200D}b 1\u{200D}", None, true, &["ab 1"]);
    // Inside an emoji sequence it stays: the sequence is one cluster.
    assert_visual(
        "\u{1F468}\u{200D}\u{1F469}",
        None,
        true,
        &["\u{1F468}\u{200D}\u{1F469}"],
    );
    // Right-joining dal breaks the chain after it: بدب.
    assert_visual(
        "\u{0628}\u{062F}\u{0628}",
        None,
        true,
        &["\u{FE8F}\u{FEAA}\u{FE91}"],
    );
}

fn offsets(layout: &ParagraphLayout) -> Vec<(u32, u32)> {
    let mut v: Vec<(u32, u32)> = layout
        .lines
        .iter()
        .flat_map(|l| l.cells.iter().map(|c| (c.offset, c.len)))
        .collect();
    v.sort_unstable();
    v
}

fn shaping_never_changes_offsets() {
    // "أعلن اتحاد صناعة في (2022)": joining letters of all kinds, no lam-alef.
    let text = "\u{0623}\u{0639}\u{0644}\u{0646} \u{0627}\u{062A}\u{062D}\u{0627}\u{062F} \
                \u{0635}\u{0646}\u{0627}\u{0639}\u{0629} \u{0641}\u{064A} (2022)";
    for width in [None, Some(6), Some(12)] {
        let plain = layout_paragraph(text, &opts(width, false));
        let shaped = layout_paragraph(text, &opts(width, true));
        assert_eq!(offsets(&plain), offsets(&shaped), "width {width:?}");
        for (p, s) in plain.lines.iter().zip(&shaped.lines) {
            assert_eq!((p.start, p.end, p.width), (s.start, s.end, s.width));
        }
        let all = |l: &ParagraphLayout| l.lines.iter().map(|l| l.text.clone()).collect::<String>();
        assert_ne!(all(&plain), all(&shaped), "shaping changed the drawn text");
    }
}
