//! The status bar: document name, warnings and notices on the left, the
//! position (line of the file, total, percent) on the right. While the rest of
//! a large document is still being read, the total and percent are unknown and
//! the bar says "loading…" in their place, and "entities…" while the
//! recogniser works. The message about the last key ("wrapped to first
//! mention") comes before the name, and before that "m…" or "'…" while a
//! mark's letter is awaited. While a search is in force, its place among the
//! hits ("3/17", "?/…" while they are counted) comes before the line.
//!
//! The right part is drawn first and always fits; the name and messages get
//! whatever is left, so a long file name can never hide where the reader is.
//! Notices (a bad configuration, a store error) come before the name, so that
//! what they say about a key and a line is seen on an 80-column terminal.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, MarkOp, Modal};

pub(super) fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let bar = app.theme().status_bar();
    let warn = app.theme().warning();
    buf.set_style(area, bar);
    let screen = app.screen();
    let position = if app.loading() {
        format!(
            " line {}  loading\u{2026}  ? help ",
            screen.paragraph.max(1)
        )
    } else if app.document().is_empty() {
        " empty  ? help ".to_string()
    } else {
        format!(
            " line {}/{}  {:>3}%  ? help ",
            screen.paragraph, screen.paragraphs, screen.percent
        )
    };
    // The search's place among its hits ("3/17", "?/…" while counting).
    let position = match app.search_status() {
        Some(hits) => format!(" {hits}{position}"),
        None => position,
    };
    let position = if app.recognizing() {
        format!(" entities\u{2026}{position}")
    } else {
        position
    };
    let width = usize::from(area.width);
    let position_width = position.width().min(width);
    let left_room = width - position_width;
    let x = area.x + u16::try_from(left_room).unwrap_or(0);
    buf.set_stringn(x, area.y, &position, position_width, bar);

    let mut x = area.x;
    let end = area.x + u16::try_from(left_room).unwrap_or(0);
    let title = format!(" {}", app.title());
    // What the last key did, and why the panel is missing, come first: they are
    // what the reader looks at the bar for just then.
    let said = app
        .flash()
        .map(str::to_string)
        .or_else(|| app.selection_message());
    let said = said.map(|m| {
        (
            format!(" {} ", qari_layout::display_text(&m)),
            bar.add_modifier(Modifier::BOLD),
        )
    });
    // `m` or `'` waits for a letter: say so, as the key was typed.
    let waiting = match app.modal() {
        Some(Modal::Mark(MarkOp::Set)) => Some(" m\u{2026} "),
        Some(Modal::Mark(MarkOp::GoTo)) => Some(" '\u{2026} "),
        _ => None,
    }
    .map(|w| (w.to_string(), bar.add_modifier(Modifier::BOLD)));
    let hidden = screen
        .panel_hidden
        .then(|| (" \u{26A0} too narrow for the panel ".to_string(), warn));
    let warning = |m: &String| (format!("  \u{26A0} {}", qari_layout::display_text(m)), warn);
    // Notices (a configuration that could not be used, a store error) come
    // before the name: a long path would otherwise leave no room for the key
    // and line they are about. The document's own warnings follow its name.
    let parts = waiting
        .into_iter()
        .chain(said)
        .chain(hidden)
        .chain(app.notices().iter().map(warning))
        .chain(std::iter::once((title, bar)))
        .chain(app.document().warnings.iter().map(warning));
    for (text, style) in parts {
        if x >= end {
            break;
        }
        let room = usize::from(end - x);
        let (next_x, _) = buf.set_stringn(x, area.y, &text, room, style);
        x = next_x;
    }
}
