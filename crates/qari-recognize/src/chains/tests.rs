use super::*;
use crate::features::StemStats;
use crate::gazetteer::PhraseEntry;

/// What the reader sees: [`Chains::complete`], then [`Chains::institutions`].
fn org(words: &str, tagged: &[u8]) -> Vec<u8> {
    labels_of(words, tagged, true)
}

/// [`Chains::complete`] alone: ANERcorp's conventions.
fn anercorp(words: &str, tagged: &[u8]) -> Vec<u8> {
    labels_of(words, tagged, false)
}

fn labels_of(words: &str, tagged: &[u8], reader: bool) -> Vec<u8> {
    let words: Vec<&str> = words.split(' ').collect();
    let infos: Vec<TokenInfo> = words
        .iter()
        .map(|w| TokenInfo {
            triggers: if matches!(*w, "الملك" | "رئيس") {
                TRIGGER_TITLE
            } else {
                0
            },
            norm: hash_word(&normalize(w)),
            ..TokenInfo::default()
        })
        .collect();
    let mut labels = tagged.to_vec();
    labels.resize(words.len(), 0);
    if reader {
        read(&words, &infos, &mut labels);
    } else {
        Chains::new().complete(&words, &infos, &mut labels);
    }
    labels
}

/// What the reader sees of `words`: [`Chains::complete`], then
/// [`Chains::institutions`], over `labels`.
fn read(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let mut chains = Chains::new();
    chains.complete(words, infos, labels);
    chains.institutions(words, infos, labels);
}

#[test]
fn a_chain_ends_before_a_preposition_made_with_lam() {
    // لصالح القانون (in favour of the law) is no complement of the party's name.
    assert_eq!(
        org("وصوت حزب حماة الوطن لصالح القانون", &[]),
        [0, 5, 6, 6, 0, 0]
    );
    // A domain after ل is one (الاتحاد الأفريقي لكرة القدم).
    assert_eq!(
        org("وقال الاتحاد الأفريقي لكرة القدم إن", &[0, 5, 6, 0, 0, 0]),
        [0, 5, 6, 6, 6, 0]
    );
}

#[test]
fn a_head_takes_its_genitive_chain() {
    assert_eq!(org("أعلنت وزارة الدفاع أمس", &[]), [0, 5, 6, 0]);
    assert_eq!(
        org("قوات منظمة معاهدة الأمن الجماعي ستصل", &[]),
        [0, 5, 6, 6, 6, 0]
    );
    assert_eq!(org("قرار هيئة كبار العلماء في", &[]), [0, 5, 6, 6, 0]);
    assert_eq!(
        org("التابع لمنظمة معاهدة الأمن الجماعي ،", &[]),
        [0, 5, 6, 6, 6, 0]
    );
    // A place after the chain's adjective is no longer its genitive.
    assert_eq!(
        org("منظمة معاهدة الأمن الجماعي أرمينيا", &[0, 0, 0, 0, 3]),
        [5, 6, 6, 6, 3]
    );
}

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
fn a_given_and_a_name_word_after_a_description_are_a_person() {
    let run = |words: &[&str], infos: &[TokenInfo]| {
        let mut labels = vec![0; words.len()];
        Chains::new().complete(words, infos, &mut labels);
        labels
    };
    let words = ["وقال", "المدير", "العام", "سفيان", "مقراني", "إن"];
    let mut infos = vec![TokenInfo::default(); 6];
    infos[3].triggers = TRIGGER_GIVEN;
    // مقراني: training never showed it.
    assert_eq!(run(&words, &infos), [0, 0, 0, 1, 2, 0]);
    // A word training showed, mostly outside names, is no family name.
    infos[4].stats.count = 30;
    assert_eq!(run(&words, &infos), [0; 6]);
    // Listed name words run on: ضياء جعفر الموسوي.
    let words = ["وكيل", "الوزارة", "ضياء", "جعفر", "الموسوي", "خلال"];
    let mut infos = vec![TokenInfo::default(); 6];
    infos[2].triggers = TRIGGER_GIVEN;
    infos[3].triggers = TRIGGER_GIVEN;
    infos[4].triggers = TRIGGER_FAMILY;
    infos[5].stats.count = 50;
    assert_eq!(run(&words, &infos), [0, 0, 1, 2, 2, 0]);
    // A given name the tagger found alone takes its family name.
    let words = ["وزير", "الزراعة", "الأردني", "خالد", "حنيفات", "بوفد"];
    let mut infos = vec![TokenInfo::default(); 6];
    infos[3].triggers = TRIGGER_GIVEN;
    infos[5].stats.count = 5;
    let mut labels = vec![0, 0, 0, 1, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0, 1, 2, 0]);
    // Not after a word without the article.
    let words = ["وقال", "مدير", "سفيان", "مقراني"];
    let mut infos = vec![TokenInfo::default(); 4];
    infos[2].triggers = TRIGGER_GIVEN;
    assert_eq!(run(&words, &infos), [0; 4]);
    // A family name with the article that training never showed.
    let words = ["أعلن", "محامي", "الدفاع", "معاذ", "الروسان", "أنه"];
    let mut infos = vec![TokenInfo::default(); 6];
    infos[3].triggers = TRIGGER_GIVEN;
    infos[5].stats.count = 50;
    assert_eq!(run(&words, &infos), [0, 0, 0, 1, 2, 0]);
    // Seen in training: a word, not his family's (قال المدير العام أحمد الجديد).
    infos[4].stats.count = 40;
    assert_eq!(run(&words, &infos), [0; 6]);
}

#[test]
fn a_given_name_before_a_particle_and_a_name_in_al_din_are_the_persons() {
    let words = ["قال", "كمال", "أبو", "الرب", "إن"];
    let mut infos = vec![TokenInfo::default(); 5];
    infos[1].triggers = TRIGGER_GIVEN;
    infos[2].triggers = TRIGGER_PARTICLE;
    let mut labels = vec![0, 0, 1, 2, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 0]);
    // A title before the particle is no part of the name.
    infos[1].triggers = TRIGGER_TITLE;
    let mut labels = vec![0, 0, 1, 2, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 1, 2, 0]);

    let words = ["وقال", "أحمد", "بهي", "الدين", "إن"];
    let mut infos = vec![TokenInfo::default(); 5];
    infos[2].triggers = TRIGGER_GIVEN;
    let mut labels = vec![0, 1, 0, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 0]);
    let mut labels = vec![0, 1, 2, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 0]);
    // الدين after a word no list has as a name: رجال الدين, clerics.
    let words = ["التقى", "محمد", "رجال", "الدين"];
    let infos = vec![TokenInfo::default(); 4];
    let mut labels = vec![0, 1, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 0, 0]);
}

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
fn name_words_between_a_nationality_and_a_person_open_the_name() {
    let words = ["وسجل", "الإسباني", "بيب", "غوارديولا", "هدفا"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[2].triggers = TRIGGER_NAME;
    infos[3].triggers = TRIGGER_NAME;
    let mut labels = vec![0, 0, 0, 1, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 1, 2, 0]);
    // Two name words: الأرجنتيني أليكسيس ماك أليستر.
    let words = ["الأرجنتيني", "أليكسيس", "ماك", "أليستر"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[1].triggers = TRIGGER_NAME;
    infos[2].triggers = TRIGGER_NAME;
    let mut labels = vec![0, 0, 0, 1];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2]);
    // A definite head the tagger ran into the person's first name; an
    // organisation's own name stays (حركة حماس حازم قاسم).
    let words = ["العام", "للمنظمة", "تيدروس", "أدهانوم"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[2].triggers = TRIGGER_NAME;
    let mut labels = vec![0, 5, 6, 1];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 1, 2]);
    let words = ["حركة", "حماس", "حازم", "قاسم"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[1].triggers = TRIGGER_NAME;
    let mut labels = vec![5, 6, 1, 2];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [5, 6, 1, 2]);
    // Not with no nationality before, nor for a word with the article or a
    // particle that a list holds as a name.
    let words = ["قال", "بيب", "غوارديولا"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[1].triggers = TRIGGER_NAME;
    let mut labels = vec![0, 0, 1];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 1]);
    let words = ["الخارجية", "الروسي", "في", "لافروف"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[1].triggers = TRIGGER_NAME;
    infos[2].triggers = TRIGGER_NAME;
    let mut labels = vec![0, 0, 0, 1];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0, 1]);
}

#[test]
fn an_unseen_definite_word_after_a_lone_given_name_is_its_family_name() {
    let words = ["وقال", "عبدالله", "السواحه", "إن"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[1].triggers = TRIGGER_GIVEN;
    infos[1].stats.count = 9;
    let mut labels = vec![0, 1, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 0]);
    // A word the training text has seen is left alone (عبدالله الثلاثاء), and
    // so is a given name with the article (الأسد, the lion).
    let mut seen = infos.clone();
    seen[2].stats.count = 3;
    let mut labels = vec![0, 1, 0, 0];
    Chains::new().complete(&words, &seen, &mut labels);
    assert_eq!(labels, [0, 1, 0, 0]);
    let words = ["رأى", "فالأسد", "التوسكاني", "يجري"];
    let mut labels = vec![0, 1, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 0, 0]);
}

