//! An X display of the test's own (Xvfb) and stopping what a test started:
//! SIGTERM first, then SIGKILL, and the processes a shell left to wait for.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The virtual screen; every terminal's window (about 110x30 cells, at the
/// top-left corner: there is no window manager) fits in it.
const SCREEN: &str = "1400x900x24";

/// One Xvfb, stopped on drop.
pub(super) struct Xvfb {
    child: Child,
    pub(super) display: String,
}

impl Xvfb {
    /// Xvfb on a display from :100 up picked at random, another one if it is
    /// taken (by another test running in parallel, or by anything else).
    pub(super) fn start() -> Self {
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
pub(super) fn stop(child: &mut Child) {
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

/// The fields of `/proc/PID/stat` after the command's name: state, parent, …
pub(super) fn proc_stat(pid: &str) -> Option<Vec<String>> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, fields) = stat.rsplit_once(')')?;
    Some(fields.split_whitespace().map(str::to_string).collect())
}

/// The processes whose parent is `pid`.
pub(super) fn children(pid: &str) -> Vec<String> {
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
pub(super) fn running(pid: &str) -> bool {
    proc_stat(pid).is_some_and(|f| f.first().map(String::as_str) != Some("Z"))
}
