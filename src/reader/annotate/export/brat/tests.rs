//! brat import against hostile files: conflicting and repeated spans, merged
//! fragments, spans that cut a character, lines that are not brat.

use super::*;

fn spans(read: &BratImport) -> Vec<(Range<usize>, Option<Label>)> {
    read.spans
        .iter()
        .map(|s| (s.span.clone(), s.label))
        .collect()
}

#[test]
fn a_label_overlapping_an_earlier_one_is_refused_by_line() {
    let text = "Kassym Tokayev spoke in Almaty today.";
    let ann = "T1\tPerson 0 10\tKassym Tok\n\
               T3\tOrganization 0 10\tKassym Tok\n\
               T2\tLocation 5 15\tm Tokayev \n\
               T4\tPerson 0 10\tKassym Tok\n";
    let read = from_brat(text, ann);
    // The first stays; the same span with the same label is a repeat, left
    // for the caller to count as already there.
    assert_eq!(
        spans(&read),
        vec![(0..10, Some(Label::Person)), (0..10, Some(Label::Person))]
    );
    assert_eq!(read.problems.len(), 2, "{:?}", read.problems);
    assert_eq!(
        read.problems[0],
        "line 2: Organization 0-10 conflicts with Person 0-10 on line 1; the first is kept"
    );
    assert!(
        read.problems[1].starts_with("line 3: Location 5-15 conflicts with Person 0-10 on line 1")
    );
}

#[test]
fn an_id_defined_twice_keeps_the_first() {
    let text = "Kassym Tokayev spoke in Almaty today.";
    let ann = "T1\tPerson 0 6\tKassym\nT1\tLocation 24 30\tAlmaty\n";
    let read = from_brat(text, ann);
    assert_eq!(spans(&read), vec![(0..6, Some(Label::Person))]);
    assert_eq!(read.problems, ["line 2: T1 is already defined on line 1"]);
}

#[test]
fn fragments_merged_across_more_than_a_line_end_are_said() {
    let text = "ab cd\nef\ngh";
    let ann = "T1\tPerson 0 2;3 5\tab cd\nT2\tLocation 6 8;9 11\tef gh\n";
    let read = from_brat(text, ann);
    assert_eq!(
        spans(&read),
        vec![(0..5, Some(Label::Person)), (6..11, Some(Label::Location))]
    );
    // Only the first: a line end between fragments is how a span across
    // lines is written.
    assert_eq!(
        read.notices,
        ["line 1: fragments 0-2;3-5 merged into one passage 0-5"]
    );
    assert!(read.problems.is_empty(), "{:?}", read.problems);
}

#[test]
fn a_span_ending_between_a_letter_and_its_shadda_takes_the_whole_letter() {
    // محمّد: the shadda (U+0651) is the fourth code point, on the third letter.
    let text = "\u{645}\u{62D}\u{645}\u{651}\u{62F} \u{642}\u{627}\u{644}";
    let ann = "T1\tPerson 0 3\t\u{645}\u{62D}\u{645}\n";
    let read = from_brat(text, ann);
    assert_eq!(spans(&read), vec![(0..4, Some(Label::Person))]);
    assert_eq!(read.notices, ["line 1: 0-3 cuts a character; taken as 0-4"]);
    // One starting on the mark starts at its letter.
    let read = from_brat(text, "T1\tPerson 3 5\t\u{651}\u{62F}\n");
    assert_eq!(spans(&read), vec![(2..5, Some(Label::Person))]);
}

#[test]
fn a_line_that_is_not_brat_is_not_counted_as_a_relation() {
    let read = from_brat("abc", "garbage here\nR1\tOrigin Arg1:T1 Arg2:T2\n");
    assert_eq!(
        read.problems,
        [
            "line 1: not a brat annotation line",
            "line 2: R lines (relations, events, attributes) are not imported"
        ]
    );
}
