//! PURE: a sign-up box (a newsletter's heading, its pitch, a form), which
//! sits inside the story's element and read as its last paragraphs: told by
//! its classes, or as the few lines around an e-mail field, kept small so
//! that no story goes with it.

use dom_query::NodeRef;

use super::{holds_kept, letters, name_of, KEPT};

/// Segments that name a sign-up box: a newsletter's, a subscription's
/// (`newsletter-box`, `subscribe_form`, `mc4wp-form`).
pub(super) const SIGNUP_SEGMENTS: &[&str] = &[
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    "mailchimp",
    "mc4wp",
];

/// The most letters of a sign-up box (its heading and a line or two saying
/// what it sends), so that a story's element named for its subscribers stays.
const SIGNUP_LETTERS: usize = 300;
/// The most paragraphs of a sign-up box.
const SIGNUP_PARAGRAPHS: usize = 2;
/// The most e-mail fields a page is looked around.
const FIELDS_MAX: usize = 16;

/// The boxes around the page's e-mail fields (`<input type="email">`): a
/// sign-up's heading and the line saying what it sends are no part of the
/// story, whatever the box is called. A box is the largest element around
/// a field that is still [`is_signup_sized`] and holds nothing kept.
pub(super) fn signup_boxes<'a>(root: NodeRef<'a>, story: usize) -> Vec<NodeRef<'a>> {
    let fields = root
        .descendants_it()
        .filter(|d| {
            d.is_element()
                && name_of(d) == "input"
                && d.attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("email"))
        })
        .take(FIELDS_MAX);
    let mut out = Vec::new();
    for field in fields {
        let mut found = None;
        let mut up = field.parent();
        while let Some(a) = up {
            let name = name_of(&a);
            if KEPT.contains(&name.as_str())
                || name == "article"
                || !is_signup_sized(&a, story)
                || holds_kept(&a)
            {
                break;
            }
            found = Some(a);
            up = a.parent();
        }
        out.extend(found);
    }
    out
}

/// Whether an element is as small as a sign-up box: a few lines of text,
/// and less than `half` the page's letters (a brief of two short paragraphs
/// with a sign-up field in its element is the story, not a box).
pub(super) fn is_signup_sized(node: &NodeRef<'_>, half: usize) -> bool {
    let n = letters(&node.text());
    n <= SIGNUP_LETTERS
        && n < half
        && node
            .descendants_it()
            .filter(|d| d.is_element() && name_of(d) == "p")
            .nth(SIGNUP_PARAGRAPHS)
            .is_none()
}
