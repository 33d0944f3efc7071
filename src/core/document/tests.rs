//! The document model: paragraphs and offsets, decoding (BOM, CR LF,
//! invalid UTF-8, NUL), the direction found by the first strong character.

use super::*;

fn doc(bytes: &[u8]) -> Document {
    Document::from_bytes("t", bytes).expect("text")
}

#[test]
fn paragraphs_are_lines_with_code_point_offsets() {
    let d = doc("سلام\nab\n\nج".as_bytes());
    assert_eq!(d.paragraph_count(), 4);
    assert_eq!(d.paragraph(0), "سلام");
    assert_eq!(d.paragraph(2), "");
    assert_eq!(d.paragraph_range(1), 5..7);
    assert_eq!(d.paragraph_range(3), 9..10);
    assert_eq!(d.paragraph_at(4), 0);
    assert_eq!(d.paragraph_at(5), 1);
    assert_eq!(d.paragraph_at(9), 3);
    assert_eq!(d.len(), 10);
}

#[test]
fn trailing_newline_does_not_make_a_paragraph() {
    assert_eq!(doc(b"a\nb\n").paragraph_count(), 2);
    assert_eq!(doc(b"a\nb").paragraph_count(), 2);
    assert_eq!(doc(b"\n").paragraph_count(), 1);
    assert_eq!(doc(b"").paragraph_count(), 0);
}

#[test]
fn bom_and_crlf_are_normalised() {
    let d = doc(b"\xEF\xBB\xBFab\r\ncd\r\n");
    assert_eq!(d.text(), "ab\ncd\n");
    assert_eq!(d.paragraph(1), "cd");
    assert!(d.warnings.is_empty());
}

#[test]
fn nul_is_binary() {
    assert_eq!(
        Document::from_bytes("t", b"ab\0c").err(),
        Some(DocumentError::Binary(2))
    );
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let d = doc(b"a\xFFb");
    assert_eq!(d.text(), "a\u{FFFD}b");
    assert_eq!(d.warnings.len(), 1);
}

#[test]
fn empty_and_blank_documents_are_empty() {
    assert!(doc(b"").is_empty());
    assert!(doc(b"\n\n  \n").is_empty());
    assert!(!doc(b"x").is_empty());
}

#[test]
fn direction_is_the_first_strong_character() {
    assert_eq!(
        doc("2022 - 08:13\nكازاخستان".as_bytes()).direction,
        Direction::Rtl
    );
    assert_eq!(doc("12\nabc سلام".as_bytes()).direction, Direction::Ltr);
    assert_eq!(doc(b"12 34").direction, Direction::Ltr);
}

#[test]
fn direction_scan_stops_after_a_mib() {
    let neutral = "1".repeat(DIRECTION_SCAN - 1);
    assert_eq!(detect_direction(&format!("{neutral}\nسلام")), None);
    assert_eq!(
        detect_direction(&format!("{}\nسلام", &neutral[2..])),
        Some(Direction::Rtl)
    );
    let mut scan = DirectionScan::default();
    assert_eq!(scan.feed(&neutral), None);
    assert!(scan.is_done());
}

#[test]
fn direction_scan_cuts_a_paragraph_at_the_limit() {
    // The strong character straddles the limit: not seen, in both forms.
    let text = format!("{}ب", "1".repeat(DIRECTION_SCAN - 1));
    assert_eq!(detect_direction(&text), None);
    let mut scan = DirectionScan::default();
    assert_eq!(scan.feed(&text), None);
    let text = format!("{}ب", "1".repeat(DIRECTION_SCAN - 2));
    assert_eq!(detect_direction(&text), Some(Direction::Rtl));
}

#[test]
fn decoding_line_by_line_equals_decoding_the_whole() {
    let bytes: &[u8] = b"\xEF\xBB\xBFa\xE2\x82\r\n\xEF\xBB\xBFb\xFF\r\r\nc\r";
    let whole = decode(bytes, true).expect("text");
    let mut pieces = String::new();
    let mut replaced = false;
    let mut at_start = true;
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        let d = decode(line, at_start).expect("text");
        replaced |= d.replaced_invalid;
        pieces.push_str(&d.text);
        at_start = false;
    }
    assert_eq!(pieces, whole.text);
    assert_eq!(whole.text, "a\u{FFFD}\n\u{FEFF}b\u{FFFD}\r\nc\r");
    assert!(replaced && whole.replaced_invalid);
}

#[test]
fn valid_text_is_borrowed() {
    let d = decode(b"abc\n", false).expect("text");
    assert!(matches!(d.text, Cow::Borrowed("abc\n")));
    assert!(!d.replaced_invalid);
    assert_eq!(decode(b"x\0", false), Err(DocumentError::Binary(1)));
}

