//! A speaker the text gave before: a verb with no subject, a quote nothing
//! attributes, a paragraph wholly in marks, and a speaker called again by a
//! title, a surname or an honorific, which is the person it named. Sentences
//! written for these tests.

use crate::quotes::{none, one, quotes, said};

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
fn in_his_words_hands_the_quote_to_the_speaker_before() {
    let (_, q) = said("وقال المدرب إن الفريق جاهز. «سنلعب من أجل الفوز فقط»، على حد قوله.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("المدرب"), "{q:?}");
    let (_, q) = said("وقالت الطبيبة إن الحالات تتراجع. \"الموجة انتهت تقريبا\"، بحسب تعبيرها.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("الطبيبة"), "{q:?}");
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
fn a_quote_nothing_attributes_is_the_nearby_speakers() {
    let text = "وقال وزير الاقتصاد إن النمو سيتسارع في الربع الثالث.\n\
                وتطرق إلى أسعار الوقود. «الدعم سيبقى للفئات الأشد حاجة فقط».";
    let (_, q) = said(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("وزير الاقتصاد"), "{q:?}");
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
