//! Where organisations the tagger found end and begin: bodies listed side by
//! side (`chains/organisations.rs`). Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::of;

#[test]
fn a_listed_company_joined_by_wa_inside_a_found_name_is_another_company() {
    let text = "وأبرمت سوناطراك عقودا مع إيني وتوتال إنرجيز لتطوير الحقول.";
    let bodies = of(text, Kind::Organization);
    assert!(bodies.contains(&"إيني".to_string()), "{bodies:?}");
    assert!(bodies.contains(&"توتال إنرجيز".to_string()), "{bodies:?}");
    // A list's own و stays inside its name.
    let text = "وأصدرت منظمة الأمن والتعاون في أوروبا تقريرا.";
    assert_eq!(
        of(text, Kind::Organization),
        ["منظمة الأمن والتعاون في أوروبا"]
    );
}

#[test]
fn a_participle_of_the_complements_genitive_stays_inside_the_name() {
    // الجريمة المنظمة: organised crime, not a second body named منظمة.
    let text = "واندلعت اشتباكات بين جهاز الردع لمكافحة الجريمة المنظمة والإرهاب وقوات تابعة للواء.";
    assert_eq!(
        of(text, Kind::Organization),
        ["جهاز الردع لمكافحة الجريمة المنظمة والإرهاب"]
    );
}

#[test]
fn responsibility_after_a_body_is_the_verbs_object_not_its_adjective() {
    // حمّل X المسؤولية: held X responsible.
    let text = "وحمّل النائب علي رضا وزارة الطاقة المسؤولية، وقال إن الوضع صعب.";
    assert_eq!(of(text, Kind::Organization), ["وزارة الطاقة"]);
    // A nisba after the body is still its adjective.
    let text = "وحمّل النائب علي رضا وزارة الطاقة الإيرانية المسؤولية.";
    assert_eq!(of(text, Kind::Organization), ["وزارة الطاقة الإيرانية"]);
}

#[test]
fn a_board_is_part_of_the_title_and_the_body_is_the_name() {
    let text = "وقال رئيس مجلس إدارة الهيئة الملكية لمحافظة العلا إن المهرجان نجح.";
    assert_eq!(
        of(text, Kind::Organization),
        ["الهيئة الملكية لمحافظة العلا"]
    );
    let text = "وقال رئيس مجلس إدارة بنك بوبيان عادل عبدالوهاب إن الأرباح ارتفعت.";
    assert_eq!(of(text, Kind::Organization), ["بنك بوبيان"]);
    // The board of a head alone names no body.
    let text = "وقال رئيس مجلس إدارة البنك إن الأرباح ارتفعت.";
    assert!(of(text, Kind::Organization).is_empty());
    // Other councils keep their head.
    let text = "وعقد مجلس الأمن الدولي جلسة طارئة.";
    assert_eq!(of(text, Kind::Organization), ["مجلس الأمن الدولي"]);
}

#[test]
fn a_general_directorate_and_its_field_are_one_body() {
    for (text, body) in [
        (
            "وأكد المتحدث باسم الإدارة العامة للحرس الوطني العميد حسام الجبابلي أن العملية نجحت.",
            "الإدارة العامة للحرس الوطني",
        ),
        (
            "وقال المتحدث الرسمي باسم المديرية العامة لحرس الحدود العقيد مسفر القريني إن الدوريات ضبطت الشحنة.",
            "المديرية العامة لحرس الحدود",
        ),
        (
            "وجاء ذلك بعد تحريات أجرتها الإدارة العامة لمباحث الأموال العامة.",
            "الإدارة العامة لمباحث الأموال العامة",
        ),
    ] {
        assert!(of(text, Kind::Organization).contains(&body.to_string()), "{text}: {:?}", of(text, Kind::Organization));
    }
    // The object after the body is not its genitive.
    let text = "من جهتها، دعت القيادة العامة لشرطة أبوظبي السائقين إلى الحذر.";
    assert_eq!(
        of(text, Kind::Organization),
        ["القيادة العامة لشرطة أبوظبي"]
    );
    // The party's secretariat is a part of the party the text spoke of.
    let text = "وتولى الأمانة العامة للحزب بعد المؤتمر.";
    assert!(of(text, Kind::Organization).is_empty());
    // A listed place of two words in the field's genitive, whole.
    let text = "ناشدت القيادة العامة لشرطة رأس الخيمة الجمهور توخي الحذر.";
    assert_eq!(
        of(text, Kind::Organization),
        ["القيادة العامة لشرطة رأس الخيمة"]
    );
    // The public interest is no body.
    let text = "وشدد النائب على أن تخدم القرارات المصلحة العامة للمواطنين.";
    assert!(of(text, Kind::Organization).is_empty());
}

