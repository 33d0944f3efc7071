//! PURE: the entities panel as state: its rows, its selection, and moving
//! between the mentions of the selected entity.
//!
//! The panel is built once from a [`Recognition`] and the document it came
//! from. Rows are grouped by kind (in [`Kind::ALL`] order), most mentioned
//! first. What someone said sits under them: each quote's row ("– first
//! words") follows its speaker's row, so selecting a person shows what they
//! said, and a speaker the text only describes (مصدر أمني) has a row for its
//! quotes though it has no mentions; the quotes' own section keeps the quotes
//! nobody is named for. Labels stay in logical
//! order here; the app lays them out with the same engine as the article
//! ([`PanelRows::lay_out`]), so Arabic in the panel is never drawn in logical
//! order. Nothing here knows about terminals, so every rule (sorting, wrapping
//! around, following the reading position) is tested without one.

use std::sync::Arc;

use crate::core::document::Document;
use crate::reader::kinds::facts;
use qari_recognize::{Kind, Recognition};

/// Words of a quote shown in its row.
const QUOTE_WORDS: usize = 6;

/// What a row of the panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// A kind's title, with the number of its entities.
    Header(Kind),
    /// An entity (index into [`Recognition::entities`]).
    Entity(usize),
}

/// One row: what it is, its label in logical order, its count of mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelRow {
    pub kind: RowKind,
    pub label: String,
    pub count: usize,
}

/// The panel's rows, the selection and the mention last jumped to.
#[derive(Debug, Clone)]
pub struct PanelRows {
    /// Shared with the app's raw result when no correction or label changed
    /// it: one copy of a long document's mentions, not two.
    recognition: Arc<Recognition>,
    rows: Vec<PanelRow>,
    /// Index into `rows` of the selected entity row, if there is any.
    selected: Option<usize>,
    /// The mention last jumped to (index into the mentions).
    current: Option<usize>,
    /// The document has an Arabic letter, so no rows is the recogniser's
    /// finding, not a text it cannot read (an English article).
    readable: bool,
}

/// Where a move between mentions landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Jump {
    /// Index into [`Recognition::mentions`].
    pub mention: usize,
    /// Code point offset of the mention in the document.
    pub offset: usize,
    /// The move went past the last (or first) mention and came round.
    pub wrapped: bool,
}

impl PanelRows {
    /// The rows for `recognition` of `doc` (the same text it was run on).
    pub fn new(recognition: impl Into<Arc<Recognition>>, doc: &Document) -> Self {
        let recognition = recognition.into();
        let said = said_by(&recognition);
        // Quotes shown under their speaker, not again in their own section.
        let mut placed = vec![false; recognition.entities.len()];
        for &q in said.iter().flatten() {
            placed[q] = true;
        }
        let mut rows = Vec::new();
        for kind in Kind::ALL {
            let quotes = facts(kind).quotation;
            let mut ids: Vec<usize> = (0..recognition.entities.len())
                .filter(|&e| {
                    let entity = &recognition.entities[e];
                    let shown = !entity.mentions.is_empty();
                    entity.kind == kind
                        && if quotes {
                            shown && !placed[e]
                        } else {
                            shown || !said[e].is_empty()
                        }
                })
                .collect();
            if ids.is_empty() {
                continue;
            }
            // Where an entity is first met: its first mention, else its first quote.
            let first = |e: usize| {
                let entity = &recognition.entities[e];
                let m = entity.mentions.first().or_else(|| {
                    said[e]
                        .first()
                        .and_then(|&q| recognition.entities[q].mentions.first())
                });
                m.map_or(usize::MAX, |&m| recognition.mentions[m].span.start)
            };
            ids.sort_by_key(|&e| {
                (
                    std::cmp::Reverse(recognition.entities[e].mentions.len()),
                    first(e),
                )
            });
            rows.push(PanelRow {
                kind: RowKind::Header(kind),
                label: format!("{} ({})", heading(kind), ids.len()),
                count: ids.len(),
            });
            for e in ids {
                let entity = &recognition.entities[e];
                let label = if quotes {
                    quote_label(&recognition, e, doc)
                } else {
                    entity.name.clone()
                };
                rows.push(PanelRow {
                    kind: RowKind::Entity(e),
                    label,
                    count: entity.mentions.len(),
                });
                for &q in &said[e] {
                    rows.push(PanelRow {
                        kind: RowKind::Entity(q),
                        label: format!("\u{2013} {}", quote_words(&recognition, q, doc)),
                        count: recognition.entities[q].mentions.len(),
                    });
                }
            }
        }
        let selected = rows
            .iter()
            .position(|r| matches!(r.kind, RowKind::Entity(_)));
        let readable = !rows.is_empty() || qari_recognize::has_arabic_letter(doc.text());
        Self {
            recognition,
            rows,
            selected,
            current: None,
            readable,
        }
    }

