//! PURE: text written for a pager, made into text to read.
//!
//! Programs that hand their output to a pager (`git log`, `man`, newsboat,
//! mail readers) write for a terminal: colours and cursor moves as escape
//! sequences, bold and underline as backspace overstrikes (`N\bN`, `_\bx`),
//! paragraphs cut into lines of one fixed width, and newsboat a block of
//! `Title:`/`Feed:`/`Link:` lines before the article. qari lays text out
//! itself, so each of these is undone here, on bytes, a line at a time:
//!
//! - escape sequences (CSI, including SGR colours; OSC, such as hyperlinks;
//!   two-byte escapes) are removed, overstrikes keep the character struck
//!   (bold and underline are read as plain text);
//! - a header block becomes [`Header`], which the reader takes as the title;
//! - lines are joined back into paragraphs only when [`plan`] finds strong
//!   evidence of a fixed wrap width in the first lines: every line that goes
//!   on into the next is one the next line's first word could not have been
//!   added to (what a greedy wrapper leaves), for most pairs of lines. Prose
//!   with one paragraph per line, code and `git log` show no such width and
//!   pass unchanged.
//!
//! - text a program laid out for the terminal (a man page, `ps aux`) is
//!   told by [`laid_out`], for the reader to show it at the terminal's width.
//!
//! The store streams input through [`Cleaner`] (`store/input/cleaned.rs`),
//! which holds at most one line back, so memory stays bounded on any input.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

mod header;
mod laid_out;
mod rejoin;
mod strip;

pub use header::Header;
pub use laid_out::laid_out;
pub use strip::clean_line;

/// Bytes that mark a line as needing [`clean_line`]: escape and backspace.
pub fn needs_cleaning(line: &[u8]) -> bool {
    memchr::memchr2(0x1b, 0x08, line).is_some()
}

/// How much of an input's start [`lines_end_in_cr`] reads.
pub const CR_WINDOW: usize = 64 * 1024;

/// Lines ended by CR alone, as old Mac texts end them: `window` (an input's
/// first [`CR_WINDOW`] bytes) has no LF and a CR that is not the start of a CR LF cut off
/// at its end. Such an input is read with its CRs as LFs.
pub fn lines_end_in_cr(window: &[u8]) -> bool {
    let window = &window[..window.len().min(CR_WINDOW)];
    memchr::memchr(b'\n', window).is_none()
        && memchr::memchr_iter(b'\r', window).any(|at| at + 1 < window.len())
}

/// What to do with an input, decided from its first lines.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// A header block at the start, and how many bytes of the input it takes
    /// (with the blank line after it).
    pub header: Option<(Header, usize)>,
    /// Re-join lines wrapped at this many cells.
    pub rejoin: Option<usize>,
    /// Some line has escape sequences or overstrikes.
    pub escapes: bool,
}

impl Plan {
    /// True when the input can be read as it is.
    pub fn is_nothing(&self) -> bool {
        self.header.is_none() && self.rejoin.is_none() && !self.escapes
    }
}

/// Look at `window`, the first lines of an input (a last line without its
/// line end is left out: it may go on), and decide what [`Cleaner`] does.
pub fn plan(window: &[u8]) -> Plan {
    let whole = memchr::memrchr(b'\n', window).map_or(&window[..0], |nl| &window[..=nl]);
    let header = Header::parse(whole);
    let body = &whole[header.as_ref().map_or(0, |(_, len)| *len)..];
    // A line too long for the window is still looked at for escapes.
    let escapes = needs_cleaning(window);
    let mut lines: Vec<Cow<'_, [u8]>> = Vec::new();
    for line in body.split(|&b| b == b'\n') {
        lines.push(if needs_cleaning(line) {
            let mut out = Vec::new();
            clean_line(line, &mut out);
            Cow::Owned(out)
        } else {
            Cow::Borrowed(line)
        });
    }
    Plan {
        header,
        rejoin: rejoin::wrap_width(&lines),
        escapes,
    }
}

