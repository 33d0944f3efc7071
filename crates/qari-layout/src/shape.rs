//! Arabic shaping for terminals that do not join letters themselves.
//!
//! Each letter is replaced by its isolated, final, initial or medial presentation form
//! according to the Unicode joining rules: a letter joins the nearest non-transparent
//! neighbour on each side (harakat and other transparent marks are skipped) when both
//! sides allow it (dual-joining and join-causing on the left of the pair, dual-,
//! right-joining and join-causing on the right), and only within one embedding level,
//! so a letter never joins across a direction change. ZWJ causes joining, ZWNJ
//! prevents it. In a left-to-right run the joining sides swap (see [`settle`]).
//! Lam followed by an alef in a right-to-left run becomes one of the ligatures
//! U+FEF5..U+FEFC.
//!
//! Shaping runs over the whole paragraph in logical order, before line breaking and
//! reordering, and only writes the drawn characters: offsets never change. A lam-alef
//! ligature merges the lam's cluster and the alef's cluster into one unit of width 1.
//! It is one forward pass that settles each letter's form when the next
//! non-transparent character is seen, so it needs no buffer of its own.

use unicode_joining_type::{get_joining_type, JoiningType};

use super::forms::{FIRST_LETTER, LAM_ALEF, LETTER_FORMS};
use super::units::{Kind, Unit};

/// The last non-transparent character seen, whose form waits for its successor.
#[derive(Debug, Clone, Copy)]
struct Pending {
    unit: usize,
    first_in_unit: bool,
    jt: JoiningType,
    level: u8,
    c: char,
    joins_prev: bool,
    /// An alef drawn by the ligature before it.
    absorbed: bool,
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

fn letter_forms(c: char) -> Option<[u16; 4]> {
    let i = u32::from(c).checked_sub(FIRST_LETTER)?;
    LETTER_FORMS.get(i as usize).copied()
}

fn lam_alef(alef: char) -> Option<[u32; 2]> {
    let cp = u32::from(alef);
    LAM_ALEF
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| LAM_ALEF[i].1)
}

/// Decide the form of `p` now that it is known whether it joins the next character.
fn settle(units: &mut [Unit], p: &Pending, joins_next: bool) {
    // Only a cluster's first character is drawn shaped (marks follow letters; a letter
    // later in a cluster, after a prepended mark, keeps its nominal form). Non-joining
    // letters (hamza) keep their nominal form, as in FriBidi.
    if p.absorbed || !p.first_in_unit || !(joins_forward(p.jt) || joins_backward(p.jt)) {
        return;
    }
    let Some(forms) = letter_forms(p.c) else {
        return;
    };
    // Forms are visual: "final" joins on the right. In a right-to-left run the right
    // neighbour is the logical predecessor; in a left-to-right run (Arabic under LRO
    // or LRE) it is the successor, so the run is shaped as if reversed (UAX #9,
    // "Shaping"; FriBidi does the same).
    let (right, left) = if p.level % 2 == 1 {
        (p.joins_prev, joins_next)
    } else {
        (joins_next, p.joins_prev)
    };
    let index = match (right, left) {
        (false, false) => 0,
        (true, false) => 1,
        (false, true) => 2,
        (true, true) => 3,
    };
    if forms[index] != 0 {
        units[p.unit].glyph = char::from_u32(u32::from(forms[index])).unwrap_or('\0');
    }
}

/// Shape the paragraph: units whose first letter changes get a `glyph`, and a lam
/// cluster followed by an alef cluster becomes one unit drawn as their ligature.
/// `levels` are the per-code-point embedding levels.
///
/// The ligatures are merged in the same pass: units are moved down over the alefs
/// absorbed so far (`w` trails `r`), so pending indices refer to the moved units.
pub(super) fn shape(text: &str, units: &mut Vec<Unit>, levels: &[u8]) {
    let mut pending: Option<Pending> = None;
    let mut w = 0;
    for r in 0..units.len() {
        if w != r {
            units[w] = units[r];
        }
        let u = units[w];
        let absorbed = match u.kind {
            // Most clusters are one character, known without decoding.
            Kind::Text if u.cp_len == 1 => visit(units, &mut pending, w, 0, u.first, u.level),
            Kind::Text => {
                let start = u.byte as usize;
                let cluster = &text[start..start + u.byte_len as usize];
                let mut absorbed = false;
                for (k, c) in cluster.chars().enumerate() {
                    let level = levels[u.cp as usize + k];
                    absorbed |= visit(units, &mut pending, w, k, c, level);
                }
                absorbed
            }
            // Transparent throughout.
            Kind::Removed | Kind::Orphan => false,
            // Whitespace, tabs and controls join nothing.
            _ => {
                if let Some(p) = pending.take() {
                    settle(units, &p, false);
                }
                false
            }
        };
        if !absorbed {
            w += 1;
        }
    }
    if let Some(p) = pending {
        settle(units, &p, false);
    }
    units.truncate(w);
}

/// Take character `k` (`c`, at `level`) of the text unit at `w` into the joining
/// state: settle the form of the pending character, or make the ligature of a
/// pending lam and this alef. Returns whether unit `w` went into that ligature.
///
/// Always inlined: as a call it kept the joining state in memory, and it runs once
/// per letter (about a sixth of the render time on Arabic text).
#[inline(always)]
fn visit(
    units: &mut [Unit],
    pending: &mut Option<Pending>,
    w: usize,
    k: usize,
    c: char,
    level: u8,
) -> bool {
    let jt = get_joining_type(c);
    if jt == JoiningType::Transparent {
        return false;
    }
    let mut cur = Pending {
        unit: w,
        first_in_unit: k == 0,
        jt,
        level,
        c,
        joins_prev: false,
        absorbed: false,
    };
    if let Some(p) = *pending {
        let link = p.level == level
            && if level % 2 == 1 {
                joins_forward(p.jt) && joins_backward(jt)
            } else {
                joins_backward(p.jt) && joins_forward(jt)
            };
        cur.joins_prev = link;
        let ligature = (p.c == '\u{0644}'
            && !p.absorbed
            && p.first_in_unit
            && k == 0
            && p.unit + 1 == w
            && p.level == level
            && level % 2 == 1)
            .then(|| lam_alef(c))
            .flatten();
        if let Some(lig) = ligature {
            let alef = units[w];
            let lam = &mut units[p.unit];
            lam.glyph = char::from_u32(lig[usize::from(p.joins_prev)]).unwrap_or('\0');
            lam.lig_alef = u16::try_from(lam.cp_len).unwrap_or(0);
            lam.byte_len += alef.byte_len;
            lam.cp_len += alef.cp_len;
            lam.width = 1;
            cur.absorbed = true;
            cur.unit = p.unit;
            *pending = Some(cur);
            return true;
        }
        settle(units, &p, link);
    }
    *pending = Some(cur);
    false
}
