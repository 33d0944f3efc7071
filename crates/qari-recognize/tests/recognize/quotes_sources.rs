//! Speakers that speak through something else: a statement or a report and
//! whoever issued it, a verb that relays someone's words, the paper named
//! before and the writer. Sentences written for these tests.

use crate::quotes::quotes;
use crate::quotes_named::speaker_of;

#[test]
fn a_relaying_verb_far_before_his_words_names_the_speaker() {
    let text = "وقال المتحدث باسم المنظمة إن الوضع صعب: «الناجون أخبرونا بما جرى في البحر».\n\nونقلت وكالة أنسا الإيطالية عن الناجي السوداني عبد الرحمن آدم بشارة، البالغ من العمر 19 عاما والقادم من مدينة الجنينة في ولاية غرب دارفور، قوله: «كنت أمسك بيد ابن عمي حين انقلب القارب».";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("عبد الرحمن آدم بشارة"));
}

#[test]
fn a_verb_that_tells_an_with_his_words_after_relays() {
    let text = "وأفادت وكالة إنترفاكس عن المتحدث باسم الكرملين ديمتري بيسكوف قوله: «لا نرى أي تقدم في المحادثات».";
    assert_eq!(speaker_of(text).as_deref(), Some("ديمتري بيسكوف"));
    let text = "وذكرت وكالة رويترز عن مسؤول أمريكي قوله: «الاتفاق قريب جدا من الاكتمال».";
    assert_eq!(speaker_of(text).as_deref(), Some("مسؤول أمريكي"));
}

#[test]
fn the_statement_as_a_speaker_is_whoever_issued_it() {
    // Issued by whom بيان صادر عن names.
    let text = "وقعت وزارة البترول والثروة المعدنية اتفاقية جديدة مع شركة إيني الإيطالية، وفق بيان صادر عن الوزارة.\n\nوأضاف البيان: «تستهدف الوزارة زيادة الإنتاج المحلي من الغاز الطبيعي».";
    assert_eq!(
        quotes(text)[0].1.as_deref(),
        Some("وزارة البترول والثروة المعدنية")
    );
    // In a statement of the sentence's subject.
    let text = "وقالت منظمة الصحة العالمية في بيان: «الوباء لم ينته بعد في المنطقة».\n\nوأضاف البيان أن \"حملات التطعيم ستتواصل حتى نهاية العام المقبل\".";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("منظمة الصحة العالمية"));
}

#[test]
fn a_statement_whose_issuer_the_tagger_did_not_find_is_theirs_as_described() {
    let text = "وقال بيان صادر عن الرئاسة الفلسطينية إن \"الاحتلال يتحمل المسؤولية كاملة\". وتابع البيان: \"لن نقبل بأي حلول منقوصة\".";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("الرئاسة الفلسطينية"));
}

#[test]
fn according_to_what_a_source_reported_is_that_source() {
    let text = "وجاء في البرقية، بحسب ما أورده بلاغ للديوان الملكي: «لقد برهنت مرة أخرى على ما يتحلى به الرياضي المغربي من عزيمة».";
    let speaker = speaker_of(text).unwrap_or_default();
    // The body the communiqué is of, a name of the hand list.
    assert!(speaker.ends_with("الديوان الملكي"), "{speaker}");
    assert!(!speaker.contains("أورده"), "{speaker}");
}

#[test]
fn the_paper_refers_back_to_the_paper_named_after_its_head() {
    let text = "ونبدأ من صحيفة الصباح التونسية التي تناولت موازنة العام المقبل. وتقول الصحيفة: «الأرقام المعلنة لا تعكس حجم العجز الحقيقي في المالية العامة».";
    assert_eq!(speaker_of(text).as_deref(), Some("الصباح"));
}

#[test]
fn a_statement_that_said_is_its_issuers() {
    // جاء فيه: the statement the clause's body issued.
    let text = "وفور إعلان الخبر، نعته رابطة الكتاب الأردنيين في بيان جاء فيه: «فقدت الساحة الثقافية برحيله صوتا نادرا ظل وفيا لقضايا الناس».";
    assert_eq!(speaker_of(text).as_deref(), Some("رابطة الكتاب الأردنيين"));
    // بحسب ما جاء في تقرير لـ: the report's body.
    let text = "«الطلب على القروض العقارية تضاعف خلال عامين»، بحسب ما جاء في تقرير لجمعية المصارف اللبنانية نشر أمس.";
    assert_eq!(speaker_of(text).as_deref(), Some("جمعية المصارف اللبنانية"));
}

