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
fn a_strait_or_a_port_takes_a_name_training_never_gave_a_kind() {
    let text = "وعبرت السفينة مضيق البوسفور ثم مضيق الدردنيل باتجاه بحر إيجة.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"مضيق البوسفور".to_string()), "{places:?}");
    assert!(places.contains(&"مضيق الدردنيل".to_string()), "{places:?}");
    // A valley's name, and an inlet's named after a person.
    let text = "وأغلقت السلطات الطريق إلى وادي الكوف بعد السيول في خور عبدالله.";
    assert_eq!(of(text, Kind::Location), ["وادي الكوف", "خور عبدالله"]);
    // A port named after its town: the town is the name.
    assert_eq!(
        of("ووصلت الشحنة إلى ميناء الدقم أمس.", Kind::Location),
        ["الدقم"]
    );
    // A cargo port, an abandoned airport: what the port or airport is.
    for text in [
        "ووصلت السفينة إلى ميناء الشحن في المدينة.",
        "وهبطت الطائرة في مطار مهجور قرب الحدود.",
    ] {
        assert!(
            of(text, Kind::Location).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Location)
        );
    }
    // A sector, the week: no places; a free port is none either.
    for text in [
        "وارتفعت أسهم قطاع البتروكيماويات أمس.",
        "وسيصل الوفد في بحر الأسبوع المقبل.",
    ] {
        assert!(
            of(text, Kind::Location).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Location)
        );
    }
    assert_eq!(
        of("وتعمل هونج كونج كميناء حر منذ عقود.", Kind::Location),
        ["هونج كونج"]
    );
}

#[test]
fn a_word_training_never_showed_after_a_place_word_is_that_place() {
    // البوكمال is in no list of places: after ريف it is one.
    let text = "وسجلت معظم الوفيات في ريف البوكمال على ضفاف الفرات.";
    assert!(of(text, Kind::Location).contains(&"البوكمال".to_string()));
    // Without the article an unseen word there is as often a verb.
    let text = "وفي جنوب شرق العاصمة انتشلت الشرطة ست جثث.";
    assert!(!of(text, Kind::Location).contains(&"انتشلت".to_string()));
}

#[test]
fn a_site_or_a_facility_ends_where_its_name_does() {
    // A verb after a listed place is no part of the crossing's name, and the
    // conjunction before the head stays out.
    let text = "وطالب بانسحاب القوات من محور فيلادلفيا ومعبر رفح تراوح مكانها.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"رفح".to_string()), "{places:?}");
    // A head after a stadium's head opens a name of its own.
    let text = "وفاز الفريق على ملعب نادي الخليج في سيهات.";
    assert!(!of(text, Kind::Location).contains(&"ملعب نادي".to_string()));
    // A town of two words after a square's head is whole.
    let text = "وقال صاحب محل في ساحة دير القمر إن البلديات غائبة.";
    assert_eq!(of(text, Kind::Location), ["ساحة دير القمر"]);
}

#[test]
fn a_word_general_arabic_uses_whole_keeps_its_first_letter() {
    // وادي is a valley, not و + ادي.
    let places = of("وجرت السيول في وادي بني خالد أمس.", Kind::Location);
    assert!(places.iter().all(|p| p.starts_with("وادي")), "{places:?}");
}

#[test]
fn a_head_with_the_article_after_a_facility_is_part_of_its_name() {
    let text = "أقيمت المباراة على ملعب المدينة الرياضية في بيروت.";
    assert!(of(text, Kind::Location).contains(&"ملعب المدينة الرياضية".to_string()));
    // A plural of people after a place word is no place.
    let text = "تظاهر سكان مدينة المتقاعدين احتجاجا على القرار.";
    assert!(
        of(text, Kind::Location).is_empty(),
        "{:?}",
        of(text, Kind::Location)
    );
}

#[test]
fn a_crossing_or_a_street_named_after_a_person_is_a_place() {
    let text = "وصلت المساعدات إلى غزة عبر معبر كرم أبو سالم.";
    assert_eq!(of(text, Kind::Location), ["غزة", "معبر كرم أبو سالم"]);
    assert!(of(text, Kind::Person).is_empty());
}

#[test]
fn an_arena_named_after_a_person_is_no_place() {
    let text = "تحولت أوكرانيا إلى ساحة بوتين لاختبار الأسلحة الجديدة.";
    assert!(of(text, Kind::Person).contains(&"بوتين".to_string()));
}

