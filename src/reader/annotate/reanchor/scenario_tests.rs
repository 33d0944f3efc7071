//! Re-anchoring annotations after the document was edited: insertions and
//! deletions before the passage, edits inside and next to it, a moved
//! paragraph, a repeated quote told apart by its context, and orphans.

use std::ops::Range;

use crate::reader::annotate::{place_all, place_all_with_outcomes, Annotation, ReanchorOutcome};

const P1: &str = "قال الرئيس الكازاخستاني قاسم جومارت توكاييف إن البلاد تواجه محاولة انقلاب منظمة.";
const P2: &str = "وأضاف أن قوات حفظ السلام ستبقى في البلاد لفترة محدودة حتى استقرار الوضع.";
const P3: &str = "وذكرت وكالة الأنباء الرسمية أن الاحتجاجات بدأت في مدينة جاناوزين في الغرب.";

/// Code point span of the first occurrence of `needle` in `text`.
fn span_of(text: &str, needle: &str) -> Range<usize> {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    start..start + needle.chars().count()
}

fn cps(text: &str, span: &Range<usize>) -> String {
    text.chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect()
}

fn annotate(text: &str, needle: &str) -> Annotation {
    Annotation::new(
        "a".to_string(),
        text,
        span_of(text, needle),
        "2026-01-01T00:00:00.000Z",
    )
}

fn place_one(text: &str, ann: Annotation) -> (Option<Range<usize>>, ReanchorOutcome) {
    let (placed, outcome) = place_all_with_outcomes(text, vec![ann])
        .pop()
        .expect("one result");
    (placed.span, outcome)
}

fn doc(paragraphs: &[&str]) -> String {
    paragraphs.join("\n")
}

#[test]
fn unchanged_text_places_at_the_position() {
    let text = doc(&[P1, P2, P3]);
    let ann = annotate(&text, "قوات حفظ السلام");
    let (span, outcome) = place_one(&text, ann.clone());
    assert_eq!(outcome, ReanchorOutcome::Exact);
    assert_eq!(span, Some(span_of(&text, "قوات حفظ السلام")));
    // Arabic offsets are code points, not bytes.
    let span = span.expect("placed");
    assert_eq!(
        span.start,
        P1.chars().count() + 1 + "وأضاف أن ".chars().count()
    );
    assert_eq!(span.start, ann.position.start);
}

#[test]
fn insertion_before_the_passage_moves_it() {
    let old = doc(&[P1, P2, P3]);
    let ann = annotate(&old, "حفظ السلام");
    let new = doc(&["عنوان جديد أضيف في الأعلى.", P1, P2, P3]);
    let (span, outcome) = place_one(&new, ann);
    assert_eq!(outcome, ReanchorOutcome::Moved);
    let span = span.expect("placed");
    assert_eq!(span, span_of(&new, "حفظ السلام"));
    assert_eq!(cps(&new, &span), "حفظ السلام");
}

#[test]
fn deletion_before_the_passage_moves_it() {
    let old = doc(&[P1, P2, P3]);
    let ann = annotate(&old, "مدينة جاناوزين");
    let new = doc(&[P2, P3]);
    let (span, outcome) = place_one(&new, ann);
    assert_eq!(outcome, ReanchorOutcome::Moved);
    assert_eq!(cps(&new, &span.expect("placed")), "مدينة جاناوزين");
}

#[test]
fn an_edit_inside_the_passage_is_a_fuzzy_match() {
    let old = doc(&[P1, P2, P3]);
    let ann = annotate(&old, "قوات حفظ السلام ستبقى في البلاد");
    // One word changed inside the passage, and text inserted before it.
    let p2 = P2.replace("ستبقى", "ستظل");
    let new = doc(&["مقدمة قصيرة.", P1, &p2, P3]);
    let (span, outcome) = place_one(&new, ann);
    assert!(
        matches!(outcome, ReanchorOutcome::Fuzzy { distance } if distance <= 4),
        "{outcome:?}"
    );
    assert_eq!(
        cps(&new, &span.expect("placed")),
        "قوات حفظ السلام ستظل في البلاد"
    );
}

#[test]
fn an_edit_next_to_the_passage_keeps_it_exact_or_moved() {
    let old = doc(&[P1, P2, P3]);
    let ann = annotate(&old, "حفظ السلام");
    // The word before the passage changes length: the quote is intact elsewhere.
    let new = doc(&[P1, &P2.replace("قوات", "القوات الدولية"), P3]);
    let (span, outcome) = place_one(&new, ann.clone());
    assert_eq!(outcome, ReanchorOutcome::Moved);
    assert_eq!(cps(&new, &span.expect("placed")), "حفظ السلام");
    // The word after changes but not the offsets: still exact.
    let new = doc(&[P1, &P2.replace("ستبقى", "ستمكث"), P3]);
    let (span, outcome) = place_one(&new, ann);
    assert_eq!(outcome, ReanchorOutcome::Exact);
    assert_eq!(cps(&new, &span.expect("placed")), "حفظ السلام");
}

