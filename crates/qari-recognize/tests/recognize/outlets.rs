//! News outlets the genre marks: a name in quotation marks after ل or an
//! outlet's head, after لـ where speech was reported, after a paper's head, in
//! the dateline; and the same outlet again in the article. The sentences are
//! written for these tests.

use qari_recognize::Kind;

use super::quotes::recognizer;

/// The names of `kind` in `text`, as written.
fn names(text: &str, kind: Kind) -> Vec<String> {
    let rec = recognizer().recognize(text);
    rec.mentions
        .iter()
        .filter(|m| m.kind == kind)
        .map(|m| text.chars().skip(m.span.start).take(m.span.len()).collect())
        .collect()
}

/// The organisations of `text`, as written.
fn organisations(text: &str) -> Vec<String> {
    names(text, Kind::Organization)
}

#[test]
fn a_name_in_marks_after_l_where_speech_was_reported_is_an_outlet() {
    let text = "وقال المهندس خالد الحربي، مدير المشروع، لـ\"الوطن اليوم\" إن العمل بدأ.";
    assert_eq!(organisations(text), ["الوطن اليوم"]);
    let text = "وأوضح في تصريح لصحيفة «الرأي» أن الموعد ثابت.";
    assert_eq!(organisations(text), ["الرأي"]);
}

#[test]
fn words_in_marks_after_l_are_no_outlet_without_speech_before_them() {
    // ل here is part of what was said, after أن.
    let text = "ذكرت التقارير أن المدرب الجديد لـ\"النسور\" سيصل غدا.";
    assert!(organisations(text).is_empty(), "{:?}", organisations(text));
    // A closing mark then an opening one: the words between are speech.
    let text = "وقال المتحدث لـ\"الرأي\" أن الوزارة \"تعمل بجد\".";
    assert_eq!(organisations(text), ["الرأي"]);
}

#[test]
fn a_name_after_l_and_a_tatweel_leaves_them_out() {
    let text = "وقال مدير المتحف لـنبض الشارع إن القطع عادت.";
    assert_eq!(organisations(text), ["نبض الشارع"]);
}

#[test]
fn the_word_after_a_paper_is_its_name_unless_it_describes_it() {
    assert_eq!(
        organisations("ونقلت صحيفة عكاظ عن مصدر مطلع أن القرار نهائي."),
        ["عكاظ"]
    );
    // A definite noun, ordinary as it is, names the paper.
    for (text, paper) in [
        ("وفي قطر، خصصت صحيفة الشرق صفحتها الأولى للزيارة.", "الشرق"),
        ("وقال المحامي لصحيفة الأيام إن موكله بريء.", "الأيام"),
        (
            "ورأت صحيفة الأخبار المقربة من الحزب أن الحكومة فشلت.",
            "الأخبار",
        ),
    ] {
        assert_eq!(organisations(text), [paper], "{text}");
    }
    // An adjective, an ordinary word, the body that owns the paper, a paper
    // with the article.
    for text in [
        "ونقلت صحيفة محلية عن مصدر مطلع أن القرار نهائي.",
        "ونشرت صحيفة كبيرة مقالا عن الأزمة.",
        "وكتبت صحيفة الحزب أن المؤتمر تأجل.",
        "ونقلت صحيفة اليومية الخبر.",
        // A statement of claim, a criminal record, a legal code.
        "وقدم المحامي صحيفة الدعوى إلى المحكمة.",
        "وأدرج اسمه في صحيفة الحالة الجنائية.",
        "وأشار المحامي إلى أن مجلة الأحوال الشخصية تضمن حقوق المرأة.",
        "ونشرت صحيفة المستوطنين تقريرا عن البؤر.",
        "ونشر القرار في الجريدة الرسمية أمس.",
    ] {
        assert!(
            organisations(text).is_empty(),
            "{text}: {:?}",
            organisations(text)
        );
    }
}

#[test]
fn an_ordinary_word_in_marks_after_a_site_is_no_outlet() {
    assert!(organisations("ووصلت فرق الإنقاذ إلى موقع \"الانفجار\" بعد ساعة.").is_empty());
    assert_eq!(organisations("ونشر موقع \"زاجل\" الخبر أمس."), ["زاجل"]);
}

