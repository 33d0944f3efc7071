//! Articles from the hand-written pages and feeds in `tests/fixtures/web/`.

use super::*;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/web/",
            $name
        ))
    };
}

fn read(bytes: &[u8], name: &str) -> Article {
    from_bytes(
        bytes,
        &Hint {
            name,
            ..Hint::default()
        },
    )
    .expect("an article")
}

#[test]
fn the_story_without_the_page_around_it() {
    let article = read(fixture!("article.html"), "article.html");
    let text = article.text();
    assert!(
        text.starts_with("الأمطار تعود إلى عمّان بعد صيف طويل"),
        "{text}"
    );
    for kept in [
        "هطلت الأمطار صباح الأحد",
        "تجاوزت عشرين ملليمترًا", // &#1593;… decoded
        "المزارعون يرحبون",
        "«هذه أول مرة",
        "• تجنب القيادة",
        "Source: Jordan",
    ] {
        assert!(text.contains(kept), "{kept:?} missing from\n{text}");
    }
    for dropped in [
        "اقرأ أيضًا",
        "ارتفاع أسعار",
        "شارك على",
        "نسخ الرابط",
        "الحمد لله",
        "جميع الحقوق",
        "analytics",
        "font-family",
        "سياسة\n",
    ] {
        assert!(!text.contains(dropped), "{dropped:?} kept in\n{text}");
    }
    assert_eq!(article.direction, Some(Direction::Rtl));
    let english = article.blocks.iter().find(|b| b.text.starts_with("Source"));
    assert_eq!(english.and_then(|b| b.direction), Some(Direction::Ltr));
    assert!(article
        .links
        .iter()
        .any(|l| l.href == "/weather/roads" && l.text == "متابعة النشرات"));
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
}

#[test]
fn no_article_falls_back_to_the_visible_text_and_says_so() {
    // A front page: its headlines are links, and readability's best block is
    // not a story.
    let article = read(fixture!("front-page.html"), "x.html");
    let text = article.text();
    assert!(
        text.starts_with("الصفحة الرئيسية\n\nأهم الأخبار\n"),
        "{text}"
    );
    assert!(text.contains("الأكثر قراءة"), "{text}");
    assert_eq!(article.warnings, [crate::core::notice::Warning::NoArticle]);
    assert_eq!(
        article.warnings[0].to_string(),
        "no article found in the page: showing all its text"
    );
}

#[test]
fn a_page_too_short_to_look_like_an_article_is_its_marked_story_or_said_whole() {
    // Too short for readability's "probably readable", but the page marks
    // its story (an <article>, a <main>): the story, and nothing to say.
    let article = read(fixture!("short-story.html"), "x.html");
    assert_eq!(
        article.text(),
        "خبر قصير\n\nافتتاح معرض الكتاب\n\
         افتتح وزير الثقافة معرض الكتاب في عمان اليوم بمشاركة مئة دار نشر من عشرين دولة عربية وأجنبية.\n\
         وقال الوزير إن المعرض يستمر عشرة أيام.\n"
    );
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
    // A heading that repeats the page's title (readability drops it from the
    // story), a byline and a date: still all story.
    let titled = read(fixture!("short-story-titled.html"), "x.html");
    assert!(titled.warnings.is_empty(), "{:?}", titled.warnings);
    assert!(titled.text().contains("ضمن برنامج وطني لتشجيع القراءة."));
    assert!(!titled.text().contains("جميع الحقوق محفوظة"));
    // Nothing marks it: the page, without its furniture, said to be whole.
    let bare = read(fixture!("no-article.html"), "x.html");
    assert_eq!(bare.text(), "قائمة\n\nمرحبًا بكم\nالصفحة قيد الإنشاء\n");
    assert_eq!(bare.warnings, [crate::core::notice::Warning::WholePage]);
    assert_eq!(
        bare.warnings[0].to_string(),
        "the story could not be told from the page around it: showing the page's text without its menus and footer"
    );
}

