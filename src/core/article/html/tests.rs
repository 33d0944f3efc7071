//! The walk, links, dates and nesting, on small pages.

use qari_layout::Direction;

use super::page::cut_title;
use super::*;
use crate::core::article::Link;

#[test]
fn dates_read_as_people_write_them() {
    assert_eq!(
        readable_date("2024-11-03T09:30:00Z").as_deref(),
        Some("2024-11-03 09:30")
    );
    assert_eq!(readable_date(" الأحد ").as_deref(), Some("الأحد"));
    assert_eq!(readable_date(""), None);
}

#[test]
fn links_resolve_against_the_page() {
    let base = Some("http://127.0.0.1:8080/news/today.html");
    assert_eq!(resolve("/a", base), "http://127.0.0.1:8080/a");
    assert_eq!(resolve("b.html", base), "http://127.0.0.1:8080/news/b.html");
    assert_eq!(resolve("//x.org/c", base), "http://x.org/c");
    assert_eq!(resolve("https://y.org/", base), "https://y.org/");
    assert_eq!(resolve("b.html", None), "b.html");
}

#[test]
fn the_walk_makes_blocks_and_keeps_directions() {
    let mut out = Article::default();
    let page = Dom::from(
        "<div dir='rtl'><h2>عنوان  فرعي</h2><p>نص <b>عريض</b>&nbsp;و<a href='/x'>رابط</a></p>\
         <ul><li>أول</li><li dir='ltr'>second</li></ul><blockquote><p>قول</p></blockquote>\
         <script>var x = 1;</script></div>",
    );
    walk(page.root(), false, None, None, &mut out);
    let got: Vec<_> = out
        .blocks
        .iter()
        .map(|b| (b.text.as_str(), b.kind, b.direction))
        .collect();
    let rtl = Some(Direction::Rtl);
    assert_eq!(
        got,
        [
            ("عنوان فرعي", BlockKind::Heading, rtl),
            ("نص عريض ورابط", BlockKind::Paragraph, rtl),
            ("أول", BlockKind::Item, rtl),
            ("second", BlockKind::Item, Some(Direction::Ltr)),
            ("قول", BlockKind::Quote, rtl),
        ]
    );
    assert_eq!(
        out.links,
        [Link {
            text: "رابط".into(),
            href: "/x".into()
        }]
    );
}

#[test]
fn nesting_is_counted_from_the_tags() {
    assert_eq!(
        nesting("<html><body><div><p>a<p>b<br><img src=x/></div></body></html>"),
        3
    );
    assert_eq!(nesting("<div><span/><div></div></div><!-- <div> -->"), 2);
    let deep = format!("{}نص{}", "<div>".repeat(5000), "</div>".repeat(5000));
    assert_eq!(nesting(&deep), 5000);
}

