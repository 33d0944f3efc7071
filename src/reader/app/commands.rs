//! The app's side of marks (`m`, `'`, `''`) and the `:` command line.
//!
//! A mark is a document offset (code points), the offset of the text at the
//! top of the view when it was set, so it means the same at any width: after a
//! resize, `'a` puts the line now holding that text at the top. Marks are
//! stored per document with the reading position; the app only says when they
//! changed ([`Effect::SaveMarks`]) and the shell writes them. Going to a mark
//! is a jump, so `''` comes back, and `''` is itself a jump, so twice toggles.
//!
//! The command line is parsed by the pure `cmdline` module; this side runs
//! what it means. `:w` renders the whole document exactly as `qari render`
//! would at the column width on screen (the same streaming renderer, fed the
//! document's decoded text) and hands the text to the shell in an
//! [`Effect::WriteFile`]; the shell reports back through [`App::file_written`].

use crate::reader::messages::{Interface, Msg};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{App, Effect, Modal};
use crate::core::cmdline::{self, CmdError, Command, Target};
use crate::core::render::{render, RenderOptions};
use crate::core::textinput::TextInput;
use crate::reader::action::Action;
use crate::reader::keymap::{Key, KeyCode};

/// What the letter after `m` or `'` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkOp {
    Set,
    GoTo,
}

/// Marks and the command line's memory.
#[derive(Debug, Clone, Default)]
pub(super) struct CommandState {
    /// Letter -> document offset (code points).
    marks: BTreeMap<char, usize>,
    /// Command lines run, oldest first (this session only).
    history: Vec<String>,
    /// While recalling: the index into `history` shown, and the line being
    /// typed before recall began (Down past the newest brings it back).
    recall: Option<(usize, String)>,
    /// Quit once the file being written is written (`:wq`).
    quit_after_write: bool,
    /// Shape Arabic in files written by `:w` (as `qari render` would for a file).
    write_shape: bool,
    /// `'` + this letter was typed while a large document was loading and
    /// its remembered marks were not read yet: go there once they are, unless
    /// another key came first.
    awaited_mark: Option<char>,
}

impl CommandState {
    /// Whether files written by `:w` shape Arabic (decided by the shell as for
    /// `qari render` writing to a file; off by default).
    pub(in crate::reader::app) fn set_write_shape(&mut self, shape: bool) {
        self.write_shape = shape;
    }
}

impl App {
    /// The marks set in this document: letter -> document offset.
    pub fn marks(&self) -> &BTreeMap<char, usize> {
        &self.commands.marks
    }

    /// Marks remembered from an earlier session; those set in this session
    /// (while a large document was still loading) win.
    pub fn set_marks(&mut self, marks: BTreeMap<char, usize>) {
        let len = self.doc.len();
        for (letter, offset) in marks {
            self.commands
                .marks
                .entry(letter)
                .or_insert_with(|| offset.min(len));
        }
    }

    /// The remembered marks have been given (or there were none): go to the
    /// mark asked for while the document was loading, if no key came since.
    pub fn marks_known(&mut self) {
        let Some(letter) = self.commands.awaited_mark.take() else {
            return;
        };
        match self.commands.marks.get(&letter) {
            Some(&offset) => {
                self.jump(offset);
                self.flash = None;
            }
            None => self.flash = Some(self.interface.say(Msg::MarkNotSet, &[("m", &letter)])),
        }
        self.refresh();
    }

    /// A key came: a mark awaited while loading is no longer wanted.
    pub(in crate::reader::app) fn forget_awaited_mark(&mut self) {
        self.commands.awaited_mark = None;
    }

    /// The shell's report on an [`Effect::WriteFile`]: the lines written, or
    /// why not. Shown in the status bar; `:wq` quits only on success.
    pub fn file_written(&mut self, path: &Path, outcome: Result<usize, String>) {
        let quit = std::mem::take(&mut self.commands.quit_after_write);
        self.flash = Some(match outcome {
            Ok(lines) => {
                self.quit |= quit;
                let msg = if lines == 1 {
                    Msg::WroteLine
                } else {
                    Msg::WroteLines
                };
                let n = self.interface.number(lines);
                self.interface
                    .say(msg, &[("n", &n), ("path", &path.display())])
            }
            Err(why) => why,
        });
        self.refresh();
    }

    pub(in crate::reader::app) fn apply_command(&mut self, action: Action) {
        match action {
            Action::SetMark => self.modal = Some(Modal::Mark(MarkOp::Set)),
            Action::GoToMark => self.modal = Some(Modal::Mark(MarkOp::GoTo)),
            Action::CommandLine => {
                self.commands.recall = None;
                self.modal = Some(Modal::Command(TextInput::default()));
            }
            _ => {}
        }
    }

