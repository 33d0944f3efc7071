//! Places a reader knows by name (`Chains::major_places`): capitals and great
//! cities wherever the tagger left them, and the words that only spell them;
//! and where an institution named after one ends (adjectives that stop
//! agreeing). Sentences written for these tests. Towns the lists hold in a
//! list or after where, and sites and facilities, are in `places_lists.rs`
//! and `places_sites.rs`.

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
fn a_genitive_after_a_head_without_the_article_keeps_the_adjective_after_it() {
    // التنمية ends as a nisba does but is the bank's genitive, a noun.
    let text = "وأعلن بنك التنمية الأفريقي عن قرض جديد للقطاع الزراعي.";
    assert_eq!(of(text, Kind::Organization), ["بنك التنمية الأفريقي"]);
}

#[test]
fn a_place_the_lists_hold_without_the_article_is_no_place_with_it() {
    // بورصة is Bursa in the lists; البورصة is the stock exchange.
    let text = "وارتفع سهم الشركة في البورصة أمس.";
    assert!(
        of(text, Kind::Location).is_empty(),
        "{:?}",
        of(text, Kind::Location)
    );
    let text = "ووصل الوفد التركي إلى بورصة أمس.";
    assert_eq!(of(text, Kind::Location), ["بورصة"]);
}

#[test]
fn than_after_a_comparative_leads_to_no_place() {
    let text = "وكان منسوب المياه أقل من المتوسط، مما أثار القلق.";
    assert!(
        of(text, Kind::Location).is_empty(),
        "{:?}",
        of(text, Kind::Location)
    );
}

#[test]
fn a_place_after_from_is_one_wherever_the_article_repeats_it() {
    // The place after من is found with the tagger's labels, before names are
    // repeated, so the headline's mention is found too.
    let text = "أسواق الموصل القديمة تستعيد أنفاسها\n\nوعادت الحركة إلى الأسواق في الجانب الأيمن من الموصل، مركز محافظة نينوى.";
    assert_eq!(
        of(text, Kind::Location).first().map(String::as_str),
        Some("الموصل")
    );
    assert_eq!(
        of(text, Kind::Location)
            .iter()
            .filter(|p| *p == "الموصل")
            .count(),
        2
    );
}

#[test]
fn medina_whole_is_a_place() {
    // (The city alone: `chains/tests.rs`, since the shipped tagger seldom
    // takes it for a place.)
    let text = "ووصل الحجاج إلى المدينة المنورة أمس.";
    assert_eq!(of(text, Kind::Location), ["المدينة المنورة"]);
}

#[test]
fn a_state_or_an_emirate_word_stays_outside_the_name_a_republic_opens() {
    let text = "وزار الوفد دولة الكويت ثم دولة فلسطين الأسبوع الماضي.";
    assert_eq!(of(text, Kind::Location), ["الكويت", "فلسطين"]);
    let text = "وقال نائب حاكم إمارة أبوظبي إن المجلس التنفيذي لإمارة عجمان وافق.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"أبوظبي".to_string()), "{places:?}");
    assert!(!places.iter().any(|p| p.contains("إمارة")), "{places:?}");
    let text = "وزار الوفد جمهورية كازاخستان وسلطنة عمان.";
    assert_eq!(
        of(text, Kind::Location),
        ["جمهورية كازاخستان", "سلطنة عمان"]
    );
    // The occupying state is no place's name.
    let text = "وقالت إن دولة الاحتلال تواصل عدوانها.";
    assert!(of(text, Kind::Location).is_empty());
}

#[test]
fn a_great_city_whose_first_word_reads_as_a_proclitic_and_a_name_is_whole() {
    // بيونغ reads as ب + يونغ, a listed name; the lists hold بيونغ يانغ whole.
    let text = "وصل الرئيس إلى بيونغ يانغ أمس في زيارة رسمية.";
    assert_eq!(of(text, Kind::Location), ["بيونغ يانغ"]);
    assert!(of(text, Kind::Person).is_empty());
}

