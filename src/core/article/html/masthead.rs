//! PURE: the lines above the story, its title and its byline, read as the
//! story's own lines are read.
//!
//! Readability gives a byline it finds in the page (and a title it takes
//! from the page's `<h1>`) as the element's text run together: what a
//! browser lays out apart (a `<br>`, the blocks of an author box, a "كتب"
//! label and the name's link) came out glued ("كتبأحمد محمود"), and the name
//! was then no name to the recogniser. Such a line is found again in the page
//! (the element whose text it is) and read by the walk, which parts what the
//! story's lines part ([`super::text_of`]). A line found nowhere (a byline
//! from the page's data) stays as readability gave it.
//!
//! The title is the headline the page states for its story (its one `<h1>`,
//! or its data's `headline`) when `<title>` is not that headline: pages
//! whose `<title>` is only the site's name ("موقع الاقتصاد اليوم"), or the
//! headline cut short before the site's name, showed the site's name as the
//! article's title, and readability had left the `<h1>` out of the story,
//! so the headline was nowhere. A `<title>` that holds the headline
//! ("headline - site"), or a headline the story already shows under a
//! title of its own, stays as it was, but for the site's name after it
//! when the page says that is what it is (its `og:site_name`, or its
//! headline being the title without it).

use dom_query::{Document as Dom, NodeRef};

use super::page::cut_title;
use super::walk::text_of;
use super::{collapse, data, is_letter, name_of, stories, Article, BlockKind};

/// The fewest words of a headline that takes the place of the title.
const HEADLINE_WORDS: usize = 3;

/// The most nodes of an element a title or byline is read from again:
/// such a line is short, and the page's large elements are not measured.
const LINE_NODES: usize = 64;

/// The article's title and byline read again from the page (`html`).
pub(super) fn settle(html: &str, article: &mut Article) {
    let page = Dom::from(html);
    for line in [&mut article.title, &mut article.byline] {
        if let Some(read) = line.as_deref().and_then(|l| read_again(&page, l)) {
            *line = Some(read);
        }
    }
    // Only the page's own story's `<h1>` counts (one rendered below it
    // has its own).
    stories::keep_own(&page);
    let headline = stated_headline(&page);
    if let Some(headline) = &headline {
        if takes_the_title(article, headline) {
            article.title = Some(headline.clone());
        }
    }
    let site = page
        .select("meta[property='og:site_name']")
        .attr("content")
        .map(|c| letters(&c))
        .filter(|c| !c.is_empty());
    if let Some(title) = &mut article.title {
        if let Some(head) = without_site_name(title, site.as_deref(), headline.as_deref()) {
            *title = head;
        }
    }
}

/// A title without the site's name it ends with after ` | ` or ` - `
/// ("قمة الدوحة | موقع الأخبار"), when the page says that is what it is:
/// its `og:site_name` is that name (`site`, letters only), or its headline
/// is the title without it. A title the page does not tell apart stays
/// whole: the part after a dash may be the headline's own.
fn without_site_name(title: &str, site: Option<&str>, headline: Option<&str>) -> Option<String> {
    let (head, name) = [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| title.rsplit_once(sep))
        .max_by_key(|(head, _)| head.len())?;
    let (head, name) = (head.trim(), letters(name));
    if letters(head).is_empty() || name.is_empty() {
        return None;
    }
    let named = site == Some(name.as_str());
    let stated = headline.is_some_and(|h| letters(h) == letters(head));
    (named || stated).then(|| head.to_string())
}