#[test]
fn a_listed_body_ends_before_the_given_name_of_the_person_after_it() {
    let text = "وقال الرئيس التنفيذي لشركة بوينغ كيلي أورتبرغ إن الشراكة قوية.";
    assert_eq!(of(text, Kind::Organization), ["شركة بوينغ"]);
    assert_eq!(of(text, Kind::Person), ["كيلي أورتبرغ"]);
    // The tagger ran the whole name onto the body.
    let text =
        "وقال الرئيس التنفيذي لشركة بوينغ كيلي أورتبرغ إن \"الشراكة قوية وتمتد لعقود طويلة\".";
    assert_eq!(of(text, Kind::Organization), ["شركة بوينغ"]);
    assert_eq!(of(text, Kind::Person), ["كيلي أورتبرغ"]);
    // A common word after it is the sentence's, a nisba the body's.
    let text = "وأكد رئيس شركة أرامكو التزام الشركة بخططها.";
    assert_eq!(of(text, Kind::Organization), ["شركة أرامكو"]);
}

#[test]
fn the_monetary_fund_by_its_short_name_before_another_body() {
    let text = "على هامش اجتماعات الربيع لصندوق النقد والبنك الدولي في واشنطن.";
    assert_eq!(
        of(text, Kind::Organization),
        ["صندوق النقد", "البنك الدولي"]
    );
}

#[test]
fn a_head_that_opens_the_text_ends_its_chain_without_overflow() {
    // A chain whose head is the text's first word and ends after it.
    for text in [
        "روابط معطلة",
        "روابط معطلة\n\nتجمع هذه الصفحة روابط لا تقرأ.",
    ] {
        assert!(of(text, Kind::Organization).is_empty(), "{text}");
    }
}

#[test]
fn a_participle_describes_the_complement_or_its_genitive_inside_the_name() {
    // After a genitive joined to the complement by و.
    let text = "من جهته، حذر المركز الوطني للأرصاد والإنذار المبكر في نشرة عاجلة.";
    assert_eq!(
        of(text, Kind::Organization),
        ["المركز الوطني للأرصاد والإنذار المبكر"]
    );
    // A feminine participle of the plain verb after a plural in ات.
    let text = "وأعلنت اللجنة الوطنية لإدارة الحالات الطارئة تعليق الدراسة.";
    assert_eq!(
        of(text, Kind::Organization),
        ["اللجنة الوطنية لإدارة الحالات الطارئة"]
    );
}

#[test]
fn a_government_of_an_emirate_is_the_place() {
    let text = "وقالت حكومة إمارة دبي إن المشروع يكتمل العام المقبل.";
    assert!(of(text, Kind::Organization).is_empty());
    assert_eq!(of(text, Kind::Location), ["دبي"]);
}

#[test]
fn a_described_body_takes_the_place_after_ba_but_a_force_does_not() {
    let text = "وقالت النقابة التي تتبع الاتحاد العام للشغالين بالمغرب إن الإضراب مستمر.";
    assert_eq!(
        of(text, Kind::Organization),
        ["الاتحاد العام للشغالين بالمغرب"]
    );
    let text = "ورحبت الجامعة العربية بقطر عضوا في اللجنة.";
    assert!(of(text, Kind::Location).contains(&"قطر".to_string()));
    let text = "لدعم قوات الاتحاد الأفريقي بدارفور أمس.";
    assert_eq!(of(text, Kind::Organization), ["الاتحاد الأفريقي"]);
    let text = "وتمكنت وحدات الحرس الوطني بصفاقس من حجز الشحنة.";
    assert_eq!(of(text, Kind::Location), ["صفاقس"]);
}

#[test]
fn a_place_after_ba_is_the_verbs_after_a_verb_that_takes_ba() {
    let text = "وأشاد الاتحاد العربي لكرة القدم بالمغرب على حسن التنظيم.";
    assert_eq!(of(text, Kind::Organization), ["الاتحاد العربي لكرة القدم"]);
    assert_eq!(of(text, Kind::Location), ["المغرب"]);
}

