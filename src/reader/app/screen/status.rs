//! The status bar, prepared: what it says, cut to the terminal's width.
//!
//! Document name, warnings and notices on the left, the position (line of the
//! file, total, percent) on the right. While the rest of a large document is
//! still being read, the total and percent are unknown and the bar says
//! "loading…" in their place, and "entities…" while the recogniser works. The
//! message about the last key ("wrapped to first mention") comes before the
//! name, and before that "m…" or "'…" while a mark's letter is awaited. While
//! a search is in force, its place among the hits ("3/17", "?/…" while they
//! are counted) comes before the line.
//!
//! The right part is placed first and always fits; the name and messages get
//! whatever is left, so a long file name can never hide where the reader is.
//! Notices (a bad configuration, a store error) come before the name, so that
//! what they say about a key and a line is seen on an 80-column terminal.
//! In the Arabic interface the bar is mirrored ([`StatusLine::cut_rtl`]):
//! the position at the left, the pieces from the right edge, each laid out
//! right to left by the article's engine (`messages::Interface::line`).
//! Each piece keeps a [`StatusRole`] rather than a style: colours are the
//! theme's business, decided when drawing (they change without a refresh).

use unicode_width::UnicodeWidthStr;

use super::cells::{fit, FitText};
use crate::reader::app::{App, MarkOp, Modal};
use crate::reader::messages::{drawn_width, Msg};

/// How a piece of the status bar is drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StatusRole {
    /// The bar's own style.
    #[default]
    Bar,
    /// The bar's style in bold: what the last key did, a mark awaited.
    Emphasis,
    /// The warning style: notices, the document's warnings.
    Warning,
    /// The mode's name (SELECT, NOTE, SEARCH, COMMAND): reversed.
    Mode,
}

/// One piece of the bar: its column from the bar's left edge, its text (cut
/// to the room it has) and how it is drawn.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusSegment {
    pub x: u16,
    pub text: FitText,
    pub role: StatusRole,
}

/// The status bar of the next frame.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatusLine {
    /// The position, right-aligned ("line 3/40   7%  h help").
    pub position: StatusSegment,
    /// From the left edge: messages, notices, the name, the document's
    /// warnings, as many as fit before the position.
    pub left: Vec<StatusSegment>,
}

impl StatusLine {
    /// Place `position` at the right of a bar `width` columns wide, then the
    /// `left` pieces one after the other in the room it leaves.
    pub fn cut(width: u16, position: &str, left: &[(String, StatusRole)]) -> Self {
        // The position's room is measured as a whole, as it always was.
        let position_width = u16::try_from(position.width())
            .unwrap_or(u16::MAX)
            .min(width);
        let end = width - position_width;
        let position = StatusSegment {
            x: end,
            text: fit(position, position_width),
            role: StatusRole::Bar,
        };
        let mut x = 0;
        let mut pieces = Vec::new();
        for (text, role) in left {
            if x >= end {
                break;
            }
            let room = end - x;
            let whole = fit(text, room);
            let cut = whole.text.len() < text.len();
            let text = if cut { fit_words(text, room) } else { whole };
            if text.width == 0 {
                continue;
            }
            let next = x + text.width;
            pieces.push(StatusSegment {
                x,
                text,
                role: *role,
            });
            x = next;
            if cut {
                // What follows a cut piece would read as its continuation.
                break;
            }
        }
        Self {
            position,
            left: pieces,
        }
    }
}

/// `text` cut to `room` columns at the end of a word, with "…" after it; a
/// first word longer than the room is cut where the room ends.
fn fit_words(text: &str, room: u16) -> FitText {
    let Some(words_room) = room.checked_sub(1) else {
        return FitText::default();
    };
    let fits = fit(text, words_room);
    let kept = match fits.text.rfind(' ') {
        // Cut at a space unless that leaves nothing but the leading blank
        // and a warning's sign (`⚠…` tells nothing).
        Some(at)
            if !fits.text[..at]
                .trim()
                .trim_start_matches('\u{26A0}')
                .trim()
                .is_empty()
                && !text[fits.text.len()..].starts_with(' ') =>
        {
            fits.text[..at].trim_end()
        }
        _ => fits.text.trim_end(),
    };
    if kept.trim().is_empty() {
        return FitText::default();
    }
    fit(&format!("{kept}\u{2026}"), room)
}

