//! People's names as one person:
//! a surname or a family name after the full name, repeats nearby and not far
//! away, given names going on with a family name. Sentences written for these
//! tests.

use qari_recognize::Kind;

use crate::builtin::{of, recognize, texts, Found};

#[test]
fn full_name_and_later_surname_are_one_person() {
    let (_, f) = recognize(
        "التقى الرئيس الأمريكي جو بايدن نظيره الفرنسي إيمانويل ماكرون في باريس. وقال بايدن إن اللقاء كان مثمرا.",
    );
    let persons: Vec<&Found> = f.iter().filter(|x| x.kind == Kind::Person).collect();
    let biden: Vec<&&Found> = persons
        .iter()
        .filter(|x| x.text.contains("بايدن"))
        .collect();
    assert!(biden.len() >= 2, "{:?}", texts(&f, Kind::Person));
    assert!(
        biden.iter().all(|x| x.entity == "جو بايدن"),
        "{:?}",
        biden.iter().map(|x| &x.entity).collect::<Vec<_>>()
    );
}

#[test]
fn a_surname_repeats_after_a_given_name_the_analysis_cut_short() {
    // وليد reads as و + ل + يد; الركراكي alone is still the coach.
    let text = "كشف الناخب الوطني وليد الركراكي، ظهر الخميس، عن لائحة تضم 26 لاعبا لخوض \
                منافسات كأس أمم إفريقيا.\n\n\
                وفي ختام اللقاء، ختم الركراكي الندوة بالقول: «لسنا مرشحين فوق العادة».";
    let (_, found) = recognize(text);
    let people = texts(&found, Kind::Person);
    assert_eq!(people, ["وليد الركراكي", "الركراكي"]);
    let quote = found.iter().find(|m| m.kind == Kind::Quote);
    assert_eq!(
        quote.and_then(|q| q.speaker.as_deref()),
        Some("وليد الركراكي")
    );
    // A family name of two words is no name by its last: الدين is religion.
    let text = "وقال وليد جمال الدين إن المشروع جاهز.\n\nويرفض كل محاولات توظيف الدين في السياسة.";
    let (_, found) = recognize(text);
    assert_eq!(texts(&found, Kind::Person), ["وليد جمال الدين"]);
}

#[test]
fn a_name_found_once_marks_its_repeats_nearby() {
    let text = "حقق نادي الهلال فوزا كبيرا على ضيفه في الجولة العشرين.\n\
                وبهذا الفوز رفع الهلال رصيده إلى 56 نقطة، ويلتقي والهلال في الجولة المقبلة فريقا آخر.";
    let (_, f) = recognize(text);
    let orgs = texts(&f, Kind::Organization);
    assert_eq!(
        orgs.iter().filter(|t| t.ends_with("الهلال")).count(),
        3,
        "{orgs:?}"
    );
}

#[test]
fn a_family_name_alone_after_the_full_name_is_that_person() {
    let text = "وقالت وزيرة الشؤون الاجتماعية نادية سليمان الفصال إن الدعم سيستمر.\n\n\
                وأضافت الفصال أن الحكومة ملتزمة بالخطة.";
    let (rec, f) = recognize(text);
    let people = texts(&f, Kind::Person);
    assert_eq!(people, ["نادية سليمان الفصال", "الفصال"]);
    let ids: Vec<usize> = rec
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Person)
        .map(|m| m.entity)
        .collect();
    assert_eq!(ids[0], ids[1], "one person");
}

#[test]
fn a_common_word_a_head_named_is_not_its_adjective_elsewhere() {
    // نادي العربي is a club; العالم العربي is the Arab world.
    let text = "فاز نادي العربي على منافسه أمس.\n\
                وتحدث المدرب عن مكانة الكرة في العالم العربي وعن جمهور العربي في المدرجات.";
    let (_, f) = recognize(text);
    let orgs = texts(&f, Kind::Organization);
    assert_eq!(
        orgs.iter().filter(|t| t.ends_with("العربي")).count(),
        2,
        "{orgs:?}"
    );
}

#[test]
fn a_name_is_not_carried_into_an_article_far_away() {
    let mut text = String::from("حقق نادي الهلال فوزا كبيرا على ضيفه في الجولة العشرين.\n");
    for _ in 0..40 {
        text.push_str("وقال المتحدث إن الأسعار ارتفعت في الأسواق المحلية هذا الأسبوع.\n");
    }
    text.push_str("وظهر الهلال في سماء المدينة مساء أمس.\n");
    let (_, f) = recognize(&text);
    let orgs = texts(&f, Kind::Organization);
    assert_eq!(orgs, ["نادي الهلال"], "{orgs:?}");
}

#[test]
fn a_listed_given_name_before_a_found_person_is_that_persons() {
    let people = |text: &str| of(text, Kind::Person);
    for (text, name) in [
        (
            "وقال المفاوض الحكومي فهد عبدالله العواضي إن الجماعة تريد إطلاق قياداتها.",
            "فهد عبدالله العواضي",
        ),
        (
            "وقال مدير الدفاع المدني اللواء عوض سعيد بارجاش إن الأضرار كبيرة.",
            "عوض سعيد بارجاش",
        ),
    ] {
        assert!(
            people(text).contains(&name.to_owned()),
            "{text}: {:?}",
            people(text)
        );
    }
    // A name an organisation's head takes stays the organisation's.
    let text = "من جهته، صرح النائب عن منظمة بدر علي الساعدي للصحفيين في أروقة البرلمان.";
    assert!(
        of(text, Kind::Organization).contains(&"منظمة بدر".to_owned()),
        "{:?}",
        of(text, Kind::Organization)
    );
    assert!(
        people(text).contains(&"علي الساعدي".to_owned()),
        "{:?}",
        people(text)
    );
    // A verb or a noun with "him" before a name is neither.
    let text = "وهو ابن عشر سنين، كفله محمد قبل الرسالة.";
    assert!(
        people(text).iter().all(|p| !p.contains("كفله")),
        "{:?}",
        people(text)
    );
}