    /// Whether the document has text the recogniser reads (see `readable`).
    pub fn readable(&self) -> bool {
        self.readable
    }

    pub fn recognition(&self) -> &Recognition {
        &self.recognition
    }

    pub fn rows(&self) -> &[PanelRow] {
        &self.rows
    }

    /// The selected row's index in [`PanelRows::rows`].
    pub fn selected_row(&self) -> Option<usize> {
        self.selected
    }

    /// The selected entity.
    pub fn selected_entity(&self) -> Option<usize> {
        match self.rows.get(self.selected?)?.kind {
            RowKind::Entity(e) => Some(e),
            RowKind::Header(_) => None,
        }
    }

    /// The mention last jumped to, marked in the article.
    pub fn current(&self) -> Option<usize> {
        self.current
    }

    /// Select the next (`forward`) or previous entity row; stops at the ends.
    pub fn move_selection(&mut self, forward: bool) {
        let Some(at) = self.selected else { return };
        let found = if forward {
            (at + 1..self.rows.len()).find(|&r| self.is_entity_row(r))
        } else {
            (0..at).rev().find(|&r| self.is_entity_row(r))
        };
        if let Some(r) = found {
            self.selected = Some(r);
        }
    }

    /// Select the first entity row, or the last (`last`).
    pub fn select_end(&mut self, last: bool) {
        let found = if last {
            (0..self.rows.len()).rev().find(|&r| self.is_entity_row(r))
        } else {
            (0..self.rows.len()).find(|&r| self.is_entity_row(r))
        };
        if let Some(r) = found {
            self.selected = Some(r);
        }
    }

    /// Select the row at `row` if it is an entity; true when it is.
    pub fn select_row(&mut self, row: usize) -> bool {
        let ok = self.is_entity_row(row);
        if ok {
            self.selected = Some(row);
        }
        ok
    }

    /// Select the row of entity `entity`.
    pub fn select_entity(&mut self, entity: usize) {
        if let Some(r) = self
            .rows
            .iter()
            .position(|r| r.kind == RowKind::Entity(entity))
        {
            self.selected = Some(r);
        }
    }

    /// Follow the reading position: select the entity of the first mention
    /// starting at or after `offset` (the top of the view).
    pub fn follow(&mut self, offset: usize) {
        let mentions = &self.recognition.mentions;
        let at = mentions.partition_point(|m| m.span.start < offset);
        if let Some(m) = mentions.get(at) {
            self.select_entity(m.entity);
        }
    }

    /// Jump to the selected entity's first mention and mark it.
    pub fn first(&mut self) -> Option<Jump> {
        let e = self.selected_entity()?;
        let mention = *self.stops(e).first()?;
        Some(self.land(mention, false))
    }

