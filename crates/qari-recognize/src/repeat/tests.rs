//! Unit tests of the repeats: an organisation named whole with its
//! nationality, then shortened, on sentences labelled by hand.

use super::*;
use crate::normalize::normalize;

/// A sentence of `words` with `labels`, analysed as far as this pass
/// reads: folded hashes, and the nationalities (a word in `nationalities`).
fn tagged(words: &[&str], labels: &[u8], nationalities: &[&str]) -> Tagged {
    let infos = words
        .iter()
        .map(|w| TokenInfo {
            norm: hash_word(&normalize(w)),
            nationality: nationalities.contains(w),
            ..TokenInfo::default()
        })
        .collect();
    Tagged {
        infos,
        labels: labels.to_vec(),
    }
}

/// The words `labels` marks as organisations, each name joined.
fn organisations(words: &[&str], labels: &[u8]) -> Vec<String> {
    train::spans(labels)
        .into_iter()
        .filter(|&(_, _, ty)| ty == 2)
        .map(|(a, b, _)| words[a..b].join(" "))
        .collect()
}

#[test]
fn an_organisation_without_its_nationality_is_marked_once_named_whole() {
    const O: u8 = 5;
    const I: u8 = 6;
    let sentences: [&[&str]; 3] = [
        &["تاريخ", "البنك", "التجاري", "حافل"],
        &["وقال", "البنك", "التجاري", "القطري", "إنه", "نجح"],
        &["طائرات", "البنك", "التجاري", "الأوروبي", "كثيرة"],
    ];
    let labels: [&[u8]; 3] = [&[0, 0, 0, 0], &[0, O, I, I, 0, 0], &[0, 0, 0, 0, 0]];
    let nationalities = ["القطري", "الأوروبي"];
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.to_vec()).collect();
    let mut all: Vec<Tagged> = sentences
        .iter()
        .zip(labels)
        .map(|(w, l)| tagged(w, l, &nationalities))
        .collect();
    // The pass over every name leaves the shortened one alone…
    repeat_names(&words, &mut all, Repeats::All);
    assert!(organisations(&words[0], &all[0].labels).is_empty());
    repeat_names(&words, &mut all, Repeats::Shortened);
    assert_eq!(organisations(&words[0], &all[0].labels), ["البنك التجاري"]);
    // …but not before an adjective of its own (another body).
    assert!(organisations(&words[2], &all[2].labels).is_empty());
}

#[test]
fn the_taggers_shortened_name_before_an_adjective_of_its_own_is_none() {
    const O: u8 = 5;
    const I: u8 = 6;
    let sentences: [&[&str]; 4] = [
        &["وأعلنت", "الخطوط", "الجوية", "القطرية", "رحلات"],
        &["طائرات", "الخطوط", "الجوية", "الأوروبية", "كثيرة"],
        &["وقالت", "الخطوط", "الجوية", "الأخرى", "إنها"],
        // A word of time or a day describes the same body.
        &["وأعلنت", "الخطوط", "الجوية", "الحالية", "الثلاثاء"],
    ];
    let labels: [&[u8]; 4] = [
        &[0, O, I, I, 0],
        &[0, O, I, 0, 0],
        &[0, O, I, 0, 0],
        &[0, O, I, 0, 0],
    ];
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.to_vec()).collect();
    let mut all: Vec<Tagged> = sentences
        .iter()
        .zip(labels)
        .map(|(w, l)| tagged(w, l, &["القطرية"]))
        .collect();
    repeat_names(&words, &mut all, Repeats::Shortened);
    assert_eq!(
        organisations(&words[0], &all[0].labels),
        ["الخطوط الجوية القطرية"]
    );
    assert!(organisations(&words[1], &all[1].labels).is_empty());
    assert!(organisations(&words[2], &all[2].labels).is_empty());
    assert_eq!(organisations(&words[3], &all[3].labels), ["الخطوط الجوية"]);
    // Without the whole name nearby, the tagger's reading stands.
    let mut alone = vec![tagged(sentences[1], labels[1], &[])];
    repeat_names(&words[1..2], &mut alone, Repeats::Shortened);
    assert_eq!(
        organisations(&words[1], &alone[0].labels),
        ["الخطوط الجوية"]
    );
}
