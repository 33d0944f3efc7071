//! UAX #9 for qari: paragraph direction and the line rules L1-L2.
//!
//! `resolve` finds the levels of a paragraph (rules P2 to I2); qari applies the line
//! rules itself rather than through unicode-bidi. The crate's `reorder_line` reverses characters (so a haraka
//! lands on the wrong letter), mirrors nothing and, in one path, returns levels from
//! before L1; and its `reordered_levels` copies the whole paragraph's levels per line.
//! So L1 and L2 here work on any sequence of items, either clusters (the layout) or
//! characters ([`char_visual_order`], which the conformance test checks against
//! Unicode's BidiCharacterTest.txt), with buffers the caller reuses.

use unicode_bidi::BidiClass;

use super::chars::bidi_class;
use super::resolve::Resolved;
use super::{BaseDirection, Direction};

/// Direction of the first strong character (UAX #9 P2/P3), skipping the contents of
/// isolates; `None` if there is no strong character outside them.
pub fn paragraph_direction(text: &str) -> Option<Direction> {
    let mut depth = 0usize;
    for c in text.chars() {
        if c.is_ascii() {
            if depth == 0 && c.is_ascii_alphabetic() {
                return Some(Direction::Ltr);
            }
            continue;
        }
        match bidi_class(c) {
            BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => depth += 1,
            BidiClass::PDI => depth = depth.saturating_sub(1),
            BidiClass::L if depth == 0 => return Some(Direction::Ltr),
            BidiClass::R | BidiClass::AL if depth == 0 => return Some(Direction::Rtl),
            _ => {}
        }
    }
    None
}

/// Direction of `text` found as `base` says; `None` if there is no strong
/// character outside isolates (the fallback's to decide).
pub fn base_direction(text: &str, base: BaseDirection) -> Option<Direction> {
    match base {
        BaseDirection::FirstLetter => paragraph_direction(text),
        BaseDirection::Fixed(direction) => paragraph_direction(text).map(|_| direction),
        BaseDirection::MostLetters => {
            let LetterCount { ltr, rtl } = LetterCount::of(text);
            match ltr.cmp(&rtl) {
                std::cmp::Ordering::Greater => Some(Direction::Ltr),
                std::cmp::Ordering::Less => Some(Direction::Rtl),
                std::cmp::Ordering::Equal => paragraph_direction(text),
            }
        }
    }
}

/// A text's letters counted by the direction they are written in: a
/// letter whose bidi class is L, or R or AL (Arabic, Hebrew, Syriac,
/// Thaana, N'Ko and their presentation forms). The marks over letters
/// (harakat), digits and punctuation count for neither; nor does what an
/// isolate holds, which is another text's. The one count behind
/// [`BaseDirection::MostLetters`] and every "mostly Arabic" test of qari's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LetterCount {
    /// Letters written left to right (class L).
    pub ltr: usize,
    /// Letters written right to left (class R or AL).
    pub rtl: usize,
}

impl LetterCount {
    /// `text`'s letters.
    pub fn of(text: &str) -> Self {
        let mut count = Self::default();
        count.add(text);
        count
    }

    /// Adds `text`'s letters; an isolate open at its end is closed.
    pub fn add(&mut self, text: &str) {
        let mut depth = 0usize;
        for c in text.chars() {
            if c.is_ascii() {
                self.ltr += usize::from(depth == 0 && c.is_ascii_alphabetic());
                continue;
            }
            match bidi_class(c) {
                BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => depth += 1,
                BidiClass::PDI => depth = depth.saturating_sub(1),
                BidiClass::L if depth == 0 && c.is_alphabetic() => self.ltr += 1,
                BidiClass::R | BidiClass::AL if depth == 0 && c.is_alphabetic() => self.rtl += 1,
                _ => {}
            }
        }
    }

    /// The letters of both directions.
    pub fn all(self) -> usize {
        self.ltr + self.rtl
    }

    /// The letters written in `direction`.
    pub fn of_direction(self, direction: Direction) -> usize {
        match direction {
            Direction::Ltr => self.ltr,
            Direction::Rtl => self.rtl,
        }
    }
}

/// How a character takes part in rule L1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum L1Class {
    Other,
    /// Whitespace, isolate controls, and the characters X9 removes: reset to the
    /// paragraph level when they run up to a separator or the end of the line.
    Trailing,
    /// Segment and paragraph separators: always reset.
    Separator,
}