#[test]
fn a_short_story_is_the_element_the_page_marks_it_with() {
    // Four short paragraphs, and around them text that is no link and no
    // furniture by its name: a newsletter's box and a notice.
    let story = "<h1>افتتاح الجسر الجديد</h1>\
        <p>افتتح رئيس الوزراء صباح اليوم الجسر الجديد فوق النهر.</p>\
        <p>ويربط الجسر ضفتي المدينة ويختصر الطريق نصف ساعة.</p>\
        <p>وقال الوزير إن العمل فيه استمر ثلاث سنوات.</p>\
        <p>ويتوقع أن يعبره مئة ألف سائق كل يوم.</p>";
    let around = "<div class='box'><p>اشترك في نشرتنا البريدية لتصلك الأخبار كل صباح</p></div>\
        <div class='notice'><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك</p></div>";
    let page = |marked: &str| {
        format!(
            "<html><head><title>الجسر</title></head><body>{around}{marked}{around}</body></html>"
        )
    };
    for marked in [
        format!("<article>{story}</article>"),
        format!("<main>{story}</main>"),
        format!("<div itemprop='articleBody'>{story}</div>"),
    ] {
        let article = read(page(&marked).as_bytes(), "bridge.html");
        let text = article.text();
        assert!(text.contains("ويتوقع أن يعبره"), "{text}");
        assert!(!text.contains("اشترك في نشرتنا"), "{marked}: {text}");
        assert!(article.warnings.is_empty(), "{:?}", article.warnings);
    }
    // In a `<div>` under its headline, and most of the page: the element
    // the headline heads.
    let headed = format!(
        "<html><head><title>الجسر</title></head><body>{around}<div>{story}</div></body></html>"
    );
    let article = read(headed.as_bytes(), "bridge.html");
    let text = article.text();
    assert!(text.contains("ويتوقع أن يعبره"), "{text}");
    assert!(!text.contains("اشترك في نشرتنا"), "{text}");
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
    // Unmarked, and its headline no `<h1>`: the whole page, and the reader
    // is told.
    let unheaded = story.replace("h1>", "p>");
    let article = read(
        page(&format!("<div>{unheaded}</div>")).as_bytes(),
        "bridge.html",
    );
    let text = article.text();
    assert!(
        text.contains("ويتوقع أن يعبره") && text.contains("اشترك في نشرتنا"),
        "{text}"
    );
    assert_eq!(
        article.warnings,
        [crate::core::notice::Warning::WholePage],
        "{text}"
    );
    // A front page's <main> of headlines is no story.
    let cards: String = (1..8)
        .map(|n| format!("<p><a href='/n{n}'>عنوان الخبر رقم {n} في الصفحة الأولى</a></p>"))
        .collect();
    let front = read(
        format!(
            "<html><head><title>الرئيسية</title></head><body><main>{cards}</main></body></html>"
        )
        .as_bytes(),
        "front.html",
    );
    assert!(!front.warnings.is_empty(), "{:?}", front.warnings);
}

