//! Real terminals under Xvfb, for the tests that check what a person sees: an
//! X display of the test's own, a terminal window on it running a shell script,
//! screenshots (`import`) read back with Arabic OCR (`tesseract`). Everything a
//! test starts (the terminal, a tmux server, Xvfb) is stopped on drop, also when
//! the test panics; the test's directory (homes, scripts, screenshots) is
//! removed when it passes and kept, with its path printed, when it fails.
//!
//! The pieces: `display` (Xvfb and stopping processes), `terminal` (the
//! terminals and how each is started), `ocr` (screenshots read back).

mod display;
mod ocr;
mod terminal;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use display::{children, running, stop, Xvfb};
use ocr::{convert, is_blank, ocr};
use terminal::TERMINAL_VARIABLES;
pub use terminal::{shell_quote, Terminal};

pub const QARI: &str = env!("CARGO_BIN_EXE_qari");

/// How long a terminal gets to start and draw the screen a test waits for:
/// Konsole on two loaded cores once showed nothing for 15 s, and once for 40;
/// a screen drawn earlier ends the wait at once.
const DRAW_TIMEOUT: Duration = Duration::from_secs(90);
/// A screen the OCR rejected counts as final once it has not changed for this
/// long: entity highlights arrive from a background thread after the text,
/// and on loaded cores a debug build's reader may take seconds between its
/// first frame and the next (VTE's rows set again behind tmux, the status
/// bar's "recognising" gone).
const SETTLE: Duration = Duration::from_secs(8);
/// Fewer words read than this: the terminal has not drawn its screen yet.
const MIN_WORDS: usize = 5;
/// A terminal that has shown no words this long after it was started, or has
/// gone, is started once more: Konsole on a loaded CI machine once drew
/// nothing for the whole of `DRAW_TIMEOUT`, in a run where the same test had
/// passed in 7 s on its own.
const RESTART_AFTER: Duration = Duration::from_secs(40);
const POLL: Duration = Duration::from_millis(300);
/// Where the script run in the terminal notes its process id.
const SHELL_PID: &str = "shell.pid";

/// What the OCR made of the screen, and whether the test's check accepted it.
pub struct Reading {
    pub accepted: bool,
    pub text: String,
    /// The screenshot (kept when the test fails).
    pub png: PathBuf,
}

/// A test's directory, X display and terminal. Fields drop in order: the
/// terminal, then the tmux server, then the display.
pub struct Session {
    pub dir: PathBuf,
    terminal: Option<Child>,
    /// What `launch` started, to start it again.
    launched_with: Option<(Terminal, PathBuf)>,
    restarted: bool,
    tmux_socket: Option<PathBuf>,
    xvfb: Xvfb,
    launched: Instant,
}

impl Session {
    /// A fresh directory for `test` (empty homes for qari and the terminal)
    /// and an X display.
    pub fn new(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("qari-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for home in ["home", "config", "state", "data", "runtime"] {
            std::fs::create_dir_all(dir.join(home)).expect("test directory");
        }
        // Qt refuses a runtime directory other users can read.
        let runtime = dir.join("runtime");
        let status = Command::new("chmod").arg("700").arg(&runtime).status();
        assert!(
            status.is_ok_and(|s| s.success()),
            "chmod 700 {}",
            runtime.display()
        );
        Self {
            dir,
            terminal: None,
            launched_with: None,
            restarted: false,
            tmux_socket: None,
            xvfb: Xvfb::start(),
            launched: Instant::now(),
        }
    }

