//! The panel's Notes tab: each annotation as two rows (the first words of its
//! passage, then its label and note), the selection, jumping to a note, and
//! editing, deleting (one level of undo) from the list.
//!
//! Rows are laid out by the article's engine, like the entities' labels, so a
//! passage or a note in Arabic is joined and right-aligned. An annotation whose
//! passage could not be found in the current text is listed with its quote and
//! a marker; it is never dropped from the list.

use super::{App, Focus, Modal, NoteEditor, PanelScreen, PanelTab};
use crate::action::Action;
use crate::annotate::Placed;
use qari_layout::{self as layout, Direction, LayoutOptions, VisualLine};
use crate::textinput::TextInput;

/// Columns before a note's text: the selection marker and the orphan marker.
pub const NOTE_X: u16 = 3;
/// Said when E or D is pressed over the entities.
const NOTES_ONLY: &str = "E and D act on the Notes tab (t shows it)";
/// Words of a passage shown in its row.
const PASSAGE_WORDS: usize = 6;

/// What a row of the Notes tab shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteRowKind {
    /// "Notes (N)".
    Header,
    /// The first words of an annotation's passage.
    Passage,
    /// Its label and the first line of its note.
    Detail,
}

/// One row of the Notes tab as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRow {
    pub kind: NoteRowKind,
    pub line: VisualLine,
    /// Pad before the line inside the text area (right-aligns Arabic).
    pub indent: usize,
    /// The annotation's passage is not in the text any more.
    pub orphaned: bool,
    pub selected: bool,
}

impl App {
    /// Which tab the panel shows.
    pub fn panel_tab(&self) -> PanelTab {
        self.notes.tab
    }

    /// The Notes tab's selected annotation (index into [`App::annotations`]).
    pub fn selected_note(&self) -> Option<usize> {
        (self.notes.selected < self.notes.placed.len()).then_some(self.notes.selected)
    }

    /// The Notes tab's reading of `action`; false when it is not the tab's.
    pub(super) fn notes_action(&mut self, action: Action, in_panel: bool) -> bool {
        match action {
            Action::LineDown if in_panel => {
                let last = self.notes.placed.len().saturating_sub(1);
                self.notes.selected = (self.notes.selected + 1).min(last);
            }
            Action::LineUp if in_panel => {
                self.notes.selected = self.notes.selected.saturating_sub(1);
            }
            Action::JumpToEntity => self.jump_to_note(),
            _ => return false,
        }
        true
    }

    fn jump_to_note(&mut self) {
        let Some(placed) = self.notes.placed.get(self.notes.selected) else {
            self.flash = Some("no notes yet".into());
            return;
        };
        match placed.span.clone() {
            Some(span) => {
                let n = self.notes.selected + 1;
                let total = self.notes.placed.len();
                self.jump(span.start);
                self.flash = Some(format!("note {n}/{total}"));
            }
            None => self.flash = Some("orphaned: its passage is not in the text".into()),
        }
    }

    /// A click on row `y` of the tab selects that note and jumps to it.
    pub(super) fn click_note(&mut self, y: u16) {
        let Some(row) = usize::from(y).checked_sub(1) else {
            return;
        };
        let index = self.notes.top + row / 2;
        if index < self.notes.placed.len() {
            self.notes.selected = index;
            self.focus = Focus::Panel;
            self.jump_to_note();
        }
    }

