//! A document: the text qari reads, split into paragraphs (the lines of the file).
//!
//! Decoding happens once, here, so every other part of qari agrees on what an
//! offset means: code points of the text after a leading BOM is dropped and CRLF
//! is read as LF. Invalid UTF-8 becomes U+FFFD (with a warning); NUL bytes mean
//! binary data and are refused. Control characters are kept as they are: making
//! them visible is the layout's job, so offsets never shift.

use std::borrow::Cow;
use std::ops::Range;

use qari_layout::{self as layout, Direction};

/// Why bytes could not become a document.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DocumentError {
    #[error("looks like binary data (NUL byte at offset {0}), not text")]
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
    text: String,
    paragraphs: Vec<ParagraphSpan>,
    /// Code points in the whole text.
    len: usize,
    /// Direction of the first strong character of the document (LTR when none).
    pub direction: Direction,
    direction_final: bool,
    /// Hash of the decoded text, in hex: the document's identity for stored state.
    pub hash: String,
    /// Things the reader should be told (invalid UTF-8 replaced, ...).
    pub warnings: Vec<String>,
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
        if let Some(pos) = memchr::memchr(0, &bytes) {
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
            vec![INVALID_UTF8_WARNING.to_string()]
        } else {
            Vec::new()
        };
        Ok(Self::from_text(name, text, warnings))
    }

    fn from_text(name: impl Into<String>, text: String, warnings: Vec<String>) -> Self {
        let mut paragraphs = Vec::new();
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
                offset += count_chars(&body[byte_start..nl]) + 1;
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
            text,
            paragraphs,
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

    /// Code point range of paragraph `index` in the document.
    pub fn paragraph_range(&self, index: usize) -> Range<usize> {
        let p = self.paragraphs[index];
        p.offset..p.offset + count_chars(self.paragraph(index))
    }

    /// The paragraph holding document offset `offset` (a line end belongs to the paragraph it ends).
    pub fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.offset <= offset)
            .saturating_sub(1)
    }
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
/// a BOM there is dropped. The NUL offset is relative to `bytes`.
pub fn decode(bytes: &[u8], at_start: bool) -> Result<Decoded<'_>, DocumentError> {
    if let Some(pos) = memchr::memchr(0, bytes) {
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
mod tests {
    use super::*;

    fn doc(bytes: &[u8]) -> Document {
        Document::from_bytes("t", bytes).expect("text")
    }

    #[test]
    fn paragraphs_are_lines_with_code_point_offsets() {
        let d = doc("سلام\nab\n\nج".as_bytes());
        assert_eq!(d.paragraph_count(), 4);
        assert_eq!(d.paragraph(0), "سلام");
        assert_eq!(d.paragraph(2), "");
        assert_eq!(d.paragraph_range(1), 5..7);
        assert_eq!(d.paragraph_range(3), 9..10);
        assert_eq!(d.paragraph_at(4), 0);
        assert_eq!(d.paragraph_at(5), 1);
        assert_eq!(d.paragraph_at(9), 3);
        assert_eq!(d.len(), 10);
    }

    #[test]
    fn trailing_newline_does_not_make_a_paragraph() {
        assert_eq!(doc(b"a\nb\n").paragraph_count(), 2);
        assert_eq!(doc(b"a\nb").paragraph_count(), 2);
        assert_eq!(doc(b"\n").paragraph_count(), 1);
        assert_eq!(doc(b"").paragraph_count(), 0);
    }

    #[test]
    fn bom_and_crlf_are_normalised() {
        let d = doc(b"\xEF\xBB\xBFab\r\ncd\r\n");
        assert_eq!(d.text(), "ab\ncd\n");
        assert_eq!(d.paragraph(1), "cd");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn nul_is_binary() {
        assert_eq!(
            Document::from_bytes("t", b"ab\0c").err(),
            Some(DocumentError::Binary(2))
        );
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let d = doc(b"a\xFFb");
        assert_eq!(d.text(), "a\u{FFFD}b");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn empty_and_blank_documents_are_empty() {
        assert!(doc(b"").is_empty());
        assert!(doc(b"\n\n  \n").is_empty());
        assert!(!doc(b"x").is_empty());
    }

    #[test]
    fn direction_is_the_first_strong_character() {
        assert_eq!(
            doc("2022 - 08:13\nكازاخستان".as_bytes()).direction,
            Direction::Rtl
        );
        assert_eq!(doc("12\nabc سلام".as_bytes()).direction, Direction::Ltr);
        assert_eq!(doc(b"12 34").direction, Direction::Ltr);
    }

    #[test]
    fn direction_scan_stops_after_a_mib() {
        let neutral = "1".repeat(DIRECTION_SCAN - 1);
        assert_eq!(detect_direction(&format!("{neutral}\nسلام")), None);
        assert_eq!(
            detect_direction(&format!("{}\nسلام", &neutral[2..])),
            Some(Direction::Rtl)
        );
        let mut scan = DirectionScan::default();
        assert_eq!(scan.feed(&neutral), None);
        assert!(scan.is_done());
    }

    #[test]
    fn direction_scan_cuts_a_paragraph_at_the_limit() {
        // The strong character straddles the limit: not seen, in both forms.
        let text = format!("{}ب", "1".repeat(DIRECTION_SCAN - 1));
        assert_eq!(detect_direction(&text), None);
        let mut scan = DirectionScan::default();
        assert_eq!(scan.feed(&text), None);
        let text = format!("{}ب", "1".repeat(DIRECTION_SCAN - 2));
        assert_eq!(detect_direction(&text), Some(Direction::Rtl));
    }

    #[test]
    fn decoding_line_by_line_equals_decoding_the_whole() {
        let bytes: &[u8] = b"\xEF\xBB\xBFa\xE2\x82\r\n\xEF\xBB\xBFb\xFF\r\r\nc\r";
        let whole = decode(bytes, true).expect("text");
        let mut pieces = String::new();
        let mut replaced = false;
        let mut at_start = true;
        for line in bytes.split_inclusive(|&b| b == b'\n') {
            let d = decode(line, at_start).expect("text");
            replaced |= d.replaced_invalid;
            pieces.push_str(&d.text);
            at_start = false;
        }
        assert_eq!(pieces, whole.text);
        assert_eq!(whole.text, "a\u{FFFD}\n\u{FEFF}b\u{FFFD}\r\nc\r");
        assert!(replaced && whole.replaced_invalid);
    }

    #[test]
    fn valid_text_is_borrowed() {
        let d = decode(b"abc\n", false).expect("text");
        assert!(matches!(d.text, Cow::Borrowed("abc\n")));
        assert!(!d.replaced_invalid);
        assert_eq!(decode(b"x\0", false), Err(DocumentError::Binary(1)));
    }

    #[test]
    fn counting_code_points_by_words_agrees_with_chars() {
        let samples = [
            "",
            "a",
            "سلام",
            "a€😀ب\u{301}xyz12345678",
            "ثمانية حروف عربية!",
        ];
        for s in samples {
            for start in 0..s.len() {
                if let Some(piece) = s.get(start..) {
                    assert_eq!(count_chars(piece), piece.chars().count(), "{piece:?}");
                }
            }
        }
    }

    #[test]
    fn from_vec_decodes_as_decode_does() {
        let inputs: [&[u8]; 8] = [
            b"",
            b"\n",
            b"a\nb",
            b"\xEF\xBB\xBFab\r\ncd\r\n",
            b"a\xFFb\r\n\xE2\x82",
            "سلام\n\nج\n".as_bytes(),
            b"\xEF\xBB\xBF",
            b"x\r\r\ny\r",
        ];
        for bytes in inputs {
            let decoded = decode(bytes, true).expect("text");
            let d = Document::from_vec("t", bytes.to_vec()).expect("text");
            assert_eq!(d.text(), decoded.text, "{bytes:?}");
            assert_eq!(d.len(), d.text().chars().count());
            assert_eq!(
                d.warnings.is_empty(),
                !decoded.replaced_invalid,
                "{bytes:?}"
            );
        }
        assert_eq!(
            Document::from_vec("t", b"\xEF\xBB\xBFa\0".to_vec()).err(),
            Some(DocumentError::Binary(4))
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFa\0", true).err(),
            Some(DocumentError::Binary(4))
        );
    }

    #[test]
    fn a_direction_is_final_once_decided_or_the_window_is_covered() {
        assert!(doc("12\nسلام".as_bytes()).direction_is_final());
        assert!(!doc(b"12\n34\n").direction_is_final());
        assert!(doc("1\n".repeat(DIRECTION_SCAN / 2).as_bytes()).direction_is_final());
    }

    #[test]
    fn same_text_same_hash() {
        assert_eq!(doc(b"a\r\nb").hash, doc(b"a\nb").hash);
        assert_ne!(doc(b"a").hash, doc(b"b").hash);
    }
}