#[test]
fn people_side_by_side_are_one_unless_a_conjunction_parts_them() {
    let words = ["قالت", "ماريا", "خوسيه", "ألباريث", "وهي"];
    let infos = vec![TokenInfo::default(); words.len()];
    let mut labels = vec![0, 1, 1, 2, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 0]);
    let words = ["بين", "أبوتريكة", "ومتعب", "أمس"];
    let infos = vec![TokenInfo::default(); words.len()];
    let mut labels = vec![0, 1, 1, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 1, 0]);
    // أم before a given name opens it.
    let words = ["تقول", "أم", "عبدالله", "وهي"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[2].triggers = TRIGGER_GIVEN;
    let mut labels = vec![0, 0, 1, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 0]);
}

#[test]
fn two_names_about_a_dash_and_a_name_before_a_preposition_end_apart() {
    let apart = |words: &[&str], labels: &[u8]| {
        let infos = vec![TokenInfo::default(); words.len()];
        let mut labels = labels.to_vec();
        people_apart(words, &infos, &mut labels);
        labels
    };
    // A byline's two people, two words each side of the dash.
    assert_eq!(
        apart(
            &["المباراة", "عاطف", "فتحي", "-", "صالح", "الحمصي", ":"],
            &[0, 1, 2, 2, 2, 2, 0]
        ),
        [0, 1, 2, 0, 1, 2, 0]
    );
    // A dash before one word joins the parts of one name.
    assert_eq!(
        apart(
            &["وكان", "كيم", "جونغ", "-", "ايل", "قد"],
            &[0, 1, 2, 2, 2, 0]
        ),
        [0, 1, 2, 2, 2, 0]
    );
    // على before a word that is no name is the preposition; before a given
    // name it may be one (نورالدين على | حسن …).
    assert_eq!(
        apart(&["حمد", "محمد", "على", "جائزة"], &[1, 2, 2, 0]),
        [1, 2, 0, 0]
    );
    let words = ["ونورالدين", "على", "حسن"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[2].triggers = TRIGGER_GIVEN;
    let mut labels = vec![1, 2, 0];
    people_apart(&words, &infos, &mut labels);
    assert_eq!(labels, [1, 2, 0]);
    // بيد before أن is "however".
    assert_eq!(
        apart(&["الحارس", "ايكر", "كاسياس", "بيد", "ان"], &[0, 1, 2, 2, 0]),
        [0, 1, 2, 0, 0]
    );
}

#[test]
fn a_family_name_after_a_compound_with_the_article_is_part_of_the_name() {
    let words = ["اللواء", "سامي", "عبد", "الفتاح", "الديب", "محافظا"];
    let infos = vec![TokenInfo::default(); words.len()];
    let mut labels = vec![0, 1, 2, 2, 0, 0];
    family_after_compounds(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 2, 0]);
    let words = ["ومصطفى", "صلاح", "الدين", "الجمال", "نائبا"];
    let infos = vec![TokenInfo::default(); words.len()];
    let mut labels = vec![1, 2, 2, 0, 0];
    family_after_compounds(&words, &infos, &mut labels);
    assert_eq!(labels, [1, 2, 2, 2, 0]);
    // A word training showed mostly outside names (the famous) is no family name.
    let words = ["بفوز", "عبد", "الفتاح", "الشهير", "ب"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[3].stats = StemStats {
        count: 40,
        shares: [10, 0, 0, 0],
    };
    let mut labels = vec![0, 1, 2, 0, 0];
    family_after_compounds(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 0, 0]);
    // A plural, or a participle with its preposition, describes the person.
    for words in [
        ["الشيخ", "عبد", "الله", "المبتعثين", "في"],
        ["الناشط", "عبد", "الفتاح", "المفرج", "عنه"],
    ] {
        let infos = vec![TokenInfo::default(); words.len()];
        let mut labels = vec![0, 1, 2, 0, 0];
        family_after_compounds(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 2, 0, 0], "{words:?}");
    }
}

