//! Unit tests of the grouping: mentions over tokenised text, grouped.

use super::*;
use crate::tokenize::tokenize;

/// Mentions of `kind` over the given words of `text` (each a token range).
fn mentions(text: &str, spans: &[(Kind, std::ops::Range<usize>)]) -> Vec<RawMention> {
    let tokens = tokenize(text);
    spans
        .iter()
        .map(|(kind, r)| RawMention::of_tokens(*kind, text, &tokens, r.clone(), 0))
        .collect()
}

fn names(rec: &Recognition) -> Vec<(Kind, &str, usize)> {
    rec.entities
        .iter()
        .map(|e| (e.kind, e.name.as_str(), e.mentions.len()))
        .collect()
}

#[test]
fn folded_spellings_are_one_name() {
    assert_eq!(name_key("عبد الله"), name_key("عبدالله"));
    assert_eq!(name_key("عبد الرحمن الأحمد"), name_key("عبدالرحمن احمد"));
    assert_eq!(name_key("إسماعيل"), name_key("اسماعيل"));
    assert_eq!(name_key("مصطفى"), name_key("مصطفي"));
    assert_eq!(name_key("العريش"), name_key("عريش"));
    assert_ne!(
        name_key("الله"),
        name_key("له"),
        "a short word keeps its article"
    );
    assert_ne!(name_key("سالم"), name_key("سليم"));
}

#[test]
fn an_east_asian_family_name_alone_is_the_person_it_opens() {
    // شي جين بينغ (0..3), شي (5); هي (7) opens no full name here.
    let text = "شي جين بينغ قال عن شي قوله هي";
    let p = Kind::Person;
    let m = mentions(text, &[(p, 0..3), (p, 5..6), (p, 7..8)]);
    let rec = group(text, m, Vec::new());
    assert_eq!(
        names(&rec),
        [(Kind::Person, "شي جين بينغ", 2), (Kind::Person, "هي", 1)]
    );
}

#[test]
fn a_surname_joins_its_full_name_before_or_after_it() {
    // الخطيب (0), سامر الخطيب (2..4), الخطيب (5), خطيب (7).
    let text = "الخطيب قال سامر الخطيب ثم الخطيب و خطيب";
    let p = Kind::Person;
    let m = mentions(text, &[(p, 0..1), (p, 2..4), (p, 5..6), (p, 7..8)]);
    let rec = group(text, m, Vec::new());
    assert_eq!(names(&rec), [(Kind::Person, "سامر الخطيب", 4)]);
}

#[test]
fn the_names_after_bin_are_the_father_s() {
    // عبدالله الثاني بن الحسين (0..4), الحسين بن عبدالله الثاني (5..9),
    // عبدالله الثاني (10..12): the king, not his son.
    let text = "عبدالله الثاني بن الحسين و الحسين بن عبدالله الثاني ثم عبدالله الثاني";
    let p = Kind::Person;
    let m = mentions(text, &[(p, 0..4), (p, 5..9), (p, 10..12)]);
    let rec = group(text, m, Vec::new());
    assert_eq!(
        names(&rec),
        [
            (Kind::Person, "عبدالله الثاني بن الحسين", 2),
            (Kind::Person, "الحسين بن عبدالله الثاني", 1)
        ]
    );
    // سلمان بن عبدالعزيز (0..3), محمد بن سلمان (4..7), سلمان (8): the
    // father; بن لادن (12..14) is أسامة بن لادن (9..12).
    let text = "سلمان بن عبدالعزيز و محمد بن سلمان ثم سلمان أسامة بن لادن بن لادن";
    let m = mentions(
        text,
        &[(p, 0..3), (p, 4..7), (p, 8..9), (p, 9..12), (p, 12..14)],
    );
    let rec = group(text, m, Vec::new());
    assert_eq!(
        names(&rec),
        [
            (Kind::Person, "سلمان بن عبدالعزيز", 2),
            (Kind::Person, "محمد بن سلمان", 1),
            (Kind::Person, "أسامة بن لادن", 2)
        ]
    );
    // ولد الغزواني (7..9) is محمد ولد الشيخ الغزواني (2..6).
    let text = "قال الرئيس محمد ولد الشيخ الغزواني ثم ولد الغزواني";
    let m = mentions(text, &[(p, 2..6), (p, 7..9)]);
    assert_eq!(
        names(&group(text, m, Vec::new())),
        [(Kind::Person, "محمد ولد الشيخ الغزواني", 2)]
    );
    // A given name two full names open could be either.
    let text = "محمد بن سلمان و محمد العلي ثم محمد";
    let m = mentions(text, &[(p, 0..3), (p, 4..6), (p, 7..8)]);
    assert_eq!(names(&group(text, m, Vec::new())).len(), 3);
}

