//! Where an organisation's chain runs and stops:
//! heads, complements with ل, nisbas, purposes, what describes rather than
//! names, acronyms. Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::{named, of, recognize, texts};

#[test]
fn organisation_names_run_on_through_complements_and_acronyms() {
    let (_, f) = recognize(
        "وقال المرصد السوري لحقوق الإنسان إن حزب العدالة والتنمية ومنظمة الأغذية والزراعة (فاو) اجتمعوا.",
    );
    let orgs = texts(&f, Kind::Organization);
    assert!(orgs.contains(&"المرصد السوري لحقوق الإنسان"), "{orgs:?}");
    assert!(orgs.contains(&"حزب العدالة والتنمية"), "{orgs:?}");
    assert!(orgs.contains(&"منظمة الأغذية والزراعة"), "{orgs:?}");
    assert!(orgs.contains(&"فاو"), "{orgs:?}");
}

#[test]
fn a_head_described_rather_than_named_is_no_organisation() {
    // A head in the construct state with a preposition and the article right
    // after it has no genitive: an alliance of rebels, a union for tribes.
    for text in [
        "وجبهة الخلاص الوطني تحالف جديد للمتمردين الذين لم يوقعوا الاتفاق.",
        "وأعلن المشاركون تأسيس اتحاد للناشرين اليمنيين في ختام المؤتمر.",
    ] {
        let orgs = of(text, Kind::Organization);
        assert!(
            orgs.iter()
                .all(|o| !o.contains("للمتمردين") && !o.contains("للناشرين")),
            "{text}: {orgs:?}"
        );
    }
    // A genitive that begins with ل but no article is still one (اتحاد لجان).
    let text = "ونظم اتحاد لجان العمل الزراعي حملة تطوعية لقطف الزيتون.";
    assert!(
        of(text, Kind::Organization)
            .iter()
            .any(|o| o.starts_with("اتحاد لجان")),
        "{:?}",
        of(text, Kind::Organization)
    );
}

#[test]
fn brigades_head_their_name() {
    let (_, found) = recognize("وأصدرت كتائب حزب الله بيانا أمس، فيما تبنت كتائب القسام الهجوم.");
    let orgs = texts(&found, Kind::Organization);
    assert!(orgs.contains(&"كتائب حزب الله"), "{orgs:?}");
    // A congregation, a town's council in Morocco: جماعة is no head.
    let (_, found) = recognize("وأدى الحضور صلاة المغرب جماعة ودعوا الله أن يحفظ البلاد.");
    assert!(texts(&found, Kind::Organization).is_empty());
}

#[test]
fn a_body_named_by_a_noun_and_its_place_is_one_organisation() {
    let orgs = |text: &str| of(text, Kind::Organization);
    for (text, name) in [
        (
            "وأيد مجلس قضاء قسنطينة الحكم الابتدائي.",
            "مجلس قضاء قسنطينة",
        ),
        ("ورحبت غرفة صناعة حمص بالقرار.", "غرفة صناعة حمص"),
        (
            "وقضت محكمة بداية جزاء عمان بحبس المتهم.",
            "محكمة بداية جزاء عمان",
        ),
    ] {
        let found = orgs(text);
        assert!(found.contains(&name.to_owned()), "{text}: {found:?}");
    }
    // A shelter's centre in a town: the town keeps its preposition and stays a place.
    let (_, found) = recognize("وقالت امرأة في مركز إيواء بكسلا إن الوضع صعب.");
    assert!(
        texts(&found, Kind::Organization).is_empty(),
        "{:?}",
        texts(&found, Kind::Organization)
    );
}