#[test]
fn a_nationality_after_a_body_of_two_definite_words_is_part_of_its_name() {
    let run = |words: &[&str], labels: &[u8]| {
        let mut infos = vec![TokenInfo::default(); words.len()];
        for (info, w) in infos.iter_mut().zip(words) {
            info.nationality = matches!(*w, "الإماراتي" | "العماني" | "السوري" | "السعودية");
        }
        let mut labels = labels.to_vec();
        nationalities_of_bodies(words, &infos, &mut labels);
        labels
    };
    assert_eq!(
        run(
            &["وقدم", "الهلال", "الأحمر", "الإماراتي", "مساعدات"],
            &[0, 5, 6, 0, 0]
        ),
        [0, 5, 6, 6, 0]
    );
    // A club of one word keeps its country outside (ANERcorp's convention).
    assert_eq!(
        run(&["على", "النصر", "العماني", "2"], &[0, 5, 0, 0]),
        [0, 5, 0, 0]
    );
    // A paper's nisba is the paper's, and agrees with its head, not the name.
    assert_eq!(
        run(&["صحيفة", "الشرق", "الأوسط", "السعودية"], &[0, 5, 6, 0]),
        [0, 5, 6, 0]
    );
    // A name without the article (a head's genitive chain) is left to the chains.
    assert_eq!(
        run(&["أعلن", "مجلس", "الأمن", "السوري"], &[0, 5, 6, 0]),
        [0, 5, 6, 0]
    );
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
fn a_family_nisba_after_a_name_ending_on_a_given_name_is_part_of_it() {
    let words = ["الشيخ", "خليفة", "بن", "علي", "الحارثي", "للصحفيين"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[1].triggers = TRIGGER_GIVEN;
    infos[2].triggers = TRIGGER_PARTICLE;
    infos[3].triggers = TRIGGER_GIVEN;
    infos[4].stats.count = 1;
    let mut labels = vec![0, 1, 2, 2, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 2, 0]);
    // A nisba training saw often outside names is an adjective.
    infos[4].stats.count = 40;
    let mut labels = vec![0, 1, 2, 2, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 0, 0]);
    // After an organisation's head the adjective is the body's.
    let words = ["مستشفى", "ابن", "سينا", "التخصصي"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[0].triggers = TRIGGER_ORG_HEAD;
    infos[1].triggers = TRIGGER_PARTICLE;
    infos[2].triggers = TRIGGER_GIVEN;
    let mut labels = vec![0, 1, 2, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels[3], 0);
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
fn a_definite_head_needs_a_nisba_or_a_place() {
    // A weak head completes what the tagger began; an adjective that is no
    // nisba (الحر) is past what the rule can tell from a noun. (A state's
    // army, `Chains::armies`, needs the lists' nationalities, which these
    // analyses lack: see the recogniser's tests.)
    assert_eq!(org("قال الجيش السوري الحر إن", &[0, 5]), [0, 5, 6, 0, 0]);
    assert_eq!(org("قال الجيش السوري الحر إن", &[]), [0, 0, 0, 0, 0]);
    assert_eq!(org("صوت البرلمان الألماني على", &[]), [0, 5, 6, 0]);
    assert_eq!(org("اجتمع المجلس الأسبوع الماضي", &[]), [0, 0, 0, 0]);
    assert_eq!(org("المجلس بسرعة", &[]), [0, 0]);
}

#[test]
fn a_definite_head_named_by_two_adjectives_or_a_complement_is_one_for_the_reader() {
    let named = "أعلنت اللجنة الوطنية المستقلة للانتخابات النتائج";
    assert_eq!(org(named, &[]), [0, 5, 6, 6, 6, 0]);
    assert_eq!(anercorp(named, &[]), [0; 6]);
    assert_eq!(org("وقال المركز الوطني للأرصاد إن", &[]), [0, 5, 6, 6, 0]);
    assert_eq!(org("وقالت المحكمة العليا إن", &[]), [0, 5, 6, 0]);
    // One nisba, a complement that is a body of its own or a purpose, an
    // ordinal: descriptions.
    assert_eq!(org("وقالت الشركة الروسية إن", &[]), [0, 0, 0, 0]);
    assert_eq!(org("أفاد المركز الإعلامي للنادي أن", &[]), [0, 0, 0, 0, 0]);
    assert_eq!(org("يسعى البنك التجاري لتحقيق النجاح", &[]), [0; 5]);
    assert_eq!(org("أصبحت الشركة القطرية الأولى في", &[]), [0; 5]);
    // Another body after the adjective, and one after the genitive.
    assert_eq!(org("انتشر الجيش اللبناني واليونيفيل في", &[]), [0; 5]);
    assert_eq!(
        org("قالت وزارة التربية والتعليم العالي إن", &[]),
        [0, 5, 6, 6, 6, 0]
    );
}

#[test]
fn a_council_named_by_its_members_is_one_for_the_reader() {
    assert_eq!(org("وافق مجلس النواب على", &[]), [0, 5, 6, 0]);
    assert_eq!(anercorp("وافق مجلس النواب على", &[]), [0; 4]);
    assert_eq!(org("صوت مجلس النواب المصري على", &[]), [0, 5, 6, 6, 0]);
    // The session's adjective, a board; after a title, the title outside.
    assert_eq!(org("جلسة مجلس النواب الأسبوعية أمس", &[]), [0, 5, 6, 0, 0]);
    assert_eq!(org("وقال مجلس الإدارة إن", &[]), [0; 4]);
    assert_eq!(org("رئيس مجلس النواب", &[]), [0, 5, 6]);
    // The cabinet is read as the government is: no name of its own.
    assert_eq!(org("وافق مجلس الوزراء على", &[]), [0; 4]);
    assert_eq!(org("رئيس مجلس الوزراء", &[]), [0; 3]);
}

#[test]
fn some_weak_heads_with_a_genitive_and_an_adjective_are_a_name() {
    assert_eq!(org("وصادق مجلس النواب المغربي على", &[]), [0, 5, 6, 6, 0]);
    assert_eq!(org("وقال صندوق الاستثمارات العامة إن", &[]), [0, 5, 6, 6, 0]);
    // Without the adjective, or with a head that names descriptions too.
    assert_eq!(org("وقال صندوق الاستثمارات إن", &[]), [0, 0, 0, 0]);
    assert_eq!(org("وقالت شركة النفط الروسية إن", &[]), [0, 0, 0, 0, 0]);
    // A word after a preposition is no adjective of the name.
    assert_eq!(org("وقالت لجنة الكرة بالنادي إن", &[]), [0, 0, 0, 0, 0]);
    // An adjective that agrees with neither head nor genitive is no
    // part of the name (the council alone is one by its members).
    assert_eq!(org("جلسة مجلس النواب الأسبوعية أمس", &[]), [0, 5, 6, 0, 0]);
    assert_eq!(org("وقالت دائرة الأوقاف الإسلامية إن", &[]), [0, 5, 6, 6, 0]);
}

#[test]
fn a_place_after_the_genitive_that_is_a_nisba_is_an_adjective() {
    assert_eq!(
        org("وقالت وزارة الخارجية السعودية إن", &[0, 0, 0, 3, 0]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(org("قال البرلمان السعودي أمس", &[0, 0, 3, 0]), [0, 5, 6, 0]);
    // A place in the genitive is one still (جامعة القاهرة), and a place the
    // tagger began at the head is left as it is.
    assert_eq!(org("زار جامعة القاهرة أمس", &[0, 0, 3, 0]), [0, 5, 6, 0]);
    // An indefinite genitive before the place: محكمة جنايات عمان.
    assert_eq!(
        org("قضت محكمة جنايات عمان أمس", &[0, 0, 0, 3, 0]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(
        org("انهار الاتحاد السوفياتي عام", &[0, 3, 4, 0]),
        [0, 3, 4, 0]
    );
    // Not a nisba: the place stays outside.
    assert_eq!(
        org("وقالت وزارة الخارجية في لندن", &[0, 0, 0, 0, 3]),
        [0, 5, 6, 0, 3]
    );
}

#[test]
fn the_chain_stops_at_time_words_conjunctions_and_punctuation() {
    assert_eq!(org("مجلس الأمن اليوم", &[5]), [5, 6, 0]);
    assert_eq!(org("وزارة الخارجية اليوم", &[]), [5, 6, 0]);
    // Genitives after و belong to the name, but no new head or conjoined
    // name does: وزارة الطاقة والمعادن، but not والوزارة.
    assert_eq!(org("وزارة الطاقة والمعادن", &[]), [5, 6, 6]);
    assert_eq!(org("وزارة الطاقة والمعادن والمياه", &[]), [5, 6, 6, 6]);
    assert_eq!(org("وزارة الطاقة وقال الوزير", &[]), [5, 6, 0, 0]);
    assert_eq!(org("وزارة الطاقة ووزارة المالية", &[]), [5, 6, 5, 6]);
    assert_eq!(org("حزب الله والحكومة", &[]), [5, 6, 0]);
    assert_eq!(org("وزارة الخارجية ، وقال", &[]), [5, 6, 0, 0]);
    assert_eq!(org("شركة في العالم", &[]), [0, 0, 0]);
}

#[test]
fn a_complement_with_lam_closes_the_name_once() {
    // لل + a definite word, or ل + a word with its own genitive.
    assert_eq!(org("أعلن المعهد الوطني للإحصاء أن", &[]), [0, 5, 6, 6, 0]);
    assert_eq!(org("حزب التجمع الوطني للأحرار في", &[]), [5, 6, 6, 6, 0]);
    assert_eq!(
        org("المرصد السوري لحقوق الإنسان ومقره", &[5]),
        [5, 6, 6, 6, 0]
    );
    // After a name: جامعة الملك عبدالله للعلوم والتقنية.
    assert_eq!(
        org("جامعة الملك عبدالله للعلوم والتقنية", &[0, 0, 1]),
        [5, 6, 6, 6, 6]
    );
    // Only once.
    assert_eq!(org("وزارة الخارجية للصحفيين للمرة", &[]), [5, 6, 6, 0]);
    // A noun of time is no complement: الاتحاد الأوروبي للفترة المقبلة.
    assert_eq!(org("الاتحاد الأوروبي للفترة المقبلة", &[5, 6]), [5, 6, 0, 0]);
}

#[test]
fn an_acronym_in_brackets_after_an_organisation_is_one() {
    let words = ["أعلنت", "وكالة", "الأنباء", "(", "واس", ")"];
    let infos = vec![TokenInfo::default(); words.len()];
    let mut labels = vec![0, 5, 6, 0, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 0, 5, 0]);
    // Not after a place, and not over a name the tagger found (جامعة القاهرة (مصر)).
    let mut labels = vec![0, 3, 0, 0, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 3, 0, 0, 0, 0]);
    // A place no list holds is the acronym (واس read as a place); a listed one stays.
    let mut labels = vec![0, 5, 6, 0, 3, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 0, 5, 0]);
    let (words, mut infos) = listed("قالت جامعة القاهرة ( مصر )", &[]);
    infos[4].gazetteer = PLACE_LIST_BEGIN;
    let mut labels = vec![0, 0, 5, 0, 3, 0];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 0, 3, 0]);
    // Latin capitals; not a word in small letters or a number.
    for (acronym, label) in [("CIB", 5), ("G42", 5), ("Reuters", 0), ("2024", 0)] {
        let words = ["البنك", "التجاري", "(", acronym, ")"];
        let infos = vec![TokenInfo::default(); words.len()];
        let mut labels = vec![5, 6, 0, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [5, 6, 0, label, 0], "{acronym}");
    }
    // A weak head's chain that the tagger did not begin is a name when its
    // acronym follows, and one describing word may come between.
    assert_eq!(
        org("لدى بنك الفلاحة والتنمية الريفية ( بدر ) .", &[]),
        [0, 5, 6, 6, 6, 0, 5, 0, 0]
    );
    assert_eq!(org("لدى بنك الفلاحة والتنمية الريفية .", &[]), [0; 6]);
    assert_eq!(
        org(
            "وذكرت وكالة الأنباء الصومالية الرسمية ( صونا )",
            &[0, 5, 6, 6]
        ),
        [0, 5, 6, 6, 0, 0, 5, 0]
    );
    // A chain that ends the sentence looks past it for no acronym.
    assert_eq!(org("تعاقد مع بنك الفلاحة", &[]), [0; 4]);
    // Tatweels or nothing are no acronym.
    assert!(!is_acronym(""));
    assert!(!is_acronym("ـــ"));
    assert!(is_acronym("واس"));
}

#[test]
fn nouns_joined_by_wa_share_the_genitive_after_them() {
    // `conjunction`: the word whose و the reader took off as a proclitic.
    let chain = |text: &str, tagged: &[u8], conjunction: usize| {
        let (words, mut infos) = listed(text, &[]);
        infos[conjunction].clitic_chars = 1;
        let mut labels = tagged.to_vec();
        labels.resize(words.len(), 0);
        read(&words, &infos, &mut labels);
        labels
    };
    let text = "قالت وكالة غوث وتشغيل اللاجئين الفلسطينيين إن";
    assert_eq!(chain(text, &[], 3), [0, 5, 6, 6, 6, 6, 0]);
    // Whatever the tagger made of the first noun.
    assert_eq!(chain(text, &[0, 0, 1], 3), [0, 5, 6, 6, 6, 6, 0]);
    assert_eq!(
        chain(
            "بعمل وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين ورفضوا",
            &[0, 0, 5, 6],
            5
        ),
        [0, 5, 6, 6, 6, 6, 6, 6, 0]
    );
    // A و that is the word's own is no conjunction (وزيرة الخارجية).
    assert_eq!(chain("برلمان استبعدت وزيرة الخارجية", &[], 0), [0, 0, 0, 0]);
    // Not a noun joined to one with no genitive after it.
    assert_eq!(chain("وزارة الصحة ومستشفيات غزة", &[], 2), [5, 6, 0, 0]);
}

#[test]
fn names_the_tagger_found_join_the_chain_or_stay_whole() {
    // جامعة القاهرة: the place becomes part of the organisation.
    assert_eq!(org("في جامعة القاهرة", &[0, 0, 3]), [0, 5, 6]);
    // The tagger's longer organisation is kept.
    assert_eq!(org("مجلس الأمن الدولي", &[5, 6, 6]), [5, 6, 6]);
    // A person after the chain is not taken into it.
    assert_eq!(org("حزب العدالة رجب طيب", &[0, 0, 1, 2]), [5, 6, 1, 2]);
    // A person after a title is: جامعة الملك سعود.
    assert_eq!(org("جامعة الملك سعود", &[0, 0, 1]), [5, 6, 6]);
    // A person the chain took comes whole, and the complement after it.
    assert_eq!(
        org("مع جامعة محمد بن زايد للذكاء الاصطناعي", &[0, 0, 1, 2, 2]),
        [0, 5, 6, 6, 6, 6, 6]
    );
    // What a body belongs to is no part of its name.
    assert_eq!(
        org("عبر شركة هيوماين التابعة لصندوق", &[0, 0, 5]),
        [0, 5, 6, 0, 0]
    );
}

#[test]
fn a_plural_nisba_agrees_with_a_plural_genitive_not_a_head() {
    assert_eq!(
        org("إعلان نقابة الأطباء الأردنيين أن", &[0, 5, 6]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(org("باسم الحزب الباكستانيين الى", &[]), [0; 4]);
    // After a name or another adjective it is the verb's object.
    assert_eq!(
        org("حث الاتحاد الأوروبي الليبيين على", &[0, 5, 6]),
        [0, 5, 6, 0, 0]
    );
    assert_eq!(
        org("وأبلغ مجلس الأمن الدولي الصحفيين أن", &[0, 5, 6, 6]),
        [0, 5, 6, 6, 0, 0]
    );
}

#[test]
fn official_describes_a_body_and_names_none() {
    assert_eq!(
        org("وذكرت وكالة الأنباء الصومالية الرسمية أن", &[]),
        [0, 5, 6, 6, 0, 0]
    );
}

#[test]
fn a_purpose_whose_object_is_a_place_is_no_complement() {
    assert_eq!(
        org(
            "بعثة صندوق النقد الدولي لزيارة القاهرة",
            &[0, 5, 6, 6, 0, 3]
        ),
        [0, 5, 6, 6, 0, 3]
    );
    // A domain is: الاتحاد الأفريقي لكرة القدم.
    assert_eq!(org("الاتحاد الأفريقي لكرة القدم", &[5, 6]), [5, 6, 6, 6]);
}

#[test]
fn a_person_after_a_complement_is_no_part_of_the_name() {
    assert_eq!(
        org(
            "المدير العام للشركة التونسية للبنك الهادي الزواري",
            &[0, 0, 5, 6, 6, 1, 2]
        ),
        [0, 0, 5, 6, 6, 1, 2]
    );
}

#[test]
fn a_body_of_a_place_described_after_it_is_one_organisation() {
    assert_eq!(
        org("بتمويل من صندوق قطر للتنمية", &[0, 0, 0, 3]),
        [0, 0, 5, 6, 6]
    );
    // A listed place keeps the adjective after it (see nationalities_after_names).
    let (words, mut infos) = listed("أعلنت لجنة مهرجانات بعلبك الدولية أمس", &[]);
    infos[3].gazetteer = PLACE_LIST_BEGIN;
    let mut labels = vec![0, 0, 0, 3, 0, 0];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 6, 6, 0]);
    // Nothing after the place: a noun between names the body (مجلس قضاء
    // الجزائر, the court), where مجلس الجزائر is any council of the city.
    assert_eq!(org("أمام مجلس قضاء الجزائر", &[0, 0, 0, 3]), [0, 5, 6, 6]);
    assert_eq!(org("أمام مجلس الجزائر", &[0, 0, 3]), [0, 0, 3]);
    // Described once: the complement after the adjective is the verb's.
    let (words, mut infos) = listed("سمح مصرف سوريا المركزي للشركات الأجنبية", &[]);
    infos[2].gazetteer = PLACE_LIST_BEGIN;
    let mut labels = vec![0, 0, 3, 0, 0, 0];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 6, 0, 0]);
}

