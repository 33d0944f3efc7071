//! Where a person's name ends: initials, hyphens and dashes, particles of
//! European names, glued prepositions, places and bodies after it, and the
//! words that join it to the next. Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::of;

#[test]
fn an_initial_and_its_full_stop_end_a_name_but_a_title_does_not() {
    let text = "وقد أوقفت الشرطة محمد ب. وهشام ل. في طنجة أمس.";
    assert_eq!(of(text, Kind::Person), ["محمد ب", "هشام ل"]);
    // د. is the doctor's title, before the next name.
    let persons = of("كتب هشام محمود زكي د. بهاء حسب الله المقال.", Kind::Person);
    assert!(persons.iter().all(|p| !p.ends_with(" د")), "{persons:?}");
}

#[test]
fn ould_after_a_name_and_before_anything_else_is_born() {
    assert_eq!(of("وقال إن ماكرون ولد في أميان.", Kind::Person), ["ماكرون"]);
    let text = "وكان الكاتب نجيب محفوظ ولد في حي الجمالية.";
    assert_eq!(of(text, Kind::Person), ["نجيب محفوظ"]);
    // The letters of blessings are no initials.
    let persons = of(
        "وقال النبي محمد ص. في حديثه إن الدين النصيحة.",
        Kind::Person,
    );
    assert!(persons.iter().all(|p| !p.ends_with(" ص")), "{persons:?}");
}

#[test]
fn a_dash_after_a_listed_outlet_ends_the_name_before_its_reporter() {
    let text = "هسبريس - عبد الإله الوزاني\n\nانطلق موسم جني الزيتون في إقليم تاونات.";
    assert_eq!(of(text, Kind::Person), ["عبد الإله الوزاني"]);
}

#[test]
fn a_name_keeps_its_kaf_unless_kaf_means_like() {
    let text =
        "وقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس إن الاتحاد سيواصل دعم أوكرانيا.";
    assert_eq!(of(text, Kind::Person), ["كايا كالاس"]);
    // Like Messi, like Abdel Nasser: a known name after ك.
    let text = "يحظى لاعبون كميسي ورونالدو بشعبية كبيرة.";
    assert_eq!(of(text, Kind::Person), ["ميسي", "رونالدو"]);
    let text = "قادة كعبد الناصر تركوا أثرا كبيرا.";
    assert_eq!(of(text, Kind::Person), ["عبد الناصر"]);
}

#[test]
fn a_hyphen_without_spaces_holds_one_name() {
    let text = "وقال أوليفييه جان-بابتيست لوكليرك إن الحملة ناجحة.";
    assert_eq!(of(text, Kind::Person), ["أوليفييه جان-بابتيست لوكليرك"]);
    // The word after the hyphen, left alone by the tagger, ends the name.
    let text = "وقالت رئيسة المفوضية السابقة نكوسازانا دلاميني-زوما إن القمة فشلت.";
    assert_eq!(of(text, Kind::Person), ["نكوسازانا دلاميني-زوما"]);
    // A hyphen written for a dash without spaces sets the name apart.
    for (text, name) in [
        (
            "وقال وزير الخارجية الأمريكي أنتوني بلينكن-في إشارة إلى الصين-إن واشنطن لن تتراجع.",
            "أنتوني بلينكن",
        ),
        (
            "وقال عمران خان-المسجون منذ عام 2023-إن الحكم جائر.",
            "عمران خان",
        ),
    ] {
        assert_eq!(of(text, Kind::Person), [name], "{text}");
    }
    // With spaces, a dash sets two names apart.
    let persons = of("وحضر اللقاء سمير الأحمد - خالد الحسن أمس.", Kind::Person);
    assert!(persons.iter().all(|p| !p.contains('-')), "{persons:?}");
}

#[test]
fn particles_of_european_names_never_end_one() {
    for (text, name) in [
        (
            "وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتفاق مهم.",
            "أورسولا فون دير لاين",
        ),
        (
            "وقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن بلاده مستعدة.",
            "لويس إيناسيو لولا دا سيلفا",
        ),
        (
            "وقال ألبرتو فان كلافيرين إن الوضع صعب.",
            "ألبرتو فان كلافيرين",
        ),
        (
            "وقال المدرب لويس دي لا فوينتي إن الفريق جاهز.",
            "لويس دي لا فوينتي",
        ),
    ] {
        assert_eq!(of(text, Kind::Person), [name], "{text}");
    }
    // A particle with nothing of a name after it is no part of the name.
    assert_eq!(
        of("وقال لوكا دي في مقابلته إن الفريق جاهز.", Kind::Person),
        ["لوكا"]
    );
    // A particle that is a word (فان، دي) after a name and before a
    // function word goes nowhere.
    let persons = of("وقال محمد علي إن الموعد تأجل.", Kind::Person);
    assert_eq!(persons, ["محمد علي"]);
}

