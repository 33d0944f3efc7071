//! Whose words a quote is, from its own sentence: the speaker before or after
//! the quote and where their description ends (not the verb's object, the
//! manner of saying, the outlet that relayed it or a word of time). Sentences
//! written for these tests.

use qari_recognize::Kind;

use crate::quotes::{one, quotes, said};

#[test]
fn the_paper_that_relays_a_quote_is_not_its_speaker() {
    let q = one("ونقلت صحيفة «الأيام» عن وزير النقل قوله: «سنفتتح المطار الجديد قبل نهاية العام».");
    assert_eq!(q.speaker.as_deref(), Some("وزير النقل"));
    let q = one("وقال مصدر حكومي لوكالة الأنباء: \"الاجتماع أرجئ إلى موعد لاحق\".");
    assert_eq!(q.speaker.as_deref(), Some("مصدر حكومي"));
}

#[test]
fn an_outlet_in_an_aside_or_relaying_the_sentence_is_not_the_speaker() {
    for (text, speaker) in [
        // The aside names no source: the verb before it has its speaker.
        (
            "وقال ممثل المفوضية غونزالو فارغاس يوسا، بحسب ما نقلت صحيفة الشرق الأوسط: \
             \"كثير من العائدين يجدون منازلهم مدمرة\".",
            "غونزالو فارغاس يوسا",
        ),
        (
            "من جانبه، أوضح الوزير أحمد عطاف، بحسب ما نقلت وكالة الأنباء الجزائرية، أن \
             بلاده \"تتعامل مع فرنسا بمنطق الندية ولن تقبل الإملاءات\".",
            "أحمد عطاف",
        ),
        // A participle or وأضاف after a relay speaks for whom it relays.
        (
            "ونقلت صحيفة الصباح عن الخبير الاقتصادي رضا الشكندالي قوله إن البلاد فقدت \
             موقعها، مضيفا: «المشكلة ليست في المنجم بل في غياب رؤية».",
            "رضا الشكندالي",
        ),
        (
            "ونقلت الوكالة الوطنية للإعلام عن حاكم المصرف كريم سعيد قوله إن المصرف \
             يتفهم وجع الناس، وأضاف: «أي حل عادل يجب أن يحمي صغار المودعين».",
            "كريم سعيد",
        ),
    ] {
        assert_eq!(one(text).speaker.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_relation_of_the_person_named_speaks_not_that_person() {
    // The lawyer, named in apposition after his client.
    let q = one(
        "وقال محامي سوبرامانيام، المحامي عبد الله يوسف الشملاوي، إنه سيطعن في الحكم، \
         مضيفا: \"موكلي كان موظفا بأجر ولم يكن يعلم بطبيعة نشاط الشركة\".",
    );
    assert_eq!(q.speaker.as_deref(), Some("عبد الله يوسف الشملاوي"), "{q:?}");
    // His son, named after the pronoun, is the speaker himself.
    let q = one("وقال نجله نزار الرامي للوكالة: \"كان أبي يكتب حتى أيامه الأخيرة\".");
    assert_eq!(q.speaker.as_deref(), Some("نزار الرامي"), "{q:?}");
}

#[test]
fn a_verb_opening_a_sentence_speaks_for_whom_the_sentence_before_is_about() {
    let text = "وقال الوزير كيم سونغ: \"نعمل على حل المشكلة\".\n\n\
                وفي الجهراء، تسكن المواطنة منيرة سالم الشمري مع أسرتها في شقة مستأجرة منذ \
                عام 2009. وقالت لكونا: \"ندفع نصف الراتب إيجارا وما زلنا ننتظر\".";
    assert_eq!(
        quotes(text),
        [
            (
                "نعمل على حل المشكلة".to_string(),
                Some("كيم سونغ".to_string())
            ),
            (
                "ندفع نصف الراتب إيجارا وما زلنا ننتظر".to_string(),
                Some("منيرة سالم الشمري".to_string())
            ),
        ]
    );
    // Not where the sentence before reported someone's words (وأشار إلى أن
    // الرئيس فلان …): the speaker goes on.
    let text = "وقال الوزير كيم سونغ: \"نعمل على حل المشكلة\". وأشار إلى أن الرئيس يون \
                سوك يول سيزور المنطقة. وأضاف: \"الحل قريب\".";
    assert_eq!(quotes(text)[1].1.as_deref(), Some("كيم سونغ"));
}

#[test]
fn the_speaker_after_the_quote() {
    for (text, speaker) in [
        ("«سنعيد بناء كل ما تهدم»، قال رئيس البلدية.", "رئيس البلدية"),
        (
            "\"الأسعار ستنخفض قريبا جدا\"، بحسب مسؤول في غرفة التجارة.",
            "مسؤول في غرفة التجارة",
        ),
        (
            "“النتائج ستعلن الأسبوع المقبل”، وفق المتحدثة باسم اللجنة.",
            "المتحدثة باسم اللجنة",
        ),
        // بهذه الكلمات and any verb: its subject said them.
        (
            "\"لن نسمح بانهيار القطاع الصحي\"، بهذه الكلمات افتتح وزير الصحة مصطفى الفرجاني المؤتمر.",
            "مصطفى الفرجاني",
        ),
    ] {
        assert_eq!(one(text).speaker.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_described_source_is_a_speaker_with_no_mentions() {
    let text = "وقال مصدر أمني: \"تم تفكيك العبوة قبل انفجارها\".\nوأضاف مصدر أمني: \"لا توجد إصابات بين المارة\".";
    let (rec, q) = said(text);
    assert_eq!(q.len(), 2, "{q:?}");
    let speakers: Vec<usize> = rec.mentions.iter().filter_map(|m| m.speaker).collect();
    assert_eq!(speakers.len(), 2);
    assert_eq!(speakers[0], speakers[1], "one entity for one wording");
    let source = &rec.entities[speakers[0]];
    assert_eq!(source.name, "مصدر أمني");
    assert_eq!(source.kind, Kind::Person);
    assert!(
        source.mentions.is_empty(),
        "a description is not highlighted"
    );
}

#[test]
fn the_object_of_the_verb_is_not_part_of_its_speaker() {
    let q = one("وخاطب رئيس المجلس البلدي سكان الحي: «سنعيد فتح السوق القديم خلال شهر».");
    assert_eq!(q.speaker.as_deref(), Some("رئيس المجلس البلدي"));
    // A given name after the title is the speaker's name, not an object.
    let q = one("وقال وزير النقل خالد العمر: «الطريق الجديد سيفتتح قبل الصيف».");
    assert!(
        q.speaker.as_deref().is_some_and(|s| s.contains("خالد")),
        "{q:?}"
    );
}

#[test]
fn a_name_that_folds_like_a_preposition_still_names_the_speaker() {
    // علي folds as على does; the tagger's name keeps the description going.
    let q = one("«المفاوضات ستستأنف الأسبوع المقبل»، بحسب وزير الخارجية الليبي علي الحسيني.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.contains("علي الحسيني")),
        "{q:?}"
    );
}

#[test]
fn a_report_or_statement_speaks_through_its_issuer() {
    let q =
        one("«النمو سيتباطأ إلى اثنين في المئة هذا العام»، وفق تقرير صادر عن صندوق النقد الدولي.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.contains("صندوق النقد")),
        "{q:?}"
    );
    // No reporting verb: the statement's issuer after ل, with its article.
    let q = one("وجاء في بيان للحرس الوطني: «أحبطنا محاولة تسلل على الحدود الجنوبية فجر اليوم».");
    assert_eq!(q.speaker.as_deref(), Some("الحرس الوطني"), "{q:?}");
}

#[test]
fn a_participle_speaks_for_the_subject_of_its_clause() {
    // The clause's verb reports nothing, but its subject follows it.
    let q = one(
        "وأبدى المدير تفاؤله بنتائج الموسم، مؤكدا أن \"الإنتاج سيرتفع بنسبة كبيرة العام المقبل\".",
    );
    assert_eq!(q.speaker.as_deref(), Some("المدير"), "{q:?}");
    // Not the name in the verb's object.
    let q = one(
        "وأشاد الوزير بدور منظمة الصحة العالمية، مشيرا إلى أن \"التعاون بين الجانبين أنقذ آلاف الأرواح\".",
    );
    assert_eq!(q.speaker.as_deref(), Some("الوزير"), "{q:?}");
    // A spokesman's description runs on through باسم.
    let q =
        one("وانتقد المتحدث باسم النقابة قرار الإدارة، قائلا: «القرار يهدد مئات الوظائف في المصنع».");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("المتحدث باسم النقابة")),
        "{q:?}"
    );
}

#[test]
fn a_long_title_still_reaches_the_name_after_it() {
    let q = one(
        "وقال المتحدث الرسمي باسم وزارة الزراعة واستصلاح الأراضي المصرية محمد القرش: «المحصول هذا العام وفير».",
    );
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.contains("محمد القرش")),
        "{q:?}"
    );
}

#[test]
fn a_name_in_marks_stays_in_its_speakers_description() {
    let q = one("وقالت صحيفة «لوموند» الفرنسية: «الحكومة تستعد لتعديل وزاري واسع قبل الصيف».");
    assert!(
        q.speaker.as_deref().is_some_and(|s| s.contains("لوموند")),
        "{q:?}"
    );
    // A short quote right after the speaker is not part of the speaker.
    let (_, q) = said("وقال الوزير \"لا تعليق\".");
    assert!(
        q.iter()
            .all(|x| x.speaker.as_deref() != Some("الوزير \"لا تعليق")),
        "{q:?}"
    );
}

#[test]
fn according_to_what_an_agency_relayed_is_its_source() {
    let q = one("«الاتفاق بات قريبا جدا»، بحسب ما نقلت وكالة رويترز عن مصدر دبلوماسي غربي.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("مصدر دبلوماسي")),
        "{q:?}"
    );
    let q = one("«المصنع سيغلق أبوابه نهاية الشهر»، بحسب ما أوردت صحيفة محلية.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("صحيفة محلية")),
        "{q:?}"
    );
}

#[test]
fn a_speaker_whose_given_name_looks_like_a_clitic_keeps_it() {
    // فيصل reads as ف + يصل ("arrives") to the analysis; after a quote, with no
    // name found by the tagger, the speaker must still reach the name.
    let q = one("\"الحكومة تتحمل مسؤولية تدهور الأوضاع المعيشية\"، قال زعيم المعارضة فيصل العمري.");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.contains("فيصل العمري")),
        "{q:?}"
    );
}