pub(super) fn l1_class(class: BidiClass) -> L1Class {
    use BidiClass::{B, BN, FSI, LRE, LRI, LRO, PDF, PDI, RLE, RLI, RLO, S, WS};
    match class {
        S | B => L1Class::Separator,
        WS | FSI | LRI | RLI | PDI | BN | LRE | RLE | LRO | RLO | PDF => L1Class::Trailing,
        _ => L1Class::Other,
    }
}

/// Whether X9 removes a character of this class (its level is meaningless).
pub(super) fn removed_by_x9(class: BidiClass) -> bool {
    use BidiClass::{BN, LRE, LRO, PDF, RLE, RLO};
    matches!(class, BN | LRE | RLE | LRO | RLO | PDF)
}

/// Rule L1 over one line's items (`classes` gives one class per level).
pub(super) fn apply_l1<I>(levels: &mut [u8], classes: I, para: u8)
where
    I: IntoIterator<Item = L1Class>,
    I::IntoIter: DoubleEndedIterator + ExactSizeIterator,
{
    let mut reset = true; // the end of the line acts like a separator
    for (level, class) in levels.iter_mut().zip(classes).rev() {
        match class {
            L1Class::Separator => {
                *level = para;
                reset = true;
            }
            L1Class::Trailing if reset => *level = para,
            L1Class::Trailing => {}
            L1Class::Other => reset = false,
        }
    }
}

/// Rule L2: `order` becomes the visual order, `order[visual] = logical` index.
pub(super) fn reorder(levels: &[u8], order: &mut Vec<u32>) {
    order.clear();
    order.extend(0..levels.len() as u32);
    let Some(&max) = levels.iter().max() else {
        return;
    };
    let min = levels.iter().copied().min().unwrap_or(0);
    let lowest_odd = min | 1;
    let mut level = max;
    // At an odd lowest level every item takes part: the last pass reverses all.
    let last_pass = if min == lowest_odd {
        lowest_odd + 1
    } else {
        lowest_odd
    };
    while level >= last_pass {
        let mut i = 0;
        while i < order.len() {
            if levels[order[i] as usize] >= level {
                let start = i;
                while i < order.len() && levels[order[i] as usize] >= level {
                    i += 1;
                }
                order[start..i].reverse();
            } else {
                i += 1;
            }
        }
        level -= 1;
    }
    if last_pass > lowest_odd {
        order.reverse();
    }
}

/// Levels and visual order of single characters, as BidiCharacterTest.txt states them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharOrder {
    /// 0 for a left-to-right paragraph, 1 for a right-to-left one.
    pub paragraph_level: u8,
    /// Level of each character after L1; `None` for characters X9 removes.
    pub levels: Vec<Option<u8>>,
    /// Logical indices of the characters that X9 keeps, left to right (L2, no L3).
    pub visual: Vec<usize>,
}

/// Resolve and reorder `text` as one line, character by character. `direction`
/// `None` means P2/P3 with a left-to-right default. This is the reordering the layout
/// uses, at character rather than cluster granularity, exposed for conformance tests.
pub fn char_visual_order(text: &str, direction: Option<Direction>) -> CharOrder {
    let dir = direction
        .or_else(|| paragraph_direction(text))
        .unwrap_or_default();
    let para = u8::from(dir == Direction::Rtl);
    let mut resolved = Resolved::default();
    resolved.resolve(text, para);
    let mut levels = resolved.levels;
    let classes: Vec<L1Class> = resolved.classes.iter().map(|&c| l1_class(c)).collect();
    let removed: Vec<bool> = resolved.classes.iter().map(|&c| removed_by_x9(c)).collect();
    apply_l1(&mut levels, classes.iter().copied(), para);
    let kept: Vec<usize> = (0..levels.len()).filter(|&i| !removed[i]).collect();
    let kept_levels: Vec<u8> = kept.iter().map(|&i| levels[i]).collect();
    let mut order = Vec::new();
    reorder(&kept_levels, &mut order);
    CharOrder {
        paragraph_level: para,
        levels: levels
            .iter()
            .zip(&removed)
            .map(|(&l, &r)| (!r).then_some(l))
            .collect(),
        visual: order.iter().map(|&v| kept[v as usize]).collect(),
    }
}
