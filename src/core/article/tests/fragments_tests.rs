//! A link's `#fragment`: where the element it names stands in the article's
//! text, the place the reader opens at.

use super::*;

/// The article read from `page` with `fragment`, and the text from where
/// its target is (`None`: no target).
fn from_target(page: &[u8], fragment: &str) -> Option<String> {
    let hint = Hint {
        name: "sections.html",
        fragment: Some(fragment),
        ..Hint::default()
    };
    let (text, at) = from_bytes(page, &hint)
        .expect("an article")
        .text_and_target();
    at.map(|at| text.chars().skip(at).collect())
}

#[test]
fn a_fragment_names_the_element_the_reader_starts_at() {
    let page = fixture!("sections.html");
    // An id on a heading: the heading's start.
    let section = from_target(page, "section2").expect("the heading");
    assert!(
        section.starts_with("القسم الثاني\nالفقرة رقم 7"),
        "{section}"
    );
    // An `<a name>` inside a paragraph: where it stands in the line.
    let anchor = from_target(page, "p3").expect("the anchor");
    assert!(anchor.starts_with("الجملة المرساة هنا"), "{anchor}");
    // None there: no target; and the text is the same either way.
    assert_eq!(from_target(page, "nowhere"), None);
    let plain = read(page, "sections.html").text();
    let hint = Hint {
        fragment: Some("section2"),
        ..Hint::default()
    };
    assert_eq!(from_bytes(page, &hint).expect("page").text(), plain);
}

#[test]
fn a_fragment_escaped_in_a_list_or_outside_the_story_is_found() {
    let words = "كلام يكفي لملء سطر من النص في القارئ وأكثر قليلا، ".repeat(4);
    let page = format!(
        "<html lang='ar'><head><title>صفحة</title></head><body>\
         <nav id='menu'><a href='/'>الرئيسية</a> <a href='/b'>الأخبار</a></nav>\
         <article><h1>صفحة</h1><p>أول {words}</p><p>ثان {words}</p>\
         <ul><li>بند أول</li><li id='م'>بند ثان</li></ul><p>أخير {words}</p></article>\
         <footer id='foot'>حقوق النشر</footer></body></html>"
    );
    // `#%D9%85` is `id="م"`; a list item's bullet comes before it.
    let item = from_target(page.as_bytes(), "%D9%85").expect("the item");
    assert!(item.starts_with("• بند ثان"), "{item}");
    // The menu, which the story leaves out, is before its first block.
    let menu = from_target(page.as_bytes(), "menu").expect("the menu");
    assert!(menu.starts_with("أول"), "{menu}");
    // The footer is after its last: the end.
    assert_eq!(from_target(page.as_bytes(), "foot").as_deref(), Some(""));
}
