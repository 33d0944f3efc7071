//! The interactive reader's shell: terminal set-up and restore, and the
//! synchronous event loop (event -> action -> apply -> draw).
//!
//! The terminal is put back however the reader ends (`terminal_guard`): a guard
//! restores it when `run` returns (quit or error), a chained panic hook restores
//! it before the panic message is printed, and SIGTERM/SIGHUP/SIGINT/SIGQUIT (and SIGUSR1/2, SIGALRM) only raise a
//! flag that the loop polls (with a timeout), so the reader leaves through the
//! same door as on `q` and saves its position. When the terminal itself is gone
//! the loop can be stuck inside crossterm; `watchdog` then takes over. Keys come from the terminal even when the
//! article comes from standard input: crossterm reads `/dev/tty` when standard
//! input is not a terminal.
//!
//! A large document comes in two steps (`loader`): the loop starts on its first
//! piece and polls more often until the whole arrives, then swaps it in. The
//! reading position is stored under the whole document's hash, so it is looked
//! up only then, and restored only if the reader has not scrolled meanwhile.
//! Quitting before the whole has arrived saves no position: its hash is not
//! known yet, waiting could take as long as the input (standard input may never
//! end), and a reader who leaves within the first moments has read nothing
//! worth remembering (while saving the top would overwrite a remembered place).
//!
//! Entities are recognised once the whole document is there, on one worker
//! thread (`entities_worker`) that sends the recognition back over a channel; the loop polls for
//! it like for the loader, so no frame ever waits for the recogniser. Whether to
//! draw colours (`NO_COLOR`) is decided here, once, and handed to the app, as
//! are the settings of `config.toml` (`ReaderOptions::config`); a configuration
//! that cannot be used is a notice in the status bar, and the defaults apply.

use std::io::{self, Write};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use anyhow::Context;
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use crate::core::document::Document;
use crate::core::terminal::Profile;
use crate::reader::annotate::ids::IdSource;
use crate::reader::app::{App, AppOptions};
use crate::shell::entities_worker::EntitiesWorker;
use crate::shell::terminal_guard::{
    install_panic_hook, restore_terminal, Restore, Suspender, TerminalGuard,
};
use crate::shell::watchdog::Watchdog;
use crate::store::loader::{Loading, Pending};
use crate::store::Store;
use qari_layout::LayoutOptions;

mod annotations;
mod effects;
mod events;
mod flash;
mod frame;
mod grown;
mod late_answers;
mod loading;
mod options;
mod outcome;
mod synced;

use effects::saved_position;
pub use options::ReaderOptions;
pub use outcome::Outcome;
use outcome::{exit_status, Ended};

/// Read the document interactively until the user quits, a signal arrives, or
/// the user leaves for another file.
pub fn run(loading: Loading, opts: &ReaderOptions) -> anyhow::Result<Outcome> {
    run_keeping(loading, opts).map(|(outcome, _)| outcome)
}

