//! Articles from the hand-written pages and feeds in `tests/fixtures/web/`,
//! and from pages and feeds written here: one module a topic, sharing the
//! fixtures and the reading helpers below.

use super::*;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/web/",
            $name
        ))
    };
}

fn read(bytes: &[u8], name: &str) -> Article {
    from_bytes(
        bytes,
        &Hint {
            name,
            ..Hint::default()
        },
    )
    .expect("an article")
}

/// Three paragraphs of a story, each `sentence` with more words after it.
fn paragraphs(sentence: &str) -> String {
    (1..=3)
        .map(|n| format!("<p>{sentence} في الفقرة {n} وما يليها من تفاصيل الخبر كما رواها المسؤولون اليوم.</p>"))
        .collect()
}

mod data_tests;
mod direction_tests;
mod feeds_tests;
mod fragments_tests;
mod furniture_tests;
mod kinds_and_encodings_tests;
mod pages_tests;
