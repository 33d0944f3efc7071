//! The one place the tests build a reader ([`App`]): every in-process test
//! gets its `App` from [`app`], or from [`Setup::app`] when it needs more than
//! a plain reader, so a change to the constructor is one fix here. By default the reader is set up as `qari FILE` sets it up: the
//! document's own direction for paragraphs without a strong character, the
//! default keys, colours on.

use qari::core::article::Link;
use qari::core::document::Document;
use qari::reader::app::{App, AppOptions, FeedRole, FileList};
use qari::reader::config::Config;
use qari::reader::keymap::Keymap;
use qari::reader::messages::Lang;
use qari_layout::LayoutOptions;
use qari_recognize::Recognition;

/// What a reader is made of: a document, or a text that becomes the
/// document `t.txt`.
pub trait IntoDocument {
    fn into_document(self) -> Document;
}

impl IntoDocument for Document {
    fn into_document(self) -> Document {
        self
    }
}

impl IntoDocument for &str {
    fn into_document(self) -> Document {
        Document::from_bytes("t.txt", self.as_bytes()).expect("text")
    }
}

impl IntoDocument for &String {
    fn into_document(self) -> Document {
        self.as_str().into_document()
    }
}

/// A reader of `doc` on a terminal of `width` x `height` cells, at the top.
pub fn app(doc: impl IntoDocument, width: u16, height: u16) -> App {
    Setup::default().app(doc, width, height)
}

/// How a test's reader differs from a plain one.
#[derive(Default)]
pub struct Setup {
    layout: Option<LayoutOptions>,
    shape: bool,
    colors: Option<bool>,
    config: Option<Config>,
    recognition: Option<Recognition>,
    lang: Option<Lang>,
    feed: Option<(FeedRole, FileList)>,
    links: Vec<Link>,
}

impl Setup {
    /// Exactly these layout options, whatever the document's direction.
    pub fn layout(mut self, options: LayoutOptions) -> Self {
        self.layout = Some(options);
        self
    }

    /// Arabic letters joined into their presentation forms.
    pub fn shaped(mut self) -> Self {
        self.shape = true;
        self
    }

    /// Draw with colours or, when off (`NO_COLOR`), with styles only.
    pub fn colors(mut self, colors: bool) -> Self {
        self.colors = Some(colors);
        self
    }

    /// Set up from a parsed configuration as the shell does: its direction
    /// for the layout, its keys and its settings in `AppOptions`.
    pub fn config(mut self, config: Config) -> Self {
        self.config = Some(config);
        self
    }

    /// The interface's language, as `--lang` gives it (otherwise the
    /// configuration's `lang`, its "auto" read as English: tests do not
    /// depend on the machine's locale).
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    /// A feed's list or one of its items, with the files `:n`/`:p` step
    /// through, as the shell opens a feed.
    pub fn feed(mut self, feed: FeedRole, files: FileList) -> Self {
        self.feed = Some((feed, files));
        self
    }

    /// The page's links, as the shell gives them for a web page.
    pub fn links(mut self, links: Vec<Link>) -> Self {
        self.links = links;
        self
    }

    /// Entities and quotes as if the recogniser had found them.
    pub fn recognition(mut self, recognition: Recognition) -> Self {
        self.recognition = Some(recognition);
        self
    }

    /// The reader, set up; the only `App::new` of the tests.
    pub fn app(self, doc: impl IntoDocument, width: u16, height: u16) -> App {
        let doc = doc.into_document();
        let options = self.layout.unwrap_or_else(|| {
            let direction = match &self.config {
                Some(config) => config.text.direction.resolve(doc.direction),
                None => doc.direction,
            };
            LayoutOptions {
                fallback_direction: direction,
                base: qari_layout::BaseDirection::FirstLetter,
                shape: self.shape,
                ..LayoutOptions::default()
            }
        });
        let keymap = self
            .config
            .as_ref()
            .map_or_else(Keymap::default, Config::keymap);
        let defaults = AppOptions::new(options, keymap, width, height);
        let lang = self.lang.unwrap_or_else(|| {
            self.config
                .as_ref()
                .map_or(Lang::En, |config| config.lang.resolve(None))
        });
        let (feed, files) = self.feed.unwrap_or((defaults.feed, defaults.files));
        let mut app = App::new(
            doc,
            AppOptions {
                lang,
                config: self.config.unwrap_or_else(|| defaults.config.clone()),
                colors: self.colors.unwrap_or(defaults.colors),
                feed,
                files,
                links: self.links,
                ..defaults
            },
        );
        if let Some(recognition) = self.recognition {
            app.set_recognition(recognition);
        }
        app
    }
}
