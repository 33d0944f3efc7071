//! Grouping mentions into entities.
//!
//! Mentions are compared by their words as a reader would: folded (hamza forms,
//! ى/ي, ة/ه, harakat), without the article (العريش and عريش are one word), with
//! عبد joined to the name after it (عبد الله and عبدالله are one). Before grouping,
//! each name takes one kind in the whole text, the one most of its mentions got
//! (the tagger decides mention by mention and sometimes calls the same town a
//! place once and an organisation three times); on a tie the first mention's kind
//! wins; a name that ends a person's fuller name is that person, whatever kind the
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

use super::chains::{ASIAN_FAMILY_WORDS, STATES};
use super::normalize::{hash_pair, hash_word, normalize_into, MixHasher};
use super::outlets::PLACE_OUTLETS;
use super::quotes::{FoundQuote, Speaker};
use super::repeat::OWN_NAME_HEADS;
use super::{Entity, Kind, Mention, RawMention, Recognition};

/// Maps keyed by names' words, which are hashes already: the standard hasher
/// would hash them again, slowly, to no purpose (nothing iterates these maps, so
/// the hasher never changes what is found).
type Map<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<MixHasher>>;

/// The words of a name as they are compared: folded, without the article, عبد joined.
pub(crate) fn name_key(name: &str) -> Vec<u64> {
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
        let bare = without_article(&folded);
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

/// Give every mention of a name the kind most of the name's mentions within
/// [`KIND_REACH`] of it have; on a tie, the kind of the first of those. A
/// region that names an outlet too (الشرق الأوسط، الأناضول) keeps the kind of
/// each mention: one article may name the paper and the region.
fn one_kind_per_name(raw: &mut [RawMention], keys: &[&[u64]]) {
    let slot = |k: Kind| match k {
        Kind::Person => 0,
        Kind::Location => 1,
        _ => 2,
    };
    let both: Vec<Vec<u64>> = PLACE_OUTLETS.iter().map(|o| name_key(o)).collect();
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
    // A text names the same few entities again and again: each wording's key
    // is made once.
    let mut key_of: Map<&str, usize> = Map::default();
    let mut distinct: Vec<Vec<u64>> = vec![Vec::new()];
    let key_index: Vec<usize> = raw
        .iter()
        .map(|m| match m.kind {
            Kind::Quote => 0,
            _ => {
                let words = &text[m.bytes.clone()];
                *key_of.entry(words).or_insert_with(|| {
                    distinct.push(name_key(&m.name(text)));
                    distinct.len() - 1
                })
            }
        })
        .collect();
    let keys: Vec<&[u64]> = key_index.iter().map(|&k| distinct[k].as_slice()).collect();
    surnames_are_people(&mut raw, &keys);
    one_kind_per_name(&mut raw, &keys);
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

/// Words that say the names after them are a father's (folded, without the
/// article): بن، ابن، بنت.
const LINEAGE_WORDS: &[&str] = &["بن", "ابن", "بنت"];

/// For each group, the group it belongs to: a person's group whose name ends a
/// longer person's name joins the longer one (the nearest in the text when several
/// end alike); every other group is its own.
fn join_short_names(
    groups: &[(Kind, &[u64], usize)],
    national: &[bool],
    spelt: &[(usize, usize)],
) -> Vec<usize> {
    let mut root: Vec<usize> = (0..groups.len()).collect();
    let lineage: Vec<u64> = LINEAGE_WORDS.iter().map(|w| hash_word(w)).collect();
    // Full names by each of their last words (a bounded number, so lists of
    // thousands of names cost no more than reading them). The words after بن
    // are the father's name, not the person's: الملك عبدالله الثاني is not
    // الحسين بن عبدالله الثاني, nor الملك سلمان محمد بن سلمان.
    let mut by_end: Map<&[u64], Vec<usize>> = Map::default();
    for (g, (kind, key, _)) in groups.iter().enumerate() {
        if *kind == Kind::Person {
            for n in 1..key.len().min(SURNAME_WORDS + 1) {
                if !lineage.contains(&key[key.len() - n - 1]) {
                    by_end.entry(&key[key.len() - n..]).or_default().push(g);
                }
            }
        }
    }
    // A person called by the names before his بن (الأمير عبد العزيز,
    // الملك عبدالله الثاني) is the one person of the text named in full with
    // them (عبد العزيز بن سلمان، عبدالله الثاني بن الحسين).
    // (Only when no other longer name opens with them: محمد between محمد بن
    // سلمان and محمد العلي could be either.)
    let mut by_given: Map<&[u64], Vec<usize>> = Map::default();
    let mut opening: Map<&[u64], usize> = Map::default();
    for (g, (kind, key, _)) in groups.iter().enumerate() {
        if *kind == Kind::Person {
            for n in 1..key.len().min(3) {
                *opening.entry(&key[..n]).or_default() += 1;
                if lineage.contains(&key[n]) {
                    by_given.entry(&key[..n]).or_default().push(g);
                }
            }
        }
    }
    // A given name and a family name are the person named in full with the
    // same two ends (ريم الشامسي … ريم عبد الرحمن الشامسي), when only one full
    // name has them: محمد الأحمد between محمد عبد الله الأحمد and محمد سالم
    // الأحمد could be either.
    let mut by_ends: Map<(u64, u64), Vec<usize>> = Map::default();
    for (g, (kind, key, _)) in groups.iter().enumerate() {
        if *kind == Kind::Person && key.len() >= 3 {
            by_ends
                .entry((key[0], key[key.len() - 1]))
                .or_default()
                .push(g);
        }
    }
    for (g, (kind, key, _)) in groups.iter().enumerate() {
        if *kind != Kind::Person || key.len() != 2 || root[g] != g {
            continue;
        }
        if let Some(&[f]) = by_ends.get(&(key[0], key[1])).map(Vec::as_slice) {
            root[g] = root[f];
        }
    }
    let mut people: Vec<usize> = (0..groups.len())
        .filter(|&g| groups[g].0 == Kind::Person && !groups[g].1.is_empty())
        .collect();
    // Longest first, so a longer name has found its own root before shorter ones join it.
    people.sort_by_key(|&g| std::cmp::Reverse(groups[g].1.len()));
    for g in people {
        let (_, key, at) = groups[g];
        let nearest = by_end
            .get(key)
            .and_then(|full| full.iter().min_by_key(|&&f| groups[f].2.abs_diff(at)));
        if let Some(&f) = nearest {
            root[g] = root[f];
        }
    }
    for (g, (kind, key, _)) in groups.iter().enumerate() {
        if *kind != Kind::Person || root[g] != g {
            continue;
        }
        if let Some(&[f]) = by_given.get(key).map(Vec::as_slice) {
            if opening.get(key) == Some(&1) {
                root[g] = root[f];
            }
        }
    }
    // A Mauritanian called by ولد and his last names (ولد الغزواني) is the
    // person named in full with ولد and ending on them (محمد ولد الشيخ
    // الغزواني), the nearest when several do.
    let wald = hash_word("ولد");
    for (g, (kind, key, at)) in groups.iter().enumerate() {
        if *kind != Kind::Person || key.len() < 2 || key[0] != wald || root[g] != g {
            continue;
        }
        let nearest = by_end.get(&key[1..]).and_then(|full| {
            full.iter()
                .filter(|&&f| {
                    f != g && groups[f].1[..groups[f].1.len() - (key.len() - 1)].contains(&wald)
                })
                .min_by_key(|&&f| groups[f].2.abs_diff(*at))
        });
        if let Some(&f) = nearest {
            root[g] = root[f];
        }
    }
    // An East Asian family name that is an Arabic word too, alone, is the
    // person whose full name it opens (شي جين بينغ … عن شي قوله).
    let family: Vec<u64> = ASIAN_FAMILY_WORDS.iter().map(|w| hash_word(w)).collect();
    for (g, (kind, key, at)) in groups.iter().enumerate() {
        if *kind != Kind::Person || key.len() != 1 || root[g] != g || !family.contains(&key[0]) {
            continue;
        }
        let nearest = groups
            .iter()
            .enumerate()
            .filter(|(_, (k, full, _))| *k == Kind::Person && full.len() >= 2 && full[0] == key[0])
            .min_by_key(|(_, (_, _, f))| f.abs_diff(*at));
        if let Some((f, _)) = nearest {
            root[g] = root[f];
        }
    }
    // A place named with its state word and without it is one place:
    // جمهورية كازاخستان … كازاخستان, المملكة المغربية … المغربية.
    join_without_word(groups, &mut root, Kind::Location, STATES, End::First);
    // An organisation named with the head it is known without and without it
    // is one: نادي الهلال … الهلال, حركة حماس … حماس.
    join_without_word(
        groups,
        &mut root,
        Kind::Organization,
        &OWN_NAME_HEADS,
        End::First,
    );
    // A club named with its الرياضي and without it is one: الوداد الرياضي …
    // الوداد.
    join_without_word(groups, &mut root, Kind::Organization, SPORTING, End::Last);
    // An organisation named with its nationality and without it is one:
    // البنك التجاري القطري … البنك التجاري.
    join_without(groups, &mut root, Kind::Organization, End::Last, |g, _| {
        national[g] && groups[g].1.len() >= 3
    });
    // A name's Latin spelling is that name: سيموني إنزاغي (Simone Inzaghi).
    for &(latin, name) in spelt {
        if root[latin] == latin && latin != name {
            root[latin] = root[name];
        }
    }
    // A group that joined one which went on to join another is in that one
    // too (ريم الشامسي → ريم عبد الرحمن الشامسي, and a longer name still).
    for g in 0..root.len() {
        let mut r = root[g];
        for _ in 0..root.len() {
            if root[r] == r {
                break;
            }
            r = root[r];
        }
        root[g] = r;
    }
    root
}

/// The word a club's name may end on or leave out (folded, without the article).
const SPORTING: &[&str] = &["رياضي", "رياضيه"];

/// Which end of a name a word may be left off.
#[derive(Clone, Copy)]
enum End {
    First,
    Last,
}

/// A name of `kind` whose word at `end` is one of `words` (folded, without the
/// article) and the same name without that word are one entity, the longer
/// one's: the shorter joins it unless it has joined another already.
fn join_without_word(
    groups: &[(Kind, &[u64], usize)],
    root: &mut [usize],
    kind: Kind,
    words: &[&str],
    end: End,
) {
    let hashes: Vec<u64> = words.iter().map(|w| hash_word(w)).collect();
    join_without(groups, root, kind, end, |_, word| hashes.contains(&word));
}

/// A name of `kind` whose word at `end` `drops` (given its group and that
/// word) and the same name without that word are one entity, the longer
/// one's: the shorter joins it unless it has joined another already.
fn join_without(
    groups: &[(Kind, &[u64], usize)],
    root: &mut [usize],
    kind: Kind,
    end: End,
    drops: impl Fn(usize, u64) -> bool,
) {
    let mut names: Map<&[u64], usize> = Map::default();
    for (g, (k, key, _)) in groups.iter().enumerate() {
        if *k == kind {
            names.entry(key).or_insert(g);
        }
    }
    for (g, (k, key, _)) in groups.iter().enumerate() {
        // (A key may be empty: a name of only tatweels folds to nothing.)
        if *k != kind || key.len() < 2 {
            continue;
        }
        let (word, rest) = match end {
            End::First => (key[0], &key[1..]),
            End::Last => (key[key.len() - 1], &key[..key.len() - 1]),
        };
        if let Some(&short) = drops(g, word).then(|| names.get(rest)).flatten() {
            if root[short] == short {
                root[short] = root[g];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    /// Mentions of `kind` over the given words of `text` (each a token range).
    fn mentions(text: &str, spans: &[(Kind, std::ops::Range<usize>)]) -> Vec<RawMention> {
        let tokens = tokenize(text);
        spans
            .iter()
            .map(|(kind, r)| RawMention::of_tokens(*kind, text, &tokens, r.clone(), 0))
            .collect()
    }

    fn names(rec: &Recognition) -> Vec<(Kind, &str, usize)> {
        rec.entities
            .iter()
            .map(|e| (e.kind, e.name.as_str(), e.mentions.len()))
            .collect()
    }

    #[test]
    fn folded_spellings_are_one_name() {
        assert_eq!(name_key("عبد الله"), name_key("عبدالله"));
        assert_eq!(name_key("عبد الرحمن الأحمد"), name_key("عبدالرحمن احمد"));
        assert_eq!(name_key("إسماعيل"), name_key("اسماعيل"));
        assert_eq!(name_key("مصطفى"), name_key("مصطفي"));
        assert_eq!(name_key("العريش"), name_key("عريش"));
        assert_ne!(
            name_key("الله"),
            name_key("له"),
            "a short word keeps its article"
        );
        assert_ne!(name_key("سالم"), name_key("سليم"));
    }

    #[test]
    fn an_east_asian_family_name_alone_is_the_person_it_opens() {
        // شي جين بينغ (0..3), شي (5); هي (7) opens no full name here.
        let text = "شي جين بينغ قال عن شي قوله هي";
        let p = Kind::Person;
        let m = mentions(text, &[(p, 0..3), (p, 5..6), (p, 7..8)]);
        let rec = group(text, m, Vec::new());
        assert_eq!(
            names(&rec),
            [(Kind::Person, "شي جين بينغ", 2), (Kind::Person, "هي", 1)]
        );
    }

    #[test]
    fn a_surname_joins_its_full_name_before_or_after_it() {
        // الخطيب (0), سامر الخطيب (2..4), الخطيب (5), خطيب (7).
        let text = "الخطيب قال سامر الخطيب ثم الخطيب و خطيب";
        let p = Kind::Person;
        let m = mentions(text, &[(p, 0..1), (p, 2..4), (p, 5..6), (p, 7..8)]);
        let rec = group(text, m, Vec::new());
        assert_eq!(names(&rec), [(Kind::Person, "سامر الخطيب", 4)]);
    }

    #[test]
    fn the_names_after_bin_are_the_father_s() {
        // عبدالله الثاني بن الحسين (0..4), الحسين بن عبدالله الثاني (5..9),
        // عبدالله الثاني (10..12): the king, not his son.
        let text = "عبدالله الثاني بن الحسين و الحسين بن عبدالله الثاني ثم عبدالله الثاني";
        let p = Kind::Person;
        let m = mentions(text, &[(p, 0..4), (p, 5..9), (p, 10..12)]);
        let rec = group(text, m, Vec::new());
        assert_eq!(
            names(&rec),
            [
                (Kind::Person, "عبدالله الثاني بن الحسين", 2),
                (Kind::Person, "الحسين بن عبدالله الثاني", 1)
            ]
        );
        // سلمان بن عبدالعزيز (0..3), محمد بن سلمان (4..7), سلمان (8): the
        // father; بن لادن (12..14) is أسامة بن لادن (9..12).
        let text = "سلمان بن عبدالعزيز و محمد بن سلمان ثم سلمان أسامة بن لادن بن لادن";
        let m = mentions(
            text,
            &[(p, 0..3), (p, 4..7), (p, 8..9), (p, 9..12), (p, 12..14)],
        );
        let rec = group(text, m, Vec::new());
        assert_eq!(
            names(&rec),
            [
                (Kind::Person, "سلمان بن عبدالعزيز", 2),
                (Kind::Person, "محمد بن سلمان", 1),
                (Kind::Person, "أسامة بن لادن", 2)
            ]
        );
        // ولد الغزواني (7..9) is محمد ولد الشيخ الغزواني (2..6).
        let text = "قال الرئيس محمد ولد الشيخ الغزواني ثم ولد الغزواني";
        let m = mentions(text, &[(p, 2..6), (p, 7..9)]);
        assert_eq!(
            names(&group(text, m, Vec::new())),
            [(Kind::Person, "محمد ولد الشيخ الغزواني", 2)]
        );
        // A given name two full names open could be either.
        let text = "محمد بن سلمان و محمد العلي ثم محمد";
        let m = mentions(text, &[(p, 0..3), (p, 4..6), (p, 7..8)]);
        assert_eq!(names(&group(text, m, Vec::new())).len(), 3);
    }

    #[test]
    fn a_given_and_a_family_name_are_the_full_name_with_both_ends() {
        // ريم الشامسي (0..2), ريم عبد الرحمن الشامسي (3..7), الشامسي (8);
        // ريم سالم (9..11) ends otherwise and stays apart.
        let text = "ريم الشامسي قالت ريم عبد الرحمن الشامسي ثم الشامسي ريم سالم";
        let p = Kind::Person;
        let m = mentions(text, &[(p, 0..2), (p, 3..7), (p, 8..9), (p, 9..11)]);
        let rec = group(text, m, Vec::new());
        assert_eq!(
            names(&rec),
            [
                (Kind::Person, "ريم عبد الرحمن الشامسي", 3),
                (Kind::Person, "ريم سالم", 1)
            ]
        );
        // Two full names with the same ends: the short one could be either.
        let text = "محمد عبد الله الأحمد و محمد سالم الأحمد ثم محمد الأحمد";
        let m = mentions(text, &[(p, 0..4), (p, 5..8), (p, 9..11)]);
        let rec = group(text, m, Vec::new());
        assert_eq!(rec.entities.len(), 3, "{:?}", names(&rec));
    }

    #[test]
    fn two_people_sharing_a_surname_stay_two_and_the_surname_goes_to_the_nearest() {
        let text = "جو بايدن زار ثم هنتر بايدن وصل و بايدن غادر";
        let p = Kind::Person;
        let m = mentions(text, &[(p, 0..2), (p, 4..6), (p, 8..9)]);
        let rec = group(text, m, Vec::new());
        assert_eq!(
            names(&rec),
            [
                (Kind::Person, "جو بايدن", 1),
                (Kind::Person, "هنتر بايدن", 2)
            ]
        );
    }

    #[test]
    fn a_place_with_and_without_its_state_word_is_one_place() {
        let text = "زار كازاخستان ثم جمهورية كازاخستان ثم كازاخستان";
        let l = Kind::Location;
        let rec = group(
            text,
            mentions(text, &[(l, 1..2), (l, 3..5), (l, 6..7)]),
            Vec::new(),
        );
        assert_eq!(names(&rec), [(Kind::Location, "جمهورية كازاخستان", 3)]);
        // The state word alone joins nothing.
        let text = "جمهورية مصر ثم كازاخستان";
        let rec = group(text, mentions(text, &[(l, 0..2), (l, 3..4)]), Vec::new());
        assert_eq!(names(&rec).len(), 2);
    }

    #[test]
    fn an_organisation_with_and_without_its_head_is_one() {
        let text = "فاز نادي الهلال ثم الهلال و الهلال";
        let o = Kind::Organization;
        let m = mentions(text, &[(o, 1..3), (o, 4..5), (o, 6..7)]);
        let rec = group(text, m, Vec::new());
        assert_eq!(names(&rec), [(Kind::Organization, "نادي الهلال", 3)]);
        // A head it is not known without joins nothing: وزارة الصحة is not الصحة.
        let text = "وزارة الصحة ثم الصحة";
        let rec = group(text, mentions(text, &[(o, 0..2), (o, 3..4)]), Vec::new());
        assert_eq!(names(&rec).len(), 2);
    }

    #[test]
    fn a_club_with_and_without_its_sporting_word_is_one() {
        let text = "تغلب الوداد الرياضي على الرجاء ثم فاز الوداد";
        let o = Kind::Organization;
        let m = mentions(text, &[(o, 1..3), (o, 4..5), (o, 7..8)]);
        let rec = group(text, m, Vec::new());
        assert_eq!(names(&rec), [(o, "الوداد الرياضي", 2), (o, "الرجاء", 1)]);
    }

    #[test]
    fn a_name_takes_the_kind_most_of_its_mentions_have() {
        let text = "العريش و العريش و عريش و العريش";
        let m = mentions(
            text,
            &[
                (Kind::Organization, 0..1),
                (Kind::Location, 2..3),
                (Kind::Organization, 4..5),
                (Kind::Organization, 6..7),
            ],
        );
        let rec = group(text, m, Vec::new());
        assert_eq!(names(&rec), [(Kind::Organization, "العريش", 4)]);
        assert!(rec.mentions.iter().all(|m| m.kind == Kind::Organization));
    }

    #[test]
    fn only_mentions_within_an_articles_reach_vote() {
        // A newspaper named twice in one article and the region once in an
        // article far after it: the region stays a region.
        let filler = " كلمة".repeat(KIND_REACH / 4);
        let text = format!("الشرق الأوسط و الشرق الأوسط{filler} و الشرق الأوسط");
        let words = text.split(' ').count();
        let m = mentions(
            &text,
            &[
                (Kind::Organization, 0..2),
                (Kind::Organization, 3..5),
                (Kind::Location, words - 2..words),
            ],
        );
        let rec = group(&text, m, Vec::new());
        let kinds: Vec<Kind> = rec.mentions.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            [Kind::Organization, Kind::Organization, Kind::Location]
        );
    }

    #[test]
    fn an_institution_casts_no_vote_for_the_place_it_is_named_after() {
        // مطار العريش and جامعة العريش are organisations (`Chains::institutions`
        // takes the head in); the town named alone stays a place.
        let text = "مطار العريش و جامعة العريش و العريش";
        let m = mentions(
            text,
            &[
                (Kind::Organization, 0..2),
                (Kind::Organization, 3..5),
                (Kind::Location, 6..7),
            ],
        );
        let rec = group(text, m, Vec::new());
        assert_eq!(
            names(&rec),
            [
                (Kind::Organization, "مطار العريش", 1),
                (Kind::Organization, "جامعة العريش", 1),
                (Kind::Location, "العريش", 1)
            ]
        );
    }

    #[test]
    fn a_surname_tagged_as_a_place_is_the_person() {
        let text = "نيكول باشينيان قال و باشينيان و العريش";
        let m = mentions(
            text,
            &[
                (Kind::Person, 0..2),
                (Kind::Location, 4..5),
                (Kind::Location, 6..7),
            ],
        );
        let rec = group(text, m, Vec::new());
        assert_eq!(
            names(&rec),
            [
                (Kind::Person, "نيكول باشينيان", 2),
                (Kind::Location, "العريش", 1)
            ]
        );
    }

    #[test]
    fn on_a_tie_the_first_kind_wins() {
        let text = "حلب و حلب";
        let m = mentions(text, &[(Kind::Location, 0..1), (Kind::Person, 2..3)]);
        let rec = group(text, m, Vec::new());
        assert_eq!(names(&rec), [(Kind::Location, "حلب", 2)]);
    }
}
