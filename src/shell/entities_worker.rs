//! Recognition off the UI thread: one worker thread per document.
//!
//! The recogniser reads the whole text (about 10 MB/s), which a reader must not
//! wait for, so the event loop starts a [`EntitiesWorker`] once the whole
//! document is there and polls it between events, as it polls the loader. The
//! worker owns a copy of the text, so the document can be replaced or the reader
//! closed while it runs; its answer then goes nowhere and the thread ends.
//!
//! The recogniser's memory grows with the words it reads (a few hundred bytes
//! each), so it reads at most [`RECOGNIZE_MAX`] of a document ([`recognised_part`],
//! up to a line end): a long book whole, but not the gigabyte the loader may
//! keep of an endless input. Offsets of a prefix are those of the document.

use std::sync::mpsc::{self, Receiver, TryRecvError};

use qari_recognize::{Recognition, Recognizer};

/// Bytes of a document the recogniser reads at most.
pub const RECOGNIZE_MAX: usize = 4 << 20;

/// The part of `text` to recognise: all of it when it is at most `max`
/// bytes, else up to the last line end within `max` (or the last whole
/// character, for one long line).
pub fn recognised_part(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let head = &text.as_bytes()[..max];
    let end = match memchr::memrchr(b'\n', head) {
        Some(nl) => nl + 1,
        None => (0..=max)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0),
    };
    &text[..end]
}

/// A recognition running on its own thread.
#[derive(Debug)]
pub struct EntitiesWorker {
    answer: Receiver<Result<Recognition, String>>,
}

impl EntitiesWorker {
    /// Recognise `text` (a document's whole text) on a new thread.
    pub fn start(text: String) -> std::io::Result<Self> {
        let (tx, answer) = mpsc::channel();
        std::thread::Builder::new()
            .name("qari-entities".into())
            .spawn(move || {
                let found = Recognizer::builtin()
                    .map(|r| crate::core::compat::recognize(&r, &text))
                    .map_err(|e| e.to_string());
                // The reader may have quit meanwhile: nobody is waiting then.
                let _ = tx.send(found);
            })?;
        Ok(Self { answer })
    }

    /// The answer, once it has come (an error message if recognition failed).
    pub fn poll(&self) -> Option<Result<Recognition, String>> {
        match self.answer.try_recv() {
            Ok(found) => Some(found),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the recogniser stopped".to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn a_long_text_is_recognised_up_to_a_line_end_within_the_limit() {
        assert_eq!(recognised_part("ab\ncd\n", 10), "ab\ncd\n");
        assert_eq!(recognised_part("ab\ncd\nef\n", 7), "ab\ncd\n");
        assert_eq!(recognised_part("ab\ncd\nef\n", 5), "ab\n");
        // One long line: whole characters (two bytes each) within the limit.
        assert_eq!(recognised_part("بببب", 5), "بب");
    }

    #[test]
    fn the_answer_arrives_from_the_worker() {
        let text = "قال الرئيس نيكول باشينيان في 6 يناير 2022 إن الوضع خطير.\n";
        let worker = EntitiesWorker::start(text.to_string()).expect("thread");
        let deadline = Instant::now() + Duration::from_secs(30);
        let found = loop {
            if let Some(found) = worker.poll() {
                break found.expect("recognised");
            }
            assert!(Instant::now() < deadline, "no answer");
            std::thread::sleep(Duration::from_millis(10));
        };
        let direct = Recognizer::builtin().expect("weights").recognize(text);
        assert_eq!(found, direct);
        assert!(!found.mentions.is_empty());
    }
}
