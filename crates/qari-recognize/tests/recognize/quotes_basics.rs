//! Quotations and their speakers, the basics (`quotes.rs`): marks of every
//! kind, attribution before and after the quote, short quoted names and
//! clauses, a participle's subject, a continuation without one. Sentences
//! written for these tests.

use qari_recognize::Kind;

use crate::builtin::{recognize, texts, Found};

#[test]
fn balanced_quotes_of_every_kind() {
    for (text, want) in [
        (
            "وقال الوزير إن «الوضع تحت السيطرة تماما الآن».",
            "الوضع تحت السيطرة تماما الآن",
        ),
        (
            "وقالت المتحدثة “لن نقبل بهذا القرار أبدا”.",
            "لن نقبل بهذا القرار أبدا",
        ),
        (
            "وقال المدير \"نعمل على حل المشكلة بسرعة كبيرة\".",
            "نعمل على حل المشكلة بسرعة كبيرة",
        ),
    ] {
        let (_, f) = recognize(text);
        assert_eq!(texts(&f, Kind::Quote), [want], "{text}");
    }
}

#[test]
fn closing_quote_with_attribution_reaches_back_to_the_paragraph_start() {
    let text = "مقدمة الخبر.\nسنواصل العمل مع شركائنا لإعادة الاستقرار إلى المنطقة\"، كتب الرئيس إيمانويل ماكرون على تويتر.";
    let (_, f) = recognize(text);
    let q: Vec<&Found> = f.iter().filter(|x| x.kind == Kind::Quote).collect();
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].text,
        "سنواصل العمل مع شركائنا لإعادة الاستقرار إلى المنطقة"
    );
    assert_eq!(q[0].speaker.as_deref(), Some("إيمانويل ماكرون"));
}

#[test]
fn speech_after_attribution_and_colon() {
    let text = "وقال وزير الخارجية سامح شكري: إن بلاده ترفض أي تدخل في شؤونها الداخلية";
    let (_, f) = recognize(text);
    let q: Vec<&Found> = f.iter().filter(|x| x.kind == Kind::Quote).collect();
    assert_eq!(q.len(), 1, "{:?}", texts(&f, Kind::Quote));
    assert_eq!(q[0].text, "إن بلاده ترفض أي تدخل في شؤونها الداخلية");
    assert_eq!(q[0].speaker.as_deref(), Some("سامح شكري"));
}

#[test]
fn short_guillemet_names_are_not_quotes() {
    for text in [
        "فاز حزب «العدالة والتنمية» في الانتخابات.",
        "وصرح مسؤول لـ«الشرق الأوسط» بأن المحادثات مستمرة.",
    ] {
        let (_, f) = recognize(text);
        assert!(
            texts(&f, Kind::Quote).is_empty(),
            "{text}: {:?}",
            texts(&f, Kind::Quote)
        );
    }
}

#[test]
fn a_short_clause_after_that_is_a_quote_and_a_term_is_not() {
    let (_, f) = recognize("وقال الوزير إن «الوضع خطير».");
    assert_eq!(texts(&f, Kind::Quote), ["الوضع خطير"]);
    // Short speech right after the verb and its subject is speech, and
    // further from it when it holds a verb.
    for text in [
        "وقال ترامب للصحفيين \"سنرى\".",
        "وقال ترامب (79 عاما) \"سنرى\".",
        "وقال الوزير، وهو في الستين من عمره، \"سنرى\".",
    ] {
        let (_, f) = recognize(text);
        assert_eq!(texts(&f, Kind::Quote), ["سنرى"], "{text}");
    }
    // One to three words that end a reported clause whose subject stands
    // outside them are a fragment of it, a verb among them or not (the
    // annotated sets never mark them); others describe: scare quotes,
    // though a verb of saying came before.
    for text in [
        "وأكد الوزير أن بلاده \"لن تتراجع\".",
        "ونقلت الوكالة عن بيان للبحرية أن السفينة \"تجاهلت التحذيرات المتكررة\"، وقامت بمناورات خطرة.",
        "وقال الوزير إن الوضع «خطير».",
        "وأكد المدير أن الوضع \"تحت السيطرة\"، غير أن الأرقام تقول غير ذلك.",
        "وقال المدرب إن ركلة الجزاء كانت \"غير مستحقة\"، وأضاف أن فريقه لعب جيدا.",
    ] {
        let (_, f) = recognize(text);
        assert!(texts(&f, Kind::Quote).is_empty(), "{text}");
    }
}

#[test]
fn a_party_name_in_guillemets_after_an_attribution_is_still_a_name() {
    let (_, f) = recognize("وقال رئيس حزب «الأمة» إن الحزب سيشارك.");
    assert!(
        texts(&f, Kind::Quote).is_empty(),
        "{:?}",
        texts(&f, Kind::Quote)
    );
}

#[test]
fn a_participle_attribution_takes_the_subject_before_it() {
    let (_, f) = recognize("رحب وزير الخارجية أيمن الصفدي بالزيارة، مؤكدا أن بلاده \"تتطلع إلى تعزيز التعاون الاقتصادي\".");
    let q: Vec<&Found> = f.iter().filter(|x| x.kind == Kind::Quote).collect();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_deref(), Some("أيمن الصفدي"));
}

#[test]
fn a_subjectless_continuation_keeps_the_previous_speaker() {
    let text = "وقال وزير الخارجية سامح شكري إن «مصر لن تتخلى عن حقوقها المائية في النيل».\nوأضاف: نحن نعمل مع شركائنا من أجل حل عادل.";
    let (_, f) = recognize(text);
    let q: Vec<&Found> = f.iter().filter(|x| x.kind == Kind::Quote).collect();
    assert_eq!(q.len(), 2, "{:?}", texts(&f, Kind::Quote));
    assert!(q.iter().all(|x| x.speaker.as_deref() == Some("سامح شكري")));
}
