//! Arabic shaping for terminals that do not join letters themselves.
//!
//! Each letter is replaced by its isolated, final, initial or medial presentation form
//! according to the Unicode joining rules: a letter joins the nearest non-transparent
//! neighbour on each side (harakat and other transparent marks are skipped) when both
//! sides allow it (dual-joining and join-causing on the left of the pair, dual-,
//! right-joining and join-causing on the right), and only within one embedding level,
//! so a letter never joins across a direction change. ZWJ causes joining, ZWNJ
//! prevents it. Lam followed by an alef becomes one of the ligatures U+FEF5..U+FEFC.
//!
//! Shaping runs over the whole paragraph in logical order, before line breaking and
//! reordering, and only writes the drawn characters: offsets never change. A lam-alef
//! ligature merges the lam's cluster and the alef's cluster into one unit of width 1.

use unicode_joining_type::{get_joining_type, JoiningType};

use super::bidi::Levels;
use super::forms::{LAM_ALEF, LETTER_FORMS};
use super::units::{Kind, Unit};

/// Whether `text` may contain a letter that shaping changes (U+0600..U+06FF).
pub(super) fn has_arabic_letters(text: &str) -> bool {
    text.bytes().any(|b| (0xD8..=0xDB).contains(&b))
}

/// A non-transparent character, the only kind that takes part in joining.
#[derive(Debug, Clone, Copy)]
pub(super) struct Joiner {
    cp: u32,
    unit: u32,
    first_in_unit: bool,
    jt: JoiningType,
    level: u8,
    c: char,
}

fn joins_forward(jt: JoiningType) -> bool {
    matches!(
        jt,
        JoiningType::DualJoining | JoiningType::LeftJoining | JoiningType::JoinCausing
    )
}

fn joins_backward(jt: JoiningType) -> bool {
    matches!(
        jt,
        JoiningType::DualJoining | JoiningType::RightJoining | JoiningType::JoinCausing
    )
}

fn letter_forms(c: char) -> Option<[u32; 4]> {
    let cp = u32::from(c);
    LETTER_FORMS
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| LETTER_FORMS[i].1)
}

fn lam_alef(alef: char) -> Option<[u32; 2]> {
    let cp = u32::from(alef);
    LAM_ALEF
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| LAM_ALEF[i].1)
}

/// Shape the paragraph: `drawn[cp]` becomes the character to draw for code point
/// `cp` (`'\0'` for an alef absorbed into a ligature), and units that start a lam-alef
/// ligature get `merge_next`. `joiners` is a scratch buffer.
pub(super) fn shape(
    text: &str,
    units: &mut [Unit],
    levels: &Levels<'_>,
    drawn: &mut Vec<char>,
    joiners: &mut Vec<Joiner>,
) {
    drawn.clear();
    joiners.clear();
    for (ui, u) in units.iter().enumerate() {
        let start = u.byte as usize;
        let cluster = &text[start..start + u.byte_len as usize];
        for (k, (off, c)) in cluster.char_indices().enumerate() {
            let cp = drawn.len() as u32;
            drawn.push(c);
            let jt = if u.kind == Kind::Text || u.kind == Kind::Orphan {
                get_joining_type(c)
            } else if u.kind == Kind::Removed {
                JoiningType::Transparent
            } else {
                JoiningType::NonJoining
            };
            if jt != JoiningType::Transparent {
                joiners.push(Joiner {
                    cp,
                    unit: ui as u32,
                    first_in_unit: k == 0,
                    jt,
                    level: levels.level_at(start + off),
                    c,
                });
            }
        }
    }
    let n = joiners.len();
    let mut j = 0;
    while j < n {
        let cur = joiners[j];
        j += 1;
        // Non-joining letters (hamza) keep their nominal form, as in FriBidi.
        if !joins_forward(cur.jt) && !joins_backward(cur.jt) {
            continue;
        }
        let Some(forms) = letter_forms(cur.c) else {
            continue;
        };
        let prev = (j >= 2).then(|| joiners[j - 2]);
        let next = joiners.get(j).copied();
        let joins_prev = prev
            .is_some_and(|p| p.level == cur.level && joins_forward(p.jt) && joins_backward(cur.jt));
        let joins_next = next
            .is_some_and(|x| x.level == cur.level && joins_backward(x.jt) && joins_forward(cur.jt));
        if cur.c == '\u{0644}' {
            if let Some(next) = next {
                let ligature = lam_alef(next.c).filter(|_| {
                    next.level == cur.level && next.first_in_unit && next.unit == cur.unit + 1
                });
                if let Some(lig) = ligature {
                    let form = lig[usize::from(joins_prev)];
                    drawn[cur.cp as usize] = char::from_u32(form).unwrap_or(cur.c);
                    drawn[next.cp as usize] = '\0';
                    units[cur.unit as usize].merge_next = true;
                    j += 1; // the alef is drawn by the ligature
                    continue;
                }
            }
        }
        let index = match (joins_prev, joins_next) {
            (false, false) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (true, true) => 3,
        };
        if let Some(form) = char::from_u32(forms[index]).filter(|&f| f != '\0') {
            drawn[cur.cp as usize] = form;
        }
    }
}

/// Merge every unit marked `merge_next` with the unit after it (lam-alef ligatures:
/// one cell of width 1 covering both letters and their marks).
pub(super) fn merge_ligatures(units: &mut Vec<Unit>) {
    if !units.iter().any(|u| u.merge_next) {
        return;
    }
    let mut w = 0;
    let mut r = 0;
    while r < units.len() {
        let mut u = units[r];
        r += 1;
        if u.merge_next && r < units.len() {
            let next = units[r];
            r += 1;
            u.byte_len += next.byte_len;
            u.cp_len += next.cp_len;
            u.width = 1;
            u.merge_next = false;
        }
        units[w] = u;
        w += 1;
    }
    units.truncate(w);
}
