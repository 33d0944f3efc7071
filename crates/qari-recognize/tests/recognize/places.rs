//! Places a reader knows by name (`chains::places::major_places`): capitals and
//! great cities wherever the tagger left them, and the words that only spell
//! them. Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::of;

#[test]
fn a_capital_is_a_place_with_a_proclitic_or_as_a_subject() {
    assert_eq!(of("وعقد الاجتماع بمسقط أمس.", Kind::Location), ["مسقط"]);
    assert_eq!(of("وعقدت القمة بالمنامة أمس.", Kind::Location), ["المنامة"]);
    assert_eq!(
        of("وقال الوزير إن مقديشو ستبقى مفتوحة للحوار.", Kind::Location),
        ["مقديشو"]
    );
}

#[test]
fn words_that_only_spell_a_city_are_no_place() {
    // Torrents, not Seoul; a nationality, not the country; a birthplace.
    assert!(of("وجرفت السيول المنازل في القرية.", Kind::Location).is_empty());
    assert!(of("وحل العداء البوروندي ثانيا في السباق.", Kind::Location).is_empty());
    assert!(of("وهذه البلدة مسقط رأس الشاعر.", Kind::Location).is_empty());
    // Bursa is the stock exchange of the place after it.
    let orgs = of("وارتفع مؤشر بورصة الكويت أمس.", Kind::Organization);
    assert_eq!(orgs, ["بورصة الكويت"]);
}