#[test]
fn a_page_without_text_and_truncated_markup() {
    let empty = from_bytes(fixture!("empty.html"), &Hint::default());
    assert_eq!(empty, Err(ArticleError::Empty));
    let cut = read(fixture!("truncated.html"), "cut.html");
    assert!(cut.text().contains("نص مقطوع عريض مائل"), "{}", cut.text());
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
    let broken = from_bytes(fixture!("broken.xml"), &Hint::default());
    assert!(matches!(broken, Err(ArticleError::Feed(_))), "{broken:?}");
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
fn a_line_against_its_first_letter_gets_a_direction_mark() {
    let page = "<html dir='rtl'><body><p>CNN قالت إن الأمطار ستستمر حتى الثلاثاء في أغلب المناطق الشمالية والوسطى من البلاد، وفق نشرة الأرصاد الجوية الصادرة صباح اليوم.</p>\
                <p dir='ltr'>عنوان: Main Street</p><p>نص عادي</p></body></html>";
    let article = read(page.as_bytes(), "p.html");
    let text = article.text();
    let lines: Vec<String> = text.lines().map(|l| l.chars().take(4).collect()).collect();
    assert!(
        lines.iter().any(|l| l.starts_with("\u{200F}CNN")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("\u{200E}عن")),
        "{lines:?}"
    );
    assert!(lines.iter().any(|l| l.starts_with("نص")), "{lines:?}");
}

#[test]
fn a_block_s_own_lang_hints_its_direction_in_a_page_of_the_other() {
    let page = "<html dir='rtl' lang='ar'><body><p>نص عربي طويل بما يكفي ليكون فقرة في المقال الذي نقرؤه الآن وما بعده.</p>\
                <p lang='en'>. Reuters said it rained</p><p lang='en' dir='rtl'>. Dir wins</p></body></html>";
    let article = read(page.as_bytes(), "p.html");
    let text = article.text();
    // The English block is not made right to left by the page's `dir`: its
    // first letter already says left to right, so it needs no mark.
    assert!(text.lines().any(|l| l.starts_with(". Reuters")), "{text:?}");
    assert!(
        text.lines().any(|l| l.starts_with("\u{200F}. Dir")),
        "{text:?}"
    );
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

/// The article read from `page` with `fragment`, and the text from where
/// its target is (`None`: no target).
fn from_target(page: &[u8], fragment: &str) -> Option<String> {
    let hint = Hint {
        name: "sections.html",
        fragment: Some(fragment),
        ..Hint::default()
    };
    let (text, at) = from_bytes(page, &hint)
        .expect("an article")
        .text_and_target();
    at.map(|at| text.chars().skip(at).collect())
}

#[test]
fn a_fragment_names_the_element_the_reader_starts_at() {
    let page = fixture!("sections.html");
    // An id on a heading: the heading's start.
    let section = from_target(page, "section2").expect("the heading");
    assert!(
        section.starts_with("القسم الثاني\nالفقرة رقم 7"),
        "{section}"
    );
    // An `<a name>` inside a paragraph: where it stands in the line.
    let anchor = from_target(page, "p3").expect("the anchor");
    assert!(anchor.starts_with("الجملة المرساة هنا"), "{anchor}");
    // None there: no target; and the text is the same either way.
    assert_eq!(from_target(page, "nowhere"), None);
    let plain = read(page, "sections.html").text();
    let hint = Hint {
        fragment: Some("section2"),
        ..Hint::default()
    };
    assert_eq!(from_bytes(page, &hint).expect("page").text(), plain);
}

#[test]
fn a_fragment_escaped_in_a_list_or_outside_the_story_is_found() {
    let words = "كلام يكفي لملء سطر من النص في القارئ وأكثر قليلا، ".repeat(4);
    let page = format!(
        "<html lang='ar'><head><title>صفحة</title></head><body>\
         <nav id='menu'><a href='/'>الرئيسية</a> <a href='/b'>الأخبار</a></nav>\
         <article><h1>صفحة</h1><p>أول {words}</p><p>ثان {words}</p>\
         <ul><li>بند أول</li><li id='م'>بند ثان</li></ul><p>أخير {words}</p></article>\
         <footer id='foot'>حقوق النشر</footer></body></html>"
    );
    // `#%D9%85` is `id="م"`; a list item's bullet comes before it.
    let item = from_target(page.as_bytes(), "%D9%85").expect("the item");
    assert!(item.starts_with("• بند ثان"), "{item}");
    // The menu, which the story leaves out, is before its first block.
    let menu = from_target(page.as_bytes(), "menu").expect("the menu");
    assert!(menu.starts_with("أول"), "{menu}");
    // The footer is after its last: the end.
    assert_eq!(from_target(page.as_bytes(), "foot").as_deref(), Some(""));
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

#[test]
fn a_brief_is_its_own_paragraphs_not_its_comments_nor_its_boxes_of_links() {
    // Two paragraphs and thirty comments: the comments are more text than
    // the story, and readability took them for it. Around the paragraphs, a
    // page's furniture: "اقرأ أيضا" and its link, WordPress's card of another
    // post, a link paragraph, a related box, an ad's alt, a video's fallback.
    let article = read(fixture!("brief-with-comments.html"), "brief.html");
    let body: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        body,
        [
            // Too short to look like an article to readability: the page is
            // shown, without its furniture, from its heading on.
            "البرلمان يصادق على قانون المالية",
            "صادق مجلس النواب مساء الأحد على مشروع قانون المالية للسنة المقبلة بأغلبية مريحة، بعد نقاش دام أسبوعين داخل لجنة المالية.",
            "جلسة التصويت في مجلس النواب",
            "وقال وزير المالية إن القانون يحافظ على التوازنات الكبرى ويرفع الاستثمار العمومي إلى مستوى غير مسبوق.",
        ],
        "{}",
        article.text()
    );
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
}

#[test]
fn a_story_s_boxes_of_links_and_comments_are_taken_out_before_readability_looks() {
    // The same furniture in a story long enough for readability.
    let brief = String::from_utf8_lossy(fixture!("brief-with-comments.html"));
    let more: String = (2..8)
        .map(|n| {
            format!(
                "<p>وفي الفقرة {n} من الخبر أوضح المتحدث باسم الحكومة أن الإجراءات الجديدة ستدخل \
                 حيز التنفيذ مطلع السنة المقبلة، وأن الوزارات المعنية ستصدر النصوص التطبيقية في \
                 أجل أقصاه ثلاثة أشهر من تاريخ النشر في الجريدة الرسمية.</p>"
            )
        })
        .collect();
    let story = brief.replacen("<video controls>", &format!("{more}<video controls>"), 1);
    let article = read(story.as_bytes(), "story.html");
    let text = article.text();
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
    assert!(text.contains("وفي الفقرة 7 من الخبر"), "{text}");
    assert!(text.contains("وقال وزير المالية"), "{text}");
    for furniture in [
        "اقرأ أيضا",
        "ترفع الدعم",
        "يعرض الميزانية",
        "المعارضة تنتقد",
        "ذات صلة",
        "ضريبة على الثروة",
        "تعليق",
        "إعلان",
        "Your browser",
    ] {
        assert!(!text.contains(furniture), "{furniture:?} kept in\n{text}");
    }
    // The summary, cut short with "[…]", says the first paragraph again.
    assert_eq!(article.lead, None);
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

#[test]
fn an_arabic_feed_s_headline_that_opens_with_a_latin_word_reads_right_to_left() {
    let rss = r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
        <title>تقنية</title><language>ar</language>
        <item><title>iPhone 16: آبل تكشف هاتفها الجديد</title><link>http://127.0.0.1:9/a</link>
        <description>OpenAI قالت إن النموذج الجديد أسرع.</description></item>
        <item><title>خبر عربي</title><link>http://127.0.0.1:9/b</link></item>
        <item><title>Samsung Galaxy S25 Ultra: المراجعة</title><link>http://127.0.0.1:9/c</link>
        <description>&lt;p&gt;&amp;nbsp;هاتف جديد من سامسونج يصل إلى الأسواق.&amp;nbsp;&lt;/p&gt;</description></item>
        <item><title>Manchester United vs Liverpool</title><link>http://127.0.0.1:9/d</link>
        <description>&lt;p&gt;ملخص المباراة.&lt;/p&gt;</description></item>
        </channel></rss>"#;
    let feed = crate::core::article::feed::parse(rss.as_bytes(), None).expect("a feed");
    let lines: Vec<String> = feed
        .list_text(|_| false)
        .lines()
        .map(String::from)
        .collect();
    // A right-to-left mark before the line that would read left to right.
    assert!(
        lines[0].starts_with("\u{200F}● iPhone 16"),
        "{:?}",
        lines[0]
    );
    assert!(lines[1].starts_with("● خبر عربي"), "{:?}", lines[1]);
    // More Latin letters than Arabic in a headline of an Arabic item: still
    // a right-to-left line, as its neighbours.
    assert!(
        lines[2].starts_with("\u{200F}● Samsung Galaxy"),
        "{:?}",
        lines[2]
    );
    // No Arabic letter at all: left to right.
    assert!(lines[3].starts_with("● Manchester"), "{:?}", lines[3]);
    let whole = feed.clone().into_article().text();
    assert!(
        whole.contains(
            "\n\u{200F}Samsung Galaxy S25 Ultra: المراجعة\n\u{200F}http://127.0.0.1:9/c\n"
        ),
        "{whole:?}"
    );
    // The item read alone: its headline and its body's line too.
    let item = feed.items[0].article().text();
    assert!(item.starts_with("\u{200F}iPhone 16"), "{item:?}");
    assert!(item.contains("\n\u{200F}OpenAI قالت"), "{item:?}");
    // A feed in English gets no marks.
    let english = r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
        <title>Tech</title><language>en-us</language>
        <item><title>iPhone 16 goes on sale in Riyadh</title><link>http://127.0.0.1:9/a</link>
        <description>Apple said demand was strong.</description></item>
        </channel></rss>"#;
    let feed = crate::core::article::feed::parse(english.as_bytes(), None).expect("a feed");
    assert!(feed.list_text(|_| false).starts_with("● iPhone"));
}

#[test]
fn an_arabic_feed_that_declares_english_is_read_in_its_letters_direction() {
    // `en-us` is many an Arabic CMS's default: the titles and bodies say
    // otherwise, and they decide.
    let rss = r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
        <title>أخبار التقنية</title><language>en-us</language>
        <item><title>Apple تطلق iPhone 16 في السعودية والإمارات</title><link>http://127.0.0.1:9/a</link>
        <description><![CDATA[<p>أطلقت شركة Apple هاتفها الجديد في الرياض ودبي اليوم.</p>
        <p>وقال متحدث باسم الشركة إن الطلب كان كبيرا.</p><p>Tim Cook: great.</p>]]></description></item>
        <item><title>Galaxy S24</title><link>http://127.0.0.1:9/b</link>
        <description>On sale in May.</description></item>
        </channel></rss>"#;
    let feed = crate::core::article::feed::parse(rss.as_bytes(), None).expect("a feed");
    assert_eq!(feed.direction, Some(Direction::Rtl));
    let lines: Vec<String> = feed
        .list_text(|_| false)
        .lines()
        .map(String::from)
        .collect();
    // The Arabic headline that opens with "Apple" is a right-to-left line;
    // the English one keeps its own direction (no mark turns it).
    assert!(lines[0].starts_with("\u{200F}● Apple"), "{:?}", lines[0]);
    assert!(lines[1].starts_with("● Galaxy"), "{:?}", lines[1]);
    // The item read alone: its Arabic paragraphs right to left (the first
    // opens with an Arabic letter: no mark), its English one left to right.
    let item = feed.items[0].article().text();
    assert!(item.starts_with("\u{200F}Apple تطلق"), "{item:?}");
    assert!(item.contains("\nأطلقت شركة Apple"), "{item:?}");
    assert!(item.contains("\nTim Cook: great."), "{item:?}");
    let english = feed.items[1].article().text();
    assert!(english.starts_with("Galaxy S24"), "{english:?}");
    assert!(english.contains("\nOn sale in May."), "{english:?}");
    // The whole feed as one text: each item in its own direction.
    let whole = feed.clone().into_article().text();
    assert!(whole.contains("\n\u{200F}Apple تطلق"), "{whole:?}");
    // Its link line too, in the item's direction: no right-to-left mark.
    assert!(
        whole.contains("\nGalaxy S24\nhttp://127.0.0.1:9/b\nOn sale in May."),
        "{whole:?}"
    );
    assert!(whole.contains("\nOn sale in May."), "{whole:?}");
}

#[test]
fn a_page_drawn_by_its_scripts_is_read_from_its_structured_data() {
    // No text in the markup: the story is in the JSON-LD search engines read.
    let page = r#"<html lang="ar"><head><title>النفط يقفز</title>
        <meta property="og:description" content="ملخص الخبر.">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebPage","name":"x"},
          {"@type":"NewsArticle","headline":"النفط يقفز","articleBody":"ارتفعت أسعار النفط اليوم.\nوقال محللون إن القرار متوقع."}]}
        </script></head><body><div id="__next"></div><script>hydrate()</script></body></html>"#;
    let article = read(page.as_bytes(), "x.html");
    let body: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        body,
        ["ارتفعت أسعار النفط اليوم.", "وقال محللون إن القرار متوقع."]
    );
    // Without it, its summary; without either, still no text.
    let summary = page.replace("articleBody", "other");
    let article = read(summary.as_bytes(), "x.html");
    assert_eq!(article.blocks[0].text, "ملخص الخبر.");
    let bare = "<html><head><title>x</title></head><body><div></div></body></html>";
    assert_eq!(
        from_bytes(bare.as_bytes(), &Hint::default()),
        Err(ArticleError::Empty)
    );
}

