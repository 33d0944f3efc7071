//! Speakers that news names after a description or in apposition: where the
//! description ends and the name begins, and the bodies, places and marks
//! inside it. One rule per test, on sentences written for these tests; the
//! subject of a subjectless verb, titles, and statements and relays are in
//! `quotes_subjects.rs`, `quotes_titles.rs` and `quotes_sources.rs`.

use crate::quotes::{one, quotes};

/// The speaker of the one quote of `text`.
pub(crate) fn speaker_of(text: &str) -> Option<String> {
    one(text).speaker
}

#[test]
fn a_name_the_tagger_missed_ends_the_description_before_whom_they_told() {
    // The name stands after a place of work and before a glued لـ.
    let text = "وقالت نائبة مدير البرنامج في الأردن لبنى حداد لـإذاعة عمان: «نحتاج إلى تمويل إضافي قبل نهاية الشهر المقبل».";
    assert_eq!(speaker_of(text).as_deref(), Some("لبنى حداد"));
    // A title between the description and the name, a common word ending it.
    let text = "وقال المتحدث باسم البلدية المنتخبة حديثا راجح داوود إن \"أعمال الترميم ستنتهي قبل حلول فصل الشتاء المقبل\".";
    assert_eq!(speaker_of(text).as_deref(), Some("راجح داوود"));
}

#[test]
fn a_common_word_that_is_also_a_given_name_does_not_start_a_name() {
    // علوم is a listed given name; علوم البحار is what the professor teaches.
    let text =
        "وقالت أستاذة علوم البحار في الجامعة إن \"آثار التلوث قد لا تظهر قبل موسمين أو ثلاثة\".";
    assert_eq!(speaker_of(text).as_deref(), Some("أستاذة علوم البحار"));
}

#[test]
fn a_described_source_is_not_the_person_named_after_it() {
    let text = "وقال مسؤول في مكتب الوزير خالد الحسن إن \"المفاوضات متوقفة منذ أسبوعين\".";
    assert_ne!(speaker_of(text).as_deref(), Some("خالد الحسن"));
}

#[test]
fn a_name_in_apposition_after_the_description_is_the_speaker() {
    let text = "وأكد محامي الشركة، المستشار كريم فؤاد، أن موكلته ستستأنف الحكم، وقال: «القرار لم يراع الوثائق التي قدمناها إلى المحكمة».";
    assert_eq!(speaker_of(text).as_deref(), Some("كريم فؤاد"));
}

#[test]
fn a_name_in_apposition_after_the_office_s_body_is_the_speaker() {
    // The office, the body it belongs to, then the name between commas.
    let text = "وقال نائب المدير التنفيذي للتسويق في شركة الموانئ الوطنية، سليم بن راشد العامري، خلال حفل التوقيع: «نتوقع مضاعفة الصادرات خلال ثلاث سنوات».";
    assert_eq!(speaker_of(text).as_deref(), Some("سليم بن راشد العامري"));
    // A foreign name after the body and its region.
    let text = "من جهته، قال المدير الإقليمي لمنظمة الصحة العالمية في شرق المتوسط، هانز كلوغه، إن \"الحملة يجب أن تصل إلى كل قرية قبل الصيف\".";
    assert_eq!(speaker_of(text).as_deref(), Some("هانز كلوغه"));
    // No name between the commas: the description stays the speaker.
    let text = "وقال مسؤول في وزارة المالية، طالبا عدم ذكر اسمه: «العجز سيتراجع في الربع المقبل».";
    assert_eq!(speaker_of(text).as_deref(), Some("مسؤول في وزارة المالية"));
}

#[test]
fn a_spokesperson_for_a_pronoun_is_still_described_up_to_the_name() {
    let text = "ودعا المتحدث باسمها جمال الحسيني جميع الأطراف إلى \"وقف التصعيد فورا وفتح الطرق أمام قوافل الإغاثة\".";
    assert_eq!(speaker_of(text).as_deref(), Some("جمال الحسيني"));
}

#[test]
fn an_organisation_inside_the_description_leads_to_the_name_after_it() {
    let text = "وأكد رئيس الاتحاد الأردني لكرة السلة فارس العمري أن \"المنتخب جاهز للمنافسة على اللقب القاري\".";
    assert_eq!(speaker_of(text).as_deref(), Some("فارس العمري"));
}

