//! Edges of people's names that the tagger leaves to the rules
//! (`chains/people.rs`): a woman's given name before بنت and a family name's
//! initial (ولد between names: `chains/tests.rs`, since the shipped tagger
//! learned it). Sentences written for these tests. This file holds where a
//! name begins and what stands before it; family names and where a name ends
//! are in `people_family.rs` and `people_ends.rs`.

use qari_recognize::Kind;

use crate::builtin::{named, of};

#[test]
fn a_given_name_before_bint_opens_the_name() {
    // شيخة is a title with the article (الشيخة), a given name without it.
    let text = "وقالت الرئيسة التنفيذية للمصرف شيخة بنت راشد المهيري إن النتائج جيدة.";
    assert_eq!(of(text, Kind::Person), ["شيخة بنت راشد المهيري"]);
}

#[test]
fn a_womans_given_name_in_ta_marbuta_before_her_name_opens_it() {
    // شيخة ends in ة, not in the ـه of "him" that a verb may carry.
    let text = "وقالت الدكتورة شيخة عبد الله الكعبي إن النتائج مشجعة.";
    assert_eq!(of(text, Kind::Person), ["شيخة عبد الله الكعبي"]);
}

#[test]
fn an_honorific_the_lists_hold_as_a_given_name_stays_outside() {
    let text = "وقال معالي شونيتشي ناكاجاوا وزير الزراعة إن التعاون مستمر.";
    assert_eq!(of(text, Kind::Person), ["شونيتشي ناكاجاوا"]);
}

#[test]
fn a_given_and_a_family_name_after_the_body_a_person_serves_are_that_person() {
    let text =
        "وكانت البرلمانية عن حزب التقدم والاشتراكية نادية التهامي قد وجهت سؤالا كتابيا إلى الوزير.";
    assert_eq!(of(text, Kind::Person), ["نادية التهامي"]);
    let text = "وردت مديرة وحدة الجزائرية للمياه في وهران فتيحة قادري على هذه الانتقادات.";
    assert_eq!(of(text, Kind::Person), ["فتيحة قادري"]);
    // على written with ي after a body is the preposition.
    let text = "وتحتاج إلى مساندة الفريق علي مدي تسعين دقيقة.";
    assert!(
        of(text, Kind::Person).is_empty(),
        "{:?}",
        of(text, Kind::Person)
    );
}

#[test]
fn a_masdar_that_is_also_a_given_name_stays_outside_a_name_after_it() {
    for (text, name) in [
        ("أعلن الزمالك عودة أحمد فتوح إلى التدريبات.", "أحمد فتوح"),
        ("عاجل: فوز دونالد ترامب بالانتخابات الأمريكية", "دونالد ترامب"),
        (
            "أعلنت قناة الجزيرة نجاح محمد الأحمد في المهمة.",
            "محمد الأحمد",
        ),
    ] {
        assert_eq!(of(text, Kind::Person), [name], "{text}");
    }
}

#[test]
fn a_given_name_before_a_holders_name_opens_it_though_it_is_a_word_too() {
    // After the body the person heads, named after ل: أمين is a title and a
    // common word too, ضياء a word training saw outside names.
    let text = "قال الرئيس التنفيذي لأرامكو السعودية أمين حسن الناصر إن الطلب قوي.";
    assert_eq!(of(text, Kind::Person), ["أمين حسن الناصر"]);
    let text = "وقضت المحكمة بسجن المدير العام الأسبق للهيئة العامة للضرائب ضياء كاظم آل طعمة.";
    assert_eq!(of(text, Kind::Person), ["ضياء كاظم آل طعمة"]);
    // A name of the lists training never saw, after ل on the word before the body.
    let text = "وأكد وزير الدولة لشؤون مجلس الأمة شريدة عبد الله المعوشرجي أن الحكومة مستعدة.";
    assert_eq!(of(text, Kind::Person), ["شريدة عبد الله المعوشرجي"]);
    // A subject after a body is no holder.
    assert_eq!(
        of("وأكد مدرب الزمالك عودة أحمد فتوح.", Kind::Person),
        ["أحمد فتوح"]
    );
    // After a title, a woman's given name that is a word too.
    let text = "وطالبت النائبة أمل عبد الحميد، عن دائرة شبرا، بمد الفترة.";
    assert_eq!(of(text, Kind::Person), ["أمل عبد الحميد"]);
    // After a title and the body it heads; وليد, which reads as و + ل + يد
    // too, is a given name whole.
    let text = "وجرت المراسم بحضور وزير النقل، ورئيس الهيئة وليد جمال الدين.";
    assert_eq!(of(text, Kind::Person), ["وليد جمال الدين"]);
}

#[test]
fn a_nationality_before_a_name_is_no_part_of_it() {
    let text = "وتضم القائمة أسماء أبرزها الغاني كوامي أسانتي مهاجم الفريق.";
    assert_eq!(of(text, Kind::Person), ["كوامي أسانتي"]);
}

