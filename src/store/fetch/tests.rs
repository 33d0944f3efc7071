//! Fetching against local servers: redirects and hosts, escaped addresses,
//! a page given up on, refused schemes and the reasons said.

use super::*;

#[test]
fn a_redirect_is_read_as_a_browser_reads_it_and_an_arabic_host_goes_as_dns_knows_it() {
    let from = "http://127.0.0.1:9/news/a/moved";
    assert_eq!(
        redirected(from, "/مقال.html").as_deref(),
        Ok("http://127.0.0.1:9/%D9%85%D9%82%D8%A7%D9%84.html")
    );
    assert_eq!(
        redirected(from, "../../../../x.html").as_deref(),
        Ok("http://127.0.0.1:9/x.html")
    );
    assert_eq!(
        redirected(from, "https://example.org/y").as_deref(),
        Ok("https://example.org/y")
    );
    // A local file is refused, and said so.
    assert_eq!(
        redirected(from, "file:///etc/passwd"),
        Err(Reason::RedirectRefused("file".into()))
    );
    assert_eq!(
        Reason::RedirectRefused("file".into()).to_string(),
        "a redirect to a file: address was refused"
    );
    assert_eq!(
        with_ascii_host("http://مثال.إختبار:8739/p/خبر"),
        "http://xn--mgbh0fb.xn--kgbechtv:8739/p/%D8%AE%D8%A8%D8%B1"
    );
    assert_eq!(
        with_ascii_host("http://127.0.0.1:9/a"),
        "http://127.0.0.1:9/a"
    );
}

#[test]
fn an_address_with_arabic_words_or_spaces_goes_escaped() {
    assert_eq!(
        encoded("http://127.0.0.1:9/news/1750-السعودية تطلق.html?q=أ b"),
        "http://127.0.0.1:9/news/1750-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9%20%D8%AA%D8%B7%D9%84%D9%82.html?q=%D8%A3%20b"
    );
    // Escapes already made, and plain addresses, are left alone.
    for url in [
        "http://127.0.0.1:9/a%20b?x=1&y=%D8%A3",
        "https://example.org/",
    ] {
        assert_eq!(encoded(url), url);
    }
}

/// Gives up the third time it is asked.
#[derive(Debug, Default)]
struct Impatient {
    asked: std::sync::atomic::AtomicUsize,
    ended: std::sync::atomic::AtomicBool,
}

impl Waiter for Impatient {
    fn start(&self) -> bool {
        false
    }
    fn given_up(&self) -> bool {
        self.asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 2
    }
    fn end(&self) {
        self.ended.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

#[test]
fn a_page_that_never_comes_is_given_up_at_once_when_the_waiter_says_so() {
    // A server of the test's own that takes the request and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let url = format!("http://{}/hangs", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        let held: Vec<_> = listener.incoming().take(1).collect();
        std::thread::sleep(Duration::from_secs(60));
        drop(held);
    });
    let waiter = Impatient::default();
    let began = std::time::Instant::now();
    let err = get(&url, 10, Some(&waiter)).expect_err("given up");
    assert!(
        began.elapsed() < Duration::from_secs(5),
        "{:?}",
        began.elapsed()
    );
    assert_eq!(
        err.downcast_ref::<InputError>(),
        Some(&InputError::new(&url, Reason::Interrupted))
    );
    assert_eq!(
        format!("{err:#}"),
        format!("{url}: stopped before the page came (interrupted)")
    );
    assert!(waiter.ended.load(std::sync::atomic::Ordering::SeqCst));
}

#[test]
fn other_schemes_are_refused_without_a_request() {
    let err = get("ftp://127.0.0.1/a.html", 10, None).expect_err("refused");
    assert_eq!(
        format!("{err:#}"),
        "ftp://127.0.0.1/a.html: qari fetches http and https links, not ftp"
    );
    // A value the reader says in its own language.
    assert_eq!(
        err.downcast_ref::<InputError>(),
        Some(&InputError::new(
            "ftp://127.0.0.1/a.html",
            Reason::Scheme("ftp".into())
        ))
    );
}

#[test]
fn a_link_without_a_scheme_is_said_to_be_relative() {
    for link in ["story.html", "/news/a.html", "../a:b.html"] {
        let err = get(link, 10, None).expect_err("refused");
        assert_eq!(
            format!("{err:#}"),
            format!("{link}: a relative link, with no address to go from")
        );
    }
    let err = get("mailto:a@b.example", 10, None).expect_err("refused");
    assert_eq!(
        format!("{err:#}"),
        "mailto:a@b.example: qari fetches http and https links, not mailto"
    );
}

#[test]
fn a_closed_port_and_a_status_are_reasons_not_sentences() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let url = format!("http://{}/", closed.local_addr().expect("address"));
    drop(closed);
    let err = get(&url, 10, None).expect_err("nothing listens");
    let said = err.downcast_ref::<InputError>().expect("an input error");
    assert_eq!(said.input, url);
    assert!(
        matches!(
            said.reason,
            Reason::ConnectionRefused | Reason::CouldNotConnect
        ),
        "{said:?}"
    );
    // A server of the test's own that answers 404 to everything.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let url = format!("http://{}/gone", listener.local_addr().expect("address"));
    let server = std::thread::spawn(move || {
        use std::io::{BufRead, Write};
        let (stream, _) = listener.accept().expect("a request");
        let mut lines = std::io::BufReader::new(stream.try_clone().expect("clone"));
        let mut line = String::new();
        while lines.read_line(&mut line).is_ok_and(|n| n > 2) {
            line.clear();
        }
        let mut stream = stream;
        let _ = stream
            .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    });
    let err = get(&url, 10, None).expect_err("not found");
    let _ = server.join();
    assert_eq!(
        err.downcast_ref::<InputError>(),
        Some(&InputError::new(
            &url,
            Reason::HttpStatus {
                code: 404,
                reason: "Not Found".into()
            }
        ))
    );
    assert_eq!(
        format!("{err:#}"),
        format!("{url}: the server answered 404 Not Found")
    );
}
