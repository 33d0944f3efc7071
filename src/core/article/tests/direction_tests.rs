//! Which way a line reads: direction marks on a page's blocks and a feed's
//! lines, by their letters, their `lang` and `dir`, and the feed's language.

use super::*;

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