#[test]
fn wordpress_s_line_under_a_post_is_not_part_of_the_story() {
    let rss = r#"<rss version="2.0"><channel><title>ق</title>
        <item><title>خبر</title><link>http://127.0.0.1:9/a</link>
        <description><![CDATA[<p>نص الخبر الأول.</p><p>The post <a href="http://127.0.0.1:9/a">خبر</a> appeared first on <a href="http://127.0.0.1:9/">موقع</a>.</p>]]></description></item>
        <item><title>خبر ثان</title><link>http://127.0.0.1:9/b</link>
        <description><![CDATA[<p>نص الخبر الثاني.</p><p>ظهرت المقالة <a href="http://127.0.0.1:9/b">خبر ثان</a> أولاً على <a href="http://127.0.0.1:9/">موقع</a>.</p>]]></description></item>
        </channel></rss>"#;
    let feed = crate::core::article::feed::parse(rss.as_bytes(), None).expect("a feed");
    for (item, story) in feed
        .items
        .iter()
        .zip(["نص الخبر الأول.", "نص الخبر الثاني."])
    {
        let body: Vec<String> = item.article().blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(body, [story]);
    }
}

/// Three paragraphs of a story, each `sentence` with more words after it.
fn paragraphs(sentence: &str) -> String {
    (1..=3)
        .map(|n| format!("<p>{sentence} في الفقرة {n} وما يليها من تفاصيل الخبر كما رواها المسؤولون اليوم.</p>"))
        .collect()
}

