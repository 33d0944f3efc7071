//! The reader's corrections of the recogniser, remembered across documents: a
//! personal lexicon from names to labels.
//!
//! A label (`l`) on a recognised mention corrects every mention of its entity
//! and is kept here by each of their names, folded as the recogniser folds
//! words ([`qari_recognize::fold_name`]: أرشيفية and ارشيفيه are one name). In
//! every document after that, a mention whose folded text is in the lexicon
//! takes the remembered kind, or goes when the label is "not an entity". This
//! runs on the recogniser's output before the document's own labels, which
//! stay the last word on their spans. Quotes are not names and are left alone.
//!
//! A mention that begins or ends with words corrected as "not an entity"
//! loses them (`trim`: المحقق العدلي طارق البيطار is طارق البيطار once
//! المحقق العدلي is no name).
//!
//! Mentions of one entity relabelled alike stay one entity (a name and its
//! surname both corrected to a place are one place); a relabelled entity
//! joins an entity of the new kind with the same folded name.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::Label;
use qari_recognize::{fold_name, Entity, Kind, Mention, Recognition};

/// One remembered correction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// The name as the text wrote it when it was corrected.
    pub name: String,
    /// What mentions of it are: a kind, or "not an entity".
    pub label: Label,
    /// When it was made (RFC 3339, UTC); the later of two for one name wins.
    pub modified: String,
}

/// The corrections by folded name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    by_name: BTreeMap<String, Correction>,
}

impl Lexicon {
    /// A lexicon of `corrections`; of two for one folded name the later stays.
    pub fn of(corrections: impl IntoIterator<Item = Correction>) -> Self {
        let mut lexicon = Self::default();
        for c in corrections {
            lexicon.insert(c);
        }
        lexicon
    }

    /// Add `correction`, unless one for the same name is newer.
    pub fn insert(&mut self, correction: Correction) {
        let key = fold_name(&correction.name);
        if key.is_empty() || correction.label == Label::Quote {
            return;
        }
        match self.by_name.get(&key) {
            Some(old) if old.modified > correction.modified => {}
            _ => {
                self.by_name.insert(key, correction);
            }
        }
    }

    /// Forget the correction of `name` (any spelling that folds alike).
    pub fn remove(&mut self, name: &str) -> Option<Correction> {
        self.by_name.remove(&fold_name(name))
    }

    /// Forget the correction of `name` and the others the same `l` made: one
    /// label on an entity remembers each of its names (نيكول باشينيان and
    /// باشينيان), made at one time with one label. Those whose words are part
    /// of `name`'s, or hold all of them, go with it; removing the full name
    /// alone left its surname relabelling every article.
    pub fn remove_with_parts(&mut self, name: &str) -> Vec<Correction> {
        let Some(removed) = self.remove(name) else {
            return Vec::new();
        };
        let words = |folded: &str| -> Vec<String> {
            folded.split_whitespace().map(str::to_string).collect()
        };
        let of_name = words(&fold_name(&removed.name));
        let within = |small: &[String], large: &[String]| small.iter().all(|w| large.contains(w));
        let together: Vec<String> = self
            .by_name
            .iter()
            .filter(|(key, c)| {
                let theirs = words(key);
                c.modified == removed.modified
                    && c.label == removed.label
                    && (within(&theirs, &of_name) || within(&of_name, &theirs))
            })
            .map(|(key, _)| key.clone())
            .collect();
        let mut all = vec![removed];
        all.extend(together.iter().filter_map(|key| self.by_name.remove(key)));
        all
    }

    /// The label remembered for `name`.
    pub fn label(&self, name: &str) -> Option<Label> {
        self.label_of_folded(&fold_name(name))
    }

    fn label_of_folded(&self, folded: &str) -> Option<Label> {
        self.by_name.get(folded).map(|c| c.label)
    }

    /// Every correction, in the order of their folded names.
    pub fn corrections(&self) -> impl Iterator<Item = &Correction> {
        self.by_name.values()
    }

    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }
}

/// The texts of `spans` (code points of `text`), in one pass over `text`.
pub fn span_texts<'t>(text: &'t str, spans: &[Range<usize>]) -> Vec<&'t str> {
    span_texts_of(text, spans, Range::clone)
}