#[test]
fn chains_stop_where_the_name_does() {
    let orgs = |text: &str| of(text, Kind::Organization);
    for (text, want) in [
        // The year, not "general"; a purpose, not a name; the verb's object.
        ("ونظمت الوزارة العام المنصرم ثلاثة معارض.", vec![]),
        ("وافتتحت الجامعة العام الدراسي الجديد.", vec![]),
        (
            "ونشرت دار الشروق المصرية الرواية في طبعة جديدة.",
            vec!["دار الشروق المصرية"],
        ),
        (
            "وتقدم الجيش السوداني لاستعادة السيطرة على المدينة.",
            vec!["الجيش السوداني"],
        ),
        ("وتسعى الشركة لتصبح مركز استقطاب آسيا.", vec![]),
        // A second word with ل after a complement is a purpose, and so is
        // one after a name in the construct state.
        (
            "ووقعت الوزارة عقدا مع شركة هيونداي للهندسة لتنفيذ المرحلة الثانية.",
            vec!["شركة هيونداي للهندسة"],
        ),
        (
            "وصوت نواب حزب مستقبل وطن لصالح القانون.",
            vec!["حزب مستقبل وطن"],
        ),
        // A bank named by a genitive and an adjective that agrees with it.
        (
            "ويغطي القرض الذي يقدمه بنك الائتمان الكويتي نصف الكلفة.",
            vec!["بنك الائتمان الكويتي"],
        ),
        // لجان is committees, not ل + a given name: the chain goes on.
        (
            "وأطلقت الهيئة بالتعاون مع اتحاد لجان العمل الزراعي حملة جديدة.",
            vec!["اتحاد لجان العمل الزراعي"],
        ),
    ] {
        assert_eq!(orgs(text), want, "{text}");
    }
}

#[test]
fn a_nisba_that_says_what_a_body_is_stays_in_its_name() {
    let text = "وقال مصدر إن بنك ناصر الاجتماعي قدم قروضا جديدة.";
    assert_eq!(of(text, Kind::Organization), ["بنك ناصر الاجتماعي"]);
    // A nationality after the name says where it is from.
    let orgs = of("وتعاقد نادي تشيلسي الإنجليزي مع اللاعب.", Kind::Organization);
    assert!(orgs.iter().all(|o| !o.ends_with("الإنجليزي")), "{orgs:?}");
}

#[test]
fn a_purpose_after_a_name_is_no_part_of_it() {
    let text = "قدم المشروع للبنك الدولي للحصول على التمويل.";
    assert_eq!(named(text, Kind::Organization), ["البنك الدولي"]);
    // A domain after ل is part of it, whatever follows.
    let text = "وأعلنت المفوضية العليا المستقلة للانتخابات في العراق النتائج.";
    assert_eq!(
        of(text, Kind::Organization),
        ["المفوضية العليا المستقلة للانتخابات"]
    );
}

#[test]
fn a_body_described_by_what_it_is_and_a_name_is_named() {
    let text = "وقال مستشفى حمد العام إن الحالة مستقرة.";
    assert_eq!(of(text, Kind::Organization), ["مستشفى حمد العام"]);
    // العام before a word of time is the year; a noun there describes.
    let orgs = of(
        "حقق بنك عودة العام الماضي أرباحا كبيرة.",
        Kind::Organization,
    );
    assert!(orgs.iter().all(|o| !o.ends_with("العام")), "{orgs:?}");
    let text = "وتعاقدت الوزارة مع شركة الشحن الدولية.";
    assert!(of(text, Kind::Organization).is_empty());
    // A centre or a market is a place as often.
    assert!(of("وتسوق الناس في مركز المدينة التجاري.", Kind::Organization).is_empty());
}

