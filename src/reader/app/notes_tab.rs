//! The panel's Notes tab: each annotation as two rows (the first words of its
//! passage, then its label and note), the selection, jumping to a note, and
//! editing, deleting (each deletion undone by `u`, the last first) from the list.
//!
//! Rows are laid out by the article's engine, like the entities' labels, so a
//! passage or a note in Arabic is joined and right-aligned. An annotation whose
//! passage could not be found in the current text is listed with its quote and
//! a marker; it is never dropped from the list.

use super::{App, Modal, NoteEditor, PanelScreen, PanelTab};
use crate::core::textinput::TextInput;
use crate::reader::action::Action;
use crate::reader::annotate::Placed;
use crate::reader::kinds::label_word;
use crate::reader::messages::{Interface, Msg};
use qari_layout::{Direction, LayoutOptions, VisualLine};

/// Columns before a note's text: the selection marker and the orphan marker.
pub const NOTE_X: u16 = 3;
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

/// The Notes tab's selection and scrolling (a field of the app).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NotesTab {
    /// Index into the annotations of the selected row.
    selected: usize,
    /// First note shown.
    top: usize,
    /// The selected note and the notes that fit, when the tab last kept the
    /// selection in view (so the wheel can scroll away from it).
    seen: Option<(usize, usize)>,
}

impl NotesTab {
    /// The selected note among `len`, if there is one.
    pub fn selected(&self, len: usize) -> Option<usize> {
        (self.selected < len).then_some(self.selected)
    }

    /// The selected index as stored (it may be past a list that shrank).
    fn index(&self) -> usize {
        self.selected
    }

    pub fn select(&mut self, index: usize) {
        self.selected = index;
    }

    /// Down (`forward`) or up the list of `len` notes.
    pub fn step(&mut self, forward: bool, len: usize) {
        self.selected = if forward {
            (self.selected + 1).min(len.saturating_sub(1))
        } else {
            self.selected.saturating_sub(1)
        };
    }

    /// The list now has `len` notes: the selection stays on one of them.
    pub fn keep_within(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
    }

    /// The note on row `row` of the list (two rows each, below the header).
    fn at_row(&self, row: usize) -> usize {
        self.top + row / 2
    }

    /// Move the first note shown (the wheel); the next frame keeps it within the list.
    pub fn scroll(&mut self, down: bool, by: usize) {
        self.top = crate::reader::app::wheel::scrolled(self.top, down, by);
    }

    /// The first note shown when `fits` of `total` fit, keeping a newly
    /// selected note in view; returns it with the selected note.
    fn in_view(&mut self, total: usize, fits: usize) -> (usize, usize) {
        let selected = self.selected.min(total - 1);
        // Scrolled by the wheel past the end: back to the last full list.
        self.top = self.top.min(total.saturating_sub(fits));
        if self.seen != Some((selected, fits)) {
            if selected < self.top {
                self.top = selected;
            } else if selected >= self.top + fits {
                self.top = selected + 1 - fits;
            }
            self.seen = Some((selected, fits));
        }
        (self.top, selected)
    }
}

impl App {
    /// The Notes tab's selected annotation (index into [`App::annotations`]).
    pub fn selected_note(&self) -> Option<usize> {
        self.notes_tab.selected(self.notes.len())
    }

    /// The Notes tab's reading of `action`; false when it is not the tab's.
    pub(in crate::reader::app) fn notes_action(&mut self, action: Action, in_panel: bool) -> bool {
        match action {
            Action::LineDown | Action::LineUp if in_panel => {
                self.notes_tab
                    .step(action == Action::LineDown, self.notes.len());
            }
            Action::Top if in_panel => self.notes_tab.select(0),
            Action::Bottom if in_panel => {
                self.notes_tab.select(self.notes.len().saturating_sub(1));
            }
            Action::JumpToEntity => self.jump_to_note(),
            _ => return false,
        }
        true
    }