#[test]
fn a_moved_paragraph_is_followed() {
    let old = doc(&[P1, P2, P3]);
    let ann = annotate(&old, "الاحتجاجات بدأت");
    let new = doc(&[P3, P1, P2]);
    let (span, outcome) = place_one(&new, ann);
    assert_eq!(outcome, ReanchorOutcome::Moved);
    assert_eq!(span, Some(span_of(&new, "الاحتجاجات بدأت")));
}

#[test]
fn a_repeated_quote_is_told_apart_by_its_context() {
    // "في البلاد" occurs in P2 and, in the new text, in an added sentence too.
    let old = doc(&[P1, P2, P3]);
    let target = span_of(&old, "ستبقى في البلاد");
    let span = target.start + "ستبقى ".chars().count()..target.end;
    let ann = Annotation::new("a".into(), &old, span, "t");
    assert_eq!(ann.quote.exact, "في البلاد");
    let added = "الوضع في البلاد هادئ نسبيا.";
    let new = doc(&[added, P3, P2]);
    let (span, outcome) = place_one(&new, ann);
    assert_eq!(outcome, ReanchorOutcome::Moved);
    let expected = span_of(&new, "ستبقى في البلاد");
    assert_eq!(
        span,
        Some(expected.start + "ستبقى ".chars().count()..expected.end)
    );
}

#[test]
fn a_passage_that_is_gone_is_orphaned_not_dropped() {
    let old = doc(&[P1, P2, P3]);
    let gone = annotate(&old, "قاسم جومارت توكاييف");
    let kept = annotate(&old, "مدينة جاناوزين");
    let new = doc(&[P2, P3]);
    let placed = place_all(&new, vec![gone.clone(), kept]);
    assert_eq!(placed.len(), 2);
    assert_eq!(placed[0].span, None);
    assert_eq!(placed[0].annotation, gone, "kept with its quote");
    assert!(placed[1].span.is_some());
    assert_eq!(placed[0].refreshed(&new), gone);
}

#[test]
fn a_deleted_short_passage_is_not_pinned_on_a_look_alike() {
    // Numbered paragraphs: once "Paragraph 6" is gone, "Paragraph 7" (one
    // edit away) follows the old prefix, but not the old suffix.
    let said = [
        "Rain fell.",
        "Salt was dear.",
        "Iron rusted.",
        "Wool was spun.",
        "Corn grew tall.",
        "Silk came by sea.",
        "Tin was mined.",
        "Oaks were felled.",
        "Clay was fired.",
    ];
    let paragraphs: Vec<String> = said
        .iter()
        .enumerate()
        .map(|(i, s)| format!("Paragraph {i}: {s}"))
        .collect();
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let old = doc(&refs);
    let ann = annotate(&old, "Paragraph 6");
    let mut kept = refs.clone();
    kept.remove(6);
    let new = doc(&kept);
    let (span, outcome) = place_one(&new, ann.clone());
    assert_eq!((span, outcome), (None, ReanchorOutcome::Orphaned));
    // The same passage edited in place (its context intact) is still found.
    let edited = doc(&refs).replace("Paragraph 6:", "Paragraf 6:");
    let (span, outcome) = place_one(&edited, ann);
    assert!(
        matches!(outcome, ReanchorOutcome::Fuzzy { .. }),
        "{outcome:?}"
    );
    assert_eq!(cps(&edited, &span.expect("placed")), "Paragraf 6");
}

#[test]
fn refreshed_annotations_describe_the_new_place() {
    let old = doc(&[P1, P2]);
    let ann = annotate(&old, "حفظ السلام");
    let new = doc(&[P3, P1, P2]);
    let placed = place_all(&new, vec![ann.clone()]);
    let fresh = placed[0].refreshed(&new);
    assert_eq!(fresh.id, ann.id);
    assert_eq!(fresh.quote.exact, ann.quote.exact);
    assert_eq!(
        (fresh.position.start, fresh.position.end),
        (
            span_of(&new, "حفظ السلام").start,
            span_of(&new, "حفظ السلام").end
        )
    );
    let (span, outcome) = place_one(&new, fresh);
    assert_eq!(outcome, ReanchorOutcome::Exact);
    assert!(span.is_some());
}

