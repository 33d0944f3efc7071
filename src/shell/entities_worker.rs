//! Recognition off the UI thread: one worker thread per document.
//!
//! The recogniser reads the whole text (tens of MB/s), which a reader must not
//! wait for, so the event loop starts an [`EntitiesWorker`] once the whole
//! document is there and polls it between events, as it polls the loader. The
//! worker shares the document's text (it is not copied: a 50 MB line would
//! cost 50 MB more), so the document can be replaced or the reader closed
//! while it runs; it then finds nobody listening and stops.
//!
//! The whole document is recognised, a chunk at a time
//! ([`qari_recognize::StreamRecognizer`]), so its memory is bounded by a chunk
//! rather than growing with the text. What is found is sent in batches, each
//! at least an eighth as large as everything sent before it: the first
//! chunk's entities show at once; the app, which rebuilds its panel per batch,
//! does work linear in the document overall (the totals grow geometrically);
//! and what is on its way, held twice for a moment when the app takes it in,
//! stays a ninth of all that was found (with batches as large as all before
//! them, half: 25 MB more on a 50 MB line full of names).

use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;

use qari_recognize::stream::{chunk_end, Found, CHUNK_BYTES};
use qari_recognize::{Recognizer, StreamRecognizer};

/// What the worker sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// More mentions (offsets into the whole text; entity ids run on).
    Found(Found),
    /// The whole text is recognised.
    Done,
    /// Recognition could not start (the weights did not load), or a bug
    /// stopped it (the panic's message).
    Failed(String),
    /// Recognition stopped after this many mentions ([`MAX_MENTIONS`]).
    Capped(usize),
}

/// The most mentions a reader keeps (some 60 MB with the panel's index of
/// them): a 50 MB line of one name repeated has 2.8 million, which would
/// take the reader past twice its file's size; nobody reads that many
/// highlights.
pub const MAX_MENTIONS: usize = 1_000_000;

/// The worker thread's name: the panic hook leaves its panics to it (see
/// [`EntitiesWorker::start`]).
pub const THREAD: &str = "qari-entities";

/// A recognition running on its own thread.
#[derive(Debug)]
pub struct EntitiesWorker {
    answer: Receiver<Progress>,
}

/// Recognise `text` in chunks of `chunk` bytes, sending batches to `tx`;
/// stops early when nobody listens any more.
fn recognise(text: &str, chunk: usize, cap: usize, tx: &mpsc::Sender<Progress>) {
    let recognizer = match Recognizer::builtin() {
        Ok(r) => r,
        Err(e) => {
            let _ = tx.send(Progress::Failed(e.to_string()));
            return;
        }
    };
    // Presentation forms read as the letters they show; every span found in
    // the folded text is mapped back to the text as written.
    let folded = crate::core::compat::fold_text(text);
    let text = folded.as_ref().map_or(text, |f| f.text.as_str());
    let mut stream = StreamRecognizer::new(&recognizer);
    let mut pending = Found::default();
    let mut sent = 0usize;
    let mut total = 0usize;
    let mut rest = text;
    while !rest.is_empty() {
        if total >= cap {
            let _ = tx.send(Progress::Found(std::mem::take(&mut pending)));
            let _ = tx.send(Progress::Capped(total));
            return;
        }
        let end = chunk_end(rest, chunk);
        let mut found = stream.feed(&rest[..end]);
        if let Some(folded) = &folded {
            for mention in &mut found.mentions {
                mention.span = folded.original(mention.span.clone());
            }
        }
        rest = &rest[end..];
        total += found.mentions.len();
        pending.mentions.extend(found.mentions);
        pending.entities.extend(found.entities);
        if sent == 0 || pending.mentions.len() >= sent / 8 || rest.is_empty() {
            sent += pending.mentions.len().max(1);
            if tx
                .send(Progress::Found(std::mem::take(&mut pending)))
                .is_err()
            {
                return;
            }
        }
    }
    // An empty text has its answer too: nothing found, which the panel says.
    if sent == 0 && tx.send(Progress::Found(pending)).is_err() {
        return;
    }
    let _ = tx.send(Progress::Done);
}

impl EntitiesWorker {
    /// Recognise `text` (a document's whole text) on a new thread.
    pub fn start(text: Arc<String>) -> std::io::Result<Self> {
        Self::start_with_chunks(text, CHUNK_BYTES)
    }

    /// [`EntitiesWorker::start`] with chunks of `chunk` bytes (tests use small ones).
    pub fn start_with_chunks(text: Arc<String>, chunk: usize) -> std::io::Result<Self> {
        Self::start_capped(text, chunk, MAX_MENTIONS)
    }

