//! The configuration's part of the app: the text column, justification, the
//! default direction, the panel's side and width, and the theme. The app holds
//! them as plain values, set once by the shell (`tui`) from `config.toml`.

use super::App;
use crate::config::Config;
use crate::ui::theme::Theme;

impl App {
    /// Use the settings of `config` that the app applies: the text column,
    /// justification, the default direction, the panel and the colours. (The
    /// key table and shaping come with [`App::new`]; whether to use colour at
    /// all, and italics, stay as they were.)
    pub fn configure(&mut self, config: &Config) {
        self.column_max = config.text.width;
        self.margin = config.text.margin;
        self.view.set_justify(config.text.justify);
        self.panel.configure(config.panel.side, config.panel.width);
        if self.direction != config.text.direction {
            self.direction = config.text.direction;
            let direction = self.direction.resolve(self.doc.direction);
            self.view.clear();
            self.view.set_fallback_direction(direction);
            self.options.fallback_direction = direction;
        }
        let italic = self.theme.italic;
        self.theme = Theme::from_config(config, self.theme.colors);
        self.theme.italic = italic;
        self.panel.relayout();
        self.refresh();
    }

    /// Draw with colours, or with styles only (`NO_COLOR`, monochrome).
    pub fn set_colors(&mut self, colors: bool) {
        self.theme.colors = colors;
    }

    /// Draw italics, or (a terminal that cannot draw italic Arabic) not.
    pub fn set_italic(&mut self, italic: bool) {
        self.theme.italic = italic;
    }

    pub fn colors(&self) -> bool {
        self.theme.colors
    }

    /// Colours and styles to draw with.
    pub fn theme(&self) -> &Theme {
        &self.theme
    }
}
