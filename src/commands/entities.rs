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
//!
//! Several files are read one after the other, as grep reads them: each
//! line of the table marked with its file's name ("a.txt:"), each JSON row
//! with a `file` field, the recogniser and the corrections loaded once. A
//! file that cannot be read is said on standard error and the others are
//! still read; the status then says it (2). One file, or none, prints what
//! it always did, unmarked: scripts read it.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::anyhow;

use super::render::OutputFacts;
use crate::core::chunks::ChunkReader;
use crate::core::document::{Document, INVALID_UTF8_WARNING};
use crate::reader::annotate::corrections::{self, Lexicon};
use crate::shell::cli::EntitiesArgs;
use crate::shell::probe;
use crate::store::input::{self, Source};
use crate::store::pages::ReadOptions;
use qari_recognize::stream::{chunk_end, Found, CHUNK_BYTES};
use qari_recognize::{Recognition, Recognizer, StreamRecognizer};

mod printer;

use printer::{Printer, Visual};

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

/// What every file of one run shares: the arguments, the recogniser and
/// the corrections, loaded once.
struct Run<'a> {
    args: &'a EntitiesArgs,
    bidi: Option<crate::core::terminal::BidiSetting>,
    read: &'a ReadOptions,
    recognizer: Recognizer,
    lexicon: Lexicon,
}

/// `qari entities`: false when one of several files could not be read (it
/// was said on standard error, and the others were read).
pub fn run(
    args: &EntitiesArgs,
    bidi: Option<crate::core::terminal::BidiSetting>,
    read: &ReadOptions,
) -> anyhow::Result<bool> {
    let run = Run {
        args,
        bidi,
        read,
        recognizer: recognizer()?,
        lexicon: if args.no_corrections {
            Lexicon::default()
        } else {
            lexicon()
        },
    };
    let ([] | [_]) = args.files.as_slice() else {
        return run.several();
    };
    run.one(args.files.first().map(PathBuf::as_path), false)
        .map(|_| true)
}

impl Run<'_> {
    /// Each file in turn, marked; one that fails is said and skipped.
    fn several(&self) -> anyhow::Result<bool> {
        let mut all = true;
        for file in &self.args.files {
            match self.one(Some(file), true) {
                Ok(true) => {}
                // Standard output closed (`| head`): nothing more to write.
                Ok(false) => break,
                Err(err) if crate::shell::files::is_interrupted(&err) => return Err(err),
                Err(err) => {
                    all = false;
                    // As `main` says an error: on one line, shown safe.
                    let shown = qari_layout::display_text(&format!("{err:#}")).into_owned();
                    let _ = writeln!(std::io::stderr(), "qari: {shown}");
                }
            }
        }
        Ok(all)
    }

    /// One input (`None`: standard input or the built-in article), its
    /// lines marked with its name when `marked`; false when standard output
    /// was closed.
    fn one(&self, file: Option<&Path>, marked: bool) -> anyhow::Result<bool> {
        let (args, read, recognizer, lexicon) =
            (self.args, self.read, &self.recognizer, &self.lexicon);
        // The terminal's bidi and the letters' joining change the table on a
        // terminal; nothing changes the JSON.
        let config = super::config();
        // Standard input when no file is named and it is not a terminal.
        let source = input::source_for(file)?;
        let failed = |e: crate::core::paragraphs::ReadError| anyhow!("{}: {e}", source.label());
        let read = super::reading(read, &source.label());
        let mut chunks = ChunkReader::new(input::open(source, &read)?);
        let stdout = std::io::stdout();
        let visual = (!args.json && stdout.is_terminal()).then(|| {
            let profile =
                probe::printing_profile(self.bidi.unwrap_or(config.terminal_bidi), &stdout).profile;
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
                    width: facts.terminal_width.filter(|&w| w > 0),
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
        if marked {
            printer.mark(&source.label());
        }
        let mut stream = StreamRecognizer::new(recognizer);
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
                let rec = whole_document(recognizer, lexicon, text, &source, file, args)?;
                let name = |e: usize| rec.entities[e].name.as_str();
                if gone_is_fine(printer.rows(text, 0, &rec.mentions, name))?.is_none() {
                    return Ok(false);
                }
                if !readable && !blank {
                    super::warn_of(&source.label(), NO_ARABIC_WARNING);
                }
                break;
            }
            whole = false;
            let done =
                recognize_in_chunks(&mut stream, lexicon, text, |chunk, base, found, stream| {
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
                return Ok(false);
            }
        }
        if chunks.replaced_invalid() {
            // Named as `render` and `search` name it: which input had the bytes.
            super::warn_of(&source.label(), INVALID_UTF8_WARNING);
        }
        if !whole && !readable && !blank {
            super::warn_of(&source.label(), NO_ARABIC_WARNING);
        }
        gone_is_fine(printer.finish()).map(|done| done.is_some())
    }
}

/// A document read whole: recognised in chunks, corrected, and with the
/// reader's labels of it applied.
fn whole_document(
    recognizer: &Recognizer,
    lexicon: &Lexicon,
    text: &str,
    source: &Source<'_>,
    file: Option<&Path>,
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
    Ok(match super::annotations::stored(&doc, file) {
        Ok(placed) => crate::reader::annotate::apply_labels(&rec, &placed),
        Err(err) => {
            super::annotations::warn(&format!("annotations: {err:#}"));
            rec
        }
    })
}

/// A closed standard output (`| head`) ends the command quietly: `None`.
fn gone_is_fine<T>(result: std::io::Result<T>) -> anyhow::Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(None),
        Err(e) => Err(anyhow::Error::from(e).context("writing standard output")),
    }
}
