//! A message laid out as the screen draws it: one right-to-left row (or
//! rows) by qari's own engine, with what a drawn row's width is and how its
//! marks survive; its own file because it is the catalogue's only use of the
//! layout engine.

use unicode_width::UnicodeWidthChar;

use super::Interface;
use crate::reader::entities_view::one_line;
use qari_layout::{Direction, LayoutOptions};

impl Interface {
    /// `text` as rows of at most `room` columns, broken between words (a word
    /// too long for a row is cut by [`Interface::line`]), each in the order it
    /// is drawn: a panel's message in a narrow panel.
    pub fn lines(self, text: &str, options: &LayoutOptions, room: usize) -> Vec<String> {
        let mut rows: Vec<String> = Vec::new();
        let mut row = String::new();
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            if !row.is_empty() && drawn_width(&row) + 1 + drawn_width(word) > room {
                rows.push(std::mem::take(&mut row));
            }
            if !row.is_empty() {
                row.push(' ');
            }
            row.push_str(word);
        }
        if !row.is_empty() {
            rows.push(row);
        }
        rows.iter().map(|r| self.line(r, options, room)).collect()
    }

    /// `text` as one row of at most `room` columns, in the order it is drawn.
    /// English comes back as it is (the caller cuts it); Arabic is laid out
    /// right to left by qari's engine (shaped as the article is when
    /// `options.shape`), cut at its logical end with "…", the blanks at its
    /// ends kept on their sides.
    pub fn line(self, text: &str, options: &LayoutOptions, room: usize) -> String {
        if !self.rtl() {
            return text.to_string();
        }
        let body = text.trim_matches(' ');
        let lead = text.len() - text.trim_start_matches(' ').len();
        let trail = text.len() - text.trim_end_matches(' ').len();
        if body.is_empty() {
            return " ".repeat(text.len().min(room));
        }
        let outer = (lead + trail).min(room.saturating_sub(1));
        let options = LayoutOptions {
            width: Some(room.saturating_sub(outer).max(1)),
            fallback_direction: Direction::Rtl,
            ..options.clone()
        };
        // A right-to-left mark first: a message that starts with a key or a
        // file name is still a right-to-left line. Too long, it ends after
        // its last whole word that fits, with "…"; a first word too long
        // for the room is cut after a whole cluster.
        let room_left = options.width.unwrap_or(usize::MAX);
        let fits = |text: &str| {
            let laid = one_line(text, &options);
            (laid.line.end as usize >= text.chars().count()).then_some(laid)
        };
        let rtl = |text: &str| format!("\u{200F}{text}");
        let laid = fits(&rtl(body))
            .or_else(|| {
                body.char_indices()
                    .filter(|&(at, c)| c == ' ' && at > 0)
                    .map(|(at, _)| body[..at].trim_end())
                    .filter(|words| !words.is_empty() && drawn_width(words) < room_left)
                    .rev()
                    .find_map(|words| fits(&rtl(&format!("{words}\u{2026}"))))
            })
            .unwrap_or_else(|| one_line(&rtl(body), &options));
        let drawn: String = laid
            .line
            .cells
            .iter()
            .map(|c| laid.line.cell_text(c))
            .collect();
        // Logical start on the right: the leading blanks go there.
        let trail = trail.min(outer);
        let lead = outer - trail;
        format!("{}{drawn}{}", " ".repeat(trail), " ".repeat(lead))
    }
}

/// `text` made safe to draw on one row ([`qari_layout::display_text`]),
/// keeping the marks and isolates the catalogue puts in a right-to-left
/// message (LRM, RLM, FSI, PDI), which the layout engine then orders by.
pub fn display_keeping_marks(text: &str) -> String {
    let marks = ['\u{200E}', '\u{200F}', '\u{2068}', '\u{2069}'];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(marks) {
        out.push_str(&qari_layout::display_text(&rest[..at]));
        let mark = rest[at..].chars().next().unwrap_or(' ');
        out.push(mark);
        rest = &rest[at + mark.len_utf8()..];
    }
    out.push_str(&qari_layout::display_text(rest));
    out
}

/// Columns a drawn row takes, each character on its own as the buffer
/// takes it. Not `str::width`: that counts a lam before an alef as one
/// ligature, which a row drawn right to left has without being one.
pub fn drawn_width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// At most `room` cells of `text`, its end replaced by `…` when cut.
pub fn cut_end(text: &str, room: usize) -> String {
    if drawn_width(text) <= room {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}
