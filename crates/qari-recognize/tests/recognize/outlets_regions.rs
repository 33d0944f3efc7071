//! Outlets named as a region: الأناضول the agency or Anatolia, الخليج the paper
//! or the Gulf, told, credited, reporting or after a correspondent, and the
//! region that stays a place. Sentences written for these tests.

use qari_recognize::Kind;

use crate::outlets::organisations;
use crate::quotes::recognizer;

/// The kinds of the mentions of الأناضول in `text`, in order.
fn anadolu_kinds(text: &str) -> Vec<Kind> {
    let rec = recognizer().recognize(text);
    rec.mentions
        .iter()
        .filter(|m| {
            text.chars()
                .skip(m.span.start)
                .take(m.span.len())
                .collect::<String>()
                == "الأناضول"
        })
        .map(|m| m.kind)
        .collect()
}

#[test]
fn anadolu_after_a_correspondent_is_the_agency_and_the_region_stays_a_place() {
    let text = "وقال مصدر في الوزارة لمراسل الأناضول إن الوضع مستقر.\n\n\
                وقال يلماز لمراسل الأناضول إن العمل مستمر.\n\n\
                وتقع المدينة في جنوب شرق الأناضول.";
    assert_eq!(
        anadolu_kinds(text),
        [Kind::Organization, Kind::Organization, Kind::Location]
    );
}

#[test]
fn anadolu_talked_with_or_shown_a_text_is_the_agency() {
    let text = "وقال المحلل في حديث مع الأناضول إن السوق مستقرة.\n\n\
                وقال مسؤول، في بيان اطلعت عليه الأناضول، إن الأسعار سترتفع.";
    assert_eq!(
        anadolu_kinds(text),
        [Kind::Organization, Kind::Organization]
    );
    // With no cue, the region.
    let text = "وسافر الوفد مع الأناضول في خطته.\n\nوتمتد الأناضول بين بحرين.";
    assert!(!anadolu_kinds(text).contains(&Kind::Organization));
}

#[test]
fn anadolu_told_or_credited_is_the_agency_and_the_region_stays_a_place() {
    // للأناضول: ل and the article's ل as one; لـالأناضول with a tatweel.
    let text = "وقال الخبير سمير العلي للأناضول: إن الاتفاق مهم.\n\n\
                وقالت الباحثة منى سعيد لـالأناضول إن المشاركة ضعيفة.\n\n\
                وتقع المدينة في شرق الأناضول.\n\n\
                المصدر: الأناضول\n";
    let kinds: Vec<Kind> = recognizer()
        .recognize(text)
        .mentions
        .iter()
        .filter(|m| {
            let words: String = text.chars().skip(m.span.start).take(m.span.len()).collect();
            words.ends_with("أناضول")
        })
        .map(|m| m.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            Kind::Organization,
            Kind::Organization,
            Kind::Location,
            Kind::Organization
        ]
    );
    // The region after ل is told nothing: it stays a place.
    for text in [
        "وتمتد سلسلة جبال طوروس على طول الساحل الجنوبي للأناضول.",
        "وشكل غزو السلاجقة للأناضول نقطة تحول في تاريخ المنطقة.",
    ] {
        assert!(
            !organisations(text).iter().any(|o| o.ends_with("أناضول")),
            "{text}"
        );
    }
    let text = "وبحسب مصدر دبلوماسي تحدث للأناضول، فإن الطرفين اتفقا.";
    assert!(
        organisations(text).iter().any(|o| o.ends_with("أناضول")),
        "{text}"
    );
}

#[test]
fn anadolu_that_reports_is_the_agency_and_the_region_stays_a_place() {
    let text = "ونقلت الأناضول عن الوزير قوله إن السوق مستقرة.\n\n\
                وقال خبير في تصريح خاص مع الأناضول إن الأسعار سترتفع.\n\n\
                وتنتج الأناضول نحو نصف القمح في تركيا.\n\n\
                كما ذكرت وكالة أنباء الأناضول التركية.";
    assert!(organisations(text).contains(&"وكالة أنباء الأناضول التركية".to_string()));
    // (The last is وكالة أنباء الأناضول التركية, whole.)
    assert_eq!(
        anadolu_kinds(text),
        [Kind::Organization, Kind::Organization, Kind::Location]
    );
}

#[test]
fn anadolu_as_a_credit_after_a_slash_or_in_brackets_is_the_agency() {
    let text = "تونس/ عادل الثابتي/ الأناضول\n\nأعلنت الحكومة خطة جديدة.\n";
    assert_eq!(organisations(text), ["الأناضول"]);
    let text = "وصلت المساعدات إلى الميناء صباح اليوم (الأناضول).";
    assert_eq!(organisations(text), ["الأناضول"]);
    // The region stays a place.
    let text = "وتقع هضبة الأناضول في وسط تركيا.";
    assert!(organisations(text).is_empty());
}

#[test]
fn al_khaleej_the_paper_and_the_gulf_the_region_in_one_article() {
    let text = "أبوظبي - «الخليج»\n\nتتوسع الشركة في دول الخليج العربي ومنطقة الخليج.\n\nوقالت الشامسي في حديث لـ«الخليج»: «بدأنا صغارا».\n";
    assert_eq!(organisations(text), ["الخليج", "الخليج"]);
    let rec = recognizer().recognize(text);
    let places = rec
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Location)
        .count();
    assert_eq!(places, 3, "{:?}", rec.mentions);
}

#[test]
fn a_paper_named_as_a_region_after_la_and_a_tatweel_is_the_paper() {
    let text = "وقال مصدر أمني لـالشرق الأوسط إن «الوضع هادئ».";
    assert_eq!(organisations(text), ["الشرق الأوسط"]);
    let rec = recognizer().recognize(text);
    let speaker = rec
        .mentions
        .iter()
        .find_map(|m| m.speaker)
        .map(|s| rec.entities[s].name.as_str());
    assert_eq!(speaker, Some("مصدر أمني"));
    // The region an office covers stays a place.
    let text =
        "وقالت نائبة مديرتها الإقليمية لـالشرق الأوسط وشمال أفريقيا سارة حشاش إن الأحكام قاسية.";
    assert!(organisations(text).is_empty());
}
