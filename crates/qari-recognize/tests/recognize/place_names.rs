//! Places joined and headed: places in a list, a site
//! and its name, names after a settlement head and the heads' other senses,
//! a place found by its first word. Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::{of, recognize, texts};

#[test]
fn belarus_is_not_russia() {
    let (_, f) = recognize("زار الرئيس الفرنسي بيلاروسيا أمس.");
    assert!(!texts(&f, Kind::Location).contains(&"روسيا"));
    assert!(f
        .iter()
        .all(|x| x.text != "روسيا" && !x.text.ends_with(" روسيا")));
}

#[test]
fn names_joined_to_a_place_in_a_list_are_places() {
    let places = |text: &str| of(text, Kind::Location);
    let text = "وسقطت صواريخ على عسقلان وسديروت ودوت صفارات الإنذار في المنطقة.";
    assert_eq!(places(text), ["عسقلان", "سديروت"]);
    // A word with a pronoun after a place is no list.
    let text = "وتحدث الوزير عن الحرب على لبنان وفشله في خطة الانسحاب.";
    assert_eq!(places(text), ["لبنان"]);
}

#[test]
fn a_listed_place_joined_to_a_place_is_a_place() {
    let places = |text: &str| of(text, Kind::Location);
    // مسقط is also a common word (مسقط رأسه), which the tagger distrusts.
    let found = places("وعدلت الشركة مواعيد الرحلات بين مسقط وصلالة بسبب الأحوال الجوية.");
    assert!(found.contains(&"مسقط".to_owned()), "{found:?}");
    // A common word or a head after a place and و is no place.
    for (text, word) in [
        ("وأكد دعمه لسيادة لبنان ووحدة أراضيه.", "وحدة"),
        (
            "وتضم المحافظة جامعة اليرموك في إربد وجامعة مؤتة في الكرك.",
            "جامعة",
        ),
    ] {
        let found = places(text);
        assert!(!found.iter().any(|p| p.contains(word)), "{text}: {found:?}");
    }
}

#[test]
fn a_site_and_its_name_are_one_place() {
    let places = |text: &str| of(text, Kind::Location);
    assert_eq!(
        places("وتظاهر المئات في ساحة الشهداء أمس."),
        ["ساحة الشهداء"]
    );
    // A crossing or a prison: the place it is named after.
    assert_eq!(places("وأعيد فتح معبر رفح أمام المسافرين."), ["رفح"]);
    assert_eq!(places("ويقضي عقوبته في سجن أديالا منذ عامين."), ["أديالا"]);
    // Imprisoning a person is no site.
    let (_, found) = recognize("وقضت المحكمة بسجن المتهم محمد علي ثلاث سنوات.");
    assert!(texts(&found, Kind::Location).is_empty());
    assert_eq!(texts(&found, Kind::Person), ["محمد علي"]);
}

#[test]
fn names_after_a_settlement_head_are_places() {
    let places = |text: &str| of(text, Kind::Location);
    let found = places("واقتحمت القوات بلدات كفرسلوان وبيرزيتا ودير الغصيب فجر اليوم.");
    for name in ["كفرسلوان", "بيرزيتا", "دير الغصيب"] {
        assert!(found.contains(&name.to_owned()), "{name}: {found:?}");
    }
    let found = places("ونزحت عائلات من مخيم كلموش إلى مديرية التحيتا.");
    assert!(found.contains(&"كلموش".to_owned()), "{found:?}");
    // Municipalities, communes and districts in the plural, whatever the
    // tagger made of a name in the list.
    let found = places("وتشمل الخطة مراكز ملوي وسمالوط ومغاغة وديرمواس في الصعيد.");
    for name in ["ملوي", "سمالوط", "مغاغة", "ديرمواس"] {
        assert!(found.contains(&name.to_owned()), "{name}: {found:?}");
    }
    let found = places("وفازت القائمة في بلديات مصراتة وزليتن والخمس وترهونة.");
    for name in ["مصراتة", "زليتن", "الخمس", "ترهونة"] {
        assert!(found.contains(&name.to_owned()), "{name}: {found:?}");
    }
    // Common words, adjectives, verbs and the body a directorate heads are no
    // places.
    for text in [
        "وانتقل إلى حي سكني جديد في المدينة.",
        "وبقي اللاجئون في مخيم اللاجئين طوال الشتاء.",
        "إنه موعد مع مدينة نحبها كثيرا.",
        "وقال مصدر في مديرية أسايشستان إن الطريق مغلق.",
        // What the places are, not which: an adjective, a noun with
        // tanween, another head.
        "وستقام مراكز لوجستية قرب الحدود.",
        "وتعيش عدة بلديات أوضاعاً صعبة منذ الصيف.",
        "وتعمل بلديات ولايات الجنوب على استقبالهم.",
    ] {
        assert!(places(text).is_empty(), "{text}: {:?}", places(text));
    }
}

