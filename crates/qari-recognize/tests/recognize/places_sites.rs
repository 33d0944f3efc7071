//! Sites and facilities named by a place or a person: straits, ports,
//! crossings, stadiums and camps, where their names end, and the words after a
//! place word or a settlement's head that are its name. Sentences written for
//! these tests.

use qari_recognize::Kind;

use crate::builtin::of;

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
    // A bridge too, and no person left in it.
    let text = "وحاول الفرار باتجاه جسر الملك فهد قبل أن يضبط.";
    assert_eq!(of(text, Kind::Location), ["جسر الملك فهد"]);
    assert!(
        of(text, Kind::Person).is_empty(),
        "{:?}",
        of(text, Kind::Person)
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
fn a_name_after_a_square_or_a_town_s_quarters_is_a_place() {
    let text = "وتجمع المتظاهرون في ميدان طلعت حرب وسط القاهرة.";
    let places = of(text, Kind::Location);
    assert!(places.iter().any(|p| p.ends_with("طلعت حرب")), "{places:?}");
    assert!(of(text, Kind::Person).is_empty());
    let text = "واندلعت اشتباكات في أحياء أبو سليم في طرابلس.";
    assert!(of(text, Kind::Location).contains(&"أبو سليم".to_string()));
    assert!(of(text, Kind::Person).is_empty());
}

#[test]
fn a_border_post_or_a_checkpoint_is_named_by_its_place() {
    let text = "وعبرت الشاحنات منفذ طريبيل الحدودي، ثم أغلق الجيش حاجز حوارة جنوب نابلس.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"طريبيل".to_string()), "{places:?}");
    assert!(places.contains(&"حوارة".to_string()), "{places:?}");
    // The one who carried out the attack, a barrier of fear: no places.
    for text in [
        "واعتقلت الشرطة منفذ الهجوم بعد ساعات.",
        "وكسر الشباب حاجز الخوف منذ سنوات.",
    ] {
        assert!(
            of(text, Kind::Location).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Location)
        );
    }
}

#[test]
fn a_strait_or_a_region_of_the_hand_list_is_named_whole() {
    // باب is read as ب + اب (father): the name is found all the same, with
    // its first letter, after و too.
    let text = "وأكد على حرية الملاحة في البحر الأحمر وباب المندب ومضيق هرمز.";
    assert_eq!(
        of(text, Kind::Location),
        ["البحر الأحمر", "باب المندب", "مضيق هرمز"]
    );
    let text = "واستهدفت سفينة قرب باب المندب، ثم قصفت الطائرات الغوطة الشرقية.";
    assert_eq!(of(text, Kind::Location), ["باب المندب", "الغوطة الشرقية"]);
    // A door is no strait; a valley's name the hand list does not hold
    // keeps the head its rules give it, though وادي begins one it holds.
    assert!(of("وأغلق الباب خلفه.", Kind::Location).is_empty());
    assert_eq!(
        of("وتشهد منطقة وادي رم حركة سياحية نشطة.", Kind::Location),
        ["وادي رم"]
    );
}

#[test]
fn a_suburb_is_named_by_the_word_after_its_head() {
    let text = "وعاد إلى منزل العائلة بضاحية دابوق لمدة ثلاثة أيام.";
    assert_eq!(of(text, Kind::Location), ["دابوق"]);
    // A suburb described, or one with the article: no name after the head.
    for text in [
        "وانتقل إلى ضاحية هادئة في المدينة.",
        "وتقع الضاحية الشرقية قرب النهر.",
    ] {
        assert!(
            of(text, Kind::Location).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Location)
        );
    }
}

