//! Well-known outlets, agencies, companies and bodies the hand lists hold:
//! named whole and apart from the words around them, and the ordinary phrase
//! or the other body that only looks like one. Sentences written for these
//! tests.

use qari_recognize::Kind;

use crate::outlets::{names, organisations};

#[test]
fn a_well_known_outlet_after_l_is_whole_and_apart_from_the_name_before_it() {
    // The analysis keeps ل on a word it does not know (لهسبريس); the name the
    // tagger ran on into it ends before it.
    let text = "وقال مدرب الوداد لهسبريس إن الفريق جاهز للمباراة.";
    assert_eq!(organisations(text), ["الوداد", "هسبريس"]);
    let text = "وقال أحد السكان لعنب بلدي إن الطريق مغلق منذ أيام.";
    assert_eq!(organisations(text), ["عنب بلدي"]);
    // The longer name of the list wins over the shorter one it begins with,
    // and ل stays out of it, however short the word after it.
    let text = "وقال الوزير لسكاي نيوز عربية إن الاجتماع كان ناجحا.";
    assert_eq!(organisations(text), ["سكاي نيوز عربية"]);
    let text = "وقال الخبير الاقتصادي لبي بي سي عربي إن الحكومة مطالبة بالإصلاح.";
    assert_eq!(organisations(text), ["بي بي سي عربي"]);
}

#[test]
fn a_well_known_name_holding_another_is_whole() {
    // الأمم المتحدة is a body of the hand list, and so is the programme
    // whose name holds it.
    let text = "وتم تمويل المشروع من برنامج الأمم المتحدة الإنمائي والبنك الدولي.";
    assert_eq!(
        organisations(text),
        ["برنامج الأمم المتحدة الإنمائي", "البنك الدولي"]
    );
}

#[test]
fn a_well_known_name_whose_first_word_reads_as_proclitics_is_whole() {
    // فلاي reads as ف + ل + اي, two letters that begin another name the
    // hand list holds; the word whole begins the airline.
    let text = "ووقعت فلاي دبي مذكرة تفاهم لشراء 75 طائرة.";
    assert_eq!(organisations(text), ["فلاي دبي"]);
}

#[test]
fn a_well_known_company_keeps_the_nationality_its_name_holds() {
    let text = "وارتفع سهم أرامكو السعودية في التداولات المبكرة.";
    assert_eq!(organisations(text), ["أرامكو السعودية"]);
}

#[test]
fn a_body_named_after_its_parent_organisation_is_named_whole() {
    for (text, name) in [
        (
            "وقالت الأمانة العامة لمجلس التعاون في بيان إن الاجتماع ناجح.",
            "الأمانة العامة لمجلس التعاون",
        ),
        (
            "وقال المكتب الإقليمي لمنظمة الصحة العالمية إن الوباء ينتشر.",
            "المكتب الإقليمي لمنظمة الصحة العالمية",
        ),
        (
            "وقالت هيئة الربط الكهربائي لدول مجلس التعاون إن الشبكة مستقرة.",
            "هيئة الربط الكهربائي لدول مجلس التعاون",
        ),
    ] {
        assert_eq!(organisations(text), [name], "{text}");
    }
}

#[test]
fn a_well_known_agency_of_one_word_keeps_its_head_outside() {
    assert_eq!(
        organisations("وقالت وكالة رويترز إن الأسعار ارتفعت أمس."),
        ["رويترز"]
    );
    // An agency named by its head and more words is named whole.
    assert_eq!(
        organisations("ونقلت وكالة الأنباء السعودية عن الوزير قوله إن الاتفاق قريب."),
        ["وكالة الأنباء السعودية"]
    );
}

#[test]
fn a_well_known_name_with_the_article_or_described_is_the_ordinary_phrase() {
    // الحماس is zeal; حماس the movement.
    let text = "وفي مقابل هذا الحماس، لا تزال الحكومة مترددة.\n\nوأعلنت حماس رفضها للمقترح.";
    assert_eq!(organisations(text), ["حماس"]);
    // A joint council between two states is no Gulf Cooperation Council.
    for text in [
        "ووقع الطرفان محضر اجتماع مجلس التعاون المشترك.",
        "وقال إن مجلس التعاون بين الجامعات ضروري.",
    ] {
        assert!(
            organisations(text).is_empty(),
            "{text}: {:?}",
            organisations(text)
        );
    }
    assert_eq!(
        organisations("وعقد مجلس التعاون اجتماعه الدوري في الرياض."),
        ["مجلس التعاون"]
    );
    // Platforms keep their names with the article.
    assert_eq!(
        organisations("ونشر الوزير صورة على الفيسبوك."),
        ["الفيسبوك"]
    );
}

#[test]
fn a_body_that_hands_something_to_another_is_no_part_of_its_name() {
    for (text, expected) in [
        (
            "سلمت القوات الإسرائيلية للجنة الدولية للصليب الأحمر جثامين ثلاثة أسرى.",
            "القوات الإسرائيلية",
        ),
        (
            "قال المجلس الأعلى للدولة لمجلس النواب إن القانون باطل.",
            "المجلس الأعلى للدولة",
        ),
    ] {
        let found = organisations(text);
        assert!(
            found
                .iter()
                .all(|o| !o.starts_with(expected) || o == expected),
            "{text}: {found:?}"
        );
    }
    // A well-known body's loans to states are no part of its name.
    let text = "وانتقد الخبراء قروض صندوق النقد الدولي لدول أمريكا اللاتينية.";
    assert_eq!(organisations(text), ["صندوق النقد الدولي"]);
}

#[test]
fn an_agency_s_bare_acronym_after_what_it_does_is_the_agency() {
    let text = "وقالت الوزارة في بيان نقلته وفا إن الأسرى يعانون.";
    assert_eq!(organisations(text), ["وفا"]);
    let text = "وبحسب وفا فإن قوات الاحتلال اعتقلت عشرة شبان.";
    assert_eq!(organisations(text), ["وفا"]);
    // واس and وام open as و does, and the rest is a word (اس، ام): read
    // whole after the verb, and no person where the tagger saw one.
    for text in [
        "وذكرت واس أن اللقاء تناول القضايا الإقليمية.",
        "وأفادت وام بأن الوفد وصل إلى العاصمة.",
    ] {
        assert_eq!(organisations(text).len(), 1, "{text}");
        assert!(names(text, Kind::Person).is_empty(), "{text}");
    }
}

#[test]
fn an_agency_a_source_told_is_the_agency_and_ends_the_name_before_it() {
    // ل set apart by a tatweel before the acronym: the source's name ends
    // before it, and the agency is named without ل.
    let text = "وقال مدير مركز الإسعاف خالد الأحمد لـوفا: \"المشهد صعب\".";
    assert_eq!(names(text, Kind::Person), ["خالد الأحمد"]);
    assert_eq!(organisations(text), ["وفا"]);
    // And without the tatweel, the analysis keeping لوفا whole.
    let text = "وقال رئيس المجلس غسان دغلس لوفا: \"مجموعة من المستوطنين هاجمت العائلات\".";
    assert_eq!(names(text, Kind::Person), ["غسان دغلس"]);
    assert_eq!(organisations(text), ["وفا"]);
    let text = "وقال مسؤول في متاحف قطر لـقنا إن المؤسسة ستفتتح المعرض.";
    assert_eq!(names(text, Kind::Location), ["قطر"]);
    assert_eq!(organisations(text), ["قنا"]);
}
