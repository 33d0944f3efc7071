//! Unit tests of the clubs: a match report tagged by the shipped tagger,
//! its mistakes set by hand, the clubs marked.

use super::*;
use crate::chains::PER_I;

/// `text` tagged by the shipped tagger, its labels then set by `relabel`
/// (word, sentence, labels: the tagger's mistakes a test needs), the
/// clubs marked; each name as (its words, its first label).
fn marked(text: &str, relabel: impl Fn(&[&str], &mut [u8])) -> Vec<(String, u8)> {
    let r = crate::Recognizer::builtin().expect("shipped weights load");
    let tokens = crate::tokenize::tokenize(text);
    let words: Vec<Vec<&str>> = crate::tokenize::sentences(text, &tokens)
        .iter()
        .map(|s| tokens[s.clone()].iter().map(|t| t.text(text)).collect())
        .collect();
    let mut tagged = r.tagger.tag(&r.gazetteer, &words);
    for (w, t) in words.iter().zip(tagged.iter_mut()) {
        relabel(w, &mut t.labels);
    }
    Clubs::new().mark(&words, &mut tagged, &r.gazetteer);
    let mut names = Vec::new();
    for (w, t) in words.iter().zip(&tagged) {
        for (a, b, _) in crate::train::spans(&t.labels) {
            names.push((w[a..b].join(" "), t.labels[a]));
        }
    }
    names
}

/// Label every occurrence of `name`'s words `begin` (and its inside).
fn label(words: &[&str], labels: &mut [u8], name: &[&str], begin: u8) {
    for a in 0..words.len().saturating_sub(name.len() - 1) {
        if words[a..a + name.len()] == *name {
            labels[a] = begin;
            labels[a + 1..a + name.len()].fill(begin + 1);
        }
    }
}

#[test]
fn a_club_after_the_host_is_one_over_a_person_and_its_report_follows() {
    let text = "وسحق ريال مدريد ضيفه دينامو كييف بخمسة أهداف في المباراة التي جرت على ملعبه. \
                وكاد دينامو كييف يدرك التعادل في الشوط الأول من هجمة مرتدة. \
                وقلص دينامو كييف الفارق مطلع الشوط الثاني قبل أن يضيف المهاجم الهدف الخامس. \
                ويلعب الفريق مباراته المقبلة في كييف أمام جماهيره.";
    let names = marked(text, |w, l| {
        // The city alone a place, the club wherever named a person.
        label(w, l, &["كييف"], LOC_B);
        label(w, l, &["دينامو", "كييف"], PER_B);
    });
    let clubs = names
        .iter()
        .filter(|(n, l)| n == "دينامو كييف" && *l == ORG_B)
        .count();
    assert_eq!(clubs, 3, "{names:?}");
    // The venue stays a place.
    assert!(names.contains(&("كييف".to_owned(), LOC_B)), "{names:?}");
}

#[test]
fn a_city_before_a_masculine_nationality_is_its_club() {
    let text = "وحقق ليون الفرنسي فوزه الثاني على التوالي في دوري الأبطال بهدفين في الشوط الأول، \
                وسجل المهاجم الهدف الأول من ركلة جزاء في مرمى الضيوف.";
    let names = marked(text, |w, l| label(w, l, &["ليون"], LOC_B));
    assert!(names.contains(&("ليون".to_owned(), ORG_B)), "{names:?}");
    // Outside a match report the city stays a city.
    let names = marked(
        "وزار الوزير ليون الفرنسية أمس.",
        |w, l| label(w, l, &["ليون"], LOC_B),
    );
    assert!(names.contains(&("ليون".to_owned(), LOC_B)), "{names:?}");
}

#[test]
fn the_definite_word_after_a_team_names_its_club() {
    let text = "وحقق فريق العربي بداية جيدة في الجولة الرابعة من الدوري بعد فوزه بثلاثة أهداف، \
                وسجل هدف العربي الأول لاعب الوسط في الشوط الأول، وأشاد فريق التحكيم بالمباراة.";
    let names = marked(text, |w, l| {
        for (i, word) in w.iter().enumerate() {
            if *word == "العربي" {
                l[i] = 0;
            }
        }
    });
    let clubs = names
        .iter()
        .filter(|(n, l)| n == "العربي" && *l == ORG_B)
        .count();
    assert_eq!(clubs, 2, "{names:?}");
    assert!(names.iter().all(|(n, _)| n != "التحكيم"), "{names:?}");
}