/// Whether the page's stated headline is the article's title rather than
/// the one it has: none; the same letters (the headline's spacing); a
/// title that does not hold it, when the story does not show it already
/// and it is a headline's length, no shorter than the title without the
/// site's name (a site's logo in an `<h1>` is not).
fn takes_the_title(article: &Article, headline: &str) -> bool {
    let stated = letters(headline);
    if stated.is_empty() {
        return false;
    }
    let Some(title) = article.title.as_deref() else {
        return true;
    };
    let named = letters(title);
    if named == stated {
        return true;
    }
    // Shown as a block, or as the story's first headings (an `<h1>` with
    // a `<br>` is two lines).
    let opening: String = article
        .blocks
        .iter()
        .take_while(|b| b.kind == BlockKind::Heading)
        .map(|b| letters(&b.text))
        .collect();
    if named.contains(&stated)
        || opening.contains(&stated)
        || article.blocks.iter().any(|b| letters(&b.text) == stated)
    {
        return false;
    }
    let words = |text: &str| {
        text.split_whitespace()
            .filter(|w| w.chars().any(is_letter))
            .count()
    };
    // A title that is a headline and its site's name ("headline - site")
    // has its headline: an `<h1>` elsewhere (a site's logo) does not take
    // its place, unless it goes on from that headline.
    let cut = cut_title(title);
    if letters(&cut) != named
        && words(&cut) >= HEADLINE_WORDS
        && !stated.starts_with(&letters(&cut))
    {
        return false;
    }
    words(headline) >= HEADLINE_WORDS && words(headline) >= words(&cut)
}

/// The headline the page states for its story, read as the walk reads it:
/// its one `<h1>` outside the page's frame (a site's logo is often an
/// `<h1>` in its header, and a link home), else the `headline` of its data;
/// none when it has several `<h1>`s.
fn stated_headline(page: &Dom) -> Option<String> {
    let h1s: Vec<NodeRef<'_>> = page
        .select("h1")
        .nodes()
        .iter()
        .filter(|h| {
            h.text().chars().any(is_letter) && !in_frame(h) && !links_home(h) && !is_logo(h)
        })
        .copied()
        .collect();
    match h1s.as_slice() {
        [h1] => Some(text_of(*h1)).filter(|h| !h.is_empty()),
        [] => data::headline(page),
        _ => None,
    }
}

/// Whether an `<h1>` is the site's and not a story's: a logo, a link home,
/// or a name of fewer than [`HEADLINE_WORDS`] words in the page's header.
pub(super) fn is_site_h1(h1: &NodeRef<'_>) -> bool {
    if is_logo(h1) || links_home(h1) {
        return true;
    }
    let words = h1
        .text()
        .split_whitespace()
        .filter(|w| w.chars().any(is_letter))
        .count();
    words < HEADLINE_WORDS && in_frame(h1)
}

/// Whether an element is in the page's frame: its menus, sidebars and
/// footer, or a header that is no story's own (`<article><header>` is).
fn in_frame(node: &NodeRef<'_>) -> bool {
    let names: Vec<String> = node.ancestors_it(None).map(|up| name_of(&up)).collect();
    let has = |set: &[&str]| names.iter().any(|n| set.contains(&n.as_str()));
    has(&["nav", "footer", "aside", "menu"]) || (has(&["header"]) && !has(&["article", "main"]))
}

/// Whether an element is a site's logo: it holds an image, or its class or
/// id says so.
fn is_logo(node: &NodeRef<'_>) -> bool {
    let named = ["class", "id"]
        .iter()
        .filter_map(|a| node.attr(a))
        .any(|v| {
            let v = v.to_ascii_lowercase();
            ["logo", "brand", "site-title", "site-name"]
                .iter()
                .any(|n| v.contains(n))
        });
    named
        || node
            .descendants_it()
            .any(|d| d.is_element() && name_of(&d) == "img")
}

