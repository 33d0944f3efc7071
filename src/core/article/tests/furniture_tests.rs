//! What is taken out of a story: comments, boxes of links, consent boxes and
//! the lines a CMS adds, apart from what the story says itself.

use super::*;

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

/// A small story page: `head` in its `<head>`, `h1`, two paragraphs and
/// `extra` after them.
fn small_page(head: &str, h1: &str, extra: &str) -> String {
    format!(
        "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">{head}</head>\
         <body><nav><a href=\"/\">الرئيسية</a> <a href=\"/sport\">رياضة</a></nav>\
         <article><h1>{h1}</h1>\
         <p>استضافت العاصمة القطرية الدوحة قمة طارئة بحضور أمير دولة قطر الشيخ تميم بن حمد آل ثاني.</p>\
         <p>وقال الأمين العام لمجلس التعاون جاسم محمد البديوي: «إن أمن الخليج مسؤولية جماعية».</p>\
         {extra}</article><footer>جميع الحقوق محفوظة © 2025</footer></body></html>"
    )
}

#[test]
fn a_read_also_line_of_links_goes_and_a_sentence_that_opens_so_stays() {
    let page = small_page(
        "<title>قمة خليجية</title>",
        "الدوحة تستضيف قمة خليجية طارئة",
        "<p>اقرأ أيضا: <a href=\"/b.html\">تقرير أممي عن اليمن</a></p>\
         <p>اقرأ أيضاً: <a href=\"/c.html\">الذهب يرتفع</a> | <a href=\"/d.html\">النفط يهبط</a></p>",
    );
    let text = read(page.as_bytes(), "a.html").text();
    assert!(!text.contains("اقرأ"), "{text}");
    assert!(!text.contains("اليمن") && !text.contains("النفط"), "{text}");
    assert!(text.contains("مسؤولية جماعية"), "{text}");
    // Words of the story after it, or no link: the story's.
    let page = small_page(
        "<title>قمة خليجية</title>",
        "الدوحة تستضيف قمة خليجية طارئة",
        "<p>اقرأ أيضا ما قاله الوزير أمس في <a href=\"/b.html\">المؤتمر الصحفي</a> عن أمن الخليج.</p>",
    );
    let text = read(page.as_bytes(), "a.html").text();
    assert!(text.contains("ما قاله الوزير أمس"), "{text}");
}

#[test]
fn a_title_loses_the_site_name_the_page_names_as_such() {
    let title = |head: &str, h1: &str| {
        read(small_page(head, h1, "").as_bytes(), "a.html")
            .title
            .unwrap_or_default()
    };
    // og:site_name says what comes after the bar.
    assert_eq!(
        title(
            "<title>قمة الدوحة | موقع الأخبار</title><meta property=\"og:site_name\" content=\"موقع الأخبار\">",
            "الدوحة تستضيف قمة خليجية طارئة",
        ),
        "قمة الدوحة"
    );
    // The headline is the title without what follows the dash.
    assert_eq!(
        title(
            "<title>الدوحة تستضيف قمة خليجية طارئة - الأخبار</title>",
            "الدوحة تستضيف قمة خليجية طارئة",
        ),
        "الدوحة تستضيف قمة خليجية طارئة"
    );
    // Nothing on the page says which part is the site's: whole.
    assert_eq!(
        title(
            "<title>قمة الدوحة | موقع الأخبار</title>",
            "الدوحة تستضيف قمة خليجية طارئة",
        ),
        "قمة الدوحة | موقع الأخبار"
    );
    assert_eq!(
        title(
            "<title>غزة - رفح: المعبر يفتح</title><meta property=\"og:site_name\" content=\"الأخبار\">",
            "الدوحة تستضيف قمة خليجية طارئة",
        ),
        "غزة - رفح: المعبر يفتح"
    );
}
