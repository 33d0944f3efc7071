//! Tokens and sentences, with the code point offsets every mention is reported in.
//!
//! A token is a run of letters, marks and digits; any other visible character is a
//! token of its own, so punctuation glued to a word (كازاخستان، «الأمن) comes apart
//! as it does in the training corpus. Digits keep `:` `/` `.` `,` `-` between them,
//! so times (08:13) and dates (06/01/2022) stay whole. Sentences end at . ! ? ؟ and
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

/// Western, Arabic-Indic and Eastern Arabic-Indic digits.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c)
}

fn joins_digits(c: char) -> bool {
    matches!(c, ':' | '/' | '.' | ',' | '-' | '٫' | '٬')
}

/// Split `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 8);
    let mut chars = text.char_indices().peekable();
    let mut char_pos = 0usize;
    let mut newline = false;
    while let Some((b, c)) = chars.next() {
        let start_char = char_pos;
        char_pos += 1;
        if c == '\n' {
            newline = true;
            continue;
        }
        if c.is_whitespace() || c.is_control() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{FEFF}')
        {
            continue;
        }
        let mut end = b + c.len_utf8();
        if is_word_char(c) {
            let mut last = c;
            while let Some(&(nb, nc)) = chars.peek() {
                let keep = if is_word_char(nc) {
                    true
                } else if joins_digits(nc) && is_digit(last) {
                    // Only when a digit follows: "2022." ends a sentence.
                    let mut ahead = text[nb + nc.len_utf8()..].chars();
                    ahead.next().is_some_and(is_digit)
                } else {
                    false
                };
                if !keep {
                    break;
                }
                chars.next();
                char_pos += 1;
                end = nb + nc.len_utf8();
                last = nc;
            }
        }
        tokens.push(Token {
            bytes: b..end,
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
    fn offsets_are_code_points() {
        let text = "أ\nب جـ";
        let t = tokenize(text);
        assert_eq!(t[1].chars, 2..3);
        assert!(t[1].after_newline);
        assert_eq!(t[2].chars, 4..6);
        assert_eq!(t[2].text(text), "جـ");
    }

    #[test]
    fn sentences_end_at_stops_and_line_ends() {
        let text = "قال علي. ذهب\nجاء";
        let s = sentences(text, &tokenize(text));
        assert_eq!(s, [0..3, 3..4, 4..5]);
    }
}