#[test]
fn a_glued_preposition_and_a_city_or_a_noun_end_a_person() {
    // The tagger ran the name on into the town after ب and into a noun.
    let text = "وتقام المباراة على ملعب حمادي العقربي برادس مساء الأحد.";
    assert_eq!(of(text, Kind::Location), ["ملعب حمادي العقربي", "رادس"]);
    let text = "وأعلن النادي فسخ عقد المدرب هيكتور كوبر بالتراضي أمس.";
    assert_eq!(of(text, Kind::Person), ["هيكتور كوبر"]);
    // A name's own words stay: after بن, and بنت.
    let text = "وروى الحديث جعفر بن برقان عن ثابت بن الحجاج.";
    assert!(of(text, Kind::Person).contains(&"جعفر بن برقان".to_string()));
}

#[test]
fn a_person_after_a_body_the_lists_name_whole_is_no_part_of_it() {
    let text = "وأكد رئيس مجلس إدارة بنك مصر محمد الإتربي أن القرار صائب.";
    assert_eq!(of(text, Kind::Organization), ["بنك مصر"]);
    assert_eq!(of(text, Kind::Person), ["محمد الإتربي"]);
}

#[test]
fn ho_after_an_east_asian_name_before_punctuation_is_part_of_it() {
    let text = "وحضر سفير كوريا الجنوبية لدى البلاد بارك سونغ هو.";
    assert_eq!(of(text, Kind::Person), ["بارك سونغ هو"]);
    // Before what the person is, the pronoun.
    let text = "وقال إن كيم سونغ هو رئيس الشركة الجديد.";
    assert_eq!(of(text, Kind::Person), ["كيم سونغ"]);
}

#[test]
fn a_body_after_an_office_with_lam_is_no_part_of_the_person_after_it() {
    let text = "بحضور نائب الرئيس التنفيذي لكوغاس لي دونغ-هيون وسفير البلاد.";
    assert_eq!(of(text, Kind::Person), ["لي دونغ-هيون"]);
    // A given name that opens on ل stays whole.
    let text = "وقالت المديرة التنفيذية لينا الخطيب إن البرنامج مستمر.";
    assert_eq!(of(text, Kind::Person), ["لينا الخطيب"]);
}

#[test]
fn a_word_written_whole_inside_a_name_keeps_its_first_letter_alone() {
    // بلينكن, بالبو: ب + a word the analysis knows, but the text names
    // the person with the whole word.
    let text = "وقال الوزير أنتوني بلينكن إن بلاده مستعدة. وأكد بلينكن أن الحوار مستمر.";
    assert_eq!(of(text, Kind::Person), ["أنتوني بلينكن", "بلينكن"]);
    let text = "ولد إيتالو بالبو في فيرارا. وعين بالبو حاكما عاما للمستعمرة.";
    assert_eq!(of(text, Kind::Person), ["إيتالو بالبو", "بالبو"]);
}

#[test]
fn a_name_after_a_place_that_the_tagger_took_for_a_place_is_a_person() {
    // كلير is a county too; a name no list holds follows it.
    let text =
        "ونقلت الوكالة عن منسقة الشؤون الإنسانية في السودان كلير نيكولسون قولها إن الوضع خطير.";
    assert_eq!(of(text, Kind::Person), ["كلير نيكولسون"]);
    // Not a village whose first word training saw only in places.
    let text = "وولد الشاعر في قرية الحدين كوم حماد بمحافظة البحيرة.";
    assert!(of(text, Kind::Person).is_empty());
}

