//! Proclitics and names (`clitics.rs`): a name that begins with a clitic
//! letter keeps it, a real clitic goes, ل before the article stays out and
//! the name takes its alef back. Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::{named, of, recognize, texts, Found};

#[test]
fn places_split_from_punctuation_and_clitics() {
    let (_, f) = recognize("وصل وزير الخارجية إلى كازاخستان، ثم توجه إلى روسيا.");
    let locs = texts(&f, Kind::Location);
    assert!(locs.contains(&"كازاخستان"), "{locs:?}");
    assert!(locs.contains(&"روسيا"), "{locs:?}");
}

#[test]
fn clitic_variants_are_one_entity() {
    let (rec, f) = recognize("أعلنت مصر دعمها لكازاخستان. وقالت الحكومة إن كازاخستان تواجه أزمة.");
    let kz: Vec<&Found> = f
        .iter()
        .filter(|x| x.kind == Kind::Location && x.entity == "كازاخستان")
        .collect();
    assert_eq!(kz.len(), 2, "{:?}", texts(&f, Kind::Location));
    assert!(
        kz.iter().all(|x| x.text == "كازاخستان"),
        "the proclitic stays out of the mention"
    );
    let groups = rec
        .entities
        .iter()
        .filter(|e| e.name == "كازاخستان")
        .count();
    assert_eq!(groups, 1);
}

#[test]
fn the_preposition_ala_is_not_the_name_ali() {
    let (_, f) = recognize("وقع الهجوم على الحدود الشمالية وردت القوات على مصادر النيران.");
    assert!(
        f.iter().all(|x| x.text != "على"),
        "{:?}",
        texts(&f, Kind::Person)
    );
}

#[test]
fn a_name_that_begins_with_a_clitic_letter_keeps_it() {
    // فيصل is not ف + يصل, nor فاس ف + اس; a real clitic still goes (بمصر).
    let (_, f) = recognize("وقال وزير الخارجية الأمير فيصل بن فرحان في مدينة فاس إن بمصر أزمة.");
    let people = texts(&f, Kind::Person);
    assert!(people.contains(&"فيصل بن فرحان"), "{people:?}");
    assert!(!people.iter().any(|p| p.starts_with("يصل")), "{people:?}");
    let places = texts(&f, Kind::Location);
    assert!(!places.contains(&"اس"), "{places:?}");
}

#[test]
fn a_given_name_that_starts_like_a_proclitic_keeps_its_first_letter() {
    // فيصل is not ف + يصل ("arrives"), nor وليد و + ل + يد; a real و before a
    // name still goes.
    let text = "وقال فيصل المقداد إن المبادرة مقبولة، والتقى وليد جنبلاط ووليد المعلم.";
    let (_, found) = recognize(text);
    let people = texts(&found, Kind::Person);
    assert!(people.contains(&"فيصل المقداد"), "{people:?}");
    assert!(people.contains(&"وليد جنبلاط"), "{people:?}");
    assert!(
        !people
            .iter()
            .any(|p| p.starts_with("يصل") || p.starts_with("يد ")),
        "{people:?}"
    );
}

#[test]
fn a_conjunction_before_a_name_of_two_letters_and_al_din_goes() {
    let text = "إلى جانب إبراهيم دياز لاعب ريال مدريد، وعز الدين أوناحي لاعب جيرونا.";
    assert!(
        of(text, Kind::Person).contains(&"عز الدين أوناحي".to_string()),
        "{:?}",
        of(text, Kind::Person)
    );
}

#[test]
fn a_conjunction_before_a_name_with_the_article_goes() {
    // A list holds والحسين whole; the name is الحسين all the same.
    for (text, name) in [
        ("وحضر الحفل الأمير حمزة والحسين بن طلال.", "الحسين بن طلال"),
        (
            "واستقبل الملك عبدالله والحسين بن عبدالله الوفد.",
            "الحسين بن عبدالله",
        ),
    ] {
        let people = of(text, Kind::Person);
        assert!(people.contains(&name.to_owned()), "{text}: {people:?}");
        assert!(
            !people.iter().any(|p| p.starts_with('و')),
            "{text}: {people:?}"
        );
    }
}

