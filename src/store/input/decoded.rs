//! Text in another encoding (windows-1256, ISO-8859-6, UTF-16), decoded to
//! UTF-8 as it streams: `qari render`, `qari search` and `qari entities`
//! read a file or a pipe of any size this way, as the reader reads a whole
//! file through [`crate::store::pages`]. The encoding is `--encoding`, else
//! what the first bytes say ([`decode::text_encoding`]); UTF-8 passes
//! through untouched, so its own check for invalid bytes still speaks.

use std::io::{self, BufRead, Read};

use encoding_rs::{CoderResult, Decoder, Encoding, UTF_8};

use crate::core::article::decode;
use crate::store::pages::Tell;

/// Room for one step's UTF-8: the decoder fills it, the reader drains it.
const OUT: usize = 64 * 1024;
/// The least the encoding is guessed from, unless the input ends sooner.
const MIN_SAMPLE: usize = 16;

/// Bytes that decide the encoding: a NUL or a control byte (UTF-16 without
/// a mark) or a byte above ASCII. Printable ASCII, white space and the
/// controls a pager's input holds (escape sequences, overstrikes, form
/// feeds) read the same in every encoding guessed here.
fn deciding(b: &u8) -> bool {
    !(b.is_ascii_graphic() || matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x08 | 0x0C | 0x1B))
}