#[test]
fn a_described_speaker_ends_before_what_they_did_next() {
    // The subject stops before the verb's object, the manner of saying and
    // whom or what they spoke through.
    for (text, speaker) in [
        (
            "وختم مسؤول محلي كلمته بالقول: \"سنعيد بناء كل بيت تهدم في القرية\".",
            "مسؤول محلي",
        ),
        (
            "وقال شهود عيان تحدثوا للإذاعة إن \"الطائرات حلقت فوق المدينة طوال ساعات الصباح\".",
            "شهود عيان",
        ),
        (
            "وأكد مصدر دبلوماسي في حديث للتلفزيون الرسمي أن \"الجولة المقبلة من المفاوضات ستعقد في جنيف\".",
            "مصدر دبلوماسي",
        ),
        (
            "وقال مصدر مسؤول طلب عدم الكشف عن اسمه: \"القرار اتخذ بعد مشاورات طويلة مع الشركاء\".",
            "مصدر مسؤول",
        ),
    ] {
        assert_eq!(one(text).speaker.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_pronoun_after_the_verb_is_no_speaker_and_a_negation_opens_none() {
    // "During which he said": the person who held the meeting.
    let q = one(
        "وعقد رئيس الوزراء مصطفى مدبولي اجتماعا موسعا مع المحافظين الجدد، قال خلاله: \
         المرحلة المقبلة عنوانها الاستثمار المحلي والتنمية في كل محافظة.",
    );
    assert_eq!(q.speaker.as_deref(), Some("مصطفى مدبولي"), "{q:?}");
    // "As declared by": the name after the pronoun.
    let q = one(
        "“ما تحقق مكسب للمحامين وللعدالة معا، وسنتابع التطبيق”، بحسب ما صرح به نقيب \
         المحامين عبد الحليم علام في بيان.",
    );
    assert_eq!(q.speaker.as_deref(), Some("عبد الحليم علام"), "{q:?}");
    // "Asking not to be named": the source, not "not revealing".
    let q = one(
        "وقال مصدر قضائي للصحيفة، طالبا عدم الكشف عن اسمه: القاضي استهل الجلسة بتلاوة \
         الحكم ثم أكد أن المال العام أمانة في أعناق المسؤولين.",
    );
    assert_eq!(q.speaker.as_deref(), Some("مصدر قضائي"), "{q:?}");
    // "Said to him": the host, who is named first, not the guest.
    let q = one(
        "واستقبل الرئيس الفلسطيني محمود عباس المبعوث الأمريكي جورج ميتشل في رام الله \
         أمس، وقال له: إن الاستيطان يجب أن يتوقف فورا ودون شروط.",
    );
    assert_eq!(q.speaker.as_deref(), Some("محمود عباس"), "{q:?}");
}

#[test]
fn a_clause_of_circumstance_after_the_verb_is_no_speaker() {
    // "He said, as he got ready": the man named before.
    let q = one(
        "أما الإيطالي ماركو بيانكي فقال وهو يستعد لرحلة على ظهور الجمال:          «رأيت صحارى كثيرة لكن ألوان الصخور هنا لا تشبه شيئا آخر».",
    );
    assert_eq!(q.speaker.as_deref(), Some("ماركو بيانكي"), "{q:?}");
    // Past a fronted phrase of where (وبين الزوار،) to the clause's subject.
    let q = one(
        "وبين الزوار، كانت الطالبة في أكاديمية الطيران مريم عبد الله الشامسي تلتقط          الصور أمام الطائرة، وقالت: «أحلم بأن أقود هذه الطائرة يوما ما».",
    );
    assert_eq!(q.speaker.as_deref(), Some("مريم عبد الله الشامسي"), "{q:?}");
}

#[test]
fn a_statement_with_no_issuer_speaks_for_itself_not_its_adjective() {
    let q = one(
        "واختتم المجلس اجتماعه أمس. وجاء في البيان الختامي: يؤكد المجلس أن أمن دول \
         المنطقة كل لا يتجزأ، وأن أي اعتداء على أي دولة عضو هو اعتداء على الجميع.",
    );
    assert_eq!(q.speaker.as_deref(), Some("البيان الختامي"), "{q:?}");
    // A relative clause after the statement is no adjective of it.
    let q = one(
        "وانتهت القمة أمس. وجاء في البيان الختامي الذي صدر عن القمة: يؤكد القادة \
         دعمهم الكامل للشعب الفلسطيني وحقوقه المشروعة في كل المحافل.",
    );
    assert_eq!(q.speaker.as_deref(), Some("البيان الختامي"), "{q:?}");
}

#[test]
fn a_relay_from_him_is_the_person_named_before_not_the_outlet() {
    let q = one(
        "وكان المدرب حسام البدري قد طلب التعاقد مع اللاعب، إذ نقل الموقع الرسمي للنادي \
         عنه قوله: \"نحتاج إلى مهاجم يجيد اللعب داخل منطقة الجزاء\".",
    );
    assert_eq!(q.speaker.as_deref(), Some("حسام البدري"), "{q:?}");
    // The sentence's subject, not the player it names after him.
    let q = one(
        "وكان المدرب حسام البدري قد طلب التعاقد مع المهاجم محمد شريف، إذ نقل الموقع \
         الرسمي للنادي عنه قوله: \"نحتاج إلى مهاجم يجيد اللعب داخل منطقة الجزاء\".",
    );
    assert_eq!(q.speaker.as_deref(), Some("حسام البدري"), "{q:?}");
}

#[test]
fn a_word_of_time_after_the_verb_is_no_speaker() {
    let q = one(
        "وكان الأدميرال علي رضا تنكسيري قد أكد الأسبوع الماضي أن بلاده «لن تسمح لأي قوة \
         أجنبية بالعبث بأمن الخليج».",
    );
    assert_eq!(q.speaker.as_deref(), Some("علي رضا تنكسيري"));
}

#[test]
fn a_word_of_time_that_opens_a_name_is_the_name() {
    let q = one("وقال صباح الخالد رئيس الوزراء الكويتي: \"نحن ملتزمون بالإصلاح\".");
    assert_eq!(q.speaker.as_deref(), Some("صباح الخالد"));
}

#[test]
fn how_or_to_whom_it_was_said_is_no_speaker() {
    // بصوت متهدج says how: the speaker is the one before.
    let q = one("ووقف آل طعمة أمام المحكمة وقال بصوت متهدج: «أنا لم أوقع على شيء».");
    assert_eq!(q.speaker.as_deref(), Some("آل طعمة"));
    // The outlet after ل is whom it was told to.
    let q = one("وقال المدرب للأناضول: «قدمنا مباراة كبيرة».");
    assert_eq!(q.speaker.as_deref(), Some("المدرب"));
    // A saying relayed by an agency is still the speaker's.
    let q = one(
        "قال نائب رئيس الوزراء الروسي ألكسندر نوفاك، في تصريحات نقلتها وكالة تاس: «القرار متوازن».",
    );
    assert_eq!(q.speaker.as_deref(), Some("ألكسندر نوفاك"));
    // Also when the verb opens the paragraph, after the full name before.
    let (_, q) = said(
        "قال الأمين العام أنطونيو غوتيريش إن المنظمة ستواصل عملها.\n\nوأضاف غوتيريش في تصريحات نقلتها وكالة رويترز: «لن نترك اللبنانيين وحدهم».",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("أنطونيو غوتيريش"));
    // With no subject after the verb, the one the text spoke of before.
    let (_, q) = said(
        "قال الرئيس فلاديمير بوتين إن روسيا قوية.\n\nوقال في تصريحات نقلتها وكالة تاس: «روسيا مستعدة للحوار».",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_deref(), Some("فلاديمير بوتين"));
}

#[test]
fn how_it_was_said_and_where_the_speaker_lives_are_no_speaker() {
    let q = quotes("وقال الهادي العياري إن الأرض جفت. وأضاف ضاحكا: «عرضوا علي أن أعمل حارسا».");
    assert_eq!(q[0].1.as_deref(), Some("الهادي العياري"), "{q:?}");
    let (rec, _) = said("وأضاف ضاحكا: «عرضوا علي».");
    assert!(
        rec.mentions.iter().all(|m| m.kind != Kind::Person),
        "{:?}",
        rec.mentions
    );
    // A place's word that is a given name too (خان) is the place's.
    let q = one("وقال أحد سكان خان شيخون لعنب بلدي: «الطريق سيصلح».");
    assert_eq!(q.speaker.as_deref(), Some("أحد سكان خان شيخون"));
}

#[test]
fn an_outlet_that_relays_from_her_is_not_the_speaker() {
    let q = one("كشفت مفوضة شؤون المتوسط دوبرافكا شويتسا عن خطة جديدة للهجرة. ونقلت وكالة فرانس برس عنها قولها: “لا نريد أن ندفع الأموال لبناء الجدران”.");
    assert_eq!(q.speaker.as_deref(), Some("دوبرافكا شويتسا"));
}

#[test]
fn the_name_a_source_kept_back_is_no_speaker() {
    // The relaying verb's source, not the name the paper did not give.
    let text = "ونقلت صحيفة تايمز أوف إسرائيل عن مسؤول إسرائيلي، لم تكشف عن اسمه، قوله: «لن نعترف بأي رأي يصدر عن المحكمة في هذا الشأن».";
    assert_eq!(one(text).speaker.as_deref(), Some("مسؤول إسرائيلي"));
    // One of them, as the clause after him describes him.
    let text = "ووقف المئات أمام فرع المصرف. وقال أحدهم، وهو موظف حكومي رفض ذكر اسمه: «راتبي نزل في الحساب منذ أسبوعين ولم أستطع سحبه».";
    assert_eq!(one(text).speaker.as_deref(), Some("موظف حكومي"));
}
