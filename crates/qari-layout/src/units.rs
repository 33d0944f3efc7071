//! Grapheme clusters as layout units: segmented, classified, sanitised and measured.
//!
//! A unit is the smallest thing a line can hold and the thing a cell shows: one
//! grapheme cluster, or (after shaping) a lam cluster merged with the alef cluster
//! that follows it. Widths are measured per cluster, not per string, because
//! unicode-width measures "لا" as one column while a terminal that is sent the two
//! letters draws two.
//!
//! Sanitising happens here too, so nothing a text contains can reach the terminal as
//! a command: C0 controls (except TAB), DEL and C1 controls are drawn as visible
//! pictures of width 1; the bidi format characters (LRE..RLO, LRI..PDI, LRM, RLM,
//! ALM) and the BOM draw nothing, since qari reorders the text itself and a
//! terminal's own bidi must not see them.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use unicode_bidi::BidiClass;

use super::chars::bidi_class;
use super::clusters::{fast, Gcb};

/// What a unit is, which decides how it is measured and drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Ordinary text, drawn as is (or shaped, or mirrored).
    Text,
    /// Control characters, each drawn as its picture.
    Control,
    /// Bidi format characters and the BOM: width 0, nothing drawn.
    Removed,
    /// A tab, expanded to spaces when the line is known.
    Tab,
    /// A whitespace character that may hang at the end of a line.
    Space,
    /// Whitespace hanging at the end of a wrapped line: width 0, nothing drawn.
    Hung,
    /// A combining mark without a base, drawn on a dotted circle.
    Orphan,
}

/// One cluster (or merged lam-alef pair) of the paragraph.
#[derive(Debug, Clone, Copy)]
pub(super) struct Unit {
    pub byte: u32,
    pub byte_len: u32,
    /// Code point offset and count.
    pub cp: u32,
    pub cp_len: u32,
    pub width: u16,
    pub kind: Kind,
    /// The cluster's first character.
    pub first: char,
    /// Embedding level of the first character (before L1).
    pub level: u8,
    /// A line may start with this unit (UAX #14).
    pub break_before: bool,
    /// The presentation form drawn for the first character, `'\0'` if unshaped.
    pub glyph: char,
    /// In a lam-alef ligature, the index of the alef among the unit's characters
    /// (not drawn: the ligature shows it); 0 otherwise.
    pub lig_alef: u16,
}

/// The visible stand-in for a control character, if `c` is one.
pub(super) fn picture(c: char) -> Option<char> {
    match u32::from(c) {
        cp @ 0x00..=0x1F => char::from_u32(0x2400 + cp),
        0x7F => Some('\u{2421}'),
        0x80..=0x9F => Some('\u{2426}'),
        0x2028 => Some('\u{21B5}'),
        0x2029 => Some('\u{00B6}'),
        _ => None,
    }
}

/// Characters drawn as nothing: the bidi format characters and the BOM.
pub(super) fn is_removed(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{FEFF}'
    )
}

pub(super) fn classify(cluster: &str, first: char, cp_len: u32) -> (Kind, u16) {
    if first == '\t' {
        return (Kind::Tab, 0);
    }
    if picture(first).is_some() {
        return (Kind::Control, u16::try_from(cp_len).unwrap_or(u16::MAX));
    }
    if is_removed(first) {
        return (Kind::Removed, 0);
    }
    let single = cp_len == 1;
    if single && first.is_whitespace() && first != '\u{00A0}' && first != '\u{202F}' {
        return (Kind::Space, first.width().unwrap_or(1) as u16);
    }
    let first_width = first.width();
    if first_width == Some(0) && bidi_class(first) == unicode_bidi::BidiClass::NSM {
        return (Kind::Orphan, 1);
    }
    let width = if single {
        first_width.unwrap_or(0)
    } else if cluster.chars().all(|c| c < '\u{2000}') {
        cluster.chars().map(|c| c.width().unwrap_or(0)).sum()
    } else {
        cluster.width()
    };
    (Kind::Text, u16::try_from(width).unwrap_or(u16::MAX))
}

/// Split `text` into units (one per grapheme cluster), replacing `out`'s contents,
/// and `classes` with the bidi class of each character.
///
/// Characters of the `clusters` table are segmented and classified from it, one
/// table look-up each; at the first other character the rest of the paragraph,
/// from the start of the cluster in progress, goes through [`segment_general`].
pub(super) fn segment(text: &str, out: &mut Vec<Unit>, classes: &mut Vec<BidiClass>) {
    out.clear();
    classes.clear();
    // Nothing joins the start of the text.
    let mut prev = Gcb::Control;
    // Some extender from U+2000 on joined a cluster (see `remeasure`).
    let mut high = false;
    for (cp, (i, c)) in (0u32..).zip(text.char_indices()) {
        let f = fast(c);
        classes.push(bidi_class(c));
        let joins = match f.gcb {
            Gcb::Base => false,
            Gcb::Other => {
                classes.truncate(cp as usize);
                let (from, from_cp) = out.pop().map_or((0, 0), |last| (last.byte, last.cp));
                segment_general(text, from as usize, from_cp, out);
                classes.extend(text[i..].chars().map(bidi_class));
                return;
            }
            next => prev.joins(next),
        };
        let len = c.len_utf8() as u32;
        match out.last_mut() {
            Some(last) if joins => {
                last.byte_len += len;
                last.cp_len += 1;
                // Extenders and ZWJ add no width; a control cluster (CR LF) shows a
                // picture per character.
                match last.kind {
                    Kind::Space => last.kind = Kind::Text,
                    Kind::Control => last.width += 1,
                    _ => {}
                }
                high |= c >= '\u{2000}';
            }
            _ => out.push(unit(i, len, cp, f.lead, u16::from(f.width), c)),
        }
        prev = f.gcb;
    }
    if high {
        remeasure(text, out);
    }
}

