//! Searching: paragraphs in logical order and JSON, blocks against the
//! whole, endless lines, binary input, numbers, brackets, colour, wrapping.

use super::*;

fn opts(width: Option<usize>, color: bool) -> SearchOptions {
    SearchOptions {
        width,
        shape: false,
        color,
        count: false,
        direction: None,
        base: qari_layout::BaseDirection::FirstLetter,
        hit_color: ColorSpec::Named(3),
        strategy: crate::core::terminal::Strategy::Qari,
        form: Form::Visual,
    }
}

#[test]
fn into_a_pipe_paragraphs_are_in_logical_order_and_json_has_positions() {
    let text = "one two
قال سلام two
";
    let logical = SearchOptions {
        form: Form::Logical,
        ..opts(None, false)
    };
    let (out, n) = searched(text, "two", &logical);
    assert_eq!(
        out,
        "1:one two
2:قال سلام two
"
    );
    assert_eq!(n, 2);
    let json = SearchOptions {
        form: Form::Json,
        ..opts(None, false)
    };
    let (out, _) = searched(text, "سلام", &json);
    assert_eq!(
        out,
        "{\"line\":2,\"matches\":[[4,8]],\"text\":\"قال سلام two\"}\n"
    );
    let coloured = SearchOptions {
        form: Form::Logical,
        ..opts(None, true)
    };
    let (out, _) = searched("a two b\n", "two", &coloured);
    assert_eq!(out, "\x1b[32m1\x1b[0m:a \x1b[30;43mtwo\x1b[0m b\n");
}

fn searched(text: &str, query: &str, opts: &SearchOptions) -> (String, usize) {
    let q = Query::new(query).expect("valid");
    let mut out = Vec::new();
    let n = search(text.as_bytes(), &mut out, &q, opts, |_| {}).expect("in memory");
    (String::from_utf8(out).expect("utf-8"), n)
}

#[test]
fn blocks_give_what_the_whole_gives() {
    let text = "\u{FEFF}ab x\r\nnothing\nسلام ab\n\nlong line with ab in it ab\r\nab";
    let q = Query::new("ab").expect("valid");
    let whole = searched(text, "ab", &opts(None, false));
    assert_eq!(whole.1, 4);
    for block in 1..20 {
        let mut out = Vec::new();
        let n = search_in_blocks(
            text.as_bytes(),
            &mut out,
            &q,
            &opts(None, false),
            |_| {},
            block,
        )
        .expect("in memory");
        assert_eq!(
            (String::from_utf8(out).expect("utf-8"), n),
            whole,
            "block {block}"
        );
    }
}

#[test]
fn an_endless_line_is_searched_in_pieces_and_endless_zeros_are_binary_at_once() {
    let q = Query::new("ab").expect("valid");
    let mut out = Vec::new();
    let err =
        search(std::io::repeat(0), &mut out, &q, &opts(None, false), |_| {}).expect_err("binary");
    assert!(matches!(
        err,
        SearchError::Document(DocumentError::Binary(0))
    ));
    // Five MiB on one line, a hit in its fourth: found, on line 1, once warned.
    let mut line = "x".repeat(3 * LINE_LIMIT + 10);
    line.push_str(" ab ");
    line.push_str(&"y".repeat(2 * LINE_LIMIT));
    let mut warnings = Vec::new();
    let logical = SearchOptions {
        form: Form::Logical,
        count: true,
        ..opts(None, false)
    };
    let warn = |w: &str| warnings.push(w.to_string());
    let n = search_in_blocks(line.as_bytes(), &mut out, &q, &logical, warn, LINE_LIMIT)
        .expect("in memory");
    assert_eq!(n, 1);
    assert_eq!(
        warnings,
        ["a line longer than 1 MiB was searched in pieces"]
    );
}

