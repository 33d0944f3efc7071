//! The app's side of annotations: the note editor, labels, and the
//! annotations as the article shows them (the editor and the label menu are
//! the `editor` submodule, selecting is `selection`, the panel's Notes tab
//! `notes_tab`).
//!
//! The app holds the document's annotations in memory, placed in its text
//! ([`Placed`]); it never reads or writes them. Every change asks the shell to
//! save (`Effect::SaveAnnotations`), and the shell hands back the merged set
//! the store kept, so a failed save costs nothing but a notice: the set is
//! still here and the next change saves it again. Labels are applied over the
//! recogniser's raw result each time either changes, so a label corrects the
//! highlights and the panel at once. The clock is the shell's: it tells the
//! app the time before each key ([`App::set_clock`]).

use crate::reader::messages::Msg;
use std::ops::Range;
use std::sync::Arc;
use std::time::SystemTime;

use super::{App, Effect, Modal};
use crate::core::textinput::TextInput;
use crate::core::view::ScreenLine;
use crate::reader::action::Action;
use crate::reader::annotate::labels::any_labels;
use crate::reader::annotate::merge::{EditBase, Met};
use crate::reader::annotate::{apply_labels, corrections, Annotation, Placed};
use crate::reader::entities_view::PanelRows;
use crate::reader::highlight::{self, Decor};

mod correct;
mod editor;
mod set;

pub use editor::{LabelPicker, NoteEditor};
pub use set::Annotations;

/// What the side panel lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PanelTab {
    #[default]
    Entities,
    Notes,
}

impl App {
    /// The time now, stamped on annotations made or changed. The shell tells
    /// the app before each key; the app never reads the clock.
    pub fn set_clock(&mut self, now: SystemTime) {
        self.notes.set_clock(now);
    }

    /// The document's annotations: placed in the text, or orphaned (`span: None`).
    pub fn annotations(&self) -> &[Placed] {
        self.notes.placed()
    }

    /// Ids of annotations deleted since the last save, for the store's merge.
    pub fn deleted_annotations(&self) -> &[String] {
        self.notes.deleted()
    }

    /// The annotations the store holds (loaded, or merged by a save), placed
    /// in the current text; the deletions they include are forgotten.
    pub fn set_annotations(&mut self, placed: Vec<Placed>) {
        self.notes.replace(placed);
        self.notes_tab.keep_within(self.notes.len());
        self.relabel();
        self.refresh();
    }

    /// Where the notes edited, deleted or brought back since the last save
    /// started, for the store to keep a text another qari saved meanwhile.
    pub fn note_edits(&self) -> &[EditBase] {
        self.notes.edit_bases()
    }

