//! Speakers found only through the subject of the sentence a subjectless verb
//! is joined to (by و, ف, إذ, after قد or a relative clause), the words that
//! look like reporting verbs and report nothing, and what a subject called
//! something at length. Sentences written for these tests.

use crate::quotes::{one, quotes, said};
use crate::quotes_named::speaker_of;

#[test]
fn a_verb_joined_inside_a_sentence_speaks_for_the_sentences_subject() {
    // The sentence's first verb reports nothing; its subject still speaks.
    let text = "ورحبت نقابة المعلمين في بيان بزيادة الرواتب، واعتبرت أن القرار \"خطوة أولى نحو إنصاف المعلمين بعد سنوات من الانتظار\".";
    assert_eq!(speaker_of(text).as_deref(), Some("نقابة المعلمين"));
    // Not the speaker of the sentence before.
    let text = "وقال وزير المالية سمير الأحمد إن العجز تراجع. وأبدى الخبير المالي عمرو شاكر تحفظه على خطة الإصلاح، وقال للقناة: \"الأرقام المعلنة لا تكفي لطمأنة المستثمرين في هذه المرحلة\".";
    assert_eq!(speaker_of(text).as_deref(), Some("عمرو شاكر"));
}

#[test]
fn a_verb_of_a_relative_clause_speaks_for_the_name_before_it() {
    // تابع of الذي تابع الاجتماع reports nothing: مؤكدا is the head's.
    let text = "واستقبل رئيس الوزراء وفدا من المستثمرين. وأشاد رئيس الغرفة التجارية سامي منصور، الذي تابع الاجتماع، بالتسهيلات الجديدة، مؤكدا أن \"المناخ الاستثماري تحسن كثيرا هذا العام\".";
    assert_eq!(speaker_of(text).as_deref(), Some("سامي منصور"));
    let text = "وتحدثت الباحثة منى الشريف من جامعة القاهرة، التي قالت في ندوة: «الأرشيف الرقمي سيغير طريقة كتابة التاريخ المحلي».";
    assert_eq!(speaker_of(text).as_deref(), Some("منى الشريف"));
}

#[test]
fn asking_not_to_be_named_reports_nothing() {
    let text = "وقال مسؤول في البلدية، طلب عدم ذكر اسمه، إن \"العمال لم يتقاضوا رواتبهم منذ ثلاثة أشهر كاملة\".";
    assert_eq!(speaker_of(text).as_deref(), Some("مسؤول في البلدية"));
}

#[test]
fn a_fronted_place_is_not_the_subject_of_the_verb_after_it() {
    let text = "وفي سوق الخضار بالمدينة القديمة، عبر البائع حسن يوسف عن استيائه قائلا: \"الأسعار ارتفعت والزبائن لا يشترون إلا القليل\".";
    assert_eq!(speaker_of(text).as_deref(), Some("حسن يوسف"));
}

#[test]
fn a_verb_with_no_subject_and_no_speaker_before_is_the_person_named_last() {
    let text = "في السادسة صباحا، تكون مريم عبد الله قد فتحت أبواب المخبز الصغير الذي أسسته قبل ثلاثين عاما في حي الشيخ جراح، لتستقبل أول الزبائن.\n\
         بدأت القصة عام 1994، حين باعت أساورها الذهبية واشترت آلة عجن مستعملة من تاجر في المدينة، وعلمت بناتها الثلاث أسرار العجين. تقول: «لم يصدق أحد أن امرأة وحدها تستطيع أن تدير مخبزا في ذلك الوقت».\n";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("مريم عبد الله"), "{q:?}");
}

#[test]
fn fa_qala_and_a_verb_after_qad_speak_for_the_sentences_subject() {
    let text = "وقال وزير المالية محمد معيط إن الوضع مستقر. وتحدث يوهان فان دير بيرغ بالإنجليزية، وترجمت كلمته إلى العربية، فقال: \"نرى في مصر بوابة طبيعية إلى أسواق إفريقيا\".";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("يوهان فان دير بيرغ"));
    let text = "وقال وزير المالية محمد معيط إن الوضع مستقر. وكان رئيس الهيئة أسامة ربيع قد صرح في مداخلة تلفزيونية الأسبوع الماضي: الإيرادات انخفضت بأكثر من ستين في المئة.";
    let found = quotes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("أسامة ربيع"));
}

