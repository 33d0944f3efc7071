//! Other encodings: declared, guessed or given with `--encoding` (before or
//! after the command, and offered only by a command that reads an input),
//! streamed by every command, and a declaration the bytes belie said.

use super::{fixture, routes, text_of, FIXTURES, MISLABELLED_UTF8};
use crate::support::cli::{home, isolated};
use crate::support::errors::{qari, scratch};
use crate::support::http::serve;

#[test]
fn encodings_from_meta_bom_guess_or_the_command_line() {
    let page = text_of(&["text", &format!("{FIXTURES}cp1256.html")]);
    assert!(
        page.starts_with("خبر بترميز قديم\n\nهذه صفحة محفوظة بترميز ويندوز 1256"),
        "{page}"
    );
    // Read as it declares: not a word of its encoding. An older story
    // whose paragraphs are parted by `<br><br>`, told by its headline.
    let run = qari(&["text", &format!("{FIXTURES}br-paragraphs-1256.html")]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stderr, "", "declared windows-1256, read so, told");
    let story = String::from_utf8(run.stdout).expect("utf-8");
    assert!(
        story.starts_with("test\n\nمحافظ القاهرة يتفقد أعمال التطوير بوسط البلد\n"),
        "{story}"
    );
    assert!(!story.contains("جميع الحقوق محفوظة"), "{story}");
    let guessed = text_of(&["text", &format!("{FIXTURES}cp1256.txt")]);
    assert!(
        guessed.starts_with("نص عادي بترميز ويندوز 1256"),
        "{guessed}"
    );
    let utf16 = text_of(&["text", &format!("{FIXTURES}utf16.txt")]);
    assert_eq!(
        utf16,
        "نص محفوظ بترميز UTF-16 مع علامة ترتيب البايتات.\nسطر ثان.\n"
    );
    let forced = text_of(&[
        "text",
        "--encoding",
        "iso-8859-6",
        &format!("{FIXTURES}cp1256.txt"),
    ]);
    assert_ne!(forced, guessed);
    let run = qari(&["text", "--encoding", "klingon", "x.txt"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("`klingon` is not an encoding qari knows"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_command_streams_text_in_another_encoding() {
    for (name, encoding) in [("cp1256.txt", "windows-1256"), ("utf16.txt", "UTF-16LE")] {
        let path = format!("{FIXTURES}{name}");
        // Every command that reads it says what it was read as, once, in
        // the same words, a pipe too.
        let said = format!("qari: {path}: warning: read as {encoding}\n");
        for command in [
            &["text", &path][..],
            &["annotations", &path],
            &["render", &path],
            &["entities", &path],
            &["search", "ال", &path],
        ] {
            let run = qari(command);
            assert_eq!(run.stderr, said, "{command:?}");
        }
        // Piped: streamed by a command, or loaded as the reader loads it.
        for command in ["render", "annotations", "text"] {
            let mut piped = isolated(&home("web-encoding-said"));
            piped.args([command, "-"]);
            let piped = crate::support::cli::run(piped, &fixture(name));
            assert_eq!(
                piped.stderr,
                format!("qari: standard input: warning: read as {encoding}\n"),
                "{command}"
            );
        }
        let text = text_of(&["text", &path]);
        let last = text.lines().last().expect("a line");
        let run = qari(&["render", "--no-wrap", "--shape", "off", &path]);
        assert_eq!(
            (run.code, run.stderr.as_str()),
            (Some(0), said.as_str()),
            "{name}"
        );
        let rendered = String::from_utf8(run.stdout).expect("utf-8");
        assert_eq!(rendered.lines().count(), text.lines().count(), "{name}");
        assert!(!rendered.contains('\u{FFFD}'), "{name}: {rendered}");
        let run = qari(&["search", "--count", last, &path]);
        assert_eq!(
            (run.code, String::from_utf8_lossy(&run.stdout).trim()),
            (Some(0), "1"),
            "{name}"
        );
        // Entities are placed in the decoded text, from a file or a pipe.
        let found = text_of(&["entities", "--json", &path]);
        let chars: Vec<char> = text.chars().collect();
        for line in found.lines() {
            let row: serde_json::Value = serde_json::from_str(line).expect("json");
            let at = |k: &str| row[k].as_u64().expect("offset") as usize;
            let span: String = chars[at("start")..at("end")].iter().collect();
            assert_eq!(row["text"].as_str(), Some(span.as_str()), "{name}");
        }
        let mut command = isolated(&home("web-encoding"));
        command.args(["entities", "--json", "-"]);
        let piped = crate::support::cli::run(command, &fixture(name));
        assert_eq!((piped.code, piped.stdout), (Some(0), found), "{name}");
    }
}

#[test]
fn a_pipe_is_decoded_after_a_latin_start_and_markdown_too() {
    // A Latin line, then text in windows-1256: the guess waits for the Arabic.
    let mut bytes = b"Title\n\n".repeat(100);
    bytes.extend_from_slice(&fixture("cp1256.txt"));
    let mut command = isolated(&home("web-latin-start"));
    command.args(["search", "--count", "سطر ثان", "-"]);
    let found = crate::support::cli::run(command, &bytes);
    assert_eq!(
        (found.code, found.stdout.trim()),
        (Some(0), "1"),
        "{}",
        found.stderr
    );
    let md = scratch("cp1256.md", &fixture("cp1256.txt"));
    let run = qari(&["search", "--count", "سطر ثان", &md]);
    assert_eq!(
        (run.code, String::from_utf8_lossy(&run.stdout).trim()),
        (Some(0), "1")
    );
}

#[test]
fn a_declared_encoding_the_bytes_belie_is_said_and_not_obeyed() {
    // Files: UTF-8 under a windows-1256 meta, and the reverse.
    let utf8 = MISLABELLED_UTF8.replace("<head>", "<head><meta charset=\"windows-1256\">");
    let path = scratch("mislabelled-utf8.html", utf8.as_bytes());
    let run = qari(&["text", &path]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        String::from_utf8_lossy(&run.stdout).contains("قالت الحكومة إن سعر الوقود"),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    assert_eq!(
        run.stderr,
        format!(
            "qari: {path}: warning: declared as windows-1256, which its bytes are not: read as UTF-8\n"
        )
    );
    // A server's word: the header is what a page says first.
    let base = serve(routes);
    let url = format!("{base}/utf8-said-latin");
    let run = qari(&["text", &url]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(String::from_utf8_lossy(&run.stdout).contains("قالت الحكومة"));
    assert_eq!(
        run.stderr,
        format!("qari: {url}: warning: declared as windows-1252, which its bytes are not: read as UTF-8\n")
    );
    let url = format!("{base}/cp1256-said-utf8");
    let run = qari(&["text", &url]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        String::from_utf8_lossy(&run.stdout).contains("بترميز ويندوز 1256"),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    // (The fixture's short page marks no story: that is said after.)
    assert!(
        run.stderr.starts_with(&format!(
            "qari: {url}: warning: declared as UTF-8, which its bytes are not: read as windows-1256\n"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn an_encoding_forced_over_arabic_utf8_is_obeyed_and_said() {
    let path = scratch(
        "forced-over-utf8.txt",
        "قال الوزير إن الاتفاق نهائي.\n".as_bytes(),
    );
    let said = format!(
        "qari: {path}: warning: read as windows-1256, as --encoding asks, though it is UTF-8 with Arabic letters (it reads as UTF-8 without --encoding)\n"
    );
    for command in ["text", "render", "entities"] {
        let run = qari(&["--encoding", "windows-1256", command, &path]);
        assert_eq!((run.code, run.stderr.as_str()), (Some(0), said.as_str()));
        // Obeyed all the same: the letters are windows-1256's.
        assert!(!String::from_utf8_lossy(&run.stdout).contains("الوزير"));
    }
    // Latin text is the same in both: nothing more than the encoding.
    let latin = scratch("forced-over-latin.txt", b"plain words\n");
    let run = qari(&["--encoding", "windows-1256", "text", &latin]);
    assert_eq!(
        run.stderr,
        format!("qari: {latin}: warning: read as windows-1256\n")
    );
}

#[test]
fn encoding_and_other_options_go_before_or_after_the_command() {
    let path = format!("{FIXTURES}cp1256.txt");
    let guessed = text_of(&["render", "--no-wrap", &path]);
    let after = text_of(&["render", "--no-wrap", "--encoding", "iso-8859-6", &path]);
    let before = text_of(&["--encoding", "iso-8859-6", "render", "--no-wrap", &path]);
    assert_ne!(after, guessed);
    assert_eq!(before, after);
    // The reader's own options before a command are an error, not dropped.
    let run = qari(&["--shape", "on", "render", &path]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("--shape before `render` is the reader's option"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn a_command_offers_and_takes_only_the_options_it_uses() {
    let help =
        |command: &str| String::from_utf8_lossy(&qari(&[command, "--help"]).stdout).into_owned();
    // corrections reads no input and lays nothing out; text prints logical text.
    let corrections = help("corrections");
    assert!(!corrections.contains("--encoding"), "{corrections}");
    assert!(!corrections.contains("--terminal-bidi"), "{corrections}");
    let text = help("text");
    assert!(text.contains("--encoding"), "{text}");
    assert!(!text.contains("--terminal-bidi"), "{text}");
    for command in ["render", "entities", "search"] {
        let help = help(command);
        assert!(help.contains("--encoding"), "{command}: {help}");
        assert!(help.contains("--terminal-bidi"), "{command}: {help}");
    }
    // Given where they are no option, they are an error, not dropped.
    for args in [
        &["corrections", "--encoding", "utf-8"][..],
        &["text", "--terminal-bidi", "qari"],
    ] {
        let run = qari(args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("unexpected argument"), "{}", run.stderr);
    }
    for (args, option) in [
        (&["--encoding", "utf-8", "corrections"][..], "--encoding"),
        (
            &["--terminal-bidi", "qari", "annotations"],
            "--terminal-bidi",
        ),
    ] {
        let run = qari(args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("{option} before `")),
            "{}",
            run.stderr
        );
    }
}
