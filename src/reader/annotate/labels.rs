//! The reader's labels override the recogniser on their spans.
//!
//! A kind label makes its span a mention of that kind, replacing what the
//! recogniser found overlapping it; "not an entity" removes what overlaps it.
//! Quotes and names live on two layers (a quote contains the names in it), so
//! a name label leaves a quote around it alone, a quote label replaces only
//! quotes, and "not an entity" inside a longer quote leaves the quote. Labels
//! apply oldest first, so the reader's latest word on a span counts.
//!
//! Entities are then regrouped without the tagger's word keys: recognised
//! mentions stay in their entities; a label's mention joins an entity of its
//! kind whose name is the labelled text (or one made by an earlier label with
//! that text), else becomes a new entity. Entities left without mentions go,
//! and quotes whose speaker went lose the speaker.

use std::collections::HashMap;
use std::ops::Range;

use super::{Label, Placed};
use crate::reader::kinds::facts;
use qari_recognize::{Entity, Kind, Mention, Recognition};

/// Where a mention comes from while regrouping.
#[derive(Debug, Clone)]
enum Origin {
    /// The recogniser's entity index.
    Recognised(usize),
    /// A label, with the labelled text.
    Labelled(String),
}

#[derive(Debug, Clone)]
struct Draft {
    kind: Kind,
    span: Range<usize>,
    origin: Origin,
    speaker: Option<usize>,
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Does a label `label` on `span` take away mention `m`?
fn overridden(m: &Draft, label: Label, span: &Range<usize>) -> bool {
    if !overlaps(&m.span, span) {
        return false;
    }
    let quote = facts(m.kind).quotation;
    match label.kind() {
        None => {
            // "Not an entity": everything but a quote strictly around the span.
            let inside = m.span.start <= span.start && span.end <= m.span.end && m.span != *span;
            !(quote && inside)
        }
        // A quote label takes quotes away; a name's label, names.
        Some(kind) => facts(kind).quotation == quote,
    }
}

/// `recognition` with the labels of `placed` applied (orphans and annotations
/// without a label change nothing).
pub fn apply_labels(recognition: &Recognition, placed: &[Placed]) -> Recognition {
    let mut labels: Vec<(&Placed, Label, Range<usize>)> = labels(placed).collect();
    if labels.is_empty() {
        return recognition.clone();
    }
    labels.sort_by(|a, b| a.0.annotation.modified.cmp(&b.0.annotation.modified));
    let mut drafts: Vec<Draft> = recognition
        .mentions
        .iter()
        .map(|m| Draft {
            kind: m.kind,
            span: m.span.clone(),
            origin: Origin::Recognised(m.entity),
            speaker: m.speaker,
        })
        .collect();
    for (p, label, span) in labels {
        drafts.retain(|m| !overridden(m, label, &span));
        if let Some(kind) = label.kind() {
            drafts.push(Draft {
                kind,
                span,
                origin: Origin::Labelled(p.annotation.quote.exact.clone()),
                speaker: None,
            });
        }
    }
    regroup(recognition, drafts)
}

/// The labels that apply: on a span that is not empty.
fn labels(placed: &[Placed]) -> impl Iterator<Item = (&Placed, Label, Range<usize>)> {
    placed
        .iter()
        .filter_map(|p| Some((p, p.annotation.label?, p.span.clone()?)))
        .filter(|(_, _, span)| !span.is_empty())
}

/// True when some label applies; else [`apply_labels`] gives the
/// recognition as it is.
pub fn any_labels(placed: &[Placed]) -> bool {
    labels(placed).next().is_some()
}

fn new_entity(kind: Kind, name: &str, entities: &mut Vec<Entity>) -> usize {
    entities.push(Entity {
        kind,
        name: name.to_string(),
        mentions: Vec::new(),
    });
    entities.len() - 1
}

fn regroup(recognition: &Recognition, mut drafts: Vec<Draft>) -> Recognition {
    drafts.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.kind));
    let old = &recognition.entities;
    // New entity index of each old entity that keeps a mention, and of each labelled name.
    let mut kept: HashMap<usize, usize> = HashMap::new();
    let mut labelled: HashMap<(Kind, String), usize> = HashMap::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut mentions: Vec<Mention> = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.iter().enumerate() {
        let e = match &d.origin {
            Origin::Recognised(e) => match kept.get(e) {
                Some(&n) => n,
                None => {
                    let n = new_entity(old[*e].kind, &old[*e].name, &mut entities);
                    kept.insert(*e, n);
                    n
                }
            },
            Origin::Labelled(name) => {
                let existing = labelled.get(&(d.kind, name.clone())).copied().or_else(|| {
                    let same = old.iter().position(|o| {
                        o.kind == d.kind && o.name == *name && !facts(d.kind).quotation
                    })?;
                    Some(match kept.get(&same) {
                        Some(&n) => n,
                        None => {
                            let n = new_entity(d.kind, name, &mut entities);
                            kept.insert(same, n);
                            n
                        }
                    })
                });
                let n = existing.unwrap_or_else(|| new_entity(d.kind, name, &mut entities));
                if !facts(d.kind).quotation {
                    labelled.insert((d.kind, name.clone()), n);
                }
                n
            }
        };
        entities[e].mentions.push(i);
        mentions.push(Mention {
            kind: d.kind,
            span: d.span.clone(),
            entity: e,
            speaker: None,
        });
    }
    let mut out = Recognition { mentions, entities };
    carry_speakers(old, &mut out, drafts.iter().map(|d| d.speaker), |s| {
        kept.get(&s).copied()
    });
    out
}