#[test]
fn a_complement_with_lam_takes_its_own_adjective_and_genitive() {
    let cases = [
        // A participle that agrees with the complement, and a nisba of three letters.
        (
            "وأعلنت الشركة الجزائرية للطاقات المتجددة عن مشروع.",
            "الشركة الجزائرية للطاقات المتجددة",
        ),
        (
            "وقالت الهيئة العامة للتأمين الصحي إن الخدمة متاحة.",
            "الهيئة العامة للتأمين الصحي",
        ),
        // A plural before the place it belongs to.
        (
            "وقال رئيس الاتحاد العام لمقاولات المغرب إن الوضع صعب.",
            "الاتحاد العام لمقاولات المغرب",
        ),
        // A verbal noun after a place and its adjective names the bank's work.
        (
            "وقال مصرف آشور الدولي للاستثمار إنه ملتزم.",
            "مصرف آشور الدولي للاستثمار",
        ),
        (
            "وأكدت رابطة المصارف الخاصة العراقية أن البنوك مستعدة.",
            "رابطة المصارف الخاصة العراقية",
        ),
        (
            "ونقل المصاب إلى مستشفى شارل نيكول في العاصمة.",
            "مستشفى شارل نيكول",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(of(text, Kind::Organization), [want], "{text}");
    }
    // Not: a participle in the head's gender, a purpose after a bank, people
    // the bank allows, a noun of three letters.
    let not = [
        (
            "وقالت الشركة الوطنية للنفط المنتجة إنها مستعدة.",
            "الشركة الوطنية للنفط",
        ),
        (
            "وأعلن البنك الدولي لتمويل مشاريع التنمية في أفريقيا.",
            "البنك الدولي",
        ),
        (
            "وسمح مصرف سوريا المركزي للشركات بالاستيراد.",
            "مصرف سوريا المركزي",
        ),
        (
            "وقالت الهيئة العامة للاستعلامات الرأي إنها سترد.",
            "الهيئة العامة للاستعلامات",
        ),
    ];
    for (text, want) in not {
        assert_eq!(of(text, Kind::Organization), [want], "{text}");
    }
}

#[test]
fn a_complement_stops_before_what_describes_the_body_or_what_it_does() {
    let cases = [
        // A participle with its own complement describes the body.
        (
            "وقالت الهيئة العامة للمياه المسؤولة عن التوزيع إن الضخ سيعود.",
            "الهيئة العامة للمياه",
        ),
        // A purpose after a body that seeks it.
        (
            "ودعت الجامعة العربية لوقف إطلاق النار في السودان.",
            "الجامعة العربية",
        ),
        // النعي is a noun, not a nisba of three letters.
        (
            "ونشر الاتحاد العام للكتاب النعي على صفحته.",
            "الاتحاد العام للكتاب",
        ),
        // الخاصة بـ says what a body deals with.
        (
            "واجتمعت اللجنة الوزارية الخاصة بالأزمة أمس.",
            "اللجنة الوزارية",
        ),
    ];
    for (text, want) in cases {
        let orgs = of(text, Kind::Organization);
        assert!(
            orgs.iter()
                .all(|o| o.chars().count() <= want.chars().count()),
            "{text}: {orgs:?}"
        );
    }
    // A hospital and its doctor are not one name.
    let text = "وقال الطبيب في مستشفى ناصر أحمد الفرا إن الحالة حرجة.";
    let orgs = of(text, Kind::Organization);
    assert!(orgs.iter().all(|o| !o.contains("الفرا")), "{orgs:?}");
}

#[test]
fn a_particle_after_a_head_is_no_name() {
    let text = "ونستهدف أن تكون خمس جامعات عراقية ضمن أفضل 500 جامعة في العالم، بينها جامعة بغداد.";
    assert_eq!(of(text, Kind::Organization), ["جامعة بغداد"]);
}

#[test]
fn a_hospital_named_after_a_person_and_one_a_person_enters() {
    // A hospital named by a compound name of three words.
    let text = "ونقل الجرحى إلى مستشفى أبو يوسف النجار في رفح.";
    assert_eq!(of(text, Kind::Organization), ["مستشفى أبو يوسف النجار"]);
    // The hospital with the article and a person after it: who entered it.
    let text = "ودخل المستشفى العسكري حسني مبارك بعد تدهور صحته.";
    let orgs = of(text, Kind::Organization);
    assert!(orgs.iter().all(|o| !o.contains("مبارك")), "{orgs:?}");
}

#[test]
fn a_chain_stops_at_what_describes_rather_than_names() {
    // ل and a verb is a purpose: the institute's name ends before it.
    let text = "وقد اختاره معهد السينما البريطاني ليكون الأول في قائمته السنوية.";
    assert_eq!(of(text, Kind::Organization), ["معهد السينما البريطاني"]);
    // The other one names nothing.
    let text = "ويقضي الطالب فصلا دراسيا في الجامعة الأخرى قبل التخرج.";
    assert!(of(text, Kind::Organization).is_empty());
    // An indefinite head and a common nisba is a kind of party, not a name.
    let text = "ونظم حزب إسلامي التوجه مسيرة في وسط المدينة.";
    assert!(of(text, Kind::Organization).is_empty());
    // A participle with its own complement after و describes a person.
    let text = "وقال عضو اللجنة المنظمة لدول مجلس التعاون والمشرف على البطولة إن الموعد ثابت.";
    assert_eq!(of(text, Kind::Organization), ["مجلس التعاون"]);
    // A body's second portfolio after و still goes on (وزارة التربية والتعليم),
    // and a feminine noun after an indefinite head still names (هيئة تنمية).
    let text = "وذكرت هيئة تنمية الصادرات الأردنية أن الطلب ارتفع.";
    let orgs = of(text, Kind::Organization);
    assert!(
        orgs.iter().any(|o| o.starts_with("هيئة تنمية الصادرات")),
        "{orgs:?}"
    );
}

#[test]
fn a_body_after_b_is_the_one_the_first_belongs_to() {
    let text = "وقررت لجنة السياسة النقدية بالبنك المركزي المصري خفض الفائدة.";
    let orgs = of(text, Kind::Organization);
    assert!(orgs.iter().any(|o| o == "البنك المركزي المصري"), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.contains("بالبنك")), "{orgs:?}");
    // The part before it is a body of its own.
    assert!(orgs.iter().any(|o| o == "لجنة السياسة النقدية"), "{orgs:?}");
    let text = "وقال أستاذ في كلية الآثار بجامعة القاهرة إن الكشف مهم.";
    assert_eq!(
        of(text, Kind::Organization),
        ["كلية الآثار", "جامعة القاهرة"]
    );
}