    fn jump_to_note(&mut self) {
        let index = self.notes_tab.index();
        let Some(placed) = self.notes.get(index) else {
            self.flash = Some(self.text(Msg::NoNotes));
            return;
        };
        match placed.span.clone() {
            Some(span) => {
                let n = index + 1;
                let total = self.notes.len();
                self.jump_to_found(span.start);
                let ui = self.interface;
                self.flash = Some(ui.say(
                    Msg::NoteOf,
                    &[("n", &ui.number(n)), ("total", &ui.number(total))],
                ));
            }
            None => self.flash = Some(self.text(Msg::Orphaned)),
        }
    }

    /// A click on row `y` of the tab selects that note and jumps to it.
    pub(in crate::reader::app) fn click_note(&mut self, y: u16) {
        let Some(row) = usize::from(y).checked_sub(1) else {
            return;
        };
        let index = self.notes_tab.at_row(row);
        if index < self.notes.len() {
            self.notes_tab.select(index);
            self.panel.take_focus();
            self.jump_to_note();
        }
    }

    /// The tab's rows for this frame, keeping the selected note in view.
    pub(in crate::reader::app) fn notes_screen(&mut self, out: &mut PanelScreen) {
        let frame = super::panel::PANEL_FRAME;
        let width = usize::from(out.width.saturating_sub(NOTE_X + frame).max(1));
        let options = LayoutOptions {
            width: Some(width),
            fallback_direction: Direction::Ltr,
            ..self.options.clone()
        };
        let total = self.notes.len();
        let ui = self.interface;
        let header = lay_out(
            &ui.say(Msg::NotesHeading, &[("n", &ui.number(total))]),
            &options,
        );
        out.notes.push(NoteRow {
            kind: NoteRowKind::Header,
            line: header.0,
            indent: if ui.rtl() { header.1 } else { 0 },
            orphaned: false,
            selected: false,
        });
        if total == 0 {
            let room = usize::from(out.width.saturating_sub(frame + 1));
            out.message = ui.lines(ui.text(Msg::NotesNone), &self.options, room);
            return;
        }
        let fits = (usize::from(out.list_height).saturating_sub(1) / 2).max(1);
        let (top, selected) = self.notes_tab.in_view(total, fits);
        out.top = top;
        for (i, placed) in self
            .notes
            .placed()
            .iter()
            .enumerate()
            .skip(out.top)
            .take(fits)
        {
            let orphaned = placed.span.is_none();
            let is_selected = i == selected;
            let (line, indent) = lay_out(&self.passage_words(placed), &options);
            out.notes.push(NoteRow {
                kind: NoteRowKind::Passage,
                line,
                indent,
                orphaned,
                selected: is_selected,
            });
            let (line, indent) = lay_out(&detail(placed, ui), &options);
            out.notes.push(NoteRow {
                kind: NoteRowKind::Detail,
                line,
                indent,
                orphaned,
                selected: is_selected,
            });
        }
    }

    pub(in crate::reader::app) fn edit_selected_note(&mut self) {
        if self.panel.tab() != PanelTab::Notes {
            self.flash = Some(self.text(Msg::NotesOnly));
            return;
        }
        let Some(p) = self.notes.get(self.notes_tab.index()) else {
            self.flash = Some(self.text(Msg::NoNoteSelected));
            return;
        };
        let note = p.annotation.note.clone();
        self.modal = Some(Modal::Note(NoteEditor {
            input: TextInput::with_text(note.clone()),
            span: p.span.clone().unwrap_or_default(),
            editing: Some(p.annotation.id.clone()),
            original: note,
            opened: p.annotation.modified.clone(),
            confirm: false,
        }));
    }

    pub(in crate::reader::app) fn delete_selected_note(&mut self) {
        if self.panel.tab() != PanelTab::Notes {
            self.flash = Some(self.text(Msg::NotesOnly));
            return;
        }
        if self.notes.is_empty() {
            self.flash = Some(self.text(Msg::NoNotesToDelete));
            return;
        }
        let i = self.notes_tab.index().min(self.notes.len() - 1);
        // A label's correction is the lexicon's, kept for every article:
        // deleting the label here does not take it back, and says so.
        let corrected = self.notes.get(i).and_then(|p| {
            p.annotation.label?;
            let name = self.passage_text(p);
            self.notes.lexicon().label(&name).map(|_| name)
        });
        self.notes.delete(i);
        self.notes_tab.select(i);
        self.notes_tab.keep_within(self.notes.len());
        // The bar lays the whole message out, the name as written in it.
        let ui = self.interface;
        self.flash = Some(match corrected {
            Some(name) => ui.say(Msg::DeletedCorrectionStays, &[("name", &name)]),
            None => self.text(Msg::Deleted),
        });
        self.relabel();
        self.changed();
    }

