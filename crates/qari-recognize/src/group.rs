//! Grouping mentions into entities.
//!
//! Mentions are compared word by word through the same hashes the tagger uses: the
//! first word by its stem (so لكازاخستان and كازاخستان are one place), the others by
//! their folded form. A person mentioned later by the last part of the name
//! (نيكول باشينيان … باشينيان) joins the earlier, fuller mention; a name is never
//! joined to a different full name that merely shares a surname. Each quote is an
//! entity of its own, and its speaker points at the speaker's entity.

use std::collections::HashMap;

use super::features::TokenInfo;
use super::normalize::HashKeyed;
use super::quotes::FoundQuote;
use super::{Entity, Kind, Mention, RawMention, Recognition};

fn words(infos: &[TokenInfo], m: &RawMention) -> Vec<u64> {
    m.tokens
        .clone()
        .enumerate()
        .map(|(k, t)| if k == 0 { infos[t].stem } else { infos[t].norm })
        .collect()
}

/// `short` is the end of `full` (a surname, or the last words of a name).
fn ends_name(full: &[u64], short: &[u64]) -> bool {
    !short.is_empty() && short.len() < full.len() && full.ends_with(short)
}

/// Group mentions and quotes into a [`Recognition`], mentions in text order.
pub(crate) fn group(
    text: &str,
    infos: &[TokenInfo],
    raw: Vec<RawMention>,
    quotes: Vec<FoundQuote>,
) -> Recognition {
    let speakers: Vec<Option<usize>> = std::iter::repeat_n(None, raw.len())
        .chain(quotes.iter().map(|q| q.speaker))
        .collect();
    let all: Vec<RawMention> = raw
        .into_iter()
        .chain(quotes.into_iter().map(|q| q.mention))
        .collect();
    let mut order: Vec<usize> = (0..all.len()).collect();
    order.sort_by_key(|&i| {
        (
            all[i].span.start,
            std::cmp::Reverse(all[i].span.end),
            all[i].kind,
        )
    });
    let mut position = vec![0; all.len()];
    for (new, &old) in order.iter().enumerate() {
        position[old] = new;
    }

    let mut entities: Vec<Entity> = Vec::new();
    // Every mention's word keys, and each person's fullest name by its last word.
    let mut by_key: HashMap<(Kind, Vec<u64>), usize> = HashMap::new();
    let mut by_surname: HashKeyed<Vec<(usize, Vec<u64>)>> = HashKeyed::default();
    let mut entity_of = vec![0; all.len()];
    for &old in &order {
        let m = &all[old];
        let key = if m.kind == Kind::Quote {
            Vec::new()
        } else {
            words(infos, m)
        };
        let exact = (m.kind != Kind::Quote)
            .then(|| by_key.get(&(m.kind, key.clone())).copied())
            .flatten();
        let surname = || {
            let last = key.last()?;
            by_surname
                .get(last)?
                .iter()
                .find(|(_, full)| ends_name(full, &key))
                .map(|(e, _)| *e)
        };
        let found = exact.or_else(|| (m.kind == Kind::Person).then(surname).flatten());
        let e = found.unwrap_or_else(|| {
            entities.push(Entity {
                kind: m.kind,
                name: String::new(),
                mentions: Vec::new(),
            });
            entities.len() - 1
        });
        if m.kind == Kind::Person && found.is_none() && key.len() > 1 {
            if let Some(last) = key.last() {
                by_surname.entry(*last).or_default().push((e, key.clone()));
            }
        }
        if m.kind != Kind::Quote {
            by_key.entry((m.kind, key)).or_insert(e);
        }
        entities[e].mentions.push(position[old]);
        entity_of[old] = e;
    }
    for ent in &mut entities {
        let longest = ent
            .mentions
            .iter()
            .map(|&new| &all[order[new]])
            .max_by_key(|m| (m.tokens.len(), std::cmp::Reverse(m.span.start)));
        if let Some(m) = longest {
            ent.name = text[m.bytes.clone()].to_string();
        }
    }
    let mentions = order
        .iter()
        .map(|&old| Mention {
            kind: all[old].kind,
            span: all[old].span.clone(),
            entity: entity_of[old],
            speaker: speakers[old].map(|s| entity_of[s]),
        })
        .collect();
    Recognition { mentions, entities }
}
