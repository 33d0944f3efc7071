//! A named pipe (FIFO) made with `mkfifo` in the test's directory: opening
//! one blocks until a writer comes, and qari used to sit there on a blank
//! screen that no key or signal ended. It now says it waits, `q` gives up
//! (status 130, as for a link given up; a signal, 128 + its number), and a writer that comes later is
//! read as a pipe is.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::tmux::{status_line, Tmux};

fn mkfifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let status = Command::new("mkfifo").arg(&path).status().expect("mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
    path
}

pub fn a_fifo_without_a_writer_says_so_and_q_gives_up() {
    let t = Tmux::new("fifo-q", (100, 10));
    let fifo = mkfifo(&t.dir, "pipe");
    t.start("main", &t.qari(&format!("'{}'", fifo.display())));
    t.wait_for("the waiting line", |s| {
        s.contains("waiting for a writer on") && s.contains("to stop")
    });
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 130"), "{after}");
    assert!(
        after.contains("pipe: stopped waiting for a writer (interrupted)"),
        "{after}"
    );
}

/// SIGTERM while the reader waits: the status is 128 + 15, as for any
/// process SIGTERM ended, and not a key's 130.
pub fn sigterm_on_a_fifo_without_a_writer_exits_143() {
    let t = Tmux::new("fifo-term", (100, 10));
    let fifo = mkfifo(&t.dir, "pipe");
    let pid_file = t.dir.join("pid");
    t.start(
        "main",
        &format!(
            "{} & echo $! > '{}'; wait $!",
            t.qari(&format!("'{}'", fifo.display())),
            pid_file.display()
        ),
    );
    t.wait_for("the waiting line", |s| {
        s.contains("waiting for a writer on")
    });
    let pid = std::fs::read_to_string(&pid_file).expect("pid file");
    let killed = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 143"), "{after}");
}

pub fn a_writer_that_comes_later_is_read() {
    let t = Tmux::new("fifo-later", (100, 10));
    let fifo = mkfifo(&t.dir, "pipe");
    t.start("main", &t.qari(&format!("'{}'", fifo.display())));
    t.wait_for("the waiting line", |s| {
        s.contains("waiting for a writer on")
    });
    let writer = Command::new("sh")
        .arg("-c")
        .arg("printf 'A line written late into the pipe.\\n' > \"$1\"")
        .arg("sh")
        .arg(&fifo)
        .status()
        .expect("writer");
    assert!(writer.success());
    let text = t.wait_for("the text", |s| s.contains("A line written late"));
    assert!(!text.contains("waiting for a writer"), "{text}");
    assert!(status_line(&text).contains("pipe"), "{text}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// `:n` onto a FIFO no writer comes to: the wait is said, Esc gives up, and
/// the reader goes on to the next file saying why it passed over the pipe.
pub fn colon_n_onto_a_fifo_without_a_writer_is_given_up_with_esc() {
    let t = Tmux::new("fifo-n", (100, 10));
    let a = t.dir.join("a.txt");
    let b = t.dir.join("b.txt");
    std::fs::write(&a, "The first file.\n").expect("a");
    std::fs::write(&b, "The last file.\n").expect("b");
    let fifo = mkfifo(&t.dir, "pipe");
    t.start(
        "main",
        &t.qari(&format!(
            "'{}' '{}' '{}'",
            a.display(),
            fifo.display(),
            b.display()
        )),
    );
    t.wait_for("the first file", |s| s.contains("The first file"));
    t.keys(":n");
    t.keys("Enter");
    t.wait_for("the waiting line", |s| {
        s.contains("waiting for a writer on")
    });
    // Typed while waiting: dropped, never the next reader's keys (a `:`
    // would open its command line in place of the status bar).
    t.keys(":");
    t.keys("Escape");
    let last = t.wait_for("the last file", |s| s.contains("The last file"));
    assert!(
        status_line(&last).contains("pipe: stopped waiting"),
        "{last}"
    );
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A command on a FIFO: the wait is said once it has lasted a second (a
/// writer that comes at once flashes no line), then waited on as before.
pub fn a_command_says_its_wait_on_a_fifo_after_a_second() {
    let t = Tmux::new("fifo-cmd", (100, 10));
    let fifo = mkfifo(&t.dir, "pipe");
    let started = std::time::Instant::now();
    t.start("main", &t.qari(&format!("entities '{}'", fifo.display())));
    std::thread::sleep(std::time::Duration::from_millis(500));
    let early = t.screen();
    if started.elapsed() < std::time::Duration::from_millis(900) {
        assert!(!early.contains("waiting for a writer"), "{early}");
    }
    let said = t.wait_for("the waiting line", |s| {
        s.contains("qari: waiting for a writer on") && s.contains("to stop")
    });
    assert_eq!(said.matches("waiting for a writer").count(), 1, "{said}");
    let writer = Command::new("sh")
        .arg("-c")
        .arg("printf 'وقال الرئيس قيس سعيد إن البلاد بخير.\\n' > \"$1\"")
        .arg("sh")
        .arg(&fifo)
        .status()
        .expect("writer");
    assert!(writer.success());
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
    assert!(!after.contains("waiting for a writer"), "erased: {after}");
    assert!(after.contains("person"), "{after}");
}