#[test]
fn the_next_story_below_a_page_s_own_does_not_take_its_place() {
    // An "infinite scroll" page: its own story, then the next one rendered
    // under it, longer, which readability preferred.
    let own = paragraphs("أطلقت الوزارة حملة التطعيم");
    let next = paragraphs("قضت المحكمة بحبس المسؤول").repeat(2);
    let page = format!(
        r#"<html lang="ar"><head><title>حملة التطعيم - القبس</title>
        <meta property="og:title" content="حملة التطعيم"></head><body><main>
        <article><header><h1>حملة التطعيم</h1></header><div>{own}</div></article>
        <div class="divider"><span>المقال التالي</span></div>
        <article><header><h1>حكم بالسجن</h1></header><div>{next}</div></article>
        </main></body></html>"#
    );
    let text = read(page.as_bytes(), "x.html").text();
    assert!(text.starts_with("حملة التطعيم"), "{text}");
    assert!(
        text.contains("أطلقت الوزارة حملة التطعيم في الفقرة 1"),
        "{text}"
    );
    assert!(text.contains("في الفقرة 3"), "{text}");
    assert!(!text.contains("قضت المحكمة"), "{text}");
}

#[test]
fn a_shell_with_only_its_headline_shows_the_body_in_its_data() {
    // The markup has a headline and an empty box its script fills; the
    // story is in the JSON-LD.
    let page = r#"<html lang="ar"><head><title>إطلاق طيران الرياض | الشرق الأوسط</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"إطلاق طيران الرياض",
        "articleBody":"أعلنت الهيئة اليوم إطلاق ناقل جوي وطني جديد يبدأ رحلاته العام المقبل.\n\nوقال رئيس الهيئة إن الناقل سيربط الرياض بأكثر من مئة وجهة حول العالم."}</script>
        </head><body><nav><a href="/">الرئيسية</a> <a href="/s">السعودية</a></nav>
        <main><div id="root"><h1>إطلاق طيران الرياض</h1><div class="skeleton"></div></div></main>
        <footer>جميع الحقوق محفوظة</footer></body></html>"#;
    let article = read(page.as_bytes(), "x.html");
    let body: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        body,
        [
            "أعلنت الهيئة اليوم إطلاق ناقل جوي وطني جديد يبدأ رحلاته العام المقبل.",
            "وقال رئيس الهيئة إن الناقل سيربط الرياض بأكثر من مئة وجهة حول العالم."
        ]
    );
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
    // A story in the markup as long as its data keeps its own blocks.
    let story = paragraphs("أعلنت الهيئة اليوم");
    let full = page.replace(r#"<div class="skeleton"></div>"#, &story);
    let article = read(full.as_bytes(), "x.html");
    assert!(
        article
            .blocks
            .iter()
            .any(|b| b.text.contains("في الفقرة 3")),
        "{:?}",
        article.blocks
    );
}

