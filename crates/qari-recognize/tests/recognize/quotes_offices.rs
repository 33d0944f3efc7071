//! A speaker called by the title of an office is the person the article said
//! holds it: by apposition, or as the one presiding a body (برئاسة); a title
//! given to no one, or only to another office, stays the description.

use crate::quotes::{one, quotes};

/// The speaker of the one quote in `text`.
fn speaker_of(text: &str) -> Option<String> {
    one(text).speaker
}

const SAID: &str = "«سنعلن نتائج التحقيق كاملة خلال الأسبوع المقبل».";

#[test]
fn the_head_of_a_body_that_met_presided_by_someone_is_that_person() {
    let text = format!(
        "عقدت هيئة مكافحة الفساد اجتماعها الدوري أمس برئاسة خالد المحمود لمراجعة الملفات المفتوحة.\n\
         وقال رئيس هيئة مكافحة الفساد للصحفيين: {SAID}\n"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("خالد المحمود"));
    // With the holder's own title between برئاسة and the name.
    let text = format!(
        "انعقد مجلس الدفاع الأعلى في القصر برئاسة رئيس الجمهورية ميشال عون.\n\
         وقال رئيس مجلس الدفاع الأعلى: {SAID}\n"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("ميشال عون"));
    // Whoever ترأس names presides the body named after them.
    let text = format!(
        "ترأس الرئيس التونسي قيس سعيد اجتماع مجلس الأمن القومي بقصر قرطاج.\n\
         وقال رئيس مجلس الأمن القومي: {SAID}\n"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("قيس سعيد"));
    // The head of state called by title alone, after the title before the name.
    let text = format!(
        "عقد المجلس الأعلى للقضاء اجتماعا برئاسة رئيس الجمهورية عبد المجيد تبون.\n\
         وقال رئيس الجمهورية في ختام الاجتماع: {SAID}\n"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("عبد المجيد تبون"));
}

#[test]
fn a_title_after_a_name_and_a_comma_is_that_persons_office() {
    let text = format!(
        "وصرح سامي الخطيب، رئيس اتحاد الغرف التجارية، بأن الأسواق تشهد ركودا.\n\
         وأضاف رئيس اتحاد الغرف التجارية في مؤتمر صحفي: {SAID}\n"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("سامي الخطيب"));
    // A longer title before the name, called back by fewer of its words.
    let text = format!(
        "وقالت المتحدثة الرسمية باسم وزارة الصحة نور الهدى سالم إن المستشفيات جاهزة.\n\
         وأضافت المتحدثة باسم الوزارة: {SAID}\n"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("نور الهدى سالم"));
}

#[test]
fn a_title_right_after_a_name_is_that_persons_office_and_an_honorific_no_word_of_it() {
    // An agency's style: the office right after the name, no comma, and the
    // speaker called back by an honorific and the office.
    let text = format!(
        "عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء جلسة مباحثات في الرياض.\n\
         وقال سمو ولي العهد في كلمته: {SAID}\n"
    );
    assert_eq!(
        speaker_of(&text).as_deref(),
        Some("محمد بن سلمان بن عبدالعزيز آل سعود")
    );
    let text = format!(
        "واستقبل معالي الشيخ خالد بن سعد الراشد وزير الإسكان وفدا من المستثمرين.\n\
         وقال معالي وزير الإسكان: {SAID}\n"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("خالد بن سعد الراشد"));
    // An honorific before an office nobody was named to stays the description.
    let text = format!("وقال سمو ولي العهد في كلمته: {SAID}\n");
    assert_ne!(speaker_of(&text).as_deref(), Some("محمد بن سلمان"));
}

#[test]
fn an_office_the_article_gave_no_one_stays_the_description() {
    // Nobody named.
    let text = format!("وقال رئيس هيئة مكافحة الفساد للصحفيين: {SAID}\n");
    assert_eq!(
        speaker_of(&text).as_deref(),
        Some("رئيس هيئة مكافحة الفساد")
    );
    // Someone presides another body, or holds another office.
    let text = format!(
        "عقدت لجنة الشؤون المالية اجتماعها أمس برئاسة خالد المحمود.\n\
         وقال رئيس هيئة مكافحة الفساد للصحفيين: {SAID}\n"
    );
    assert_eq!(
        speaker_of(&text).as_deref(),
        Some("رئيس هيئة مكافحة الفساد")
    );
    let text = format!(
        "وصرح سامي الخطيب، رئيس اتحاد الغرف التجارية، بأن الأسواق تشهد ركودا.\n\
         وقال رئيس اتحاد الصناعات: {SAID}\n"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("رئيس اتحاد الصناعات"));
    // A delegation presided by someone does not make them head of the body it visits.
    let text = format!(
        "شارك وفد حكومي برئاسة وزير المالية خالد المحمود في اجتماعات البنك الدولي.\n\
         وقال رئيس البنك الدولي: {SAID}\n"
    );
    assert_eq!(speaker_of(&text).as_deref(), Some("رئيس البنك الدولي"));
    // Someone presiding a meeting of one body does not head another it names.
    let text = format!(
        "ترأس وزير الداخلية خالد المحمود اجتماع لجنة السلامة المرورية.\n\
         وقال رئيس هيئة مكافحة الفساد للصحفيين: {SAID}\n"
    );
    assert_eq!(
        speaker_of(&text).as_deref(),
        Some("رئيس هيئة مكافحة الفساد")
    );
}

