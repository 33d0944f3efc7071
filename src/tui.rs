//! The interactive reader's shell: terminal set-up and restore, and the
//! synchronous event loop (event -> action -> apply -> draw).
//!
//! The terminal is put back however the reader ends (`terminal_guard`): a guard
//! restores it when `run` returns (quit or error), a chained panic hook restores
//! it before the panic message is printed, and SIGTERM/SIGHUP/SIGINT only raise a
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

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use crossterm::event::{
    self, Event, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use crate::annotate::ids::IdSource;
use crate::app::{App, Effect};
use crate::cli::{Cli, ShapeArg};
use crate::config::Config;
use crate::document::Document;
use crate::entities_worker::{EntitiesWorker, RECOGNIZE_MAX};
use crate::keymap::{Key, KeyCode};
use crate::layout::LayoutOptions;
use crate::loader::{LoadUpdate, Loading, Pending};
use crate::store::{self, SavedPosition, Store};
use crate::terminal_guard::{install_panic_hook, restore_terminal, TerminalGuard};
use crate::watchdog::Watchdog;

mod annotations;

/// How long the loop waits for an event before looking at the signal flag.
const POLL: Duration = Duration::from_millis(200);
/// The same while the rest of the document is being read, to swap it in soon.
const LOADING_POLL: Duration = Duration::from_millis(30);
/// A mouse drag held on the view's top or bottom edge scrolls a line this often.
const DRAG_REPEAT: Duration = Duration::from_millis(60);

#[derive(Debug, Clone)]
pub struct ReaderOptions {
    /// `--shape`, which wins over the configuration's.
    pub shape: Option<ShapeArg>,
    /// Remember and restore the reading position.
    pub remember: bool,
    /// Draw colours; false when `NO_COLOR` is set (styles only).
    pub colors: bool,
    /// The user's settings, and why they could not be used (for the status bar).
    pub config: Config,
    pub config_warning: Option<String>,
    /// The file read (`None` for standard input): its annotations are kept
    /// under its path too, to find them again after the file changed.
    pub path: Option<std::path::PathBuf>,
}

impl ReaderOptions {
    pub fn from_cli(cli: &Cli) -> Self {
        let (config, config_warning) = crate::store::config::load_for_reader();
        Self {
            shape: cli.shape,
            remember: true,
            colors: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            config,
            config_warning,
            path: cli.file.clone().filter(|p| p.as_os_str() != "-"),
        }
    }
}

/// Read the document interactively until the user quits or a signal arrives.
pub fn run(loading: Loading, opts: &ReaderOptions) -> anyhow::Result<()> {
    let Loading { document, pending } = loading;
    let options = LayoutOptions {
        width: None,
        shape: crate::terminal::resolve_shape(opts.shape.unwrap_or(opts.config.text.shape), true),
        fallback_direction: opts.config.text.direction.resolve(document.direction),
        ..LayoutOptions::default()
    };
    let (store, store_error) = if opts.remember {
        match Store::open() {
            Ok(store) => (Some(store), None),
            Err(err) => (None, Some(format!("reading position: {err}"))),
        }
    } else {
        (None, None)
    };

    let stop = Arc::new(AtomicBool::new(false));
    let mut signals = Vec::new();
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signals.push(
            signal_hook::flag::register(signal, Arc::clone(&stop))
                .context("installing signal handlers")?,
        );
    }
    let active = Arc::new(AtomicBool::new(false));
    install_panic_hook(Arc::clone(&active));
    let kept = store.clone();
    let watchdog = Watchdog::start(
        Arc::clone(&stop),
        move |last| {
            if let (Some(store), Some((Some(hash), offset))) = (kept, last) {
                // The process is ending because its terminal is gone: nobody to tell.
                // The marks were stored when they were set; keep them.
                let _ = store.save_offset(&hash, offset);
            }
        },
        restore_terminal,
    );
    let mut reader = Reader {
        pending,
        recognition: None,
        colors: opts.colors,
        write_shape: crate::terminal::resolve_shape(
            opts.shape.unwrap_or(opts.config.text.shape),
            false,
        ),
        store: store.as_ref(),
        path: opts.path.as_deref(),
        stop: &stop,
        watchdog: &watchdog,
    };
    let result = TerminalGuard::enter(active, opts.config.mouse).and_then(|guard| {
        let outcome = reader.read(document, options, opts, store_error);
        drop(guard);
        outcome
    });
    watchdog.finish();
    for id in signals {
        signal_hook::low_level::unregister(id);
    }
    let (hash, position, unsaved) = result?;
    if let Some(report) = unsaved {
        eprint!("{report}");
    }
    if let (Some(store), Some(hash)) = (&store, hash) {
        // The screen is gone by now, so the only place left to say it is stderr.
        if let Err(err) = store.save_position(&hash, position) {
            eprintln!("qari: warning: reading position not saved: {err}");
        }
    }
    Ok(())
}