#[test]
fn fa_qala_after_a_question_is_whom_they_asked() {
    let text = "وسأل النائب محمد عبد العليم وزير التموين علي المصيلحي عن أسباب ارتفاع الأسعار، فقال: «الأزمة عالمية».";
    assert_ne!(speaker_of(text).as_deref(), Some("محمد عبد العليم"));
    // After أما, its topic.
    let text = "وقال وزير المالية سمير الأحمد إن العجز تراجع.\n\nأما النائب إبراهيم منيمنة فقال: صوتنا ضد القانون لأنه لا يضمن حقوق صغار المودعين.";
    let found = quotes(text);
    assert_eq!(
        found.last().and_then(|q| q.1.as_deref()),
        Some("إبراهيم منيمنة")
    );
}

#[test]
fn a_clause_after_baynama_has_a_subject_of_its_own() {
    let text = "ورحبت الوزيرة سلمى حداد بالقرار، بينما انتقدته النائبة منى العلي، وقالت: «القرار لا يخدم المواطنين في هذه المرحلة».";
    assert_eq!(speaker_of(text).as_deref(), Some("منى العلي"));
    // So does one after لكن: the reply is the second minister's.
    let text = "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار، لكن وزير الخارجية الأمريكي أنتوني بلينكن رد قائلا: \"الكرة في ملعب روسيا\".";
    assert_eq!(speaker_of(text).as_deref(), Some("أنتوني بلينكن"));
}

#[test]
fn a_word_of_time_after_the_verb_is_no_speaker() {
    // حينها (then) is when it was said: the speaker is the one before.
    for time in ["حينها", "ساعتها", "آنذاك"] {
        let text = format!("وزار وزير الخارجية يوهان فاديفول دمشق أمس.\n\nوقال {time}: «الناس بالكاد يستطيعون العيش هنا بكرامة».");
        assert_eq!(
            speaker_of(&text).as_deref(),
            Some("يوهان فاديفول"),
            "{time}"
        );
    }
}

#[test]
fn a_name_right_before_a_bare_verb_is_its_subject() {
    // Another quote with a speaker of its own comes first: the name put
    // before قال wins over the speaker before.
    let text = "وقال أحد السكان: «لم نعد نجد الخبز في الأسواق منذ أسبوع».\n\nلكن المتحدث باسم الحكومة تسفاي بيكيلي غيبري قال في مؤتمر صحفي في أديس أبابا: «عملياتنا لا تستهدف المدنيين إطلاقا».";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("تسفاي بيكيلي غيبري"));
    // Joined by و, the verb is still the subject's of the sentence before.
    let text = "وقال أحد السكان: «لم نعد نجد الخبز في الأسواق منذ أسبوع».\n\nوقال في حديث للقناة: «الأسعار تضاعفت ثلاث مرات».";
    let found = quotes(text);
    assert_eq!(found[1].1.as_deref(), Some("أحد السكان"));
}

#[test]
fn a_verb_after_idh_speaks_for_the_sentences_subject() {
    // Another speaker comes first: إذ joins the verb to this sentence.
    let text = "وقال وزير المالية سامي حداد: «الموازنة متوازنة».\n\nوذهب وزير الأمن القومي، إيتمار بن غفير، أبعد من ذلك، إذ كتب على منصة إكس: \"لا انسحاب من أي نقطة\".";
    let found = quotes(text);
    assert_eq!(found[1].1.as_deref(), Some("إيتمار بن غفير"));
}

#[test]
fn a_word_that_is_also_a_verb_inside_a_clause_reports_nothing() {
    // دون is "below" here, not "wrote down": the speaker is who conceded.
    let text = "أقر فيلدرز بأن النتيجة جاءت دون توقعاته، وكتب على منصة إكس: \"الناخب قال كلمته\".";
    assert_eq!(speaker_of(text).as_deref(), Some("فيلدرز"));
}

#[test]
fn a_name_a_preposition_holds_before_the_verb_is_no_speaker() {
    // The described source or the phrase before the verb says it, not the
    // body it belongs to.
    for (text, speaker) in [
        (
            "غير أن مصدرا في حزب الله قال: «الرد سيكون مدروسا».",
            "مصدرا في حزب الله",
        ),
        (
            "بينما عائلات الأسرى لدى حماس قالت: «أعيدوهم الآن».",
            "عائلات الأسرى لدى حماس",
        ),
        (
            "لكن لاعبي ريال مدريد قالوا بعد المباراة: «الحكم ظلمنا».",
            "لاعبي ريال مدريد",
        ),
    ] {
        assert_eq!(speaker_of(text).as_deref(), Some(speaker), "{text}");
    }
    // An organisation that opens its clause speaks.
    let text = "لكن الكرملين قال في بيان: «لا نية للتصعيد».";
    assert_eq!(speaker_of(text).as_deref(), Some("الكرملين"));
}