#[test]
fn fuzzy_search_in_a_long_text_is_bounded() {
    // About 2 MB of text where the pieces of the quote occur very often.
    let filler = doc(&[P1, P3]).repeat(12_000);
    let old = format!("{filler}\n{P2}");
    let ann = annotate(&old, "قوات حفظ السلام ستبقى في البلاد");
    let new = format!("{filler}\n{}", P2.replace("حفظ", "صون"));
    let started = std::time::Instant::now();
    let (span, outcome) = place_one(&new, ann);
    let took = started.elapsed();
    assert!(
        matches!(outcome, ReanchorOutcome::Fuzzy { .. }),
        "{outcome:?}"
    );
    assert_eq!(
        cps(&new, &span.expect("placed")),
        "قوات صون السلام ستبقى في البلاد"
    );
    assert!(took.as_secs() < 20, "took {took:?}");
    println!(
        "fuzzy re-anchoring in {} MB: {took:?}",
        new.len() / 1_000_000
    );
    // Edited and moved far from its old position: the whole text is searched.
    let far = format!("{}\n{filler}", P2.replace("حفظ", "صون"));
    let ann = annotate(&old, "قوات حفظ السلام ستبقى في البلاد");
    let started = std::time::Instant::now();
    let (span, outcome) = place_one(&far, ann);
    let took = started.elapsed();
    assert!(
        matches!(outcome, ReanchorOutcome::Fuzzy { .. }),
        "{outcome:?}"
    );
    assert_eq!(span, Some(span_of(&far, "قوات صون السلام ستبقى في البلاد")));
    assert!(took.as_secs() < 20, "took {took:?}");
    println!(
        "fuzzy re-anchoring across {} MB: {took:?}",
        far.len() / 1_000_000
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text from a few Arabic letters and spaces, so quotes repeat and edits collide.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec!['ب', 'ت', 'ل', 'م', 'ا', ' ', 'ي']),
            20..200,
        )
        .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn placements_are_in_bounds_and_honest(
            old in text(),
            a in 0usize..200,
            len in 1usize..40,
            at in 0usize..200,
            cut in 0usize..30,
            insert in "[بتلما ي]{0,30}",
        ) {
            let n = old.chars().count();
            let start = a % n;
            let end = (start + len).min(n);
            let ann = Annotation::new("a".into(), &old, start..end, "t");
            // One edit: `cut` characters at `at` replaced by `insert`.
            let chars: Vec<char> = old.chars().collect();
            let at = at % (n + 1);
            let cut_end = (at + cut).min(n);
            let new: String = chars[..at]
                .iter()
                .chain(insert.chars().collect::<Vec<_>>().iter())
                .chain(chars[cut_end..].iter())
                .collect();
            let untouched = cut_end <= start || at >= end;
            let (span, outcome) = place_one(&new, ann.clone());
            let m = new.chars().count();
            match (span, outcome) {
                (Some(span), ReanchorOutcome::Exact | ReanchorOutcome::Moved) => {
                    prop_assert!(span.end <= m);
                    prop_assert_eq!(cps(&new, &span), ann.quote.exact.clone());
                }
                (Some(span), ReanchorOutcome::Fuzzy { distance }) => {
                    prop_assert!(span.start < span.end && span.end <= m);
                    prop_assert!(distance <= ann.quote.exact.chars().count() / 4);
                    prop_assert!(!untouched, "an untouched passage needs no fuzzy match");
                }
                (None, ReanchorOutcome::Orphaned) => {
                    prop_assert!(!untouched, "an untouched passage was orphaned");
                }
                other => prop_assert!(false, "inconsistent placement {:?}", other),
            }
        }
    }
}

#[test]
fn a_passage_longer_than_the_quote_cap_is_stored_short_and_found_whole() {
    // An 800,000-character quote once made `qari annotations` take 34 s.
    let long: String = (0..400).map(|i| format!("{P2} {i} ")).collect();
    let text = format!("{P1}\n{long}\n{P3}");
    let ann = annotate(&text, &long);
    let quoted = ann.quote.exact.chars().count();
    assert_eq!(quoted, crate::reader::annotate::QUOTE_MAX);
    assert_eq!(ann.position.end - ann.position.start, long.chars().count());
    let whole = span_of(&text, &long);
    assert_eq!(
        place_one(&text, ann.clone()),
        (Some(whole.clone()), ReanchorOutcome::Exact)
    );
    // Text inserted before it: found again, whole.
    let edited = format!("{P3}\n{text}");
    let (span, outcome) = place_one(&edited, ann.clone());
    assert_eq!(outcome, ReanchorOutcome::Moved);
    assert_eq!(span.map(|s| cps(&edited, &s)), Some(long.clone()));
    // Its end changed: the stored position no longer holds.
    let half: String = long.chars().take(long.chars().count() / 2).collect();
    let cut = format!("{P1}\n{half}\n{P3}");
    assert_ne!(place_one(&cut, ann).1, ReanchorOutcome::Exact);
}

#[test]
fn a_long_passage_keeps_its_end_when_text_is_written_or_cut_inside_it() {
    let long: String = (0..400).map(|i| format!("{P2} {i} ")).collect();
    let text = format!("{P1}\n{long}\n{P3}");
    let ann = annotate(&text, &long);
    let chars: Vec<char> = long.chars().collect();
    let middle = chars.len() / 2;
    let head: String = chars[..middle].iter().collect();
    let tail: String = chars[middle..].iter().collect();
    // Written inside: the passage is the longer text, to its old end.
    let grown = format!("{head}كلام جديد أضيف هنا {tail}");
    let edited = format!("{P1}\n{grown}\n{P3}");
    let (span, _) = place_one(&edited, ann.clone());
    assert_eq!(span.map(|s| cps(&edited, &s)), Some(grown));
    // Cut inside: the passage ends where it ended, not in the next paragraph.
    let shrunk: String = chars[..middle]
        .iter()
        .chain(&chars[middle + 300..])
        .collect();
    let edited = format!("{P1}\n{shrunk}\n{P3}");
    let (span, _) = place_one(&edited, ann);
    assert_eq!(span.map(|s| cps(&edited, &s)), Some(shrunk));
}
