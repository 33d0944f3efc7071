//! A paste from the terminal (bracketed paste): text, never keys.
//!
//! Without bracketed paste a pasted `q` quits and a pasted line of `j`s
//! scrolls; with it the terminal hands the whole paste over as one event, and
//! it goes where typed text goes: into the note editor as it is (line ends
//! made `\n`), into the `/` or `:` prompt as its first line (a prompt is one
//! line, and a prompt's Enter would run it). With nothing open to type into,
//! the paste is dropped and the status bar says so.

use super::{App, Modal};
use crate::reader::messages::Msg;

/// The longest paste a one-line prompt takes, in characters: a query or
/// command is short, and each one is searched as typed.
const PROMPT_PASTE_MAX: usize = 1000;

impl App {
    /// Text pasted into the terminal.
    pub fn paste(&mut self, text: &str) {
        self.drag.stop_scrolling();
        self.pending.clear();
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        match self.modal.take() {
            Some(Modal::Note(mut editor)) => {
                editor.confirm = false;
                editor.input.insert_str(&text);
                self.modal = Some(Modal::Note(editor));
            }
            Some(Modal::Search(mut prompt)) => {
                prompt.input.insert_str(&one_line(&text));
                self.search_edited(prompt);
            }
            Some(Modal::Command(mut input)) => {
                input.insert_str(&one_line(&text));
                self.modal = Some(Modal::Command(input));
            }
            other => {
                self.modal = other;
                if !text.is_empty() {
                    self.flash = Some(self.text(Msg::PasteIgnored));
                }
            }
        }
        self.refresh();
    }
}

/// The first line of `text`, at most [`PROMPT_PASTE_MAX`] characters.
fn one_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(PROMPT_PASTE_MAX)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prompt_takes_the_first_line_without_controls() {
        assert_eq!(one_line("abc\ndef"), "abc");
        assert_eq!(one_line("a\tb\u{1b}c"), "abc");
        assert_eq!(one_line(&"x".repeat(5000)).len(), PROMPT_PASTE_MAX);
        assert_eq!(one_line(""), "");
    }
}
