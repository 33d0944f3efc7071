//! PURE: which way a feed, an item and an item's headline are read, from
//! their letters and the language the feed declares.
//!
//! A feed's declared language is a setting of the site that sends it, and
//! Arabic sites often leave their CMS's `en-us`: where the feed's own
//! letters clearly outnumber the other way (twice over), they decide, and
//! so do an item's against the feed's. A headline is a few words, and an
//! Arabic one often names a product or a club in Latin letters (`Samsung
//! Galaxy S25 Ultra: المراجعة` has more Latin letters than Arabic): it
//! takes the other way from its item only when it has no letter of its
//! item's way at all (`Manchester United vs Liverpool` in an Arabic feed).
//! The letters are counted as qari-layout counts them ([`LetterCount`]);
//! in an item's HTML, neither a tag nor an entity's name (`&nbsp;`,
//! `&quot;`, which Arabic CMSs fill their bodies with) is a letter.

use qari_layout::{Direction, LetterCount};

/// The letters of a text counted by the direction they are written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Letters(LetterCount);

/// The most bytes of an entity's name and its `&` and `;`.
const ENTITY_BYTES: usize = 32;

impl Letters {
    /// Counts `text`'s letters; in markup, not a tag's name or attributes,
    /// nor an entity's name.
    pub(super) fn add(&mut self, text: &str, markup: bool) {
        if !markup {
            self.0.add(text);
            return;
        }
        let mut rest = text;
        while let Some(at) = rest.find(['<', '&']) {
            self.0.add(&rest[..at]);
            rest = &rest[at..];
            let end = if rest.starts_with('<') {
                rest.find('>').map_or(rest.len(), |e| e + 1)
            } else {
                entity_end(rest).unwrap_or(1)
            };
            rest = &rest[end..];
        }
        self.0.add(rest);
    }

    pub(super) fn of(text: &str, markup: bool) -> Self {
        let mut letters = Self::default();
        letters.add(text, markup);
        letters
    }

    /// Both counts together.
    pub(super) fn join(&mut self, other: Self) {
        self.0.ltr += other.0.ltr;
        self.0.rtl += other.0.rtl;
    }

    /// The direction whose letters are more than twice the other's.
    fn clear(self) -> Option<Direction> {
        let LetterCount { ltr, rtl } = self.0;
        if rtl > 2 * ltr {
            Some(Direction::Rtl)
        } else if ltr > 2 * rtl {
            Some(Direction::Ltr)
        } else {
            None
        }
    }

    /// `declared`, unless these letters clearly say the other direction.
    /// Nothing declared stays so: each line then takes its first letter's.
    pub(super) fn over(self, declared: Option<Direction>) -> Option<Direction> {
        match (declared, self.clear()) {
            (Some(declared), Some(own)) if own != declared => Some(own),
            _ => declared,
        }
    }

    /// A headline's direction in its item's: the item's, unless the
    /// headline has letters and none of them is written the item's way.
    pub(super) fn heading(self, item: Option<Direction>) -> Option<Direction> {
        let item = item?;
        let other = match item {
            Direction::Ltr => Direction::Rtl,
            Direction::Rtl => Direction::Ltr,
        };
        if self.0.of_direction(item) == 0 && self.0.of_direction(other) > 0 {
            Some(other)
        } else {
            Some(item)
        }
    }
}

/// The length of the entity `text` opens with (`&nbsp;`, `&#1575;`,
/// `&#x627;`), `&` and `;` included; `None` when it opens with a bare `&`.
fn entity_end(text: &str) -> Option<usize> {
    let name = text.strip_prefix('&')?;
    let end = name.bytes().take(ENTITY_BYTES).position(|b| b == b';')?;
    let body = &name[..end];
    let numeric = body.strip_prefix('#').is_some_and(|n| {
        let digits = n.strip_prefix(['x', 'X']).unwrap_or(n);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_hexdigit())
    });
    let named = !body.is_empty() && body.chars().all(|c| c.is_ascii_alphanumeric());
    (numeric || named).then_some(end + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_tags_are_no_letters_and_a_bare_ampersand_is_text() {
        let html = "<p class=\"lead\">&nbsp;&quot;\u{0642}\u{0627}\u{0644}&quot;&#160;&#x627;</p>";
        assert_eq!(Letters::of(html, true).0, LetterCount { ltr: 0, rtl: 3 });
        // A bare `&` and the word after it: letters like any.
        let bare = "\u{0630}\u{0647}\u{0628} & silver";
        assert_eq!(Letters::of(bare, true).0, LetterCount { ltr: 6, rtl: 3 });
        // In text, what looks like an entity is shown, and counted.
        assert_eq!(
            Letters::of("&nbsp;", false).0,
            LetterCount { ltr: 4, rtl: 0 }
        );
    }

    #[test]
    fn a_headline_takes_the_other_way_only_without_a_letter_of_its_item_s() {
        let rtl = Some(Direction::Rtl);
        let ltr = Some(Direction::Ltr);
        // "Samsung Galaxy S25 Ultra: المراجعة": more Latin, still Arabic's.
        let samsung = "Samsung Galaxy S25 Ultra: \u{0627}\u{0644}\u{0645}\u{0631}\u{0627}\u{062C}\u{0639}\u{0629}";
        assert_eq!(Letters::of(samsung, false).heading(rtl), rtl);
        assert_eq!(
            Letters::of("Manchester United vs Liverpool", false).heading(rtl),
            ltr
        );
        // And the other way; digits alone decide nothing.
        assert_eq!(
            Letters::of("\u{0642}\u{0627}\u{0644}", false).heading(ltr),
            rtl
        );
        assert_eq!(Letters::of("S25 Ultra \u{0642}", false).heading(ltr), ltr);
        assert_eq!(Letters::of("2025", false).heading(rtl), rtl);
        assert_eq!(Letters::of(samsung, false).heading(None), None);
    }
}
