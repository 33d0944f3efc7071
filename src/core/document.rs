//! A document: the text qari reads, split into paragraphs (the lines of the file).
//!
//! Decoding happens once, here, so every other part of qari agrees on what an
//! offset means: code points of the text after a leading BOM is dropped and CRLF
//! is read as LF. Invalid UTF-8 becomes U+FFFD (with a warning); a NUL byte, or
//! controls so dense that no text holds them ([`binary_at`]), mean binary data
//! and are refused. Other control characters are kept as they are: making them
//! visible is the layout's job, so offsets never shift.
//!
//! The text is shared, not copied, with whoever reads it on another thread
//! (the recogniser): a document of 50 MB must not cost 100. Offsets are code
//! points, and a paragraph can be one line of the whole file, so the document
//! remembers where every [`CHECKPOINT_BYTES`] of a long paragraph starts: a
//! code point's byte is then found by counting at most that many bytes, not
//! the paragraph up to it.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

use qari_layout::{self as layout, Direction};

use crate::core::notice::Warning;

/// Why bytes could not become a document.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DocumentError {
    #[error("looks like binary data (NUL or control byte at offset {0}), not text")]
    Binary(usize),
}

/// One paragraph: where it lies in the text, in bytes and code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParagraphSpan {
    pub byte_start: usize,
    pub byte_end: usize,
    /// Code point offset of the paragraph's first character in the document.
    pub offset: usize,
}

#[derive(Debug, Clone)]
pub struct Document {
    /// What the reader calls the document (file name or "standard input").
    pub name: String,
    /// An `Arc<String>` rather than an `Arc<str>`: the decoded `String` moves
    /// in without being copied.
    text: Arc<String>,
    paragraphs: Vec<ParagraphSpan>,
    /// (byte, code point offset) inside paragraphs longer than
    /// [`CHECKPOINT_BYTES`], one every that many bytes, in text order.
    checkpoints: Vec<(usize, usize)>,
    /// Code points in the whole text.
    len: usize,
    /// Direction of the first strong character of the document (LTR when none).
    pub direction: Direction,
    direction_final: bool,
    /// Hash of the decoded text, in hex: the document's identity for stored state.
    pub hash: String,
    /// Things the reader should be told (invalid UTF-8 replaced, ...).
    pub warnings: Vec<Warning>,
}

impl Document {
    /// Decode bytes into a document (a copy of them; see [`Document::from_vec`]).
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Result<Self, DocumentError> {
        Self::from_vec(name, bytes.to_vec())
    }

    /// Decode bytes into a document, taking ownership: valid UTF-8 without CR LF
    /// (the usual case) becomes the document's text without a copy, which
    /// matters for a file of a hundred megabytes. The rules are [`decode`]'s
    /// (which borrows, for text streamed a line at a time); a test holds the two
    /// to the same results.
    pub fn from_vec(name: impl Into<String>, mut bytes: Vec<u8>) -> Result<Self, DocumentError> {
        if let Some(pos) = binary_at(&bytes) {
            return Err(DocumentError::Binary(pos));
        }
        if bytes.starts_with(BOM) {
            bytes.drain(..BOM.len());
        }
        let (text, replaced_invalid) = match String::from_utf8(bytes) {
            Ok(s) => (s, false),
            Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
        };
        let text = if has_crlf(&text) {
            text.replace("\r\n", "\n")
        } else {
            text
        };
        let warnings = if replaced_invalid {
            vec![Warning::InvalidUtf8]
        } else {
            Vec::new()
        };
        Ok(Self::from_text(name, text, warnings))
    }

