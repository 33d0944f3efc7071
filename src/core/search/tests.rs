//! The matching rules, one normalisation at a time, on hits as code points.

// Lists of hits with one hit are meant.
#![allow(clippy::single_range_in_vec_init)]

use super::*;
use crate::core::document::Document;

/// The texts of the hits of `query` in `text`.
fn found(query: &str, text: &str) -> Vec<String> {
    let q = Query::new(query).expect("valid query");
    q.find_iter(text).map(|r| text[r].to_string()).collect()
}

#[test]
fn harakat_and_tatweel_in_the_text_are_matched_and_covered() {
    // "kataba" fully vowelled, and drawn out with tatweel.
    let text =
        "\u{0643}\u{064E}\u{062A}\u{064E}\u{0628}\u{064E} \u{0643}\u{0640}\u{0640}\u{062A}\u{0628}";
    assert_eq!(
        found("كتب", text),
        [
            "\u{0643}\u{064E}\u{062A}\u{064E}\u{0628}\u{064E}",
            "\u{0643}\u{0640}\u{0640}\u{062A}\u{0628}"
        ]
    );
}

#[test]
fn a_decimal_point_and_a_percent_sign_are_one_in_any_script() {
    let text = "بلغ التضخم ٣٫٢٪ في عام ٢٠٢٤ وبلغ النمو 7.5% في 2023";
    assert_eq!(found("3.2", text), ["٣٫٢"]);
    assert_eq!(found("3.2%", text), ["٣٫٢٪"]);
    assert_eq!(found("٧٫٥٪", text), ["7.5%"]);
    assert_eq!(found("7٫5", text), ["7.5"]);
    // A point is no other character: 325 is not 3.2 with 5.
    assert!(found("3.25", "3x25 ٣٢٥").is_empty());
}

#[test]
fn a_table_row_s_isolated_cells_are_found_as_the_screen_shows_them() {
    // A page's table cells, each isolated (FSI … PDI), and an embedding.
    let text = "\u{2068}مصر\u{2069} | \u{2068}1200\u{2069}\n\u{202B}غزة\u{202C} 350";
    assert_eq!(found("مصر | 1200", text), ["مصر\u{2069} | \u{2068}1200"]);
    assert_eq!(found("غزة 350", text), ["غزة\u{202C} 350"]);
}

#[test]
fn invisible_characters_inside_a_word_do_not_stop_a_search() {
    // A zero-width space and a soft hyphen that a web page left in words,
    // in Arabic and in Latin; a hit still covers them.
    let text = "\u{0643}\u{200B}\u{062A}\u{0627}\u{0628} news\u{00AD}paper";
    assert_eq!(
        found("كتاب", text),
        ["\u{0643}\u{200B}\u{062A}\u{0627}\u{0628}"]
    );
    assert_eq!(found("newspaper", text), ["news\u{00AD}paper"]);
    // Typed (or pasted) into the query, they are skipped too.
    assert_eq!(found("كت\u{200C}اب", "كتاب"), ["كتاب"]);
}

#[test]
fn harakat_and_tatweel_in_the_query_are_ignored() {
    assert_eq!(found("كَتَـبَ", "كتب"), ["كتب"]);
    assert_eq!(
        Query::new("\u{064E}\u{0640}").err(),
        Some(QueryError::Empty)
    );
}

#[test]
fn shadda_with_a_vowel_and_superscript_alef_are_marks_too() {
    let text = "\u{0645}\u{062D}\u{0645}\u{0651}\u{064E}\u{062F} \u{0647}\u{0670}\u{0630}\u{0627}";
    assert_eq!(
        found("محمد", text),
        ["\u{0645}\u{062D}\u{0645}\u{0651}\u{064E}\u{062F}"]
    );
    assert_eq!(found("هذا", text), ["\u{0647}\u{0670}\u{0630}\u{0627}"]);
}

#[test]
fn alef_variants_match_each_other() {
    let text = "أحمد إحمد آحمد ٱحمد احمد";
    for query in ["أحمد", "إحمد", "آحمد", "ٱحمد", "احمد"] {
        assert_eq!(found(query, text).len(), 5, "{query}");
    }
    // A hamza written as a mark after a bare alef is a mark like any other.
    assert_eq!(found("أحمد", "ا\u{0654}حمد"), ["ا\u{0654}حمد"]);
}