/// Whether `sample` can only be UTF-8: no zero (UTF-16's), a whole
/// character of two or more bytes, and nothing invalid (the last character
/// may still be arriving).
fn shows_utf8(sample: &[u8]) -> bool {
    let valid = match std::str::from_utf8(sample) {
        Ok(text) => text,
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&sample[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return false,
    };
    !sample.contains(&0) && !valid.is_ascii()
}

/// `input` as UTF-8: decoded from `forced`, else from the encoding its
/// bytes show. ASCII reads the same in all of them, so the guess waits for
/// the first byte that is not (a title in Latin letters, then windows-1256,
/// is still windows-1256), and UTF-8 then passes through untouched.
pub fn decoded(
    input: Box<dyn BufRead + Send>,
    forced: Option<&'static Encoding>,
    tell: Option<Tell>,
) -> io::Result<Box<dyn BufRead + Send>> {
    let state = match forced {
        Some(e) => State::Forced(e),
        None => State::Undecided,
    };
    Ok(Box::new(Decoded {
        input,
        state,
        sample: Vec::new(),
        at: 0,
        passed: false,
        out: Vec::new(),
        start: 0,
        end: 0,
        finished: false,
        tell,
    }))
}

enum State {
    /// `--encoding`, which a byte order mark still overrides.
    Forced(&'static Encoding),
    /// Only ASCII so far.
    Undecided,
    /// UTF-8: the bytes as they are.
    Plain,
    Decoding(Decoder),
}

struct Decoded {
    input: Box<dyn BufRead + Send>,
    state: State,
    /// Bytes taken from `input` to guess from, not yet read on (from `at`).
    sample: Vec<u8>,
    at: usize,
    /// Some printable ASCII was read on before the encoding was decided.
    passed: bool,
    out: Vec<u8>,
    /// The part of `out` not yet read.
    start: usize,
    end: usize,
    /// The input has ended and the decoder has said its last.
    finished: bool,
    /// Told the encoding once it is decided, unless it is UTF-8.
    tell: Option<Tell>,
}

impl Decoded {
    /// The undecided input's next bytes: a run that reads the same in every
    /// encoding as it is, or, at the first byte that does not, the encoding
    /// guessed from what has arrived (waiting for no more than a few bytes:
    /// a pipe's first line shows at once).
    fn decide(&mut self) -> io::Result<()> {
        let available = self.input.fill_buf()?;
        if let State::Forced(forced) = self.state {
            let encoding = decode::text_encoding(available, Some(forced));
            let forced = Encoding::for_bom(available).is_none();
            if let Some(said) = decode::said_of(encoding.name(), false, forced, available) {
                self.tell.take().inspect(|tell| tell.say(&said));
            }
            self.state = if encoding == UTF_8 {
                State::Plain
            } else {
                State::Decoding(encoding.new_decoder())
            };
            return Ok(());
        }
        if available.is_empty() {
            self.state = State::Plain;
            return Ok(());
        }
        // The guess starts at the input's first byte when nothing has been
        // read on yet (UTF-16's pairs stay aligned), else at that byte.
        let first = available.iter().position(deciding);
        match first {
            None => return Ok(()),
            Some(p) if p > 0 && self.passed => return Ok(()),
            _ => {}
        }
        // At least a few bytes, which a pipe's first write holds: UTF-16's
        // zeros show in them. Fewer when they are UTF-8 already (a short
        // Arabic headline from a pipe that pauses after it shows at once).
        while self.sample.len() < MIN_SAMPLE && !shows_utf8(&self.sample) {
            let more = self.input.fill_buf()?;
            if more.is_empty() {
                break;
            }
            let n = more.len();
            self.sample.extend_from_slice(more);
            self.input.consume(n);
        }
        let encoding = decode::text_encoding(&self.sample, None);
        if let Some(said) = decode::said_of(encoding.name(), false, false, &self.sample) {
            self.tell.take().inspect(|tell| tell.say(&said));
        }
        self.state = if encoding == UTF_8 {
            State::Plain
        } else {
            State::Decoding(encoding.new_decoder())
        };
        Ok(())
    }

    /// The bytes to read on: the sample's rest, then the input's.
    fn source(&mut self) -> io::Result<&[u8]> {
        if self.at < self.sample.len() {
            return Ok(&self.sample[self.at..]);
        }
        self.input.fill_buf()
    }

    fn consume_source(&mut self, amount: usize) {
        if self.at < self.sample.len() {
            self.at += amount;
        } else {
            self.input.consume(amount);
        }
    }
}

impl BufRead for Decoded {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if matches!(self.state, State::Undecided | State::Forced(_)) {
            self.decide()?;
            if matches!(self.state, State::Undecided) {
                // A run of printable ASCII, read as it is until the byte
                // that decides.
                self.passed = true;
                let available = self.input.fill_buf()?;
                let run = available
                    .iter()
                    .position(deciding)
                    .unwrap_or(available.len());
                return Ok(&available[..run]);
            }
        }
        if !matches!(self.state, State::Decoding(_)) {
            return self.source();
        }
        let Self {
            input,
            state,
            sample,
            at,
            out,
            start,
            end,
            finished,
            ..
        } = self;
        let State::Decoding(decoder) = state else {
            return Ok(&[]);
        };
        if out.is_empty() {
            *out = vec![0; OUT];
        }
        while *start == *end && !*finished {
            let from_sample = *at < sample.len();
            let src = if from_sample {
                &sample[*at..]
            } else {
                input.fill_buf()?
            };
            let last = src.is_empty();
            // A bad byte becomes U+FFFD, as the reader's whole-file decoding does.
            let (result, read, written, _) = decoder.decode_to_utf8(src, out, last);
            if from_sample {
                *at += read;
            } else {
                input.consume(read);
            }
            (*start, *end) = (0, written);
            *finished = last && result == CoderResult::InputEmpty;
        }
        Ok(&out[*start..*end])
    }

    fn consume(&mut self, amount: usize) {
        match self.state {
            State::Decoding(_) => self.start = (self.start + amount).min(self.end),
            _ => self.consume_source(amount),
        }
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

    /// All of `input` through the decoder, as UTF-8.
    fn read_all(input: impl BufRead + Send + 'static, forced: Option<&'static Encoding>) -> String {
        let mut out = String::new();
        decoded(Box::new(input), forced, None)
            .expect("open")
            .read_to_string(&mut out)
            .expect("UTF-8 out");
        out
    }

    fn through(bytes: Vec<u8>, forced: Option<&'static Encoding>) -> String {
        read_all(Cursor::new(bytes), forced)
    }

    /// All of `bytes` through the decoder, as the bytes it gives.
    fn raw_through(bytes: Vec<u8>) -> Vec<u8> {
        let mut out = Vec::new();
        decoded(Box::new(Cursor::new(bytes)), None, None)
            .expect("open")
            .read_to_end(&mut out)
            .expect("read");
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
        let out = read_all(io::BufReader::with_capacity(7, Cursor::new(bytes)), None);
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
        assert_eq!(raw_through(bytes.clone()), bytes);
    }

    #[test]
    fn the_guess_waits_for_the_first_byte_that_is_not_ascii() {
        // A Latin title in a pipe's first read, then windows-1256.
        let mut bytes = b"Title: news\n".repeat(200);
        for _ in 0..20 {
            bytes.extend_from_slice(SALAM_1256);
            bytes.push(b'\n');
        }
        let out = read_all(io::BufReader::with_capacity(16, Cursor::new(bytes)), None);
        assert!(out.starts_with("Title: news\n"), "{out}");
        assert_eq!(out.lines().filter(|l| *l == "السلام عليكم").count(), 20);
    }

    /// A pipe whose first write is `first` and which then stays silent: a
    /// second read is an error here, where a real pipe would block.
    struct Pausing {
        first: Option<Vec<u8>>,
    }

    impl Read for Pausing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let first = self
                .first
                .take()
                .ok_or_else(|| io::Error::other("waited for the pipe's next write"))?;
            buf[..first.len()].copy_from_slice(&first);
            Ok(first.len())
        }
    }

    #[test]
    fn a_short_utf8_first_write_is_decided_without_waiting_for_more() {
        let pipe = Pausing {
            first: Some("عاجل\n".as_bytes().to_vec()),
        };
        let mut input = decoded(Box::new(io::BufReader::new(pipe)), None, None).expect("open");
        assert_eq!(
            input.fill_buf().expect("no second read"),
            "عاجل\n".as_bytes()
        );
        // One windows-1256 word is not UTF-8: that guess still waits.
        let pipe = Pausing {
            first: Some(b"\xda\xc7\xcc\xe1\n".to_vec()),
        };
        let mut input = decoded(Box::new(io::BufReader::new(pipe)), None, None).expect("open");
        assert!(input.fill_buf().is_err());
    }

    #[test]
    fn utf8_with_quotation_marks_from_windows_1252_stays_utf8() {
        let mut bytes = "قاسم توقاييف said ".as_bytes().to_vec();
        bytes.extend_from_slice(b"\x93we will act\x94 and \x93no return\x94.\n");
        assert_eq!(raw_through(bytes.clone()), bytes);
    }

    #[test]
    fn utf16_without_a_mark_stays_aligned() {
        let text = "صورة أرشيفية للرئيس في 2022\n".repeat(50);
        for (bytes, name) in [
            (
                text.encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect::<Vec<u8>>(),
                "LE",
            ),
            (
                text.encode_utf16()
                    .flat_map(u16::to_be_bytes)
                    .collect::<Vec<u8>>(),
                "BE",
            ),
        ] {
            let out = read_all(io::BufReader::with_capacity(5, Cursor::new(bytes)), None);
            assert_eq!(out, text, "{name}");
        }
    }

    #[test]
    fn a_byte_order_mark_wins_over_a_forced_utf8() {
        let text = "نص بترميز UTF-16\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(through(bytes, Some(UTF_8)), text);
    }

    #[test]
    fn empty_input_is_empty() {
        assert_eq!(through(Vec::new(), None), "");
        assert_eq!(through(Vec::new(), Some(encoding_rs::WINDOWS_1256)), "");
    }
}
