//! Grouping mentions into entities.
//!
//! Mentions are compared by their words as a reader would: folded (hamza forms,
//! ى/ي, ة/ه, harakat), without the article (العريش and عريش are one word), with
//! عبد joined to the name after it (عبد الله and عبدالله are one). Before grouping,
//! each name takes one kind in the whole text, the one most of its mentions got
//! (the tagger decides mention by mention and sometimes calls the same town a
//! place once and an organisation three times), its words compared with their
//! article (the agency بترا is not the town البترا); on a tie the first
//! mention's kind wins; a name that ends a person's fuller name is that person, whatever kind the
//! tagger gave it. A person named by the end of a name given in full anywhere in the text
//! (نيكول باشينيان … باشينيان, before or after the full name) joins it; when several
//! full names end alike, the nearest one in the text. The names after بن are a
//! father's, not the person's (الملك عبدالله الثاني is not الحسين بن عبدالله
//! الثاني), and a person called by the names before his بن (الأمير عبد العزيز)
//! is the one full name of the text that opens with them (عبد العزيز بن سلمان).
//! A given name and a family
//! name join the one full name that opens and ends with them (ريم الشامسي … ريم
//! عبد الرحمن الشامسي), and stay apart when two do. A place named with its state
//! word and without it (جمهورية كازاخستان … كازاخستان) is one place, and an
//! organisation with the head it is also known without and without it (نادي الهلال
//! … الهلال) one organisation. Each quote is an entity of its
//! own; its speaker points at the speaker's entity, and a speaker the text only
//! describes (مصدر أمني) is an entity with no mentions, after all the others, unless
//! its words are those of a name found elsewhere.

use super::normalize::{hash_pair, hash_word, normalize_into, MixHasher};
use super::outlets::PLACE_OUTLETS;
use super::quotes::{FoundQuote, Speaker};
use super::{Entity, Kind, Mention, RawMention, Recognition};

mod short_names;
#[cfg(test)]
mod tests;

use short_names::join_short_names;

/// Maps keyed by names' words, which are hashes already: the standard hasher
/// would hash them again, slowly, to no purpose (nothing iterates these maps, so
/// the hasher never changes what is found).
type Map<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<MixHasher>>;

/// The words of a name as they are compared: folded, without the article, عبد joined.
pub(crate) fn name_key(name: &str) -> Vec<u64> {
    folded_words(name, without_article)
}

/// [`name_key`] with the article kept: the words a name's mentions vote on
/// its kind by (see [`one_kind_per_name`]).
fn spelt_key(name: &str) -> Vec<u64> {
    folded_words(name, |w| w)
}

/// The words of a name, folded, each through `bare`, عبد joined.
fn folded_words(name: &str, bare: impl Fn(&str) -> &str) -> Vec<u64> {
    let mut key = Vec::new();
    let mut folded = String::new();
    // The last word was a bare عبد, to be joined to the next one.
    let mut abd = false;
    for w in name.split_whitespace() {
        folded.clear();
        normalize_into(w, &mut folded);
        if !folded.chars().any(super::quotes::is_letter) {
            continue;
        }
        let bare = bare(&folded);
        if let Some(rest) = bare.strip_prefix("عبد").filter(|r| r.starts_with("ال")) {
            key.push(hash_pair("عبد", without_article(rest)));
            abd = false;
        } else if abd {
            key.pop();
            key.push(hash_pair("عبد", bare));
            abd = false;
        } else {
            abd = bare == "عبد";
            key.push(hash_word(bare));
        }
    }
    key
}

/// The word without ال (or لل) when at least three letters remain (الله stays).
fn without_article(w: &str) -> &str {
    w.strip_prefix("ال")
        .filter(|rest| rest.chars().count() >= 3)
        .unwrap_or(w)
}

fn is_name(kind: Kind) -> bool {
    matches!(kind, Kind::Person | Kind::Location | Kind::Organization)
}

