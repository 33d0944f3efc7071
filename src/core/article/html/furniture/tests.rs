//! Furniture taken out of small pages: comment sections, boxes of links,
//! link paragraphs, sign-up boxes, screen readers' text, and a story hidden
//! behind "read more" shown.

use super::*;
use dom_query::Document;

/// The page's lines after the furniture is out, joined by spaces.
fn stripped(html: &str) -> String {
    let dom = Document::from(html);
    strip(&dom, true);
    let mut out = crate::core::article::Article::default();
    super::super::walk(dom.root(), false, None, None, &mut out);
    let lines: Vec<&str> = out.blocks.iter().map(|b| b.text.as_str()).collect();
    lines.join(" ")
}

#[test]
fn a_comment_section_goes_but_commentary_stays() {
    let page = "<h1>عنوان</h1><div class='post'><p>نص الخبر.</p></div>\
                <div id='comments' class='comments-area'><ol class='comment-list'>\
                <li class='comment even'>تعليق طويل جدا</li></ol></div>\
                <div class='commentary'>رأي الكاتب</div>";
    assert_eq!(stripped(page), "عنوان نص الخبر. رأي الكاتب");
}

#[test]
fn a_comment_section_with_a_site_s_own_names_goes_by_its_heading() {
    let page = "<main><article><h1>عنوان</h1><p>نص الخبر.</p></article>\
                <section class='reader-box'><div class='t'><h2>40 تعليقا على \"عنوان\"</h2></div>\
                <ol class='user-feedback'><li><article class='fb-card'><time>منذ دقيقة</time>\
                <p>تعليق طويل جدا</p><a href='#'>رد</a></article></li></ol>\
                <form><textarea></textarea></form></section></main>";
    assert_eq!(stripped(page), "عنوان نص الخبر.");
    // In the story's own element: the story before the heading stays.
    let shared = "<div class='post'><h1>عنوان</h1><p>نص الخبر.</p><h3>التعليقات (2)</h3>\
                  <div class='c'><p>تعليق أول</p></div><div class='c'><p>تعليق ثان</p></div></div>";
    assert_eq!(stripped(shared), "عنوان نص الخبر.");
    // A story's part headed "تعليق …" is the story.
    let part =
        "<div><p>نص الخبر.</p><h2>تعليق الوزارة</h2><p>قالت الوزارة إنها ستدرس القرار.</p></div>";
    assert_eq!(
        stripped(part),
        "نص الخبر. تعليق الوزارة قالت الوزارة إنها ستدرس القرار."
    );
}

#[test]
fn an_opinion_piece_called_comment_stays() {
    let page = "<header><h1>العنوان</h1></header><article class='content--comment'>\
                <p>يرى الكاتب أن الحكومة أخطأت في تقدير الموقف منذ البداية.</p></article>\
                <div class='comments'><article class='comment'>تعليق</article></div>";
    assert_eq!(
        stripped(page),
        "العنوان يرى الكاتب أن الحكومة أخطأت في تقدير الموقف منذ البداية."
    );
    // A post and its comments in one element called so: the story stays.
    let wrapped = "<div class='post comments-open'><p>يرى الكاتب أن الحكومة أخطأت في تقدير \
                   الموقف منذ البداية وأن عليها أن تراجع سياستها.</p>\
                   <ol class='comment-list'><li class='comment'>تعليق أول</li></ol></div>";
    assert_eq!(
        stripped(wrapped),
        "يرى الكاتب أن الحكومة أخطأت في تقدير الموقف منذ البداية وأن عليها أن تراجع سياستها."
    );
}

#[test]
fn a_box_of_links_goes_by_its_class_or_its_heading() {
    // By class, when it is links; a story's element called related stays.
    let page = "<div class='post related-story'><p>نص الخبر الطويل هنا.</p></div>\
                <div class='related-posts'><a href='/a'>خبر آخر</a></div>";
    assert_eq!(stripped(page), "نص الخبر الطويل هنا.");
    // By its heading, with the box around it or without one.
    let boxed = "<p>نص الخبر.</p><div class='x'><h3>اقرأ أيضاً:</h3><ul>\
                 <li><a href='/a'>خبر أول</a></li><li><a href='/b'>خبر ثان</a></li></ul></div>\
                 <p>بقية الخبر.</p>";
    assert_eq!(stripped(boxed), "نص الخبر. بقية الخبر.");
    let inline = "<div><p>نص الخبر الذي نشرته الصحيفة اليوم.</p><p><strong>إقرأ أيضا:</strong> \
                  <a href='/a'>خبر آخر عن الموضوع</a></p><p>بقية الخبر الذي نشرته.</p></div>";
    assert_eq!(
        stripped(inline),
        "نص الخبر الذي نشرته الصحيفة اليوم. بقية الخبر الذي نشرته."
    );
    // Links between line breaks after the heading, and a link that
    // says what it is.
    let broken = "<div>نص الخبر الذي نشرته الصحيفة اليوم.<br><strong>اقرأ أيضًا:</strong><br>\
                  <a href='/a'>خبر أول</a><br><a href='/b'>خبر ثان</a><br><br>بقية الخبر الذي \
                  نشرته.<br><a href='/c'>اقرأ أيضًا: خبر ثالث</a></div>";
    assert_eq!(
        stripped(broken),
        "نص الخبر الذي نشرته الصحيفة اليوم. بقية الخبر الذي نشرته."
    );
    let loose = "<div><p>نص الخبر.</p><h2>الأكثر قراءة</h2><ul><li><a href='/a'>خبر</a></li>\
                 </ul><p>بقية الخبر.</p></div>";
    assert_eq!(stripped(loose), "نص الخبر. بقية الخبر.");
}

