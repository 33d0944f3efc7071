//! Grapheme cluster boundaries for the characters a news article is made of,
//! without the full UAX #29 machinery.
//!
//! For most characters the cluster rules reduce to one comparison of neighbours: CR
//! LF stay together, a control stands alone, an extender (a combining mark, ZWNJ)
//! or ZWJ joins whatever is before it, and anything else starts a new cluster. The
//! rules that look further back (emoji ZWJ sequences, regional indicator pairs,
//! Indic conjuncts) and those of prepended marks, spacing marks and Hangul need
//! characters outside the table below, so [`fast`] answers only for:
//! - ASCII, Latin-1 and the Latin/IPA/modifier blocks up to U+02FF, except the
//!   soft hyphen and the pictographic © and ®;
//! - the combining diacritics U+0300..U+036F;
//! - the Arabic block, except its prepended marks (U+0600..U+0605, U+06DD);
//! - General Punctuation U+2000..U+206F (spaces, dashes, quotes, ZWSP, ZWNJ, ZWJ,
//!   the bidi controls), except the pictographic ‼ and ⁉; and the BOM.
//!
//! For every other character `fast` says [`Gcb::Other`] and the caller hands the rest
//! of the paragraph, from the start of the current cluster, to unicode-segmentation.
//! Restarting there is exact: the table holds no character that a rule could carry
//! across that boundary. The tests check every pair of table characters against
//! unicode-segmentation, and random strings of all kinds against the full path.
//!
//! The table also holds what layout needs of a cluster that starts with the
//! character: its kind and its width (see `units::classify`, which the tests use as
//! the reference).

use super::chars::is_arabic_mark;
use super::units::Kind;

/// The part a character plays in the fast cluster rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gcb {
    /// Not in the table: use unicode-segmentation.
    Other,
    /// Starts a cluster and may be followed by extenders.
    Base,
    /// Joins the cluster before it (combining marks, ZWNJ).
    Extend,
    /// Zero width joiner: joins the cluster before it, like an extender.
    Zwj,
    /// A cluster of its own.
    Control,
    Cr,
    Lf,
}

impl Gcb {
    /// Whether a character of class `next` continues the cluster whose last
    /// character is of class `self`.
    #[inline]
    pub(super) fn joins(self, next: Gcb) -> bool {
        match next {
            Gcb::Extend | Gcb::Zwj => !matches!(self, Gcb::Control | Gcb::Cr | Gcb::Lf),
            Gcb::Lf => self == Gcb::Cr,
            _ => false,
        }
    }
}

/// A character's entry: cluster class, and the kind and width of a cluster that
/// starts with it and has no other character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Fast {
    pub gcb: Gcb,
    pub lead: Kind,
    /// Columns of that cluster (an orphaned mark is drawn on a dotted circle).
    pub width: u8,
}

const OTHER: Fast = Fast {
    gcb: Gcb::Other,
    lead: Kind::Text,
    width: 0,
};

const fn entry(cp: u32) -> Fast {
    let (gcb, width) = match cp {
        0x0A => (Gcb::Lf, 1),
        0x0D => (Gcb::Cr, 1),
        0x09 => (Gcb::Control, 0),
        0x00..=0x1F | 0x7F..=0x9F | 0x2028 | 0x2029 => (Gcb::Control, 1),
        0xA9 | 0xAD | 0xAE | 0x0600..=0x0605 | 0x06DD | 0x203C | 0x2049 => return OTHER,
        0x20..=0x7E | 0xA0..=0x02FF => (Gcb::Base, 1),
        0x0300..=0x036F | 0x200C => (Gcb::Extend, 0),
        0x200D => (Gcb::Zwj, 0),
        0x061C | 0x200B | 0x200E | 0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF => {
            (Gcb::Control, 0)
        }
        0x0600..=0x06FF => match char::from_u32(cp) {
            Some(c) if is_arabic_mark(c) => (Gcb::Extend, 0),
            _ => (Gcb::Base, 1),
        },
        0x2000..=0x206F => (Gcb::Base, 1),
        _ => return OTHER,
    };
    let lead = match cp {
        0x09 => Kind::Tab,
        0x00..=0x1F | 0x7F..=0x9F | 0x2028 | 0x2029 => Kind::Control,
        0x202A..=0x202E | 0x2066..=0x2069 | 0x200E | 0x200F | 0x061C | 0xFEFF => Kind::Removed,
        0x20 | 0x2000..=0x200A | 0x205F => Kind::Space,
        _ if matches!(gcb, Gcb::Extend) && cp != 0x200C => Kind::Orphan,
        _ => Kind::Text,
    };
    let width = if matches!(lead, Kind::Orphan) {
        1
    } else {
        width
    };
    Fast { gcb, lead, width }
}