#[test]
fn a_family_name_ends_a_chain_or_a_titled_name_unless_it_is_a_common_word() {
    let people = |text: &str| of(text, Kind::Person);
    for (text, name) in [
        (
            "وقال الرئيس التنفيذي سلطان بن عبدالعزيز الدغيثر إن الشركة ستتوسع.",
            "سلطان بن عبدالعزيز الدغيثر",
        ),
        // الشهري (monthly) and الصانع (the maker) are family names of the lists.
        (
            "وقال المهندس عبدالله بن سعد الشهري إن النتائج جيدة.",
            "عبدالله بن سعد الشهري",
        ),
        (
            "وقضت المحكمة برئاسة المستشار عبدالعزيز الصانع بحبس المتهم.",
            "عبدالعزيز الصانع",
        ),
    ] {
        assert_eq!(people(text), [name], "{text}");
    }
    // The verb's object or a day after the chain is no family name, though
    // the lists hold some such words as family names.
    for (text, name) in [
        ("ووجه الأمير فيصل بن فرحان الشكر للحضور.", "فيصل بن فرحان"),
        ("وأدى الشيخ صباح بن أحمد اليمين الدستورية.", "صباح بن أحمد"),
        (
            "والتقى الأمير محمد بن سلمان السبت وفدا أمريكيا.",
            "محمد بن سلمان",
        ),
    ] {
        assert_eq!(people(text), [name], "{text}");
    }
    // A place after the chain is no family name.
    let found = people("واستقبل الشيخ محمد بن راشد الإمارات وفدا رسميا أمس.");
    assert!(!found.iter().any(|p| p.contains("الإمارات")), "{found:?}");
}

#[test]
fn a_name_of_given_names_goes_on_with_its_family_name() {
    let (_, found) =
        recognize("وقال مدير الاستثمار في شركة الخليج للتأمين خالد سعيد الهاجري: \"السوق مستقرة\".");
    assert!(
        texts(&found, Kind::Person).contains(&"خالد سعيد الهاجري"),
        "{:?}",
        texts(&found, Kind::Person)
    );
}

#[test]
fn a_spokesperson_named_after_the_body_they_speak_for_is_a_person() {
    let people = of(
        "وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي في منشور إن القوات قصفت \
         مواقع في الجنوب.",
        Kind::Person,
    );
    assert_eq!(people, ["أفيخاي أدرعي"], "{people:?}");
}

#[test]
fn a_listed_name_that_is_mostly_a_plain_word_is_repeated_only_after_a_club_head() {
    // النفط (oil) is a club's name too: لجنة النفط is no club, so the oil
    // of the pipeline is no organisation.
    let text = "وقال عضو لجنة النفط والغاز والثروات الطبيعية في مجلس النواب العراقي إن العقود سرية. ويمر أنبوب النفط عبر الأنبار.";
    let orgs = of(text, Kind::Organization);
    assert!(orgs.iter().all(|o| o != "النفط"), "{orgs:?}");
    let orgs = of(
        "وفاز نادي النفط على الزوراء. وقال مدرب النفط إن الفوز مستحق.",
        Kind::Organization,
    );
    assert_eq!(orgs.len(), 2, "{orgs:?}");
    assert!(orgs.iter().all(|o| o.ends_with("النفط")), "{orgs:?}");
}

#[test]
fn given_names_go_on_with_a_listed_family_name() {
    for (text, name) in [
        (
            "وقالت الباحثة مريم سلطان الظاهري إن النتائج مشجعة.",
            "مريم سلطان الظاهري",
        ),
        (
            "وأوضح المحافظ عبد القادر الحصرية أن السيولة تحسنت.",
            "عبد القادر الحصرية",
        ),
    ] {
        assert_eq!(of(text, Kind::Person), [name], "{text}");
    }
    // After a verb, the word is as often its object.
    assert_eq!(
        of("وارتدى محمود علي السواد حدادا على والده.", Kind::Person),
        ["محمود علي"]
    );
    // The family name alone is that person, but not where it is the word.
    let text = "وأوضح المحافظ عبد القادر الحصرية أن السيولة تحسنت. \
                وحصلت القناة على الحقوق الحصرية لبث الدوري.";
    assert_eq!(of(text, Kind::Person), ["عبد القادر الحصرية"]);
    // A word Arabic uses as an adjective of fame is no family name.
    let text = "واحتفل الجمهور بفوز عبد الفتاح الشهير ب بوجي في النهائي.";
    assert!(
        of(text, Kind::Person).iter().all(|p| !p.contains("الشهير")),
        "{:?}",
        of(text, Kind::Person)
    );
}

#[test]
fn a_family_name_that_is_a_word_too_is_the_person_after_the_full_name() {
    // الاسد is "the lion" too; training saw it in people's names often enough.
    let text = "وانتقدت الصحف خطاب الرئيس السوري بشار الاسد أمس. وقال جنبلاط إن خطاب الاسد تحريضي، وإن نفوذ الاسد انتهى.";
    let (_, f) = recognize(text);
    assert_eq!(
        texts(&f, Kind::Person),
        ["بشار الاسد", "جنبلاط", "الاسد", "الاسد"]
    );
}
