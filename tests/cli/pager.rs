//! Every command reads a pipe when no file is named, and reads what programs
//! write for a pager as text: escapes and overstrikes gone, newsboat's file
//! with its title first and its wrapped paragraphs whole, Markdown as
//! paragraphs.

use crate::support::cli::{home, isolated, run, Run};

fn qari(args: &[&str], stdin: &[u8]) -> Run {
    let mut command = isolated(&home("cli-pager"));
    command.args(args);
    run(command, stdin)
}

const NEWSBOAT: &[u8] = include_bytes!("../fixtures/pager/newsboat.txt");

#[test]
fn entities_and_annotations_read_the_pipe_not_the_sample() {
    let piped = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس يوم الاثنين.\n";
    let run = qari(&["entities", "--json"], piped.as_bytes());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("باريس"), "{}", run.stdout);
    // The sample article's places are not in the pipe.
    assert!(!run.stdout.contains("كازاخستان"), "{}", run.stdout);
    let run = qari(&["annotations", "--export", "w3c"], piped.as_bytes());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("Annotations: standard input"),
        "{}",
        run.stdout
    );
}

#[test]
fn search_and_render_read_the_pipe_without_escapes() {
    let log = b"\x1b[33mcommit 1a2b\x1b[m\nAuthor: A <a@example.org>\n\n    F\x08Fi\x08ix it\n";
    let run = qari(&["render", "--no-wrap", "--color", "always"], log);
    assert_eq!(
        run.stdout,
        "commit 1a2b\nAuthor: A <a@example.org>\n\n    Fix it\n"
    );
    let run = qari(&["search", "Fix", "--color", "never"], log);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    // Into a pipe, as grep prints it: the line in logical order, unmarked.
    assert_eq!(run.stdout, "4:    Fix it\n");
}

#[test]
fn text_prints_a_pipe_as_the_reader_shows_it() {
    let log = b"\x1b[33mcommit 1a2b\x1b[m\n\n    F\x08Fi\x08ix it\n";
    let run = qari(&["text"], log);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stdout.contains('\x1b') && !run.stdout.contains('\x08'));
    assert!(run.stdout.contains("commit 1a2b") && run.stdout.contains("Fix it"));
    // newsboat's file: its header block becomes the title, as from a path.
    let run = qari(&["text"], NEWSBOAT);
    assert!(!run.stdout.contains("Title:") && !run.stdout.contains("Feed:"));
}

#[test]
fn newsboat_s_file_has_its_title_first_and_paragraphs_joined() {
    let run = qari(&["render", "--no-wrap", "--shape", "off"], NEWSBOAT);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    // Title, feed, author, date, link, blank, a paragraph, blank, a paragraph, blank.
    assert_eq!(lines.len(), 10, "{}", run.stdout);
    assert!(!run.stdout.contains("Title:") && !run.stdout.contains("Feed:"));
    assert_eq!(lines[4], "http://127.0.0.1:1/a.html");
    assert_eq!(lines[5], "");
    // The reader's document too: `entities` offsets count from the title.
    let run = qari(&["entities", "--json"], NEWSBOAT);
    assert!(run.stdout.contains("\"start\":5"), "{}", run.stdout);
}

#[test]
fn markup_newsboat_passes_on_in_a_title_is_not_shown() {
    // A CDATA title with `<b>`, as newsboat writes it to its pager's file.
    let file = "Feed: بي بي سي عربي\nTitle: عاجل: زلزال بقوة 6.2 درجة يضرب <b>جنوب تركيا</b>\n\
                Date: Thu, 14 Mar 2024 09:00:00 +0000\nLink: http://127.0.0.1:1/quake.html\n \n\
                ضرب زلزال بقوة 6.2 درجة ولاية هاتاي جنوب تركيا فجر اليوم.\n";
    let run = qari(&["text"], file.as_bytes());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout.lines().next(),
        Some("عاجل: زلزال بقوة 6.2 درجة يضرب جنوب تركيا"),
        "{}",
        run.stdout
    );
}