/// The texts of `items`' spans (`span` gives each), in one pass over `text`.
fn span_texts_of<'t, T>(
    text: &'t str,
    items: &[T],
    span: impl Fn(&T) -> Range<usize>,
) -> Vec<&'t str> {
    let spans = || items.iter().map(&span);
    let mut points: Vec<usize> = spans().flat_map(|s| [s.start, s.end]).collect();
    points.sort_unstable();
    points.dedup();
    // Each point's byte, in the points' order (found by binary search, not
    // hashed: a long text has millions of points).
    let mut bytes: Vec<usize> = Vec::with_capacity(points.len());
    for (n, (b, _)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
        if bytes.len() == points.len() {
            break;
        }
        if points[bytes.len()] == n {
            bytes.push(b);
        }
    }
    let byte = |p: usize| {
        let i = points.binary_search(&p).ok()?;
        bytes.get(i).copied()
    };
    spans()
        .map(|s| match (byte(s.start), byte(s.end)) {
            (Some(a), Some(b)) if a <= b => &text[a..b],
            _ => "",
        })
        .collect()
}

/// Where a corrected mention's entity comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Group {
    /// Its recognised entity, unchanged.
    Kept(usize),
    /// Its recognised entity, moved to another kind.
    Moved(usize, Kind),
}

/// `recognition` of `text` with the lexicon's corrections applied, or `None`
/// when they change nothing in it (it is then used as it is: on a long text
/// the recognition is the reader's largest value, not to be copied).
pub fn apply(text: &str, recognition: &Recognition, lexicon: &Lexicon) -> Option<Recognition> {
    if lexicon.is_empty() || recognition.mentions.is_empty() {
        return None;
    }
    let texts = span_texts_of(text, &recognition.mentions, |m| m.span.clone());
    // Words said to be no name at a mention's edges go (`trim`): each
    // wording's kept part, found once.
    let trims = lexicon.corrections().any(|c| c.label == Label::NotEntity);
    let mut parts: HashMap<&str, Option<Range<usize>>> = HashMap::new();
    if trims {
        for (m, &t) in recognition.mentions.iter().zip(&texts) {
            if m.kind != Kind::Quote && t.contains(char::is_whitespace) {
                parts
                    .entry(t)
                    .or_insert_with(|| trim::kept_part(lexicon, t));
            }
        }
    }
    let part = |i: usize| -> Option<&Range<usize>> {
        if recognition.mentions[i].kind == Kind::Quote {
            return None;
        }
        parts.get(texts[i])?.as_ref()
    };
    // Each mention's span and text once its corrected edges went.
    let kept = |i: usize| -> (Range<usize>, &str) {
        let (m, t) = (&recognition.mentions[i], texts[i]);
        match part(i) {
            Some(p) => (
                m.span.start + p.start..m.span.start + p.end,
                trim::chars_of(t, p),
            ),
            None => (m.span.clone(), t),
        }
    };
    let entity_name = |e: &Entity| -> String {
        if trims {
            trim::kept_text(lexicon, &e.name).to_string()
        } else {
            e.name.clone()
        }
    };
    // A name is folded and looked up once, however often it is mentioned (a
    // long text names the same few places a million times).
    let mut labels: HashMap<&str, Option<Label>> = HashMap::new();
    let changes = |label: Option<Label>, m: &Mention| match label {
        Some(Label::NotEntity) => true,
        Some(l) => matches!(l.kind(), Some(kind) if kind != m.kind && kind != Kind::Quote),
        None => false,
    };
    // Each entity's own label, for the wordings the lexicon does not hold:
    // a correction of الأمم المتحدة reaches للأمم المتحدة, whose mention is
    // لأمم المتحدة.
    let mut entity_labels: HashMap<usize, Option<Label>> = HashMap::new();
    let label_list: Vec<Option<Label>> = recognition
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if m.kind == Kind::Quote {
                return None;
            }
            let t = kept(i).1;
            let own = *labels
                .entry(t)
                .or_insert_with(|| lexicon.label_of_folded(&fold_name(t)));
            own.or_else(|| {
                *entity_labels.entry(m.entity).or_insert_with(|| {
                    recognition
                        .entities
                        .get(m.entity)
                        .and_then(|e| lexicon.label(&entity_name(e)))
                })
            })
        })
        .collect();
    if !recognition
        .mentions
        .iter()
        .zip(&label_list)
        .enumerate()
        .any(|(i, (m, &l))| changes(l, m) || part(i).is_some())
    {
        return None;
    }
    let old = &recognition.entities;
    // Each mention's new kind and group (`None`: not an entity), made when
    // asked rather than kept: a long text has a million mentions.
    let draft = |i: usize| -> Option<(Kind, Group, &str)> {
        let (m, t) = (&recognition.mentions[i], kept(i).1);
        match label_list[i] {
            Some(Label::NotEntity) => None,
            Some(l) => match l.kind() {
                Some(kind) if kind != m.kind && kind != Kind::Quote => {
                    Some((kind, Group::Moved(m.entity, kind), t))
                }
                _ => Some((m.kind, Group::Kept(m.entity), t)),
            },
            None => Some((m.kind, Group::Kept(m.entity), t)),
        }
    };
    let drafts = || (0..texts.len()).filter_map(draft);
    // Names of moved entities: the longest relabelled mention.
    let mut moved_name: HashMap<Group, &str> = HashMap::new();
    for (_, group, t) in drafts() {
        if matches!(group, Group::Moved(..)) {
            let name = moved_name.entry(group.clone()).or_insert(t);
            if t.chars().count() > name.chars().count() {
                *name = t;
            }
        }
    }
    // Entities that keep a mention, by (kind, folded name), to join moved ones.
    let mut by_name: HashMap<(Kind, String), Group> = HashMap::new();
    let mut named = vec![false; old.len()];
    for (kind, group, _) in drafts() {
        if let Group::Kept(e) = group {
            // Each entity's name once, not once per mention.
            if std::mem::replace(&mut named[e], true) {
                continue;
            }
            by_name
                .entry((kind, fold_name(&entity_name(&old[e]))))
                .or_insert(group);
        }
    }
    let mut ids: HashMap<Group, usize> = HashMap::new();
    let mut first_id: HashMap<usize, usize> = HashMap::new();
    let mut out = Recognition::default();
    let mut speakers = Vec::new();
    for (i, m) in recognition.mentions.iter().enumerate() {
        let Some((kind, group, _)) = draft(i) else {
            continue;
        };
        let group = match group {
            Group::Moved(..) => {
                let name = moved_name.get(&group).copied().unwrap_or_default();
                match by_name.get(&(kind, fold_name(name))) {
                    Some(kept) => kept.clone(),
                    None => group,
                }
            }
            kept => kept,
        };
        let id = *ids.entry(group.clone()).or_insert_with(|| {
            let name = match &group {
                Group::Kept(e) => entity_name(&old[*e]),
                Group::Moved(..) => moved_name.get(&group).copied().unwrap_or_default().into(),
            };
            out.entities.push(Entity {
                kind,
                name,
                mentions: Vec::new(),
            });
            out.entities.len() - 1
        });
        first_id.entry(m.entity).or_insert(id);
        out.entities[id].mentions.push(out.mentions.len());
        speakers.push(m.speaker);
        out.mentions.push(Mention {
            kind,
            span: kept(i).0,
            entity: id,
            speaker: None,
        });
    }
    super::labels::carry_speakers(old, &mut out, speakers.into_iter(), |s| {
        first_id.get(&s).copied()
    });
    Some(out)
}

