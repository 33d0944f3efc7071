//! Input read through [`crate::core::pager_text`]: what `git log`, `man` and
//! newsboat write for a pager, made into text before anything else sees it.
//!
//! The decision is made once, on the first [`WINDOW`] bytes (a header block,
//! a wrap width, escapes); an input that needs nothing is handed on as it
//! is, so a plain 100 MB file costs one copy of 64 KiB. Otherwise lines go
//! through a [`Cleaner`] one at a time, each read at most [`PIECE`] bytes at
//! once, so an endless pipe stays in bounded memory as without it.

use std::io::{self, BufRead, Cursor, Read};

use crate::core::pager_text::{self, Cleaner, Header};

/// How much of the input decides what is done to all of it.
const WINDOW: usize = 64 * 1024;
/// The longest piece of a line read at once.
const PIECE: usize = crate::core::paragraphs::LINE_LIMIT;

/// The input as it will be read, and the header block found at its start.
pub struct Prepared {
    pub reader: Box<dyn BufRead + Send>,
    pub header: Option<Header>,
}

/// Read the start of `input`, decide, and return the stream to read instead.
pub fn prepare(mut input: Box<dyn BufRead + Send>) -> io::Result<Prepared> {
    let mut window = Vec::new();
    (&mut input).take(WINDOW as u64).read_to_end(&mut window)?;
    let plan = pager_text::plan(&window);
    let mut start = Cursor::new(window);
    if plan.is_nothing() {
        return Ok(Prepared {
            reader: Box::new(start.chain(input)),
            header: None,
        });
    }
    let header = plan.header.as_ref().map(|(h, _)| h.clone());
    start.set_position(plan.header.as_ref().map_or(0, |(_, len)| *len as u64));
    Ok(Prepared {
        reader: Box::new(Cleaned {
            input: Box::new(start.chain(input)),
            cleaner: Cleaner::new(&plan),
            out: header
                .as_ref()
                .map(Header::as_text)
                .unwrap_or_default()
                .into_bytes(),
            pos: 0,
            line: Vec::new(),
            done: false,
        }),
        header,
    })
}

/// The cleaned stream.
struct Cleaned {
    input: Box<dyn BufRead + Send>,
    cleaner: Cleaner,
    /// Cleaned bytes not yet read, from `pos`.
    out: Vec<u8>,
    pos: usize,
    line: Vec<u8>,
    done: bool,
}

impl Cleaned {
    /// Clean the next line (or piece of one) into `out`.
    fn refill(&mut self) -> io::Result<()> {
        self.line.clear();
        let n = (&mut self.input)
            .take(PIECE as u64)
            .read_until(b'\n', &mut self.line)?;
        if n == 0 {
            self.cleaner.finish(&mut self.out);
            self.done = true;
        } else if let Some(line) = self.line.strip_suffix(b"\n") {
            self.cleaner.push_line(line, true, &mut self.out);
        } else if n == PIECE {
            self.cleaner.push_piece(&self.line, &mut self.out);
        } else {
            self.cleaner.push_line(&self.line, false, &mut self.out);
        }
        Ok(())
    }
}

impl BufRead for Cleaned {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.pos >= self.out.len() && !self.done {
            self.out.clear();
            self.pos = 0;
            self.refill()?;
        }
        Ok(&self.out[self.pos..])
    }

    fn consume(&mut self, amount: usize) {
        self.pos = (self.pos + amount).min(self.out.len());
    }
}

impl Read for Cleaned {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(input: Vec<u8>) -> (Vec<u8>, Option<Header>) {
        let prepared = prepare(Box::new(Cursor::new(input))).expect("prepared");
        let mut out = Vec::new();
        let mut reader = prepared.reader;
        reader.read_to_end(&mut out).expect("read");
        (out, prepared.header)
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
