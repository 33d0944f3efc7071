//! The programs outside qari that some tests need, and whether this machine
//! has them. The `tmux` binary's harness asks [`missing`] before it runs a
//! test: a test whose tool is missing is reported as ignored with the reason,
//! never as passed, and under `QARI_REQUIRE_TOOLS=1` (CI) it fails instead.

use std::collections::HashMap;
use std::process::Command;
use std::sync::{Mutex, OnceLock};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    Tmux,
    /// util-linux's `script`, which runs a program in a pseudo-terminal.
    Script,
    /// Screenshots of an X display read back: Xvfb, ImageMagick's `import`
    /// and `convert`, tesseract with its Arabic, the font DejaVu Sans Mono.
    Screenshots,
    /// A terminal emulator, by its program's name (the Debian package's too).
    Terminal(&'static str),
    /// Another program, by its name (the Debian package's too): newsboat,
    /// git, man.
    Program(&'static str),
    /// A way to run qari without the right to read every file: not being
    /// root, or `setpriv` to become `nobody`.
    Unprivileged,
}

/// Whether a missing tool must fail the test rather than skip it.
pub fn required() -> bool {
    std::env::var("QARI_REQUIRE_TOOLS").as_deref() == Ok("1")
}

/// What is missing of `tools`, each with the package that brings it, as
/// `tmux not found (apt install tmux)`; `None` when all of them are there.
pub fn missing(tools: &[Tool]) -> Option<String> {
    static SEEN: OnceLock<Mutex<HashMap<Tool, Vec<String>>>> = OnceLock::new();
    let seen = SEEN.get_or_init(Mutex::default);
    let mut reasons = Vec::new();
    for tool in tools {
        let mut seen = seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        reasons.extend(seen.entry(*tool).or_insert_with(|| tool.probe()).clone());
    }
    (!reasons.is_empty()).then(|| reasons.join("; "))
}

impl Tool {
    /// Each missing part of the tool, with its package.
    fn probe(self) -> Vec<String> {
        let mut parts: Vec<(String, &str)> = Vec::new();
        match self {
            Self::Tmux => {
                if !runs("tmux", &["-V"]) {
                    parts.push(("tmux".into(), "tmux"));
                }
            }
            Self::Script => {
                if !runs("script", &["--version"]) {
                    parts.push(("script (util-linux)".into(), "bsdutils"));
                }
            }
            Self::Screenshots => {
                for (program, package) in [
                    ("Xvfb", "xvfb"),
                    ("import", "imagemagick"),
                    ("convert", "imagemagick"),
                    ("tesseract", "tesseract-ocr"),
                ] {
                    if !on_path(program) {
                        parts.push((program.into(), package));
                    }
                }
                if on_path("tesseract") && !tesseract_reads_arabic() {
                    parts.push(("tesseract's `ara` language".into(), "tesseract-ocr-ara"));
                }
                // Another font would do, but the windows' sizes and the OCR
                // were tried with this one.
                if on_path("fc-list") && !has_font("DejaVu Sans Mono") {
                    parts.push(("the font DejaVu Sans Mono".into(), "fonts-dejavu-core"));
                }
            }
            Self::Terminal(program) | Self::Program(program) => {
                if !on_path(program) {
                    parts.push((program.into(), program));
                }
            }
            Self::Unprivileged => {
                if privileged()
                    && !runs(
                        "setpriv",
                        &["--reuid=65534", "--regid=65534", "--clear-groups", "true"],
                    )
                {
                    parts.push(("setpriv, to run as nobody when root,".into(), "util-linux"));
                }
            }
        }
        parts
            .into_iter()
            .map(|(what, package)| format!("{what} not found (apt install {package})"))
            .collect()
    }
}

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|out| out.status.success())
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

/// Whether this process reads a file that nobody may read (root, or
/// CAP_DAC_OVERRIDE): then only `setpriv` can show qari refused one.
fn privileged() -> bool {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::temp_dir().join(format!("qari-privileged-{}", std::process::id()));
    let made = std::fs::write(&path, b"")
        .and_then(|()| std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)));
    let reads = made.is_ok() && std::fs::File::open(&path).is_ok();
    let _ = std::fs::remove_file(&path);
    reads
}
