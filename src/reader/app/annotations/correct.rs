//! Corrections that stick: a label on a recognised mention relabels every
//! mention of its entity and is remembered for every document.
//!
//! `l` opens the label menu on the selection, or without one on the entity
//! selected in the panel when the panel takes the keys (it has the focus, or
//! covers the article), else on the mention at the reading cursor (where a
//! jump to a mention or a click on a highlight put it); where it cannot, the
//! status bar says why (a quote, the Notes tab, no name there). When the labelled passage is a mention of a name (or has the
//! folded text of one), each name its entity's mentions give goes into the
//! lexicon with the label ([`corrections::for_entity`]); the lexicon is
//! applied over the recogniser's result before the document's own labels, so
//! the whole entity changes at once. Labelling again a name that a
//! correction took out of the highlights changes that correction. The shell
//! stores the new corrections (`Effect::SaveCorrections`) and hands back the
//! lexicon as stored, which may hold other readers' corrections too.

use crate::reader::messages::Msg;
use std::ops::Range;

use super::LabelPicker;
use crate::reader::annotate::corrections::{self, Lexicon};
use crate::reader::annotate::Label;
use crate::reader::app::{App, Effect, Modal, PanelTab};
use qari_recognize::{fold_name, Kind};

impl App {
    /// The corrections the store holds (loaded, or after a save); the
    /// highlights and the panel follow.
    pub fn set_lexicon(&mut self, lexicon: Lexicon) {
        *self.notes.lexicon_mut() = lexicon;
        self.relabel();
        self.refresh();
    }

    /// The corrections applied to every document.
    pub fn lexicon(&self) -> &Lexicon {
        self.notes.lexicon()
    }

    /// `l` without a selection: where the panel takes the keys (it has the
    /// focus, or covers the article), the label menu on the selected
    /// entity's first mention; in the text, on the mention at the reading
    /// cursor. Where there is nothing to label, the status bar says why.
    pub(in crate::reader::app) fn label_mention(&mut self) {
        let span = if self.panel.has_keys(self.size.0) {
            self.panel_name()
        } else {
            self.name_at_cursor()
        };
        match span {
            Ok(span) => self.open_label_menu(span),
            Err(why) => self.flash = Some(self.text(why)),
        }
    }

    /// The first mention of the entity selected in the panel, or why there
    /// is none to label.
    fn panel_name(&self) -> Result<Range<usize>, Msg> {
        if self.panel.tab() == PanelTab::Notes {
            return Err(Msg::LabelInNotes);
        }
        let Some(rows) = self.panel.entities() else {
            return Err(self.no_entity());
        };
        let rec = rows.recognition();
        let entity = rows
            .selected_entity()
            .and_then(|e| rec.entities.get(e))
            .ok_or(Msg::NoEntity)?;
        if entity.kind == Kind::Quote {
            return Err(Msg::LabelQuote);
        }
        // A speaker the text describes (مصدر قضائي) has no mention to label.
        entity
            .mentions
            .first()
            .and_then(|&m| rec.mentions.get(m))
            .filter(|m| m.kind != Kind::Quote)
            .map(|m| m.span.clone())
            .ok_or(Msg::LabelDescribed)
    }

    /// The shortest name mentioned at the reading cursor, or why there is none.
    fn name_at_cursor(&self) -> Result<Range<usize>, Msg> {
        let at = self.reading_cursor();
        let rows = self.panel.entities().ok_or_else(|| self.no_entity())?;
        rows.recognition()
            .mentions
            .iter()
            .filter(|m| m.kind != Kind::Quote && m.span.contains(&at))
            .min_by_key(|m| m.span.len())
            .map(|m| m.span.clone())
            .ok_or_else(|| {
                if self.recognizing() {
                    Msg::StillRecognising
                } else {
                    Msg::NoName
                }
            })
    }

    /// The label menu for `span`, opened on the label the passage already has.
    pub(in crate::reader::app) fn open_label_menu(&mut self, span: std::ops::Range<usize>) {
        let choice = self
            .notes
            .on(&span)
            .and_then(|p| p.annotation.label)
            .and_then(|l| Label::ALL.iter().position(|&k| k == l))
            .unwrap_or(0);
        self.modal = Some(Modal::Label(LabelPicker { choice, span }));
    }

    /// A label was given to `span`: when it is a name's mention, relabel all
    /// of its entity and remember that; how many mentions it changed.
    pub(in crate::reader::app) fn remember_correction(
        &mut self,
        span: &Range<usize>,
        label: Label,
    ) -> Option<usize> {
        if label == Label::Quote {
            return None;
        }
        let rows = self.panel.entities()?;
        let rec = rows.recognition();
        let text = self.doc.text();
        let now = self.notes.now();
        let names: Vec<&qari_recognize::Mention> = rec
            .mentions
            .iter()
            .filter(|m| m.kind != Kind::Quote)
            .collect();
        let (found, count) = match names.iter().find(|m| m.span == *span) {
            Some(m) => entity_corrections(text, rec, m.entity, label, &now)?,
            None => {
                // The same name elsewhere: one pass over the text for all.
                let mut spans: Vec<Range<usize>> = names.iter().map(|m| m.span.clone()).collect();
                spans.push(span.clone());
                let texts = corrections::span_texts(text, &spans);
                let wanted = texts.last().map(|t| fold_name(t))?;
                match texts[..names.len()]
                    .iter()
                    .position(|t| fold_name(t) == wanted)
                {
                    Some(at) => entity_corrections(text, rec, names[at].entity, label, &now)?,
                    // A name corrected before, gone from the highlights
                    // ("not an entity"): its correction changes.
                    None if self.notes.lexicon().label(&wanted).is_some() => {
                        let name = texts.last().map(|t| t.to_string())?;
                        let c = corrections::Correction {
                            name,
                            label,
                            modified: now.clone(),
                        };
                        (vec![c], 1)
                    }
                    None => return None,
                }
            }
        };
        for c in &found {
            self.notes.lexicon_mut().insert(c.clone());
        }
        // The labels an earlier `l` left on this name's mentions (labels
        // alone, no note) take the new one: else they kept the old label on
        // their mention (the document's labels have the last word), and the
        // entity was split though every mention was said to change.
        let folded: Vec<String> = found.iter().map(|c| fold_name(&c.name)).collect();
        let stale: Vec<String> = self
            .notes
            .placed()
            .iter()
            .filter(|p| p.span.is_some())
            .filter(|p| {
                p.annotation
                    .labelled_name()
                    .is_some_and(|(old, name)| old != label && folded.contains(&name))
            })
            .map(|p| p.annotation.id.clone())
            .collect();
        for id in stale {
            self.notes.relabel(&id, label, &now);
        }
        self.effects.push(Effect::SaveCorrections(found));
        Some(count)
    }
}

/// The corrections relabelling `entity`, and its count of mentions.
fn entity_corrections(
    text: &str,
    rec: &qari_recognize::Recognition,
    entity: usize,
    label: Label,
    now: &str,
) -> Option<(Vec<corrections::Correction>, usize)> {
    let count = rec.entities.get(entity)?.mentions.len();
    let found = corrections::for_entity(text, rec, entity, label, now);
    (!found.is_empty()).then_some((found, count))
}
