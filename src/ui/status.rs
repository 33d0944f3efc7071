//! The status bar: the prepared [`StatusLine`] copied onto the bottom row.
//!
//! What the bar says, and how much of it fits, is decided with the screen
//! model (`app::screen::status`): each piece arrives with its column, its text
//! already cut to the room it has, and a role. Only the roles' styles are
//! decided here, from the theme, since colours can change without the screen
//! being rebuilt (`NO_COLOR`, a monochrome terminal).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::reader::app::{StatusLine, StatusRole};
use crate::reader::theme::Theme;

pub(super) fn draw(status: &StatusLine, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let bar = theme.status_bar();
    buf.set_style(area, bar);
    let style = |role: StatusRole| -> Style {
        match role {
            StatusRole::Bar => bar,
            StatusRole::Emphasis => bar.add_modifier(Modifier::BOLD),
            StatusRole::Warning => theme.warning(),
            StatusRole::Mode => bar.add_modifier(Modifier::BOLD | Modifier::REVERSED),
        }
    };
    for piece in std::iter::once(&status.position).chain(&status.left) {
        buf.set_stringn(
            area.x.saturating_add(piece.x),
            area.y,
            &piece.text.text,
            usize::from(piece.text.width),
            style(piece.role),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_piece_goes_to_its_column_in_its_role_style() {
        let status = StatusLine::cut(
            24,
            " line 1/1 ",
            &[
                (" saved ".to_string(), StatusRole::Emphasis),
                ("  \u{26A0} full".to_string(), StatusRole::Warning),
            ],
        );
        let theme = Theme::dark();
        let area = Rect::new(0, 3, 24, 1);
        let mut buf = Buffer::empty(Rect::new(0, 0, 24, 4));
        draw(&status, &theme, area, &mut buf);
        let row: String = (0..24).map(|x| buf[(x, 3)].symbol()).collect();
        assert_eq!(row, " saved   \u{26A0} fu\u{2026} line 1/1 ");
        assert!(buf[(1, 3)].modifier.contains(Modifier::BOLD));
        assert_eq!(buf[(9, 3)].fg, theme.warning);
    }
}