#[test]
fn a_chamber_is_named_by_its_adjective_and_city() {
    let text = "ونظمت الغرفة التجارية بالقصيم ملتقى لرواد الأعمال.";
    assert_eq!(of(text, Kind::Organization), ["الغرفة التجارية بالقصيم"]);
    // A committee meeting in a city is no body named by it.
    let text = "وعقدت اللجنة الفنية بالرياض اجتماعها الأول.";
    assert!(of(text, Kind::Organization).is_empty());
}

#[test]
fn what_an_office_holds_towards_is_no_part_of_its_body() {
    let text = "وقال وكيل وزارة الخارجية للشؤون السياسية إن الاجتماع مهم.";
    assert_eq!(of(text, Kind::Organization), ["وزارة الخارجية"]);
    let text = "والتقى مبعوث الأمم المتحدة لليمن هانس غروندبرغ بالوزير.";
    assert_eq!(of(text, Kind::Organization), ["الأمم المتحدة"]);
    assert_eq!(of(text, Kind::Location), ["ليمن"]);
    let text = "وقال وكيل وزارة التراث والسياحة للتراث إن المكتشفات مهمة.";
    assert_eq!(of(text, Kind::Organization), ["وزارة التراث والسياحة"]);
    // A body's own complement stays, after such an office too.
    let text = "وقالت مندوبة منظمة الأمم المتحدة للطفولة إن الأطفال بحاجة إلى الغذاء.";
    assert_eq!(of(text, Kind::Organization), ["منظمة الأمم المتحدة للطفولة"]);
}

#[test]
fn a_name_that_is_a_whole_title_in_quotation_marks_is_none() {
    let text = "وأطلقت الوزارة برنامجا توعويا بعنوان \"نخلتي هويتي\" يستهدف طلاب المدارس.";
    assert!(of(text, Kind::Person).is_empty());
    let text = "وأطلق الاتحاد الأوروبي مهمة عملية \"إيريني\" لمراقبة حظر الأسلحة.";
    assert_eq!(of(text, Kind::Person), Vec::<String>::new());
    assert_eq!(of(text, Kind::Organization), ["الاتحاد الأوروبي"]);
    // A name within a title stays, and so does one known by a name.
    let text = "وعقدت جلسة حوارية بعنوان «الطريق إلى بيليم» في المنتدى.";
    assert_eq!(of(text, Kind::Location), ["بيليم"]);
    let text = "وقال لصحيفة \"الرياض\" إن العمل مستمر.";
    assert_eq!(of(text, Kind::Organization), ["الرياض"]);
}

#[test]
fn a_verb_in_the_future_after_a_definite_word_ends_the_name() {
    let text = "وقال مسؤول الاتحاد الأوروبي جوزيب بوريل إن الوضع خطير، وأضاف بوريل أن \
                الاتحاد سيتحرك قريبا.";
    let bodies = of(text, Kind::Organization);
    assert_eq!(bodies, ["الاتحاد الأوروبي", "الاتحاد"]);
}

#[test]
fn a_listed_name_spelled_as_a_common_word_or_a_place_is_not_the_organisation() {
    // أبل (the company), listed; الإبل is camels.
    assert!(of("وتضمنت الوثيقة عشرين رأساً من الإبل.", Kind::Organization).is_empty());
    assert_eq!(
        of("وأعلنت شركة أبل عن هاتف جديد.", Kind::Organization),
        ["شركة أبل"]
    );
    // معاريف is a paper, and a district after حي.
    let text = "وأمام إحدى الثانويات بحي المعاريف في الدار البيضاء تجمع الأساتذة.";
    assert!(
        of(text, Kind::Organization).is_empty(),
        "{:?}",
        of(text, Kind::Organization)
    );
    assert!(of(text, Kind::Location).contains(&"المعاريف".to_owned()));
}

#[test]
fn an_organisation_ends_before_a_verb_in_the_dual() {
    let text = "وأكد النائب محمد رعد أن حزب الله وحركة أمل يرفضان أي تعديل.";
    assert_eq!(of(text, Kind::Organization), ["حزب الله", "حركة أمل"]);
}