#[test]
fn a_head_after_l_is_named_by_its_adjective_as_it_is_without() {
    let text = "وأعلنت الشركة، المملوكة بالكامل لصندوق الاستثمارات العامة، تسيير أولى رحلاتها.";
    assert_eq!(of(text, Kind::Organization), ["صندوق الاستثمارات العامة"]);
    // An adjective that describes a place, and an officer's office, name none.
    for text in [
        "وتوجه الموظفون لمكتب البريد الرئيسي صباح الأحد.",
        "وتبرع رجل الأعمال بمبلغ كبير لصندوق التبرعات الخيري في القرية.",
        "وذهب الوفد إلى مكتب المدير العام.",
    ] {
        assert!(
            of(text, Kind::Organization).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Organization)
        );
    }
    // A state's office is one.
    let text = "وأحيلت القضية إلى مكتب النائب العام السعودي أمس.";
    assert_eq!(of(text, Kind::Organization), ["مكتب النائب العام السعودي"]);
}

#[test]
fn a_name_runs_to_its_acronym_in_latin_capitals() {
    // Over an adjective in construct with the word after it.
    let text = "وأعلنت جامعة محمد السادس متعددة التخصصات التقنية (UM6P) عن برنامج جديد.";
    assert_eq!(
        of(text, Kind::Organization),
        ["جامعة محمد السادس متعددة التخصصات التقنية", "UM6P"]
    );
    let text = "وأشارت النقابة الوطنية للتعليم العالي (SNESup) إلى تحفظها.";
    assert_eq!(
        of(text, Kind::Organization),
        ["النقابة الوطنية للتعليم العالي", "SNESup"]
    );
    // The tagger's organisation ended early, or only its head was there.
    let text =
        "وأعلنت هيئة عمليات التجارة البحرية البريطانية (UKMTO) أن ربان السفينة أبلغ عن انفجار.";
    assert_eq!(
        of(text, Kind::Organization),
        ["هيئة عمليات التجارة البحرية البريطانية", "UKMTO"]
    );
    let text = "وخصص المشروع 11 مليارا لإدارة الهجرة والجمارك (ICE) هذا العام.";
    assert_eq!(
        of(text, Kind::Organization),
        ["إدارة الهجرة والجمارك", "ICE"]
    );
    // Words without the article between are no name's.
    let text = "وقال إن حجم التداول ارتفع أمس بشكل كبير (USD) مقارنة بالشهر الماضي.";
    assert!(of(text, Kind::Organization).is_empty());
    // A preposition after a head in the construct state, a genitive after
    // ل after a head with the article.
    let text = "وقدمت الشركة شكوى إلى لجنة الإشراف على المنافسة التجارية (KPPU) أمس.";
    assert_eq!(
        of(text, Kind::Organization),
        ["لجنة الإشراف على المنافسة التجارية", "KPPU"]
    );
    let text = "بدوره، دعا الاتحاد الوطني لطلبة المغرب (UNEM) إلى وقف الإضراب.";
    assert_eq!(
        of(text, Kind::Organization),
        ["الاتحاد الوطني لطلبة المغرب", "UNEM"]
    );
    // After a head with the article, a preposition leads into the sentence.
    let text = "وقال المتحدث باسم الشركة في المؤتمر الصحفي (VIDEO) إن الأرباح زادت.";
    assert!(
        of(text, Kind::Organization).is_empty(),
        "{:?}",
        of(text, Kind::Organization)
    );
}

