//! `qari entities`: the recogniser's mentions, as a table or as JSON Lines.
//!
//! JSON Lines is the contract other tools rely on: one object per mention,
//! `{"kind","start","end","text","entity"}` plus `"speaker"` for quotes whose speaker
//! the text names; offsets are code points of the text as qari reads it (BOM dropped,
//! CRLF read as LF), so `text` is exactly those code points. The environment variable
//! `QARI_NER_WEIGHTS` names another weights file (one written by `qari-train`), which
//! is how a held-out model is scored from outside.
//!
//! The input streams through in chunks ([`ChunkReader`], recognised by
//! [`StreamRecognizer`]), and mentions are printed as each chunk is done, so
//! memory stays bounded on any input. The reader's corrections (the lexicon,
//! `qari corrections`) apply to every chunk unless `--no-corrections`. The
//! reader's labels of this very document (see `qari annotations`) override
//! the recogniser on their spans when the input fits in [`WHOLE_MAX`]: they
//! are found by the document's hash, which needs the whole text.

use std::io::{BufWriter, IsTerminal, Write};

use anyhow::anyhow;

use super::render::OutputFacts;
use crate::core::chunks::ChunkReader;
use crate::core::document::{Document, INVALID_UTF8_WARNING};
use crate::core::render::paint;
use crate::reader::annotate::corrections::{self, Lexicon};
use crate::shell::cli::EntitiesArgs;
use crate::shell::probe;
use crate::store::input::{self, Source};
use crate::store::pages::ReadOptions;
use qari_recognize::stream::{chunk_end, Found, CHUNK_BYTES};
use qari_recognize::{Kind, Mention, Recognition, Recognizer, StreamRecognizer};

/// Said on standard error when the input has no Arabic letter: no names is
/// then no finding about the text.
pub const NO_ARABIC_WARNING: &str = "no Arabic text: names are recognised in Arabic only";

/// Inputs up to this size are read whole first, so the reader's labels of the
/// document apply; larger ones stream without them.
pub const WHOLE_MAX: usize = 4 << 20;