impl StatusLine {
    /// The Arabic interface's bar, the mirror of [`StatusLine::cut`]: the
    /// position at the left, the pieces from the right edge leftwards, each
    /// laid out right to left by `lay` (a text and its room in, the drawn
    /// row out), which cuts it at its logical end.
    pub fn cut_rtl(
        width: u16,
        position: &str,
        pieces: &[(String, StatusRole)],
        lay: impl Fn(&str, usize) -> String,
    ) -> Self {
        let drawn = lay(position, usize::from(width));
        let position = fit(&drawn, width);
        let start = position.width;
        let position = StatusSegment {
            x: 0,
            text: position,
            role: StatusRole::Bar,
        };
        let mut right = width;
        let mut left = Vec::new();
        for (text, role) in pieces {
            if right <= start {
                break;
            }
            let room = right - start;
            let whole = lay(text, usize::MAX / 2);
            let cut = drawn_width(&whole) > usize::from(room);
            let text = fit(
                &if cut {
                    lay(text, usize::from(room))
                } else {
                    whole
                },
                room,
            );
            if text.width == 0 {
                continue;
            }
            right -= text.width;
            left.push(StatusSegment {
                x: right,
                text,
                role: *role,
            });
            if cut {
                break;
            }
        }
        Self { position, left }
    }
}

impl App {
    /// The bar with `position` on its right (left in Arabic) and `pieces`
    /// in the room it leaves.
    fn status_bar(&self, position: &str, pieces: Vec<(String, StatusRole)>) -> StatusLine {
        let position = position.to_string();
        if self.interface.rtl() {
            let lay = |text: &str, room: usize| self.interface.line(text, &self.options, room);
            StatusLine::cut_rtl(self.size.0, &position, &pieces, lay)
        } else {
            StatusLine::cut(
                self.size.0,
                &position,
                &self.title_in_its_room(&position, pieces),
            )
        }
    }

    /// The English bar's pieces with the document's name cut to the room
    /// the pieces before it leave, in logical order: the bar would cut its
    /// drawn form at its right end, which is an Arabic name's first words.
    fn title_in_its_room(
        &self,
        position: &str,
        mut pieces: Vec<(String, StatusRole)>,
    ) -> Vec<(String, StatusRole)> {
        let title = self.title_piece();
        let Some(at) = pieces.iter().position(|(text, _)| *text == title) else {
            return pieces;
        };
        let before = StatusLine::cut(self.size.0, position, &pieces[..at]);
        let used = before.left.last().map_or(0, |s| s.x + s.text.width);
        let room = usize::from(before.position.x.saturating_sub(used));
        let suffix = self.files.suffix();
        if drawn_width(&title) <= room || room <= drawn_width(&suffix) + 2 {
            return pieces;
        }
        let name = super::visual_title_within(
            &self.doc.name,
            self.doc.direction,
            &self.options,
            room - drawn_width(&suffix) - 1,
        );
        pieces[at].0 = format!(" {name}{suffix}");
        pieces
    }

    /// Rebuild only the status bar: for changes that touch nothing else
    /// (a notice, loading or recognising ending), which skip the full refresh.
    pub(in crate::reader::app) fn refresh_status(&mut self) {
        self.screen.status = self.status_line();
        self.screen.placeholder = self.placeholder();
    }

    /// The right part: position, search hits, and what is still being done;
    /// with the help key's hint when `help`.
    fn status_position(&self, help: bool) -> String {
        let screen = &self.screen;
        let ui = self.interface;
        let help = if help {
            format!("  {}", ui.text(Msg::HelpKey))
        } else {
            String::new()
        };
        let position = if self.loading.partial() {
            let n = ui.number(screen.paragraph.max(1));
            format!(" {}{help} ", ui.say(Msg::LineLoading, &[("n", &n)]))
        } else if self.doc.is_empty() {
            format!(" {}{help} ", ui.text(Msg::Empty))
        } else {
            let line = ui.say(
                Msg::Line,
                &[
                    ("n", &ui.number(screen.paragraph)),
                    ("total", &ui.number(screen.paragraphs)),
                ],
            );
            let percent = ui.number(format!("{:>3}", screen.percent));
            let percent = ui.say(Msg::Percent, &[("p", &percent)]);
            format!(" {line}  {percent}{help} ")
        };
        // The search's place among its hits ("3/17", "?/…" while counting).
        let position = match self.search_status() {
            Some(hits) => format!(" {hits}{position}"),
            None => position,
        };
        if self.panel.recognizing() {
            format!(" {}{position}", ui.text(Msg::Recognising))
        } else {
            position
        }
    }

