//! Input read through [`crate::core::pager_text`]: what `git log`, `man` and
//! newsboat write for a pager, made into text before anything else sees it.
//!
//! The decision is made once, on the first [`WINDOW`] bytes or
//! [`WINDOW_LINES`] lines (a header block, a wrap width, escapes), when the
//! stream is first read: `qari render` has set the terminal up by then, and
//! a slow pipe is waited on for a window, not to its end. The reader's pipe
//! is waited on a bounded time ([`super::arriving`]): what has come by then
//! decides, and a read that would wait longer says so (`TimedOut`) to the
//! loader once, which shows what has come so far. An input that
//! needs nothing is handed on as it is, so a plain 100 MB file costs one copy
//! of 64 KiB. Otherwise lines go through a [`Cleaner`] one at a time, each
//! read at most [`PIECE`] bytes at once, so an endless pipe stays in bounded
//! memory as without it.

use std::io::{self, BufRead, Cursor, Read};

use crate::core::pager_text::{self, Cleaner, Header};

/// How much of the input decides what is done to all of it.
const WINDOW: usize = pager_text::CR_WINDOW;
const WINDOW_LINES: usize = 200;
/// The longest piece of a line read at once.
const PIECE: usize = crate::core::paragraphs::LINE_LIMIT;
/// A piece's end this near an escape byte is read again with the next
/// piece, so that a sequence cut there is cleaned whole.
const CARRY: usize = 64;

/// `input`, to be read cleaned; nothing is read from it yet.
pub fn cleaned(input: Box<dyn BufRead + Send>) -> Cleaned {
    Cleaned {
        input,
        mode: Mode::Undecided,
        header: None,
        out: Vec::new(),
        pos: 0,
        line: Vec::new(),
        carry: Vec::new(),
        done: false,
        arrival: None,
        resuming: false,
    }
}

/// [`cleaned`] for a pipe the reader waits on a bounded time.
pub fn cleaned_arriving(input: Box<dyn BufRead + Send>) -> Cleaned {
    let (input, arrival) = super::arriving::arriving(input);
    Cleaned {
        arrival: Some(arrival),
        ..cleaned(Box::new(input))
    }
}

/// What the window decided.
enum Mode {
    Undecided,
    /// Nothing to clean: the input as it is.
    Plain,
    Cleaning(Cleaner),
}

/// The cleaned stream.
pub struct Cleaned {
    input: Box<dyn BufRead + Send>,
    mode: Mode,
    header: Option<Header>,
    /// Bytes to give out before any more input (the header's text, cleaned
    /// lines), from `pos`.
    out: Vec<u8>,
    pos: usize,
    line: Vec<u8>,
    /// The end of the last piece of a long line, to go before the next.
    carry: Vec<u8>,
    done: bool,
    /// The input is a pipe waited on a bounded time (see `arriving`).
    arrival: Option<super::arriving::Arrival>,
    /// `line` holds the start of a line whose reading timed out.
    resuming: bool,
}

impl Cleaned {
    /// The header block at the input's start (reading the window to know).
    pub fn header(&mut self) -> io::Result<Option<&Header>> {
        self.decide()?;
        Ok(self.header.as_ref())
    }

    /// Read the window and decide, once.
    fn decide(&mut self) -> io::Result<()> {
        if !matches!(self.mode, Mode::Undecided) {
            return Ok(());
        }
        let mut window = Vec::new();
        let mut lines = 0;
        if let Some(arrival) = &self.arrival {
            arrival.allow_timeouts(1);
        }
        while window.len() < WINDOW && lines < WINDOW_LINES {
            let room = (WINDOW - window.len()) as u64;
            match (&mut self.input).take(room).read_until(b'\n', &mut window) {
                Ok(0) => break,
                Ok(_) => lines += 1,
                // A slow pipe: decide from what has come.
                Err(err) if err.kind() == io::ErrorKind::TimedOut => break,
                Err(err) => return Err(err),
            }
        }
        if let Some(arrival) = &self.arrival {
            // The loader's first piece may stop at what has come too.
            arrival.allow_timeouts(1);
        }
        if pager_text::lines_end_in_cr(&window) {
            // Lines ended by CR alone (an old Mac text): read as LF, byte
            // for byte, and decide again on lines.
            let rest = std::mem::replace(&mut self.input, Box::new(io::empty()));
            let mapped = CrAsLf(Cursor::new(window).chain(rest));
            self.input = Box::new(io::BufReader::with_capacity(WINDOW, mapped));
            return self.decide();
        }
        let plan = pager_text::plan(&window);
        let mut start = Cursor::new(window);
        if let Some((header, len)) = plan.header.clone() {
            start.set_position(len as u64);
            self.out = header.as_text().into_bytes();
            self.header = Some(header);
        }
        let rest = std::mem::replace(&mut self.input, Box::new(io::empty()));
        self.input = Box::new(start.chain(rest));
        self.mode = if plan.is_nothing() {
            Mode::Plain
        } else {
            Mode::Cleaning(Cleaner::new(&plan))
        };
        Ok(())
    }

