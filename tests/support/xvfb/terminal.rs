//! The terminals the tests open, and how each is started: a window of about
//! 110x30 cells with DejaVu Sans Mono, running a shell script, with nothing
//! in its environment that describes another terminal.

use std::path::Path;
use std::process::Command;

/// Variables a terminal sets for the programs inside it, and that qari may read
/// to tell which terminal it runs in: inherited from the terminal the tests run
/// in, they would describe that one, not the one under test. With them, the
/// user's settings that change what qari or the terminal draws.
pub(super) const TERMINAL_VARIABLES: &[&str] = &[
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
    "COLORTERM",
    // The user's language: Konsole's menus in Arabic lay its window out
    // right to left (`LC_ALL` is set to C.UTF-8 apart).
    "LANG",
    "LANGUAGE",
    // Set by the user or by a program paging through qari.
    "LESS",
    "MAN_PN",
    "GIT_EXEC_PATH",
    "GIT_PAGER_IN_USE",
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
    pub(super) fn command(self, script: &Path) -> Command {
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

/// `text` as one word for sh.
pub fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}
