//! Fast character properties for the text qari mostly sees: ASCII and the Arabic block.
//!
//! The general lookups (unicode-bidi's class table, the bracket pairs, the grapheme
//! rules) are binary or linear searches, and a news article spends nearly all of its
//! characters in these two ranges, so they are answered here by a `match` and
//! everything else falls through to the crates. The tests compare every character of
//! both ranges with the crates, so the shortcut cannot drift from them.

use unicode_bidi::data_source::BidiMatchedOpeningBracket;
use unicode_bidi::{BidiClass, BidiDataSource, HardcodedBidiData};

/// Bidi class, with ASCII and U+0600..U+06FF answered from tables built at compile
/// time from [`class_of`].
pub(super) fn bidi_class(c: char) -> BidiClass {
    const TABLE: [BidiClass; 0x700] = {
        let mut t = [BidiClass::ON; 0x700];
        let mut i = 0;
        while i < 0x700 {
            if let Some(c) = char::from_u32(i as u32) {
                if let Some(class) = class_of(c) {
                    t[i] = class;
                }
            }
            i += 1;
        }
        t
    };
    let cp = u32::from(c) as usize;
    if cp < 0x80 || (0x600..0x700).contains(&cp) {
        TABLE[cp]
    } else {
        unicode_bidi::bidi_class(c)
    }
}

/// The bidi classes of ASCII and the Arabic block, `None` elsewhere.
const fn class_of(c: char) -> Option<BidiClass> {
    use BidiClass::{AL, AN, B, BN, CS, EN, ES, ET, L, NSM, ON, S, WS};
    Some(match c {
        'a'..='z' | 'A'..='Z' => L,
        '0'..='9' => EN,
        ' ' | '\u{0C}' => WS,
        '\t' | '\u{0B}' | '\u{1F}' => S,
        '\n' | '\r' | '\u{1C}'..='\u{1E}' => B,
        '\0'..='\u{08}' | '\u{0E}'..='\u{1B}' | '\u{7F}' => BN,
        '#' | '$' | '%' => ET,
        '+' | '-' => ES,
        ',' | '.' | '/' | ':' => CS,
        '!'..='~' => ON,
        '\u{0600}'..='\u{06FF}' => match c {
            '\u{0600}'..='\u{0605}' | '\u{0660}'..='\u{0669}' | '\u{066B}' | '\u{066C}' => AN,
            '\u{06DD}' => AN,
            '\u{0606}' | '\u{0607}' | '\u{060E}' | '\u{060F}' | '\u{06DE}' | '\u{06E9}' => ON,
            '\u{0609}' | '\u{060A}' | '\u{066A}' => ET,
            '\u{060C}' => CS,
            '\u{06F0}'..='\u{06F9}' => EN,
            _ if is_arabic_mark(c) => NSM,
            _ => AL,
        },
        _ => return None,
    })
}

/// Nonspacing marks of the Arabic block (harakat, Quranic marks): grapheme extenders.
pub(super) const fn is_arabic_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'
            | '\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
    )
}

/// Mirrored glyph (L4), skipping the table for characters that have none.
pub(super) fn mirrored(c: char) -> Option<char> {
    if u32::from(c) < 0x0F3A
        && !matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '{' | '}' | '«' | '»')
    {
        return None;
    }
    unicode_bidi_mirroring::get_mirrored(c)
}

/// unicode-bidi's data with the shortcuts above.
pub(super) struct FastBidiData;

impl BidiDataSource for FastBidiData {
    fn bidi_class(&self, c: char) -> BidiClass {
        bidi_class(c)
    }

    fn bidi_matched_opening_bracket(&self, c: char) -> Option<BidiMatchedOpeningBracket> {
        if u32::from(c) < 0x0F3A && !matches!(c, '(' | ')' | '[' | ']' | '{' | '}') {
            return None;
        }
        HardcodedBidiData.bidi_matched_opening_bracket(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fast_range() -> impl Iterator<Item = char> {
        (0u32..0x0F40).filter_map(char::from_u32)
    }

    #[test]
    fn classes_match_unicode_bidi() {
        for c in fast_range() {
            assert_eq!(
                bidi_class(c),
                unicode_bidi::bidi_class(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn brackets_and_mirrors_match_the_crates() {
        for c in fast_range() {
            let fast = FastBidiData
                .bidi_matched_opening_bracket(c)
                .map(|b| (b.opening, b.is_open));
            let slow = HardcodedBidiData
                .bidi_matched_opening_bracket(c)
                .map(|b| (b.opening, b.is_open));
            assert_eq!(fast, slow, "U+{:04X}", c as u32);
            assert_eq!(mirrored(c), unicode_bidi_mirroring::get_mirrored(c));
        }
    }
}