#[test]
fn whom_words_were_said_to_after_l_and_a_tatweel_is_no_outlet() {
    for text in [
        "وقال لـزملائه إن الوضع صعب.",
        "وأكد لـمراسلنا أن الهجوم وقع ليلا.",
        "وقال لـلصحفيين إن الاجتماع انتهى.",
    ] {
        assert!(
            organisations(text).is_empty(),
            "{text}: {:?}",
            organisations(text)
        );
    }
}

#[test]
fn tatweels_that_stretch_a_name_keep_its_first_letter() {
    let text = "وزار الرئيس فـلـسـطـيـن الشهر الماضي.";
    let rec = recognizer().recognize(text);
    let places: Vec<String> = rec
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Location)
        .map(|m| text.chars().skip(m.span.start).take(m.span.len()).collect())
        .collect();
    assert!(places.iter().all(|p| p.starts_with('ف')), "{places:?}");
}

#[test]
fn the_sources_of_a_dateline_are_outlets_and_its_places_stay_places() {
    let text = "دمشق - نبض الشارع\n\nأعلنت الحكومة خطة جديدة للنقل.";
    assert_eq!(organisations(text), ["نبض الشارع"]);
    let rec = recognizer().recognize("عمان - بيروت - نبض الشارع\n\nبدأت القمة أمس.");
    let places = rec
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Location)
        .count();
    assert_eq!(places, 2);
    // An outlet named as a region is the source; another place stays one.
    assert_eq!(
        organisations("بغداد - الأناضول\n\nأعلنت الحكومة خطة جديدة للنقل."),
        ["الأناضول"]
    );
    for line in [
        "السعودية - إيران",
        "طرابلس - بنغازي",
        "سوريا - لبنان: من يربح؟",
    ] {
        assert!(
            organisations(&format!("{line}\n\nبدأت القمة أمس.")).is_empty(),
            "{line}"
        );
    }
    // Credits, bylines and a headline's topic are no outlets.
    assert!(organisations("لبنان - ماذا بعد\n\nبدأت القمة أمس.").is_empty());
    assert!(organisations("العراق - الانتخابات: من يفوز؟").is_empty());
    assert!(organisations("رام الله - وكالات\n\nبدأت القمة أمس.").is_empty());
    assert!(organisations("طرابلس - حاوره: سالم الورفلي\n\nبدأت القمة أمس.").is_empty());
    assert!(organisations("القاهرة في 3 مارس / وكالات /\n\nبدأت القمة أمس.").is_empty());
    assert_eq!(
        organisations("القاهرة في 3 مارس / نبض /\n\nبدأت القمة أمس."),
        ["نبض"]
    );
}

#[test]
fn an_outlet_found_once_is_found_where_the_article_repeats_it() {
    let text = "نبض الشارع - سالم الورفلي\n\nوقال الوزير لـ\"نبض الشارع\" إن الطريق سيفتح.";
    assert_eq!(organisations(text), ["نبض الشارع", "نبض الشارع"]);
}

#[test]
fn an_agency_after_a_slash_or_named_by_an_acronym_the_lists_misread_is_the_source() {
    // واس reads as و + a town's name; كييف as an organisation at a line's start.
    let text = "الأرباح ترتفع\n\nالرياض - واس\n\nأعلنت الشركة تحقيق أرباح.\n";
    assert_eq!(organisations(text), ["واس"]);
    let text = "هجوم بالمسيرات\n\nكييف / الأناضول\n\nقتل ستة أشخاص في الهجوم.\n";
    assert_eq!(organisations(text), ["الأناضول"]);
    // A section and its topic, or a paper and its city, are no dateline.
    for (text, org) in [
        (
            "عنوان الخبر\n\nسوريا / سياسة\n\nقال المسؤول إن الوضع مستقر.\n",
            None,
        ),
        (
            "عنوان\n\nالأهرام / القاهرة\n\nأعلنت الحكومة القرار.\n",
            Some("الأهرام"),
        ),
    ] {
        assert_eq!(
            organisations(text),
            org.into_iter().collect::<Vec<_>>(),
            "{text}"
        );
    }
    let rec = recognizer().recognize(text);
    assert!(rec
        .mentions
        .iter()
        .any(|m| m.kind == Kind::Location && m.span.start == 16));
}

