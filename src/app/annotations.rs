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

use std::ops::Range;
use std::time::{SystemTime, UNIX_EPOCH};

use super::{App, Effect, Modal};
use crate::action::Action;
use crate::annotate::ids::{self, IdSource};
use crate::annotate::{Annotation, Label, Placed};
use crate::entities_view::PanelRows;
use crate::highlight::{self, Decor};
use qari_recognize::Recognition;
use crate::textinput::TextInput;
use crate::view::ScreenLine;

mod editor;

pub use editor::{LabelPicker, NoteEditor};

/// Said when a note is saved (taken back when the store fails).
pub(super) const NOTE_SAVED: &str = "note saved";

/// A passage being selected: document offsets (code points); `head` moves,
/// `anchor` is the far end of the origin (the word `v` selected, or the cell
/// a drag started on), which stays selected whichever way the head goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub head: usize,
    /// Start and end of the origin.
    pub(super) origin: (usize, usize),
}

/// What the side panel lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PanelTab {
    #[default]
    Entities,
    Notes,
}

/// The annotations and the state of their tab (a field of `App`).
#[derive(Debug, Default)]
pub(super) struct Notes {
    /// Placed ones in document order, then the orphaned.
    pub(super) placed: Vec<Placed>,
    /// Ids deleted since the last successful save.
    pub(super) deleted: Vec<String>,
    /// The last deletion, for `u`.
    pub(super) undo: Option<Placed>,
    /// The shell's time, for created / modified (the epoch until told).
    now: Option<SystemTime>,
    /// Where new ids come from (the shell's, seeded per process).
    ids: Option<IdSource>,
    /// Annotations made without an id source (tests): part of their ids.
    made: u64,
    pub(super) tab: PanelTab,
    /// Index into `placed` of the Notes tab's selected row.
    pub(super) selected: usize,
    /// First note shown in the tab.
    pub(super) top: usize,
    /// The selected note and the notes that fit, when the tab last kept the
    /// selection in view (see `panel_seen` of the app).
    pub(super) seen: Option<(usize, usize)>,
    /// The recogniser's own result, before labels.
    pub(super) raw: Option<Recognition>,
    /// The cell a mouse drag started on, and whether the mouse moved since.
    pub(super) drag: Option<Range<usize>>,
    pub(super) dragged: bool,
    /// Where the pointer is during a drag, and the row it started on.
    pub(super) drag_at: (u16, u16),
    pub(super) drag_row: u16,
    /// The pointer left its first row: the view's edges scroll from now on.
    pub(super) drag_armed: bool,
    /// The last drag step scrolled the view (so holding still scrolls on).
    pub(super) drag_scrolled: bool,
    /// A change is not in the store yet (a save failed, or the document is
    /// still loading), and whether quitting asked about it already.
    pub(super) unsaved: bool,
    pub(super) quit_asked: bool,
}

impl App {
    /// The time now, stamped on annotations made or changed. The shell tells
    /// the app before each key; the app never reads the clock.
    pub fn set_clock(&mut self, now: SystemTime) {
        self.notes.now = Some(now);
    }

    /// Where the ids of new annotations come from (one source per process).
    pub fn set_id_source(&mut self, ids: IdSource) {
        self.notes.ids = Some(ids);
    }

    pub(super) fn now(&self) -> String {
        ids::rfc3339(self.notes.now.unwrap_or(UNIX_EPOCH))
    }

    /// The document's annotations: placed in the text, or orphaned (`span: None`).
    pub fn annotations(&self) -> &[Placed] {
        &self.notes.placed
    }

    /// Ids of annotations deleted since the last save, for the store's merge.
    pub fn deleted_annotations(&self) -> &[String] {
        &self.notes.deleted
    }

    /// The annotations the store holds (loaded, or merged by a save), placed
    /// in the current text; the deletions they include are forgotten.
    pub fn set_annotations(&mut self, mut placed: Vec<Placed>) {
        placed.sort_by_key(|p| p.span.as_ref().map_or((1, 0, 0), |s| (0, s.start, s.end)));
        self.notes
            .deleted
            .retain(|id| placed.iter().all(|p| &p.annotation.id != id));
        self.notes.placed = placed;
        self.notes.selected = self
            .notes
            .selected
            .min(self.notes.placed.len().saturating_sub(1));
        self.relabel();
        self.refresh();
    }

    /// A save went through: what was deleted is gone from the store too.
    pub fn annotations_saved(&mut self, placed: Vec<Placed>) {
        self.notes.deleted.clear();
        self.notes.unsaved = false;
        self.notes.quit_asked = false;
        self.set_annotations(placed);
    }

