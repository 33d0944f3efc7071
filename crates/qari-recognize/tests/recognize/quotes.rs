//! Quotations and their speakers, one rule of the issue per test, on sentences
//! written for these tests in the ways Arabic news reports speech.

use std::sync::OnceLock;

use qari_recognize::{Kind, Recognition, Recognizer};

/// The shipped recogniser, loaded once for the quotation tests.
pub(crate) fn recognizer() -> &'static Recognizer {
    static LOADED: OnceLock<Recognizer> = OnceLock::new();
    LOADED.get_or_init(|| Recognizer::builtin().expect("shipped weights load"))
}

/// A quote as a reader sees it: its text and who said it.
#[derive(Debug, PartialEq)]
pub(crate) struct Said {
    pub(crate) text: String,
    pub(crate) speaker: Option<String>,
}

pub(crate) fn said(text: &str) -> (Recognition, Vec<Said>) {
    let rec = recognizer().recognize(text);
    let chars: Vec<char> = text.chars().collect();
    let quotes = rec
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Quote)
        .map(|m| Said {
            text: chars[m.span.clone()].iter().collect(),
            speaker: m.speaker.map(|s| rec.entities[s].name.clone()),
        })
        .collect();
    (rec, quotes)
}

pub(crate) fn one(text: &str) -> Said {
    let (_, mut q) = said(text);
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    q.remove(0)
}

fn none(text: &str) {
    let (_, q) = said(text);
    assert!(q.is_empty(), "{text}: {q:?}");
}

/// Every quote of `text`: its text and its speaker's name.
pub(crate) fn quotes(text: &str) -> Vec<(String, Option<String>)> {
    said(text)
        .1
        .into_iter()
        .map(|q| (q.text, q.speaker))
        .collect()
}

#[test]
fn a_closing_mark_without_an_opening_one_after_a_verb_and_a_colon() {
    let q = one("وقال رئيس الحكومة :- نحن أمام مرحلة صعبة، وسنتجاوزها معا بإذن الله \".");
    assert_eq!(q.text, "نحن أمام مرحلة صعبة، وسنتجاوزها معا بإذن الله");
    let q = one("وخاطبت الملكة الحضور:- أشكركم جميعا على هذا الاستقبال الحار».");
    assert_eq!(q.text, "أشكركم جميعا على هذا الاستقبال الحار");
    // A stray closing mark nothing attributes is no quote.
    none("ووصل الوفد إلى المطار مساء أمس وسط إجراءات أمنية مشددة \".");
}

#[test]
fn a_quote_ends_at_its_own_closing_mark() {
    let q = one(
        "وقال المحافظ: \"الطرق مفتوحة\". وتساقطت الثلوج بكثافة طوال الليل. وأغلقت المدارس أبوابها.",
    );
    assert_eq!(q.text, "الطرق مفتوحة");
    let q = one("وأكدت المديرة: «سنفتح قسما جديدا للأطفال». وافتتح المستشفى قبل عشر سنوات.");
    assert_eq!(q.text, "سنفتح قسما جديدا للأطفال");
}

#[test]
fn an_opening_mark_never_closed_ends_at_its_paragraph() {
    let text = "وقال قائد الفرقة: «تقدمت قواتنا عشرة كيلومترات نحو الشمال\nوفي سياق آخر، ارتفعت أسعار الخبز.";
    let q = one(text);
    assert_eq!(q.text, "تقدمت قواتنا عشرة كيلومترات نحو الشمال");
    // Not attributed and not opening its paragraph: a stray mark.
    none("وافتتحت البلدية حديقة «جديدة في وسط المدينة تضم ألعابا للأطفال ومساحات خضراء");
}

#[test]
fn speech_after_a_reporting_verb_and_a_colon_in_every_form() {
    for (text, speaker) in [
        ("وقالت الممرضة: المستشفى يعمل بكامل طاقته.", "الممرضة"),
        ("فأضاف المهندس: المشروع سينتهي في الصيف.", "المهندس"),
        ("ويقول الفلاح: الأمطار جاءت متأخرة هذا العام.", "الفلاح"),
        (
            "وأكدوا المعلمون: الإضراب مستمر حتى تلبية المطالب.",
            "المعلمون",
        ),
        ("وأوضحت الطبيبة: اللقاح آمن وفعال للأطفال.", "الطبيبة"),
        ("وصرح المدرب: الفريق جاهز للمباراة النهائية.", "المدرب"),
        ("وذكرت الشرطة: الحادث لم يسفر عن إصابات خطيرة.", "الشرطة"),
        ("وبين المحاسب: الأرباح تضاعفت خلال عامين.", "المحاسب"),
        ("وأشار المحامي: القضية ستنظر الأسبوع المقبل.", "المحامي"),
        ("وتابع السفير: العلاقات بين البلدين ممتازة.", "السفير"),
        ("وشدد القاضي: لا أحد فوق القانون في هذا البلد.", "القاضي"),
    ] {
        let q = one(text);
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{text}");
        assert!(
            !q.text.starts_with(':') && !q.text.ends_with('.'),
            "{text}: {q:?}"
        );
    }
}

