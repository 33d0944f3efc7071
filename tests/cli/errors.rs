//! Bad input and awkward pipes, from the outside: each failure is one line on
//! stderr naming the path, exit status 2, and never a panic; a closed pipe is
//! a quiet success; large input streams through.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::support::errors::{both_fail_with, qari, scratch};

/// Lines of mixed Arabic and Latin text, `bytes` long or a little more.
fn big_text(bytes: usize) -> String {
    let line = "قالت الحكومة إن سعر الوقود سيرتفع in Almaty 2022 - 08:13\n";
    line.repeat(bytes / line.len() + 1)
}

#[test]
fn missing_file() {
    let path = format!("{}/no-such-article.txt", env!("CARGO_TARGET_TMPDIR"));
    both_fail_with(&path, "no such file");
}

#[test]
fn directory() {
    both_fail_with(env!("CARGO_TARGET_TMPDIR"), "is a directory");
}

#[test]
fn nul_bytes_are_refused_as_binary() {
    let path = scratch("binary.bin", b"text\n\x7fELF\x02\x01\x01\0\0\0");
    for args in [
        &["render", path.as_str()][..],
        &[path.as_str()],
        &["entities", path.as_str()],
        &["search", "text", path.as_str()],
    ] {
        let run = qari(args);
        assert_eq!(run.code, Some(2), "{args:?}");
        assert_eq!(
            run.stderr,
            format!("qari: {path}: looks like binary data (NUL or control byte at offset 12), not text\n")
        );
        assert!(run.stdout.is_empty(), "nothing of a binary file is printed");
    }
}

/// Bytes of a pseudo-random stream with no zero among them: data that
/// no NUL marks as binary (compressed or encrypted files often hold none
/// in their first kilobytes).
fn noise_without_nul(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as u8).max(1)
        })
        .collect()
}

#[test]
fn noise_without_a_nul_byte_is_refused_as_binary() {
    let path = scratch("noise.bin", &noise_without_nul(200_000));
    for args in [
        &["render", path.as_str()][..],
        &[path.as_str()],
        &["text", path.as_str()],
        &["entities", "--json", path.as_str()],
        &["search", "x", path.as_str()],
    ] {
        let run = qari(args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stderr);
        // A warning about its invalid UTF-8 may come first, from the few
        // bytes read before the first that are dense enough to tell.
        let last = run.stderr.lines().last().unwrap_or_default();
        assert!(
            last.starts_with(&format!(
                "qari: {path}: looks like binary data (NUL or control byte at offset "
            )),
            "{args:?}: {}",
            run.stderr
        );
        assert!(
            run.stdout.is_empty(),
            "{args:?}: nothing of noise is printed"
        );
    }
}

#[test]
fn a_few_stray_controls_leave_text_text() {
    // A form feed between pages, a pager's colour escape, an overstruck
    // letter, and a stray SOH and unit separator as some exports leave them.
    let text =
        "\u{1}قال الوزير\u{1f} إن الاجتماع مهم.\n\u{c}\u{1b}[1mعنوان\u{1b}[0m\nا\u{8}ا\n".repeat(3);
    let path = scratch("stray-controls.txt", text.as_bytes());
    for args in [&["render", path.as_str()][..], &["entities", path.as_str()]] {
        let run = qari(args);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
    }
    let run = qari(&["search", "الوزير", &path]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let found = String::from_utf8_lossy(&run.stdout);
    assert_eq!(found.lines().count(), 3, "{found}");
}

#[test]
fn empty_file_prints_nothing() {
    let path = scratch("empty.txt", b"");
    let run = qari(&["render", &path]);
    assert_eq!(
        (run.code, run.stdout.len(), run.stderr.as_str()),
        (Some(0), 0, "")
    );
}

#[test]
fn bom_and_crlf_are_dropped() {
    let path = scratch("crlf.txt", b"\xEF\xBB\xBFfirst\r\nsecond\r\n\r\nlast");
    let run = qari(&["render", &path]);
    assert_eq!(run.code, Some(0));
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "first\nsecond\n\nlast\n"
    );
}