#[test]
fn a_definite_head_alone_is_no_name() {
    // The tagger's البنك after the bank was named in full.
    assert_eq!(org("وقال البنك في بيان", &[0, 5]), [0, 0, 0, 0]);
    assert_eq!(anercorp("وقال البنك في بيان", &[0, 5]), [0, 0, 0, 0]);
    // Not with its name after it, nor a listed name.
    assert_eq!(org("وقال البنك الدولي في", &[0, 5, 6]), [0, 5, 6, 0]);
    let (words, mut infos) = listed("فاز الاتحاد على", &[(1, 2)]);
    infos[1].gazetteer = ORG_LIST_BEGIN;
    let mut labels = vec![0, 5, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 0]);
    // Adjectives that do not agree with the head are another noun's.
    assert_eq!(org("تحقيق خطط البنك التنموية الدولية", &[]), [0; 5]);
}

#[test]
fn a_body_named_after_a_person_and_described_is_one_organisation() {
    assert_eq!(
        org("نقل إلى مستشفى ابن سينا التخصصي أمس", &[0, 0, 0, 1, 2]),
        [0, 0, 5, 6, 6, 6, 0]
    );
    assert_eq!(
        org("أعلن مركز الملك سلمان للإغاثة عن", &[0, 0, 0, 1]),
        [0, 5, 6, 6, 6, 0]
    );
    // Nothing after the person: whose office it is.
    assert_eq!(
        org("وقال مكتب نتنياهو في بيان", &[0, 0, 1]),
        [0, 0, 1, 0, 0]
    );
}

#[test]
fn an_organisation_after_a_conjunction_or_a_place_word_ends_the_chain() {
    let (words, mut infos) = listed("وكانت منظمة العفو الدولية وهيومن رايتس ووتش قد", &[]);
    infos[4].clitic_chars = 1;
    let mut labels = vec![0, 5, 0, 0, 5, 6, 6, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 6, 5, 6, 6, 0]);
    // حركة فتح إقليم جنين: the region's word opens a place, not the party's name.
    let (words, mut infos) = listed("وكانت حركة فتح إقليم جنين قد", &[]);
    infos[3].triggers = TRIGGER_LOC_HEAD;
    let mut labels = vec![0, 0, 5, 0, 3, 0];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 0, 3, 0]);
}

/// `words` analysed for the rules: folded hashes, and the organisation list's
/// begin and inside bits over the words `listed` gives (start, end).
/// Each word's analysis with its folded spelling only.
fn plain_infos(words: &[&str]) -> Vec<TokenInfo> {
    words
        .iter()
        .map(|w| TokenInfo {
            norm: hash_word(&normalize(w)),
            ..TokenInfo::default()
        })
        .collect()
}

fn listed<'a>(words: &'a str, entries: &[(usize, usize)]) -> (Vec<&'a str>, Vec<TokenInfo>) {
    let words: Vec<&str> = words.split(' ').collect();
    let mut infos = plain_infos(&words);
    for &(a, b) in entries {
        infos[a].gazetteer |= ORG_LIST_BEGIN;
        for info in &mut infos[a + 1..b] {
            info.gazetteer |= ORG_LIST_INSIDE;
        }
    }
    (words, infos)
}

#[test]
fn a_head_written_as_a_verb_needs_a_name_after_it() {
    // ونادى المحرضين: he called on the inciters, as the tagger may read it.
    let (words, infos) = listed("ونادى المحرضين بالكف عن الفتنة", &[]);
    let mut labels = vec![5, 6, 0, 0, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0, 0, 0]);
    // تحالف الحزبان: allied, the two parties; a strong head's chain otherwise.
    assert_eq!(org("وتحالف الحزبان في الانتخابات", &[]), [0, 0, 0, 0]);
    assert_eq!(org("أعلن تحالف القوى الوطنية", &[]), [0, 5, 6, 6]);
    assert_eq!(org("قال نادى الأسير الفلسطيني إن", &[0, 5]), [0, 5, 6, 6, 0]);
    // The club in the spelling with ى, before a listed name.
    let (words, infos) = listed("وفاز نادى الزمالك أمس", &[(2, 3)]);
    let mut labels = vec![0, 5, 6, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 0]);
}

#[test]
fn a_listed_name_after_a_head_is_the_organisation() {
    // نادي الهلال: the tagger read a crescent; the head stays outside, as
    // ANERcorp writes club names.
    let (words, infos) = listed("وفاز نادي الهلال على", &[(2, 3)]);
    let mut labels = vec![0; 4];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 5, 0]);
    // An indefinite adjective the list matches without its article is no name.
    let (words, infos) = listed("تشغيل مستشفى جديد في", &[(2, 3)]);
    let mut labels = vec![0; 4];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0, 0]);
    // Nor after a strong head, whose genitive is no name of its own: وزارة
    // النفط (the reader's chain takes it whole).
    let (words, infos) = listed("في وزارة النفط العراقية", &[(2, 3)]);
    let mut labels = vec![0; 4];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0, 0]);
    Chains::new().institutions(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 6]);
    // Nor after a verb: ونادى الهلال is not read as a club by this rule.
    let (words, infos) = listed("ونادى الهلال", &[(1, 2)]);
    let mut labels = vec![0; 2];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0]);
}

