//! Web pages, links, feeds and other encodings from the outside: `qari text`
//! and `--links` on the fixtures in `tests/fixtures/web/` and on pages served
//! by a server of the test's own on 127.0.0.1; every failure of a link is
//! one line and exit status 2.

use std::io::Write;

use crate::support::cli::{home, isolated, run};
use crate::support::errors::{qari, run_as, scratch};
use crate::support::http::{serve, Reply};

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
fn encodings_from_meta_bom_guess_or_the_command_line() {
    let page = text_of(&["text", &format!("{FIXTURES}cp1256.html")]);
    assert!(
        page.starts_with("خبر بترميز قديم\n\nهذه صفحة محفوظة بترميز ويندوز 1256"),
        "{page}"
    );
    // Read as it declares: not a word of its encoding. An older story
    // whose paragraphs are parted by `<br><br>`, told by its headline.
    let run = qari(&["text", &format!("{FIXTURES}br-paragraphs-1256.html")]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stderr, "", "declared windows-1256, read so, told");
    let story = String::from_utf8(run.stdout).expect("utf-8");
    assert!(
        story.starts_with("test\n\nمحافظ القاهرة يتفقد أعمال التطوير بوسط البلد\n"),
        "{story}"
    );
    assert!(!story.contains("جميع الحقوق محفوظة"), "{story}");
    let guessed = text_of(&["text", &format!("{FIXTURES}cp1256.txt")]);
    assert!(
        guessed.starts_with("نص عادي بترميز ويندوز 1256"),
        "{guessed}"
    );
    let utf16 = text_of(&["text", &format!("{FIXTURES}utf16.txt")]);
    assert_eq!(
        utf16,
        "نص محفوظ بترميز UTF-16 مع علامة ترتيب البايتات.\nسطر ثان.\n"
    );
    let forced = text_of(&[
        "text",
        "--encoding",
        "iso-8859-6",
        &format!("{FIXTURES}cp1256.txt"),
    ]);
    assert_ne!(forced, guessed);
    let run = qari(&["text", "--encoding", "klingon", "x.txt"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("`klingon` is not an encoding qari knows"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_pages_and_feeds_are_one_line_and_status_2() {
    let empty = format!("{FIXTURES}empty.html");
    fails(&["text", &empty], &format!("{empty}: the page has no text"));
    let broken = format!("{FIXTURES}broken.xml");
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
fn text_reads_a_page_or_feed_from_standard_input() {
    let home = home("web-stdin");
    let mut command = isolated(&home);
    command.args(["text", "-"]);
    let page = run(command, &fixture("article.html"));
    assert_eq!(page.code, Some(0), "{}", page.stderr);
    assert!(
        page.stdout
            .starts_with("الأمطار تعود إلى عمّان بعد صيف طويل\n\n"),
        "{}",
        page.stdout
    );
    let mut command = isolated(&home);
    command.arg("text");
    let feed = run(command, &fixture("atom.xml"));
    assert!(
        feed.stdout
            .starts_with("مدونة الحي\n\nحديقة جديدة في الحي\n"),
        "{}",
        feed.stdout
    );
    let mut command = isolated(&home);
    command.arg("text");
    let plain = run(command, "سطر أول\nسطر ثان\n".as_bytes());
    assert_eq!(plain.stdout, "سطر أول\nسطر ثان\n");
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
fn every_command_streams_text_in_another_encoding() {
    for name in ["cp1256.txt", "utf16.txt"] {
        let path = format!("{FIXTURES}{name}");
        let text = text_of(&["text", &path]);
        let last = text.lines().last().expect("a line");
        let run = qari(&["render", "--no-wrap", "--shape", "off", &path]);
        assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{name}");
        let rendered = String::from_utf8(run.stdout).expect("utf-8");
        assert_eq!(rendered.lines().count(), text.lines().count(), "{name}");
        assert!(!rendered.contains('\u{FFFD}'), "{name}: {rendered}");
        let run = qari(&["search", "--count", last, &path]);
        assert_eq!(
            (run.code, String::from_utf8_lossy(&run.stdout).trim()),
            (Some(0), "1"),
            "{name}"
        );
        // Entities are placed in the decoded text, from a file or a pipe.
        let found = text_of(&["entities", "--json", &path]);
        let chars: Vec<char> = text.chars().collect();
        for line in found.lines() {
            let row: serde_json::Value = serde_json::from_str(line).expect("json");
            let at = |k: &str| row[k].as_u64().expect("offset") as usize;
            let span: String = chars[at("start")..at("end")].iter().collect();
            assert_eq!(row["text"].as_str(), Some(span.as_str()), "{name}");
        }
        let mut command = isolated(&home("web-encoding"));
        command.args(["entities", "--json", "-"]);
        let piped = crate::support::cli::run(command, &fixture(name));
        assert_eq!((piped.code, piped.stdout), (Some(0), found), "{name}");
    }
}

#[test]
fn a_pipe_is_decoded_after_a_latin_start_and_markdown_too() {
    // A Latin line, then text in windows-1256: the guess waits for the Arabic.
    let mut bytes = b"Title\n\n".repeat(100);
    bytes.extend_from_slice(&fixture("cp1256.txt"));
    let mut command = isolated(&home("web-latin-start"));
    command.args(["search", "--count", "سطر ثان", "-"]);
    let found = crate::support::cli::run(command, &bytes);
    assert_eq!(
        (found.code, found.stdout.trim()),
        (Some(0), "1"),
        "{}",
        found.stderr
    );
    let md = scratch("cp1256.md", &fixture("cp1256.txt"));
    let run = qari(&["search", "--count", "سطر ثان", &md]);
    assert_eq!(
        (run.code, String::from_utf8_lossy(&run.stdout).trim()),
        (Some(0), "1")
    );
}

#[test]
fn encoding_and_other_options_go_before_or_after_the_command() {
    let path = format!("{FIXTURES}cp1256.txt");
    let guessed = text_of(&["render", "--no-wrap", &path]);
    let after = text_of(&["render", "--no-wrap", "--encoding", "iso-8859-6", &path]);
    let before = text_of(&["--encoding", "iso-8859-6", "render", "--no-wrap", &path]);
    assert_ne!(after, guessed);
    assert_eq!(before, after);
    // The reader's own options before a command are an error, not dropped.
    let run = qari(&["--shape", "on", "render", &path]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("--shape before `render` is the reader's option"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn a_command_offers_and_takes_only_the_options_it_uses() {
    let help =
        |command: &str| String::from_utf8_lossy(&qari(&[command, "--help"]).stdout).into_owned();
    // corrections reads no input and lays nothing out; text prints logical text.
    let corrections = help("corrections");
    assert!(!corrections.contains("--encoding"), "{corrections}");
    assert!(!corrections.contains("--terminal-bidi"), "{corrections}");
    let text = help("text");
    assert!(text.contains("--encoding"), "{text}");
    assert!(!text.contains("--terminal-bidi"), "{text}");
    for command in ["render", "entities", "search"] {
        let help = help(command);
        assert!(help.contains("--encoding"), "{command}: {help}");
        assert!(help.contains("--terminal-bidi"), "{command}: {help}");
    }
    // Given where they are no option, they are an error, not dropped.
    for args in [
        &["corrections", "--encoding", "utf-8"][..],
        &["text", "--terminal-bidi", "qari"],
    ] {
        let run = qari(args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("unexpected argument"), "{}", run.stderr);
    }
    for (args, option) in [
        (&["--encoding", "utf-8", "corrections"][..], "--encoding"),
        (
            &["--terminal-bidi", "qari", "annotations"],
            "--terminal-bidi",
        ),
    ] {
        let run = qari(args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("{option} before `")),
            "{}",
            run.stderr
        );
    }
}

/// `args` with `path` last, run while a thread writes `bytes` into the FIFO
/// `path` once.
fn through_fifo(args: &[&str], bytes: &[u8], path: &std::path::Path) -> crate::support::cli::Run {
    crate::support::errors::mkfifo(path);
    let (fifo, bytes) = (path.to_path_buf(), bytes.to_vec());
    let writer = std::thread::spawn(move || {
        // Opening blocks until qari opens the other end, once.
        let mut end = std::fs::OpenOptions::new()
            .write(true)
            .open(&fifo)
            .expect("open the fifo");
        let _ = end.write_all(&bytes);
    });
    let mut command = isolated(&home("web-fifo"));
    command.args(args).arg(path);
    let run = crate::support::cli::run(command, b"");
    writer.join().expect("the writer ends");
    run
}

#[test]
fn a_path_that_is_a_pipe_is_read_once_by_every_command() {
    // `qari entities <(curl …)`: the path names a pipe. It was opened once to
    // look at its first bytes and again to read it, which found it empty.
    let dir = home("web-fifo");
    std::fs::create_dir_all(&dir).expect("dir");
    let fifo = dir.join("article");
    let text = "وذكرت وكالة الأناضول أن الأسعار ارتفعت في أنقرة.\n";
    let plain = |args: &[&str]| {
        let run = through_fifo(args, text.as_bytes(), &fifo);
        assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{args:?}");
        run.stdout
    };
    assert_eq!(plain(&["text"]), text);
    assert!(plain(&["entities"]).contains("وكالة الأناضول"));
    assert_eq!(plain(&["search", "--count", "الأسعار"]).trim(), "1");
    assert!(!plain(&["render", "--width", "60"]).trim().is_empty());
    // A page and text in another encoding are told by their first bytes, as
    // on standard input.
    let run = through_fifo(&["text"], &fixture("article.html"), &fifo);
    assert_eq!(
        run.stdout,
        text_of(&["text", &format!("{FIXTURES}article.html")])
    );
    let run = through_fifo(&["text"], &fixture("cp1256.txt"), &fifo);
    assert_eq!(
        run.stdout,
        text_of(&["text", &format!("{FIXTURES}cp1256.txt")])
    );
    let _ = std::fs::remove_file(&fifo);
    // /dev/stdin names the pipe the test writes.
    let mut command = isolated(&home("web-fifo"));
    command.args(["search", "--count", "الأسعار", "/dev/stdin"]);
    let run = crate::support::cli::run(command, text.as_bytes());
    assert_eq!(
        (run.code, run.stdout.trim()),
        (Some(0), "1"),
        "{}",
        run.stderr
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

#[test]
fn a_declared_encoding_the_bytes_belie_is_said_and_not_obeyed() {
    // Files: UTF-8 under a windows-1256 meta, and the reverse.
    let utf8 = MISLABELLED_UTF8.replace("<head>", "<head><meta charset=\"windows-1256\">");
    let path = scratch("mislabelled-utf8.html", utf8.as_bytes());
    let run = qari(&["text", &path]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        String::from_utf8_lossy(&run.stdout).contains("قالت الحكومة إن سعر الوقود"),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    assert_eq!(
        run.stderr,
        format!(
            "qari: {path}: warning: declared as windows-1256, which its bytes are not: read as UTF-8\n"
        )
    );
    // A server's word: the header is what a page says first.
    let base = serve(routes);
    let url = format!("{base}/utf8-said-latin");
    let run = qari(&["text", &url]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(String::from_utf8_lossy(&run.stdout).contains("قالت الحكومة"));
    assert_eq!(
        run.stderr,
        format!("qari: {url}: warning: declared as windows-1252, which its bytes are not: read as UTF-8\n")
    );
    let url = format!("{base}/cp1256-said-utf8");
    let run = qari(&["text", &url]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        String::from_utf8_lossy(&run.stdout).contains("بترميز ويندوز 1256"),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    // (The fixture's short page marks no story: that is said after.)
    assert!(
        run.stderr.starts_with(&format!(
            "qari: {url}: warning: declared as UTF-8, which its bytes are not: read as windows-1256\n"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn a_feed_piped_in_slowly_is_still_told_from_text() {
    // The XML declaration comes alone, the rest later: read alone it looks
    // like text, and the feed came out as its raw XML.
    let feed = fixture("rss2.xml");
    let cut = feed.iter().position(|&b| b == b'\n').expect("a line") + 1;
    let mut child = isolated(&home("web-slow-feed"))
        .arg("text")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("qari starts");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(&feed[..cut]).expect("the declaration");
    stdin.flush().expect("flush");
    std::thread::sleep(std::time::Duration::from_millis(300));
    stdin.write_all(&feed[cut..]).expect("the rest");
    drop(stdin);
    let out = child.wait_with_output().expect("qari ends");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(!text.contains("<rss") && !text.contains("<?xml"), "{text}");
    assert!(text.contains("الأمطار تعود إلى عمّان"), "{text}");
}