#[test]
fn a_negated_verb_opens_the_sentence_whose_subject_speaks_after_idh() {
    let text = "وقال وزير المالية سامي حداد: «الموازنة متوازنة».\n\nولم يتأخر رد زعيم حزب العمال كير ستارمر، إذ قال في بيان: «هذا يوم حزين لبريطانيا».";
    let found = quotes(text);
    assert_eq!(found[1].1.as_deref(), Some("كير ستارمر"));
}

#[test]
fn a_reply_after_a_preposition_is_no_reporting_verb() {
    let text = "ونقلت صحيفة يديعوت أحرونوت عن وزارة الدفاع الإسرائيلية قولها في رد مكتوب: \"جميع الإجراءات اتخذت وفق القانون وتحت رقابة قضائية\".";
    assert_eq!(speaker_of(text).as_deref(), Some("وزارة الدفاع الإسرائيلية"));
}

#[test]
fn whom_a_relay_quotes_after_a_subjectless_verb_is_that_verbs_speaker() {
    let text = "وأعلن رئيس نادي الوداد حسن الفيلالي صرف منحة للاعبين، وقال، بحسب ما نقل عنه موقع النادي: «هذا الجيل يستحق كل التقدير وننتظر منه المزيد».";
    assert_eq!(speaker_of(text).as_deref(), Some("حسن الفيلالي"));
}

#[test]
fn a_subjectless_verb_at_the_end_of_a_long_sentence_is_its_persons() {
    let text = "وأوضح العتيبي، في حوار مع الصحيفة بمكتبه في جدة، أن المستشفى تقدم عشرين مركزا في التصنيف الدولي للمستشفيات الصادر عن مؤسسة نيوزويك الأمريكية هذا العام، ليحل ضمن أفضل مئة مستشفى في المنطقة، وقال: «هذا الإنجاز ثمرة عمل الفريق كله خلال سنوات طويلة».";
    assert_eq!(speaker_of(text).as_deref(), Some("العتيبي"));
}

#[test]
fn but_with_the_subjects_pronoun_goes_on_with_the_sentences_subject() {
    let text = "ونقلت الوكالة عن الوزير سامي الحداد قوله: «نعمل على تجديد الاتفاقية».\n\nبدورها، رحبت نقابة المهندسين بالخطوة، لكنها قالت في بيان إن \"المستحقات المتأخرة لم تسو بعد، وأي اتفاق يجب أن يتضمن ضمانات\".";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("نقابة المهندسين"));
}

#[test]
fn but_with_a_pronoun_of_the_other_gender_is_not_the_sentences_subject() {
    let text = "انتقدت المعارضة خطاب الرئيس قيس سعيد أمام البرلمان، لكنه قال في كلمة لاحقة: «لن نتراجع عن مسار الإصلاح».";
    assert_eq!(speaker_of(text).as_deref(), Some("قيس سعيد"));
}

#[test]
fn how_it_was_said_after_ba_is_no_speaker_though_the_analysis_left_it_whole() {
    let text = "يقول الحجاوي وهو يشير إلى الخريطة: «هذه خريطة سجن».\n\nوعن الوضع المالي للبلدية، يجيب بصراحة: «نحن عاجزون عن دفع الرواتب».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1.as_deref(), Some("الحجاوي"));
}

#[test]
fn what_the_subject_called_something_at_length_is_their_quote() {
    let text = "وانتقد رئيس كتلة المعارضة سمير الدباغ ما وصفه بـ\"تجاهل الحكومة الكامل لمطالب سكان الأرياف\".";
    let q = one(text);
    assert_eq!(q.text, "تجاهل الحكومة الكامل لمطالب سكان الأرياف");
    assert_eq!(q.speaker.as_deref(), Some("سمير الدباغ"));
    // A term of a few words stays a term.
    let (_, q) = said("وانتقد الاتحاد ما وصفه بـ\"التهميش الكبير\" الذي يعانيه العمال.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn what_follows_bannahu_after_a_describing_verb_is_the_describers() {
    let text = "وفي الحفل، نعت النقابة الفقيد، فيما وصفه رئيس اتحاد الكتاب العرب سامي العلي بأنه \"ذاكرة حية لجيل كامل من المثقفين\".";
    let q = one(text);
    assert_eq!(q.text, "ذاكرة حية لجيل كامل من المثقفين");
    assert_eq!(q.speaker.as_deref(), Some("سامي العلي"));
}
