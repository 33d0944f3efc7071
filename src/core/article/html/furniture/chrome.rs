//! PURE: the chrome a site puts over every page, which is no story's: the
//! cookie consent box and the breaking-news ticker.
//!
//! Both are a line or two of prose-like text, and readability joined a
//! consent box ("يستخدم هذا الموقع ملفات الكوكيز …") placed before the
//! story's element to the story as its first paragraph; a page shown whole
//! showed both above the headline. A consent box is told by its names
//! (`consent`, `cookie`, `gdpr`) or by what it says (cookies), and either
//! way by a button or a link to accept or read on; a ticker by its names
//! (`breaking`, `ticker`: `urgent` alone names a story's class as often) or
//! by opening on "عاجل |", and by being nearly all links (the headlines it
//! runs), so that a story's paragraph that opens "عاجل:" and names an
//! organisation in a link stays. Either is small: a few lines, a few dozen
//! nodes, never what holds the page's `<h1>`, an `<article>` or `<main>`;
//! and nothing inside the story's element is either (`furniture::strip`
//! does not ask): a story's paragraph about cookies, or one a site styles
//! as urgent, stays whatever its class.

use dom_query::NodeRef;

use super::{holds_kept, letters, link_share, name_of};

/// Segments of a class or id that name a consent box.
const CONSENT_SEGMENTS: &[&str] = &[
    "consent",
    "cookie",
    "cookies",
    "gdpr",
    "cookiebanner",
    "cookieconsent",
    "cookienotice",
];

/// Segments that name a breaking-news bar.
const TICKER_SEGMENTS: &[&str] = &["breaking", "breakingnews", "ticker", "newsticker"];

/// What a consent box says it is about, lower case.
const COOKIE_WORDS: &[&str] = &[
    "ملفات تعريف الارتباط",
    "ملفات الارتباط",
    "الكوكيز",
    "ملفات كوكيز",
    "cookies",
    "cookie",
];

/// The words a ticker opens on, before its `|`, `:` or dash.
const BREAKING_WORDS: &[&str] = &["عاجل", "breaking", "breaking news"];

/// The most letters of a consent box or a ticker.
const CHROME_LETTERS: usize = 300;
/// The most nodes of one: an element holding more is no such box.
const CHROME_NODES: usize = 64;
/// The least share of a ticker's letters in its links: all but its label
/// ("عاجل |") and a separator or two.
const TICKER_LINKS: f32 = 0.8;

/// Whether the element is a consent box or a ticker. `segments` are its
/// class's and id's; `half` is half the page's letters.
pub(super) fn is_chrome(node: &NodeRef<'_>, name: &str, segments: &[&str], half: usize) -> bool {
    let has = |set: &[&str]| segments.iter().any(|s| set.contains(s));
    let named_consent = has(CONSENT_SEGMENTS);
    let named_ticker = has(TICKER_SEGMENTS) || name == "marquee";
    // The cheap tests first: most elements are neither, and their text is
    // not read.
    if !named_consent && !named_ticker && !may_say_so(node) {
        return false;
    }
    if node.descendants_it().nth(CHROME_NODES).is_some() || holds_kept(node) {
        return false;
    }
    let text = node.text();
    let n = letters(&text);
    if n == 0 || n > CHROME_LETTERS || n >= half {
        return false;
    }
    let lower = text.to_lowercase();
    if (named_consent || says_cookies(&lower)) && has_button(node) {
        return true;
    }
    // A box named for consent may offer only a link ("اعرف المزيد").
    if named_consent && has_link(node) {
        return true;
    }
    (named_ticker || opens_on_breaking(&lower)) && link_share(node, 0) >= TICKER_LINKS
}

/// Whether the element's own text could open a consent box or a ticker: a
/// text child speaking of cookies or opening on a breaking-news word.
/// Looked at before the element's whole text is.
fn may_say_so(node: &NodeRef<'_>) -> bool {
    node.children_it(false).any(|c| {
        c.is_text() && {
            let text = c.text().to_lowercase();
            opens_on_breaking(&text) || says_cookies(&text)
        }
    })
}

