//! The kind table against the names kept outside it: the recogniser's kind
//! names (the `[colors]` keys), the labels' serde names, and brat's types
//! read back; and no two kinds share a word, a cue or a colour.

use super::*;
use crate::reader::config::Config;

#[test]
fn every_label_but_not_an_entity_is_a_kinds() {
    let labels: Vec<Label> = Kind::ALL.iter().map(|&k| facts(k).label).collect();
    assert_eq!(Label::ALL[..labels.len()], labels[..]);
    assert_eq!(Label::ALL[labels.len()..], [Label::NotEntity]);
    for kind in Kind::ALL {
        assert_eq!(of_label(facts(kind).label), Some(kind));
        assert_eq!(facts(kind).label.kind(), Some(kind));
    }
    assert_eq!(of_label(Label::NotEntity), None);
}

#[test]
fn labels_are_stored_under_the_kinds_names() {
    for kind in Kind::ALL {
        let stored = serde_json::to_string(&facts(kind).label).expect("a label serialises");
        assert_eq!(stored, format!("\"{}\"", kind.name()));
        assert_eq!(facts(kind).label.tag(), kind.name());
    }
}

#[test]
fn each_kind_reads_its_own_colour_key() {
    for kind in Kind::ALL {
        let file = format!("[colors]\n{} = \"#010203\"\n", kind.name());
        let config = Config::parse(&file, "colors").expect("the kind's key is a setting");
        let theme = Theme::from_config(&config, true);
        for other in Kind::ALL {
            let set = (facts(other).setting)(&config.colors);
            if other == kind {
                assert_eq!(set, Some(ColorSpec::Rgb(1, 2, 3)), "{kind:?}");
                assert_eq!(theme.color(other), Color::Rgb(1, 2, 3), "{kind:?}");
            } else {
                assert_eq!(set, None, "{kind:?} sets {other:?}");
                assert_eq!(theme.color(other), facts(other).dark, "{kind:?}");
            }
        }
    }
}

#[test]
fn the_themes_take_their_kind_colours_from_the_table() {
    for kind in Kind::ALL {
        assert_eq!(Theme::dark().color(kind), facts(kind).dark);
        assert_eq!(Theme::light().color(kind), facts(kind).light);
    }
}

#[test]
fn brat_types_are_read_back_as_their_kind() {
    for kind in Kind::ALL {
        let f = facts(kind);
        for spelling in f.brat_spellings {
            let plain = spelling
                .chars()
                .all(|c| c.is_ascii_lowercase() && c != '-' && c != '_');
            assert!(plain, "{spelling:?}");
            assert_eq!(of_brat_spelling(spelling), Some(kind), "{spelling:?}");
        }
        assert_eq!(of_brat_spelling(&f.brat.to_ascii_lowercase()), Some(kind));
        assert_eq!(of_brat_spelling(kind.name()), Some(kind));
    }
}

#[test]
fn no_two_kinds_share_a_word_a_cue_or_a_colour() {
    for (i, &a) in Kind::ALL.iter().enumerate() {
        for &b in &Kind::ALL[i + 1..] {
            let (x, y) = (facts(a), facts(b));
            assert_ne!(x.heading, y.heading, "{a:?} {b:?}");
            assert_ne!(x.legend, y.legend, "{a:?} {b:?}");
            assert_ne!(x.brat, y.brat, "{a:?} {b:?}");
            assert_ne!(x.cue, y.cue, "{a:?} {b:?}");
            assert_ne!(x.dark, y.dark, "{a:?} {b:?}");
            assert_ne!(x.light, y.light, "{a:?} {b:?}");
            assert_ne!(x.label, y.label, "{a:?} {b:?}");
        }
    }
}