/// The corrections that relabel entity `entity` of `recognition` as `label`:
/// one for each distinct name its mentions give (none for a quote).
pub fn for_entity(
    text: &str,
    recognition: &Recognition,
    entity: usize,
    label: Label,
    now: &str,
) -> Vec<Correction> {
    let Some(e) = recognition.entities.get(entity) else {
        return Vec::new();
    };
    if e.kind == Kind::Quote || label == Label::Quote {
        return Vec::new();
    }
    let spans: Vec<Range<usize>> = e
        .mentions
        .iter()
        .filter_map(|&i| recognition.mentions.get(i).map(|m| m.span.clone()))
        .collect();
    // A wording that is the name after ل, its article's alef dropped
    // (لأمم المتحدة of للأمم المتحدة) or the whole article before ل (لجنة
    // الدولية of للجنة الدولية), is the name itself: no name to remember apart.
    let name = fold_name(&e.name);
    let mut seen = std::collections::HashSet::new();
    let mut names: Vec<&str> = Vec::new();
    for t in span_texts(text, &spans) {
        let after_lam = ["ا", "ال"]
            .iter()
            .any(|article| fold_name(&format!("{article}{t}")) == name);
        let t = if after_lam { e.name.as_str() } else { t };
        if !t.trim().is_empty() && seen.insert(fold_name(t)) {
            names.push(t);
        }
    }
    names
        .into_iter()
        .map(|t| Correction {
            name: t.to_string(),
            label,
            modified: now.to_string(),
        })
        .collect()
}

mod trim;

#[cfg(test)]
mod tests;
