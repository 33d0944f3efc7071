//! Bad input for the quotation and grouping rules: marks, colons and verbs in
//! their thousands on one line, a letter under thousands of marks, text with no
//! Arabic. Nothing panics, and the time grows with the text, not its square
//! (eight times the text may take at most twenty-four times as long: a rule
//! that went back over the line at every mark would take sixty-four, and the
//! margin of three leaves room for a machine busy with other work).

use std::time::{Duration, Instant};

use qari_recognize::Kind;

use super::quotes::recognizer;

/// Every trap of the rules at once: straight marks both ways, lone closing and
/// opening marks, colons after verbs, a verse never closed, a relayed source.
const TRAPS: &str = "قال الوزير: \" نعم \"، قال. » قال مصدر: « \" : ﴿ ونقلت عن مسؤول قوله: ";

fn time(text: &str) -> Duration {
    // The best of five, so another build on the machine counts less.
    (0..5)
        .map(|_| {
            let start = Instant::now();
            let rec = recognizer().recognize(text);
            let took = start.elapsed();
            let chars = text.chars().count();
            assert!(rec.mentions.iter().all(|m| m.span.end <= chars));
            took
        })
        .min()
        .unwrap_or_default()
}

#[test]
fn a_line_of_traps_takes_linear_time() {
    let small = TRAPS.repeat(250);
    let large = TRAPS.repeat(2000);
    let (t1, t8) = (time(&small), time(&large));
    assert!(
        t8 < t1 * 24 + Duration::from_millis(50),
        "{} bytes: {t1:?}; {} bytes: {t8:?}",
        small.len(),
        large.len()
    );
}

#[test]
fn thousands_of_marks_never_closed_take_linear_time() {
    for unit in [
        "\" ",
        "» ",
        "« ",
        ": ",
        "﴿ ",
        "قال: ",
        "لن نقبل، قال ",
        // The outlets' cues: after ل, a dash, a paper, a dateline, a tatweel.
        "قال لـ\"",
        " - ",
        "صحيفة ",
        "القاهرة - ",
        "لـعنب ",
    ] {
        let (t1, t8) = (time(&unit.repeat(2_500)), time(&unit.repeat(20_000)));
        assert!(
            t8 < t1 * 24 + Duration::from_millis(50),
            "{unit:?}: {t1:?} then {t8:?}"
        );
    }
}

#[test]
fn a_name_or_a_comma_repeated_thousands_of_times_takes_linear_time() {
    // Each once read as one name of thousands of words, or a run of commas
    // read again from each comma, by a rule that walked the whole run.
    for unit in ["منظمة الصحة ", "بي بي سي ", "، ", "محمد - ", " - "] {
        let (t1, t8) = (time(&unit.repeat(2_500)), time(&unit.repeat(20_000)));
        assert!(
            t8 < t1 * 24 + Duration::from_millis(50),
            "{unit:?}: {t1:?} then {t8:?}"
        );
    }
}

#[test]
fn marks_at_the_very_start_and_end_of_the_text() {
    for text in [
        "«نعم»، قال الوزير.",
        "«لا»",
        "\"",
        "»",
        ":",
        "﴿",
        "قال: «",
        "«نعم» «لا»",
    ] {
        let rec = recognizer().recognize(text);
        assert!(
            rec.mentions
                .iter()
                .all(|m| m.span.end <= text.chars().count()),
            "{text}"
        );
    }
    let rec = recognizer().recognize("«نعم»، قال الوزير.");
    assert!(
        rec.mentions.iter().any(|m| m.kind == Kind::Quote),
        "a short quote a verb follows"
    );
}

#[test]
fn a_letter_under_ten_thousand_marks() {
    let text = format!("قال{}: «نعم هذا صحيح تماما»", "\u{0651}".repeat(10_000));
    let rec = recognizer().recognize(&text);
    assert!(rec
        .mentions
        .iter()
        .all(|m| m.span.end <= text.chars().count()));
}

#[test]
fn english_only_text_is_read_by_the_same_marks() {
    let text = "The minister said: \"We will rebuild.\" Critics called it a \"plan\".\n\"Unclosed quote at the end";
    let rec = recognizer().recognize(text);
    let quotes: Vec<String> = rec
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Quote)
        .map(|m| text.chars().skip(m.span.start).take(m.span.len()).collect())
        .collect();
    // Speech after a colon and a mark opening a paragraph are quotes (less the
    // sentence's stop); a one-word term is not.
    assert_eq!(quotes, ["We will rebuild", "Unclosed quote at the end"]);
}

#[test]
fn a_list_of_names_groups_without_blowing_up() {
    let names: Vec<String> = (0..3000)
        .map(|i| format!("محمد{} الأحمد، ", i % 50))
        .collect();
    let text = format!("وقال {}: «هذا بيان مشترك من الجميع».", names.concat());
    let start = Instant::now();
    let rec = recognizer().recognize(&text);
    assert!(start.elapsed() < Duration::from_secs(30));
    assert!(rec.entities.len() <= rec.mentions.len() + 1);
}

#[test]
fn english_text_names_nothing_absurd() {
    let recognizer = qari_recognize::Recognizer::builtin().expect("weights");
    let text = "Line 1 of the fixture, a paragraph of plain text.\n".repeat(12);
    let found = recognizer.recognize(&text);
    let names: Vec<_> = found
        .mentions
        .iter()
        .filter(|m| {
            matches!(
                m.kind,
                qari_recognize::Kind::Person
                    | qari_recognize::Kind::Location
                    | qari_recognize::Kind::Organization
            )
        })
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

/// A text cut off after any of its words (a truncated download, a pipe that
/// stopped): the quotation and speaker rules look past a verb, a mark or a
/// colon for words that are not there, and must find none, not fail.
#[test]
fn a_text_cut_after_any_word_is_read_without_failing() {
    let passages: Vec<&str> = include_str!("quotes-news.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with(['#', '=']))
        .take(40)
        .collect();
    assert!(passages.len() >= 30, "the news set's passages");
    let mut cuts = 0;
    for passage in passages {
        let ends = passage
            .char_indices()
            .filter(|&(_, c)| c == ' ')
            .map(|(i, _)| i)
            .chain([passage.len()]);
        for end in ends {
            let text = &passage[..end];
            let rec = recognizer().recognize(text);
            let len = text.chars().count();
            assert!(rec.mentions.iter().all(|m| m.span.end <= len), "{text}");
            cuts += 1;
        }
    }
    assert!(cuts > 500, "{cuts} cuts");
    // The case that failed: a quote, then a verb the text ends with.
    let text = "قال الوزير: « نعم » وقال";
    let rec = recognizer().recognize(text);
    assert!(rec.mentions.iter().any(|m| m.kind == Kind::Quote), "{text}");
}
