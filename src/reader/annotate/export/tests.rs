//! Exports checked against what their formats specify: JSON Lines fields,
//! the W3C Web Annotation model's collection, bodies and selectors, brat
//! standoff lines (code point offsets, fragments across lines, notes), and
//! brat import with its problems reported, plus a brat round trip.

use std::ops::Range;

use crate::reader::annotate::export::{brat, jsonl, markdown, w3c};
use crate::reader::annotate::{apply_labels, place_all, Annotation, Label, Placed};
use qari_recognize::{Entity, Kind, Mention, Recognition};
use serde_json::Value;

const TEXT: &str =
    "قال الرئيس توكاييف إن البلاد تواجه محاولة انقلاب.\nوأضاف أن القوات ستبقى في موسكو.";

fn span_of(text: &str, needle: &str) -> Range<usize> {
    let byte = text.find(needle).expect("needle");
    let start = text[..byte].chars().count();
    start..start + needle.chars().count()
}

fn cps(text: &str, span: Range<usize>) -> String {
    text.chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect()
}

fn ann(id: &str, needle: &str, note: &str, label: Option<Label>) -> Annotation {
    let mut a = Annotation::new(
        id.into(),
        TEXT,
        span_of(TEXT, needle),
        "2026-11-29T09:00:00.000Z",
    );
    a.note = note.into();
    a.label = label;
    a
}

/// A note, a label, a note across the line break, and an orphan.
fn sample() -> Vec<Placed> {
    let mut orphan = ann("d", "توكاييف", "lost", None);
    orphan.quote.exact = "نص لم يعد موجودا".into();
    orphan.position.start = 400;
    orphan.position.end = 416;
    place_all(
        TEXT,
        vec![
            ann("a", "توكاييف", "رئيس كازاخستان", Some(Label::Person)),
            ann("b", "موسكو", "", Some(Label::Organization)),
            ann("c", "انقلاب.\nوأضاف", "two\nlines", None),
            orphan,
        ],
    )
}

#[test]
fn json_lines_have_the_documented_fields_in_code_points() {
    let out = jsonl::to_json_lines(TEXT, &sample());
    let rows: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object per line"))
        .collect();
    assert_eq!(rows.len(), 4);
    for row in &rows {
        let keys: Vec<&str> = row
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(
            keys,
            ["end", "exact", "id", "label", "note", "orphaned", "start"]
        );
    }
    let a = &rows[0];
    assert_eq!(a["start"], 11);
    assert_eq!(a["end"], 18);
    assert_eq!(a["exact"], "توكاييف");
    assert_eq!(a["label"], "person");
    assert_eq!(a["note"], "رئيس كازاخستان");
    assert_eq!(a["orphaned"], false);
    assert_eq!(rows[1]["label"], "organization");
    assert_eq!(rows[2]["note"], "two\nlines");
    assert_eq!(rows[2]["label"], Value::Null);
    let d = &rows[3];
    assert_eq!(d["orphaned"], true);
    assert_eq!(d["start"], Value::Null);
    assert_eq!(d["exact"], "نص لم يعد موجودا");
    for row in &rows[..3] {
        let (s, e) = (
            row["start"].as_u64().expect("start"),
            row["end"].as_u64().expect("end"),
        );
        let span = usize::try_from(s).expect("s")..usize::try_from(e).expect("e");
        assert_eq!(cps(TEXT, span), row["exact"].as_str().expect("exact"));
    }
}