#[test]
fn dense_controls_are_binary_and_stray_ones_are_not() {
    // Seven controls in a line of text, or 8 in 300 bytes, stay text.
    assert_eq!(binary_at(b"a\x01b\x02c\x03d\x04e\x05f\x06g\x07h"), None);
    let mut sparse = vec![b'x'; 300];
    for i in 0..8 {
        sparse[i * 37 + 5] = 0x01;
    }
    assert_eq!(binary_at(&sparse), None);
    // Tabs, line ends, form feeds, escapes and backspaces are text at any density.
    assert_eq!(binary_at(&b"\t\n\r\x0b\x0c\x1b\x08".repeat(100)), None);
    // One control in 32 bytes, from the first.
    let mut dense = vec![b'x'; 320];
    for i in 0..10 {
        dense[i * 32 + 3] = 0x1f;
    }
    assert_eq!(binary_at(&dense), Some(3));
    assert_eq!(decode(&dense, true), Err(DocumentError::Binary(3)));
    // A NUL is binary wherever it is, alone.
    assert_eq!(binary_at(b"abc\0"), Some(3));
}

#[test]
fn counting_code_points_by_words_agrees_with_chars() {
    let samples = [
        "",
        "a",
        "سلام",
        "a€😀ب\u{301}xyz12345678",
        "ثمانية حروف عربية!",
    ];
    for s in samples {
        for start in 0..s.len() {
            if let Some(piece) = s.get(start..) {
                assert_eq!(count_chars(piece), piece.chars().count(), "{piece:?}");
            }
        }
    }
}

#[test]
fn from_vec_decodes_as_decode_does() {
    let inputs: [&[u8]; 8] = [
        b"",
        b"\n",
        b"a\nb",
        b"\xEF\xBB\xBFab\r\ncd\r\n",
        b"a\xFFb\r\n\xE2\x82",
        "سلام\n\nج\n".as_bytes(),
        b"\xEF\xBB\xBF",
        b"x\r\r\ny\r",
    ];
    for bytes in inputs {
        let decoded = decode(bytes, true).expect("text");
        let d = Document::from_vec("t", bytes.to_vec()).expect("text");
        assert_eq!(d.text(), decoded.text, "{bytes:?}");
        assert_eq!(d.len(), d.text().chars().count());
        assert_eq!(
            d.warnings.is_empty(),
            !decoded.replaced_invalid,
            "{bytes:?}"
        );
    }
    assert_eq!(
        Document::from_vec("t", b"\xEF\xBB\xBFa\0".to_vec()).err(),
        Some(DocumentError::Binary(4))
    );
    assert_eq!(
        decode(b"\xEF\xBB\xBFa\0", true).err(),
        Some(DocumentError::Binary(4))
    );
}

#[test]
fn a_direction_is_final_once_decided_or_the_window_is_covered() {
    assert!(doc("12\nسلام".as_bytes()).direction_is_final());
    assert!(!doc(b"12\n34\n").direction_is_final());
    assert!(doc("1\n".repeat(DIRECTION_SCAN / 2).as_bytes()).direction_is_final());
}

#[test]
fn same_text_same_hash() {
    assert_eq!(doc(b"a\r\nb").hash, doc(b"a\nb").hash);
    assert_ne!(doc(b"a").hash, doc(b"b").hash);
}

/// Every code point's byte, found by counting from the paragraph's start.
fn bytes_by_counting(d: &Document, p: usize) -> Vec<usize> {
    let text = d.paragraph(p);
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect()
}

#[test]
fn a_code_point_s_byte_is_found_from_the_nearest_checkpoint() {
    // Paragraphs around and across checkpoints: short, one long of mixed
    // widths (1 to 4 bytes a code point), short again.
    let long: String = "aب€😀 ".repeat(CHECKPOINT_BYTES / 5);
    let text = format!("سطر\n{long}\nx\n{long}");
    let d = doc(text.as_bytes());
    assert!(d.checkpoints.len() >= 4, "{}", d.checkpoints.len());
    for p in 0..d.paragraph_count() {
        let expected = bytes_by_counting(&d, p);
        let step = (expected.len() / 5000).max(1);
        for (within, &byte) in expected.iter().enumerate().step_by(step) {
            assert_eq!(
                d.byte_in_paragraph(p, within),
                (byte, within),
                "paragraph {p}, {within}"
            );
        }
        let last = expected.len() - 1;
        assert_eq!(d.byte_in_paragraph(p, last), (expected[last], last));
        // Past the end: the paragraph's length.
        assert_eq!(
            d.byte_in_paragraph(p, last + 7),
            (d.paragraph(p).len(), last)
        );
    }
    // The checkpoints agree with the text.
    for &(byte, offset) in &d.checkpoints {
        assert_eq!(d.text()[..byte].chars().count(), offset);
    }
}

#[test]
fn paragraph_ranges_agree_with_counting() {
    for text in [
        "",
        "\n",
        "\n\n",
        "a",
        "a\n",
        "سلام\nab\n\nج",
        "x\r\ny\r\n",
        "\u{FEFF}ab\ncd",
    ] {
        let d = doc(text.as_bytes());
        for p in 0..d.paragraph_count() {
            let r = d.paragraph_range(p);
            assert_eq!(r.start, d.span(p).offset, "{text:?} {p}");
            assert_eq!(r.len(), d.paragraph(p).chars().count(), "{text:?} {p}");
        }
    }
}
