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
use crate::reader::messages::{Interface, Msg};
use qari_layout::{self as layout, Direction, LayoutOptions, VisualLine};
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

/// A row laid out for the panel: one visual line and its right-alignment pad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaidRow {
    pub line: VisualLine,
    pub indent: usize,
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

    /// Every label laid out as one line of at most `width` cells by the article's
    /// layout engine (a longer label shows its logical beginning); right-to-left
    /// labels are right-aligned, and those with no letters (a time, 02:45)
    /// go the article's way, as its other labels do.
    /// A kind's title is in the interface's language (`ui`), its count in
    /// its digits; in the Arabic interface every label is right-aligned.
    pub fn lay_out(&self, width: usize, options: &LayoutOptions, ui: Interface) -> Vec<LaidRow> {
        let options = LayoutOptions {
            width: Some(width.max(1)),
            ..options.clone()
        };
        self.rows
            .iter()
            .map(|row| match row.kind {
                RowKind::Header(kind) if ui.rtl() => {
                    let kind = ui.pick(facts(kind).heading);
                    let n = ui.number(row.count);
                    one_line(
                        &ui.say(Msg::Heading, &[("kind", &kind), ("n", &n)]),
                        &options,
                    )
                }
                _ if ui.rtl() => {
                    // A Latin name too sits against the count, on the right.
                    let mut laid = one_line(&row.label, &options);
                    laid.indent = width.saturating_sub(laid.line.width);
                    laid
                }
                _ => one_line(&row.label, &options),
            })
            .collect()
    }
}

/// `text` as one visual line at `options.width`: a text that does not fit is
/// cut after a whole cluster and ends with "…" at its logical end, which the
/// engine then places (on the left of an Arabic label, and of Arabic words
/// that end a line reading left to right).
pub fn one_line(text: &str, options: &LayoutOptions) -> LaidRow {
    let width = options.width.unwrap_or(usize::MAX);
    let mut laid = layout::layout_paragraph(text, options);
    if laid.lines.len() > 1 {
        let fits = laid.lines[0].end as usize;
        let mut chars: Vec<char> = text.chars().take(fits).collect();
        loop {
            while chars.last().is_some_and(|c| c.is_whitespace()) {
                chars.pop();
            }
            // After right-to-left words a right-to-left mark keeps the
            // ellipsis with them, where they were cut (their left end), in
            // a line that reads left to right ("[label] note…").
            // (Directions by the bidi classes, as the layout reads them.)
            let mut cut: String = chars.iter().collect();
            let ltr_line = layout::paragraph_direction(&cut) == Some(Direction::Ltr);
            let rtl_end = cut
                .split_whitespace()
                .rev()
                .find_map(layout::paragraph_direction)
                == Some(Direction::Rtl);
            cut.push('\u{2026}');
            if ltr_line && rtl_end {
                cut.push('\u{200F}');
            }
            laid = layout::layout_paragraph(&cut, options);
            if laid.lines.len() <= 1 || chars.pop().is_none() {
                break;
            }
        }
    }
    let line = laid.lines.first().cloned().unwrap_or_default();
    LaidRow {
        indent: laid.indent(&line, width),
        line,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(text: &str, width: usize) -> String {
        let options = LayoutOptions {
            width: Some(width),
            ..LayoutOptions::default()
        };
        let row = one_line(text, &options);
        row.line
            .cells
            .iter()
            .map(|c| row.line.cell_text(c))
            .collect()
    }

    #[test]
    fn a_label_with_no_letters_goes_the_article_s_way() {
        use qari_recognize::{Entity, Mention, Recognition};
        let text = "وصل الوفد الساعة 02:45 إلى القاهرة\n";
        let doc = Document::from_bytes("t", text.as_bytes()).expect("text");
        let at = |w: &str| {
            let start = text[..text.find(w).expect("word")].chars().count();
            start..start + w.chars().count()
        };
        let mention = |kind, word, entity| Mention {
            kind,
            span: at(word),
            entity,
            speaker: None,
        };
        let rec = Recognition {
            mentions: vec![
                mention(Kind::Date, "02:45", 0),
                mention(Kind::Location, "القاهرة", 1),
            ],
            entities: vec![
                Entity {
                    kind: Kind::Date,
                    name: "02:45".into(),
                    mentions: vec![0],
                },
                Entity {
                    kind: Kind::Location,
                    name: "القاهرة".into(),
                    mentions: vec![1],
                },
            ],
        };
        let rows = PanelRows::new(rec, &doc);
        let options = LayoutOptions {
            fallback_direction: Direction::Rtl,
            ..LayoutOptions::default()
        };
        let laid = rows.lay_out(20, &options, Interface::default());
        for (row, laid) in rows.rows.iter().zip(&laid) {
            if matches!(row.kind, RowKind::Entity(_)) {
                assert_eq!(
                    laid.indent + laid.line.width,
                    20,
                    "{}: right-aligned",
                    row.label
                );
            }
        }
    }

    #[test]
    fn a_cut_line_shows_its_ellipsis_where_its_words_were_cut() {
        // Left to right, Arabic words at its end: the ellipsis left of the
        // last word kept (their logical end), not right of the first.
        let shown = drawn("[note] جزيرة أبو موسى الكبرى في الخليج", 20);
        assert!(shown.starts_with("[note] \u{2026}"), "{shown:?}");
        assert!(shown.trim_end().ends_with("ةريزج"), "{shown:?}");
        // English cut: at its right end, as before.
        let shown = drawn("[note] the island of Abu Musa in the Gulf", 20);
        assert!(shown.trim_end().ends_with('\u{2026}'), "{shown:?}");
    }
}