/// Text clusters of several characters with one from U+2000 on are measured as a
/// string, as [`classify`] does.
fn remeasure(text: &str, units: &mut [Unit]) {
    for u in units
        .iter_mut()
        .filter(|u| u.cp_len > 1 && u.kind == Kind::Text)
    {
        let cluster = &text[u.byte as usize..(u.byte + u.byte_len) as usize];
        if cluster.chars().any(|c| c >= '\u{2000}') {
            u.width = u16::try_from(cluster.width()).unwrap_or(u16::MAX);
        }
    }
}

fn unit(byte: usize, byte_len: u32, cp: u32, kind: Kind, width: u16, first: char) -> Unit {
    Unit {
        first,
        byte: byte as u32,
        byte_len,
        cp,
        cp_len: 1,
        width,
        kind,
        level: 0,
        break_before: false,
        glyph: '\0',
        lig_alef: 0,
    }
}

/// Segment `text[from..]` (which starts a cluster at code point `cp`) with
/// unicode-segmentation, appending to `out`.
pub(super) fn segment_general(text: &str, from: usize, mut cp: u32, out: &mut Vec<Unit>) {
    for (byte, cluster) in text[from..].grapheme_indices(true) {
        let mut chars = cluster.chars();
        let first = chars.next().unwrap_or(' ');
        let cp_len = 1 + chars.count() as u32;
        let (kind, width) = classify(cluster, first, cp_len);
        let mut u = unit(from + byte, cluster.len() as u32, cp, kind, width, first);
        u.cp_len = cp_len;
        out.push(u);
        cp += cp_len;
    }
}

/// Sanitise a single-line string for a status bar or a title: controls become
/// pictures, a tab becomes one space, bidi format characters go.
/// Borrows when there is nothing to change.
pub fn display_text(s: &str) -> Cow<'_, str> {
    let needs = |c: char| picture(c).is_some() || is_removed(c) || c == '\t';
    if !s.chars().any(needs) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c == '\t' {
            out.push(' ');
        } else if let Some(p) = picture(c) {
            out.push(p);
        } else if !is_removed(c) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a unit says about its cluster, for comparing segmentations.
    fn summary(units: &[Unit]) -> Vec<(u32, u32, u32, u32, u16, Kind)> {
        let s = |u: &Unit| (u.byte, u.byte_len, u.cp, u.cp_len, u.width, u.kind);
        units.iter().map(s).collect()
    }

    fn both(text: &str) -> (Vec<Unit>, Vec<Unit>) {
        let (mut fast, mut general, mut classes) = (Vec::new(), Vec::new(), Vec::new());
        segment(text, &mut fast, &mut classes);
        let expected: Vec<BidiClass> = text.chars().map(unicode_bidi::bidi_class).collect();
        assert_eq!(classes, expected, "{text:?}");
        segment_general(text, 0, 0, &mut general);
        (fast, general)
    }

    const PIECES: &[&str] = &[
        // Arabic letters, harakat, a prepended mark, Arabic-Indic digits.
        "\u{0628}",
        "\u{0644}",
        "\u{0627}",
        "\u{064E}",
        "\u{0651}",
        "\u{0670}",
        "\u{0600}",
        "\u{06DD}",
        "\u{0661}",
        "\u{061C}", // Latin, digits, Latin-1, combining marks.
        "a",
        "Z",
        "0",
        "é",
        "\u{0301}",
        "\u{0308}",
        "\u{00A0}",
        "\u{00AD}",
        "©",
        // Spaces, controls, line ends.
        " ",
        "\t",
        "\r",
        "\n",
        "\u{1B}",
        "\u{7F}",
        "\u{85}",
        "\u{2028}",
        "\u{2003}",
        // Joiners, bidi controls, punctuation, BOM.
        "\u{200C}",
        "\u{200D}",
        "\u{200B}",
        "\u{200F}",
        "\u{2067}",
        "\u{202B}",
        "\u{2060}",
        "\u{2014}",
        "\u{203C}",
        "\u{FEFF}",
        // Emoji (a ZWJ sequence's parts, a modifier), flags, Hangul, Devanagari.
        "\u{1F600}",
        "\u{1F468}",
        "\u{1F3FD}",
        "\u{2764}",
        "\u{FE0F}",
        "\u{1F1E6}",
        "\u{1F1EA}",
        "\u{1100}",
        "\u{1161}",
        "\u{11A8}",
        "\u{AC00}",
        "\u{0915}",
        "\u{094D}",
        "\u{0937}",
        "\u{093F}",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn the_fast_path_segments_as_unicode_segmentation(
            pieces in prop::collection::vec(prop::sample::select(PIECES), 0..40)
        ) {
            let text = pieces.concat();
            let (fast, general) = both(&text);
            prop_assert_eq!(summary(&fast), summary(&general), "{:?}", text);
        }
    }

    #[test]
    fn fallback_restarts_at_the_cluster_in_progress() {
        // The Devanagari sign joins the Latin cluster before it; the flag pair and the
        // emoji ZWJ sequence after Arabic text stay whole.
        for text in [
            "ab\u{0301}\u{093F}c",
            "\u{0628}\u{064E} \u{1F1E6}\u{1F1EA}\u{1F1E6}",
            "\u{0628}\u{1F468}\u{200D}\u{1F468}",
            "\u{200D}\u{1F600}",
        ] {
            let (fast, general) = both(text);
            assert_eq!(summary(&fast), summary(&general), "{text:?}");
        }
    }
}