fn says_cookies(lower: &str) -> bool {
    COOKIE_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether the text opens on "عاجل" and a separator (`|`, `:`, a dash).
fn opens_on_breaking(lower: &str) -> bool {
    let text = lower.trim_start();
    BREAKING_WORDS.iter().any(|w| {
        text.strip_prefix(w).is_some_and(|rest| {
            rest.trim_start()
                .starts_with(['|', ':', '-', '–', '—', '\u{0640}'])
        })
    })
}

/// Whether the element holds a button (`<button>`, an `<input>` of type
/// button or submit, `role="button"`).
fn has_button(node: &NodeRef<'_>) -> bool {
    node.descendants_it()
        .any(|d| d.is_element() && is_button(&d))
}

/// Whether the element holds a link.
fn has_link(node: &NodeRef<'_>) -> bool {
    node.descendants_it()
        .any(|d| d.is_element() && name_of(&d) == "a" && d.has_attr("href"))
}

fn is_button(node: &NodeRef<'_>) -> bool {
    match name_of(node).as_str() {
        "button" => true,
        "input" => node.attr("type").is_some_and(|t| {
            let t = t.trim().to_ascii_lowercase();
            t == "button" || t == "submit"
        }),
        _ => node
            .attr("role")
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("button")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document as Dom;

    fn chrome(html: &str) -> bool {
        let page = Dom::from(format!("<body>{html}<p>{}</p></body>", "نص ".repeat(200)).as_str());
        let node = page.select("body > :first-child").nodes()[0];
        let names = super::super::names_of(&node);
        let segments = super::super::segments(&names);
        is_chrome(&node, &name_of(&node), &segments, 1000)
    }

    #[test]
    fn consent_boxes_and_tickers_are_chrome() {
        assert!(chrome(
            "<div id='consent'>يستخدم هذا الموقع ملفات الكوكيز. <button>قبول</button></div>"
        ));
        assert!(chrome(
            "<div class='cookie-banner'>نستخدم ملفات تعريف الارتباط <a href='/c'>المزيد</a></div>"
        ));
        // Unnamed: what it says, and its button.
        assert!(chrome(
            "<div class='notice'>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. \
             <button>موافق</button></div>"
        ));
        assert!(chrome(
            "<div class='breaking'>عاجل | <a href='/b'>وزير الخارجية يصل إلى الدوحة</a></div>"
        ));
        assert!(chrome(
            "<div class='bar'>عاجل: <a href='/b'>وزير الخارجية يصل إلى الدوحة</a></div>"
        ));
    }

    #[test]
    fn a_story_s_lines_about_cookies_or_breaking_news_are_not() {
        // No button: a paragraph about cookies.
        assert!(!chrome(
            "<p>قالت الهيئة إن ملفات تعريف الارتباط تجمع بيانات المستخدمين دون علمهم.</p>"
        ));
        // "عاجل:" opening a paragraph of text, not a bar of links.
        assert!(!chrome(
            "<p>عاجل: أعلنت وزارة الصحة تسجيل إصابات جديدة في ثلاث محافظات.</p>"
        ));
        // A long element named so is no box.
        let long = format!(
            "<div class='cookie-policy'>{}</div>",
            "نص السياسة ".repeat(60)
        );
        assert!(!chrome(&long));
        // Named for cookies, but neither a button nor a link: a story's
        // paragraph a site styles so.
        assert!(!chrome(
            "<p class='cookie-note'>وحذرت السلطات السكان من تناول الكوكيز والأطعمة المكشوفة.</p>"
        ));
        // "عاجل:" and an organisation's name in a link: the story's own
        // line, not a ticker's, whose text is its links.
        assert!(!chrome(
            "<p>عاجل: <a href='/who'>منظمة الصحة العالمية</a> ترسل فرقا طبية إلى المنطقة.</p>"
        ));
        // `urgent` names a story's paragraph as often as a bar.
        assert!(!chrome(
            "<p class='urgent'><a href='/q'>الزلزال</a> ضرب المنطقة فجرا وفق \
             <a href='/afad'>هيئة الكوارث</a> التركية.</p>"
        ));
    }
}
