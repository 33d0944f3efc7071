//! Tests of people's names completed by rule: family names, lineage, given names
//! beside other names, titles and foreign names.

use super::*;
use crate::features::StemStats;

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
fn ould_between_two_names_is_son_of_and_after_a_name_a_verb() {
    // محمد | ولد | عبد العزيز: the tagger began a second person after ولد.
    assert_eq!(anercorp("محمد ولد عبد العزيز", &[1, 0, 1, 2]), [1, 2, 2, 2]);
    // ولد بفاس: born in Fez.
    assert_eq!(anercorp("محمد بنيس ولد بفاس", &[1, 2, 0, 3]), [1, 2, 0, 3]);
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
    use crate::chains::people::family_name_at;
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

/// Words for the person (a title, a job, their adjectives) before a given
/// name stay outside the name; a royal title too, except in the name of a
/// place named for the person.
#[test]
fn descriptions_and_royal_titles_stay_outside_names() {
    let run = |text: &str, tagged: &[u8]| {
        let words: Vec<&str> = text.split(' ').collect();
        let infos: Vec<TokenInfo> = words
            .iter()
            .map(|w| {
                let folded = normalize(w);
                let mut info = TokenInfo {
                    norm: hash_word(&folded),
                    definite: folded.starts_with("ال"),
                    ..TokenInfo::default()
                };
                match *w {
                    "الأميرة" | "القاضي" | "الملك" => {
                        info.triggers = TRIGGER_TITLE
                    }
                    // A job training saw in names a third of the time.
                    "المحقق" => {
                        info.stats.count = 6;
                        info.stats.shares = [85, 0, 0, 0];
                    }
                    // A given name that is a city too: the lists open names with it.
                    "الزبير" => {
                        info.stats.count = 23;
                        info.stats.shares = [111, 133, 0, 0];
                        info.gazetteer = PERSON_LIST_BEGIN;
                    }
                    "طارق" | "ريما" | "بشير" | "فهد" => {
                        info.triggers = TRIGGER_GIVEN
                    }
                    _ => {}
                }
                info
            })
            .collect();
        let mut labels = tagged.to_vec();
        Chains::new().complete(&words, &infos, &mut labels);
        labels
    };
    // The description and its adjective, before the name.
    assert_eq!(
        run("وأكد المحقق العدلي طارق البيطار أن", &[0, 1, 2, 2, 2, 0]),
        [0, 0, 0, 1, 2, 0]
    );
    // A description the tagger made a person of its own, beside the name.
    assert_eq!(
        run(
            "وكان المحقق العدلي القاضي طارق البيطار قد",
            &[0, 1, 2, 2, 1, 2, 0]
        ),
        [0, 0, 0, 0, 1, 2, 0]
    );
    // The description alone, the title after it left out by the tagger.
    assert_eq!(
        run("وكان المحقق العدلي القاضي طارق", &[0, 1, 2, 0, 0]),
        [0, 0, 0, 0, 0]
    );
    // A given name with the article is the name's.
    assert_eq!(
        run("وزير الداخلية الزبير بشير طه في", &[0, 0, 1, 2, 2, 0]),
        [0, 0, 1, 2, 2, 0]
    );
    // A royal title is outside the name, but in a place named for the person.
    assert_eq!(run("وقالت الأميرة ريما :", &[0, 1, 2, 0]), [0, 0, 1, 0]);
    assert_eq!(run("مستشفى الملك فهد في", &[0, 1, 2, 0]), [0, 1, 2, 0]);
}