    /// Stopping after `cap` mentions (tests use a small one).
    fn start_capped(text: Arc<String>, chunk: usize, cap: usize) -> std::io::Result<Self> {
        let (tx, answer) = mpsc::channel();
        std::thread::Builder::new()
            .name(THREAD.into())
            .spawn(move || {
                // A bug in the recogniser ends recognition, not the reader:
                // it is said in the status bar, and the terminal stays the
                // reader's (the panic hook prints nothing for this thread
                // while the reader has the terminal).
                let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    recognise(&text, chunk, cap, &tx);
                }));
                if let Err(payload) = run {
                    let said = payload
                        .downcast_ref::<&str>()
                        .map(ToString::to_string)
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    let _ = tx.send(Progress::Failed(format!(
                        "an internal error stopped it ({said})"
                    )));
                }
            })?;
        Ok(Self { answer })
    }

    /// What has come since the last look, oldest first; a worker that
    /// vanished without saying it was done reports a failure.
    pub fn poll(&self) -> Vec<Progress> {
        let mut out = Vec::new();
        loop {
            match self.answer.try_recv() {
                Ok(p) => out.push(p),
                Err(TryRecvError::Empty) => return out,
                Err(TryRecvError::Disconnected) => {
                    if !matches!(out.last(), Some(Progress::Done | Progress::Failed(_))) {
                        out.push(Progress::Failed("the recogniser stopped".to_string()));
                    }
                    return out;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use qari_recognize::Recognition;
    use std::time::{Duration, Instant};

    fn collect(worker: &EntitiesWorker) -> (Recognition, usize) {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut all = Recognition::default();
        let mut batches = 0;
        loop {
            for p in worker.poll() {
                match p {
                    Progress::Found(found) => {
                        batches += 1;
                        all.extend(found);
                    }
                    Progress::Done => return (all, batches),
                    Progress::Failed(e) => panic!("{e}"),
                    Progress::Capped(n) => panic!("capped at {n}"),
                }
            }
            assert!(Instant::now() < deadline, "no answer");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn the_answer_arrives_from_the_worker() {
        let text = "قال الرئيس نيكول باشينيان في 6 يناير 2022 إن الوضع خطير.\n";
        let worker = EntitiesWorker::start(Arc::new(text.to_string())).expect("thread");
        let (found, batches) = collect(&worker);
        let direct = Recognizer::builtin().expect("weights").recognize(text);
        assert_eq!(found, direct);
        assert_eq!(batches, 1);
        assert!(!found.mentions.is_empty());
    }

    #[test]
    fn an_empty_text_is_answered_with_nothing_found() {
        let worker = EntitiesWorker::start(Arc::new(String::new())).expect("thread");
        let (found, batches) = collect(&worker);
        assert_eq!(batches, 1);
        assert!(found.mentions.is_empty());
    }

    #[test]
    fn recognition_stops_after_the_most_mentions_a_reader_keeps() {
        let line = "وقال الرئيس نيكول باشينيان في يريفان يوم 6 يناير 2022 إن الوضع خطير.\n";
        let text = line.repeat(64);
        let chunk = 2 * (line.chars().count() + 1);
        let worker = EntitiesWorker::start_capped(Arc::new(text), chunk, 10).expect("thread");
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut mentions = 0;
        loop {
            let progress = worker.poll();
            let capped = progress.iter().find_map(|p| match p {
                Progress::Capped(n) => Some(*n),
                _ => None,
            });
            for p in progress {
                if let Progress::Found(found) = p {
                    mentions += found.mentions.len();
                }
            }
            if let Some(n) = capped {
                // Stopped soon after the cap, far before the 64 lines' end.
                assert!((10..20).contains(&n), "{n}");
                assert_eq!(mentions, n);
                return;
            }
            assert!(Instant::now() < deadline, "not capped");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn a_long_text_comes_whole_in_growing_batches() {
        let line = "وقال الرئيس نيكول باشينيان في يريفان يوم 6 يناير 2022 إن الوضع خطير.\n";
        let text = line.repeat(64);
        // Chunks of one line and a few bytes, fewer than the next line's.
        let chunk = 2 * (line.chars().count() + 1);
        let worker =
            EntitiesWorker::start_with_chunks(Arc::new(text.clone()), chunk).expect("thread");
        let (found, batches) = collect(&worker);
        let one = Recognizer::builtin().expect("weights").recognize(line);
        // Every line's mentions, to the end of the text; one entity per name.
        assert_eq!(found.mentions.len(), one.mentions.len() * 64);
        let chars = text.chars().count();
        assert!(found
            .mentions
            .last()
            .is_some_and(|m| m.span.end > chars - line.len()));
        let names = |r: &Recognition| {
            r.entities
                .iter()
                .filter(|e| e.kind != qari_recognize::Kind::Quote)
                .count()
        };
        assert_eq!(names(&found), names(&one));
        // Batches growing by an eighth: fewer than the 64 chunks, more than one.
        assert!((2..=40).contains(&batches), "{batches} batches");
    }
}
