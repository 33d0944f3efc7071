//! Feeds: their dialects, addresses and links, titles, dates, items listed one
//! a line, and an item's story.

use super::*;

#[test]
fn feeds_of_every_dialect() {
    let rss = read(fixture!("rss2.xml"), "f.xml");
    let feed = rss.feed.as_ref().expect("a feed");
    assert_eq!(feed.title, "صحيفة الوادي - آخر الأخبار");
    assert_eq!(feed.items.len(), 2);
    assert_eq!(feed.items[0].date.as_deref(), Some("2024-11-03 09:30"));
    assert!(!feed.items[0].summary_only);
    assert!(feed.items[1].summary_only);
    assert!(rss.text().contains(
        "الأمطار تعود إلى عمّان\n2024-11-03 09:30 UTC · http://127.0.0.1/news/rain.html\nهطلت"
    ));
    let atom = read(fixture!("atom.xml"), "a.atom");
    assert!(
        atom.text().contains("افتتحت البلدية حديقة جديدة"),
        "{}",
        atom.text()
    );
    let rdf = read(fixture!("rdf.xml"), "r.rdf");
    assert!(
        rdf.text().contains("طقس اليوم: غائم جزئيًا"),
        "{}",
        rdf.text()
    );
    let bare = read(fixture!("no-content.xml"), "n.xml");
    assert!(
        bare.text()
            .contains("عنوان بلا محتوى\nhttp://127.0.0.1/a.html\n(untitled)"),
        "{}",
        bare.text()
    );
    // Cut inside a tag: the item before the cut, and where it broke.
    let broken = from_bytes(fixture!("broken.xml"), &Hint::default()).expect("mended");
    assert_eq!(broken.text(), "مكسورة\n\nخبر\n");
    assert!(
        matches!(
            broken.warnings.as_slice(),
            [crate::core::notice::Warning::BrokenFeed { line: 2, .. }]
        ),
        "{:?}",
        broken.warnings
    );
    let none = from_bytes(b"<rss><channel><title>x</title><a></b>", &Hint::default());
    assert!(matches!(none, Err(ArticleError::Feed(_))), "{none:?}");
}

#[test]
fn a_feed_says_where_it_is_by_its_own_link_its_site_or_its_id() {
    let address = |bytes: &[u8]| read(bytes, "f.xml").feed.expect("a feed").address;
    // RSS: the channel's link, unless an atom:link says where the feed itself is.
    assert_eq!(
        address(fixture!("rss2.xml")).as_deref(),
        Some("http://127.0.0.1/")
    );
    let own =
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\
               <channel><title>t</title><link>http://127.0.0.1/</link>\
               <atom:link href=\"http://127.0.0.1/feed.xml\" rel=\"self\"/>\
               <item><title>a</title></item></channel></rss>";
    assert_eq!(
        address(own.as_bytes()).as_deref(),
        Some("http://127.0.0.1/feed.xml")
    );
    // Atom without links: its id.
    assert_eq!(
        address(fixture!("atom.xml")).as_deref(),
        Some("urn:qari:test:atom")
    );
}

#[test]
fn a_feed_s_relative_item_links_are_read_against_its_site() {
    let rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\
               <channel><title>t</title><link>http://127.0.0.1/news/</link>\
               <atom:link href=\"http://127.0.0.1/feed.xml\" rel=\"self\"/>\
               <item><title>a</title><link>story.html</link></item></channel></rss>";
    // Piped in: no address of its own, its links as written.
    let feed = read(rss.as_bytes(), "").feed.expect("a feed");
    assert_eq!(feed.items[0].link.as_deref(), Some("story.html"));
    // The channel's link, not the feed's own, is the site.
    assert_eq!(feed.site.as_deref(), Some("http://127.0.0.1/news/"));
    assert_eq!(
        feed.on_site("story.html").as_deref(),
        Some("http://127.0.0.1/news/story.html")
    );
    assert_eq!(
        feed.on_site("mailto:a@b.example").as_deref(),
        Some("mailto:a@b.example")
    );
    // A feed that names no site: nowhere to go from.
    let atom = read(fixture!("atom.xml"), "").feed.expect("a feed");
    assert_eq!(atom.site, None);
    assert_eq!(atom.on_site("a.html"), None);
}

