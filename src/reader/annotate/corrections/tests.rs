use super::*;
use crate::reader::annotate::labels::tests::consistent;

// "صورة أرشيفية" (archive photo) twice, a person نيكول باشينيان and his
// surname, a place موسكو, and a quote said by the person.
const TEXT: &str = "صورة أرشيفية قال نيكول باشينيان إن باشينيان سيزور موسكو صورة ارشيفيه";

fn mention(kind: Kind, span: Range<usize>, entity: usize) -> Mention {
    Mention {
        kind,
        span,
        entity,
        speaker: None,
    }
}

fn entity(kind: Kind, name: &str, mentions: Vec<usize>) -> Entity {
    Entity {
        kind,
        name: name.into(),
        mentions,
    }
}

fn rec() -> Recognition {
    let mut quote = mention(Kind::Quote, 32..55, 2);
    quote.speaker = Some(1);
    let mentions = vec![
        mention(Kind::Person, 5..12, 0),
        mention(Kind::Person, 17..31, 1),
        quote,
        mention(Kind::Person, 35..43, 1),
        mention(Kind::Location, 50..55, 3),
        mention(Kind::Person, 61..68, 0),
    ];
    Recognition {
        mentions,
        entities: vec![
            entity(Kind::Person, "أرشيفية", vec![0, 5]),
            entity(Kind::Person, "نيكول باشينيان", vec![1, 3]),
            entity(Kind::Quote, "إن باشينيان سيزور موسكو", vec![2]),
            entity(Kind::Location, "موسكو", vec![4]),
        ],
    }
}

pub(super) fn correction(name: &str, label: Label, modified: &str) -> Correction {
    Correction {
        name: name.into(),
        label,
        modified: modified.into(),
    }
}

fn texts(r: &Recognition) -> Vec<(Kind, String, String)> {
    r.mentions
        .iter()
        .map(|m| {
            let t: String = TEXT.chars().skip(m.span.start).take(m.span.len()).collect();
            (m.kind, t, r.entities[m.entity].name.clone())
        })
        .collect()
}

#[test]
fn the_fixture_spans_are_the_words() {
    let t = texts(&rec());
    assert_eq!(t[0].1, "أرشيفية");
    assert_eq!(t[1].1, "نيكول باشينيان");
    assert_eq!(t[3].1, "باشينيان");
    assert_eq!(t[4].1, "موسكو");
    assert_eq!(t[5].1, "ارشيفيه");
}

#[test]
fn not_an_entity_removes_every_spelling_of_the_name() {
    let lexicon = Lexicon::of([correction("أرشيفيّة", Label::NotEntity, "t")]);
    let r = apply(TEXT, &rec(), &lexicon).expect("changed");
    consistent(&r);
    assert_eq!(r.mentions.len(), 4);
    assert!(texts(&r).iter().all(|(_, t, _)| !t.contains("رشيف")));
    // The quote keeps its speaker.
    let quote = r
        .mentions
        .iter()
        .find(|m| m.kind == Kind::Quote)
        .expect("quote");
    assert_eq!(
        r.entities[quote.speaker.expect("speaker")].name,
        "نيكول باشينيان"
    );
}

#[test]
fn a_kind_moves_the_entity_and_its_mentions_stay_together() {
    let lexicon = Lexicon::of([
        correction("نيكول باشينيان", Label::Organization, "t"),
        correction("باشينيان", Label::Organization, "t"),
    ]);
    let r = apply(TEXT, &rec(), &lexicon).expect("changed");
    consistent(&r);
    let orgs: Vec<_> = texts(&r)
        .into_iter()
        .filter(|(k, _, _)| *k == Kind::Organization)
        .collect();
    assert_eq!(orgs.len(), 2);
    assert!(orgs.iter().all(|(_, _, e)| e == "نيكول باشينيان"));
    assert_eq!(r.mentions[1].entity, r.mentions[3].entity);
    // A moved entity of the kind of one already there joins it.
    let lexicon = Lexicon::of([correction("ارشيفيه", Label::Location, "t")]);
    let mut input = rec();
    input.entities[3].name = "أرشيفية".into();
    let r = apply(TEXT, &input, &lexicon).expect("changed");
    consistent(&r);
    let places: Vec<usize> = r
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Location)
        .map(|m| m.entity)
        .collect();
    assert_eq!(places.len(), 3);
    assert!(places.iter().all(|&e| e == places[0]));
}

#[test]
fn quotes_and_names_not_in_the_lexicon_are_left_alone() {
    let lexicon = Lexicon::of([correction("إن باشينيان سيزور موسكو", Label::NotEntity, "t")]);
    assert_eq!(apply(TEXT, &rec(), &lexicon), None);
    assert_eq!(apply(TEXT, &rec(), &Lexicon::default()), None);
}