#[test]
fn heads_of_clubs_companies_and_movements_stay_outside_the_name() {
    // As ANERcorp writes them: the name alone.
    assert_eq!(
        anercorp("أعلنت شركة موتورولا أمس", &[0, 5, 6, 0]),
        [0, 0, 5, 0]
    );
    assert_eq!(
        anercorp("فرضته حركة طالبان على", &[0, 5, 6, 0]),
        [0, 0, 5, 0]
    );
    assert_eq!(
        anercorp("وقال لوكالة رويترز إن", &[0, 5, 6, 0]),
        [0, 0, 5, 0]
    );
    // وكالة keeps a definite genitive; other heads keep theirs.
    assert_eq!(
        anercorp("وقالت وكالة الأنباء الفرنسية إن", &[0, 5, 6, 6, 0]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(anercorp("وأعلن حزب الأمة أمس", &[0, 5, 6, 0]), [0, 5, 6, 0]);
    // The reader sees the head again.
    let (words, infos) = listed("أعلنت شركة موتورولا أمس", &[]);
    let mut labels = vec![0, 5, 6, 0];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 0]);
}

#[test]
fn a_nationality_after_an_organisations_own_name_is_outside_it() {
    assert_eq!(
        anercorp("وأعلنت توتال الفرنسية أمس", &[0, 5, 6, 0]),
        [0, 5, 0, 0]
    );
    assert_eq!(
        anercorp("لاعب ريال مدريد الإسباني لكرة القدم", &[0, 5, 6, 6, 6, 6]),
        [0, 5, 6, 0, 0, 0]
    );
    // After a definite word or a head the nisba is the name's own.
    assert_eq!(
        anercorp("قرار الاتحاد الأوروبي أمس", &[0, 5, 6, 0]),
        [0, 5, 6, 0]
    );
    // After a listed place, or a word training saw mostly outside names.
    let (words, infos) = flagged(
        "قرار بنك إنجلترا المركزي أمس",
        &[0, 0, PLACE_LIST_BEGIN],
        &[],
    );
    let mut labels = vec![0, 5, 6, 6, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 6, 0]);
    let (words, mut infos) = listed("قوات حلف شمال الأطلسي أمس", &[]);
    infos[2].stats = StemStats {
        count: 40,
        shares: [0, 30, 10, 0],
    };
    let mut labels = vec![0, 5, 6, 6, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 6, 0]);
    infos[2].stats.count = 0;
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 0, 0]);
}

fn reader(words: &str, entries: &[(usize, usize)], tagged: &[u8]) -> Vec<u8> {
    let (words, infos) = listed(words, entries);
    let mut labels = tagged.to_vec();
    labels.resize(words.len(), 0);
    Chains::new().institutions(&words, &infos, &mut labels);
    labels
}

#[test]
fn an_institution_named_after_a_place_is_one_organisation() {
    assert_eq!(
        reader("وارتفع مؤشر بورصة الكويت أمس", &[], &[0, 0, 0, 3]),
        [0, 0, 5, 6, 0]
    );
    assert_eq!(
        reader("ونقل إلى مستشفى دبي", &[], &[0, 0, 0, 3]),
        [0, 0, 5, 6]
    );
    // With its adjectives, and after a preposition.
    assert_eq!(
        reader("نقل إلى مستشفى القاهرة الدولي أمس", &[], &[0, 0, 0, 3]),
        [0, 0, 5, 6, 6, 0]
    );
    assert_eq!(reader("تخرج لجامعة القاهرة", &[], &[0, 0, 3]), [0, 5, 6]);
    // A listed place the tagger left alone.
    let (words, mut infos) = listed("نقل إلى مستشفى العريش العام", &[]);
    infos[3].gazetteer = 1 << 2;
    let mut labels = vec![0; 5];
    Chains::new().institutions(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 5, 6, 6]);
    // A place after a word that heads no institution stays a place.
    assert_eq!(reader("سوق دبي", &[], &[0, 3]), [0, 3]);
    // A listed place that the training text showed mostly as a common word.
    let (words, mut infos) = listed("افتتاح مستشفى جديد في", &[]);
    infos[2].gazetteer = 1 << 2;
    infos[2].stats.count = 40;
    let mut labels = vec![0; 4];
    Chains::new().institutions(&words, &infos, &mut labels);
    assert_eq!(labels, [0; 4]);
    assert_eq!(reader("المستشفى دبي", &[], &[0, 3]), [0, 3]);
}

