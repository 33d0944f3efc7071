//! Lines cut at a fixed width, joined back into paragraphs.
//!
//! A greedy wrapper at width `W` ends a line only when the next word would
//! not fit: a line that goes on satisfies `width(line) + 1 + width(next
//! line's first word) > W`. Text not wrapped by a program (one paragraph per
//! line, code, lists, logs) rarely satisfies it for most of its lines, so
//! [`wrap_width`] asks it of most pairs of lines before saying the text is
//! wrapped (and sentences that end inside lines or a paragraph that ends
//! with one, which prose cut by a wrapper has and a poem's verses or a list
//! of headlines do not); the same
//! test then decides each join. A line that starts a list
//! item, or whose indentation or quote marks (`> `) differ, is never joined.

use super::width;

/// The narrowest wrap width taken for one.
const MIN_WIDTH: usize = 30;

/// The width the lines of `lines` were wrapped at, when they show one.
pub(super) fn wrap_width<L: AsRef<[u8]>>(lines: &[L]) -> Option<usize> {
    let wrap = lines
        .iter()
        .map(AsRef::as_ref)
        .filter(|l| !is_blank(l))
        .map(width)
        .max()?;
    if wrap < MIN_WIDTH {
        return None;
    }
    let (mut pairs, mut fits) = (0_usize, 0_usize);
    // Signs of lines that are records, not pieces of a paragraph.
    let (mut same_start, mut sentence_ends, mut digit_starts) = (0_usize, 0_usize, 0_usize);
    // Prose cut by a wrapper ends sentences inside its lines, or at least
    // ends a paragraph with one; a poem's verses and a list of headlines do
    // neither.
    let inner_stops: usize = lines.iter().map(|l| inner_sentence_stops(l.as_ref())).sum();
    let paragraph_ends = lines
        .iter()
        .map(AsRef::as_ref)
        .zip(
            lines
                .iter()
                .map(AsRef::as_ref)
                .skip(1)
                .map(Some)
                .chain([None]),
        )
        .filter(|(a, next)| !is_blank(a) && ends_sentence(a) && next.is_none_or(is_blank))
        .count();
    let mut widths = std::collections::BTreeSet::new();
    for pair in lines.windows(2) {
        let (a, b) = (pair[0].as_ref(), pair[1].as_ref());
        if is_blank(a) || is_blank(b) {
            continue;
        }
        pairs += 1;
        let line = Line::of(a);
        if continues(&line, b, wrap) {
            fits += 1;
            widths.insert(line.width);
            same_start += usize::from(first_word(a) == first_word(b));
            sentence_ends += usize::from(ends_sentence(a));
            digit_starts +=
                usize::from(b.trim_ascii_start().first().is_some_and(u8::is_ascii_digit));
        }
    }
    // A wrapper ends lines where words end, mostly inside sentences, and the
    // next line starts with whatever word comes: lines of one width all
    // through (one line repeated), lines that each end a sentence or start
    // with the same word or a number (a list, a log) are no evidence of one.
    let evidence = fits >= 2
        && fits * 5 >= pairs * 4
        && widths.len() >= 2
        && same_start * 3 < fits
        && sentence_ends * 2 < fits
        && digit_starts * 2 < fits
        && (inner_stops * 6 >= fits || paragraph_ends > 0);
    evidence.then_some(wrap)
}

/// Sentence stops and commas followed by a space inside a line (., !, ?,
/// ؟, ؛, …, ، and ,): Arabic prose runs its sentences on with commas.
fn inner_sentence_stops(line: &[u8]) -> usize {
    let text = String::from_utf8_lossy(trim_end(line));
    let mut chars = text.chars().peekable();
    let mut stops = 0;
    while let Some(c) = chars.next() {
        if matches!(
            c,
            '.' | '!' | '?' | '\u{061F}' | '\u{061B}' | '\u{2026}' | '\u{060C}' | ','
        ) && chars.peek().is_some_and(|n| *n == ' ')
        {
            stops += 1;
        }
    }
    stops
}

fn first_word(line: &[u8]) -> &[u8] {
    let rest = &line[prefix(line).len()..];
    rest.split(u8::is_ascii_whitespace).next().unwrap_or(rest)
}

/// Whether a line ends with a sentence's last mark (Latin or Arabic).
fn ends_sentence(line: &[u8]) -> bool {
    let text = String::from_utf8_lossy(trim_end(line));
    text.ends_with(['.', '!', '?', '\u{061F}', '\u{06D4}', ':'])
}

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// Indentation and quote marks: what a wrapper repeats on every line.
fn prefix(line: &[u8]) -> &[u8] {
    let n = line
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'>'))
        .count();
    &line[..n]
}

fn trim_end(line: &[u8]) -> &[u8] {
    let n = line.len()
        - line
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
    &line[..n]
}

/// The facts about a line that decide whether the next joins it.
#[derive(Debug)]
struct Line {
    width: usize,
    prefix: Vec<u8>,
    text: Vec<u8>,
}

impl Line {
    fn of(line: &[u8]) -> Self {
        Self {
            width: width(trim_end(line)),
            prefix: prefix(line).to_vec(),
            text: line.to_vec(),
        }
    }
}

/// Whether `next` goes on the paragraph that `line` is the last line of.
fn continues(line: &Line, next: &[u8], wrap: usize) -> bool {
    let rest = &next[prefix(next).len()..];
    // A line repeated is not a paragraph going on.
    if is_blank(next) || next == line.text || prefix(next) != line.prefix || starts_item(rest) {
        return false;
    }
    let word = rest
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(rest, |end| &rest[..end]);
    line.width <= wrap && line.width * 3 >= wrap * 2 && line.width + 1 + width(word) > wrap
}

/// `- `, `* `, `• `, `1. `, `2) `: a new item, whatever came before.
fn starts_item(rest: &[u8]) -> bool {
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let after = &rest[digits..];
    if digits > 0 {
        return after.starts_with(b". ") || after.starts_with(b") ");
    }
    ["- ", "* ", "• ", "– "]
        .iter()
        .any(|m| rest.starts_with(m.as_bytes()))
}

/// Joins lines as they stream past, holding back the paragraph being built.
#[derive(Debug)]
pub(super) struct Rejoiner {
    wrap: usize,
    /// The paragraph so far, its last line's facts, and whether that line ended.
    held: Option<(Vec<u8>, Line, bool)>,
}

impl Rejoiner {
    pub(super) fn new(wrap: usize) -> Self {
        Self { wrap, held: None }
    }

    pub(super) fn push(&mut self, line: &[u8], ends: bool, out: &mut Vec<u8>) {
        if let Some((text, last, held_ends)) = &mut self.held {
            if continues(last, line, self.wrap) {
                text.push(b' ');
                text.extend_from_slice(trim_end(&line[prefix(line).len()..]));
                *last = Line::of(line);
                *held_ends = ends;
                return;
            }
        }
        self.flush(out);
        if is_blank(line) {
            // newsboat separates paragraphs with a line of one space.
            if ends {
                out.push(b'\n');
            }
        } else {
            self.held = Some((trim_end(line).to_vec(), Line::of(line), ends));
        }
    }

    pub(super) fn flush(&mut self, out: &mut Vec<u8>) {
        if let Some((text, _, ends)) = self.held.take() {
            out.extend_from_slice(&text);
            if ends {
                out.push(b'\n');
            }
        }
    }
}