#[test]
fn a_given_and_a_family_name_are_the_full_name_with_both_ends() {
    // ريم الشامسي (0..2), ريم عبد الرحمن الشامسي (3..7), الشامسي (8);
    // ريم سالم (9..11) ends otherwise and stays apart.
    let text = "ريم الشامسي قالت ريم عبد الرحمن الشامسي ثم الشامسي ريم سالم";
    let p = Kind::Person;
    let m = mentions(text, &[(p, 0..2), (p, 3..7), (p, 8..9), (p, 9..11)]);
    let rec = group(text, m, Vec::new());
    assert_eq!(
        names(&rec),
        [
            (Kind::Person, "ريم عبد الرحمن الشامسي", 3),
            (Kind::Person, "ريم سالم", 1)
        ]
    );
    // Two full names with the same ends: the short one could be either.
    let text = "محمد عبد الله الأحمد و محمد سالم الأحمد ثم محمد الأحمد";
    let m = mentions(text, &[(p, 0..4), (p, 5..8), (p, 9..11)]);
    let rec = group(text, m, Vec::new());
    assert_eq!(rec.entities.len(), 3, "{:?}", names(&rec));
}

#[test]
fn two_people_sharing_a_surname_stay_two_and_the_surname_goes_to_the_nearest() {
    let text = "جو بايدن زار ثم هنتر بايدن وصل و بايدن غادر";
    let p = Kind::Person;
    let m = mentions(text, &[(p, 0..2), (p, 4..6), (p, 8..9)]);
    let rec = group(text, m, Vec::new());
    assert_eq!(
        names(&rec),
        [
            (Kind::Person, "جو بايدن", 1),
            (Kind::Person, "هنتر بايدن", 2)
        ]
    );
}

#[test]
fn a_place_with_and_without_its_state_word_is_one_place() {
    let text = "زار كازاخستان ثم جمهورية كازاخستان ثم كازاخستان";
    let l = Kind::Location;
    let rec = group(
        text,
        mentions(text, &[(l, 1..2), (l, 3..5), (l, 6..7)]),
        Vec::new(),
    );
    assert_eq!(names(&rec), [(Kind::Location, "جمهورية كازاخستان", 3)]);
    // The state word alone joins nothing.
    let text = "جمهورية مصر ثم كازاخستان";
    let rec = group(text, mentions(text, &[(l, 0..2), (l, 3..4)]), Vec::new());
    assert_eq!(names(&rec).len(), 2);
}

#[test]
fn an_organisation_with_and_without_its_head_is_one() {
    let text = "فاز نادي الهلال ثم الهلال و الهلال";
    let o = Kind::Organization;
    let m = mentions(text, &[(o, 1..3), (o, 4..5), (o, 6..7)]);
    let rec = group(text, m, Vec::new());
    assert_eq!(names(&rec), [(Kind::Organization, "نادي الهلال", 3)]);
    // A head it is not known without joins nothing: وزارة الصحة is not الصحة.
    let text = "وزارة الصحة ثم الصحة";
    let rec = group(text, mentions(text, &[(o, 0..2), (o, 3..4)]), Vec::new());
    assert_eq!(names(&rec).len(), 2);
}

