//! Tests of places completed or cut by rule: after place words and where words,
//! sides and the countryside, features, countries, and words that are no names.

use super::*;
use crate::features::StemStats;
use crate::gazetteer::PhraseEntry;

#[test]
fn a_name_after_a_place_word_is_a_place() {
    let words = ["في", "مدينة", "نور", "سلطان", "أمس"];
    let mut infos = vec![TokenInfo::default(); 5];
    infos[1].triggers = TRIGGER_LOC_HEAD;
    let mut labels = vec![0, 0, 1, 2, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 3, 4, 0]);
    // Not when the person stands further on, or the head is part of a name.
    let mut labels = vec![0, 0, 0, 1, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0, 1, 0]);
    // A listed place the tagger left alone there (بالعاصمة كابل), but no
    // common word of the lists.
    let words = ["الأمن", "بالعاصمة", "كابل", "وشمال", "البلاد"];
    let mut infos = vec![TokenInfo::default(); 5];
    infos[1].triggers = TRIGGER_LOC_HEAD;
    infos[2].gazetteer = CITY_LIST_BEGIN;
    let mut labels = vec![0; 5];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, LOC_B, 0, 0]);
    infos[2].common_word = true;
    let mut labels = vec![0; 5];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0; 5]);
}

#[test]
fn a_country_named_by_south_is_whole_and_a_side_of_a_country_is_not() {
    let run = |words: &[&str], labels: &[u8]| {
        let mut labels = labels.to_vec();
        sided_countries(words, &mut labels);
        labels
    };
    assert_eq!(
        run(&["في", "جنوب", "أفريقيا", "أمس"], &[0, 0, 3, 0]),
        [0, 3, 4, 0]
    );
    assert_eq!(run(&["وبجنوب", "السودان"], &[0, 3]), [3, 4]);
    assert_eq!(run(&["في", "جنوب", "لبنان"], &[0, 0, 3]), [0, 0, 3]);
    assert_eq!(run(&["في", "شمال", "أفريقيا"], &[0, 0, 3]), [0, 0, 3]);
    // A word that only ends like the side is no side.
    assert_eq!(run(&["مجنوب", "السودان"], &[0, 3]), [0, 3]);
}

#[test]
fn a_state_word_opens_the_place_after_it() {
    assert_eq!(org("رئيس جمهورية كازاخستان", &[0, 0, 3]), [0, 3, 4]);
    assert_eq!(org("المملكة المغربية", &[0, 3]), [3, 4]);
    // After a preposition or the conjunction, and with the article.
    assert_eq!(org("أعضاء لجمهورية كازاخستان", &[0, 0, 3]), [0, 3, 4]);
    assert_eq!(org("وبالمملكة المغربية", &[0, 3]), [3, 4]);
    // Only before a place: جمهورية alone is no place.
    assert_eq!(org("جمهورية جديدة", &[0, 0]), [0, 0]);
    // A province's word stays outside: ولاية [كاليفورنيا].
    assert_eq!(org("في ولاية كاليفورنيا", &[0, 0, 3]), [0, 0, 3]);
}

#[test]
fn a_feature_named_by_its_head_is_one_place() {
    // قطاع غزة, not قطاع [غزة]: the head is part of the Strip's name.
    assert_eq!(
        reader("قصف عنيف على قطاع غزة أمس", &[], &[0, 0, 0, 0, 3]),
        [0, 0, 0, 3, 4, 0]
    );
    assert_eq!(reader("وفي نهر النيل", &[], &[0, 0, 3]), [0, 3, 4]);
    // A sector of an economy is no place.
    assert_eq!(
        reader("تراجع نمو قطاع مصر المصرفي", &[], &[0, 0, 0, 3]),
        [0, 0, 0, 3, 0]
    );
    // Adjectives describe the feature, but for a side of the world.
    assert_eq!(
        reader("عبر مضيق هرمز الاستراتيجي", &[], &[0, 0, 3]),
        [0, 3, 4, 0]
    );
    assert_eq!(
        reader("في بحر الصين الجنوبي أمس", &[], &[0, 0, 3]),
        [0, 3, 4, 4, 0]
    );
    // A person after a sector's head stays a person.
    assert_eq!(
        reader("قال رئيس قطاع محمد صلاح للأخبار", &[], &[0, 0, 0, 1, 2]),
        [0, 0, 0, 1, 2, 0]
    );
    assert_eq!(
        reader("قال رئيس قطاع محمد صلاح للأخبار", &[], &[0, 0, 3, 1, 2]),
        [0, 0, 3, 1, 2, 0]
    );
    // A feature named after a person, whether the tagger split it from its
    // head or took the whole for the person (خور is no given name).
    assert_eq!(reader("في بحيرة ناصر جنوبا", &[], &[0, 0, 1]), [0, 3, 4, 0]);
    assert_eq!(
        reader("الملاحة في خور عبدالله عام", &[], &[0, 0, 3, 1]),
        [0, 0, 3, 4, 0]
    );
    assert_eq!(
        reader("الملاحة في خور عبدالله عام", &[], &[0, 0, 1, 2]),
        [0, 0, 3, 4, 0]
    );
    // A valley's and an inlet's names, and a tribe's after the head.

    assert_eq!(
        reader("السيول في وادي درنة أمس", &[], &[0, 0, 0, 3]),
        [0, 0, 3, 4, 0]
    );
    assert_eq!(
        reader("جثتين من وادي بني خالد أمس", &[], &[0, 0, 0, 3, 1]),
        [0, 0, 3, 4, 4, 0]
    );
    // A longer name after the head is the next person's.
    assert_eq!(
        reader("مختار وادي خالد أحمد الأحمد إن", &[], &[0, 0, 1, 2, 2]),
        [0, 0, 1, 2, 2, 0]
    );
    assert_eq!(
        reader("روافد وادي أبو نمر شمالا", &[], &[0, 0, 1, 2]),
        [0, 3, 4, 4, 0]
    );
    // A state's division stays outside its name (مدينة، محافظة).
    assert_eq!(reader("في محافظة البصرة", &[], &[0, 0, 3]), [0, 0, 3]);
}