#[test]
fn common_words_before_a_score_are_clubs_and_without_one_are_not() {
    let text = "وفي بقية مباريات الجولة من الدوري، فاز القادسية على الخليج بهدف نظيف، \
                وتغلب الشباب على الفتح 3-1 في المباراة التي جرت على ملعب المدينة، \
                فيما تعادل الاتفاق مع التعاون سلبيا. وسجل المهاجم هدفين في الشوط الثاني.";
    let names = marked(text, |w, l| {
        // The tagger's mistakes: the region a place, the rest nothing.
        label(w, l, &["الخليج"], LOC_B);
    });
    for club in ["القادسية", "الخليج", "الشباب", "الفتح", "الاتفاق", "التعاون"]
    {
        assert!(
            names.contains(&(club.to_owned(), ORG_B)),
            "{club}: {names:?}"
        );
    }
    // Words for a side are no clubs, score or not.
    let names = marked(
        "وفي مباراة الدوري أمس تعادل الجار مع الوصيف سلبيا، وخسر الأبطال أمام \
         المستضيف بثلاثية في الشوط الثاني من المباراة.",
        |_, _| {},
    );
    assert!(names.iter().all(|(_, l)| *l != ORG_B), "{names:?}");
    // With no score after the object, a common word stays what it was
    // (the team and its rival are words for sides, not names).
    let names = marked(
        "وفي مباراة الدوري أمس فاز المنتخب على الخليج في الشوط الثاني من المباراة، \
         وتعادل الفريق مع المنافس سلبيا بعد أن سجل المهاجم هدفين.",
        |w, l| label(w, l, &["الخليج"], LOC_B),
    );
    assert!(names.contains(&("الخليج".to_owned(), LOC_B)), "{names:?}");
    assert!(names.iter().all(|(_, l)| *l != ORG_B), "{names:?}");
}

#[test]
fn a_common_word_twice_where_clubs_stand_is_a_club() {
    let text = "وخطف الوحدات فوزا مثيرا في الدوري بنتيجة 3-2 في المباراة. \
                وعادل لاعب الوحدات النتيجة في الشوط الأول. \
                وقال مدرب الوحدات إن فريقه استحق الفوز، وسيلعب الوحدات مباراته المقبلة الجمعة.";
    let names = marked(text, |_, l| l.fill(0));
    let clubs = names
        .iter()
        .filter(|(n, l)| n == "الوحدات" && *l == ORG_B)
        .count();
    assert_eq!(clubs, 4, "{names:?}");
    // Once only, or only where a player or a match may stand: no club.
    let text = "وعادل لاعب الوحدات النتيجة في الشوط الأول من المباراة في الدوري.";
    assert!(marked(text, |_, l| l.fill(0)).is_empty());
    // The crowd, a coach's charge: no club however often.
    let text = "أعلن النادي تعيين مدرب الحراس قبل مباراة الذهاب في الدوري. \
                وقال مدرب الحراس إن التحضيرات جيدة، وخسر الفريق أمام الجمهور بهدفين.";
    assert!(marked(text, |_, l| l.fill(0)).is_empty());
    // A noun's adjective, an adverb, a crew: no club however often.
    let text = "وقاد المدرب الجديد الفريق إلى فوزه الثاني على التوالي في الدوري بهدفين. \
                وأشاد المدرب الجديد بلاعبيه بعد المباراة، وفوزه الثالث على التوالي. \
                وشكر المدرب فريق الدعم وفريق الدعم الطبي في الشوط الثاني.";
    assert!(marked(text, |_, l| l.fill(0)).is_empty());
}

#[test]
fn a_name_with_the_article_before_a_city_is_a_club_with_its_city() {
    let text = "وعزز الحسين إربد صدارته للدوري بفوزه على الرمثا بهدفين في المباراة، \
                وسجل المهاجم هدفين في الشوط الثاني.";
    for tagged in [[PER_B, LOC_B], [PER_B, PER_I]] {
        let names = marked(text, |w, l| {
            label(w, l, &["الحسين", "إربد"], tagged[0]);
            if let Some(i) = w.iter().position(|x| *x == "إربد") {
                l[i] = tagged[1];
            }
        });
        assert!(
            names.contains(&("الحسين إربد".to_owned(), ORG_B)),
            "{names:?}"
        );
    }
}