#[test]
fn a_club_with_and_without_its_sporting_word_is_one() {
    let text = "تغلب الوداد الرياضي على الرجاء ثم فاز الوداد";
    let o = Kind::Organization;
    let m = mentions(text, &[(o, 1..3), (o, 4..5), (o, 7..8)]);
    let rec = group(text, m, Vec::new());
    assert_eq!(names(&rec), [(o, "الوداد الرياضي", 2), (o, "الرجاء", 1)]);
}

#[test]
fn a_name_takes_the_kind_most_of_its_mentions_have() {
    let text = "العريش و العريش و عريش و العريش";
    let m = mentions(
        text,
        &[
            (Kind::Organization, 0..1),
            (Kind::Location, 2..3),
            (Kind::Organization, 4..5),
            (Kind::Organization, 6..7),
        ],
    );
    let rec = group(text, m, Vec::new());
    assert_eq!(names(&rec), [(Kind::Organization, "العريش", 4)]);
    assert!(rec.mentions.iter().all(|m| m.kind == Kind::Organization));
}

#[test]
fn a_name_with_the_article_and_one_without_vote_apart() {
    // The agency بترا twice, the town البترا twice and once taken for the
    // agency: the town's mentions vote among themselves.
    let text = "البترا و بترا و البترا و بترا و البترا";
    let (o, l) = (Kind::Organization, Kind::Location);
    let m = mentions(
        text,
        &[(l, 0..1), (o, 2..3), (o, 4..5), (o, 6..7), (l, 8..9)],
    );
    let rec = group(text, m, Vec::new());
    assert_eq!(
        names(&rec),
        [
            (Kind::Location, "البترا", 3),
            (Kind::Organization, "بترا", 2)
        ]
    );
}

#[test]
fn only_mentions_within_an_articles_reach_vote() {
    // A newspaper named twice in one article and the region once in an
    // article far after it: the region stays a region.
    let filler = " كلمة".repeat(KIND_REACH / 4);
    let text = format!("الشرق الأوسط و الشرق الأوسط{filler} و الشرق الأوسط");
    let words = text.split(' ').count();
    let m = mentions(
        &text,
        &[
            (Kind::Organization, 0..2),
            (Kind::Organization, 3..5),
            (Kind::Location, words - 2..words),
        ],
    );
    let rec = group(&text, m, Vec::new());
    let kinds: Vec<Kind> = rec.mentions.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [Kind::Organization, Kind::Organization, Kind::Location]
    );
}

#[test]
fn an_institution_casts_no_vote_for_the_place_it_is_named_after() {
    // مطار العريش and جامعة العريش are organisations (`Chains::institutions`
    // takes the head in); the town named alone stays a place.
    let text = "مطار العريش و جامعة العريش و العريش";
    let m = mentions(
        text,
        &[
            (Kind::Organization, 0..2),
            (Kind::Organization, 3..5),
            (Kind::Location, 6..7),
        ],
    );
    let rec = group(text, m, Vec::new());
    assert_eq!(
        names(&rec),
        [
            (Kind::Organization, "مطار العريش", 1),
            (Kind::Organization, "جامعة العريش", 1),
            (Kind::Location, "العريش", 1)
        ]
    );
}

#[test]
fn a_surname_tagged_as_a_place_is_the_person() {
    let text = "نيكول باشينيان قال و باشينيان و العريش";
    let m = mentions(
        text,
        &[
            (Kind::Person, 0..2),
            (Kind::Location, 4..5),
            (Kind::Location, 6..7),
        ],
    );
    let rec = group(text, m, Vec::new());
    assert_eq!(
        names(&rec),
        [
            (Kind::Person, "نيكول باشينيان", 2),
            (Kind::Location, "العريش", 1)
        ]
    );
}

#[test]
fn on_a_tie_the_first_kind_wins() {
    let text = "حلب و حلب";
    let m = mentions(text, &[(Kind::Location, 0..1), (Kind::Person, 2..3)]);
    let rec = group(text, m, Vec::new());
    assert_eq!(names(&rec), [(Kind::Location, "حلب", 2)]);
}
