//! The reader over the files named on the command line, one at a time, as
//! less reads them: `:n` and `:p` end one reader and start the next.
//!
//! The terminal is asked about itself once; each file then gets a reader of
//! its own (`tui::run`), which saves that document's position as it ends.
//! The first file is opened before any screen: when it cannot be, the next
//! one that can is read with the first one's error in its status bar, and
//! when none can, qari ends with that error in one line, as for a single
//! file. `:n`/`:p` pass over a file that cannot be opened, saying so in the
//! status bar of the one they reach, or of the document they stay on, which
//! the reader hands back as it was (its file may be gone). `R` and `:e` end
//! a reader for the same file read again, opened where the reader was. Standard input is
//! read once and kept, as less keeps it, once its reader has it whole. A feed,
//! named or piped in, opens on the list of its items (`shell/feed.rs`), and
//! `:n`/`:p` from that list move between the files as from any document (a
//! feed piped in is kept as its items, and its list comes back).

use std::path::Path;

use crate::core::article::feed::Feed;
use crate::core::article::Link;
use crate::core::document::Document;
use crate::core::notice::{InputError, Reason};
use crate::reader::app::{FileList, FileStep};
use crate::shell::cli::Cli;
use crate::shell::tui::{self, ReaderOptions};
use crate::shell::waiting::FetchWatch;
use crate::store::input::Reading;
use crate::store::input::{self, Source};
use crate::store::pages::{self, ReadOptions};

/// Read the files `cli` names (or standard input, or the built-in article);
/// qari's exit status (see [`tui::Outcome`]).
pub fn read(cli: &Cli) -> anyhow::Result<u8> {
    let paths: Vec<Option<&Path>> = if cli.files.is_empty() {
        vec![None]
    } else {
        cli.files.iter().map(|p| Some(p.as_path())).collect()
    };
    let mut opts = ReaderOptions::from_cli(cli);
    // A link given up on (a key, a signal) while it is fetched.
    let options = ReadOptions {
        encoding: cli.encoding,
        waiter: Some(std::sync::Arc::new(FetchWatch::for_reader(
            std::sync::Arc::clone(&opts.stop),
        ))),
        tell: None,
    };
    let mut inputs = Inputs {
        paths: &paths,
        options: &options,
        stdin: None,
        stdin_taken: false,
        opened: Vec::new(),
    };
    // The first file that opens; the ones before it are said in its status
    // bar (with one file, or none that opens, the first one's error ends qari).
    let (mut at, mut reading) = match inputs.open(0) {
        Ok(reading) => (0, reading),
        // Given up on: qari ends, as interrupted (`main`).
        Err(first) if is_interrupted(&first) => return Err(first),
        Err(first) => {
            let later = (1..paths.len()).find_map(|i| inputs.open(i).ok().map(|r| (i, r)));
            let Some((i, reading)) = later else {
                return Err(first);
            };
            opts.notice = Some(opts.said(&first));
            (i, reading)
        }
    };
    // `man ls | qari`: laid out for the terminal, read at its width.
    opts.look_at_piped(&reading.loading.document);
    loop {
        // The file, without a `#fragment`, which says where to start.
        opts.path = paths[at]
            .filter(|p| p.as_os_str() != "-")
            .map(|p| pages::split_fragment(p).0);
        opts.start = reading.start.take();
        opts.files = FileList {
            index: at,
            count: paths.len(),
            file: opts.path.is_some(),
        };
        let links = std::mem::take(&mut reading.links);
        let (ended, kept) = match reading.feed {
            Some((feed, address)) => {
                let name = reading.loading.document.name.clone();
                let ended = super::feed::read(&feed, &address, &name, &opts, &options)?;
                if inputs.is_stdin(at) {
                    inputs.stdin = Some(Kept::Feed {
                        feed,
                        address,
                        name,
                    });
                }
                (ended, None)
            }
            None => super::links::read(reading.loading, &links, &opts, &options)?,
        };
        let step = match ended {
            tui::Outcome::Exit(status) => return Ok(status),
            tui::Outcome::Step(step) => step,
        };
        // Standard input is read once: its document is kept, as less keeps it.
        if inputs.is_stdin(at) {
            if let Some(document) = &kept {
                inputs.stdin = Some(Kept::Document(document.clone(), links.clone()));
            }
        }
        // The next file that opens in the step's direction: one that cannot
        // be opened is said and passed over, as less does.
        let order: Vec<usize> = match step {
            FileStep::Next => (at + 1..paths.len()).collect(),
            FileStep::Previous => (0..at).rev().collect(),
            FileStep::Open(_) | FileStep::Link(_) | FileStep::Reread(_) => vec![at],
        };
        let mut failed = None;
        let mut found = None;
        for i in order {
            match inputs.open(i) {
                Ok(next_reading) => {
                    found = Some((i, next_reading));
                    break;
                }
                Err(err) => {
                    failed.get_or_insert_with(|| opts.said(&err));
                }
            }
        }
        (reading, opts.notice) = match (found, kept) {
            (Some((i, mut next_reading)), _) => {
                at = i;
                // Read again: where the reader was, not where it was saved.
                if let FileStep::Reread(offset) = step {
                    next_reading.start = Some(offset);
                }
                (next_reading, failed)
            }
            // None opens: the reader stays on the document it had, as it
            // was, whatever became of its file since.
            (None, Some(document)) => (
                Reading {
                    loading: pages::into_loading(document),
                    feed: None,
                    links,
                    start: None,
                },
                failed,
            ),
            (None, None) => (inputs.open(at)?, failed),
        };
    }
}

