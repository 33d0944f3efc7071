//! Hand-written recognitions for the panel tests, so they do not depend on what
//! the tagger finds: a sample text, and a [`Recognition`] built from
//! (kind, entity name, [(mention text, occurrence)], speaker) groups.

use qari_recognize::{Entity, Kind, Mention, Recognition};

pub const TEXT: &str = "Alice met Bob in Paris.\nBob went to Paris with Alice.\nParis is big. Carol said \"hello there my good dear old friends\".\n";

/// An entity: kind, name, (text, occurrence) of its mentions, speaker.
pub type Group<'a> = (Kind, &'a str, &'a [(&'a str, usize)], Option<usize>);

/// Code point offset of the `nth` occurrence of `what`.
pub fn find(text: &str, what: &str, nth: usize) -> usize {
    let (byte, _) = text.match_indices(what).nth(nth).expect("occurrence");
    text[..byte].chars().count()
}

/// A recognition from (kind, entity name, [(text, occurrence)]) groups; a quote
/// group's speaker is the entity index given.
pub fn recognition(text: &str, groups: &[Group<'_>]) -> Recognition {
    let mut mentions = Vec::new();
    for (e, (kind, _, spans, speaker)) in groups.iter().enumerate() {
        for (s, nth) in spans.iter() {
            let start = find(text, s, *nth);
            mentions.push(Mention {
                kind: *kind,
                span: start..start + s.chars().count(),
                entity: e,
                speaker: *speaker,
            });
        }
    }
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let entities = groups
        .iter()
        .enumerate()
        .map(|(e, (kind, name, _, _))| Entity {
            kind: *kind,
            name: (*name).to_string(),
            mentions: (0..mentions.len())
                .filter(|&m| mentions[m].entity == e)
                .collect(),
        })
        .collect();
    Recognition { mentions, entities }
}

pub const QUOTE: &str = "\"hello there my good dear old friends\"";

/// The sample's entities: three people, a place mentioned three times, and a
/// quote whose speaker is the first person.
pub const SAMPLE: &[Group<'static>] = &[
    (Kind::Person, "Carol", &[("Carol", 0)], None),
    (Kind::Person, "Bob", &[("Bob", 0), ("Bob", 1)], None),
    (
        Kind::Location,
        "Paris",
        &[("Paris", 0), ("Paris", 1), ("Paris", 2)],
        None,
    ),
    (Kind::Person, "Alice", &[("Alice", 0), ("Alice", 1)], None),
    (Kind::Quote, QUOTE, &[(QUOTE, 0)], Some(0)),
];
