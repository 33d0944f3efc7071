//! The driver: runs the pipeline for one paragraph and builds the visual lines.
//!
//! All per-cluster tables live in [`Work`] and are reused from one paragraph to the
//! next; a line costs two allocations (its text and its cells), a cluster none. A
//! paragraph of ASCII text whose direction is left-to-right has every level 0, so it
//! skips the bidi resolution and the reordering altogether.
//!
//! The fast paths, each checked against the general rule it shortcuts:
//! - segmentation records each character's bidi class while it decodes the text,
//!   so the resolver never decodes the paragraph again;
//! - L1 in a paragraph without segment or paragraph separators only resets the
//!   whitespace that ends a line, so it scans back from the end and stops;
//! - a unit keeps its first character, so a one-character cluster (most Arabic
//!   letters, spaces) is drawn without slicing the text, and shaped glyphs are
//!   copied from a compile-time UTF-8 table instead of being encoded.

use unicode_bidi::BidiClass;

use super::bidi::{apply_l1, l1_class, reorder, L1Class};
use super::chars::mirrored;
use super::resolve::Resolved;
use super::shape::shape;
use super::units::{picture, segment, Kind, Unit};
use super::wrap::{mark_breaks, wrap};
use super::{base_direction, Cell, Direction, LayoutOptions, ParagraphLayout, VisualLine};

/// Reusable working buffers of a [`super::Layouter`].
#[derive(Debug, Default)]
pub(super) struct Work {
    units: Vec<Unit>,
    lines: Vec<(usize, usize)>,
    line_levels: Vec<u8>,
    order: Vec<u32>,
    resolved: Resolved,
}

impl Work {
    pub(super) fn layout(&mut self, text: &str, opts: &LayoutOptions) -> ParagraphLayout {
        let direction = base_direction(text, opts.base).unwrap_or(opts.fallback_direction);
        segment(text, &mut self.units, &mut self.resolved.classes);
        let para = u8::from(direction == Direction::Rtl);
        // ASCII in a left-to-right paragraph: every level is 0.
        let bidi = !(text.is_ascii() && direction == Direction::Ltr);
        if bidi {
            self.resolved.resolve_classified(text, para);
            let levels = &self.resolved.levels;
            for u in &mut self.units {
                u.level = levels[u.cp as usize];
            }
            if opts.shape && self.resolved.has_arabic {
                shape(text, &mut self.units, levels);
            }
        }
        if opts.width.is_some() {
            mark_breaks(text, &mut self.units);
        }
        wrap(&mut self.units, opts.width, opts.tab_width, &mut self.lines);
        let mut out = Vec::with_capacity(self.lines.len());
        for i in 0..self.lines.len() {
            let (start, end) = self.lines[i];
            let line = self.line(text, start..end, para, bidi, opts.shape);
            out.push(line);
        }
        ParagraphLayout {
            direction,
            lines: out,
        }
    }

    /// L1, L2, L4 and the cells of the units `range`.
    fn line(
        &mut self,
        text: &str,
        range: std::ops::Range<usize>,
        para: u8,
        bidi: bool,
        shaping: bool,
    ) -> VisualLine {
        let units = &self.units[range.clone()];
        self.line_levels.clear();
        self.line_levels.extend(units.iter().map(|u| u.level));
        if bidi {
            let classes = &self.resolved.classes;
            let l1 = units.iter().map(|u| unit_l1_class(u, classes));
            if self.resolved.has_separators {
                apply_l1(&mut self.line_levels, l1, para);
            } else {
                // Without separators L1 only resets the whitespace ending the line.
                let trailing = l1.rev().take_while(|&c| c == L1Class::Trailing).count();
                let n = self.line_levels.len();
                self.line_levels[n - trailing..].fill(para);
            }
        }
        let any_rtl = self.line_levels.iter().any(|&l| l != 0);
        if any_rtl {
            reorder(&self.line_levels, &mut self.order);
        } else {
            self.order.clear();
            self.order.extend(0..units.len() as u32);
        }
        let bytes = units
            .last()
            .map_or(0, |u| (u.byte + u.byte_len) as usize)
            .saturating_sub(units.first().map_or(0, |u| u.byte as usize));
        let mut line = VisualLine {
            text: String::with_capacity(bytes + bytes / 2),
            cells: Vec::with_capacity(units.len()),
            width: 0,
            start: units.first().map_or(0, |u| u.cp),
            end: units.last().map_or(0, |u| u.cp + u.cp_len),
        };
        for &k in &self.order {
            let u = &units[k as usize];
            let level = self.line_levels[k as usize];
            let text_start = line.text.len();
            draw(&mut line.text, text, u, level, shaping);
            line.cells.push(Cell {
                text_start: text_start as u32,
                text_len: (line.text.len() - text_start) as u32,
                offset: u.cp,
                len: u.cp_len,
                width: u.width,
                level,
            });
            line.width += usize::from(u.width);
        }
        line
    }
}