#[test]
fn a_place_named_by_two_words_keeps_its_first() {
    let cases = [
        ("وقصف الجيش بلدة بنت جبيل في جنوب لبنان.", "بنت جبيل"),
        (
            "وتعمل الشركة في منطقة رأس غارب على البحر الأحمر.",
            "رأس غارب",
        ),
        (
            "وتعطلت الملاحة في مضيق باب المندب بسبب الهجمات.",
            "مضيق باب المندب",
        ),
    ];
    for (text, want) in cases {
        let places = of(text, Kind::Location);
        assert!(places.iter().any(|p| p == want), "{text}: {places:?}");
    }
    // A market, a palace or a house is in the place, not its name's word.
    let places = of("وزار الوفد سوق دبي للذهب.", Kind::Location);
    assert!(places.iter().all(|p| !p.starts_with("سوق")), "{places:?}");
    // Before a country the word is a verb or a figure; after a head, a
    // common word is no name.
    for (text, not) in [
        ("واتهم المعارض الرئيس بأنه خان مصر وباع أرضها.", "خان مصر"),
        ("وعين العراق سفيرا جديدا له في واشنطن.", "عين العراق"),
        ("واشتعلت النيران في منطقة بئر النفط الجديدة.", "بئر النفط"),
    ] {
        let places = of(text, Kind::Location);
        assert!(places.iter().all(|p| p != not), "{text}: {places:?}");
    }
}

#[test]
fn a_place_or_a_body_named_after_a_titled_person_is_named_whole() {
    // خالد and خليفة are words too; the tagger left them alone here.
    assert_eq!(
        of(
            "وصل الوزير إلى مطار الملك خالد الدولي في الرياض.",
            Kind::Location
        ),
        ["مطار الملك خالد الدولي", "الرياض"]
    );
    // A hospital by the person alone, title and all.
    assert_eq!(
        of(
            "ونقل المصاب إلى مستشفى الملك فهد في جدة.",
            Kind::Organization
        ),
        ["مستشفى الملك فهد"]
    );
    let text = "ونقل المصاب إلى مستشفى الشيخ خليفة التخصصي في عجمان.";
    assert_eq!(of(text, Kind::Organization), ["مستشفى الشيخ خليفة التخصصي"]);
    assert!(
        of(text, Kind::Person).is_empty(),
        "{:?}",
        of(text, Kind::Person)
    );
    assert_eq!(
        of(
            "وتخرجت من جامعة الأميرة نورة بنت عبد الرحمن العام الماضي.",
            Kind::Organization
        ),
        ["جامعة الأميرة نورة بنت عبد الرحمن"]
    );
    assert_eq!(
        of("من سكان شارع الأمير حسن في جبل النصر.", Kind::Location)[0],
        "شارع الأمير حسن"
    );
    // A title and a given name after a word that names nothing after a
    // person stay a person (the title outside).
    assert_eq!(
        of("واستقبل الوفد الملك خالد في قصره.", Kind::Person),
        ["خالد"]
    );
}

#[test]
fn a_place_after_its_head_opens_no_officials_name() {
    let text = "وقال رئيس وزراء ولاية آسام هيمانتا بيسوا سارما إن الفيضانات غير مسبوقة.";
    assert_eq!(of(text, Kind::Person), ["هيمانتا بيسوا سارما"]);
    assert_eq!(of(text, Kind::Location), ["آسام"]);
    // ولاية is a term of office before a given name.
    let text = "وخلال ولاية دونالد ترامب الأولى تغير الكثير.";
    assert_eq!(of(text, Kind::Person), ["دونالد ترامب"]);
}