#[test]
fn a_name_of_two_words_on_sidi_is_a_town_unless_a_person_is_described() {
    let places = |text: &str| of(text, Kind::Location);
    let people = |text: &str| of(text, Kind::Person);
    let text = "وتصب المياه في جماعات سيدي علال التازي والقنيطرة وسيدي سليمان قبل البحر.";
    assert!(
        places(text).contains(&"سيدي سليمان".to_owned()),
        "{:?}",
        places(text)
    );
    assert!(people(text).is_empty(), "{:?}", people(text));
    // A player's nationality, or a nasab after the name, says it is a person.
    for (text, name) in [
        ("وظهر اللاعب السنغالي سيدي بيه بمستوى عادي.", "سيدي بيه"),
        (
            "واستقبل الرئيس سيدي محمد ولد الغزواني الوفد.",
            "سيدي محمد ولد الغزواني",
        ),
    ] {
        assert!(
            people(text).contains(&name.to_owned()),
            "{text}: {:?}",
            people(text)
        );
    }
}

#[test]
fn settlement_heads_in_their_other_senses_name_no_place() {
    let places = |text: &str| of(text, Kind::Location);
    for text in [
        "وتنتهي ولاية تبون الثانية عام 2029.",
        "وسافر لقضاء عطلته مع أسرته.",
        "ويجوز قضاء الصوم متفرقا.",
        "وانضم اللاعب إلى مخيم إعدادي قبل البطولة.",
        "وأوت الأسرة إلى مخيم مكتظ بالنازحين.",
        "وقال إن الرهائن أحياء يرزقون.",
        "ويعيش الفقراء في مدن الصفيح.",
        "ومن ناحية الملاءمة يبدو الحل الثاني أفضل.",
        "ولا يهم إن كانت ولاية أم إمارة.",
    ] {
        assert!(places(text).is_empty(), "{text}: {:?}", places(text));
    }
}

#[test]
fn a_place_found_by_its_first_word_takes_the_second() {
    let places = |text: &str| of(text, Kind::Location);
    let found = places(
        "مشروع لشبكة مياه في دير غسانة ينهي معاناة ألف مواطن\n\nرام الله 3-11-2025 وفا- \
         افتتحت محافظة رام الله اليوم مشروعا في بلدة دير غسانة شمال المحافظة.\n\nوقال \
         المحافظ إن دير غسانة محاطة بالمستوطنات، وإن كل بيت في دير غسانة سيصله الماء.",
    );
    assert_eq!(
        found.iter().filter(|p| *p == "دير غسانة").count(),
        4,
        "{found:?}"
    );
    assert!(!found.contains(&"دير".to_owned()), "{found:?}");
}

#[test]
fn the_sunset_prayer_is_no_country_where_the_country_is_named_too() {
    let places = of(
        "وزار الوزير المغرب أمس في جولة تشمل تونس. وأدى الوزير والحضور صلاة المغرب \
         جماعة، ثم تناولوا الإفطار بعد أذان المغرب.",
        Kind::Location,
    );
    assert_eq!(
        places.iter().filter(|p| *p == "المغرب").count(),
        1,
        "{places:?}"
    ); // Morocco's date with another side is the country's.
    let places = of(
        "وحدد الاتحاد الأفريقي موعد المغرب مع كوت ديفوار في التصفيات.",
        Kind::Location,
    );
    assert!(places.contains(&"المغرب".to_owned()), "{places:?}");
}