/// What the event loop works with besides the app.
struct Reader<'a> {
    /// The rest of the document, while it is being read.
    pending: Option<Pending>,
    /// The recogniser's answer, while it works.
    recognition: Option<EntitiesWorker>,
    colors: bool,
    /// Shape Arabic in files written by `:w`, as `qari render` would for a file.
    write_shape: bool,
    store: Option<&'a Store>,
    /// The document's file, for the annotation store.
    path: Option<&'a std::path::Path>,
    stop: &'a AtomicBool,
    /// Saves the position if the terminal dies under the loop.
    watchdog: &'a Watchdog,
}

impl Reader<'_> {
    /// The event loop. Returns the hash of the whole document (`None` when the
    /// reader quit before it was read), the position (with the marks) to
    /// remember, and the annotations that could not be stored, for stderr.
    fn read(
        &mut self,
        doc: Document,
        options: LayoutOptions,
        opts: &ReaderOptions,
        store_error: Option<String>,
    ) -> anyhow::Result<(Option<String>, SavedPosition, Option<String>)> {
        let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))
            .context("starting the terminal UI")?;
        let size = terminal.size().context("reading the terminal size")?;
        let keymap = opts.config.keymap();
        let mut app = App::new(doc, options, keymap, size.width, size.height);
        app.configure(&opts.config);
        app.set_loading(self.pending.is_some());
        app.set_colors(self.colors);
        app.set_write_shape(self.write_shape);
        app.set_id_source(IdSource::for_process());
        if let Some(message) = &opts.config_warning {
            app.notify(message.clone());
        }
        if let Some(message) = store_error {
            app.notify(message);
        }
        if self.pending.is_none() {
            self.restore(&mut app);
            self.load_annotations(&mut app);
            self.start_recognition(&mut app);
        }
        while !app.should_quit() {
            terminal
                .draw(|frame| crate::ui::draw(&app, frame))
                .context("drawing")?;
            let go_on = self.wait_and_handle(&mut app)?;
            self.perform_effects(&mut app);
            if !go_on {
                break;
            }
            let hash = (!app.loading()).then(|| app.document().hash.clone());
            self.watchdog.publish((hash, app.position()));
        }
        let hash = (!app.loading()).then(|| app.document().hash.clone());
        let unsaved = annotations::last_try(self.store, self.path, &mut app);
        Ok((hash, saved_position(&app), unsaved))
    }

    /// Do what the app asked for: write a file (`:w`), store the marks.
    fn perform_effects(&self, app: &mut App) {
        for effect in app.take_effects() {
            match effect {
                Effect::WriteFile {
                    path,
                    text,
                    overwrite,
                } => {
                    let outcome = store::write_text_file(&path, &text, overwrite)
                        .map(|_| text.lines().count())
                        .map_err(|err| err.to_string());
                    app.file_written(&path, outcome);
                }
                Effect::SaveMarks => {
                    // A first piece has no hash yet: its marks are saved on quit.
                    if let (Some(store), false) = (self.store, app.loading()) {
                        let hash = app.document().hash.clone();
                        if let Err(err) = store.save_position(&hash, saved_position(app)) {
                            app.notify(format!("marks: {err}"));
                        }
                    }
                }
                Effect::SaveAnnotations => self.save_annotations(app),
            }
        }
    }

    /// Return to the remembered position of the (whole) document, if any.
    fn restore(&self, app: &mut App) {
        let Some(store) = self.store else { return };
        match store.load_position(&app.document().hash) {
            Ok(Some(saved)) => {
                app.set_marks(saved.marks);
                app.restore(saved.offset);
            }
            Ok(None) => {}
            Err(err) => app.notify(format!("reading position: {err}")),
        }
    }

    /// Swap in the whole document (or as much as could be read).
    fn finish_loading(&mut self, app: &mut App, update: LoadUpdate) {
        let message = update.message();
        match update {
            LoadUpdate::Complete(doc)
            | LoadUpdate::Capped { document: doc, .. }
            | LoadUpdate::Stopped {
                document: Some(doc),
                ..
            } => app.replace_document(doc),
            LoadUpdate::Stopped { document: None, .. } => {}
        }
        app.set_loading(false);
        if let Some(message) = message {
            app.notify(message);
        }
        self.pending = None;
        self.restore(app);
        app.marks_known();
        self.load_annotations(app);
        self.start_recognition(app);
    }

    /// Recognise the (whole) document's entities on a worker thread.
    fn start_recognition(&mut self, app: &mut App) {
        let text = app.document().text();
        let part = crate::entities_worker::recognised_part(text, RECOGNIZE_MAX).to_string();
        if part.len() < text.len() {
            let mib = RECOGNIZE_MAX >> 20;
            app.notify(format!("entities: recognised in the first {mib} MiB only"));
        }
        match EntitiesWorker::start(part) {
            Ok(worker) => {
                app.set_recognizing(true);
                self.recognition = Some(worker);
            }
            Err(err) => app.notify(format!("entities: {err}")),
        }
    }

    /// The recogniser's answer, if it has come; true when something changed.
    fn poll_recognition(&mut self, app: &mut App) -> bool {
        let Some(outcome) = self.recognition.as_ref().and_then(EntitiesWorker::poll) else {
            return false;
        };
        self.recognition = None;
        match outcome {
            Ok(recognition) => app.set_recognition(recognition),
            Err(err) => {
                app.set_recognizing(false);
                app.notify(format!("entities: {err}"));
            }
        }
        true
    }

    /// Wait for events (or the whole document) and apply them all; false when
    /// a signal asks to stop.
    fn wait_and_handle(&mut self, app: &mut App) -> anyhow::Result<bool> {
        loop {
            if self.stop.load(Ordering::SeqCst) {
                return Ok(false);
            }
            if let Some(update) = self.pending.as_ref().and_then(Pending::poll) {
                self.finish_loading(app, update);
                return Ok(true);
            }
            if self.poll_recognition(app) {
                return Ok(true);
            }
            // Hits still being counted: a slice between keys, never before one.
            if app.search_pending() && !event::poll(Duration::ZERO).context("waiting for input")? {
                app.search_step();
                return Ok(true);
            }
            // A drag held on the view's edge scrolls on while the mouse is still.
            if app.drag_scrolling() && !event::poll(DRAG_REPEAT).context("waiting for input")? {
                app.drag_tick();
                return Ok(true);
            }
            let timeout = if self.pending.is_some() || self.recognition.is_some() {
                LOADING_POLL
            } else {
                POLL
            };
            if event::poll(timeout).context("waiting for input")? {
                break;
            }
        }
        // Drain what is already queued (a wheel flood, a held key) before drawing.
        loop {
            let ev = event::read().context("reading input")?;
            app.set_clock(std::time::SystemTime::now());
            handle(app, &ev);
            if app.should_quit() || !event::poll(Duration::ZERO).context("waiting for input")? {
                return Ok(true);
            }
        }
    }
}

