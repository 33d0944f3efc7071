//! `qari render` from the outside: fixture in, exact stdout out.
//!
//! Exact outputs use left-to-right text, whose wrapping does not depend on bidi,
//! and inputs where breaking at characters and at words agree. Arabic cases
//! either count columns (padding, right edges), which any correct engine agrees
//! on, or spell the expected visual order in `\u{...}` escapes derived by hand
//! from UAX #9 (checked against FriBidi); those wait for the layout engine.

use std::path::PathBuf;

use crate::support::cli::{home, isolated, run, Run};

fn qari(args: &[&str], stdin: &[u8]) -> Run {
    // No configuration: the user's could change shaping or direction.
    let mut command = isolated(&home("cli-no-config"));
    command.args(args);
    run(command, stdin)
}

fn fixture(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", name]
        .iter()
        .collect();
    path.display().to_string()
}

/// Render a fixture successfully and return stdout.
fn render(name: &str, args: &[&str]) -> String {
    let file = fixture(name);
    let mut all = vec!["render", file.as_str()];
    all.extend_from_slice(args);
    let run = qari(&all, b"");
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    assert_eq!(run.stderr, "");
    run.stdout
}

/// Leading spaces of a line.
fn padding(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Columns of text without combining marks or wide characters.
fn columns(text: &str) -> usize {
    text.chars().count()
}

#[test]
fn ltr_text_wraps_at_the_width_without_padding() {
    let expected = "\
Qari reads articles
in a terminal where
every line is drawn
by qari itself.

A lone line: 2022
  An indented line:
spaces stay.
Short line.
supercalifragilistic
expialidocious long
word.
";
    assert_eq!(render("ltr.txt", &["--width", "20"]), expected);
}

#[test]
fn no_wrap_prints_one_line_per_input_line() {
    let expected = "\
Qari reads articles in a terminal where every line is drawn by qari itself.

A lone line: 2022
  An indented line: spaces stay.
Short line.
supercalifragilisticexpialidocious long word.
";
    assert_eq!(render("ltr.txt", &["--no-wrap"]), expected);
}

#[test]
fn default_width_off_a_terminal_is_80() {
    let line = "word ".repeat(30);
    let run = qari(&["render"], line.as_bytes());
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines,
        ["word ".repeat(16).trim_end(), "word ".repeat(14).trim_end()]
    );
}

#[test]
fn width_one_puts_a_character_per_line() {
    let run = qari(&["render", "--width", "1"], b"abc\n");
    assert_eq!((run.stdout.as_str(), run.code), ("a\nb\nc\n", Some(0)));
}

#[test]
fn width_zero_is_a_usage_error() {
    let run = qari(&["render", "--width", "0"], b"abc\n");
    assert_eq!(run.code, Some(2));
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("the width must be at least 1 cell"),
        "{}",
        run.stderr
    );
}

#[test]
fn clap_errors_exit_2() {
    for args in [
        &["render", "--width"][..],
        &["render", "--width", "5", "--no-wrap"],
        &["render", "--color", "rainbow"],
        &["--bogus"],
    ] {
        let run = qari(args, b"");
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("error:"), "{args:?}: {}", run.stderr);
    }
    assert_eq!(qari(&["--help"], b"").code, Some(0));
}

#[test]
fn rtl_lines_end_at_the_width() {
    let out = render("rtl.txt", &["--width", "40", "--shape", "off"]);
    let source = std::fs::read_to_string(fixture("rtl.txt")).expect("fixture");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3);
    // The neutral date line takes the document's direction: right-aligned too.
    for (line, logical) in lines.iter().zip(source.lines()) {
        assert_eq!(padding(line), 40 - columns(logical), "{line:?}");
        assert_eq!(columns(line), 40, "{line:?}");
        let mut shown: Vec<char> = line.trim_start().chars().collect();
        let mut given: Vec<char> = logical.chars().collect();
        shown.sort_unstable();
        given.sort_unstable();
        assert_eq!(shown, given, "same characters, in whatever order");
    }
}

#[test]
fn rtl_lines_are_not_padded_without_wrapping() {
    let out = render("rtl.txt", &["--no-wrap", "--shape", "off"]);
    assert!(out.lines().all(|l| padding(l) == 0), "{out:?}");
    assert_eq!(out.lines().count(), 3);
}

#[test]
fn piped_output_is_not_shaped_or_coloured_by_default() {
    let out = render("rtl.txt", &["--no-wrap"]);
    assert!(!out.contains('\x1b'));
    assert!(
        !out.chars().any(|c| ('\u{FB50}'..='\u{FEFF}').contains(&c)),
        "no presentation forms"
    );
}

