//! PURE: where two inline elements written against each other are two
//! boxes on the screen, and their words need a space between them.
//!
//! Pages lay out a "breaking" label and its ticker, a source and its time,
//! a topic's links, a video's title and its length as `<span>`s, `<a>`s and
//! `<time>`s with no space between them in the markup: CSS sets them
//! apart. qari reads no CSS, so "عاجل" and the ticker's first word ran
//! together (عاجلالرئاسة). A space goes between two such sibling elements
//! when each holds a word of its own; a letter or a mark wrapped alone (a
//! letter coloured in a word, a vowel sign in another colour, a comma) is
//! part of its neighbour's word and gets none.

use dom_query::NodeRef;

use super::name_of;

/// Inline elements that pages use as boxes of their own.
const BOXES: &[&str] = &[
    "span", "a", "time", "marquee", "label", "small", "cite", "abbr",
];

/// The fewest letters of each side for a space between them.
const WORD: usize = 2;

/// Whether `node`, an inline element called `name`, starts a box that the
/// element written right before it ends: both among [`BOXES`], each with a
/// word, and `node`'s text starting with a letter or digit.
pub(super) fn parts_from_before(node: &NodeRef<'_>, name: &str) -> bool {
    if !BOXES.contains(&name) {
        return false;
    }
    let Some(before) = node.prev_sibling().filter(NodeRef::is_element) else {
        return false;
    };
    if !BOXES.contains(&name_of(&before).as_str()) {
        return false;
    }
    let text = node.text();
    let starts_a_word = text.chars().next().is_some_and(is_word_letter);
    starts_a_word && word_letters(&text) >= WORD && word_letters(&before.text()) >= WORD
}

/// A letter or digit, not a vowel sign: Arabic's count as alphabetic, but a
/// letter and its vowel are one letter of a word.
fn is_word_letter(c: char) -> bool {
    c.is_alphanumeric()
        && !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

fn word_letters(text: &str) -> usize {
    text.chars().filter(|&c| is_word_letter(c)).count()
}

#[cfg(test)]
mod tests {
    use crate::core::article::Article;
    use dom_query::Document as Dom;

    fn lines(html: &str) -> Vec<String> {
        let mut out = Article::default();
        super::super::walk(Dom::from(html).root(), false, None, None, &mut out);
        out.blocks.into_iter().map(|b| b.text).collect()
    }

    #[test]
    fn boxes_written_together_are_parted_and_a_word_s_pieces_are_not() {
        assert_eq!(
            lines(
                "<div><span>عاجل</span><marquee>الرئاسة الإيرانية</marquee></div>\
                 <div><span>العربية.نت - بغداد</span><time>نشر في: 20 فبراير</time></div>\
                 <div><span>مواضيع:</span><a href='/a'>العراق</a><a href='/b'>السوداني</a></div>"
            ),
            [
                "عاجل الرئاسة الإيرانية",
                "العربية.نت - بغداد نشر في: 20 فبراير",
                "مواضيع: العراق السوداني"
            ]
        );
        // A coloured letter or vowel sign, a comma after a link, emphasis
        // inside a word, and text already spaced stay as written.
        assert_eq!(
            lines(
                "<p><span>بسم</span><span style='color:red'>\u{0650}</span> \
                 <span>ا</span><span>لله</span> <span>ب\u{0650}</span><span>سم</span></p>\
                 <p><a href='/x'>الوزارة</a><span>،</span> و<b>ال</b><i>كتاب</i> <a>أ</a> <a>ب</a></p>"
            ),
            ["بسم\u{0650} الله ب\u{0650}سم", "الوزارة، والكتاب أ ب"]
        );
    }
}