#[test]
fn a_facility_is_named_by_its_place_or_whole_after_a_person() {
    // The place is the name: the head and the adjective stay outside.
    assert_eq!(
        reader("هبطت في مطار القاهرة الدولي أمس", &[], &[0, 0, 0, 3]),
        [0, 0, 0, 3, 0, 0]
    );
    let titled = |text: &str, title: usize, tagged: &[u8]| {
        let (words, mut infos) = listed(text, &[]);
        infos[title].triggers = TRIGGER_TITLE;
        let mut labels = tagged.to_vec();
        labels.resize(words.len(), 0);
        Chains::new().institutions(&words, &infos, &mut labels);
        labels
    };
    // A title before the person, a listed place the tagger left alone.
    assert_eq!(
        titled("هبطت في مطار الملك خالد الدولي", 3, &[0, 0, 0, 0, 1]),
        [0, 0, 3, 4, 4, 4]
    );
    let (words, mut infos) = listed("رست في ميناء العريش", &[]);
    infos[3].gazetteer = 1 << 2;
    let mut labels = vec![0; 4];
    Chains::new().institutions(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0, 3]);
    // No name after it, and a title after the name.
    assert_eq!(reader("وصلوا إلى المطار أمس", &[], &[]), [0; 4]);
    assert_eq!(
        titled("انفجار مرفأ بيروت القاضي طارق", 3, &[0, 0, 3, 0, 1]),
        [0, 0, 3, 0, 1]
    );
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
fn a_head_before_an_organisation_opens_it() {
    assert_eq!(reader("فاز نادي الهلال على", &[], &[0, 0, 5]), [0, 5, 6, 0]);
    assert_eq!(
        reader("وقالت شركة أرامكو إن", &[], &[0, 0, 5]),
        [0, 5, 6, 0]
    );
    // Not a head with the article, a verb, or before another head's name.
    assert_eq!(reader("النادي الأهلي", &[], &[0, 5]), [0, 5]);
    assert_eq!(reader("ونادى حزب الله", &[], &[0, 5, 6]), [0, 5, 6]);
    assert_eq!(reader("مجلس حزب الله", &[], &[0, 5, 6]), [0, 5, 6]);
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

/// `words` with the given gazetteer flags and proclitic lengths per word.
fn flagged<'a>(words: &'a str, flags: &[u16], clitics: &[u8]) -> (Vec<&'a str>, Vec<TokenInfo>) {
    let (words, mut infos) = listed(words, &[]);
    for (i, info) in infos.iter_mut().enumerate() {
        info.gazetteer = flags.get(i).copied().unwrap_or(0);
        info.clitic_chars = clitics.get(i).copied().unwrap_or(0);
    }
    (words, infos)
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
fn a_body_named_after_a_place_is_one_organisation() {
    assert_eq!(
        reader("وقالت قوات سوريا الديمقراطية إن", &[], &[0, 0, 3]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(
        reader("أعلنت مديرية أمن الإسكندرية أمس", &[], &[0, 0, 0, 3]),
        [0, 5, 6, 6, 0]
    );
    let (words, mut infos) = listed("قالت حكومة إقليم كردستان إن", &[]);
    infos[2].triggers = TRIGGER_LOC_HEAD;
    let mut labels = vec![0, 0, 3, 4, 0];
    Chains::new().institutions(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 6, 0]);
    // A government of a country alone is no name.
    assert_eq!(
        reader("وقالت حكومة الأردن إن", &[], &[0, 0, 3]),
        [0, 0, 3, 0]
    );
    // A nisba place after an organisation is its adjective.
    assert_eq!(
        reader("وذكرت وكالة الأنباء العمانية أن", &[], &[0, 5, 6, 3]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(reader("مجلس الأمن سوريا", &[], &[5, 6, 3]), [5, 6, 3]);
    // An adjective the chain left out.
    assert_eq!(
        reader("قضت المحكمة الاتحادية العليا بأن", &[], &[0, 5, 6]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(
        reader("وعقد الاتحاد العام الماضي مؤتمره", &[], &[0, 5]),
        [0, 5, 0, 0, 0]
    );
    // العام is "general" before a complement, not the year.
    assert_eq!(
        reader("ينظم الاتحاد العام للعمال إضرابا", &[], &[]),
        [0, 5, 6, 6, 0]
    );
    // Two nisbas joined by و; a construct complement after a definite head
    // and its adjective.
    assert_eq!(
        reader("وقال القطب القضائي الاقتصادي والمالي إن", &[], &[]),
        [0, 5, 6, 6, 6, 0]
    );
    assert_eq!(
        reader("وقال المركز الوطني لمكافحة الأوبئة إن", &[], &[]),
        [0, 5, 6, 6, 6, 0]
    );
    // Not a bank's purpose.
    assert_eq!(reader("كان البنك التجاري لتحقيق النجاح", &[], &[]), [0; 5]);
    // A hospital with its place and adjective.
    assert_eq!(
        reader("نقل إلى مستشفى الرمادي العام", &[], &[0, 0, 0, 3]),
        [0, 0, 5, 6, 6]
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
fn a_stock_market_is_named_after_its_place() {
    let market = |text: &str, tagged: &[u8]| {
        let (words, mut infos) = listed(text, &[]);
        let place = tagged.iter().position(|&l| l == LOC_B).expect("a place");
        infos[place].gazetteer |= PLACE_LIST_BEGIN;
        let mut labels = tagged.to_vec();
        read(&words, &infos, &mut labels);
        labels
    };
    assert_eq!(
        market("مؤشر سوق دبي المالي بنسبة", &[0, 0, 3, 0, 0]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(
        market("إن سوق الكويت للأوراق المالية أغلق", &[0, 0, 3, 0, 0, 0]),
        [0, 5, 6, 6, 6, 0]
    );
    // Any other market of a place is a market.
    assert_eq!(
        market("وشهد سوق الرياض الشعبي إقبالا", &[0, 0, 3, 0, 0]),
        [0, 0, 3, 0, 0]
    );
}

#[test]
fn a_name_ends_before_a_verb_the_tagger_ran_it_into() {
    assert_eq!(
        anercorp("طلاب جامعة أسيوط يفوزون بالمركز الأول", &[0, 5, 6, 6, 6, 0]),
        [0, 5, 6, 0, 0, 0]
    );
    // A verb in the future, after a name that has no article (جو بايدن
    // سيلتقي).
    let mut infos = vec![TokenInfo::default(); 4];
    infos[3].future = true;
    let mut labels = [0, 1, 2, 2];
    Chains::new().complete(&["الرئيس", "جو", "بايدن", "سيلتقي"], &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 0]);
    // A person the tagger ran on past the verb is a person of their own when
    // training saw the word in persons' names (أوباما سيلتقي ميركل), not when
    // it is a common word.
    let met = |count: u8, common_word: bool| {
        let mut infos = vec![TokenInfo::default(); 4];
        infos[2].future = true;
        infos[3].stats.count = count;
        infos[3].stats.shares = [255, 0, 0, 0];
        infos[3].common_word = common_word;
        let mut labels = [0, 1, 2, 2];
        Chains::new().complete(&["إن", "أوباما", "سيلتقي", "ميركل"], &infos, &mut labels);
        labels
    };
    assert_eq!(met(4, false), [0, 1, 0, 1]);
    assert_eq!(met(4, true), [0, 1, 0, 0]);
    assert_eq!(met(0, false), [0, 1, 0, 0]);
    // Not a name that only begins like one.
    let none = TokenInfo::default();
    assert!(!imperfect_plural("اليونان", &none));
    assert!(!imperfect_plural("تلفزيون", &none));
    let listed = TokenInfo {
        gazetteer: PERSON_LIST_BEGIN,
        ..TokenInfo::default()
    };
    assert!(imperfect_plural("يوهانسون", &none));
    assert!(!imperfect_plural("يوهانسون", &listed));
}

#[test]
fn a_place_completes_some_institutions_names() {
    // `ba`: the words whose ب the reader took off as a proclitic.
    let located = |text: &str, tagged: &[u8], ba: &[usize]| {
        let (words, mut infos) = listed(text, &[]);
        for &j in ba {
            infos[j].clitic_chars = 1;
        }
        let mut labels = tagged.to_vec();
        labels.resize(words.len(), 0);
        read(&words, &infos, &mut labels);
        labels
    };
    // A mission, what describes it and where it serves.
    assert_eq!(
        located(
            "أعربت بعثة الأمم المتحدة للدعم في ليبيا عن",
            &[0, 0, 5, 6, 0, 0, 3],
            &[]
        ),
        [0, 5, 6, 6, 6, 6, 6, 0]
    );
    assert_eq!(
        located(
            "أعلنت قوة الأمم المتحدة المؤقتة في لبنان أن",
            &[0, 0, 5, 6, 0, 0, 3],
            &[]
        ),
        [0, 5, 6, 6, 6, 6, 6, 0]
    );
    // A court and its city after ب.
    assert_eq!(
        located("وأصدرت المحكمة الابتدائية بتونس حكما", &[0, 5, 6, 3], &[3]),
        [0, 5, 6, 6, 0]
    );
    // One foreign adjective and the place.
    assert_eq!(
        located("تنظم الجامعة الأمريكية بالقاهرة مؤتمرا", &[0, 5, 6, 3], &[3]),
        [0, 5, 6, 6, 0]
    );
    assert_eq!(
        located("مع المعهد الفرنسي في لبنان .", &[0, 5, 6, 0, 3], &[]),
        [0, 5, 6, 6, 6, 0]
    );
    // Not a name complete already, nor a home institution, nor a union in a
    // place, nor an adjective that is another word's.
    for (text, tagged) in [
        ("وقالت جامعة اليرموك في إربد إن", &[0u8, 5, 6, 0, 3, 0][..]),
        (
            "وقضت المحكمة الدستورية الاتحادية في كارلسروه بأن",
            &[0, 5, 6, 6, 0, 3, 0],
        ),
        ("وقالت الجامعة الأردنية في عمان إن", &[0, 5, 6, 0, 3, 0]),
        // (A body ending on a nationality: `tests/recognize/organisations.rs`,
        // where the lists flag it.)
        ("لدعم وحدات الجيش الوطني بدارفور أمس", &[0, 0, 5, 6, 3, 0]),
        ("علاقة الحزب التحالفية بسوريا وإيران", &[0, 5, 6, 3, 0]),
    ] {
        let ba: Vec<usize> = text
            .split(' ')
            .enumerate()
            .filter(|(_, w)| w.starts_with("ب"))
            .map(|(j, _)| j)
            .collect();
        let got = located(text, tagged, &ba);
        assert!(
            got.iter().filter(|&&l| l == LOC_B).count() == 1,
            "{text}: {got:?}"
        );
    }
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
fn a_clubs_sporting_adjective_is_part_of_its_name() {
    assert_eq!(
        org("عاد الترجي الرياضي التونسي بتعادل", &[0, 5, 0, 0, 0]),
        [0, 5, 6, 6, 0]
    );
    // Not after a person or a common noun.
    assert_eq!(org("وقال مديره الرياضي إن", &[0, 0, 0, 0]), [0; 4]);
    assert_eq!(org("قال سامي الرياضي إن", &[0, 1, 0, 0]), [0, 1, 0, 0]);
}

#[test]
fn a_confederation_is_a_body_and_the_champions_league_a_competition() {
    assert_eq!(
        org("وأعلنت الكونفدرالية الإفريقية لكرة القدم أن", &[]),
        [0, 5, 6, 6, 6, 0]
    );
    assert_eq!(org("نصف نهائي رابطة الأبطال بعد", &[]), [0; 5]);
    assert_eq!(
        org("ربع نهائي رابطة أبطال إفريقيا .", &[0, 0, 0, 0, 3, 0]),
        [0, 0, 0, 0, 3, 0]
    );
}

#[test]
fn a_country_of_two_words_the_tagger_took_for_a_person_is_the_country() {
    let mut infos = plain_infos(&["أمام", "بطل", "كوت", "ديفوار", "غدا"]);
    infos[2].gazetteer = COUNTRY_LIST_BEGIN;
    infos[3].gazetteer = COUNTRY_LIST_INSIDE;
    let mut labels = [0, 0, PER_B, PER_I, 0];
    countries_are_no_people(&infos, &mut labels);
    assert_eq!(labels, [0, 0, LOC_B, LOC_I, 0]);
    // A person whose name runs past the entry stays a person.
    let mut labels = [0, 0, PER_B, PER_I, PER_I];
    countries_are_no_people(&infos, &mut labels);
    assert_eq!(labels, [0, 0, PER_B, PER_I, PER_I]);
    // One word of a country's name alone is left to the tagger.
    let mut labels = [0, 0, PER_B, 0, 0];
    countries_are_no_people(&infos, &mut labels);
    assert_eq!(labels, [0, 0, PER_B, 0, 0]);
}

#[test]
fn a_reporting_verb_opens_no_name_but_a_given_name_stays_one() {
    let quote_words = crate::quotes::words::QuoteWords::new();
    let open =
        |sentence: &str, labels: &[u8], triggers: &[(usize, u8)], nationality: Option<usize>| {
            let words: Vec<&str> = sentence.split(' ').collect();
            let mut infos: Vec<TokenInfo> = words
                .iter()
                .map(|w| TokenInfo {
                    norm: hash_word(&normalize(w)),
                    ..TokenInfo::default()
                })
                .collect();
            for &(i, t) in triggers {
                infos[i].triggers = t;
            }
            if let Some(i) = nationality {
                infos[i].nationality = true;
            }
            let mut labels = labels.to_vec();
            verbs_open_no_names(&words, &infos, &mut labels, &quote_words);
            labels
        };
    assert_eq!(
        open(
            "وعلى صعيد آخر ناشد محرم الراغب الجماهير",
            &[0, 0, 0, 1, 2, 2, 0],
            &[],
            None
        ),
        [0, 0, 0, 0, 1, 2, 0]
    );
    assert_eq!(
        open("كما طالب أنان الذي", &[0, 1, 2, 0], &[], None),
        [0, 0, 1, 0]
    );
    // After a title, a particle, a nationality or another person: a name.
    let kept = [0, 0, 1, 2, 0];
    assert_eq!(
        open(
            "وقال الشيخ طالب الرفاعي إن",
            &kept,
            &[(1, TRIGGER_TITLE)],
            None
        ),
        kept
    );
    assert_eq!(
        open(
            "وقال أبو طالب الهاشمي إن",
            &kept,
            &[(1, TRIGGER_PARTICLE)],
            None
        ),
        kept
    );
    assert_eq!(
        open("القصة الكويتي طالب الدوسري أما", &kept, &[], Some(1)),
        kept
    );
    assert_eq!(
        open("سيدورف وروي ماكاي وإدغار", &[1, 1, 2, 0], &[], None),
        [1, 1, 2, 0]
    );
    // A verb that is also a given name, before a family name: a name.
    assert_eq!(
        open("وقال طالب الرفاعي إن", &[0, 1, 2, 0], &[], None),
        [0, 1, 2, 0]
    );
    assert_eq!(
        open(
            "وقال طالب حسين إن",
            &[0, 1, 2, 0],
            &[(1, TRIGGER_GIVEN)],
            None
        ),
        [0, 1, 2, 0]
    );
}

#[test]
fn a_spokespersons_unseen_name_after_the_body_is_a_person_but_no_verb_is() {
    let run = |words: &[&str], labels: &[u8]| {
        let infos = vec![TokenInfo::default(); words.len()];
        let mut labels = labels.to_vec();
        spokespeople(words, &infos, &mut labels);
        labels
    };
    let body = [0, 0, 5, 6, 0, 0, 0];
    assert_eq!(
        run(
            &[
                "وقال",
                "المتحدث",
                "باسم",
                "الجيش",
                "الإسرائيلي",
                "أفيخاي",
                "أدرعي"
            ],
            &[0, 0, 0, 5, 6, 0, 0]
        ),
        [0, 0, 0, 5, 6, 1, 2]
    );
    // A verb in the present after the body is none.
    assert_eq!(
        run(
            &[
                "الناطق",
                "باسم",
                "الجيش",
                "الإسرائيلي",
                "يؤكد",
                "مقتل",
                "جنود"
            ],
            &body
        ),
        body
    );
    // Nor after باسم without a spokesperson (سجلت باسم شركة …).
    assert_eq!(
        run(
            &[
                "وسجلت",
                "العلامة",
                "باسم",
                "الجيش",
                "الفرنسي",
                "لوبرفيوم",
                "دارمي"
            ],
            &[0, 0, 0, 5, 6, 0, 0]
        ),
        [0, 0, 0, 5, 6, 0, 0]
    );
}

#[test]
fn a_league_named_after_its_sponsor_is_no_person() {
    let words = ["صدارة", "دوري", "روشن", "السعودي"];
    let mut labels = vec![0, 0, 1, 0];
    leagues_name_no_people(&words, &mut labels);
    assert_eq!(labels, [0, 0, 0, 0]);
    // A person after another word stays one.
    let words = ["وقال", "روشن", "إن"];
    let mut labels = vec![0, 1, 0];
    leagues_name_no_people(&words, &mut labels);
    assert_eq!(labels, [0, 1, 0]);
}

#[test]
fn ould_between_two_names_is_son_of_and_after_a_name_a_verb() {
    // محمد | ولد | عبد العزيز: the tagger began a second person after ولد.
    assert_eq!(anercorp("محمد ولد عبد العزيز", &[1, 0, 1, 2]), [1, 2, 2, 2]);
    // ولد بفاس: born in Fez.
    assert_eq!(anercorp("محمد بنيس ولد بفاس", &[1, 2, 0, 3]), [1, 2, 0, 3]);
}

#[test]
fn a_preposition_spelt_as_a_name_ends_no_organisation_but_a_person() {
    // مجلس إدارة البنك علي إصدار: على written with ي.
    assert_eq!(
        anercorp(
            "مجلس إدارة البنك علي إصدار",
            &[ORG_B, ORG_I, ORG_I, ORG_I, 0]
        ),
        [ORG_B, ORG_I, ORG_I, 0, 0]
    );
    // محمد علي is a person's name.
    assert_eq!(anercorp("وقال محمد علي إن", &[0, 1, 2, 0]), [0, 1, 2, 0]);
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
fn an_asian_family_name_that_is_an_arabic_word_opens_the_name() {
    // The tagger began after لي; the name's last word is one training never
    // saw (every word here is, in this test's analysis).
    assert_eq!(
        org(
            "والرئيس الكوري لي جاي ميونغ في طوكيو",
            &[0, 0, 0, 1, 2, 0, 0]
        ),
        [0, 0, 1, 2, 2, 0, 0]
    );
    // Before a name of one word, لي is "to me".
    assert_eq!(
        org("وقال لي خالد إن الخبر صحيح", &[0, 0, 1, 0, 0, 0]),
        [0, 0, 1, 0, 0, 0]
    );
}

#[test]
fn a_particle_before_a_preposition_spelt_with_alef_maqsura_leaves_the_name() {
    // على (on) ends no name, in either spelling of its last letter.
    for on in ["على", "علي"] {
        let text = format!("وقال لوكا دي {on} هامش المؤتمر");
        assert_eq!(org(&text, &[0, 1, 2, 0, 0, 0]), [0, 1, 0, 0, 0, 0], "{on}");
    }
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

#[test]
fn a_kings_ordinal_ends_his_name_and_a_given_name_after_it_opens_another() {
    let words = [
        "رئيس",
        "جامعة",
        "محمد",
        "الخامس",
        "عادل",
        "بن",
        "حمزة",
        "إن",
    ];
    let mut infos = plain_infos(&words);
    for i in [3, 4] {
        infos[i].definite = i == 3;
    }
    infos[4].triggers = TRIGGER_GIVEN;
    let mut labels = vec![0, 0, 1, 2, 2, 2, 2, 0];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 6, 1, 2, 2, 0]);
    // An epithet with the article after the ordinal is his (محمد الثاني الفاتح).
    let words = ["وقال", "محمد", "الثاني", "الفاتح", "إن"];
    let mut infos = plain_infos(&words);
    for i in [2, 3] {
        infos[i].definite = true;
    }
    infos[3].triggers = TRIGGER_GIVEN;
    let mut labels = vec![0, 1, 2, 2, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 0]);
    // So is a name of one word after it (محمد الخامس رشاد).
    infos[3].definite = false;
    let mut labels = vec![0, 1, 2, 2, 0];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 2, 2, 0]);
}

#[test]
fn a_body_mourning_the_deceased_ends_before_him() {
    assert_eq!(
        org("ينعى الديوان الملكي المغفور له", &[0, 5, 6, 6]),
        [0, 5, 6, 0, 0]
    );
}

#[test]
fn a_given_name_after_a_word_for_a_calling_opens_a_person() {
    // الروائية سناء الخطيب: a novelist, a given name, a family name.
    let words = ["قالت", "الروائية", "سناء", "الخطيب", "إن"];
    let mut infos = plain_infos(&words);
    infos[1].definite = true;
    infos[2].triggers = TRIGGER_GIVEN;
    infos[3].definite = true;
    infos[3].triggers = TRIGGER_FAMILY;
    let mut labels = vec![0; 5];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 1, 2, 0]);
    // A minister of a body of two words, and a family name that is a word
    // too (صعب, difficult), which the lists hold as a family's.
    let words = ["وقال", "وزير", "الصحة", "العامة", "مروان", "صعب", "إن"];
    let mut infos = plain_infos(&words);
    infos[1].triggers = TRIGGER_TITLE;
    for i in [2, 3] {
        infos[i].definite = true;
    }
    infos[4].triggers = TRIGGER_GIVEN;
    infos[5].triggers = TRIGGER_FAMILY;
    infos[5].common_word = true;
    let mut labels = vec![0; 7];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 0, 0, 0, 1, 2, 0]);
    // Not before a relative, nor after a word that describes no calling.
    let words = ["وقال", "المهاجم", "يزن", "الذي", "سجل"];
    let mut infos = plain_infos(&words);
    infos[1].definite = true;
    infos[2].triggers = TRIGGER_GIVEN;
    infos[3].definite = true;
    infos[3].stats.count = 200;
    let mut labels = vec![0; 5];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0; 5]);
    // A noun with the article that training saw outside names is the given
    // name's genitive (المواطن سعيد الحظ: lucky).
    let words = ["وبدا", "المواطن", "سعيد", "الحظ", "بعد"];
    let mut infos = plain_infos(&words);
    infos[1].definite = true;
    infos[2].triggers = TRIGGER_GIVEN;
    infos[3].definite = true;
    infos[3].stats.count = 12;
    let mut labels = vec![0; 5];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0; 5]);
    let words = ["وقال", "الفريق", "يزن", "القضاة", "إن"];
    let mut infos = plain_infos(&words);
    infos[1].definite = true;
    infos[2].triggers = TRIGGER_GIVEN;
    infos[3].definite = true;
    infos[3].stats.count = 25;
    let mut labels = vec![0; 5];
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0; 5]);
}

