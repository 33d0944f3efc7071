//! The driver: runs the pipeline for one paragraph and builds the visual lines.
//!
//! All per-cluster tables live in [`Work`] and are reused from one paragraph to the
//! next; a line costs two allocations (its text and its cells), a cluster none. A
//! paragraph of ASCII text whose direction is left-to-right has every level 0, so it
//! skips the bidi resolution and the reordering altogether.

use unicode_bidi_mirroring::get_mirrored;

use super::bidi::{apply_l1, l1_class, reorder, L1Class, Levels};
use super::shape::{has_arabic_letters, merge_ligatures, shape, Joiner};
use super::units::{picture, segment, Kind, Unit};
use super::wrap::{mark_breaks, wrap};
use super::{paragraph_direction, Cell, Direction, LayoutOptions, ParagraphLayout, VisualLine};

/// Reusable working buffers of a [`super::Layouter`].
#[derive(Debug, Default)]
pub(super) struct Work {
    units: Vec<Unit>,
    drawn: Vec<char>,
    joiners: Vec<Joiner>,
    lines: Vec<(usize, usize)>,
    line_levels: Vec<u8>,
    line_classes: Vec<L1Class>,
    order: Vec<u32>,
}

impl Work {
    pub(super) fn layout(&mut self, text: &str, opts: &LayoutOptions) -> ParagraphLayout {
        let direction = paragraph_direction(text).unwrap_or(opts.fallback_direction);
        segment(text, &mut self.units);
        let levels = (!(text.is_ascii() && direction == Direction::Ltr))
            .then(|| Levels::resolve(text, direction));
        let para = u8::from(direction == Direction::Rtl);
        let mut shaped = false;
        if let Some(levels) = &levels {
            for u in &mut self.units {
                u.level = levels.level_at(u.byte as usize);
            }
            if opts.shape && has_arabic_letters(text) {
                shape(
                    text,
                    &mut self.units,
                    levels,
                    &mut self.drawn,
                    &mut self.joiners,
                );
                merge_ligatures(&mut self.units);
                shaped = true;
            }
        }
        if opts.width.is_some() {
            mark_breaks(text, &mut self.units);
        }
        wrap(&mut self.units, opts.width, opts.tab_width, &mut self.lines);
        let mut out = Vec::with_capacity(self.lines.len());
        for i in 0..self.lines.len() {
            let (start, end) = self.lines[i];
            let line = self.line(text, start..end, para, levels.as_ref(), shaped);
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
        levels: Option<&Levels<'_>>,
        shaped: bool,
    ) -> VisualLine {
        let units = &self.units[range.clone()];
        self.line_levels.clear();
        self.line_levels.extend(units.iter().map(|u| u.level));
        if let Some(levels) = levels {
            self.line_classes.clear();
            self.line_classes
                .extend(units.iter().map(|u| unit_l1_class(text, u, levels)));
            apply_l1(&mut self.line_levels, &self.line_classes, para);
        }
        let any_rtl = self.line_levels.iter().any(|&l| l != 0);
        if any_rtl {
            reorder(&self.line_levels, &mut self.order);
        } else {
            self.order.clear();
            self.order.extend(0..units.len() as u32);
        }
        let bytes: usize = units.iter().map(|u| u.byte_len as usize).sum();
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
            let cluster = &text[u.byte as usize..(u.byte + u.byte_len) as usize];
            let drawn = shaped.then(|| &self.drawn[u.cp as usize..(u.cp + u.cp_len) as usize]);
            draw(&mut line.text, cluster, u, level, drawn);
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
fn unit_l1_class(text: &str, u: &Unit, levels: &Levels<'_>) -> L1Class {
    let start = u.byte as usize;
    let first = l1_class(levels.class_at(start));
    if first != L1Class::Trailing || u.cp_len == 1 {
        return first;
    }
    let cluster = &text[start..start + u.byte_len as usize];
    let all = cluster
        .char_indices()
        .all(|(i, _)| l1_class(levels.class_at(start + i)) == L1Class::Trailing);
    if all {
        L1Class::Trailing
    } else {
        L1Class::Other
    }
}

/// Append the drawn text of one unit.
fn draw(out: &mut String, cluster: &str, u: &Unit, level: u8, drawn: Option<&[char]>) {
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
            let rtl = level % 2 == 1;
            if !rtl && drawn.is_none() {
                out.push_str(cluster);
                return;
            }
            for (k, c) in cluster.chars().enumerate() {
                let c = drawn.map_or(c, |d| d[k]);
                if c == '\0' {
                    continue;
                }
                let c = if k == 0 && rtl {
                    get_mirrored(c).unwrap_or(c)
                } else {
                    c
                };
                out.push(c);
            }
        }
    }
}