#[test]
fn a_paper_named_as_a_place_is_an_outlet_after_a_datelines_colon_or_told() {
    // The paper after the dateline's colon, at the line's start or after a
    // headline; a name in marks there is no speech.
    let text = "أبوظبي: «الخليج» أعلنت الوزارة أمس خطة جديدة للطرق.";
    assert_eq!(organisations(text), ["الخليج"]);
    let rec = recognizer().recognize(text);
    assert!(rec.mentions.iter().all(|m| m.kind != Kind::Quote));
    let text = "سيارات جديدة في الأسواق لندن ـ دبي: «الشرق الأوسط» طرحت الشركة سيارة.";
    assert_eq!(organisations(text), ["الشرق الأوسط"]);
    // Told a paper named as a place, whatever follows (ل ـ written apart).
    let text = "وقال الوزير ل ـ «الخليج» عبر الهاتف من مكتبه إن الخطة جاهزة.";
    assert_eq!(organisations(text), ["الخليج"]);
}

#[test]
fn words_in_marks_after_a_datelines_colon_that_name_nothing_are_a_quote() {
    let text = "دمشق: «لا تراجع» عن القرار.";
    assert!(organisations(text).is_empty(), "{:?}", organisations(text));
    let rec = recognizer().recognize(text);
    assert!(rec.mentions.iter().any(|m| m.kind == Kind::Quote));
}

#[test]
fn a_credit_joined_by_wa_ends_the_datelines_source() {
    let text = "بيروت - الاتحاد ووكالات الأنباء : حذر رئيس الأركان من التصعيد.";
    assert_eq!(organisations(text), ["الاتحاد"]);
}

#[test]
fn a_well_known_outlet_after_l_is_whole_and_apart_from_the_name_before_it() {
    // The analysis keeps ل on a word it does not know (لهسبريس); the name the
    // tagger ran on into it ends before it.
    let text = "وقال مدرب الوداد لهسبريس إن الفريق جاهز للمباراة.";
    assert_eq!(organisations(text), ["الوداد", "هسبريس"]);
    let text = "وقال أحد السكان لعنب بلدي إن الطريق مغلق منذ أيام.";
    assert_eq!(organisations(text), ["عنب بلدي"]);
    // The longer name of the list wins over the shorter one it begins with,
    // and ل stays out of it, however short the word after it.
    let text = "وقال الوزير لسكاي نيوز عربية إن الاجتماع كان ناجحا.";
    assert_eq!(organisations(text), ["سكاي نيوز عربية"]);
    let text = "وقال الخبير الاقتصادي لبي بي سي عربي إن الحكومة مطالبة بالإصلاح.";
    assert_eq!(organisations(text), ["بي بي سي عربي"]);
}

#[test]
fn a_well_known_company_keeps_the_nationality_its_name_holds() {
    let text = "وارتفع سهم أرامكو السعودية في التداولات المبكرة.";
    assert_eq!(organisations(text), ["أرامكو السعودية"]);
}

/// The kinds of the mentions of الأناضول in `text`, in order.
fn anadolu_kinds(text: &str) -> Vec<Kind> {
    let rec = recognizer().recognize(text);
    rec.mentions
        .iter()
        .filter(|m| {
            text.chars()
                .skip(m.span.start)
                .take(m.span.len())
                .collect::<String>()
                == "الأناضول"
        })
        .map(|m| m.kind)
        .collect()
}

#[test]
fn anadolu_after_a_correspondent_is_the_agency_and_the_region_stays_a_place() {
    let text = "وقال مصدر في الوزارة لمراسل الأناضول إن الوضع مستقر.\n\n\
                وقال يلماز لمراسل الأناضول إن العمل مستمر.\n\n\
                وتقع المدينة في جنوب شرق الأناضول.";
    assert_eq!(
        anadolu_kinds(text),
        [Kind::Organization, Kind::Organization, Kind::Location]
    );
}

#[test]
fn anadolu_talked_with_or_shown_a_text_is_the_agency() {
    let text = "وقال المحلل في حديث مع الأناضول إن السوق مستقرة.\n\n\
                وقال مسؤول، في بيان اطلعت عليه الأناضول، إن الأسعار سترتفع.";
    assert_eq!(
        anadolu_kinds(text),
        [Kind::Organization, Kind::Organization]
    );
    // With no cue, the region.
    let text = "وسافر الوفد مع الأناضول في خطته.\n\nوتمتد الأناضول بين بحرين.";
    assert!(!anadolu_kinds(text).contains(&Kind::Organization));
}

