//! The two modals of annotating: the note editor and the label menu.
//!
//! Each takes every key while it is open (see `App::press`) and is handed over
//! by value: a key that keeps it open puts it back. Saving goes through the
//! annotation set of the parent module, so a note or a label is stored, placed
//! and drawn the same way however it was made. The editor asks before it drops
//! typed text, since a note is the one thing here a reader writes at length.

use crate::reader::kinds::label_word;
use crate::reader::messages::Msg;
use std::ops::Range;

use crate::core::textinput::TextInput;
use crate::reader::annotate::merge::{Change, EditBase};
use crate::reader::annotate::Label;
use crate::reader::app::{App, Modal};
use crate::reader::keymap::{Key, KeyCode};

/// The note editor while it is open.
#[derive(Debug, Clone, Default)]
pub struct NoteEditor {
    pub input: TextInput,
    /// The passage a new note is for.
    pub span: Range<usize>,
    /// The annotation whose note is being edited (`None`: a new one).
    pub editing: Option<String>,
    /// The text the editor opened with, to tell whether anything was typed.
    pub original: String,
    /// The edited annotation's `modified` when the editor opened: with
    /// `original`, where the edit started, for the store to tell whether
    /// another qari saved the note meanwhile.
    pub opened: String,
    /// Esc was pressed with typed text: asking whether to drop it.
    pub confirm: bool,
}

impl NoteEditor {
    /// Whether anything was typed since the editor opened.
    pub fn typed(&self) -> bool {
        self.input.text() != self.original
    }
}

/// The label menu while it is open.
#[derive(Debug, Clone, Default)]
pub struct LabelPicker {
    pub choice: usize,
    /// The passage to label.
    pub span: Range<usize>,
}

impl App {
    /// What was typed in the open note editor and not saved, if anything: the
    /// shell prints it when the reader ends with the editor open (a signal,
    /// an internal error), so a note being written is never lost.
    pub fn note_draft(&self) -> Option<&str> {
        match &self.modal {
            Some(Modal::Note(editor)) if editor.typed() => Some(editor.input.text()),
            _ => None,
        }
    }

    pub(in crate::reader::app) fn note_key(&mut self, mut editor: NoteEditor, key: Key) {
        if editor.confirm {
            match key.code {
                KeyCode::Char('y') if !key.ctrl => {
                    self.flash = Some(self.text(Msg::NoteDiscarded));
                    return;
                }
                _ => editor.confirm = false,
            }
            self.modal = Some(Modal::Note(editor));
            return;
        }
        let forward_is_right = !self.note_line_is_rtl(&editor.input);
        let input = &mut editor.input;
        match key.code {
            KeyCode::Char('s') if key.ctrl => {
                self.save_note(editor);
                return;
            }
            KeyCode::Delete => input.delete(),
            KeyCode::Char('d') if key.ctrl => input.delete(),
            // Ctrl-C, which quits the reader, cancels here as Esc does
            // (asking first when something was typed), rather than nothing.
            code if code == KeyCode::Esc || (key.ctrl && code == KeyCode::Char('c')) => {
                if input.text() == editor.original {
                    return;
                }
                editor.confirm = true;
            }
            KeyCode::Enter => input.insert('\n'),
            KeyCode::Backspace => input.backspace(),
            KeyCode::Left if forward_is_right => input.backward(),
            KeyCode::Left | KeyCode::Right if !forward_is_right => {
                if key.code == KeyCode::Left {
                    input.forward();
                } else {
                    input.backward();
                }
            }
            KeyCode::Right => input.forward(),
            KeyCode::Up => input.line_up(),
            KeyCode::Down => input.line_down(),
            KeyCode::Home => input.line_start(),
            KeyCode::End => input.line_end(),
            KeyCode::Char(c) if !key.ctrl && !key.alt => input.insert(c),
            _ => {}
        }
        self.modal = Some(Modal::Note(editor));
    }

