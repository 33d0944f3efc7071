//! A feed reaches the reader as its items however it comes: read from a
//! pipe (as standard input is: `curl … | qari`, `qari <(curl …)`), or
//! through an item's link that is another feed. Text and pages from a pipe
//! stay one document.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use qari::core::article::feed::{Body, Item};
use qari::store::input::{self, Reading, Source};
use qari::store::pages::{self, ItemLink, ReadOptions};

use crate::support::errors::mkfifo;
use crate::support::http::{serve, Reply};

/// A feed that says where it is (its `atom:link rel="self"`), two items.
const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>أخبار تجريبية</title><link>http://127.0.0.1/</link>
<atom:link href="http://127.0.0.1/feed.xml" rel="self"/><description>d</description>
<item><title>الخبر الأول</title><link>http://127.0.0.1/1.html</link><description>ملخص أول</description></item>
<item><title>الخبر الثاني</title><link>http://127.0.0.1/2.html</link><description>ملخص ثان</description></item>
</channel></rss>"#;

const PAGE: &str = "<html lang=\"ar\"><head><title>صفحة</title></head><body><article>\
    <p>قال الوزير إن الاجتماع انتهى بعد ساعات من النقاش الطويل حول الميزانية.</p></article></body></html>";

/// What the reader opens when `bytes` come down a pipe at `name`.
fn through_a_pipe(name: &str, bytes: &'static str) -> Reading {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("feed-reading");
    std::fs::create_dir_all(&dir).expect("dir");
    let fifo = dir.join(name);
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, bytes))
    };
    let reading = input::start_reading(Source::File(&fifo), &ReadOptions::default());
    if reading.is_err() {
        // A writer the failure never read from would wait for ever.
        let _ = std::fs::File::open(&fifo);
    }
    writer.join().expect("the writer").expect("written");
    let _ = std::fs::remove_file(&fifo);
    reading.expect("read")
}

#[test]
fn a_feed_from_a_pipe_keeps_its_items_under_the_address_it_gives() {
    let reading = through_a_pipe("feed.pipe", FEED);
    let (feed, address) = reading.feed.expect("the items, for the list");
    assert_eq!(feed.items.len(), 2);
    assert_eq!(feed.items[1].title, "الخبر الثاني");
    assert_eq!(address, "http://127.0.0.1/feed.xml");
    assert_eq!(reading.loading.document.name, "أخبار تجريبية");
}

#[test]
fn text_and_pages_from_a_pipe_stay_one_document() {
    let text = through_a_pipe("text.pipe", "سطر أول\nسطر ثان\n");
    assert!(text.feed.is_none());
    assert!(text.loading.document.text().starts_with("سطر أول"));
    let page = through_a_pipe("page.pipe", PAGE);
    assert!(page.feed.is_none());
    assert_eq!(page.loading.document.name, "صفحة");
}

static BASE: OnceLock<String> = OnceLock::new();

fn routes(path: &str) -> Option<Reply> {
    Some(match path {
        "/feed.xml" => Reply::ok("application/rss+xml", FEED.as_bytes()),
        "/page.html" => Reply::ok("text/html; charset=utf-8", PAGE.as_bytes()),
        "/moved.html" => Reply::ok(
            "text/html",
            b"<html><head><meta http-equiv=\"Refresh\" content=\"0; URL='page.html'\"></head></html>",
        ),
        "/loop.html" => Reply::ok(
            "text/html",
            b"<html><head><meta http-equiv=\"refresh\" content=\"0;url=/loop.html\"></head><body>\
              <p>\xd8\xb5\xd9\x81\xd8\xad\xd8\xa9</p></body></html>",
        ),
        _ => return None,
    })
}

/// An item with only a summary, whose link is `link`.
fn item(link: String) -> Item {
    Item {
        title: "موجز".into(),
        date: None,
        link: Some(link),
        body: Some(Body::Html("ملخص".into())),
        summary_only: true,
        source: None,
        id: String::new(),
        direction: None,
    }
}

#[test]
fn an_item_whose_link_is_a_feed_opens_as_that_feed_s_items() {
    let base = BASE.get_or_init(|| serve(routes));
    let link = format!("{base}/feed.xml");
    let web = |link: &str| Some(ItemLink::Web(link.to_string()));
    let opened = pages::open_item(
        &item(link.clone()),
        web(&link).as_ref(),
        &ReadOptions::default(),
    )
    .expect("opened");
    let (feed, address) = opened.feed.expect("the linked feed's items");
    assert_eq!(feed.items.len(), 2);
    // Kept under the link, as a feed's link followed from a page is.
    assert_eq!(address, link);
    assert!(opened.failed.is_none());
    // A page's link is the page, as before.
    let page_link = format!("{base}/page.html");
    let page = pages::open_item(
        &item(page_link.clone()),
        web(&page_link).as_ref(),
        &ReadOptions::default(),
    )
    .expect("opened");
    assert!(page.feed.is_none());
    let text = page.loading.document.text();
    assert!(text.contains("قال الوزير"), "{text}");
    // The path the links list reads a feed's link with agrees.
    let reading = input::start_reading(Source::File(Path::new(&link)), &ReadOptions::default())
        .expect("the feed");
    assert_eq!(reading.feed.map(|(_, address)| address), Some(link));
}

#[test]
fn an_item_s_link_to_a_file_beside_its_feed_opens_that_file() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("feed-beside");
    std::fs::create_dir_all(&dir).expect("dir");
    let story = dir.join("story.html");
    std::fs::write(&story, PAGE).expect("page");
    let opened = pages::open_item(
        &item("story.html".into()),
        Some(&ItemLink::File(story.clone())),
        &ReadOptions::default(),
    )
    .expect("opened");
    assert!(opened.failed.is_none());
    assert_eq!(opened.loading.document.name, "صفحة");
    assert!(opened.loading.document.text().contains("قال الوزير"));
    // Its own relative links lead on from its folder.
    assert_eq!(opened.path, Some(story));
    // A relative link with nowhere to go from: the summary, and why.
    let opened = pages::open_item(
        &item("story.html".into()),
        Some(&ItemLink::Relative("story.html".into())),
        &ReadOptions::default(),
    )
    .expect("opened");
    assert!(opened.loading.document.text().contains("ملخص"));
    assert_eq!(
        opened.failed.map(|e| e.to_string()).as_deref(),
        Some("story.html: a relative link, with no address to go from")
    );
}

#[test]
fn a_page_that_sends_its_reader_on_is_followed_as_a_browser_follows_it() {
    let base = BASE.get_or_init(|| serve(routes));
    let moved = format!("{base}/moved.html");
    let page = pages::open(Some(Path::new(&moved)), &ReadOptions::default())
        .expect("opened")
        .expect("a page");
    assert_eq!(page.document.name, "صفحة");
    assert!(page.document.text().contains("قال الوزير"));
    // A page that refreshes to itself is read as it is.
    let looped = format!("{base}/loop.html");
    let page = pages::open(Some(Path::new(&looped)), &ReadOptions::default())
        .expect("opened")
        .expect("a page");
    assert!(page.document.text().contains("صفحة"));
}
