//! Corrections that stick: a label on a recognised mention relabels every
//! mention of its entity and is remembered for every document.
//!
//! `l` opens the label menu on the selection, or without one on the entity
//! selected in the panel when the panel has the focus, else on the mention at
//! the reading cursor (where a jump to a mention or a click on a highlight
//! put it). When the labelled passage is a mention of a name (or has the
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
use crate::reader::app::{App, Effect, Focus, Modal};
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

    /// `l` without a selection: in the panel, the label menu on the selected
    /// entity's first mention; in the text, on the mention at the reading
    /// cursor.
    pub(in crate::reader::app) fn label_mention(&mut self) {
        let at = self.reading_cursor();
        let in_panel = self.panel.is_open() && self.panel.focus() == Focus::Panel;
        let span = self.panel.entities().and_then(|rows| {
            let rec = rows.recognition();
            let name = |m: &qari_recognize::Mention| m.kind != Kind::Quote;
            // The panel's selection when the reader is looking at it, else
            // the name at the cursor.
            let selected = || {
                let e = rows.selected_entity()?;
                let first = *rec.entities.get(e)?.mentions.first()?;
                rec.mentions.get(first).filter(|m| name(m))
            };
            let at_cursor = || {
                rec.mentions
                    .iter()
                    .filter(|m| name(m) && m.span.contains(&at))
                    .min_by_key(|m| m.span.len())
            };
            // A row selected that has no name to label (a speaker the text
            // only describes) is not the word under the cursor.
            if in_panel && rows.selected_entity().is_some() {
                selected()
            } else {
                at_cursor()
            }
            .map(|m| m.span.clone())
        });
        let Some(span) = span else {
            self.flash = Some(self.text(Msg::NoName));
            return;
        };
        self.open_label_menu(span);
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
