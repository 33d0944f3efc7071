//! PURE: which terminal qari draws on, and how to make Arabic read right on it.
//!
//! qari lays text out itself, but terminals differ in what they do with the
//! cells they are sent, and that decides what qari must send:
//! - Most terminals (xterm, kitty, Alacritty, WezTerm by default, tmux itself)
//!   draw cells as sent: qari's visual lines go out as they are ([`Strategy::Qari`]),
//!   shaped by qari, since none of them joins Arabic letters.
//! - VTE terminals (GNOME Terminal, Tilix, Terminator, xfce4-terminal, sakura)
//!   reorder each row unless the row is in explicit mode (BDSM, `CSI 8 l`). VTE
//!   keeps that mode per row, taking it when the row is made, so qari sets it
//!   before it makes its screen and on every row after a resize ([`Switch::VteExplicit`]).
//!   VTE still joins letters in explicit mode.
//! - mlterm has a global switch for its bidi and shaping (`use_ctl`), set off
//!   while the reader runs ([`Switch::MltermCtl`]); qari then shapes.
//! - Konsole and Apple's Terminal reorder every line and cannot be told not to.
//!   So can a VTE terminal or mlterm behind tmux when tmux does not pass
//!   sequences through. There qari sends each line in the order whose
//!   reordering is its own layout ([`Strategy::Reorders`]; `layout::send_order`).
//! - The lines qari prints (`render`, `search`) stay on the normal screen after
//!   qari ends, so a global switch (mlterm's) cannot hold them: there each line
//!   goes out in logical order with a mark that gives it its paragraph's
//!   direction, and mlterm lays it out ([`Strategy::Logical`]).
//!
//! What a terminal is comes from what it says about itself: its environment
//! variables, the XTVERSION answer (which reaches through ssh, where the
//! variables do not), and behind tmux or GNU screen the variables the
//! multiplexer inherited from the terminal it was started in. The answer and
//! the reasons are kept for `qari --print-terminal`.

mod advice;
pub mod answers;
mod colors;
mod sequences;

pub use colors::{nearest_ansi, Colors};

/// Whether qari joins Arabic letters itself (`[text] shape`, `--shape`):
/// `auto` shapes unless the terminal is known to shape Arabic itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Shaping {
    Auto,
    On,
    Off,
}

/// `terminal_bidi` in the configuration and `--terminal-bidi`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BidiSetting {
    /// Decide from what the terminal says about itself.
    #[default]
    Auto,
    /// qari lays out; terminals that can be switched are switched to draw cells as sent.
    Qari,
    /// The terminal reorders each line itself; qari sends lines in the order
    /// that comes out right after it.
    Terminal,
}

/// The program that finally draws the characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Emulator {
    Vte,
    Konsole,
    Mlterm,
    AppleTerminal,
    Xterm,
    /// Named by `TERM_PROGRAM` or XTVERSION, with no bidi qari knows of.
    Other(String),
    Unknown,
}

/// A terminal multiplexer between qari and the emulator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Multiplexer {
    Tmux,
    Screen,
}

/// How sequences for the emulator get past the multiplexer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passthrough {
    /// No multiplexer: written as they are.
    Direct,
    /// tmux with `allow-passthrough`: wrapped in `DCS tmux; … ST`.
    Tmux,
    /// GNU screen: wrapped in `DCS … ST`.
    Screen,
}

/// What qari sends for a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// Cells in qari's visual order, as the terminal draws them.
    Qari,
    /// The terminal reorders each line by UAX #9 with a left-to-right base:
    /// cells in the order whose reordering gives qari's visual line.
    Reorders,
    /// As [`Strategy::Reorders`], for a terminal that reorders but does not
    /// mirror brackets at odd levels (Konsole: `(لا)` came out `)لا(`):
    /// the glyphs go out as qari's line shows them.
    ReordersUnmirrored,
    /// The terminal lays out each line as a paragraph of its own: logical
    /// order, led by a mark of the paragraph's direction (for printed lines on mlterm).
    Logical,
}

impl Strategy {
    /// The terminal reorders each line itself.
    pub fn reorders(self) -> bool {
        matches!(self, Self::Reorders | Self::ReordersUnmirrored)
    }

    /// It mirrors brackets at odd levels as it reorders.
    pub fn mirrors(self) -> bool {
        self == Self::Reorders
    }
}

/// How a terminal's own bidi is turned off while qari draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Switch {
    None,
    /// BDSM explicit mode, on every row (VTE).
    VteExplicit,
    /// `OSC 5379 ; use_ctl=false` (mlterm).
    MltermCtl,
}