#[test]
fn w3c_collection_follows_the_model() {
    let out = w3c::to_w3c(TEXT, "file:///news/خبر.txt", "abc123", "خبر.txt", &sample());
    let c: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(c["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(c["type"], "AnnotationCollection");
    assert_eq!(c["total"], 4);
    let page = &c["first"];
    assert_eq!(page["type"], "AnnotationPage");
    assert_eq!(page["startIndex"], 0);
    // One page: first and last, and it names its collection.
    assert_eq!(c["last"], page["id"]);
    assert_eq!(page["partOf"], c["id"]);
    let items = page["items"].as_array().expect("items");
    assert_eq!(items.len(), 4);
    for item in items {
        assert_eq!(item["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert_eq!(item["type"], "Annotation");
        assert!(item["id"]
            .as_str()
            .expect("id")
            .starts_with("urn:qari:annotation:"));
        assert_eq!(item["created"], "2026-11-29T09:00:00.000Z");
        assert_eq!(item["modified"], "2026-11-29T09:00:00.000Z");
        assert_eq!(item["target"]["source"], "file:///news/خبر.txt");
    }
    // A note and a label: two TextualBodies, commenting and tagging.
    let a = &items[0];
    let bodies = a["body"].as_array().expect("two bodies");
    assert_eq!(bodies[0]["type"], "TextualBody");
    assert_eq!(bodies[0]["purpose"], "commenting");
    assert_eq!(bodies[0]["value"], "رئيس كازاخستان");
    assert_eq!(bodies[1]["purpose"], "tagging");
    assert_eq!(bodies[1]["value"], "person");
    // Selectors: position in code points and the quote, as alternatives.
    let sel = a["target"]["selector"].as_array().expect("selectors");
    assert_eq!(sel[0]["type"], "TextPositionSelector");
    assert_eq!(
        (sel[0]["start"].clone(), sel[0]["end"].clone()),
        (11.into(), 18.into())
    );
    assert_eq!(sel[1]["type"], "TextQuoteSelector");
    assert_eq!(sel[1]["exact"], "توكاييف");
    assert_eq!(sel[1]["prefix"], "قال الرئيس ");
    assert!(sel[1]["suffix"]
        .as_str()
        .expect("suffix")
        .starts_with(" إن البلاد"));
    // A label alone: one body object with the tagging purpose.
    assert_eq!(items[1]["body"]["purpose"], "tagging");
    assert_eq!(items[1]["motivation"], "tagging");
    // The orphan has only its quote.
    let sel = items[3]["target"]["selector"]
        .as_array()
        .expect("selectors");
    assert_eq!(sel.len(), 1);
    assert_eq!(sel[0]["type"], "TextQuoteSelector");
    assert_eq!(sel[0]["exact"], "نص لم يعد موجودا");
}

#[test]
fn file_iris_encode_what_iris_forbid() {
    assert_eq!(w3c::file_iri("/a b/خبر%.txt"), "file:///a%20b/خبر%25.txt");
}

fn recognition() -> Recognition {
    // The recogniser found توكاييف as a person and موسكو as a place.
    Recognition {
        mentions: vec![
            Mention {
                kind: Kind::Person,
                span: span_of(TEXT, "توكاييف"),
                entity: 0,
                speaker: None,
            },
            Mention {
                kind: Kind::Location,
                span: span_of(TEXT, "موسكو"),
                entity: 1,
                speaker: None,
            },
        ],
        entities: vec![
            Entity {
                kind: Kind::Person,
                name: "توكاييف".into(),
                mentions: vec![0],
            },
            Entity {
                kind: Kind::Location,
                name: "موسكو".into(),
                mentions: vec![1],
            },
        ],
    }
}

#[test]
fn brat_lines_follow_the_standoff_format() {
    let placed = sample();
    let rec = apply_labels(&recognition(), &placed);
    let out = brat::to_brat(TEXT, &rec, &placed);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "T1\tPerson 11 18\tتوكاييف",
            "T2\tOrganization 75 80\tموسكو",
            "T3\tPassage 42 49;50 55\tانقلاب. وأضاف",
            "#1\tAnnotatorNotes T1\tرئيس كازاخستان",
            "#2\tAnnotatorNotes T3\ttwo lines",
        ]
    );
    // Every T line's text is the document's text at its code point offsets.
    for line in lines.iter().filter(|l| l.starts_with('T')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let offsets = cols[1].split_once(' ').expect("type").1;
        let texts: Vec<String> = offsets
            .split(';')
            .map(|p| {
                let (s, e) = p.split_once(' ').expect("pair");
                cps(TEXT, s.parse().expect("s")..e.parse().expect("e"))
            })
            .collect();
        assert_eq!(texts.join(" "), cols[2]);
    }
}

#[test]
fn brat_import_reads_the_documented_example_shape() {
    // The shape of brat's own standoff example: entities, a note, a relation.
    let text = "International Business Machines Corporation (IBM) is based in Armonk.";
    let ann = "T1\tOrganization 0 43\tInternational Business Machines Corporation\n\
               T2\tOrganization 45 48\tIBM\n\
               T3\tLocation 62 68\tArmonk\n\
               R1\tOrigin Arg1:T2 Arg2:T3\n\
               #1\tAnnotatorNotes T2\tabbreviation\n";
    let read = brat::from_brat(text, ann);
    let got: Vec<(Range<usize>, Option<Label>, &str)> = read
        .spans
        .iter()
        .map(|s| (s.span.clone(), s.label, s.note.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (0..43, Some(Label::Organization), ""),
            (45..48, Some(Label::Organization), "abbreviation"),
            (62..68, Some(Label::Location), ""),
        ]
    );
    assert_eq!(read.problems.len(), 1, "{:?}", read.problems);
    assert!(read.problems[0].starts_with("line 4:"));
}

#[test]
fn brat_import_reports_bad_lines_and_goes_on() {
    let ann = "T1\tWeapon 0 3\tقال\n\
               T2\tPerson 11 18\tخطأ\n\
               T3\tPerson 11 999\tتوكاييف\n\
               T4\tPerson eleven\tتوكاييف\n\
               T5\tPER 11 18\tتوكاييف\n\
               #1\tAnnotatorNotes T9\tnobody\n";
    let read = brat::from_brat(TEXT, ann);
    assert_eq!(read.spans.len(), 1);
    assert_eq!(read.spans[0].label, Some(Label::Person));
    assert_eq!(read.spans[0].span, 11..18);
    let problems = read.problems.join("\n");
    assert_eq!(read.problems.len(), 5, "{problems}");
    assert!(
        problems.contains("line 1: unknown type \"Weapon\""),
        "{problems}"
    );
    assert!(problems.contains("line 2: text"), "{problems}");
    assert!(problems.contains("line 3: offsets"), "{problems}");
    assert!(problems.contains("line 4:"), "{problems}");
    assert!(
        problems.contains("line 6: note for an unknown span"),
        "{problems}"
    );
}

#[test]
fn brat_import_refuses_fragments_out_of_order() {
    // Each fragment's text matches, but first start..last end would be the
    // reversed span 62..48: no annotation may come of it.
    let text = "International Business Machines Corporation (IBM) is based in Armonk.";
    let ann = "T1\tLocation 62 68;45 48\tArmonk IBM\n\
               T2\tOrganization 0 13;9 22\tInternational onal Business\n\
               T3\tOrganization 0 13;14 22\tInternational Business\n";
    let read = brat::from_brat(text, ann);
    let spans: Vec<Range<usize>> = read.spans.iter().map(|s| s.span.clone()).collect();
    assert_eq!(spans, vec![0..22]);
    let problems = read.problems.join("\n");
    assert_eq!(read.problems.len(), 2, "{problems}");
    assert!(
        problems.contains("line 1: fragments out of order"),
        "{problems}"
    );
    assert!(
        problems.contains("line 2: fragments out of order"),
        "{problems}"
    );
}

#[test]
fn brat_round_trip_keeps_spans_labels_and_notes() {
    let placed: Vec<Placed> = sample().into_iter().filter(|p| p.span.is_some()).collect();
    let rec = apply_labels(&Recognition::default(), &placed);
    let out = brat::to_brat(TEXT, &rec, &placed);
    let read = brat::from_brat(TEXT, &out);
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    let mut back: Vec<(Range<usize>, Option<Label>, String)> = read
        .spans
        .into_iter()
        .map(|s| (s.span, s.label, s.note))
        .collect();
    back.sort_by_key(|(s, _, _)| s.start);
    let mut want: Vec<(Range<usize>, Option<Label>, String)> = placed
        .iter()
        .map(|p| {
            let note = p.annotation.note.replace('\n', " ");
            (p.span.clone().expect("placed"), p.annotation.label, note)
        })
        .collect();
    want.sort_by_key(|(s, _, _)| s.start);
    assert_eq!(back, want);
}

#[test]
fn brat_keeps_not_an_entity_labels_through_a_round_trip() {
    // The reader said موسكو is not an entity (with a note why).
    let placed = place_all(
        TEXT,
        vec![ann(
            "n",
            "موسكو",
            "a newspaper here",
            Some(Label::NotEntity),
        )],
    );
    let rec = apply_labels(&recognition(), &placed);
    let out = brat::to_brat(TEXT, &rec, &placed);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "T1\tPerson 11 18\tتوكاييف",
            "T2\tNotEntity 75 80\tموسكو",
            "#1\tAnnotatorNotes T2\ta newspaper here",
        ]
    );
    let read = brat::from_brat(TEXT, &out);
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    let back = read
        .spans
        .iter()
        .find(|s| s.span == span_of(TEXT, "موسكو"))
        .expect("the label comes back");
    assert_eq!(back.label, Some(Label::NotEntity));
    assert_eq!(back.note, "a newspaper here");
}

#[test]
fn markdown_quotes_passages_and_lists_orphans() {
    let out = markdown::to_markdown("خبر.txt", TEXT, &sample());
    assert!(out.starts_with("# Annotations: خبر.txt\n\n> توكاييف\n\nرئيس كازاخستان\n\n*label: person · characters 11–18"));
    assert!(out.contains("> انقلاب.\n> وأضاف\n\ntwo\nlines\n"), "{out}");
    let (main, orphans) = out.split_once("## Orphaned").expect("orphan section");
    assert!(!main.contains("نص لم يعد موجودا"));
    assert!(
        orphans.contains("> نص لم يعد موجودا\n\nlost\n"),
        "{orphans}"
    );
    assert!(orphans.contains("was at characters 400–416"));
    // A note's line that would be a heading is kept as text; its other
    // Markdown stays.
    let mut notes = sample();
    notes[0].annotation.note = "# سطر أول\n  ## second\n- a point".to_string();
    let out = markdown::to_markdown("خبر.txt", TEXT, &notes);
    assert!(
        out.contains("\n\\# سطر أول\n\\## second\n- a point\n"),
        "{out}"
    );
    assert_eq!(out.matches("\n# ").count(), 0, "{out}");
}