/// Whether an element holds a link to the site's front page (a logo), or
/// to a language's (`/ar/`, `/en`).
fn links_home(node: &NodeRef<'_>) -> bool {
    node.descendants_it()
        .filter(|d| d.is_element() && name_of(d) == "a")
        .filter_map(|a| a.attr("href"))
        .any(|href| {
            let href = href.trim();
            let path = href
                .split_once("://")
                .map_or(href, |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
            let language = path.trim_matches('/').len() == 2
                && path
                    .trim_matches('/')
                    .chars()
                    .all(|c| c.is_ascii_alphabetic());
            matches!(path, "" | "/" | "./" | "/index.html" | "index.html") || language
        })
}

/// `line`, a text readability took from one element of the page, as the
/// walk reads that element: the first in the page's order whose
/// text is the line, when its reading has the same letters.
fn read_again(page: &Dom, line: &str) -> Option<String> {
    let wanted = collapse(line);
    let element = page
        .root()
        .descendants_it()
        .filter(|d| d.is_element() && d.descendants_it().nth(LINE_NODES).is_none())
        .find(|d| text_is(d, &wanted))?;
    let read = text_of(element);
    (letters(&read) == letters(&wanted) && read != wanted).then_some(read)
}

/// Whether an element's text, white space collapsed, is `wanted`.
fn text_is(node: &NodeRef<'_>, wanted: &str) -> bool {
    let text = node.text();
    // Cheap before the collapse: the letters cannot be fewer.
    text.len() >= wanted.len().saturating_sub(wanted.matches(' ').count())
        && collapse(&text) == wanted
}

fn letters(text: &str) -> String {
    text.chars().filter(|&c| is_letter(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    fn page(byline: &str, h1: &str) -> String {
        let para = "<p>التقى وزير الخارجية المصري سامح شكري، اليوم الثلاثاء، نظيره الأردني \
                    أيمن الصفدي في العاصمة الأردنية عمّان، لبحث تطورات الأوضاع في قطاع غزة.</p>";
        format!(
            "<html lang='ar'><head><title>جريدة الأخبار</title></head><body>\
             <nav><a href='/'>الرئيسية</a></nav><article>{h1}{byline}{}</article></body></html>",
            para.repeat(4)
        )
    }

    #[test]
    fn a_byline_s_parts_are_parted_as_the_story_s_are() {
        let h1 = "<h1>وزير الخارجية المصري يلتقي نظيره الأردني</h1>";
        for (byline, read) in [
            (
                "<div class='author'><span>كتب</span><a href='/a'>أحمد محمود</a></div>",
                "كتب أحمد محمود",
            ),
            ("<p class='author'>بقلم<br>أحمد محمود</p>", "بقلم أحمد محمود"),
            (
                "<div class='post-author'><div>أحمد محمود</div><div>الثلاثاء 12 مارس 2024</div></div>",
                "أحمد محمود الثلاثاء 12 مارس 2024",
            ),
            (
                "<div class='author-box'><h4>أحمد محمود</h4><p>صحفي مصري.</p></div>",
                "أحمد محمود صحفي مصري.",
            ),
        ] {
            let article = extract(&page(byline, h1), None, None);
            assert_eq!(article.byline.as_deref(), Some(read), "{byline}");
        }
    }

    #[test]
    fn a_headline_taken_from_the_h1_is_parted_at_its_line_break() {
        let h1 = "<h1>وزير الخارجية المصري<br>يلتقي نظيره الأردني</h1>";
        let article = extract(&page("", h1), None, None);
        assert_eq!(
            article.title.as_deref(),
            Some("وزير الخارجية المصري يلتقي نظيره الأردني")
        );
    }

    /// A page whose headline sits in a box of its own beside the story's
    /// body, which readability leaves out.
    fn titled(title: &str, h1: &str) -> String {
        let para = "ارتفعت أسعار النفط اليوم الأربعاء بعد أن أظهرت بيانات تراجع المخزونات \
                    الأمريكية بأكثر من المتوقع، وسط مخاوف من اضطراب الإمدادات.<br><br>";
        format!(
            "<html><head><title>{title}</title></head><body>\
             <header><h2 class='logo'><a href='/'>الاقتصاد اليوم</a></h2></header>\
             <div class='col-main'><div class='title-box'><span class='cat'>اقتصاد</span>{h1}</div>\
             <div class='post-body'>{}</div></div>\
             <div class='footer'>جميع الحقوق محفوظة</div></body></html>",
            para.repeat(5)
        )
    }

    const HEADLINE: &str = "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية";

    #[test]
    fn the_page_s_one_h1_is_the_title_when_the_title_is_only_the_site_s_name() {
        let h1 = format!("<h1 class='post-title'>{HEADLINE}</h1>");
        for title in [
            "موقع الاقتصاد اليوم",
            "الاقتصاد اليوم: أخبار",
            "ارتفاع أسعار النفط - موقع الاقتصاد اليوم",
        ] {
            let article = extract(&titled(title, &h1), None, None);
            assert_eq!(article.title.as_deref(), Some(HEADLINE), "{title}");
            assert!(article.text().starts_with(HEADLINE), "{title}");
        }
        // A title that holds the headline keeps readability's reading of
        // it; a logo's <h1> in the page's header, or one that links home,
        // is no headline.
        let site = format!("{HEADLINE} - موقع الاقتصاد اليوم");
        let article = extract(&titled(&site, &h1), None, None);
        assert_eq!(article.title.as_deref(), Some(HEADLINE));
        let real = "النفط يرتفع مجددا";
        for logo in [
            "<h1>موقع الاقتصاد اليوم للأخبار والتحليلات</h1>",
            "<h1><a href='https://example.org/'>موقع الاقتصاد اليوم للأخبار والتحليلات</a></h1>",
        ] {
            let page = titled(real, "")
                .replace("<h2 class='logo'><a href='/'>الاقتصاد اليوم</a></h2>", logo);
            let page = if logo.contains("href") {
                page.replace("<header>", "<div>")
                    .replace("</header>", "</div>")
            } else {
                page
            };
            let article = extract(&page, None, None);
            assert_eq!(article.title.as_deref(), Some(real), "{logo}");
        }
        // A title "headline - site" keeps its headline against an <h1>
        // that is a logo outside any header (an image in it, a link to the
        // site's Arabic front page, or neither).
        let real = "شكري يلتقي الصفدي بعمان";
        for logo in [
            "<div id='top'><h1><a href='/ar/'>بوابة الأخبار العربية اليوم</a></h1></div>",
            "<div id='top'><h1><img src='l.png' alt=''>بوابة الأخبار العربية اليوم</h1></div>",
            "<div id='top'><h1>بوابة الأخبار العربية اليوم للجميع</h1></div>",
        ] {
            let page = titled(&format!("{real} - بوابة الأخبار"), "")
                .replace("<h2 class='logo'><a href='/'>الاقتصاد اليوم</a></h2>", "")
                .replace("<body>", &format!("<body>{logo}"));
            let article = extract(&page, None, None);
            let title = article.title.unwrap_or_default();
            assert!(title.starts_with(real), "{logo}: {title}");
        }
    }

    #[test]
    fn a_headline_the_story_shows_in_two_lines_does_not_take_the_title() {
        use crate::core::article::{Article, Block, BlockKind};
        let heading = |text: &str| Block {
            text: text.to_string(),
            kind: BlockKind::Heading,
            direction: None,
        };
        let article = Article {
            title: Some("موقع الاقتصاد اليوم".into()),
            blocks: vec![
                heading("ارتفاع أسعار النفط"),
                heading("مع تراجع المخزونات الأمريكية"),
            ],
            ..Article::default()
        };
        assert!(!super::takes_the_title(&article, HEADLINE));
        let shown_elsewhere = Article {
            blocks: Vec::new(),
            ..article
        };
        assert!(super::takes_the_title(&shown_elsewhere, HEADLINE));
    }

    #[test]
    fn a_page_drawn_by_its_scripts_is_titled_by_its_data_s_headline() {
        let page = r#"<html><head><title>خبر عاجل - الموقع</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"الحكومة تعلن خطة جديدة للإسكان",
            "articleBody":"أعلنت الحكومة اليوم خطة جديدة للإسكان تستهدف بناء مئة ألف وحدة سكنية.\n\nوقال وزير الإسكان إن الخطة ستنفذ على ثلاث مراحل."}</script>
            </head><body><div id="root"></div></body></html>"#;
        let article = extract(page, None, None);
        assert_eq!(
            article.title.as_deref(),
            Some("الحكومة تعلن خطة جديدة للإسكان")
        );
    }
}
