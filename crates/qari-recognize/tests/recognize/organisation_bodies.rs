//! Bodies named by a state or a nationality, portfolios and founders
//! as organisations: armies, councils, ministries,
//! governments, companies, and one organisation with and without its
//! nationality. Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::{named, of};

#[test]
fn an_army_named_by_its_nisba_is_an_organisation() {
    let orgs = |text: &str| of(text, Kind::Organization);
    assert_eq!(
        orgs("وانتشر الجيش اللبناني في القرى الحدودية أمس."),
        ["الجيش اللبناني"]
    );
    assert_eq!(
        orgs("وتسلم الجيش الوطني الصومالي مواقع جديدة."),
        ["الجيش الوطني الصومالي"]
    );
    // The army alone is no name, nor with an adjective that describes it or
    // its object after it.
    for text in [
        "وانسحب الجيش من المدينة.",
        "وقاتل الجيش النظامي المتمردين في الريف.",
        "ودمر الجيش المباني في القرية، وساعد الجيش الأهالي.",
    ] {
        assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
    }
}

#[test]
fn a_ministry_named_by_its_portfolio_and_nationality_is_an_organisation() {
    let orgs = |text: &str| of(text, Kind::Organization);
    assert_eq!(
        orgs("وقالت الخارجية الروسية في بيان إن موسكو ترفض القرار."),
        ["الخارجية الروسية"]
    );
    assert_eq!(
        orgs("وقال المتحدث باسم الخارجية الفرنسية إن باريس تتابع الوضع."),
        ["الخارجية الفرنسية"]
    );
    assert_eq!(
        orgs("وقالت الدفاع الروسية إن قواتها صدت الهجوم."),
        ["الدفاع الروسية"]
    );
    // Foreign policy, a minister's office: no ministry.
    for text in [
        "وانتقد السياسة الخارجية الأمريكية في المنطقة.",
        "وقالت وزيرة الخارجية الأمريكية إن بلادها تدعم الحل.",
        "وأكد وزير الخارجية الأمريكي أن بلاده تدعم الحل.",
    ] {
        assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
    }
}

#[test]
fn a_council_after_a_title_or_with_its_nisba_is_named() {
    let orgs = |text: &str| of(text, Kind::Organization);
    assert!(orgs("وترأس رئيس مجلس النواب الجلسة أمس.").contains(&"مجلس النواب".to_owned()));
    // The cabinet is read as the government is, but a state's, by its
    // nationality, is named, with a clitic and a complement after it too.
    assert!(orgs("وترأس رئيس مجلس الوزراء الجلسة أمس.").is_empty());
    assert_eq!(
        orgs("وقدم الوزير المقترح لمجلس الوزراء الأردني أمس."),
        ["مجلس الوزراء الأردني"]
    );
    assert_eq!(
        orgs("وأحالت الوزارة الملف إلى مجلس الوزراء العراقي للبت فيه."),
        ["مجلس الوزراء العراقي"]
    );
    assert!(
        orgs("وقدم النواب طعنا أمام المجلس الدستوري أمس.").contains(&"المجلس الدستوري".to_owned())
    );
    // Not a nationality: any of that country's councils.
    assert!(orgs("وقال إن المجلس المصري سيجتمع.").is_empty());
}

#[test]
fn a_ministrys_second_portfolio_after_wa_is_its_name() {
    let text = "وقالت وزارة الاتصالات وتكنولوجيا المعلومات إن الشبكة جاهزة.";
    assert_eq!(
        of(text, Kind::Organization),
        ["وزارة الاتصالات وتكنولوجيا المعلومات"]
    );
    // What the sentence lists after it is not.
    for text in [
        "وأعلنت وزارة الصحة وعدد المصابين ارتفع.",
        "وتتابع وزارة الزراعة وأسعار الخضار مستقرة.",
    ] {
        let orgs = of(text, Kind::Organization);
        assert!(
            orgs.iter().all(|o| o.split(' ').count() == 2),
            "{text}: {orgs:?}"
        );
    }
}

