//! Pages drawn by their scripts: the story read from their structured data
//! (JSON-LD) when the markup has none of it.

use super::*;

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