    /// Where a jump to entity `e` can land: its mentions; for a speaker the
    /// text only describes (مصدر أمني), which has none, the quotes it said.
    fn stops(&self, e: usize) -> std::borrow::Cow<'_, [usize]> {
        let list = &self.recognition.entities[e].mentions;
        if !list.is_empty() {
            return list.as_slice().into();
        }
        self.recognition
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == Kind::Quote && m.speaker == Some(e))
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
            .into()
    }

    /// The next (`forward`) or previous mention of the selected entity after
    /// the current mention, or after `offset` (the top of the view) when the
    /// current mention is another entity's; wraps around at the ends.
    pub fn step(&mut self, forward: bool, offset: usize) -> Option<Jump> {
        let e = self.selected_entity()?;
        let stops = self.stops(e).into_owned();
        let list = &stops;
        if list.is_empty() {
            return None;
        }
        let mentions = &self.recognition.mentions;
        let from = match self.current {
            Some(c) if list.contains(&c) => mentions[c].span.start,
            // Not on one of its mentions: the first at/after the top comes next.
            _ if forward => offset.saturating_sub(1),
            _ => offset,
        };
        let (index, wrapped) = if forward {
            match list.iter().position(|&m| mentions[m].span.start > from) {
                Some(i) => (i, false),
                None => (0, true),
            }
        } else {
            match list.iter().rposition(|&m| mentions[m].span.start < from) {
                Some(i) => (i, false),
                None => (list.len().checked_sub(1)?, true),
            }
        };
        let mention = list[index];
        Some(self.land(mention, wrapped))
    }

    fn land(&mut self, mention: usize, wrapped: bool) -> Jump {
        self.current = Some(mention);
        Jump {
            mention,
            offset: self.recognition.mentions[mention].span.start,
            wrapped,
        }
    }

    fn is_entity_row(&self, row: usize) -> bool {
        matches!(self.rows.get(row).map(|r| r.kind), Some(RowKind::Entity(_)))
    }
}

/// A kind's title in the panel (the kind table's).
pub fn heading(kind: Kind) -> &'static str {
    facts(kind).heading[0]
}

/// The speaker of quote entity `quote`, when the text names or describes one.
fn speaker_of(recognition: &Recognition, quote: usize) -> Option<usize> {
    let first = recognition.entities[quote].mentions.first()?;
    recognition.mentions[*first]
        .speaker
        .filter(|&s| s != quote && recognition.entities.get(s).is_some())
}

/// For each entity, the quotes it said, in text order.
fn said_by(recognition: &Recognition) -> Vec<Vec<usize>> {
    let mut said = vec![Vec::new(); recognition.entities.len()];
    for (q, entity) in recognition.entities.iter().enumerate() {
        if facts(entity.kind).quotation {
            if let Some(s) = speaker_of(recognition, q) {
                if !facts(recognition.entities[s].kind).quotation {
                    said[s].push(q);
                }
            }
        }
    }
    said
}

/// The first words of a quote, "…" when there are more.
fn quote_words(recognition: &Recognition, entity: usize, doc: &Document) -> String {
    let Some(&first) = recognition.entities[entity].mentions.first() else {
        return String::new();
    };
    let text = mention_text(doc, recognition.mentions[first].span.clone());
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut shown = words
        .iter()
        .take(QUOTE_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > QUOTE_WORDS {
        shown.push('\u{2026}');
    }
    shown
}

/// "speaker: first words…" of a quote in the quotes' own section (its speaker
/// when the text names one that has no row of its own).
fn quote_label(recognition: &Recognition, entity: usize, doc: &Document) -> String {
    let shown = quote_words(recognition, entity, doc);
    match speaker_of(recognition, entity).map(|s| &recognition.entities[s]) {
        Some(speaker) => format!("{}: {shown}", speaker.name),
        None => shown,
    }
}

/// The text of a span of the document (code points), within its paragraph.
pub fn mention_text(doc: &Document, span: std::ops::Range<usize>) -> String {
    if doc.paragraph_count() == 0 {
        return String::new();
    }
    let p = doc.paragraph_at(span.start);
    let base = doc.span(p).offset;
    // From the nearest checkpoint, not the paragraph's start: a quote deep in
    // a line of megabytes costs what its neighbourhood does.
    let (start, _) = doc.byte_in_paragraph(p, span.start.saturating_sub(base));
    doc.paragraph(p)[start..]
        .chars()
        .take(span.end.saturating_sub(span.start))
        .collect()
}

mod laid;

pub use laid::{one_line, LaidRow};

#[cfg(test)]
mod tests;
