//! Loading a document in the background, so the first screen never waits for
//! the whole file.
//!
//! The reader needs only a screenful to start, but a document's identity (its
//! hash) and its length need every byte. So the first piece of the input (about
//! a MiB, up to the end of a line) becomes a [`Document`] at once, and a thread
//! reads the rest, builds the whole document and sends it over a channel.
//!
//! The piece is a true prefix of the whole: it ends after a line feed, where
//! decoding never splits a UTF-8 sequence or a CR LF pair, so its paragraphs,
//! their offsets and text are those of the whole document. A line that goes
//! on for more than another MiB (a file without line feeds, `tr '\0' a <
//! /dev/zero`) is cut instead, after an ASCII byte other than CR, where
//! decoding splits nothing either: the piece's last paragraph is then the
//! beginning of the whole's, and the first screen never waits for a line end
//! that may never come. The document's
//! direction is decided within its first MiB ([`crate::core::document::detect_direction`]),
//! so the piece is extended until [`Document::direction_is_final`] says nothing
//! later can change it, unless a slow pipe has nothing more yet: then the
//! piece is what has come, and the whole may bring another direction. Trouble in the rest of the input (binary bytes, a read
//! error) does not end the reader: it keeps the text up to the last full line
//! before the trouble and is told where loading stopped.
//!
//! An input may never end (`yes | qari -`), so the reader keeps at most
//! [`Limits::DEFAULT`]: a GiB of text and ten million lines (each line costs
//! a paragraph record besides its text, so a stream of short lines fills the
//! memory long before its bytes would). Reading stops there, at a line end, and
//! the reader says so; the background thread keeps the first screen responsive
//! meanwhile. `qari render` and `qari search` stream instead and need no cap.
//!
//! The loader only reads from a stream it is given; opening files stays in
//! [`crate::store::input`].

use std::io::{BufRead, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;
use std::thread;

use crate::core::document::{binary_at, Document, DocumentError};
use crate::core::notice::{Limit, Warning};
use crate::core::paragraphs::io_reason;

/// Size of the first piece, before it is extended to the end of its line.
pub const FIRST_CHUNK: usize = 1 << 20;
/// The background thread reads this much between looks at the cancel flag.
const READ_CHUNK: usize = 1 << 20;

/// How much of an input the reader keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of text.
    pub bytes: usize,
    /// Lines (paragraphs).
    pub lines: usize,
}

impl Limits {
    /// A GiB of text, ten million lines.
    pub const DEFAULT: Self = Self {
        bytes: 1 << 30,
        lines: 10_000_000,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Which limit stopped the reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cap {
    Bytes(usize),
    Lines(usize),
}

impl Cap {
    /// Reading `name` stopped here.
    pub fn warning(self, name: &str) -> Warning {
        Warning::Stopped {
            name: name.to_string(),
            at: match self {
                Self::Bytes(n) => Limit::Bytes(n),
                Self::Lines(n) => Limit::Lines(n),
            },
        }
    }

    /// "stopped reading standard input at 1 GiB".
    pub fn message(self, name: &str) -> String {
        self.warning(name).to_string()
    }
}

/// Why the first piece could not be read: the reader does not start.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}", io_reason(.0))]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Document(#[from] DocumentError),
}

/// The reason loading stops at binary bytes ([`binary_at`]).
pub const BINARY: &str = "binary data";

/// What the background thread found at the end.
#[derive(Debug)]
pub enum LoadUpdate {
    /// The whole document.
    Complete(Document),
    /// Loading stopped early; `document` holds the text up to the last full
    /// line before byte `at` of the input, when that is more than was shown.
    Stopped {
        document: Option<Document>,
        at: u64,
        reason: String,
    },
    /// The input went on past a [`Limits`]: the document up to there.
    Capped { document: Document, cap: Cap },
}

impl LoadUpdate {
    /// What to tell the reader when loading stopped early.
    pub fn warning(&self) -> Option<Warning> {
        match self {
            Self::Complete(_) => None,
            Self::Stopped { at, reason, .. } => Some(Warning::Broke {
                at: *at,
                reason: reason.clone(),
            }),
            Self::Capped { document, cap } => Some(cap.warning(&document.name)),
        }
    }

    /// [`LoadUpdate::warning`], said in English.
    pub fn message(&self) -> Option<String> {
        self.warning().map(|w| w.to_string())
    }
}

/// A document being loaded: the first piece now, the rest later.
#[derive(Debug)]
pub struct Loading {
    /// The first piece, or the whole document when [`Loading::pending`] is `None`.
    pub document: Document,
    pub pending: Option<Pending>,
}

/// The rest of a document, still being read. Dropping it stops the reading.
#[derive(Debug)]
pub struct Pending {
    updates: Receiver<LoadUpdate>,
    cancel: Arc<AtomicBool>,
}

impl Pending {
    /// The result, once the thread is done; `None` while it is still reading.
    pub fn poll(&self) -> Option<LoadUpdate> {
        match self.updates.try_recv() {
            Ok(update) => Some(update),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(LoadUpdate::Stopped {
                document: None,
                at: 0,
                reason: "the loader failed".to_string(),
            }),
        }
    }

