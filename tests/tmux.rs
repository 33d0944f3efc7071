//! The reader in a real terminal: tmux runs `qari`, keys are sent with
//! `send-keys`, the screen is read back with `capture-pane`, and the raw bytes
//! qari wrote are logged with `pipe-pane` to check the terminal is restored.
//!
//! Skipped (with a note) when tmux is missing, unless QARI_REQUIRE_TOOLS=1.
//! Every test uses its own tmux socket and state directory, so they run in
//! parallel and never touch the user's reading positions.

use std::cell::RefCell;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

const QARI: &str = env!("CARGO_BIN_EXE_qari");

fn tmux_available(test: &str) -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("QARI_REQUIRE_TOOLS").as_deref() != Ok("1"),
            "tmux is required (QARI_REQUIRE_TOOLS=1) but was not found"
        );
        eprintln!("note: skipping {test}: tmux is not installed");
    }
    found
}

/// One tmux server with one 100x30 window, killed on drop.
struct Tmux {
    socket: String,
    dir: PathBuf,
    /// The session keys go to and screens come from (the last one started).
    session: RefCell<String>,
}

impl Tmux {
    fn new(name: &str) -> Self {
        let socket = format!("qari-test-{}-{name}", std::process::id());
        let dir = std::env::temp_dir().join(&socket);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Self {
            socket,
            dir,
            session: RefCell::new(String::new()),
        }
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("-f")
            .arg("/dev/null")
            .args(args)
            .output()
            .expect("run tmux");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Start `script` (a shell command) in a new window once Enter is sent, so
    /// the output log is attached before the first byte is written.
    fn start(&self, session: &str, script: &str) {
        let wrapped = format!("read go; {script}; echo EXITED $?; sleep 600");
        *self.session.borrow_mut() = session.to_string();
        self.tmux(&[
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "100",
            "-y",
            "30",
            "sh",
            "-c",
            &wrapped,
        ]);
        let log = self.dir.join("output.log");
        self.tmux(&[
            "pipe-pane",
            "-t",
            session,
            &format!("cat >> '{}'", log.display()),
        ]);
        self.keys("Enter");
    }

    /// Start qari on the fixture and wait for its first screen; its process id.
    /// Started in the background of a non-interactive shell, qari stays in the
    /// terminal's foreground process group and reads keys from /dev/tty.
    fn start_fixture_with_pid(&self) -> String {
        let pid_file = self.dir.join("pid");
        self.start(
            "main",
            &format!(
                "{} '{}' & echo $! > '{}'; wait $!",
                self.qari(""),
                self.fixture().display(),
                pid_file.display()
            ),
        );
        self.wait_for("the first screen", |s| s.contains("fixture.txt"));
        std::fs::read_to_string(&pid_file)
            .expect("pid file")
            .trim()
            .to_string()
    }

    /// The command line that runs qari with its state kept in this test's directory.
    fn qari(&self, args: &str) -> String {
        let state = self.dir.join("state");
        format!(
            "env XDG_STATE_HOME='{s}' XDG_DATA_HOME='{s}' '{QARI}' {args}",
            s = state.display()
        )
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &self.session.borrow()])
    }

    /// Wait until the screen satisfies `ok`; the last screen either way.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, keys: &str) {
        self.tmux(&["send-keys", "-t", &self.session.borrow(), keys]);
    }

    fn output_log(&self) -> String {
        std::fs::read(self.dir.join("output.log"))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    }

    fn fixture(&self) -> PathBuf {
        let path = self.dir.join("fixture.txt");
        let text: String = (1..=100)
            .map(|i| format!("Line {i} of the fixture, a paragraph of plain text.\n"))
            .collect();
        std::fs::write(&path, text).expect("write fixture");
        path
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn status_line(screen: &str) -> &str {
    screen
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// "line N/T" from the status bar.
fn status_position(screen: &str) -> String {
    let status = status_line(screen);
    status
        .split_whitespace()
        .skip_while(|w| *w != "line")
        .nth(1)
        .unwrap_or("")
        .to_string()
}

fn assert_terminal_restored(t: &Tmux) {
    let log = t.output_log();
    for (what, seq) in [
        ("explicit bidi mode", "\x1b[8l"),
        ("LTR paragraph direction", "\x1b[1 k"),
        ("implicit bidi mode back", "\x1b[8h"),
        ("default paragraph direction back", "\x1b[0 k"),
        ("alternate screen left", "\x1b[?1049l"),
        ("mouse capture off", "\x1b[?1000l"),
    ] {
        assert!(log.contains(seq), "{what} ({seq:?}) not written");
    }
    let set = log.find("\x1b[8l").unwrap_or(usize::MAX);
    let reset = log.rfind("\x1b[8h").unwrap_or(0);
    assert!(set < reset, "bidi mode restored after it was set");
}

#[test]
fn reads_scrolls_helps_quits_and_remembers() {
    if !tmux_available("reads_scrolls_helps_quits_and_remembers") {
        return;
    }
    let t = Tmux::new("main");
    let fixture = t.fixture();
    let run = t.qari(&format!("'{}'", fixture.display()));
    t.start("first", &run);

    let first = t.wait_for("the first screen", |s| s.contains("fixture.txt"));
    assert!(
        first
            .lines()
            .next()
            .unwrap_or("")
            .contains("Line 1 of the fixture"),
        "{first}"
    );
    assert!(first.contains("Line 20 of the fixture"), "{first}");
    assert_eq!(status_position(&first), "1/100", "{first}");

    t.keys("j");
    let down = t.wait_for("j", |s| status_position(s) == "2/100");
    assert!(
        down.lines().next().unwrap_or("").contains("Line 2 of"),
        "{down}"
    );

    t.keys("G");
    let bottom = t.wait_for("G", |s| status_line(s).contains("100%"));
    assert!(bottom.contains("Line 100 of the fixture"), "{bottom}");
    let remembered = status_position(&bottom);
    assert_eq!(remembered, "72/100", "29 text rows end at line 100");

    t.keys("?");
    t.wait_for("the help", |s| s.contains("Scroll down one line"));
    t.keys("Escape");
    t.wait_for("the help to close", |s| !s.contains("Scroll down one line"));

    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
    assert!(
        !after.contains("Line 100 of"),
        "the alternate screen is gone"
    );
    assert_terminal_restored(&t);

    // Reopen: the reader returns to where it was.
    t.start("again", &run);
    let reopened = t.wait_for("the reopened reader", |s| s.contains("fixture.txt"));
    assert_eq!(status_position(&reopened), remembered, "{reopened}");
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

#[test]
fn standard_input_article_with_keys_from_the_terminal() {
    if !tmux_available("standard_input_article_with_keys_from_the_terminal") {
        return;
    }
    let t = Tmux::new("stdin");
    let fixture = t.fixture();
    t.start(
        "main",
        &format!("cat '{}' | {}", fixture.display(), t.qari("-")),
    );
    let first = t.wait_for("the first screen", |s| s.contains("standard input"));
    assert!(first.contains("Line 1 of the fixture"), "{first}");
    t.keys("Space");
    t.wait_for("a page down", |s| status_position(s) == "30/100");
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

#[test]
fn sigterm_restores_the_terminal() {
    if !tmux_available("sigterm_restores_the_terminal") {
        return;
    }
    let t = Tmux::new("sigterm");
    let pid = t.start_fixture_with_pid();
    let killed = Command::new("kill")
        .args(["-TERM", pid.as_str()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
    assert!(!after.contains("Line 1 of"), "the alternate screen is gone");
    assert_terminal_restored(&t);
    let saved = t.dir.join("state/qari/positions");
    assert!(
        std::fs::read_dir(saved).is_ok_and(|mut d| d.next().is_some()),
        "the position is saved on SIGTERM too"
    );
}

#[test]
fn an_unusable_state_directory_is_reported_not_fatal() {
    if !tmux_available("an_unusable_state_directory_is_reported_not_fatal") {
        return;
    }
    let t = Tmux::new("badstate");
    let fixture = t.fixture();
    // A file where the state directory should be: nothing can be read or written.
    std::fs::write(t.dir.join("state"), b"not a directory").expect("write");
    t.start("main", &format!("{} '{}'", t.qari(""), fixture.display()));
    let first = t.wait_for("the first screen", |s| s.contains("fixture.txt"));
    assert!(status_line(&first).contains("reading position"), "{first}");
    assert!(first.contains("Line 1 of the fixture"), "{first}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
    assert!(after.contains("position not saved"), "{after}");
}

#[test]
fn a_large_file_shows_its_first_screen_then_its_total() {
    if !tmux_available("a_large_file_shows_its_first_screen_then_its_total") {
        return;
    }
    let t = Tmux::new("large");
    // About 20 MB: the default article 3000 times, numbered so lines differ.
    let article = include_str!("../assets/kazakhstan-2022-01-06.txt").trim_end();
    let mut text = String::with_capacity(article.len() * 3000 + 30_000);
    for i in 1..=3000 {
        text.push_str(&format!("Copy {i}\n"));
        text.push_str(article);
        text.push('\n');
    }
    let total = text.matches('\n').count();
    let path = t.dir.join("large.txt");
    std::fs::write(&path, &text).expect("write the large file");

    t.start("main", &t.qari(&format!("'{}'", path.display())));
    let first = t.wait_for("the first screen", |s| s.contains("large.txt"));
    assert!(
        first.lines().next().unwrap_or("").contains("Copy 1"),
        "{first}"
    );
    let loaded = t.wait_for("the whole file", |s| {
        status_position(s) == format!("1/{total}")
    });
    assert!(!status_line(&loaded).contains("loading"), "{loaded}");
    t.keys("G");
    let bottom = t.wait_for("G", |s| status_line(s).contains("100%"));
    assert!(
        status_position(&bottom).ends_with(&format!("/{total}")),
        "{bottom}"
    );
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

#[test]
fn a_terminal_that_goes_away_ends_the_reader_and_keeps_the_position() {
    if !tmux_available("a_terminal_that_goes_away_ends_the_reader_and_keeps_the_position") {
        return;
    }
    let t = Tmux::new("hangup");
    let pid = t.start_fixture_with_pid();
    t.keys("j");
    t.keys("j");
    t.wait_for("the scroll", |s| !s.contains("Line 1 of the fixture"));
    let proc_dir = PathBuf::from(format!("/proc/{pid}"));
    // The whole terminal disappears: the pane's tty is hung up under qari.
    t.tmux(&["kill-server"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while proc_dir.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        !proc_dir.exists(),
        "qari is still running after its terminal went away"
    );
    let saved = t.dir.join("state/qari/positions");
    let file = std::fs::read_dir(&saved)
        .ok()
        .and_then(|mut d| d.next())
        .and_then(Result::ok)
        .expect("a saved position");
    let text = std::fs::read_to_string(file.path()).expect("position file");
    assert!(
        !text.contains("\"offset\":0"),
        "the scrolled position: {text}"
    );
}
