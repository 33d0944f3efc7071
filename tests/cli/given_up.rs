//! A command given up while it waits for its input (a named pipe no writer
//! comes to): its exit status says what ended it, as a shell reports a
//! process a signal ended (128 + the signal), and its one line says why.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::errors::mkfifo;

/// Whether `pid` catches signal `signal` (its handler is in place), from
/// the caught-signals mask in /proc.
fn catches(pid: u32, signal: u32) -> bool {
    let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
        return false;
    };
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigCgt:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << (signal - 1)) != 0)
}

/// `qari ARGS` on a named pipe with no writer, once it waits (its handler
/// for `signal` is in place: a signal before that ends it untold).
fn waiting(name: &str, args: &[&str], signal: u32) -> Child {
    let fifo = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    mkfifo(&fifo);
    let config = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-config");
    let child = Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(args)
        .arg(&fifo)
        .env("XDG_CONFIG_HOME", config)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qari runs");
    let start = Instant::now();
    while !catches(child.id(), signal) {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "qari never waited"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

fn send(child: &Child, signal: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
}

#[test]
fn a_command_a_signal_gives_up_on_exits_with_128_and_its_number() {
    for (args, signal, number) in [
        (&["entities"][..], "TERM", 15),
        (&["text"][..], "HUP", 1),
        (&["render", "--width", "40"][..], "INT", 2),
    ] {
        let child = waiting(&format!("given-up-{signal}"), args, number);
        send(&child, signal);
        let out = child.wait_with_output().expect("qari ends");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(128 + number as i32),
            "{args:?} {signal}: {err}"
        );
        assert!(
            err.contains("stopped waiting for a writer"),
            "{args:?}: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
