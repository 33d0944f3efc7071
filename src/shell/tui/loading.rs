//! The loop's waiting, and the plumbing for what arrives while the reader
//! reads: the whole of a large document after its first piece, and the
//! recogniser's entities.
//!
//! Both come from other threads and are polled between events (with a short
//! timeout while they are due), never waited for, so no frame stalls. When the whole document arrives it is swapped in under
//! the reader, its remembered position and annotations are looked up (its hash
//! is known only now), and recognition starts on the worker thread.

use crate::reader::messages::Msg;
use std::sync::atomic::Ordering;
use std::time::Duration;

use anyhow::Context;
use crossterm::event;

use super::events::handle;
use super::Reader;
use crate::reader::app::App;
use crate::shell::entities_worker::{EntitiesWorker, Progress};
use crate::store::loader::{LoadUpdate, Pending};

/// How long the loop waits for an event before looking at the signal flag.
const POLL: Duration = Duration::from_millis(200);
/// The same while the rest of the document is being read, to swap it in soon.
const LOADING_POLL: Duration = Duration::from_millis(30);
/// A mouse drag held on the view's top or bottom edge scrolls a line this often.
const DRAG_REPEAT: Duration = Duration::from_millis(60);
/// How long "is more input ready?" may take. Not zero: crossterm's event
/// source (`use-dev-tty`, level-triggered) looks at the terminal only when
/// given some time, and with none it reports only events already parsed, so
/// bytes of a burst past its 1 KiB read would wait for the next key.
const READY: Duration = Duration::from_millis(1);

/// Whether an event is ready to be read now.
fn input_ready() -> anyhow::Result<bool> {
    event::poll(READY).context("waiting for input")
}

impl Reader<'_> {
    /// Swap in the whole document (or as much as could be read).
    pub(super) fn finish_loading(&mut self, app: &mut App, update: LoadUpdate) {
        let message = update.warning().map(|w| app.interface().warning(&w));
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
    pub(super) fn start_recognition(&mut self, app: &mut App) {
        match EntitiesWorker::start(app.document().shared_text()) {
            Ok(worker) => {
                app.set_recognizing(true);
                self.recognition = Some(worker);
            }
            Err(err) => app.notify(app.interface().failed(Msg::Entities, &err)),
        }
    }

    /// What the recogniser found since the last look; true when something
    /// changed.
    pub(super) fn poll_recognition(&mut self, app: &mut App) -> bool {
        let Some(worker) = self.recognition.as_ref() else {
            return false;
        };
        let mut changed = false;
        for progress in worker.poll() {
            changed = true;
            match progress {
                Progress::Found(found) => app.extend_recognition(found),
                Progress::Done => {
                    app.set_recognizing(false);
                    self.recognition = None;
                }
                Progress::Failed(err) => {
                    app.set_recognizing(false);
                    app.notify(app.interface().failed(Msg::Entities, &err));
                    self.recognition = None;
                }
                Progress::Capped(n) => {
                    app.set_recognizing(false);
                    let n = app.interface().number(n);
                    app.notify(app.interface().say(Msg::EntitiesCapped, &[("n", &n)]));
                    self.recognition = None;
                }
            }
        }
        changed
    }

    /// Wait for events (or the whole document) and apply them all; false when
    /// a signal asks to stop.
    pub(super) fn wait_and_handle(&mut self, app: &mut App) -> anyhow::Result<bool> {
        loop {
            if self.stop.load(Ordering::SeqCst) {
                return Ok(false);
            }
            if let Some(update) = self.pending.as_ref().and_then(Pending::poll) {
                self.finish_loading(app, update);
                return Ok(true);
            }
            let expired = self.flash.expire(app, std::time::Instant::now());
            if expired || self.poll_recognition(app) || self.rows_due() {
                return Ok(true);
            }
            // Notes another qari may have changed, a file grown at its end:
            // looked at once a second.
            if self.synced.due() {
                return Ok(true);
            }
            // Hits still being counted: a slice between keys, never before one.
            if app.search_pending() && !input_ready()? {
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
        // Drain what is already queued (a wheel flood, a held key, a burst of
        // typing) before drawing: every byte the terminal holds, not only
        // what crossterm read in one go.
        // Keys read in one go lay out a note being typed once, after them. No
        // look for more input after a quit: its bytes are the shell's.
        app.batch_keys(true);
        loop {
            let ev = event::read().context("reading input")?;
            app.set_clock(std::time::SystemTime::now());
            if !self.late_answers.drops(&ev, std::time::Instant::now()) {
                handle(app, &ev);
            }
            if app.should_quit() || !input_ready()? {
                app.batch_keys(false);
                return Ok(true);
            }
        }
    }
}
