//! Tokens and sentences, with the code point offsets every mention is reported in.
//!
//! A token is a run of letters, marks and digits; any other visible character is a
//! token of its own, so punctuation glued to a word (كازاخستان، «الأمن) comes apart
//! as it does in the training corpus. Digits keep `:` `/` `.` `,` `-` between them,
//! so times (08:13) and dates (06/01/2022) stay whole, and a site's name keeps
//! its dot (العربية.نت). Sentences end at . ! ? ؟ and
//! at line ends; the tagger decodes one sentence at a time, as it was trained.

use std::ops::Range;

/// One token: its place in the text in bytes and in code points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub bytes: Range<usize>,
    pub chars: Range<usize>,
    /// A line end lies between this token and the one before it.
    pub after_newline: bool,
}

impl Token {
    pub(crate) fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.bytes.clone()]
    }
}

fn is_word_char(c: char) -> bool {
    // Arabic letters and digits first: the general Unicode lookup is slow.
    if matches!(c, '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | 'a'..='z' | 'A'..='Z' | '0'..='9')
    {
        return true;
    }
    c.is_alphanumeric()
        || matches!(
            c,
            '\u{064B}'..='\u{065F}' | '\u{0670}' | 'ـ' | '\u{200C}' | '\u{200D}'
        )
}

/// `char::is_alphanumeric`, told at once for Arabic letters and digits, which
/// are most of what the rules ask about: the general Unicode lookup is slow.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}') || c.is_alphanumeric()
}

/// `char::is_alphabetic`, told at once for Arabic letters (see
/// [`is_alphanumeric`]).
pub(crate) fn is_alphabetic(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}') || c.is_alphabetic()
}

/// Western, Arabic-Indic and Eastern Arabic-Indic digits.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c)
}

fn joins_digits(c: char) -> bool {
    matches!(c, ':' | '/' | '.' | ',' | '-' | '٫' | '٬')
}

/// The character at byte `b` of `text` (a character boundary) and its length
/// in bytes. ASCII and two-byte characters (the Arabic block among them), all
/// but a few of a news text's, are decoded here from their bytes.
#[inline]
fn char_at(text: &str, b: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    let lead = bytes[b];
    if lead < 0x80 {
        return (char::from(lead), 1);
    }
    if lead < 0xE0 {
        // Valid UTF-8 at a boundary: a lead byte of two, then a continuation.
        let code = (u32::from(lead & 0x1F) << 6) | u32::from(bytes[b + 1] & 0x3F);
        return (
            char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
            2,
        );
    }
    let c = text[b..]
        .chars()
        .next()
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

/// Split `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 8);
    // `b` is the byte after the characters read, `char_pos` their count.
    let mut b = 0usize;
    let mut char_pos = 0usize;
    let mut newline = false;
    while b < text.len() {
        let (c, len) = char_at(text, b);
        let (start, start_char) = (b, char_pos);
        b += len;
        char_pos += 1;
        if c == '\n' {
            newline = true;
            continue;
        }
        // A word's first letter first: no word character is a space, a
        // control or a mark of direction, and the Unicode tables those need
        // are slow.
        if is_word_char(c) {
            let mut last = c;
            while b < text.len() {
                let (next, next_len) = char_at(text, b);
                let keep = if is_word_char(next) {
                    true
                } else if joins_digits(next) && is_digit(last) {
                    // Only when a digit follows: "2022." ends a sentence.
                    text[b + next_len..].chars().next().is_some_and(is_digit)
                } else if next == '.' && ('\u{0621}'..='\u{064A}').contains(&last) {
                    // العربية.نت، الجزيرة.نت: a site's name, no sentence's end.
                    text[b + next_len..]
                        .strip_prefix("نت")
                        .is_some_and(|rest| !rest.chars().next().is_some_and(is_word_char))
                } else {
                    false
                };
                if !keep {
                    break;
                }
                b += next_len;
                char_pos += 1;
                last = next;
            }
        } else if c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{FEFF}')
        {
            continue;
        }
        tokens.push(Token {
            bytes: start..b,
            chars: start_char..char_pos,
            after_newline: std::mem::take(&mut newline),
        });
    }
    tokens
}

/// True for tokens that end a sentence.
pub(crate) fn ends_sentence(token: &str) -> bool {
    matches!(token, "." | "!" | "?" | "؟" | "…")
}

/// Split token indices into sentences.
pub(crate) fn sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.after_newline && i > start {
            out.push(start..i);
            start = i;
        }
        if ends_sentence(t.text(text)) {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_classes_are_the_standard_ones() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn punctuation_comes_apart_from_words() {
        assert_eq!(
            words("كازاخستان، «الأمن» (روسيا)."),
            ["كازاخستان", "،", "«", "الأمن", "»", "(", "روسيا", ")", "."]
        );
    }

    #[test]
    fn times_and_numeric_dates_stay_whole() {
        assert_eq!(
            words("08:13 م 06/01/2022."),
            ["08:13", "م", "06/01/2022", "."]
        );
        assert_eq!(words("عام 2022، قال"), ["عام", "2022", "،", "قال"]);
    }

    #[test]
    fn a_sites_dot_stays_in_its_name() {
        assert_eq!(
            words("الرياض - العربية.نت: قال"),
            ["الرياض", "-", "العربية.نت", ":", "قال"]
        );
        // A sentence's end before another word is one.
        assert_eq!(words("انتهى.نتمنى"), ["انتهى", ".", "نتمنى"]);
        assert_eq!(words("انتهى.نت"), ["انتهى.نت"]);
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "أ\nب جـ";
        let t = tokenize(text);
        assert_eq!(t[1].chars, 2..3);
        assert!(t[1].after_newline);
        assert_eq!(t[2].chars, 4..6);
        assert_eq!(t[2].text(text), "جـ");
    }

    proptest::proptest! {
        /// Every token's code point offsets are its bytes' (the tokeniser
        /// decodes one, two, three and four-byte characters on its own).
        #[test]
        fn code_points_and_bytes_agree(
            text in "[a-z0-9 .:/\n\u{0621}-\u{064A}\u{064B}\u{0660}-\u{0669}«»\u{200F}\u{FE8D}\u{FEFB}\u{1F600}é]{0,60}"
        ) {
            let mut last_end = 0;
            for t in tokenize(&text) {
                proptest::prop_assert_eq!(t.chars.start, text[..t.bytes.start].chars().count());
                proptest::prop_assert_eq!(t.chars.len(), t.text(&text).chars().count());
                proptest::prop_assert!(t.bytes.start >= last_end && !t.bytes.is_empty());
                last_end = t.bytes.end;
            }
        }
    }

    #[test]
    fn sentences_end_at_stops_and_line_ends() {
        let text = "قال علي. ذهب\nجاء";
        let s = sentences(text, &tokenize(text));
        assert_eq!(s, [0..3, 3..4, 4..5]);
    }
}