#[test]
fn an_item_s_link_is_its_page_made_absolute_against_the_feed() {
    let hint = Hint {
        name: "feed.xml",
        url: Some("http://127.0.0.1:9/ar/feed.xml"),
        ..Hint::default()
    };
    // RSS: a link relative to the site and one to the feed's folder, a
    // guid that is the page's address, an item with no title.
    let rss = r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>ق</title>
        <item><title>أ</title><link>/news/a.html</link></item>
        <item><title>ب</title><link>b.html</link></item>
        <item><title>ج</title><guid isPermaLink="true">https://x.example/c</guid></item>
        <item><description>أعلنت الوزارة اليوم افتتاح مدرسة جديدة في القرية الواقعة شمال المدينة بعد سنوات من الانتظار</description></item>
        </channel></rss>"#;
    let feed = from_bytes(rss.as_bytes(), &hint)
        .expect("a feed")
        .feed
        .expect("items");
    let links: Vec<_> = feed.items.iter().map(|i| i.link.as_deref()).collect();
    assert_eq!(
        links,
        [
            Some("http://127.0.0.1:9/news/a.html"),
            Some("http://127.0.0.1:9/ar/b.html"),
            Some("https://x.example/c"),
            None
        ]
    );
    assert_eq!(
        feed.items[3].title,
        "أعلنت الوزارة اليوم افتتاح مدرسة جديدة في القرية الواقعة شمال\u{2026}"
    );
    // Atom: the entry's page is its alternate link, not its comments feed
    // nor its picture, whatever their order.
    let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
        <title>ق</title><id>urn:q</id><updated>2024-01-01T00:00:00Z</updated>
        <entry><title>أ</title><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated>
        <link rel="replies" type="application/atom+xml" href="http://127.0.0.1:9/a/comments"/>
        <link rel="enclosure" type="image/jpeg" href="http://127.0.0.1:9/a.jpg"/>
        <link rel="alternate" type="text/html" href="http://127.0.0.1:9/a.html"/></entry>
        </feed>"#;
    let feed = from_bytes(atom.as_bytes(), &hint)
        .expect("a feed")
        .feed
        .expect("items");
    assert_eq!(
        feed.items[0].link.as_deref(),
        Some("http://127.0.0.1:9/a.html")
    );
}

#[test]
fn markup_in_a_feed_s_titles_is_read_as_html_and_pre_keeps_its_lines() {
    // Titles in CDATA with tags, and titles with escaped tags: a reader
    // sees their text, as other feed readers show it.
    let article = read(fixture!("markup-titles.xml"), "m.xml");
    let feed = article.feed.as_ref().expect("a feed");
    assert_eq!(feed.title, "أخبار اليوم");
    assert_eq!(feed.items[0].title, "عاجل: افتتاح & المعرض");
    // A break or a paragraph parts words; script and style are no text.
    assert_eq!(feed.items[1].title, "سطر وآخر وفقرة");
    assert_eq!(feed.items[2].title, "خبر ثان");
    // The first item's body has a <pre> of two lines: they stay two lines,
    // with their spaces and tabs.
    let body = feed.items[0].article().text();
    assert!(
        body.contains("سطر أول\n    سطر ثان\tبعد جدولة\n"),
        "{body:?}"
    );
    assert!(body.contains("افتتح الوزير المعرض."), "{body}");
}

#[test]
fn atom_text_is_text_and_atom_html_is_markup() {
    let feed = read(fixture!("atom-types.xml"), "t.atom")
        .feed
        .expect("a feed");
    let text_of = |i: usize| feed.items[i].article().text();
    // type="text": `<b>` and `&amp;` as written, one block a line.
    let plain = text_of(0);
    assert!(
        plain.contains("إذا كان أ < ب و <b>ليس وسما</b> &amp; هنا.\nفقرة ثانية.\n"),
        "{plain}"
    );
    let summary = text_of(1);
    assert!(summary.contains("ملخص فيه <i>علامة</i> حرفية"), "{summary}");
    assert!(feed.items[1].summary_only);
    // type="html" (escaped) and "xhtml" (inline): their tags are markup.
    let html = text_of(2);
    assert!(html.contains("فقرة مهمة & أخرى\n"), "{html}");
    assert!(!html.contains('<'), "{html}");
    // Titles too: Atom's text is text, its HTML markup.
    assert_eq!(feed.items[0].title, "نص صريح <b> &amp;");
    assert_eq!(feed.items[2].title, "أتش تي أم أل &");
    let xhtml = text_of(3);
    assert!(xhtml.contains("فقرة xhtml هنا\n"), "{xhtml}");
    assert!(!xhtml.contains('<'), "{xhtml}");
}

