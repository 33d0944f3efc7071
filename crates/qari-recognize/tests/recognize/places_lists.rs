//! Towns the lists hold where the tagger seldom finds them: in a list after a
//! plural head or joined by و, among them, after where or a side, and a region
//! named by its side. Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::of;

#[test]
fn a_list_after_a_plural_head_of_places_names_places() {
    // The first the tagger found, the rest listed, however common (البيضاء).
    let text = "وتركزت حوادث الألغام في محافظات تعز والحديدة ومأرب والضالع والبيضاء.";
    assert_eq!(
        of(text, Kind::Location),
        ["تعز", "الحديدة", "مأرب", "الضالع", "البيضاء"]
    );
    // Without a plural head, a common word the lists hold stays a word.
    let text = "وارتدى اللاعبون القمصان الحمراء والبيضاء في المباراة.";
    assert!(of(text, Kind::Location).is_empty());
}

#[test]
fn two_listed_towns_joined_by_wa_after_in_or_between_are_both_places() {
    let text = "وأعلنت الوزارة رصد حالات كوليرا في الأبيض وكادقلي، وطالبت بلقاحات عاجلة.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"الأبيض".to_string()), "{places:?}");
    assert!(places.contains(&"كادقلي".to_string()), "{places:?}");
    let text = "وسيبدأ خط ملاحي مباشر بين صحار والمحرق مطلع العام المقبل.";
    assert_eq!(of(text, Kind::Location), ["صحار", "المحرق"]);
    // Colours between which something ranges, or that players wear, are no towns.
    let text = "ويتراوح لون القماش بين الأبيض والأسود حسب الطلب.";
    assert!(of(text, Kind::Location).is_empty());
    let text = "وظهر لاعبو المنتخب في الأحمر والأبيض خلال المباراة.";
    assert!(of(text, Kind::Location).is_empty());
}

#[test]
fn a_person_of_bin_and_one_word_after_in_or_across_is_a_town() {
    let text = "وأضاف أن المهربين اجتازوا الحدود عبر بن قردان قبل أن يتوجهوا إلى صفاقس.";
    assert!(of(text, Kind::Location).contains(&"بن قردان".to_string()));
    assert!(of(text, Kind::Person).is_empty());
}

#[test]
fn two_listed_towns_after_among_them_are_places() {
    let text = "وتجري الانتخابات في 41 بلدية، بينها سرت وسبها، الشهر المقبل.";
    let places = of(text, Kind::Location);
    assert!(
        places.contains(&"سرت".to_string()) && places.contains(&"سبها".to_string()),
        "{places:?}"
    );
    // Colours among them are no places.
    let text = "وتنوعت الأعلام، منها الأحمر والأبيض.";
    assert!(of(text, Kind::Location).is_empty());
}

#[test]
fn a_region_the_lists_name_by_its_side_is_named_whole() {
    let text = "وقتل العشرات في شمال دارفور، ووصل الوفد إلى شمال سيناء.";
    assert_eq!(of(text, Kind::Location), ["شمال دارفور", "شمال سيناء"]);
    // With a preposition on the side.
    let text = "وقتل العشرات بغرب دارفور أمس.";
    assert_eq!(of(text, Kind::Location), ["غرب دارفور"]);
    // A side of a city or of a state is where in it.
    let text = "وقصفت الطائرات شمال غزة وجنوب لبنان.";
    assert_eq!(of(text, Kind::Location), ["غزة", "لبنان"]);
}

#[test]
fn a_list_of_places_goes_on_after_wa() {
    // A listed town the tagger took for a person, after a place and و.
    let text = "ونزح السكان من مدينتي غوما وبوكافو، وعودة مؤسسات الدولة.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"بوكافو".to_string()), "{places:?}");
    assert!(of(text, Kind::Person).is_empty());
    // The list's first, after في, though an unlisted word follows it.
    let text = "وأعيد تأهيل مدارس في إدلب ومعرة النعمان، بتمويل من برنامج.";
    assert!(of(text, Kind::Location).contains(&"إدلب".to_string()));
    // A person after a title's country stays a person.
    let text = "وحضر اللقاء سفير قطر ومحمد بن عبدالله العطية.";
    assert_eq!(of(text, Kind::Person), ["محمد بن عبدالله العطية"]);
}

#[test]
fn a_town_named_by_an_opening_word_is_named_whole() {
    let text = "وتواصلت المعارك في الأحياء السكنية في الخرطوم وأم درمان أمس.";
    assert_eq!(of(text, Kind::Location), ["الخرطوم", "أم درمان"]);
}

