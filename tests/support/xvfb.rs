//! Real terminals under Xvfb, for the tests that check what a person sees: an
//! X display of the test's own, a terminal window on it running a shell script,
//! screenshots (`import`) read back with Arabic OCR (`tesseract`). Everything a
//! test starts (the terminal, a tmux server, Xvfb) is stopped on drop, also when
//! the test panics; the test's directory (homes, scripts, screenshots) is
//! removed when it passes and kept, with its path printed, when it fails.
//!
//! Each test file includes it with `#[path]`; not every file uses every helper.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub const QARI: &str = env!("CARGO_BIN_EXE_qari");

/// The virtual screen; every terminal's window (about 110x30 cells, at the
/// top-left corner: there is no window manager) fits in it.
const SCREEN: &str = "1400x900x24";
/// How long a terminal gets to start and draw the screen a test waits for.
const DRAW_TIMEOUT: Duration = Duration::from_secs(15);
/// A screen the OCR rejected counts as final once it has not changed for this
/// long (entity highlights arrive from a background thread after the text).
const SETTLE: Duration = Duration::from_secs(3);
/// Fewer words read than this: the terminal has not drawn its screen yet.
const MIN_WORDS: usize = 5;
const POLL: Duration = Duration::from_millis(300);
/// Tesseract's page segmentation modes tried in turn: 6 (one block of text)
/// reads every terminal's screen; 3 (automatic, the default) sometimes reads
/// a line 6 misses, sometimes drops a whole line. A screen reads wrong only
/// if every one of them says so: none can put reversed words in order.
const PAGE_LAYOUTS: [&str; 2] = ["6", "3"];
/// Where the script run in the terminal notes its process id.
const SHELL_PID: &str = "shell.pid";

/// Variables a terminal sets for the programs inside it, and that qari may read
/// to tell which terminal it runs in: inherited from the terminal the tests run
/// in, they would describe that one, not the one under test.
const TERMINAL_VARIABLES: &[&str] = &[
    "TMUX",
    "TMUX_PANE",
    "STY",
    "VTE_VERSION",
    "KONSOLE_VERSION",
    "KONSOLE_DBUS_SERVICE",
    "KONSOLE_DBUS_SESSION",
    "KONSOLE_DBUS_WINDOW",
    "KONSOLE_PROFILE_NAME",
    "MLTERM",
    "TERM_PROGRAM",
    "TERM_PROGRAM_VERSION",
    "COLORFGBG",
    "WINDOWID",
    "NO_COLOR",
    // Under Wayland GTK and Qt would open their windows there, not on Xvfb.
    "WAYLAND_DISPLAY",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Terminal {
    /// No bidi of its own: draws the cells in the order qari sends them.
    Xterm,
    /// VTE, the engine of GNOME Terminal, with its own bidi (VTE ≥ 0.58).
    Sakura,
    Mlterm,
    Konsole,
}

impl Terminal {
    pub fn program(self) -> &'static str {
        match self {
            Self::Xterm => "xterm",
            Self::Sakura => "sakura",
            Self::Mlterm => "mlterm",
            Self::Konsole => "konsole",
        }
    }

    /// The terminal running `sh SCRIPT` in a window of about 110x30 cells with
    /// DejaVu Sans Mono.
    fn command(self, script: &Path) -> Command {
        let script = script.to_str().expect("UTF-8 script path");
        let mut command = Command::new(self.program());
        match self {
            Self::Xterm => {
                command.args(["-geometry", "110x30", "-fa", "DejaVu Sans Mono"]);
                command.args(["-fs", "12", "-e", "sh", script]);
            }
            Self::Sakura => {
                // sakura splits its `-x` string like a shell.
                command.args(["-c", "110", "-r", "30", "-f", "DejaVu Sans Mono 12"]);
                command.args(["-x", &format!("sh {}", shell_quote(script))]);
            }
            Self::Mlterm => {
                command.args(["-g", "110x30", "--fontsize", "16"]);
                command.args(["--deffont", "DejaVu Sans Mono", "-e", "sh", script]);
            }
            Self::Konsole => {
                // `--separate --nofork`: a process of its own that we can stop,
                // not a window of a Konsole already running.
                command.args(["--separate", "--nofork", "--hide-menubar", "--hide-tabbar"]);
                command.args(["-p", "Font=DejaVu Sans Mono,12"]);
                command.args(["-p", "TerminalColumns=110", "-p", "TerminalRows=30"]);
                command.args(["-e", "sh", script]);
            }
        }
        command
    }
}

