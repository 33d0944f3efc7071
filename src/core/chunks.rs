//! A stream's text in chunks cut where the recogniser likes them: at
//! paragraph ends, else sentence ends or spaces
//! ([`qari_recognize::stream::chunk_end`]), decoded as the document model
//! decodes (BOM dropped, CR LF read as LF, invalid UTF-8 as U+FFFD, NUL bytes
//! refused), in memory bounded by the chunk size. `qari entities` reads its
//! input this way, so a 100 MB file costs a chunk of memory, not the file.

use std::io::BufRead;

use qari_recognize::stream::chunk_end;

use crate::core::document::{self, DocumentError};
use crate::core::paragraphs::{cut_point, ReadError};

/// A piece of the text handed out by [`ChunkReader::next_chunk`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk<'a> {
    pub text: &'a str,
    /// Nothing follows it: it ends the stream.
    pub last: bool,
}

/// Chunks of a stream's decoded text.
pub struct ChunkReader<R> {
    inner: R,
    /// Bytes read but not decoded yet: what follows the last space of the
    /// last read (a word that may go on), or an unfinished character or CR.
    raw: Vec<u8>,
    /// Decoded text not handed out yet; its first `handed_out` bytes went
    /// out last time.
    text: String,
    handed_out: usize,
    /// Bytes of input decoded so far, for the offset of a NUL byte.
    decoded: usize,
    eof: bool,
    replaced_invalid: bool,
}

impl<R: BufRead> ChunkReader<R> {
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            raw: Vec::new(),
            text: String::new(),
            handed_out: 0,
            decoded: 0,
            eof: false,
            replaced_invalid: false,
        }
    }

    /// The next chunk of at most `max` bytes (more only for one character),
    /// or `None` at the end of the stream.
    pub fn next_chunk(&mut self, max: usize) -> Result<Option<Chunk<'_>>, ReadError> {
        self.text.drain(..self.handed_out);
        self.handed_out = 0;
        while self.text.len() <= max && !self.eof {
            self.fill()?;
        }
        if self.text.is_empty() {
            return Ok(None);
        }
        let end = if self.eof && self.text.len() <= max {
            self.text.len()
        } else {
            chunk_end(&self.text, max)
        };
        self.handed_out = end;
        Ok(Some(Chunk {
            text: &self.text[..end],
            last: self.eof && end == self.text.len(),
        }))
    }

    /// Some invalid UTF-8 was read as U+FFFD so far.
    pub fn replaced_invalid(&self) -> bool {
        self.replaced_invalid
    }

    /// Read one buffer's worth and decode what can be decoded of it.
    fn fill(&mut self) -> Result<(), ReadError> {
        let got = self.inner.fill_buf()?;
        if got.is_empty() {
            self.eof = true;
        } else {
            self.raw.extend_from_slice(got);
            let n = got.len();
            self.inner.consume(n);
        }
        let mut end = if self.eof {
            self.raw.len()
        } else {
            cut_point(&self.raw)
        };
        // A lone CR may be the start of CR LF: wait for the next byte.
        if !self.eof && end == 1 && self.raw[0] == b'\r' {
            end = 0;
        }
        if end == 0 {
            return Ok(());
        }
        let decoded = document::decode(&self.raw[..end], self.decoded == 0)
            .map_err(|DocumentError::Binary(at)| DocumentError::Binary(self.decoded + at))?;
        self.replaced_invalid |= decoded.replaced_invalid;
        self.text.push_str(&decoded.text);
        self.decoded += end;
        self.raw.drain(..end);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;

    fn chunks(bytes: &[u8], max: usize, buffer: usize) -> Vec<String> {
        let mut reader = ChunkReader::new(std::io::BufReader::with_capacity(buffer, bytes));
        let mut out = Vec::new();
        while let Some(c) = reader.next_chunk(max).expect("text") {
            out.push(c.text.to_string());
        }
        out
    }

    #[test]
    fn chunks_end_at_line_ends_and_join_to_the_document_s_text() {
        let input = "\u{FEFF}سطر أول\r\nسطر ثان طويل\r\nثالث\n".as_bytes();
        let whole = Document::from_bytes("x", input).expect("text");
        for buffer in [1, 2, 3, 7, 64] {
            let got = chunks(input, 40, buffer);
            assert_eq!(got.concat(), whole.text(), "buffer {buffer}");
            assert!(got[..got.len() - 1].iter().all(|c| c.ends_with('\n')));
        }
    }

    #[test]
    fn a_long_line_is_cut_at_spaces_and_invalid_bytes_are_replaced() {
        let mut input = "كلمة ".repeat(50).into_bytes();
        input.push(0xFF);
        let mut reader = ChunkReader::new(&input[..]);
        let mut all = String::new();
        while let Some(c) = reader.next_chunk(30).expect("text") {
            assert!(c.text.len() <= 30 + 3);
            all.push_str(c.text);
            if c.last {
                assert!(reader.next_chunk(30).expect("end").is_none());
                break;
            }
        }
        assert!(reader.replaced_invalid());
        assert_eq!(all, String::from_utf8_lossy(&input));
    }

    #[test]
    fn a_nul_byte_is_binary_data_at_its_offset() {
        let mut input = "سطر\n".repeat(100).into_bytes();
        input.push(0);
        let mut reader = ChunkReader::new(std::io::BufReader::with_capacity(16, &input[..]));
        let err = loop {
            match reader.next_chunk(64) {
                Ok(Some(_)) => {}
                Ok(None) => panic!("the NUL byte was not seen"),
                Err(e) => break e,
            }
        };
        assert!(matches!(
            err,
            ReadError::Document(DocumentError::Binary(at)) if at == input.len() - 1
        ));
    }
}