/// [`run`], handing back the document, once read whole, when the reader left
/// it for one of its links or another file (`Outcome::Step`), to read it again
/// afterwards.
pub fn run_keeping(
    loading: Loading,
    opts: &ReaderOptions,
) -> anyhow::Result<(Outcome, Option<Document>)> {
    let Loading { document, pending } = loading;
    let options = LayoutOptions {
        width: None,
        shape: opts
            .profile
            .shape(opts.shape.unwrap_or(opts.config.text.shape)),
        fallback_direction: opts.config.text.direction.resolve(document.direction),
        ..LayoutOptions::default()
    };
    let (store, store_error) = if opts.remember {
        match Store::open() {
            Ok(store) => (Some(store), None),
            Err(err) => {
                let ui = crate::reader::messages::Interface::new(opts.lang, opts.config.digits);
                (
                    None,
                    Some(ui.failed(crate::reader::messages::Msg::Position, &err)),
                )
            }
        }
    } else {
        (None, None)
    };

    let stop = Arc::clone(&opts.stop);
    let active = Arc::new(AtomicBool::new(false));
    let rows = crossterm::terminal::size().map_or(24, |(_, h)| h);
    let restore = Arc::new(Restore::for_profile(&opts.profile, rows));
    install_panic_hook(Arc::clone(&active), Arc::clone(&restore));
    let restore_at_end = Arc::clone(&restore);
    let active_at_end = Arc::clone(&active);
    let kept = store.clone();
    let kept_path = opts.path.clone();
    let caught_at_end = Arc::clone(&opts.signal);
    let watchdog = Watchdog::start(
        Arc::clone(&stop),
        move |last| {
            if let (Some(store), Some((Some(hash), offset))) = (kept, last) {
                // The process is ending because its terminal is gone: nobody to tell.
                // The marks were stored when they were set; keep them.
                let _ = store.save_offset(&hash, kept_path.as_deref(), offset);
            }
        },
        // Once, whoever comes first: the guard, the panic hook or this.
        move || {
            if active_at_end.swap(false, std::sync::atomic::Ordering::SeqCst) {
                restore_terminal(&restore_at_end);
            }
            // A loop stuck after a signal: end as that signal says.
            let status = exit_status(caught_at_end.load(std::sync::atomic::Ordering::SeqCst));
            if status != 0 {
                std::process::exit(i32::from(status));
            }
        },
    );
    let suspender = Suspender {
        active: Arc::clone(&active),
        restore: Arc::clone(&restore),
        mouse: opts.config.mouse,
    };
    let mut reader = Reader {
        suspender,
        suspend_asked: false,
        repaint_asked: false,
        grown: grown::Grown::new(opts.path.as_deref()),
        synced: synced::Synced::default(),
        pending,
        recognition: None,
        colors: opts.colors,
        write_shape: Profile::not_a_terminal().shape(opts.shape.unwrap_or(opts.config.text.shape)),
        store: store.as_ref(),
        path: opts.path.as_deref(),
        stop: &stop,
        watchdog: &watchdog,
        profile: &opts.profile,
        rows_set: None,
        rows_set_at: std::time::Instant::now(),
        told_inexact: false,
        send_orders: crate::ui::send_order::SendOrders::default(),
        late_answers: late_answers::LateAnswers::new(
            opts.answers_pending,
            std::time::Instant::now(),
        ),
        shown_at: None,
        flash: flash::FlashClock::default(),
        start: opts.start,
        at_start: opts.at_start.clone(),
    };
    let result =
        TerminalGuard::enter(active, opts.config.mouse, &opts.profile, restore).and_then(|guard| {
            let outcome = reader.read(document, options, opts, store_error);
            drop(guard);
            outcome
        });
    watchdog.finish();
    let Ended {
        hash,
        position,
        unsaved,
        failure,
        step,
        document,
        told_unsaved,
    } = result?;
    for kept in told_unsaved {
        // Standard error speaks English, as every command's warnings do.
        let path = kept.display().to_string();
        let path = qari_layout::display_text(&path);
        let said = crate::reader::messages::Interface::default().say(
            crate::reader::messages::Msg::UnsavedKept,
            &[("path", &path)],
        );
        let _ = writeln!(io::stderr(), "qari: {said}");
    }
    // Written, not `eprint!`ed: standard error may be the terminal that went
    // away, and a failed `eprint!` panics.
    let notes_lost = unsaved.is_some();
    if let Some(report) = unsaved {
        // Kept in a file too: after a hang-up, standard error goes nowhere.
        let kept = store.as_ref().map(|store| store.keep_unsaved(&report));
        let _ = io::Write::write_all(&mut io::stderr(), report.as_bytes());
        let _ = match kept {
            Some(Ok(path)) => writeln!(
                io::stderr(),
                "qari: the text above is kept in {}",
                qari_layout::display_text(&path.display().to_string())
            ),
            Some(Err(err)) => writeln!(io::stderr(), "qari: warning: it could not be kept: {err}"),
            None => Ok(()),
        };
    }
    if let (Some(store), Some(hash)) = (&store, hash) {
        // The screen is gone by now, so the only place left to say it is stderr.
        if let Err(err) = store.save_position(&hash, opts.path.as_deref(), position) {
            let _ = writeln!(
                io::stderr(),
                "qari: warning: reading position not saved: {err}"
            );
        }
    }
    if let Some(err) = failure {
        return Err(err);
    }
    if let Some(step) = step {
        return Ok((Outcome::Step(step), document));
    }
    // Notes that could not be stored (printed above) are trouble, as for any
    // other failure: status 2.
    Ok((
        Outcome::Exit(
            match exit_status(opts.signal.load(std::sync::atomic::Ordering::SeqCst)) {
                0 if notes_lost => 2,
                status => status,
            },
        ),
        None,
    ))
}

