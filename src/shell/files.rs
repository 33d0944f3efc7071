//! The reader over the files named on the command line, one at a time, as
//! less reads them: `:n` and `:p` end one reader and start the next.
//!
//! The terminal is asked about itself once; each file then gets a reader of
//! its own (`tui::run`), which saves that document's position as it ends.
//! The first file is opened before any screen: when it cannot be, the next
//! one that can is read with the first one's error in its status bar, and
//! when none can, qari ends with that error in one line, as for a single
//! file. `:n`/`:p` pass over a file that cannot be opened, saying so in the
//! status bar of the one they reach (or stay on). Standard input
//! can be read once: going back to it is refused the same way. A feed
//! opens on the list of its items (`shell/feed.rs`), and `:n`/`:p` from that
//! list move between the files as from any document.

use std::path::Path;

use crate::reader::app::{FileList, FileStep};
use crate::shell::cli::Cli;
use crate::shell::tui::{self, ReaderOptions};
use crate::store::input::Reading;
use crate::store::input::{self, Source};

/// Read the files `cli` names (or standard input, or the built-in article);
/// qari's exit status (see [`tui::Outcome`]).
pub fn read(cli: &Cli) -> anyhow::Result<u8> {
    let paths: Vec<Option<&Path>> = if cli.files.is_empty() {
        vec![None]
    } else {
        cli.files.iter().map(|p| Some(p.as_path())).collect()
    };
    let options = crate::store::pages::ReadOptions {
        encoding: cli.encoding,
    };
    let mut stdin_read = false;
    let mut open = |path: Option<&Path>| -> anyhow::Result<Reading> {
        let source = input::source_for(path)?;
        if source == Source::Stdin && std::mem::replace(&mut stdin_read, true) {
            anyhow::bail!("standard input was read already and cannot be read again");
        }
        let reading = input::start_reading(source, &options)?;
        if reading
            .feed
            .as_ref()
            .is_some_and(|(f, _)| f.items.is_empty())
        {
            anyhow::bail!("{}: the feed has no items", source.label());
        }
        Ok(reading)
    };
    let mut opts = ReaderOptions::from_cli(cli);
    // The first file that opens; the ones before it are said in its status
    // bar (with one file, or none that opens, the first one's error ends qari).
    let (mut at, mut reading) = match open(paths[0]) {
        Ok(reading) => (0, reading),
        Err(first) => {
            let later = (1..paths.len()).find_map(|i| open(paths[i]).ok().map(|r| (i, r)));
            let Some((i, reading)) = later else {
                return Err(first);
            };
            opts.notice = Some(format!("{first:#}"));
            (i, reading)
        }
    };
    loop {
        opts.path = paths[at]
            .filter(|p| p.as_os_str() != "-")
            .map(Path::to_path_buf);
        opts.files = FileList {
            index: at,
            count: paths.len(),
        };
        let ended = match reading.feed {
            Some((feed, address)) => {
                let name = reading.loading.document.name.clone();
                super::feed::read(&feed, &address, &name, &opts, &options)?
            }
            None => super::links::read(reading.loading, &reading.links, &opts, &options)?,
        };
        let step = match ended {
            tui::Outcome::Exit(status) => return Ok(status),
            tui::Outcome::Step(step) => step,
        };
        // The next file that opens in the step's direction: one that cannot
        // be opened is said and passed over, as less does.
        let order: Vec<usize> = match step {
            FileStep::Next => (at + 1..paths.len()).collect(),
            FileStep::Previous => (0..at).rev().collect(),
            FileStep::Open(_) | FileStep::Link(_) => vec![at],
        };
        let mut failed = None;
        let mut found = None;
        for i in order {
            match open(paths[i]) {
                Ok(next_reading) => {
                    found = Some((i, next_reading));
                    break;
                }
                Err(err) => {
                    failed.get_or_insert_with(|| format!("{err:#}"));
                }
            }
        }
        (reading, opts.notice) = match found {
            Some((i, next_reading)) => {
                at = i;
                (next_reading, failed)
            }
            None => (open(paths[at])?, failed),
        };
    }
}