#[test]
fn a_link_paragraph_pointed_at_by_an_arrow_goes_and_others_stay() {
    let page = "<div><p>قال الوزير إن المشروع سيبدأ قريبا في العاصمة.</p>\
                <p><a href='/n/7'>&gt;&gt; الاحتلال يقصف مدرسة في النصيرات</a></p>\
                <p>وأضاف أن <a href='/x'>الوزارة</a> مستعدة للتنفيذ.</p>\
                <p><a href='/r.pdf'>نص التقرير الكامل</a></p></div>";
    assert_eq!(
        stripped(page),
        "قال الوزير إن المشروع سيبدأ قريبا في العاصمة. وأضاف أن الوزارة مستعدة للتنفيذ. \
         نص التقرير الكامل"
    );
}

#[test]
fn a_story_s_rest_hidden_behind_read_more_is_shown_and_a_hidden_menu_is_not() {
    let para = "وأضاف المتحدث أن الحكومة ستواصل العمل على المشروع حتى نهايته رغم كل الصعوبات التي تواجهها في الميدان.";
    let page = format!(
        "<div><p>{para}</p><div class='rest' style='display: none;'><p>{para}</p><p>{para}</p></div>\
         <div hidden><p>{para}</p><p>{para}</p></div>\
         <ul style='display:none'><li><a href='/a'>{para}</a></li><li><a href='/b'>{para}</a></li></ul></div>"
    );
    let dom = Document::from(page.as_str());
    strip(&dom, true);
    assert_eq!(dom.select("[hidden]").length(), 0);
    assert_eq!(dom.select("div.rest").attr("style").as_deref(), Some(""));
    assert_eq!(
        dom.select("ul").attr("style").as_deref(),
        Some("display:none")
    );
}

#[test]
fn a_heading_that_only_reads_like_a_box_s_stays_with_its_text() {
    let page = "<div><h2>المزيد من التفاصيل</h2><p>قال الوزير إن المشروع سيبدأ قريبا.</p>\
                <p>وأضاف أن <a href='/x'>الوزارة</a> مستعدة.</p></div>";
    assert_eq!(
        stripped(page),
        "المزيد من التفاصيل قال الوزير إن المشروع سيبدأ قريبا. وأضاف أن الوزارة مستعدة."
    );
}

#[test]
fn a_sign_up_box_goes_by_its_name_or_its_e_mail_field() {
    let text = "قال الوزير إن الحكومة ستواصل العمل على المشروع حتى نهايته.";
    let story = format!("<article><h1>عنوان</h1><p>{text}</p><p>{text}</p>");
    let pitch = "<h4>اشترك في النشرة البريدية</h4><p>احصل على أهم الأخبار يوميا.</p>\
                 <form><input type='email'><button>اشترك</button></form>";
    for signup in [
        format!("<div class='newsletter'>{pitch}</div>"),
        format!("<div class='x'>{}</div>", pitch.replace("email", "EMAIL")),
        "<section id='sign-up'><h3>النشرة اليومية</h3><p>كل صباح.</p></section>".to_string(),
    ] {
        let page = format!("{story}{signup}</article>");
        assert_eq!(stripped(&page), format!("عنوان {text} {text}"), "{signup}");
    }
    // A story's element named for its subscribers, longer than a box,
    // stays; so does a form in the story's own element.
    let long = "وقال الوزير إن الحكومة ستواصل العمل على المشروع حتى نهايته. ".repeat(8);
    let named = format!("<div class='subscription-content'><p>{long}</p></div>");
    assert_eq!(stripped(&named), long.trim());
    let inside = "<article><h1>عنوان</h1><p>نص.</p><input type='email'></article>";
    assert_eq!(stripped(inside), "عنوان نص.");
    // A brief of two short paragraphs whose element holds a sign-up
    // field, its heading outside: the element is most of the page, and
    // the story.
    let brief = "<header><h1>افتتاح معرض الكتاب</h1></header><div class='entry-content'>\
                 <p>افتتح الوزير معرض الكتاب في عمان اليوم.</p><p>ويستمر عشرة أيام.</p>\
                 <div class='box'><input type='email'><button>اشترك</button></div></div>";
    assert_eq!(
        stripped(brief),
        "افتتاح معرض الكتاب افتتح الوزير معرض الكتاب في عمان اليوم. ويستمر عشرة أيام."
    );
}

#[test]
fn what_only_screen_readers_hear_goes_and_the_story_s_heading_never_does() {
    let page = "<ul><li><span class='screen-reader-text'>list 1 of 2</span>\
                <a href='/a'>خبر</a></li></ul><p>نص.</p>";
    assert_eq!(stripped(page), "خبر نص.");
    // A wrapper whose classes read like comments but that holds the
    // story's heading.
    let wrapper = "<div class='single comments-open'><h1>العنوان</h1><p>نص.</p></div>";
    assert_eq!(stripped(wrapper), "العنوان نص.");
}