#[test]
fn an_interview_announced_with_the_article_quotes_its_answers() {
    let text = "التقت الصحيفة وزير الزراعة الأردني خالد حنيفات في مكتبه بعمان، وكان هذا الحوار:\n\
         س: ما خطتكم لموسم الجفاف؟\n\
         ج: نعمل على توفير الأعلاف بأسعار مدعومة لكل مربي الماشية.\n";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("خالد حنيفات"), "{q:?}");
}

#[test]
fn a_mission_to_a_state_goes_on_to_its_heads_name() {
    let text = "وقال رئيس بعثة الصندوق إلى مصر فلاديمير كليوييف في بيان: السلطات المصرية أحرزت تقدما ملموسا في استقرار الاقتصاد.";
    assert_eq!(speaker_of(text).as_deref(), Some("فلاديمير كليوييف"));
}

#[test]
fn a_foreign_name_no_list_holds_ends_a_description_after_its_place() {
    let text = "وقال المتحدث باسم المنظمة في إيطاليا فلافيو دي جاكومو لـبي بي سي: \"الناجون أخبرونا أن القارب بدأ يمتلئ بالماء بعد ساعات\".";
    assert_eq!(speaker_of(text).as_deref(), Some("فلافيو دي جاكومو"));
    // Words training saw are no name: the description stays.
    let text = "وقال المتحدث باسم المنظمة في إيطاليا صباح اليوم لـبي بي سي: \"الناجون أخبرونا أن القارب بدأ يمتلئ بالماء بعد ساعات\".";
    assert_ne!(speaker_of(text).as_deref(), Some("صباح اليوم"));
}

#[test]
fn a_name_in_apposition_before_the_colon_is_the_speaker() {
    let text = "وقال وزير الخارجية الأمريكي، أنتوني بلينكن: «الحل الدبلوماسي ما زال ممكنا».";
    assert_eq!(speaker_of(text).as_deref(), Some("أنتوني بلينكن"));
    let text = "وقال كبير المفاوضين السعوديين، خالد المهيد: التحول يجب أن يكون عادلا ومنظما.";
    assert_eq!(speaker_of(text).as_deref(), Some("خالد المهيد"));
    // Put before the verb, after كان.
    let text = "وكان وزير التجارة الأمريكي، هوارد لوتنيك، قد قال في مقابلة إن الصفقات آمنة، مضيفا: \"نريد أن يبني العالم على التكنولوجيا الأمريكية\".";
    assert_eq!(speaker_of(text).as_deref(), Some("هوارد لوتنيك"));
}

#[test]
fn a_name_after_an_organisation_and_its_short_name_in_brackets_is_the_speaker() {
    // After في: the place of work, its short name, then the name.
    let text = "وقالت الباحثة في المعهد الملكي للدراسات الاستراتيجية (روسي) سارة جونسون، في حديث للإذاعة: «الهدنة لن تصمد طويلا من دون ضمانات دولية».";
    assert_eq!(speaker_of(text).as_deref(), Some("سارة جونسون"));
    // After ل: the body whose office they hold, not whom they told.
    let text = "وحذرت المديرة التنفيذية لصندوق الأمم المتحدة للسكان (يونفبا) ماريا فرنانديز من أن «ملايين النساء سيفقدن الرعاية الصحية هذا العام».";
    assert_eq!(speaker_of(text).as_deref(), Some("ماريا فرنانديز"));
}

#[test]
fn a_word_of_saying_inside_a_bodys_name_after_fi_lets_the_name_after_it_speak() {
    // البيان is a statement, but here part of a centre's name.
    let text = "«الأرجح أن يُرحّل الملف إلى الدورة البرلمانية المقبلة»، تقول الباحثة في مركز البيان للدراسات والتخطيط سجى عبد الأمير الربيعي، مضيفة أن واشنطن تراقب التصويت.";
    assert_eq!(speaker_of(text).as_deref(), Some("سجى عبد الأمير الربيعي"));
    // Right after في, it is where something was said.
    let text = "وقال الناطق في بيان مكتب الرئيس محمد علي: «لن نقبل بذلك».";
    assert_ne!(speaker_of(text).as_deref(), Some("أحمد علي"));
}

