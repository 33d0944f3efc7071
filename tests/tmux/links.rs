//! `L` in a page fetched from a server of the test's own: the list of its
//! links, Enter on one reads that page, `q` comes back to the first page,
//! where the reader was, and `q` again quits.

use crate::support::http::{serve, Reply};
use crate::support::tmux::{status_line, status_position, Tmux};

const ROADS: &str = "Road bulletin number 42 from the test server.";

fn routes(path: &str) -> Option<Reply> {
    let html = "text/html; charset=utf-8";
    Some(match path {
        "/article.html" => Reply::ok(
            html,
            &std::fs::read(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/web/article.html"
            ))
            .expect("fixture"),
        ),
        // The article's one link, made absolute against its address.
        "/weather/roads" => Reply::ok(
            html,
            format!(
                "<html><head><title>Roads</title></head><body><article>\
                 <h1>Roads</h1><p>{ROADS}</p><p>{ROADS}</p></article></body></html>"
            )
            .as_bytes(),
        ),
        // A page whose one link never answers (the server's `/hang`).
        "/to-hang.html" => Reply::ok(
            html,
            b"<html><head><title>Waiting</title></head><body><article>\
              <h1>Waiting</h1><p>The page the reader comes back to.</p>\
              <p><a href=\"/hang\">A page that never comes</a></p></article></body></html>",
        ),
        _ => return None,
    })
}