/// Whether `programs` (with Xvfb, ImageMagick and tesseract's Arabic) are all
/// installed. If not, the test is skipped with a note, or fails under
/// `QARI_REQUIRE_TOOLS=1`, never passes silently.
pub fn tools_available(test: &str, programs: &[&str]) -> bool {
    let mut missing: Vec<String> = ["Xvfb", "import", "convert", "tesseract"]
        .iter()
        .chain(programs)
        .filter(|program| !on_path(program))
        .map(|program| program.to_string())
        .collect();
    if on_path("tesseract") && !tesseract_reads_arabic() {
        missing.push("tesseract's `ara` language".to_string());
    }
    // Another font would do, but the windows' sizes and the OCR were tried with it.
    if on_path("fc-list") && !has_font("DejaVu Sans Mono") {
        missing.push("the font DejaVu Sans Mono".to_string());
    }
    if missing.is_empty() {
        return true;
    }
    let missing = missing.join(", ");
    assert!(
        std::env::var("QARI_REQUIRE_TOOLS").as_deref() != Ok("1"),
        "{test}: {missing} required (QARI_REQUIRE_TOOLS=1) but not found \
         (apt-get install xvfb imagemagick tesseract-ocr tesseract-ocr-ara fonts-dejavu-core \
         and the terminal)"
    );
    eprintln!("note: skipping {test}: {missing} not installed");
    false
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

fn tesseract_reads_arabic() -> bool {
    // Older versions list the languages on stderr.
    Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .is_ok_and(|out| {
            let langs = [out.stdout, out.stderr].concat();
            String::from_utf8_lossy(&langs)
                .lines()
                .any(|l| l.trim() == "ara")
        })
}

fn has_font(family: &str) -> bool {
    Command::new("fc-list")
        .args([family, "family"])
        .output()
        .is_ok_and(|out| !out.stdout.trim_ascii().is_empty())
}

/// `text` as one word for sh.
pub fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// One Xvfb, stopped on drop.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    /// Xvfb on a display from :100 up picked at random, another one if it is
    /// taken (by another test running in parallel, or by anything else).
    fn start() -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let mut seed = u64::from(nanos) ^ u64::from(std::process::id()) << 20;
        for _ in 0..20 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            if let Some(xvfb) = Self::try_start(100 + (seed >> 33) % 800) {
                return xvfb;
            }
        }
        panic!("Xvfb did not start on any of 20 displays between :100 and :899");
    }

    fn try_start(number: u64) -> Option<Self> {
        // With `-displayfd` Xvfb writes the display's number once it accepts
        // clients, so there is no sleep to guess; on a taken display it exits.
        let mut child = Command::new("Xvfb")
            .arg(format!(":{number}"))
            .args([
                "-screen",
                "0",
                SCREEN,
                "-nolisten",
                "tcp",
                "-displayfd",
                "1",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let stdout = child.stdout.take().expect("Xvfb's stdout");
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = sender.send(line);
        });
        match receiver.recv_timeout(Duration::from_secs(10)) {
            Ok(line) if line.trim() == number.to_string() => Some(Self {
                child,
                display: format!(":{number}"),
            }),
            _ => {
                stop(&mut child);
                None
            }
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}

/// SIGTERM first, so that Xvfb removes its lock file and socket and a terminal
/// hangs up its shell; SIGKILL if it is still there after two seconds.
fn stop(child: &mut Child) {
    if let Ok(None) = child.try_wait() {
        let _ = Command::new("sh")
            .args(["-c", &format!("kill {}", child.id())])
            .status();
        let deadline = Instant::now() + Duration::from_secs(2);
        while Instant::now() < deadline && matches!(child.try_wait(), Ok(None)) {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
    }
    let _ = child.wait();
}

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
        self.launched = Instant::now();
    }

    /// Screenshots until the screen has been drawn: OCR every screen that has
    /// stayed the same for one poll, until `accept` takes what was read, or the
    /// screen read last has settled, or time is up.
    pub fn read_screen(&self, accept: impl Fn(&str) -> bool) -> Reading {
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

/// The fields of `/proc/PID/stat` after the command's name: state, parent, …
fn proc_stat(pid: &str) -> Option<Vec<String>> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, fields) = stat.rsplit_once(')')?;
    Some(fields.split_whitespace().map(str::to_string).collect())
}