#[test]
fn a_listed_place_seldom_seen_after_where_words_is_a_place() {
    let p = PLACE_LIST_BEGIN;
    let at = |text: &str, flags: &[u16], count: u8, loc_share: u8| {
        let (words, mut infos) = flagged(text, flags, &[]);
        for (info, w) in infos.iter_mut().zip(&words) {
            info.stats = StemStats {
                count,
                shares: [0, loc_share, 0, 0],
            };
            // The lists spell these places as the text does.
            info.definite = w.starts_with("ال");
            info.phrase = Some(PhraseEntry::place_spelled(info.definite));
        }
        let mut labels = vec![0; words.len()];
        listed_places_after_where(&words, &infos, &mut labels);
        labels
    };
    assert_eq!(
        at("وصل الوفد إلى مسقط أمس", &[0, 0, 0, p], 1, 0),
        [0, 0, 0, 3, 0]
    );
    assert_eq!(
        at("عقده اليوم في مسقط :", &[0, 0, 0, p], 18, 71),
        [0, 0, 0, 3, 0]
    );
    // A genitive after it, a word seen often and seldom as a place, no
    // word of where before it.
    assert_eq!(at("ولد في مسقط رأسه", &[0, 0, p], 1, 0), [0; 4]);
    assert_eq!(at("نشر في صور أمس", &[0, 0, p], 40, 0), [0; 4]);
    // A word training saw a few times, none of them as a place, that is no
    // common word (الحديدة): the list's place.
    assert_eq!(
        at("قتل ثلاثة في الحديدة أمس", &[0, 0, 0, p], 4, 0),
        [0, 0, 0, 3, 0]
    );
    assert_eq!(at("تستعد مسقط لاستضافة", &[0, p], 1, 0), [0; 3]);
    // "Than" after a comparative.
    assert_eq!(at("كان أقل من المتوسط ،", &[0, 0, 0, p], 1, 0), [0; 5]);
}

#[test]
fn a_listed_place_after_where_words_is_spelled_as_the_lists_spell_it() {
    let p = PLACE_LIST_BEGIN;
    let (words, mut infos) = flagged("ارتفع السهم في البورصة أمس", &[0, 0, 0, p], &[]);
    infos[3].definite = true;
    // بورصة (Bursa), listed without the article.
    infos[3].phrase = Some(PhraseEntry::place_spelled(false));
    let mut labels = vec![0; words.len()];
    listed_places_after_where(&words, &infos, &mut labels);
    assert_eq!(labels, [0; 5]);
    infos[3].phrase = Some(PhraseEntry::place_spelled(true));
    listed_places_after_where(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0, 3, 0]);
}

