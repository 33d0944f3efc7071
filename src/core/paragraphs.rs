//! Paragraphs (lines) of a stream, decoded as the document model decodes
//! them, in memory bounded by [`LINE_LIMIT`]: how `qari render` and `:w`
//! take text a paragraph at a time, whatever the size of the input.

use std::borrow::Cow;
use std::io::{self, BufRead, Read};

use crate::core::document::{self, DocumentError};

/// An I/O failure in words for people, without the `(os error N)` suffix.
/// ([`crate::core::notice::Reason::of_io`], said in English.)
pub fn io_reason(err: &io::Error) -> String {
    crate::core::notice::Reason::of_io(err).to_string()
}

/// Longest piece of a line handed out at once; longer lines are cut (between
/// UTF-8 sequences, never inside CR LF) so memory stays bounded on any input.
pub const LINE_LIMIT: usize = 1 << 20;

/// One paragraph read from a stream.
#[derive(Debug, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// Decoded text, without its line end.
    pub text: Cow<'a, str>,
    /// Invalid UTF-8 was replaced with U+FFFD in this paragraph.
    pub replaced_invalid: bool,
    /// The line was longer than [`LINE_LIMIT`]: this is one piece of it.
    pub cut: bool,
}

/// Why a stream could not be read as text.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}", io_reason(.0))]
    Io(#[from] io::Error),
    #[error(transparent)]
    Document(#[from] DocumentError),
}

/// Paragraphs (lines) of a stream, decoded by [`document::decode`], in memory
/// bounded by [`LINE_LIMIT`].
pub struct ParagraphReader<R> {
    inner: R,
    /// The current line; after a cut it starts with the bytes carried over.
    buf: Vec<u8>,
    /// Bytes of `buf` handed out last time, dropped before the next read.
    handed_out: usize,
    /// Bytes of input before `buf[0]`, for the offset of a NUL byte.
    consumed: usize,
}

impl<R: BufRead> ParagraphReader<R> {
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            buf: Vec::new(),
            handed_out: 0,
            consumed: 0,
        }
    }

    /// The next paragraph, or `None` at the end of the stream.
    pub fn next_paragraph(&mut self) -> Result<Option<Paragraph<'_>>, ReadError> {
        self.buf.drain(..self.handed_out);
        self.consumed += self.handed_out;
        self.handed_out = 0;
        let room = LINE_LIMIT.saturating_sub(self.buf.len()) as u64;
        (&mut self.inner)
            .take(room)
            .read_until(b'\n', &mut self.buf)?;
        // A byte order mark and nothing after it is no text at all, not a
        // blank line (`qari text` prints nothing for it either).
        if self.buf.is_empty() || (self.consumed == 0 && self.buf == "\u{FEFF}".as_bytes()) {
            return Ok(None);
        }
        let mut cut = !self.buf.ends_with(b"\n") && self.buf.len() >= LINE_LIMIT;
        if cut {
            // A full buffer may hold the whole line: look at what comes next.
            match self.inner.fill_buf()?.first() {
                None => cut = false,
                Some(b'\n') => {
                    self.inner.consume(1);
                    self.buf.push(b'\n');
                    cut = false;
                }
                Some(_) => {}
            }
        }
        let end = if cut {
            cut_point(&self.buf)
        } else {
            self.buf.len()
        };
        self.handed_out = end;
        let decoded = document::decode(&self.buf[..end], self.consumed == 0)
            .map_err(|DocumentError::Binary(at)| DocumentError::Binary(self.consumed + at))?;
        let text = match decoded.text {
            Cow::Borrowed(s) => Cow::Borrowed(s.strip_suffix('\n').unwrap_or(s)),
            Cow::Owned(mut s) => {
                if s.ends_with('\n') {
                    s.pop();
                }
                Cow::Owned(s)
            }
        };
        Ok(Some(Paragraph {
            text,
            replaced_invalid: decoded.replaced_invalid,
            cut,
        }))
    }
}

/// How far back from a full buffer's end a space is looked for to cut at.
const SPACE_WINDOW: usize = 64 * 1024;

