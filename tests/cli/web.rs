//! Web pages, links, feeds and other encodings from the outside: `qari text`
//! and `--links` on the fixtures in `tests/fixtures/web/` and on pages served
//! by a server of the test's own on 127.0.0.1; every failure of a link is
//! one line and exit status 2. The tests are in a module a topic; here are
//! the fixtures, the server's pages and the helpers they share.

use std::io::Write;

use crate::support::errors::qari;
use crate::support::http::Reply;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/web/");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}{name}")).expect("fixture")
}

fn text_of(args: &[&str]) -> String {
    let run = qari(args);
    assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
    String::from_utf8(run.stdout).expect("utf-8")
}

fn fails(args: &[&str], message: &str) {
    let run = qari(args);
    assert_eq!(run.code, Some(2), "{args:?}");
    assert_eq!(run.stderr, format!("qari: {message}\n"), "{args:?}");
    assert!(run.stdout.is_empty(), "{args:?}");
}

const MISLABELLED_UTF8: &str = "<html><head><title>خبر</title></head><body><article>\
    <p>قالت الحكومة إن سعر الوقود سيرتفع الشهر المقبل.</p></article></body></html>";

fn routes(path: &str) -> Option<Reply> {
    let html = "text/html; charset=utf-8";
    Some(match path {
        "/article.html" => Reply::ok(html, &fixture("article.html")),
        "/old" => Reply::ok("text/html; charset=windows-1256", &fixture("cp1256.txt")),
        // Labels the bytes belie: UTF-8 said to be Latin-1, windows-1256
        // said to be UTF-8.
        "/utf8-said-latin" => {
            Reply::ok("text/html; charset=iso-8859-1", MISLABELLED_UTF8.as_bytes())
        }
        "/cp1256-said-utf8" => Reply::ok(html, &fixture("cp1256.html")),
        "/gzip.html" => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(&fixture("article.html")).expect("gzip");
            let mut reply = Reply::ok(html, &gz.finish().expect("gzip"));
            reply.headers.push(("Content-Encoding", "gzip".to_string()));
            reply
        }
        "/moved" => Reply {
            status: "301 Moved Permanently",
            headers: vec![("Location", "/article.html".to_string())],
            body: Vec::new(),
        },
        // As Arabic sites send them: the slug in raw UTF-8, and `../`
        // above the root.
        "/moved-raw" => Reply {
            status: "302 Found",
            headers: vec![("Location", "/مقال.html".to_string())],
            body: Vec::new(),
        },
        "/%D9%85%D9%82%D8%A7%D9%84.html" => Reply::ok(html, &fixture("article.html")),
        "/news/moved-up" => Reply {
            status: "302 Found",
            headers: vec![("Location", "../../article.html".to_string())],
            body: Vec::new(),
        },
        "/to-file" => Reply {
            status: "302 Found",
            headers: vec![("Location", "file:///etc/passwd".to_string())],
            body: Vec::new(),
        },
        "/feed" => Reply::ok("application/rss+xml", &fixture("rss2.xml")),
        "/server-error" => Reply {
            status: "500 Internal Server Error",
            headers: Vec::new(),
            body: Vec::new(),
        },
        "/image.png" => Reply::ok("image/png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        "/binary.html" => Reply::ok(html, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        "/empty.html" => Reply::ok(html, &fixture("empty.html")),
        _ => return None,
    })
}

mod encodings;
mod links;
mod pages;
mod pipes;
