//! Running the built `qari` on bad input from outside: one line on stderr
//! naming the path, exit status 2, nothing on stdout. Shared by the command
//! tests (`tests/cli`) and the one that needs to drop root (`tests/tmux`).

use std::path::PathBuf;
use std::process::{Command, Stdio};

pub struct Run {
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub code: Option<i32>,
}

pub fn qari(args: &[&str]) -> Run {
    run_as(&[], args)
}

/// Run qari under `wrapper` (a command that runs another, like `setpriv ...`).
pub fn run_as(wrapper: &[&str], args: &[&str]) -> Run {
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
pub fn scratch(name: &str, bytes: &[u8]) -> String {
    let path: PathBuf = [env!("CARGO_TARGET_TMPDIR"), name].iter().collect();
    std::fs::write(&path, bytes).expect("scratch file");
    path.display().to_string()
}

/// A named pipe at `path` (made by mkfifo), in place of whatever was there.
pub fn mkfifo(path: &std::path::Path) {
    let _ = std::fs::remove_file(path);
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", path.display());
}

/// Both `qari render PATH` and the reader `qari PATH` fail with `message`.
pub fn both_fail_with(path: &str, message: &str) {
    both_fail_under(&[], path, message);
}

pub fn both_fail_under(wrapper: &[&str], path: &str, message: &str) {
    for args in [&["render", path][..], &[path]] {
        let run = run_as(wrapper, args);
        assert_eq!(run.code, Some(2), "{args:?}");
        assert_eq!(run.stderr, format!("qari: {path}: {message}\n"), "{args:?}");
        assert!(run.stdout.is_empty(), "{args:?}");
    }
}