/// Where to cut a full buffer: after its last space within [`SPACE_WINDOW`]
/// of the end, so no word is cut in two (a search finds it, a render shows
/// it whole); without one, before an unfinished UTF-8 sequence and before a
/// final CR (it may start a CR LF pair), so that decoding the pieces gives
/// the same text as decoding the line.
pub(crate) fn cut_point(bytes: &[u8]) -> usize {
    let window = bytes.len().saturating_sub(SPACE_WINDOW);
    if let Some(space) = memchr::memrchr(b' ', &bytes[window..]) {
        return window + space + 1;
    }
    let len = bytes.len();
    let mut end = len;
    for back in 1..=len.min(3) {
        let b = bytes[len - back];
        if b & 0xC0 == 0x80 {
            continue;
        }
        let needs = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        if needs > back {
            end = len - back;
        }
        break;
    }
    if end > 1 && bytes[end - 1] == b'\r' {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;

    fn paragraphs(bytes: &[u8]) -> Result<Vec<(String, bool, bool)>, ReadError> {
        let mut reader = ParagraphReader::new(bytes);
        let mut out = Vec::new();
        while let Some(p) = reader.next_paragraph()? {
            out.push((p.text.into_owned(), p.replaced_invalid, p.cut));
        }
        Ok(out)
    }

    fn texts(bytes: &[u8]) -> Vec<String> {
        paragraphs(bytes)
            .expect("text")
            .into_iter()
            .map(|p| p.0)
            .collect()
    }

    #[test]
    fn paragraphs_match_the_document_model() {
        let inputs: [&[u8]; 7] = [
            b"",
            b"\n",
            b"a\nb",
            b"a\nb\n\n",
            b"\xEF\xBB\xBFab\r\ncd\r\n",
            b"x\r\r\ny\r",
            b"\xEF\xBB\xBF\n\xEF\xBB\xBF",
        ];
        for bytes in inputs {
            let doc = Document::from_bytes("t", bytes).expect("text");
            let whole: Vec<&str> = (0..doc.paragraph_count())
                .map(|i| doc.paragraph(i))
                .collect();
            assert_eq!(texts(bytes), whole, "{bytes:?}");
        }
    }

    #[test]
    fn invalid_utf8_is_flagged_where_it_is() {
        let got = paragraphs(b"ok\nb\xFFd\nok").expect("text");
        assert_eq!(got[1], ("b\u{FFFD}d".to_string(), true, false));
        assert!(!got[0].1 && !got[2].1);
    }

    #[test]
    fn nul_offset_counts_from_the_start_of_the_stream() {
        let err = paragraphs(b"abc\nde\0").expect_err("binary");
        assert!(matches!(err, ReadError::Document(DocumentError::Binary(6))));
    }

    #[test]
    fn long_lines_are_cut_without_splitting_characters() {
        // "ب" is two bytes: an odd prefix puts a sequence across the limit.
        let mut line = "a".repeat(LINE_LIMIT - 1);
        line.push_str(&"ب".repeat(10));
        line.push_str("\r\nnext\n");
        let got = paragraphs(line.as_bytes()).expect("text");
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].0, "a".repeat(LINE_LIMIT - 1));
        assert!(got[0].2);
        assert_eq!(got[1].0, "ب".repeat(10));
        assert!(!got[1].2);
        assert_eq!(got[2].0, "next");
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_not_cut() {
        let mut text = "a".repeat(LINE_LIMIT - 1);
        text.push_str("\r\nb");
        assert_eq!(
            texts(text.as_bytes()),
            ["a".repeat(LINE_LIMIT - 1), "b".into()]
        );
        let mut text = "a".repeat(LINE_LIMIT);
        text.push_str("\nb");
        assert_eq!(texts(text.as_bytes()), ["a".repeat(LINE_LIMIT), "b".into()]);
        let text = "a".repeat(LINE_LIMIT);
        let got = paragraphs(text.as_bytes()).expect("text");
        assert_eq!(got, [(text, false, false)]);
    }

    #[test]
    fn cut_point_keeps_sequences_and_crlf_whole() {
        assert_eq!(cut_point(b"abc"), 3);
        assert_eq!(cut_point("aب".as_bytes()), 3);
        assert_eq!(cut_point(&"aب".as_bytes()[..2]), 1);
        assert_eq!(cut_point(&"a€".as_bytes()[..3]), 1);
        assert_eq!(cut_point(&"a😀".as_bytes()[..4]), 1);
        assert_eq!(cut_point(b"ab\r"), 2);
        assert_eq!(cut_point(b"ab\xFF"), 3);
        // After the last space: no word is cut in two.
        assert_eq!(
            cut_point("قال الرئيس كازاخس".as_bytes()),
            "قال الرئيس ".len()
        );
    }
}
