//! Keeping the reader's corrections of the recogniser: one file,
//! `$XDG_DATA_HOME/qari/corrections.json`, for every document.
//!
//! It follows the annotation store's rules, with its helpers: every change
//! takes the file's lock (`corrections.lock`), reads what is on disk, applies
//! the change to it and writes it atomically while holding the lock, so two
//! readers correcting at once keep both corrections; a file that does not parse
//! is renamed aside (`corrections.json.corrupt-<time>`) and reported, and the
//! corrections start again from none. A newer qari's file is refused, not
//! rewritten in an older shape.

use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::annotations::files::{io_error, lock, read_json, write_json};
use super::{Store, StoreError};
use crate::reader::annotate::corrections::{Correction, Lexicon};

const FORMAT_VERSION: u32 = 1;

/// The file's contents.
#[derive(Debug, Default, Serialize, Deserialize)]
struct CorrectionsFile {
    version: u32,
    #[serde(default)]
    corrections: Vec<Correction>,
}

/// The lexicon as stored, and what had to be moved aside to read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredCorrections {
    pub lexicon: Lexicon,
    /// A file that did not parse, renamed aside: tell the reader.
    pub moved_aside: Vec<PathBuf>,
    /// Corrections a removal found and took out.
    pub removed: Vec<Correction>,
}

impl Store {
    fn corrections_path(&self) -> PathBuf {
        self.data.join("corrections.json")
    }

    /// The stored corrections (none when there is no file yet).
    pub fn load_corrections(&self) -> Result<StoredCorrections, StoreError> {
        let mut stored = StoredCorrections::default();
        let path = self.corrections_path();
        let file = read_json::<CorrectionsFile>(&path, false, &mut stored.moved_aside)?;
        stored.lexicon = lexicon_of(&path, file)?;
        Ok(stored)
    }

    /// Add `corrections` to those stored (a later one for a name replaces
    /// the stored one) and return them all.
    pub fn add_corrections(
        &self,
        corrections: &[Correction],
    ) -> Result<StoredCorrections, StoreError> {
        self.change_corrections(|lexicon| {
            for c in corrections {
                lexicon.insert(c.clone());
            }
            Vec::new()
        })
    }

    /// Forget the corrections of `names` (any spelling that folds alike);
    /// what was removed is in `removed`.
    pub fn remove_corrections(&self, names: &[String]) -> Result<StoredCorrections, StoreError> {
        self.change_corrections(|lexicon| names.iter().filter_map(|n| lexicon.remove(n)).collect())
    }

    /// Read, change and write the file under its lock.
    fn change_corrections(
        &self,
        change: impl FnOnce(&mut Lexicon) -> Vec<Correction>,
    ) -> Result<StoredCorrections, StoreError> {
        let path = self.corrections_path();
        fs::create_dir_all(&self.data).map_err(io_error(&self.data))?;
        let _lock = lock(&self.data.join("corrections.lock"))?;
        let mut stored = StoredCorrections::default();
        let file = read_json::<CorrectionsFile>(&path, true, &mut stored.moved_aside)?;
        let mut lexicon = lexicon_of(&path, file)?;
        stored.removed = change(&mut lexicon);
        let file = CorrectionsFile {
            version: FORMAT_VERSION,
            corrections: lexicon.corrections().cloned().collect(),
        };
        write_json(&path, &file)?;
        stored.lexicon = lexicon;
        Ok(stored)
    }
}

fn lexicon_of(
    path: &std::path::Path,
    file: Option<CorrectionsFile>,
) -> Result<Lexicon, StoreError> {
    match file {
        Some(file) if file.version > FORMAT_VERSION => Err(StoreError::newer(path, file.version)),
        Some(file) => Ok(Lexicon::of(file.corrections)),
        None => Ok(Lexicon::default()),
    }
}