    /// Clean the next line (or piece of one) into `out`.
    fn refill(&mut self) -> io::Result<()> {
        let Mode::Cleaning(cleaner) = &mut self.mode else {
            return Ok(());
        };
        self.out.clear();
        self.pos = 0;
        if !std::mem::take(&mut self.resuming) {
            self.line.clear();
            self.line.append(&mut self.carry);
        }
        let room = PIECE.saturating_sub(self.line.len()).max(CARRY + 1);
        if let Err(err) = (&mut self.input)
            .take(room as u64)
            .read_until(b'\n', &mut self.line)
        {
            // What was read of the line is kept for the next try.
            self.resuming = err.kind() == io::ErrorKind::TimedOut;
            return Err(err);
        }
        if self.line.is_empty() {
            cleaner.finish(&mut self.out);
            self.done = true;
        } else if let Some(line) = self.line.strip_suffix(b"\n") {
            cleaner.push_line(line, true, &mut self.out);
        } else if self.line.len() >= PIECE {
            let tail = self.line.len() - CARRY;
            if let Some(esc) = memchr::memrchr(0x1b, &self.line[tail..]) {
                self.carry = self.line.split_off(tail + esc);
            }
            cleaner.push_piece(&self.line, &mut self.out);
        } else {
            cleaner.push_line(&self.line, false, &mut self.out);
        }
        Ok(())
    }
}

/// A reader whose CR bytes come out as LF (the same length: offsets hold).
struct CrAsLf<R>(R);

impl<R: Read> Read for CrAsLf<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        for b in &mut buf[..n] {
            if *b == b'\r' {
                *b = b'\n';
            }
        }
        Ok(n)
    }
}

impl BufRead for Cleaned {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.decide()?;
        if matches!(self.mode, Mode::Cleaning(_)) {
            while self.pos >= self.out.len() && !self.done {
                self.refill()?;
            }
        }
        if self.pos < self.out.len() {
            return Ok(&self.out[self.pos..]);
        }
        if matches!(self.mode, Mode::Plain) {
            return self.input.fill_buf();
        }
        Ok(&[])
    }

    fn consume(&mut self, amount: usize) {
        if self.pos < self.out.len() {
            self.pos = (self.pos + amount).min(self.out.len());
        } else if matches!(self.mode, Mode::Plain) {
            self.input.consume(amount);
        }
    }
}

impl Read for Cleaned {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        super::read_buffered(self, buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(input: Vec<u8>) -> (Vec<u8>, Option<Header>) {
        let mut reader = cleaned(Box::new(Cursor::new(input)));
        let header = reader.header().expect("decided").cloned();
        let mut out = Vec::new();
        reader.read_to_end(&mut out).expect("read");
        (out, header)
    }

    #[test]
    fn plain_text_passes_as_it_is() {
        let text = crate::store::input::DEFAULT_ARTICLE.repeat(40).into_bytes();
        assert!(text.len() > WINDOW);
        assert_eq!(through(text.clone()).0, text);
    }

    #[test]
    fn escapes_past_the_window_are_cleaned_as_the_stream_goes() {
        let mut text = b"\x1b[33mcommit 1\x1b[m\n".to_vec();
        for _ in 0..(2 * WINDOW / 16) {
            text.extend_from_slice(b"\x1b[1mbold\x1b[0m line\n");
        }
        let (out, header) = through(text);
        assert!(header.is_none());
        assert!(out.starts_with(b"commit 1\nbold line\n"));
        assert!(out.ends_with(b"bold line\nbold line\n"));
        assert!(!out.contains(&0x1b));
    }

    #[test]
    fn lines_ended_by_cr_alone_are_lines() {
        let text = "السطر الأول\rالسطر الثاني\r\rفقرة ثانية\r".repeat(3000);
        assert!(text.len() > WINDOW);
        let (out, _) = through(text.clone().into_bytes());
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            text.replace('\r', "\n")
        );
        // A CR here and there among LF lines (a progress line) stays.
        let mixed = b"one\r\ntwo 50%\rtwo 100%\nthree\n".to_vec();
        assert_eq!(through(mixed.clone()).0, mixed);
    }

    #[test]
    fn the_header_block_is_read_once() {
        let newsboat = include_bytes!("../../../tests/fixtures/pager/newsboat.txt");
        let (out, header) = through(newsboat.to_vec());
        let out = String::from_utf8(out).expect("utf-8");
        let title = header.expect("header").title;
        assert!(out.starts_with(&format!("{title}\n")));
        assert_eq!(out.matches(&title).count(), 1);
        assert!(!out.contains("Title:"));
    }
}
