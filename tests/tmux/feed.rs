//! A feed read in qari: the list of its items, an item opened with Enter,
//! `q` back to the list with the item marked read, `n`/`p` between items,
//! the read marks there again after qari is started anew; and a feed on a
//! server of the test's own whose item is only a summary, its link fetched
//! when it is opened (and the summary shown when the link cannot be read);
//! that feed reached from a page's links, from an item's link, or served as
//! plain text, opens on its items as well, and so does a feed piped in.

use std::sync::OnceLock;

use crate::support::http::{serve, Reply};
use crate::support::tmux::{render, status_line, Tmux};

const TITLES: [&str; 3] = [
    "الخبر الأول عن الاقتصاد",
    "الخبر الثاني عن السياسة",
    "الخبر الثالث عن الرياضة",
];
/// Each item's date, which the list shows as written (ASCII: the test finds
/// an item's line by it).
const DATES: [&str; 3] = ["2022-01-06 08:13", "2022-01-07 09:00", "2022-01-08 10:30"];
const PUB_DATES: [&str; 3] = [
    "Thu, 06 Jan 2022 08:13:00 +0000",
    "Fri, 07 Jan 2022 09:00:00 +0000",
    "Sat, 08 Jan 2022 10:30:00 +0000",
];

/// `text` as the screen shows it, shaped or not (one visual line).
fn shown(text: &str) -> [String; 2] {
    ["on", "off"].map(|shape| {
        render(&["--no-wrap", "--shape", shape], text)
            .trim()
            .to_string()
    })
}

fn shows(screen: &str, text: &str) -> bool {
    shown(text).iter().any(|s| screen.contains(s.as_str()))
}

/// The list's line of the item dated `date`.
fn line_of<'s>(screen: &'s str, date: &str) -> &'s str {
    screen
        .lines()
        .find(|l| l.contains(date))
        .unwrap_or_else(|| panic!("no line for {date}: {screen}"))
}

/// Which items the list shows as read, by their `○`.
fn read_marks(screen: &str) -> [bool; 3] {
    DATES.map(|date| line_of(screen, date).contains('○'))
}

/// A feed of three items with Arabic titles and whole contents.
fn feed_file(t: &Tmux) -> std::path::PathBuf {
    let items: String = (0..3)
        .map(|i| {
            format!(
                "<item><title>{}</title><link>http://127.0.0.1:1/{i}.html</link>\
                 <guid>item-{i}</guid><pubDate>{}</pubDate>\
                 <content:encoded><![CDATA[<p>نص الخبر رقم {} كاملا.</p>]]></content:encoded></item>",
                TITLES[i],
                PUB_DATES[i],
                i + 1
            )
        })
        .collect();
    let path = t.dir.join("feed.xml");
    std::fs::write(
        &path,
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
             xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\
             <title>أخبار تجريبية</title><link>http://127.0.0.1:1/</link>\
             <description>d</description>{items}</channel></rss>\n"
        ),
    )
    .expect("feed");
    path
}

fn wait_for_list(t: &Tmux) -> String {
    t.wait_for("the list of items", |s| DATES.iter().all(|d| s.contains(d)))
}

/// From the list, with the first item marked: j marks the second, Enter
/// opens it whole.
fn open_the_second_item(t: &Tmux) {
    t.keys("j");
    t.wait_for("the second marked", |s| {
        s.contains(DATES[1]) && line_of(s, DATES[1]).contains('◂')
    });
    t.keys("Enter");
    let item = t.wait_for("the second item", |s| status_line(s).contains("(2/3)"));
    assert!(shows(&item, "نص الخبر رقم 2 كاملا."), "{item}");
}

/// Start `command` again, after the session "main" has exited, and see the
/// list marked `marks` (items read), then quit. The new session first:
/// killing the server's only session ends the server, and a session begun
/// while it ends fails ("server exited unexpectedly", twice in CI).
fn remembered_when_started_again(t: &Tmux, command: &str, marks: [bool; 3]) {
    t.start("again", command);
    t.tmux(&["kill-session", "-t", "main"]);
    let screen = wait_for_list(t);
    assert_eq!(read_marks(&screen), marks, "{screen}");
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}