#[test]
fn a_nationality_inside_one_name_before_an_unseen_word_stands_between_two_people() {
    // اللاعب كارلوس | الصربي | نوفاك ديوكوفيتش, read as one name.
    let words = ["اللاعب", "كارلوس", "الصربي", "نوفاك", "ديوكوفيتش"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[1].stats = StemStats {
        count: 19,
        shares: [255, 0, 0, 0],
    };
    infos[2].nationality = true;
    infos[2].definite = true;
    let mut labels = vec![0, 1, 2, 2, 2];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 1, 0, 1, 2]);
    // Before a word with the article, a classical name's nisbas stay one
    // name (النحريري السعودي الضرير); before a word training saw, too.
    let words = ["محمد", "النحريري", "السعودي", "الضرير"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[2].nationality = true;
    infos[2].definite = true;
    infos[3].definite = true;
    let mut labels = vec![1, 2, 2, 2];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [1, 2, 2, 2]);
    infos[3].definite = false;
    infos[3].stats = StemStats {
        count: 40,
        shares: [128, 0, 0, 0],
    };
    let mut labels = vec![1, 2, 2, 2];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [1, 2, 2, 2]);
}

#[test]
fn a_person_run_onto_the_end_of_a_listed_body_is_cut_off_it() {
    // زعيم حزب العمال | كير ستارمر: the lists hold حزب العمال whole and كير
    // as a word of a person's name.
    let words = ["زعيم", "حزب", "العمال", "كير", "ستارمر"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[1].gazetteer = ORG_LIST_BEGIN;
    infos[2].gazetteer = ORG_LIST_INSIDE;
    infos[3].triggers = TRIGGER_NAME;
    let mut labels = vec![0, 5, 6, 6, 6];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 1, 2]);
    // Not with a word no list holds as a name first, nor a complement after
    // ل (منظمة الأمم المتحدة للطفولة, a derived entry that ends early).
    infos[3].triggers = 0;
    let mut labels = vec![0, 5, 6, 6, 6];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, 5, 6, 6, 6]);
    let words = ["منظمة", "الأمم", "المتحدة", "للطفولة"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    infos[0].gazetteer = ORG_LIST_BEGIN;
    infos[1].gazetteer = ORG_LIST_INSIDE;
    infos[2].gazetteer = ORG_LIST_INSIDE;
    infos[3].stats = StemStats {
        count: 30,
        shares: [0, 0, 20, 0],
    };
    let mut labels = vec![5, 6, 6, 6];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [5, 6, 6, 6]);
}

