//! qari facing terminals that answer its queries badly or not at all, in a
//! real pseudo-terminal (util-linux `script` runs qari with the pty as its
//! controlling terminal, copies what qari writes to us, and hands what we
//! write to qari as the terminal's answers).
//!
//! What must hold: a terminal that answers nothing costs at most the query
//! timeout, garbage answers are neither shown nor taken as keys, `TERM=dumb`
//! and output to a file get no escape sequences, and a VTE terminal's bidi is
//! switched off around printed lines and given back, also when a signal ends
//! qari.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const QARI: &str = env!("CARGO_BIN_EXE_qari");
/// What qari asks a terminal: XTVERSION, the background, device attributes.
const QUERIES: &str = "\x1b[>q\x1b]11;?\x1b\\\x1b[c";
/// "كازاخستان" in visual order, as qari lays it out in cells.
const REVERSED: &str = "ناتسخازاك";

/// A command running in a pty of its own, its output collected as it comes.
struct Pty {
    child: Child,
    output: mpsc::Receiver<Vec<u8>>,
    seen: Vec<u8>,
    dir: std::path::PathBuf,
}

impl Pty {
    /// Run `command` (a shell command line) with `env` over a clean
    /// environment, in a directory of its own.
    fn run(name: &str, command: &str, env: &[(&str, &str)]) -> Self {
        let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("pty-{name}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("test dir");
        let mut child = Command::new("script")
            .args(["-qfec", command, "/dev/null"])
            .current_dir(&dir)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", &dir)
            .env("XDG_CONFIG_HOME", &dir)
            .env("XDG_STATE_HOME", &dir)
            .env("XDG_DATA_HOME", &dir)
            .env("LANG", "C.UTF-8")
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start script");
        let mut stdout = child.stdout.take().expect("stdout");
        let (send, output) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 || send.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Self {
            child,
            output,
            seen: Vec::new(),
            dir,
        }
    }

    /// Wait until the output contains `what`; false after `limit`.
    fn wait_for(&mut self, what: &[u8], limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        loop {
            if self.seen.windows(what.len()).any(|w| w == what) {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.seen.extend(bytes),
                Err(_) => return false,
            }
        }
    }

    /// SIGTERM to the process whose id the command wrote to `pid`, and wait
    /// for the command to say `STATUS`.
    fn terminate_and_wait(&mut self) {
        let pid = std::fs::read_to_string(self.dir.join("pid")).expect("pid");
        assert!(Command::new("kill")
            .args(["-TERM", pid.trim()])
            .status()
            .expect("kill")
            .success());
        assert!(
            self.wait_for(b"STATUS", Duration::from_secs(5)),
            "qari ends"
        );
    }

    /// Type `bytes` at the terminal (they reach qari as the terminal's answers).
    fn answer(&mut self, bytes: &[u8]) {
        let stdin = self.child.stdin.as_mut().expect("stdin");
        stdin.write_all(bytes).expect("write to the pty");
        stdin.flush().expect("flush");
    }

    /// Wait for the command to end; its status and all it wrote.
    fn finish(mut self, limit: Duration) -> (Option<i32>, String) {
        let deadline = Instant::now() + limit;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status;
            }
            assert!(Instant::now() < deadline, "still running after {limit:?}");
            std::thread::sleep(Duration::from_millis(20));
        };
        while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(200)) {
            self.seen.extend(bytes);
        }
        let _ = std::fs::remove_dir_all(&self.dir);
        (
            status.code(),
            String::from_utf8_lossy(&self.seen).into_owned(),
        )
    }
}

fn article(name: &str) -> std::path::PathBuf {
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.txt"));
    std::fs::write(&path, "رئيس كازاخستان يتعهد باتخاذ تدابير حاسمة.\n").expect("article");
    path
}

pub fn a_terminal_that_answers_nothing_costs_at_most_the_timeout() {
    let file = article("silent");
    let started = Instant::now();
    let mut pty = Pty::run(
        "silent",
        &format!(
            "'{QARI}' render --shape off --width 50 '{}'",
            file.display()
        ),
        &[("TERM", "xterm-256color")],
    );
    assert!(
        pty.wait_for(QUERIES.as_bytes(), Duration::from_secs(5)),
        "qari asks"
    );
    let (code, out) = pty.finish(Duration::from_secs(5));
    assert_eq!(code, Some(0), "{out:?}");
    // The queries time out after 250 ms; the whole run stays well under a second
    // more than that even on a loaded machine.
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert!(out.contains(REVERSED), "{out:?}");
}

pub fn garbage_answers_are_neither_shown_nor_kept() {
    let file = article("garbage");
    let mut pty = Pty::run(
        "garbage",
        &format!(
            "'{QARI}' render --shape off --width 50 '{}'; echo; echo DONE",
            file.display()
        ),
        &[("TERM", "xterm-256color")],
    );
    assert!(
        pty.wait_for(QUERIES.as_bytes(), Duration::from_secs(5)),
        "qari asks"
    );
    pty.answer(b"\x1bP>|\xff\xfe\x1b\\\x1b]11;rgb:zz/qq\x07GARBAGE\x1b[99;99R\x1b[?1;2c");
    assert!(pty.wait_for(b"DONE", Duration::from_secs(5)), "qari ends");
    let (code, out) = pty.finish(Duration::from_secs(5));
    assert_eq!(code, Some(0), "{out:?}");
    assert!(
        !out.contains("GARBAGE"),
        "the answers are not echoed: {out:?}"
    );
}