    /// Block until the result is there (tests and benchmarks).
    pub fn wait(self) -> LoadUpdate {
        self.updates.recv().unwrap_or_else(|_| LoadUpdate::Stopped {
            document: None,
            at: 0,
            reason: "the loader failed".to_string(),
        })
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::SeqCst);
    }
}

/// Read the first piece of `input` into a document named `name` and, unless
/// that was all, go on reading the rest on a thread. `size_hint` (a file's
/// length) saves the growing buffer its copies. Binary bytes or a read error in
/// the first piece is an error here, before any screen is shown.
pub fn start(
    name: &str,
    input: Box<dyn BufRead + Send>,
    size_hint: Option<u64>,
) -> Result<Loading, LoadError> {
    start_with(name, input, size_hint, Limits::DEFAULT)
}

/// [`start`], keeping at most `limits` of the input.
pub fn start_with(
    name: &str,
    mut input: Box<dyn BufRead + Send>,
    size_hint: Option<u64>,
    limits: Limits,
) -> Result<Loading, LoadError> {
    let capacity = size_hint.map_or(FIRST_CHUNK, |n| usize::try_from(n).unwrap_or(0));
    let mut bytes = Vec::new();
    // A hint, not a promise: when the memory cannot be had up front, the
    // buffer grows as it is read instead of aborting here.
    let _ = bytes.try_reserve_exact(capacity.min(limits.bytes).saturating_add(1));
    loop {
        let Piece {
            mut complete,
            mut shown,
            waiting,
        } = read_piece(&mut input, &mut bytes, limits.bytes)?;
        let cap = cut_at_limits(&mut bytes, 0, limits);
        complete |= cap.is_some();
        if complete {
            shown = bytes.len();
        }
        let mut document = Document::from_bytes(name, &bytes[..shown])?;
        if complete {
            if let Some(cap) = cap {
                document.warnings.push(cap.warning(name));
            }
            return Ok(Loading {
                document,
                pending: None,
            });
        }
        // A slow pipe is shown as far as it has come even when nothing in it
        // has decided the direction yet (`(echo 1; sleep 20) | qari`): the
        // whole, when it comes, replaces the piece with its own direction.
        if document.direction_is_final() || waiting {
            let (sender, updates) = mpsc::channel();
            let cancel = Arc::new(AtomicBool::new(false));
            let stop = Arc::clone(&cancel);
            let name = name.to_string();
            thread::Builder::new()
                .name("qari-loader".to_string())
                .spawn(move || {
                    if let Some(update) = read_rest(&name, input, (bytes, shown), &stop, limits) {
                        // The reader may have quit: nobody to tell, nothing lost.
                        let _ = sender.send(update);
                    }
                })?;
            return Ok(Loading {
                document,
                pending: Some(Pending { updates, cancel }),
            });
        }
    }
}

/// What [`read_piece`] read.
struct Piece {
    /// The input has ended.
    complete: bool,
    /// Where the piece to show ends.
    shown: usize,
    /// A pipe had nothing more yet: the piece is what has come.
    waiting: bool,
}

/// Append [`FIRST_CHUNK`] bytes and the rest of the line they end in, when
/// it ends within another [`FIRST_CHUNK`], never going past `max` bytes (one
/// more, to tell that the input goes on). Says whether the input ended and
/// where the piece to show ends: at the end of what was read, or, in a line
/// that goes on, at a cut made by [`cut_in_line`].
fn read_piece(input: &mut dyn BufRead, bytes: &mut Vec<u8>, max: usize) -> std::io::Result<Piece> {
    let from = bytes.len();
    match read_whole_piece(input, bytes, max) {
        // A pipe that has nothing more yet (`input/arriving.rs`): the
        // piece is the whole lines that have come; the rest follows.
        Err(err) if err.kind() == std::io::ErrorKind::TimedOut => {
            let shown = memchr::memrchr(b'\n', &bytes[from..]).map_or(from, |nl| from + nl + 1);
            Ok(Piece {
                complete: false,
                shown,
                waiting: true,
            })
        }
        read => read.map(|(complete, shown)| Piece {
            complete,
            shown,
            waiting: false,
        }),
    }
}

