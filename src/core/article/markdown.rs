//! Markdown made into qari's text, one paragraph a line: headings,
//! paragraphs, list items and block quotes each become a line (soft line
//! breaks are spaces), blocks are apart by a blank line, code blocks keep their
//! lines, links and images keep their text; the first heading is the
//! article's title. A table is a row a line, made as a web page's is
//! (`super::table`): its rule row is no text. Raw HTML keeps its text, as
//! a browser shows it: Arabic Markdown is commonly written inside
//! `<div dir="rtl">`, and an HTML block is walked as a page's story is
//! (`super::html`), a line a block, with a mark for the direction its
//! `dir` asks; an inline tag is dropped and its words kept, except a
//! script's or a style's.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{direction_mark, html, table, BlockKind, Link, Marked};

pub(super) fn markdown(source: &str) -> Marked {
    let mut text = String::with_capacity(source.len());
    let mut title: Option<String> = None;
    let mut front_title: Option<String> = None;
    let mut heading: Option<String> = None;
    // Each open list's next number (`None`: bullets).
    let mut lists: Vec<Option<u64>> = Vec::new();
    // Front matter (`---` … `---` at the top, as static-site generators
    // write it) is the page's settings, not its text; its `title:` names
    // an article that has no heading.
    let mut metadata: Option<String> = None;
    let mut links: Vec<Link> = Vec::new();
    // The open link's address and where its text starts.
    let mut link: Option<(String, usize)> = None;
    // The open HTML block's lines, and whether an inline script or style
    // is open (its text is code, not the article's).
    let mut html_block: Option<String> = None;
    let mut inline_code = false;
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for event in Parser::new_ext(source, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => metadata = Some(String::new()),
            Event::End(TagEnd::MetadataBlock(_)) => {
                let block = metadata.take().unwrap_or_default();
                front_title = block.lines().find_map(|l| {
                    let value = l.strip_prefix("title:")?.trim().trim_matches(['"', '\'']);
                    (!value.is_empty()).then(|| value.to_string())
                });
            }
            Event::Text(t) if metadata.is_some() => {
                if let Some(m) = &mut metadata {
                    m.push_str(&t);
                }
            }
            Event::Start(Tag::Heading { .. }) => {
                block(&mut text);
                heading = Some(String::new());
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(h) = heading.take() {
                    title.get_or_insert_with(|| h.trim().to_string());
                }
            }
            // A paragraph inside a list item goes on the item's line.
            Event::Start(Tag::Paragraph | Tag::CodeBlock(_) | Tag::Table(_))
                if !text.ends_with("• ") && !text.ends_with(". ") =>
            {
                block(&mut text);
            }
            Event::Start(Tag::List(first)) => {
                if lists.is_empty() {
                    block(&mut text);
                }
                lists.push(first);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                line(&mut text);
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "• ".to_string(),
                };
                text.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                text.push_str(&marker);
            }
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => line(&mut text),
            Event::Start(Tag::TableCell) => table::open_cell(&mut text),
            Event::End(TagEnd::TableCell) => table::close_cell(&mut text),
            Event::Start(Tag::HtmlBlock) => html_block = Some(String::new()),
            Event::Html(t) => {
                if let Some(b) = &mut html_block {
                    b.push_str(&t);
                }
            }
            Event::End(TagEnd::HtmlBlock) => {
                let source = html_block.take().unwrap_or_default();
                for part in html::fragment_blocks(&source) {
                    if part.kind == BlockKind::Heading {
                        title.get_or_insert_with(|| part.text.clone());
                    }
                    block(&mut text);
                    if let Some(mark) = direction_mark(&part.text, part.direction) {
                        text.push(mark);
                    }
                    text.push_str(&part.text);
                }
            }
            Event::InlineHtml(tag) => {
                let tag = tag.to_ascii_lowercase();
                if tag.starts_with("<script") || tag.starts_with("<style") {
                    inline_code = !tag.trim_end().ends_with("/>");
                } else if tag.starts_with("</script") || tag.starts_with("</style") {
                    inline_code = false;
                }
            }
            Event::Text(_) if inline_code => {}
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = &mut heading {
                    h.push_str(&t);
                }
                text.push_str(&t);
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                // <info@example.org> is a mail address.
                let href = if link_type == LinkType::Email {
                    format!("mailto:{}", dest_url.trim())
                } else {
                    dest_url.trim().to_string()
                };
                link = Some((href, text.len()));
            }
            Event::End(TagEnd::Link) => {
                if let Some((href, start)) = link.take() {
                    let anchor = href.is_empty() || href.starts_with('#');
                    if !anchor && !links.iter().any(|l| l.href == href) {
                        let words = text.get(start..).unwrap_or_default();
                        links.push(Link {
                            text: words.split_whitespace().collect::<Vec<_>>().join(" "),
                            href,
                        });
                    }
                }
            }
            Event::SoftBreak => text.push(' '),
            Event::HardBreak => text.push('\n'),
            Event::Rule => block(&mut text),
            _ => {}
        }
    }
    line(&mut text);
    Marked {
        title: title.or(front_title),
        text,
        links,
    }
}

/// End the current line, if one is open.
fn line(text: &mut String) {
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
}