/// Everything decided about the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub emulator: Emulator,
    pub multiplexer: Option<Multiplexer>,
    /// What the reader sends.
    pub strategy: Strategy,
    pub switch: Switch,
    pub passthrough: Passthrough,
    /// qari leaves letters unjoined: the terminal joins them itself under this
    /// strategy, or the output is not a terminal (a file keeps its code points).
    pub shapes: bool,
    /// Rows of the emulator's screen behind a multiplexer, when known (to set
    /// VTE's mode on each of them).
    pub outer_rows: Option<u16>,
    /// Why: the facts the decision was made from.
    pub evidence: Vec<String>,
}

/// What the terminal says about itself, gathered by the shell.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// The XTVERSION answer (`CSI > q`), e.g. "XTerm(388)" or "tmux 3.3a".
    pub xtversion: Option<String>,
    /// tmux's `allow-passthrough` for this pane as its formats give it
    /// ("1" or "0"; "all" and "on" from other versions), when asked.
    pub tmux_passthrough: Option<String>,
    /// Rows of the client terminal behind tmux.
    pub tmux_client_rows: Option<u16>,
}

impl Profile {
    /// Decide from the environment (`env`), the answers in `facts` and the setting.
    pub fn detect(
        env: impl Fn(&str) -> Option<String>,
        facts: &Facts,
        setting: BidiSetting,
    ) -> Self {
        let set = |k: &str| env(k).filter(|v| !v.is_empty());
        let mut evidence = Vec::new();
        let term = set("TERM").unwrap_or_default();
        let xtversion = facts.xtversion.clone().unwrap_or_default();
        let multiplexer = if set("TMUX").is_some() || xtversion.starts_with("tmux") {
            evidence.push("TMUX is set or XTVERSION says tmux".to_string());
            Some(Multiplexer::Tmux)
        } else if set("STY").is_some() {
            evidence.push("STY is set (GNU screen)".to_string());
            Some(Multiplexer::Screen)
        } else {
            None
        };
        let emulator = emulator(
            &set,
            &term,
            multiplexer.is_none().then_some(&*xtversion),
            &mut evidence,
        );
        let passthrough = match multiplexer {
            None => Passthrough::Direct,
            Some(Multiplexer::Screen) => Passthrough::Screen,
            Some(Multiplexer::Tmux) => match facts.tmux_passthrough.as_deref() {
                Some("on" | "all" | "1") => {
                    evidence.push("tmux allows passthrough".to_string());
                    Passthrough::Tmux
                }
                other => {
                    evidence.push(format!(
                        "tmux allow-passthrough is {}",
                        other.filter(|s| !s.is_empty()).unwrap_or("off or unknown")
                    ));
                    // Sequences cannot reach the emulator: nothing to switch.
                    Passthrough::Direct
                }
            },
        };
        let reachable = multiplexer.is_none() || passthrough != Passthrough::Direct;
        let (strategy, switch, shapes) = match (setting, &emulator) {
            (BidiSetting::Terminal, Emulator::Konsole) => {
                (Strategy::ReordersUnmirrored, Switch::None, true)
            }
            (BidiSetting::Terminal, _) => (Strategy::Reorders, Switch::None, true),
            (_, Emulator::Vte) if reachable => (Strategy::Qari, Switch::VteExplicit, true),
            (_, Emulator::Mlterm) if reachable => (Strategy::Qari, Switch::MltermCtl, false),
            // Konsole leaves a gap in lam-alef, which qari's ligature does not.
            (BidiSetting::Auto, Emulator::Konsole) => {
                (Strategy::ReordersUnmirrored, Switch::None, false)
            }
            (BidiSetting::Auto, Emulator::Vte | Emulator::Mlterm | Emulator::AppleTerminal) => {
                (Strategy::Reorders, Switch::None, true)
            }
            _ => (Strategy::Qari, Switch::None, false),
        };
        if setting != BidiSetting::Auto {
            evidence.push(format!("terminal_bidi = {setting:?}").to_lowercase());
        }
        Self {
            emulator,
            multiplexer,
            strategy,
            switch,
            passthrough: if switch == Switch::None {
                Passthrough::Direct
            } else {
                passthrough
            },
            shapes,
            outer_rows: facts.tmux_client_rows,
            evidence,
        }
    }

