//! `L` and `:links`: the page's links listed over the article, the marked one
//! moved with `j`/`k`, Enter leaving for it, Esc closing the list.

use qari::core::article::Link;
use qari::core::document::Document;
use qari::reader::app::{App, FileStep};
use qari::reader::keymap::KeyCode;
use qari_layout::{Direction, LayoutOptions};

use crate::support::annotate_screen::draw;
use crate::support::app::Setup;
use crate::support::reading::{command, key, typed};

fn page(links: Vec<Link>) -> App {
    let doc =
        Document::from_bytes("صفحة", "عنوان الصفحة\n\nنص الصفحة الأول.\n".as_bytes()).expect("page");
    let layout = LayoutOptions {
        fallback_direction: Direction::Rtl,
        ..LayoutOptions::default()
    };
    Setup::default()
        .layout(layout)
        .links(links)
        .app(doc, 80, 12)
}

fn two_links() -> Vec<Link> {
    vec![
        Link {
            text: "الخبر التالي".into(),
            href: "http://127.0.0.1/next.html".into(),
        },
        Link {
            text: "Weather".into(),
            href: "http://127.0.0.1/weather.html".into(),
        },
    ]
}

#[test]
fn l_lists_the_links_and_enter_leaves_for_the_marked_one() {
    let mut a = page(two_links());
    assert!(a.screen().links.is_none());
    typed(&mut a, "L");
    let view = a.screen().links.clone().expect("the list is open");
    assert_eq!(view.rows.len(), 2);
    assert!(view.rows[0].selected && !view.rows[1].selected);
    let drawn = draw(&a).backend().to_string();
    assert!(drawn.contains(" links "), "{drawn}");
    assert!(drawn.contains("http://127.0.0.1/next.html"), "{drawn}");
    assert!(drawn.contains("Weather"), "{drawn}");
    // The Arabic text is laid out right to left (unshaped here: its
    // letters in the reverse of their logical order).
    let visual: String = "الخبر التالي".chars().rev().collect();
    assert!(drawn.contains(&visual), "{drawn}");
    // j marks the second; the article does not scroll meanwhile.
    typed(&mut a, "j");
    let view = a.screen().links.clone().expect("still open");
    assert!(view.rows[1].selected, "{view:?}");
    assert_eq!(a.anchor().paragraph, 0);
    a.press(key(KeyCode::Enter));
    assert!(a.should_quit());
    assert_eq!(a.file_step(), Some(FileStep::Link(1)));
}

#[test]
fn esc_closes_the_list_and_links_opens_it_too() {
    let mut a = page(two_links());
    command(&mut a, "links");
    assert!(a.links().is_open());
    a.press(key(KeyCode::Esc));
    assert!(!a.links().is_open());
    assert!(!a.should_quit(), "Esc closes the list, not the reader");
    typed(&mut a, "L");
    typed(&mut a, "q");
    assert!(!a.links().is_open());
    assert!(!a.should_quit(), "q closes the list first");
}

#[test]
fn a_document_without_links_says_so() {
    let mut a = page(Vec::new());
    typed(&mut a, "L");
    assert!(a.screen().links.is_none());
    assert_eq!(
        a.flash(),
        Some("no links in the text (a page's links outside its story are not listed)")
    );
}

#[test]
fn a_text_s_written_addresses_are_its_links() {
    // A newsboat item as its pager gets it: a Link: line and a numbered list.
    let text = "Feed: أخبار\nLink: https://example.org/a.html\n\nقال الوزير (انظر https://example.org/b).\n\n[1]: https://example.org/c (link)\n";
    let doc = Document::from_bytes("item", text.as_bytes()).expect("text");
    let mut a = Setup::default().app(doc, 100, 12);
    typed(&mut a, "L");
    let list = a.screen().links.clone().expect("the list opens");
    let hrefs: Vec<&str> = list.rows.iter().map(|r| r.href.as_str()).collect();
    assert_eq!(
        hrefs,
        [
            "https://example.org/a.html",
            "https://example.org/b",
            "https://example.org/c"
        ]
    );
}