/// The processes whose parent is `pid`.
fn children(pid: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.bytes().all(|b| b.is_ascii_digit()))
        .filter(|name| proc_stat(name).is_some_and(|f| f.get(1).map(String::as_str) == Some(pid)))
        .collect()
}

/// Whether `pid` is still there, and not a zombie waiting to be reaped.
fn running(pid: &str) -> bool {
    proc_stat(pid).is_some_and(|f| f.first().map(String::as_str) != Some("Z"))
}

/// Whether the screen is one colour (no window on it yet, or an empty one).
fn is_blank(ppm: &[u8]) -> bool {
    let (_, _, pixels) = parse_ppm(ppm);
    let first = pixels.get(..3).unwrap_or_default();
    pixels.chunks(3).all(|rgb| rgb == first)
}

/// Whether the middle of the screen, inside every terminal's window, is
/// mostly dark: light text on dark is inverted for the OCR, which reads
/// dark text on light much better.
fn is_dark(ppm: &[u8]) -> bool {
    let (width, height, pixels) = parse_ppm(ppm);
    let (mut sum, mut count) = (0u64, 0u64);
    for y in (height / 8..height / 2).step_by(3) {
        for x in (width / 14..width / 2).step_by(3) {
            let i = (y * width + x) * 3;
            if let Some(rgb) = pixels.get(i..i + 3) {
                sum += rgb.iter().map(|&c| u64::from(c)).sum::<u64>();
                count += 3;
            }
        }
    }
    count > 0 && sum / count < 128
}

/// Width, height and RGB bytes of a binary PPM with 8-bit samples (as
/// `import -depth 8` writes it: four header fields, one whitespace byte each).
fn parse_ppm(ppm: &[u8]) -> (usize, usize, &[u8]) {
    let parsed = try_parse_ppm(ppm);
    parsed.expect("a screenshot in PPM with 8-bit samples")
}

fn try_parse_ppm(ppm: &[u8]) -> Option<(usize, usize, &[u8])> {
    let mut fields = Vec::new();
    let mut start = 0;
    for (i, byte) in ppm.iter().enumerate() {
        if byte.is_ascii_whitespace() {
            fields.push(std::str::from_utf8(&ppm[start..i]).ok()?);
            start = i + 1;
            if fields.len() == 4 {
                break;
            }
        }
    }
    match fields[..] {
        ["P6", width, height, "255"] => {
            Some((width.parse().ok()?, height.parse().ok()?, &ppm[start..]))
        }
        _ => None,
    }
}

/// Run ImageMagick's `convert` with `args`.
fn convert(args: &[&std::ffi::OsStr]) {
    let status = Command::new("convert")
        .args(args)
        .status()
        .expect("run convert");
    assert!(status.success(), "convert {args:?} failed");
}

/// The size of the part of the screen that is not the root window's colour
/// (the terminal's window at the top-left corner, or the text on it where
/// both are black), with a margin: tesseract skips lines of a window left
/// in a black screen.
fn window_size(ppm: &[u8]) -> (usize, usize) {
    let (width, height, pixels) = parse_ppm(ppm);
    let root = &pixels[pixels.len() - 3..];
    let (mut right, mut bottom) = (0, 0);
    for (i, rgb) in pixels.chunks(3).enumerate() {
        if rgb != root {
            right = right.max(i % width);
            bottom = bottom.max(i / width);
        }
    }
    ((right + 16).min(width), (bottom + 16).min(height))
}