/// [`WHOLE_MAX`], lowered by the hidden `QARI_ENTITIES_WHOLE_BYTES` (tests
/// show streaming without piping 4 MiB through a debug build).
fn whole_max() -> usize {
    std::env::var("QARI_ENTITIES_WHOLE_BYTES")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(WHOLE_MAX)
}

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
    fn write_json(&self, out: &mut impl Write) -> std::io::Result<()> {
        out.write_all(b"{\"kind\":\"")?;
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

/// A cell of the table, for a person to read: on one line, its controls
/// shown as pictures, never sent (an escape sequence in a quote would clear
/// the screen), and cut at [`CELL`] characters.
fn cell(s: &str) -> String {
    let flat: String = s.chars().map(|c| if c == '\n' { ' ' } else { c }).collect();
    let flat = qari_layout::display_text(&flat).into_owned();
    if flat.chars().count() > CELL {
        format!("{}…", flat.chars().take(CELL - 1).collect::<String>())
    } else {
        flat
    }
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
struct Printer<W: Write> {
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
    visual: Option<Visual>,
}

/// How a row goes to a terminal: laid out by qari (a terminal with no bidi
/// of its own draws an Arabic name's letters backwards and apart), then
/// sent as the terminal must be sent it.
struct Visual {
    options: qari_layout::LayoutOptions,
    strategy: crate::core::terminal::Strategy,
}

impl<W: Write> Printer<W> {
    fn new(out: W, json: bool) -> Self {
        Self {
            out,
            json,
            mentions: [0; Kind::ALL.len()],
            entities: [0; Kind::ALL.len()],
            named: Vec::new(),
            header: !json,
            visual: None,
        }
    }

    /// A table row (without its line end), as the output wants it.
    fn line(&mut self, row: &str) -> std::io::Result<()> {
        let Some(visual) = &self.visual else {
            self.out.write_all(row.as_bytes())?;
            return self.out.write_all(b"\n");
        };
        let laid = qari_layout::layout_paragraph(row, &visual.options);
        for line in &laid.lines {
            let sent = paint::for_terminal(line, 0, qari_layout::Direction::Ltr, visual.strategy);
            paint::write_plain_line(&mut self.out, sent.as_ref().unwrap_or(line), 0)?;
        }
        Ok(())
    }

    fn header(&mut self) -> std::io::Result<()> {
        if std::mem::take(&mut self.header) {
            self.out
                .write_all(b"kind          start-end    text | entity\n")?;
        }
        Ok(())
    }

    /// `mentions` of `text`, which starts at code point `base` of the document;
    /// `name` gives an entity's name by id.
    fn rows<'n>(
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
                row.write_json(&mut self.out)?;
            } else {
                // On a terminal each cell is laid out apart (isolated): as
                // one right-to-left run, "شكري | سامح شكري" put the entity
                // under the header's "text".
                let isolated = self.visual.is_some();
                let cell = |s: &str| {
                    if isolated {
                        format!("\u{2068}{}\u{2069}", cell(s))
                    } else {
                        cell(s)
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
                self.line(&line)?;
            }
        }
        Ok(())
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.header()?;
        if !self.json {
            for kind in Kind::ALL {
                let (n, e) = (self.mentions[kind as usize], self.entities[kind as usize]);
                let mentions = if n == 1 { "mention" } else { "mentions" };
                let entities = if e == 1 { "entity" } else { "entities" };
                writeln!(self.out, "{}: {n} {mentions}, {e} {entities}", kind.name())?;
            }
        }
        self.out.flush()
    }
}

/// The built-in recogniser, or the one whose weights `QARI_NER_WEIGHTS` names.
pub fn recognizer() -> anyhow::Result<Recognizer> {
    Ok(match std::env::var_os("QARI_NER_WEIGHTS") {
        Some(path) => {
            let bytes = crate::store::input::read_file(std::path::Path::new(&path))?;
            Recognizer::from_weights(&bytes)?
        }
        None => Recognizer::builtin()?,
    })
}

/// The stored corrections; a store that cannot be read is a warning and none.
pub fn lexicon() -> Lexicon {
    let stored = crate::store::Store::open()
        .map_err(anyhow::Error::from)
        .and_then(|store| Ok(store.load_corrections()?));
    match stored {
        Ok(stored) => {
            for aside in &stored.moved_aside {
                super::annotations::warn(&format!(
                    "{}: corrections that did not parse were moved aside",
                    aside.display()
                ));
            }
            for why in &stored.unreadable {
                super::annotations::warn(why);
            }
            stored.lexicon
        }
        Err(err) => {
            super::annotations::warn(&format!("corrections: {err:#}"));
            Lexicon::default()
        }
    }
}

/// Recognise `text` chunk by chunk, corrected by `lexicon`, handing each
/// chunk's text, first code point and findings to `each`.
fn recognize_in_chunks(
    stream: &mut StreamRecognizer<'_>,
    lexicon: &Lexicon,
    text: &str,
    mut each: impl FnMut(&str, usize, Found, &StreamRecognizer<'_>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut rest = text;
    while !rest.is_empty() {
        let end = chunk_end(rest, CHUNK_BYTES);
        let chunk = &rest[..end];
        // Presentation forms read as the letters they show (spans stay the chunk's).
        let found = crate::core::compat::recognize_with(chunk, |t| stream.recognize(t));
        let found = corrections::apply(chunk, &found, lexicon).unwrap_or(found);
        let base = stream.offset();
        let found = stream.place(found, chunk.chars().count());
        each(chunk, base, found, stream)?;
        rest = &rest[end..];
    }
    Ok(())
}

pub fn run(
    args: &EntitiesArgs,
    bidi: Option<crate::core::terminal::BidiSetting>,
    read: &ReadOptions,
) -> anyhow::Result<()> {
    // The terminal's bidi and the letters' joining change the table on a
    // terminal; nothing changes the JSON.
    let config = super::config();
    let recognizer = recognizer()?;
    let lexicon = if args.no_corrections {
        Lexicon::default()
    } else {
        lexicon()
    };
    // Standard input when no file is named and it is not a terminal.
    let source = input::source_for(args.file.as_deref())?;
    let failed = |e: crate::core::paragraphs::ReadError| anyhow!("{}: {e}", source.label());
    let mut chunks = ChunkReader::new(input::open(source, read)?);
    let stdout = std::io::stdout();
    let visual = (!args.json && stdout.is_terminal()).then(|| {
        let profile =
            probe::printing_profile(bidi.unwrap_or(config.terminal_bidi), &stdout).profile;
        let facts = OutputFacts::of(&stdout, &profile);
        let options = qari_layout::LayoutOptions {
            width: None,
            shape: facts.shape(config.text.shape),
            fallback_direction: qari_layout::Direction::Ltr,
            ..qari_layout::LayoutOptions::default()
        };
        (
            Visual {
                options,
                strategy: facts.strategy,
            },
            profile,
        )
    });
    // The terminal's own bidi off while the rows are printed (VTE, mlterm).
    let _switched = visual
        .as_ref()
        .map(|(_, profile)| probe::Switched::on(profile));
    let mut printer = Printer::new(BufWriter::new(stdout.lock()), args.json);
    printer.visual = visual.map(|(v, _)| v);
    let mut stream = StreamRecognizer::new(&recognizer);
    let mut whole = true;
    let whole_max = whole_max();
    // Whether any chunk had text the recogniser reads (see the end).
    let mut readable = false;
    let mut blank = true;
    loop {
        let max = if whole { whole_max } else { CHUNK_BYTES };
        let Some(chunk) = chunks.next_chunk(max).map_err(failed)? else {
            break;
        };
        let text = chunk.text;
        readable = readable || qari_recognize::has_arabic_letter(text);
        blank = blank && text.trim().is_empty();
        if whole && chunk.last {
            let rec = whole_document(&recognizer, &lexicon, text, &source, args)?;
            let name = |e: usize| rec.entities[e].name.as_str();
            if gone_is_fine(printer.rows(text, 0, &rec.mentions, name))?.is_none() {
                return Ok(());
            }
            if !readable && !blank {
                super::warn_of(&source.label(), NO_ARABIC_WARNING);
            }
            break;
        }
        whole = false;
        let done =
            recognize_in_chunks(&mut stream, &lexicon, text, |chunk, base, found, stream| {
                // This chunk's new entities (every quote among them) by their
                // own names, the others by the names they were first given.
                let first_new = stream.entity_count() - found.entities.len();
                let name = |e: usize| match e.checked_sub(first_new) {
                    Some(new) => found.entities.get(new).map_or("", |x| x.name.as_str()),
                    None => stream.entity(e).map_or("", |(_, n)| n),
                };
                printer.rows(chunk, base, &found.mentions, name)
            });
        if gone_is_fine(done)?.is_none() {
            return Ok(());
        }
    }
    if chunks.replaced_invalid() {
        // Named as `render` and `search` name it: which input had the bytes.
        super::warn_of(&source.label(), INVALID_UTF8_WARNING);
    }
    if !whole && !readable && !blank {
        super::warn_of(&source.label(), NO_ARABIC_WARNING);
    }
    gone_is_fine(printer.finish()).map(drop)
}

/// A document read whole: recognised in chunks, corrected, and with the
/// reader's labels of it applied.
fn whole_document(
    recognizer: &Recognizer,
    lexicon: &Lexicon,
    text: &str,
    source: &Source<'_>,
    args: &EntitiesArgs,
) -> anyhow::Result<Recognition> {
    let mut stream = StreamRecognizer::new(recognizer);
    let mut rec = Recognition::default();
    recognize_in_chunks(&mut stream, lexicon, text, |_, _, found, _| {
        rec.extend(found);
        Ok(())
    })?;
    // The reader's labels override the recogniser; without a store there are
    // none, and `--no-corrections` asks for the recogniser's own answer.
    if args.no_corrections {
        return Ok(rec);
    }
    let doc = Document::from_vec(source.title(), text.as_bytes().to_vec())?;
    Ok(
        match super::annotations::stored(&doc, args.file.as_deref()) {
            Ok(placed) => crate::reader::annotate::apply_labels(&rec, &placed),
            Err(err) => {
                super::annotations::warn(&format!("annotations: {err:#}"));
                rec
            }
        },
    )
}

/// A closed standard output (`| head`) ends the command quietly: `None`.
fn gone_is_fine<T>(result: std::io::Result<T>) -> anyhow::Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(None),
        Err(e) => Err(anyhow::Error::from(e).context("writing standard output")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The row as serde_json serialised it before rows were written by hand.
    #[derive(serde::Serialize)]
    struct Serde<'a> {
        kind: Kind,
        start: usize,
        end: usize,
        text: &'a str,
        entity: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        speaker: Option<&'a str>,
    }

    #[test]
    fn rows_are_written_as_serde_json_writes_them() {
        let tricky: String = (0u8..0x80)
            .map(char::from)
            .chain("قال «لا» ‎ \u{2028}".chars())
            .collect();
        for (text, speaker) in [
            ("القاهرة", None),
            (tricky.as_str(), Some("مصدر \"أمني\"\\")),
        ] {
            let row = Row {
                kind: Kind::Quote,
                start: 7,
                end: 1_234_567_890,
                text,
                entity: "توكاييف\u{7}/",
                speaker,
            };
            let mut ours = Vec::new();
            row.write_json(&mut ours)
                .expect("a vector takes every write");
            let value = Serde {
                kind: row.kind,
                start: row.start,
                end: row.end,
                text: row.text,
                entity: row.entity,
                speaker: row.speaker,
            };
            let theirs = serde_json::to_string(&value).expect("serialisable") + "\n";
            assert_eq!(String::from_utf8(ours).expect("UTF-8"), theirs);
        }
        let mut zero = Vec::new();
        write_number(&mut zero, 0).expect("a vector takes every write");
        assert_eq!(zero, b"0");
    }
}
