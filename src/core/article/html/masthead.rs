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

use dom_query::{Document as Dom, NodeRef};

use super::{collapse, is_letter, text_of, Article};

/// The most nodes of an element a title or byline is read from again:
/// such a line is short, and the page's large elements are not measured.
const LINE_NODES: usize = 64;

/// The article's title and byline read again from the page (`html`).
pub(super) fn settle(html: &str, article: &mut Article) {
    if article.title.is_none() && article.byline.is_none() {
        return;
    }
    let page = Dom::from(html);
    for line in [&mut article.title, &mut article.byline] {
        if let Some(read) = line.as_deref().and_then(|l| read_again(&page, l)) {
            *line = Some(read);
        }
    }
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
}
