//! Keeping the reader's corrections of the recogniser: one file,
//! `$XDG_DATA_HOME/qari/corrections.json`, for every document.
//!
//! It follows the annotation store's rules, with its helpers: every change
//! takes the file's lock (`corrections.lock`), reads what is on disk, applies
//! the change to it and writes it atomically while holding the lock, so two
//! readers correcting at once keep both corrections; a file that does not parse
//! is renamed aside (`corrections.json.corrupt-<time>`) and reported, and the
//! corrections start again from none. A newer qari's file is refused, not
//! rewritten in an older shape. One correction this qari cannot read (an
//! unknown label, a hand edit) costs no other: it is kept as written, under
//! `unreadable`, written back by every change, and reported.

use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::annotations::files::{io_error, lock, read_json, write_json};
use super::{Store, StoreError};
use crate::reader::annotate::corrections::{Correction, Lexicon};

const FORMAT_VERSION: u32 = 1;

/// The file's contents.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(from = "StoredFile")]
struct CorrectionsFile {
    version: u32,
    #[serde(default)]
    corrections: Vec<Correction>,
    /// Corrections this qari could not read, as they were written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    unreadable: Vec<Value>,
}

/// The file as stored, its corrections not parsed yet: each one alone.
#[derive(Deserialize)]
struct StoredFile {
    version: u32,
    #[serde(default)]
    corrections: Vec<Value>,
    #[serde(default)]
    unreadable: Vec<Value>,
}

impl From<StoredFile> for CorrectionsFile {
    fn from(stored: StoredFile) -> Self {
        let (corrections, unreadable) =
            super::annotations::lenient::read_each(stored.corrections, stored.unreadable);
        Self {
            version: stored.version,
            corrections,
            unreadable,
        }
    }
}

/// Why a stored correction could not be read, for the reader.
fn why_unreadable(path: &std::path::Path, value: &Value) -> String {
    let name = value
        .get("name")
        .and_then(Value::as_str)
        .map_or_else(String::new, |name| format!(" of {name}"));
    let why = Correction::deserialize(value)
        .err()
        .map_or_else(|| "kept for a later qari".to_string(), |e| e.to_string());
    format!(
        "{}: the correction{name} cannot be read ({why}); kept in the file, the others apply",
        path.display()
    )
}

/// The lexicon as stored, and what had to be moved aside to read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredCorrections {
    pub lexicon: Lexicon,
    /// A file that did not parse, renamed aside: tell the reader.
    pub moved_aside: Vec<PathBuf>,
    /// Corrections a removal found and took out.
    pub removed: Vec<Correction>,
    /// Corrections kept in the file that this qari cannot read, each said
    /// in a sentence.
    pub unreadable: Vec<String>,
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
        (stored.lexicon, stored.unreadable) = lexicon_of(&path, file)?;
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

    /// Forget the corrections of `names` (any spelling that folds alike),
    /// each with the others its label made (`Lexicon::remove_with_parts`);
    /// what was removed is in `removed`.
    pub fn remove_corrections(&self, names: &[String]) -> Result<StoredCorrections, StoreError> {
        self.change_corrections(|lexicon| {
            names
                .iter()
                .flat_map(|n| lexicon.remove_with_parts(n))
                .collect()
        })
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
        let unreadable = file
            .as_ref()
            .map(|f| f.unreadable.clone())
            .unwrap_or_default();
        let (mut lexicon, said) = lexicon_of(&path, file)?;
        stored.unreadable = said;
        stored.removed = change(&mut lexicon);
        let file = CorrectionsFile {
            version: FORMAT_VERSION,
            corrections: lexicon.corrections().cloned().collect(),
            unreadable,
        };
        write_json(&path, &file)?;
        stored.lexicon = lexicon;
        Ok(stored)
    }
}

/// The lexicon of the file read, and why each correction it could not read
/// was left out.
fn lexicon_of(
    path: &std::path::Path,
    file: Option<CorrectionsFile>,
) -> Result<(Lexicon, Vec<String>), StoreError> {
    match file {
        Some(file) if file.version > FORMAT_VERSION => Err(StoreError::newer(path, file.version)),
        Some(file) => {
            let said = file
                .unreadable
                .iter()
                .map(|v| why_unreadable(path, v))
                .collect();
            Ok((Lexicon::of(file.corrections), said))
        }
        None => Ok((Lexicon::default(), Vec::new())),
    }
}
