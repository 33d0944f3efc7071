//! Colours as the configuration writes them: one of the 16 terminal colour
//! names, "default" (the terminal's own), or `#rrggbb`. Kept free of the
//! drawing library; `reader::theme` turns them into its colours. The WCAG
//! luminance and contrast here are what the themes are held to and how a
//! terminal's background is judged light or dark.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

/// A colour as written in the file: a name or `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorSpec {
    /// The terminal's own foreground or background.
    Default,
    /// One of the 16 named terminal colours, by its index (0 black .. 15 white).
    Named(u8),
    Rgb(u8, u8, u8),
}

/// The 16 colour names, in the terminal's index order.
pub const COLOR_NAMES: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "darkgray",
    "lightred",
    "lightgreen",
    "lightyellow",
    "lightblue",
    "lightmagenta",
    "lightcyan",
    "white",
];

impl std::str::FromStr for ColorSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.to_ascii_lowercase();
        if lower == "default" {
            return Ok(Self::Default);
        }
        if let Some(i) = COLOR_NAMES.iter().position(|n| *n == lower) {
            return Ok(Self::Named(u8::try_from(i).unwrap_or(0)));
        }
        let hex = s
            .strip_prefix('#')
            .filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()));
        match hex {
            Some(h) => {
                let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).unwrap_or(0);
                Ok(Self::Rgb(byte(0), byte(2), byte(4)))
            }
            None => Err(format!(
                "{s:?} is not a colour (a name such as \"lightblue\" or \"default\", or #rrggbb)"
            )),
        }
    }
}

impl<'de> Deserialize<'de> for ColorSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(D::Error::custom)
    }
}

/// Relative luminance (WCAG 2) of an sRGB colour.
pub fn luminance(r: u8, g: u8, b: u8) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a.0, a.1, a.2), luminance(b.0, b.1, b.2));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_by_name_and_hex() {
        let c = |s: &str| s.parse::<ColorSpec>();
        assert_eq!(c("LightCyan"), Ok(ColorSpec::Named(14)));
        assert_eq!(c("black"), Ok(ColorSpec::Named(0)));
        assert_eq!(c("default"), Ok(ColorSpec::Default));
        assert_eq!(c("#0a0B0c"), Ok(ColorSpec::Rgb(10, 11, 12)));
        assert!(c("#12345").is_err());
        assert!(c("#gggggg").is_err());
        assert!(c("purple").is_err_and(|e| e.contains("#rrggbb")));
    }
}
