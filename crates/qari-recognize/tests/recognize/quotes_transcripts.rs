//! Speech over several paragraphs: a text announced by a line ending with a
//! colon runs until the journalist speaks again, and an interview's answers are
//! the interviewee's quotes while its questions are no quotes.

use crate::quotes::quotes;

const SPEECH: &str = "نحتفل اليوم بافتتاح أكبر محطة للطاقة الشمسية في المنطقة.\n\
     لقد وعدنا بتنويع مصادر الطاقة، وها نحن نفي بوعدنا.\n\
     سنواصل العمل حتى يصل التيار الكهربائي إلى كل قرية.\n";

#[test]
fn a_text_announced_by_a_colon_runs_over_its_paragraphs() {
    let text =
        format!("ألقى رئيس الوزراء المغربي عزيز أخنوش كلمة في حفل الافتتاح، وهذا نصها:\n{SPEECH}");
    let q = quotes(&text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(
        q.iter().all(|(_, s)| s.as_deref() == Some("عزيز أخنوش")),
        "{q:?}"
    );
    assert!(q[1].0.starts_with("لقد وعدنا"), "{q:?}");
}

#[test]
fn the_journalist_speaking_again_ends_the_text() {
    for after in [
        "يذكر أن المحطة كلفت أكثر من ملياري دولار.\n",
        "وكان الملك قد دشن المرحلة الأولى من المشروع قبل عامين.\n",
        "وقال وزير الطاقة إن المحطة ستغطي حاجة مليون منزل.\n",
        "وحضر الحفل عدد من السفراء والمسؤولين.\n",
        "ردود الفعل\nوحضر الحفل عدد من السفراء والمسؤولين.\n",
    ] {
        let text = format!(
            "ألقى رئيس الوزراء المغربي عزيز أخنوش كلمة في حفل الافتتاح، وهذا نصها:\n{SPEECH}{after}"
        );
        let q = quotes(&text);
        assert_eq!(q.len(), 3, "{after}: {q:?}");
    }
}

#[test]
fn after_a_bare_verb_and_a_colon_only_speech_runs_on() {
    // The first paragraph is speech; one in the journalist's third person after
    // it is not, though nothing marks the change.
    let text = "وأضاف المدير التنفيذي للشركة في حديثه:\n\
         نتوقع أن ترتفع أرباح الشركة خلال الربع المقبل بفضل العقود الجديدة.\n\
         وتملك الشركة مصانع في ثلاث دول عربية وتوظف آلاف العمال.\n";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.starts_with("نتوقع"), "{q:?}");
}

#[test]
fn a_list_announced_by_a_colon_is_no_speech() {
    let text = "وأعلنت البلدية الإجراءات التالية:\n\
         إغلاق الأسواق الشعبية حتى نهاية الشهر الجاري.\n\
         منع التجمعات في الحدائق العامة.\n";
    assert!(quotes(text).is_empty());
    // A reporting verb in an earlier clause does not announce the colon's list.
    let text = "أعلنت وزارة الصحة، اليوم الاثنين، خطة لمواجهة الموجة الجديدة، وتتضمن الخطة:\n\
         زيادة عدد الأسرة في أقسام العناية المركزة.\n\
         إعادة فتح مراكز التطعيم في المدن الكبرى.\n";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn an_interviews_answers_are_the_interviewees_and_its_questions_no_ones() {
    let text =
        "وفي حوار مع قناة الجزيرة، تحدث وزير الخارجية التركي هاكان فيدان عن الأزمة السورية.\n\
         س: ما موقف أنقرة من التطورات الأخيرة؟\n\
         ج: نحن ندعم وحدة الأراضي السورية ونرفض أي تقسيم لها.\n\
         س: وهل ستلتقون نظيركم السوري قريبا؟\n\
         ج: لا يوجد موعد محدد، لكن الاتصالات مستمرة.\n";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q[0].0.starts_with("نحن ندعم"), "{q:?}");
    assert!(q[1].0.starts_with("لا يوجد"), "{q:?}");
    assert!(
        q.iter().all(|(_, s)| s.as_deref() == Some("هاكان فيدان")),
        "{q:?}"
    );
    // With no one introduced as interviewed, nothing is quoted.
    let bare = text.split_once('\n').map(|(_, rest)| rest).unwrap_or(text);
    assert!(quotes(bare).is_empty(), "{:?}", quotes(bare));
}

#[test]
fn a_later_interview_has_its_own_interviewee() {
    let first =
        "وفي حوار مع قناة الجزيرة، تحدث وزير الخارجية التركي هاكان فيدان عن الأزمة السورية.\n\
         س: ما موقف أنقرة من التطورات الأخيرة؟\n\
         ج: نحن ندعم وحدة الأراضي السورية ونرفض أي تقسيم لها.\n";
    let between = "وتواصلت الاشتباكات في ريف المدينة الشمالي طوال الليل. ".repeat(30);
    let second =
        "وفي مقابلة مع صحيفة الشرق الأوسط، تحدث وزير الخارجية الأردني أيمن الصفدي عن الأزمة.\n\
         س: هل تخشون موجة لجوء جديدة؟\n\
         ج: لا نستطيع استقبال المزيد، فقد تجاوزنا طاقتنا منذ سنوات.\n";
    let q = quotes(&format!("{first}{between}\n{second}"));
    let speakers: Vec<_> = q.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("هاكان فيدان"), Some("أيمن الصفدي")],
        "{q:?}"
    );
}
