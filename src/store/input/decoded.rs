//! Text in another encoding (windows-1256, ISO-8859-6, UTF-16), decoded to
//! UTF-8 as it streams: `qari render`, `qari search` and `qari entities`
//! read a file or a pipe of any size this way, as the reader reads a whole
//! file through [`crate::store::pages`]. The encoding is `--encoding`, else
//! what the first bytes say ([`decode::text_encoding`]); UTF-8 passes
//! through untouched, so its own check for invalid bytes still speaks.

use std::io::{self, BufRead, Read};

use encoding_rs::{CoderResult, Decoder, Encoding, UTF_8};

use crate::core::article::decode;

/// Room for one step's UTF-8: the decoder fills it, the reader drains it.
const OUT: usize = 64 * 1024;

/// `input` as UTF-8: decoded when its first bytes (or `forced`) name another
/// encoding, else as it is.
pub fn decoded(
    mut input: Box<dyn BufRead + Send>,
    forced: Option<&'static Encoding>,
) -> io::Result<Box<dyn BufRead + Send>> {
    let encoding = decode::text_encoding(input.fill_buf()?, forced);
    if encoding == UTF_8 {
        return Ok(input);
    }
    Ok(Box::new(Decoded {
        input,
        decoder: encoding.new_decoder(),
        out: vec![0; OUT].into_boxed_slice(),
        start: 0,
        end: 0,
        finished: false,
    }))
}

struct Decoded {
    input: Box<dyn BufRead + Send>,
    decoder: Decoder,
    out: Box<[u8]>,
    /// The part of `out` not yet read.
    start: usize,
    end: usize,
    /// The input has ended and the decoder has said its last.
    finished: bool,
}

impl BufRead for Decoded {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.start == self.end && !self.finished {
            let src = self.input.fill_buf()?;
            let last = src.is_empty();
            // A bad byte becomes U+FFFD, as the reader's whole-file decoding does.
            let (result, read, written, _) = self.decoder.decode_to_utf8(src, &mut self.out, last);
            self.input.consume(read);
            (self.start, self.end) = (0, written);
            self.finished = last && result == CoderResult::InputEmpty;
        }
        Ok(&self.out[self.start..self.end])
    }

    fn consume(&mut self, amount: usize) {
        self.start = (self.start + amount).min(self.end);
    }
}

impl Read for Decoded {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        super::read_buffered(self, buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    /// "السلام عليكم" in windows-1256.
    const SALAM_1256: &[u8] = &[
        0xC7, 0xE1, 0xD3, 0xE1, 0xC7, 0xE3, 0x20, 0xDA, 0xE1, 0xED, 0xDF, 0xE3,
    ];

    fn through(bytes: Vec<u8>, forced: Option<&'static Encoding>) -> String {
        let mut out = String::new();
        decoded(Box::new(Cursor::new(bytes)), forced)
            .expect("open")
            .read_to_string(&mut out)
            .expect("UTF-8 out");
        out
    }

    #[test]
    fn windows_1256_is_guessed_and_decoded() {
        let mut bytes = Vec::new();
        for _ in 0..20 {
            bytes.extend_from_slice(SALAM_1256);
            bytes.push(b'\n');
        }
        let text = through(bytes, None);
        assert_eq!(text.lines().count(), 20);
        assert!(text.lines().all(|l| l == "السلام عليكم"), "{text}");
    }

    #[test]
    fn utf16_with_a_bom_is_decoded_across_small_reads() {
        let text = "قال الرئيس: «نعم» 2024\n".repeat(5000);
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        // Read through a 7-byte buffer: code units and surrogates cut anywhere.
        let small = io::BufReader::with_capacity(7, Cursor::new(bytes));
        let mut out = String::new();
        decoded(Box::new(small), None)
            .expect("open")
            .read_to_string(&mut out)
            .expect("UTF-8 out");
        assert_eq!(out, text);
    }

    #[test]
    fn forced_encoding_wins_over_the_guess() {
        // ISO-8859-6 and windows-1256 share ASCII but not the Arabic letters.
        let bytes = vec![0xC7, 0xE4, 0xD3, 0xE4, 0xC7, 0xE5];
        let iso = encoding_rs::ISO_8859_6;
        assert_eq!(through(bytes, Some(iso)), "السلام");
    }

    #[test]
    fn utf8_passes_through_with_its_bad_bytes_for_the_reader_to_report() {
        let mut bytes = "نص عربي طويل بما يكفي ".repeat(50).into_bytes();
        bytes.push(0xFF);
        let mut out = Vec::new();
        decoded(Box::new(Cursor::new(bytes.clone())), None)
            .expect("open")
            .read_to_end(&mut out)
            .expect("read");
        assert_eq!(out, bytes);
    }

    #[test]
    fn empty_input_is_empty() {
        assert_eq!(through(Vec::new(), None), "");
        assert_eq!(through(Vec::new(), Some(encoding_rs::WINDOWS_1256)), "");
    }
}
