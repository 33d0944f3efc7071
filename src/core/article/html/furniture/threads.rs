//! PURE: a comment section told by its heading, whatever its classes.
//!
//! Comment sections are found first by what pages call them
//! (`comments-area`, `disqus_thread`); a site's own names (`reader-box`,
//! `user-feedback`, `fb-item`) say nothing. What every comment section
//! does have is a heading that says it is one: "40 تعليقا على …",
//! "التعليقات", "تعليقات القراء", "أضف تعليقك", "3 Comments". Such a heading
//! and everything after it in the element that holds it (the thread, its
//! form) are taken out; what comes before (the story, when they share an
//! element) stays. A story's own heading is not written so.

use dom_query::NodeRef;

use super::headings::fold;
use super::{holds_kept, name_of, KEPT};

/// The words (folded) a comment section's heading opens with, after a
/// number of comments if any.
const COMMENT_WORDS: &[&str] = &[
    "تعليق",
    "تعليقا",
    "تعليقان",
    "تعليقات",
    "التعليقات",
    "التعليق",
    "comment",
    "comments",
    "responses",
];

/// Headings that ask for a comment.
const ASKING: &[&str] = &[
    "اضف تعليق",
    "اضف تعليقك",
    "اضف تعليقا",
    "اترك تعليق",
    "اترك تعليقا",
    "اترك تعليقك",
    "شارك برايك",
    "leave a comment",
    "leave a reply",
];

/// The most words of a heading that asks for a comment.
const THREAD_HEADING_WORDS: usize = 5;

/// The heading of a comment section at `node`, and what follows it in its
/// element; `None` when `node` is no such heading.
pub(super) fn comment_thread<'a>(node: &NodeRef<'a>, name: &str) -> Option<Vec<NodeRef<'a>>> {
    if !matches!(name, "h2" | "h3" | "h4" | "h5" | "h6") || !names_a_thread(&node.text()) {
        return None;
    }
    // A heading wrapped alone (`<div class="title"><h2>…</h2></div>`) is
    // its wrapper.
    let mut heading = *node;
    while let Some(up) = heading.parent() {
        let alone = up
            .children_it(false)
            .filter(|c| c.is_element() || c.text().trim() != "")
            .count()
            == 1;
        if !alone || KEPT.contains(&name_of(&up).as_str()) || holds_kept(&up) {
            break;
        }
        heading = up;
    }
    let mut out = vec![heading];
    let mut next = heading.next_sibling();
    while let Some(n) = next {
        next = n.next_sibling();
        // The story's own heading or element never goes with a thread;
        // a comment's `<article>` without one does.
        if n.is_element() && (KEPT.contains(&name_of(&n).as_str()) || holds_story(&n)) {
            break;
        }
        out.push(n);
    }
    Some(out)
}

/// Whether an element holds the page's `<h1>`, its `<main>`, or an
/// `<article>` with a headline (a story, not a comment).
fn holds_story(node: &NodeRef<'_>) -> bool {
    node.descendants_it().any(|d| {
        d.is_element()
            && match name_of(&d).as_str() {
                "h1" | "main" => true,
                "article" => d
                    .descendants_it()
                    .any(|h| h.is_element() && name_of(&h) == "h1"),
                _ => false,
            }
    })
}

/// Whether a heading's text says a comment section follows.
fn names_a_thread(text: &str) -> bool {
    if text.len() > 400 {
        return false;
    }
    let folded = fold(text);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let asking = ASKING.iter().any(|a| {
        folded == *a
            || folded
                .strip_prefix(a)
                .is_some_and(|rest| rest.starts_with(' '))
    });
    if asking && words.len() <= THREAD_HEADING_WORDS {
        return true;
    }
    // "40 تعليقا على «…»" quotes the story's title; else the heading
    // is the word alone, with a count or whose comments they are
    // ("التعليقات (3)", "تعليقات القراء"): "تعليق الوزارة" heads a story's part.
    let counted = words
        .first()
        .is_some_and(|w| w.chars().all(char::is_numeric));
    let rest = &words[usize::from(counted)..];
    let Some((first, tail)) = rest.split_first() else {
        return false;
    };
    if !COMMENT_WORDS.contains(first) {
        return false;
    }
    if counted && matches!(tail.first(), Some(&"علي" | &"on" | &"to")) {
        return true;
    }
    // The word alone is a thread's heading in the plural only: "تعليق"
    // (commentary) or "Comment" alone heads a part of the story itself.
    if !counted && tail.is_empty() {
        return PLURALS.contains(first);
    }
    tail.iter()
        .all(|w| w.chars().all(char::is_numeric) || READERS.contains(w))
}

/// The words of [`COMMENT_WORDS`] that name many comments.
const PLURALS: &[&str] = &["تعليقات", "التعليقات", "comments", "responses"];

/// Whose comments a heading says they are.
const READERS: &[&str] = &["القراء", "الزوار", "الفيسبوك", "فيسبوك", "facebook"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_of_comment_sections() {
        for heading in [
            "40 تعليقا على \"الحكومة ترفع الحد الأدنى للأجور إلى 6 آلاف جنيه\"",
            "التعليقات (3)",
            "تعليقات القراء",
            "أضف تعليقك",
            "3 Comments",
            "Leave a Reply",
        ] {
            assert!(names_a_thread(heading), "{heading}");
        }
        for heading in [
            "تعليق الحكومة على القرار أثار جدلا واسعا في البرلمان",
            "تعليق وزارة الخارجية",
            "المزيد من التفاصيل",
            "Comments by the minister on the budget were welcomed by markets",
            "عاجل",
            // A story's own part: commentary.
            "تعليق",
            "التعليق",
            "Comment",
        ] {
            assert!(!names_a_thread(heading), "{heading}");
        }
    }
}