/// Start a new block: a blank line after the last one.
fn block(text: &mut String) {
    line(text);
    if !text.is_empty() && !text.ends_with("\n\n") {
        text.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use crate::core::article::{to_text, Markup};

    #[test]
    fn markdown_becomes_paragraphs_and_a_title() {
        let source = "# رئيس كازاخستان يتعهد\n\nقال الرئيس\nفي خطاب **تلفزيوني**\n\
                      [اليوم](http://x.example/).\n\n- أول\n- ثان\n\n1. one\n2. two\n\n\
                      > اقتباس\n\n```\ncode  line\n```\n\n<div>raw</div>\n";
        let article = to_text(Markup::Markdown, source);
        assert_eq!(article.title.as_deref(), Some("رئيس كازاخستان يتعهد"));
        assert_eq!(
            article.text,
            "رئيس كازاخستان يتعهد\n\nقال الرئيس في خطاب تلفزيوني اليوم.\n\n• أول\n• ثان\n\n\
             1. one\n2. two\n\nاقتباس\n\ncode  line\n\nraw\n"
        );
        assert_eq!(article.links.len(), 1);
        assert_eq!(article.links[0].href, "http://x.example/");
        assert_eq!(article.links[0].text, "اليوم");
    }

    #[test]
    fn html_blocks_keep_their_text_as_paragraphs() {
        // As Arabic Markdown is written for GitHub: a block wrapped in
        // `<div dir="rtl">`, a paragraph aligned right.
        let source = "# تقرير الاجتماع\n\n<div dir=\"rtl\">\nفقرة داخل وسم div.\n</div>\n\n\
                      <p align=\"right\">فقرة <b>محاذاة</b> لليمين.</p>\n\n\
                      <div dir=\"rtl\">\nCNN قالت <span>إن</span> الاجتماع انتهى.\n\
                      <script>var x = 1;</script>\n<style>p { color: red }</style>\n</div>\n\n\
                      <!-- ملاحظة -->\n\nنص <span>بوسم</span> و<script>alert(1)</script> داخل السطر.\n";
        let article = to_text(Markup::Markdown, source);
        assert_eq!(
            article.text,
            "تقرير الاجتماع\n\nفقرة داخل وسم div.\n\nفقرة محاذاة لليمين.\n\n\
             \u{200F}CNN قالت إن الاجتماع انتهى.\n\nنص بوسم و داخل السطر.\n"
        );
        // A Markdown file of HTML alone, a heading in it its title.
        let article = to_text(Markup::Markdown, "<h1>عنوان</h1>\n<p>فقرة</p>\n");
        assert_eq!(article.text, "عنوان\n\nفقرة\n");
        assert_eq!(article.title.as_deref(), Some("عنوان"));
    }

    #[test]
    fn a_table_is_a_row_a_line_of_isolated_cells_as_a_page_s_is() {
        let rows = "| العملة | السعر |\n|---|---|\n| الدولار | 3.75 |\n| USD | 3.75 |\n";
        let source = format!("# أسعار العملات\n\n{rows}");
        let markdown = to_text(Markup::Markdown, &source).text;
        // No separator after the last cell, no line for the rule row.
        let cell = |s: &str| format!("\u{2068}{s}\u{2069}");
        let row = |a: &str, b: &str| format!("{} | {}", cell(a), cell(b));
        assert_eq!(
            markdown,
            format!(
                "أسعار العملات\n\n{}\n{}\n{}\n",
                row("العملة", "السعر"),
                row("الدولار", "3.75"),
                row("USD", "3.75")
            )
        );
        // The same table as a page: the same lines.
        let html = "<html lang=\"ar\"><body><article><h1>أسعار العملات</h1><table>\
                    <tr><th>العملة</th><th>السعر</th></tr>\
                    <tr><td>الدولار</td><td>3.75</td></tr>\
                    <tr><td>USD</td><td>3.75</td></tr></table></article></body></html>";
        let page = to_text(Markup::Html, html).text;
        let rows_of = |t: &str| {
            t.lines()
                .filter(|l| l.contains(" | "))
                .map(String::from)
                .collect::<Vec<_>>()
        };
        assert_eq!(rows_of(&markdown), rows_of(&page));
        // A row of Latin letters and numbers has no strong letter of its own:
        // it takes the document's direction, as the header does.
        assert_eq!(qari_layout::paragraph_direction(&row("USD", "3.75")), None);
    }

    #[test]
    fn links_are_kept_once_each_with_their_words() {
        let source = "[خبر **أول**](https://a.example/1) و[ثان](../b.md \"t\") \
                      و[مرة أخرى](https://a.example/1) و[هنا](#top) و<https://c.example/> \
                      و<info@example.org>\n\n\
                      [مرجع]: https://d.example/\n\nانظر [مرجع].\n";
        let links: Vec<(String, String)> = to_text(Markup::Markdown, source)
            .links
            .into_iter()
            .map(|l| (l.href, l.text))
            .collect();
        let expected = [
            ("https://a.example/1", "خبر أول"),
            ("../b.md", "ثان"),
            ("https://c.example/", "https://c.example/"),
            ("mailto:info@example.org", "info@example.org"),
            ("https://d.example/", "مرجع"),
        ];
        assert_eq!(links, expected.map(|(h, t)| (h.to_string(), t.to_string())));
    }

    #[test]
    fn front_matter_is_no_text_and_its_title_names_the_article() {
        let source = "---\ntitle: \"مقدمة\"\ndate: 2026-12-05\n---\n\nنص المقال الأول.\n";
        let article = to_text(Markup::Markdown, source);
        assert_eq!(article.title.as_deref(), Some("مقدمة"));
        assert_eq!(article.text, "نص المقال الأول.\n");
        // A heading still names it before the front matter does.
        let source = "---\ntitle: x\n---\n\n# عنوان\n\nنص.\n";
        assert_eq!(
            to_text(Markup::Markdown, source).title.as_deref(),
            Some("عنوان")
        );
        // A rule later in the text is a rule, not front matter.
        let source = "نص أول.\n\n---\n\nنص ثان.\n";
        assert_eq!(
            to_text(Markup::Markdown, source).text,
            "نص أول.\n\nنص ثان.\n"
        );
    }
}