#[test]
fn yeh_and_waw_with_hamza_match_their_letter_and_a_hamza_mark() {
    // رئيس and رؤساء as some tools write them (NFD), with a kasra between.
    let text = "ري\u{0654}يس رو\u{0654}ساء ري\u{0650}\u{0654}يس رييس";
    assert_eq!(
        found("رئيس", text),
        ["ري\u{0654}يس", "ري\u{0650}\u{0654}يس"]
    );
    assert_eq!(found("رؤساء", text), ["رو\u{0654}ساء"]);
    // The letter alone is still another letter.
    assert_eq!(found("رئيس", "رييس"), Vec::<String>::new());
}

#[test]
fn a_latin_letter_is_found_composed_or_decomposed() {
    let text = "Cafe\u{0301} in Paris, café in Doha, cafe elsewhere, CAFÉ";
    assert_eq!(found("café", text), ["Cafe\u{0301}", "café", "CAFÉ"]);
    // Typed decomposed, the query means the same letter.
    assert_eq!(found("cafe\u{0301}", text), found("café", text));
    // The accented letter is not the plain one.
    assert!(found("café", "cafe").is_empty());
}

#[test]
fn alef_maqsura_and_yeh_match_each_other() {
    assert_eq!(found("على", "علي على"), ["علي", "على"]);
    assert_eq!(found("علي", "على"), ["على"]);
}

#[test]
fn teh_marbuta_and_heh_match_each_other() {
    assert_eq!(found("مدرسة", "مدرسه مدرسة"), ["مدرسه", "مدرسة"]);
    assert_eq!(found("مدرسه", "مدرسة"), ["مدرسة"]);
}

#[test]
fn digits_match_in_every_digit_set() {
    let text = "2022 ٢٠٢٢ ۲۰۲۲";
    for query in ["2022", "٢٠٢٢", "۲۰۲۲", "٢0۲2"] {
        assert_eq!(found(query, text), ["2022", "٢٠٢٢", "۲۰۲۲"], "{query}");
    }
    assert!(found("2023", text).is_empty());
}

#[test]
fn other_letters_stay_distinct() {
    assert!(found("كتب", "قتب").is_empty());
    assert!(found("ب", "ت").is_empty());
    assert!(found("a.c", "abc").is_empty());
    assert_eq!(found("a.c", "a.c"), ["a.c"]);
}

#[test]
fn smart_case() {
    let text = "Astana astana ASTANA";
    assert_eq!(found("astana", text).len(), 3);
    assert_eq!(found("Astana", text), ["Astana"]);
    assert_eq!(found("ASTANA", text), ["ASTANA"]);
    assert_eq!(found("\\rast.na", text).len(), 3);
    assert_eq!(found("\\rAst.na", text), ["Astana"]);
    // Escapes are not letters the user typed.
    assert_eq!(found("\\rast\\S+", text).len(), 3);
}

#[test]
fn spaces_match_runs_of_spaces_within_a_line() {
    assert_eq!(
        found("في  اليوم", "في اليوم في \t اليوم"),
        ["في اليوم", "في \t اليوم"]
    );
    assert!(found("في اليوم", "في\nاليوم").is_empty());
}

#[test]
fn a_phrase_is_found_in_vowelled_text() {
    // "kataba al-waladu": a haraka ends each word, before the space.
    let text = "كتبَ الولدُ الدرسَ\nكتب الولد الدرس";
    assert_eq!(found("كتب الولد", text), ["كتبَ الولدُ", "كتب الولد"]);
    // Typed as written, harakat and all.
    assert_eq!(found("كتبَ الولد", text).len(), 2);
    assert_eq!(found("محمد بن سلمان", "مُحَمَّدٌ بْنُ سَلْمَانَ"), ["مُحَمَّدٌ بْنُ سَلْمَانَ"]);
    // A Quranic pause mark between two words, spaced on both sides.
    assert_eq!(found("ريب فيه", "لَا رَيْبَ ۛ فِيهِ"), ["رَيْبَ ۛ فِيهِ"]);
    // Marks and spaces never reach past a line's end.
    assert!(found("كتب الولد", "كتبَ\nالولد").is_empty());
}

#[test]
fn a_long_alef_written_as_the_superscript_alef_is_an_alef() {
    // Quranic spelling: al-kitaabu with the superscript alef for the long a.
    assert_eq!(found("الكتاب", "ذَٰلِكَ ٱلْكِتَٰبُ"), ["ٱلْكِتَٰبُ"]);
    // Only inside a word: an alef that starts the query is a letter.
    assert!(found("ا", "ذَٰلِكَ").is_empty());
    assert!(found("الك", "ذَٰلِكَ").is_empty());
    // هٰذا is هذا whether or not the query writes its alef.
    assert_eq!(found("هذا", "هٰذَا").len(), 1);
}

