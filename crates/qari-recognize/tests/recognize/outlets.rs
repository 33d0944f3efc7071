//! News outlets the genre marks: a name in quotation marks after ل or an
//! outlet's head, after لـ where speech was reported, after a paper's head, in
//! the dateline; and the same outlet again in the article. The sentences are
//! written for these tests. This file holds the helpers and the outlets after
//! ل and a paper's head; the dateline, outlets named as a region and the
//! well-known names are in `outlets_dateline.rs`, `outlets_regions.rs` and
//! `outlets_known.rs`.

use qari_recognize::Kind;

use super::quotes::recognizer;

/// The names of `kind` in `text`, as written.
pub(crate) fn names(text: &str, kind: Kind) -> Vec<String> {
    let rec = recognizer().recognize(text);
    rec.mentions
        .iter()
        .filter(|m| m.kind == kind)
        .map(|m| text.chars().skip(m.span.start).take(m.span.len()).collect())
        .collect()
}

/// The organisations of `text`, as written.
pub(crate) fn organisations(text: &str) -> Vec<String> {
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
fn an_outlet_found_once_is_found_where_the_article_repeats_it() {
    let text = "نبض الشارع - سالم الورفلي\n\nوقال الوزير لـ\"نبض الشارع\" إن الطريق سيفتح.";
    assert_eq!(organisations(text), ["نبض الشارع", "نبض الشارع"]);
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
fn a_word_between_a_reporting_outlets_head_and_an_is_its_name() {
    for (text, outlet) in [
        ("ونقلت قناة المسيرة عن مصدر عسكري أن الهجوم فشل.", "المسيرة"),
        (
            "ونقلت صحيفة الرياضية عن مصدر في النادي أن المدرب باق.",
            "الرياضية",
        ),
        (
            "ونقلت العمانية عن مسؤول في الوزارة أن العمل سينتهي قريبا.",
            "العمانية",
        ),
        // Past an adjective of the outlet's, and a body's head right
        // before عن.
        (
            "ونقلت صحيفة الصباح الرسمية عن المرشح قوله إن الانتخابات نزيهة.",
            "الصباح",
        ),
        (
            "وبحسب ما نقلت صحيفة الأيام العدنية عن مصادر مصرفية، فإن البنك طلب وديعة.",
            "الأيام",
        ),
        (
            "ونقلت قناة المملكة عن ممثلة المنظمة قولها إن الأطفال بحاجة للدعم.",
            "المملكة",
        ),
    ] {
        assert_eq!(organisations(text), [outlet], "{text}");
    }
    // What describes the outlet is no name.
    for text in [
        "ونقلت صحيفة محلية عن شهود أن الانفجار كان قويا.",
        "ونقلت قناة تلفزيونية عن الوزير أن الخطة جاهزة.",
        "وقالت الأمريكية إن زوجها فقد في البحر.",
    ] {
        assert!(
            organisations(text).is_empty(),
            "{text}: {:?}",
            organisations(text)
        );
    }
}
