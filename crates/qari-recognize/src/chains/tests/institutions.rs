//! Tests of the bodies the reader takes after ANERcorp's names: acronyms,
//! institutions named by a place or a person, facilities, companies and clubs.

use super::*;
use crate::features::StemStats;

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
    // Latin: capitals and digits, or mostly capitals (SNESup), not a name
    // with two capitals (McKinsey) or a word.
    assert!(is_acronym("UM6P"));
    assert!(is_acronym("SNESup"));
    assert!(!is_acronym("McKinsey"));
    assert!(!is_acronym("Reuters"));
    assert!(!is_acronym("iPhone"));
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
