//! The rows `qari entities` writes as they come: JSON Lines written by hand
//! (the contract other tools read), or a table for a person, laid out for a
//! terminal as `qari render` lays a line out, with its counts at its end.
//! Apart from `entities.rs`, which reads the input and recognises it.

use std::io::Write;

use crate::core::render::paint;
use crate::reader::messages::cut_end;
use qari_recognize::{Kind, Mention};

struct Row<'a> {
    kind: Kind,
    start: usize,
    end: usize,
    text: &'a str,
    entity: &'a str,
    speaker: Option<&'a str>,
}

impl Row<'_> {
    /// The row as one line of JSON, written straight into `out`: the
    /// fields in this order, no spaces, strings escaped as serde_json
    /// escapes them (a quote, a backslash and control characters only), so
    /// the line is what `serde_json::to_writer` gave, without building it.
    /// `file` first when several files are read: which one the row is of.
    fn write_json(&self, out: &mut impl Write, file: Option<&str>) -> std::io::Result<()> {
        out.write_all(b"{")?;
        if let Some(file) = file {
            out.write_all(b"\"file\":")?;
            write_json_str(out, file)?;
            out.write_all(b",")?;
        }
        out.write_all(b"\"kind\":\"")?;
        out.write_all(self.kind.name().as_bytes())?;
        out.write_all(b"\",\"start\":")?;
        write_number(out, self.start)?;
        out.write_all(b",\"end\":")?;
        write_number(out, self.end)?;
        out.write_all(b",\"text\":")?;
        write_json_str(out, self.text)?;
        out.write_all(b",\"entity\":")?;
        write_json_str(out, self.entity)?;
        if let Some(speaker) = self.speaker {
            out.write_all(b",\"speaker\":")?;
            write_json_str(out, speaker)?;
        }
        out.write_all(b"}\n")
    }
}

/// `n` in decimal, without the formatting machinery.
fn write_number(out: &mut impl Write, mut n: usize) -> std::io::Result<()> {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.write_all(&digits[at..])
}

/// `s` as a JSON string: runs that need no escape are written whole.
fn write_json_str(out: &mut impl Write, s: &str) -> std::io::Result<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.write_all(b"\"")?;
    let bytes = s.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escaped: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0..0x20 => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xF)],
            ],
            _ => continue,
        };
        out.write_all(&bytes[from..i])?;
        out.write_all(escaped)?;
        from = i + 1;
    }
    out.write_all(&bytes[from..])?;
    out.write_all(b"\"")
}

/// Longest text shown in a table cell, in characters.
const CELL: usize = 48;
/// The shortest a cell is cut to before a row too wide for its terminal is
/// cut at its end.
const NARROWEST_CELL: usize = 6;

/// A cell of the table, for a person to read: on one line, its controls
/// shown as pictures, never sent (an escape sequence in a quote would clear
/// the screen), and cut at `most` characters (in logical order, `…` last).
fn cell(s: &str, most: usize) -> String {
    let flat: String = s.chars().map(|c| if c == '\n' { ' ' } else { c }).collect();
    let flat = qari_layout::display_text(&flat).into_owned();
    if flat.chars().count() > most {
        format!("{}…", flat.chars().take(most - 1).collect::<String>())
    } else {
        flat
    }
}

/// A row of the table, its cells cut at `most` characters; `isolated` lays
/// each cell out apart (on a terminal: as one right-to-left run, "شكري |
/// سامح شكري" put the entity under the header's "text").
fn table_row(row: &Row<'_>, most: usize, isolated: bool) -> String {
    let cell = |s: &str| {
        if isolated {
            format!("\u{2068}{}\u{2069}", cell(s, most))
        } else {
            cell(s, most)
        }
    };
    let span = format!("{}-{}", row.start, row.end);
    let mut line = format!("{:<13} {span:<12} {}", row.kind.name(), cell(row.text));
    if row.entity != row.text {
        line.push_str(&format!(" | {}", cell(row.entity)));
    }
    if let Some(s) = row.speaker {
        line.push_str(&format!(" | said by {}", cell(s)));
    }
    line
}

