//! Short names joined to the full name they end: a person named by a
//! surname, a given and a family name, or the names before بن, is the one
//! full name of the text that fits (the nearest when several do); a place
//! without its state word, an organisation without its head or sporting
//! word, the one with it. Apart from the grouping pass, which asks it once.

use crate::chains::{ASIAN_FAMILY_WORDS, STATES};
use crate::normalize::hash_word;
use crate::repeat::OWN_NAME_HEADS;
use crate::Kind;

use super::{Map, SURNAME_WORDS};

/// Words that say the names after them are a father's (folded, without the
/// article): بن، ابن، بنت.
const LINEAGE_WORDS: &[&str] = &["بن", "ابن", "بنت"];

/// For each group, the group it belongs to: a person's group whose name ends a
/// longer person's name joins the longer one (the nearest in the text when several
/// end alike); every other group is its own.
pub(super) fn join_short_names(
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
