//! Quotations and their speakers, one rule of the issue per test, on sentences
//! written for these tests in the ways Arabic news reports speech: the helpers
//! the quotation tests share, and where a quote begins and ends (its marks, a
//! reporting verb and a colon, a headline). What is no speech, whose words a
//! quote is and a speaker given before are in `quotes_not_speech.rs`,
//! `quotes_speakers.rs` and `quotes_carried.rs`.

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

pub(crate) fn none(text: &str) {
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
