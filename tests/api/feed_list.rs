//! A feed read in qari: its list of items (right to left, one marked, Enter
//! opens it) and an item opened from it (`n` / `p` step between items, `n`
//! stays search-next while a search is in force).

use qari::core::article::{self, Hint};
use qari::core::document::Document;
use qari::reader::app::{App, FeedRole, FileList, FileStep};
use qari::reader::keymap::KeyCode;
use qari_layout::{Direction, LayoutOptions};

use crate::support::app::Setup;
use crate::support::reading::{key, typed};

const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار تجريبية</title><link>http://127.0.0.1/</link>
<description>d</description>
<item><title>الخبر الأول عن الاقتصاد</title><link>http://127.0.0.1/1.html</link>
<pubDate>Thu, 06 Jan 2022 08:13:00 +0000</pubDate><description>ملخص أول</description></item>
<item><title>الخبر الثاني عن السياسة</title><link>http://127.0.0.1/2.html</link>
<description>ملخص ثان</description></item>
<item><title>الخبر الثالث عن الرياضة</title><link>http://127.0.0.1/3.html</link>
<description>ملخص ثالث</description></item>
</channel></rss>"#;

fn reader(doc: Document, feed: FeedRole, files: FileList) -> App {
    let layout = LayoutOptions {
        fallback_direction: Direction::Rtl,
        ..LayoutOptions::default()
    };
    Setup::default()
        .layout(layout)
        .feed(feed, files)
        .app(doc, 80, 12)
}

/// The feed's list with the second item read, as the shell builds it.
fn list() -> App {
    let hint = Hint {
        name: "feed.xml",
        ..Hint::default()
    };
    let feed = article::from_bytes(FEED.as_bytes(), &hint)
        .expect("a feed")
        .feed
        .expect("items");
    let read = feed.items[1].key();
    let text = feed.list_text(|item| item.key() == read);
    let doc = Document::from_vec(feed.title.clone(), text.into_bytes()).expect("list");
    reader(doc, FeedRole::List { selected: 0 }, FileList::default())
}

#[test]
fn the_list_is_right_aligned_marks_read_items_and_enter_opens_the_marked_one() {
    let mut a = list();
    let screen = a.screen();
    assert_eq!(screen.lines.len(), 3, "one line per item");
    for shown in &screen.lines {
        let width: usize = shown.line.cells.iter().map(|c| usize::from(c.width)).sum();
        assert_eq!(
            shown.indent + width,
            usize::from(screen.column_width),
            "right-aligned"
        );
    }
    let paragraph = |i: usize| a.document().paragraph(i).to_string();
    assert!(paragraph(0).starts_with("● الخبر الأول"), "{}", paragraph(0));
    assert!(
        paragraph(1).starts_with("○ الخبر الثاني"),
        "{}",
        paragraph(1)
    );
    // The day, the time and the zone joined by no-break spaces: a wrap never
    // parts them.
    assert!(paragraph(0).contains("2022-01-06\u{a0}08:13\u{a0}UTC\u{2069} · \u{2068}127.0.0.1"));
    // Drawn right to left: the headline, then the date, then the source,
    // each whole after its dot (a host of digits took the date's place).
    let drawn: String = screen.lines[0]
        .line
        .cells
        .iter()
        .map(|c| screen.lines[0].line.cell_text(c))
        .collect();
    assert!(
        drawn.starts_with("127.0.0.1 · 2022-01-06\u{a0}08:13\u{a0}UTC · "),
        "{drawn}"
    );
    assert_eq!(a.screen().cursor_line, Some(0));
    a.press(key(KeyCode::Down));
    typed(&mut a, "j");
    typed(&mut a, "k");
    assert_eq!(a.feed_role(), FeedRole::List { selected: 1 });
    assert_eq!(a.screen().cursor_line, Some(1));
    assert!(!a.should_quit());
    a.press(key(KeyCode::Enter));
    assert!(a.should_quit());
    assert_eq!(a.file_step(), Some(FileStep::Open(1)));
}

#[test]
fn q_in_the_list_quits_without_a_step() {
    let mut a = list();
    typed(&mut a, "q");
    assert!(a.should_quit());
    assert_eq!(a.file_step(), None);
}

fn item(index: usize) -> App {
    let doc = Document::from_bytes(
        "خبر",
        "عنوان الخبر\n\nنص الخبر عن السياسة والسياسة\n".as_bytes(),
    )
    .expect("item");
    reader(
        doc,
        FeedRole::Item,
        FileList {
            index,
            count: 3,
            file: false,
        },
    )
}

#[test]
fn n_and_p_step_between_items_and_n_still_searches_while_a_search_is_in_force() {
    let mut a = item(1);
    assert!(a.title().ends_with("(2/3)"), "{}", a.title());
    typed(&mut a, "n");
    assert!(a.should_quit());
    assert_eq!(a.file_step(), Some(FileStep::Next));
    let mut a = item(1);
    typed(&mut a, "p");
    assert_eq!(a.file_step(), Some(FileStep::Previous));
    // A search: `n` goes to its next hit and the item stays.
    let mut a = item(1);
    typed(&mut a, "/السياسة");
    a.press(key(KeyCode::Enter));
    typed(&mut a, "n");
    assert!(!a.should_quit());
    assert!(a.search_status().is_some());
    // Esc hides the hits but the search is still in force: `n` finds again.
    a.press(key(KeyCode::Esc));
    typed(&mut a, "n");
    assert!(!a.should_quit());
    // The last item: said, and the reader stays.
    let mut a = item(2);
    typed(&mut a, "n");
    assert!(!a.should_quit());
    assert_eq!(a.flash(), Some("this is the last item"));
}