/// What the event loop works with besides the app.
struct Reader<'a> {
    /// Gives the terminal back on Ctrl-Z and takes it again on `fg`.
    suspender: Suspender,
    /// Ctrl-Z was pressed: stop once the events in hand are handled.
    suspend_asked: bool,
    /// `r`, `C-l` or `R` was pressed: clear the terminal and draw it whole.
    repaint_asked: bool,
    /// Whether the file changed since it was read, looked at its end.
    grown: grown::Grown,
    /// Notes another qari changed, read again.
    synced: synced::Synced,
    /// The rest of the document, while it is being read.
    pending: Option<Pending>,
    /// The recogniser's answer, while it works.
    recognition: Option<EntitiesWorker>,
    colors: crate::core::terminal::Colors,
    /// Shape Arabic in files written by `:w`, as `qari render` would for a file.
    write_shape: bool,
    store: Option<&'a Store>,
    /// The document's file, for the annotation store.
    path: Option<&'a std::path::Path>,
    stop: &'a AtomicBool,
    /// Saves the position if the terminal dies under the loop.
    watchdog: &'a Watchdog,
    profile: &'a Profile,
    /// The screen size whose rows were last given VTE's explicit mode, and when.
    rows_set: Option<ratatui::layout::Size>,
    rows_set_at: std::time::Instant,
    /// The user was told that the terminal cannot show some line exactly.
    told_inexact: bool,
    /// Rows' send orders, for a terminal that reorders.
    send_orders: crate::ui::send_order::SendOrders,
    /// Where the last frame showed the document from.
    shown_at: Option<usize>,
    /// Where to open the document, once it is whole (a `#fragment`).
    start: Option<usize>,
    /// less's `+command` from the command line, done once the article is read.
    at_start: Option<String>,
    /// Drops answers to the terminal queries that come after qari stopped waiting.
    late_answers: late_answers::LateAnswers,
    flash: flash::FlashClock,
}

/// How often VTE's rows behind a multiplexer are set explicit again: the
/// multiplexer may have dropped the sequences (no client attached yet when
/// qari started) or be drawing on another terminal since (re-attached).
const ROWS_AGAIN: std::time::Duration = std::time::Duration::from_secs(1);

