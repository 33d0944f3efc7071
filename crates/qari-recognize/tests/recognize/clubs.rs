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
