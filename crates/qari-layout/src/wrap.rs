//! Line breaking in logical order, greedy, at UAX #14 opportunities.
//!
//! Breaking happens before reordering, on the logical text, as UAX #9 requires: a
//! line is a contiguous logical range that is reordered on its own afterwards. The
//! break opportunities come from unicode-linebreak (so NBSP and other glue never
//! break); the measure is the units' widths, which are whole grapheme clusters, so a
//! cluster is never split. A word longer than the width is split between clusters.
//! Mandatory breaks inside a paragraph (a form feed, U+2028) are treated as ordinary
//! opportunities: a paragraph is one input line, and those characters are drawn as
//! pictures.
//!
//! Whitespace may overflow the width while a line is being filled; whatever ends up
//! at the end of a line then hangs (width 0, nothing drawn), so content alone decides
//! whether a line fits.

use unicode_linebreak::linebreaks;

use super::units::{Kind, Unit};

/// Mark the units a line may start with.
pub(super) fn mark_breaks(text: &str, units: &mut [Unit]) {
    let mut ui = 0;
    for (byte, _) in linebreaks(text) {
        let byte = byte as u32;
        while ui < units.len() && units[ui].byte < byte {
            ui += 1;
        }
        match units.get_mut(ui) {
            Some(u) if u.byte == byte => u.break_before = true,
            Some(_) => {}
            None => break,
        }
    }
}

fn hangs(kind: Kind) -> bool {
    matches!(kind, Kind::Space | Kind::Tab | Kind::Removed)
}

/// Split `units` into lines (`lines` gets half-open unit index ranges), expanding
/// tabs and hanging trailing whitespace. `width` `None` makes one line.
pub(super) fn wrap(
    units: &mut [Unit],
    width: Option<usize>,
    tab_width: usize,
    lines: &mut Vec<(usize, usize)>,
) {
    lines.clear();
    if width.is_none() && !units.iter().any(|u| u.kind == Kind::Tab) {
        lines.push((0, units.len()));
        return;
    }
    let max = width.unwrap_or(usize::MAX);
    let tab_width = tab_width.max(1);
    let n = units.len();
    let mut line_start = 0;
    let mut col = 0usize;
    let mut brk: Option<usize> = None;
    let mut content = false;
    let mut i = 0;
    while i < n {
        let u = &mut units[i];
        if i > line_start && u.break_before && content {
            brk = Some(i);
        }
        let w = if u.kind == Kind::Tab {
            let stop = (col / tab_width + 1).saturating_mul(tab_width);
            let w = stop.min(max).saturating_sub(col);
            u.width = u16::try_from(w).unwrap_or(u16::MAX);
            w
        } else {
            usize::from(u.width)
        };
        if !hangs(u.kind) {
            if i > line_start && col + w > max {
                let end = brk.unwrap_or(i);
                lines.push((line_start, end));
                line_start = end;
                i = end;
                col = 0;
                brk = None;
                content = false;
                continue;
            }
            content = true;
        }
        col = col.saturating_add(w);
        i += 1;
    }
    lines.push((line_start, n));
    if width.is_some() {
        for &(start, end) in lines.iter() {
            for u in units[start..end].iter_mut().rev() {
                match u.kind {
                    Kind::Space | Kind::Tab => {
                        u.kind = Kind::Hung;
                        u.width = 0;
                    }
                    Kind::Removed => {}
                    _ => break,
                }
            }
        }
    }
}
