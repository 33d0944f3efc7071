//! Tests of names the lists hold whole: list entries, chosen names, listed
//! organisations, and `holds`.

use super::*;

#[test]
fn a_name_takes_the_whole_list_entry_and_the_word_after_a_particle() {
    let words = ["قال", "جو", "بايدن", "أمس"];
    let mut infos = vec![TokenInfo::default(); 4];
    // A person entry of two words begins at جو (class 4: begin bit 8, inside bit 9).
    infos[1].gazetteer = 1 << 8;
    infos[2].gazetteer = 1 << 9;
    let mut labels = vec![0, 1, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 0]);
    // A person entry does not stretch a place.
    let mut labels = vec![0, 3, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 3, 0, 0]);

    let words = ["الشيخ", "عبدالعزيز", "آل", "الشيخ", "قال"];
    let mut infos = vec![TokenInfo::default(); 5];
    infos[2].triggers = TRIGGER_PARTICLE;
    let mut labels = vec![0, 1, 2, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 0]);
}

#[test]
fn a_place_takes_its_whole_list_entry_but_no_nisba() {
    // A city entry (class 1: begin bit 2, inside bit 3) of two words.
    let place = |words: &[&str], tagged: &[u8]| {
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[1].gazetteer = 1 << 2;
        infos[2].gazetteer = 1 << 3;
        let mut labels = tagged.to_vec();
        Chains::new().complete(words, &infos, &mut labels);
        labels
    };
    assert_eq!(
        place(&["وزار", "مكة", "المكرمة", "أمس"], &[0, 3, 0, 0]),
        [0, 3, 4, 0]
    );
    // The tagger's own choice stands where the entry adds a nisba.
    assert_eq!(
        place(&["في", "القدس", "الشرقية", "أمس"], &[0, 3, 0, 0]),
        [0, 3, 0, 0]
    );
    // A word the tagger put in another name is not taken.
    assert_eq!(
        place(&["وزار", "مكة", "المكرمة", "أمس"], &[0, 3, 1, 0]),
        [0, 3, 1, 0]
    );
    // Two places the entry makes one.
    assert_eq!(
        place(&["في", "ساو", "باولو", "أمس"], &[0, 3, 3, 0]),
        [0, 3, 4, 0]
    );
}

#[test]
fn a_person_takes_the_listed_full_name_that_ends_with_it() {
    // A full name entry (class 4: begin bit 8, inside bit 9) over `entry`,
    // whose first word the tagger left out (بان is also a verb).
    let person = |words: &[&str], entry: std::ops::Range<usize>, tagged: &[u8]| {
        let mut infos = vec![TokenInfo::default(); words.len()];
        for j in entry.clone() {
            infos[j].gazetteer = if j == entry.start { 1 << 8 } else { 1 << 9 };
            infos[j].definite = words[j].starts_with("ال");
        }
        let mut labels = tagged.to_vec();
        Chains::new().complete(words, &infos, &mut labels);
        labels
    };
    let ban = ["السابق", "بان", "كي", "مون", "يبتسم"];
    assert_eq!(person(&ban, 1..4, &[0, 0, 1, 2, 0]), [0, 1, 2, 2, 0]);
    // A word the tagger put in another name is not taken.
    assert_eq!(person(&ban, 1..4, &[0, 3, 1, 2, 0]), [0, 3, 1, 2, 0]);
    // Nor a definite word (a title the lists do not know as one), nor the
    // preposition على before a name.
    let sultan = ["لصالح", "السلطان", "عبد", "العزيز", "."];
    assert_eq!(person(&sultan, 1..4, &[0, 0, 1, 2, 0]), [0, 0, 1, 2, 0]);
    let against = ["الخارجين", "على", "عثمان", "وقتل"];
    assert_eq!(person(&against, 1..3, &[0, 0, 1, 0]), [0, 0, 1, 0]);
}

