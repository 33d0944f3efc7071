//! Bad input and awkward pipes, from the outside: each failure is one line on
//! stderr naming the path, exit status 2, and never a panic; a closed pipe is
//! a quiet success; large input streams through.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::support::tools::{self, Tool};

struct Run {
    stdout: Vec<u8>,
    stderr: String,
    code: Option<i32>,
}

fn qari(args: &[&str]) -> Run {
    run_as(&[], args)
}

/// Run qari under `wrapper` (a command that runs another, like `setpriv ...`).
fn run_as(wrapper: &[&str], args: &[&str]) -> Run {
    let bin = env!("CARGO_BIN_EXE_qari");
    let mut argv = wrapper.to_vec();
    argv.push(bin);
    argv.extend_from_slice(args);
    // No configuration: the user's (or one the wrapper's user cannot read)
    // would add its own lines to stderr.
    let config: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "no-config"].iter().collect();
    let out = Command::new(argv[0])
        .args(&argv[1..])
        .env("XDG_CONFIG_HOME", config)
        .stdin(Stdio::null())
        .output()
        .expect("qari runs");
    Run {
        stdout: out.stdout,
        stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
        code: out.status.code(),
    }
}

/// A file with `bytes` in this test binary's scratch directory.
fn scratch(name: &str, bytes: &[u8]) -> String {
    let path: PathBuf = [env!("CARGO_TARGET_TMPDIR"), name].iter().collect();
    std::fs::write(&path, bytes).expect("scratch file");
    path.display().to_string()
}

/// Lines of mixed Arabic and Latin text, `bytes` long or a little more.
fn big_text(bytes: usize) -> String {
    let line = "قالت الحكومة إن سعر الوقود سيرتفع in Almaty 2022 - 08:13\n";
    line.repeat(bytes / line.len() + 1)
}

/// Both `qari render PATH` and the reader `qari PATH` fail with `message`.
fn both_fail_with(path: &str, message: &str) {
    both_fail_under(&[], path, message);
}

fn both_fail_under(wrapper: &[&str], path: &str, message: &str) {
    for args in [&["render", path][..], &[path]] {
        let run = run_as(wrapper, args);
        assert_eq!(run.code, Some(2), "{args:?}");
        assert_eq!(run.stderr, format!("qari: {path}: {message}\n"), "{args:?}");
        assert!(run.stdout.is_empty(), "{args:?}");
    }
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
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let path = scratch("unreadable.txt", b"secret\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::File::open(&path).is_err() {
        both_fail_with(&path, "permission denied");
        return;
    }
    // Root (or CAP_DAC_OVERRIDE) reads everything: run qari as `nobody` instead.
    let nobody = [
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
    ];
    let usable = Command::new("setpriv")
        .args(&nobody[1..])
        .arg("true")
        .status()
        .is_ok_and(|s| s.success());
    if usable {
        both_fail_under(&nobody, &path, "permission denied");
    } else {
        // The one test of this binary that needs a tool, and only as root.
        let missing = tools::missing(&[Tool::Unprivileged]).unwrap_or_default();
        assert!(
            !tools::required(),
            "{missing}; QARI_REQUIRE_TOOLS=1 requires it"
        );
        eprintln!("note: skipping the permission test: {missing}");
    }
}

#[test]
fn nul_bytes_are_refused_as_binary() {
    let path = scratch("binary.bin", b"text\n\x7fELF\x02\x01\x01\0\0\0");
    for args in [&["render", path.as_str()][..], &[path.as_str()]] {
        let run = qari(args);
        assert_eq!(run.code, Some(2), "{args:?}");
        assert_eq!(
            run.stderr,
            format!("qari: {path}: looks like binary data (NUL byte at offset 12), not text\n")
        );
        assert!(run.stdout.is_empty(), "nothing of a binary file is printed");
    }
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
    let path = scratch("latin1.txt", b"caf\xE9\nna\xEFve\n");
    let run = qari(&["render", &path]);
    assert_eq!(run.code, Some(0));
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "caf\u{FFFD}\nna\u{FFFD}ve\n"
    );
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
    assert_eq!(lines[0].len(), 1 << 20);
    assert_eq!(lines[2], "end");
    assert_eq!(
        lines.concat().len(),
        text.len() - 2 - 1,
        "nothing lost but a trailing space"
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