#[test]
fn html_and_entities_in_an_article_body_are_read_not_shown() {
    let page = |body: &str| {
        format!(
            r#"<html lang="ar"><head><title>خبر</title>
            <script type="application/ld+json">{{"@type":"NewsArticle","articleBody":"{body}"}}</script>
            </head><body><div id="app"></div></body></html>"#
        )
    };
    let blocks = |body: &str| -> Vec<String> {
        read(page(body).as_bytes(), "x.html")
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect()
    };
    // The story's HTML: a block per paragraph, entities decoded.
    assert_eq!(
        blocks("<p>رفع البنك الفائدة.</p><p>وقال إن القرار يهدف إلى &laquo;السيطرة على التضخم&raquo;.</p>"),
        ["رفع البنك الفائدة.", "وقال إن القرار يهدف إلى «السيطرة على التضخم»."]
    );
    // Escaped text: a block per line, its entities decoded, an inline tag
    // read as markup; no line starts with a direction mark.
    let escaped = blocks(r"النتائج &quot;مشجعة&quot; &amp; تفوق التوقعات.\nقال <b>الوزير</b> ذلك.");
    assert_eq!(
        escaped,
        ["النتائج \"مشجعة\" & تفوق التوقعات.", "قال الوزير ذلك."]
    );
    let text = read(page("<p>نص.</p>").as_bytes(), "x.html").text();
    assert_eq!(text, "خبر\n\nنص.\n");
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
fn of_several_bodies_in_the_data_the_one_titled_as_the_page_is_shown() {
    // The page's own story first, the next story (longer) after it, each
    // with its data; the markup is a shell.
    let page = r#"<html lang="ar"><head><title>حملة التطعيم ضد الحصبة - القبس</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"حكم بالسجن",
        "articleBody":"قضت المحكمة بسجن مسؤول سابق خمس سنوات بتهمة الاختلاس.\nوقال محامي الدفاع إنه سيستأنف الحكم أمام محكمة الاستئناف خلال أيام."}</script>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"حملة التطعيم ضد الحصبة",
        "articleBody":"أطلقت وزارة الصحة حملة تطعيم ضد الحصبة."}</script>
        </head><body><main><div id="root"><div class="skeleton"></div></div></main></body></html>"#;
    let text = read(page.as_bytes(), "x.html").text();
    assert!(text.contains("أطلقت وزارة الصحة"), "{text}");
    assert!(!text.contains("قضت المحكمة"), "{text}");
    // Without a headline matching the title: the first.
    let untitled = page.replace("حملة التطعيم ضد الحصبة - القبس", "القبس");
    let text = read(untitled.as_bytes(), "x.html").text();
    assert!(text.contains("قضت المحكمة"), "{text}");
}

