//! PURE: reading the terminal's answers to qari's queries.
//!
//! qari asks three things at once: XTVERSION (`CSI > q`, the terminal's name
//! and version), the background colour (`OSC 11 ; ?`) and, last, the primary
//! device attributes (`CSI c`). Every terminal answers the last one, and
//! answers in order, so its answer means no other answer is still coming and
//! qari need not wait out the timeout. Anything else in the bytes (keys typed
//! meanwhile, garbage) is skipped.

/// What the terminal said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// The XTVERSION text, e.g. "XTerm(388)".
    pub xtversion: Option<String>,
    /// The background colour, 8 bits a channel.
    pub background: Option<(u8, u8, u8)>,
    /// The device attributes came: nothing more will.
    pub complete: bool,
}

/// The answers found in `bytes` so far.
pub fn parse(bytes: &[u8]) -> Answers {
    let mut answers = Answers::default();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] != 0x1b {
            i += 1;
            continue;
        }
        let rest = &bytes[i + 2..];
        match bytes[i + 1] {
            // DCS > | text ST
            b'P' => {
                let Some(end) = find_st(rest) else { break };
                if let Some(text) = rest[..end.0].strip_prefix(b">|") {
                    answers.xtversion = Some(String::from_utf8_lossy(text).trim().to_string());
                }
                i += 2 + end.1;
            }
            // OSC 11 ; rgb:RRRR/GGGG/BBBB (BEL | ST)
            b']' => {
                let Some(end) = find_st(rest) else { break };
                if let Some(spec) = rest[..end.0].strip_prefix(b"11;") {
                    answers.background = rgb(spec).or(answers.background);
                }
                i += 2 + end.1;
            }
            // CSI ? … c
            b'[' => {
                let body_len = rest
                    .iter()
                    .position(|b| (0x40..=0x7e).contains(b))
                    .unwrap_or(rest.len());
                if rest.get(body_len) == Some(&b'c') && rest.first() == Some(&b'?') {
                    answers.complete = true;
                }
                i += 2 + body_len + 1;
            }
            _ => i += 1,
        }
    }
    answers
}

/// Where a string ends: the length of its body and the bytes it took in all
/// (body and terminator); `None` while the terminator has not come.
fn find_st(rest: &[u8]) -> Option<(usize, usize)> {
    for (k, &b) in rest.iter().enumerate() {
        if b == 0x07 {
            return Some((k, k + 1));
        }
        if b == 0x1b {
            return (rest.get(k + 1) == Some(&b'\\')).then_some((k, k + 2));
        }
    }
    None
}

/// `rgb:R/G/B` with one to four hex digits a channel, scaled to 8 bits.
fn rgb(spec: &[u8]) -> Option<(u8, u8, u8)> {
    let text = std::str::from_utf8(spec).ok()?.strip_prefix("rgb:")?;
    let mut channels = text.split('/').map(|h| {
        let digits = u32::try_from(h.len())
            .ok()
            .filter(|n| (1..=4).contains(n))?;
        let value = u32::from_str_radix(h, 16).ok()?;
        let max = (1u32 << (4 * digits)) - 1;
        u8::try_from((value * 255 + max / 2) / max).ok()
    });
    let (r, g, b) = (channels.next()??, channels.next()??, channels.next()??);
    channels.next().is_none().then_some((r, g, b))
}

/// Whether a background is light: its relative luminance (WCAG) above the
/// middle grey's.
pub fn is_light((r, g, b): (u8, u8, u8)) -> bool {
    crate::core::color::luminance(r, g, b) > 0.18
}

/// The background from `COLORFGBG` ("fg;bg", set by rxvt and Konsole): colour 7
/// and 9 to 15 are light, the others dark.
pub fn colorfgbg_is_light(value: &str) -> Option<bool> {
    let bg: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
    Some(bg == 7 || (9..=15).contains(&bg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_three_answers_are_read_in_any_terminator() {
        let bytes = b"\x1bP>|XTerm(388)\x1b\\\x1b]11;rgb:ffff/ffff/dddd\x07\x1b[?64;1;2c";
        let a = parse(bytes);
        assert_eq!(a.xtversion.as_deref(), Some("XTerm(388)"));
        assert_eq!(a.background, Some((255, 255, 221)));
        assert!(a.complete);
        let st = parse(b"\x1b]11;rgb:00/2b/36\x1b\\\x1b[?62c");
        assert_eq!(st.background, Some((0, 0x2b, 0x36)));
        assert!(st.complete);
    }

    #[test]
    fn partial_garbage_and_keys_are_skipped() {
        assert_eq!(parse(b"\x1bP>|XTe"), Answers::default());
        let a = parse(b"jk\x1b]11;rgb:zz/00/00\x07\x1b]11;nonsense\x07\x1b[A\x1b[?1;2c");
        assert_eq!(a.background, None);
        assert!(a.complete);
        assert!(!parse(b"\x1b[12;40R").complete);
        assert_eq!(parse(b"\x1b\x1b\x1b"), Answers::default());
    }

    #[test]
    fn light_and_dark_backgrounds() {
        assert!(is_light((255, 255, 255)));
        assert!(is_light((0xfd, 0xf6, 0xe3)));
        assert!(!is_light((0, 0, 0)));
        assert!(!is_light((0x30, 0x0a, 0x24)));
        assert_eq!(colorfgbg_is_light("15;0"), Some(false));
        assert_eq!(colorfgbg_is_light("0;default;15"), Some(true));
        assert_eq!(colorfgbg_is_light("0;7"), Some(true));
        assert_eq!(colorfgbg_is_light("x"), None);
    }
}
