//! Clubs of a match report named by common words (`clubs.rs`): after the
//! host, the guest or the rival, then wherever the report repeats them.
//! Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::of;

#[test]
fn a_common_word_after_the_rival_is_the_club_wherever_the_report_names_it() {
    let text = "حقق الهلال فوزا مثيرا على ضيفه وغريمه التقليدي النصر بنتيجة 3-2 في \
                مباراة الدوري مساء الجمعة على ملعب المملكة.\n\n\
                وبدأ النصر المباراة بقوة، وسجل مهاجمه هدفا في الدقيقة 14 من ركلة جزاء.\n\n\
                وقال مدرب النصر بعد المباراة إن الفريق لعب جيدا في الشوط الأول.";
    let organisations = of(text, Kind::Organization);
    assert_eq!(
        organisations.iter().filter(|o| *o == "النصر").count(),
        3,
        "{organisations:?}"
    );
}

#[test]
fn a_common_word_after_a_coach_is_no_club_for_that_alone() {
    let text = "وقال مدرب الحراس إن اللاعبين جاهزون للمباراة، وأشاد مدرب اللياقة \
                بالتزام الفريق خلال الشوط الثاني من المباراة في الدوري.";
    assert!(
        of(text, Kind::Organization).is_empty(),
        "{:?}",
        of(text, Kind::Organization)
    );
}

#[test]
fn an_adjective_after_the_rival_is_no_club() {
    let text = "وتغلب الأهلي على غريمه اللدود الزمالك في مباراة الدوري بهدفين، وحقق \
                الهلال فوزا على منافسه المباشر على اللقب في الشوط الثاني من المباراة.";
    let organisations = of(text, Kind::Organization);
    assert!(
        organisations
            .iter()
            .all(|o| o != "اللدود" && o != "المباشر"),
        "{organisations:?}"
    );
}

#[test]
fn a_city_right_after_a_club_tells_which_club_it_is() {
    let text = "حقق الأهلي طرابلس فوزا ثمينا على ضيفه صن داونز بثلاثة أهداف في مباراة \
                دوري أبطال أفريقيا على ملعب طرابلس الدولي.\n\n\
                ويحل الأهلي طرابلس ضيفا على الوداد في الدار البيضاء في الجولة المقبلة من البطولة.";
    let organisations = of(text, Kind::Organization);
    assert_eq!(
        organisations
            .iter()
            .filter(|o| *o == "الأهلي طرابلس")
            .count(),
        2,
        "{organisations:?}"
    );
    // After a verb of going the city is where the club goes.
    let text = "وبعد المباراة غادر الأهلي بنغازي متوجها إلى طرابلس لمواجهة الاتحاد في الدوري، \
                ويصل الأهلي طرابلس مساء الأحد قبل المباراة.";
    let organisations = of(text, Kind::Organization);
    assert!(
        !organisations.iter().any(|o| o.contains(' ')),
        "{organisations:?}"
    );
    // With a preposition the city is where the club plays.
    let text = "وتعادل الأهلي في طرابلس مع الاتحاد بهدف لمثله في مباراة الدوري، \
                وسجل هدف الأهلي مهاجمه في الشوط الثاني من المباراة.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"طرابلس".to_string()), "{places:?}");
}