#[test]
fn anadolu_told_or_credited_is_the_agency_and_the_region_stays_a_place() {
    // للأناضول: ل and the article's ل as one; لـالأناضول with a tatweel.
    let text = "وقال الخبير سمير العلي للأناضول: إن الاتفاق مهم.\n\n\
                وقالت الباحثة منى سعيد لـالأناضول إن المشاركة ضعيفة.\n\n\
                وتقع المدينة في شرق الأناضول.\n\n\
                المصدر: الأناضول\n";
    let kinds: Vec<Kind> = recognizer()
        .recognize(text)
        .mentions
        .iter()
        .filter(|m| {
            let words: String = text.chars().skip(m.span.start).take(m.span.len()).collect();
            words.ends_with("أناضول")
        })
        .map(|m| m.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            Kind::Organization,
            Kind::Organization,
            Kind::Location,
            Kind::Organization
        ]
    );
    // The region after ل is told nothing: it stays a place.
    for text in [
        "وتمتد سلسلة جبال طوروس على طول الساحل الجنوبي للأناضول.",
        "وشكل غزو السلاجقة للأناضول نقطة تحول في تاريخ المنطقة.",
    ] {
        assert!(
            !organisations(text).iter().any(|o| o.ends_with("أناضول")),
            "{text}"
        );
    }
    let text = "وبحسب مصدر دبلوماسي تحدث للأناضول، فإن الطرفين اتفقا.";
    assert!(
        organisations(text).iter().any(|o| o.ends_with("أناضول")),
        "{text}"
    );
}

#[test]
fn anadolu_that_reports_is_the_agency_and_the_region_stays_a_place() {
    let text = "ونقلت الأناضول عن الوزير قوله إن السوق مستقرة.\n\n\
                وقال خبير في تصريح خاص مع الأناضول إن الأسعار سترتفع.\n\n\
                وتنتج الأناضول نحو نصف القمح في تركيا.\n\n\
                كما ذكرت وكالة أنباء الأناضول التركية.";
    assert!(organisations(text).contains(&"وكالة أنباء الأناضول التركية".to_string()));
    // (The last is وكالة أنباء الأناضول التركية, whole.)
    assert_eq!(
        anadolu_kinds(text),
        [Kind::Organization, Kind::Organization, Kind::Location]
    );
}

#[test]
fn a_body_named_after_its_parent_organisation_is_named_whole() {
    for (text, name) in [
        (
            "وقالت الأمانة العامة لمجلس التعاون في بيان إن الاجتماع ناجح.",
            "الأمانة العامة لمجلس التعاون",
        ),
        (
            "وقال المكتب الإقليمي لمنظمة الصحة العالمية إن الوباء ينتشر.",
            "المكتب الإقليمي لمنظمة الصحة العالمية",
        ),
        (
            "وقالت هيئة الربط الكهربائي لدول مجلس التعاون إن الشبكة مستقرة.",
            "هيئة الربط الكهربائي لدول مجلس التعاون",
        ),
    ] {
        assert_eq!(organisations(text), [name], "{text}");
    }
}

#[test]
fn a_well_known_agency_of_one_word_keeps_its_head_outside() {
    assert_eq!(
        organisations("وقالت وكالة رويترز إن الأسعار ارتفعت أمس."),
        ["رويترز"]
    );
    // An agency named by its head and more words is named whole.
    assert_eq!(
        organisations("ونقلت وكالة الأنباء السعودية عن الوزير قوله إن الاتفاق قريب."),
        ["وكالة الأنباء السعودية"]
    );
}

#[test]
fn a_well_known_name_with_the_article_or_described_is_the_ordinary_phrase() {
    // الحماس is zeal; حماس the movement.
    let text = "وفي مقابل هذا الحماس، لا تزال الحكومة مترددة.\n\nوأعلنت حماس رفضها للمقترح.";
    assert_eq!(organisations(text), ["حماس"]);
    // A joint council between two states is no Gulf Cooperation Council.
    for text in [
        "ووقع الطرفان محضر اجتماع مجلس التعاون المشترك.",
        "وقال إن مجلس التعاون بين الجامعات ضروري.",
    ] {
        assert!(
            organisations(text).is_empty(),
            "{text}: {:?}",
            organisations(text)
        );
    }
    assert_eq!(
        organisations("وعقد مجلس التعاون اجتماعه الدوري في الرياض."),
        ["مجلس التعاون"]
    );
    // Platforms keep their names with the article.
    assert_eq!(
        organisations("ونشر الوزير صورة على الفيسبوك."),
        ["الفيسبوك"]
    );
}

