//! PURE: Arabic presentation forms and other compatibility characters,
//! folded for search and recognition while the text shows as written; and
//! a hamza or madda written as a mark after its letter (NFD), composed.
//!
//! Text copied from a PDF often holds the joined shapes themselves (U+FB50 to
//! U+FDFF, U+FE70 to U+FEFF: "ﺍﻟﺴﻼﻡ" for "السلام"), which no query and no
//! gazetteer spells that way. Their NFKC mapping is the letter (or, for a
//! ligature such as ﻻ, the letters) a person reads; only these two blocks are
//! folded, so nothing else in the text changes. Offsets stay exact both
//! ways: search compiles the forms into its character classes and matches
//! the original text ([`crate::core::search`]); the recogniser reads a folded
//! copy and [`recognize`] maps its spans back through [`Folded::origin`],
//! widened to whole original characters.

use std::ops::Range;

use qari_recognize::{Recognition, Recognizer};
use unicode_normalization::UnicodeNormalization;

/// True for a character of the two presentation-form blocks.
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// What a presentation form reads as (NFKC), or `None` for anything else and
/// for the few code points of the blocks that have no mapping.
pub fn fold_char(c: char) -> Option<String> {
    if !is_presentation_form(c) {
        return None;
    }
    let folded: String = std::iter::once(c).nfkc().collect();
    // Isolated harakat (U+FE70…) fold to a space and the mark: keep the mark.
    let folded = folded.trim_start_matches(' ').to_string();
    (!folded.is_empty() && folded != c.to_string()).then_some(folded)
}

/// Text with its presentation forms folded, and where each character came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub text: String,
    /// Each form that folded, in order: where the text changes its count of
    /// code points. Between two of them a folded code point comes from the
    /// original one as many places on, so only the forms are kept (a table
    /// of every code point cost a word per character of each chunk).
    forms: Vec<Form>,
    /// Code points of `text`.
    len: usize,
    /// Code points of the original.
    original_len: usize,
}

/// One presentation form that folded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Form {
    /// The first folded code point it became.
    at: usize,
    /// How many it became.
    count: usize,
    /// Its code point offset in the original.
    origin: usize,
}

impl Folded {
    /// The original code point folded code point `i` came from; the
    /// original's length for `i` at or past the end.
    fn origin(&self, i: usize) -> usize {
        if i >= self.len {
            return self.original_len;
        }
        match self.forms.partition_point(|f| f.at <= i).checked_sub(1) {
            None => i,
            Some(k) => {
                let f = self.forms[k];
                if i < f.at + f.count {
                    f.origin
                } else {
                    f.origin + 1 + (i - f.at - f.count)
                }
            }
        }
    }

    /// The original code points covering folded code points `span`, with
    /// the marks its last letter composed with (see [`fold_text`]).
    pub fn original(&self, span: Range<usize>) -> Range<usize> {
        let start = self.origin(span.start);
        let mut end = if span.end == 0 {
            0
        } else {
            self.origin(span.end - 1) + 1
        };
        if span.end > span.start {
            let first = self.forms.partition_point(|f| f.at < span.end);
            for f in self.forms[first..].iter().take_while(|f| f.at == span.end) {
                if f.count == 0 {
                    end = end.max(f.origin + 1);
                }
            }
        }
        start..end.max(start).min(self.original_len)
    }
}

/// A hamza or a madda written as a mark after its letter (NFD, as some tools
/// write ئ: ي and U+0654), which the letter with it composes; harakat may
/// stand between them (canonical order puts a kasra before the hamza).
fn is_joining_mark(c: char) -> bool {
    matches!(c, '\u{0653}'..='\u{0655}')
}

/// Where a candidate to fold starts: a presentation form (led by 0xEF), or
/// a hamza or madda mark (0xD9 then 0x93 to 0x95), in text order.
fn candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut forms = memchr::memchr_iter(0xEF, bytes).peekable();
    let mut marks = memchr::memchr3_iter(0x93, 0x94, 0x95, bytes)
        .filter(move |&i| i > 0 && bytes[i - 1] == 0xD9)
        .map(|i| i - 1)
        .peekable();
    std::iter::from_fn(move || match (forms.peek(), marks.peek()) {
        (Some(&f), Some(&m)) if m < f => marks.next(),
        (Some(_), _) => forms.next(),
        (None, _) => marks.next(),
    })
}

