//! A name the article gives once is that name wherever it is repeated.
//!
//! The tagger judges each occurrence from its own sentence, so a name it
//! found in one place can go unmarked in another where the context says less
//! (نادي الهلال found, رفع الهلال رصيده missed; a place in the dateline
//! found, the same place in a list missed). After tagging, every name of one
//! kind in the text marks its other occurrences nearby (about an article's
//! length) that the tagger left outside any name: the same words, folded, the first one with or without a
//! proclitic (و، ف، ب، ل، ك). A name the text gives two kinds is left alone, and
//! so is a one-word name that the training text mostly saw as an ordinary word
//! (its stem's statistics) unless a head stood before it (نادي الهلال), and
//! then not where it follows a definite word as its adjective would (الخليج
//! العربي is no club العربي): a repeated common word is weaker evidence than a
//! repeated name of two words.

use std::collections::HashMap;

use super::features::TokenInfo;
use super::gazetteer::{TRIGGER_LOC_HEAD, TRIGGER_ORG_HEAD};
use super::normalize::normalize;
use super::tagger::Tagged;
use super::train;

/// Words before a one-word place or organisation that vouch for it whatever
/// training saw (a title before a person does not: المدرب دين).
const HEADS: u8 = TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD;
/// Heads whose organisation is known by its own name alone too (نادي العربي is
/// العربي; وزارة الصحة is not الصحة), folded.
const OWN_NAME_HEADS: [&str; 12] = [
    "نادي",
    "نادى",
    "فريق",
    "شركه",
    "حركه",
    "حزب",
    "جماعه",
    "تنظيم",
    "صحيفه",
    "جريده",
    "قناه",
    "مجموعه",
];
/// The begin and inside bits of listed places (classes 0-2) and people
/// (class 4) in [`TokenInfo::gazetteer`]: جامعة القاهرة is not القاهرة.
const PLACE_LIST: u16 = 0b11_1111;
const PERSON_LIST: u16 = 0b11 << 8;
/// Sentences before or after a name's mention where it is looked for: about
/// an article's length, so that texts of many articles (a feed, a book of
/// news) do not carry a name from one article into the next.
const NEAR: usize = 25;
/// Longest name, in words, that is looked for again.
const MAX_WORDS: usize = 6;
/// A one-word name is repeated only when training saw its stem this rarely…
const RARE: u8 = 5;
/// …or inside a name at least this share of the time (of 255).
const NAME_SHARE: u32 = 128;

/// The folded words of a name: the first without its proclitic.
fn key(words: &[&str], infos: &[TokenInfo], a: usize, b: usize, strip: bool) -> Vec<String> {
    (a..b)
        .map(|i| {
            if i == a && strip {
                let rest: String = words[i]
                    .chars()
                    .skip(usize::from(infos[i].clitic_chars))
                    .collect();
                normalize(&rest)
            } else {
                normalize(words[i])
            }
        })
        .collect()
}

fn arabic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Mark the unmarked repeats of the names in `tagged` (the sentences of one
/// text, `words` theirs).
pub(crate) fn repeat_names(words: &[Vec<&str>], tagged: &mut [Tagged]) {
    // Folded name -> its type (PERS, LOC, ORG), or None when it has two, and
    // whether it is a common word that only a head made a name.
    let mut names: HashMap<Vec<String>, Option<(usize, bool)>> = HashMap::new();
    // The sentences each name was found in, to look for it only near them.
    let mut found_in: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    let mut firsts: HashMap<String, usize> = HashMap::new();
    for (si, t) in tagged.iter().enumerate() {
        for (a, b, ty) in train::spans(&t.labels) {
            if ty > 2 || b - a > MAX_WORDS || !words[si][a..b].iter().any(|w| arabic(w)) {
                continue;
            }
            let mut weak = false;
            if b - a == 1 {
                let stats = t.infos[a].stats;
                let share: u32 = stats.shares[..3].iter().map(|&s| u32::from(s)).sum();
                if stats.count >= RARE && share < NAME_SHARE {
                    // نادي الهلال، مدينة حلب: the head says this one is a name.
                    let headed = ty != 0 && a > 0 && t.infos[a - 1].triggers & HEADS != 0;
                    if !headed {
                        continue;
                    }
                    weak = true;
                }
            }
            let k = key(&words[si], &t.infos, a, b, true);
            if k[0].chars().count() < 3 {
                continue;
            }
            let mut keys = vec![(k, weak)];
            // نادي العربي: the club is also العربي alone.
            if ty == 2 && b - a >= 2 && OWN_NAME_HEADS.contains(&keys[0].0[0].as_str()) {
                let listed = t.infos[a + 1].gazetteer & (PLACE_LIST | PERSON_LIST) != 0;
                if !listed {
                    let rest = key(&words[si], &t.infos, a + 1, b, false);
                    let stats = t.infos[a + 1].stats;
                    let share: u32 = stats.shares[..3].iter().map(|&s| u32::from(s)).sum();
                    let common = b - a == 2 && stats.count >= RARE && share < NAME_SHARE;
                    keys.push((rest, common));
                }
            }
            for (k, weak) in keys {
                *firsts.entry(k[0].clone()).or_default() += 1;
                found_in.entry(k.clone()).or_default().push(si);
                names
                    .entry(k)
                    .and_modify(|old| match old {
                        Some((t, w)) if *t == ty => *w &= weak,
                        _ => *old = None,
                    })
                    .or_insert(Some((ty, weak)));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let longest = names.keys().map(Vec::len).max().unwrap_or(1);
    for (si, t) in tagged.iter_mut().enumerate() {
        let w = &words[si];
        let mut i = 0;
        while i < w.len() {
            if t.labels[i] != 0 {
                i += 1;
                continue;
            }
            let found = [false, true].iter().find_map(|&strip| {
                let first = key(w, &t.infos, i, i + 1, strip);
                if !firsts.contains_key(&first[0]) {
                    return None;
                }
                // The longest name that starts here over unmarked words.
                (1..=longest.min(w.len() - i)).rev().find_map(|n| {
                    if t.labels[i..i + n].iter().any(|&l| l != 0) {
                        return None;
                    }
                    let k = key(w, &t.infos, i, i + n, strip);
                    let (ty, weak) = (*names.get(&k)?)?;
                    let near = found_in.get(&k)?.iter().any(|&f| f.abs_diff(si) <= NEAR);
                    if !near {
                        return None;
                    }
                    // A common word after a definite word is its adjective
                    // (الخليج العربي), not the club named العربي.
                    let after_definite = i > 0 && {
                        let prev = key(w, &t.infos, i - 1, i, true);
                        prev[0].starts_with("ال")
                    };
                    (!(weak && after_definite)).then_some((n, ty))
                })
            });
            match found {
                Some((n, ty)) => {
                    let b = (1 + 2 * ty) as u8;
                    t.labels[i] = b;
                    t.labels[i + 1..i + n].fill(b + 1);
                    i += n;
                }
                None => i += 1,
            }
        }
    }
}
