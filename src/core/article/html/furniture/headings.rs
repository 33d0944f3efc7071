//! PURE: the headings of related-links boxes ("اقرأ أيضًا", "المزيد من …",
//! "read also"), told by their words folded as they are written in
//! [`BOX_HEADINGS`], and only when short and holding no link themselves, so
//! that a story's heading that happens to open so stays. The comment
//! threads' headings (`threads`) are folded the same way ([`fold`]).

use dom_query::NodeRef;

use crate::core::article::html::{is_letter, name_of};

/// Headings of related-links boxes, folded as [`fold`] folds (no harakat,
/// one alef, ي for ى, ه for ة, Latin in lower case). A heading that is one of
/// these, or starts with one and is a few words long ("المزيد من أخبار
/// الاقتصاد"), heads a box.
const BOX_HEADINGS: &[&str] = &[
    "اقرا ايضا",
    "اقرا كذلك",
    "اقرا المزيد",
    "شاهد ايضا",
    "طالع ايضا",
    "ذات صله",
    "اخبار ذات صله",
    "مواضيع ذات صله",
    "موضوعات ذات صله",
    "مقالات ذات صله",
    "قصص ذات صله",
    "المزيد من",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "الاكثر تداولا",
    "الاكثر تعليقا",
    "اهم الاخبار",
    "قد يهمك",
    "قصص مقترحه",
    "مقالات مقترحه",
    "مواضيع مقترحه",
    "قد يعجبك",
    "read also",
    "read more",
    "related",
    "more from",
    "more on this story",
    "most read",
    "see also",
    "you may also like",
];

/// The most words a box's heading has.
const HEADING_WORDS: usize = 6;

/// Elements a box's heading is written in.
const HEADING_ELEMENTS: &[&str] = &[
    "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "p", "header", "em",
];

/// Whether the element is a heading of a related-links box: short, holding
/// no link itself, and reading as one of [`BOX_HEADINGS`].
pub(super) fn is_box_heading(node: &NodeRef<'_>, name: &str) -> bool {
    // A heading is a few nodes: an element holding more is measured no further.
    if !HEADING_ELEMENTS.contains(&name)
        || node.descendants_it().nth(8).is_some()
        || !may_open_a_heading(node)
    {
        return false;
    }
    let text = node.text();
    if text.len() > 200 {
        return false;
    }
    let folded = fold(&text);
    let words = folded.split_whitespace().count();
    if words == 0 || words > HEADING_WORDS {
        return false;
    }
    if node
        .descendants_it()
        .any(|d| d.is_element() && name_of(&d) == "a")
    {
        return false;
    }
    reads_as_box_heading(&folded)
}

/// Whether the element's text begins with a word some heading of
/// [`BOX_HEADINGS`] begins with: most elements are passed over on their
/// first word, without their whole text.
pub(super) fn may_open_a_heading(node: &NodeRef<'_>) -> bool {
    let Some(first) = node
        .descendants_it()
        .filter(|d| d.is_text())
        .map(|t| t.text())
        .find(|t| t.chars().any(is_letter))
    else {
        return false;
    };
    // Its first word, at most as long as the headings' first words.
    let word: String = first
        .trim_start()
        .chars()
        .take_while(|c| !c.is_whitespace())
        .take(12)
        .collect();
    let folded = fold(&word);
    let Some(word) = folded.split(' ').next() else {
        return false;
    };
    BOX_HEADINGS
        .iter()
        .any(|h| h.split(' ').next() == Some(word))
}

/// Whether folded text is one of [`BOX_HEADINGS`] or starts with one.
fn reads_as_box_heading(folded: &str) -> bool {
    BOX_HEADINGS.iter().any(|h| {
        folded == *h
            || folded
                .strip_prefix(h)
                .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// Whether a link's text opens with a box's heading ("اقرأ أيضًا: أسعار
/// الذهب …"); the heading words alone are a link to a list of stories.
pub(super) fn starts_with_box_heading(text: &str) -> bool {
    let head: String = text.chars().take(60).collect();
    let folded = fold(&head);
    BOX_HEADINGS
        .iter()
        .filter(|h| h.contains(' '))
        .any(|h| folded == *h || folded.starts_with(&format!("{h} ")))
}

/// The letters of the box's heading `text` opens with ("اقرأ أيضا: …"),
/// when it opens with one of two words or more.
pub(super) fn box_heading_letters(text: &str) -> Option<usize> {
    let head: String = text.chars().take(60).collect();
    let folded = fold(&head);
    BOX_HEADINGS
        .iter()
        .filter(|h| h.contains(' '))
        .find(|h| folded == **h || folded.starts_with(&format!("{h} ")))
        .map(|h| h.chars().filter(|c| *c != ' ').count())
}

/// Text as [`BOX_HEADINGS`] are written: harakat and tatweel out, the alef
/// variants one letter, ى as ي and ة as ه, Latin in lower case, punctuation
/// a space, spaces collapsed.
pub(super) fn fold(text: &str) -> String {
    let mapped: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}' | '\u{0670}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c if is_letter(c) => c.to_ascii_lowercase(),
            _ => ' ',
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}
