//! The app's side of annotations: selecting, the note editor, labels, the
//! Notes tab. (Filled in by the annotations work; the hooks below are what
//! `App` calls.)

use super::App;
use crate::action::Action;
use crate::highlight::Decor;
use crate::keymap::Key;
use crate::textinput::TextInput;
use crate::view::ScreenLine;

/// A passage being selected: document offsets (code points); `anchor` stays,
/// `head` moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub head: usize,
}

/// The note editor while it is open.
#[derive(Debug, Clone, Default)]
pub struct NoteEditor {
    pub input: TextInput,
}

/// The label menu while it is open.
#[derive(Debug, Clone, Default)]
pub struct LabelPicker {
    pub choice: usize,
}

impl App {
    pub(super) fn apply_annotation(&mut self, _action: Action) {}

    pub(super) fn note_key(&mut self, _editor: NoteEditor, _key: Key) {}

    pub(super) fn label_key(&mut self, _picker: LabelPicker, _key: Key) {}

    pub(super) fn decorate_annotations(&self, _lines: &[ScreenLine], _decor: &mut Vec<Vec<Decor>>) {
    }
}