    /// Write `text` to `name` in the test's directory; its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.join(name);
        std::fs::write(&path, text).expect("write into the test directory");
        path
    }

    /// A script `name` that runs `command` and then keeps the window open
    /// with `read`, which, unlike a `sleep`, ends with the terminal it reads
    /// from. It notes its process id: the session waits for its children (qari
    /// saves its reading position on the way out) before it removes the
    /// directory.
    pub fn script(&self, name: &str, command: &str) -> PathBuf {
        let pid_file = shell_quote(self.dir.join(SHELL_PID).to_str().expect("UTF-8 path"));
        self.write(
            name,
            &format!("echo $$ > {pid_file}\n{command}\nread -r _\n"),
        )
    }

    /// The socket for `tmux -S` in the test's directory (tmux leaves its
    /// sockets behind); the server is killed on drop.
    pub fn tmux_socket(&mut self) -> PathBuf {
        let socket = self.dir.join("tmux.sock");
        self.tmux_socket = Some(socket.clone());
        socket
    }

    /// Open `terminal` on the display, running `sh script`, with empty homes
    /// and no variable left that describes another terminal.
    pub fn launch(&mut self, terminal: Terminal, script: &Path) {
        let mut command = terminal.command(script);
        for var in TERMINAL_VARIABLES {
            command.env_remove(var);
        }
        command
            .env("DISPLAY", &self.xvfb.display)
            .env("GDK_BACKEND", "x11")
            .env("QT_QPA_PLATFORM", "xcb")
            // Terminals decode UTF-8 only in a UTF-8 locale.
            .env("LC_ALL", "C.UTF-8")
            .env("HOME", self.dir.join("home"))
            .env("XDG_CONFIG_HOME", self.dir.join("config"))
            .env("XDG_STATE_HOME", self.dir.join("state"))
            .env("XDG_DATA_HOME", self.dir.join("data"))
            .env("XDG_RUNTIME_DIR", self.dir.join("runtime"))
            .current_dir(&self.dir)
            .stdin(Stdio::null());
        let log =
            |name: &str| std::fs::File::create(self.dir.join(name)).expect("terminal log file");
        command
            .stdout(log("terminal.out"))
            .stderr(log("terminal.err"));
        self.terminal = Some(
            command
                .spawn()
                .unwrap_or_else(|err| panic!("start {}: {err}", terminal.program())),
        );
        self.launched_with = Some((terminal, script.to_path_buf()));
        self.launched = Instant::now();
    }

    /// Start the terminal once more, if it has shown no words `RESTART_AFTER`
    /// after it was started, or has gone; what it printed on its way is kept
    /// beside the new logs. Whether it did is printed, so a terminal that
    /// often needs it shows in the test's output.
    fn restart_if_silent(&mut self, words_read: usize) {
        let Some((terminal, script)) = self.launched_with.clone() else {
            return;
        };
        let gone = self
            .terminal
            .as_mut()
            .is_some_and(|child| !matches!(child.try_wait(), Ok(None)));
        let late = self.launched.elapsed() >= RESTART_AFTER;
        if self.restarted || words_read >= MIN_WORDS || !(gone || late) {
            return;
        }
        if let Some(child) = &mut self.terminal {
            stop(child);
        }
        for log in ["terminal.out", "terminal.err"] {
            let _ = std::fs::rename(self.dir.join(log), self.dir.join(format!("first-{log}")));
        }
        let err = std::fs::read_to_string(self.dir.join("first-terminal.err")).unwrap_or_default();
        eprintln!(
            "{} {} after {} s with {words_read} words on screen; starting it again. It printed:\n{}",
            terminal.program(),
            if gone { "had ended" } else { "showed nothing" },
            self.launched.elapsed().as_secs(),
            err.trim_end()
        );
        self.restarted = true;
        self.launch(terminal, &script);
    }

    /// Screenshots until the screen has been drawn: OCR every screen that has
    /// stayed the same for one poll, until `accept` takes what was read, or the
    /// screen read last has settled, or time is up.
    pub fn read_screen(&mut self, accept: impl Fn(&str) -> bool) -> Reading {
        let ppm = self.dir.join("screen.ppm");
        let png = self.dir.join("screen.png");
        let mut previous: Vec<u8> = Vec::new();
        let mut changed = Instant::now();
        // The screen read last, and what the OCR made of it.
        let mut read: Option<(Vec<u8>, String)> = None;
        loop {
            let shot = self.screenshot();
            let timed_out = self.launched.elapsed() >= DRAW_TIMEOUT;
            if shot != previous {
                changed = Instant::now();
            }
            let unread = read.as_ref().is_none_or(|(seen, _)| *seen != shot);
            if unread && (shot == previous && !is_blank(&shot) || timed_out) {
                std::fs::write(&ppm, &shot).expect("write the screenshot");
                convert(&[ppm.as_os_str(), png.as_os_str()]);
                let (accepted, text) = ocr(&ppm, &shot, &accept);
                if accepted {
                    return Reading {
                        accepted,
                        text,
                        png,
                    };
                }
                read = Some((shot.clone(), text));
            }
            // A window with too little text on it is still being drawn.
            let settled = read.as_ref().is_some_and(|(seen, text)| {
                *seen == shot && text.split_whitespace().count() >= MIN_WORDS
            }) && changed.elapsed() >= SETTLE;
            if settled || timed_out {
                return Reading {
                    accepted: false,
                    text: read.map(|(_, text)| text).unwrap_or_default(),
                    png,
                };
            }
            let words_read = read
                .as_ref()
                .map_or(0, |(_, text)| text.split_whitespace().count());
            let restarted = self.restarted;
            self.restart_if_silent(words_read);
            if self.restarted != restarted {
                read = None;
            }
            previous = shot;
            std::thread::sleep(POLL);
        }
    }

    /// The whole screen as a binary PPM: no time stamps in it, so two shots of
    /// the same picture are the same bytes.
    fn screenshot(&self) -> Vec<u8> {
        let out = Command::new("import")
            .args(["-display", &self.xvfb.display, "-window", "root"])
            .args(["-depth", "8", "ppm:-"])
            .stderr(Stdio::null())
            .output()
            .expect("run import");
        assert!(out.status.success(), "import -window root failed");
        out.stdout
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let shell = std::fs::read_to_string(self.dir.join(SHELL_PID));
        let children = shell.map_or(Vec::new(), |pid| children(pid.trim()));
        if let Some(terminal) = &mut self.terminal {
            stop(terminal);
        }
        if let Some(socket) = &self.tmux_socket {
            let _ = Command::new("tmux")
                .arg("-S")
                .arg(socket)
                .arg("kill-server")
                .stderr(Stdio::null())
                .status();
        }
        // Hung up, qari writes its position into the state home on its way out.
        let deadline = Instant::now() + Duration::from_secs(3);
        while children.iter().any(|pid| running(pid)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        if std::thread::panicking() {
            eprintln!("kept the screenshot and logs in {}", self.dir.display());
        } else if std::env::var_os("QARI_KEEP_SCREENSHOTS").is_some() {
            eprintln!("QARI_KEEP_SCREENSHOTS: kept {}", self.dir.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}
