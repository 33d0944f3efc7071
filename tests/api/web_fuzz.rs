//! Random input for the parsers issue 13 asked a fuzzing target of, beside
//! `hostile_fuzz.rs`: web pages and feeds (the fixtures under
//! `tests/fixtures/web`, cut short and spliced with markup and bytes), and
//! the command line's own arguments. None may panic; what they accept is
//! sound.

use clap::Parser;
use proptest::prelude::*;
use qari::core::article::{self, Hint};
use qari::shell::cli::Cli;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/web/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).expect("fixture")
}

/// Pieces of markup that parsers trip on.
const MARKUP: &[&str] = &[
    "<",
    ">",
    "</",
    "<div>",
    "</div>",
    "<p>",
    "<![CDATA[",
    "]]>",
    "<!--",
    "-->",
    "&",
    "&amp;",
    "&#1575;",
    "&#x",
    ";",
    "\"",
    "'",
    "=",
    "<item>",
    "</item>",
    "<entry>",
    "<title>",
    "</title>",
    "<content:encoded>",
    "<link href=",
    "<a href=\"",
    "javascript:",
    "\u{0}",
    "\u{FEFF}",
    "ب",
    "\u{202E}",
    "\n",
    " ",
    "<script>",
    "</script>",
    "<html dir=\"rtl\">",
    "<?xml version=\"1.0\"?>",
];

/// A fixture cut at `cut` (a share of its length), with `splice` put at `at`.
fn mutated(bytes: &[u8], cut: f64, at: f64, splice: &[u8]) -> Vec<u8> {
    let end = ((bytes.len() as f64) * cut) as usize;
    let mut out = bytes[..end.min(bytes.len())].to_vec();
    let at = ((out.len() as f64) * at) as usize;
    out.splice(at.min(out.len())..at.min(out.len()), splice.iter().copied());
    out
}

fn splice() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(MARKUP.to_vec()), 0..12)
            .prop_map(|v| v.concat().into_bytes()),
        proptest::collection::vec(any::<u8>(), 0..64),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn web_pages_never_panic(
        page in proptest::sample::select(vec!["article.html", "cp1256.html", "no-article.html", "truncated.html", "empty.html"]),
        cut in 0.0f64..=1.0,
        at in 0.0f64..=1.0,
        splice in splice(),
    ) {
        let bytes = mutated(&fixture(page), cut, at, &splice);
        let hint = Hint { name: "page.html", ..Hint::default() };
        if let Ok(found) = article::from_bytes(&bytes, &hint) {
            // What is shown has no control characters that would garble a terminal.
            // Laid out as the reader lays it, no control character reaches a cell.
            let text = found.text();
            let options = qari_layout::LayoutOptions { width: Some(40), ..Default::default() };
            for line in text.lines().take(50) {
                let laid = qari_layout::layout_paragraph(line, &options);
                for l in &laid.lines {
                    for c in &l.cells {
                        let cell = l.cell_text(c);
                        prop_assert!(!cell.chars().any(char::is_control), "{:?} in {:?}", cell, line);
                    }
                }
            }
        }
    }

    #[test]
    fn feeds_never_panic(
        feed in proptest::sample::select(vec!["rss2.xml", "atom.xml", "rdf.xml", "broken.xml", "no-content.xml"]),
        cut in 0.0f64..=1.0,
        at in 0.0f64..=1.0,
        splice in splice(),
    ) {
        let bytes = mutated(&fixture(feed), cut, at, &splice);
        let hint = Hint { name: "feed.xml", ..Hint::default() };
        let _ = article::from_bytes(&bytes, &hint);
    }

    #[test]
    fn the_command_line_never_panics(args in proptest::collection::vec(
        proptest::sample::select(vec![
            "render", "entities", "search", "text", "annotations", "corrections", "completions",
            "man", "-", "--width", "0", "4294967295", "1000", "--json", "--lang", "ar", "xx",
            "--encoding", "windows-1256", "nope", "--from", "html", "--import", "brat",
            "--export", "w3c", "--links", "--shape", "on", "--", "a.txt", "\u{0}", "ب", "-w",
        ]),
        0..8,
    )) {
        // Accepted or refused with a message, never a panic.
        if let Err(err) = Cli::try_parse_from(std::iter::once("qari").chain(args.iter().copied())) {
            prop_assert!(!err.to_string().is_empty());
        }
    }
}