#[test]
fn colon_speech_stops_before_the_next_report() {
    let q = one("وقال المدير: العمل سيستأنف غدا. وأشار إلى أن العمال تلقوا أجورهم.");
    assert_eq!(q.text, "العمل سيستأنف غدا");
}

#[test]
fn scare_quotes_titles_and_verses_are_not_quotes() {
    for text in [
        "وحذر خبراء من \"فقاعة\" عقارية في المدن الكبرى.",
        "ووقع الكاتب نسخا من كتابه «سنوات الغربة الطويلة في المنافي البعيدة» في معرض الكتاب.",
        "وعرضت القناة حلقة من برنامج \"صباح الخير يا وطني العزيز\" صباح الجمعة.",
        "وأطلقت الوزارة حملة «لنحافظ على نظافة شواطئنا هذا الصيف» في المدن الساحلية.",
        "وقرأ الشيخ ﴿ إن مع العسر يسرا فإذا فرغت فانصب ﴾ في ختام الدرس.",
        "وتحدث عن ما يعرف بـ«الاقتصاد الأخضر» في كلمته.",
    ] {
        none(text);
    }
}

#[test]
fn narrative_between_stray_marks_is_not_a_quote() {
    none("وشهدت المدينة \"احتجاجات واسعة أمس. وأغلق المحتجون الطرق الرئيسية بالإطارات المشتعلة. وتدخلت قوات الأمن لتفريقهم \"بعد ساعات من التوتر.");
}

#[test]
fn the_paper_that_relays_a_quote_is_not_its_speaker() {
    let q = one("ونقلت صحيفة «الأيام» عن وزير النقل قوله: «سنفتتح المطار الجديد قبل نهاية العام».");
    assert_eq!(q.speaker.as_deref(), Some("وزير النقل"));
    let q = one("وقال مصدر حكومي لوكالة الأنباء: \"الاجتماع أرجئ إلى موعد لاحق\".");
    assert_eq!(q.speaker.as_deref(), Some("مصدر حكومي"));
}