    /// The mode, when it is not plain reading (the `/` and `:` prompts,
    /// over the bar, name theirs: `PromptLine::mode`).
    fn mode_label(&self) -> Option<&'static str> {
        match &self.modal {
            Some(Modal::Note(_)) => Some(self.interface.text(Msg::ModeNote)),
            _ if self.selection.is_some() => Some(self.interface.text(Msg::ModeSelect)),
            _ => None,
        }
    }

    /// The document's name: in visual order already in English, where
    /// it is drawn as it is; in logical order for the Arabic bar, which
    /// lays every piece out.
    fn title_piece(&self) -> String {
        if self.interface.rtl() {
            // Isolated: a Latin name cut with "…" reads `name-…`, not `…-name`.
            format!(" \u{2068}{}\u{2069}", self.shown_name())
        } else {
            format!(" {}", self.shown_name())
        }
    }

    /// The document's name as the bar says it: in visual order already in
    /// English; in logical order, with its place among the files, for the
    /// Arabic bar, which lays it out with what is said around it.
    pub(in crate::reader::app) fn shown_name(&self) -> String {
        if self.interface.rtl() {
            self.written_name()
        } else {
            self.title.clone()
        }
    }

    /// The document's name as written, with its place among the files: for
    /// a message, which the bar lays out whole in either language.
    pub(in crate::reader::app) fn written_name(&self) -> String {
        format!("{}{}", self.doc.name, self.files.suffix())
    }

    /// What the last key did, or the selection's hint: the bar's message.
    fn said(&self) -> Option<String> {
        self.flash.clone().or_else(|| self.selection_message())
    }

    /// The left part's pieces, in the order they claim the room, `said`
    /// among them ([`App::said`], or its short form); with the index of
    /// `said`'s piece.
    fn status_pieces(&self, said: Option<&str>) -> (Vec<(String, StatusRole)>, Option<usize>) {
        let mode = self
            .mode_label()
            .map(|m| (format!(" {m} "), StatusRole::Mode));
        // `m` or `'` waits for a letter: say so, as the key was typed.
        let waiting = match &self.modal {
            Some(Modal::Mark(MarkOp::Set)) => Some(" m\u{2026} "),
            Some(Modal::Mark(MarkOp::GoTo)) => Some(" '\u{2026} "),
            _ => None,
        }
        .map(|w| (w.to_string(), StatusRole::Emphasis));
        // What the last key did comes first: it is what the reader looks at
        // the bar for just then.
        // The Arabic bar keeps the catalogue's marks and isolates, by which
        // its messages are laid out. The English one draws each message as
        // a left-to-right line: an Arabic word in it (a search, a path) is
        // reordered and joined as the article's text is, not sent as it is
        // typed, which reads backwards.
        let rtl = self.interface.rtl();
        let safe = |m: &str| {
            if rtl {
                crate::reader::messages::display_keeping_marks(m)
            } else {
                super::visual_ltr(m, &self.options)
            }
        };
        let said = said.map(|m| (format!(" {} ", safe(m)), StatusRole::Emphasis));
        let said_at = said
            .is_some()
            .then(|| usize::from(mode.is_some()) + usize::from(waiting.is_some()));
        let warning = |m: &String| (format!("  \u{26A0} {}", safe(m)), StatusRole::Warning);
        // Notices (a configuration that could not be used, a store error)
        // come before the name: a long path would otherwise leave no room for
        // the key and line they are about. The document's own warnings follow
        // its name.
        // A dot after each notice: the name that follows would read as the
        // end of its sentence.
        let notice = |m: &String| {
            let (text, role) = warning(m);
            (format!("{text} \u{00B7}"), role)
        };
        let pieces = mode
            .into_iter()
            .chain(waiting)
            .chain(said)
            .chain(self.notices[self.notices_read..].iter().map(notice))
            .chain(std::iter::once((self.title_piece(), StatusRole::Bar)))
            .chain(
                self.doc
                    .warnings
                    .iter()
                    .map(|w| warning(&self.interface.warning(w))),
            )
            .collect();
        (pieces, said_at)
    }
}

mod said;
#[cfg(test)]
mod tests;