#[test]
fn a_sub_heading_commentary_is_the_story_s_not_a_comment_thread() {
    let story = |heading: &str| {
        format!(
            r#"<html lang="ar"><head><title>قرار الحكومة</title></head><body><article>
            <h1>قرار الحكومة برفع الأجور</h1>
            <p>قررت الحكومة اليوم رفع الحد الأدنى للأجور إلى ستة آلاف جنيه اعتبارا من الشهر المقبل.</p>
            <h2>{heading}</h2>
            <p>ويرى الخبير الاقتصادي محمد علي أن القرار سيخفف الضغط على الأسر لكنه قد يرفع التضخم.</p>
            <p>وكانت الحكومة قد رفعت الأجور آخر مرة قبل عامين وسط احتجاجات على ارتفاع الأسعار.</p>
            </article></body></html>"#
        )
    };
    for heading in ["تعليق", "التعليق", "Comment"] {
        let text = read(story(heading).as_bytes(), "x.html").text();
        assert!(text.contains("ويرى الخبير"), "{heading}: {text}");
        assert!(text.contains("وكانت الحكومة"), "{heading}: {text}");
    }
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
fn a_headline_that_is_not_the_title_comes_before_the_byline() {
    // The page has the headline, then "بقلم: …", then the story; the
    // headline came after the byline.
    let page = r#"<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر عاجل: زلزال في المغرب</title></head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>زلزال بقوة 6.8 درجات يضرب المغرب</h1><p class="byline">بقلم: سارة العلوي</p>
<p>ضرب زلزال بقوة 6.8 درجات على مقياس ريختر منطقة الحوز جنوب مراكش مساء الجمعة، وفقاً للمعهد الوطني للجيوفيزياء. وأفادت وزارة الداخلية المغربية بسقوط أكثر من ألفي قتيل.</p>
<p>وقال الناطق باسم الحكومة مصطفى بايتاس: "نعمل على مدار الساعة لإيصال المساعدات". وأرسلت <a href="other.html">دول عديدة</a> فرق إنقاذ، من بينها إسبانيا وقطر والإمارات، كما عرضت <a href="https://www.un.org/ar/">الأمم المتحدة</a> المساعدة.</p>
<ul><li>عدد القتلى: 2946</li><li>عدد الجرحى: 5674</li></ul>
<p>وتعد هذه أقوى هزة أرضية تضرب المغرب منذ أكثر من قرن، بحسب هيئة المسح الجيولوجي الأمريكية USGS التي قدرت عمق الزلزال بـ 18.5 كيلومتراً.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"#;
    let text = read(page.as_bytes(), "page.html").text();
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_start_matches(['\u{200e}', '\u{200f}']))
        .take(4)
        .collect();
    assert_eq!(
        lines,
        [
            "خبر عاجل: زلزال في المغرب",
            "",
            "زلزال بقوة 6.8 درجات يضرب المغرب",
            "بقلم: سارة العلوي"
        ],
        "{text}"
    );
}

