//! The page's links, listed over the article (`L`, `:links`).
//!
//! A web page, or a feed's item, keeps its links (`core::article::Link`);
//! the list shows each one's text, laid out as the article is (an Arabic
//! text right to left, on the right), and its address on the left. While
//! the list is open it takes the keys: `j`/`k` (and the arrows, the page
//! keys, `g`/`G`) move the marked link, Enter ends the reader with a step
//! to it ([`FileStep::Link`]), which the shell opens as it opens `qari URL`
//! (`q` there comes back to this document), and Esc, `q` or `L` close the
//! list. Its rows are made here, in visual order and cut to the box, so
//! drawing only copies them.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthChar;

use super::screen::visual_title;
use super::{App, FileStep};
use crate::core::article::Link;
use crate::reader::action::Action;
use crate::reader::messages::{cut_end, drawn_width, Msg};

/// The links of the document, and the list of them when it is open.
#[derive(Debug, Clone, Default)]
pub struct LinkList {
    links: Vec<Link>,
    open: bool,
    selected: usize,
    /// The first link shown.
    top: usize,
    /// The addresses the text writes out were added.
    written: bool,
}

impl LinkList {
    pub fn new(links: Vec<Link>) -> Self {
        Self {
            links,
            ..Self::default()
        }
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Add the addresses `text` writes out, once, after the links it has
    /// as markup.
    fn add_written(&mut self, text: &str) {
        self.written = true;
        crate::core::article::add_written_links(&mut self.links, text);
    }

    pub fn links(&self) -> &[Link] {
        &self.links
    }

    /// The marked link.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Open the list; false when there is nothing to list.
    pub fn open(&mut self) -> bool {
        self.open = !self.links.is_empty();
        self.open
    }

    pub fn close(&mut self) {
        self.open = false;
    }

    /// Mark the link `to` (clamped), scrolling a list that shows `room` rows.
    pub fn select(&mut self, to: usize, room: usize) {
        self.selected = to.min(self.links.len().saturating_sub(1));
        let room = room.max(1);
        if self.selected < self.top {
            self.top = self.selected;
        } else if self.selected >= self.top + room {
            self.top = self.selected + 1 - room;
        }
    }
}

/// One link's row in the list, ready to copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRow {
    /// The address, cut to its room.
    pub href: String,
    /// The text in visual order, cut to its room, and where it starts
    /// (counted from the box's text edge) so that it ends at the right.
    pub text: String,
    pub text_x: u16,
    pub selected: bool,
}

/// The list of links in the next frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinksView {
    /// The box, border included.
    pub area: Rect,
    /// The box's title and footer, in the interface's language, as drawn.
    pub title: String,
    pub footer: String,
    pub rows: Vec<LinkRow>,
}

impl App {
    /// `L`, `:links`: open the list of the document's links.
    pub(in crate::reader::app) fn show_links(&mut self) {
        // A text has no markup: the addresses it writes out are links too
        // (a newsboat item's numbered list), once it is whole.
        if !self.links.written && !self.loading.partial() {
            self.links.add_written(self.doc.text());
        }
        if !self.links.open() {
            self.flash = Some(self.text(Msg::NoLinks));
        }
    }

    /// An action while the list is open: it takes them all.
    pub(in crate::reader::app) fn apply_links(&mut self, action: Action) {
        let room = self.links_room();
        let at = self.links.selected();
        let last = self.links.links().len().saturating_sub(1);
        let to = match action {
            Action::LineDown | Action::WheelDown => at + 1,
            Action::LineUp | Action::WheelUp => at.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => at + room,
            Action::PageUp | Action::HalfPageUp => at.saturating_sub(room),
            Action::Top => 0,
            Action::Bottom => last,
            Action::JumpToEntity => {
                self.step = Some(FileStep::Link(at));
                self.quit_unless_unsaved();
                return;
            }
            Action::CloseOverlay | Action::Quit | Action::ShowLinks => {
                self.links.close();
                return;
            }
            _ => return,
        };
        self.links.select(to, room);
    }

    /// Rows the list shows at once.
    fn links_room(&self) -> usize {
        usize::from(self.size.1.saturating_sub(4)).max(1)
    }

    /// The list, when it is open.
    pub(in crate::reader::app) fn links_view(&self) -> Option<LinksView> {
        if !self.links.is_open() {
            return None;
        }
        let ui = self.interface;
        let (width, height) = self.size;
        let all = self.links.links();
        let room = self.links_room().min(all.len());
        let box_width = width.saturating_sub(4).clamp(1, 120);
        let box_height = u16::try_from(room + 2).unwrap_or(u16::MAX).min(height);
        let inner = usize::from(box_width.saturating_sub(4));
        // The address gets at most half; the text the rest, a gap between.
        let href_room = inner / 2;
        let text_room = inner.saturating_sub(href_room + 2);
        let top = self.links.top;
        let rows = all
            .iter()
            .enumerate()
            .skip(top)
            .take(room)
            .map(|(i, link)| {
                let text = cut_start(
                    &visual_title(&link.text, self.options.fallback_direction, &self.options),
                    text_room,
                );
                let text_width = drawn_width(&text);
                LinkRow {
                    href: cut_end(&drawable(&link.href), href_room),
                    text_x: u16::try_from(inner.saturating_sub(text_width)).unwrap_or(0),
                    text,
                    selected: i == self.links.selected(),
                }
            })
            .collect();
        Some(LinksView {
            area: Rect {
                x: width.saturating_sub(box_width) / 2,
                y: height.saturating_sub(box_height) / 2,
                width: box_width,
                height: box_height,
            },
            title: ui.line(
                ui.text(Msg::LinksTitle),
                &self.options,
                usize::from(box_width),
            ),
            footer: {
                let (at, n) = (ui.number(self.links.selected() + 1), ui.number(all.len()));
                let footer = ui.say(Msg::LinksFooter, &[("at", &at), ("n", &n)]);
                ui.line(&footer, &self.options, usize::from(box_width))
            },
            rows,
        })
    }
}

/// An address as it can be drawn: control and direction characters (which
/// a page may put in a link) become U+FFFD.
fn drawable(href: &str) -> String {
    href.chars()
        .map(|c| {
            let bidi = matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// At most `room` cells of a visual line, its left (where a right-to-left
/// text ends) replaced by `…` when cut.
fn cut_start(text: &str, room: usize) -> String {
    if drawn_width(text) <= room {
        return text.to_string();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > room {
            break;
        }
        used += w;
        kept.push(c);
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(n: usize) -> Vec<Link> {
        (0..n)
            .map(|i| Link {
                text: format!("رابط {i}"),
                href: format!("http://127.0.0.1/{i}.html"),
            })
            .collect()
    }

    #[test]
    fn the_marked_link_stays_in_view() {
        let mut list = LinkList::new(links(10));
        assert!(list.open());
        list.select(5, 3);
        assert_eq!((list.selected(), list.top), (5, 3));
        list.select(1, 3);
        assert_eq!((list.selected(), list.top), (1, 1));
        list.select(99, 3);
        assert_eq!(list.selected(), 9);
        assert!(!LinkList::new(Vec::new()).open(), "nothing to list");
    }

    #[test]
    fn cuts_keep_the_start_of_an_address_and_the_right_of_a_visual_line() {
        assert_eq!(cut_end("http://example.org/a", 10), "http://ex…");
        assert_eq!(cut_start("abcdef", 4), "…def");
        assert_eq!(cut_start("abc", 4), "abc");
        assert_eq!(
            drawable("http://a/\u{1b}[2J\u{202E}b"),
            "http://a/\u{FFFD}[2J\u{FFFD}b"
        );
    }
}
