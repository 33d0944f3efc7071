//! Debian's newsboat with qari as its pager, as its html-renderer and as its
//! browser, on a feed file of the test's own: newsboat reads `file://` URLs,
//! and the browser's link is served by the test's own server on 127.0.0.1,
//! so nothing leaves the machine.

use std::os::unix::fs::PermissionsExt;

use crate::support::http::{serve, Reply};
use crate::support::tmux::{render, status_line, status_position, Tmux};

const TITLE: &str = "رئيس كازاخستان يتعهد باتخاذ تدابير حاسمة";
const FEED: &str = "أخبار تجريبية";
/// Long enough for newsboat to wrap it at 80 columns, and short enough to
/// leave the second paragraph on the first screen.
const FIRST: &str = "قال رئيس كازاخستان قاسم جومارت توكاييف إنه أصدر أوامر بإطلاق النار على \
    المحتجين دون سابق إنذار، في خطاب تلفزيوني بثه التلفزيون الرسمي صباح اليوم الجمعة بعد أيام \
    من الاضطرابات التي تشهدها البلاد منذ مطلع الأسبوع.";
const SECOND: &str = "وأضاف أن الإرهابيين ما زالوا يلحقون الضرر بالممتلكات.";

/// The feed (its item's description HTML-escaped as RSS has it), the urls
/// file and newsboat's configuration; the command that starts newsboat.
fn newsboat(t: &Tmux, config: &str, description: &str) -> String {
    newsboat_linking(t, config, description, "http://127.0.0.1:1/a.html")
}

/// [`newsboat`], the item's link `link`.
fn newsboat_linking(t: &Tmux, config: &str, description: &str, link: &str) -> String {
    newsboat_item(t, config, description, link, TITLE)
}

/// [`newsboat_linking`], the item's title `title`.
fn newsboat_item(t: &Tmux, config: &str, description: &str, link: &str, title: &str) -> String {
    let feed = t.dir.join("feed.xml");
    std::fs::write(
        &feed,
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
             <title>{FEED}</title><link>http://127.0.0.1:1/</link><description>d</description>\
             <item><title>{title}</title><link>{link}</link>\
             <pubDate>Thu, 06 Jan 2022 08:13:00 +0000</pubDate>\
             <description>{description}</description>\
             </item></channel></rss>\n"
        ),
    )
    .expect("feed");
    let urls = t.dir.join("urls");
    std::fs::write(&urls, format!("file://{}\n", feed.display())).expect("urls");
    let conf = t.dir.join("newsboat.conf");
    std::fs::write(&conf, config).expect("config");
    format!(
        "HOME='{d}' LC_ALL=C.UTF-8 newsboat -u '{}' -C '{}' -c '{d}/cache.db'",
        urls.display(),
        conf.display(),
        d = t.dir.display()
    )
}

/// An executable script running qari (its state in the test's directory)
/// with `args` and then what it is called with.
fn wrapper(t: &Tmux, name: &str, args: &str) -> String {
    let path = t.dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\nexec {} \"$@\"\n", t.qari(args))).expect("script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path.display().to_string()
}

