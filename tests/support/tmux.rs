//! The tmux harness shared by the real-terminal tests: one tmux server per
//! test (its own socket and state directory, so tests run in parallel and never
//! touch the user's reading positions), keys in with `send-keys`, the screen
//! back with `capture-pane`, the raw bytes qari wrote logged with `pipe-pane`.
//!

use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const QARI: &str = env!("CARGO_BIN_EXE_qari");

/// What `qari render` prints for `text` with `args` (visual lines): what a
/// screen shows of it, to look for in a pane.
pub fn render(args: &[&str], text: &str) -> String {
    let mut child = Command::new(QARI)
        .arg("render")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("qari render");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(text.as_bytes()).expect("write");
    drop(stdin);
    let out = child.wait_with_output().expect("qari ends");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// One tmux server with one window of `size`, killed on drop.
pub struct Tmux {
    socket: String,
    pub dir: PathBuf,
    /// The session keys go to and screens come from (the last one started).
    session: RefCell<String>,
    size: (u16, u16),
    /// Let programs pass sequences through to the outer terminal.
    passthrough: std::cell::Cell<bool>,
}

impl Tmux {
    pub fn new(name: &str, size: (u16, u16)) -> Self {
        let socket = format!("qari-test-{}-{name}", std::process::id());
        let dir = std::env::temp_dir().join(&socket);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Self {
            socket,
            dir,
            session: RefCell::new(String::new()),
            size,
            passthrough: std::cell::Cell::new(false),
        }
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Self::bare_env(&mut Command::new("tmux"))
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

    /// `command` without the environment the tests run in: the server and
    /// every program in its windows get only these variables and the ones
    /// a test sets. A terminal's (VTE_VERSION, COLORTERM), the user's
    /// settings (NO_COLOR, LESS, a locale) or a git hook's (GIT_EXEC_PATH)
    /// would change what qari draws.
    fn bare_env(command: &mut Command) -> &mut Command {
        command.env_clear();
        for keep in ["PATH", "HOME", "TMPDIR", "USER", "LOGNAME"] {
            if let Some(value) = std::env::var_os(keep) {
                command.env(keep, value);
            }
        }
        // tmux passes UTF-8 through only for a client whose locale has it.
        command.env("LC_CTYPE", "C.UTF-8")
    }

    /// Start `script` (a shell command) in a new window once Enter is sent, so
    /// the output log is attached before the first byte is written.
    pub fn start(&self, session: &str, script: &str) {
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
        if self.passthrough.get() {
            self.tmux(&["set", "-g", "allow-passthrough", "on"]);
        }
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
    pub fn start_fixture_with_pid(&self) -> String {
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

    /// Run qari as if tmux ran in a VTE terminal and passed sequences through
    /// to it, so qari switches that terminal's bidi off (and back).
    pub fn behind_vte_with_passthrough(&self) {
        self.passthrough.set(true);
    }

    /// The command line that runs qari with its state kept in this test's
    /// directory, and its configuration read from `config_dir()`, in the
    /// English interface whatever the machine's locale (`LC_ALL` wins over
    /// `LANG`, and only qari sees it).
    pub fn qari(&self, args: &str) -> String {
        self.qari_in("LC_ALL=C.UTF-8", args)
    }

    /// [`Tmux::qari`] with these locale variables ("LC_ALL= LANG=ar_EG.UTF-8").
    pub fn qari_in(&self, locale: &str, args: &str) -> String {
        let state = self.dir.join("state");
        let vte = if self.passthrough.get() {
            "VTE_VERSION=7006 "
        } else {
            ""
        };
        format!(
            "env {vte}{locale} XDG_STATE_HOME='{s}' XDG_DATA_HOME='{s}' XDG_CONFIG_HOME='{c}' '{QARI}' {args}",
            s = state.display(),
            c = self.config_dir().display()
        )
    }

    /// The XDG config home of this test's qari (`qari/config.toml` inside).
    pub fn config_dir(&self) -> PathBuf {
        self.dir.join("config")
    }

    /// The screen as a person reads it: a no-break space (which qari
    /// sends where a wrap must not part two words) is a blank like any other.
    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", &self.session.borrow()])
            .replace('\u{a0}', " ")
    }

    /// The screen with its styles, as SGR sequences before the cells they change.
    pub fn styled_screen(&self) -> String {
        self.tmux(&["capture-pane", "-e", "-p", "-t", &self.session.borrow()])
    }

    /// Wait until the screen satisfies `ok`; the last screen either way.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        // A capture can catch qari halfway through drawing a frame: the
        // condition must hold on two captures in a row that show the same
        // screen, so what the caller reads is a whole frame.
        let mut last: Option<String> = None;
        loop {
            let screen = self.screen();
            if ok(&screen) {
                if last.as_deref() == Some(screen.as_str()) || Instant::now() >= deadline {
                    return screen;
                }
                last = Some(screen);
                std::thread::sleep(Duration::from_millis(30));
                continue;
            }
            last = None;
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn keys(&self, keys: &str) {
        self.tmux(&["send-keys", "-t", &self.session.borrow(), keys]);
    }

    pub fn output_log(&self) -> String {
        std::fs::read(self.dir.join("output.log"))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    }

    pub fn fixture(&self) -> PathBuf {
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

pub fn status_line(screen: &str) -> &str {
    screen
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// "line N/T" from the status bar.
pub fn status_position(screen: &str) -> String {
    let status = status_line(screen);
    status
        .split_whitespace()
        .skip_while(|w| *w != "line")
        .nth(1)
        .unwrap_or("")
        .to_string()
}