    /// The store met notes edited, deleted or brought back here that another
    /// qari changed or deleted meanwhile, and lost no text: the reader is
    /// told, in the status bar.
    pub fn notes_met_elsewhere(&mut self, met: &Met) {
        let said: Vec<String> = [
            (met.changed.len(), Msg::KeptBothTexts),
            (met.deleted.len(), Msg::KeptDeletedElsewhere),
            (met.not_deleted.len(), Msg::NotDeletedChangedElsewhere),
            (met.restored_newer.len(), Msg::RestoredNewerText),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, msg)| self.interface.say_count(msg, n, &[]))
        .collect();
        if said.is_empty() {
            return;
        }
        // "note saved", "deleted" or "restored" alone would say less than
        // happened, or what did not.
        let plain = [Msg::NoteSaved, Msg::Deleted, Msg::Restored];
        if self
            .flash
            .as_deref()
            .is_some_and(|f| plain.iter().any(|m| f == self.interface.text(*m)))
        {
            self.flash = None;
        }
        for message in said {
            self.notify(message);
        }
    }

    /// A save went through: what was deleted is gone from the store too.
    pub fn annotations_saved(&mut self, placed: Vec<Placed>) {
        self.notes.saved();
        self.quit_asked = false;
        self.set_annotations(placed);
    }

    /// The status bar's line while a passage is selected.
    pub fn selection_message(&self) -> Option<String> {
        let sel = self.selection.filter(|_| self.modal.is_none())?;
        let n = self.interface.number(sel.range().len());
        Some(self.interface.say(Msg::Selecting, &[("n", &n)]))
    }

    pub(in crate::reader::app) fn apply_annotation(&mut self, action: Action) {
        match action {
            Action::PanelTab => self.panel.switch_tab(),
            Action::StartSelection => self.start_selection(),
            Action::SelectWordForward => self.select_word(true),
            Action::SelectWordBackward => self.select_word(false),
            Action::SelectLineDown => self.select_line(true),
            Action::SelectLineUp => self.select_line(false),
            Action::CancelSelection => self.selection = None,
            // Nothing selected yet: say how to select, as `l` does.
            Action::Annotate if self.selection.is_none() => {
                self.flash = Some(self.text(Msg::NothingToNote));
            }
            Action::Annotate => {
                if let Some(span) = self.selected_span() {
                    // A passage annotated already: its note is edited, not doubled.
                    let editor = match self.notes.on(&span) {
                        Some(p) => NoteEditor {
                            input: TextInput::with_text(p.annotation.note.clone()),
                            editing: Some(p.annotation.id.clone()),
                            original: p.annotation.note.clone(),
                            opened: p.annotation.modified.clone(),
                            span,
                            confirm: false,
                        },
                        None => NoteEditor {
                            span,
                            ..NoteEditor::default()
                        },
                    };
                    self.modal = Some(Modal::Note(editor));
                }
            }
            Action::Label if self.selection.is_none() => self.label_mention(),
            Action::Label => {
                if let Some(span) = self.selected_span() {
                    self.open_label_menu(span);
                }
            }
            Action::EditNote => self.edit_selected_note(),
            Action::DeleteNote => self.delete_selected_note(),
            Action::UndoDelete => self.undo_delete(),
            _ => {}
        }
    }

    /// The selection's range, unless it is empty (then the reader is told).
    fn selected_span(&mut self) -> Option<Range<usize>> {
        let span = self.selection.map(|s| s.range()).filter(|r| !r.is_empty());
        if span.is_none() {
            self.flash = Some(self.text(Msg::SelectionEmpty));
        }
        span
    }

    fn new_annotation(&mut self, span: Range<usize>) -> Annotation {
        self.notes.create(self.doc.text(), span)
    }

    /// Something changed: the shell must save.
    pub(in crate::reader::app) fn changed(&mut self) {
        self.notes.mark_unsaved();
        if !self.effects.contains(&Effect::SaveAnnotations) {
            self.effects.push(Effect::SaveAnnotations);
        }
    }

    /// The panel's rows again, from the recogniser's result with the
    /// corrections, then the document's labels, over it.
    pub(in crate::reader::app) fn relabel(&mut self) {
        self.relabel_after(|_| {});
    }

    /// [`App::relabel`] after `change` (more of the recogniser's result, say).
    ///
    /// The old rows go first: they may share the recogniser's result, which
    /// then grows in place rather than as a copy. A result that no correction
    /// and no label changes is shared by the new rows, not copied: for a long
    /// document it is the largest thing the reader holds after the text.
    pub(in crate::reader::app) fn relabel_after(&mut self, change: impl FnOnce(&mut Self)) {
        // The entity selected in the panel stays selected when it is still there.
        let kept = self.panel.entities().and_then(|rows| {
            let e = &rows.recognition().entities[rows.selected_entity()?];
            Some((e.kind, e.name.clone()))
        });
        if self.notes.raw().is_some() {
            self.panel.set_entities(None);
        }
        change(self);
        let Some(raw) = self.notes.shared_raw() else {
            return;
        };
        let corrected = match corrections::apply(self.doc.text(), &raw, self.notes.lexicon()) {
            Some(corrected) => Arc::new(corrected),
            None => raw,
        };
        let labelled = if any_labels(self.notes.placed()) {
            Arc::new(apply_labels(&corrected, self.notes.placed()))
        } else {
            corrected
        };
        let mut rows = PanelRows::new(labelled, &self.doc);
        let again = kept.and_then(|(kind, name)| {
            rows.recognition()
                .entities
                .iter()
                .position(|e| e.kind == kind && e.name == name && !e.mentions.is_empty())
        });
        if let Some(e) = again {
            rows.select_entity(e);
        }
        self.panel.set_entities(Some(rows));
    }

    pub(in crate::reader::app) fn decorate_annotations(
        &self,
        lines: &[ScreenLine],
        decor: &mut Vec<Vec<Decor>>,
    ) {
        let spans: Vec<Range<usize>> = self
            .notes
            .placed()
            .iter()
            .filter_map(|p| p.span.clone())
            .filter(|s| !s.is_empty())
            .collect();
        highlight::decorate(&self.doc, lines, &spans, decor, |d, _| d.annotated = true);
        if let Some(range) = self.selection.map(|s| s.range()).filter(|r| !r.is_empty()) {
            highlight::decorate(&self.doc, lines, &[range], decor, |d, _| d.selected = true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;
    use crate::reader::app::AppOptions;
    use crate::reader::keymap::Keymap;
    use qari_layout::LayoutOptions;
    use qari_recognize::stream::Found;
    use qari_recognize::{Entity, Kind, Mention};

    fn batch(start: usize, new_entity: bool) -> Found {
        Found {
            mentions: vec![Mention {
                kind: Kind::Location,
                span: start..start + 6,
                entity: 0,
                speaker: None,
            }],
            entities: if new_entity {
                vec![Entity {
                    kind: Kind::Location,
                    name: "يريفان".into(),
                    mentions: Vec::new(),
                }]
            } else {
                Vec::new()
            },
        }
    }

    /// The panel's rows and the recogniser's result are one value while
    /// nothing corrects it, batch after batch: a long document's mentions
    /// are held once.
    #[test]
    fn the_panel_shares_the_recogniser_s_result_until_a_label_changes_it() {
        let text = "يريفان ثم يريفان\n";
        let doc = Document::from_bytes("t", text.as_bytes()).expect("text");
        let options = AppOptions::new(LayoutOptions::default(), Keymap::default(), 60, 10);
        let mut app = App::new(doc, options);
        let shared = |app: &App| {
            let rows = app.panel.entities().expect("rows").recognition();
            std::ptr::eq(rows, app.notes.raw().expect("raw"))
        };
        app.extend_recognition(batch(0, true));
        assert!(shared(&app));
        app.extend_recognition(batch(10, false));
        assert!(shared(&app));
        assert_eq!(app.notes.raw().expect("raw").mentions.len(), 2);
        // A label makes the panel's own copy; the raw result stays as found.
        let note = app.notes.create(app.doc.text(), 0..6);
        app.notes.add(
            Annotation {
                label: Some(crate::reader::annotate::Label::NotEntity),
                ..note
            },
            0..6,
        );
        app.relabel();
        assert!(!shared(&app));
        assert_eq!(app.notes.raw().expect("raw").mentions.len(), 2);
        let rows = app.panel.entities().expect("rows").recognition();
        assert_eq!(rows.mentions.len(), 1);
    }
}
