//! How each kind of mention looks: a colour and, always, a non-colour cue.
//!
//! The cue (bold, underline, italic, and their mixes) carries the meaning on its
//! own, so highlights stay distinguishable with `NO_COLOR` and on monochrome
//! terminals; colour only adds to it. Whether to use colour is a value the app
//! holds (decided by the shell from the environment), never read here.

use ratatui::style::{Color, Modifier, Style};

use crate::highlight::{Decor, Mark};
use crate::recognize::Kind;

/// The cue of a kind, without colour.
pub fn cue(kind: Kind) -> Modifier {
    match kind {
        Kind::Person => Modifier::BOLD,
        Kind::Location => Modifier::UNDERLINED,
        Kind::Organization => Modifier::BOLD | Modifier::UNDERLINED,
        Kind::Date => Modifier::DIM | Modifier::UNDERLINED,
        Kind::Quote => Modifier::ITALIC,
    }
}

/// The colour of a kind.
pub fn color(kind: Kind) -> Color {
    match kind {
        Kind::Person => Color::LightCyan,
        Kind::Location => Color::LightGreen,
        Kind::Organization => Color::LightMagenta,
        Kind::Date => Color::Yellow,
        Kind::Quote => Color::LightBlue,
    }
}

/// A kind's style, coloured or not.
pub fn kind_style(kind: Kind, colors: bool) -> Style {
    let style = Style::default().add_modifier(cue(kind));
    if colors {
        style.fg(color(kind))
    } else {
        style
    }
}

/// The mention last jumped to stands out from every other highlight.
pub const CURRENT: Modifier = Modifier::REVERSED;

/// The style of a highlighted cell.
pub fn mark_style(mark: &Mark, colors: bool) -> Style {
    let mut style = kind_style(mark.kind, colors);
    if mark.quoted {
        style = style.add_modifier(Modifier::ITALIC);
    }
    if mark.current {
        style = style.add_modifier(CURRENT);
    }
    style
}

/// What a search hit, the selection or an annotated passage adds to a cell's
/// style. Without colour: hits and the selection are reversed (the current hit
/// also bold), annotated passages underlined.
pub fn decor_style(decor: &Decor, colors: bool) -> Style {
    let mut style = Style::default();
    if decor.annotated {
        style = style.add_modifier(Modifier::UNDERLINED);
        if colors {
            style = style.underline_color(Color::LightYellow);
        }
    }
    if decor.hit || decor.current_hit {
        style = if colors {
            style.bg(Color::Yellow).fg(Color::Black)
        } else {
            style.add_modifier(Modifier::REVERSED)
        };
    }
    if decor.current_hit {
        style = style.add_modifier(Modifier::BOLD);
        if colors {
            style = style.bg(Color::LightRed);
        }
    }
    if decor.selected {
        style = if colors {
            style.bg(Color::Blue).fg(Color::White)
        } else {
            style.add_modifier(Modifier::REVERSED)
        };
    }
    style
}