#[test]
fn a_consent_box_before_the_story_s_element_is_no_paragraph_of_it() {
    let paragraphs: String = (1..7)
        .map(|i| {
            format!(
                "<p>الفقرة رقم {i}: قال المتحدث باسم الخارجية في إحاطة صحفية إن الأطراف أبدت \
                 مرونة في الجولة السابقة، مضيفا أن بلاده لن تدخر جهدا في سبيل التوصل إلى اتفاق.</p>"
            )
        })
        .collect();
    let consent = "يستخدم هذا الموقع ملفات الكوكيز. بمتابعتك التصفح فإنك توافق على ذلك.";
    let page = |before: &str, story: &str| {
        format!(
            "<html dir='rtl'><head><meta charset='utf-8'><title>قطر تستضيف جولة جديدة</title>\
             </head><body>{before}<nav><a href='/'>الرئيسية</a></nav>\
             <article><h1>قطر تستضيف جولة جديدة</h1>{story}</article>\
             <footer>حقوق النشر</footer></body></html>"
        )
    };
    for before in [
        format!("<div id='consent'>{consent} <a href='/c'>اعرف المزيد</a> <button>قبول</button></div>"),
        format!("<div class='cookie-banner'>{consent} <a href='/c'>اعرف المزيد</a></div>"),
        // Named nothing: what it says, and its button.
        format!("<div class='notice'>{consent} <button>موافق</button></div>"),
        // No consent box at all: a line of the site's before the story's
        // element is no paragraph of it either.
        "<div class='site-note'>هذا الموقع يعرض آخر الأخبار من العواصم العربية والعالم على مدار الساعة.</div>"
            .to_string(),
    ] {
        let article = read(page(&before, &paragraphs).as_bytes(), "v.html");
        let text = article.text();
        assert!(
            text.starts_with("قطر تستضيف جولة جديدة\n\nالفقرة رقم 1:"),
            "{before}: {text}"
        );
        assert!(text.contains("الفقرة رقم 6:"), "{text}");
    }
    // A short story of two paragraphs, no heading: the same.
    let short = "<p>أعلنت وزارة الخارجية القطرية أن الدوحة ستستضيف الأسبوع المقبل جولة جديدة من \
                 المفاوضات غير المباشرة.</p><p>وقال المتحدث باسم الخارجية في إحاطة صحفية إن الأطراف \
                 أبدت مرونة في الجولة السابقة، مضيفا أن بلاده لن تدخر جهدا.</p>";
    let before = format!("<div class='cookie-banner'>{consent} <button>قبول</button></div>");
    let text = read(page(&before, short).as_bytes(), "v2.html").text();
    assert!(!text.contains("الكوكيز"), "{text}");
    assert!(text.contains("لن تدخر جهدا"), "{text}");
}

#[test]
fn a_story_under_its_own_header_in_a_div_keeps_the_header_and_drops_the_site_s_chrome() {
    let article = read(fixture!("story-headed.html"), "aj.html");
    let text = article.text();
    // Its headline, standfirst, dates, caption and paragraphs.
    for kept in [
        "قطر تستضيف جولة جديدة من المفاوضات\n",
        "الدوحة تقول إن الأطراف أبدت \"مرونة\" في الجولة السابقة\n",
        "نشر في 2/5/2024",
        "رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني (رويترز)\n",
        "الدوحة- أعلنت وزارة الخارجية القطرية",
        "المصدر : الجزيرة + وكالات\n",
    ] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
    // Not the site's logo, its consent box, its ticker, its menu or comments.
    for gone in [
        "\nالجزيرة\n",
        "الكوكيز",
        "عاجل |",
        "البث المباشر",
        "تعليقات القراء",
    ] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
    // Told from the page: no warning.
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
}

#[test]
fn an_old_story_of_br_parted_paragraphs_is_told_by_its_headline() {
    // `<div id="NewsStory">` with its paragraphs parted by `<br><br>`,
    // declared windows-1256: read as declared, no word said of it.
    let article = read(fixture!("br-paragraphs-1256.html"), "br.html");
    let text = article.text();
    assert!(
        text.contains("\nمحافظ القاهرة يتفقد أعمال التطوير بوسط البلد\n"),
        "{text}"
    );
    assert!(text.contains("\nالسبت 16 مارس 2024\n"), "{text}");
    assert!(text.contains("\nتفقد الدكتور إبراهيم صابر"), "{text}");
    assert!(text.contains("\nوأكد المحافظ على ضرورة"), "{text}");
    assert!(
        text.contains("\nوقال صابر: \"نعمل على مدار الساعة لإنجاز المشروع\".\n"),
        "{text}"
    );
    assert!(!text.contains("الرئيسية"), "{text}");
    assert!(!text.contains("جميع الحقوق محفوظة"), "{text}");
    assert!(article.warnings.is_empty(), "{:?}", article.warnings);
}