/// A name that ends a person's fuller name in the text is that person, whatever
/// kind the tagger gave it (باشينيان as a place once, نيكول باشينيان elsewhere),
/// unless it also ends a longer place's or organisation's name.
fn surnames_are_people(raw: &mut [RawMention], keys: &[&[u64]]) {
    let ends = |kinds: &[Kind]| {
        let mut ends: Map<&[u64], ()> = Map::default();
        for (m, key) in raw.iter().zip(keys) {
            if kinds.contains(&m.kind) {
                for n in 1..key.len().min(SURNAME_WORDS + 1) {
                    ends.insert(&key[key.len() - n..], ());
                }
            }
        }
        ends
    };
    let people = ends(&[Kind::Person]);
    let others = ends(&[Kind::Location, Kind::Organization]);
    let relabel: Vec<bool> = raw
        .iter()
        .zip(keys)
        .map(|(m, key)| {
            matches!(m.kind, Kind::Location | Kind::Organization)
                && people.contains_key(key)
                && !others.contains_key(key)
        })
        .collect();
    for (m, to_person) in raw.iter_mut().zip(relabel) {
        if to_person {
            m.kind = Kind::Person;
        }
    }
}

/// How far apart, in code points, two mentions of a name may be and still
/// vote on each other's kind: about an article's length, so that a text of
/// many articles (a feed, a day's paper, a corpus) keeps the newspaper «الشرق
/// الأوسط» of one article out of the region of the next.
const KIND_REACH: usize = 5_000;

/// Give every mention of a name (`keys`: see [`spelt_key`]) the kind most of
/// the name's mentions within [`KIND_REACH`] of it have; on a tie, the kind of the first of those. A
/// region that names an outlet too (الشرق الأوسط، الأناضول) keeps the kind of
/// each mention: one article may name the paper and the region.
fn one_kind_per_name(raw: &mut [RawMention], keys: &[&[u64]]) {
    let slot = |k: Kind| match k {
        Kind::Person => 0,
        Kind::Location => 1,
        _ => 2,
    };
    let both: Vec<Vec<u64>> = PLACE_OUTLETS.iter().map(|o| spelt_key(o)).collect();
    // Each name's mentions together, in text order.
    let mut order: Vec<usize> = (0..raw.len())
        .filter(|&i| {
            is_name(raw[i].kind) && !keys[i].is_empty() && !both.iter().any(|b| b == keys[i])
        })
        .collect();
    order.sort_by(|&a, &b| {
        keys[a]
            .cmp(keys[b])
            .then(raw[a].span.start.cmp(&raw[b].span.start))
    });
    let mut kinds = Vec::with_capacity(order.len());
    for mentions in order.chunk_by(|&a, &b| keys[a] == keys[b]) {
        // The window [lo, hi) of mentions within reach, and its votes.
        let (mut lo, mut hi, mut counts) = (0, 0, [0usize; 3]);
        for &i in mentions {
            let at = raw[i].span.start;
            while hi < mentions.len() && raw[mentions[hi]].span.start <= at + KIND_REACH {
                counts[slot(raw[mentions[hi]].kind)] += 1;
                hi += 1;
            }
            while raw[mentions[lo]].span.start + KIND_REACH < at {
                counts[slot(raw[mentions[lo]].kind)] -= 1;
                lo += 1;
            }
            let first = raw[mentions[lo]].kind;
            let best = *counts.iter().max().unwrap_or(&0);
            let kind = if counts[slot(first)] == best {
                first
            } else {
                [Kind::Person, Kind::Location, Kind::Organization]
                    [counts.iter().position(|&c| c == best).unwrap_or(0)]
            };
            kinds.push((i, kind));
        }
    }
    for (i, kind) in kinds {
        raw[i].kind = kind;
    }
}