#[test]
fn lam_before_the_article_stays_out_and_the_name_takes_its_alef_back() {
    // للأمم المتحدة is ل + الأمم المتحدة: the mention starts at the article's
    // lam, the entity is named with its alef, and both wordings are one entity.
    let (rec, f) = recognize(
        "وقالت الأمم المتحدة إن الوضع صعب. وقال الأمين العام للأمم المتحدة إن المساعدات تأخرت.",
    );
    let un: Vec<&Found> = f.iter().filter(|x| x.kind == Kind::Organization).collect();
    assert_eq!(
        un.iter().map(|x| x.text.as_str()).collect::<Vec<_>>(),
        ["الأمم المتحدة", "لأمم المتحدة"]
    );
    assert!(un.iter().all(|x| x.entity == "الأمم المتحدة"));
    let named = rec
        .entities
        .iter()
        .filter(|e| e.name == "الأمم المتحدة")
        .count();
    assert_eq!(named, 1);
    // ل before a name that begins with ل keeps no alef: للبنان is ل + لبنان.
    let (_, f) = recognize("وقدمت الحكومة دعما للبنان ولليمن.");
    let places: Vec<(&str, &str)> = f
        .iter()
        .filter(|x| x.kind == Kind::Location)
        .map(|x| (x.text.as_str(), x.entity.as_str()))
        .collect();
    assert_eq!(places, [("لبنان", "لبنان"), ("ليمن", "اليمن")]);
}

#[test]
fn a_head_after_lam_and_the_article_opens_its_chain() {
    let text = "وقال المدير العام للهيئة العامة للضرائب إن الإيرادات ارتفعت.";
    assert_eq!(named(text, Kind::Organization), ["الهيئة العامة للضرائب"]);
    // A head alone after للـ is the body spoken of, no name.
    assert!(of("وقدمت الشركة شكوى للهيئة.", Kind::Organization).is_empty());
}

#[test]
fn an_outlet_spoken_to_after_lam_and_the_article_is_the_outlet() {
    let text = "وقال مدرب المنتخب للأناضول: «قدمنا مباراة كبيرة».";
    assert_eq!(of(text, Kind::Organization), ["لأناضول"]);
    assert!(of(text, Kind::Location).is_empty());
}

#[test]
fn lam_and_the_article_before_a_common_word_open_no_person() {
    let text = "ويرى متتبعون للشأن الفلاحي أن مستقبل الزيتون غامض.";
    assert!(
        of(text, Kind::Person).is_empty(),
        "{:?}",
        of(text, Kind::Person)
    );
}

#[test]
fn names_after_lam_and_the_article_keep_their_kind_and_their_article() {
    // A person training saw as one, after للـ.
    let text = "أعرب عن دعمه للصادق المهدي في الانتخابات.";
    assert_eq!(named(text, Kind::Person), ["الصادق المهدي"]);
    // A name with harakat or a tatweel after ل is one entity with its plain spelling.
    let (rec, _) = recognize(
        "قال الأمين العام لِلأُمَمِ المُتَّحِدَة إن الوضع خطير. وقال مسؤول لـلأمم المتحدة إن الوضع صعب. وقالت الأمم المتحدة إن الوضع يتحسن.",
    );
    let orgs = rec
        .entities
        .iter()
        .filter(|e| e.kind == Kind::Organization)
        .count();
    assert_eq!(orgs, 1, "{:?}", rec.entities);
}

#[test]
fn the_article_before_a_word_in_lam_and_a_glued_plus_are_the_names() {
    // للجنة الدولية is ل + اللجنة الدولية: one entity with the name written plainly.
    let text = "وجهت الحكومة طلبا للجنة الدولية للصليب الأحمر. وقالت اللجنة الدولية للصليب الأحمر إنها سترد.";
    assert_eq!(
        named(text, Kind::Organization),
        ["اللجنة الدولية للصليب الأحمر"; 2]
    );
    // A construct head after ل keeps no article: لجنة الانتخابات.
    let names = named(
        "وقدم المرشح طلبا للجنة الانتخابات المركزية.",
        Kind::Organization,
    );
    assert!(names.iter().all(|n| !n.starts_with("الل")), "{names:?}");
    // أوبك+ is the alliance, not أوبك.
    assert_eq!(
        of("وقرر تحالف أوبك+ خفض الإنتاج.", Kind::Organization),
        ["تحالف أوبك+"]
    );
}

#[test]
fn a_conjunction_and_a_preposition_a_tatweel_sets_apart_stay_out_of_the_name() {
    let (_, f) = recognize("وأشاد المدرب بلاعب الوسط، وبـيوسف بلعمري جناح الرجاء.");
    let people = texts(&f, Kind::Person);
    assert!(people.contains(&"يوسف بلعمري"), "{people:?}");
}