#[test]
fn a_name_in_apposition_after_the_body_an_office_serves_is_the_speaker() {
    let text = "بدوره، قال المفوض العام لـوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا)، فيليب لازاريني، في منشور على منصة \"إكس\": \"العاملون الصحيون في غزة يعملون في ظروف مستحيلة\".";
    assert_eq!(speaker_of(text).as_deref(), Some("فيليب لازاريني"));
    let text = "وقالت الباحثة في جامعة بغداد، نور الهدى العبيدي، إن «الانتخابات لن تغير شيئا».";
    assert_eq!(speaker_of(text).as_deref(), Some("نور الهدى العبيدي"));
}

#[test]
fn a_name_after_the_party_a_deputy_represents_is_the_speaker() {
    let text = "وقال النائب عن حزب العدالة والتنمية (بيجيدي) عبد الله بووانو إن «الحكومة لم تف بوعودها الاجتماعية حتى الآن».";
    assert_eq!(speaker_of(text).as_deref(), Some("عبد الله بووانو"));
}

#[test]
fn a_name_in_apposition_after_a_nisba_is_the_speaker_though_a_word_of_it_folds_like_a_stop_word() {
    // فان folds as فإن does.
    let text = "وقال رئيس الوفد، الألماني توماس فان دير فيلدي، في المؤتمر: «سنواصل عملنا رغم كل الصعوبات الميدانية».";
    assert_eq!(speaker_of(text).as_deref(), Some("توماس فان دير فيلدي"));
}

#[test]
fn a_titled_name_after_the_body_a_speaker_serves_is_the_speaker() {
    let text = "وقال مدير المشروع لدى الشركة الوطنية للكهرباء المهندس سمير بوزيد: «التشغيل التجريبي سيبدأ الشهر المقبل».";
    assert_eq!(speaker_of(text).as_deref(), Some("سمير بوزيد"));
    let text = "وأوضح المشرف العام على المستشفى الدكتور خالد العمري أن «الأقسام الجديدة ستفتح أبوابها قريبا».";
    assert_eq!(speaker_of(text).as_deref(), Some("خالد العمري"));
}

#[test]
fn whom_a_speaker_speaks_for_or_about_is_not_the_speaker() {
    // A spokesperson of a titled person.
    let text = "وقالت المتحدثة باسم الرئيس الأمريكي دونالد ترامب إن \"القرار نهائي ولن يتغير\".";
    assert_ne!(speaker_of(text).as_deref(), Some("دونالد ترامب"));
    // Whom the minister spoke about.
    let text = "وقال الوزير عن الرئيس الفرنسي إيمانويل ماكرون إنه \"صديق قديم للمنطقة\".";
    assert_ne!(speaker_of(text).as_deref(), Some("إيمانويل ماكرون"));
    // A spokesperson of a body, then their own name.
    let text = "وقال المتحدث باسم الخارجية الأمريكية نيد برايس إن \"الاتفاق ما زال ممكنا\".";
    assert_eq!(speaker_of(text).as_deref(), Some("نيد برايس"));
}

#[test]
fn a_spokesperson_for_a_body_named_by_one_noun_is_named_after_it() {
    // علي is no preposition after the body: a given name, and its family name.
    let text = "وقال المتحدث باسم المجلس علي الكثيري في تصريح صحفي: \"لن نقف متفرجين على ما يجري في الهضبة\".";
    assert_eq!(speaker_of(text).as_deref(), Some("علي الكثيري"));
    // علي before a word with a pronoun is the preposition.
    let text = "وشكر المتحدث باسم المجلس علي تعاونهم، قائلا: \"سنواصل العمل معا\".";
    assert_eq!(speaker_of(text).as_deref(), Some("المتحدث باسم المجلس"));
}