    /// Whether the editor's line holding the cursor reads right to left.
    fn note_line_is_rtl(&self, input: &TextInput) -> bool {
        let text = input.text();
        let start = text[..input.cursor()].rfind('\n').map_or(0, |i| i + 1);
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        qari_layout::paragraph_direction(&text[start..end])
            .unwrap_or(self.options.fallback_direction)
            == qari_layout::Direction::Rtl
    }

    /// `C-s`: the note becomes a new annotation or the edited one's note.
    fn save_note(&mut self, editor: NoteEditor) {
        let note = editor.input.text().to_string();
        if editor.editing.is_none() && note.trim().is_empty() {
            // Nothing written: no annotation without a note or a label.
            self.flash = Some(self.text(Msg::NothingWritten));
            self.modal = Some(Modal::Note(editor));
            return;
        }
        let now = self.notes.now();
        let mut message = self.text(Msg::NoteSaved);
        if let Some(id) = &editor.editing {
            if self.notes.by_id_mut(id).is_some() {
                self.notes.edited_from(EditBase {
                    id: id.clone(),
                    note: editor.original.clone(),
                    modified: editor.opened.clone(),
                    change: Change::Edited,
                });
            }
        }
        let edited = editor
            .editing
            .as_ref()
            .and_then(|id| self.notes.by_id_mut(id));
        match edited {
            Some(p) => {
                p.annotation.note = note;
                p.annotation.modified = now;
            }
            // A new note, or one whose annotation another qari deleted while
            // the editor was open: what was typed is kept as a new annotation.
            None => {
                if editor.editing.is_some() {
                    if note.trim().is_empty() {
                        self.flash = Some(self.text(Msg::DeletedElsewhere));
                        self.selection = None;
                        return;
                    }
                    message = self.text(Msg::SavedAnew);
                }
                let mut annotation = self.new_annotation(editor.span.clone());
                annotation.note = note;
                self.notes.add(annotation, editor.span);
            }
        }
        self.selection = None;
        self.flash = Some(message);
        self.changed();
    }

    pub(in crate::reader::app) fn label_key(&mut self, mut picker: LabelPicker, key: Key) {
        let n = Label::ALL.len();
        let chosen = match key.code {
            KeyCode::Char(c @ '1'..='6') => c.to_digit(10).map(|d| d as usize - 1),
            KeyCode::Enter => Some(picker.choice),
            KeyCode::Esc => return,
            KeyCode::Char('j') | KeyCode::Down => {
                picker.choice = (picker.choice + 1).min(n - 1);
                None
            }
            KeyCode::Char('k') | KeyCode::Up => {
                picker.choice = picker.choice.saturating_sub(1);
                None
            }
            // Any other key (`]`, `Tab`) does nothing here: say so.
            _ => {
                let shown = key.to_string();
                let ui = self.interface;
                self.flash = Some(ui.say(Msg::LabelMenuKeys, &[("key", &shown)]));
                None
            }
        };
        let Some(label) = chosen.and_then(|i| Label::ALL.get(i).copied()) else {
            self.modal = Some(Modal::Label(picker));
            return;
        };
        let span = picker.span;
        let now = self.notes.now();
        let same = self.notes.on(&span).map(|p| p.annotation.id.clone());
        if let Some(id) = same {
            self.notes.relabel(&id, label, &now);
        } else {
            let mut annotation = self.new_annotation(span.clone());
            annotation.label = Some(label);
            self.notes.add(annotation, span.clone());
        }
        self.selection = None;
        self.flash = Some(match self.remember_correction(&span, label) {
            Some(n) => self.interface.say_count(
                Msg::LabelledEverywhere,
                n,
                &[("label", &label_word(self.interface, label))],
            ),
            None => self.interface.say(
                Msg::Labelled,
                &[("label", &label_word(self.interface, label))],
            ),
        });
        self.relabel();
        self.changed();
    }
}