impl Reader<'_> {
    fn load_annotations(&self, app: &mut App) {
        if let Some(store) = self.store {
            annotations::load(store, self.path, app);
        }
    }

    fn save_annotations(&self, app: &mut App) {
        if let Some(store) = self.store {
            annotations::save(store, self.path, app);
        }
    }
}

/// What to remember of a reader: the position and the marks.
fn saved_position(app: &App) -> SavedPosition {
    SavedPosition {
        offset: app.position(),
        marks: app.marks().clone(),
    }
}

fn handle(app: &mut App, ev: &Event) {
    let key = match ev {
        Event::Key(k) if k.kind == KeyEventKind::Press => key_of(k),
        Event::Mouse(m) => match m.kind {
            // The pointer's place decides what scrolls (the panel or the article).
            MouseEventKind::ScrollDown => {
                app.wheel(m.column, m.row, true);
                None
            }
            MouseEventKind::ScrollUp => {
                app.wheel(m.column, m.row, false);
                None
            }
            MouseEventKind::Down(MouseButton::Left) => {
                app.click(m.column, m.row);
                app.drag_start(m.column, m.row);
                None
            }
            MouseEventKind::Drag(MouseButton::Left) => {
                app.drag_to(m.column, m.row);
                None
            }
            MouseEventKind::Up(MouseButton::Left) => {
                app.drag_end(m.column, m.row);
                None
            }
            _ => None,
        },
        Event::Resize(w, h) => {
            app.resize(*w, *h);
            None
        }
        _ => None,
    };
    if let Some(key) = key {
        app.press(key);
    }
}