#[test]
fn a_feed_with_html_s_entities_and_a_bare_ampersand_is_read() {
    let rss = r#"<?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>أخبار & تقارير</title>
        <item><title>الذهب & الفضة&nbsp;اليوم &copy; 2024</title>
        <link>http://127.0.0.1:9/a?x=1&y=2</link>
        <description><![CDATA[<p>نص &amp; تفاصيل</p>]]></description></item>
        </channel></rss>"#;
    let feed = crate::core::article::feed::parse(rss.as_bytes(), None).expect("a feed");
    assert_eq!(feed.title, "أخبار & تقارير");
    // (Titles are collapsed: the no-break space is a space.)
    assert_eq!(feed.items[0].title, "الذهب & الفضة اليوم © 2024");
    assert_eq!(
        feed.items[0].link.as_deref(),
        Some("http://127.0.0.1:9/a?x=1&y=2")
    );
    // Still no feed: XML broken otherwise.
    assert!(crate::core::article::feed::parse(b"<rss><channel><title>x", None).is_err());
}

#[test]
fn a_feed_lists_one_line_per_item_with_its_date_source_and_read_mark() {
    let rss = read(fixture!("rss2.xml"), "f.xml");
    let feed = rss.feed.expect("a feed");
    let first = &feed.items[0];
    assert_eq!(first.source.as_deref(), Some("127.0.0.1"));
    // No guid: the item is known by its link.
    assert_eq!(first.key(), "http://127.0.0.1/news/rain.html");
    let text = feed.list_text(|item| item.key() == first.key());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            "○ الأمطار تعود إلى عمّان · \u{2066}2024-11-03\u{a0}09:30\u{a0}UTC\u{2069} · \u{2068}127.0.0.1\u{2069}",
            "● افتتاح معرض الكتاب · \u{2066}2024-11-02\u{a0}18:00\u{a0}UTC\u{2069} · \u{2068}127.0.0.1\u{2069}",
        ]
    );
    // The line is right to left, and the date stays one left-to-right run.
    assert_eq!(
        qari_layout::paragraph_direction(lines[0]),
        Some(qari_layout::Direction::Rtl)
    );
    let atom = read(fixture!("atom.xml"), "a.atom").feed.expect("atom");
    assert!(atom.items.iter().all(|item| !item.id.is_empty()));
}

#[test]
fn a_feed_s_dates_say_they_are_utc() {
    // 10:00 and 01:30 in Cairo (+0200): the second on the 13th there.
    let rss = "<rss version=\"2.0\"><channel><title>ق</title>\
        <item><title>أ</title><link>http://127.0.0.1/1</link><pubDate>Tue, 12 Mar 2024 10:00:00 +0200</pubDate></item>\
        <item><title>ب</title><link>http://127.0.0.1/2</link><pubDate>Wed, 13 Mar 2024 01:30:00 +0200</pubDate></item>\
        </channel></rss>";
    let article = read(rss.as_bytes(), "f.xml");
    assert!(
        article
            .text()
            .contains("2024-03-12 23:30 UTC · http://127.0.0.1/2"),
        "{}",
        article.text()
    );
    let feed = article.feed.expect("a feed");
    let item = &feed.items[0];
    assert_eq!(item.shown_date().as_deref(), Some("2024-03-12 08:00 UTC"));
    assert_eq!(item.article().date.as_deref(), Some("2024-03-12 08:00 UTC"));
    assert!(feed
        .list_text(|_| false)
        .contains("2024-03-12\u{a0}08:00\u{a0}UTC"));
    // The key of an item without an id or link stays as it was stored.
    let untitled = feed::Item {
        link: None,
        ..item.clone()
    };
    assert_eq!(untitled.key(), "أ 2024-03-12 08:00");
}

#[test]
fn a_description_that_is_the_whole_story_needs_no_fetch() {
    let paragraph = "قال المتحدث باسم الوزارة إن الفرق الميدانية واصلت عملها طوال الليل \
                     لإعادة فتح الطرق التي أغلقتها السيول في عدد من القرى الجبلية، وإن \
                     الأضرار ما زالت قيد الحصر، مضيفا أن المساعدات وصلت إلى الأسر المتضررة.";
    let story: String = (0..6)
        .map(|_| format!("&lt;p&gt;{paragraph}&lt;/p&gt;"))
        .collect();
    let summary = format!("&lt;p&gt;{paragraph}&lt;/p&gt;");
    let rss = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>أخبار</title>\
         <item><title>السيول</title><link>http://127.0.0.1:1/a.html</link>\
         <description>{story}</description></item>\
         <item><title>الأمطار</title><link>http://127.0.0.1:1/b.html</link>\
         <description>{summary}</description></item></channel></rss>"
    );
    let feed = crate::core::article::feed::parse(rss.as_bytes(), None).expect("a feed");
    assert!(!feed.items[0].summary_only, "six paragraphs are the story");
    assert!(feed.items[1].summary_only, "one paragraph sums the page up");
}