#[test]
fn deep_nesting_within_the_limit_does_not_overflow_the_stack() {
    let depth = super::super::MAX_NESTING;
    let page = format!(
        "{}<p>نص عميق</p>{}",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let article = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(move || extract(&page, None, None))
        .expect("thread")
        .join()
        .expect("no overflow");
    assert!(article.text().contains("نص عميق"), "{}", article.text());
}

#[test]
fn a_title_keeps_its_quoted_name_and_loses_the_site_s() {
    let kept = "«الواحة القابضة» ترفع أرباحها 23% في الربع الثالث";
    assert_eq!(cut_title(kept), kept);
    assert_eq!(cut_title(&format!("{kept} - الاقتصادية")), kept);
    assert_eq!(cut_title(&format!("الرئيسية » {kept}")), kept);
    // A separator glued to a word is no separator.
    assert_eq!(cut_title("شمال-شرق سوريا: قصف"), "شمال-شرق سوريا: قصف");
}

#[test]
fn a_readable_story_whose_title_opens_on_a_quotation_keeps_it() {
    let title = "«الواحة القابضة» ترفع صافي أرباحها 23% في الربع الثالث وتستحوذ على حصة في شركة";
    let paragraph = "أعلنت مجموعة الواحة القابضة («الواحة»)، المدرجة في السوق المالية، \
                     نتائجها للربع الثالث من العام، وقالت إن صافي الأرباح ارتفع بنسبة كبيرة \
                     مقارنة بالفترة نفسها من العام الماضي، مدفوعا بنمو الإيرادات في قطاعاتها كلها.";
    let html = format!(
        "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
         <p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    );
    assert_eq!(extract(&html, None, None).title.as_deref(), Some(title));
}

#[test]
fn a_summary_that_says_the_story_s_first_lines_again_is_not_shown() {
    let blocks: Vec<Block> = [
        "غزة - الأناضول",
        "قالت وزارة الصحة في غزة إن حصيلة الضحايا ارتفعت.",
        "وأضافت الوزارة أن الطواقم عاجزة عن الوصول.",
        "وحذرت منظمة الصحة العالمية من انهيار المنظومة.",
    ]
    .into_iter()
    .map(|t| Block {
        text: t.into(),
        kind: BlockKind::Paragraph,
        direction: None,
    })
    .collect();
    // The lines run together, the dateline glued to the first.
    assert!(repeats_the_story(
        "غزة - الأناضولقالت وزارة الصحة في غزة إن حصيلة الضحايا ارتفعت. وأضافت الوزارة أن الطواقم عاجزة عن الوصول. وحذرت منظمة الصحة العالمية من انهيار المنظومة.",
        &blocks
    ));
    // Cut short with "[…]".
    assert!(repeats_the_story(
        "قالت وزارة الصحة في غزة إن حصيلة [&hellip;]"
            .replace("&hellip;", "…")
            .as_str(),
        &blocks
    ));
    // Edited a little from the first paragraph.
    assert!(repeats_the_story(
        "قالت وزارة الصحة في غزة إن حصيلة الضحايا ارتفعت اليوم.",
        &blocks
    ));
    // A summary of its own stays.
    assert!(!repeats_the_story(
        "مجلس الأمن يبحث وقف إطلاق النار وسط تحذيرات أممية من مجاعة.",
        &blocks
    ));
}

#[test]
fn a_table_of_text_reads_a_row_a_line_and_a_layout_table_a_cell_a_line() {
    let mut out = Article::default();
    let page = Dom::from(
        "<table><tr><th>العملة</th><th>الشراء</th></tr><tr><td>الدولار (USD)</td><td>49.52</td>\
         <td>49.62</td></tr></table>\
         <table><tr><td><p>عمود أول</p></td><td><div>عمود ثان</div></td></tr></table>",
    );
    walk(page.root(), false, None, None, &mut out);
    let lines: Vec<&str> = out.blocks.iter().map(|b| b.text.as_str()).collect();
    // Each cell isolated: laid out alone, in its row's direction's order.
    assert_eq!(
        lines,
        [
            "\u{2068}العملة\u{2069} | \u{2068}الشراء\u{2069}",
            "\u{2068}الدولار (USD)\u{2069} | \u{2068}49.52\u{2069} | \u{2068}49.62\u{2069}",
            "عمود أول",
            "عمود ثان"
        ]
    );
    // Drawn right to left, the buying price next to its currency.
    let options = qari_layout::LayoutOptions {
        width: None,
        fallback_direction: Direction::Rtl,
        ..qari_layout::LayoutOptions::default()
    };
    let drawn = qari_layout::layout_paragraph(lines[1], &options);
    let text = drawn.lines[0].text.replace(['\u{2068}', '\u{2069}'], "");
    assert!(text.starts_with("49.62 | 49.52 | "), "{text:?}");
}

#[test]
fn a_refresh_sends_the_reader_on_only_at_once_and_somewhere() {
    let base = Some("http://127.0.0.1:9/a/b.html");
    let page =
        |content: &str| format!("<head><meta http-equiv='refresh' content=\"{content}\"></head>");
    assert_eq!(
        refresh_target(&page("0; url=c.html"), base).as_deref(),
        Some("http://127.0.0.1:9/a/c.html")
    );
    assert_eq!(
        refresh_target(&page("2;URL='/d.html'"), base).as_deref(),
        Some("http://127.0.0.1:9/d.html")
    );
    // A live page's reload every five minutes, and a reload of itself.
    assert_eq!(refresh_target(&page("300; url=c.html"), base), None);
    assert_eq!(refresh_target(&page("30"), base), None);
    assert_eq!(refresh_target("<p>refresh</p>", base), None);
}

/// Each block's text and kind, in order.
fn texts_and_kinds(article: &Article) -> Vec<(&str, BlockKind)> {
    article
        .blocks
        .iter()
        .map(|b| (b.text.as_str(), b.kind))
        .collect()
}

#[test]
fn a_numbered_list_keeps_its_numbers() {
    let mut out = Article::default();
    let page = Dom::from(
        "<ol><li>أول</li><li>ثان<ul><li>فرعي</li></ul></li></ol><ol start='5'><li>خامس</li></ol>",
    );
    walk(page.root(), false, None, None, &mut out);
    let got = texts_and_kinds(&out);
    assert_eq!(
        got,
        [
            ("أول", BlockKind::Numbered(1)),
            ("ثان", BlockKind::Numbered(2)),
            ("فرعي", BlockKind::Item),
            ("خامس", BlockKind::Numbered(5)),
        ]
    );
    // As text: the number, and a line still starts with its mark.
    out.direction = Some(Direction::Rtl);
    out.blocks.push(Block {
        text: "Apple تعلن".into(),
        kind: BlockKind::Item,
        direction: None,
    });
    let text = out.text();
    assert!(
        text.starts_with("1. أول\n2. ثان\n• فرعي\n5. خامس\n"),
        "{text:?}"
    );
    assert!(text.ends_with("• \u{200F}Apple تعلن\n"), "{text:?}");
}

#[test]
fn an_item_of_several_blocks_is_numbered_once() {
    // A comment and its reply line in one item; an item that goes on after
    // its nested list.
    let mut out = Article::default();
    let page = Dom::from(
        "<ol><li><div><p>تعليق أول</p></div><div>رد</div></li><li><p>تعليق ثان</p></li></ol>\
         <ul><li>بند<ul><li>فرعي</li></ul>تتمة</li></ul>",
    );
    walk(page.root(), false, None, None, &mut out);
    let got = texts_and_kinds(&out);
    assert_eq!(
        got,
        [
            ("تعليق أول", BlockKind::Numbered(1)),
            ("رد", BlockKind::Paragraph),
            ("تعليق ثان", BlockKind::Numbered(2)),
            ("بند", BlockKind::Item),
            ("فرعي", BlockKind::Item),
            ("تتمة", BlockKind::Paragraph),
        ]
    );
}

/// Three paragraphs of a story, for pages that hold a line more.
const STORY: &str = "<p>أعلنت وزارة الخارجية القطرية أن الدوحة ستستضيف الأسبوع المقبل جولة جديدة \
    من المفاوضات غير المباشرة بمشاركة وفود من مصر والولايات المتحدة.</p>\
    <p>وقال المتحدث باسم الخارجية ماجد الأنصاري في إحاطة صحفية إن الأطراف أبدت مرونة في \
    الجولة السابقة مضيفا أن بلاده لن تدخر جهدا.</p>\
    <p>من جانبه قال الباحث في معهد الدوحة للدراسات العليا للجزيرة نت إن المفاوضات تمر \
    بمرحلة حساسة وإن الأيام المقبلة ستكون حاسمة.</p>";

#[test]
fn a_story_s_own_lines_styled_urgent_or_about_cookies_stay() {
    // In an <article>: a paragraph of class "urgent" with two links, and
    // one opening "عاجل:" with an organisation's name in a link.
    let page = format!(
        "<html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>t1</title></head><body>\
         <article><h1 class='headline urgent'><a href='/story/1'>عاجل: زلزال بقوة سبع درجات \
         يضرب جنوب تركيا</a></h1><p class='urgent'><a href='/tag/quake'>الزلزال</a> ضرب المنطقة \
         فجرا وفق <a href='/afad'>هيئة الكوارث</a> التركية.</p>{STORY}\
         <p>عاجل: <a href='/who'>منظمة الصحة العالمية</a> ترسل فرقا طبية إلى المنطقة.</p>\
         </article></body></html>"
    );
    let text = extract(&page, None, None).text();
    for kept in [
        "\nالزلزال ضرب المنطقة فجرا وفق هيئة الكوارث التركية.\n",
        "\nعاجل: منظمة الصحة العالمية ترسل فرقا طبية إلى المنطقة.",
        "لن تدخر جهدا.",
    ] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
    // In a <div> under the page's one headline, the story's element: a
    // line "عاجل:" whose link is most of it, a paragraph of class
    // "cookie-note" and a <div> of class "urgent".
    let page = format!(
        "<html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>مستجدات الزلزال</title>\
         </head><body><nav><a href='/'>الرئيسية</a> <a href='/a'>أخبار</a></nav>\
         <div class='content'><h1>مستجدات الزلزال في جنوب تركيا وسوريا</h1>{STORY}\
         <p>عاجل: <a href='/who'>منظمة الصحة العالمية ترسل فرقا طبية إلى المنطقة المنكوبة</a> \
         صباح اليوم.</p><p class='cookie-note'>وحذرت السلطات السكان من تناول الكوكيز والأطعمة \
         المكشوفة في مراكز الإيواء لأنها قد تكون ملوثة.</p><div class='urgent'>وأعلنت \
         <a href='/afad'>هيئة الكوارث والطوارئ التركية</a> ارتفاع عدد الضحايا إلى أكثر من ألف.\
         </div></div><footer>حقوق النشر</footer></body></html>"
    );
    let text = extract(&page, None, None).text();
    for kept in [
        "\nعاجل: منظمة الصحة العالمية ترسل فرقا طبية إلى المنطقة المنكوبة صباح اليوم.\n",
        "\nوحذرت السلطات السكان من تناول الكوكيز",
        "\nوأعلنت هيئة الكوارث والطوارئ التركية ارتفاع عدد الضحايا إلى أكثر من ألف.",
    ] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
}
