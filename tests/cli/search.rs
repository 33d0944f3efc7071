//! `qari search` from the outside: fixture in, exact stdout out, exit status.
//!
//! Arabic lines are written here in logical order and turned into the
//! expected visual order by reversing their grapheme clusters, which is what
//! UAX #9 gives for a right-to-left line of Arabic letters only (a number
//! inside keeps its own order, and is spelled out where it occurs).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::support::cli::{assert_isolated, home, isolated, run, Run};

use unicode_segmentation::UnicodeSegmentation;

/// `qari` with empty XDG homes: every command reads `config.toml`, and the
/// developer's own (a width, a hit colour, a bad key) must not change what
/// these tests see.
fn command() -> Command {
    isolated(&home("search-cli-empty-xdg"))
}

#[test]
fn runs_do_not_see_the_users_config() {
    assert_isolated(&command());
}

fn qari(args: &[&str], stdin: &[u8]) -> Run {
    let mut command = command();
    command.args(args);
    run(command, stdin)
}

fn fixture() -> String {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "fixtures",
        "search.txt",
    ]
    .iter()
    .collect();
    path.display().to_string()
}

/// Search the fixture without colour or shaping.
fn search(pattern: &str, extra: &[&str]) -> Run {
    let file = fixture();
    let mut args = vec![
        "search",
        pattern,
        file.as_str(),
        "--shape",
        "off",
        "--visual",
    ];
    args.extend_from_slice(extra);
    qari(&args, b"")
}

/// A right-to-left run of Arabic letters in visual order.
fn visual(logical: &str) -> String {
    logical.graphemes(true).rev().collect()
}

#[test]
fn arabic_hits_are_bracketed_in_visual_order_marks_included() {
    let run = search("احمد", &["--color", "never"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    // Line 2 has the name with harakat and a hamza; line 5 twice.
    let expected = format!(
        "2:{} [{}] {}\n5:[{}]{} [{}]\n",
        visual("إلى المدرسة"),
        visual("أَحْمَد"),
        visual("ذهب"),
        visual("أحمد"),
        visual("و"),
        visual("احمد"),
    );
    assert_eq!(run.stdout, expected);
    assert_eq!(run.stderr, "");
}

#[test]
fn digits_match_in_either_script() {
    for pattern in ["2022", "٢٠٢٢"] {
        let run = search(pattern, &["--color", "never"]);
        assert_eq!(run.code, Some(0));
        let expected = format!(
            "1:Kazakhstan: the president spoke on 6 January [2022].\n4:[٢٠٢٢] {}\n",
            visual("قال الرئيس في ٦ يناير")
        );
        assert_eq!(run.stdout, expected, "{pattern}");
    }
}

#[test]
fn smart_case_and_exit_status_one_when_nothing_matches() {
    let run = search("kazakhstan", &["--color", "never"]);
    assert_eq!(run.code, Some(0));
    assert_eq!(
        run.stdout,
        "1:[Kazakhstan]: the president spoke on 6 January 2022.\n"
    );
    let run = search("KAZAKHSTAN", &[]);
    assert_eq!(run.code, Some(1));
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "");
}

#[test]
fn regex_mode_with_a_leading_backslash_r() {
    let run = search("\\r\\bp\\w+t\\b", &["--color", "never"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "1:Kazakhstan: the [president] spoke on 6 January 2022.\n"
    );
}

#[test]
fn a_bad_regex_is_one_line_and_status_two() {
    let run = search("\\r(unclosed", &[]);
    assert_eq!(run.code, Some(2));
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.starts_with("qari: "), "{}", run.stderr);
    assert!(run.stderr.contains("unclosed group"), "{}", run.stderr);
}

#[test]
fn errors_are_status_two() {
    let run = qari(&["search", "x", "/nonexistent/qari-search.txt"], b"");
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("no such file"), "{}", run.stderr);
    let run = qari(&["search", "\u{064E}", "-"], b"abc\n");
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("empty search"), "{}", run.stderr);
}

#[test]
fn colour_marks_hits_and_line_numbers() {
    let run = search("spoke", &["--color", "always"]);
    assert_eq!(run.code, Some(0));
    assert_eq!(
        run.stdout,
        "\x1b[32m1\x1b[0m:Kazakhstan: the president \x1b[30;43mspoke\x1b[0m on 6 January 2022.\n"
    );
    // Into a pipe, `auto` means no colour.
    assert_eq!(
        search("spoke", &[]).stdout,
        "1:Kazakhstan: the president [spoke] on 6 January 2022.\n"
    );
}

#[test]
fn standard_input_and_count() {
    let run = qari(&["search", "--visual", "ab"], b"ab\ncd\nxab ab\n");
    assert_eq!(run.code, Some(0));
    assert_eq!(run.stdout, "1:[ab]\n3:x[ab] [ab]\n");
    let run = qari(&["search", "-c", "ab", "-"], b"ab\ncd\nxab ab\n");
    assert_eq!(run.stdout, "2\n");
    let run = qari(&["search", "--count", "zz", "-"], b"ab\n");
    assert_eq!((run.stdout.as_str(), run.code), ("0\n", Some(1)));
}

#[test]
fn width_wraps_with_continuation_lines_under_the_text() {
    // 24 cells less "1:" and room for one pair of brackets: 20 for the text.
    let run = search("january", &["--width", "24", "--color", "never"]);
    assert_eq!(run.code, Some(0));
    assert_eq!(
        run.stdout,
        "1:Kazakhstan: the\n  president spoke on 6\n  [January] 2022.\n"
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let text = "match line\n".repeat(200_000);
    let mut child = command()
        .args(["search", "match", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qari starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.as_bytes());
    });
    // Read nothing: close our end of qari's stdout at once.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("qari ends");
    writer.join().expect("writer");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn into_a_pipe_paragraphs_are_the_file_s_text_and_json_says_where_matches_are() {
    let text = "قال الرئيس إن الاجتماع انتهى\nnothing here\nالرئيس والرئيس\n";
    let run = qari(&["search", "الرئيس", "-"], text.as_bytes());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout, "1:قال الرئيس إن الاجتماع انتهى\n3:الرئيس والرئيس\n",
        "logical order, as grep prints"
    );
    let run = qari(&["search", "--json", "الرئيس", "-"], text.as_bytes());
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["text"], "قال الرئيس إن الاجتماع انتهى");
    assert_eq!(lines[0]["matches"], serde_json::json!([[4, 10]]));
    assert_eq!(lines[1]["matches"], serde_json::json!([[0, 6], [8, 14]]));
    // --visual lays the paragraphs out as on a terminal.
    let run = qari(
        &["search", "--visual", "--shape", "off", "انتهى", "-"],
        text.as_bytes(),
    );
    assert!(run.stdout.starts_with("1:"), "{}", run.stdout);
    assert!(run.stdout.contains(&visual("انتهى")), "{}", run.stdout);
}