#[test]
fn a_query_in_presentation_forms_finds_the_letters_they_show() {
    // "al-ra'is" as a PDF's text layer gives it: initial, medial and final forms.
    assert_eq!(found("ﺍﻟﺮﺋﻴﺲ", "قال الرئيس"), ["الرئيس"]);
    // The lam-alef ligature in a query is lam and alef.
    assert_eq!(found("ﻻ", "لا شيء"), ["لا"]);
}

#[test]
fn regex_mode() {
    assert_eq!(found("\\r[0-9]{4}", "in 2022, 15 of"), ["2022"]);
    assert_eq!(found("\\r^ab", "ab\nxab\nab"), ["ab", "ab"]);
    assert_eq!(found("\\rb$", "ab\nbc"), ["b"]);
    // Regex mode is the pattern as written: no Arabic folding.
    assert!(found("\\rأحمد", "احمد").is_empty());
}

#[test]
fn a_bad_regex_is_an_error_not_a_panic() {
    match Query::new("\\r(ab") {
        Err(QueryError::BadRegex(message)) => {
            assert!(!message.contains('\n'), "{message}");
            assert!(message.contains("unclosed group"), "{message}");
        }
        other => panic!("expected a bad regex, got {other:?}"),
    }
    assert_eq!(Query::new("\\r").err(), Some(QueryError::Empty));
    assert_eq!(Query::new("\\rx*").err(), Some(QueryError::MatchesEmpty));
    assert_eq!(Query::new("").err(), Some(QueryError::Empty));
}

#[test]
fn regex_hits_never_cross_a_line_end() {
    assert_eq!(found("\\ra\\s+b", "a\nb a  b"), ["a  b"]);
    assert_eq!(found("\\rx[^y]*", "x1\nx2"), ["x1", "x2"]);
}

#[test]
fn hits_take_the_marks_of_their_last_letter() {
    // "b" with a shadda and a fatha: the hit covers the whole cluster.
    assert_eq!(
        found("ب", "\u{0628}\u{0651}\u{064E}x"),
        ["\u{0628}\u{0651}\u{064E}"]
    );
    // A Latin letter and a combining accent.
    assert_eq!(found("e", "cafe\u{0301}!"), ["e\u{0301}"]);
    // A regex on the mark alone grows to the letter it sits on.
    assert_eq!(found("\\r\u{0301}", "cafe\u{0301}!"), ["e\u{0301}"]);
}

#[test]
fn hits_are_code_point_ranges_of_the_original_text() {
    let text = "قال\u{064E} ٢٠٢٢ qari\nقال";
    let q = Query::new("قال").expect("valid");
    let hits = q.hits(text);
    assert_eq!(hits, [0..4, 15..18]);
    let chars: Vec<char> = text.chars().collect();
    let first: String = chars[hits[0].clone()].iter().collect();
    assert_eq!(first, "قال\u{064E}");
    assert_eq!(Query::new("2022").expect("valid").hits(text), [5..9]);
}

fn doc(text: &str) -> Document {
    Document::from_bytes("t", text.as_bytes()).expect("text")
}

#[test]
fn next_and_previous_wrap_around() {
    let d = doc("ab x\nyy ab\nab");
    let q = Query::new("ab").expect("valid");
    let next = |from, after| next_hit(&d, &q, from, after).map(|f| (f.hit, f.wrapped));
    assert_eq!(next(0, false), Some((0..2, false)));
    assert_eq!(next(0, true), Some((8..10, false)));
    assert_eq!(next(8, true), Some((11..13, false)));
    assert_eq!(next(11, true), Some((0..2, true)));
    assert_eq!(next(13, false), Some((0..2, true)));
    let prev = |before| previous_hit(&d, &q, before).map(|f| (f.hit, f.wrapped));
    assert_eq!(prev(11), Some((8..10, false)));
    assert_eq!(prev(8), Some((0..2, false)));
    assert_eq!(prev(0), Some((11..13, true)));
    assert_eq!(prev(d.len()), Some((11..13, false)));
    let none = Query::new("zz").expect("valid");
    assert_eq!(next_hit(&d, &none, 0, false), None);
    assert_eq!(previous_hit(&d, &none, 5), None);
}

#[test]
fn previous_looks_back_past_many_lines() {
    let text = format!("ab\n{}x", "line without it\n".repeat(2000));
    let d = doc(&text);
    let q = Query::new("ab").expect("valid");
    assert_eq!(previous_hit(&d, &q, d.len()).map(|f| f.hit), Some(0..2));
}

