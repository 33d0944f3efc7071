//! The panel's rows: grouping, quotes under their speakers, motions, jumps
//! and labels laid out.

use super::*;
use crate::reader::messages::Interface;
use qari_layout::{Direction, LayoutOptions};

fn drawn(text: &str, width: usize) -> String {
    let options = LayoutOptions {
        width: Some(width),
        ..LayoutOptions::default()
    };
    let row = one_line(text, &options);
    row.line
        .cells
        .iter()
        .map(|c| row.line.cell_text(c))
        .collect()
}

#[test]
fn a_label_with_no_letters_goes_the_article_s_way() {
    use qari_recognize::{Entity, Mention, Recognition};
    let text = "وصل الوفد الساعة 02:45 إلى القاهرة\n";
    let doc = Document::from_bytes("t", text.as_bytes()).expect("text");
    let at = |w: &str| {
        let start = text[..text.find(w).expect("word")].chars().count();
        start..start + w.chars().count()
    };
    let mention = |kind, word, entity| Mention {
        kind,
        span: at(word),
        entity,
        speaker: None,
    };
    let rec = Recognition {
        mentions: vec![
            mention(Kind::Date, "02:45", 0),
            mention(Kind::Location, "القاهرة", 1),
        ],
        entities: vec![
            Entity {
                kind: Kind::Date,
                name: "02:45".into(),
                mentions: vec![0],
            },
            Entity {
                kind: Kind::Location,
                name: "القاهرة".into(),
                mentions: vec![1],
            },
        ],
    };
    let rows = PanelRows::new(rec, &doc);
    let options = LayoutOptions {
        fallback_direction: Direction::Rtl,
        ..LayoutOptions::default()
    };
    let laid = rows.lay_out(20, &options, Interface::default());
    for (row, laid) in rows.rows.iter().zip(&laid) {
        if matches!(row.kind, RowKind::Entity(_)) {
            assert_eq!(
                laid.indent + laid.line.width,
                20,
                "{}: right-aligned",
                row.label
            );
        }
    }
}

#[test]
fn a_cut_line_shows_its_ellipsis_where_its_words_were_cut() {
    // Left to right, Arabic words at its end: the ellipsis left of the
    // last word kept (their logical end), not right of the first.
    let shown = drawn("[note] جزيرة أبو موسى الكبرى في الخليج", 20);
    assert!(shown.starts_with("[note] \u{2026}"), "{shown:?}");
    assert!(shown.trim_end().ends_with("ةريزج"), "{shown:?}");
    // English cut: at its right end, as before.
    let shown = drawn("[note] the island of Abu Musa in the Gulf", 20);
    assert!(shown.trim_end().ends_with('\u{2026}'), "{shown:?}");
}
