//! Embedding levels of a paragraph, per character, with a fast path for plain text.
//!
//! A paragraph with no explicit formatting characters (embeddings, overrides,
//! isolates), no boundary-neutral characters and no paragraph separator is one
//! isolating run sequence at the paragraph level, so UAX #9 reduces to the weak,
//! neutral and implicit rules (W1-W7, N0-N2, I1-I2) over one array of classes. That is
//! nearly every line of a news article, and resolving it here on a class per
//! character avoids unicode-bidi's per-byte tables. Anything else goes to unicode-bidi.
//! The conformance test runs Unicode's BidiCharacterTest.txt through both paths.

use unicode_bidi::{BidiClass, BidiDataSource, ParagraphBidiInfo};

use super::chars::{bidi_class, FastBidiData};
use BidiClass::{AL, AN, CS, EN, ES, ET, L, NSM, ON, R, S, WS};

/// Per-character original classes and resolved levels (before L1), reused buffers.
#[derive(Debug, Default)]
pub(super) struct Resolved {
    pub classes: Vec<BidiClass>,
    pub levels: Vec<u8>,
    /// Whether some character is of class AL (Arabic letters: shaping has work).
    pub has_arabic: bool,
    /// Whether some character is a segment or paragraph separator (S, B), which
    /// rule L1 resets along with the whitespace before it.
    pub has_separators: bool,
    work: Vec<BidiClass>,
    stack: Vec<(char, usize)>,
    pairs: Vec<(usize, usize)>,
}

/// A set of classes, as bits.
#[derive(Clone, Copy)]
struct Seen(u32);

impl Seen {
    fn of(classes: &[BidiClass]) -> Self {
        Seen(classes.iter().fold(0, |s, &c| s | 1 << (c as u32)))
    }

    fn any(self, classes: &[BidiClass]) -> bool {
        classes.iter().any(|&c| self.0 & 1 << (c as u32) != 0)
    }

    /// Only the classes the simple path handles.
    fn is_simple(self) -> bool {
        let simple = Seen::of(&[L, R, AL, EN, ES, ET, AN, CS, NSM, S, WS, ON]);
        self.0 & !simple.0 == 0
    }
}

impl Resolved {
    /// Resolve `text` as one paragraph at `para` (0 or 1).
    pub(crate) fn resolve(&mut self, text: &str, para: u8) {
        self.classes.clear();
        self.classes.extend(text.chars().map(bidi_class));
        self.resolve_classified(text, para);
    }

    /// [`Self::resolve`] when `classes` already holds the class of each character
    /// of `text` (segmentation fills it while it decodes the text anyway).
    pub(crate) fn resolve_classified(&mut self, text: &str, para: u8) {
        let seen = Seen::of(&self.classes);
        self.has_arabic = seen.any(&[AL]);
        self.has_separators = seen.any(&[BidiClass::S, BidiClass::B]);
        self.levels.clear();
        if !seen.any(&[R, AL, AN]) && para == 0 && seen.is_simple() {
            // Nothing right-to-left: every level is the paragraph's.
            self.levels.resize(self.classes.len(), 0);
        } else if seen.is_simple() {
            self.resolve_simple(text, para, seen);
        } else {
            self.resolve_full(text, para);
        }
    }

    fn resolve_full(&mut self, text: &str, para: u8) {
        let level = unicode_bidi::Level::new(para).unwrap_or_else(|_| unicode_bidi::Level::ltr());
        let info = ParagraphBidiInfo::new_with_data_source(&FastBidiData, text, Some(level));
        self.levels
            .extend(text.char_indices().map(|(i, _)| info.levels[i].number()));
    }

