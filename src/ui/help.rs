//! The help overlay, generated from the effective key table and the actions'
//! descriptions, so it always shows the keys that really work (the user's
//! bindings included), grouped by mode.
//!
//! It fits any terminal: it is as tall as its lines or the terminal, and when
//! the lines do not fit it shows a window of them from the app's `help_top`
//! (the movement keys scroll it; see `app::help`) with the range shown in its
//! bottom border. Descriptions that are too wide are cut at the border, with an
//! ellipsis so that a cut one does not read as the whole.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::reader::keymap::{HelpLine, Keymap};

/// Blank columns between the keys and their description.
const GAP: usize = 3;

pub(super) fn draw(keymap: &Keymap, top: usize, area: Rect, buf: &mut Buffer) {
    let lines = keymap.help_lines();
    let keys_width = lines
        .iter()
        .map(|l| match l {
            HelpLine::Row(k, _) => k.width(),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let text_width = lines
        .iter()
        .map(|l| match l {
            HelpLine::Row(_, d) => keys_width + GAP + d.width(),
            HelpLine::Heading(h) => h.width(),
            HelpLine::Blank => 0,
        })
        .max()
        .unwrap_or(0);
    // Text, a space each side, and the border.
    let width = u16::try_from(text_width + 4)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    Clear.render(popup, buf);
    let room = usize::from(height.saturating_sub(2));
    let footer = if room < lines.len() {
        let end = (top + room).min(lines.len());
        format!(
            " {}-{end} of {}  j/k Space b scroll  Esc closes ",
            top + 1,
            lines.len()
        )
    } else {
        " Esc or ? closes ".to_string()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" qari: keys ")
        .title_bottom(footer);
    let inner = block.inner(popup);
    block.render(popup, buf);
    let text = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let heading = bold.add_modifier(Modifier::UNDERLINED);
    let right = text.x + text.width;
    let shown = lines.iter().skip(top);
    for (line, y) in shown.zip(text.y..text.y + text.height) {
        match line {
            HelpLine::Heading(h) => {
                buf.set_stringn(text.x, y, h, usize::from(text.width), heading);
            }
            HelpLine::Row(keys, description) => {
                buf.set_stringn(text.x, y, keys, usize::from(text.width), bold);
                let x = text.x + u16::try_from(keys_width + GAP).unwrap_or(u16::MAX);
                if x < right {
                    let room = usize::from(right - x);
                    buf.set_stringn(x, y, fit(description, room), room, Style::default());
                }
            }
            HelpLine::Blank => {}
        }
    }
}

/// `text` cut to `room` cells, its last cell an ellipsis when it was cut.
fn fit(text: &str, room: usize) -> std::borrow::Cow<'_, str> {
    if text.width() <= room {
        return text.into();
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > room {
            break;
        }
        used += w;
        cut.push(c);
    }
    cut.push('\u{2026}');
    cut.into()
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn a_cut_description_ends_in_an_ellipsis() {
        assert_eq!(fit("Scroll down one page", 20), "Scroll down one page");
        assert_eq!(fit("Scroll down one page", 10), "Scroll do\u{2026}");
        assert_eq!(fit("Scroll", 1), "\u{2026}");
    }
}
