//! Marks and colons that announce no speech (`quotes.rs` has where a quote
//! begins and ends): scare quotes, titles and names in marks, bylines and credit
//! lines, lists after a colon, a paper's own words. Sentences written for these
//! tests.

use crate::quotes::{none, one, quotes, said};

#[test]
fn scare_quotes_titles_and_verses_are_not_quotes() {
    for text in [
        "وحذر خبراء من \"فقاعة\" عقارية في المدن الكبرى.",
        "ووقع الكاتب نسخا من كتابه «سنوات الغربة الطويلة في المنافي البعيدة» في معرض الكتاب.",
        "وعرضت القناة حلقة من برنامج \"صباح الخير يا وطني العزيز\" صباح الجمعة.",
        "وأطلقت الوزارة حملة «لنحافظ على نظافة شواطئنا هذا الصيف» في المدن الساحلية.",
        "وقرأ الشيخ ﴿ إن مع العسر يسرا فإذا فرغت فانصب ﴾ في ختام الدرس.",
        "وتحدث عن ما يعرف بـ«الاقتصاد الأخضر» في كلمته.",
        "وتأتي البلاد ثانية وفق تقرير \"مؤشر جودة الهواء في المدن\" الذي يصدر سنويا.",
    ] {
        none(text);
    }
}

#[test]
fn narrative_between_stray_marks_is_not_a_quote() {
    none("وشهدت المدينة \"احتجاجات واسعة أمس. وأغلق المحتجون الطرق الرئيسية بالإطارات المشتعلة. وتدخلت قوات الأمن لتفريقهم \"بعد ساعات من التوتر.");
}

#[test]
fn a_byline_is_not_speech() {
    none("كتب: أحمد سمير");
    none("كتبت - منى عادل");
    // A page's byline, its name with a title, a place and a date.
    none("كتب: أحمد محمود — الثلاثاء 12 مارس 2024");
    none("كتبت: سارة علي، مراسلة الجريدة في عمان، 12 مارس 2024");
    // A bare "added" at a paragraph's start goes on with speech.
    assert_eq!(
        one("وأضاف: نحن لن نتراجع عن مواقفنا").text,
        "نحن لن نتراجع عن مواقفنا"
    );
    // A short answer that ends its sentence is still speech.
    assert_eq!(
        one("وسئل الوزير عن الاستقالة فقال: لن أستقيل.").text,
        "لن أستقيل"
    );
}

#[test]
fn names_of_bodies_and_events_in_marks_are_not_quotes() {
    none("وانضم النائب إلى «الجبهة الوطنية للتحرير والتغيير» الشهر الماضي.");
    none("وشارك الوفد في «منتدى الاستثمار العربي الأفريقي الأول» بالقاهرة.");
    none("وحضر ممثلو «منظمة الصحة العالمية وصندوق الأمم المتحدة للسكان» الاجتماع.");
    // What a verb introduces stays a quote, even after a preposition.
    let q = one("ودعا الوزير إلى «وقف فوري لإطلاق النار في كل المناطق».");
    assert_eq!(q.text, "وقف فوري لإطلاق النار في كل المناطق");
}

#[test]
fn what_a_verb_names_is_a_term_not_a_quote() {
    none("واتهم النائب الحكومة بما سماه \"التخبط الإداري\" في إدارة الأزمة.");
    none("وندد الحزب بما أسماه «الحصار الظالم».");
    // Names of groups after their head word, even where a report ends.
    none("وأعلن مسؤوليته عن التفجير تنظيم «داعش».");
    none("وأعلنت المسؤولية عن الهجوم جماعة \"أنصار الحق\".");
}

#[test]
fn a_colon_inside_reported_speech_opens_a_list_not_a_quote() {
    none("وبين المدير أن المشروع يواجه صعوبتين: نقص التمويل وتأخر الموافقات الرسمية من الجهات المختصة.");
    none("ولفت الخبير إلى أن للأزمة وجهين، أولهما: تراجع الصادرات الزراعية بشكل حاد خلال الموسم الماضي.");
    // "The following:" announces a list.
    none("وأعلنت الوزارة الإجراءات التالية: إغلاق المدارس ومنع التجمعات وتقليص ساعات العمل.");
    // Without إن/أن, the colon still gives speech.
    let q = one("وقال المدير: المشروع يواجه صعوبتين هما نقص التمويل وتأخر الموافقات.");
    assert_eq!(q.speaker.as_deref(), Some("المدير"), "{q:?}");
}

#[test]
fn the_credit_line_is_no_quote() {
    let (_, q) = said("وقال الوزير إن الوضع مستقر.\n\nالمصدر: بي بي سي نيوز عربي ووكالات\n");
    assert!(q.is_empty(), "{q:?}");
    // A described source in a headline still speaks.
    let q = one("مصدر أمني: «لا إصابات في الهجوم».");
    assert_eq!(q.speaker.as_deref(), Some("مصدر أمني"));
}

#[test]
fn a_case_or_a_deal_named_in_marks_is_no_quote() {
    none("وأصدرت المحكمة أحكاما بحق 37 متهما في ما يعرف إعلاميا بقضية «التآمر على أمن الدولة»، بينهم قياديون.");
    none("ورفضت الفصائل ما يسمى صفقة «القرن» الأمريكية.");
}

#[test]
fn a_short_characterisation_after_banna_is_no_quote_whatever_follows() {
    let text = "من جانبه، وصف الأمين العام المرحلة بأنها \"بالغة الخطورة\"، مشيرا إلى أن الوضع الإنساني يتصدر أولويات القمة.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn a_byline_with_a_colon_announces_no_speech() {
    let text = "كتب - أحمد عبد الفتاح:\n\nالقاهرة - أعلنت وزارة السياحة والآثار أمس نجاح البعثة الأثرية في الكشف عن مقبرة جديدة.\n";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn a_paper_speaking_as_we_after_a_report_is_no_quote() {
    none(
        "وأكد وزير الصحة خالد عبد الغفار أن الوزارة ستوسع حملة التطعيم في المحافظات.\n\n\
         ونحن في الصحيفة سنتابع تنفيذ الحملة، وسننشر ملاحظات قرائنا عليها تباعا.\n",
    );
}

#[test]
fn a_prepositions_short_object_is_no_quote_though_a_source_follows() {
    // The source attributes the sentence, not the term in marks.
    none("وكان الرئيس قد دعا الأطراف إلى \"التهدئة\"، بحسب بيان صادر عن الرئاسة.");
    none("ورفعت الوكالة نظرتها المستقبلية للبنوك إلى \"إيجابية\"، وفق بيان أصدرته أمس.");
}

#[test]
fn a_programme_s_or_a_satellite_s_name_in_marks_is_no_speech() {
    let text = "وقال النيادي للوكالة: \"كل قمر نطلقه يفتح الباب أمام جيل جديد\".\n\nويعد القمر ثالث قمر يطوره المركز، بعد إطلاق القمر \"محمد بن زايد سات\" مطلع العام، ضمن \"برنامج الإمارات الوطني للفضاء\" الذي يشمل مهمة إلى حزام الكويكبات.";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
}
