//! Where organisations the tagger found end and begin: bodies listed side by
//! side (`chains/organisations.rs`). Sentences written for these tests.

use qari_recognize::Kind;

use crate::builtin::of;

#[test]
fn a_listed_company_joined_by_wa_inside_a_found_name_is_another_company() {
    let text = "وأبرمت سوناطراك عقودا مع إيني وتوتال إنرجيز لتطوير الحقول.";
    let bodies = of(text, Kind::Organization);
    assert!(bodies.contains(&"إيني".to_string()), "{bodies:?}");
    assert!(bodies.contains(&"توتال إنرجيز".to_string()), "{bodies:?}");
    // A list's own و stays inside its name.
    let text = "وأصدرت منظمة الأمن والتعاون في أوروبا تقريرا.";
    assert_eq!(
        of(text, Kind::Organization),
        ["منظمة الأمن والتعاون في أوروبا"]
    );
}
