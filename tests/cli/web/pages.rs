//! Pages and other files read whole: a page's article and its links, a
//! Markdown file's links, bad pages in one line, `render` and `search` on a
//! page, and a `#fragment` that leaves the text as it is.

use super::{fails, text_of, FIXTURES};
use crate::support::errors::{qari, scratch};

#[test]
fn a_page_becomes_its_article() {
    let text = text_of(&["text", &format!("{FIXTURES}article.html")]);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("الأمطار تعود إلى عمّان بعد صيف طويل"));
    assert_eq!(lines.next(), Some(""));
    assert!(text.contains("\nالمزارعون يرحبون\n"), "{text}");
    for gone in [
        "اقرأ أيضًا",
        "شارك على",
        "التعليقات",
        "جميع الحقوق",
        "window.",
    ] {
        assert!(!text.contains(gone), "{gone} in\n{text}");
    }
    let links = text_of(&[&format!("{FIXTURES}article.html"), "--links"]);
    assert_eq!(links, "1. /weather/roads  متابعة النشرات\n");
}

#[test]
fn a_broken_feed_keeps_the_items_it_can_and_says_where_it_broke() {
    // A description's HTML written bare, then a file cut inside an item.
    let feed = scratch(
        "stray-tag.xml",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>أخبار</title>\n\
         <item><title>عنوان الخبر</title><description>قال الرئيس <b>قيس سعيد إن</description></item>\n\
         <item><title>ثاني</title></item>\n<item><title>ثالث"
            .as_bytes(),
    );
    for command in ["text", "render", "entities"] {
        let run = qari(&[command, &feed]);
        assert_eq!(run.code, Some(0), "{command}: {}", run.stderr);
        assert_eq!(
            run.stderr,
            format!(
                "qari: {feed}: warning: the feed is broken at line 2 (<b> is not closed before </description>): its items are read as far as they can be\n"
            ),
            "{command}"
        );
    }
    let text = text_of(&["text", &feed]);
    assert_eq!(
        text,
        "أخبار\n\nعنوان الخبر\nقال الرئيس قيس سعيد إن\nثاني\nثالث\n"
    );
    // A feed cut inside a tag: the items before it.
    let cut = format!("{FIXTURES}broken.xml");
    let run = qari(&["text", &cut]);
    assert_eq!(
        (run.code, String::from_utf8_lossy(&run.stdout).as_ref()),
        (Some(0), "مكسورة\n\nخبر\n")
    );
    assert!(
        run.stderr
            .contains("warning: the feed is broken at line 2 ("),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_pages_and_feeds_are_one_line_and_status_2() {
    let empty = format!("{FIXTURES}empty.html");
    fails(&["text", &empty], &format!("{empty}: the page has no text"));
    // XML whose one feed has no item to read even mended: no feed.
    let broken = scratch(
        "no-items.xml",
        b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title>\n<foo></bar>",
    );
    let run = qari(&["text", &broken]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .starts_with(&format!("qari: {broken}: not a feed: ")),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 1);
    let deep = scratch(
        "deep.html",
        format!("<html><body>{}</body></html>", "<div>".repeat(200_000)).as_bytes(),
    );
    fails(
        &["text", &deep],
        &format!("{deep}: elements nested more than 1000 deep: not a page qari can read"),
    );
    // (The reader on a feed with no items: tests/tmux/feed.rs.)
    let big = scratch("big.html", &vec![b'a'; (20 << 20) + 10]);
    fails(
        &["text", &big],
        &format!("{big}: too large to read as a web page (over 20 MB)"),
    );
    let truncated = text_of(&["text", &format!("{FIXTURES}truncated.html")]);
    assert!(truncated.contains("نص مقطوع عريض مائل"), "{truncated}");
}

#[test]
fn render_and_search_read_the_article_of_a_page() {
    let page = format!("{FIXTURES}article.html");
    let rendered = text_of(&["render", "--no-wrap", "--shape", "off", &page]);
    assert!(
        !rendered.contains('<') && !rendered.contains("اقرأ"),
        "{rendered}"
    );
    assert_eq!(
        rendered.lines().count(),
        text_of(&["text", &page]).lines().count()
    );
    let run = qari(&["search", "--count", "المزارعون", &page]);
    assert_eq!(
        (run.code, String::from_utf8_lossy(&run.stdout).trim()),
        (Some(0), "1")
    );
    let shaped = format!("{FIXTURES}presentation-forms.txt");
    let run = qari(&["search", "--count", "السلام عليكم", &shaped]);
    assert_eq!(
        (run.code, String::from_utf8_lossy(&run.stdout).trim()),
        (Some(0), "1")
    );
}

#[test]
fn a_document_without_links_is_named_by_its_path() {
    // A page's title is no name a shell can find: the path is. Its menu's
    // link is no link of its text: the message says so, not "has no links".
    let page = scratch(
        "no-links.html",
        "<html><head><title>عنوان الصفحة</title></head><body><nav><a href='/'>الرئيسية</a></nav>\
         <article><p>نص بلا روابط.</p></article></body></html>"
            .as_bytes(),
    );
    fails(
        &["--links", &page],
        &format!("{page}: no links in its text (a page's links outside its story are not listed)"),
    );
}

#[test]
fn markdown_s_links_are_listed_too() {
    let doc = scratch(
        "links.md",
        "# عنوان\n\nاقرأ [التقرير الكامل](https://example.org/report) و[الملحق](annex.md).\n"
            .as_bytes(),
    );
    assert_eq!(
        text_of(&[&doc, "--links"]),
        "1. https://example.org/report  التقرير الكامل\n2. annex.md  الملحق\n"
    );
}

#[test]
fn a_fragment_leaves_the_text_as_it_is() {
    // `qari text` prints the whole article: a `#fragment` of a path or a
    // `file:` link only says where the reader starts.
    let page = format!("{FIXTURES}sections.html");
    let whole = text_of(&["text", &page]);
    assert!(whole.starts_with("مقال الأقسام\n\n"), "{whole}");
    assert_eq!(text_of(&["text", &format!("{page}#section2")]), whole);
    assert_eq!(text_of(&["text", &format!("file://{page}#p3")]), whole);
    // A fragment names no file: one that is not there is still said.
    fails(
        &["text", "/nonexistent/qari/page.html#part"],
        "/nonexistent/qari/page.html#part: no such file",
    );
}