#[test]
fn the_word_after_a_named_players_role_in_a_report_is_their_club() {
    let text = "وفاز المنتخب السعودي على نظيره العماني بهدفين في مباراة الجولة الثانية، \
                وسجل الهدف الأول نواف بوشل لاعب الخليج في الدقيقة 30، وأضاف الثاني عصام الصبحي لاعب السيب \
                في الشوط الثاني، فيما تألق محمد بكر حارس ضمك في المرمى.";
    let clubs = of(text, Kind::Organization);
    for club in ["الخليج", "السيب", "ضمك"] {
        assert!(clubs.contains(&club.to_string()), "{club}: {clubs:?}");
    }
    let people = of(text, Kind::Person);
    assert!(people.contains(&"محمد بكر".to_string()), "{people:?}");
    // A role's other words are no club: a midfielder, a former player, a
    // winger, the guard of security.
    let text = "وفاز الفريق على ضيفه بهدفين في مباراة الجولة الثانية، وسجل الهدف عبدالرحمن العبود \
                لاعب الجناح في الدقيقة 30، فيما منع سعيد المالكي حارس الأمن في الملعب الجماهير من النزول.";
    assert!(of(text, Kind::Organization)
        .iter()
        .all(|o| o != "الجناح" && o != "الأمن"));
    // A role's other words are no club: a midfielder, a former player.
    let text = "وفاز الفريق على ضيفه بهدفين في مباراة الجولة الثانية، وسجل الهدف محمد علي \
                لاعب الوسط في الدقيقة 30، وأشاد به أحمد سالم لاعب سابق في المنتخب.";
    assert!(of(text, Kind::Organization)
        .iter()
        .all(|o| o != "الوسط" && o != "سابق"));
}

#[test]
fn clubs_in_a_match_report_are_organisations() {
    let report =
        "وتغلب فريق الشباب على ضيفه بورتو بهدفين دون رد في المباراة التي جرت على ملعب المدينة. \
                  واستضاف نانت ضيفه بوردو في الجولة الخامسة من الدوري. \
                  وسجل المهاجم هدف الفوز في مرمى تولوز قبل نهاية الشوط الأول. \
                  وفي باقي المباريات: ليون ( فرنسا ) - ميلان ( إيطاليا ) 2 - 1.";
    let orgs = of(report, Kind::Organization);
    for club in ["بورتو", "نانت", "بوردو", "تولوز", "ليون"] {
        assert!(orgs.contains(&club.to_owned()), "{club}: {orgs:?}");
    }
    // The countries of the table stay places.
    let places = of(report, Kind::Location);
    for country in ["فرنسا", "إيطاليا"] {
        assert!(
            places.contains(&country.to_owned()),
            "{country}: {places:?}"
        );
    }
    // A well-known club named by a common word, anywhere in a match report.
    let report = "وافتتح الرجاء التسجيل في الدقيقة العاشرة من المباراة، \
                  قبل أن يعادل لاعبو الفريق الضيف النتيجة في الشوط الثاني، \
                  ليتراجع الفريق إلى المركز الثالث في ترتيب الدوري.";
    assert!(of(report, Kind::Organization).contains(&"الرجاء".to_owned()));
    // A national team is its country; a player is a person; the words of a
    // match (ضيفه، ديربي) and an adjective after the result are no club.
    let report = "وتغلب المنتخب على مصر بهدف في المباراة الودية أمام جماهير غفيرة في الملعب، \
                  وتعادل المفاجئ مع ضيفه في الدوري، وقال المدرب إن الأداء كان جيدا في الشوط الثاني. \
                  ونجح الحارس في صد ركلة جزاء نفذها محمد صلاح في الدقيقة الأخيرة.";
    let orgs = of(report, Kind::Organization);
    assert!(orgs.is_empty(), "{orgs:?}");
    assert!(of(report, Kind::Location).contains(&"مصر".to_owned()));
    // A country named by its name's first word is a national side.
    let report = "وفي المباراة الثانية من تصفيات كأس العالم، تغلب المنتخب على الإمارات بهدفين \
                  في الشوط الثاني على ملعب المدينة.";
    assert!(of(report, Kind::Organization).is_empty());
    // An athlete after a verb of a result is no club.
    let report = "وفاز ألكاراز على زفيريف في نهائي البطولة، بعد مباراة طويلة \
                  حسمها في الشوط الفاصل أمام جماهير الملعب الرئيسي.";
    assert!(of(report, Kind::Organization).is_empty());
    // Nor are an army's losses or a palace in the news of politics.
    let text = "وخسر الجيش السيطرة على الفاشر، فيما تجمع المحتجون أمام قصر الإليزيه.";
    assert!(of(text, Kind::Organization).is_empty());
    // Outside a match report, the same places are places.
    let text = "وصل الوزير إلى مرسيليا أمس في زيارة رسمية، ثم توجه إلى بورتو للقاء رئيس البلدية.";
    assert!(of(text, Kind::Organization).is_empty());
    assert_eq!(of(text, Kind::Location), ["مرسيليا", "بورتو"]);
}