#[test]
fn invalid_utf8_is_replaced_with_one_warning() {
    // UTF-8 with two stray bytes, not text in another encoding (which is
    // decoded, as `every_command_streams_text_in_another_encoding` shows).
    let mut bytes = "مرحبا بكم\n".as_bytes().to_vec();
    bytes.extend_from_slice(b"caf\xE9\nna\xEFve\n");
    let path = scratch("stray-bytes.txt", &bytes);
    let run = qari(&["render", "--no-wrap", "--shape", "off", &path]);
    assert_eq!(run.code, Some(0));
    assert!(
        String::from_utf8_lossy(&run.stdout).ends_with("caf\u{FFFD}\nna\u{FFFD}ve\n"),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    assert_eq!(
        run.stderr,
        format!("qari: {path}: warning: invalid UTF-8 replaced with \u{FFFD}\n")
    );
}

#[test]
fn entities_names_the_file_whose_bytes_were_replaced() {
    let mut bytes = "مرحبا بكم\n".as_bytes().to_vec();
    bytes.extend_from_slice(b"caf\xE9\n");
    let path = scratch("stray-entities.txt", &bytes);
    let run = qari(&["entities", "--json", &path]);
    assert_eq!(run.code, Some(0));
    assert_eq!(
        run.stderr,
        format!("qari: {path}: warning: invalid UTF-8 replaced with \u{FFFD}\n")
    );
}

#[test]
fn a_line_over_a_mebibyte_is_cut_with_a_warning() {
    let mut text = "word ".repeat(300_000); // 1.5 MB, one line
    text.push_str("\nend\n");
    let path = scratch("long-line.txt", text.as_bytes());
    let run = qari(&["render", "--no-wrap", &path]);
    assert_eq!(run.code, Some(0));
    let out = String::from_utf8(run.stdout).expect("utf-8");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3);
    // Cut after the last space within the MiB: no word in two.
    assert!(lines[0].len() > (1 << 20) - 8 && lines[0].len() < 1 << 20);
    assert!(lines[0].ends_with(" word") && lines[1].starts_with("word "));
    assert_eq!(lines[2], "end");
    assert_eq!(
        lines.concat().len(),
        text.len() - 2 - 2,
        "nothing lost but the spaces at the cut and the end"
    );
    assert_eq!(
        run.stderr,
        format!("qari: {path}: warning: a line longer than 1 MiB was laid out in pieces\n")
    );
}