pub fn a_feed_lists_its_items_opens_them_and_remembers_what_was_read() {
    let t = Tmux::new("feedlist", (100, 20));
    let feed = feed_file(&t);
    let command = t.qari(&format!("'{}'", feed.display()));
    t.start("main", &command);
    let screen = wait_for_list(&t);
    for title in TITLES {
        assert!(shows(&screen, title), "{title}: {screen}");
    }
    assert_eq!(read_marks(&screen), [false; 3], "{screen}");
    // The first item is marked; j marks the second, Enter opens it.
    assert!(line_of(&screen, DATES[0]).contains('◂'), "{screen}");
    open_the_second_item(&t);
    // q: the list again, the second item read and still marked.
    t.keys("q");
    let screen = wait_for_list(&t);
    assert_eq!(read_marks(&screen), [false, true, false], "{screen}");
    assert!(line_of(&screen, DATES[1]).contains('◂'), "{screen}");
    // Enter, p, n: the second, the first, the second again; q: the list.
    t.keys("Enter");
    t.wait_for("the second item again", |s| {
        status_line(s).contains("(2/3)")
    });
    t.keys("p");
    let first = t.wait_for("the first item", |s| status_line(s).contains("(1/3)"));
    assert!(shows(&first, "نص الخبر رقم 1 كاملا."), "{first}");
    t.keys("n");
    t.wait_for("the second item once more", |s| {
        status_line(s).contains("(2/3)")
    });
    t.keys("q");
    let screen = wait_for_list(&t);
    assert_eq!(read_marks(&screen), [true, true, false], "{screen}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
    // Started again: the read items are remembered.
    remembered_when_started_again(&t, &command, [true, true, false]);
}

/// The server's address, for the feed's links to it.
static BASE: OnceLock<String> = OnceLock::new();

const SUMMARY: &str = "ملخص قصير عن الأمطار";
const MISSING: &str = "ملخص خبر لم يعد على الخادم";
const FRONT: &str = "الصفحة الأولى";
const FRONT_TEXT: &str = "تابعوا أخبار الطقس في موجزنا";
const DIGEST: &str = "موجز الموجزات";

fn routes(path: &str) -> Option<Reply> {
    let base = BASE.get()?;
    Some(match path {
        "/feed.xml" => Reply::ok(
            "application/rss+xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
                 <title>أخبار الطقس</title><link>{base}/</link><description>d</description>\
                 <item><title>الأمطار تعود</title><link>{base}/story.html</link>\
                 <pubDate>Sun, 03 Nov 2024 09:30:00 +0000</pubDate>\
                 <description>{SUMMARY}</description></item>\
                 <item><title>خبر مفقود</title><link>{base}/missing.html</link>\
                 <pubDate>Mon, 04 Nov 2024 10:00:00 +0000</pubDate>\
                 <description>{MISSING}</description></item></channel></rss>\n"
            )
            .as_bytes(),
        ),
        // A feed of feeds: its one item, only a summary, links to the feed above.
        "/digest.xml" => Reply::ok(
            "application/rss+xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
                 <title>{DIGEST}</title><link>{base}/</link><description>d</description>\
                 <item><title>موجز الطقس</title><link>{base}/feed.xml</link>\
                 <pubDate>Tue, 05 Nov 2024 12:00:00 +0000</pubDate>\
                 <description>نشرة الطقس كل صباح</description></item></channel></rss>\n"
            )
            .as_bytes(),
        ),
        // A feed with no items, and a page and a feed that link to it.
        "/empty.xml" => Reply::ok(
            "application/rss+xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
                 <title>لا شيء</title><link>{base}/</link><description>d</description>\
                 </channel></rss>\n"
            )
            .as_bytes(),
        ),
        "/to-empty.html" => Reply::ok(
            "text/html; charset=utf-8",
            format!(
                "<html lang=\"ar\" dir=\"rtl\"><head><title>{FRONT}</title></head><body>\
                 <article><h1>{FRONT}</h1><p>{FRONT_TEXT} \
                 <a href=\"{base}/empty.xml\">موجز فارغ</a>.</p></article></body></html>"
            )
            .as_bytes(),
        ),
        "/to-empty.xml" => Reply::ok(
            "application/rss+xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
                 <title>{DIGEST}</title><link>{base}/</link><description>d</description>\
                 <item><title>موجز فارغ</title><link>{base}/empty.xml</link>\
                 <pubDate>Tue, 05 Nov 2024 12:00:00 +0000</pubDate>\
                 <description>لا شيء فيه</description></item></channel></rss>\n"
            )
            .as_bytes(),
        ),
        // The same feed as plain text, as a repository's raw file is served.
        "/raw/feed" => {
            let feed = routes("/feed.xml")?;
            Reply::ok("text/plain; charset=utf-8", &feed.body)
        }
        // A page whose one link is the feed.
        "/front.html" => Reply::ok(
            "text/html; charset=utf-8",
            format!(
                "<html lang=\"ar\" dir=\"rtl\"><head><title>{FRONT}</title></head><body>\
                 <article><h1>{FRONT}</h1><p>{FRONT_TEXT} \
                 <a href=\"{base}/feed.xml\">موجز الطقس</a>.</p></article></body></html>"
            )
            .as_bytes(),
        ),
        "/story.html" => Reply::ok(
            "text/html; charset=utf-8",
            &std::fs::read(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/web/article.html"
            ))
            .expect("fixture"),
        ),
        _ => return None,
    })
}

