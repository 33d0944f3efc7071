//! PURE: the colours a terminal can draw ([`Colors`], from its environment)
//! and the ANSI colour that draws a theme's best on one that has sixteen.
//! Apart from how Arabic goes to the terminal, which colours do not touch.

/// The colours a terminal can draw, as its environment says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colors {
    /// None: `NO_COLOR`, `TERM=dumb`, a monochrome terminal (`xterm-mono`,
    /// `vt100`, `vt220`): styles only.
    None,
    /// The sixteen of the ANSI palette (the Linux console, `*-16color`,
    /// `*-8color`): each colour is drawn as the nearest of them.
    Sixteen,
    /// Any (truecolor, or 256 that the terminal approximates itself).
    Full,
}

impl Colors {
    /// From `NO_COLOR`, `COLORTERM` and `TERM` (read through `env`).
    pub fn of(env: impl Fn(&str) -> Option<String>) -> Self {
        let set = |k: &str| env(k).filter(|v| !v.is_empty());
        let term = set("TERM").unwrap_or_default();
        // A monochrome terminal first: `COLORTERM` is inherited from the
        // terminal an editor runs in, whose shell buffer is `TERM=dumb`.
        let mono = term == "dumb"
            || term.ends_with("-mono")
            || term.ends_with("-m")
            || matches!(
                term.as_str(),
                "vt52" | "vt100" | "vt102" | "vt220" | "vt320"
            );
        if set("NO_COLOR").is_some() || mono {
            return Self::None;
        }
        if set("COLORTERM").is_some_and(|c| matches!(c.as_str(), "truecolor" | "24bit")) {
            return Self::Full;
        }
        if term == "linux"
            || term.starts_with("linux-")
            || term.ends_with("-16color")
            || term.ends_with("-8color")
            || matches!(term.as_str(), "ansi" | "cons25")
        {
            Self::Sixteen
        } else {
            Self::Full
        }
    }
}

/// The ANSI colour (0 to 15) that draws `(r, g, b)` best: its hue's
/// (red, green, yellow, blue, magenta, cyan), bright when it is light; a
/// colour with little hue, by its lightness (black, grey, white). The
/// nearest by distance would make the theme's pale colours all grey.
pub fn nearest_ansi(r: u8, g: u8, b: u8) -> u8 {
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    let chroma = max - min;
    if chroma < 40 {
        return match max {
            0..=63 => 0,
            64..=159 => 8,
            160..=219 => 7,
            _ => 15,
        };
    }
    let on = |c: u8| u8::from(c >= min + chroma / 2);
    let hue = on(r) | on(g) << 1 | on(b) << 2;
    if max > 200 {
        hue + 8
    } else {
        hue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colors(vars: &[(&str, &str)]) -> Colors {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Colors::of(|k| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()))
    }

    #[test]
    fn the_environment_says_which_colours_a_terminal_draws() {
        assert_eq!(colors(&[("TERM", "xterm-256color")]), Colors::Full);
        assert_eq!(colors(&[("TERM", "dumb")]), Colors::None);
        assert_eq!(colors(&[("TERM", "xterm-mono")]), Colors::None);
        assert_eq!(colors(&[("TERM", "vt100")]), Colors::None);
        assert_eq!(colors(&[("TERM", "linux")]), Colors::Sixteen);
        assert_eq!(colors(&[("TERM", "xterm-16color")]), Colors::Sixteen);
        assert_eq!(
            colors(&[("TERM", "linux"), ("COLORTERM", "truecolor")]),
            Colors::Full
        );
        assert_eq!(
            colors(&[("TERM", "xterm-256color"), ("NO_COLOR", "1")]),
            Colors::None
        );
        // An empty NO_COLOR is unset (no-color.org).
        assert_eq!(colors(&[("TERM", "xterm"), ("NO_COLOR", "")]), Colors::Full);
    }

    #[test]
    fn a_colour_is_drawn_as_the_nearest_of_sixteen() {
        assert_eq!(nearest_ansi(0, 0, 0), 0);
        assert_eq!(nearest_ansi(250, 250, 250), 15);
        // The theme's light green and violet: bright green, bright magenta.
        assert_eq!(nearest_ansi(135, 215, 95), 10);
        assert_eq!(nearest_ansi(215, 135, 255), 13);
        assert_eq!(nearest_ansi(200, 10, 10), 1);
        assert_eq!(nearest_ansi(128, 128, 140), 8);
    }
}