#[test]
fn a_nationality_after_a_companys_name_leaves_it_and_its_head_out() {
    for (text, name) in [
        (
            "وقعت الحكومة عقدا مع شركة أميا الإماراتية لبناء محطة شمسية.",
            "أميا",
        ),
        ("ووقعت سوناطراك اتفاقا مع شركة إيني الإيطالية أمس.", "إيني"),
        (
            "وأعلنت شركة توتال إنرجيز الفرنسية عن استثمار جديد.",
            "توتال إنرجيز",
        ),
        ("ووقعت الوزارة مع شركة جيرا اليابانية عقدا.", "جيرا"),
        // A country whose name begins like the article (ألمانيا).
        ("وقعت الحكومة عقدا مع شركة سيمنس الألمانية أمس.", "سيمنس"),
    ] {
        assert_eq!(
            of(text, Kind::Organization).last().map(String::as_str),
            Some(name),
            "{text}"
        );
    }
    // The same when the tagger took the nisba into the name.
    for (text, name) in [
        ("وأعلنت مجموعة رينو الفرنسية عن خطة جديدة.", "رينو"),
        ("وقالت شركة أمازون الأمريكية إنها ستوظف ألف عامل.", "أمازون"),
    ] {
        assert_eq!(of(text, Kind::Organization), [name], "{text}");
    }
    // A well-known name holds its nisba; what a company does is its name.
    let text = "وأعلنت شركة أرامكو السعودية عن أرباحها.";
    assert!(
        of(text, Kind::Organization)
            .iter()
            .any(|o| o.contains("أرامكو السعودية")),
        "{:?}",
        of(text, Kind::Organization)
    );
    // Without one, the head names what the company is.
    let text = "وأعلنت شركة هواوي عن هاتف جديد.";
    assert_eq!(of(text, Kind::Organization), ["شركة هواوي"]);
}

#[test]
fn a_company_named_by_its_founder_or_a_foreign_name_is_one() {
    let text = "وطرحت مجموعة ماجد الفطيم أسهمها في السوق.";
    assert_eq!(of(text, Kind::Organization), ["مجموعة ماجد الفطيم"]);
    assert!(of(text, Kind::Person).is_empty());
    let text = "وارتفع سهم مجموعة طلعت مصطفى القابضة بنسبة خمسة في المئة.";
    assert_eq!(of(text, Kind::Organization), ["مجموعة طلعت مصطفى القابضة"]);
    let text = "وقعت الحكومة عقدا مع شركة أميا لبناء محطة شمسية.";
    assert_eq!(of(text, Kind::Organization), ["شركة أميا"]);
    // Words training saw are no foreign name: a company described.
    let text = "وأعلنت شركة محلية عن زيادة إنتاجها.";
    assert!(of(text, Kind::Organization).is_empty());
    let text = "وقالت مجموعة من الخبراء إن الخطة ناجحة.";
    assert!(of(text, Kind::Organization).is_empty());
    // A trade in ات is no name, a verb ends one, a complement goes on.
    let text = "أعلنت شركة بتروكيماويات سعودية عن توسعة مصنعها.";
    assert!(of(text, Kind::Organization).is_empty());
    let text = "قالت الحكومة إن شركة أميا ستعمل على المشروع.";
    assert_eq!(of(text, Kind::Organization), ["شركة أميا"]);
    let text = "أعلنت مجموعة كوفي عنان للسلام عن مبادرة.";
    assert_eq!(of(text, Kind::Organization), ["مجموعة كوفي عنان للسلام"]);
}

#[test]
fn well_known_religious_bodies_and_outlets_are_organisations() {
    let orgs = |text: &str| of(text, Kind::Organization);
    assert_eq!(
        orgs("وأصدرت دار الإفتاء المصرية فتوى جديدة أمس."),
        ["دار الإفتاء المصرية"]
    );
    assert_eq!(orgs("ورحب الأزهر الشريف بالمبادرة."), ["الأزهر الشريف"]);
    assert_eq!(
        orgs("وقال مسؤول في تصريحات لمصراوي إن الخطة جاهزة."),
        ["مصراوي"]
    );
    // Alone too, though the word (brightest) is mostly no name; a street
    // named after it is no organisation.
    assert_eq!(orgs("وقال الأزهر في بيان إن الفتوى باطلة."), ["الأزهر"]);
    assert_eq!(orgs("ودعا شيخ الأزهر إلى الحوار."), ["الأزهر"]);
    assert!(orgs("ويبيع التجار الياميش في شارع الأزهر بوسط القاهرة.").is_empty());
    // A site's name with its dot, after لـ too; Tunisia's parliament.
    assert_eq!(
        orgs("وقال مصدر لـالعربية.نت إن الاتفاق قريب."),
        ["العربية.نت"]
    );
    assert_eq!(
        orgs("وصادق مجلس نواب الشعب على القانون."),
        ["مجلس نواب الشعب"]
    );
    // A person named الأزهر stays a person.
    assert_eq!(
        of("وقال المدرب الأزهر الشرايطي إن الفريق جاهز.", Kind::Person),
        ["الأزهر الشرايطي"]
    );
}