#[test]
fn a_named_holder_after_the_office_of_a_body_in_lam_is_the_speaker() {
    // للوكالة is whose office when a name follows it, not whom they told.
    let text = format!("وقال المدير العام للوكالة سفيان مقراني في وهران: {SAID}\n");
    assert_eq!(speaker_of(&text).as_deref(), Some("سفيان مقراني"));
    // With no name after it, the agency is the audience.
    let text = format!("وقال الوزير للوكالة: {SAID}\n");
    assert_eq!(speaker_of(&text).as_deref(), Some("الوزير"));
}

#[test]
fn the_official_called_by_no_office_of_their_own_is_whoever_spoke_last() {
    let text = "وأكد المتحدث باسم الحرس الوطني العميد حسام الجبابلي أن العملية نجحت.\n\
         وقال المسؤول الأمني إن \"الشبكة كانت تنقل المخدرات عبر البحر منذ أشهر طويلة\".\n";
    assert_eq!(speaker_of(text).as_deref(), Some("حسام الجبابلي"));
    // An official not yet named (مسؤول، indefinite) stays the description.
    let text = "وأكد المتحدث باسم الحرس الوطني العميد حسام الجبابلي أن العملية نجحت.\n\
         وقال مسؤول أمني إن \"الشبكة كانت تنقل المخدرات عبر البحر منذ أشهر طويلة\".\n";
    assert_eq!(speaker_of(text).as_deref(), Some("مسؤول أمني"));
}

#[test]
fn a_person_named_after_the_body_and_the_seat_they_represent_speaks() {
    let text = "وحمّل النائب في مجلس الشورى الإسلامي عن دائرة الأهواز علي رضا موسوي نجاد \
         وزارة الطاقة المسؤولية، وقال: \"نحن نجلس على ثاني أكبر احتياطي للغاز في العالم\".\n";
    assert_eq!(speaker_of(text).as_deref(), Some("علي رضا موسوي نجاد"));
    // A body in marks after في.
    let text = "في المقابل، رأى القيادي في \"الاتحاد الوطني الكردستاني\" هيمن كريم أن \"الحديث عن اتفاق نهائي \
         سابق لأوانه، فما زالت هناك خلافات كثيرة\".\n";
    assert_eq!(speaker_of(text).as_deref(), Some("هيمن كريم"));
}

#[test]
fn words_after_bil_qawl_are_the_sentences_subjects() {
    let text = "وقال رئيس الهيئة إن الطبعة ستكون في المكتبات قريبا.\n\n\
         وعن مشروعها المقبل، تكتفي سلوى النجار بالقول: \"رواية عن بورسعيد في الخمسينيات، \
         لكنني لن أبيع حقوقها قبل أن أنتهي منها\"، ثم تضحك.\n";
    let found = crate::quotes::quotes(text);
    let (_, speaker) = found.last().expect("a quote");
    assert_eq!(speaker.as_deref(), Some("سلوى النجار"));
}

#[test]
fn a_title_after_a_verb_that_goes_on_is_the_last_speaker_when_nobody_else_was_named() {
    let text =
        "من جهته، قال الفرنسي هيرفي رينارد: «لم نكن حادين أمام المرمى، وهذا ما كلفنا المباراة».\n\
         وتابع مدرب الأخضر: «ما زال أمامنا لقاء عمان، ونحن نملك مصيرنا بأيدينا».\n";
    let found = crate::quotes::quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found
            .iter()
            .all(|(_, s)| s.as_deref() == Some("هيرفي رينارد")),
        "{found:?}"
    );
    // Another person named in between: the title stays as written.
    let text =
        "من جهته، قال الفرنسي هيرفي رينارد: «لم نكن حادين أمام المرمى، وهذا ما كلفنا المباراة».\n\
         أما البرتغالي جورجي جيسوس فاكتفى بالتهنئة.\n\
         وتابع مدرب الأخضر: «ما زال أمامنا لقاء عمان، ونحن نملك مصيرنا بأيدينا».\n";
    let found = crate::quotes::quotes(text);
    let (_, last) = found.last().expect("a quote");
    assert_ne!(last.as_deref(), Some("هيرفي رينارد"), "{found:?}");
}

