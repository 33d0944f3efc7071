//! What qari tells the reader about their terminal: the short hint for the
//! status bar, the longer advice of `--print-terminal`, and the description
//! of what was found and why.

use super::{Emulator, Multiplexer, Passthrough, Profile, Strategy, Switch};

impl Profile {
    /// The hint, to be given as soon as the reader starts: mlterm chooses
    /// each line's direction itself, which qari's send order (made for a
    /// left-to-right base) does not follow, so lines come out misaligned.
    pub fn hint_at_start(&self) -> Option<&'static str> {
        (self.emulator == Emulator::Mlterm)
            .then(|| self.hint())
            .flatten()
    }

    /// Which setting turns the terminal's own bidi off, for a terminal whose
    /// reordering qari has to work through: short, for the status bar.
    pub fn hint(&self) -> Option<&'static str> {
        self.advice_pair().map(|(short, _)| short)
    }

    /// The same, in full, for `qari --print-terminal`.
    pub fn advice(&self) -> Option<&'static str> {
        self.advice_pair().map(|(_, long)| long)
    }

    fn advice_pair(&self) -> Option<(&'static str, &'static str)> {
        if !self.strategy.reorders() {
            return None;
        }
        Some(match (&self.emulator, self.multiplexer) {
            (Emulator::Konsole, _) => (
                "Konsole: Profile > Advanced > Bi-Directional rendering off",
                "Konsole reorders Arabic itself: turn off Settings > Edit Current Profile > Advanced > \"Bi-Directional text rendering\", then start qari with --terminal-bidi qari",
            ),
            (Emulator::Vte | Emulator::Mlterm, Some(Multiplexer::Tmux)) => (
                "tmux set -g allow-passthrough on lets qari through",
                "the terminal behind tmux reorders Arabic itself: `tmux set -g allow-passthrough on` lets qari switch that off",
            ),
            (Emulator::AppleTerminal, _) => (
                "Terminal.app reorders Arabic: a few lines may read wrong",
                "Terminal.app reorders Arabic itself and cannot be told not to: qari works through it; a terminal without bidi (iTerm2, kitty) shows qari's layout exactly",
            ),
            _ => (
                "turn the terminal's bidi off, then --terminal-bidi qari",
                "this terminal reorders Arabic itself: turn its bidi off and start qari with --terminal-bidi qari",
            ),
        })
    }

    /// Lines for `qari --print-terminal`.
    pub fn describe(&self) -> String {
        let emulator = match &self.emulator {
            Emulator::Vte => {
                "a VTE terminal (GNOME Terminal, Tilix, Terminator, sakura, ...)".to_string()
            }
            Emulator::Konsole => "Konsole".to_string(),
            Emulator::Mlterm => "mlterm".to_string(),
            Emulator::AppleTerminal => "Apple Terminal".to_string(),
            Emulator::Xterm => "xterm".to_string(),
            Emulator::Other(name) => name.clone(),
            Emulator::Unknown => "unknown (drawn as a terminal without bidi)".to_string(),
        };
        let behind = match self.multiplexer {
            Some(Multiplexer::Tmux) => " behind tmux",
            Some(Multiplexer::Screen) => " behind GNU screen",
            None => "",
        };
        let strategy = match (self.strategy, self.switch) {
            (Strategy::Qari, Switch::VteExplicit) => {
                "qari lays out; the terminal's bidi is set to explicit mode (BDSM) on every row"
            }
            (Strategy::Qari, Switch::MltermCtl) => {
                "qari lays out and joins letters; mlterm's bidi and shaping (use_ctl) are off while the reader runs"
            }
            (Strategy::Qari, _) => "qari lays out; the terminal draws cells as sent",
            (Strategy::Reorders | Strategy::ReordersUnmirrored, _) => {
                "the terminal reorders each line; qari sends each line in the order that its reordering turns into qari's layout"
            }
            (Strategy::Logical, _) => "the terminal lays out each line; qari sends it in logical order",
        };
        let via = match self.passthrough {
            Passthrough::Direct => "",
            Passthrough::Tmux => " (through tmux passthrough)",
            Passthrough::Screen => " (through GNU screen passthrough)",
        };
        let mut out = format!(
            "terminal: {emulator}{behind}\nbidi: {strategy}{via}\nletters joined by: {}\n",
            if self.shapes { "the terminal" } else { "qari" }
        );
        if let Some(advice) = self.advice() {
            out.push_str(&format!("note: {advice}\n"));
        }
        out.push_str(&format!("from: {}\n", self.evidence.join("; ")));
        out
    }
}