/// A unit's part in L1: that of its first character, except that a cluster is only
/// trailing whitespace when all of its characters are.
fn unit_l1_class(u: &Unit, classes: &[BidiClass]) -> L1Class {
    let chars = &classes[u.cp as usize..(u.cp + u.cp_len) as usize];
    let first = l1_class(chars[0]);
    if first != L1Class::Trailing || chars.len() == 1 {
        return first;
    }
    if chars.iter().all(|&c| l1_class(c) == L1Class::Trailing) {
        L1Class::Trailing
    } else {
        L1Class::Other
    }
}

/// Append the drawn text of one unit of `text`. A single shaped letter or space
/// is drawn from the unit alone, without slicing the text. When qari
/// `shaping` (the terminal joins nothing), a ZERO WIDTH JOINER is not sent:
/// after a shaped letter its glyph already has the joining form it asked
/// for, and terminals that join emoji (tmux) draw the character after a
/// joiner into the joiner's cell, which puts the rest of the row a column off.
/// One inside a cluster (an emoji sequence) stays with it.
fn draw(out: &mut String, text: &str, u: &Unit, level: u8, shaping: bool) {
    let single = u.cp_len == 1;
    if single && u.glyph != '\0' {
        return push_glyph(out, u.glyph);
    }
    if single && u.first == ' ' && u.kind == Kind::Space {
        return out.push(' ');
    }
    let mut cluster = &text[u.byte as usize..(u.byte + u.byte_len) as usize];
    if shaping && cluster.len() > ZWJ.len_utf8() {
        cluster = cluster.strip_suffix(ZWJ).unwrap_or(cluster);
    }
    match u.kind {
        Kind::Removed | Kind::Hung => {}
        Kind::Control => out.extend(cluster.chars().filter_map(picture)),
        Kind::Tab => out.extend(std::iter::repeat_n(' ', usize::from(u.width))),
        Kind::Space => out.push_str(cluster),
        Kind::Orphan => {
            out.push('\u{25CC}');
            out.push_str(cluster);
        }
        Kind::Text => {
            let glyph = if u.glyph != '\0' {
                // Shaped letters never mirror.
                u.glyph
            } else if level % 2 == 1 {
                // Mirroring looks at the logical character.
                match mirrored(u.first) {
                    Some(m) => m,
                    None => return out.push_str(cluster),
                }
            } else {
                return out.push_str(cluster);
            };
            push_glyph(out, glyph);
            let mut chars = cluster.chars();
            chars.next();
            let rest = chars.as_str();
            if u.lig_alef == 0 && (u.glyph == '\0' || !rest.contains(ZWJ)) {
                out.push_str(rest);
                return;
            }
            // A shaped letter's ZWJ among its marks has done its work too.
            for (k, c) in rest.chars().enumerate() {
                if k + 1 != usize::from(u.lig_alef) && !(c == ZWJ && u.glyph != '\0') {
                    out.push(c);
                }
            }
        }
    }
}

/// ZERO WIDTH JOINER.
const ZWJ: char = '\u{200D}';

/// The first character of the Arabic presentation forms blocks (U+FB50..U+FEFF).
const FORMS_FIRST: u32 = 0xFB50;

/// The UTF-8 of every character U+FB50..U+FEFF, three bytes each, so that drawing a
/// shaped letter copies its bytes instead of encoding it.
const FORMS_UTF8: &str = {
    const N: usize = (0xFF00 - FORMS_FIRST) as usize;
    const BYTES: [u8; 3 * N] = {
        let mut b = [0u8; 3 * N];
        let mut i = 0;
        while i < N {
            let cp = FORMS_FIRST + i as u32;
            b[3 * i] = 0xE0 | (cp >> 12) as u8;
            b[3 * i + 1] = 0x80 | ((cp >> 6) & 0x3F) as u8;
            b[3 * i + 2] = 0x80 | (cp & 0x3F) as u8;
            i += 1;
        }
        b
    };
    match std::str::from_utf8(&BYTES) {
        Ok(s) => s,
        Err(_) => panic!("three-byte sequences of U+FB50..U+FEFF"),
    }
};

/// Append a glyph: presentation forms from [`FORMS_UTF8`], anything else encoded.
fn push_glyph(out: &mut String, glyph: char) {
    let i = u32::from(glyph).wrapping_sub(FORMS_FIRST) as usize * 3;
    match FORMS_UTF8.get(i..i + 3) {
        Some(s) => out.push_str(s),
        None => out.push(glyph),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyphs_are_pushed_as_their_utf8() {
        let mut out = String::new();
        let glyphs = (0xFB40..0xFF10).chain([0x41, 0x0628, 0x1F600]);
        for g in glyphs.filter_map(char::from_u32) {
            out.clear();
            push_glyph(&mut out, g);
            assert_eq!(out, g.to_string(), "U+{:04X}", g as u32);
        }
    }
}
