//! How the reader is set up: [`AppOptions`], everything the shell decides
//! before the first frame (layout, keys, the configuration's text column,
//! panel and colours, the terminal's size, whether the document is a first
//! piece, how `:w` shapes, where annotation ids come from), handed to
//! [`App::new`] in one value so there is no half-configured app.

use super::App;
use crate::reader::annotate::ids::IdSource;
use crate::reader::config::Config;
use crate::reader::keymap::Keymap;
use crate::reader::messages::{Interface, Lang};
use crate::reader::theme::Theme;
use qari_layout::LayoutOptions;

/// Everything [`App::new`] needs besides the document.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// The article's layout (shaping, tab width; the width is the column's).
    pub layout: LayoutOptions,
    pub keymap: Keymap,
    /// The terminal's size in cells.
    pub size: (u16, u16),
    /// The text column, justification, default direction, panel and theme.
    pub config: Config,
    /// Draw with colours, or with styles only (`NO_COLOR`, monochrome).
    pub colors: bool,
    /// Draw italics (not in a terminal that cannot draw italic Arabic).
    pub italic: bool,
    /// The document is a first piece; the whole is still being read.
    pub loading: bool,
    /// Files written by `:w` shape Arabic (as `qari render` would for a file).
    pub write_shape: bool,
    /// Where the ids of new annotations come from (one source per process);
    /// without one, ids are numbered (tests).
    pub ids: Option<IdSource>,
    /// Which of the files named on the command line the document is.
    pub files: super::FileList,
    /// A feed's list or item.
    pub feed: super::FeedRole,
    /// The document's links (a web page's, a feed item's).
    pub links: Vec<crate::core::article::Link>,
    /// The interface's language, resolved by the shell (`--lang`, the
    /// setting, the locale).
    pub lang: Lang,
    /// Text piped in, its first piece judged: the columns its whole is
    /// judged between when it replaces the piece.
    pub piped: Option<super::PipedColumns>,
}

impl AppOptions {
    /// The defaults for a terminal of `width` x `height` cells.
    pub fn new(layout: LayoutOptions, keymap: Keymap, width: u16, height: u16) -> Self {
        let theme = Theme::default();
        AppOptions {
            layout,
            keymap,
            size: (width, height),
            config: Config::default(),
            colors: theme.colors,
            italic: theme.italic,
            loading: false,
            write_shape: false,
            ids: None,
            files: super::FileList::default(),
            feed: super::FeedRole::None,
            links: Vec::new(),
            lang: Lang::En,
            piped: None,
        }
    }
}

impl App {
    /// Use the settings of `config` that the app applies: the text column,
    /// justification, the default direction, the panel and the colours
    /// (whether to use colour at all, and italics, stay as they were).
    fn configure(&mut self, config: &Config) {
        self.column_max = config.text.width;
        self.margin = config.text.margin;
        self.view.set_justify(config.text.justify);
        self.interface.digits = config.digits;
        let side = config.panel.side.resolve(self.interface.lang);
        self.panel.configure(side, config.panel.width);
        if self.direction != config.text.direction {
            self.direction = config.text.direction;
            let direction = self.direction.resolve(self.doc.direction);
            self.view.clear();
            self.view.set_fallback_direction(direction);
            self.options.fallback_direction = direction;
        }
        // The article's paragraphs only: the panel, the status bar and the
        // prompts keep their own lines' direction.
        let base = config.text.paragraph_direction.base();
        if self.view.base() != base {
            self.view.clear();
            self.view.set_base(base);
        }
        let (colors, italic) = (self.theme.colors, self.theme.italic);
        self.theme = Theme::from_config(config, colors);
        self.theme.italic = italic;
    }

    /// Apply `options` to a new app (see [`App::new`]).
    pub(in crate::reader::app) fn set_up(&mut self, options: AppOptions) {
        self.theme.colors = options.colors;
        self.theme.italic = options.italic;
        self.interface.lang = options.lang;
        self.configure(&options.config);
        self.loading.set_partial(options.loading);
        self.loading.judge_whole(options.piped);
        self.feed = options.feed;
        self.links = super::LinkList::new(options.links);
        self.commands.set_write_shape(options.write_shape);
        if let Some(ids) = options.ids {
            self.notes.set_id_source(ids);
        }
    }

    /// Draw with colours, or with styles only, from now on (one app drawn
    /// both ways compares the two).
    pub fn set_colors(&mut self, colors: bool) {
        self.theme.colors = colors;
    }

    /// The language and digits of the interface.
    pub fn interface(&self) -> Interface {
        self.interface
    }

    /// Colours and styles to draw with.
    pub fn theme(&self) -> &Theme {
        &self.theme
    }
}