/// Whether an input was given up on while it was fetched, or while a named
/// pipe waited for a writer (the reader's files and the commands ask alike).
pub fn is_interrupted(err: &anyhow::Error) -> bool {
    err.downcast_ref::<InputError>()
        .is_some_and(|e| matches!(e.reason, Reason::Interrupted | Reason::NoWriter))
}

/// Standard input as it was read, to read again without it.
enum Kept {
    /// Its document and its links, once its reader had it whole.
    Document(Document, Vec<Link>),
    /// A feed's items, with the address its read items are kept under and
    /// the list's name.
    Feed {
        feed: Feed,
        address: String,
        name: String,
    },
}

/// The inputs named, opened one at a time.
struct Inputs<'a> {
    paths: &'a [Option<&'a Path>],
    options: &'a ReadOptions,
    /// Standard input, once read.
    stdin: Option<Kept>,
    /// Whether standard input was opened: it cannot be opened again.
    stdin_taken: bool,
    /// The files opened so far, by their place in `paths`.
    opened: Vec<usize>,
}

impl Inputs<'_> {
    fn is_stdin(&self, i: usize) -> bool {
        input::source_for(self.paths[i]).is_ok_and(|s| s == Source::Stdin)
    }

    fn open(&mut self, i: usize) -> anyhow::Result<Reading> {
        let source = input::source_for(self.paths[i])?;
        if source == Source::Stdin {
            match &self.stdin {
                Some(Kept::Document(document, links)) => {
                    return Ok(Reading {
                        loading: pages::into_loading(document.clone()),
                        feed: None,
                        links: links.clone(),
                        start: None,
                    })
                }
                Some(Kept::Feed {
                    feed,
                    address,
                    name,
                }) => {
                    return Ok(Reading {
                        loading: pages::into_loading(Document::from_vec(name.clone(), Vec::new())?),
                        feed: Some((feed.clone(), address.clone())),
                        links: Vec::new(),
                        start: None,
                    })
                }
                None => {}
            }
            if self.stdin_taken {
                return Err(InputError::new(source.label(), Reason::ReadAlready).into());
            }
        }
        let mut reading = input::start_reading(source, self.options)?;
        // A `#fragment` is where a file opens the first time, as less runs
        // `+cmd` once: `:p` back to it finds the reader where they left.
        if self.opened.contains(&i) {
            reading.start = None;
        }
        self.opened.push(i);
        // Read from here on: going back to it before its reader had it
        // whole cannot read it again.
        self.stdin_taken |= source == Source::Stdin;
        if reading
            .feed
            .as_ref()
            .is_some_and(|(f, _)| f.items.is_empty())
        {
            return Err(InputError::new(source.label(), Reason::FeedEmpty).into());
        }
        Ok(reading)
    }
}