/// Width of a line as the programs that wrap text count it (newsboat, mail
/// clients: wcwidth, a character at a time), in cells; invalid UTF-8 counts
/// as U+FFFD. Not the width of the string as drawn: that counts a lam-alef
/// pair as one cell, and newsboat's lines with one would look short of the
/// width they were wrapped at.
fn width(line: &[u8]) -> usize {
    String::from_utf8_lossy(line)
        .chars()
        .map(|c| c.width().unwrap_or(0))
        .sum()
}

/// Cleans an input line by line as [`Plan`] says, re-joining wrapped lines.
#[derive(Debug)]
pub struct Cleaner {
    rejoin: Option<rejoin::Rejoiner>,
    /// A line was cut (too long to hold): its rest follows as it comes.
    in_long_line: bool,
    scratch: Vec<u8>,
}

impl Cleaner {
    pub fn new(plan: &Plan) -> Self {
        Self {
            rejoin: plan.rejoin.map(rejoin::Rejoiner::new),
            in_long_line: false,
            scratch: Vec::new(),
        }
    }

    /// One line of input, without its line end; `ends` says whether it had
    /// one. The cleaned text is appended to `out` (possibly later: a line is
    /// held until the next shows whether they join).
    pub fn push_line(&mut self, line: &[u8], ends: bool, out: &mut Vec<u8>) {
        let line = self.cleaned(line);
        if std::mem::take(&mut self.in_long_line) {
            out.extend_from_slice(&line);
            if ends {
                out.push(b'\n');
            }
            self.keep(line);
            return;
        }
        match &mut self.rejoin {
            Some(rejoin) => rejoin.push(&line, ends, out),
            None => {
                out.extend_from_slice(&line);
                if ends {
                    out.push(b'\n');
                }
            }
        }
        self.keep(line);
    }

    /// A piece of a line too long to hold: given out at once, never joined.
    pub fn push_piece(&mut self, piece: &[u8], out: &mut Vec<u8>) {
        if !self.in_long_line {
            self.finish(out);
        }
        self.in_long_line = true;
        let piece = self.cleaned(piece);
        out.extend_from_slice(&piece);
        self.keep(piece);
    }

    /// The end of the input: what is still held.
    pub fn finish(&mut self, out: &mut Vec<u8>) {
        if let Some(rejoin) = &mut self.rejoin {
            rejoin.flush(out);
        }
    }

    /// Take back the buffer [`Cleaner::cleaned`] lent out.
    fn keep(&mut self, line: Cow<'_, [u8]>) {
        if let Cow::Owned(buf) = line {
            self.scratch = buf;
        }
    }

    /// `line` without escapes and overstrikes (the scratch buffer reused).
    fn cleaned<'a>(&mut self, line: &'a [u8]) -> Cow<'a, [u8]> {
        if needs_cleaning(line) {
            let mut buf = std::mem::take(&mut self.scratch);
            buf.clear();
            clean_line(line, &mut buf);
            Cow::Owned(buf)
        } else {
            Cow::Borrowed(line)
        }
    }
}

/// Clean a whole text at once as [`plan`] and [`Cleaner`] would stream it
/// (tests, and inputs that are read whole).
pub fn clean_all(text: &[u8]) -> (Option<Header>, Vec<u8>) {
    if lines_end_in_cr(text) {
        let lf: Vec<u8> = text
            .iter()
            .map(|&b| if b == b'\r' { b'\n' } else { b })
            .collect();
        return clean_all(&lf);
    }
    let plan = plan(text);
    let (header, skip) = match &plan.header {
        Some((h, len)) => (Some(h.clone()), *len),
        None => (None, 0),
    };
    let mut out = header
        .as_ref()
        .map(Header::as_text)
        .unwrap_or_default()
        .into_bytes();
    let mut cleaner = Cleaner::new(&plan);
    let body = &text[skip..];
    let mut rest = body;
    while !rest.is_empty() {
        match memchr::memchr(b'\n', rest) {
            Some(nl) => {
                cleaner.push_line(&rest[..nl], true, &mut out);
                rest = &rest[nl + 1..];
            }
            None => {
                cleaner.push_line(rest, false, &mut out);
                rest = &[];
            }
        }
    }
    cleaner.finish(&mut out);
    (header, out)
}

#[cfg(test)]
mod tests;