#[test]
fn a_name_that_is_exactly_a_listed_organisation_is_one() {
    let (words, infos) = listed("وأعلنت اليونيسف أن", &[(1, 2)]);
    let mut labels = vec![0, 3, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 0]);
    // A word listed as a place as well keeps the tagger's kind.
    let (words, mut infos) = listed("وأعلنت اليونيسف أن", &[(1, 2)]);
    infos[1].gazetteer |= 1 << 2;
    let mut labels = vec![0, 3, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 3, 0]);
    // A place that is only part of the entry keeps its kind.
    let (words, infos) = listed("في برج القاهرة أمس", &[(1, 3)]);
    let mut labels = vec![0, 0, 3, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 3, 0]);
}

#[test]
fn a_chosen_organisation_or_landmark_is_one_wherever_the_tagger_left_it() {
    let chosen = |words: &str, bits: (u16, u16), a: usize, b: usize, tagged: &[u8]| {
        let words: Vec<&str> = words.split(' ').collect();
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[a].gazetteer = bits.0;
        for info in &mut infos[a + 1..b] {
            info.gazetteer = bits.1;
        }
        let mut labels = tagged.to_vec();
        Chains::new().complete(&words, &infos, &mut labels);
        (labels, infos)
    };
    let org = (CURATED_ORG_BEGIN, CURATED_ORG_INSIDE);
    let place = (CURATED_PLACE_BEGIN, CURATED_PLACE_INSIDE);
    let (labels, _) = chosen("وأحالت النيابة العامة المتهمين", org, 1, 3, &[0, 0, 0, 0]);
    assert_eq!(labels, [0, 5, 6, 0]);
    // A place the tagger found inside it (قطر للطاقة) is taken in.
    let (labels, _) = chosen("وقالت قطر للطاقة إن", org, 1, 3, &[0, 3, 0, 0]);
    assert_eq!(labels, [0, 5, 6, 0]);
    let (labels, _) = chosen("في المسجد الحرام أمس", place, 1, 3, &[0, 0, 5, 0]);
    assert_eq!(labels, [0, 3, 4, 0]);
    // A name the tagger ran on past the entry is left as it is.
    let (labels, _) = chosen("قال النيابة العامة الفلانية", org, 1, 3, &[0, 5, 6, 6]);
    assert_eq!(labels, [0, 5, 6, 6]);
    // One word the training text often showed outside organisations.
    let words: Vec<&str> = "أبدى حماس كبيرا".split(' ').collect();
    let mut infos = vec![TokenInfo::default(); 3];
    infos[1].gazetteer = CURATED_ORG_BEGIN;
    infos[1].stats.count = 40;
    infos[1].stats.shares = [0, 0, 20, 0];
    let mut labels = vec![0, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0]);
}

#[test]
fn a_listed_organisation_that_opens_with_a_head_is_whole() {
    assert_eq!(
        reader("وقال صندوق النقد الدولي إن", &[(1, 4)], &[]),
        [0, 5, 6, 6, 0]
    );
    // Over the end the tagger found.
    assert_eq!(
        reader("وقال صندوق النقد الدولي إن", &[(1, 4)], &[0, 0, 5, 6]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(
        reader("أعلن الجيش السوري الحر سيطرته", &[(1, 4)], &[]),
        [0, 5, 6, 6, 0]
    );
    // Two words are left to the tagger (a state's army, which the reader
    // takes, needs the lists' nationalities: `Chains::armies`).
    assert_eq!(
        reader("اقتحم الجيش الإسرائيلي مدينة", &[(1, 3)], &[]),
        [0, 0, 0, 0]
    );
    // A listed name that opens with no head is left to the tagger.
    assert_eq!(reader("قال الهلال الأحمر", &[(1, 3)], &[]), [0, 0, 0]);
}

#[test]
fn holds_says_what_contains_says() {
    let words = [
        "ريف",
        "وبريف",
        "ريفي",
        "رِيف",
        "ري",
        "",
        "abc",
        "ريفريف",
        "بري",
    ];
    for word in words {
        for needle in ["ريف", "سيول", "ري", "b", "", "bc", "ف"] {
            assert_eq!(
                holds(word, needle),
                word.contains(needle),
                "{word} {needle}"
            );
        }
    }
}
