//! What the reader is opened with ([`ReaderOptions`]): the command line's
//! choices, the configuration file, the terminal's answers and the signals
//! caught, gathered before the terminal is taken; its own file because it is
//! filled once, before the event loop that only reads it.

use std::io;
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::sync::Arc;

use crate::core::document::Document;
use crate::core::terminal::{Profile, Shaping};
use crate::reader::app::PipedColumns;
use crate::reader::config::{Config, Formatter, ThemeName, Written};
use crate::shell::cli::Cli;

#[derive(Debug, Clone)]
pub struct ReaderOptions {
    /// `--shape`, which wins over the configuration's.
    pub shape: Option<Shaping>,
    /// Remember and restore the reading position.
    pub remember: bool,
    /// The colours to draw: none under `NO_COLOR` or on a monochrome
    /// terminal (styles only), the sixteen of the ANSI palette on the Linux
    /// console.
    pub colors: crate::core::terminal::Colors,
    /// The user's settings, and why they could not be used (for the status
    /// bar, in the interface's language).
    pub config: Config,
    pub config_warning: Option<crate::reader::config::ConfigWarning>,
    /// The file read (`None` for standard input): its annotations, reading
    /// position and marks are kept under its path too, to find them again
    /// after the file changed.
    pub path: Option<std::path::PathBuf>,
    /// Which of the files named it is (`:n`, `:p`).
    pub files: crate::reader::app::FileList,
    /// A feed's list or item.
    pub feed: crate::reader::app::FeedRole,
    /// The document's links (`L`).
    pub links: Vec<crate::core::article::Link>,
    /// Said in the status bar at the start (a file `:n` could not open).
    pub notice: Option<String>,
    /// Where to open the document (a page's `#fragment`, a document
    /// offset), over the remembered position.
    pub start: Option<usize>,
    /// less's `+G`, `+N`, `+/pattern`: done once the article is read.
    pub at_start: Option<String>,
    /// What the terminal is and how Arabic is sent to it.
    pub profile: Profile,
    /// The terminal was asked about itself and had not finished answering.
    pub answers_pending: bool,
    /// Set by a signal that ends the reader (see `ENDING`). It is caught from
    /// before the terminal is asked about itself: signal-hook leaves a signal
    /// ignored once the queries' own handler is gone, so one arriving between
    /// the queries and the event loop would otherwise be lost.
    pub stop: Arc<AtomicBool>,
    /// Which of those signals came (0: none), for the exit status (128 + it).
    pub signal: Arc<AtomicUsize>,
    /// The interface's language (`--lang`, the setting, the locale).
    pub lang: crate::reader::messages::Lang,
    /// Paging with no program that said what it wrote: the settings the
    /// configuration file writes, until the input's first piece is looked
    /// at ([`ReaderOptions::look_at_piped`]).
    pub unlooked: Option<Written>,
    /// Text piped in, looked at: the columns its whole is judged between.
    pub piped: Option<PipedColumns>,
}

impl ReaderOptions {
    pub fn from_cli(cli: &Cli) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let caught = crate::shell::waiting::caught_signal();
        for signal in crate::shell::probe::ENDING {
            // Only SIGKILL, SIGSTOP and the like cannot be caught. Which
            // signal it was is stored first, so a loop that sees `stop` knows.
            if let Ok(number) = usize::try_from(signal) {
                let _ = signal_hook::flag::register_usize(signal, Arc::clone(&caught), number);
            }
            let _ = signal_hook::flag::register(signal, Arc::clone(&stop));
        }
        let (mut config, written, config_warning) = crate::store::config::load_for_reader();
        let paging = cli.files.iter().all(|f| f.as_os_str() == "-")
            && !std::io::IsTerminal::is_terminal(&io::stdin());
        let formatter = crate::shell::cli::formatter(paging);
        if let Some(formatter) = formatter {
            config.format_for(formatter, written);
        }
        let unlooked = (paging && formatter.is_none()).then_some(written);
        let detected = crate::shell::probe::detect(
            cli.terminal_bidi.unwrap_or(config.terminal_bidi),
            std::io::IsTerminal::is_terminal(&io::stdout()),
        );
        if config.theme == ThemeName::Auto && detected.light_background == Some(true) {
            config.theme = ThemeName::Light;
        }
        let lang = crate::shell::cli::interface_lang(cli.lang, config.lang);
        if let Some(rule) = cli.paragraph_direction {
            config.text.paragraph_direction = rule;
        }
        Self {
            shape: cli.shape,
            remember: true,
            colors: crate::core::terminal::Colors::of(|k| std::env::var(k).ok()),
            config,
            config_warning,
            path: None,
            files: crate::reader::app::FileList::default(),
            feed: crate::reader::app::FeedRole::None,
            links: Vec::new(),
            notice: None,
            start: None,
            at_start: cli.at_start.clone(),
            profile: detected.profile,
            answers_pending: detected.answers_pending,
            stop,
            signal: caught,
            lang,
            unlooked,
            piped: None,
        }
    }

    /// Text piped in with no program that said what it wrote: when its
    /// first piece was laid out for the terminal (a man page, a table),
    /// read it at the terminal's width, as under man or git. Once; the
    /// reader judges the whole again (`piped`).
    pub fn look_at_piped(&mut self, first_piece: &Document) {
        if let Some(written) = self.unlooked.take() {
            let mut laid_out = self.config.clone();
            laid_out.format_for(Formatter::LaidOut, written);
            let columns = PipedColumns {
                prose: self.config.text.width,
                laid_out: laid_out.text.width,
            };
            self.config.text.width = columns.for_text(first_piece.text());
            self.piped = Some(columns);
        }
    }
}

impl ReaderOptions {
    /// An input's failure as the reader's status bar says it: in the
    /// interface's language when it is one qari words ([`InputError`]),
    /// else as the error says it.
    ///
    /// [`InputError`]: crate::core::notice::InputError
    pub fn said(&self, err: &anyhow::Error) -> String {
        let ui = crate::reader::messages::Interface::new(self.lang, self.config.digits);
        err.downcast_ref::<crate::core::notice::InputError>()
            .map_or_else(|| format!("{err:#}"), |e| ui.input_error(e))
    }
}