impl Reader<'_> {
    /// Whether VTE's rows behind a multiplexer are due to be set again.
    fn rows_due(&self) -> bool {
        self.profile.switch == crate::core::terminal::Switch::VteExplicit
            && self.profile.passthrough != crate::core::terminal::Passthrough::Direct
            && self.rows_set_at.elapsed() >= ROWS_AGAIN
    }

    /// One round of the loop: draw, wait for events and handle them, carry
    /// out their effects; false when a signal asks to stop.
    fn step(
        &mut self,
        terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
        app: &mut App,
    ) -> anyhow::Result<bool> {
        self.draw(terminal, app)?;
        let go_on = self.wait_and_handle(app)?;
        self.perform_effects(app);
        self.grown.check(self.path, app);
        self.synced.check(self.store, self.path, app);
        if std::mem::take(&mut self.suspend_asked) {
            self.suspender.suspend(self.profile)?;
            // The screen is whatever the shell left: draw all of it.
            terminal.clear().context("drawing")?;
            self.rows_set = None;
        }
        if std::mem::take(&mut self.repaint_asked) {
            // The rows' modes are set again too: a program that wrote over
            // the screen may have changed them.
            terminal.clear().context("drawing")?;
            self.rows_set = None;
        }
        if go_on {
            let hash = (!app.loading()).then(|| app.document().hash.clone());
            self.watchdog.publish((hash, app.reading_place()));
        }
        Ok(go_on)
    }

    /// The event loop, until a quit, a signal or a terminal that fails.
    fn read(
        &mut self,
        doc: Document,
        options: LayoutOptions,
        opts: &ReaderOptions,
        store_error: Option<String>,
    ) -> anyhow::Result<Ended> {
        // Never dropped: ratatui's drop shows the cursor and, when that fails
        // (the terminal is gone), prints with `eprintln!`, which panics when
        // standard error is that dead terminal, before the position is saved.
        // The terminal guard shows the cursor again instead.
        let mut terminal = std::mem::ManuallyDrop::new(
            Terminal::new(CrosstermBackend::new(io::stdout()))
                .context("starting the terminal UI")?,
        );
        let size = terminal.size().context("reading the terminal size")?;
        let mut app = App::new(
            doc,
            AppOptions {
                config: opts.config.clone(),
                colors: self.colors != crate::core::terminal::Colors::None,
                italic: opts.profile.draws_italic_arabic(),
                loading: self.pending.is_some(),
                write_shape: self.write_shape,
                ids: Some(IdSource::for_process()),
                files: opts.files,
                feed: opts.feed,
                links: opts.links.clone(),
                lang: opts.lang,
                piped: opts.piped,
                ..AppOptions::new(options, opts.config.keymap(), size.width, size.height)
            },
        );
        let ui = crate::reader::messages::Interface::new(opts.lang, opts.config.digits);
        let config_warning = opts.config_warning.as_ref().map(|w| ui.config_warning(w));
        for message in config_warning.into_iter().chain(opts.notice.clone()) {
            app.notify(message);
        }
        if let Some(hint) = opts.profile.hint_at_start() {
            app.notify(hint.to_string());
            self.told_inexact = true;
        }
        if let Some(message) = store_error {
            app.notify(message);
        }
        // Notes a reader could not store when it last ended (a hang-up with a
        // note being written, a store that refused them): said once.
        // The status bar may cut the path: it is said again on standard
        // error when the reader ends.
        let told_unsaved = self
            .store
            .map(Store::take_untold_unsaved)
            .unwrap_or_default();
        for kept in &told_unsaved {
            let said = app.interface().say(
                crate::reader::messages::Msg::UnsavedKept,
                &[("path", &kept.display())],
            );
            app.notify(said);
        }
        if self.pending.is_none() {
            self.restore(&mut app);
            self.load_annotations(&mut app);
            self.start_recognition(&mut app);
        }
        // A terminal that fails to draw or read (gone, hung up) ends the loop
        // like a quit, so the position and notes are still kept; the error
        // is returned after that.
        // A panic (a bug) ends it the same way: the panic hook has given the
        // terminal back and printed the message by the time it is caught.
        let mut failure = None;
        while !app.should_quit() {
            let step = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                self.step(&mut terminal, &mut app)
            }));
            match step {
                Ok(Ok(true)) => {}
                Ok(Ok(false)) => break,
                Ok(Err(err)) => {
                    failure = Some(err);
                    break;
                }
                Err(_) => {
                    failure = Some(anyhow::anyhow!(
                        "an internal error ended the reader (reported above); \
                         the position and notes were still kept"
                    ));
                    break;
                }
            }
        }
        let hash = (!app.loading()).then(|| app.document().hash.clone());
        let draft = annotations::draft_report(&app);
        let unsaved = annotations::last_try(self.store, self.path, &mut app);
        let unsaved = match (unsaved, draft) {
            (Some(a), Some(b)) => Some(a + &b),
            (a, b) => a.or(b),
        };
        let step = app.file_step();
        let position = saved_position(&app);
        // Handed back when the reader leaves it for a link or another file,
        // once read whole: read again afterwards, or kept (standard input,
        // a file that could not be opened again).
        let document = (step.is_some() && !app.loading()).then(|| app.into_document());
        Ok(Ended {
            hash,
            position,
            unsaved,
            failure,
            step,
            document,
            told_unsaved,
        })
    }
}