#[test]
fn counting_in_slices_agrees_with_counting_at_once() {
    let text = "ab\n".repeat(500) + &"x ab ab\n".repeat(300);
    let q = Query::new("ab").expect("valid");
    let all = q.find_iter(&text).count();
    assert_eq!(all, 1100);
    let mark = text.len() / 2;
    let before = q.find_iter(&text).filter(|h| h.start < mark).count();
    let mut count = Count::new(mark);
    let mut steps = 0;
    let done = loop {
        steps += 1;
        match count.step(&q, &text, 100) {
            CountProgress::Running(share) => assert!(share < 100),
            CountProgress::Done { total, before } => break (total, before),
        }
    };
    assert_eq!(done, (all, before));
    assert!(steps > 10, "{steps}");
}

#[test]
fn seeking_in_slices_finds_what_next_and_previous_hit_find() {
    let text =
        "ab\n".to_string() + &"filler\n".repeat(400) + "ab here ab\n" + &"filler\n".repeat(400);
    let d = doc(&text);
    let q = Query::new("ab").expect("valid");
    let run = |from_char: usize, backward: bool| {
        let mut seek = Seek::new(byte_of(&d, from_char), backward);
        let mut steps = 0;
        loop {
            steps += 1;
            match seek.step(&q, d.text(), 64) {
                SeekProgress::Running => {}
                SeekProgress::Found { hit, wrapped } => {
                    break (Some((to_chars(&d, hit), wrapped)), steps)
                }
                SeekProgress::NotFound => break (None, steps),
            }
        }
    };
    let middle = text.find("ab here").expect("in the text");
    for from in [
        0,
        1,
        2,
        2000,
        middle,
        middle + 1,
        middle + 8,
        middle + 9,
        d.len(),
    ] {
        let expected = next_hit(&d, &q, from, false).map(|f| (f.hit, f.wrapped));
        assert_eq!(run(from, false).0, expected, "from {from}");
        let expected = previous_hit(&d, &q, from).map(|f| (f.hit, f.wrapped));
        assert_eq!(run(from, true).0, expected, "back from {from}");
    }
    // Far from a hit, it takes many bounded steps, either way.
    assert!(run(10, false).1 > 20);
    assert!(run(middle - 10, true).1 > 20);
    let none = Query::new("zz").expect("valid");
    for backward in [false, true] {
        for from in [0, 100, d.len()] {
            let mut seek = Seek::new(from, backward);
            let outcome = loop {
                match seek.step(&none, d.text(), 1 << 20) {
                    SeekProgress::Running => {}
                    other => break other,
                }
            };
            assert_eq!(outcome, SeekProgress::NotFound);
        }
    }
}

#[test]
fn a_range_searches_only_its_lines() {
    let text = "x ab\nab\nab";
    let q = Query::new("ab").expect("valid");
    let found: Vec<_> = q.find_in(text, 0..3).collect();
    assert_eq!(found, [2..4]);
    let found: Vec<_> = q.find_in(text, 3..6).collect();
    assert_eq!(found, [5..7]);
    assert_eq!(q.find_in(text, 5..5).count(), 0);
    assert_eq!(q.find_in(text, 8..10).collect::<Vec<_>>(), [8..10]);
}

#[test]
fn presentation_forms_in_the_text_match_the_letters_they_show() {
    // "السلام عليكم" as a PDF gives it: contextual forms and the lam-alef ligature.
    let text =
        "قال: \u{FE8D}\u{FEDF}\u{FEB4}\u{FEFC}\u{FEE1} \u{FECB}\u{FEE0}\u{FEF4}\u{FEDC}\u{FEE2}";
    assert_eq!(
        found("السلام", text),
        ["\u{FE8D}\u{FEDF}\u{FEB4}\u{FEFC}\u{FEE1}"]
    );
    assert_eq!(found("عليكم", text).len(), 1);
    assert_eq!(found("سلا", text), ["\u{FEB4}\u{FEFC}"]);
    // The plain text still matches, and a lam without alef is not a ligature.
    assert_eq!(found("السلام", "السلام"), ["السلام"]);
    assert!(found("سل", "\u{FEB4}\u{FEFC}").is_empty());
}

#[test]
fn the_hamzas_seats_are_one_letter() {
    let text = "قال المسئول إن المسؤول عن الملف غائب";
    assert_eq!(found("المسؤول", text), ["المسئول", "المسؤول"]);
    assert_eq!(found("المسئول", text), ["المسئول", "المسؤول"]);
}