/// Set the speaker of each mention of `out` from `speakers`, the old entity
/// ids in mention order, where `new_id` gives an old entity's new id. A speaker
/// the text only describes (مصدر أمني) has no mention to carry it over: it comes
/// along, after the others, as the recogniser gave it.
pub(super) fn carry_speakers(
    old: &[Entity],
    out: &mut Recognition,
    speakers: impl Iterator<Item = Option<usize>>,
    new_id: impl Fn(usize) -> Option<usize>,
) {
    let mut described: HashMap<usize, usize> = HashMap::new();
    let Recognition { mentions, entities } = out;
    for (m, speaker) in mentions.iter_mut().zip(speakers) {
        m.speaker = speaker.and_then(|s| match new_id(s) {
            Some(id) => Some(id),
            None if old[s].mentions.is_empty() => Some(*described.entry(s).or_insert_with(|| {
                entities.push(old[s].clone());
                entities.len() - 1
            })),
            None => None,
        });
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::reader::annotate::Annotation;

    const TEXT: &str = "قال نيكول باشينيان إن باشينيان سيزور موسكو";

    fn rec() -> Recognition {
        // Person "نيكول باشينيان" (4..18) and its surname (22..30); place موسكو (37..42).
        Recognition {
            mentions: vec![
                Mention {
                    kind: Kind::Person,
                    span: 4..18,
                    entity: 0,
                    speaker: None,
                },
                Mention {
                    kind: Kind::Person,
                    span: 22..30,
                    entity: 0,
                    speaker: None,
                },
                Mention {
                    kind: Kind::Location,
                    span: 37..42,
                    entity: 1,
                    speaker: None,
                },
            ],
            entities: vec![
                Entity {
                    kind: Kind::Person,
                    name: "نيكول باشينيان".into(),
                    mentions: vec![0, 1],
                },
                Entity {
                    kind: Kind::Location,
                    name: "موسكو".into(),
                    mentions: vec![2],
                },
            ],
        }
    }

    fn label(span: Range<usize>, label: Label, modified: &str) -> Placed {
        let mut annotation = Annotation::new("x".into(), TEXT, span.clone(), modified);
        annotation.label = Some(label);
        Placed {
            annotation,
            span: Some(span),
        }
    }

    /// Every entity lists exactly its mentions, in order, and every mention
    /// points back (also for the corrections' tests).
    pub(in crate::reader::annotate) fn consistent(r: &Recognition) {
        for (i, m) in r.mentions.iter().enumerate() {
            assert!(r.entities[m.entity].mentions.contains(&i));
            assert_eq!(r.entities[m.entity].kind, m.kind);
        }
        for (i, e) in r.entities.iter().enumerate() {
            // Only a speaker the text describes has no mention of its own.
            let spoke = r.mentions.iter().any(|m| m.speaker == Some(i));
            assert!(!e.mentions.is_empty() || spoke);
            assert!(e.mentions.windows(2).all(|w| w[0] < w[1]));
        }
    }

    #[test]
    fn a_label_elsewhere_keeps_a_described_speaker() {
        // A quote (0..3) said by a source the text only describes (entity 3, no
        // mention of its own); labelling the place must not lose who spoke.
        let mut r = rec();
        r.entities.push(Entity {
            kind: Kind::Quote,
            name: "قال".into(),
            mentions: vec![3],
        });
        r.entities.push(Entity {
            kind: Kind::Person,
            name: "مصدر أمني".into(),
            mentions: Vec::new(),
        });
        r.mentions.push(Mention {
            kind: Kind::Quote,
            span: 0..3,
            entity: 2,
            speaker: Some(3),
        });
        let out = apply_labels(&r, &[label(37..42, Label::Organization, "t")]);
        consistent(&out);
        let quote = out
            .mentions
            .iter()
            .find(|m| m.kind == Kind::Quote)
            .expect("quote");
        let speaker = quote.speaker.expect("speaker kept");
        assert_eq!(out.entities[speaker].name, "مصدر أمني");
        assert!(out.entities[speaker].mentions.is_empty());
    }

    #[test]
    fn not_an_entity_removes_what_overlaps() {
        let r = apply_labels(&rec(), &[label(37..42, Label::NotEntity, "t")]);
        consistent(&r);
        assert_eq!(r.mentions.len(), 2);
        assert_eq!(r.entities.len(), 1);
        assert!(r.mentions.iter().all(|m| m.kind == Kind::Person));
    }

    #[test]
    fn a_kind_label_replaces_the_mention_and_regroups() {
        // The place is really an organisation; the surname mention is relabelled too.
        let r = apply_labels(
            &rec(),
            &[
                label(37..42, Label::Organization, "t1"),
                label(31..36, Label::Date, "t2"),
            ],
        );
        consistent(&r);
        let kinds: Vec<(Kind, Range<usize>)> = r
            .mentions
            .iter()
            .map(|m| (m.kind, m.span.clone()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (Kind::Person, 4..18),
                (Kind::Person, 22..30),
                (Kind::Date, 31..36),
                (Kind::Organization, 37..42),
            ]
        );
        assert_eq!(r.entities[r.mentions[3].entity].name, "موسكو");
        assert_eq!(r.mentions[0].entity, r.mentions[1].entity);
    }

    #[test]
    fn a_label_joins_the_entity_named_like_it_and_the_latest_label_wins() {
        // Label the full name again as a person: it joins the recognised entity.
        let r = apply_labels(&rec(), &[label(4..18, Label::Person, "t")]);
        consistent(&r);
        assert_eq!(r.entities.len(), 2);
        assert_eq!(r.mentions[0].entity, r.mentions[1].entity);
        // Two labels on one span: the later modification counts.
        let r = apply_labels(
            &rec(),
            &[
                label(37..42, Label::Person, "t2"),
                label(37..42, Label::NotEntity, "t1"),
            ],
        );
        consistent(&r);
        assert_eq!(r.mentions.last().map(|m| m.kind), Some(Kind::Person));
    }

    #[test]
    fn names_and_quotes_are_separate_layers() {
        // A quote (the whole sentence from 22) said by the person.
        let mut r = rec();
        r.mentions.push(Mention {
            kind: Kind::Quote,
            span: 22..42,
            entity: 2,
            speaker: Some(0),
        });
        r.entities.push(Entity {
            kind: Kind::Quote,
            name: "q".into(),
            mentions: vec![3],
        });
        // Labelling a name inside the quote, or denying one, keeps the quote.
        for l in [Label::Organization, Label::NotEntity] {
            let out = apply_labels(&r, &[label(37..42, l, "t")]);
            consistent(&out);
            let quote = out
                .mentions
                .iter()
                .find(|m| m.kind == Kind::Quote)
                .expect("quote kept");
            assert_eq!(quote.span, 22..42);
            assert_eq!(
                out.entities[quote.speaker.expect("speaker")].name,
                "نيكول باشينيان"
            );
        }
        // A quote label replaces the quote but not the names in it.
        let out = apply_labels(&r, &[label(31..42, Label::Quote, "t")]);
        consistent(&out);
        let quotes: Vec<_> = out
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Quote)
            .collect();
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].span, 31..42);
        assert_eq!(out.mentions.len(), 4);
        // Denying the speaker's every mention drops the speaker, not the quote.
        let out = apply_labels(
            &r,
            &[
                label(4..18, Label::NotEntity, "t"),
                label(22..30, Label::NotEntity, "t"),
            ],
        );
        consistent(&out);
        let quote = out
            .mentions
            .iter()
            .find(|m| m.kind == Kind::Quote)
            .expect("quote kept");
        assert_eq!(quote.speaker, None);
    }

    #[test]
    fn orphans_and_notes_change_nothing() {
        let mut orphan = label(37..42, Label::NotEntity, "t");
        orphan.span = None;
        let mut note = label(37..42, Label::NotEntity, "t");
        note.annotation.label = None;
        assert_eq!(apply_labels(&rec(), &[orphan, note]), rec());
    }
}
