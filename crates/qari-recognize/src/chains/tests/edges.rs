//! Tests of where names end by rule: dashes, verbs, prepositions and particles,
//! spokespeople and leagues.

use super::*;
use crate::features::StemStats;

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
    assert!(!imperfect_plural("اليونان", &none, false));
    assert!(!imperfect_plural("تلفزيون", &none, false));
    let listed = TokenInfo {
        gazetteer: PERSON_LIST_BEGIN,
        ..TokenInfo::default()
    };
    assert!(imperfect_plural("يوهانسون", &none, true));
    assert!(!imperfect_plural("يوهانسون", &listed, true));
    // The dual too, but no short name (يزدان), nor a person's (يوكانان).
    assert!(imperfect_plural("يرفضان", &none, false));
    assert!(!imperfect_plural("يزدان", &none, false));
    assert!(!imperfect_plural("يوكانان", &none, true));
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
fn a_particle_before_a_preposition_spelt_with_alef_maqsura_leaves_the_name() {
    // على (on) ends no name, in either spelling of its last letter.
    for on in ["على", "علي"] {
        let text = format!("وقال لوكا دي {on} هامش المؤتمر");
        assert_eq!(org(&text, &[0, 1, 2, 0, 0, 0]), [0, 1, 0, 0, 0, 0], "{on}");
    }
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
fn a_body_mourning_the_deceased_ends_before_him() {
    assert_eq!(
        org("ينعى الديوان الملكي المغفور له", &[0, 5, 6, 6]),
        [0, 5, 6, 0, 0]
    );
}

#[test]
fn a_preposition_the_tagger_ran_a_person_into_ends_the_name() {
    for preposition in ["لدى", "لدي", "أمام", "خلال"] {
        let words = ["وقال", "محمد", "العلي", preposition, "الصحفيين"];
        let infos = vec![TokenInfo::default(); words.len()];
        let mut labels = [0, PER_B, PER_I, PER_I, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, PER_B, PER_I, 0, 0], "{preposition}");
    }
}