fn read_whole_piece(
    input: &mut dyn BufRead,
    bytes: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<(bool, usize)> {
    let room = |bytes: &Vec<u8>| (max + 1).saturating_sub(bytes.len()) as u64;
    let from = bytes.len();
    let chunk = (FIRST_CHUNK as u64).min(room(bytes));
    let want = bytes.len() as u64 + chunk;
    (&mut *input).take(chunk).read_to_end(bytes)?;
    if (bytes.len() as u64) < want {
        return Ok((true, bytes.len()));
    }
    if !bytes.ends_with(b"\n") {
        let more = (FIRST_CHUNK as u64).min(room(bytes));
        (&mut *input).take(more).read_until(b'\n', bytes)?;
        if bytes.len() > max {
            return Ok((true, bytes.len()));
        }
        if !bytes.ends_with(b"\n") {
            if input.fill_buf()?.is_empty() {
                return Ok((true, bytes.len()));
            }
            return Ok((false, cut_in_line(bytes, from)));
        }
    }
    Ok((input.fill_buf()?.is_empty(), bytes.len()))
}

/// Where to end a piece inside a line that goes on, at or after `from`: after
/// its last ASCII byte other than CR, where decoding the piece gives exactly
/// the beginning of what decoding the whole gives (no UTF-8 sequence, invalid
/// one or CR LF pair goes on past an ASCII byte); in a stretch without one,
/// between whole characters.
fn cut_in_line(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .rposition(|&b| b.is_ascii() && b != b'\r')
        .map_or_else(
            || crate::core::paragraphs::cut_point(bytes),
            |i| from + i + 1,
        )
}

/// When `bytes` go past `limits`, cut them back (to a line end after byte
/// `keep`, else within the line, between characters) and say which limit
/// it was. `keep` is what is already shown: the cut never goes below it.
fn cut_at_limits(bytes: &mut Vec<u8>, keep: usize, limits: Limits) -> Option<Cap> {
    // The end of the last line allowed, when more follows within the byte limit.
    let lines_end = limits
        .lines
        .checked_sub(1)
        .and_then(|n| memchr::memchr_iter(b'\n', bytes).nth(n))
        .map(|nl| nl + 1)
        .filter(|&end| end < bytes.len() && end <= limits.bytes);
    let (cut, cap) = match lines_end {
        Some(end) => (end, Cap::Lines(limits.lines)),
        None if bytes.len() > limits.bytes => (limits.bytes, Cap::Bytes(limits.bytes)),
        None => return None,
    };
    let keep = keep.min(cut);
    let end = match memchr::memrchr(b'\n', &bytes[keep..cut]) {
        Some(nl) => keep + nl + 1,
        // One line longer than the limit: keep whole characters of it.
        None => keep.max(crate::core::paragraphs::cut_point(&bytes[..cut])),
    };
    bytes.truncate(end);
    Some(cap)
}

/// The background half: read to the end (or to trouble) and build the
/// document. `None` when cancelled.
fn read_rest(
    name: &str,
    mut input: Box<dyn BufRead + Send>,
    (mut bytes, shown): (Vec<u8>, usize),
    cancel: &AtomicBool,
    limits: Limits,
) -> Option<LoadUpdate> {
    let mut lines = memchr::memchr_iter(b'\n', &bytes).count();
    // Bytes read with the first piece but left out of it (the rest of a long
    // line) are looked at as the rest of the input is.
    let trouble = match binary_at(&bytes[shown..]) {
        Some(at) => {
            bytes.truncate(shown + at);
            Some((shown + at, BINARY.to_string()))
        }
        None => loop {
            if cancel.load(Ordering::SeqCst) {
                return None;
            }
            let before = bytes.len();
            // One byte past the limit tells that the input goes on.
            let room = (limits.bytes + 1).saturating_sub(before);
            match (&mut input)
                .take(READ_CHUNK.min(room) as u64)
                .read_to_end(&mut bytes)
            {
                Ok(0) => break None,
                Ok(_) => {
                    if let Some(binary) = binary_at(&bytes[before..]) {
                        bytes.truncate(before + binary);
                        break Some((before + binary, BINARY.to_string()));
                    }
                    lines += memchr::memchr_iter(b'\n', &bytes[before..]).count();
                    if bytes.len() > limits.bytes || lines > limits.lines {
                        if let Some(cap) = cut_at_limits(&mut bytes, shown, limits) {
                            return Some(capped(name, bytes, cap));
                        }
                    }
                }
                Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
                Err(err) => break Some((bytes.len(), io_reason(&err))),
            }
        },
    };
    let Some((at, reason)) = trouble else {
        return Some(match Document::from_vec(name, bytes) {
            Ok(document) => LoadUpdate::Complete(document),
            // The binary checks above make this unreachable; say so if not.
            Err(err) => LoadUpdate::Stopped {
                document: None,
                at: 0,
                reason: err.to_string(),
            },
        });
    };
    let line_end = memchr::memrchr(b'\n', &bytes).map_or(0, |i| i + 1);
    bytes.truncate(line_end);
    let document = (line_end > shown)
        .then(|| Document::from_vec(name, bytes).ok())
        .flatten();
    Some(LoadUpdate::Stopped {
        document,
        at: at as u64,
        reason,
    })
}

/// The document kept when the input went past a limit.
fn capped(name: &str, bytes: Vec<u8>, cap: Cap) -> LoadUpdate {
    match Document::from_vec(name, bytes) {
        Ok(document) => LoadUpdate::Capped { document, cap },
        // Binary bytes end the reading before the limits are looked at.
        Err(err) => LoadUpdate::Stopped {
            document: None,
            at: 0,
            reason: err.to_string(),
        },
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod cap_tests;
