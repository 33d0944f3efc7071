//! Speech without marks that runs on over whole paragraphs in the first person
//! after a report of its speaker, and the first person that is no one's quote
//! (a column, a diary, an interview's labels, a headline, a paper's words for
//! itself); colon speech that ends where the journalist resumes. The passages
//! are written for these tests.

use super::quotes::quotes;

const REPORT: &str = "وقال رئيس الوزراء الأردني جعفر حسان في مؤتمر صحفي بعمان إن الحكومة ستعرض موازنة العام المقبل على البرلمان الأسبوع المقبل.";
const SPEECH: &str = "لقد طلبت من الوزراء تقديم خطط واضحة لخفض النفقات. نحن لا نملك ترف الانتظار، وأعتقد أن المواطنين يستحقون مصارحة كاملة بأوضاع بلادنا.";
const MORE: &str = "سأتابع تنفيذ هذه الخطط بنفسي، ولن أقبل بأي تأخير في المشاريع التي وعدنا بها.";

fn without_stop(paragraph: &str) -> String {
    paragraph.trim_end_matches('.').to_string()
}

#[test]
fn a_first_person_paragraph_after_a_report_is_its_speakers_quote() {
    let q = quotes(&format!("{REPORT}\n{SPEECH}"));
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, without_stop(SPEECH));
    let speaker = q[0].1.as_deref().unwrap_or_default();
    assert!(speaker.contains("حسان"), "{q:?}");
    // The speech goes on over the next paragraph in the first person too.
    let q = quotes(&format!("{REPORT}\n{SPEECH}\n{MORE}"));
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].0, without_stop(MORE));
    assert_eq!(q[1].1, q[0].1);
}

#[test]
fn speech_runs_on_after_a_verb_with_no_subject_and_after_a_marked_quote() {
    // وأضاف أن … with no subject: still the speaker named before.
    let text = format!("{REPORT}\nوأضاف أن العجز سينخفض إلى ثلاثة في المئة.\n{MORE}");
    let q = quotes(&text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(
        q[0].1.as_deref().unwrap_or_default().contains("حسان"),
        "{q:?}"
    );
    let text = format!("وقال جعفر حسان: \"الموازنة واقعية\".\n{MORE}");
    let q = quotes(&text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].0, without_stop(MORE));
    assert!(
        q[1].1.as_deref().unwrap_or_default().contains("حسان"),
        "{q:?}"
    );
}

#[test]
fn the_present_of_i_that_folds_like_a_past_is_no_attribution() {
    // أعتبر (I consider) folds as اعتبر (he considered): its hamza tells them apart.
    let speech = "أعتبر أن هذه الموازنة هي الأصعب منذ سنوات، لكننا سنتجاوز الصعوبات معا.";
    let q = quotes(&format!("{REPORT}\n{speech}"));
    assert_eq!(q.len(), 1, "{q:?}");
    let reported = "واعتبر أن هذه الموازنة هي الأصعب منذ سنوات، لكننا سنتجاوز الصعوبات معا.";
    assert!(quotes(&format!("{REPORT}\n{reported}")).is_empty());
}

#[test]
fn the_first_person_with_no_speaker_before_is_no_quote() {
    // First in the text, or after narrative: nobody was introduced.
    assert!(quotes(SPEECH).is_empty());
    let narrative = "وتشهد الأسواق المحلية ارتفاعا في أسعار المواد الغذائية منذ مطلع العام.";
    assert!(quotes(&format!("{narrative}\n{SPEECH}")).is_empty());
    // A report two paragraphs back does not reach over narrative.
    assert!(quotes(&format!("{REPORT}\n{narrative}\n{SPEECH}")).is_empty());
}

#[test]
fn an_author_who_writes_in_the_first_person_is_not_quoted() {
    // A column: the author's first person before the report makes the first
    // person after it the author's too.
    let column = "أتابع منذ أسابيع النقاش حول الموازنة، ولا أخفي أنني قلق من أرقامها. لقد سمعنا وعودا كثيرة من قبل.";
    let reply = "لا أعرف كيف ستتحقق هذه الأرقام. إنني أرى الأسعار ترتفع كل يوم في أسواقنا.";
    assert!(quotes(&format!("{column}\n{REPORT}\n{reply}")).is_empty());
    // Without the column the same paragraph is the minister's.
    assert_eq!(quotes(&format!("{REPORT}\n{reply}")).len(), 1);
}