#[test]
fn a_listed_town_training_seldom_saw_is_a_place_after_where_or_a_side() {
    let text = "وقتل ثلاثة في الحديدة أمس.";
    assert_eq!(of(text, Kind::Location), ["الحديدة"]);
    let text = "وقصفت الطائرات مواقع جنوبي الحديدة.";
    assert_eq!(of(text, Kind::Location), ["الحديدة"]);
}

#[test]
fn a_listed_town_opened_by_its_own_word_is_a_place_after_where() {
    let text = "وسقط صاروخ قرب بئر السبع.";
    assert_eq!(of(text, Kind::Location), ["بئر السبع"]);
}

#[test]
fn a_list_of_places_goes_back_from_the_place_found_at_its_end() {
    let text = "واحتج الطلبة أمام رئاسات الجامعات في وجدة وتطوان والقنيطرة، احتجاجا على القرار.";
    let places = of(text, Kind::Location);
    assert!(places.contains(&"تطوان".to_string()), "{places:?}");
    assert!(places.contains(&"القنيطرة".to_string()), "{places:?}");
    // وجدة right after في keeps its first letter: never جدة.
    assert!(!places.contains(&"جدة".to_string()), "{places:?}");
}

#[test]
fn a_listed_town_joined_by_aw_to_a_place_is_a_place() {
    for text in [
        "ودعا إلى جلسة طارئة في بنغازي أو سرت.",
        "وستعقد الجلسة في سرت أو بنغازي.",
    ] {
        let places = of(text, Kind::Location);
        assert!(places.contains(&"سرت".to_string()), "{text}: {places:?}");
        assert!(places.contains(&"بنغازي".to_string()), "{text}: {places:?}");
    }
}

#[test]
fn a_name_that_closes_a_list_of_two_places_is_a_third_place() {
    // دولو is a given name too; after two places, closing the list, a town.
    let text = "وتضررت مخيمات النازحين حول بيدوا وبلدوين ودولو.";
    assert_eq!(of(text, Kind::Location), ["بيدوا", "بلدوين", "دولو"]);
    // A word after the name that a list knows as one of its own keeps it
    // out of the place: وحدهم (alone) is no town's second word.
    let text = "ولن نترك أهلنا في درنة والبيضاء وشحات وحدهم.";
    let places = of(text, Kind::Location);
    assert!(!places.iter().any(|p| p.contains("وحدهم")), "{places:?}");
}

#[test]
fn a_camp_is_named_by_a_family_name_and_a_complement_is_none_of_its_name() {
    // الزعتري is a family name too; after مخيم it is the camp. للاجئين after
    // the camp or after مخيم is what the camp is for.
    let text = "افتتح وزير التربية مدرسة في مخيم الزعتري للاجئين السوريين بمحافظة المفرق. ويقيم في مخيم الزعتري، أكبر مخيم للاجئين السوريين في الأردن، نحو 80 ألف لاجئ.";
    let places = of(text, Kind::Location);
    assert_eq!(places, ["الزعتري", "المفرق", "الزعتري", "الأردن"]);
    assert!(
        of(text, Kind::Person).is_empty(),
        "{:?}",
        of(text, Kind::Person)
    );
}

#[test]
fn listed_places_in_a_list_with_a_found_one_are_places_though_words_too() {
    // الزاوية (the corner) and البيضاء (white) are towns in a list of towns.
    let text = "واصطف المواطنون أمام المصارف في مصراتة والزاوية وزليتن.";
    assert_eq!(of(text, Kind::Location), ["مصراتة", "الزاوية", "زليتن"]);
    let text = "ومن المدن التي تعاني نقص السيولة درنة وسبها والبيضاء.";
    assert_eq!(of(text, Kind::Location), ["درنة", "سبها", "البيضاء"]);
    // Not the first word of a place of two (وأبي الخصيب), nor a common word
    // in a list of two.
    let text = "ودربت الشركة مهندسين من أبناء الزبير وشط العرب وأبي الخصيب على الأنظمة.";
    assert!(!of(text, Kind::Location).contains(&"أبي".to_owned()));
}

#[test]
fn a_places_head_after_a_place_and_waw_is_no_place_by_itself() {
    let text = "وأنتجت المصفاة الوقود في مصفاتي ميناء عبدالله وميناء الأحمدي التابعتين للشركة.";
    let places = of(text, Kind::Location);
    assert!(!places.iter().any(|p| p == "ميناء"), "{places:?}");
}