    /// The status bar's line while a passage is selected.
    pub fn selection_message(&self) -> Option<String> {
        let sel = self.selection.filter(|_| self.modal.is_none())?;
        let n = sel.range().len();
        Some(format!(
            "selecting: {n} chars \u{2014} a note, l label, Esc cancel"
        ))
    }

    pub(super) fn apply_annotation(&mut self, action: Action) {
        match action {
            Action::PanelTab => {
                if self.panel_open {
                    self.notes.tab = match self.notes.tab {
                        PanelTab::Entities => PanelTab::Notes,
                        PanelTab::Notes => PanelTab::Entities,
                    };
                } else {
                    self.panel_open = true;
                    self.notes.tab = PanelTab::Notes;
                }
            }
            Action::StartSelection => self.start_selection(),
            Action::SelectWordForward => self.select_word(true),
            Action::SelectWordBackward => self.select_word(false),
            Action::SelectLineDown => self.select_line(true),
            Action::SelectLineUp => self.select_line(false),
            Action::CancelSelection => self.selection = None,
            Action::Annotate => {
                if let Some(span) = self.selected_span() {
                    // A passage annotated already: its note is edited, not doubled.
                    let editor = match self.annotation_on(&span) {
                        Some(p) => NoteEditor {
                            input: TextInput::with_text(p.annotation.note.clone()),
                            editing: Some(p.annotation.id.clone()),
                            original: p.annotation.note.clone(),
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
            Action::Label => {
                if let Some(span) = self.selected_span() {
                    // The menu opens on the passage's label, if it has one.
                    let choice = self
                        .annotation_on(&span)
                        .and_then(|p| p.annotation.label)
                        .and_then(|l| Label::ALL.iter().position(|&k| k == l))
                        .unwrap_or(0);
                    self.modal = Some(Modal::Label(LabelPicker { choice, span }));
                }
            }
            Action::EditNote => self.edit_selected_note(),
            Action::DeleteNote => self.delete_selected_note(),
            Action::UndoDelete => self.undo_delete(),
            _ => {}
        }
    }

    /// The annotation placed exactly on `span`, if any.
    fn annotation_on(&self, span: &Range<usize>) -> Option<&Placed> {
        self.notes
            .placed
            .iter()
            .find(|p| p.span.as_ref() == Some(span))
    }

    /// The selection's range, unless it is empty (then the reader is told).
    fn selected_span(&mut self) -> Option<Range<usize>> {
        let span = self.selection.map(|s| s.range()).filter(|r| !r.is_empty());
        if span.is_none() {
            self.flash = Some("the selection is empty".into());
        }
        span
    }

    fn new_annotation(&mut self, span: Range<usize>) -> Annotation {
        let time = self.notes.now.unwrap_or(UNIX_EPOCH);
        let id = match &mut self.notes.ids {
            Some(ids) => ids.next_id(time),
            None => {
                self.notes.made += 1;
                format!("a-test-{}", self.notes.made)
            }
        };
        Annotation::new(id, self.doc.text(), span, &self.now())
    }

    fn add(&mut self, annotation: Annotation, span: Range<usize>) {
        let placed = Placed {
            annotation,
            span: Some(span),
        };
        let at = self.notes.placed.partition_point(|p| {
            p.span
                .as_ref()
                .is_some_and(|s| s.start <= span_start(&placed))
        });
        self.notes.placed.insert(at, placed);
    }

    /// Something changed: the shell must save.
    pub(super) fn changed(&mut self) {
        self.notes.unsaved = true;
        if !self.effects.contains(&Effect::SaveAnnotations) {
            self.effects.push(Effect::SaveAnnotations);
        }
    }

    /// The panel's rows again, from the recogniser's result with the labels over it.
    pub(super) fn relabel(&mut self) {
        let Some(raw) = &self.notes.raw else { return };
        let labelled = crate::annotate::apply_labels(raw, &self.notes.placed);
        // The entity selected in the panel stays selected when it is still there.
        let kept = self.entities.as_ref().and_then(|rows| {
            let e = &rows.recognition().entities[rows.selected_entity()?];
            Some((e.kind, e.name.clone()))
        });
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
        self.entities = Some(rows);
        self.laid_width = 0;
    }

    pub(super) fn decorate_annotations(&self, lines: &[ScreenLine], decor: &mut Vec<Vec<Decor>>) {
        let spans: Vec<Range<usize>> = self
            .notes
            .placed
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

fn span_start(p: &Placed) -> usize {
    p.span.as_ref().map_or(usize::MAX, |s| s.start)
}