/// A terminal key as a keymap key; shift is part of the character already.
fn key_of(k: &KeyEvent) -> Option<Key> {
    use crossterm::event::KeyCode as C;
    let code = match k.code {
        C::Char(c) => KeyCode::Char(c),
        C::Up => KeyCode::Up,
        C::Down => KeyCode::Down,
        C::Left => KeyCode::Left,
        C::Right => KeyCode::Right,
        C::PageUp => KeyCode::PageUp,
        C::PageDown => KeyCode::PageDown,
        C::Home => KeyCode::Home,
        C::End => KeyCode::End,
        C::Esc => KeyCode::Esc,
        C::Enter => KeyCode::Enter,
        C::Tab => KeyCode::Tab,
        C::Backspace => KeyCode::Backspace,
        C::Delete => KeyCode::Delete,
        _ => return None,
    };
    Some(Key {
        code,
        ctrl: k.modifiers.contains(KeyModifiers::CONTROL),
        alt: k.modifiers.contains(KeyModifiers::ALT),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keymap::Keymap;
    use crossterm::event::{KeyEventState, MouseEvent};

    fn press(code: crossterm::event::KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    fn app() -> App {
        let text: String = (0..100).map(|i| format!("p{i}\n")).collect();
        let doc = Document::from_bytes("t", text.as_bytes()).expect("text");
        App::new(doc, LayoutOptions::default(), Keymap::default(), 80, 11)
    }

    #[test]
    fn shifted_letters_and_control_keys_map_to_their_actions() {
        use crossterm::event::KeyCode as C;
        let mut a = app();
        handle(&mut a, &press(C::Char('G'), KeyModifiers::SHIFT));
        assert_eq!(a.anchor().paragraph, 90);
        handle(&mut a, &press(C::Char('b'), KeyModifiers::CONTROL));
        assert_eq!(a.anchor().paragraph, 80);
        handle(&mut a, &press(C::Char('?'), KeyModifiers::SHIFT));
        assert!(a.help_open());
        handle(&mut a, &press(C::Esc, KeyModifiers::NONE));
        assert!(!a.help_open());
    }

    #[test]
    fn only_presses_count_and_mouse_moves_are_ignored() {
        use crossterm::event::KeyCode as C;
        let mut a = app();
        let release = Event::Key(KeyEvent {
            code: C::Char('j'),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        });
        handle(&mut a, &release);
        assert_eq!(a.anchor().paragraph, 0);
        let mouse = |kind| {
            Event::Mouse(MouseEvent {
                kind,
                column: 3,
                row: 3,
                modifiers: KeyModifiers::NONE,
            })
        };
        handle(&mut a, &mouse(MouseEventKind::Moved));
        assert_eq!(a.anchor().paragraph, 0);
        handle(&mut a, &mouse(MouseEventKind::ScrollDown));
        assert_eq!(a.anchor().paragraph, crate::action::WHEEL_LINES);
        handle(&mut a, &mouse(MouseEventKind::ScrollUp));
        assert_eq!(a.anchor().paragraph, 0);
    }

    #[test]
    fn a_left_click_goes_to_the_app_and_e_opens_the_panel() {
        use crate::recognize::{Entity, Kind, Mention, Recognition};
        use crossterm::event::KeyCode as C;
        let mut a = app();
        // "p3" is paragraph 3: a place, mentioned once.
        let start = a.document().span(3).offset;
        a.set_recognition(Recognition {
            mentions: vec![Mention {
                kind: Kind::Location,
                span: start..start + 2,
                entity: 0,
                speaker: None,
            }],
            entities: vec![Entity {
                kind: Kind::Location,
                name: "p3".into(),
                mentions: vec![0],
            }],
        });
        handle(&mut a, &press(C::Char('e'), KeyModifiers::NONE));
        assert!(a.panel_open());
        let click = Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 1,
            row: 3,
            modifiers: KeyModifiers::NONE,
        });
        handle(&mut a, &click);
        assert_eq!(a.flash(), Some("location: p3"));
    }

    #[test]
    fn a_left_drag_selects_and_a_plain_click_does_not() {
        let mut a = app();
        let mouse = |kind, column| {
            Event::Mouse(MouseEvent {
                kind,
                column,
                row: 0,
                modifiers: KeyModifiers::NONE,
            })
        };
        handle(&mut a, &mouse(MouseEventKind::Down(MouseButton::Left), 0));
        handle(&mut a, &mouse(MouseEventKind::Up(MouseButton::Left), 0));
        assert!(a.selection().is_none());
        // "p0" on the first row: from its first cell to its second.
        handle(&mut a, &mouse(MouseEventKind::Down(MouseButton::Left), 0));
        handle(&mut a, &mouse(MouseEventKind::Drag(MouseButton::Left), 1));
        handle(&mut a, &mouse(MouseEventKind::Up(MouseButton::Left), 1));
        assert_eq!(a.selection().map(|s| s.range()), Some(0..2));
    }

    #[test]
    fn the_wheel_scrolls_what_is_under_the_pointer() {
        use crate::recognize::{Entity, Kind, Mention, Recognition};
        use crossterm::event::KeyCode as C;
        let mut a = app();
        // Each paragraph "pN" is a place of its own: a hundred panel rows.
        let (mentions, entities) = (0..100)
            .map(|i| {
                let start = a.document().span(i).offset;
                let mention = Mention {
                    kind: Kind::Location,
                    span: start..start + 2,
                    entity: i,
                    speaker: None,
                };
                let entity = Entity {
                    kind: Kind::Location,
                    name: format!("p{i}"),
                    mentions: vec![i],
                };
                (mention, entity)
            })
            .unzip();
        a.set_recognition(Recognition { mentions, entities });
        handle(&mut a, &press(C::Char('e'), KeyModifiers::NONE));
        let x = a.screen().panel.as_ref().expect("panel").x + 2;
        let wheel = |column| {
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::ScrollDown,
                column,
                row: 1,
                modifiers: KeyModifiers::NONE,
            })
        };
        handle(&mut a, &wheel(x));
        assert_eq!(a.anchor().paragraph, 0, "the article stays");
        assert_eq!(a.screen().panel.as_ref().expect("panel").top, 3);
        handle(&mut a, &wheel(1));
        assert_eq!(a.anchor().paragraph, 3);
    }

    #[test]
    fn resize_events_re_wrap() {
        let mut a = app();
        handle(&mut a, &Event::Resize(10, 3));
        assert!(a.screen().too_small);
        handle(&mut a, &Event::Resize(100, 30));
        assert_eq!(a.screen().column_width, 80);
    }
}