/// The texts of `mentions` (in text order, so their starts never go back)
/// in `text`, whose first code point is `base` of the document: one walk over
/// the text, and over each mention's own length.
fn mention_texts<'t>(text: &'t str, base: usize, mentions: &[Mention]) -> Vec<&'t str> {
    let (mut byte, mut chars) = (0, base);
    mentions
        .iter()
        .map(|m| {
            if m.span.start < chars {
                // Out of order (not from the recogniser): start again.
                (byte, chars) = (0, base);
            }
            let rest = &text[byte..];
            let skip = m.span.start - chars;
            let start = rest.char_indices().nth(skip).map_or(rest.len(), |(b, _)| b);
            byte += start;
            chars = m.span.start;
            let from = &text[byte..];
            let len = from
                .char_indices()
                .nth(m.span.len())
                .map_or(from.len(), |(b, _)| b);
            &from[..len]
        })
        .collect()
}

/// Rows written as they come: JSON Lines, or a table with counts at its end.
pub(super) struct Printer<W: Write> {
    out: W,
    json: bool,
    mentions: [usize; Kind::ALL.len()],
    entities: [usize; Kind::ALL.len()],
    /// Entity ids a row has named so far: an entity counts once, when its first
    /// mention is written, whether it came whole or in chunks. A speaker the text
    /// only describes (مصدر أمني) has no mention of its own and is not counted.
    named: Vec<bool>,
    /// The table's header is still to write: it goes out with the first
    /// row or the counts, so input that cannot be read leaves nothing on
    /// standard output.
    header: bool,
    /// The table's rows laid out for a terminal, as `qari render` lays a
    /// line out; `None` for a pipe, a file or JSON.
    pub(super) visual: Option<Visual>,
    /// Of several files, the one read (as named), before each of its table's
    /// lines ("a.txt:", as grep marks a line) and in each JSON row.
    file: Option<String>,
    prefix: String,
}

/// How a row goes to a terminal: laid out by qari (a terminal with no bidi
/// of its own draws an Arabic name's letters backwards and apart), then
/// sent as the terminal must be sent it.
pub(super) struct Visual {
    pub(super) options: qari_layout::LayoutOptions,
    pub(super) strategy: crate::core::terminal::Strategy,
    /// The terminal's columns, when it says: a row is fitted to them
    /// ([`Visual::fitted`]) rather than wrapped by the terminal in the
    /// middle of a name.
    pub(super) width: Option<usize>,
}

impl Visual {
    /// The columns `line` takes, laid out.
    fn columns(&self, line: &str) -> usize {
        qari_layout::layout_paragraph(line, &self.options)
            .lines
            .iter()
            .map(|l| l.width)
            .sum()
    }

    /// `row` as wide as the terminal at most: its cells cut shorter (each
    /// in logical order, with `…`, as a long quote always is), and, on a
    /// terminal narrower still, the row itself cut at its logical end.
    fn fitted(&self, row: &Row<'_>) -> String {
        let full = table_row(row, CELL, true);
        let Some(width) = self.width else {
            return full;
        };
        if self.columns(&full) <= width {
            return full;
        }
        for most in (NARROWEST_CELL..CELL).rev() {
            let line = table_row(row, most, true);
            if self.columns(&line) <= width {
                return line;
            }
        }
        let narrowest: Vec<char> = table_row(row, NARROWEST_CELL, true).chars().collect();
        let cut = |n: usize| {
            let head: String = narrowest[..n].iter().collect();
            // An isolate the cut leaves open is closed after the `…`.
            let open = head.matches('\u{2068}').count() > head.matches('\u{2069}').count();
            format!("{head}…{}", if open { "\u{2069}" } else { "" })
        };
        (0..narrowest.len())
            .rev()
            .map(cut)
            .find(|line| self.columns(line) <= width)
            .unwrap_or_default()
    }
}

