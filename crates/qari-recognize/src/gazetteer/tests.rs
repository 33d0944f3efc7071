//! Unit tests of the lists: phrases matched leftmost-longest over whole words,
//! the hand list's entries marked as chosen, and the embedded lists loaded.

use super::fill::{EntrySpace, Source};
use super::*;
use crate::normalize::{hash_word, normalize};

fn flags(g: &Gazetteer, words: &[&str]) -> Vec<u16> {
    let norms: Vec<String> = words.iter().map(|w| normalize(w)).collect();
    let stems: Vec<u64> = norms.iter().map(|n| first_word_key(n)).collect();
    let hashes: Vec<u64> = norms.iter().map(|n| hash_word(n)).collect();
    let mut out = Vec::new();
    let starts: Vec<_> = stems.iter().map(|&s| g.phrase_start(s)).collect();
    g.match_phrases(&stems, &starts, &hashes, &stems, &mut out);
    out
}

#[test]
fn known_names_are_chosen_but_no_feature() {
    let mut g = Gazetteer::default();
    let mut space = EntrySpace::default();
    g.add_in("known", "طيران ناس", Source::Hand, &mut space);
    g.add_in("city", "ناس", Source::Derived, &mut space);
    let (b, i) = (CURATED_ORG_BEGIN, CURATED_ORG_INSIDE);
    let city = 1 << 2;
    // The city's feature stays as it was; the rules see the organisation.
    assert_eq!(flags(&g, &["طيران", "ناس"]), [b, city | i]);
    assert!(g.phrase_start(first_word_key("طيران")).is_none());
    assert_eq!(g.known(hash_word("طيران")), 0);
    assert!(!g.chosen_organisation(hash_word("طيران")));
    g.add_in("known", "موبايلي", Source::Hand, &mut space);
    assert!(g.chosen_organisation(first_word_key("موبايلي")));
    // A known place: the rules see the place's bits, the tagger nothing.
    g.add_in("knownplace", "مضيق هرمز", Source::Hand, &mut space);
    let (pb, pi) = (CURATED_PLACE_BEGIN, CURATED_PLACE_INSIDE);
    assert_eq!(flags(&g, &["مضيق", "هرمز"]), [pb, pi]);
    assert!(g.phrase_start(first_word_key("مضيق")).is_none());
    assert_eq!(g.known(hash_word("مضيق")), 0);
    assert!(!g.chosen_organisation(hash_word("مضيق")));
}

#[test]
fn hand_entries_are_marked_as_chosen() {
    let mut g = Gazetteer::default();
    g.add("org", "منظمة العفو الدولية");
    let mut space = EntrySpace::default();
    g.add_in("org", "النيابة العامة", Source::Hand, &mut space);
    g.add_in("region", "المسجد الحرام", Source::Hand, &mut space);
    let (b, i) = (CURATED_ORG_BEGIN, CURATED_ORG_INSIDE);
    let org = 1 << 6;
    assert_eq!(flags(&g, &["النيابة", "العامة"]), [org | b, org << 1 | i]);
    // A harvested entry is listed, not chosen.
    assert_eq!(
        flags(&g, &["منظمة", "العفو", "الدولية"]),
        [org, org << 1, org << 1]
    );
    let place = 1 << 4;
    assert_eq!(
        flags(&g, &["المسجد", "الحرام"]),
        [
            place | CURATED_PLACE_BEGIN,
            place << 1 | CURATED_PLACE_INSIDE
        ]
    );
    // The tagger never reads the chosen bits.
    assert_eq!((b | i | CURATED_PLACE_BEGIN) & LIST_FEATURE_BITS, 0);
}

#[test]
fn longest_phrase_wins_and_marks_begin_and_inside() {
    let mut g = Gazetteer::default();
    g.add("org", "الأمم المتحدة");
    g.add("country", "كوريا");
    g.add("country", "كوريا الشمالية");
    assert_eq!(flags(&g, &["في", "كوريا", "الشمالية"]), [0, 1, 2]);
    assert_eq!(flags(&g, &["الامم", "المتحدة", "و"]), [64, 128, 0]);
    assert_eq!(flags(&g, &["الأمم", "الأخرى"]), [0, 0]);
}

#[test]
fn whole_words_only() {
    let mut g = Gazetteer::default();
    g.add("country", "روسيا");
    assert_eq!(flags(&g, &["بيلاروسيا", "روسيا"]), [0, 1]);
}

#[test]
fn builtin_lists_load() {
    let g = Gazetteer::builtin();
    assert_ne!(flags(&g, &["الجزائر"])[0], 0);
    assert_ne!(flags(&g, &["كازاخستان"])[0], 0);
    let ali = normalize("علي");
    let ala = normalize("على");
    assert_ne!(
        g.triggers(hash_word(&ali), hash_exact(&ali)) & TRIGGER_GIVEN,
        0
    );
    assert_eq!(
        g.triggers(hash_word(&ala), hash_exact(&ala)) & TRIGGER_GIVEN,
        0
    );
}

#[test]
fn the_frozen_lists_are_the_lists_files_and_answer_as_they_do() {
    let lists = Gazetteer::from_files();
    // The build script froze these very files, byte for byte.
    assert!(
        lists.freeze() == load::FROZEN,
        "the frozen lists differ from the lists' files: rebuild"
    );
    let frozen = Gazetteer::builtin();
    let built = Gazetteer::from(lists.clone());
    assert_eq!(
        (frozen.longest, frozen.known_longest),
        (built.longest, built.known_longest)
    );
    fn same<V: Value + PartialEq + std::fmt::Debug>(t: &HashKeyed<V>, a: &Keyed<V>, b: &Keyed<V>) {
        assert!(!t.is_empty());
        for (&k, &v) in t {
            assert_eq!(a.get(k), Some(v), "key {k}");
            assert_eq!(b.get(k), Some(v), "key {k}");
            // A key next to a listed one is seldom listed: both say the same.
            for near in [k ^ 1, k.wrapping_add(1 << 40), !k] {
                assert_eq!(a.get(near), b.get(near), "key {near}");
            }
        }
    }
    same(&lists.phrases, &frozen.phrases, &built.phrases);
    same(&lists.triggers, &frozen.triggers, &built.triggers);
    same(&lists.given, &frozen.given, &built.given);
    same(&lists.common, &frozen.common, &built.common);
    same(&lists.known, &frozen.known, &built.known);
    same(
        &lists.country_words,
        &frozen.country_words,
        &built.country_words,
    );
    same(&lists.known_names, &frozen.known_names, &built.known_names);
}