#[test]
fn a_line_searched_in_pieces_counts_once_and_its_json_says_where_each_piece_is() {
    // An Arabic line of three MiB and more, a hit in each MiB; a short
    // line after it.
    let unit = "كلمة ab ";
    let long = unit.repeat(3 * LINE_LIMIT / unit.len() + 100);
    let text = format!("{long}\nab\n");
    let q = Query::new("ab").expect("valid");
    let count = SearchOptions {
        count: true,
        ..opts(None, false)
    };
    let mut out = Vec::new();
    let n = search_in_blocks(text.as_bytes(), &mut out, &q, &count, |_| {}, LINE_LIMIT)
        .expect("in memory");
    assert_eq!(n, 2, "two paragraphs match");
    assert_eq!(String::from_utf8(out).expect("utf-8"), "2\n");
    let json = SearchOptions {
        form: Form::Json,
        ..opts(None, false)
    };
    let mut out = Vec::new();
    search_in_blocks(text.as_bytes(), &mut out, &q, &json, |_| {}, LINE_LIMIT).expect("in memory");
    let line: Vec<char> = long.chars().collect();
    let records: Vec<serde_json::Value> = String::from_utf8(out)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let pieces = records.iter().filter(|r| r["line"] == 1).count();
    assert!(pieces >= 3, "{pieces} pieces");
    let mut seen = 0;
    for r in records.iter().filter(|r| r["line"] == 1) {
        let at = r["offset"].as_u64().unwrap_or(0) as usize;
        assert_eq!(at, seen, "each piece starts where the last ended");
        let piece = r["text"].as_str().expect("text");
        seen += piece.chars().count();
        for m in r["matches"].as_array().expect("matches") {
            let (a, b) = (
                m[0].as_u64().expect("a") as usize,
                m[1].as_u64().expect("b") as usize,
            );
            let hit: String = line[at + a..at + b].iter().collect();
            assert_eq!(hit, "ab");
        }
    }
    assert_eq!(seen, line.len());
}

#[test]
fn binary_and_invalid_input() {
    let q = Query::new("ab").expect("valid");
    let mut warnings = Vec::new();
    let mut out = Vec::new();
    let n = search_in_blocks(
        &b"ab\xFF\nab\xFE\n"[..],
        &mut out,
        &q,
        &opts(None, false),
        |w| warnings.push(w.to_string()),
        3,
    )
    .expect("in memory");
    assert_eq!(n, 2);
    assert_eq!(warnings, [INVALID_UTF8_WARNING]);
    let err = search_in_blocks(
        &b"ab\nab\nx\0"[..],
        &mut Vec::new(),
        &q,
        &opts(None, false),
        |_| {},
        3,
    )
    .expect_err("binary");
    assert!(err.to_string().contains("offset 7"), "{err}");
}

#[test]
fn matching_paragraphs_with_numbers_and_brackets() {
    let text = "one two\nnothing\ntwo and two\n";
    let (out, n) = searched(text, "two", &opts(None, false));
    assert_eq!(out, "1:one [two]\n3:[two] and [two]\n");
    assert_eq!(n, 2);
    assert_eq!(
        searched(text, "three", &opts(None, false)),
        (String::new(), 0)
    );
}

#[test]
fn colour_marks_hits_and_numbers() {
    let (out, _) = searched("a two b\n", "two", &opts(None, true));
    assert_eq!(out, "\x1b[32m1\x1b[0m:a \x1b[30;43mtwo\x1b[0m b\n");
}

#[test]
fn wrapped_lines_are_indented_under_the_text() {
    let (out, _) = searched("aaa bbb ccc\n", "ccc", &opts(Some(6), true));
    assert_eq!(
        out,
        "\x1b[32m1\x1b[0m:aaa\n  bbb\n  \x1b[30;43mccc\x1b[0m\n"
    );
}

#[test]
fn count_prints_the_number_of_matching_paragraphs() {
    let count = SearchOptions {
        count: true,
        ..opts(None, false)
    };
    assert_eq!(searched("x x\ny\nx\n", "x", &count), ("2\n".to_string(), 2));
    assert_eq!(searched("y\n", "x", &count), ("0\n".to_string(), 0));
}