impl<W: Write> Printer<W> {
    pub(super) fn new(out: W, json: bool) -> Self {
        Self {
            out,
            json,
            mentions: [0; Kind::ALL.len()],
            entities: [0; Kind::ALL.len()],
            named: Vec::new(),
            header: !json,
            visual: None,
            file: None,
            prefix: String::new(),
        }
    }

    /// Mark every line with `file`, one of several read: its table's lines
    /// start with "`file`:" (shown safe, and counted in the terminal's
    /// width), its JSON rows have a `file` field.
    pub(super) fn mark(&mut self, file: &str) {
        self.prefix = format!("{}:", qari_layout::display_text(file));
        self.file = Some(file.to_string());
        let taken = unicode_width::UnicodeWidthStr::width(self.prefix.as_str());
        if let Some(visual) = &mut self.visual {
            visual.width = visual.width.map(|w| w.saturating_sub(taken).max(1));
        }
    }

    /// A table row (without its line end), as the output wants it.
    fn line(&mut self, row: &str) -> std::io::Result<()> {
        self.out.write_all(self.prefix.as_bytes())?;
        let Some(visual) = &self.visual else {
            self.out.write_all(row.as_bytes())?;
            return self.out.write_all(b"\n");
        };
        let laid = qari_layout::layout_paragraph(row, &visual.options);
        for (i, line) in laid.lines.iter().enumerate() {
            if i > 0 {
                self.out.write_all(self.prefix.as_bytes())?;
            }
            let sent = paint::for_terminal(line, 0, qari_layout::Direction::Ltr, visual.strategy);
            paint::write_plain_line(&mut self.out, sent.as_ref().unwrap_or(line), 0)?;
        }
        Ok(())
    }

    fn header(&mut self) -> std::io::Result<()> {
        if std::mem::take(&mut self.header) {
            let header = self.narrowed("kind          start-end    text | entity");
            writeln!(self.out, "{}{header}", self.prefix)?;
        }
        Ok(())
    }

    /// A line of the table's own words (its header, its counts) as wide as
    /// the terminal at most, cut at its end with `…`: wrapped by the
    /// terminal, it would read as two lines of the table.
    fn narrowed(&self, line: &str) -> String {
        match self.visual.as_ref().and_then(|v| v.width) {
            Some(width) => cut_end(line, width),
            None => line.to_string(),
        }
    }

    /// `mentions` of `text`, which starts at code point `base` of the document;
    /// `name` gives an entity's name by id.
    pub(super) fn rows<'n>(
        &mut self,
        text: &str,
        base: usize,
        mentions: &[Mention],
        name: impl Fn(usize) -> &'n str,
    ) -> std::io::Result<()> {
        if !mentions.is_empty() {
            self.header()?;
        }
        for (m, t) in mentions.iter().zip(mention_texts(text, base, mentions)) {
            self.mentions[m.kind as usize] += 1;
            if self.named.len() <= m.entity {
                self.named.resize(m.entity + 1, false);
            }
            if !std::mem::replace(&mut self.named[m.entity], true) {
                self.entities[m.kind as usize] += 1;
            }
            let row = Row {
                kind: m.kind,
                start: m.span.start,
                end: m.span.end,
                text: t,
                entity: name(m.entity),
                speaker: m.speaker.map(&name),
            };
            if self.json {
                row.write_json(&mut self.out, self.file.as_deref())?;
            } else {
                // A pipe keeps the whole row.
                let line = match &self.visual {
                    Some(visual) => visual.fitted(&row),
                    None => table_row(&row, CELL, false),
                };
                self.line(&line)?;
            }
        }
        Ok(())
    }

    pub(super) fn finish(mut self) -> std::io::Result<()> {
        self.header()?;
        if !self.json {
            for kind in Kind::ALL {
                let (n, e) = (self.mentions[kind as usize], self.entities[kind as usize]);
                let mentions = if n == 1 { "mention" } else { "mentions" };
                let entities = if e == 1 { "entity" } else { "entities" };
                let counts =
                    self.narrowed(&format!("{}: {n} {mentions}, {e} {entities}", kind.name()));
                writeln!(self.out, "{}{counts}", self.prefix)?;
            }
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests;
