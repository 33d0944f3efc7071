//! Several files named on the command line: which one this reader reads, and
//! `:n` / `:p`, which end its reading with a step to the next or previous
//! one. The shell opens that file and starts a reader on it; each document
//! keeps its own position, marks and notes in the store as when read alone.

use super::App;
use crate::reader::messages::Msg;

/// Where the document is among the files named: `index` of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileList {
    pub index: usize,
    pub count: usize,
    /// The document is that file, which `R` can read again (not standard
    /// input, a feed's item or a page reached by a link).
    pub file: bool,
}

impl Default for FileList {
    fn default() -> Self {
        Self {
            index: 0,
            count: 1,
            file: false,
        }
    }
}

impl FileList {
    /// `" (2/3)"` after the name in the status bar; nothing for one file.
    pub fn suffix(self) -> String {
        if self.count > 1 {
            format!(" ({}/{})", self.index + 1, self.count)
        } else {
            String::new()
        }
    }
}

/// Which way `:n` and `:p` go, or which of a feed's items Enter opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileStep {
    Next,
    Previous,
    /// The item of a feed's list at this index.
    Open(usize),
    /// The document's link at this index (`L`, Enter).
    Link(usize),
    /// The same file read again (`R`, `:e`), opened at this offset.
    Reread(usize),
}

impl App {
    /// `:n` / `:p`: leave for the next or previous file, when there is one
    /// (asking first when notes are not stored, as `:q` does).
    pub(in crate::reader::app) fn step_file(&mut self, step: FileStep) {
        let FileList { index, count, .. } = self.files;
        let there = match step {
            FileStep::Next => index + 1 < count,
            FileStep::Previous => index > 0,
            FileStep::Open(_) | FileStep::Link(_) | FileStep::Reread(_) => true,
        };
        if !there && self.feed == super::FeedRole::Item {
            self.flash = Some(match step {
                FileStep::Next => self.text(Msg::LastItem),
                _ => self.text(Msg::FirstItem),
            });
            return;
        }
        if !there {
            self.flash = Some(match step {
                FileStep::Next if count > 1 => self.text(Msg::LastFile),
                FileStep::Previous if count > 1 => self.text(Msg::FirstFile),
                _ => self.text(Msg::OneFile),
            });
            return;
        }
        self.step = Some(step);
        self.quit_unless_unsaved();
    }

    /// `R`, `:e`: end this reader for one of the same file read again, at
    /// the place read now (less's `R` rereads; qari reads a file whole, so
    /// a new reader reads it). Not for what cannot be read again: `:e` says
    /// so, and `R` repaints, as less's `R` does on a pipe.
    pub(in crate::reader::app) fn reread(&mut self, asked_by_name: bool) {
        if !self.files.file || self.feed != super::FeedRole::None {
            if asked_by_name {
                self.flash = Some(self.text(Msg::NoFileToReread));
            } else {
                self.effects.push(super::Effect::Repaint);
            }
            return;
        }
        self.step_file(FileStep::Reread(self.position()));
    }

    /// The file to read next, once the reader has ended with `:n` or `:p`.
    pub fn file_step(&self) -> Option<FileStep> {
        self.step.filter(|_| self.quit)
    }
}
