//! The help overlay's part of the screen: its box, centred in the terminal
//! and as tall as its lines or the terminal, the window of lines shown from
//! [`Help::top`](crate::reader::app::Help::top), descriptions cut to the box
//! with an ellipsis (so a cut one does not read as the whole), and the
//! footer that says which lines are shown.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::reader::app::App;
use crate::reader::keymap::HelpLine;

/// Blank columns between the keys and their description.
const GAP: usize = 3;

/// One line of the help as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow {
    /// A mode's title.
    Heading(String),
    /// A binding: its keys, and its description cut to the room it has
    /// (`None` when the box has no room for it at all).
    Row {
        keys: String,
        description: Option<String>,
    },
    Blank,
}

/// The help overlay in the next frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpView {
    /// The box, border included.
    pub area: Rect,
    /// Said in the bottom border.
    pub footer: String,
    /// Where descriptions start, counted from the text's left edge.
    pub description_x: u16,
    /// The lines shown, from the first one in view.
    pub rows: Vec<HelpRow>,
}

impl App {
    /// The help overlay, when it is open.
    pub(super) fn help_view(&self) -> Option<HelpView> {
        if !self.help.is_open() {
            return None;
        }
        let (width, height) = self.size;
        Some(help_view(
            &self.keymap.help_lines(),
            self.help.top(),
            width,
            height,
        ))
    }
}

/// The overlay of `lines` from line `top` on a terminal of `width` x `height`.
fn help_view(lines: &[HelpLine], top: usize, width: u16, height: u16) -> HelpView {
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
    let box_width = u16::try_from(text_width + 4).unwrap_or(u16::MAX).min(width);
    let box_height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(height);
    let area = Rect {
        x: (width - box_width) / 2,
        y: (height - box_height) / 2,
        width: box_width,
        height: box_height,
    };
    let room = usize::from(box_height.saturating_sub(2));
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
    // Inside the border, a blank column each side.
    let text = usize::from(box_width.saturating_sub(4));
    let description_x = u16::try_from(keys_width + GAP).unwrap_or(u16::MAX);
    let rows = lines
        .iter()
        .skip(top)
        .take(room)
        .map(|line| match line {
            HelpLine::Heading(h) => HelpRow::Heading(h.to_string()),
            HelpLine::Row(keys, description) => HelpRow::Row {
                keys: keys.clone(),
                description: text
                    .checked_sub(usize::from(description_x))
                    .filter(|&room| room > 0)
                    .map(|room| fit(description, room)),
            },
            HelpLine::Blank => HelpRow::Blank,
        })
        .collect();
    HelpView {
        area,
        footer,
        description_x,
        rows,
    }
}

/// `text` cut to `room` cells, its last cell an ellipsis when it was cut.
fn fit(text: &str, room: usize) -> String {
    if text.width() <= room {
        return text.to_string();
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
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_description_ends_in_an_ellipsis() {
        assert_eq!(fit("Scroll down one page", 20), "Scroll down one page");
        assert_eq!(fit("Scroll down one page", 10), "Scroll do\u{2026}");
        assert_eq!(fit("Scroll", 1), "\u{2026}");
    }

    #[test]
    fn a_short_terminal_shows_a_window_of_the_lines_and_says_which() {
        let lines: Vec<HelpLine> = (0..30)
            .map(|i| HelpLine::Row(format!("k{i}"), "does a thing"))
            .collect();
        let view = help_view(&lines, 5, 80, 12);
        assert_eq!(view.area.height, 12);
        assert_eq!(view.rows.len(), 10);
        assert_eq!(view.footer, " 6-15 of 30  j/k Space b scroll  Esc closes ");
        let tall = help_view(&lines, 0, 80, 40);
        assert_eq!(tall.footer, " Esc or ? closes ");
        assert_eq!(tall.area.height, 32, "as tall as its lines");
        // Keys of three cells, the gap, then the description.
        assert_eq!(tall.description_x, 6);
    }
}
