//! How things look: a [`Theme`] value, built from the configuration and handed
//! to drawing (through the app), never a global.
//!
//! Every highlight has a non-colour cue (bold, underline, italic, and their
//! mixes) that carries the meaning on its own, so highlights stay
//! distinguishable with `NO_COLOR` and on monochrome terminals; colour only adds
//! to it. Whether to use colour is part of the theme, decided by the shell from
//! the environment, never read here.
//!
//! Annotated passages get a cue of their own that no entity kind, search hit
//! or selection uses: a bar ([`NOTE_MARKER`]) in the gutter beside the text
//! column on every screen line showing part of a passage, like a revision bar
//! in a printed margin. With colours the passage is also underlined in the
//! note colour (an underline alone would read as a place without colour, so
//! without colour there is none). The gutter is left of the column for every
//! line, right-to-left lines included: one fixed column keeps a passage that
//! spans paragraphs of both directions one unbroken bar the eye finds in one
//! place, and it never moves with a line's alignment or length (a ragged
//! right-to-left line's left end moves; the column's edge does not). While a
//! document has annotations, a column filling its whole area gives up its
//! first cell for the gutter. Should the bar still find no room left of the
//! column it goes right of it, and with no room on either side annotated
//! cells are struck through instead (no other highlight strikes through).
//! The app decides where (`Screen`); drawing only reads it.

use ratatui::style::{Color, Modifier, Style};

use crate::reader::config::{ColorSpec, Colors, Config, ThemeName};
use crate::reader::highlight::{Decor, Mark};
use crate::reader::kinds::{facts, KindFacts};
use qari_recognize::Kind;

/// Colours of the reader, and whether to use them at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False under `NO_COLOR`: styles only.
    pub colors: bool,
    pub person: Color,
    pub location: Color,
    pub organization: Color,
    pub date: Color,
    pub quote: Color,
    /// The status bar's background and text; `None`: the terminal's colours
    /// in reverse video.
    pub status_bar: Option<Color>,
    pub status_text: Option<Color>,
    pub warning: Color,
    /// `None`: the terminal's foreground, dimmed unless the panel has the focus.
    pub panel_border: Option<Color>,
    /// Backgrounds of search hits, the current hit and the selection.
    pub search_hit: Color,
    pub current_hit: Color,
    pub selection: Color,
    /// The underline of annotated passages.
    pub note: Color,
    /// The terminal draws italic Arabic (Konsole and mlterm, with a font
    /// that has no italic Arabic, draw empty boxes): where it cannot, what
    /// would be italic is plain with colour and dim without.
    pub italic: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Self::dark()
    }
}

/// The cue of a kind, without colour (the kind table's).
pub fn cue(kind: Kind) -> Modifier {
    facts(kind).cue
}

/// Drawn in the gutter beside every screen line showing an annotated passage.
pub const NOTE_MARKER: &str = "\u{258e}";

/// The mention last jumped to stands out from every other highlight.
pub const CURRENT: Modifier = Modifier::REVERSED;