#[test]
fn a_foreign_family_name_read_as_ba_and_a_word_is_still_one() {
    use super::people::family_name_at;
    // بلينكن analysed as ب + لينكن, a word training never showed.
    let mut infos = vec![TokenInfo {
        clitic_chars: 1,
        ..TokenInfo::default()
    }];
    assert!(family_name_at(&["بلينكن"], &infos, 0));
    // Not a word training saw (بالقرب), one with the article, nor و + a word.
    infos[0].stats = StemStats {
        count: 12,
        shares: [0, 0, 0, 0],
    };
    assert!(!family_name_at(&["بالقرب"], &infos, 0));
    infos[0].stats = StemStats::default();
    infos[0].definite = true;
    assert!(!family_name_at(&["بالمدينة"], &infos, 0));
    infos[0].definite = false;
    assert!(!family_name_at(&["ولينكن"], &infos, 0));
}

#[test]
fn a_foreign_name_the_tagger_ran_into_a_listed_body_ends_before_it() {
    let words = ["وقال", "فلافيو", "دي", "جاكومو", "لـبي", "بي", "سي", ":"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    for (info, w) in infos.iter_mut().zip(words) {
        info.norm = hash_word(&normalize(w));
    }
    infos[4].gazetteer = ORG_LIST_BEGIN;
    infos[4].clitic_chars = 1;
    infos[5].gazetteer = ORG_LIST_INSIDE;
    infos[6].gazetteer = ORG_LIST_INSIDE;
    let tagged = [0, PER_B, PER_I, ORG_B, ORG_I, ORG_I, ORG_I, 0];
    let mut labels = tagged;
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(labels, [0, PER_B, PER_I, PER_I, ORG_B, ORG_I, ORG_I, 0]);
    // A word training saw is the body's, as the tagger read it.
    infos[3].stats.count = 12;
    let mut labels = tagged;
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(&labels[3..7], [ORG_B, ORG_I, ORG_I, ORG_I]);
    // So is one before a body no list holds.
    infos[3].stats.count = 0;
    infos[4].gazetteer = 0;
    let mut labels = tagged;
    Chains::new().complete(&words, &infos, &mut labels);
    assert_eq!(&labels[3..7], [ORG_B, ORG_I, ORG_I, ORG_I]);
}

#[test]
fn a_chamber_takes_the_listed_city_the_tagger_left_unmarked() {
    let words = ["ونظمت", "الغرفة", "التجارية", "بالقصيم", "ملتقى"];
    let mut infos = vec![TokenInfo::default(); words.len()];
    for (info, w) in infos.iter_mut().zip(words) {
        info.norm = hash_word(&normalize(w));
        info.stats.count = 40;
    }
    infos[3].gazetteer = CITY_LIST_BEGIN;
    infos[3].clitic_chars = 1;
    infos[3].stats = StemStats {
        count: 3,
        shares: [0, 255, 0, 0],
    };
    let mut labels = [0; 5];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0, ORG_B, ORG_I, ORG_I, 0]);
    // Not a word training saw mostly outside places.
    infos[3].stats.shares = [0, 20, 0, 0];
    let mut labels = [0; 5];
    read(&words, &infos, &mut labels);
    assert_eq!(labels, [0; 5]);
}

#[test]
fn holding_ends_a_companys_name() {
    let analysed = |words: &[&str]| -> Vec<TokenInfo> {
        words
            .iter()
            .map(|w| {
                let folded = normalize(w);
                TokenInfo {
                    norm: hash_word(&folded),
                    stem: hash_word(folded.trim_start_matches("ال")),
                    definite: folded.starts_with("ال"),
                    stats: StemStats {
                        count: 40,
                        shares: [0; 4],
                    },
                    ..TokenInfo::default()
                }
            })
            .collect()
    };
    let words = ["أعلنت", "شركة", "الاتصالات", "القابضة", "نتائجها"];
    let mut labels = [0; 5];
    read(&words, &analysed(&words), &mut labels);
    assert_eq!(labels, [0, ORG_B, ORG_I, ORG_I, 0]);
    // After the organisation the tagger found, القابضة is its last word.
    let words = ["أعدته", "شركة", "أبوظبي", "التنموية", "القابضة", "بالتنسيق"];
    let mut labels = [0, ORG_B, ORG_I, ORG_I, 0, 0];
    read(&words, &analysed(&words), &mut labels);
    assert_eq!(labels, [0, ORG_B, ORG_I, ORG_I, ORG_I, 0]);
    // Any holding company, or a group of them, is no name.
    for words in [
        &["وتملك", "الشركة", "القابضة", "حصة"][..],
        &["واستحوذت", "مجموعة", "من", "الشركات", "القابضة", "على"][..],
    ] {
        let mut labels = vec![0; words.len()];
        read(words, &analysed(words), &mut labels);
        assert!(labels.iter().all(|&l| l == 0), "{words:?}: {labels:?}");
    }
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

#[test]
fn a_family_name_that_is_a_noun_goes_with_a_given_name_before_that() {
    let said = |words: &[&str], tagged: &[u8]| {
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[0].reports = true;
        infos[1].triggers = TRIGGER_GIVEN;
        // Each word seen in training, as the nouns are.
        for (info, w) in infos.iter_mut().zip(words) {
            info.definite = w.starts_with("ال");
            info.stats.count = 50;
        }
        let mut labels = tagged.to_vec();
        Chains::new().complete(words, &infos, &mut labels);
        labels
    };
    // الحصان (the horse) is خالد's family name: a reporting verb takes no
    // object before إن.
    assert_eq!(
        said(&["وقال", "خالد", "الحصان", "إن", "السوق"], &[0, 1, 0, 0, 0]),
        [0, 1, 2, 0, 0]
    );
    // Not a day, nor without إن or أن after it.
    assert_eq!(
        said(
            &["وقال", "محمد", "الثلاثاء", "إن", "الاتفاق"],
            &[0, 1, 0, 0, 0]
        ),
        [0, 1, 0, 0, 0]
    );
    assert_eq!(
        said(&["وقال", "خالد", "الحصان", "في", "السوق"], &[0, 1, 0, 0, 0]),
        [0, 1, 0, 0, 0]
    );
}