#[test]
fn reported_speech_labels_headlines_and_the_papers_own_words_are_not_speech() {
    // A paragraph with an attribution of its own is reported speech.
    let reported = "وأوضح أننا لن نرفع الضرائب هذا العام، مؤكدا أن لدينا بدائل أخرى.";
    assert!(quotes(&format!("{REPORT}\n{reported}")).is_empty());
    // An interview's labels.
    let answer = "ج: نحن لا نملك ترف الانتظار، وأعتقد أن المواطنين يستحقون مصارحة كاملة.";
    assert!(quotes(&format!("{REPORT}\n{answer}")).is_empty());
    // A headline: short and with no stop.
    assert!(quotes(&format!("{REPORT}\nنحن وموازنتنا الجديدة")).is_empty());
    // "Our correspondent", "our site": the paper, not a speaker.
    let paper = "ولم يتمكن مراسلنا من حضور الجلسة، فيما نشر موقعنا نص الموازنة كاملا.";
    assert!(quotes(&format!("{REPORT}\n{paper}")).is_empty());
    // Narrative in the third person after a report.
    let narrative = "وتبلغ نسبة الدين العام في البلاد نحو تسعين في المئة من الناتج المحلي.";
    assert!(quotes(&format!("{REPORT}\n{narrative}")).is_empty());
}

#[test]
fn a_line_with_a_mark_is_left_to_the_marks() {
    // A speech's closing mark on the next line: the line up to it ends the
    // speech, once, and the first person there is not taken a second time as
    // speech without marks.
    let text =
        "وقال جعفر حسان: «الموازنة واقعية وقابلة للتنفيذ\nونحن نؤمن بأن الإصلاح لا يحتمل التأجيل».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "الموازنة واقعية وقابلة للتنفيذ");
    assert_eq!(q[1].0, "ونحن نؤمن بأن الإصلاح لا يحتمل التأجيل");
    assert_eq!(q[1].1, q[0].1, "{q:?}");
}

#[test]
fn colon_speech_ends_where_the_journalist_resumes() {
    let text = "وقال مدير الدفاع المدني: أخمدنا الحريق بعد ثلاث ساعات من العمل المتواصل. يذكر أن الحريق اندلع في مستودع للمواد الكيميائية.";
    assert_eq!(
        quotes(text)[0].0,
        "أخمدنا الحريق بعد ثلاث ساعات من العمل المتواصل"
    );
    let text = "وقال مدير الدفاع المدني: أخمدنا الحريق بعد ثلاث ساعات. وكان المستودع قد تعرض لحريق مماثل قبل عامين.";
    assert_eq!(quotes(text)[0].0, "أخمدنا الحريق بعد ثلاث ساعات");
    // A past of the speaker's own (وكان من الضروري) is still speech.
    let text = "وقال مدير الدفاع المدني: أخمدنا الحريق بعد ثلاث ساعات. وكان من الضروري إخلاء المباني المجاورة.";
    assert_eq!(
        quotes(text)[0].0,
        "أخمدنا الحريق بعد ثلاث ساعات. وكان من الضروري إخلاء المباني المجاورة"
    );
}

#[test]
fn first_person_speech_with_its_verb_after_a_comma() {
    let q = quotes("لم نعد نثق بأي وعود، ولن نغادر الساحة حتى تتحقق مطالبنا، يقول أحد المعتصمين أمام مبنى البلدية.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].0,
        "لم نعد نثق بأي وعود، ولن نغادر الساحة حتى تتحقق مطالبنا"
    );
    assert!(
        q[0].1
            .as_deref()
            .unwrap_or_default()
            .contains("أحد المعتصمين"),
        "{q:?}"
    );
    // With إن after the verb the report is of its own.
    assert!(
        quotes("لم نعد نثق بأي وعود ولن نغادر الساحة، قال أحد المعتصمين إن الحكومة خذلتهم.")
            .is_empty()
    );
    // The third person before the verb is the journalist's.
    assert!(quotes(
        "ارتفعت أسعار المواد الغذائية بنسبة كبيرة هذا الشهر، قال التقرير السنوي للبنك."
    )
    .is_empty());
}