    /// The key after `m` or `'`: a letter names a mark, `'` after `'` goes
    /// back, Esc cancels, anything else cancels and says why.
    pub(in crate::reader::app) fn mark_key(&mut self, op: MarkOp, key: Key) {
        let letter = match key {
            Key {
                code: KeyCode::Char(c),
                ctrl: false,
                alt: false,
            } => c,
            Key {
                code: KeyCode::Esc, ..
            } => return,
            _ => {
                self.flash = Some(self.text(Msg::MarksAreLetters));
                return;
            }
        };
        match op {
            MarkOp::GoTo if letter == '\'' => match self.before_jump {
                Some(back) => self.jump(back),
                None => self.flash = Some(self.text(Msg::NoJumpBack)),
            },
            _ if !letter.is_alphabetic() => {
                self.flash = Some(self.interface.say(Msg::NotAMark, &[("m", &letter)]));
            }
            MarkOp::Set => {
                self.commands.marks.insert(letter, self.position());
                self.effects.push(Effect::SaveMarks);
                self.flash = Some(self.interface.say(Msg::MarkSet, &[("m", &letter)]));
            }
            MarkOp::GoTo => match self.commands.marks.get(&letter) {
                Some(&offset) => self.jump(offset),
                // The remembered marks come with the whole document.
                None if self.loading.partial() => {
                    self.commands.awaited_mark = Some(letter);
                    self.flash = Some(self.interface.say(Msg::MarkLater, &[("m", &letter)]));
                }
                None => self.flash = Some(self.interface.say(Msg::MarkNotSet, &[("m", &letter)])),
            },
        }
    }

    /// A key typed into the command line.
    pub(in crate::reader::app) fn command_key(&mut self, mut input: TextInput, key: Key) {
        if key.ctrl || key.alt {
            // Ctrl-C and Ctrl-G close, as Esc; other chords do nothing here.
            if !matches!(key.code, KeyCode::Char('c' | 'g')) {
                self.modal = Some(Modal::Command(input));
            }
            return;
        }
        match key.code {
            KeyCode::Esc => return,
            KeyCode::Enter => {
                self.run_command_line(input.text());
                return;
            }
            KeyCode::Backspace if input.is_empty() => return,
            KeyCode::Backspace => input.backspace(),
            KeyCode::Char(c) => input.insert(c),
            KeyCode::Left => input.backward(),
            KeyCode::Right => input.forward(),
            KeyCode::Home => input.line_start(),
            KeyCode::End => input.line_end(),
            KeyCode::Up => input = self.recall_older(input),
            KeyCode::Down => input = self.recall_newer(input),
            _ => {}
        }
        self.modal = Some(Modal::Command(input));
    }

    /// Up: the previous command line in the history.
    fn recall_older(&mut self, input: TextInput) -> TextInput {
        let history = &self.commands.history;
        let (at, draft) = match self.commands.recall.take() {
            Some((at, draft)) => (at.saturating_sub(1), draft),
            None if history.is_empty() => return input,
            None => (history.len() - 1, input.text().to_string()),
        };
        let line = history.get(at).cloned().unwrap_or_default();
        self.commands.recall = Some((at, draft));
        TextInput::with_text(line)
    }

    /// Down: the next command line, or what was being typed after the newest.
    fn recall_newer(&mut self, input: TextInput) -> TextInput {
        let Some((at, draft)) = self.commands.recall.take() else {
            return input;
        };
        match self.commands.history.get(at + 1) {
            Some(line) => {
                let line = line.clone();
                self.commands.recall = Some((at + 1, draft));
                TextInput::with_text(line)
            }
            None => TextInput::with_text(draft),
        }
    }

    fn run_command_line(&mut self, line: &str) {
        let line = line.trim();
        if !line.is_empty() && self.commands.history.last().map(String::as_str) != Some(line) {
            self.commands.history.push(line.to_string());
        }
        self.commands.recall = None;
        match cmdline::parse(line) {
            Ok(command) => self.run(command),
            Err(CmdError::Empty) => {}
            Err(err) => self.flash = Some(said(self.interface, &err)),
        }
    }

