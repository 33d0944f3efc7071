//! PURE: the escape sequences that switch a terminal's own bidi off and on,
//! wrapped for the multiplexer in between.
//!
//! VTE keeps its bidi mode per row and gives a row the mode in force when the
//! row is made (and, when the mode changes, to the row under the cursor if the
//! cursor is at its start). So the mode is set before the reader makes its
//! screen, and on every row, one by one with the cursor at column 1, after
//! anything that may have made rows (a resize, a clear). mlterm's switch is
//! one global setting. Behind tmux (with `allow-passthrough`) or GNU screen
//! each sequence is wrapped in a DCS that the multiplexer hands on unchanged;
//! the cursor is saved and restored around moves the multiplexer does not see.

use super::{Passthrough, Profile, Switch};

/// BDSM reset (explicit: draw cells as sent) and SCP left-to-right.
pub const VTE_EXPLICIT: &str = "\x1b[8l\x1b[1 k";
/// BDSM set (implicit: the terminal's own bidi) and SCP default.
pub const VTE_IMPLICIT: &str = "\x1b[8h\x1b[0 k";
pub const MLTERM_CTL_OFF: &str = "\x1b]5379;use_ctl=false\x07";
pub const MLTERM_CTL_ON: &str = "\x1b]5379;use_ctl=true\x07";

impl Profile {
    /// Sent once before qari draws (before the alternate screen, or before
    /// printed lines): the terminal's bidi off.
    pub fn bidi_off(&self) -> String {
        match self.switch {
            Switch::None => String::new(),
            Switch::VteExplicit => self.wrap(VTE_EXPLICIT),
            Switch::MltermCtl => self.wrap(MLTERM_CTL_OFF),
        }
    }

    /// The terminal's bidi back, as it was before qari.
    pub fn bidi_on(&self) -> String {
        match self.switch {
            Switch::None => String::new(),
            Switch::VteExplicit => self.wrap(VTE_IMPLICIT),
            Switch::MltermCtl => self.wrap(MLTERM_CTL_ON),
        }
    }

    /// VTE's mode `mode` on each of `rows` rows of the screen (the emulator's
    /// own rows behind a multiplexer), the cursor put back after.
    pub fn on_every_row(&self, rows: u16, explicit: bool) -> String {
        if self.switch != Switch::VteExplicit {
            return String::new();
        }
        let rows = match self.passthrough {
            Passthrough::Direct => rows,
            _ => self.outer_rows.unwrap_or(rows).max(rows),
        };
        let mode = if explicit { VTE_EXPLICIT } else { VTE_IMPLICIT };
        let rows = (1..=rows).map(|row| format!("\x1b[{row};1H{mode}"));
        if self.passthrough == Passthrough::Screen {
            // screen cuts a string at 768 bytes: one per row.
            std::iter::once("\x1b7".to_string())
                .chain(rows)
                .chain(std::iter::once("\x1b8".to_string()))
                .map(|seq| self.wrap(&seq))
                .collect()
        } else {
            let seq: String = std::iter::once("\x1b7".to_string())
                .chain(rows)
                .chain(std::iter::once("\x1b8".to_string()))
                .collect();
            self.wrap(&seq)
        }
    }

    fn wrap(&self, seq: &str) -> String {
        match self.passthrough {
            Passthrough::Direct => seq.to_string(),
            // tmux hands on what is between `DCS tmux;` and ST, every ESC doubled.
            Passthrough::Tmux => format!("\x1bPtmux;{}\x1b\\", seq.replace('\x1b', "\x1b\x1b")),
            // screen hands on a DCS's content as it is.
            Passthrough::Screen => format!("\x1bP{seq}\x1b\\"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::terminal::{BidiSetting, Facts};

    fn profile(env: &[(&str, &str)], facts: &Facts) -> Profile {
        Profile::detect(
            |k| {
                env.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_string())
            },
            facts,
            BidiSetting::Auto,
        )
    }

    #[test]
    fn vte_is_switched_on_every_row_and_back() {
        let p = profile(&[("VTE_VERSION", "7006")], &Facts::default());
        assert_eq!(p.bidi_off(), "\x1b[8l\x1b[1 k");
        assert_eq!(p.bidi_on(), "\x1b[8h\x1b[0 k");
        assert_eq!(
            p.on_every_row(2, true),
            "\x1b7\x1b[1;1H\x1b[8l\x1b[1 k\x1b[2;1H\x1b[8l\x1b[1 k\x1b8"
        );
    }

    #[test]
    fn mlterm_gets_its_global_switch() {
        let p = profile(&[("MLTERM", "3.9.3")], &Facts::default());
        assert_eq!(p.bidi_off(), MLTERM_CTL_OFF);
        assert_eq!(p.bidi_on(), MLTERM_CTL_ON);
        assert_eq!(p.on_every_row(30, true), "");
    }

    #[test]
    fn through_tmux_every_escape_is_doubled_inside_one_dcs() {
        let facts = Facts {
            tmux_passthrough: Some("on".into()),
            tmux_client_rows: Some(3),
            ..Facts::default()
        };
        let p = profile(
            &[("VTE_VERSION", "7006"), ("TMUX", "/tmp/tmux-0/default,1,0")],
            &facts,
        );
        assert_eq!(p.bidi_off(), "\x1bPtmux;\x1b\x1b[8l\x1b\x1b[1 k\x1b\\");
        // The client's rows, not only the pane's, are set.
        assert_eq!(p.on_every_row(2, true).matches("H\x1b\x1b[8l").count(), 3);
    }

    #[test]
    fn under_screen_each_row_is_a_string_of_its_own() {
        let p = profile(
            &[("VTE_VERSION", "7006"), ("STY", "1.pts")],
            &Facts::default(),
        );
        let rows = p.on_every_row(60, true);
        let strings: Vec<&str> = rows.split("\x1bP").filter(|s| !s.is_empty()).collect();
        assert_eq!(strings.len(), 62);
        assert!(strings
            .iter()
            .all(|s| s.len() < 64 && s.ends_with("\x1b\\")));
    }

    #[test]
    fn terminals_without_a_switch_get_nothing() {
        for env in [
            &[("KONSOLE_VERSION", "221203")][..],
            &[("TERM", "xterm-256color")][..],
        ] {
            let p = profile(env, &Facts::default());
            assert_eq!(p.bidi_off(), "");
            assert_eq!(p.bidi_on(), "");
            assert_eq!(p.on_every_row(5, true), "");
        }
    }
}