    pub(in crate::reader::app) fn undo_delete(&mut self) {
        let Some(at) = self.notes.undo_delete() else {
            self.flash = Some(self.text(Msg::NothingToUndo));
            return;
        };
        self.notes_tab.select(at);
        self.flash = Some(self.text(Msg::Restored));
        self.relabel();
        self.changed();
    }

    /// An annotation's passage (its quote when orphaned).
    fn passage_text(&self, placed: &Placed) -> String {
        match &placed.span {
            Some(span) => crate::reader::entities_view::mention_text(&self.doc, span.clone()),
            None => placed.annotation.quote.exact.clone(),
        }
    }

    /// The first words of an annotation's passage.
    fn passage_words(&self, placed: &Placed) -> String {
        let text = self.passage_text(placed);
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

/// "[label] first line of the note", or a placeholder; a text kept from
/// another qari says so first.
fn detail(placed: &Placed, ui: Interface) -> String {
    let note = placed.annotation.note.lines().next().unwrap_or("");
    let shown = match placed.annotation.label {
        Some(label) if note.is_empty() => format!("[{}]", label_word(ui, label)),
        Some(label) => format!("[{}] {note}", label_word(ui, label)),
        None if note.is_empty() => ui.text(Msg::NoNote).to_string(),
        None => note.to_string(),
    };
    match placed.annotation.kept_from {
        Some(_) => format!("{} {shown}", ui.text(Msg::KeptCopy)),
        None => shown,
    }
}

/// `text` as one line of at most `width` cells, with its right-alignment pad.
fn lay_out(text: &str, options: &LayoutOptions) -> (VisualLine, usize) {
    let laid = crate::reader::entities_view::one_line(text, options);
    (laid.line, laid.indent)
}

#[cfg(test)]
mod tests {
    use super::{detail, NotesTab};
    use crate::reader::annotate::{Annotation, Placed};
    use crate::reader::messages::{Digits, Interface, Lang};

    #[test]
    fn a_text_kept_from_another_qari_says_so_in_its_row() {
        let mut kept = Annotation::new("x-1".into(), "سلام عليكم", 0..4, "t");
        kept.note = "their words".into();
        let placed = |annotation: Annotation| Placed {
            annotation,
            span: Some(0..4),
        };
        let ui = Interface::default();
        assert_eq!(detail(&placed(kept.clone()), ui), "their words");
        kept.kept_from = Some("x".into());
        assert_eq!(
            detail(&placed(kept.clone()), ui),
            "(kept from another qari) their words"
        );
        let ar = Interface::new(Lang::Ar, Digits::ArabicIndic);
        assert!(detail(&placed(kept), ar).starts_with("(نسخة من qari آخر)"));
    }

    #[test]
    fn the_selection_stays_in_the_list_and_in_view() {
        let mut tab = NotesTab::default();
        tab.step(true, 3);
        tab.step(true, 3);
        tab.step(true, 3);
        assert_eq!(tab.selected(3), Some(2));
        // Two notes fit: the third selected shows with the one before it.
        assert_eq!(tab.in_view(3, 2), (1, 2));
        tab.keep_within(1);
        assert_eq!(tab.selected(1), Some(0));
        assert_eq!(tab.selected(0), None);
    }

    #[test]
    fn the_wheel_scrolls_away_from_the_selection_until_it_changes() {
        let mut tab = NotesTab::default();
        assert_eq!(tab.in_view(10, 3), (0, 0));
        tab.scroll(true, 4);
        assert_eq!(
            tab.in_view(10, 3),
            (4, 0),
            "the selection is not pulled back"
        );
        tab.scroll(true, 40);
        assert_eq!(
            tab.in_view(10, 3),
            (7, 0),
            "but the list ends on its last full screen"
        );
        tab.step(true, 10);
        assert_eq!(tab.in_view(10, 3), (1, 1), "a new selection is shown");
    }
}