    fn run(&mut self, command: Command) {
        match command {
            Command::GoTo(target) => self.go_to(target),
            Command::Quit => {
                self.step = None;
                self.quit_unless_unsaved();
            }
            Command::NextFile => self.step_file(super::FileStep::Next),
            Command::PreviousFile => self.step_file(super::FileStep::Previous),
            Command::NoHighlight => self.hide_search_hits(),
            Command::Reread => self.reread(true),
            Command::Links => self.show_links(),
            Command::Write {
                path,
                force,
                quit,
                visual,
            } => self.write(path, force, quit, visual),
        }
    }

    /// `:goto`: a percentage of the text, or a paragraph (clamped, with a word).
    pub(in crate::reader::app) fn go_to(&mut self, target: Target) {
        let count = self.doc.paragraph_count();
        if count == 0 {
            self.flash = Some(self.text(Msg::DocumentEmpty));
            return;
        }
        match target {
            Target::Percent(p) => {
                self.jump(self.percent_offset(p));
                self.await_whole(super::loading::Goal::Percent(p));
            }
            Target::Paragraph(n) => {
                let index = n.clamp(1, count) - 1;
                self.jump(self.doc.span(index).offset);
                // The view stops at the text's end, so the line at the top
                // (the status bar's) is not the line asked for: the message
                // says only what there is.
                if n == 0 || n > count {
                    let msg = if self.loading.partial() {
                        Msg::NoLineYet
                    } else {
                        Msg::NoLine
                    };
                    let ui = self.interface;
                    let (n, total) = (ui.number(n), ui.number(count));
                    self.flash = Some(ui.say(msg, &[("n", &n), ("total", &total)]));
                }
            }
        }
    }

    /// `:w FILE`: the document's text, in logical order as any editor reads
    /// it; `:w --visual FILE`: as `qari render` writes it at the column width
    /// on screen. For the shell to write.
    fn write(&mut self, path: String, overwrite: bool, quit: bool, visual: bool) {
        if self.loading.partial() {
            self.flash = Some(self.text(Msg::WriteLater));
            return;
        }
        if !visual {
            let mut text = self.doc.text().to_string();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            self.commands.quit_after_write = quit;
            self.effects.push(Effect::WriteFile {
                path: PathBuf::from(path),
                text,
                overwrite,
            });
            return;
        }
        let opts = RenderOptions {
            width: Some(usize::from(self.screen.column_width.max(1))),
            shape: self.commands.write_shape,
            color: false,
            tab_width: self.options.tab_width,
            // As the configuration fixes it for `qari render`, else the document's.
            direction: self.direction.fixed(),
            base: self.view.base(),
            justify: self.view.justify(),
            strategy: crate::core::terminal::Strategy::Qari,
        };
        let mut out = Vec::new();
        // The document's text has been decoded already: nothing here can fail
        // to read, and writing to memory cannot fail.
        if let Err(err) = render(self.doc.text().as_bytes(), &mut out, &opts, |_| {}) {
            self.flash = Some(self.interface.say(Msg::CannotRender, &[("err", &err)]));
            return;
        }
        let text = String::from_utf8_lossy(&out).into_owned();
        self.commands.quit_after_write = quit;
        self.effects.push(Effect::WriteFile {
            path: PathBuf::from(path),
            text,
            overwrite,
        });
    }
}

/// A command line's mistake in the interface's language.
fn said(ui: Interface, err: &CmdError) -> String {
    let (msg, value) = match err {
        CmdError::Empty => return String::new(),
        CmdError::Unknown(cmd) => (Msg::UnknownCommand, cmd.clone()),
        CmdError::MissingTarget => (Msg::MissingTarget, String::new()),
        CmdError::BadTarget(typed) => (Msg::BadTarget, typed.clone()),
        CmdError::PercentRange(typed) => (Msg::PercentRange, typed.clone()),
        CmdError::MissingFile(cmd) => (Msg::MissingFile, cmd.to_string()),
        CmdError::UnexpectedArgument(cmd) => (Msg::UnexpectedArgument, cmd.to_string()),
    };
    ui.say(msg, &[("cmd", &value), ("typed", &value)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::messages::Lang;

    #[test]
    fn a_command_lines_mistakes_are_the_cores_words_in_english() {
        let lines = ["frob", "goto", "goto x", "goto 300%", "w", "q now"];
        for line in lines {
            let err = cmdline::parse(line).expect_err(line);
            assert_eq!(said(Interface::default(), &err), err.to_string(), "{line}");
            let ar = said(Interface::new(Lang::Ar, Default::default()), &err);
            assert!(
                ar.contains(|c| ('\u{0621}'..='\u{064A}').contains(&c)),
                "{ar}"
            );
        }
    }
}