#[test]
fn a_match_reports_clubs_by_their_nationality_their_team_and_their_guest() {
    // (The rules over the tagger's own mistakes are tested in `src/clubs/tests.rs`.)
    // A city with a masculine nationality after it is its club (a city's
    // adjective is feminine).
    let report = "وحقق ليون الفرنسي فوزه الثاني على التوالي في دوري الأبطال بهدفين في الشوط الأول، \
                  وسجل المهاجم الهدف الأول من ركلة جزاء في مرمى الضيوف.";
    assert_eq!(of(report, Kind::Organization), ["ليون"]);
    assert!(of(report, Kind::Person).is_empty());
    // A team in the construct state is named by its club: a nisba (فريق
    // العربي, where the Arab team is الفريق العربي), an unseen word or a
    // word mostly in names; the club named again in the report follows. A
    // team of referees, the medical staff, an ambulance crew or the capital's
    // team is no club, nor is a common word (الشمال, the north), nor what
    // follows a team as a preposition.
    let report = "وحقق فريق العربي بداية جيدة في الجولة الرابعة من الدوري بعد فوزه على منافسه \
                  لفريق الشمال بثلاثة أهداف، وسجل هدف العربي الأول لاعب الوسط في الشوط الأول. \
                  وأشاد فريق التحكيم بالمباراة، وأكد فريق الجهاز الطبي سلامة اللاعبين، ودخل فريق \
                  الإسعاف إلى أرض الملعب، وقاد المدرب الفريق إلى الفوز في ملعب فريق العاصمة.";
    assert_eq!(
        of(report, Kind::Organization),
        ["العربي", "العربي"],
        "{report}"
    );
    // A guest on a programme or of a minister is a person.
    let report = "واستضاف برنامج صدى الملاعب ضيفه محمد أبو تريكة نجم الأهلي السابق للحديث عن \
                  المباراة، وقال إن الفريق قدم شوطا أول رائعا وإن الدوري لم يحسم بعد.";
    assert!(
        of(report, Kind::Person).contains(&"محمد أبو تريكة".to_owned()),
        "{:?}",
        of(report, Kind::Person)
    );
    // A club a city completes is one club with it (الأهلي طرابلس الليبي).
    let report = "خسر الأهلي طرابلس الليبي أمام مضيفه الهلال السوداني بهدفين لهدف في دوري أبطال \
                  أفريقيا، وسجل للفريق الليبي مهاجمه في الشوط الأول، وقال المدرب إن التحكيم ظلم لاعبيه.";
    assert!(
        of(report, Kind::Organization).contains(&"الأهلي طرابلس".to_owned()),
        "{:?}",
        of(report, Kind::Organization)
    );
    // A coach's name after the word for a coach stays a person.
    let report = "وقال المدرب زين الدين زيدان إن الفريق قدم مباراة كبيرة في الشوط الثاني، \
                  وإن اللاعبين سجلوا هدفين في مرمى الضيوف رغم الدوري الطويل.";
    assert!(of(report, Kind::Organization).is_empty());
}

#[test]
fn a_clubs_name_that_is_a_nisba_after_a_definite_noun_is_its_adjective() {
    for text in [
        "بالتوازي مع ذلك، يستقطب التنقيب الأهلي عن الذهب عشرات الآلاف من الشباب.",
        "وأقيمت المباراة على الملعب الأولمبي برادس أمام أربعين ألف متفرج.",
    ] {
        assert!(
            of(text, Kind::Organization).is_empty(),
            "{text}: {:?}",
            of(text, Kind::Organization)
        );
    }
    // After a head, the body's name.
    let text = "وفاز النادي الأهلي على ضيفه بهدفين.";
    assert!(
        of(text, Kind::Organization)
            .iter()
            .any(|o| o.contains("الأهلي")),
        "{:?}",
        of(text, Kind::Organization)
    );
}
