//! Facts about the terminal qari draws on, read from the environment.
//!
//! Terminals that shape Arabic themselves (join letters) must be sent plain code
//! points; the others get presentation forms. Known to shape: VTE-based terminals
//! (GNOME Terminal, Tilix, Terminator, ...; they set `VTE_VERSION`) and mlterm
//! (`MLTERM` or `TERM=mlterm*`).

use crate::cli::ShapeArg;

/// Whether the terminal described by `env` joins Arabic letters by itself.
pub fn shapes_arabic(env: impl Fn(&str) -> Option<String>) -> bool {
    env("VTE_VERSION").is_some_and(|v| !v.is_empty())
        || env("MLTERM").is_some()
        || env("TERM").is_some_and(|t| t.starts_with("mlterm"))
}

/// Decide whether to substitute presentation forms. `auto` shapes on a terminal
/// that does not shape; output that is not a terminal keeps its code points.
pub fn resolve_shape(arg: ShapeArg, is_terminal: bool) -> bool {
    match arg {
        ShapeArg::On => true,
        ShapeArg::Off => false,
        ShapeArg::Auto => is_terminal && !shapes_arabic(|k| std::env::var(k).ok()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_string())
        }
    }

    #[test]
    fn vte_and_mlterm_shape_others_do_not() {
        assert!(shapes_arabic(env(&[("VTE_VERSION", "7600")])));
        assert!(shapes_arabic(env(&[("TERM", "mlterm-256color")])));
        assert!(shapes_arabic(env(&[("MLTERM", "3.9")])));
        assert!(!shapes_arabic(env(&[("TERM", "xterm-256color")])));
        assert!(!shapes_arabic(env(&[
            ("TERM", "tmux-256color"),
            ("VTE_VERSION", "")
        ])));
    }

    #[test]
    fn explicit_modes_win_and_pipes_are_not_shaped() {
        assert!(resolve_shape(ShapeArg::On, false));
        assert!(!resolve_shape(ShapeArg::Off, true));
        assert!(!resolve_shape(ShapeArg::Auto, false));
    }
}