#[test]
fn places_joined_by_the_conjunction_are_two() {
    // وفد من تونس وليبيا: two listed countries, the tagger's one span.
    let (words, infos) = flagged(
        "وفد من تونس وليبيا والسودان",
        &[0, 0, 1, 1, 1],
        &[0, 0, 0, 1, 1],
    );
    let mut labels = vec![0, 0, 3, 4, 4];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 3, 3, 3]);
    // One listed entry (its second word is inside it) stays one place.
    let (words, infos) = flagged("زار ترينيداد وتوباغو", &[0, 1, 2], &[0, 0, 1]);
    let mut labels = vec![0, 3, 4];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 3, 4]);
    // An unlisted word after و is left to the tagger, and so are organisations.
    let (words, infos) = flagged("في شبعا وكفرشوبا", &[0, 1, 0], &[0, 0, 1]);
    let mut labels = vec![0, 3, 4];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 3, 4]);
    // People: two listed full names.
    let (words, infos) = flagged(
        "التقى نبيه بري وميشال عون",
        &[0, 1 << 8, 1 << 9, 1 << 8, 1 << 9],
        &[0, 0, 0, 1, 0],
    );
    let mut labels = vec![0, 1, 2, 2, 2];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 1, 2]);
}

#[test]
fn the_countryside_is_no_part_of_the_place() {
    let (words, infos) = flagged("في ريف حمص الشمالي", &[0, 0, 4, 0], &[]);
    let mut labels = vec![0, 3, 4, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 3, 0]);
    let mut labels = vec![0, 3, 3, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 3, 0]);
    // A listed place the tagger left alone after it.
    let mut labels = vec![0, 3, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 3, 0]);
    // Before no place, it is left as the tagger said.
    let (words, infos) = flagged("في ريف واسع", &[], &[]);
    let mut labels = vec![0, 3, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 3, 0]);
}

#[test]
fn an_adjective_agreeing_with_its_noun_is_no_place() {
    let run = |text: &str, tagged: &[u8]| {
        let (words, infos) = flagged(text, &[], &[]);
        let mut labels = tagged.to_vec();
        Chains::new().complete(&words, &infos, &mut labels);
        labels
    };
    // Feminine nouns and broken plurals take a feminine adjective.
    assert_eq!(run("بسبب الحالة القاهرة", &[0, 0, 3]), [0, 0, 0]);
    assert_eq!(run("في الظروف القاهرة", &[0, 0, 3]), [0, 0, 0]);
    assert_eq!(run("وفي الحالات القاهرة", &[0, 0, 3]), [0, 0, 0]);
    // A masculine subject before the place, or a particle, leaves it.
    assert_eq!(run("غادر الوفد القاهرة", &[0, 0, 3]), [0, 0, 3]);
    assert_eq!(run("وصل الى القاهرة", &[0, 0, 3]), [0, 0, 3]);
    // A place whose head stands before it, or a place in two words.
    let (words, mut infos) = flagged("في العاصمة القاهرة", &[], &[]);
    infos[1].triggers = TRIGGER_LOC_HEAD;
    let mut labels = vec![0, 0, 3];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 3]);
    assert_eq!(
        run("الدول الأوروبية المدينة المنورة", &[0, 0, 3, 4]),
        [0, 0, 3, 4]
    );
}

#[test]
fn a_currency_after_an_amount_is_no_name() {
    assert_eq!(org("لاستثمار 4 مليارات ريال في", &[0, 0, 0, 5, 0]), [0; 5]);
    assert_eq!(org("عند 42.6 ريال في", &[0, 0, 5, 0]), [0; 4]);
    // The club stays a club, after a score too.
    assert_eq!(org("فاز ريال مدريد على", &[0, 5, 6, 0]), [0, 5, 6, 0]);
    assert_eq!(
        org("الهلال 2 ريال مدريد 1", &[5, 0, 5, 6, 0]),
        [5, 0, 5, 6, 0]
    );
}

#[test]
fn a_side_after_a_divisions_head_opens_the_province() {
    assert_eq!(
        org("عاصمة ولاية شمال دارفور ،", &[0, 0, 0, 3, 0]),
        [0, 0, 3, 4, 0]
    );
    assert_eq!(
        org(
            "ضرب محافظتي شمال الباطنة وجنوب الباطنة أمس",
            &[0, 0, 0, 3, 0, 3, 0]
        ),
        [0, 0, 3, 4, 3, 4, 0]
    );
    // After في it says where in the place.
    assert_eq!(org("مواقع في جنوب لبنان", &[0, 0, 0, 3]), [0, 0, 0, 3]);
}