#[test]
fn a_region_names_the_places_after_its_head() {
    for (text, want) in [
        (
            "وتركزت الإصابات في منطقة الظفرة خلال الأسبوع.",
            &["الظفرة"][..],
        ),
        (
            "ويجري العمل في مناطق الرميلة والزبير منذ سنوات.",
            &["الرميلة", "الزبير"],
        ),
        (
            "وأعلنت السلطات حالة الطوارئ في معتمدية جبنيانة.",
            &["جبنيانة"],
        ),
        // In a list of regions a place's first word takes the word after it.
        (
            "وتضررت مناطق المنقف والفنطاس وأبو حليفة من الأمطار.",
            &["المنقف", "الفنطاس", "أبو حليفة"],
        ),
        // A second head after و opens a list of its own.
        (
            "سجلت مناطق جبل صبر ومديريتي المخا أعلى الإصابات.",
            &["جبل صبر", "المخا"],
        ),
        // A district's plural head, a town the lists hold that ends as a
        // nisba does, and the و before a place's first word left out.
        (
            "وتوقف العمل بمعتمديات المتلوي وأم العرائس والرديف والمظيلة منذ أسبوع.",
            &["المتلوي", "أم العرائس", "الرديف", "المظيلة"],
        ),
        // Once a list after a plural head has a place, a name the tagger
        // took for a person goes on it, and so do names training never
        // showed after a head that wants listed places (ولايات).
        (
            "وغادرت عشرات الأسر قرى بنكرد وكوسرت خلال الصيف.",
            &["بنكرد", "كوسرت"],
        ),
        (
            "ويأتي الصيادون من ولايات الرستاق ومحوت والجازر وهيماء.",
            &["الرستاق", "محوت", "الجازر", "هيماء"],
        ),
        // A town named after a person, or a side of such a town; a side of
        // a place the lists hold stays where in it.
        (
            "واستكملت الوزارة المخطط الهيكلي لمدينة جنوب سعد العبدالله بالكامل.",
            &["جنوب سعد العبدالله"],
        ),
        (
            "واندلعت اشتباكات في أحياء أبو سليم وصلاح الدين ليلا.",
            &["أبو سليم", "صلاح الدين"],
        ),
        ("وهاجم مستوطنون قرى غرب رام الله.", &["رام الله"]),
        // Residents are of a settlement, and a place's first word before a
        // person's name opens the place named after them.
        (
            "وقال: سكان بوحسينة وسيدي عبد الحميد ينتظرون منذ سنوات.",
            &["بوحسينة", "سيدي عبد الحميد"],
        ),
        // Or after his title, in a list that has a place already.
        (
            "وتعطلت الكهرباء في مديريات كريتر والمعلا والشيخ عثمان والمنصورة.",
            &["كريتر", "المعلا", "الشيخ عثمان", "المنصورة"],
        ),
        // A name training never showed, with the article, opens a list of
        // such names after a plural head.
        (
            "وأقيمت أحواض في مناطق العامرات والمعبيلة لجمع المياه.",
            &["العامرات", "المعبيلة"],
        ),
    ] {
        assert_eq!(of(text, Kind::Location), want, "{text}");
    }
    // A region described, not named: no place after the head.
    for text in [
        "وأقامت القوات منطقة عازلة على الحدود.",
        "وتعاني المناطق المتضررة من نقص المياه.",
        "وتقع منطقة صناعية جديدة قرب الميناء.",
        // Nor one word with the article training never showed, alone.
        "وانتشرت مدن الصفيح حول العاصمة.",
        // A term of office is no town, nor are victims' families.
        "وانتهت ولاية ترامب الأولى عام 2021.",
        "واحتج أهالي الضحايا أمام المحكمة.",
    ] {
        assert!(
            of(text, Kind::Location).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Location)
        );
    }
}

#[test]
fn a_person_opening_on_a_features_head_is_the_place() {
    for (text, place) in [
        ("وجلسنا بين صخور وادي عشار قبل الغروب.", "وادي عشار"),
        ("وانتقلت إلى بيتها الجديد المطل على وادي نفيس.", "وادي نفيس"),
    ] {
        assert_eq!(of(text, Kind::Location), [place], "{text}");
        assert!(of(text, Kind::Person).is_empty(), "{text}");
    }
}

#[test]
fn a_square_named_after_a_person_of_two_words_is_one_place() {
    let text = "ونظم المحتجون اعتصاما في ساحة رياض الصلح وسط بيروت.";
    assert!(of(text, Kind::Location).contains(&"ساحة رياض الصلح".to_string()));
    assert!(of(text, Kind::Person).is_empty());
}

#[test]
fn a_person_after_a_places_first_word_after_a_head_is_the_place() {
    let text = "وتعرض ميناء رأس عيسى لغارات خلال الأيام الماضية.";
    assert_eq!(of(text, Kind::Location), ["رأس عيسى"]);
    assert!(of(text, Kind::Person).is_empty());
}