/// `text` folded, or `None` when it has nothing to fold (the usual case,
/// found in one pass without copying).
pub fn fold_text(text: &str) -> Option<Folded> {
    // Both blocks are three bytes in UTF-8, led by 0xEF (a lead byte, never
    // inside another character): a byte search finds every candidate, and
    // the text between two of them is copied whole. So are the marks.
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut forms = Vec::new();
    // Bytes of `text` copied so far, and their code points.
    let (mut copied, mut origin, mut len) = (0, 0, 0);
    for at in candidates(bytes) {
        if at < copied {
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            continue;
        };
        if is_joining_mark(c) {
            // The letter before it, past harakat, within what is not copied.
            let run = &text[copied..at];
            let Some((base_at, base)) = run
                .char_indices()
                .rev()
                .find(|&(_, b)| !matches!(b, '\u{064B}'..='\u{0652}'))
            else {
                continue;
            };
            let Some(composed) = unicode_normalization::char::compose(base, c) else {
                continue;
            };
            if forms.is_empty() {
                out.reserve(text.len());
            }
            let before = &run[..base_at];
            let between = &run[base_at + base.len_utf8()..];
            let n = before.chars().count() + 1 + between.chars().count();
            out.push_str(before);
            out.push(composed);
            out.push_str(between);
            origin += n;
            len += n;
            // The mark becomes nothing: the letter before it holds it.
            forms.push(Form {
                at: len,
                count: 0,
                origin,
            });
            origin += 1;
            copied = at + c.len_utf8();
            continue;
        }
        let Some(folded) = fold_char(c) else {
            continue;
        };
        if forms.is_empty() {
            out.reserve(text.len());
        }
        let run = &text[copied..at];
        let run_chars = run.chars().count();
        out.push_str(run);
        origin += run_chars;
        len += run_chars;
        let count = folded.chars().count();
        out.push_str(&folded);
        forms.push(Form {
            at: len,
            count,
            origin,
        });
        origin += 1;
        len += count;
        copied = at + 3;
    }
    if forms.is_empty() {
        return None;
    }
    let run = &text[copied..];
    let run_chars = run.chars().count();
    out.push_str(run);
    Some(Folded {
        text: out,
        forms,
        len: len + run_chars,
        original_len: origin + run_chars,
    })
}

/// Recognise entities in `text` as written, presentation forms read as the
/// letters they show: the spans are the original text's.
pub fn recognize(recognizer: &Recognizer, text: &str) -> Recognition {
    recognize_with(text, |text| recognizer.recognize(text))
}