#[test]
fn a_place_that_is_a_given_name_before_a_person_after_a_description_is_theirs() {
    let text = "ودافعت رئيسة الوزراء الإيطالية جورجيا ميلوني عن الاتفاق.";
    assert_eq!(of(text, Kind::Person), ["جورجيا ميلوني"]);
    assert!(of(text, Kind::Location).is_empty());
    // After an indefinite word the place is the description's genitive.
    let text = "وقال رئيس وزراء إسرائيل بنيامين نتنياهو إن الحرب مستمرة.";
    assert_eq!(of(text, Kind::Location), ["إسرائيل"]);
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
fn a_stadium_spelt_without_its_alef_is_a_facility_too() {
    // Named after its city, the city is the name; after a person, the whole.
    let text = "وتقام المباراة على ستاد القاهرة الدولي مساء الجمعة.";
    assert_eq!(of(text, Kind::Location), ["القاهرة"]);
    let text = "وتقام المباراة على ستاد الملك فهد الدولي مساء الجمعة.";
    assert_eq!(of(text, Kind::Location), ["ستاد الملك فهد الدولي"]);
}

#[test]
fn a_side_with_the_article_makes_no_place_of_the_person_after_it() {
    // لاعب الوسط: a midfielder; the name after it is his.
    let text = "مقابل استبعاد لاعب الوسط سفيان أمرابط بسبب إصابة في الركبة.";
    assert_eq!(of(text, Kind::Person), ["سفيان أمرابط"]);
    assert!(of(text, Kind::Location).is_empty());
    // In the construct state, or after العاصمة, it still names the place.
    let text = "وقعت الانفجارات في وسط نور سلطان أمس.";
    assert_eq!(of(text, Kind::Location), ["نور سلطان"]);
}

#[test]
fn a_crossing_a_field_or_a_prison_is_named_by_its_place() {
    let text = "ولا يزال معبر رفح مغلقا، فيما تشمل الخطة تطوير حقل برقان ونقل الأسرى إلى سجن النقب.";
    assert_eq!(of(text, Kind::Location), ["رفح", "برقان", "النقب"]);
}

#[test]
fn a_facility_named_after_a_person_stays_whole_and_an_ordinary_word_names_none() {
    let text = "وأغلق مطار رفيق الحريري الدولي أمام الرحلات.";
    assert_eq!(of(text, Kind::Location), ["مطار رفيق الحريري الدولي"]);
    let text = "ووصل الوفد إلى مطار شارل ديغول في باريس.";
    assert_eq!(of(text, Kind::Location), ["مطار شارل ديغول", "باريس"]);
    // A new port, the club's ground: no place.
    assert!(of(
        "وأعلنت الحكومة عن بناء ميناء جديد قرب المدينة.",
        Kind::Location
    )
    .is_empty());
    assert!(of("وشهد ملعب النادي أعمال شغب بعد المباراة.", Kind::Location).is_empty());
    // A port named after its city, a sea named by its side.
    assert_eq!(
        of("وقصفت الطائرات ميناء الحديدة أمس.", Kind::Location),
        ["الحديدة"]
    );
    assert_eq!(
        of("وتطل المدينة على بحر الشمال.", Kind::Location),
        ["بحر الشمال"]
    );
}

#[test]
fn a_common_word_after_a_settlements_head_is_its_name() {
    // A definite singular in the construct state names the camp.
    assert_eq!(
        of(
            "وأعيد العشرات من مخيم الهول في محافظة الحسكة.",
            Kind::Location
        ),
        ["الهول", "الحسكة"]
    );
    // A plural, a word training saw often outside places, a nisba that
    // makes the pair a name of its own, or a head that means something else,
    // do not.
    for text in [
        "وزار الوفد مخيم اللاجئين أمس.",
        "وانتقل البرنامج إلى مدينة الإنتاج الإعلامي.",
        "وهدد الفريق بمقاطعة الشوط الثاني.",
        "وأطلقت صواريخ محلية الصنع.",
        "ونقلت العائلات إلى مخيم الإيواء قرب الحدود.",
        "ونقل المهاجرون إلى مخيم الاحتجاز المؤقت.",
        "وتحولت مدينة الضباب إلى وجهة مفضلة للسياح.",
    ] {
        assert!(
            of(text, Kind::Location).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Location)
        );
    }
}