#[test]
fn closed_pipe_ends_quietly() {
    let path = scratch("pipe.txt", big_text(2 << 20).as_bytes());
    let mut child = Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(["render", &path, "--width", "30"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qari starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("a first line");
    assert!(!first.is_empty());
    drop(stdout); // like `head -1`: the reader goes away mid-stream
    let out = child.wait_with_output().expect("qari ends");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_few_megabytes_render_to_dev_null() {
    let path = scratch("big.txt", big_text(6 << 20).as_bytes());
    let out = Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(["render", &path])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("qari runs");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn output_flows_before_input_ends() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(["render", "--no-wrap", "--shape", "off"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("qari starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let (first_tx, first_rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut buf = vec![0; 64 * 1024];
        let mut lines = 0;
        loop {
            match stdout.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let _ = first_tx.send(());
                    lines += buf[..n].iter().filter(|&&b| b == b'\n').count();
                }
            }
        }
        lines
    });
    let text = big_text(1 << 20);
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(text.as_bytes()).expect("first megabyte");
    // Standard input is still open: a program that reads everything first
    // would print nothing yet. The timeout only guards against a hang.
    let flowed = first_rx.recv_timeout(Duration::from_secs(120)).is_ok();
    stdin.write_all(text.as_bytes()).expect("second megabyte");
    drop(stdin);
    let status = child.wait().expect("qari ends");
    let lines = reader.join().expect("reader thread");
    assert!(flowed, "no output before the end of input");
    assert!(status.success());
    assert_eq!(lines, 2 * text.lines().count());
}

#[test]
fn a_late_nul_byte_is_said_the_same_way_by_every_command() {
    // Past the reader's first piece, `qari text` said "stopped reading at
    // byte N: binary data" where `search` said what the others say.
    let mut bytes = "سطر عربي للاختبار\n".repeat(80_000).into_bytes();
    let offset = bytes.len();
    bytes.extend_from_slice(b"\0tail");
    let path = scratch("late-nul.txt", &bytes);
    let message = format!(
        "qari: {path}: looks like binary data (NUL or control byte at offset {offset}), not text\n"
    );
    for args in [
        &["text", path.as_str()][..],
        &["search", "x", path.as_str()],
        &["entities", path.as_str()],
    ] {
        let run = qari(args);
        assert_eq!(run.code, Some(2), "{args:?}");
        assert_eq!(run.stderr, message, "{args:?}");
    }
}

#[test]
fn a_file_name_with_escape_sequences_is_shown_not_obeyed() {
    // A name that would retitle the terminal, and one that would clear it.
    for name in ["x\u{1b}]0;PWNED\u{7}y", "n\u{1b}[2Jo"] {
        let run = qari(&["text", name]);
        assert_eq!(run.code, Some(2));
        assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
        assert!(run.stderr.contains('\u{241B}'), "{:?}", run.stderr);
        assert!(run.stderr.ends_with(": no such file\n"), "{:?}", run.stderr);
    }
}

/// `qari ARGS` with its standard output a terminal (under `script`): what
/// the terminal was sent.
fn on_a_terminal(args: &[&str]) -> Vec<u8> {
    let command = std::iter::once(env!("CARGO_BIN_EXE_qari"))
        .chain(args.iter().copied())
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let config = format!("{}/no-config", env!("CARGO_TARGET_TMPDIR"));
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("XDG_CONFIG_HOME", config)
        .stdin(Stdio::null())
        .output()
        .expect("script runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn escape_sequences_in_the_text_are_shown_to_a_terminal_and_kept_for_a_pipe() {
    // A title that would retitle the window, a clear-screen, a C1 CSI and a bell.
    let page = "<html><head><title>t&#27;]0;PWNED&#7;</title></head><body><article>\
                <p>وقال الرئيس إن الوضع مستقر&#27;[2J في المدينة&#x9b;31m وسنعمل على ذلك.</p>\
                </article></body></html>";
    let path = scratch("escapes.html", page.as_bytes());
    let shown = on_a_terminal(&["text", &path]);
    let shown = String::from_utf8_lossy(&shown);
    assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{shown:?}");
    assert!(shown.contains("\u{241B}[2J"), "{shown:?}");
    // To a pipe, the text as it is: offsets are counted in it.
    let piped = qari(&["text", &path]);
    assert!(String::from_utf8_lossy(&piped.stdout).contains("\u{1b}[2J"));
    // The table of entities is for people, wherever it goes. (A plain text
    // file's escape sequences are a pager's input's, and taken out; a page's
    // are its text.)
    let page = "<html><body><article><p>وقال الوزير: «أعلن &#27;]0;PWNED&#7; الخبر اليوم».</p>\
                </article></body></html>";
    let path = scratch("escapes-quote.html", page.as_bytes());
    let table = String::from_utf8_lossy(&qari(&["entities", &path]).stdout).into_owned();
    assert!(!table.contains(['\u{1b}', '\u{7}']), "{table:?}");
    assert!(table.contains("\u{241B}]0;PWNED\u{2407}"), "{table:?}");
}

#[test]
fn text_says_invalid_utf8_was_replaced_as_the_other_commands_do() {
    let mut bytes = "قال الرئيس ".as_bytes().to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice(" إن الوضع مستقر\n".as_bytes());
    let path = scratch("invalid-utf8.txt", &bytes);
    for command in ["text", "render"] {
        let run = qari(&[command, &path]);
        assert_eq!(run.code, Some(0), "{command}: {}", run.stderr);
        assert_eq!(
            run.stderr,
            format!("qari: {path}: warning: invalid UTF-8 replaced with \u{FFFD}\n"),
            "{command}"
        );
    }
}

/// An Arabic file name in windows-1256 bytes (روسيا.txt), as an archive made
/// on Windows unpacks: no UTF-8, a path all the same.
#[test]
fn a_file_name_that_is_no_utf8_opens() {
    use std::os::unix::ffi::OsStrExt;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let name = std::ffi::OsStr::from_bytes(b"\xd1\xe6\xd3\xed\xc7.txt");
    let path = dir.join(name);
    std::fs::write(&path, "قال الرئيس إن الوضع مستقر\n").expect("write");
    for sub in [
        &["text"][..],
        &["render", "--no-wrap"],
        &["search", "الرئيس"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_qari"))
            .args(sub)
            .arg(&path)
            .env("XDG_CONFIG_HOME", dir.join("no-config"))
            .output()
            .expect("run qari");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{sub:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "{sub:?}");
    }
}

/// Several files to a pipe: a missing one is said, the others still print,
/// and the status says something failed (as less and cat do).
#[test]
fn a_missing_file_among_several_is_said_and_the_rest_printed() {
    let first = scratch("several-1.txt", "الأول\n".as_bytes());
    let last = scratch("several-2.txt", "الأخير\n".as_bytes());
    let missing = format!("{}/several-missing.txt", env!("CARGO_TARGET_TMPDIR"));
    let run = qari(&[&first, &missing, &last]);
    assert_eq!(run.code, Some(2));
    assert_eq!(
        String::from_utf8(run.stdout).expect("utf-8"),
        "الأول\nالأخير\n"
    );
    assert_eq!(run.stderr, format!("qari: {missing}: no such file\n"));
}