#[test]
fn an_agency_is_named_by_a_genitive_names_hold() {
    let text = "وأعلن جهاز مكافحة الإرهاب اعتقال خلية، فيما اشتبك جهاز دعم الاستقرار مع قوات أخرى.";
    assert_eq!(
        of(text, Kind::Organization),
        ["جهاز مكافحة الإرهاب", "جهاز دعم الاستقرار"]
    );
    // A device is named by what it does, a word no agency's name holds.
    for text in [
        "واستخدمت الشرطة جهاز كشف المعادن عند المدخل.",
        "ركبت البلدية جهاز رصد الزلازل في أعلى الجبل.",
        "اشترى المستشفى جهاز تحليل الدم الآلي بتكلفة كبيرة.",
    ] {
        assert!(
            of(text, Kind::Organization).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Organization)
        );
    }
}

#[test]
fn libyas_and_kurdistans_governments_are_organisations() {
    let text = "واشتبكت قوات تابعة لحكومة الوحدة الوطنية مع مسلحين، فيما رحبت حكومة إقليم كردستان بالاتفاق.";
    assert_eq!(
        of(text, Kind::Organization),
        ["حكومة الوحدة الوطنية", "حكومة إقليم كردستان"]
    );
    // Audit bureaus, and a company named by a place (اتصالات المغرب, not the country).
    let text = "وأحال ديوان المحاسبة الملف إلى النيابة، وارتفع سهم اتصالات المغرب.";
    assert_eq!(
        of(text, Kind::Organization),
        ["ديوان المحاسبة", "اتصالات المغرب"]
    );
    assert!(
        of(text, Kind::Location).is_empty(),
        "{:?}",
        of(text, Kind::Location)
    );
}

#[test]
fn a_states_armed_forces_named_by_its_nationality_are_an_organisation() {
    let text =
        "وقالت القوات المسلحة السودانية إنها صدت هجوما، وقتل جنديان من القوات المسلحة في الهجوم.";
    assert_eq!(of(text, Kind::Organization), ["القوات المسلحة السودانية"]);
}

#[test]
fn a_body_of_several_portfolios_is_named_whole() {
    let orgs = |text: &str| of(text, Kind::Organization);
    assert_eq!(
        orgs("وأصدرت وزارة العدل والشؤون الإسلامية والأوقاف قرارا جديدا."),
        ["وزارة العدل والشؤون الإسلامية والأوقاف"]
    );
    assert_eq!(
        orgs("بحسب الهيئة العامة للأنواء الجوية والرصد الزلزالي أمس."),
        ["الهيئة العامة للأنواء الجوية والرصد الزلزالي"]
    );
    // A definite head's adjective closes its name before another body.
    assert_eq!(
        orgs("وانتشر الجيش اللبناني واليونيفيل في الجنوب."),
        ["الجيش اللبناني", "اليونيفيل"]
    );
}

#[test]
fn an_organisation_is_named_again_without_its_nationality() {
    let orgs = |text: &str| of(text, Kind::Organization);
    // Named whole once, it is the same body without the nationality, before
    // its first full mention and after it.
    assert_eq!(
        orgs("وارتفعت أرباح البنك التجاري هذا العام. وقال رئيس البنك إن البنك التجاري القطري سيصدر سندات. وأكد أن البنك التجاري قوي."),
        ["البنك التجاري", "البنك التجاري القطري", "البنك التجاري"]
    );
    // Not where an adjective of its own follows: another body, or any.
    let found = orgs("وأعلنت الخطوط الجوية القطرية رحلات جديدة. وتحلق طائرات الخطوط الجوية الأوروبية في القارة. وقالت الخطوط الجوية الأخرى إنها ستتبعها.");
    assert!(!found.contains(&"الخطوط الجوية".to_string()), "{found:?}");
    // Nor a central bank, which every state has.
    assert_eq!(
        orgs("وقرر المصرف المركزي الإماراتي تثبيت الفائدة. وقال المصرف المركزي إن التضخم تراجع."),
        ["المصرف المركزي الإماراتي"]
    );
}

