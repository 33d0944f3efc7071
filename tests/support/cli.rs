//! Running the `qari` binary from tests: with XDG homes of the test's own, so
//! the developer's configuration, positions and annotations never change what
//! a test sees, with standard input written and both outputs collected.
//!

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What a run of qari printed, and its exit status.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
}

/// A home under the build's temporary directory, named for one test file.
pub fn home(name: &str) -> PathBuf {
    [env!("CARGO_TARGET_TMPDIR"), name].iter().collect()
}

/// `qari` with its configuration read from `home/qari/config.toml`, its data
/// under `home/data` and its state under `home/state`, in the C locale.
pub fn isolated(home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_qari"));
    command
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        // The English interface whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .env_remove("NO_COLOR");
    command
}

/// Check that `command` reads no qari configuration, data or state there is.
pub fn assert_isolated(command: &Command) {
    let envs: Vec<_> = command.get_envs().collect();
    for var in ["XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"] {
        let value = envs.iter().find(|(k, _)| *k == var).and_then(|(_, v)| *v);
        let value = value.unwrap_or_else(|| panic!("{var} is not set"));
        assert!(!Path::new(value).join("qari").exists(), "{var}");
    }
}

/// Run `command` with `stdin` as its standard input.
pub fn run(mut command: Command, stdin: &[u8]) -> Run {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qari starts");
    let written = child.stdin.take().expect("stdin").write_all(stdin);
    // qari may exit (a usage error) before it reads its input: that closes the pipe.
    if let Err(err) = written {
        assert_eq!(
            err.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing stdin: {err}"
        );
    }
    let out = child.wait_with_output().expect("qari ends");
    Run {
        stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
        code: out.status.code(),
    }
}
