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
    /// Embedding level of the first character (before L1).
    pub level: u8,
    /// A line may start with this unit (UAX #14).
    pub break_before: bool,
    /// Shaping merges this unit with the next one (lam followed by alef).
    pub merge_next: bool,
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

fn classify(cluster: &str, first: char, cp_len: u32) -> (Kind, u16) {
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
    if unicode_bidi::bidi_class(first) == unicode_bidi::BidiClass::NSM {
        return (Kind::Orphan, 1);
    }
    let width = if single {
        first.width().unwrap_or(0)
    } else if cluster.chars().all(|c| c < '\u{2000}') {
        cluster.chars().map(|c| c.width().unwrap_or(0)).sum()
    } else {
        cluster.width()
    };
    (Kind::Text, u16::try_from(width).unwrap_or(u16::MAX))
}

/// Split `text` into units (one per grapheme cluster), replacing `out`'s contents.
pub(super) fn segment(text: &str, out: &mut Vec<Unit>) {
    out.clear();
    let mut cp = 0u32;
    let mut push = |byte: usize, cluster: &str, first: char, cp_len: u32| {
        let (kind, width) = classify(cluster, first, cp_len);
        out.push(Unit {
            byte: byte as u32,
            byte_len: cluster.len() as u32,
            cp,
            cp_len,
            width,
            kind,
            level: 0,
            break_before: false,
            merge_next: false,
        });
        cp += cp_len;
    };
    if text.is_ascii() {
        // Every ASCII character is a cluster of its own, except CR LF.
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let len = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            push(i, &text[i..i + len], char::from(bytes[i]), len as u32);
            i += len;
        }
        return;
    }
    for (byte, cluster) in text.grapheme_indices(true) {
        let mut chars = cluster.chars();
        let first = chars.next().unwrap_or(' ');
        let cp_len = 1 + chars.count() as u32;
        push(byte, cluster, first, cp_len);
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