#[test]
fn the_later_correction_of_a_name_wins_and_removal_finds_any_spelling() {
    let mut lexicon = Lexicon::of([
        correction("أرشيفية", Label::Person, "2026-01-02T00:00:00Z"),
        correction("ارشيفيه", Label::NotEntity, "2026-01-01T00:00:00Z"),
    ]);
    assert_eq!(lexicon.len(), 1);
    assert_eq!(lexicon.label("أرشيفيه"), Some(Label::Person));
    lexicon.insert(correction(
        "ارشيفية",
        Label::Location,
        "2026-01-03T00:00:00Z",
    ));
    assert_eq!(lexicon.label("أرشيفية"), Some(Label::Location));
    assert!(lexicon.remove("آرشيفيه").is_some());
    assert!(lexicon.is_empty());
    // Quote labels and empty names are not names.
    lexicon.insert(correction("قال", Label::Quote, "t"));
    lexicon.insert(correction("  ", Label::Person, "t"));
    assert!(lexicon.is_empty());
}

#[test]
fn an_entity_s_corrections_name_each_spelling_once() {
    let found = for_entity(TEXT, &rec(), 0, Label::NotEntity, "t");
    let names: Vec<&str> = found.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["أرشيفية"], "ارشيفيه folds to the same name");
    let found = for_entity(TEXT, &rec(), 1, Label::Location, "t");
    assert_eq!(found.len(), 2);
    assert!(for_entity(TEXT, &rec(), 2, Label::NotEntity, "t").is_empty());
    assert!(for_entity(TEXT, &rec(), 9, Label::NotEntity, "t").is_empty());
}

#[test]
fn a_described_speaker_stays_when_a_correction_changes_the_rest() {
    // The quote's speaker is a source the text only describes: an entity
    // with no mention, after the others.
    let mut input = rec();
    input.entities.push(Entity {
        kind: Kind::Person,
        name: "مصدر أمني".into(),
        mentions: Vec::new(),
    });
    input.mentions[2].speaker = Some(4);
    let lexicon = Lexicon::of([correction("أرشيفية", Label::NotEntity, "t")]);
    let r = apply(TEXT, &input, &lexicon).expect("changed");
    consistent(&r);
    let quote = r
        .mentions
        .iter()
        .find(|m| m.kind == Kind::Quote)
        .expect("quote");
    let speaker = &r.entities[quote.speaker.expect("a speaker")];
    assert_eq!(speaker.name, "مصدر أمني");
    assert!(speaker.mentions.is_empty());
}

/// الأمم المتحدة and للأمم المتحدة, whose mention starts after the first ل
/// (لأمم المتحدة): one entity, named with the article.
fn un() -> (&'static str, Recognition) {
    let text = "قالت الأمم المتحدة إن الأمين العام للأمم المتحدة سيزور غزة";
    let mentions = vec![
        mention(Kind::Organization, 5..18, 0),
        mention(Kind::Organization, 36..48, 0),
        mention(Kind::Location, 55..58, 1),
    ];
    let rec = Recognition {
        mentions,
        entities: vec![
            entity(Kind::Organization, "الأمم المتحدة", vec![0, 1]),
            entity(Kind::Location, "غزة", vec![2]),
        ],
    };
    (text, rec)
}

#[test]
fn a_name_after_lam_is_corrected_as_the_name_itself() {
    let (text, rec) = un();
    let spans: Vec<String> = rec
        .mentions
        .iter()
        .map(|m| text.chars().skip(m.span.start).take(m.span.len()).collect())
        .collect();
    assert_eq!(spans, ["الأمم المتحدة", "لأمم المتحدة", "غزة"]);
    // Labelling it remembers the name once, not its wording after ل.
    let made = for_entity(text, &rec, 0, Label::Location, "2026-12-04T00:00:00Z");
    let names: Vec<&str> = made.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["الأمم المتحدة"]);
    // And the name's correction reaches every mention of its entity.
    let lexicon = Lexicon::of(made);
    let out = apply(text, &rec, &lexicon).expect("the correction changes it");
    let kinds: Vec<Kind> = out.mentions.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [Kind::Location; 3]);
    assert_eq!(
        out.entities
            .iter()
            .filter(|e| e.name == "الأمم المتحدة")
            .count(),
        1
    );
}

#[test]
fn removing_a_name_takes_the_names_its_label_made_and_no_other() {
    let mut lexicon = Lexicon::default();
    // One `l` on the person: both of its names, at one time.
    for c in for_entity(TEXT, &rec(), 1, Label::Location, "t1") {
        lexicon.insert(c);
    }
    assert_eq!(lexicon.len(), 2);
    // Another person's surname, labelled alike at another time, and a word
    // of the name labelled otherwise at the same time: both stay.
    lexicon.insert(correction("باشينيان الأب", Label::Location, "t0"));
    lexicon.insert(correction("نيكول", Label::Organization, "t1"));
    let removed = lexicon.remove_with_parts("نيكول باشينيان");
    let mut names: Vec<_> = removed.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["باشينيان", "نيكول باشينيان"]);
    assert_eq!(lexicon.len(), 2);
    assert_eq!(lexicon.label("نيكول"), Some(Label::Organization));
    // From the surname, the full name goes with it.
    for c in for_entity(TEXT, &rec(), 1, Label::Location, "t2") {
        lexicon.insert(c);
    }
    let removed = lexicon.remove_with_parts("باشينيان");
    assert_eq!(removed.len(), 2, "{removed:?}");
    assert!(lexicon.remove_with_parts("nothing").is_empty());
}