/// A configured colour as the terminal's.
pub fn color_of(spec: ColorSpec) -> Color {
    const NAMED: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match spec {
        ColorSpec::Default => Color::Reset,
        ColorSpec::Named(i) => NAMED.get(usize::from(i)).copied().unwrap_or(Color::Reset),
        ColorSpec::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

impl Theme {
    /// Light colours for a dark background (the default). The kinds'
    /// colours are the kind table's (`kinds`).
    pub fn dark() -> Self {
        Self {
            colors: true,
            person: Color::Reset,
            location: Color::Reset,
            organization: Color::Reset,
            date: Color::Reset,
            quote: Color::Reset,
            status_bar: None,
            status_text: None,
            warning: Color::Rgb(0xff, 0xd7, 0x5f),
            panel_border: None,
            search_hit: Color::Yellow,
            current_hit: Color::LightRed,
            selection: Color::Blue,
            note: Color::LightYellow,
            italic: true,
        }
        .with_kind_colors(|f| f.dark)
    }

    /// Deep colours for a light background. The kinds' colours are the kind
    /// table's; colour and italic are on, as in the dark theme.
    pub fn light() -> Self {
        Self {
            status_bar: None,
            status_text: None,
            warning: Color::Rgb(0xb3, 0x1d, 0x28),
            panel_border: None,
            search_hit: Color::LightYellow,
            current_hit: Color::Rgb(0xff, 0xa0, 0x7a),
            selection: Color::LightBlue,
            note: Color::Rgb(0x7d, 0x53, 0x00),
            ..Self::dark()
        }
        .with_kind_colors(|f| f.light)
    }

    /// Every kind's colour picked from its row of the kind table.
    fn with_kind_colors(mut self, pick: fn(&KindFacts) -> Color) -> Self {
        for kind in Kind::ALL {
            let f = facts(kind);
            *(f.theme_color)(&mut self) = pick(&f);
        }
        self
    }

    /// The configured theme with the configured colours over it; `colors`
    /// false (`NO_COLOR`) keeps only the styles.
    pub fn from_config(config: &Config, colors: bool) -> Self {
        let base = match config.theme {
            ThemeName::Dark | ThemeName::Auto => Self::dark(),
            ThemeName::Light => Self::light(),
        };
        Self { colors, ..base }.with_colors(&config.colors)
    }

    fn with_colors(mut self, c: &Colors) -> Self {
        let set = |slot: &mut Color, spec: Option<ColorSpec>| {
            if let Some(s) = spec {
                *slot = color_of(s);
            }
        };
        for kind in Kind::ALL {
            let f = facts(kind);
            set((f.theme_color)(&mut self), (f.setting)(c));
        }
        set(&mut self.warning, c.warning);
        set(&mut self.search_hit, c.search_hit);
        set(&mut self.current_hit, c.current_hit);
        set(&mut self.selection, c.selection);
        set(&mut self.note, c.note);
        self.status_bar = c.status_bar.map(color_of).or(self.status_bar);
        self.status_text = c.status_text.map(color_of).or(self.status_text);
        self.panel_border = c.panel_border.map(color_of).or(self.panel_border);
        self
    }

    /// The colour of a kind.
    pub fn color(&self, kind: Kind) -> Color {
        // The table points at the field to set; reading goes through a copy.
        let mut theme = *self;
        *(facts(kind).theme_color)(&mut theme)
    }

    /// A kind's style: its cue, and its colour when colours are on. With a
    /// colour, dimming is left out: it would take the colour below the
    /// contrast the themes are chosen for.
    pub fn kind_style(&self, kind: Kind) -> Style {
        let style = self.without_italic(Style::default().add_modifier(cue(kind)));
        if self.colors {
            style.fg(self.color(kind)).remove_modifier(Modifier::DIM)
        } else {
            style
        }
    }

    /// Italic where the terminal draws it, else dim (asides, notes).
    pub fn aside(&self) -> Style {
        self.without_italic(Style::default().add_modifier(Modifier::ITALIC))
    }

    /// `style` with italic turned into dim when the terminal cannot draw it.
    fn without_italic(&self, style: Style) -> Style {
        if self.italic || !style.add_modifier.contains(Modifier::ITALIC) {
            style
        } else {
            style
                .remove_modifier(Modifier::ITALIC)
                .add_modifier(Modifier::DIM)
        }
    }

    /// The style of a highlighted cell.
    pub fn mark_style(&self, mark: &Mark) -> Style {
        let mut style = self.kind_style(mark.kind);
        if mark.quoted {
            style = style.patch(self.aside());
        }
        if mark.current {
            style = style.add_modifier(CURRENT);
        }
        style
    }

    /// What a search hit, the selection or an annotated passage adds to a
    /// cell's style. Without colour: hits and the selection are reversed (the
    /// current hit also bold); annotated passages have their gutter marker
    /// (`gutter`) and nothing on the cells, or are struck through when there
    /// is no gutter. With colour they are underlined in the note colour.
    pub fn decor_style(&self, decor: &Decor, gutter: bool) -> Style {
        let colors = self.colors;
        let mut style = Style::default();
        if decor.annotated {
            if colors {
                style = style
                    .add_modifier(Modifier::UNDERLINED)
                    .underline_color(self.note);
            } else if !gutter {
                style = style.add_modifier(Modifier::CROSSED_OUT);
            }
        }
        if decor.hit || decor.current_hit {
            style = if colors {
                style.bg(self.search_hit).fg(Color::Black)
            } else {
                style.add_modifier(Modifier::REVERSED)
            };
        }
        if decor.current_hit {
            style = style.add_modifier(Modifier::BOLD);
            if colors {
                style = style.bg(self.current_hit);
            }
        }
        if decor.selected {
            style = if colors {
                style.bg(self.selection).fg(Color::White)
            } else {
                style.add_modifier(Modifier::REVERSED)
            };
        }
        style
    }

    /// The gutter marker of annotated lines: in the note colour when colours
    /// are on; the bar itself is the cue.
    pub fn note_marker(&self) -> Style {
        if self.colors {
            Style::default().fg(self.note)
        } else {
            Style::default()
        }
    }

    /// The status bar: configured colours, else reverse video.
    pub fn status_bar(&self) -> Style {
        match (self.colors, self.status_bar, self.status_text) {
            (true, None, None) | (false, ..) => Style::default().add_modifier(Modifier::REVERSED),
            (true, bg, fg) => Style::default()
                .bg(bg.unwrap_or(Color::Reset))
                .fg(fg.unwrap_or(Color::Reset)),
        }
    }

    /// A warning in the status bar.
    pub fn warning(&self) -> Style {
        let bar = self.status_bar().add_modifier(Modifier::BOLD);
        if self.colors {
            bar.fg(self.warning)
        } else {
            bar
        }
    }

    /// The panel's border: bold when the panel has the focus, dim otherwise.
    pub fn panel_border(&self, focused: bool) -> Style {
        let style = Style::default().add_modifier(if focused {
            Modifier::BOLD
        } else {
            Modifier::DIM
        });
        match self.panel_border {
            Some(c) if self.colors => style.fg(c),
            _ => style,
        }
    }
}

#[cfg(test)]
mod tests;