#[test]
fn a_states_body_named_by_an_adjective_and_its_nationality_is_an_organisation() {
    let orgs = |text: &str| of(text, Kind::Organization);
    for (text, body) in [
        (
            "وقالت الوكالة إن الحرس البحري التونسي أحبط محاولة هجرة.",
            "الحرس البحري التونسي",
        ),
        (
            "وأعلنت الإدارة العامة للجمارك الصينية أن الصادرات ارتفعت.",
            "الإدارة العامة للجمارك الصينية",
        ),
        (
            "وقال متحدث باسم خفر السواحل الإيطالي إن الإنقاذ مستمر.",
            "خفر السواحل الإيطالي",
        ),
        (
            "وأوضح سلاح الجو الأوكراني أن الدفاعات أسقطت المسيرات.",
            "سلاح الجو الأوكراني",
        ),
    ] {
        assert!(
            orgs(text).contains(&body.to_string()),
            "{text}: {:?}",
            orgs(text)
        );
    }
    // What every state has, with its nationality alone, and a continent's
    // airlines, name no body.
    for text in [
        "وانتقدت الإدارة الأمريكية القرار.",
        "وتحلق طائرات الخطوط الجوية الأوروبية في كل أنحاء القارة.",
    ] {
        assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
    }
}

#[test]
fn an_organisation_with_its_nationality_and_without_it_is_one_entity() {
    let text =
        "أعلن البنك التجاري القطري أرباحا قياسية، وقال رئيسه إن البنك التجاري سيتوسع في آسيا.";
    assert_eq!(
        named(text, Kind::Organization),
        ["البنك التجاري القطري", "البنك التجاري القطري"]
    );
}

#[test]
fn a_masculine_nisba_after_a_feminine_head_is_the_noun_befores() {
    let orgs = |text: &str| of(text, Kind::Organization);
    // النهائي is the report's, not the commission's.
    for text in [
        "وينتظر الجميع تقرير الهيئة النهائي الشهر المقبل.",
        "ونشر موقع الوكالة الرسمي البيان كاملا.",
    ] {
        assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
    }
    // An adjective that agrees still names the body.
    assert_eq!(
        orgs("وأعلنت الهيئة الوطنية للانتخابات النتائج."),
        ["الهيئة الوطنية للانتخابات"]
    );
}

#[test]
fn a_panel_of_people_is_no_organisation_but_a_body_named_after_one_is() {
    let orgs = |text: &str| of(text, Kind::Organization);
    for text in [
        "وقالت هيئة الدفاع عن المتهمين إنها ستطعن في الحكم.",
        "وانسحبت هيئة الدفاع من الجلسة احتجاجا.",
        "وأصدرت هيئة المحكمة حكمها أمس.",
        "وقال عضو هيئة التدريس في الجامعة إن الطلاب غاضبون.",
        "وقررت هيئة المحلفين إدانته بعد المداولة.",
        "وقالت هيئة التحرير في بيان إنها ستواصل العمل.",
        "وترأس المخرج لجنة التحكيم في المهرجان.",
    ] {
        assert!(orgs(text).is_empty(), "{text}: {:?}", orgs(text));
    }
    // A word after it that goes on the name makes it a body's.
    assert_eq!(
        orgs("وأعلنت هيئة الدفاع المدني عن إخماد الحريق."),
        ["هيئة الدفاع المدني"]
    );
    assert_eq!(
        orgs("وأصدرت هيئة الإذاعة البريطانية بيانا."),
        ["هيئة الإذاعة البريطانية"]
    );
}

#[test]
fn a_latin_spelling_in_brackets_leaves_a_companys_head_out() {
    for (text, want) in [
        (
            "وأعلنت شركة رايان إير (Ryanair) الأسبوع الماضي إضافة رحلات.",
            &["رايان إير", "Ryanair"][..],
        ),
        (
            "وتتولى بموجبه شركة سوكار (SOCAR) الأذربيجانية توريد الغاز.",
            &["سوكار", "SOCAR"],
        ),
    ] {
        assert_eq!(of(text, Kind::Organization), want, "{text}");
    }
    // What a company does, with the article, stays its name whatever follows.
    let text = "وتتولى شركة الدار البيضاء للنقل (Casa Transports) تشغيل الخط.";
    assert!(
        of(text, Kind::Organization)
            .first()
            .is_some_and(|o| o.starts_with("شركة")),
        "{:?}",
        of(text, Kind::Organization)
    );
}