#[test]
fn a_definite_head_before_a_persons_name_is_where_they_work() {
    for (text, name) in [
        (
            "وقالت الباحثة في المنظمة نيامبورا كاماو إن الوضع خطير.",
            "نيامبورا كاماو",
        ),
        (
            "وقالت منسقة الطوارئ في المنظمة كلير نيكوليه إن الوضع يتدهور.",
            "كلير نيكوليه",
        ),
    ] {
        assert_eq!(of(text, Kind::Person), [name], "{text}");
        assert!(of(text, Kind::Organization).is_empty(), "{text}");
    }
    // One word no list holds after the head is its verb, no person.
    let text = "وقال المدير إن المنظمة رصدت منذ مطلع العام أكثر من مئة حالة.";
    assert!(of(text, Kind::Person).is_empty());
    // The tagger's organisation just after the head, left outside it, on a
    // name a list holds is the person too.
    let text = "وقال مدير المؤسسة فريدون موافق إن المستثمر حريص على السوق.";
    assert!(
        of(text, Kind::Person).contains(&"فريدون".to_string()),
        "{:?}",
        of(text, Kind::Person)
    );
    assert!(
        of(text, Kind::Organization).is_empty(),
        "{:?}",
        of(text, Kind::Organization)
    );
}

#[test]
fn no_name_opens_on_allah() {
    let text = "وقال عضو المجلس فتح الله السريري إن الانتخابات ممكنة.\nوأدانت المحكمة المتهم بقتل الطالبة منة الله سامي داخل شقتها.\nوقال رئيس المجلس فتح الله السريري إن الانتخابات ممكنة.";
    assert_eq!(
        of(text, Kind::Person),
        ["فتح الله السريري", "منة الله سامي", "فتح الله السريري"]
    );
}

#[test]
fn a_given_name_whose_al_is_written_with_hamza_opens_the_name() {
    let text = "وقال العالم ألبرت أينشتاين إن الخيال أهم من المعرفة.";
    assert_eq!(of(text, Kind::Person), ["ألبرت أينشتاين"]);
}

#[test]
fn a_name_begun_at_its_second_particle_begins_before_the_first() {
    // The tagger, as in an article, began the name at دير; the particle
    // before it and the given name before that are the name's.
    let text = "وقالت المتحدثة باسم المفوضية ليزلوت فان دير هايدن إن القارب غرق.\nوقال المهاجر الغيني مامادو لامين ديالو إن الرحلة استغرقت أسبوعا.\nوقال رئيس وزراء ولاية آسام هيمانتا بيسوا سارما إن الفيضانات غير مسبوقة.";
    let persons = of(text, Kind::Person);
    assert!(
        persons.iter().any(|p| p == "ليزلوت فان دير هايدن"),
        "{persons:?}"
    );
}

#[test]
fn a_given_name_with_allah_the_lists_hold_is_a_person_with_the_name_after_it() {
    let text = "وقال المتحدث باسم حكومة طالبان ذبيح الله مجاهد في منشور إن الحدود مفتوحة.";
    assert_eq!(of(text, Kind::Person), ["ذبيح الله مجاهد"]);
    // A blessing is no name.
    let text = "وكان عمر رضي الله عنه يسميه سيد المسلمين.";
    assert!(of(text, Kind::Person).iter().all(|p| !p.contains("الله")));
}

#[test]
fn a_title_the_tagger_took_for_a_given_name_stays_outside_the_name() {
    let text = "وأضاف القاضي المصمودي أن الملف معقد.";
    assert_eq!(of(text, Kind::Person), ["المصمودي"]);
    // A sheikh's or a prince's too, as ANERcorp and the news sets mark them,
    // but in the name of a place named for the person.
    let text = "وقال الشيخ زايد إن الاتحاد قوة.";
    assert_eq!(of(text, Kind::Person), ["زايد"]);
    let text = "وقالت الأميرة ريما: «نحن فخورون».";
    assert_eq!(of(text, Kind::Person), ["ريما"]);
    let text = "نقل المصابون إلى مستشفى الملك فهد في المدينة.";
    assert!(
        of(text, Kind::Person).is_empty(),
        "{:?}",
        of(text, Kind::Person)
    );
}

#[test]
fn what_a_person_does_stays_outside_the_name_and_a_lone_body_after_a_title_is_a_family_name() {
    let text = "وقال الفلاح الهادي بن صالح، من منطقة العامرة: إن الكلفة ارتفعت.";
    assert_eq!(of(text, Kind::Person), ["الهادي بن صالح"]);
    let text = "وتساءلت النائبة رحاب الخوالدة عن محافظة المفرق.";
    assert_eq!(of(text, Kind::Person), ["رحاب الخوالدة"]);
    assert!(of(text, Kind::Organization).is_empty());
    // A complement with the article is no given name, whatever list holds it.
    let text = "وأكد المدير الجهوي بالديوان الوطني للزيت رضا الشعري أن المعاصر جاهزة.";
    assert_eq!(of(text, Kind::Person), ["رضا الشعري"]);
}

