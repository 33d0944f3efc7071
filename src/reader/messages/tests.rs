//! Every message in both languages with the same places; filling, digits,
//! the locale, and a message laid out as one right-to-left row.

use super::*;
use qari_layout::LayoutOptions;

#[test]
fn every_message_has_both_languages_with_the_same_places() {
    for &msg in Msg::ALL {
        let [en, ar] = msg.texts();
        assert!(!en.trim().is_empty(), "{msg:?} has no English");
        assert!(!ar.trim().is_empty(), "{msg:?} has no Arabic");
        // `{s}` is the English plural's alone (`say_count`).
        let mut a: Vec<_> = places(en).into_iter().filter(|p| *p != "s").collect();
        let mut b = places(ar);
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b, "{msg:?}: the two languages' places differ");
        let arabic = ar.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        let neutral = en == ar && places(en).len() * 3 >= en.split(' ').count();
        assert!(arabic || neutral, "{msg:?}: the Arabic is not Arabic: {ar}");
    }
}

#[test]
fn a_count_is_said_in_the_singular_for_one_and_agrees_in_arabic_with_any() {
    let en = Interface::default();
    assert_eq!(
        en.say_count(Msg::NotesFoundAgain, 1, &[]),
        "1 annotation found again in the changed text"
    );
    assert_eq!(
        en.say_count(Msg::NotesFoundAgain, 3, &[]),
        "3 annotations found again in the changed text"
    );
    let ar = Interface::new(Lang::Ar, Digits::ArabicIndic);
    let said = ar.say_count(Msg::KeptBothTexts, 12, &[]);
    assert!(said.contains("(١٢)"), "{said}");
    assert!(!said.contains("{s}") && !said.contains('s'), "{said}");
    for &msg in Msg::ALL {
        let [en, ar] = msg.texts();
        if places(en).contains(&"s") {
            assert!(places(en).contains(&"n"), "{msg:?}: a plural with no count");
            assert!(
                !ar.contains("{n} "),
                "{msg:?}: a count before its noun in Arabic: {ar}"
            );
        }
    }
}

#[test]
fn a_place_missing_from_one_language_is_found() {
    assert_eq!(places("mark {m} set"), ["m"]);
    assert_ne!(places("{n} of {total}"), places("{n} من"));
}

#[test]
fn places_are_filled_and_numbers_follow_the_digits_setting() {
    let en = Interface::default();
    assert_eq!(
        en.say(Msg::NoteOf, &[("n", &3), ("total", &17)]),
        "note 3/17"
    );
    let ar = Interface::new(Lang::Ar, Digits::ArabicIndic);
    assert_eq!(
        ar.say(
            Msg::NoteOf,
            &[("n", &ar.number(3)), ("total", &ar.number(17))]
        ),
        "ملاحظة ٣/١٧"
    );
    // A query keeps its digits.
    assert_eq!(
        ar.say(Msg::NotFoundQuery, &[("query", &"2022")]),
        "غير موجود: 2022"
    );
    let western = Interface::new(Lang::Ar, Digits::Western);
    assert_eq!(western.number(2022), "2022");
    // English keeps its digits whatever the setting.
    assert_eq!(
        Interface::new(Lang::En, Digits::ArabicIndic).number(12),
        "12"
    );
}

#[test]
fn the_locale_decides_under_auto() {
    assert_eq!(LangSetting::Auto.resolve(Some("ar_EG.UTF-8")), Lang::Ar);
    assert_eq!(LangSetting::Auto.resolve(Some("C.UTF-8")), Lang::En);
    assert_eq!(LangSetting::Auto.resolve(None), Lang::En);
    assert_eq!(LangSetting::En.resolve(Some("ar_SA")), Lang::En);
    assert_eq!(LangSetting::Ar.resolve(None), Lang::Ar);
}

#[test]
fn an_arabic_line_is_drawn_right_to_left_and_cut_at_its_end() {
    let ar = Interface::new(Lang::Ar, Digits::Western);
    let options = LayoutOptions::default();
    // "بحث" drawn: its last letter leftmost.
    assert_eq!(ar.line(" بحث ", &options, 20), " \u{062B}\u{062D}\u{0628} ");
    // A key at the logical start goes to the right.
    let drawn = ar.line("h مساعدة", &options, 20);
    assert!(drawn.ends_with('h'), "{drawn:?}");
    // Too long: the logical end is dropped after a whole word, "…" on
    // the left.
    let cut = ar.line("لم يُعثر على كيانات", &options, 11);
    assert_eq!(
        cut,
        "\u{2026}\u{0631}\u{062B}\u{0639}\u{064A}\u{064F} \u{0645}\u{0644}"
    );
    assert_eq!(
        drawn_width(&ar.line("لم يُعثر على كيانات", &options, 12)),
        12
    );
    // A first word longer than the room is cut after a whole cluster.
    let cut = ar.line("الكيانات", &options, 4);
    assert_eq!(drawn_width(&cut), 4, "{cut:?}");
    assert!(
        cut.starts_with('\u{2026}') && cut.ends_with('\u{0627}'),
        "{cut:?}"
    );
    // Lam then alef, drawn apart: two columns, not one ligature.
    assert_eq!(drawn_width(&ar.line("القراءة", &options, 20)), 7);
    // English is left to the caller.
    assert_eq!(Interface::default().line(" x ", &options, 1), " x ");
}

#[test]
fn a_message_wider_than_its_room_is_broken_between_words() {
    let options = LayoutOptions::default();
    let en = Interface::default();
    let rows = en.lines(
        "no entities: names are found in Arabic text only",
        &options,
        26,
    );
    assert_eq!(
        rows,
        ["no entities: names are", "found in Arabic text only"]
    );
    assert_eq!(en.lines("fits", &options, 26), ["fits"]);
    // Arabic: each row right to left, none wider than the room, every word kept.
    let ar = Interface::new(Lang::Ar, Digits::Western);
    let text = "لا كيانات: يُتعرَّف على الأسماء في النص العربي وحده";
    let rows = ar.lines(text, &options, 16);
    assert!(rows.len() > 1, "{rows:?}");
    assert!(rows.iter().all(|r| drawn_width(r) <= 16), "{rows:?}");
    assert!(rows.iter().all(|r| !r.contains('\u{2026}')), "{rows:?}");
}

/// Whether `text` has an Arabic letter.
fn arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

#[test]
fn the_other_tables_words_have_their_arabic_too() {
    use crate::reader::action::Action;
    use crate::reader::kinds::facts;
    use qari_recognize::Kind;

    for action in Action::ALL {
        let [en, ar] = action.descriptions();
        assert_eq!(en, action.description(), "{action:?}");
        assert!(arabic(ar), "{action:?} has no Arabic description: {ar:?}");
    }
    for kind in Kind::ALL {
        let facts = facts(kind);
        for [en, ar] in [facts.heading, facts.legend] {
            assert!(!en.is_empty(), "{kind:?}");
            assert!(arabic(ar), "{kind:?}: {ar:?}");
        }
    }
}