    fn from_text(name: impl Into<String>, text: String, warnings: Vec<Warning>) -> Self {
        let mut paragraphs = Vec::new();
        let mut checkpoints = Vec::new();
        let mut byte_start = 0;
        let mut offset = 0;
        let body = text.strip_suffix('\n').unwrap_or(&text);
        if !body.is_empty() || text.ends_with('\n') {
            for nl in memchr::memchr_iter(b'\n', body.as_bytes()).chain([body.len()]) {
                paragraphs.push(ParagraphSpan {
                    byte_start,
                    byte_end: nl,
                    offset,
                });
                offset += count_checkpointed(body, byte_start..nl, offset, &mut checkpoints) + 1;
                byte_start = nl + 1;
            }
        }
        // Every paragraph counted one line end; the last has one only when the
        // text ends with it. Counting here spares a second pass over the text.
        let len = (offset + usize::from(text.ends_with('\n'))).saturating_sub(1);
        let found = detect_direction(&text);
        let hash = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(text.as_bytes()));
        Self {
            name: name.into(),
            direction: found.unwrap_or_default(),
            direction_final: found.is_some() || text.len() >= DIRECTION_SCAN,
            text: Arc::new(text),
            paragraphs,
            checkpoints,
            len,
            hash,
            warnings,
        }
    }

    /// True when no text appended to this document could change its
    /// direction: a strong character decided it, or the text covers the whole
    /// window [`detect_direction`] looks at. A document read in pieces takes
    /// its first piece as far as this, so the piece agrees with the whole.
    pub fn direction_is_final(&self) -> bool {
        self.direction_final
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text, shared: for a thread that reads it while the reader goes on.
    pub fn shared_text(&self) -> Arc<String> {
        Arc::clone(&self.text)
    }

    /// Number of code points in the document.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there is nothing to read (no characters at all, or only line ends).
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    pub fn paragraph_count(&self) -> usize {
        self.paragraphs.len()
    }

    pub fn span(&self, index: usize) -> ParagraphSpan {
        self.paragraphs[index]
    }

    /// The text of paragraph `index` (without its line end).
    pub fn paragraph(&self, index: usize) -> &str {
        let p = self.paragraphs[index];
        &self.text[p.byte_start..p.byte_end]
    }

    /// Code point range of paragraph `index` in the document (from the
    /// offsets already counted: a paragraph ends a line end before the next
    /// begins, the last where the text ends, before a final line end).
    pub fn paragraph_range(&self, index: usize) -> Range<usize> {
        let p = self.paragraphs[index];
        let end = match self.paragraphs.get(index + 1) {
            Some(next) => next.offset - 1,
            None => self.len - usize::from(self.text.ends_with('\n')),
        };
        p.offset..end
    }

    /// The paragraph holding document offset `offset` (a line end belongs to the paragraph it ends).
    pub fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.offset <= offset)
            .saturating_sub(1)
    }

    /// The byte of paragraph `index`'s text (as [`Document::paragraph`] gives
    /// it) where code point `within` of it starts, and that code point: for
    /// `within` at or past its end, its length in bytes and code points.
    /// Counts at most [`CHECKPOINT_BYTES`] bytes, however long the paragraph.
    pub fn byte_in_paragraph(&self, index: usize, within: usize) -> (usize, usize) {
        let p = self.paragraphs[index];
        let target = p.offset.saturating_add(within);
        // The last checkpoint at or before the target, if it lies in this paragraph.
        let k = self
            .checkpoints
            .partition_point(|&(b, o)| o <= target && b <= p.byte_end);
        let (byte, offset) = match k.checked_sub(1).map(|k| self.checkpoints[k]) {
            Some((byte, offset)) if byte > p.byte_start && byte <= p.byte_end => (byte, offset),
            _ => (p.byte_start, p.offset),
        };
        let rest = &self.text[byte..p.byte_end];
        match rest.char_indices().nth(target - offset) {
            Some((b, _)) => (byte + b - p.byte_start, within),
            None => (
                p.byte_end - p.byte_start,
                offset + count_chars(rest) - p.offset,
            ),
        }
    }
}

/// A long paragraph gets a checkpoint every this many bytes: 16 bytes kept
/// for every 4 KiB of text (200 KB on a 50 MB line), and a code point found
/// from its offset after counting at most 4 KiB (the panel looks up every
/// quote's words, thousands on a long line, at every batch of entities).
pub const CHECKPOINT_BYTES: usize = 4 << 10;

/// Code points of `text[range]`, which starts at code point `offset`,
/// pushing a checkpoint every [`CHECKPOINT_BYTES`] bytes into it.
fn count_checkpointed(
    text: &str,
    range: Range<usize>,
    offset: usize,
    checkpoints: &mut Vec<(usize, usize)>,
) -> usize {
    let mut counted = 0;
    let mut at = range.start;
    while range.end - at > CHECKPOINT_BYTES {
        let mut next = at + CHECKPOINT_BYTES;
        while !text.is_char_boundary(next) {
            next -= 1;
        }
        counted += count_chars(&text[at..next]);
        checkpoints.push((next, offset + counted));
        at = next;
    }
    counted + count_chars(&text[at..range.end])
}

/// Code points in `s`, counted by bytes that do not continue a UTF-8 sequence.
///
/// Eight bytes at a time: a continuation byte is `10xxxxxx`, so bit 7 set and
/// bit 6 clear; the rest of the word's bytes are the code points.
pub fn count_chars(s: &str) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    let mut words = bytes.chunks_exact(8);
    let mut continuations = 0;
    for word in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        let w = u64::from_le_bytes(w);
        continuations += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    continuations += words
        .remainder()
        .iter()
        .filter(|&&b| b & 0xC0 == 0x80)
        .count();
    bytes.len() - continuations
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The CR test first: it is cheaper than a substring search, line by line.
fn has_crlf(s: &str) -> bool {
    memchr::memchr(b'\r', s.as_bytes()).is_some()
        && memchr::memmem::find(s.as_bytes(), b"\r\n").is_some()
}

