//! The hand-written JSON rows against serde_json's.

use super::*;

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