#[test]
fn a_word_for_what_a_person_does_is_no_name_alone() {
    let text = "وقال الفلاح إن الأمطار تأخرت هذا العام.";
    assert!(of(text, Kind::Person).is_empty());
    // As a family name it stays.
    let text = "وقال محمد الفلاح إن الأمطار تأخرت هذا العام.";
    assert_eq!(of(text, Kind::Person), ["محمد الفلاح"]);
}

#[test]
fn an_honorific_the_tagger_ran_into_a_name_stays_outside() {
    let text = "وقال معالي سالم بطي سالم القبيسي، مدير عام الوكالة، إن المشروع يكتمل.";
    assert_eq!(of(text, Kind::Person), ["سالم بطي سالم القبيسي"]);
}

#[test]
fn an_offices_second_portfolio_is_no_part_of_the_name_after_it() {
    for (text, person) in [
        (
            "وقال وزير المياه والري العبادي في تصريح لصحيفة الرأي إن المشروع مهم.",
            "العبادي",
        ),
        (
            "وقال وزير النقل واللوجستيك عبد الصمد قيوح إن القطار جاهز.",
            "عبد الصمد قيوح",
        ),
    ] {
        assert_eq!(of(text, Kind::Person), [person], "{text}");
    }
}

#[test]
fn a_given_name_at_a_body_s_end_opens_the_person_the_tagger_found_after_it() {
    // سلام is a common word too; before كاظم العيداني it is his given name,
    // not the university's.
    let text = "ويصف الخبير الاقتصادي في جامعة البصرة سلام كاظم العيداني الوضع بأنه صعب.";
    assert_eq!(of(text, Kind::Organization), ["جامعة البصرة"]);
    assert_eq!(of(text, Kind::Person), ["سلام كاظم العيداني"]);
}

#[test]
fn a_given_name_the_analysis_read_as_clitics_is_still_given_after_an_office() {
    // وليد as و + ل + يد, ليلى as ل + يلى: whole, they are given names.
    let text = "وشهدت المباراة حضور وزير الرياضة وليد صادي وأعضاء المكتب الفيدرالي.";
    assert_eq!(of(text, Kind::Person), ["وليد صادي"]);
    let text = "وأكدت وزيرة الانتقال الطاقي ليلى بنعلي أن المشروع سيكتمل.";
    assert_eq!(of(text, Kind::Person), ["ليلى بنعلي"]);
}

#[test]
fn a_preposition_of_place_or_time_ends_a_person_but_a_name_like_it_does_not() {
    let text =
        "وقالت خديجة منت محمد فال أمام مستشفى نواذيبو: \"ابني هنا\". وأشاد عادل إمام بالفيلم.";
    assert_eq!(of(text, Kind::Person), ["خديجة منت محمد فال", "عادل إمام"]);
}

#[test]
fn bint_the_tagger_left_before_the_father_joins_the_name_after_a_title() {
    let text = "افتتحت الشيخة المياسة بنت حمد بن خليفة آل ثاني المعرض أمس.";
    assert_eq!(of(text, Kind::Person), ["المياسة بنت حمد بن خليفة آل ثاني"]);
}

#[test]
fn a_royal_title_and_the_given_name_of_a_long_lineage_name_are_that_person() {
    let text = "وافتتحت الشيخة المياسة بنت حمد بن خليفة آل ثاني المعرض. وقالت الشيخة المياسة في كلمتها إن المعرض جسر بين الثقافات.";
    assert_eq!(
        named(text, Kind::Person),
        [
            "المياسة بنت حمد بن خليفة آل ثاني",
            "المياسة بنت حمد بن خليفة آل ثاني"
        ]
    );
    // Not without the title: the given name alone may be anyone's.
    let text = "وافتتحت الشيخة المياسة بنت حمد بن خليفة آل ثاني المعرض. وزارت المعرض طالبة اسمها المياسة أيضا.";
    assert_eq!(named(text, Kind::Person).len(), 1);
}

#[test]
fn ali_after_a_body_before_a_listed_family_name_is_a_person_not_the_preposition() {
    let text = "وقال المتحدث الرسمي باسم المجلس الانتقالي الجنوبي علي الكثيري إن \"صبر الناس نفد\".";
    assert_eq!(of(text, Kind::Person), ["علي الكثيري"]);
    // على written with ي before a common word stays the preposition.
    let text = "وحصل المجلس الانتقالي الجنوبي علي الكثير من الدعم.";
    assert!(
        of(text, Kind::Person).is_empty(),
        "{:?}",
        of(text, Kind::Person)
    );
}

#[test]
fn two_given_names_joined_by_bin_or_bint_are_a_person() {
    let text = "وفي الخوض السادسة، رحبت المواطنة أمل بنت ناصر البلوشية بالمشروع.";
    assert_eq!(of(text, Kind::Person), ["أمل بنت ناصر البلوشية"]);
}