/// A link that never answers is given up on at once: `q` on the command
/// line's (status 130, as Ctrl-C ends a program), Esc on one followed from
/// a page, which comes back with the reason in its status bar.
pub fn a_page_that_never_comes_is_given_up_with_q_or_esc() {
    let base = serve(routes);
    let t = Tmux::new("hang", (100, 10));
    t.start("main", &t.qari(&format!("'{base}/hang'")));
    t.wait_for("the progress line", |s| {
        s.contains("fetching") && s.contains("to stop")
    });
    t.keys("q");
    // Well before the request's own 30 s timeout.
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 130"), "{after}");
    assert!(
        after.contains(&format!(
            "qari: {base}/hang: stopped before the page came (interrupted)"
        )),
        "{after}"
    );
    let t = Tmux::new("hanglink", (100, 10));
    t.start("main", &t.qari(&format!("'{base}/to-hang.html'")));
    t.wait_for("the page", |s| status_line(s).contains("Waiting"));
    t.keys("L");
    t.wait_for("the list of links", |s| s.contains(" links "));
    t.keys("Enter");
    t.wait_for("the progress line", |s| {
        s.contains("fetching") && s.contains("to stop")
    });
    t.keys("Escape");
    let back = t.wait_for("the page again", |s| {
        status_line(s).contains("stopped before the page came")
    });
    assert!(
        back.contains("The page the reader comes back to."),
        "{back}"
    );
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

pub fn l_lists_a_page_s_links_and_enter_reads_one_then_q_comes_back() {
    let base = serve(routes);
    // Short, so that the article scrolls.
    let t = Tmux::new("links", (100, 10));
    t.start("main", &t.qari(&format!("'{base}/article.html'")));
    t.wait_for("the article", |s| status_line(s).contains("line 1/"));
    t.keys("G");
    let first = t.wait_for("its end", |s| status_line(s).contains("100%"));
    let article_at = status_position(&first);
    assert!(!article_at.starts_with("1/"), "{first}");
    assert!(!status_line(&first).contains("Roads"), "{first}");
    t.keys("L");
    let list = t.wait_for("the list of links", |s| s.contains(" links "));
    assert!(list.contains(&format!("{base}/weather/roads")), "{list}");
    t.keys("Enter");
    let roads = t.wait_for("the linked page", |s| s.contains(ROADS));
    assert!(status_line(&roads).contains("Roads"), "{roads}");
    t.keys("q");
    // Where the reader left it, not at its top.
    let back = t.wait_for("the article again", |s| {
        !status_line(s).contains("Roads") && status_position(s) == article_at
    });
    assert!(!back.contains(ROADS) && !back.contains(" links "), "{back}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A page piped in keeps its links; one that is not a web address (a
/// relative link without the page's address) is said, and the reader stays.
pub fn a_piped_page_lists_its_links_and_says_which_cannot_be_read() {
    let t = Tmux::new("pipedlinks", (100, 20));
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/web/article.html"
    );
    t.start("main", &format!("cat '{page}' | {}", t.qari("")));
    t.wait_for("the article", |s| status_line(s).contains("line 1/"));
    t.keys("L");
    let list = t.wait_for("the list of links", |s| s.contains(" links "));
    assert!(list.contains("/weather/roads"), "{list}");
    t.keys("Enter");
    let said = t.wait_for("the reason", |s| status_line(s).contains("has no address"));
    assert!(!said.contains(" links "), "{said}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A saved page's relative links lead to the files beside it, and those
/// pages' own links lead on from their folders; `q` comes back each time.
pub fn a_local_page_s_relative_links_open_the_files_beside_it() {
    let t = Tmux::new("locallinks", (100, 12));
    let page = |title: &str, body: &str, href: &str| {
        format!(
            "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
             <p>{body}</p><p><a href=\"{href}\">{title} link</a></p></article></body></html>"
        )
    };
    std::fs::create_dir_all(t.dir.join("site/sub")).expect("folders");
    let first = "The first page, saved from the web with its links.";
    let second = "The second page, one folder down from the first.";
    std::fs::write(
        t.dir.join("site/a.html"),
        page("First", first, "sub/b%20c.html"),
    )
    .expect("page");
    std::fs::write(
        t.dir.join("site/sub/b c.html"),
        page("Second", second, "../a.html#top"),
    )
    .expect("page");
    t.start(
        "main",
        &t.qari(&format!("'{}'", t.dir.join("site/a.html").display())),
    );
    t.wait_for("the first page", |s| s.contains(first));
    t.keys("L");
    t.wait_for("its links", |s| {
        s.contains(" links ") && s.contains("sub/b%20c.html")
    });
    t.keys("Enter");
    t.wait_for("the second page", |s| s.contains(second));
    // Its link is relative to its own folder.
    t.keys("L");
    t.wait_for("its links", |s| {
        s.contains(" links ") && s.contains("../a.html#top")
    });
    t.keys("Enter");
    t.wait_for("the first page again", |s| {
        s.contains(first) && !s.contains(" links ")
    });
    t.keys("q");
    t.wait_for("the second page again", |s| s.contains(second));
    t.keys("q");
    t.wait_for("the first page at last", |s| s.contains(first));
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A Markdown file's links to other Markdown and text files open them, as
/// `qari FILE` would read them.
pub fn a_markdown_file_s_links_open_the_markdown_and_text_beside_it() {
    let t = Tmux::new("mdlinks", (100, 12));
    std::fs::create_dir_all(t.dir.join("notes")).expect("folder");
    let first = "The index of the notes, pointing to the rest.";
    let second = "The second note, in Markdown too.";
    let third = "A plain text note beside the others.";
    std::fs::write(
        t.dir.join("index.md"),
        format!("# Index\n\n{first} [two](notes/two.md) and [three](notes/three.txt).\n"),
    )
    .expect("index");
    std::fs::write(t.dir.join("notes/two.md"), format!("# Two\n\n{second}\n")).expect("two");
    std::fs::write(t.dir.join("notes/three.txt"), format!("{third}\n")).expect("three");
    t.start(
        "main",
        &t.qari(&format!("'{}'", t.dir.join("index.md").display())),
    );
    t.wait_for("the index", |s| s.contains(first));
    t.keys("L");
    t.wait_for("its links", |s| {
        s.contains(" links ") && s.contains("notes/two.md")
    });
    t.keys("Enter");
    t.wait_for("the second note", |s| s.contains(second));
    t.keys("q");
    t.wait_for("the index again", |s| {
        s.contains(first) && !s.contains(" links ")
    });
    t.keys("L");
    t.wait_for("its links", |s| {
        s.contains(" links ") && s.contains("notes/three.txt")
    });
    t.keys("j");
    t.keys("Enter");
    t.wait_for("the text note", |s| s.contains(third));
    t.keys("q");
    t.wait_for("the index at last", |s| {
        s.contains(first) && !s.contains(" links ")
    });
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// The fixture of a page with a heading `id="section2"` on its line 9 and
/// an `<a name="p3">` in its line 13, of 24.
const SECTIONS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/web/sections.html"
);

fn sections(path: &str) -> Option<Reply> {
    (path == "/sections.html").then(|| {
        Reply::ok(
            "text/html; charset=utf-8",
            &std::fs::read(SECTIONS).expect("fixture"),
        )
    })
}

/// `#fragment` in a path, a URL or a followed link opens the page at the
/// element it names, as a browser scrolls there; `''` goes back to the top,
/// and `q` back from a followed link finds the page where it was.
pub fn a_fragment_opens_the_page_at_the_element_it_names() {
    let t = Tmux::new("fragment", (100, 8));
    let page = t.dir.join("sections.html");
    std::fs::copy(SECTIONS, &page).expect("page");
    // A path: the heading's line at the top, the reading cursor on it.
    t.start("main", &t.qari(&format!("'{}#section2'", page.display())));
    let at = t.wait_for("the heading", |s| status_line(s).contains("line 9/24"));
    assert!(at.lines().next().is_some_and(|l| l.contains('◂')), "{at}");
    t.keys("''");
    t.wait_for("the top", |s| status_line(s).contains("line 1/24"));
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
    // A URL: the anchor's line.
    let base = serve(sections);
    t.start("url", &t.qari(&format!("'{base}/sections.html#p3'")));
    t.tmux(&["kill-session", "-t", "main"]);
    t.wait_for("the anchor", |s| status_line(s).contains("line 13/24"));
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
    // A link of a local page followed: there too; q comes back to the page.
    let index = t.dir.join("index.html");
    let words = "A page that points into the middle of another one.";
    std::fs::write(
        &index,
        format!(
            "<html><head><title>Index</title></head><body><article><h1>Index</h1>\
             <p>{words}</p><p><a href=\"sections.html#p3\">the anchor</a></p></article></body></html>"
        ),
    )
    .expect("index");
    t.start("link", &t.qari(&format!("'{}'", index.display())));
    t.tmux(&["kill-session", "-t", "url"]);
    t.wait_for("the index", |s| s.contains(words));
    t.keys("L");
    t.wait_for("its links", |s| s.contains("sections.html#p3"));
    t.keys("Enter");
    t.wait_for("the anchor", |s| status_line(s).contains("line 13/24"));
    t.keys("q");
    t.wait_for("the index again", |s| s.contains(words));
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A page piped in whose bytes are not the UTF-8 it declares: the status
/// bar says what it was read as, as for the same page named.
pub fn a_piped_page_read_in_another_encoding_says_so() {
    let t = Tmux::new("pipedencoding", (120, 8));
    let body = "التقى وزير الخارجية نظيره في العاصمة لبحث تطورات الأوضاع في المنطقة والعلاقات الثنائية بين البلدين.";
    let html = format!(
        "<html><head><meta charset=\"utf-8\"><title>وزير الخارجية يلتقي نظيره</title></head>\
         <body><article><h1>وزير الخارجية يلتقي نظيره</h1><p>{body}</p><p>{body}</p></article></body></html>"
    );
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&html);
    let page = t.dir.join("lie.html");
    std::fs::write(&page, &bytes).expect("page");
    t.start(
        "main",
        &format!("cat '{}' | {}", page.display(), t.qari("")),
    );
    let screen = t.wait_for("the article", |s| status_line(s).contains("line 1/"));
    assert!(
        status_line(&screen).contains("declared as UTF-8"),
        "{screen}"
    );
}
