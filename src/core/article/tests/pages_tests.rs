//! The story told from the page around it: the element a page marks it with,
//! the page said whole when nothing does, and what comes before or after it.

use super::*;

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
