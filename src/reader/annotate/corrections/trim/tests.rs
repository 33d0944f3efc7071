use super::super::tests::correction;
use super::super::{apply, Label, Lexicon};
use crate::reader::annotate::labels::tests::consistent;
use qari_recognize::{Entity, Kind, Mention, Recognition};

/// A title the tagger once took for a person alone, then ran into a name;
/// a university named for the title; a father called by his son's name.
const TEXT: &str = "وقال المحقق العدلي إن الملف مكتمل. وأكد المحقق العدلي طارق البيطار ذلك، \
                    وقال البيطار إن جامعة المحقق العدلي الدولية مستقلة. وأضاف صلاح الأب أن ابنه تعب.";

/// Code points of the `nth` `what` in the text.
fn at(what: &str, nth: usize) -> std::ops::Range<usize> {
    let (byte, _) = TEXT.match_indices(what).nth(nth).expect("in the text");
    let start = TEXT[..byte].chars().count();
    start..start + what.chars().count()
}

fn rec() -> Recognition {
    let m = |kind, what, nth, entity| Mention {
        kind,
        span: at(what, nth),
        entity,
        speaker: None,
    };
    let e = |kind, name: &str, mentions| Entity {
        kind,
        name: name.into(),
        mentions,
    };
    Recognition {
        mentions: vec![
            m(Kind::Person, "المحقق العدلي", 0, 0),
            m(Kind::Person, "المحقق العدلي طارق البيطار", 0, 1),
            m(Kind::Person, "البيطار", 1, 1),
            m(Kind::Organization, "جامعة المحقق العدلي الدولية", 0, 2),
            m(Kind::Person, "صلاح الأب", 0, 3),
        ],
        entities: vec![
            e(Kind::Person, "المحقق العدلي", vec![0]),
            e(Kind::Person, "المحقق العدلي طارق البيطار", vec![1, 2]),
            e(Kind::Organization, "جامعة المحقق العدلي الدولية", vec![3]),
            e(Kind::Person, "صلاح الأب", vec![4]),
        ],
    }
}

/// Each mention's text and its entity's name.
fn shown(r: &Recognition) -> Vec<(String, String)> {
    r.mentions
        .iter()
        .map(|m| {
            let t: String = TEXT.chars().skip(m.span.start).take(m.span.len()).collect();
            (t, r.entities[m.entity].name.clone())
        })
        .collect()
}

fn pair(text: &str, name: &str) -> (String, String) {
    (text.into(), name.into())
}

const WHEN: &str = "2026-01-01T00:00:00Z";

#[test]
fn corrected_words_at_a_mention_s_start_or_end_leave_it() {
    let lexicon = Lexicon::of([
        correction("المحقق العدلي", Label::NotEntity, WHEN),
        correction("الأب", Label::NotEntity, WHEN),
    ]);
    let out = apply(TEXT, &rec(), &lexicon).expect("changed");
    consistent(&out);
    assert_eq!(
        shown(&out),
        vec![
            // The title alone went, the name it ran into stays one entity.
            pair("طارق البيطار", "طارق البيطار"),
            pair("البيطار", "طارق البيطار"),
            // Inside a name, the corrected words are that name's.
            pair("جامعة المحقق العدلي الدولية", "جامعة المحقق العدلي الدولية"),
            pair("صلاح", "صلاح"),
        ]
    );
}

#[test]
fn a_mention_keeps_a_word_and_other_labels_read_what_is_left() {
    // Both words of صلاح الأب corrected: the first goes, the last is kept
    // and read as its own correction says, a place.
    let lexicon = Lexicon::of([
        correction("صلاح", Label::NotEntity, WHEN),
        correction("الأب", Label::Location, WHEN),
    ]);
    let out = apply(TEXT, &rec(), &lexicon).expect("changed");
    consistent(&out);
    assert_eq!(shown(&out).last(), Some(&pair("الأب", "الأب")));
    assert_eq!(out.mentions.last().map(|m| m.kind), Some(Kind::Location));
    // A correction of no mention's edge changes nothing, and the result is
    // not copied.
    let lexicon = Lexicon::of([correction("طارق", Label::NotEntity, WHEN)]);
    assert_eq!(apply(TEXT, &rec(), &lexicon), None);
}