#[test]
fn a_byte_order_mark_alone_is_no_text_to_render_as_to_text() {
    for command in ["render", "text", "search"] {
        let args: &[&str] = if command == "search" {
            &[command, "x"]
        } else {
            &[command]
        };
        let run = qari(args, "\u{FEFF}".as_bytes());
        assert_eq!(run.stdout, "", "{command}");
    }
    // A blank line after it is still one.
    let run = qari(&["render"], "\u{FEFF}\n".as_bytes());
    assert_eq!((run.code, run.stdout.as_str()), (Some(0), "\n"));
}

#[test]
fn standard_input_is_read_when_no_file_or_dash_is_given() {
    for args in [&["render"][..], &["render", "-"]] {
        let run = qari(args, b"from stdin\n");
        assert_eq!(run.stdout, "from stdin\n");
        assert_eq!(run.code, Some(0));
    }
}

#[test]
fn colour_always_reverses_replacement_characters() {
    // A stray byte in UTF-8 text (bytes mostly not UTF-8 are read as another encoding).
    let mut bytes = "éèêë a".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xFFb\n");
    let run = qari(&["render", "--color", "always"], &bytes);
    assert_eq!(run.stdout, "éèêë a\x1b[7m\u{FFFD}\x1b[0mb\n");
    let run = qari(&["render", "--color", "never"], &bytes);
    assert_eq!(run.stdout, "éèêë a\u{FFFD}b\n");
}

#[test]
fn control_characters_are_shown_as_pictures_in_reverse_video() {
    let run = qari(&["render", "--color", "always"], b"a\x1bb\n");
    assert_eq!(run.stdout, "a\x1b[7m\u{241B}\x1b[0mb\n");
    let run = qari(&["render", "--color", "never"], b"a\x1b[31mb\x07\n");
    assert!(!run.stdout.contains('\x1b') && !run.stdout.contains('\x07'));
}

#[test]
fn ltr_text_breaks_at_words() {
    let run = qari(&["render", "--width", "8"], b"hello world\n");
    assert_eq!(run.stdout, "hello\nworld\n");
}

// Expected visual orders below were derived from UAX #9 by hand and agree with
// `fribidi --nobreak` (after mapping its presentation forms back).

#[test]
fn arabic_is_reordered_with_numbers_left_to_right() {
    let out = qari(
        &["render", "--no-wrap", "--shape", "off"],
        "كازاخستان 2022\n".as_bytes(),
    );
    // 2022, space, then ن ا ت س خ ا ز ا ك (the name reversed).
    let expected = "2022 \u{646}\u{627}\u{62A}\u{633}\u{62E}\u{627}\u{632}\u{627}\u{643}\n";
    assert_eq!(out.stdout, expected);
}

#[test]
fn marks_stay_after_their_base_and_brackets_mirror() {
    let out = qari(
        &["render", "--no-wrap", "--shape", "off"],
        "أيضًا\n(نص)\n".as_bytes(),
    );
    // ا, ض + tanween, ي, أ ; then "(" ص ن ")" with both brackets mirrored.
    let expected = "\u{627}\u{636}\u{64B}\u{64A}\u{623}\n(\u{635}\u{646})\n";
    assert_eq!(out.stdout, expected);
}

#[test]
fn latin_inside_arabic_keeps_its_order() {
    let out = qari(
        &["render", "--no-wrap", "--shape", "off"],
        "قال Biden أمس\n".as_bytes(),
    );
    let expected = "\u{633}\u{645}\u{623} Biden \u{644}\u{627}\u{642}\n";
    assert_eq!(out.stdout, expected);
}

#[test]
fn a_neutral_date_line_in_an_arabic_article_reads_right_to_left() {
    let out = render("rtl.txt", &["--width", "40", "--shape", "off"]);
    let date = out.lines().nth(1).expect("second line");
    assert_eq!(date, format!("{}08:13 - 2022", " ".repeat(28)));
}

#[test]
fn wrapped_rtl_lines_all_end_at_the_width() {
    let out = render("rtl.txt", &["--width", "12", "--shape", "off"]);
    assert!(out.lines().count() > 3);
    for line in out.lines() {
        assert_eq!(columns(line), 12, "{line:?}");
    }
}

#[test]
fn shape_on_substitutes_presentation_forms() {
    let out = render("rtl.txt", &["--no-wrap", "--shape", "on"]);
    assert!(out.chars().any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)));
}

#[test]
fn a_width_past_1000_is_refused_before_anything_is_written() {
    // 4294967295 once wrote 4.29 GB of padding for one short line.
    for width in ["1001", "4294967295", "18446744073709551616"] {
        let run = qari(&["render", "--width", width], b"abc\n");
        assert_eq!(run.code, Some(2), "{width}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{width}");
        assert!(
            run.stderr.contains("the width must be at most 1000 cells"),
            "{width}: {}",
            run.stderr
        );
    }
    let run = qari(&["render", "--width", "1000"], b"abc\n");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout, "abc\n");
}
