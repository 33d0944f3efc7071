//! Escape sequences removed, backspace overstrikes resolved, on one line.
//!
//! Only complete sequences are known for what they are; an escape byte that
//! starts none is left for the layout to show as `␛`. Removing every CSI and
//! OSC sequence (not only colours) is what a reader wants: qari positions the
//! text itself, and a cursor move meant for another screen means nothing here.

const ESC: u8 = 0x1b;
const BS: u8 = 0x08;
const BEL: u8 = 0x07;

/// Append `line` to `out` without escape sequences, each overstrike replaced
/// by the character struck: `N\bN` (bold) is `N`, `_\bx` (underline) is `x`,
/// whichever side the underscore is on.
pub fn clean_line(line: &[u8], out: &mut Vec<u8>) {
    let start = out.len();
    let mut i = 0;
    while i < line.len() {
        match line[i] {
            ESC => match after_escape(line, i) {
                Some(end) => i = end,
                None => {
                    out.push(ESC);
                    i += 1;
                }
            },
            BS => {
                i += 1;
                let Some(prev) = pop_char(out, start) else {
                    continue;
                };
                // `x\b_`: the underline is the overstrike, the letter stays.
                if line.get(i) == Some(&b'_') && prev != b"_" {
                    out.extend_from_slice(&prev);
                    i += 1;
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
}

/// Remove the last character of `out` (after `start`), UTF-8 aware.
fn pop_char(out: &mut Vec<u8>, start: usize) -> Option<Vec<u8>> {
    if out.len() <= start {
        return None;
    }
    let mut at = out.len() - 1;
    // Continuation bytes belong to the character their lead byte starts.
    while at > start && out[at] & 0xC0 == 0x80 {
        at -= 1;
    }
    Some(out.split_off(at))
}

/// Index just past the escape sequence starting at `line[at]` (an ESC);
/// `None` when no sequence starts there.
fn after_escape(line: &[u8], at: usize) -> Option<usize> {
    let Some(&kind) = line.get(at + 1) else {
        return Some(line.len());
    };
    let mut i = at + 2;
    Some(match kind {
        // CSI: parameters, intermediates, one final byte.
        b'[' => {
            while i < line.len() && (0x20..=0x3f).contains(&line[i]) {
                i += 1;
            }
            if i < line.len() && (0x40..=0x7e).contains(&line[i]) {
                i + 1
            } else {
                i
            }
        }
        // OSC, DCS, SOS, PM, APC: up to BEL or ST (ESC \).
        b']' | b'P' | b'X' | b'^' | b'_' => {
            while i < line.len() {
                match line[i] {
                    BEL => return Some(i + 1),
                    ESC if line.get(i + 1) == Some(&b'\\') => return Some(i + 2),
                    _ => i += 1,
                }
            }
            line.len()
        }
        // Intermediates then a final byte (`ESC ( B`, character sets). With
        // no final byte after them it is no sequence: `ESC` and a space
        // before a letter of another script take nothing of that letter.
        0x20..=0x2f => {
            while i < line.len() && (0x20..=0x2f).contains(&line[i]) {
                i += 1;
            }
            match line.get(i) {
                Some(0x30..=0x7e) => i + 1,
                Some(_) => return None,
                None => line.len(),
            }
        }
        // The two-byte escapes programs send (keypad modes, cursor save and
        // restore, index, reset); any other letter after ESC is no sequence.
        b'=' | b'>' | b'7' | b'8' | b'D' | b'E' | b'H' | b'M' | b'c' => i,
        // Not a sequence: the ESC stays, to be shown.
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        let mut out = Vec::new();
        clean_line(s.as_bytes(), &mut out);
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn colours_are_removed() {
        assert_eq!(clean("\x1b[33mcommit 1a2b\x1b[m"), "commit 1a2b");
        assert_eq!(clean("\x1b[1;31mقال\x1b[0m رئيس"), "قال رئيس");
        assert_eq!(clean("a\x1b[38;5;208mb\x1b[Kc"), "abc");
    }

    #[test]
    fn other_sequences_are_removed() {
        let link = "\x1b]8;;https://example.org\x1b\\text\x1b]8;;\x1b\\";
        assert_eq!(clean(link), "text");
        assert_eq!(clean("\x1b]0;title\x07body"), "body");
        assert_eq!(clean("\x1b(Bplain\x1b="), "plain");
        assert_eq!(clean("cut \x1b[1"), "cut ");
    }

    #[test]
    fn a_lone_escape_stays_to_be_shown() {
        assert_eq!(clean("a\x1b\tb"), "a\x1b\tb");
        assert_eq!(clean("a\x1bb"), "a\x1bb");
        // An escape, a space and an Arabic letter: no sequence, nothing taken.
        assert_eq!(clean("قال \x1b وزير"), "قال \x1b وزير");
    }

    #[test]
    fn overstrikes_keep_the_letter() {
        assert_eq!(clean("N\x08NA\x08AM\x08ME\x08E"), "NAME");
        assert_eq!(clean("_\x08f_\x08i_\x08l_\x08e"), "file");
        assert_eq!(clean("f\x08_i\x08_"), "fi");
        assert_eq!(clean("_\x08_"), "_");
        assert_eq!(clean("ق\x08قال"), "قال");
        assert_eq!(clean("\x08start"), "start");
    }
}