#[test]
fn a_country_of_two_words_the_tagger_took_for_a_person_is_the_country() {
    let mut infos = plain_infos(&["أمام", "بطل", "كوت", "ديفوار", "غدا"]);
    infos[2].gazetteer = COUNTRY_LIST_BEGIN;
    infos[3].gazetteer = COUNTRY_LIST_INSIDE;
    let mut labels = [0, 0, PER_B, PER_I, 0];
    countries_are_no_people(&infos, &mut labels);
    assert_eq!(labels, [0, 0, LOC_B, LOC_I, 0]);
    // A person whose name runs past the entry after a word without the
    // article is the genitive of that word, then the person (رئيسة لاتفيا
    // فايرا فيكي فريبيرجا).
    let mut labels = [0, 0, PER_B, PER_I, PER_I];
    countries_are_no_people(&infos, &mut labels);
    assert_eq!(labels, [0, 0, LOC_B, LOC_I, PER_B]);
    // After a definite word, or where the country is a given name too, the
    // person stays whole.
    let mut definite = infos.clone();
    definite[1].definite = true;
    let mut labels = [0, 0, PER_B, PER_I, PER_I];
    countries_are_no_people(&definite, &mut labels);
    assert_eq!(labels, [0, 0, PER_B, PER_I, PER_I]);
    let mut given = infos.clone();
    given[2].triggers = TRIGGER_GIVEN;
    let mut labels = [0, 0, PER_B, PER_I, PER_I];
    countries_are_no_people(&given, &mut labels);
    assert_eq!(labels, [0, 0, PER_B, PER_I, PER_I]);
    // One word of a country's name alone is left to the tagger.
    let mut labels = [0, 0, PER_B, 0, 0];
    countries_are_no_people(&infos, &mut labels);
    assert_eq!(labels, [0, 0, PER_B, 0, 0]);
}

#[test]
fn the_city_alone_is_no_place() {
    for words in [["في", "المدينة", "أمس"], ["بسوق", "وبالمدينة", "أمس"]]
    {
        let mut labels = [0, LOC_B, 0];
        the_city_is_no_place(&words, &mut labels);
        assert_eq!(labels, [0; 3], "{words:?}");
    }
    // Medina whole stays.
    let mut labels = [0, LOC_B, LOC_I];
    the_city_is_no_place(&["إلى", "المدينة", "المنورة"], &mut labels);
    assert_eq!(labels, [0, LOC_B, LOC_I]);
}

#[test]
fn a_side_or_the_countryside_of_a_listed_place_opens_it() {
    let run = |words: &[&str]| {
        let mut infos = vec![TokenInfo::default(); words.len()];
        for (info, w) in infos.iter_mut().zip(words) {
            if matches!(*w, "إدلب" | "حماة") {
                info.gazetteer = CITY_LIST_BEGIN;
            }
        }
        for (info, w) in infos.iter_mut().zip(words) {
            info.norm = hash_word(&normalize(w));
        }
        let mut labels = vec![0; words.len()];
        Chains::new().places_after_place_words(words, &infos, &mut labels);
        labels
    };
    assert_eq!(run(&["الحدود", "شمالي", "إدلب", "،"]), [0, 0, 3, 0]);
    assert_eq!(run(&["القرى", "في", "أرياف", "إدلب"]), [0, 0, 0, 3]);
    assert_eq!(run(&["المخيمات", "بريف", "حماة"]), [0, 0, 3]);
    // Only a place of the lists: a word no list holds stays as it was.
    assert_eq!(run(&["الحدود", "شمالي", "البلاد"]), [0; 3]);
}

#[test]
fn a_disease_the_tagger_named_is_no_name() {
    // بالكوليرا as a person, الملاريا as an organisation: diseases.
    let words = ["إصابات", "بالكوليرا", "و", "الملاريا", "في", "اليمن"];
    let mut labels = vec![0, PER_B, 0, ORG_B, 0, LOC_B];
    diseases_are_no_names(&words, &mut labels);
    assert_eq!(labels, [0, 0, 0, 0, 0, LOC_B]);
    // حمى الضنك, dengue fever.
    let words = ["لمكافحة", "حمى", "الضنك"];
    let mut labels = vec![0, 0, ORG_B];
    diseases_are_no_names(&words, &mut labels);
    assert_eq!(labels, [0, 0, 0]);
    // A river and a town keep their names.
    let words = ["نهر", "إيبولا"];
    let mut labels = vec![0, LOC_B];
    diseases_are_no_names(&words, &mut labels);
    assert_eq!(labels, [0, LOC_B]);
    let words = ["ولاية", "ضنك"];
    let mut labels = vec![0, LOC_B];
    diseases_are_no_names(&words, &mut labels);
    assert_eq!(labels, [0, LOC_B]);
    // A name that goes on is no disease's.
    let words = ["مستشفى", "الملاريا", "الوطني"];
    let mut labels = vec![ORG_B, ORG_I, ORG_I];
    diseases_are_no_names(&words, &mut labels);
    assert_eq!(labels, [ORG_B, ORG_I, ORG_I]);
}
