//! Family names after a given name (`chains/people.rs`): a listed one, one
//! after أبو or a body, a nisba, a Turkish name in أوغلو, one that begins with
//! و, and the words that look like one and end the name instead. Sentences
//! written for these tests.

use qari_recognize::Kind;

use crate::builtin::of;

#[test]
fn a_family_name_follows_a_chain_after_a_body_with_the_article() {
    // الحركة is the body the spokesperson speaks for, no head of a name that
    // would take الهاجري as its adjective.
    let text = "وقال الناطق الرسمي باسم الحركة يوسف بن مبارك الهاجري إن الملف مغلق.";
    assert_eq!(of(text, Kind::Person), ["يوسف بن مبارك الهاجري"]);
    // After a head without the article the adjective is still the body's.
    let text = "وأعلن مستشفى ابن سينا التخصصي افتتاح قسم جديد.";
    assert!(
        of(text, Kind::Person).is_empty(),
        "{:?}",
        of(text, Kind::Person)
    );
}

#[test]
fn a_family_name_follows_abu_and_a_name_with_the_article() {
    let text = "وقال الطبيب أنس أبو الحسن الدغيم إن الوضع خطير.";
    assert_eq!(of(text, Kind::Person), ["أنس أبو الحسن الدغيم"]);
    // A noun general Arabic uses stays outside.
    let text = "وقدم الباحث خالد أبو الحسن الشكر للجنة.";
    assert_eq!(of(text, Kind::Person), ["خالد أبو الحسن"]);
}

#[test]
fn a_whole_name_takes_a_listed_family_name_after_it() {
    let people = of(
        "وقال النائب بيرام الداه اعبيد إن الانتخابات مزورة.",
        Kind::Person,
    );
    assert_eq!(people, ["بيرام الداه اعبيد"]);
    // Not a word training saw outside names.
    let people = of("وقال الوزير محمد علي الحكومة ستعلن الخطة.", Kind::Person);
    assert!(people.iter().all(|p| !p.ends_with("الحكومة")), "{people:?}");
}

#[test]
fn a_turkish_family_name_in_oglu_is_written_apart() {
    let text = "وحصل رئيس بلدية إسطنبول أكرم إمام أوغلو على نحو 51 في المئة من الأصوات.\nوقال إمام أوغلو أمام آلاف من أنصاره إن الناخبين قالوا كلمتهم.";
    assert_eq!(of(text, Kind::Person), ["أكرم إمام أوغلو", "إمام أوغلو"]);
}

#[test]
fn a_family_name_may_begin_with_waw() {
    let text = "ويقود الجانب الأمريكي المبعوث الخاص ستيف ويتكوف.\nوقال عراقجي إن المحادثات مع ستيف ويتكوف كانت بناءة.";
    let persons = of(text, Kind::Person);
    assert_eq!(
        persons.iter().filter(|p| *p == "ستيف ويتكوف").count(),
        2,
        "{persons:?}"
    );
    // Names joined by و stay two.
    let text = "والتقى الرئيس ماكرون وبوتين في باريس أمس.";
    assert!(!of(text, Kind::Person).iter().any(|p| p.contains("وبوتين")));
}

#[test]
fn a_town_right_after_a_person_is_the_family_nisba() {
    // الراشدية is a town too; a person's home would come after من.
    let text = "وقالت الدكتورة فاطمة بنت سالم الراشدية، مديرة الدائرة، إن الحملة مستمرة.";
    assert_eq!(of(text, Kind::Person), ["فاطمة بنت سالم الراشدية"]);
    assert!(of(text, Kind::Location).is_empty());
}

#[test]
fn a_family_name_with_the_article_that_is_a_word_too_ends_the_name() {
    // الطيب is "the good" too; training saw it in people's names often.
    let text = "وقال المتحدث باسم الجيش العميد خالد يوسف الطيب في بيان إن القوات صدت الهجوم.";
    assert_eq!(of(text, Kind::Person), ["خالد يوسف الطيب"]);
}

#[test]
fn a_nisba_after_a_title_and_a_lone_given_name_is_the_family_name() {
    // A nationality comes before the given name (المحلل المصري هاني); after
    // it, the nisba is the family's.
    assert_eq!(
        of(
            "ويرى المحلل السياسي هاني المصري أن نجاح الجولة مرهون بالضمانات.",
            Kind::Person
        ),
        ["هاني المصري"]
    );
    // A word training saw mostly outside names is no family name after a
    // lone given name.
    assert_eq!(
        of("قال جرير المتوفى سنة 110 للهجرة شعرا كثيرا.", Kind::Person),
        ["جرير"]
    );
    // Nor an ordinal, an adjective training saw outside names, or a
    // nationality before another person's name.
    for (text, person) in [
        ("وأضاف اللاعب حكيم الثاني من ركلة جزاء.", "حكيم"),
        (
            "بعدما هزم اللاعب كارلوس الصربي نوفاك ديوكوفيتش في خمس مجموعات.",
            "كارلوس",
        ),
    ] {
        assert_eq!(
            of(text, Kind::Person).first().map(String::as_str),
            Some(person),
            "{text}"
        );
    }
}

#[test]
fn a_word_with_a_pronoun_after_a_nasab_is_the_sentence_going_on() {
    // شكره: "his thanks", after بن فهد.
    let text = "ورفع الأمير عبدالعزيز بن فهد شكره لخادم الحرمين الشريفين على الثقة.";
    assert_eq!(of(text, Kind::Person), ["عبدالعزيز بن فهد"]);
    // A family name the lists know stays.
    let text = "وقال الشيخ محمد بن راشد آل مكتوم إن المشروع سيكتمل.";
    assert_eq!(of(text, Kind::Person), ["محمد بن راشد آل مكتوم"]);
}

#[test]
fn a_name_set_off_by_commas_keeps_its_definite_last_word() {
    // المسالمة is a word of general Arabic (the peaceable) as well as a family.
    let text = "وقال مدير المستشفى، عبد الرحمن المسالمة، إن الوضع مستقر.";
    assert_eq!(of(text, Kind::Person), ["عبد الرحمن المسالمة"]);
    // Without the commas the word is not taken: it may be the object.
    let text = "وقال مدير المستشفى عبد الرحمن المسالمة إن الوضع مستقر.";
    assert_eq!(of(text, Kind::Person), ["عبد الرحمن"]);
}

#[test]
fn a_nisba_no_text_has_seen_ends_a_person_after_a_head() {
    // The body named just before makes the tagger run its head into the
    // person after it; the family's nisba stays with the person.
    let text = "وتعهدت المنظمة العربية للتنمية الزراعية بدعم المزارعين، \
                وقال مدير المنظمة إبراهيم الدخيري إن الدعم سيصل قريبا.";
    assert_eq!(of(text, Kind::Person), ["إبراهيم الدخيري"]);
    assert_eq!(
        of(text, Kind::Organization),
        ["المنظمة العربية للتنمية الزراعية"]
    );
    // A nationality after a company's name is still where it is from.
    let text = "وأعلنت شركة فيليب موريس الأمريكية أرباحها.";
    assert!(!of(text, Kind::Organization)
        .iter()
        .any(|o| o.contains("الأمريكية")));
}

#[test]
fn a_fathers_name_the_lists_hold_in_no_role_takes_the_family_name() {
    // عيد is a name of the lists (and a feast); the unseen word after the
    // given names is the family's.
    let text = "وقال الدليل السياحي سالم عيد النوافلة من وادي موسى إن الموسم جيد.";
    assert_eq!(of(text, Kind::Person), ["سالم عيد النوافلة"]);
}