#[test]
fn a_body_that_hands_something_to_another_is_no_part_of_its_name() {
    for (text, expected) in [
        (
            "سلمت القوات الإسرائيلية للجنة الدولية للصليب الأحمر جثامين ثلاثة أسرى.",
            "القوات الإسرائيلية",
        ),
        (
            "قال المجلس الأعلى للدولة لمجلس النواب إن القانون باطل.",
            "المجلس الأعلى للدولة",
        ),
    ] {
        let found = organisations(text);
        assert!(
            found
                .iter()
                .all(|o| !o.starts_with(expected) || o == expected),
            "{text}: {found:?}"
        );
    }
    // A well-known body's loans to states are no part of its name.
    let text = "وانتقد الخبراء قروض صندوق النقد الدولي لدول أمريكا اللاتينية.";
    assert_eq!(organisations(text), ["صندوق النقد الدولي"]);
}

#[test]
fn anadolu_as_a_credit_after_a_slash_or_in_brackets_is_the_agency() {
    let text = "تونس/ عادل الثابتي/ الأناضول\n\nأعلنت الحكومة خطة جديدة.\n";
    assert_eq!(organisations(text), ["الأناضول"]);
    let text = "وصلت المساعدات إلى الميناء صباح اليوم (الأناضول).";
    assert_eq!(organisations(text), ["الأناضول"]);
    // The region stays a place.
    let text = "وتقع هضبة الأناضول في وسط تركيا.";
    assert!(organisations(text).is_empty());
}

#[test]
fn al_khaleej_the_paper_and_the_gulf_the_region_in_one_article() {
    let text = "أبوظبي - «الخليج»\n\nتتوسع الشركة في دول الخليج العربي ومنطقة الخليج.\n\nوقالت الشامسي في حديث لـ«الخليج»: «بدأنا صغارا».\n";
    assert_eq!(organisations(text), ["الخليج", "الخليج"]);
    let rec = recognizer().recognize(text);
    let places = rec
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Location)
        .count();
    assert_eq!(places, 3, "{:?}", rec.mentions);
}

#[test]
fn a_paper_named_as_a_region_after_la_and_a_tatweel_is_the_paper() {
    let text = "وقال مصدر أمني لـالشرق الأوسط إن «الوضع هادئ».";
    assert_eq!(organisations(text), ["الشرق الأوسط"]);
    let rec = recognizer().recognize(text);
    let speaker = rec
        .mentions
        .iter()
        .find_map(|m| m.speaker)
        .map(|s| rec.entities[s].name.as_str());
    assert_eq!(speaker, Some("مصدر أمني"));
    // The region an office covers stays a place.
    let text =
        "وقالت نائبة مديرتها الإقليمية لـالشرق الأوسط وشمال أفريقيا سارة حشاش إن الأحكام قاسية.";
    assert!(organisations(text).is_empty());
}

#[test]
fn an_ordinary_word_before_a_papers_nationality_is_its_name() {
    let text = "وفي صحيفة الأيام البحرينية كتب المحرر مقالا عن الموازنة.";
    assert_eq!(organisations(text), ["الأيام"]);
    // صحيفة الحكومة الرسمية: the paper's owner and what it is.
    let text = "ونشرت الجريدة الرسمية المرسوم أمس.";
    assert!(organisations(text).is_empty());
}

#[test]
fn a_dateline_in_brackets_names_its_agency() {
    let text = "(المنامة - بنا)\n\nقضت المحكمة بسجن المتهمين خمس سنوات.";
    assert_eq!(organisations(text), ["بنا"]);
    let text = "(عمّان - الغد)\n\nأظهرت أرقام رسمية ارتفاع الأسعار.";
    assert_eq!(organisations(text), ["الغد"]);
    // A byline in brackets names a writer, no outlet.
    let text = "(الرياض - محمد العتيبي)\n\nتواصل الأمطار هطولها أمس.";
    assert!(organisations(text).is_empty());
}