#[test]
fn a_sentence_opening_on_walad_opens_on_the_verb() {
    // "Ben Salem was born in 1944"; after a verb of saying ولد is the name.
    assert_eq!(
        of("ولد بن سالم عام 1944 في مدينة قسنطينة.", Kind::Person),
        ["بن سالم"]
    );
    assert_eq!(
        of(
            "وقال الوزير محمد سالم ولد الداه إن الوضع مستقر. وأضاف ولد الداه أن دول الجوار تدعم الاتفاق.",
            Kind::Person
        ),
        ["محمد سالم ولد الداه", "ولد الداه"]
    );
}

#[test]
fn the_preposition_ala_ends_no_listed_name_before_a_word_that_is_none() {
    // عثمان علي is a listed name; على ذلك is "on that".
    assert_eq!(
        of(
            "التقت الصحيفة الرئيسة المشتركة روجين عثمان. وتعلق عثمان على ذلك بالقول إن الوضع صعب.",
            Kind::Person
        )
        .last()
        .map(String::as_str),
        Some("عثمان")
    );
}

#[test]
fn a_given_name_run_onto_a_clubs_name_opens_its_chairmans() {
    let text = "من جهته، رحب رئيس الهيئة الإدارية لنادي الرمثا صالح الذيابات بالقرار.";
    assert_eq!(of(text, Kind::Person), ["صالح الذيابات"]);
    assert!(of(text, Kind::Organization).contains(&"نادي الرمثا".to_string()));
    // A body named after a person keeps the name.
    let text = "وتخرج في جامعة محمد الخامس بالرباط.";
    assert!(of(text, Kind::Person).is_empty());
}

#[test]
fn a_name_never_ends_on_a_word_that_joins_it_to_the_next() {
    let text =
        "وصدر أمر ملكي بتعيين المهندس هشام بن عبدالله بن ناصر أبا الخيل أمينا لمنطقة القصيم.";
    assert_eq!(
        of(text, Kind::Person),
        ["هشام بن عبدالله بن ناصر أبا الخيل"]
    );
}

#[test]
fn a_feminine_dual_after_a_name_is_the_object_not_the_name() {
    let text =
        "ويحيي فنان العرب محمد عبده والفنان عبدالمجيد عبدالله أمسيتين غنائيتين خلال الأسبوع الأول.";
    assert_eq!(of(text, Kind::Person), ["محمد عبده", "عبدالمجيد عبدالله"]);
    // A listed name that ends as a dual stays (بوتين).
    let text = "واستقبل الرئيس الروسي فلاديمير بوتين نظيره التركي.";
    assert_eq!(of(text, Kind::Person), ["فلاديمير بوتين"]);
}

#[test]
fn wa_before_a_given_name_of_two_letters_is_the_conjunction() {
    let text = "التقى الرئيس الفرنسي إيمانويل ماكرون وجو بايدن في باريس.";
    let persons = of(text, Kind::Person);
    assert!(persons.contains(&"جو بايدن".to_string()), "{persons:?}");
    // A word the lists know whole keeps its first letter (فاس is a city,
    // وفا a name and an agency).
    let text = "وزار الوفد جهة طنجة تطوان وجهة فاس مكناس.";
    assert!(of(text, Kind::Person).iter().all(|p| !p.starts_with("اس")));
}

#[test]
fn an_emoji_or_a_symbol_after_a_name_is_no_part_of_it() {
    for text in [
        "قال محمد بن سلمان 🇸🇦 إن الرياض جاهزة.",
        "قال محمد بن سلمان 😀 إن الرياض جاهزة.",
    ] {
        assert_eq!(of(text, Kind::Person), ["محمد بن سلمان"], "{text}");
    }
}

#[test]
fn the_first_word_of_quoted_speech_is_no_name() {
    for text in [
        "«فرقنا تعمل منذ السادسة صباحا في الأحياء الطرفية ومراكز الإيواء»، قال \
         مدير عام وزارة الصحة.",
        "وقال نجله فرات في حديث لـإيلاف: «أوصانا أن يُدفن قرب والدته في النجف».",
    ] {
        let names = [of(text, Kind::Organization), of(text, Kind::Person)].concat();
        assert!(
            !names.iter().any(|n| n == "فرقنا" || n == "أوصانا"),
            "{text}: {names:?}"
        );
    }
    // A name in marks of its own stays one.
    let text = "ونقلت صحيفة «الأيام» عن مصادر أن البنك طلب وديعة.";
    assert_eq!(of(text, Kind::Organization), ["الأيام"]);
}