/// The warning given when invalid UTF-8 had to be replaced.
pub const INVALID_UTF8_WARNING: &str = "invalid UTF-8 replaced with \u{FFFD}";

/// Text decoded from bytes, and whether invalid UTF-8 had to be replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub replaced_invalid: bool,
}

/// Decode `bytes` by the rules in the module docs: the one decoder for whole
/// documents and for text streamed a line at a time. Decoding a piece cut where
/// no UTF-8 sequence and no CR LF pair is split (after a line feed, say) gives
/// the same text as decoding the whole. `at_start`: the piece begins the text, so
/// a BOM there is dropped. The binary byte's offset is relative to `bytes`.
pub fn decode(bytes: &[u8], at_start: bool) -> Result<Decoded<'_>, DocumentError> {
    if let Some(pos) = binary_at(bytes) {
        return Err(DocumentError::Binary(pos));
    }
    let bytes = if at_start {
        bytes.strip_prefix(BOM).unwrap_or(bytes)
    } else {
        bytes
    };
    // simdutf8 validates Arabic text several times faster than std, and a
    // search or render of a large file spends much of its time here.
    let (text, replaced_invalid) = match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), false),
        Err(_) => (String::from_utf8_lossy(bytes), true),
    };
    let text = if has_crlf(&text) {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        text
    };
    Ok(Decoded {
        text,
        replaced_invalid,
    })
}

/// The fewest controls that make a piece binary, so that a short line with
/// a stray control or two stays text.
const BINARY_CONTROLS: usize = 8;

/// Where `bytes` show they are no text: the first NUL byte; else, when
/// controls that no text holds make one byte in 32 or more of the piece
/// (random or compressed data, which need hold no NUL), the first of them.
/// Tabs, line ends, form feeds and a pager's escapes and overstrikes are
/// text; one byte in 32 is ten times what any file of text we have shows,
/// and a third of what random bytes do. Bytes in any ASCII-compatible
/// encoding (UTF-16 has its own zeros).
pub fn binary_at(bytes: &[u8]) -> Option<usize> {
    if let Some(pos) = memchr::memchr(0, bytes) {
        return Some(pos);
    }
    // First the C0 controls but the line feed, in a count the compiler makes
    // wide: text holds few, and the exact count is needed only past them.
    let low: usize = bytes
        .chunks(255)
        .map(|run| {
            let n = run
                .iter()
                .fold(0u8, |n, &b| n + u8::from((b < 0x20) & (b != b'\n')));
            usize::from(n)
        })
        .sum();
    if low < BINARY_CONTROLS || low * 32 < bytes.len() {
        return None;
    }
    let controls = bytes.iter().filter(|&&b| binary_control(b)).count();
    if controls < BINARY_CONTROLS || controls * 32 < bytes.len() {
        return None;
    }
    bytes.iter().position(|&b| binary_control(b))
}

/// A C0 control other than white space, backspace and escape.
fn binary_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, 0x08..=0x0D | 0x1B)
}

/// How far [`detect_direction`] looks for a strong character.
const DIRECTION_SCAN: usize = 1 << 20;

/// Direction of the first strong character within the first MiB of `text`.
pub fn detect_direction(text: &str) -> Option<Direction> {
    let mut scan = DirectionScan::default();
    for paragraph in text.split('\n') {
        if scan.is_done() {
            break;
        }
        if let Some(direction) = scan.feed(paragraph) {
            return Some(direction);
        }
    }
    None
}

/// [`detect_direction`] for text that arrives a paragraph at a time (`qari
/// render` streams): the same rule, the same MiB limit.
#[derive(Debug, Default, Clone)]
pub struct DirectionScan {
    /// Bytes looked at so far, line ends included.
    scanned: usize,
}

impl DirectionScan {
    /// Look at the next paragraph (without its line end); `Some` once the
    /// document's direction is decided by a strong character.
    pub fn feed(&mut self, paragraph: &str) -> Option<Direction> {
        let mut end = paragraph
            .len()
            .min(DIRECTION_SCAN.saturating_sub(self.scanned));
        while !paragraph.is_char_boundary(end) {
            end -= 1;
        }
        self.scanned = self.scanned.saturating_add(paragraph.len() + 1);
        layout::paragraph_direction(&paragraph[..end])
    }

    /// True once the limit is passed without a strong character: the document
    /// then has the default direction (LTR).
    pub fn is_done(&self) -> bool {
        self.scanned >= DIRECTION_SCAN
    }
}

#[cfg(test)]
mod tests;