#[test]
fn a_body_named_for_what_it_defends_takes_its_cause() {
    let orgs = |text: &str| of(text, Kind::Organization);
    for (text, body) in [
        (
            "وأدانت الرابطة التونسية للدفاع عن حقوق الإنسان الاعتقالات.",
            "الرابطة التونسية للدفاع عن حقوق الإنسان",
        ),
        (
            "وطالبت اللجنة الوطنية للدفاع عن الأسرى بالإفراج عنهم.",
            "اللجنة الوطنية للدفاع عن الأسرى",
        ),
        (
            "وقالت جمعية الدفاع عن الحقوق والحريات إن القرار ظالم.",
            "جمعية الدفاع عن الحقوق والحريات",
        ),
    ] {
        assert_eq!(orgs(text), [body], "{text}");
    }
    // Defending without a body is no name.
    let text = "وتحرك الجيش للدفاع عن المدينة أمس.";
    assert!(orgs(text).is_empty(), "{:?}", orgs(text));
}

#[test]
fn a_latin_name_after_a_company_or_a_channel_is_that_organisation() {
    // The head outside, as a company named by a proper name is drawn.
    let text = "أعلنت شركة Core42، التابعة لمجموعة G42، عن شراكة مع شركة AMD الأمريكية.";
    assert_eq!(of(text, Kind::Organization), ["Core42", "G42", "AMD"]);
    let text = "وقال المدرب لقناة SSC بعد المباراة إن الفريق قدم أداء جيدا.";
    assert_eq!(of(text, Kind::Organization), ["SSC"]);
    // Named again with no head, the name alone; a longer Latin name that
    // holds it is another.
    let text =
        "وأسست شركة G42 مركزا جديدا. وكانت G42 قد أعلنت خطتها، فيما قالت G42 Cloud إنها ستشارك.";
    assert_eq!(of(text, Kind::Organization), ["G42", "G42"]);
    // Lower-case Latin after a head is a word, a platform's name an app's.
    for text in [
        "وتعمل شركة startup ناشئة في المدينة منذ عامين.",
        "ونشر البيان على منصة X مساء أمس.",
    ] {
        assert!(
            of(text, Kind::Organization).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Organization)
        );
    }
}

#[test]
fn a_word_for_what_a_person_does_before_a_person_ends_the_chain() {
    let (_, f) = recognize(
        "وقال رئيس الهيئة القومية للأنفاق المهندس شريف عبد المنعم إن القطار سيعمل العام المقبل.",
    );
    let orgs = texts(&f, Kind::Organization);
    assert_eq!(orgs, ["الهيئة القومية للأنفاق"]);
    assert_eq!(texts(&f, Kind::Person), ["شريف عبد المنعم"]);
}

#[test]
fn a_participle_with_a_complement_of_its_own_describes_someone_not_the_body() {
    let (_, f) = recognize(
        "وقال كينجي ساتو، نائب رئيس شركة ميتسوبيشي المكلف بمنطقة الشرق الأوسط، إن المشروع مهم.",
    );
    let orgs = texts(&f, Kind::Organization);
    assert!(orgs.iter().all(|o| !o.contains("المكلف")), "{orgs:?}");
}

#[test]
fn a_complement_in_the_construct_state_runs_on_to_the_place_it_names() {
    // لسكك حديد مصر: two nouns of a construct chain, then the place; حديد
    // is a family name in the lists, and no name here.
    let text = "وتدير الهيئة القومية لسكك حديد مصر الشبكة القائمة.";
    let (_, f) = recognize(text);
    assert_eq!(
        texts(&f, Kind::Organization),
        ["الهيئة القومية لسكك حديد مصر"]
    );
    let (_, f) = recognize("وأصدرت محكمة صلح جزاء عمان حكمها أمس.");
    assert_eq!(texts(&f, Kind::Organization), ["محكمة صلح جزاء عمان"]);
    // A purpose whose object is a place stays out.
    let (_, f) = recognize("وتعهد صندوق النقد الدولي لزيارة القاهرة الشهر المقبل.");
    assert_eq!(texts(&f, Kind::Organization), ["صندوق النقد الدولي"]);
}