pub fn vte_s_bidi_is_off_around_printed_lines_and_back_after() {
    let file = article("vte");
    let mut pty = Pty::run(
        "vte",
        &format!(
            "'{QARI}' render --shape off --width 50 '{}'",
            file.display()
        ),
        &[("TERM", "xterm-256color"), ("VTE_VERSION", "7006")],
    );
    pty.wait_for(QUERIES.as_bytes(), Duration::from_secs(5));
    pty.answer(b"\x1b[?65;1;9c");
    let (code, out) = pty.finish(Duration::from_secs(5));
    assert_eq!(code, Some(0), "{out:?}");
    let off = out.find("\x1b[8l").expect("explicit mode before the lines");
    let text = out.find(REVERSED).expect("the line, laid out by qari");
    let on = out.rfind("\x1b[8h").expect("implicit mode after them");
    assert!(off < text && text < on, "{out:?}");
}

pub fn a_signal_while_printing_still_gives_vte_its_bidi_back() {
    // `render -` waits on an input that never ends; SIGTERM ends it there.
    let mut pty = Pty::run(
        "signal",
        &format!(
            "mkfifo in; sleep 10 > in & '{QARI}' render - < in & echo $! > pid; wait $!; echo STATUS $?"
        ),
        &[("TERM", "xterm-256color"), ("VTE_VERSION", "7006")],
    );
    assert!(
        pty.wait_for(b"\x1b[8l", Duration::from_secs(5)),
        "switched off"
    );
    pty.terminate_and_wait();
    let (_, out) = pty.finish(Duration::from_secs(5));
    assert!(out.contains("\x1b[8h"), "given back: {out:?}");
    assert!(out.contains("STATUS 143"), "128 + SIGTERM: {out:?}");
}

pub fn a_dumb_terminal_and_a_file_get_no_sequences() {
    let file = article("dumb");
    let pty = Pty::run(
        "dumb",
        &format!(
            "'{QARI}' render --shape off --width 50 '{}'",
            file.display()
        ),
        &[("TERM", "dumb"), ("VTE_VERSION", "7006")],
    );
    let (code, out) = pty.finish(Duration::from_secs(5));
    assert_eq!(code, Some(0), "{out:?}");
    assert!(!out.contains('\x1b'), "{out:?}");
    // Not switched, VTE reorders the line: it is sent for that.
    assert!(out.contains("كازاخستان"), "{out:?}");

    let into = Pty::run(
        "file",
        &format!(
            "'{QARI}' render --shape off --width 50 '{}' > out.txt; cat out.txt",
            file.display()
        ),
        &[("TERM", "xterm-256color"), ("VTE_VERSION", "7006")],
    );
    let (code, out) = into.finish(Duration::from_secs(5));
    assert_eq!(code, Some(0), "{out:?}");
    // Nothing asked and nothing switched: qari's output is not a terminal.
    assert!(!out.contains('\x1b'), "{out:?}");
    assert!(out.contains(REVERSED), "{out:?}");
}

pub fn a_pipe_gets_lines_for_a_reordering_terminal_only_when_asked() {
    let file = article("pipe");
    let pty = Pty::run(
        "pipe",
        &format!(
            "'{QARI}' render --shape off --width 50 '{f}' | cat; '{QARI}' render --terminal-bidi terminal --shape off --width 50 '{f}' | cat",
            f = file.display()
        ),
        &[("TERM", "xterm-256color"), ("KONSOLE_VERSION", "221203")],
    );
    let (code, out) = pty.finish(Duration::from_secs(5));
    assert_eq!(code, Some(0), "{out:?}");
    assert!(!out.contains('\x1b'), "no query into a pipe: {out:?}");
    // First qari's layout (letters reversed), then the order a reordering
    // terminal turns into it (letters as read).
    let visual = out.find(REVERSED).expect("qari's layout");
    let logical = out.find("كازاخستان").expect("the send order");
    assert!(visual < logical, "{out:?}");
}

pub fn a_late_answer_is_not_taken_for_keys_by_the_reader() {
    let file = article("late");
    let mut pty = Pty::run(
        "late",
        &format!(
            "stty rows 20 cols 60; '{QARI}' '{}'; echo; echo EXITED $?",
            file.display()
        ),
        &[("TERM", "xterm-256color")],
    );
    assert!(
        pty.wait_for(QUERIES.as_bytes(), Duration::from_secs(5)),
        "qari asks"
    );
    // Past the wait: the reader is up when the background colour arrives.
    std::thread::sleep(Duration::from_millis(700));
    pty.answer(b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\");
    std::thread::sleep(Duration::from_millis(300));
    // Taken for keys, Alt-] and "11;rgb:…" would have opened the `:` line
    // and swallowed this q.
    pty.answer(b"q");
    assert!(pty.wait_for(b"EXITED", Duration::from_secs(5)), "q quits");
    let (_, out) = pty.finish(Duration::from_secs(5));
    assert!(out.contains("EXITED 0"), "{out:?}");
}

pub fn a_signal_while_waiting_for_answers_leaves_the_terminal_as_it_was() {
    let file = article("probe-signal");
    let mut pty = Pty::run(
        "probe-signal",
        &format!(
            "sh -c 'echo $$ > pid; exec '\\''{QARI}'\\'' render --width 50 '\\''{}'\\'''; echo STATUS $?; stty -a",
            file.display()
        ),
        &[("TERM", "xterm-256color")],
    );
    // The terminal answers nothing: qari waits, in raw mode, when the signal comes.
    assert!(
        pty.wait_for(QUERIES.as_bytes(), Duration::from_secs(5)),
        "qari asks"
    );
    pty.terminate_and_wait();
    let (_, out) = pty.finish(Duration::from_secs(5));
    assert!(out.contains("STATUS 143"), "{out:?}");
    let modes = out.split("STATUS").nth(1).unwrap_or_default();
    assert!(
        modes.contains(" icanon") && modes.contains(" echo "),
        "cooked again: {modes}"
    );
}
