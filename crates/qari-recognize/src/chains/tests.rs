//! Tests of the chains' rules, one file a family of rules; the helpers here
//! run [`Chains::complete`] and [`Chains::institutions`] as ANERcorp's scores
//! and the reader see them.

mod chain;
mod edges;
mod entries;
mod institutions;
mod people;
mod places;

use super::*;

/// What the reader sees: [`Chains::complete`], then [`Chains::institutions`].
fn org(words: &str, tagged: &[u8]) -> Vec<u8> {
    labels_of(words, tagged, true)
}

/// [`Chains::complete`] alone: ANERcorp's conventions.
fn anercorp(words: &str, tagged: &[u8]) -> Vec<u8> {
    labels_of(words, tagged, false)
}

fn labels_of(words: &str, tagged: &[u8], reader: bool) -> Vec<u8> {
    let words: Vec<&str> = words.split(' ').collect();
    let infos: Vec<TokenInfo> = words
        .iter()
        .map(|w| TokenInfo {
            triggers: if matches!(*w, "الملك" | "رئيس") {
                TRIGGER_TITLE
            } else {
                0
            },
            norm: hash_word(&normalize(w)),
            ..TokenInfo::default()
        })
        .collect();
    let mut labels = tagged.to_vec();
    labels.resize(words.len(), 0);
    if reader {
        read(&words, &infos, &mut labels);
    } else {
        Chains::new().complete(&words, &infos, &mut labels);
    }
    labels
}

/// What the reader sees of `words`: [`Chains::complete`], then
/// [`Chains::institutions`], over `labels`.
fn read(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let mut chains = Chains::new();
    chains.complete(words, infos, labels);
    chains.institutions(words, infos, labels);
}

/// `words` analysed for the rules: folded hashes, and the organisation list's
/// begin and inside bits over the words `listed` gives (start, end).
/// Each word's analysis with its folded spelling only.
fn plain_infos(words: &[&str]) -> Vec<TokenInfo> {
    words
        .iter()
        .map(|w| TokenInfo {
            norm: hash_word(&normalize(w)),
            ..TokenInfo::default()
        })
        .collect()
}

fn listed<'a>(words: &'a str, entries: &[(usize, usize)]) -> (Vec<&'a str>, Vec<TokenInfo>) {
    let words: Vec<&str> = words.split(' ').collect();
    let mut infos = plain_infos(&words);
    for &(a, b) in entries {
        infos[a].gazetteer |= ORG_LIST_BEGIN;
        for info in &mut infos[a + 1..b] {
            info.gazetteer |= ORG_LIST_INSIDE;
        }
    }
    (words, infos)
}

fn reader(words: &str, entries: &[(usize, usize)], tagged: &[u8]) -> Vec<u8> {
    let (words, infos) = listed(words, entries);
    let mut labels = tagged.to_vec();
    labels.resize(words.len(), 0);
    Chains::new().institutions(&words, &infos, &mut labels);
    labels
}

/// `words` with the given gazetteer flags and proclitic lengths per word.
fn flagged<'a>(words: &'a str, flags: &[u16], clitics: &[u8]) -> (Vec<&'a str>, Vec<TokenInfo>) {
    let (words, mut infos) = listed(words, &[]);
    for (i, info) in infos.iter_mut().enumerate() {
        info.gazetteer = flags.get(i).copied().unwrap_or(0);
        info.clitic_chars = clitics.get(i).copied().unwrap_or(0);
    }
    (words, infos)
}