const fn table<const N: usize>(first: u32) -> [Fast; N] {
    let mut t = [OTHER; N];
    let mut i = 0;
    while i < N {
        t[i] = entry(first + i as u32);
        i += 1;
    }
    t
}

/// The table entry of `c` ([`Gcb::Other`] when it has none).
#[inline]
pub(super) fn fast(c: char) -> Fast {
    const LOW: [Fast; 0x700] = table(0);
    const PUNCTUATION: [Fast; 0x70] = table(0x2000);
    let cp = u32::from(c);
    if cp < 0x700 {
        LOW[cp as usize]
    } else if (0x2000..0x2070).contains(&cp) {
        PUNCTUATION[(cp - 0x2000) as usize]
    } else if cp == 0xFEFF {
        entry(cp)
    } else {
        OTHER
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn table_chars() -> Vec<char> {
        (0u32..0x2100)
            .chain([0xFEFF])
            .filter_map(char::from_u32)
            .filter(|&c| fast(c).gcb != Gcb::Other)
            .collect()
    }

    #[test]
    fn the_table_covers_what_articles_use() {
        for c in [
            'a', ' ', '\u{A0}', 'é', '\u{0628}', '\u{064E}', '«', '—', '\u{200C}',
        ] {
            assert_ne!(fast(c).gcb, Gcb::Other, "U+{:04X}", c as u32);
        }
        for c in [
            '\u{0600}',
            '\u{06DD}',
            '©',
            '\u{1100}',
            '😀',
            '\u{1F1E6}',
            'क',
        ] {
            assert_eq!(fast(c).gcb, Gcb::Other, "U+{:04X}", c as u32);
        }
    }

    /// Some characters of each class: both neighbours of every table character.
    fn partners(chars: &[char]) -> Vec<char> {
        let classes = [
            Gcb::Base,
            Gcb::Extend,
            Gcb::Zwj,
            Gcb::Control,
            Gcb::Cr,
            Gcb::Lf,
        ];
        let mut out = Vec::new();
        for class in classes {
            let of_class: Vec<char> = chars
                .iter()
                .copied()
                .filter(|&c| fast(c).gcb == class)
                .collect();
            let step = (of_class.len() / 8).max(1);
            out.extend(of_class.iter().step_by(step));
            out.extend(of_class.last());
        }
        out
    }

    #[test]
    fn table_characters_cluster_with_their_neighbours_as_unicode_segmentation_says() {
        let chars = table_chars();
        let partners = partners(&chars);
        let mut s = String::new();
        let pairs = chars
            .iter()
            .flat_map(|&a| partners.iter().flat_map(move |&b| [(a, b), (b, a)]));
        for (a, b) in pairs {
            s.clear();
            s.push(a);
            s.push(b);
            let together = s.graphemes(true).count() == 1;
            assert_eq!(
                together,
                fast(a).gcb.joins(fast(b).gcb),
                "U+{:04X} U+{:04X}",
                a as u32,
                b as u32
            );
        }
    }

    #[test]
    fn single_character_clusters_classify_as_the_general_rules_say() {
        for c in table_chars() {
            let f = fast(c);
            let (kind, width) = super::super::units::classify(c.encode_utf8(&mut [0; 4]), c, 1);
            assert_eq!(
                (f.lead, u16::from(f.width)),
                (kind, width),
                "U+{:04X}",
                c as u32
            );
            if matches!(f.gcb, Gcb::Extend | Gcb::Zwj) {
                // Summed into the width of the cluster they join.
                assert_eq!(unicode_width::UnicodeWidthChar::width(c), Some(0));
            }
        }
    }
}
