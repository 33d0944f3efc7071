//! A speaker's title: whose it is when the text gave it to someone (in
//! apposition, where it first named them, to the one who spoke last), where it
//! ends, and when the same head names another office. Sentences written for
//! these tests.

use crate::quotes::quotes;
use crate::quotes_named::speaker_of;

#[test]
fn another_persons_title_in_a_list_is_not_this_speakers() {
    // The minister introduced with the chairman after him, a comma and و
    // between, is still the minister; and not the chairman.
    let text = "وجرت المراسم بحضور وزير النقل الفريق كامل الوزير، ورئيس الهيئة وليد جمال الدين.\n\nمن جانبه، أكد الفريق كامل الوزير أن «الدولة لن تسمح بأن تبقى موانئها مجرد محطات عبور».";
    assert_ne!(speaker_of(text).as_deref(), Some("وليد جمال الدين"));
    // One person's two titles joined by و are both theirs.
    let text = "واستقبل رئيس الوزراء ووزير الخارجية القطري محمد بن عبد الرحمن آل ثاني الوفد.\n\nوأكد رئيس الوزراء أن «المفاوضات مستمرة».";
    assert_eq!(
        speaker_of(text).as_deref(),
        Some("محمد بن عبد الرحمن آل ثاني")
    );
}

#[test]
fn a_title_the_text_gave_a_speaker_where_it_first_named_them_is_theirs() {
    let text = "أعلن مدرب المنتخب المغربي لكرة القدم، البلجيكي فرانك ديبيرك، قائمة تضم 25 لاعبا لمواجهتي الأسبوع المقبل.\n\nوقال ديبيرك في مؤتمر صحفي: «اخترنا اللاعبين الأكثر جاهزية، والباب مفتوح أمام الجميع».\n\nوعن غياب قائد الفريق، أوضح المدرب: «الإصابة تحتاج إلى ثلاثة أسابيع أخرى، ولن نغامر بصحته».";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("فرانك ديبيرك"));
}

#[test]
fn a_title_given_in_apposition_after_a_name_is_that_persons() {
    let text = "وتفقد الدكتور خالد عبد الغفار، نائب رئيس الوزراء للتنمية البشرية وزير الصحة والسكان، مستشفى العريش العام أمس.\n\nوخلال الجولة، قال الوزير مخاطبا الأطقم الطبية: «ما تقدمونه واجب وطني وإنساني».";
    assert_eq!(speaker_of(text).as_deref(), Some("خالد عبد الغفار"));
    // A body named in the apposition is the body's, not the person's title.
    let text = "وقال حسام عبد الغفار، المتحدث باسم وزارة الصحة، إن الحالات مستقرة.\n\nوأكدت الوزارة في بيان: «لا داعي للقلق».";
    assert_ne!(speaker_of(text).as_deref(), Some("حسام عبد الغفار"));
}

#[test]
fn a_title_the_analysis_read_as_a_proclitic_and_a_word_is_still_that_title() {
    // والي (a governor) reads as و + الي; الوالي later is the same office.
    let text = "من جهته، زار والي وهران سعيد سعيود المحطة رفقة إطارات من وزارة الري، وأكد أن الدولة خصصت غلافا ماليا إضافيا. وصرح الوالي للصحافة المحلية قائلا: «نعترف بأن هناك تقصيرا في التواصل مع المواطنين».";
    assert_eq!(speaker_of(text).as_deref(), Some("سعيد سعيود"));
}

#[test]
fn a_coach_is_the_coach_by_any_name_of_the_office() {
    let text = "وقال المدير الفني للفريق الأرجنتيني ماتياس غونزاليس أوتيرو، في المؤتمر الصحفي: «نحتاج إلى لاعب يربط الخطوط».\n\nوأضاف المدرب الأرجنتيني: «الدوري السعودي أصبح أكثر تنافسية».";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("ماتياس غونزاليس أوتيرو"));
    // Another office is not the coach's.
    let text = "وقال المدير المالي للنادي ماتياس غونزاليس أوتيرو، في المؤتمر الصحفي: «الميزانية متوازنة».\n\nوأضاف المدرب الأرجنتيني: «الدوري السعودي أصبح أكثر تنافسية».";
    let found = quotes(text);
    assert_ne!(found[1].1.as_deref(), Some("ماتياس غونزاليس أوتيرو"));
}

