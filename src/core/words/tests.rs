//! Words found from a point near the cursor against the whole paragraph's.

use proptest::prelude::*;

use super::*;

/// Characters that the word-boundary rules treat differently: letters of
/// several scripts, marks, joiners, digits and the punctuation inside numbers
/// and words, spaces of every kind (the narrow no-break space joins words),
/// emoji and regional indicators.
const POOL: &[char] = &[
    'ب', 'ا', 'ل', 'ة', '\u{064E}', '\u{0651}', '٣', 'a', 'Z', 'é', '\u{0301}', 'א', '"', 'ア',
    '3', '7', '.', ',', ':', '\'', '’', '_', '-', ' ', ' ', ' ', '\t', '\u{A0}', '\u{202F}',
    '\u{2009}', '\u{3000}', '\u{85}', '\u{200D}', '\u{200C}', '\u{FEFF}', '😀', '🇸', '🇦', '!',
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(POOL), 0..400).prop_map(|c| c.into_iter().collect())
}

fn at(text: &str, offset: usize) -> At {
    let byte = text
        .char_indices()
        .nth(offset)
        .map_or(text.len(), |(b, _)| b);
    At { byte, offset }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn words_near_a_point_are_the_whole_paragraph_s(
        text in text(),
        pick in 0usize..1000,
        window in 1usize..64,
        limit in 1usize..200,
    ) {
        let all: Vec<Range<usize>> = words(&text).collect();
        let chars = text.chars().count();
        let from = pick % (chars + 1);
        let point = at(&text, from);
        let after: Vec<_> = all.iter().filter(|w| w.end > from).cloned().collect();
        let before: Vec<_> = all.iter().rev().filter(|w| w.start < from).cloned().collect();
        prop_assert_eq!(words_after(&text, point).collect::<Vec<_>>(), after.clone());
        prop_assert_eq!(words_before(&text, point).collect::<Vec<_>>(), before.clone());
        // Small windows and scans: many windows, and starts given up on.
        prop_assert_eq!(words_after_within(&text, point, limit).collect::<Vec<_>>(), after);
        prop_assert_eq!(
            words_before_within(&text, point, window, limit).collect::<Vec<_>>(),
            before
        );
    }
}

#[test]
fn words_are_letters_and_digits_between_boundaries() {
    let text = "قال: الرئيسُ 2022، don't";
    let got: Vec<&str> = words(text)
        .map(|w| {
            let s: String = text.chars().skip(w.start).take(w.len()).collect();
            s.leak() as &str
        })
        .collect();
    assert_eq!(got, ["قال", "الرئيسُ", "2022", "don't"]);
}

#[test]
fn a_long_line_is_segmented_only_near_the_point() {
    // One 8 MB line: from its middle, the next and previous words come from
    // a window, not from the line's start (which would be slow here only in
    // time, so the windows' reach is checked: a start within the scan).
    let line = "كلمة ".repeat(800_000);
    let middle = line.len() / 2;
    let mut byte = middle;
    while !line.is_char_boundary(byte) {
        byte -= 1;
    }
    let offset = line[..byte].chars().count();
    let point = At { byte, offset };
    let start = boundary_before(&line, point, SCAN_LIMIT);
    assert!(point.byte - start.byte < 16, "{start:?}");
    assert_eq!(start.offset, line[..start.byte].chars().count());
    let next = words_after(&line, point).next().expect("a word");
    let prev = words_before(&line, point).next().expect("a word");
    assert!(next.end > offset && next.start <= offset + 5, "{next:?}");
    assert!(prev.start < offset && prev.start + 10 > offset, "{prev:?}");
}