#[test]
fn the_paper_is_the_one_named_last_even_in_marks() {
    let text = "ونقلت صحيفة هآرتس عن مسؤول أمني قوله إن الجيش يستعد.\n\nوذكرت صحيفة \"وول ستريت جورنال\" أن المفاوضات تعثرت. وأضافت الصحيفة: «الوسطاء يشعرون بالإحباط من الطرفين».";
    let found = quotes(text);
    assert_eq!(
        found.last().and_then(|(_, speaker)| speaker.as_deref()),
        Some("وول ستريت جورنال"),
        "{found:?}"
    );
}

#[test]
fn the_writer_is_whoever_the_text_said_wrote() {
    let text = "ونقرأ في صحيفة الخليج مقالا كتب فيه عادل الكبيسي عن أزمة السكن. ويقول الكاتب: «لم تعد الرواتب تكفي لدفع إيجار شقة صغيرة في العاصمة».";
    assert_eq!(speaker_of(text).as_deref(), Some("عادل الكبيسي"));
    let text = "وفي صحيفة النهار كتب جورج مالك عن الانتخابات البلدية المقبلة. ويقول الكاتب: «لن يتغير شيء ما دامت اللوائح تصنع في الغرف المغلقة».";
    assert_eq!(speaker_of(text).as_deref(), Some("جورج مالك"));
}

#[test]
fn a_relay_about_him_is_the_person_whose_title_names_a_body() {
    let text = "من جانبه، هنأ رئيس مجلس إدارة الاتحاد العماني لكرة القدم الشيخ سالم بن سعيد الوهيبي اللاعبين في غرفة الملابس، ونقل المركز الإعلامي للاتحاد عنه قوله: “هذا الفوز ثمرة عمل طويل، ونحن واثقون بقدرة المنتخب”.";
    assert_eq!(speaker_of(text).as_deref(), Some("سالم بن سعيد الوهيبي"));
}

#[test]
fn what_a_statement_holds_after_wajaa_fihi_is_its_issuers() {
    // On the same line, and in the paragraphs in marks after it; the
    // president spoke before, and is no longer the speaker.
    for text in [
        "وقال الرئيس قيس سعيد: \"لا أحد فوق القانون\".\n\nوأصدرت الرابطة التونسية للدفاع عن حقوق الإنسان بيانا رحبت فيه بالإفراج، وجاء فيه: \"نعتبر هذا القرار خطوة أولى نحو الإفراج عن المعتقلين\".",
        "وقال الرئيس قيس سعيد: \"لا أحد فوق القانون\".\n\nوأصدرت الرابطة التونسية للدفاع عن حقوق الإنسان بيانا رحبت فيه بالإفراج، وجاء فيه:\n\n\"نعتبر هذا القرار خطوة أولى نحو الإفراج عن المعتقلين\".\n\n\"وندعو السلطات إلى احترام التزاماتها الدولية\".",
    ] {
        let found = quotes(text);
        assert!(found.len() >= 2, "{found:?}");
        for (words, speaker) in &found[1..] {
            assert_eq!(
                speaker.as_deref(),
                Some("الرابطة التونسية للدفاع عن حقوق الإنسان"),
                "{words}"
            );
        }
    }
    // Someone named after the statement: the words are read as theirs.
    let text = "وألقى وكيل الأزهر محمد الضويني كلمة نيابة عن الإمام الأكبر أحمد الطيب شيخ الأزهر، جاء فيها: «إن الأمة في حاجة إلى فقه رشيد يجمع بين الثوابت والمتغيرات».";
    let speaker = quotes(text)[0].1.clone().unwrap_or_default();
    assert!(speaker.starts_with("أحمد الطيب"), "{speaker}");
}

#[test]
fn the_portal_a_source_told_is_none_of_the_source() {
    let text = "وبحسب ما نقلت بوابة الوسط الإخبارية عن مصدر مصرفي مطلع، فإن المصرف جمد الاعتمادات. وقال المصدر للبوابة: \"التجميد إجراء احترازي لحين صدور الميزانية\".";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    let speaker = found[0].1.as_deref().unwrap_or("");
    assert!(!speaker.contains("للبوابة"), "{speaker}");
}