#[test]
fn a_list_after_a_plural_head_of_places_names_places() {
    // The first the tagger found, the rest listed, however common (البيضاء).
    let text = "وتركزت حوادث الألغام في محافظات تعز والحديدة ومأرب والضالع والبيضاء.";
    assert_eq!(
        of(text, Kind::Location),
        ["تعز", "الحديدة", "مأرب", "الضالع", "البيضاء"]
    );
    // Without a plural head, a common word the lists hold stays a word.
    let text = "وارتدى اللاعبون القمصان الحمراء والبيضاء في المباراة.";
    assert!(of(text, Kind::Location).is_empty());
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
fn two_listed_towns_joined_by_wa_after_in_or_between_are_both_places() {
    let text = "وأعلنت الوزارة رصد حالات كوليرا في الأبيض وكادقلي، وطالبت بلقاحات عاجلة.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"الأبيض".to_string()), "{places:?}");
    assert!(places.contains(&"كادقلي".to_string()), "{places:?}");
    let text = "وسيبدأ خط ملاحي مباشر بين صحار والمحرق مطلع العام المقبل.";
    assert_eq!(of(text, Kind::Location), ["صحار", "المحرق"]);
    // Colours between which something ranges, or that players wear, are no towns.
    let text = "ويتراوح لون القماش بين الأبيض والأسود حسب الطلب.";
    assert!(of(text, Kind::Location).is_empty());
    let text = "وظهر لاعبو المنتخب في الأحمر والأبيض خلال المباراة.";
    assert!(of(text, Kind::Location).is_empty());
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
fn a_person_of_bin_and_one_word_after_in_or_across_is_a_town() {
    let text = "وأضاف أن المهربين اجتازوا الحدود عبر بن قردان قبل أن يتوجهوا إلى صفاقس.";
    assert!(of(text, Kind::Location).contains(&"بن قردان".to_string()));
    assert!(of(text, Kind::Person).is_empty());
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

#[test]
fn two_listed_towns_after_among_them_are_places() {
    let text = "وتجري الانتخابات في 41 بلدية، بينها سرت وسبها، الشهر المقبل.";
    let places = of(text, Kind::Location);
    assert!(
        places.contains(&"سرت".to_string()) && places.contains(&"سبها".to_string()),
        "{places:?}"
    );
    // Colours among them are no places.
    let text = "وتنوعت الأعلام، منها الأحمر والأبيض.";
    assert!(of(text, Kind::Location).is_empty());
}

#[test]
fn a_region_the_lists_name_by_its_side_is_named_whole() {
    let text = "وقتل العشرات في شمال دارفور، ووصل الوفد إلى شمال سيناء.";
    assert_eq!(of(text, Kind::Location), ["شمال دارفور", "شمال سيناء"]);
    // With a preposition on the side.
    let text = "وقتل العشرات بغرب دارفور أمس.";
    assert_eq!(of(text, Kind::Location), ["غرب دارفور"]);
    // A side of a city or of a state is where in it.
    let text = "وقصفت الطائرات شمال غزة وجنوب لبنان.";
    assert_eq!(of(text, Kind::Location), ["غزة", "لبنان"]);
}

#[test]
fn a_list_of_places_goes_on_after_wa() {
    // A listed town the tagger took for a person, after a place and و.
    let text = "ونزح السكان من مدينتي غوما وبوكافو، وعودة مؤسسات الدولة.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"بوكافو".to_string()), "{places:?}");
    assert!(of(text, Kind::Person).is_empty());
    // The list's first, after في, though an unlisted word follows it.
    let text = "وأعيد تأهيل مدارس في إدلب ومعرة النعمان، بتمويل من برنامج.";
    assert!(of(text, Kind::Location).contains(&"إدلب".to_string()));
    // A person after a title's country stays a person.
    let text = "وحضر اللقاء سفير قطر ومحمد بن عبدالله العطية.";
    assert_eq!(of(text, Kind::Person), ["محمد بن عبدالله العطية"]);
}

#[test]
fn a_town_named_by_an_opening_word_is_named_whole() {
    let text = "وتواصلت المعارك في الأحياء السكنية في الخرطوم وأم درمان أمس.";
    assert_eq!(of(text, Kind::Location), ["الخرطوم", "أم درمان"]);
}

#[test]
fn a_listed_town_training_seldom_saw_is_a_place_after_where_or_a_side() {
    let text = "وقتل ثلاثة في الحديدة أمس.";
    assert_eq!(of(text, Kind::Location), ["الحديدة"]);
    let text = "وقصفت الطائرات مواقع جنوبي الحديدة.";
    assert_eq!(of(text, Kind::Location), ["الحديدة"]);
}

#[test]
fn a_listed_town_opened_by_its_own_word_is_a_place_after_where() {
    let text = "وسقط صاروخ قرب بئر السبع.";
    assert_eq!(of(text, Kind::Location), ["بئر السبع"]);
}

#[test]
fn a_name_after_a_square_or_a_town_s_quarters_is_a_place() {
    let text = "وتجمع المتظاهرون في ميدان طلعت حرب وسط القاهرة.";
    let places = of(text, Kind::Location);
    assert!(places.iter().any(|p| p.ends_with("طلعت حرب")), "{places:?}");
    assert!(of(text, Kind::Person).is_empty());
    let text = "واندلعت اشتباكات في أحياء أبو سليم في طرابلس.";
    assert!(of(text, Kind::Location).contains(&"أبو سليم".to_string()));
    assert!(of(text, Kind::Person).is_empty());
}