    /// The tab's rows for this frame, keeping the selected note in view.
    pub(super) fn notes_screen(&mut self, out: &mut PanelScreen) {
        let width = usize::from(out.width.saturating_sub(NOTE_X + 1).max(1));
        let options = LayoutOptions {
            width: Some(width),
            fallback_direction: Direction::Ltr,
            ..self.options.clone()
        };
        let total = self.notes.placed.len();
        let header = lay_out(&format!("Notes ({total})"), &options, width);
        out.notes.push(NoteRow {
            kind: NoteRowKind::Header,
            line: header.0,
            indent: 0,
            orphaned: false,
            selected: false,
        });
        if total == 0 {
            out.message = Some("no notes yet: v selects, a writes a note");
            return;
        }
        let fits = (usize::from(out.list_height).saturating_sub(1) / 2).max(1);
        let selected = self.notes.selected.min(total - 1);
        // Scrolled by the wheel past the end: back to the last full list.
        self.notes.top = self.notes.top.min(total.saturating_sub(fits));
        if self.notes.seen != Some((selected, fits)) {
            if selected < self.notes.top {
                self.notes.top = selected;
            } else if selected >= self.notes.top + fits {
                self.notes.top = selected + 1 - fits;
            }
            self.notes.seen = Some((selected, fits));
        }
        out.top = self.notes.top;
        for (i, placed) in self
            .notes
            .placed
            .iter()
            .enumerate()
            .skip(out.top)
            .take(fits)
        {
            let orphaned = placed.span.is_none();
            let is_selected = i == selected;
            let (line, indent) = lay_out(&self.passage_words(placed), &options, width);
            out.notes.push(NoteRow {
                kind: NoteRowKind::Passage,
                line,
                indent,
                orphaned,
                selected: is_selected,
            });
            let (line, indent) = lay_out(&detail(placed), &options, width);
            out.notes.push(NoteRow {
                kind: NoteRowKind::Detail,
                line,
                indent,
                orphaned,
                selected: is_selected,
            });
        }
    }

    pub(super) fn edit_selected_note(&mut self) {
        if self.notes.tab != PanelTab::Notes {
            self.flash = Some(NOTES_ONLY.into());
            return;
        }
        let Some(p) = self.notes.placed.get(self.notes.selected) else {
            self.flash = Some("no note selected".into());
            return;
        };
        let note = p.annotation.note.clone();
        self.modal = Some(Modal::Note(NoteEditor {
            input: TextInput::with_text(note.clone()),
            span: p.span.clone().unwrap_or_default(),
            editing: Some(p.annotation.id.clone()),
            original: note,
            confirm: false,
        }));
    }

    pub(super) fn delete_selected_note(&mut self) {
        if self.notes.tab != PanelTab::Notes {
            self.flash = Some(NOTES_ONLY.into());
            return;
        }
        if self.notes.placed.is_empty() {
            self.flash = Some("no notes to delete".into());
            return;
        }
        let i = self.notes.selected.min(self.notes.placed.len() - 1);
        let gone = self.notes.placed.remove(i);
        self.notes.deleted.push(gone.annotation.id.clone());
        self.notes.undo = Some(gone);
        self.notes.selected = i.min(self.notes.placed.len().saturating_sub(1));
        self.flash = Some("deleted \u{2014} u undoes".into());
        self.relabel();
        self.changed();
    }

    pub(super) fn undo_delete(&mut self) {
        let Some(mut back) = self.notes.undo.take() else {
            self.flash = Some("nothing to undo".into());
            return;
        };
        // Later than the store's tombstone, should the deletion be saved already.
        back.annotation.modified = self.now();
        self.notes.deleted.retain(|id| *id != back.annotation.id);
        let key = |p: &Placed| p.span.as_ref().map_or((1, 0), |s| (0, s.start));
        let at = self.notes.placed.partition_point(|p| key(p) <= key(&back));
        self.notes.placed.insert(at, back);
        self.notes.selected = at;
        self.flash = Some("restored".into());
        self.relabel();
        self.changed();
    }

    /// The first words of an annotation's passage (its quote when orphaned).
    fn passage_words(&self, placed: &Placed) -> String {
        let text = match &placed.span {
            Some(span) => crate::entities_view::mention_text(&self.doc, span.clone()),
            None => placed.annotation.quote.exact.clone(),
        };
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut shown = words
            .iter()
            .take(PASSAGE_WORDS)
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        if words.len() > PASSAGE_WORDS {
            shown.push('\u{2026}');
        }
        shown
    }
}

/// "[label] first line of the note", or a placeholder.
fn detail(placed: &Placed) -> String {
    let note = placed.annotation.note.lines().next().unwrap_or("");
    match placed.annotation.label {
        Some(label) if note.is_empty() => format!("[{}]", label.name()),
        Some(label) => format!("[{}] {note}", label.name()),
        None if note.is_empty() => "(no note)".to_string(),
        None => note.to_string(),
    }
}

/// `text` as one line of at most `width` cells, with its right-alignment pad.
fn lay_out(text: &str, options: &LayoutOptions, width: usize) -> (VisualLine, usize) {
    let laid = layout::layout_paragraph(text, options);
    let line = laid.lines.first().cloned().unwrap_or_default();
    let indent = laid.indent(&line, width);
    (line, indent)
}