#[test]
fn a_proclitic_before_a_listed_place_of_several_words_is_left_out() {
    // The analysis keeps ل and ب whole on these words; the lists know the rest.
    let text = "وعاد الوزير لتل أبيب، ثم توجه الوفد برام الله إلى مقر الرئاسة.";
    assert_eq!(of(text, Kind::Location), ["تل أبيب", "رام الله"]);
}

#[test]
fn a_storm_is_named_by_no_person_or_place() {
    for text in [
        "وهي الأعلى منذ العاصفة \"دانيال\" في سبتمبر 2023.",
        "لم تشهد البلاد أمطارا بهذه الغزارة منذ إعصار جونو عام 2007.",
        "وأصيب 17 آخرون جراء سيول وأمطار غزيرة ضربت المدينة.",
    ] {
        let recognizer = qari_recognize::Recognizer::builtin().expect("weights");
        let found = recognizer.recognize(text);
        assert!(
            found
                .mentions
                .iter()
                .all(|m| !matches!(m.kind, Kind::Person | Kind::Location)),
            "{text}: {:?}",
            found.mentions
        );
    }
    // Seoul where no weather is spoken of, and a person of the same name.
    assert_eq!(
        of("وزار الرئيس سيول الأسبوع الماضي.", Kind::Location),
        ["سيول"]
    );
    assert_eq!(
        of("وقال دانيال إن الحكومة ستدعم المتضررين.", Kind::Person),
        ["دانيال"]
    );
}

#[test]
fn an_adverb_in_ya_is_no_country() {
    // The tagger may read a nisba's adverb as a country in يا.
    let recognizer = qari_recognize::Recognizer::builtin().expect("weights");
    let text = "وأنهت الحكومة العام بعجز كبير. ميدانيا، اقتحمت قوات الجيش بلدة في شمال البلاد.";
    let found = recognizer.recognize(text);
    let places: Vec<String> = found
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Location)
        .map(|m| text.chars().skip(m.span.start).take(m.span.len()).collect())
        .collect();
    assert!(!places.contains(&"ميدانيا".to_string()), "{places:?}");
    // A country in a list keeps its name.
    let text = "وزار الوفد اليونان، مقدونيا، بلغاريا وتركيا.";
    assert!(of(text, Kind::Location).contains(&"مقدونيا".to_string()));
}

#[test]
fn a_country_that_is_also_a_word_before_another_country_is_a_place() {
    let text = "وأعلنت دول تحالف الساحل التي تضم مالي وبوركينا فاسو والنيجر تشكيل قوة مشتركة.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"مالي".to_string()), "{places:?}");
    // Financial and military support is no country.
    let text = "وقدمت الحكومة دعما مالي وعسكري للقوات المحلية.";
    assert!(!of(text, Kind::Location).contains(&"مالي".to_string()));
}

#[test]
fn petra_with_the_article_is_the_city_not_the_agency() {
    let text = "أخلت فرق الدفاع المدني نحو 1700 زائر من الموقع الأثري في البترا، إثر سيول مفاجئة.";
    assert_eq!(of(text, Kind::Location), ["البترا"]);
    assert!(!of(text, Kind::Organization).contains(&"البترا".to_string()));
}

#[test]
fn torrents_and_their_participle_are_no_seoul() {
    let text = "اجتاحت سيول جارفة القرى الجبلية.";
    assert!(of(text, Kind::Location).is_empty());
    let text = "ووصل الوفد إلى سيول مساء أمس.";
    assert_eq!(of(text, Kind::Location), ["سيول"]);
    // After أن, the city and what is said of it.
    let text = "أكدت الخارجية الكورية الجنوبية أن سيول منفتحة على الحوار مع بيونغ يانغ.";
    assert!(of(text, Kind::Location).contains(&"سيول".to_string()));
}