    /// The profile for output that is not a terminal: plain visual lines, no sequences.
    pub fn not_a_terminal() -> Self {
        Self {
            emulator: Emulator::Unknown,
            multiplexer: None,
            strategy: Strategy::Qari,
            switch: Switch::None,
            passthrough: Passthrough::Direct,
            shapes: true,
            outer_rows: None,
            evidence: vec!["not a terminal".to_string()],
        }
    }

    /// The same decision without escape sequences (`TERM=dumb`): a terminal
    /// that would have been switched off reorders, so it gets lines it
    /// reorders right (mlterm: lines it lays out itself).
    pub fn without_sequences(mut self, why: &str) -> Self {
        match self.switch {
            Switch::None => {}
            Switch::VteExplicit => self.strategy = Strategy::Reorders,
            Switch::MltermCtl => self.strategy = Strategy::Logical,
        }
        if self.switch != Switch::None {
            self.shapes = true;
        }
        self.switch = Switch::None;
        self.passthrough = Passthrough::Direct;
        self.evidence.push(why.to_string());
        self
    }

    /// What printed lines (`render`, `search`) use: mlterm's switch is global
    /// and would be undone under lines that stay on screen, so there the
    /// terminal lays each line out; behind a multiplexer VTE reorders them.
    pub fn for_printing(&self) -> Self {
        let mut printing = self.clone();
        if self.switch == Switch::MltermCtl {
            printing.strategy = Strategy::Logical;
            printing.switch = Switch::None;
            printing.shapes = true;
        } else if self.switch == Switch::VteExplicit && self.multiplexer.is_some() {
            // Printed lines land in rows the multiplexer made long ago, which
            // keep VTE's implicit mode: let VTE reorder them.
            printing.strategy = Strategy::Reorders;
            printing.switch = Switch::None;
            printing.passthrough = Passthrough::Direct;
        }
        printing
    }

    /// Whether to substitute presentation forms, for `arg` (`--shape` or the
    /// configuration's `shape`).
    pub fn shape(&self, arg: Shaping) -> bool {
        shape_letters(arg, self.shapes)
    }

    /// Whether the terminal draws italic Arabic: Konsole and mlterm draw
    /// empty boxes where their font has no italic Arabic (DejaVu Sans Mono,
    /// the usual monospace font, has none), instead of falling back.
    pub fn draws_italic_arabic(&self) -> bool {
        !matches!(self.emulator, Emulator::Konsole | Emulator::Mlterm)
    }
}

/// Whether qari substitutes presentation forms, for `arg`: `auto` joins
/// letters unless something else does (`joined_elsewhere`: the terminal, or
/// the output is not a terminal and keeps its code points).
pub fn shape_letters(arg: Shaping, joined_elsewhere: bool) -> bool {
    match arg {
        Shaping::On => true,
        Shaping::Off => false,
        Shaping::Auto => !joined_elsewhere,
    }
}

/// The emulator, from the environment and (without a multiplexer) XTVERSION.
fn emulator(
    set: &impl Fn(&str) -> Option<String>,
    term: &str,
    xtversion: Option<&str>,
    evidence: &mut Vec<String>,
) -> Emulator {
    let xt = xtversion.unwrap_or_default().to_ascii_lowercase();
    let program = set("TERM_PROGRAM").unwrap_or_default();
    let (found, why) = if set("KONSOLE_VERSION").is_some() || xt.starts_with("konsole") {
        (Emulator::Konsole, "KONSOLE_VERSION or XTVERSION")
    } else if set("VTE_VERSION").is_some() || xt.starts_with("vte") {
        (Emulator::Vte, "VTE_VERSION or XTVERSION")
    } else if set("MLTERM").is_some() || term.starts_with("mlterm") || xt.starts_with("mlterm") {
        (Emulator::Mlterm, "MLTERM, TERM or XTVERSION")
    } else if program == "Apple_Terminal" {
        (Emulator::AppleTerminal, "TERM_PROGRAM")
    } else if xt.starts_with("xterm") || set("XTERM_VERSION").is_some() {
        (Emulator::Xterm, "XTERM_VERSION or XTVERSION")
    } else if !program.is_empty() && program != "tmux" && program != "screen" {
        (Emulator::Other(program), "TERM_PROGRAM")
    } else if !xt.is_empty() && !xt.starts_with("tmux") {
        (
            Emulator::Other(xtversion.unwrap_or_default().to_string()),
            "XTVERSION",
        )
    } else {
        (Emulator::Unknown, "nothing said")
    };
    evidence.push(format!("emulator from {why}"));
    found
}

#[cfg(test)]
mod tests;