/// Arabic and English OCR of the screenshot `shot` (saved as `ppm`): the
/// window cut out, grey, inverted if dark, at twice its size (tesseract misses
/// many of the small glyphs of a 12 pt terminal). Whether `accept` took what
/// one of the page layouts in `PAGE_LAYOUTS` read, and what they read.
fn ocr(ppm: &Path, shot: &[u8], accept: impl Fn(&str) -> bool) -> (bool, String) {
    let big = ppm.with_file_name("screen-ocr.png");
    let mut args: Vec<std::ffi::OsString> = vec![ppm.into()];
    let (width, height) = window_size(shot);
    let crop = format!("{width}x{height}+0+0");
    args.extend(["-crop".into(), crop.into(), "+repage".into()]);
    args.extend(["-colorspace".into(), "Gray".into()]);
    if is_dark(shot) {
        args.push("-negate".into());
    }
    args.extend(["-resize".into(), "200%".into(), big.clone().into()]);
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
    convert(&args);
    let mut texts = Vec::new();
    for psm in PAGE_LAYOUTS {
        let text = tesseract(&big, psm);
        if accept(&text) {
            return (true, text);
        }
        texts.push(format!("(tesseract --psm {psm})\n{text}"));
    }
    // A whole window now and then loses a line to the page layout (an
    // underlined word can take its line with it): then each line of text in
    // the upper half of the window is read on its own, larger. A reversed
    // line reads reversed at any size.
    let dark = is_dark(shot);
    for (n, (top, bottom)) in text_lines(shot, width, height / 2).into_iter().enumerate() {
        let band = ppm.with_file_name(format!("screen-line-{n}.png"));
        let crop = format!("{width}x{}+0+{top}", bottom - top);
        let mut args: Vec<std::ffi::OsString> = vec![ppm.into()];
        args.extend(["-crop".into(), crop.into(), "+repage".into()]);
        args.extend(["-colorspace".into(), "Gray".into()]);
        if dark {
            args.push("-negate".into());
        }
        args.extend(["-resize".into(), "300%".into(), band.clone().into()]);
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        convert(&args);
        let text = tesseract(&band, "7");
        if accept(&text) {
            return (true, text);
        }
        texts.push(format!("(line {n}, tesseract --psm 7)\n{text}"));
    }
    (false, texts.join("\n"))
}

/// The pixel rows (top, bottom) of each line of text in the top `height`
/// rows and left `width` columns of the screenshot, with a margin: bands of
/// rows with ink (pixels far from the most common colour) between rows
/// without.
fn text_lines(ppm: &[u8], width: usize, height: usize) -> Vec<(usize, usize)> {
    let (full_width, full_height, pixels) = parse_ppm(ppm);
    let pixel = |x: usize, y: usize| {
        let i = (y * full_width + x) * 3;
        pixels.get(i..i + 3).map_or([0; 3], |p| [p[0], p[1], p[2]])
    };
    let (width, height) = (width.min(full_width), height.min(full_height));
    let mut counts = std::collections::HashMap::new();
    for y in (0..height).step_by(4) {
        for x in (0..width).step_by(4) {
            *counts.entry(pixel(x, y)).or_insert(0usize) += 1;
        }
    }
    let Some(background) = counts.into_iter().max_by_key(|&(_, n)| n).map(|(c, _)| c) else {
        return Vec::new();
    };
    let far = |c: [u8; 3]| {
        c.iter()
            .zip(background)
            .map(|(&a, b)| u32::from(a.abs_diff(b)))
            .sum::<u32>()
            > 150
    };
    // Inside the window: past mlterm's scroll bar on the left, and short of
    // the margin `window_size` leaves on the right.
    let columns = 24..width.saturating_sub(20);
    let inked: Vec<bool> = (0..height)
        .map(|y| columns.clone().filter(|&x| far(pixel(x, y))).count() > 2)
        .collect();
    let mut lines = Vec::new();
    let mut y = 0;
    while y < height {
        if !inked[y] {
            y += 1;
            continue;
        }
        let top = y;
        while y < height && inked[y] {
            y += 1;
        }
        if y - top >= 6 {
            lines.push((top.saturating_sub(4), (y + 4).min(full_height)));
        }
    }
    lines
}

fn tesseract(image: &Path, psm: &str) -> String {
    let out = Command::new("tesseract")
        .arg(image)
        .args(["-", "-l", "ara+eng", "--psm", psm])
        // One thread: on two cores tesseract's OpenMP threads, with another
        // test's next to them, take five times as long.
        .env("OMP_THREAD_LIMIT", "1")
        .stderr(Stdio::null())
        .output()
        .expect("run tesseract");
    let status = out.status;
    assert!(status.success(), "tesseract {}: {status}", image.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}