/// Group mentions and quotes into a [`Recognition`], mentions in text order.
pub(crate) fn group(text: &str, mut raw: Vec<RawMention>, quotes: Vec<FoundQuote>) -> Recognition {
    // A text names the same few entities again and again: each wording's
    // keys (without the article and as spelt) are made once.
    let mut key_of: Map<&str, usize> = Map::default();
    let mut distinct: Vec<(Vec<u64>, Vec<u64>)> = vec![(Vec::new(), Vec::new())];
    let key_index: Vec<usize> = raw
        .iter()
        .map(|m| match m.kind {
            Kind::Quote => 0,
            _ => {
                let words = &text[m.bytes.clone()];
                *key_of.entry(words).or_insert_with(|| {
                    let name = m.name(text);
                    distinct.push((name_key(&name), spelt_key(&name)));
                    distinct.len() - 1
                })
            }
        })
        .collect();
    let keys: Vec<&[u64]> = key_index
        .iter()
        .map(|&k| distinct[k].0.as_slice())
        .collect();
    surnames_are_people(&mut raw, &keys);
    let votes: Vec<&[u64]> = key_index
        .iter()
        .map(|&k| distinct[k].1.as_slice())
        .collect();
    one_kind_per_name(&mut raw, &votes);
    let named = raw.len();
    let (quote_mentions, speakers): (Vec<RawMention>, Vec<Option<Speaker>>) =
        quotes.into_iter().map(|q| (q.mention, q.speaker)).unzip();
    let all: Vec<RawMention> = raw.into_iter().chain(quote_mentions).collect();
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

    // One group per kind and name, then people's short names into full ones.
    let mut group_of_key: Map<(Kind, &[u64]), usize> = Map::default();
    // Each group's kind, key and first mention (new index).
    let mut groups: Vec<(Kind, &[u64], usize)> = Vec::new();
    // Whether a group's name ends on its nationality; the group a Latin
    // spelling's group spells.
    let mut national: Vec<bool> = Vec::new();
    let mut spelt: Vec<(usize, usize)> = Vec::new();
    let mut group_of = vec![usize::MAX; named];
    for &old in order.iter().filter(|&&i| i < named) {
        let k = (all[old].kind, keys[old]);
        let g = *group_of_key.entry(k).or_insert_with(|| {
            groups.push((k.0, k.1, position[old]));
            national.push(false);
            groups.len() - 1
        });
        national[g] |= all[old].national;
        group_of[old] = g;
    }
    // (The name a spelling follows is the mention before it, of its kind.)
    for old in 1..named {
        if all[old].gloss && all[old - 1].kind == all[old].kind {
            spelt.push((group_of[old], group_of[old - 1]));
        }
    }
    let root = join_short_names(&groups, &national, &spelt);

    let mut entities: Vec<Entity> = Vec::new();
    let mut entity_of_group: Vec<Option<usize>> = vec![None; groups.len()];
    let mut entity_of = vec![0; all.len()];
    for &old in &order {
        let e = if old < named {
            let g = root[group_of[old]];
            *entity_of_group[g].get_or_insert_with(|| {
                entities.push(Entity {
                    kind: groups[g].0,
                    name: String::new(),
                    mentions: Vec::new(),
                });
                entities.len() - 1
            })
        } else {
            entities.push(Entity {
                kind: Kind::Quote,
                name: String::new(),
                mentions: Vec::new(),
            });
            entities.len() - 1
        };
        entities[e].mentions.push(position[old]);
        entity_of[old] = e;
    }
    for ent in &mut entities {
        let longest = ent
            .mentions
            .iter()
            .map(|&new| &all[order[new]])
            .max_by_key(|m| (!m.gloss, m.tokens.len(), std::cmp::Reverse(m.span.start)));
        if let Some(m) = longest {
            ent.name = m.name(text).into_owned();
        }
    }

    // Speakers: a mention's entity, or a described source's (one per wording).
    let mut described: Map<Vec<u64>, usize> = Map::default();
    let mut speaker_of = vec![None; all.len()];
    for (q, speaker) in speakers.into_iter().enumerate() {
        let e = match speaker {
            None => continue,
            Some(Speaker::Named(i)) => entity_of[i],
            Some(Speaker::Described(m)) => {
                // A source named after ل (في بيان للجيش اللبناني) is the
                // source with its article (الجيش اللبناني).
                let words = &text[m.bytes.clone()];
                let name = match words.strip_prefix("لل") {
                    Some(rest) => format!("ال{rest}"),
                    None => words.to_string(),
                };
                let key = name_key(&name);
                let known = [Kind::Person, Kind::Organization]
                    .into_iter()
                    .find_map(|kind| group_of_key.get(&(kind, key.as_slice())))
                    .and_then(|&g| entity_of_group[root[g]]);
                match known {
                    Some(e) => e,
                    None => *described.entry(key).or_insert_with(|| {
                        entities.push(Entity {
                            kind: m.kind,
                            name,
                            mentions: Vec::new(),
                        });
                        entities.len() - 1
                    }),
                }
            }
        };
        speaker_of[named + q] = Some(e);
    }
    let mentions = order
        .iter()
        .map(|&old| Mention {
            kind: all[old].kind,
            span: all[old].span.clone(),
            entity: entity_of[old],
            speaker: speaker_of[old],
        })
        .collect();
    Recognition { mentions, entities }
}

/// Longest end of a full name a shorter mention may use, in words.
const SURNAME_WORDS: usize = 4;