#[test]
fn the_speaker_after_the_quote() {
    for (text, speaker) in [
        ("«سنعيد بناء كل ما تهدم»، قال رئيس البلدية.", "رئيس البلدية"),
        (
            "\"الأسعار ستنخفض قريبا جدا\"، بحسب مسؤول في غرفة التجارة.",
            "مسؤول في غرفة التجارة",
        ),
        (
            "“النتائج ستعلن الأسبوع المقبل”، وفق المتحدثة باسم اللجنة.",
            "المتحدثة باسم اللجنة",
        ),
    ] {
        assert_eq!(one(text).speaker.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_described_source_is_a_speaker_with_no_mentions() {
    let text = "وقال مصدر أمني: \"تم تفكيك العبوة قبل انفجارها\".\nوأضاف مصدر أمني: \"لا توجد إصابات بين المارة\".";
    let (rec, q) = said(text);
    assert_eq!(q.len(), 2, "{q:?}");
    let speakers: Vec<usize> = rec.mentions.iter().filter_map(|m| m.speaker).collect();
    assert_eq!(speakers.len(), 2);
    assert_eq!(speakers[0], speakers[1], "one entity for one wording");
    let source = &rec.entities[speakers[0]];
    assert_eq!(source.name, "مصدر أمني");
    assert_eq!(source.kind, Kind::Person);
    assert!(
        source.mentions.is_empty(),
        "a description is not highlighted"
    );
}

#[test]
fn a_verb_with_no_subject_continues_the_last_speaker() {
    let text = "وقالت رئيسة البعثة إن الانتخابات جرت في أجواء هادئة.\nوأضافت: \"لم نسجل أي خروقات كبيرة في مراكز الاقتراع\".\n«سنرفع تقريرنا خلال أسبوع»، تابعت.";
    let (_, q) = said(text);
    assert_eq!(q.len(), 2, "{q:?}");
    for x in &q {
        assert_eq!(x.speaker.as_deref(), Some("رئيسة البعثة"), "{x:?}");
    }
}

#[test]
fn two_speakers_in_one_paragraph_keep_their_own_quotes() {
    let (_, q) = said("وقالت النقابة: «الأجور لا تكفي». ورد المدير العام قائلا: «الزيادة قادمة».");
    let speakers: Vec<Option<&str>> = q.iter().map(|x| x.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("النقابة"), Some("المدير العام")], "{q:?}");
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
fn a_headline_gives_speech_after_a_name_and_a_colon() {
    let text =
        "ماكرون: فرنسا لن تتخلى عن حلفائها في المنطقة\nوزار الرئيس إيمانويل ماكرون بيروت أمس.";
    let (_, q) = said(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text, "فرنسا لن تتخلى عن حلفائها في المنطقة");
    // The surname in the headline is the full name given after it.
    assert_eq!(q[0].speaker.as_deref(), Some("إيمانويل ماكرون"));
    none("اقرأ أيضا: ارتفاع أسعار الذهب في الأسواق المحلية اليوم");
}

#[test]
fn curly_marks_and_guillemets_typed_in_either_order_pair() {
    for text in [
        "وقالت المعلمة: ”التلاميذ عادوا إلى الفصول بحماس كبير“.",
        "وقالت المعلمة: “التلاميذ عادوا إلى الفصول بحماس كبير”.",
        "وقالت المعلمة: ”التلاميذ عادوا إلى الفصول بحماس كبير”.",
        "وقالت المعلمة: »التلاميذ عادوا إلى الفصول بحماس كبير«.",
    ] {
        let q = one(text);
        assert_eq!(q.text, "التلاميذ عادوا إلى الفصول بحماس كبير", "{text}");
        assert_eq!(q.speaker.as_deref(), Some("المعلمة"), "{text}");
    }
}

#[test]
fn the_object_of_the_verb_is_not_part_of_its_speaker() {
    let q = one("وخاطب رئيس المجلس البلدي سكان الحي: «سنعيد فتح السوق القديم خلال شهر».");
    assert_eq!(q.speaker.as_deref(), Some("رئيس المجلس البلدي"));
    // A given name after the title is the speaker's name, not an object.
    let q = one("وقال وزير النقل خالد العمر: «الطريق الجديد سيفتتح قبل الصيف».");
    assert!(
        q.speaker.as_deref().is_some_and(|s| s.contains("خالد")),
        "{q:?}"
    );
}

#[test]
fn a_definite_head_before_the_marks_does_not_make_them_a_name() {
    let q = one("وقال رئيس الحزب «لن نشارك في الانتخابات المقبلة».");
    assert_eq!(q.text, "لن نشارك في الانتخابات المقبلة");
    none("وفازت حركة «العمل من أجل التغيير الديمقراطي» بالأغلبية.");
}

#[test]
fn a_long_attribution_still_introduces_the_speech_after_its_colon() {
    let text = "وقال الأمين العام للمنظمة في كلمة ألقاها خلال افتتاح الدورة الثامنة والأربعين لمجلس وزراء الخارجية في العاصمة الموريتانية نواكشوط: العالم الإسلامي يواجه تحديات غير مسبوقة.";
    let q = one(text);
    assert_eq!(q.text, "العالم الإسلامي يواجه تحديات غير مسبوقة");
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
fn a_name_that_folds_like_a_preposition_still_names_the_speaker() {
    // علي folds as على does; the tagger's name keeps the description going.
    let q = one("«المفاوضات ستستأنف الأسبوع المقبل»، بحسب وزير الخارجية الليبي علي الحسيني.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.contains("علي الحسيني")),
        "{q:?}"
    );
}

#[test]
fn a_report_or_statement_speaks_through_its_issuer() {
    let q =
        one("«النمو سيتباطأ إلى اثنين في المئة هذا العام»، وفق تقرير صادر عن صندوق النقد الدولي.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.contains("صندوق النقد")),
        "{q:?}"
    );
    // No reporting verb: the statement's issuer after ل, with its article.
    let q = one("وجاء في بيان للحرس الوطني: «أحبطنا محاولة تسلل على الحدود الجنوبية فجر اليوم».");
    assert_eq!(q.speaker.as_deref(), Some("الحرس الوطني"), "{q:?}");
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
fn a_participle_speaks_for_the_subject_of_its_clause() {
    // The clause's verb reports nothing, but its subject follows it.
    let q = one(
        "وأبدى المدير تفاؤله بنتائج الموسم، مؤكدا أن \"الإنتاج سيرتفع بنسبة كبيرة العام المقبل\".",
    );
    assert_eq!(q.speaker.as_deref(), Some("المدير"), "{q:?}");
    // Not the name in the verb's object.
    let q = one(
        "وأشاد الوزير بدور منظمة الصحة العالمية، مشيرا إلى أن \"التعاون بين الجانبين أنقذ آلاف الأرواح\".",
    );
    assert_eq!(q.speaker.as_deref(), Some("الوزير"), "{q:?}");
    // A spokesman's description runs on through باسم.
    let q =
        one("وانتقد المتحدث باسم النقابة قرار الإدارة، قائلا: «القرار يهدد مئات الوظائف في المصنع».");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("المتحدث باسم النقابة")),
        "{q:?}"
    );
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
fn in_his_words_hands_the_quote_to_the_speaker_before() {
    let (_, q) = said("وقال المدرب إن الفريق جاهز. «سنلعب من أجل الفوز فقط»، على حد قوله.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("المدرب"), "{q:?}");
    let (_, q) = said("وقالت الطبيبة إن الحالات تتراجع. \"الموجة انتهت تقريبا\"، بحسب تعبيرها.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("الطبيبة"), "{q:?}");
}

#[test]
fn less_common_reporting_verbs_introduce_speech() {
    for (text, speaker) in [
        (
            "وتساءل المحلل: «لماذا تأخرت الحكومة في اتخاذ هذا القرار؟».",
            "المحلل",
        ),
        (
            "واعترف المدير: \"كانت هناك أخطاء في التخطيط منذ البداية\".",
            "المدير",
        ),
        (
            "وكشف المتحدث: «سيتم الإعلان عن التشكيلة الجديدة غدا».",
            "المتحدث",
        ),
    ] {
        let q = one(text);
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{text}");
    }
    // A verb glued to و after short marks starts the next clause.
    none("ووصف النائب القرار بأنه \"خطوة متأخرة\" وأكد أن البرلمان سيناقشه.");
    // طالب is also "student": only a colon or أن makes it a verb of speech.
    none("وطالب طالب في الجامعة بتخفيض الرسوم الدراسية.");
}

#[test]
fn a_speaker_called_by_title_is_the_entity_the_title_named() {
    let text = "واستقبل الرئيس التونسي قيس سعيد وفدا من رجال الأعمال.\n\
                وقال الرئيس خلال اللقاء: «الاستثمار في الجهات الداخلية أولوية وطنية».";
    let (_, q) = said(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("قيس سعيد"), "{q:?}");
    // An organisation named earlier speaks again by its head word.
    let text = "وأعلنت وزارة الصحة تسجيل مئة إصابة جديدة.\n\
                وقالت الوزارة في بيان: «الوضع تحت السيطرة ولا داعي للقلق».";
    let (_, q) = said(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("وزارة الصحة"), "{q:?}");
    // A surname alone, when the tagger missed it, is the full name before it.
    let text = "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات مستمرة.\n\
                وأضاف بلينكن: «سنواصل الضغط على جميع الأطراف حتى نصل إلى اتفاق».";
    let (_, q) = said(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("أنتوني بلينكن"), "{q:?}");
    // A title that named nobody earlier stays the description.
    let (_, q) = said("وقال الوزير: «سنبدأ التنفيذ الشهر المقبل في كل المحافظات».");
    assert_eq!(q[0].speaker.as_deref(), Some("الوزير"), "{q:?}");
}

#[test]
fn a_long_title_still_reaches_the_name_after_it() {
    let q = one(
        "وقال المتحدث الرسمي باسم وزارة الزراعة واستصلاح الأراضي المصرية محمد القرش: «المحصول هذا العام وفير».",
    );
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.contains("محمد القرش")),
        "{q:?}"
    );
}

#[test]
fn a_report_inside_a_quote_does_not_change_the_speaker() {
    let text = "وقال رئيس البرلمان: «في الانتخابات الماضية قال الشعب كلمته بوضوح تام».\n\
                وأضاف: «علينا أن نحترم هذه الإرادة ونعمل بها».";
    let (_, q) = said(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].speaker.as_deref(), Some("رئيس البرلمان"), "{q:?}");
}

#[test]
fn a_paragraph_wholly_in_marks_goes_on_with_the_speech_before() {
    let text = "وقالت رئيسة البعثة الأممية في كلمتها: «المرحلة المقبلة تتطلب شجاعة من الجميع.\n\
                «لا يمكن بناء السلام بالسلاح. والحوار وحده يفتح الطريق إلى الاستقرار».\n\
                وغادرت الوفود القاعة بعد انتهاء الجلسة.";
    let (_, q) = said(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q[1].text.starts_with("لا يمكن بناء السلام"), "{q:?}");
    assert_eq!(
        q[1].speaker.as_deref(),
        Some("رئيسة البعثة الأممية"),
        "{q:?}"
    );
}

#[test]
fn a_name_in_marks_stays_in_its_speakers_description() {
    let q = one("وقالت صحيفة «لوموند» الفرنسية: «الحكومة تستعد لتعديل وزاري واسع قبل الصيف».");
    assert!(
        q.speaker.as_deref().is_some_and(|s| s.contains("لوموند")),
        "{q:?}"
    );
    // A short quote right after the speaker is not part of the speaker.
    let (_, q) = said("وقال الوزير \"لا تعليق\".");
    assert!(
        q.iter()
            .all(|x| x.speaker.as_deref() != Some("الوزير \"لا تعليق")),
        "{q:?}"
    );
}

#[test]
fn according_to_what_an_agency_relayed_is_its_source() {
    let q = one("«الاتفاق بات قريبا جدا»، بحسب ما نقلت وكالة رويترز عن مصدر دبلوماسي غربي.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("مصدر دبلوماسي")),
        "{q:?}"
    );
    let q = one("«المصنع سيغلق أبوابه نهاية الشهر»، بحسب ما أوردت صحيفة محلية.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("صحيفة محلية")),
        "{q:?}"
    );
}

#[test]
fn reported_speech_is_a_quote_only_where_marked() {
    none("وأكد وزير المالية أن العجز سيتراجع إلى ثلاثة في المئة بنهاية العام المقبل.");
    let q = one("وأكد وزير المالية أن «العجز سيتراجع إلى ثلاثة في المئة بنهاية العام المقبل».");
    assert_eq!(
        q.text,
        "العجز سيتراجع إلى ثلاثة في المئة بنهاية العام المقبل"
    );
    assert_eq!(q.speaker.as_deref(), Some("وزير المالية"), "{q:?}");
}

#[test]
fn a_quote_nothing_attributes_is_the_nearby_speakers() {
    let text = "وقال وزير الاقتصاد إن النمو سيتسارع في الربع الثالث.\n\
                وتطرق إلى أسعار الوقود. «الدعم سيبقى للفئات الأشد حاجة فقط».";
    let (_, q) = said(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("وزير الاقتصاد"), "{q:?}");
}

#[test]
fn a_speaker_whose_given_name_looks_like_a_clitic_keeps_it() {
    // فيصل reads as ف + يصل ("arrives") to the analysis; after a quote, with no
    // name found by the tagger, the speaker must still reach the name.
    let q = one("\"الحكومة تتحمل مسؤولية تدهور الأوضاع المعيشية\"، قال زعيم المعارضة فيصل العمري.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.contains("فيصل العمري")),
        "{q:?}"
    );
}

#[test]
fn a_described_speaker_ends_before_what_they_did_next() {
    // The subject stops before the verb's object, the manner of saying and
    // whom or what they spoke through.
    for (text, speaker) in [
        (
            "وختم مسؤول محلي كلمته بالقول: \"سنعيد بناء كل بيت تهدم في القرية\".",
            "مسؤول محلي",
        ),
        (
            "وقال شهود عيان تحدثوا للإذاعة إن \"الطائرات حلقت فوق المدينة طوال ساعات الصباح\".",
            "شهود عيان",
        ),
        (
            "وأكد مصدر دبلوماسي في حديث للتلفزيون الرسمي أن \"الجولة المقبلة من المفاوضات ستعقد في جنيف\".",
            "مصدر دبلوماسي",
        ),
        (
            "وقال مصدر مسؤول طلب عدم الكشف عن اسمه: \"القرار اتخذ بعد مشاورات طويلة مع الشركاء\".",
            "مصدر مسؤول",
        ),
    ] {
        assert_eq!(one(text).speaker.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_headline_speaker_before_a_colon_needs_no_verb() {
    let q = one("وزير النقل العراقي: «سنفتتح الطريق السريع قبل نهاية الصيف»");
    assert_eq!(q.speaker.as_deref(), Some("وزير النقل العراقي"));
    let q = one("المتحدث باسم الشرطة: لا إصابات بين المواطنين في حادث الانفجار.");
    assert_eq!(q.speaker.as_deref(), Some("المتحدث باسم الشرطة"));
    // A label before a colon is no speaker: what follows is no speech.
    none("الصورة: متظاهرون في ساحة التحرير");
    none("ملاحظة: تغلق الحديقة أبوابها يوم الجمعة.");
}

#[test]
fn a_short_quote_right_after_that_is_speech_though_the_sentence_goes_on() {
    let q = one("وقالت وزيرة البيئة إن \"التلوث بلغ مستويات خطيرة\" في العاصمة خلال الشتاء.");
    assert_eq!(q.text, "التلوث بلغ مستويات خطيرة");
    assert_eq!(q.speaker.as_deref(), Some("وزيرة البيئة"));
    let q = one("وأوضح قائد الشرطة أن «الأمن مستتب» في كل الأحياء.");
    assert_eq!(q.text, "الأمن مستتب");
    // A statement that opens on a body's head and ends the sentence.
    let q = one("وقال مدرب المنتخب إن \"الفريق جاهز للبطولة\".");
    assert_eq!(q.text, "الفريق جاهز للبطولة");
    // Short marks elsewhere stay terms, and a name after أن is the clause's subject.
    for text in [
        "وقال الوزير إن الحكومة ترفض \"الحلول المؤقتة\" في ملف الكهرباء.",
        "وأكد المتحدث أن \"حماس\" ترفض المقترح الأخير.",
        "وأكد المتحدث أن \"الجيش الوطني\" يسيطر على المدينة.",
        "ووصفت الصحيفة الاتفاق بأنه \"صفقة القرن\" وانتقدت بنوده.",
        // A definite noun and its adjective the clause goes on after: a term.
        "وقال المسؤول إن \"العقدة الأساسية\" في المفاوضات كانت الأسعار.",
        "واعتبر الكاتب أن \"المال السياسي\" سيكون اللاعب الأبرز في الانتخابات.",
        // بين after the marks is "between", not "explained".
        "وتمحور الجدل حول الحفاظ على \"المناصفة\" بين الطوائف في المجلس.",
    ] {
        none(text);
    }
}

#[test]
fn a_title_or_surname_the_tagger_missed_is_the_name_given_before() {
    // Whether or not the tagger finds the name, every later quote by title or
    // surname is one speaker with the name the text gave first.
    let (_, q) = said(
        "والتقى وزير الزراعة الأردني خالد حنيفات بوفد من المزارعين.\n\
         وقال الوزير: \"سنوزع البذور على المزارعين قبل موسم الأمطار\".\n\
         وختم حنيفات حديثه بالقول: \"الأمن الغذائي أولوية وطنية\".",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("خالد حنيفات"), "{q:?}");
    assert_eq!(q[0].speaker, q[1].speaker);
}

#[test]
fn a_verb_without_a_subject_speaks_for_the_person_its_sentence_is_about() {
    let q = one(
        "ترأس رئيس الوزراء نجيب ميقاتي جلسة الحكومة أمس، وقال في كلمته: «لن نسمح بانهيار المؤسسات العامة مهما كانت الظروف».",
    );
    assert_eq!(q.speaker.as_deref(), Some("نجيب ميقاتي"), "{q:?}");
}

#[test]
fn a_speech_given_a_paragraph_at_a_time_keeps_its_speaker() {
    let (_, q) = said(
        "زار الرئيس عبد المجيد تبون ولاية وهران، وقال في خطاب أمام السكان:\n\n\
         «إن الدولة ماضية في تنفيذ المشاريع التنموية في كل الولايات دون استثناء.\n\n\
         «وإننا لن نتراجع عن دعم الفئات الهشة مهما كانت الظروف الاقتصادية.\n\n\
         «وأدعو الشباب إلى المشاركة في بناء الوطن بالعمل والاجتهاد».\n",
    );
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(
        q.iter()
            .all(|s| s.speaker.as_deref() == Some("عبد المجيد تبون")),
        "{q:?}"
    );
}

#[test]
fn a_paper_speaking_as_we_after_a_report_is_no_quote() {
    none(
        "وأكد وزير الصحة خالد عبد الغفار أن الوزارة ستوسع حملة التطعيم في المحافظات.\n\n\
         ونحن في الصحيفة سنتابع تنفيذ الحملة، وسننشر ملاحظات قرائنا عليها تباعا.\n",
    );
}

#[test]
fn an_organisation_speaks_on_as_we_never_as_i() {
    let report = "وأعلنت وزارة الصحة المصرية أنها ستوسع حملة التطعيم في المحافظات.\n\n";
    // I: someone else's opinion, not the ministry's speech.
    none(&format!(
        "{report}أرى أن هذا القرار جاء متأخرا، وأتمنى أن تتحرك الحكومة بسرعة أكبر هذه المرة.\n"
    ));
    // We: the ministry going on.
    let q = one(&format!(
        "{report}ونحن نعمل مع شركائنا لتوفير اللقاحات، ولن نسمح بأي تأخير في وصولها إلى مستحقيها.\n"
    ));
    assert_eq!(q.speaker.as_deref(), Some("وزارة الصحة المصرية"), "{q:?}");
}

#[test]
fn a_pronoun_after_the_verb_is_no_speaker_and_a_negation_opens_none() {
    // "During which he said": the person who held the meeting.
    let q = one(
        "وعقد رئيس الوزراء مصطفى مدبولي اجتماعا موسعا مع المحافظين الجدد، قال خلاله: \
         المرحلة المقبلة عنوانها الاستثمار المحلي والتنمية في كل محافظة.",
    );
    assert_eq!(q.speaker.as_deref(), Some("مصطفى مدبولي"), "{q:?}");
    // "As declared by": the name after the pronoun.
    let q = one(
        "“ما تحقق مكسب للمحامين وللعدالة معا، وسنتابع التطبيق”، بحسب ما صرح به نقيب \
         المحامين عبد الحليم علام في بيان.",
    );
    assert_eq!(q.speaker.as_deref(), Some("عبد الحليم علام"), "{q:?}");
    // "Asking not to be named": the source, not "not revealing".
    let q = one(
        "وقال مصدر قضائي للصحيفة، طالبا عدم الكشف عن اسمه: القاضي استهل الجلسة بتلاوة \
         الحكم ثم أكد أن المال العام أمانة في أعناق المسؤولين.",
    );
    assert_eq!(q.speaker.as_deref(), Some("مصدر قضائي"), "{q:?}");
    // "Said to him": the host, who is named first, not the guest.
    let q = one(
        "واستقبل الرئيس الفلسطيني محمود عباس المبعوث الأمريكي جورج ميتشل في رام الله \
         أمس، وقال له: إن الاستيطان يجب أن يتوقف فورا ودون شروط.",
    );
    assert_eq!(q.speaker.as_deref(), Some("محمود عباس"), "{q:?}");
}

#[test]
fn a_statement_with_no_issuer_speaks_for_itself_not_its_adjective() {
    let q = one(
        "واختتم المجلس اجتماعه أمس. وجاء في البيان الختامي: يؤكد المجلس أن أمن دول \
         المنطقة كل لا يتجزأ، وأن أي اعتداء على أي دولة عضو هو اعتداء على الجميع.",
    );
    assert_eq!(q.speaker.as_deref(), Some("البيان الختامي"), "{q:?}");
    // A relative clause after the statement is no adjective of it.
    let q = one(
        "وانتهت القمة أمس. وجاء في البيان الختامي الذي صدر عن القمة: يؤكد القادة \
         دعمهم الكامل للشعب الفلسطيني وحقوقه المشروعة في كل المحافل.",
    );
    assert_eq!(q.speaker.as_deref(), Some("البيان الختامي"), "{q:?}");
}

#[test]
fn a_relay_from_him_is_the_person_named_before_not_the_outlet() {
    let q = one(
        "وكان المدرب حسام البدري قد طلب التعاقد مع اللاعب، إذ نقل الموقع الرسمي للنادي \
         عنه قوله: \"نحتاج إلى مهاجم يجيد اللعب داخل منطقة الجزاء\".",
    );
    assert_eq!(q.speaker.as_deref(), Some("حسام البدري"), "{q:?}");
    // The sentence's subject, not the player it names after him.
    let q = one(
        "وكان المدرب حسام البدري قد طلب التعاقد مع المهاجم محمد شريف، إذ نقل الموقع \
         الرسمي للنادي عنه قوله: \"نحتاج إلى مهاجم يجيد اللعب داخل منطقة الجزاء\".",
    );
    assert_eq!(q.speaker.as_deref(), Some("حسام البدري"), "{q:?}");
}

#[test]
fn a_word_of_time_after_the_verb_is_no_speaker() {
    let q = one(
        "وكان الأدميرال علي رضا تنكسيري قد أكد الأسبوع الماضي أن بلاده «لن تسمح لأي قوة \
         أجنبية بالعبث بأمن الخليج».",
    );
    assert_eq!(q.speaker.as_deref(), Some("علي رضا تنكسيري"));
}

#[test]
fn a_word_of_time_that_opens_a_name_is_the_name() {
    let q = one("وقال صباح الخالد رئيس الوزراء الكويتي: \"نحن ملتزمون بالإصلاح\".");
    assert_eq!(q.speaker.as_deref(), Some("صباح الخالد"));
}

#[test]
fn how_or_to_whom_it_was_said_is_no_speaker() {
    // بصوت متهدج says how: the speaker is the one before.
    let q = one("ووقف آل طعمة أمام المحكمة وقال بصوت متهدج: «أنا لم أوقع على شيء».");
    assert_eq!(q.speaker.as_deref(), Some("آل طعمة"));
    // The outlet after ل is whom it was told to.
    let q = one("وقال المدرب للأناضول: «قدمنا مباراة كبيرة».");
    assert_eq!(q.speaker.as_deref(), Some("المدرب"));
    // A saying relayed by an agency is still the speaker's.
    let q = one(
        "قال نائب رئيس الوزراء الروسي ألكسندر نوفاك، في تصريحات نقلتها وكالة تاس: «القرار متوازن».",
    );
    assert_eq!(q.speaker.as_deref(), Some("ألكسندر نوفاك"));
    // Also when the verb opens the paragraph, after the full name before.
    let (_, q) = said(
        "قال الأمين العام أنطونيو غوتيريش إن المنظمة ستواصل عملها.\n\nوأضاف غوتيريش في تصريحات نقلتها وكالة رويترز: «لن نترك اللبنانيين وحدهم».",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("أنطونيو غوتيريش"));
    // With no subject after the verb, the one the text spoke of before.
    let (_, q) = said(
        "قال الرئيس فلاديمير بوتين إن روسيا قوية.\n\nوقال في تصريحات نقلتها وكالة تاس: «روسيا مستعدة للحوار».",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("فلاديمير بوتين"));
}

#[test]
fn a_speaker_named_after_a_long_title_or_called_again_by_it() {
    // An envoy's title goes on through لدى or إلى to the name.
    let q = one("بدوره، أوضح المبعوث الصيني الخاص إلى الشرق الأوسط تشاي جيون أن بكين «لا تسعى إلى ملء فراغ أحد».");
    assert_eq!(q.speaker.as_deref(), Some("تشاي جيون"));
    // للوكالة before a listed name is whose office, not whom they told.
    let (_, q) = said("وأوضح المدير العام للوكالة عز الدين المنتصر بالله أن الدفتر صارم، ثم قال: يلزم الدفتر الفاعلين بالتغطية.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(
        q[0].speaker
            .as_deref()
            .is_some_and(|s| s.ends_with("المنتصر بالله")),
        "{q:?}"
    );
    // A title the text gave the last speaker with their name, and a nisba.
    let q = quotes("قال مدرب شبيبة القبائل جوزيف زينباور: «الطرد غيّر كل شيء». وأضاف المدرب النمساوي: «لن أعلق على التحكيم».");
    assert_eq!(q[1].1.as_deref(), Some("جوزيف زينباور"), "{q:?}");
    // Not a nisba that contradicts the one the text gave.
    let q = quotes("وقال وزير الخارجية العراقي فؤاد حسين: «نريد الاستقرار». وقال الوزير الأردني: «نحن مع العراق».");
    assert_eq!(q[1].1.as_deref(), Some("الوزير الأردني"), "{q:?}");
    // An honorific with a pronoun is the person the text spoke of.
    let q =
        one("دعا شيخ الأزهر الدكتور أحمد الطيب إلى الحوار. وقال فضيلته: «أهل الذكر هم العلماء».");
    assert_eq!(q.speaker.as_deref(), Some("أحمد الطيب"));
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
fn a_title_or_an_honorific_goes_to_the_person_it_fits_or_stays() {
    // The honorific the text gave: not the person named last.
    let q = one(
        "استقبل فخامة الرئيس جوزيف عون رئيس الوزراء نواف سلام. وقال فخامته: «الحكومة تحظى بدعمي».",
    );
    assert_eq!(q.speaker.as_deref(), Some("جوزيف عون"));
    // The honorific given with the article (صاحب السمو).
    let q = one(
        "استقبل صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد وفدا برئاسة الشيخ هلال المعمري. \
         ونقلت الوكالة عن سموه قوله: «القطاع الخاص هو المحرك الحقيقي للتكامل».",
    );
    assert_eq!(q.speaker.as_deref(), Some("سلمان بن حمد آل خليفة"));
    // Two people given it: no guess.
    let q = one(
        "استقبل صاحب السمو الملكي الأمير سعود بن نايف أمير المنطقة الشرقية صاحب السمو الأمير أحمد بن فهد \
         نائب أمير المنطقة، ونقل عن سموه قوله: \"إن العمل مستمر في كل المشاريع\".",
    );
    assert_ne!(q.speaker.as_deref(), Some("أحمد بن فهد"));
    // Two people and no honorific given: it stays as written.
    let q = one("استقبل ولي العهد الأمير محمد بن سلمان رئيس الوزراء العراقي محمد شياع السوداني. وقال سموه: «العلاقات تاريخية».");
    assert_ne!(q.speaker.as_deref(), Some("محمد شياع السوداني"));
    // After وقال, a nationality the text did not give is another person.
    let q = quotes("قال الوزير أحمد عطاف: «الجزائر منفتحة». وقال الوزير المغربي: «المغرب منفتح».");
    assert_eq!(q[1].1.as_deref(), Some("الوزير المغربي"), "{q:?}");
    // إلى after أشار is whom the envoy spoke of.
    let q =
        one("وأشار المبعوث الأمريكي إلى الرئيس اللبناني جوزيف عون، وقال: «الإصلاحات شرط للمساعدات».");
    assert_ne!(q.speaker.as_deref(), Some("جوزيف عون"));
    // A source's headline quote is still the source's.
    let q = one("المصدر: «الرئيس بصحة جيدة».");
    assert_eq!(q.speaker.as_deref(), Some("المصدر"));
}

#[test]
fn how_it_was_said_and_where_the_speaker_lives_are_no_speaker() {
    let q = quotes("وقال الهادي العياري إن الأرض جفت. وأضاف ضاحكا: «عرضوا علي أن أعمل حارسا».");
    assert_eq!(q[0].1.as_deref(), Some("الهادي العياري"), "{q:?}");
    let (rec, _) = said("وأضاف ضاحكا: «عرضوا علي».");
    assert!(
        rec.mentions.iter().all(|m| m.kind != Kind::Person),
        "{:?}",
        rec.mentions
    );
    // A place's word that is a given name too (خان) is the place's.
    let q = one("وقال أحد سكان خان شيخون لعنب بلدي: «الطريق سيصلح».");
    assert_eq!(q.speaker.as_deref(), Some("أحد سكان خان شيخون"));
}

#[test]
fn an_outlet_that_relays_from_her_is_not_the_speaker() {
    let q = one("كشفت مفوضة شؤون المتوسط دوبرافكا شويتسا عن خطة جديدة للهجرة. ونقلت وكالة فرانس برس عنها قولها: “لا نريد أن ندفع الأموال لبناء الجدران”.");
    assert_eq!(q.speaker.as_deref(), Some("دوبرافكا شويتسا"));
}

#[test]
fn a_case_or_a_deal_named_in_marks_is_no_quote() {
    none("وأصدرت المحكمة أحكاما بحق 37 متهما في ما يعرف إعلاميا بقضية «التآمر على أمن الدولة»، بينهم قياديون.");
    none("ورفضت الفصائل ما يسمى صفقة «القرن» الأمريكية.");
}

#[test]
fn the_name_a_source_kept_back_is_no_speaker() {
    // The relaying verb's source, not the name the paper did not give.
    let text = "ونقلت صحيفة تايمز أوف إسرائيل عن مسؤول إسرائيلي، لم تكشف عن اسمه، قوله: «لن نعترف بأي رأي يصدر عن المحكمة في هذا الشأن».";
    assert_eq!(one(text).speaker.as_deref(), Some("مسؤول إسرائيلي"));
    // One of them, as the clause after him describes him.
    let text = "ووقف المئات أمام فرع المصرف. وقال أحدهم، وهو موظف حكومي رفض ذكر اسمه: «راتبي نزل في الحساب منذ أسبوعين ولم أستطع سحبه».";
    assert_eq!(one(text).speaker.as_deref(), Some("موظف حكومي"));
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