/// [`recognize`] through any way of recognising a text (in chunks, say).
pub fn recognize_with(text: &str, recognize: impl FnOnce(&str) -> Recognition) -> Recognition {
    let Some(folded) = fold_text(text) else {
        return recognize(text);
    };
    let mut found = recognize(&folded.text);
    for mention in &mut found.mentions {
        mention.span = folded.original(mention.span.clone());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "السلام عليكم لا" typed as contextual forms, as a PDF gives it.
    const SHAPED: &str = "\u{FE8D}\u{FEDF}\u{FEB4}\u{FEFC}\u{FEE1} \u{FECB}\u{FEE0}\u{FEF4}\u{FEDC}\u{FEE2} \u{FEFB}";

    #[test]
    fn forms_fold_to_the_letters_they_show() {
        assert_eq!(fold_char('\u{FEDF}').as_deref(), Some("ل"));
        assert_eq!(fold_char('\u{FEFB}').as_deref(), Some("لا"));
        assert_eq!(fold_char('\u{FDF2}').as_deref(), Some("الله"));
        assert_eq!(fold_char('\u{FE7C}').as_deref(), Some("\u{0651}"));
        assert_eq!(fold_char('ل'), None);
        assert_eq!(fold_char('\u{FEFF}'), None, "the BOM has no mapping");
        let folded = fold_text(SHAPED).expect("forms");
        assert_eq!(folded.text, "السلام عليكم لا");
        assert_eq!(fold_text("السلام"), None);
    }

    #[test]
    fn spans_map_back_to_whole_original_characters() {
        let folded = fold_text(SHAPED).expect("forms");
        // Folded "السلام" (0..6) is the original's first five characters.
        assert_eq!(folded.original(0..6), 0..5);
        // Half of the ligature ﻼ (folded 3..4, its lam) is all of it (3..4).
        assert_eq!(folded.original(3..4), 3..4);
        assert_eq!(folded.original(4..5), 3..4);
        // "لا" at the end: folded 13..15, original 12..13.
        assert_eq!(folded.original(13..15), 12..13);
        assert_eq!(folded.original(15..15), 13..13);
    }

    #[test]
    fn plain_text_between_forms_keeps_its_places() {
        // Plain letters, a BOM (no mapping), forms of one and of two letters
        // and Latin between them: every folded code point maps to the one it
        // came from, counted by folding each character on its own.
        let text = "قال \u{FEFF}x \u{FEDF}\u{FEFB} عن\u{FDF2} ab\u{FE8D}";
        let folded = fold_text(text).expect("forms");
        let mut expected = Vec::new();
        for (i, c) in text.chars().enumerate() {
            let n = fold_char(c).map_or(1, |f| f.chars().count());
            expected.extend(std::iter::repeat_n(i, n));
        }
        assert_eq!(folded.text.chars().count(), expected.len());
        for (j, &i) in expected.iter().enumerate() {
            assert_eq!(folded.original(j..j + 1), i..i + 1, "folded {j}");
        }
        let all = text.chars().count();
        assert_eq!(folded.original(0..expected.len()), 0..all);
        assert_eq!(
            folded.original(expected.len()..expected.len() + 2),
            all..all
        );
    }

    #[test]
    fn a_hamza_or_madda_written_as_a_mark_composes_with_its_letter() {
        use unicode_normalization::UnicodeNormalization;
        // رئيس and آمال decomposed; a kasra between the yeh and the hamza.
        let text = "ري\u{0654}س وا\u{0653}مال ري\u{0650}\u{0654}س ر\u{0654}";
        let folded = fold_text(text).expect("marks");
        assert_eq!(folded.text, "رئس وآمال رئِس ر\u{0654}");
        assert_eq!(folded.text, text.nfc().collect::<String>());
        // رئس (folded 0..3) is the original's first four code points, the
        // mark with its letter; آمال (4..8) is 5..10.
        assert_eq!(folded.original(0..3), 0..4);
        assert_eq!(folded.original(0..2), 0..3);
        assert_eq!(folded.original(5..9), 6..11);
        assert_eq!(folded.original(4..5), 5..6);
        // After the kasra: the mark goes with the span that ends there.
        assert_eq!(folded.original(10..13), 12..16);
        assert_eq!(fold_text("رئيس"), None);
    }

    #[test]
    fn the_recogniser_finds_in_decomposed_text_what_it_finds_in_composed() {
        use unicode_normalization::UnicodeNormalization;
        let plain = "وقال رئيس الوزراء الإسرائيلي إن المسؤولين في أستانا سيتابعون الأمر.";
        let decomposed: String = plain.nfd().collect();
        assert_ne!(decomposed, plain);
        let recognizer = Recognizer::builtin().expect("weights");
        let texts = |text: &str, r: &Recognition| -> Vec<(qari_recognize::Kind, String)> {
            let chars: Vec<char> = text.chars().collect();
            r.mentions
                .iter()
                .map(|m| {
                    (
                        m.kind,
                        chars[m.span.clone()]
                            .iter()
                            .collect::<String>()
                            .nfc()
                            .collect(),
                    )
                })
                .collect()
        };
        let expected = texts(plain, &recognizer.recognize(plain));
        assert!(!expected.is_empty());
        assert_eq!(
            texts(&decomposed, &recognize(&recognizer, &decomposed)),
            expected
        );
    }

    #[test]
    fn the_recogniser_finds_in_forms_what_it_finds_in_letters() {
        // Each letter written as a presentation form of it (one for one, so
        // the spans of both texts must be the same).
        let form_of = |c: char| {
            ('\u{FE70}'..='\u{FEFC}')
                .find(|&f| fold_char(f).is_some_and(|l| l == c.to_string()))
                .unwrap_or(c)
        };
        let plain = "قال الرئيس الكازاخستاني قاسم جومارت توكاييف في أستانا إن الحكومة استقالت.";
        let shaped: String = plain.chars().map(form_of).collect();
        assert_ne!(shaped, plain);
        let recognizer = Recognizer::builtin().expect("weights");
        let spans = |r: &Recognition| -> Vec<_> {
            r.mentions
                .iter()
                .map(|m| (m.kind, m.span.clone()))
                .collect()
        };
        let expected = spans(&recognizer.recognize(plain));
        assert!(!expected.is_empty());
        assert_eq!(spans(&recognize(&recognizer, &shaped)), expected);
        assert!(spans(&recognizer.recognize(&shaped)).len() < expected.len());
    }
}
