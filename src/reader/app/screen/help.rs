//! The help overlay's part of the screen: its box, centred in the terminal
//! and as tall as its lines or the terminal, the window of lines shown from
//! [`Help::top`](crate::reader::app::Help::top), descriptions wrapped at
//! spaces beside their keys (or under them when the box is too narrow), keys
//! never cut, and the footer that says which rows are shown, shortened
//! rather than cut.

use ratatui::layout::Rect;

use crate::reader::app::App;
use crate::reader::keymap::HelpLine;
use crate::reader::messages::{drawn_width, Interface, Msg};

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
    /// The lines shown, from the first one in view (in the Arabic
    /// interface, headings and descriptions already in visual order).
    pub rows: Vec<HelpRow>,
    /// Said in the top border.
    pub title: String,
    /// The Arabic interface: keys at the right, text right-aligned.
    pub rtl: bool,
}

impl App {
    /// The help overlay, when it is open.
    pub(super) fn help_view(&self) -> Option<HelpView> {
        if !self.help.is_open() {
            return None;
        }
        let (width, height) = self.size;
        let ui = self.interface;
        let mut view = help_view(
            &self.keymap.help_lines(ui),
            self.help.top(),
            width,
            height,
            ui,
        );
        if ui.rtl() {
            // Each piece wrapped in logical order, then drawn right to left.
            let lay = |text: &String| ui.line(text, &self.options, usize::from(width));
            for row in &mut view.rows {
                match row {
                    HelpRow::Heading(h) => *h = lay(h),
                    HelpRow::Row {
                        description: Some(d),
                        ..
                    } => *d = lay(d),
                    _ => {}
                }
            }
            view.footer = lay(&view.footer);
            view.title = lay(&view.title);
        }
        Some(view)
    }

    /// Rows of the help at this width (descriptions wrapped) and how many
    /// the box shows at once.
    pub(in crate::reader::app) fn help_extent(&self) -> (usize, usize) {
        let lines = wrapped(&self.keymap.help_lines(self.interface), self.size.0)
            .rows
            .len();
        let room = usize::from(self.size.1.saturating_sub(2)).max(1);
        (lines, room.min(lines))
    }
}

/// A description narrower than this goes under its keys instead of beside them.
const DESCRIPTION_MIN: usize = 16;

/// The help's rows wrapped for a terminal `width` wide, the box's width and
/// where descriptions start.
struct Wrapped {
    rows: Vec<HelpRow>,
    box_width: u16,
    description_x: u16,
}

