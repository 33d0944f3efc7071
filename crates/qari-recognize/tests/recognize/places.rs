//! Places a reader knows by name (`Chains::major_places`): capitals and great
//! cities wherever the tagger left them, and the words that only spell them;
//! and where an institution named after one ends (adjectives that stop
//! agreeing). Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::of;

#[test]
fn a_capital_is_a_place_with_a_proclitic_or_as_a_subject() {
    assert_eq!(of("وعقد الاجتماع بمسقط أمس.", Kind::Location), ["مسقط"]);
    assert_eq!(of("وعقدت القمة بالمنامة أمس.", Kind::Location), ["المنامة"]);
    assert_eq!(
        of("وقال الوزير إن مسقط ستبقى مفتوحة للحوار.", Kind::Location),
        ["مسقط"]
    );
}

#[test]
fn words_that_only_spell_a_city_are_no_place() {
    // Torrents, not Seoul (with ل and the article too); a nationality, not
    // the country; a birthplace; words GeoNames spells as cities.
    for text in [
        "وجرفت السيول المنازل في القرية.",
        "وتضررت المنازل وللسيول آثار كبيرة.",
        "وحل العداء البوروندي ثانيا في السباق.",
        "وهذه البلدة مسقط رأس الشاعر.",
        "كما ذكرنا آنفا فإن الاجتماع تأجل.",
        "وأكد أن المتهم مدان حتى تثبت براءته.",
        "لا لوم على اللاعبين بعد الخسارة.",
        "ودعت الوزارة إلى إنشاء بورصة للذهب.",
    ] {
        assert!(of(text, Kind::Location).is_empty(), "{text}");
    }
    // Bursa is the stock exchange of the place after it.
    let orgs = of("وارتفع مؤشر بورصة الكويت أمس.", Kind::Organization);
    assert_eq!(orgs, ["بورصة الكويت"]);
}

#[test]
fn a_name_ends_where_its_adjectives_stop_agreeing() {
    // الرئيسي is the index's (masculine), not the market's.
    let text = "وارتفع مؤشر السوق المالية السعودية الرئيسي أمس.";
    assert_eq!(of(text, Kind::Organization), ["السوق المالية السعودية"]);
    // After a genitive the second adjective is the head's.
    let text = "واجتمع مجلس الشؤون الخارجية الأوروبي أمس في بروكسل.";
    assert_eq!(
        of(text, Kind::Organization),
        ["مجلس الشؤون الخارجية الأوروبي"]
    );
}

#[test]
fn medina_whole_is_a_place() {
    // (The city alone: `chains/tests.rs`, since the shipped tagger seldom
    // takes it for a place.)
    let text = "ووصل الحجاج إلى المدينة المنورة أمس.";
    assert_eq!(of(text, Kind::Location), ["المدينة المنورة"]);
}
