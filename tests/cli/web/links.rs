//! Links: pages and feeds fetched over HTTP from the test's own server
//! (redirects, gzip), every failure of a link in one line, and `file:` links
//! read as the local file they name.

use super::{fails, routes, text_of};
use crate::support::errors::{qari, run_as, scratch};
use crate::support::http::serve;

#[test]
fn links_are_fetched_with_redirects_and_gzip() {
    let base = serve(routes);
    for path in [
        "/article.html",
        "/gzip.html",
        "/moved",
        "/moved-raw",
        "/news/moved-up",
    ] {
        let text = text_of(&["text", &format!("{base}{path}")]);
        assert!(
            text.starts_with("الأمطار تعود إلى عمّان بعد صيف طويل\n\n"),
            "{path}: {text}"
        );
    }
    let links = text_of(&[&format!("{base}/moved"), "--links"]);
    assert_eq!(links, format!("1. {base}/weather/roads  متابعة النشرات\n"));
    let old = text_of(&["text", &format!("{base}/old")]);
    assert!(old.starts_with("نص عادي بترميز ويندوز 1256"), "{old}");
    let feed = text_of(&["text", &format!("{base}/feed")]);
    assert!(
        feed.starts_with("صحيفة الوادي - آخر الأخبار\n\nالأمطار تعود إلى عمّان\n"),
        "{feed}"
    );
}

#[test]
fn every_failure_of_a_link_is_one_line() {
    let base = serve(routes);
    let cases = [
        ("/missing", "the server answered 404 Not Found"),
        (
            "/server-error",
            "the server answered 500 Internal Server Error",
        ),
        ("/redirect-loop", "more than 5 redirects"),
        // Nothing local is read on a server's word.
        ("/to-file", "a redirect to a file: address was refused"),
        ("/endless", "too large (over 20 MB)"),
        ("/image.png", "not a web page or text (image/png)"),
        (
            "/binary.html",
            "looks like binary data (NUL or control byte at offset 8), not text",
        ),
        ("/empty.html", "the page has no text"),
    ];
    for (path, message) in cases {
        let url = format!("{base}{path}");
        fails(&["text", &url], &format!("{url}: {message}"));
    }
    // A length past the cap is refused as said, before any of it comes.
    let url = format!("{base}/huge");
    let run = run_as(&["env", "QARI_HTTP_TIMEOUT_MS=3000"], &["text", &url]);
    assert_eq!(
        (run.code, run.stderr),
        (Some(2), format!("qari: {url}: too large (over 20 MB)\n"))
    );
    let url = format!("{base}/slow");
    let run = run_as(&["env", "QARI_HTTP_TIMEOUT_MS=300"], &["text", &url]);
    assert_eq!(
        (run.code, run.stderr),
        (Some(2), format!("qari: {url}: timed out\n"))
    );
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let url = format!("http://{}/", closed.local_addr().expect("address"));
    drop(closed);
    let run = qari(&["text", &url]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.starts_with(&format!("qari: {url}: ")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("refused") || run.stderr.contains("could not connect"),
        "{}",
        run.stderr
    );
    fails(
        &["text", "gopher://127.0.0.1/x"],
        "gopher://127.0.0.1/x: qari fetches http and https links, not gopher",
    );
}

#[test]
fn a_file_link_reads_the_local_file_it_names() {
    let path = scratch("file link ق.txt", "خبر قصير عن المطر.\n".as_bytes());
    let escaped: String = path
        .bytes()
        .map(|b| match b {
            b'/' | b'.' | b'-' | b'_' => char::from(b).to_string(),
            b if b.is_ascii_alphanumeric() => char::from(b).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect();
    for link in [
        format!("file://{escaped}"),
        format!("file://localhost{escaped}"),
    ] {
        assert_eq!(text_of(&["text", &link]), "خبر قصير عن المطر.\n", "{link}");
        let run = qari(&["entities", "--json", &link]);
        assert_eq!(run.code, Some(0), "{link}: {}", run.stderr);
    }
    // Another host's file is refused in one line, as every failure is.
    fails(
        &["text", "file://elsewhere/tmp/a.txt"],
        "file://elsewhere/tmp/a.txt: names no file on this machine \
         (a file link is file:///path, with %XX escapes)",
    );
}