    fn resolve_simple(&mut self, text: &str, para: u8, seen: Seen) {
        let e = if para % 2 == 1 { R } else { L };
        let t = &mut self.work;
        t.clear();
        t.extend_from_slice(&self.classes);
        let n = t.len();
        // W1-W3 in one forward pass.
        let mut prev = e;
        let mut strong = e;
        for c in t.iter_mut() {
            if *c == NSM {
                *c = prev;
            }
            match *c {
                L | R | AL => strong = *c,
                EN if strong == AL => *c = AN,
                _ => {}
            }
            prev = *c;
            if *c == AL {
                *c = R;
            }
        }
        // W4.
        let separators = if seen.any(&[ES, CS]) {
            n.saturating_sub(1)
        } else {
            1
        };
        for i in 1..separators {
            let (a, b) = (t[i - 1], t[i + 1]);
            if (t[i] == ES && a == EN && b == EN) || (t[i] == CS && a == b && matches!(a, EN | AN))
            {
                t[i] = a;
            }
        }
        // W5: a sequence of ETs next to an EN becomes EN.
        let mut i = if seen.any(&[ET]) { 0 } else { n };
        while i < n {
            if t[i] != ET {
                i += 1;
                continue;
            }
            let start = i;
            while i < n && t[i] == ET {
                i += 1;
            }
            let touches = (start > 0 && t[start - 1] == EN) || (i < n && t[i] == EN);
            if touches {
                t[start..i].fill(EN);
            }
        }
        // W6, then W7.
        let mut strong = e;
        for c in t.iter_mut() {
            match *c {
                ES | ET | CS => *c = ON,
                L | R => strong = *c,
                EN if strong == L => *c = L,
                _ => {}
            }
        }
        if seen.any(&[ON]) {
            self.brackets(text, e);
        }
        let t = &mut self.work;
        // N1-N2: runs of neutrals take the direction around them if both sides agree.
        let strong_dir = |c: BidiClass| match c {
            L => Some(L),
            R | EN | AN => Some(R),
            _ => None,
        };
        let mut i = 0;
        while i < n {
            if strong_dir(t[i]).is_some() {
                i += 1;
                continue;
            }
            let start = i;
            while i < n && strong_dir(t[i]).is_none() {
                i += 1;
            }
            let before = if start == 0 {
                e
            } else {
                strong_dir(t[start - 1]).unwrap_or(e)
            };
            let after = if i == n {
                e
            } else {
                strong_dir(t[i]).unwrap_or(e)
            };
            let dir = if before == after { before } else { e };
            t[start..i].fill(dir);
        }
        // I1-I2.
        self.levels.extend(t.iter().map(|&c| match (para % 2, c) {
            (0, R) => para + 1,
            (0, AN | EN) => para + 2,
            (1, L | EN | AN) => para + 1,
            _ => para,
        }));
    }

    /// N0: paired brackets take the direction of what they enclose (BD16 pairing).
    fn brackets(&mut self, text: &str, e: BidiClass) {
        let t = &mut self.work;
        self.stack.clear();
        self.pairs.clear();
        for (i, c) in text.chars().enumerate() {
            if t[i] != ON {
                continue;
            }
            let Some(b) = FastBidiData.bidi_matched_opening_bracket(c) else {
                continue;
            };
            if b.is_open {
                if self.stack.len() == 63 {
                    break;
                }
                self.stack.push((b.opening, i));
            } else if let Some(k) = self.stack.iter().rposition(|&(o, _)| o == b.opening) {
                self.pairs.push((self.stack[k].1, i));
                self.stack.truncate(k);
            }
        }
        self.pairs.sort_unstable();
        let as_strong = |c: BidiClass| match c {
            L => Some(L),
            R | EN | AN => Some(R),
            _ => None,
        };
        for &(open, close) in &self.pairs {
            let mut found_e = false;
            let mut found_o = false;
            for &c in &t[open + 1..close] {
                match as_strong(c) {
                    Some(d) if d == e => found_e = true,
                    Some(_) => found_o = true,
                    None => {}
                }
            }
            let dir = if found_e {
                e
            } else if found_o {
                let before = t[..open]
                    .iter()
                    .rev()
                    .find_map(|&c| as_strong(c))
                    .unwrap_or(e);
                if before == e {
                    e
                } else {
                    before
                }
            } else {
                continue;
            };
            for at in [open, close] {
                t[at] = dir;
                // NSMs after a bracket follow its new type (they became ON in W1).
                let mut k = at + 1;
                while k < t.len() && self.classes[k] == NSM {
                    t[k] = dir;
                    k += 1;
                }
            }
        }
    }
}