#[test]
fn a_relative_clause_a_comma_closed_does_not_hold_the_name_after_it() {
    let text = "ويرى محللون أن تراجع الفائدة قد يؤثر على الأموال الساخنة، التي ضخت أكثر من 38 مليار دولار في أدوات الدين منذ صفقة تطوير مدينة رأس الحكمة مع الإمارات، لكن حسن عبد الله شدد في أكثر من مناسبة على أن البنك \"لا يستهدف سعرا بعينه\" للجنيه.";
    assert_eq!(speaker_of(text).as_deref(), Some("حسن عبد الله"));
}

#[test]
fn a_dash_inside_the_office_and_a_body_in_marks_keep_the_name_after_them() {
    let text = "وقال رئيس الفريق النيابي - الأغلبية الحكومية سمير العلوي، في مداخلته: «الأرقام تتحسن كل شهر ولا مجال للتشكيك فيها».";
    assert_eq!(speaker_of(text).as_deref(), Some("سمير العلوي"));
    let text = "وقال المتحدث باسم \"تنسيقية الجنوب\" عمر الفيتوري في بيان مصور: «لن نتراجع قبل أن تتحقق مطالب أهالي المنطقة كاملة».";
    assert_eq!(speaker_of(text).as_deref(), Some("عمر الفيتوري"));
}

#[test]
fn a_name_right_after_a_dash_is_the_office_holder() {
    let text = "وقال الرئيس الفرنسي - إيمانويل ماكرون: «فرنسا لن تتخلى عن حلفائها في المنطقة».";
    assert_eq!(speaker_of(text).as_deref(), Some("إيمانويل ماكرون"));
}

#[test]
fn where_the_described_speaker_works_comes_before_the_name() {
    let text = "وقالت الباحثة في الشؤون الخليجية لدى المنظمة سارة الحمدان: «التقارير الرسمية لا تعكس حجم الانتهاكات في السجون».";
    assert_eq!(speaker_of(text).as_deref(), Some("سارة الحمدان"));
    let text = "أما الحركة، فقد قال المتحدث الرسمي فيها محمود الشريف في بيان: «لن نشارك في أي انتخابات قبل رفع الحصار».";
    assert_eq!(speaker_of(text).as_deref(), Some("محمود الشريف"));
}

#[test]
fn a_name_in_apposition_keeps_its_latin_spelling_after_it() {
    let text = "صرح الرئيس التنفيذي لمجموعة إيني، كلاوديو ديسكالزي (Claudio Descalzi)، بأن الشراكة قوية. وتابع قائلا: \"تعاوننا مع سوناطراك يمتد لأكثر من نصف قرن\".";
    assert_eq!(speaker_of(text).as_deref(), Some("كلاوديو ديسكالزي"));
}

#[test]
fn an_apposition_counts_the_body_it_names_as_one_word() {
    let text = "ونقلت وكالة الأنباء الليبية عن المبعوثة الأممية، رئيسة بعثة الأمم المتحدة للدعم في ليبيا هانا تيتيه، قولها: «الليبيون سئموا المراحل الانتقالية، وعلى القادة أن يضعوا مصلحة بلادهم فوق حساباتهم».";
    assert_eq!(speaker_of(text).as_deref(), Some("هانا تيتيه"));
}

#[test]
fn where_a_body_in_apposition_works_does_not_end_it() {
    let text = "ونقل الموقع عن المنسق المقيم، رئيس مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في السودان توبي هارورد، قوله: \"الوضع في الفاشر كارثي بكل المقاييس\".";
    assert_eq!(speaker_of(text).as_deref(), Some("توبي هارورد"));
}

#[test]
fn the_body_an_office_is_held_from_stands_between_the_title_and_the_name() {
    let text = "في المقابل، حمّل رئيس الحكومة المكلفة من مجلس النواب أسامة حماد حكومة طرابلس المسؤولية، وقال: «هذه الحكومة منتهية الولاية».";
    assert_eq!(speaker_of(text).as_deref(), Some("أسامة حماد"));
}

#[test]
fn ali_before_a_name_training_never_saw_is_a_given_name() {
    let text =
        "وقال وزير الداخلية التركي علي يرلي كايا في تدوينة: \"عدد العائدين تجاوز 550 ألف شخص\".";
    let speaker = speaker_of(text).unwrap_or_default();
    assert!(speaker.starts_with("علي يرلي"), "{speaker}");
}