/// Lay `lines` out for a terminal `width` wide: beside its keys, a
/// description wraps at spaces into the room left; where that room is too
/// small, it goes on the rows under its keys. Keys wrap only between keys,
/// so a key name is never cut.
fn wrapped(lines: &[HelpLine], width: u16) -> Wrapped {
    let keys_width = lines
        .iter()
        .map(|l| match l {
            HelpLine::Row(k, _) => drawn_width(k),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let natural = lines
        .iter()
        .map(|l| match l {
            HelpLine::Row(_, d) => keys_width + GAP + drawn_width(d),
            HelpLine::Heading(h) => drawn_width(h),
            HelpLine::Blank => 0,
        })
        .max()
        .unwrap_or(0);
    // Text, a space each side, and the border.
    let box_width = u16::try_from(natural + 4).unwrap_or(u16::MAX).min(width);
    let text = usize::from(box_width.saturating_sub(4)).max(1);
    let longest = lines
        .iter()
        .map(|l| match l {
            HelpLine::Row(_, d) => drawn_width(d),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let beside = text >= keys_width + GAP + longest.min(DESCRIPTION_MIN);
    let description_x = if beside { keys_width + GAP } else { 2 };
    let mut rows = Vec::new();
    for line in lines {
        match line {
            HelpLine::Heading(h) => rows.extend(wrap(h, text).into_iter().map(HelpRow::Heading)),
            HelpLine::Blank => rows.push(HelpRow::Blank),
            HelpLine::Row(keys, description) => {
                let parts = wrap(description, text.saturating_sub(description_x).max(1));
                let mut parts = parts.into_iter();
                if beside {
                    rows.push(HelpRow::Row {
                        keys: keys.clone(),
                        description: parts.next(),
                    });
                } else {
                    rows.extend(wrap(keys, text).into_iter().map(|keys| HelpRow::Row {
                        keys,
                        description: None,
                    }));
                }
                rows.extend(parts.map(|part| HelpRow::Row {
                    keys: String::new(),
                    description: Some(part),
                }));
            }
        }
    }
    Wrapped {
        rows,
        box_width,
        description_x: u16::try_from(description_x).unwrap_or(u16::MAX),
    }
}

/// The overlay of `lines` from row `top` on a terminal of `width` x `height`.
fn help_view(lines: &[HelpLine], top: usize, width: u16, height: u16, ui: Interface) -> HelpView {
    let Wrapped {
        rows,
        box_width,
        description_x,
    } = wrapped(lines, width);
    let box_height = u16::try_from(rows.len() + 2)
        .unwrap_or(u16::MAX)
        .min(height);
    let area = Rect {
        x: (width - box_width) / 2,
        y: (height - box_height) / 2,
        width: box_width,
        height: box_height,
    };
    let room = usize::from(box_height.saturating_sub(2));
    let total = rows.len();
    let footers = if room < total {
        let (from, to) = (ui.number(top + 1), ui.number((top + room).min(total)));
        let total = ui.number(total);
        let range: [(&str, &dyn std::fmt::Display); 3] =
            [("from", &from), ("to", &to), ("total", &total)];
        vec![
            ui.say(Msg::HelpRange, &range),
            ui.say(Msg::HelpRangeShort, &range),
            format!(" {from}-{to}/{total} "),
        ]
    } else {
        vec![
            ui.text(Msg::HelpCloses).to_string(),
            ui.text(Msg::HelpEscCloses).to_string(),
        ]
    };
    // The bottom border keeps its two corners; a footer that does not fit
    // whole gives way to a shorter one, never a cut one.
    let fits = usize::from(box_width.saturating_sub(2));
    let footer = footers
        .into_iter()
        .find(|f| drawn_width(f) <= fits)
        .unwrap_or_default();
    let rows = rows.into_iter().skip(top).take(room).collect();
    HelpView {
        area,
        footer,
        description_x,
        rows,
        title: ui.text(Msg::HelpTitle).to_string(),
        rtl: ui.rtl(),
    }
}

/// `text` in lines of at most `room` cells, broken at spaces; a word longer
/// than a line is broken where the line ends.
fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let needed = if line.is_empty() {
            0
        } else {
            drawn_width(&line) + 1
        };
        if !line.is_empty() && needed + drawn_width(word) > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        for c in word.chars() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if !line.is_empty() && drawn_width(&line) + w > room {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn descriptions_wrap_at_spaces() {
        assert_eq!(wrap("Scroll down one page", 20), ["Scroll down one page"]);
        assert_eq!(
            wrap("Scroll down one page", 10),
            ["Scroll", "down one", "page"]
        );
        assert_eq!(wrap("Scrolling", 4), ["Scro", "llin", "g"]);
    }

    #[test]
    fn at_forty_columns_nothing_is_cut() {
        let lines = vec![
            HelpLine::Heading("Reading"),
            HelpLine::Row("C-d PageDown".into(), "Scroll down one page of the article"),
            HelpLine::Row("j".into(), "Scroll down one line"),
        ];
        let view = help_view(&lines, 0, 40, 30, Interface::default());
        let words = |rows: &[HelpRow]| -> String {
            rows.iter()
                .map(|r| match r {
                    HelpRow::Heading(h) => h.clone(),
                    HelpRow::Row { keys, description } => {
                        format!("{keys} {}", description.clone().unwrap_or_default())
                    }
                    HelpRow::Blank => String::new(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            words(&view.rows)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            "Reading C-d PageDown Scroll down one page of the article j Scroll down one line"
        );
        assert!(view.rows.len() > lines.len(), "wrapped: {:?}", view.rows);
        assert_eq!(view.footer, " Esc or ? closes ");
        let narrow = help_view(&lines, 0, 20, 30, Interface::default());
        assert_eq!(narrow.description_x, 2, "under the keys");
        assert!(narrow.rows.iter().all(|r| match r {
            HelpRow::Row { keys, description } =>
                keys.width()
                    .max(description.as_ref().map_or(0, |d| d.width() + 2))
                    <= 16,
            _ => true,
        }));
        let short = help_view(&lines, 0, 14, 4, Interface::default()).footer;
        assert!(
            short.starts_with(" 1-2/") && short.width() <= 12,
            "{short:?}"
        );
    }

    #[test]
    fn a_short_terminal_shows_a_window_of_the_lines_and_says_which() {
        let lines: Vec<HelpLine> = (0..30)
            .map(|i| HelpLine::Row(format!("k{i}"), "does a thing"))
            .collect();
        let view = help_view(&lines, 5, 80, 12, Interface::default());
        assert_eq!(view.area.height, 12);
        assert_eq!(view.rows.len(), 10);
        // The whole footer does not fit a box of 22: a shorter one, not a cut one.
        assert_eq!(view.footer, " 6-15/30 ");
        let wide = help_view(&lines, 5, 80, 12, Interface::default());
        assert_eq!(wide.area.width, 22);
        let tall = help_view(&lines, 0, 80, 40, Interface::default());
        assert_eq!(tall.footer, " Esc or ? closes ");
        assert_eq!(tall.area.height, 32, "as tall as its lines");
        // Keys of three cells, the gap, then the description.
        assert_eq!(tall.description_x, 6);
    }
}