#[test]
fn a_report_by_the_title_of_whoever_spoke_last_goes_on_with_them() {
    // The quote that nothing attributes makes the reports count: the report
    // of وأضاف المدرب الألماني must not hide the coach it describes.
    let text = "قال مدرب الفريق الأول يورغن كلوب: «لعبنا بشكل جيد في الشوط الأول، لكننا أهدرنا فرصا كثيرة».\n\nوأضاف المدرب الألماني: «علينا أن نتعلم من هذه الأخطاء قبل المباراة المقبلة».\n\n«الجمهور كان رائعا الليلة».";
    let found = quotes(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("يورغن كلوب"));
}

#[test]
fn a_title_after_a_verb_that_goes_on_is_the_last_speaker_before_an_earlier_holder() {
    // الوزير الأول (the prime minister) is named with the title's word, but
    // the minister who spoke goes on.
    let text = "ووقع البروتوكول وزير الصيد محمد ولد عابدين ولد امعييف، بحضور الوزير الأول المختار ولد اجاي.\n\nوقال ولد امعييف في كلمة: \"هذا البروتوكول يكرس مبدأ الأولوية للمصلحة الوطنية\".\n\nوأضاف الوزير أن الاتفاق يلزم السفن بتفريغ حمولتها، مؤكدا أن \"زمن الاتفاقيات التي تكتب في بروكسل قد ولى\".";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    for (_, speaker) in &found {
        assert_eq!(speaker.as_deref(), Some("محمد ولد عابدين ولد امعييف"));
    }
}

#[test]
fn a_title_after_a_name_with_no_comma_is_theirs_and_an_honorific_is_no_title_word() {
    let text = "وجاء الإعلان بحضور سعادة الشيخ محمد بن عبدالله بن محمد آل ثاني وزير المواصلات، وسعادة المهندس بدر محمد المير الرئيس التنفيذي للمجموعة.\n\nوقال سعادة وزير المواصلات: \"إن هذه التوسعة تترجم رؤية دولة قطر\".";
    assert_eq!(
        speaker_of(text).as_deref(),
        Some("محمد بن عبدالله بن محمد آل ثاني")
    );
    // A title before the next person is that person's.
    let text = "واستقبل الأمير فيصل بن فرحان وزير الخارجية الأمريكي أنتوني بلينكن في الرياض.\n\nوقال وزير الخارجية: \"نعمل معا على وقف إطلاق النار\".";
    assert_eq!(speaker_of(text).as_deref(), Some("أنتوني بلينكن"));
}

#[test]
fn a_title_in_the_construct_state_that_goes_on_is_the_person_the_text_gave_it() {
    // The office was given where the text named him first, up to a body
    // (رئيس | مجلس الوزراء), beside another title's nisba (الخارجية).
    let text = "وترأس الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية، أعمال الدورة.\n\nوقال الشيخ محمد بن عبدالرحمن آل ثاني في كلمته: \"إن ما يجمع البلدين أكبر من أي اتفاقية\".\n\nوأضاف رئيس الوزراء القطري: \"نحن ماضون مع أشقائنا في تنسيق المواقف\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1.as_deref(), Some("محمد بن عبدالرحمن آل ثاني"));
    // An office the text never gave the one who spoke is someone else's.
    let text = "وقال الأمير فيصل بن فرحان إن \"المملكة تدعم الحل السياسي في السودان\". وأضاف وزير الطاقة السعودي أن \"أسواق النفط مستقرة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1.as_deref(), Some("وزير الطاقة السعودي"));
}

#[test]
fn a_title_that_begins_with_waw_keeps_it() {
    let text = "وأضاف ولي العهد أن \"المملكة ستواصل الإصلاحات الاقتصادية\".";
    assert_eq!(speaker_of(text).as_deref(), Some("ولي العهد"));
}

#[test]
fn the_same_head_over_another_portfolio_or_state_is_another_office() {
    let text = "قال الأمير فيصل بن فرحان وزير الخارجية السعودي إن \"المملكة تدعم الحل السياسي\". وأضاف وزير الطاقة السعودي أن \"أسواق النفط مستقرة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1.as_deref(), Some("وزير الطاقة السعودي"));
    let text = "قال أيمن الصفدي وزير الخارجية الأردني إن \"عمان تنسق مع القاهرة\". وأضاف وزير الخارجية المصري أن \"القاهرة تنسق مع عمان\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1.as_deref(), Some("وزير الخارجية المصري"));
}