#[test]
fn markdown_files_are_read_as_paragraphs() {
    let dir = home("cli-pager-md");
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("article.md");
    std::fs::write(
        &path,
        "# A title\n\nA paragraph written\non two lines, with **bold**.\n\n- one\n- two\n",
    )
    .expect("write");
    let run = qari(&["render", "--no-wrap", path.to_str().expect("utf-8")], b"");
    assert_eq!(
        run.stdout,
        "A title\n\nA paragraph written on two lines, with bold.\n\n• one\n• two\n"
    );
    let run = qari(
        &["render", "--no-wrap", "--from", "markdown"],
        b"*x*  \ny\n",
    );
    assert_eq!(run.stdout, "x\ny\n");
    let run = qari(&["render", "--no-wrap", "--from", "text"], b"*x*\n");
    assert_eq!(run.stdout, "*x*\n");
}

#[test]
fn a_markdown_table_is_laid_out_as_the_same_table_in_a_page() {
    let dir = home("cli-pager-md-table");
    std::fs::create_dir_all(&dir).expect("dir");
    let markdown = dir.join("prices.md");
    std::fs::write(
        &markdown,
        "# أسعار العملات\n\n| العملة | السعر |\n|---|---|\n| الدولار | 3.75 |\n| USD | 3.75 |\n",
    )
    .expect("write");
    let page = dir.join("prices.html");
    std::fs::write(
        &page,
        "<html><head><meta charset=\"utf-8\"><title>أسعار العملات</title></head><body>\
         <article><h1>أسعار العملات</h1><table><tr><th>العملة</th><th>السعر</th></tr>\
         <tr><td>الدولار</td><td>3.75</td></tr><tr><td>USD</td><td>3.75</td></tr>\
         </table></article></body></html>",
    )
    .expect("write");
    let md = markdown.to_str().expect("utf-8");
    // A row a line, each cell isolated, nothing after the last cell, no
    // line for the rule row.
    let text = qari(&["text", md], b"");
    assert_eq!(text.code, Some(0), "{}", text.stderr);
    let cell = |s: &str| format!("\u{2068}{s}\u{2069}");
    assert_eq!(
        text.stdout,
        format!(
            "أسعار العملات\n\n{} | {}\n{} | {}\n{} | {}\n",
            cell("العملة"),
            cell("السعر"),
            cell("الدولار"),
            cell("3.75"),
            cell("USD"),
            cell("3.75")
        )
    );
    // Laid out as the page's table: every row right to left, right-aligned,
    // USD under the currency's header (it was a left-to-right row).
    let rows = |path: &str| {
        let run = qari(&["render", "--width", "50", path], b"");
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        run.stdout
            .lines()
            .filter(|l| l.contains('|'))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let laid_out = rows(md);
    assert_eq!(laid_out.len(), 3, "{laid_out:?}");
    assert_eq!(laid_out, rows(page.to_str().expect("utf-8")));
    assert!(laid_out[2].ends_with("3.75 | USD"), "{laid_out:?}");
    assert!(
        laid_out.iter().all(|l| l.starts_with("    ")),
        "{laid_out:?}"
    );
}

#[test]
fn plain_words_with_from_html_stay_plain_words() {
    let run = qari(&["render", "--no-wrap", "--from", "html"], b"plain words\n");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout, "plain words\n");
    let run = qari(&["render", "--from", "pdf"], b"");
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("possible values: text, html, markdown"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_endless_coloured_line_flows_through_and_ends_with_its_reader() {
    use std::io::{Read, Write};
    use std::process::Stdio;
    let mut child = isolated(&home("cli-pager"))
        .args(["render", "--no-wrap", "--shape", "off"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qari starts");
    let mut stdin = child.stdin.take().expect("stdin");
    // One line that never ends, escapes all through it: cleaned in pieces.
    let writer = std::thread::spawn(move || {
        let chunk = "\x1b[1mب\x1b[0m ".repeat(4096);
        while stdin.write_all(chunk.as_bytes()).is_ok() {}
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let mut seen = vec![0; 3 << 20];
    stdout
        .read_exact(&mut seen)
        .expect("output before the input ends");
    let seen = String::from_utf8_lossy(&seen);
    // Neither the escapes nor their pictures (`␛[1m`), nor pieces of one cut
    // where the line was cut (`[` is mirrored in a right-to-left line).
    assert!(
        !seen.contains('\u{241B}') && !seen.contains("1m"),
        "{}",
        seen.chars().take(100).collect::<String>()
    );
    assert!(seen.contains("ب ب ب"));
    drop(stdout);
    let out = child.wait_with_output().expect("qari ends");
    writer.join().expect("writer");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_reader_prints_the_text_when_its_output_is_no_terminal() {
    // `qari a.txt > out`, `qari a.txt | head`: the screen's sequences went
    // into the file while the terminal stayed blank, waiting for keys.
    let dir = home("cli-pager");
    std::fs::create_dir_all(&dir).expect("dir");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, "السطر الأول\r\n\x1b[1mعريض\x1b[0m\n").expect("a");
    std::fs::write(&b, "الملف الثاني\n").expect("b");
    let (a, b) = (a.to_string_lossy(), b.to_string_lossy());
    let text = |args: &[&str]| {
        let run = qari(args, b"");
        assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{args:?}");
        run.stdout
    };
    let both = text(&[&a, &b]);
    assert_eq!(both, text(&["text", &a]) + &text(&["text", &b]));
    assert!(!both.contains('\x1b'), "{both:?}");
    assert!(both.starts_with("السطر الأول\n"), "{both:?}");
    // A pipe in, the text out.
    assert_eq!(qari(&[], "من الأنبوب\n".as_bytes()).stdout, "من الأنبوب\n");
    // A file that is not there is one line and status 2.
    let run = qari(&["/no/such/file.txt"], b"");
    assert_eq!(run.code, Some(2));
    assert_eq!(run.stderr, "qari: /no/such/file.txt: no such file\n");
}

#[test]
fn print_config_says_when_it_could_not_be_written() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = isolated(&home("cli-pager"))
        .arg("--print-config")
        .stdout(full)
        .output()
        .expect("qari runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no space"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn less_s_options_are_taken_and_ignored_as_less_takes_them() {
    // `PAGER='qari -RM'`, `MANPAGER='qari -sR'`, `LESS` habits: each was
    // "unexpected argument" (status 2) where less pages.
    let dir = home("cli-pager-less");
    std::fs::create_dir_all(&dir).expect("dir");
    let a = dir.join("a.txt");
    std::fs::write(&a, "سطر\n").expect("a");
    let a = a.to_string_lossy();
    let log = dir.join("log.txt");
    let log = log.to_string_lossy();
    for options in [
        &["-N"][..],
        &["-M"],
        &["-RM"],
        &["-sR"],
        &["-x4"],
        &["-j.5"],
        &["-#8"],
        &["-PM?f%f"],
        &["-o", &*log],
        // A number option before the file's name, which is no number.
        &["-x"],
        &["--RAW-CONTROL-CHARS"],
        &["--quit-if-one-screen", "--tabs=4", "--mouse"],
        &["+50%"],
    ] {
        let args: Vec<&str> = options.iter().copied().chain([&*a]).collect();
        let run = qari(&args, b"");
        assert_eq!(
            (run.code, run.stderr.as_str(), run.stdout.as_str()),
            (Some(0), "", "سطر\n"),
            "{options:?}"
        );
        // A pipe too, as `git` pages.
        let run = qari(options, "من الأنبوب\n".as_bytes());
        assert_eq!(run.stdout, "من الأنبوب\n", "{options:?}: {}", run.stderr);
    }
    assert!(!dir.join("log.txt").exists(), "-o's file is not written");
    // qari's own options still win, and a word less does not know is an error.
    assert_eq!(qari(&["-h"], b"").code, Some(0));
    let run = qari(&["-Rv", &a], b"");
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("unexpected argument"), "{}", run.stderr);
}

/// cron, `ssh -n` and a shell's background jobs give `/dev/null` for
/// standard input: with no FILE named, that is no text, said (exit 2) rather
/// than printed as nothing with success; `-` reads it all the same.
#[test]
fn nothing_named_with_dev_null_for_input_is_a_mistake_said() {
    use crate::support::errors::qari as with_dev_null;
    for args in [&["text"][..], &["render"], &["entities"], &["search", "x"]] {
        let run = with_dev_null(args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("standard input is a device (/dev/null"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("name a FILE"), "{}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}");
    }
    let run = with_dev_null(&["text", "-"]);
    assert_eq!(
        (run.code, run.stdout.as_slice()),
        (Some(0), &b""[..]),
        "{}",
        run.stderr
    );
    // A pipe with nothing in it is still read: it is what was given.
    let run = qari(&["text"], b"");
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (Some(0), ""),
        "{}",
        run.stderr
    );
}
