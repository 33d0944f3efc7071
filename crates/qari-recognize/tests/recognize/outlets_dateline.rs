//! Outlets in the dateline (`outlets.rs` has those after ل and a paper's head):
//! the agency after the place and the dash, in brackets, after a slash or the
//! date, the paper after its colon; and the places, writers, credits and
//! labels there that are no outlet. Sentences written for these tests.

use qari_recognize::Kind;

use crate::outlets::{names, organisations};
use crate::quotes::recognizer;

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
fn a_datelines_place_before_its_date_is_a_place_beside_the_agency_it_spells() {
    // بترا the agency, البترا the town: the town opens the dateline, before
    // its date, and every mention of it stays a place.
    let text = "البترا 3 آب (بترا) - استقبل موقع البترا الأثري آلاف الزوار خلال عطلة الصيف.\n\n\
                وقال مدير الموقع لبترا إن أعداد الزوار إلى البترا ارتفعت.";
    assert_eq!(organisations(text), ["بترا", "بترا"]);
    assert_eq!(names(text, Kind::Location), ["البترا"; 3]);
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
fn an_agencys_acronym_in_brackets_is_the_source_however_common_a_word() {
    for (text, agency) in [
        ("تونس (وات) - أعلنت المؤسسة عن برنامج جديد.", "وات"),
        ("الجزائر (واج) - أعلنت الاتحادية عن موعد المباراة.", "واج"),
        ("المنامة، 18 نوفمبر (بنا) – أعلنت الوزارة عن خطة.", "بنا"),
        ("الرباط - (ومع) - أعلنت الوزارة عن خطة جديدة.", "ومع"),
        (
            "مسقط - العُمانية: اختتمت في مسقط الدورة الثانية.",
            "العُمانية",
        ),
    ] {
        assert_eq!(organisations(text), [agency], "{text}");
    }
    // A label of the piece as short as an acronym, and a place, are none.
    for text in [
        "بغداد (عاجل) - قال مسؤول إن الوضع هادئ.",
        "بيروت - (صور) - شهدت العاصمة أمطارا غزيرة.",
        "القاهرة (مصر) - قال الوزير إن الخطة جاهزة.",
    ] {
        assert!(
            organisations(text).is_empty(),
            "{text}: {:?}",
            organisations(text)
        );
    }
}