#[test]
fn a_foreign_name_spelt_out_in_latin_after_it_is_the_organisation() {
    // The head a few definite words before, the name spelt word by word.
    for (text, want) in [
        (
            "ووقعت البلدية اتفاقا مع شركة المياه الإسرائيلية ميكوروت (Mekorot) أمس.",
            &["ميكوروت", "Mekorot"][..],
        ),
        (
            "وأعلنت الشركة الناشئة المغربية ترانزا (Tranza) جولة تمويل جديدة.",
            &["ترانزا", "Tranza"],
        ),
        (
            "وأعلنت الشركة وشريكتها كوسموس إنرجي (Kosmos Energy) خطة التطوير.",
            &["كوسموس إنرجي", "Kosmos Energy"],
        ),
        (
            "وقالت المعارضة إن الحكومة التي يقودها حزب باستيف (PASTEF) تخاطب أنصارها.",
            &["باستيف", "PASTEF"],
        ),
    ] {
        assert_eq!(of(text, Kind::Organization), want, "{text}");
        assert!(of(text, Kind::Person).is_empty(), "{text}");
    }
    // Without a company's head, with words that do not spell the gloss or
    // with a person an office describes, no organisation is taken.
    for (text, name) in [
        (
            "وقال المدرب ماركو سيلفا (Marco Silva) إن الفريق جاهز.",
            "ماركو سيلفا",
        ),
        ("وأعلنت الشركة الوطنية للنفط (NOC) خطتها.", "للنفط"),
        (
            "وقال رئيس الشركة التنفيذي إيلون ماسك (Elon Musk) إن الإنتاج سيرتفع.",
            "إيلون ماسك",
        ),
        (
            "وقال المتحدث باسم وزارة الخارجية الأمريكية نيد برايس (Ned Price) إن الحوار مستمر.",
            "نيد برايس",
        ),
    ] {
        let found = of(text, Kind::Organization);
        assert!(!found.iter().any(|o| o == name), "{text}: {found:?}");
    }
}

#[test]
fn a_domain_the_tagger_took_in_goes_on_with_its_second_and_ends_before_a_purpose() {
    for (text, want) in [
        (
            "وتسهم جامعة زويل للعلوم والتكنولوجيا في التطوير.",
            "جامعة زويل للعلوم والتكنولوجيا",
        ),
        (
            "وتوجه النادي إلى الاتحاد الدولي لكرة القدم للمطالبة بحقوقه.",
            "الاتحاد الدولي لكرة القدم",
        ),
    ] {
        assert_eq!(of(text, Kind::Organization), [want], "{text}");
    }
}

#[test]
fn an_adjective_of_a_companys_trade_is_its_name_and_its_nationality_is_not() {
    let text = "ووقعت الوكالة اتفاقية مع شركة ميتسوبيشي للصناعات الثقيلة اليابانية أمس.";
    assert_eq!(of(text, Kind::Organization), ["ميتسوبيشي للصناعات الثقيلة"]);
    // A body's domain and its adjective, the body's own nisba kept.
    let text = "وأعلنت الهيئة الوطنية للطاقة النظيفة خطتها.";
    assert_eq!(
        of(text, Kind::Organization),
        ["الهيئة الوطنية للطاقة النظيفة"]
    );
}

#[test]
fn a_foreign_named_companys_trade_after_it_is_its_names() {
    let text = "وتنفذه شركة جلفار للهندسة والمقاولات تحت إشراف الوزارة.";
    assert_eq!(
        of(text, Kind::Organization),
        ["شركة جلفار للهندسة والمقاولات"]
    );
    // People or a body after لل are whom it serves or tells.
    let text = "وقدمت شركة جلفار للحكومة عرضا جديدا.";
    assert_eq!(of(text, Kind::Organization), ["شركة جلفار"]);
}

#[test]
fn a_fund_named_after_a_person_with_its_purpose_is_one_body() {
    let text = "بمشاركة صندوق محمد السادس للاستثمار والبنك الشعبي.";
    assert_eq!(
        of(text, Kind::Organization),
        ["صندوق محمد السادس للاستثمار", "البنك الشعبي"]
    );
    assert!(
        of(text, Kind::Person).is_empty(),
        "{:?}",
        of(text, Kind::Person)
    );
}
