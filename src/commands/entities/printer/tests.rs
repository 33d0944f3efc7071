//! The hand-written JSON rows against serde_json's.

use super::*;
use unicode_width::UnicodeWidthStr;

/// The row as serde_json serialised it before rows were written by hand.
#[derive(serde::Serialize)]
struct Serde<'a> {
    kind: Kind,
    start: usize,
    end: usize,
    text: &'a str,
    entity: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
}

#[test]
fn rows_are_written_as_serde_json_writes_them() {
    let tricky: String = (0u8..0x80)
        .map(char::from)
        .chain("قال «لا» ‎ \u{2028}".chars())
        .collect();
    for (text, speaker) in [
        ("القاهرة", None),
        (tricky.as_str(), Some("مصدر \"أمني\"\\")),
    ] {
        let row = Row {
            kind: Kind::Quote,
            start: 7,
            end: 1_234_567_890,
            text,
            entity: "توكاييف\u{7}/",
            speaker,
        };
        let mut ours = Vec::new();
        row.write_json(&mut ours, None)
            .expect("a vector takes every write");
        let value = Serde {
            kind: row.kind,
            start: row.start,
            end: row.end,
            text: row.text,
            entity: row.entity,
            speaker: row.speaker,
        };
        let theirs = serde_json::to_string(&value).expect("serialisable") + "\n";
        assert_eq!(String::from_utf8(ours).expect("UTF-8"), theirs);
    }
    let mut zero = Vec::new();
    write_number(&mut zero, 0).expect("a vector takes every write");
    assert_eq!(zero, b"0");
}

#[test]
fn the_header_and_the_counts_fit_a_narrow_terminal() {
    let narrow = |width: usize| {
        let mut out = Vec::new();
        let mut printer = Printer::new(&mut out, false);
        printer.visual = Some(Visual {
            options: qari_layout::LayoutOptions::default(),
            strategy: crate::core::terminal::Strategy::Qari,
            width: Some(width),
        });
        printer.finish().expect("a vector takes every write");
        String::from_utf8(out).expect("UTF-8")
    };
    let text = narrow(30);
    for line in text.lines() {
        assert!(UnicodeWidthStr::width(line) <= 30, "{line:?} in\n{text}");
    }
    assert!(
        text.starts_with("kind          start-end    te…\n"),
        "{text}"
    );
    // Wide enough, nothing is cut.
    let wide = narrow(80);
    assert!(
        wide.starts_with("kind          start-end    text | entity\n"),
        "{wide}"
    );
    assert!(
        wide.contains("organization: 0 mentions, 0 entities\n"),
        "{wide}"
    );
}
