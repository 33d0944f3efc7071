//! News outlets the genre marks: a name in quotation marks after ل or an
//! outlet's head, after لـ where speech was reported, after a paper's head, in
//! the dateline; and the same outlet again in the article. The sentences are
//! written for these tests.

use qari_recognize::Kind;

use super::quotes::recognizer;

/// The organisations of `text`, as written.
fn organisations(text: &str) -> Vec<String> {
    let rec = recognizer().recognize(text);
    rec.mentions
        .iter()
        .filter(|m| m.kind == Kind::Organization)
        .map(|m| text.chars().skip(m.span.start).take(m.span.len()).collect())
        .collect()
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
        organisations("ونقلت صحيفة الوطن عن مصدر مطلع أن القرار نهائي."),
        ["الوطن"]
    );
    assert!(organisations("ونقلت صحيفة محلية عن مصدر مطلع أن القرار نهائي.").is_empty());
    assert!(organisations("ونشر القرار في الجريدة الرسمية أمس.").is_empty());
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
    // Credits and bylines are no outlets.
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