#[test]
fn the_official_of_another_country_or_after_an_unnamed_one_is_not_the_last_speaker() {
    // The nationality the text gave the last speaker: theirs.
    let text = "قال وزير الطاقة الجزائري محمد عرقاب إن «الجزائر ستزيد صادرات الغاز إلى أوروبا». \
         والتقى عرقاب بالسفير الإيطالي جيانلوكا غريكو في مقر الوزارة. \
         وأضاف المسؤول الجزائري أن «أنبوب ترانسميد يعمل بكامل طاقته».\n";
    let found = crate::quotes::quotes(text);
    let (_, last) = found.last().expect("a quote");
    assert_eq!(last.as_deref(), Some("محمد عرقاب"), "{found:?}");
    // Another country's official.
    let text = "قال وزير الخارجية السعودي الأمير فيصل بن فرحان إن «المملكة تدعم كل جهد لوقف إطلاق النار». \
         وفي واشنطن، قال المسؤول الأمريكي، الذي طلب عدم كشف اسمه، إن «الإدارة تنتظر ردا رسميا من الحوثيين».\n";
    let found = crate::quotes::quotes(text);
    let (_, last) = found.last().expect("a quote");
    assert_ne!(last.as_deref(), Some("فيصل بن فرحان"), "{found:?}");
    // An unnamed official brought in since.
    let text = "قال رئيس الحكومة أحمد الحشاني إن «الإصلاحات ماضية». \
         والتقى الوفد الأوروبي بمسؤول في وزارة الخارجية. \
         وقال المسؤول إن «الاتفاق سيوقع الشهر المقبل».\n";
    let found = crate::quotes::quotes(text);
    let (_, last) = found.last().expect("a quote");
    assert_ne!(last.as_deref(), Some("أحمد الحشاني"), "{found:?}");
}

#[test]
fn bil_qawl_after_a_clause_of_its_own_or_a_genitive_is_not_the_name_before_it() {
    // The sentence's subject, not the name in its object.
    let text = "وعبّرت المواطنة اللبنانية منى حسن عن غضبها من قرار رئيس البلدية سامي خوري بقولها: «لقد دمروا الحي بأكمله».\n";
    assert_eq!(speaker_of(text).as_deref(), Some("منى حسن"));
    // After an apposition between commas the sentence goes on with its noun.
    let text = "وفي المستشفى، يقول مدير القسم الدكتور عمر الطيب: «نستقبل يوميا ثمانين حالة».\n\n\
         وتصف الدكتورة سلمى عبد الرحمن، طبيبة الأطفال في المستشفى نفسه، المشهد بقولها: «أصعب ما في الأمر أن تأتي الأم متأخرة».\n";
    let found = crate::quotes::quotes(text);
    let (_, last) = found.last().expect("a quote");
    assert_eq!(last.as_deref(), Some("سلمى عبد الرحمن"), "{found:?}");
    // A clause after a comma that names its subject right before: theirs.
    let text = "وتصف الممرضة ليلى حسن، التي تعمل في مستشفى الشفاء، المشهد بقولها: \"الممرات مكتظة بالجرحى\"، \
         فيما اكتفى مدير المستشفى محمد أبو سلمية بالقول: \"الوضع كارثي\".\n";
    let found = crate::quotes::quotes(text);
    let (_, last) = found.last().expect("a quote");
    assert_eq!(last.as_deref(), Some("محمد أبو سلمية"), "{found:?}");
    // A clause after a comma whose subject is a pronoun: not whom they asked.
    let text = "وسألت المذيعة منى الشاذلي ضيفها الفنان عادل إمام عن اعتزاله، فاكتفى بالقول: «ما زال في العمر بقية».\n";
    assert_ne!(speaker_of(text).as_deref(), Some("منى الشاذلي"));
}

#[test]
fn the_new_holder_of_an_office_is_the_person_the_text_named_in_it() {
    let text = "أعلن نادي الاتفاق التعاقد مع المدرب الكرواتي إيغور ماتيتش لقيادة الفريق. \
                وأكد المدرب الجديد في أول تصريح له: «أعرف أن الجماهير تنتظر الكثير».";
    assert_eq!(
        quotes(text),
        [(
            "أعرف أن الجماهير تنتظر الكثير".to_string(),
            Some("إيغور ماتيتش".to_string())
        )]
    );
}
