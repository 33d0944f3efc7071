//! The entities panel in a real terminal: tmux runs `qari` on the default
//! article, the recogniser finishes in the background, `e` opens the panel, and
//! the keys of the panel move the view; `capture-pane` reads the screen back.
//!
//! Skipped (with a note) when tmux is missing, unless QARI_REQUIRE_TOOLS=1.

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

/// One tmux server with one window of `size`, killed on drop.
struct Tmux {
    socket: String,
    dir: PathBuf,
    /// The session keys go to and screens come from (the last one started).
    session: RefCell<String>,
    size: (u16, u16),
}

impl Tmux {
    fn new(name: &str, size: (u16, u16)) -> Self {
        let socket = format!("qari-panel-{}-{name}", std::process::id());
        let dir = std::env::temp_dir().join(&socket);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Self {
            socket,
            dir,
            session: RefCell::new(String::new()),
            size,
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
            &self.size.0.to_string(),
            "-y",
            &self.size.1.to_string(),
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

fn open_panel_and_jump(size: (u16, u16), name: &str) {
    if !tmux_available(name) {
        return;
    }
    let t = Tmux::new(name, size);
    t.start("main", &t.qari(""));
    t.wait_for("the first screen", |s| {
        s.contains("kazakhstan-2022-01-06.txt")
    });
    // From the bottom, any entity's first mention is above the view.
    t.keys("G");
    let bottom = t.wait_for("G", |s| status_line(s).contains("100%"));
    let bottom_at = status_position(&bottom);
    t.keys("e");
    let panel = t.wait_for("the entities", |s| {
        s.contains("People (") || s.contains("Places (")
    });
    assert!(panel.contains("\u{2502}"), "the panel's border: {panel}");
    assert!(panel.contains("person place"), "the legend: {panel}");
    t.keys("Tab");
    for _ in 0..30 {
        t.keys("k");
    }
    t.keys("j");
    t.keys("Enter");
    let jumped = t.wait_for("the jump", |s| status_line(s).contains("mention 1/"));
    let jumped_at = status_position(&jumped);
    assert_ne!(jumped_at, bottom_at, "the view moved: {jumped}");
    assert!(!status_line(&jumped).contains("100%"), "{jumped}");
    t.keys("]");
    t.wait_for("the next mention", |s| {
        let status = status_line(s);
        status.contains("mention 2/") || status.contains("wrapped to first mention")
    });
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

#[test]
fn the_panel_opens_and_jumps_at_100x30() {
    open_panel_and_jump((100, 30), "p100");
}

#[test]
fn the_panel_opens_and_jumps_at_140x40() {
    open_panel_and_jump((140, 40), "p140");
}