pub fn an_item_with_only_a_summary_opens_the_page_its_link_points_to() {
    let base = BASE.get_or_init(|| serve(routes));
    let t = Tmux::new("feedurl", (100, 20));
    t.start("main", &t.qari(&format!("'{base}/feed.xml'")));
    let screen = t.wait_for("the list", |s| s.contains("2024-11-03 09:30"));
    assert!(shows(&screen, "الأمطار تعود"), "{screen}");
    t.keys("Enter");
    // The page's heading, which the summary does not have.
    let page = t.wait_for("the page of the link", |s| shows(s, "المزارعون يرحبون"));
    assert!(!shows(&page, SUMMARY), "{page}");
    t.keys("q");
    let screen = t.wait_for("the list again", |s| s.contains("2024-11-03 09:30"));
    assert!(
        line_of(&screen, "2024-11-03 09:30").contains('○'),
        "{screen}"
    );
    // A link that cannot be read: the summary, and why in the status bar.
    t.keys("j");
    t.keys("Enter");
    let summary = t.wait_for("the summary", |s| shows(s, MISSING));
    assert!(status_line(&summary).contains("404"), "{summary}");
    t.keys("q");
    t.wait_for("the list once more", |s| s.contains("2024-11-04 10:00"));
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A feed reached by a link from a page's list of links opens on its list
/// of items, as the feed named on the command line does; `q` from the list
/// comes back to the page.
pub fn a_feed_followed_from_a_page_s_links_opens_on_its_items() {
    let base = BASE.get_or_init(|| serve(routes));
    let t = Tmux::new("feedlink", (100, 20));
    t.start("main", &t.qari(&format!("'{base}/front.html'")));
    t.wait_for("the page", |s| shows(s, FRONT_TEXT));
    t.keys("L");
    let list = t.wait_for("the page's links", |s| s.contains(" links "));
    assert!(list.contains(&format!("{base}/feed.xml")), "{list}");
    t.keys("Enter");
    let items = t.wait_for("the feed's items", |s| {
        s.contains("2024-11-03 09:30") && s.contains("2024-11-04 10:00")
    });
    assert!(shows(&items, "الأمطار تعود"), "{items}");
    assert!(!shows(&items, SUMMARY), "a list, not one document: {items}");
    // Enter: the first item, as its own document (its link's page).
    t.keys("Enter");
    t.wait_for("the first item", |s| shows(s, "المزارعون يرحبون"));
    t.keys("q");
    let again = t.wait_for("the list again", |s| s.contains("2024-11-03 09:30"));
    assert!(line_of(&again, "2024-11-03 09:30").contains('○'), "{again}");
    t.keys("q");
    t.wait_for("the page again", |s| shows(s, FRONT_TEXT));
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// An item whose link (it has only a summary) is another feed opens on that
/// feed's list of items, as a feed's link followed from a page does; it was
/// one document of all that feed's items. `q` comes back through the lists.
pub fn an_item_whose_link_is_a_feed_opens_that_feed_s_items() {
    let base = BASE.get_or_init(|| serve(routes));
    let t = Tmux::new("feeditemfeed", (100, 20));
    t.start("main", &t.qari(&format!("'{base}/digest.xml'")));
    let digest = t.wait_for("the digest's list", |s| s.contains("2024-11-05 12:00"));
    assert!(shows(&digest, "موجز الطقس"), "{digest}");
    t.keys("Enter");
    let items = t.wait_for("the linked feed's items", |s| {
        s.contains("2024-11-03 09:30") && s.contains("2024-11-04 10:00")
    });
    assert!(shows(&items, "الأمطار تعود"), "{items}");
    assert!(!shows(&items, SUMMARY), "a list, not one document: {items}");
    assert!(line_of(&items, "2024-11-03 09:30").contains('◂'), "{items}");
    // Its first item, a page of its own; q: its list, the item read.
    t.keys("Enter");
    t.wait_for("the first item", |s| shows(s, "المزارعون يرحبون"));
    t.keys("q");
    let again = t.wait_for("the linked list again", |s| s.contains("2024-11-03 09:30"));
    assert!(line_of(&again, "2024-11-03 09:30").contains('○'), "{again}");
    // q: the digest's list, its item read.
    t.keys("q");
    let digest = t.wait_for("the digest again", |s| {
        s.contains("2024-11-05 12:00") && !s.contains("2024-11-03 09:30")
    });
    assert!(
        line_of(&digest, "2024-11-05 12:00").contains('○'),
        "{digest}"
    );
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A feed with no items reached by a link, from a page's links or from an
/// item, is said in the status bar of the reader the link was followed
/// from, which stays.
pub fn a_linked_feed_with_no_items_is_said_where_it_was_followed() {
    let base = BASE.get_or_init(|| serve(routes));
    let t = Tmux::new("feedempty", (100, 20));
    t.start("main", &t.qari(&format!("'{base}/to-empty.html'")));
    t.wait_for("the page", |s| shows(s, FRONT_TEXT));
    t.keys("L");
    t.wait_for("the page's links", |s| s.contains(" links "));
    t.keys("Enter");
    let page = t.wait_for("the page again, and why", |s| {
        status_line(s).contains("the feed has no items")
    });
    assert!(shows(&page, FRONT_TEXT), "{page}");
    assert!(status_line(&page).contains("empty.xml"), "{page}");
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
    // From an item whose link is that feed: its list again, and why.
    t.start("item", &t.qari(&format!("'{base}/to-empty.xml'")));
    t.tmux(&["kill-session", "-t", "main"]);
    t.wait_for("the list", |s| s.contains("2024-11-05 12:00"));
    t.keys("Enter");
    let list = t.wait_for("the list again, and why", |s| {
        status_line(s).contains("the feed has no items")
    });
    assert!(list.contains("2024-11-05 12:00"), "{list}");
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}

/// A feed piped in (`curl … | qari`) opens on its items, as one named does;
/// it was one document of all of them. Its items are remembered as read,
/// and `:n`, `:p` leave its list for the file named after it and come back
/// to it (standard input is kept, as its document would be).
pub fn a_feed_piped_in_opens_on_its_items() {
    let t = Tmux::new("feedpiped", (100, 20));
    let feed = feed_file(&t);
    let other = t.dir.join("other.txt");
    std::fs::write(&other, "Another file, alone on its line.\n").expect("other");
    let command = format!(
        "cat '{}' | {}",
        feed.display(),
        t.qari(&format!("- '{}'", other.display()))
    );
    t.start("main", &command);
    let screen = wait_for_list(&t);
    for title in TITLES {
        assert!(shows(&screen, title), "{title}: {screen}");
    }
    assert!(
        !shows(&screen, "نص الخبر رقم 1 كاملا."),
        "a list, not one document: {screen}"
    );
    assert_eq!(read_marks(&screen), [false; 3], "{screen}");
    open_the_second_item(&t);
    t.keys("q");
    let screen = wait_for_list(&t);
    assert_eq!(read_marks(&screen), [false, true, false], "{screen}");
    t.keys(":n");
    t.keys("Enter");
    t.wait_for("the next file", |s| s.contains("Another file"));
    t.keys(":p");
    t.keys("Enter");
    let back = wait_for_list(&t);
    assert_eq!(read_marks(&back), [false, true, false], "{back}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
    // Piped in again: the item read is remembered (under the address the
    // feed gives itself).
    remembered_when_started_again(&t, &command, [false, true, false]);
}

/// A feed served as plain text (a repository's raw file) is still a feed.
pub fn a_feed_served_as_plain_text_opens_on_its_items() {
    let base = BASE.get_or_init(|| serve(routes));
    let t = Tmux::new("feedraw", (100, 20));
    t.start("main", &t.qari(&format!("'{base}/raw/feed'")));
    let items = t.wait_for("the feed's items", |s| {
        s.contains("2024-11-03 09:30") && s.contains("2024-11-04 10:00")
    });
    assert!(!items.contains("<rss"), "{items}");
    assert!(!shows(&items, SUMMARY), "a list, not one document: {items}");
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}

pub fn a_feed_with_no_items_is_one_line_and_status_2() {
    let t = Tmux::new("feedempty", (200, 10));
    let empty = t.fixture().with_file_name("empty-feed.xml");
    std::fs::write(
        &empty,
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>",
    )
    .expect("feed");
    t.start("main", &t.qari(&format!("'{}'", empty.display())));
    let screen = t.wait_for("the error", |s| s.contains("EXITED"));
    assert!(
        screen.contains(&format!("qari: {}: the feed has no items", empty.display())),
        "{screen}"
    );
    assert!(screen.contains("EXITED 2"), "{screen}");
}

/// A feed with a stray tag opens on the items that could be read, the
/// status bar saying where it broke; the list that comes back says no more.
pub fn a_broken_feed_opens_on_its_items_saying_where_it_broke() {
    let t = Tmux::new("feedbroken", (200, 10));
    let broken = t.fixture().with_file_name("broken-feed.xml");
    std::fs::write(
        &broken,
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>\n\
         <item><title>First item</title><description>A <b>bold claim</description></item>\n\
         <item><title>Second item</title></item>",
    )
    .expect("feed");
    t.start("main", &t.qari(&format!("'{}'", broken.display())));
    let screen = t.wait_for("the list", |s| s.contains("Second item"));
    assert!(screen.contains("First item"), "{screen}");
    assert!(
        status_line(&screen).contains("the feed is broken at line 2"),
        "{screen}"
    );
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}