/// `q` in qari, back in newsboat's article list; newsboat quit from there,
/// with status 0.
fn quit_to_newsboat_and_out(t: &Tmux) {
    t.keys("q");
    t.wait_for("newsboat again", |s| s.contains("Articles in feed"));
    t.keys("q");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// Open the feed's only item, from newsboat's feed list.
fn open_the_item(t: &Tmux) {
    open_the_feed(t);
    t.keys("Enter");
}

/// Open the feed, from newsboat's feed list: its list of items.
fn open_the_feed(t: &Tmux) {
    open_the_feed_of(t, TITLE);
}

/// [`open_the_feed`], whose item's title begins with `title`.
fn open_the_feed_of(t: &Tmux, title: &str) {
    // newsboat reloads on start; on a busy machine that can still be pending
    // when its list shows, so `R` (reload all) asks again now and then.
    for round in 0..60 {
        if t.screen().contains(FEED) {
            break;
        }
        if round % 10 == 9 {
            t.keys("R");
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    t.wait_for("the feed list", |s| s.contains(FEED));
    t.keys("Enter");
    t.wait_for("the item list", |s| s.contains(title));
}

pub fn qari_as_newsboat_s_pager() {
    let t = Tmux::new("nbpager", (100, 30));
    let pager = wrapper(&t, "qari-pager", "");
    let command = newsboat(
        &t,
        &format!("pager \"{pager} %f\"\nrefresh-on-startup yes\n"),
        &format!("&lt;p&gt;{FIRST}&lt;/p&gt;&lt;p&gt;{SECOND}&lt;/p&gt;"),
    );
    t.start("main", &command);
    open_the_item(&t);
    // qari's screen: the link from newsboat's header block, the title (not
    // newsboat's temporary file name) in the status bar.
    let screen = t.wait_for("qari's first screen", |s| s.contains("line 1/"));
    assert!(screen.contains("http://127.0.0.1:1/a.html"), "{screen}");
    let status = status_line(&screen);
    assert!(!status.contains("newsboat"), "{screen}");
    let shown_title = |shape: &str| {
        render(&["--no-wrap", "--shape", shape], TITLE)
            .trim()
            .to_string()
    };
    assert!(
        status.contains(&shown_title("on")) || status.contains(&shown_title("off")),
        "the title in the status bar: {screen}"
    );
    // Title, feed, date, link, a blank line, two paragraphs with a blank
    // line between and after: the wrapped first paragraph is one again
    // (three lines of newsboat's file would make 11).
    assert_eq!(status_position(&screen), "1/9", "{screen}");
    quit_to_newsboat_and_out(&t);
}

pub fn qari_as_newsboat_s_pager_with_a_title_it_wrapped() {
    // Wider than the 100 columns newsboat writes its file for: the title's
    // rest comes on a line of its own, with no key.
    let words = "الحوثيون يعلنون استهداف سفينة تجارية في البحر الأحمر قبالة سواحل اليمن";
    let title = format!("{words} الغربية بصاروخين باليستيين وطائرة مسيرة فجر اليوم");
    let t = Tmux::new("nbwrap", (100, 30));
    let pager = wrapper(&t, "qari-pager", "");
    let command = newsboat_item(
        &t,
        &format!("pager \"{pager} %f\"\nrefresh-on-startup yes\n"),
        &format!("&lt;p&gt;{SECOND}&lt;/p&gt;"),
        "http://127.0.0.1:1/a.html",
        &title,
    );
    t.start("main", &command);
    open_the_feed_of(&t, "الحوثيون يعلنون");
    t.keys("Enter");
    let screen = t.wait_for("qari's first screen", |s| s.contains("line 1/"));
    // The header block was read: no key is shown, the feed and the link
    // are lines of their own, the title is in the status bar.
    assert!(!screen.contains("Title:"), "{screen}");
    assert!(!screen.contains("Link:"), "{screen}");
    assert!(screen.contains("http://127.0.0.1:1/a.html"), "{screen}");
    let status = status_line(&screen);
    assert!(!status.contains("newsboat"), "{screen}");
    let start = |shape: &str| {
        render(&["--no-wrap", "--shape", shape], "الحوثيون يعلنون")
            .trim()
            .to_string()
    };
    assert!(
        status.contains(&start("on")) || status.contains(&start("off")),
        "the title's first words in the status bar: {screen}"
    );
    quit_to_newsboat_and_out(&t);
}

pub fn qari_as_newsboat_s_html_renderer() {
    let t = Tmux::new("nbhtml", (100, 30));
    let renderer = wrapper(&t, "qari-html", "render --from html --width 72");
    let command = newsboat(
        &t,
        &format!("html-renderer \"{renderer}\"\nrefresh-on-startup yes\n"),
        // Text without tags: `--from html` reads the page's article.
        FIRST,
    );
    t.start("main", &command);
    open_the_item(&t);
    // newsboat shows what qari printed: the visual lines of the paragraph,
    // letters in the order a terminal without bidi draws them.
    let expected = render(&["--width", "72", "--shape", "off"], FIRST);
    let first_line = expected.lines().next().unwrap_or("").trim();
    assert!(first_line.split(' ').count() > 3 && !FIRST.contains(first_line));
    let screen = t.wait_for("qari's lines in newsboat", |s| s.contains(first_line));
    let logical = FIRST.split(' ').take(4).collect::<Vec<_>>().join(" ");
    assert!(!screen.contains(&logical), "logical order shown: {screen}");
    t.keys("q");
    t.keys("q");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

fn story(path: &str) -> Option<Reply> {
    (path == "/story.html").then(|| {
        Reply::ok(
            "text/html; charset=utf-8",
            &std::fs::read(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/web/article.html"
            ))
            .expect("fixture"),
        )
    })
}

pub fn qari_as_newsboat_s_browser() {
    let base = serve(story);
    let t = Tmux::new("nbbrowser", (100, 30));
    let browser = wrapper(&t, "qari-browser", "");
    let command = newsboat_linking(
        &t,
        &format!("browser \"{browser} %u\"\nrefresh-on-startup yes\n"),
        SECOND,
        &format!("{base}/story.html"),
    );
    t.start("main", &command);
    open_the_feed(&t);
    // `o` on the item: newsboat hands its link to the browser, qari.
    t.keys("o");
    // The page the link points to, fetched and read as an article: one of
    // its headings, and its title in the status bar.
    let heading = "المزارعون يرحبون";
    let shown = |s: &str| {
        ["on", "off"]
            .iter()
            .any(|shape| s.contains(render(&["--no-wrap", "--shape", shape], heading).trim()))
    };
    let screen = t.wait_for("the linked page in qari", shown);
    assert!(status_line(&screen).contains("line 1/"), "{screen}");
    t.keys("q");
    // Back in newsboat's article list.
    t.wait_for("newsboat again", |s| {
        s.contains("Articles in feed") && !shown(s)
    });
    t.keys("q");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}
