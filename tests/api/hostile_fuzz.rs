//! Random input for the parsers and engines issue 13 attacked, on stable
//! (proptest), seeded with pieces of the fixtures: brat import, the
//! annotation store's loader, document decoding, drawing into a frame of any
//! size, and pastes. None may panic.

use proptest::prelude::*;
use qari::core::document::Document;
use qari::reader::annotate::export::brat;
use qari::reader::keymap::{Key, KeyCode};
use qari::store::AnnotationFile;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

use crate::support::app;

/// Text built from pieces that matter to the parsers: brat's columns and
/// offsets, JSON punctuation, Arabic letters and marks, line ends.
fn pieces(extra: &'static [&'static str]) -> impl Strategy<Value = String> {
    const COMMON: &[&str] = &[
        "a",
        " ",
        "\t",
        "\n",
        "\r\n",
        "0",
        "4",
        "5",
        "10",
        "999999999999",
        ";",
        "-",
        "ب",
        "م",
        "\u{0651}",
        "\u{064E}",
        "\u{200F}",
        "\u{1b}",
        "\"",
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
    ];
    let all: Vec<&'static str> = COMMON.iter().chain(extra).copied().collect();
    proptest::collection::vec(proptest::sample::select(all), 0..40).prop_map(|v| v.concat())
}

const BRAT: &[&str] = &[
    "T1\t",
    "T2\t",
    "T1\tPerson 0 4\t",
    "Organization ",
    "Location 5 15\t",
    "Passage ",
    "#1\tAnnotatorNotes T1\t",
    "R1\tOrigin Arg1:T1 Arg2:T2",
    "0 4;5 10",
];

const JSON: &[&str] = &[
    r#"{"version":1,"hash":"h","annotations":["#,
    r#"{"id":"a1","position":{"start":0,"end":3},"quote":{"exact":"abc","prefix":"","suffix":""},"label":"#,
    r#""person""#,
    r#""weapon""#,
    r#","created":"t","modified":"t"}"#,
    r#"],"deleted":[]}"#,
    r#""unreadable":["#,
    "null",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn brat_import_never_panics(text in pieces(&[]), ann in pieces(BRAT)) {
        let read = brat::from_brat(&text, &ann);
        let len = text.chars().count();
        for span in &read.spans {
            prop_assert!(span.span.start < span.span.end && span.span.end <= len);
        }
    }

    #[test]
    fn the_store_loader_never_panics(json in pieces(JSON)) {
        if let Ok(file) = serde_json::from_str::<AnnotationFile>(&json) {
            // What was read is written back whole.
            let again = serde_json::to_string(&file).expect("serialise");
            let back: AnnotationFile = serde_json::from_str(&again).expect("parses again");
            prop_assert_eq!(back, file);
        }
    }

    #[test]
    fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(doc) = Document::from_bytes("fuzz", &bytes) {
            for i in 0..doc.paragraph_count() {
                let _ = doc.paragraph(i);
                let _ = doc.paragraph_range(i);
            }
        }
    }

    #[test]
    fn drawing_fits_any_frame(
        text in pieces(&[]),
        (w, h) in (1u16..160, 1u16..60),
        (fw, fh) in (1u16..160, 1u16..60),
        keys in proptest::collection::vec(proptest::sample::select(vec!['e', 'v', 'w', '?', 'j', 'G', 't']), 0..6),
    ) {
        let mut a = app(&text, w, h);
        for k in keys {
            a.press(Key::plain(KeyCode::Char(k)));
        }
        let mut terminal = Terminal::new(TestBackend::new(fw, fh)).expect("terminal");
        terminal.draw(|f| qari::ui::draw(&a, f)).expect("draw");
    }

    #[test]
    fn a_paste_anywhere_never_panics(
        text in pieces(&[]),
        paste in pieces(&[":q", "q", "/", "\u{3}"]),
        keys in proptest::collection::vec(proptest::sample::select(vec!['v', 'w', 'a', 'l', '/', ':', 'm', 'e', 't']), 0..4),
    ) {
        let mut a = app(&text, 80, 24);
        for k in keys {
            a.press(Key::plain(KeyCode::Char(k)));
        }
        a.paste(&paste);
        prop_assert!(!a.should_quit());
    }
}