#[test]
fn a_source_in_brackets_between_a_datelines_dashes_is_its_agency() {
    // The date after it ends the dateline; the place stays a place whatever
    // the tagger made of it.
    let text = "هجوم واسع على خاركيف وأوديسا يوقع 14 قتيلا\n\nكييف - (رويترز) - الاثنين 20 أبريل/نيسان 2026\n\nقتل 14 شخصا على الأقل في هجوم روسي.";
    let rec = recognizer().recognize(text);
    let kind_of = |name: &str| {
        rec.mentions
            .iter()
            .find(|m| {
                text.chars()
                    .skip(m.span.start)
                    .take(m.span.len())
                    .collect::<String>()
                    == name
            })
            .map(|m| m.kind)
    };
    assert_eq!(kind_of("رويترز"), Some(Kind::Organization));
    assert_eq!(kind_of("كييف"), Some(Kind::Location));
    // A label of the piece in brackets is no agency.
    for text in [
        "الخرطوم - (تحديث) - أفادت مصادر بتجدد الاشتباكات.\n\nالخرطوم - (وكالات) - قتل عشرة.",
        "بيروت - (بالصور) - شهدت العاصمة اللبنانية أمطارا غزيرة.",
        "بغداد - (حصري) - الأحد 3 مايو 2026 - قال مسؤول إن الوضع هادئ.",
        // Shaped as an adjective in ي, whatever the tagger made of it.
        "بغداد - (تحليلي) - الأحد 3 مايو 2026 - قال مسؤول إن الوضع هادئ.",
        "بغداد - (إخباري) - الأحد 3 مايو 2026 - قال مسؤول إن الوضع هادئ.",
    ] {
        assert!(
            organisations(text).is_empty(),
            "{text}: {:?}",
            organisations(text)
        );
    }
    // Without brackets, words that are no names after the dash make no dateline.
    let text = "لبنان - ماذا بعد الانتخابات؟ (تحليل)\n\nيترقب اللبنانيون النتائج.";
    assert!(organisations(text).is_empty());
}

#[test]
fn an_agency_in_brackets_after_the_datelines_date_is_its_source() {
    for (text, agency) in [
        ("العلا، 19 ديسمبر (واس) - انطلق المهرجان مساء أمس.", "واس"),
        ("رادس، 2 جوان (وات) - توج الفريق باللقب.", "وات"),
        ("بغداد 14 أيار (واع) - تتسارع التحضيرات للقمة.", "واع"),
        (
            "الكويت في 27 ديسمبر (العمانية) - حقق المنتخب فوزا.",
            "العمانية",
        ),
    ] {
        assert_eq!(organisations(text), [agency], "{text}");
    }
    // A month in a second calendar, and a label of the piece, are no agency.
    for text in [
        "بيروت، 14 أيار (مايو) - أعلنت الحكومة خطتها.",
        "القاهرة، 5 يناير (حصري) - قال الوزير إن الخطة جاهزة.",
        "تونس، 5 مارس (تحديث) - قال الوزير إن الخطة جاهزة.",
    ] {
        assert!(
            organisations(text).is_empty(),
            "{text}: {:?}",
            organisations(text)
        );
    }
}

#[test]
fn a_writers_name_after_the_datelines_dash_is_a_person_not_an_outlet() {
    let people = |text: &str| names(text, Kind::Person);
    for (text, writer) in [
        (
            "الكويت - محمد الإتربي:\n\nأنهت البورصة تعاملات الأسبوع على ارتفاع.\n",
            "محمد الإتربي",
        ),
        (
            "بيروت - رنا الحلبي\n\nرفع رئيس المجلس الجلسة بعد ساعتين.\n",
            "رنا الحلبي",
        ),
        (
            "حمص - ليلى الخطيب\n\nعلى أطراف الحي يعمل السكان على ترميم بيوتهم.\n",
            "ليلى الخطيب",
        ),
    ] {
        assert_eq!(people(text), [writer], "{text}");
        assert!(
            organisations(text).is_empty(),
            "{text}: {:?}",
            organisations(text)
        );
    }
    // An agency after the dash stays one.
    assert_eq!(
        organisations("المنامة - بنا:\n\nأعلنت الوزارة خطتها.\n"),
        ["بنا"]
    );
}

#[test]
fn an_agency_s_bare_acronym_after_what_it_does_is_the_agency() {
    let text = "وقالت الوزارة في بيان نقلته وفا إن الأسرى يعانون.";
    assert_eq!(organisations(text), ["وفا"]);
    let text = "وبحسب وفا فإن قوات الاحتلال اعتقلت عشرة شبان.";
    assert_eq!(organisations(text), ["وفا"]);
    // واس and وام open as و does, and the rest is a word (اس، ام): read
    // whole after the verb, and no person where the tagger saw one.
    for text in [
        "وذكرت واس أن اللقاء تناول القضايا الإقليمية.",
        "وأفادت وام بأن الوفد وصل إلى العاصمة.",
    ] {
        assert_eq!(organisations(text).len(), 1, "{text}");
        assert!(names(text, Kind::Person).is_empty(), "{text}");
    }
}
