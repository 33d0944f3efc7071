//! What the bytes are before they are read: a page, a feed or text (by type,
//! name and markup), and in which encoding (declared, served or guessed).

use super::*;

#[test]
fn kinds_from_type_name_and_markup() {
    let hint = |name, content_type| Hint {
        name,
        content_type,
        ..Hint::default()
    };
    assert_eq!(kind_of(b"plain", &hint("a.HTM", None)), Kind::Html);
    assert_eq!(
        kind_of(b"plain", &hint("x", Some("text/html; charset=utf-8"))),
        Kind::Html
    );
    assert_eq!(
        kind_of(b"<html>", &hint("x", Some("text/plain"))),
        Kind::Text
    );
    assert_eq!(
        kind_of(b"  <!DOCTYPE html><p>", &hint("page", None)),
        Kind::Html
    );
    assert_eq!(
        kind_of(b"<?xml version='1.0'?><rss>", &hint("f", None)),
        Kind::Feed
    );
    assert_eq!(
        kind_of(b"a < b and <html> later", &hint("t.txt", None)),
        Kind::Text
    );
    assert_eq!(
        charset_of("text/html; Charset=\"windows-1256\""),
        Some("windows-1256")
    );
}

#[test]
fn a_feed_served_as_plain_text_is_a_feed() {
    let hint = Hint {
        name: "https://example.org/raw/feed",
        content_type: Some("text/plain; charset=utf-8"),
        ..Hint::default()
    };
    assert_eq!(kind_of(fixture!("rss2.xml"), &hint), Kind::Feed);
    let article = from_bytes(fixture!("rss2.xml"), &hint).expect("a feed");
    assert_eq!(article.feed.map(|f| f.items.len()), Some(2));
}

#[test]
fn a_feed_served_as_a_page_is_a_feed() {
    let rss = r#"<?xml version="1.0" encoding="utf-8"?>
        <!-- made by a CMS -->
        <rss version="2.0"><channel><title>هسبريس</title>
        <item><title>خبر</title><link>http://127.0.0.1:9/a</link><description>نص.</description></item>
        </channel></rss>"#
        .as_bytes();
    let hint = |name, content_type| Hint {
        name,
        content_type,
        ..Hint::default()
    };
    let served = hint("http://127.0.0.1:9/feed", Some("text/html; charset=utf-8"));
    assert_eq!(kind_of(rss, &served), Kind::Feed);
    let article = from_bytes(rss, &served).expect("a feed");
    assert_eq!(article.feed.map(|f| f.items.len()), Some(1));
    assert_eq!(
        kind_of(b"\xEF\xBB\xBF<feed xmlns='x'>", &hint("a.html", None)),
        Kind::Feed
    );
    assert_eq!(kind_of(b"<rdf:RDF>", &served), Kind::Feed);
    // RSS 0.91 names its doctype first.
    let old_rss = b"<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x\">\n<rss version=\"0.91\">";
    assert_eq!(kind_of(old_rss, &served), Kind::Feed);
    // A page that mentions a feed further on is still a page.
    let page = b"<!DOCTYPE html><html><body><p>&lt;rss&gt;</p><feedback></feedback></body></html>";
    assert_eq!(kind_of(page, &served), Kind::Html);
    assert_eq!(kind_of(b"<rssfoo>", &served), Kind::Html);
}

#[test]
fn old_encodings_are_read_as_written() {
    let page = read(fixture!("cp1256.html"), "old.html");
    assert_eq!(page.title.as_deref(), Some("خبر بترميز قديم"));
    assert!(page.text().contains("بترميز ويندوز 1256"));
    // Read as it declares: nothing to tell. Without its declaration, the
    // encoding is a guess, and said.
    assert!(
        !page
            .warnings
            .iter()
            .any(|w| matches!(w, crate::core::notice::Warning::ReadAs(_))),
        "{:?}",
        page.warnings
    );
    let declared: &[u8] = b"; charset=windows-1256";
    let raw = fixture!("cp1256.html");
    let at = raw
        .windows(declared.len())
        .position(|w| w == declared)
        .expect("the fixture declares its encoding");
    let bare = [&raw[..at], &raw[at + declared.len()..]].concat();
    let guessed = read(&bare, "old.html");
    assert!(guessed.text().contains("بترميز ويندوز 1256"));
    assert_eq!(guessed.warnings[0].to_string(), "read as windows-1256");
    let text = read(fixture!("cp1256.txt"), "old.txt");
    assert!(
        text.text().starts_with("نص عادي بترميز ويندوز 1256"),
        "{}",
        text.text()
    );
    let utf16 = read(fixture!("utf16.txt"), "u.txt");
    assert_eq!(
        utf16.text(),
        "نص محفوظ بترميز UTF-16 مع علامة ترتيب البايتات.\nسطر ثان.\n"
    );
}

#[test]
fn a_feed_without_an_encoding_declaration_is_read_in_the_server_s_charset() {
    let (text, _, _) = encoding_rs::WINDOWS_1256
        .encode("<rss version=\"2.0\"><channel><title>جريدة</title><item><title>خبر</title></item></channel></rss>");
    let hint = Hint {
        name: "feed.xml",
        content_type: Some("application/rss+xml; charset=windows-1256"),
        ..Hint::default()
    };
    let article = from_bytes(&text, &hint).expect("a feed");
    assert_eq!(article.title.as_deref(), Some("جريدة"));
    assert_eq!(article.feed.expect("items").items[0].title, "خبر");
}

#[test]
fn a_feed_in_windows_1256_without_a_declaration_or_a_charset_is_guessed() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(
        "<rss version=\"2.0\"><channel><title>أخبار العرب</title>\
         <item><title>وزير الخارجية يلتقي نظيره الأردني</title>\
         <description>التقى وزير الخارجية نظيره الأردني في عمان لبحث الأوضاع في المنطقة.</description>\
         </item></channel></rss>",
    );
    // A file, standard input (no name), and a server that names no charset.
    for (name, content_type) in [
        ("feed.xml", None),
        ("", None),
        ("http://127.0.0.1:9/feed", Some("application/rss+xml")),
    ] {
        let hint = Hint {
            name,
            content_type,
            ..Hint::default()
        };
        let article = from_bytes(&bytes, &hint).expect("a feed");
        assert_eq!(article.title.as_deref(), Some("أخبار العرب"), "{name}");
        let feed = article.feed.expect("items");
        assert_eq!(feed.items[0].title, "وزير الخارجية يلتقي نظيره الأردني");
        assert_eq!(
            article.warnings,
            [crate::core::notice::Warning::ReadAs("windows-1256".into())],
            "{name}"
        );
    }
}
