//! PURE: what a typed query means, as a `regex` pattern over the original text.
//!
//! Arabic text is searched the way a reader thinks of it: the harakat and the
//! tatweel are decoration, the alef variants (أ إ آ ٱ ا) one letter, ى/ي, ة/ه
//! and the hamza's seats (ء ؤ ئ: المسئول، المسؤول) interchangeable, and
//! digits the same number in any of the three digit sets, with the decimal
//! point and the percent sign in theirs (٣٫٢٪ is 3.2%). Rather than folding the text (a copy of a hundred megabytes, and a
//! map from folded offsets back), the query is folded and compiled into
//! character classes with optional marks between them, which `regex` runs
//! directly over the original text: nothing is copied and a hit is exactly the
//! original characters, marks included.

/// Arabic combining marks (harakat, Quranic marks, superscript alef), the
/// tatweel, and the invisible characters web text puts inside words (the
/// soft hyphen, zero-width space, non-joiner and joiner, word joiner, the
/// direction marks, embeddings and isolates, which wrap a page's table
/// cells): skipped in the query, allowed anywhere between two letters of
/// the text.
pub fn is_ignorable(c: char) -> bool {
    IGNORABLE
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

/// The ignorable characters, in ranges: the one table both the query's
/// filter and the pattern's class are made from.
const IGNORABLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2060}'),
    ('\u{2066}', '\u{2069}'),
    ('\u{0610}', '\u{061A}'),
    ('\u{0640}', '\u{0640}'),
    ('\u{064B}', '\u{065F}'),
    ('\u{0670}', '\u{0670}'),
    ('\u{06D6}', '\u{06DC}'),
    ('\u{06DF}', '\u{06E4}'),
    ('\u{06E7}', '\u{06E8}'),
    ('\u{06EA}', '\u{06ED}'),
    ('\u{08D3}', '\u{08E1}'),
    ('\u{08E3}', '\u{08FF}'),
];

use unicode_normalization::UnicodeNormalization;

/// The ignorable characters as the inside of a regex class.
fn ignorable_class() -> &'static str {
    static CLASS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| {
        IGNORABLE
            .iter()
            .map(|&(first, last)| {
                if first == last {
                    format!("\\x{{{:04X}}}", u32::from(first))
                } else {
                    format!(
                        "\\x{{{:04X}}}-\\x{{{:04X}}}",
                        u32::from(first),
                        u32::from(last)
                    )
                }
            })
            .collect()
    })
}

const ALEFS: &str = "\u{0627}\u{0623}\u{0625}\u{0622}\u{0671}";
const YEHS: &str = "\u{064A}\u{0649}\u{06CC}";
const TEH_MARBUTA_HEH: &str = "\u{0629}\u{0647}";
const KAFS: &str = "\u{0643}\u{06A9}";
/// Hamza on its seats, which spellings differ on (المسئول، المسؤول).
const HAMZAS: &str = "\u{0621}\u{0624}\u{0626}";

/// A number's decimal point and the Arabic decimal separator (٣٫٢ is 3.2).
const DECIMAL_POINTS: &str = ".\u{066B}";
/// The percent sign and the Arabic one (٪).
const PERCENTS: &str = "%\u{066A}";

/// The characters a query character stands for (itself when it has no variants).
fn variants(c: char) -> Option<String> {
    let set = [
        ALEFS,
        YEHS,
        TEH_MARBUTA_HEH,
        KAFS,
        HAMZAS,
        DECIMAL_POINTS,
        PERCENTS,
    ]
    .into_iter()
    .find(|set| set.contains(c));
    if let Some(set) = set {
        return Some(set.to_string());
    }
    let digit = match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }?;
    let forms = [u32::from(b'0') + digit, 0x0660 + digit, 0x06F0 + digit];
    Some(forms.iter().filter_map(|&u| char::from_u32(u)).collect())
}

/// Smart case: a query holding an uppercase letter is matched case-sensitively.
pub fn is_case_sensitive(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

/// The same for a regular expression, whose escapes (`\S`, `\W`, `\p{Lu}`) are
/// syntax, not letters the user typed.
pub fn regex_is_case_sensitive(pattern: &str) -> bool {
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            // `\pL` or `\p{...}`: the class name is syntax too.
            if matches!(chars.next(), Some('p' | 'P')) && chars.next() == Some('{') {
                chars.by_ref().find(|&n| n == '}');
            }
            continue;
        }
        if c.is_uppercase() {
            return true;
        }
    }
    false
}

/// The regex pattern for a literal query, or `None` when nothing in it can be
/// searched for (empty, or only marks and tatweel).
pub fn literal_pattern(query: &str) -> Option<String> {
    let mut pattern = String::new();
    let mut in_space = false;
    let mut first = true;
    let fold_case = !is_case_sensitive(query);
    // A query typed decomposed (e and U+0301) means the letter (é), which
    // is then also found decomposed in the text (below).
    // A query pasted from a PDF is in presentation forms: the letters they
    // show are meant (the text's forms are found by the letters' classes).
    let letters =
        crate::core::compat::fold_text(query).map_or_else(|| query.to_string(), |f| f.text);
    let composed: String = letters.nfc().collect();
    let mut chars = composed.chars().filter(|&c| !is_ignorable(c)).peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            // Any run of spaces matches any run of spaces within a line,
            // after the last letter's marks and with marks among them (a
            // Quranic pause mark between two words).
            if !in_space && !first {
                pattern.push_str(&space_pattern());
            }
            in_space = true;
            continue;
        }
        // A letter after another of its word (where a long alef may be
        // written as the superscript alef over the one before).
        let inside_word = !first && !in_space;
        if inside_word {
            pattern.push('[');
            pattern.push_str(ignorable_class());
            pattern.push_str("]*");
        }
        in_space = false;
        first = false;
        // Lam then alef is also the one character of a lam-alef ligature.
        if c == '\u{0644}' && chars.peek().is_some_and(|&a| ALEFS.contains(a)) {
            let alef = chars.next().unwrap_or('\u{0627}');
            pattern.push_str("(?:");
            push_class(&mut pattern, c, inside_word);
            pattern.push('[');
            pattern.push_str(ignorable_class());
            pattern.push_str("]*");
            push_class(&mut pattern, alef, true);
            pattern.push_str("|[\\x{FEF5}-\\x{FEFC}])");
            continue;
        }
        // ئ and ؤ written as their letter and a hamza mark (NFD, harakat
        // may come between): the mark is ignorable, the letter is not the
        // same one.
        if let Some(base) = hamza_base(c) {
            pattern.push_str("(?:");
            push_class(&mut pattern, c, inside_word);
            pattern.push('|');
            pattern.push(base);
            pattern.push('[');
            pattern.push_str(ignorable_class());
            pattern.push_str("]*\\x{0654})");
            continue;
        }
        // Smart case on the letters that have one only: a whole pattern
        // under (?i) folds the case of every mark class between them too,
        // which made compiling a 30-letter query take 70 ms (a key's wait).
        let cased = fold_case && (c.is_lowercase() || c.is_uppercase());
        if cased {
            pattern.push_str("(?i:");
        }
        // é as e and U+0301 (NFD), as some tools write Latin: a letter
        // outside Arabic with a canonical decomposition is either.
        let decomposed: String = std::iter::once(c).nfd().collect();
        if !is_arabic(c) && decomposed.chars().count() > 1 {
            pattern.push_str("(?:");
            push_class(&mut pattern, c, inside_word);
            pattern.push('|');
            pattern.push_str(&regex::escape(&decomposed));
            pattern.push(')');
        } else {
            push_class(&mut pattern, c, inside_word);
        }
        if cased {
            pattern.push(')');
        }
    }
    if first {
        return None;
    }
    // A trailing space in the query is typed on the way to the next word.
    if let Some(stripped) = pattern.strip_suffix(&space_pattern()) {
        pattern.truncate(stripped.len());
    }
    Some(pattern)
}

/// What a run of spaces in a query matches: the marks of the word before, a
/// space, and any spaces and marks after it, within a line.
fn space_pattern() -> String {
    let class = ignorable_class();
    format!("[{class}]*[^\\S\\n][[^\\S\\n]{class}]*")
}

/// A letter of the Arabic blocks, whose variants and marks are folded above.
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

/// The letter that ئ or ؤ is written as before a hamza mark (U+0654).
fn hamza_base(c: char) -> Option<char> {
    match c {
        '\u{0626}' => Some('\u{064A}'),
        '\u{0624}' => Some('\u{0648}'),
        _ => None,
    }
}

/// The class of what a query character matches: its variants, and the
/// presentation forms that show any of them ([`crate::core::compat`]).
fn push_class(pattern: &mut String, c: char, inside_word: bool) {
    let set = variants(c).unwrap_or_else(|| c.to_string());
    let forms: String = set
        .chars()
        .filter_map(forms_of)
        .flat_map(|f| f.chars())
        .collect();
    if set.chars().count() == 1 && forms.is_empty() {
        pattern.push_str(&regex::escape(&set));
        return;
    }
    pattern.push('[');
    pattern.push_str(&set);
    pattern.push_str(&forms);
    pattern.push(']');
    // Quranic spelling writes a long alef as the superscript alef over the
    // letter before it (ٱلْكِتَٰبُ for الكتاب).
    if inside_word && set.starts_with(ALEFS) {
        let class = pattern.split_off(pattern.rfind('[').unwrap_or(pattern.len()));
        pattern.push_str("(?:");
        pattern.push_str(&class);
        pattern.push_str("|\\x{0670})");
    }
}

/// The presentation forms that fold to the single letter `c`.
fn forms_of(c: char) -> Option<&'static str> {
    static FORMS: std::sync::OnceLock<std::collections::HashMap<char, String>> =
        std::sync::OnceLock::new();
    let table = FORMS.get_or_init(|| {
        let mut table: std::collections::HashMap<char, String> = std::collections::HashMap::new();
        let blocks = ('\u{FB50}'..='\u{FDFF}').chain('\u{FE70}'..='\u{FEFF}');
        for form in blocks {
            let Some(folded) = crate::core::compat::fold_char(form) else {
                continue;
            };
            let mut letters = folded.chars().filter(|&l| !is_ignorable(l));
            if let (Some(letter), None) = (letters.next(), letters.next()) {
                table.entry(letter).or_default().push(form);
            }
        }
        table
    });
    table.get(&c).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The class the pattern uses, written out: what the table makes.
    const IGNORABLE_CLASS: &str = "\\x{00AD}\\x{061C}\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2060}\\x{2066}-\\x{2069}\\x{0610}-\\x{061A}\\x{0640}\\x{064B}-\\x{065F}\\x{0670}\
\\x{06D6}-\\x{06DC}\\x{06DF}-\\x{06E4}\\x{06E7}-\\x{06E8}\\x{06EA}-\\x{06ED}\
\\x{08D3}-\\x{08E1}\\x{08E3}-\\x{08FF}";

    #[test]
    fn the_pattern_s_class_is_the_table_s() {
        assert_eq!(ignorable_class(), IGNORABLE_CLASS);
    }

    #[test]
    fn marks_and_tatweel_are_ignorable_letters_are_not() {
        for c in [
            '\u{064E}', '\u{0651}', '\u{0652}', '\u{0670}', '\u{0640}', '\u{0610}',
        ] {
            assert!(is_ignorable(c), "{:04X}", c as u32);
        }
        // Invisible in a word: a zero-width space, a non-joiner, a soft hyphen,
        // a direction mark; around a table's cells, isolates and embeddings.
        for c in [
            '\u{200B}', '\u{200C}', '\u{00AD}', '\u{200F}', '\u{2068}', '\u{202B}',
        ] {
            assert!(is_ignorable(c), "{:04X}", c as u32);
        }
        for c in ['ا', 'ب', 'ء', ' ', 'a', '\u{0301}'] {
            assert!(!is_ignorable(c), "{:04X}", c as u32);
        }
    }

    #[test]
    fn smart_case_looks_for_uppercase_letters() {
        assert!(!is_case_sensitive("astana"));
        assert!(is_case_sensitive("Astana"));
        assert!(!is_case_sensitive("أستانا 2022"));
        assert!(!regex_is_case_sensitive("\\S+\\W\\p{Lu}\\pL\\D"));
        assert!(regex_is_case_sensitive("\\sTok"));
    }

    #[test]
    fn patterns_are_classes_with_marks_between() {
        assert_eq!(literal_pattern(""), None);
        assert_eq!(literal_pattern("\u{064E}\u{0640}"), None);
        // A regex's own characters are literal (the point is the Arabic
        // decimal separator too).
        assert_eq!(
            literal_pattern("A*B"),
            Some(format!("A[{IGNORABLE_CLASS}]*\\*[{IGNORABLE_CLASS}]*B"))
        );
        assert_eq!(
            literal_pattern("A.B"),
            Some(format!(
                "A[{IGNORABLE_CLASS}]*[.\u{066B}][{IGNORABLE_CLASS}]*B"
            ))
        );
        assert_eq!(
            literal_pattern("a b "),
            Some(format!("(?i:a){}(?i:b)", space_pattern()))
        );
        assert_eq!(literal_pattern("٣"), Some("[3٣۳]".to_string()));
        assert_eq!(literal_pattern("ب"), Some("[بﺏﺐﺑﺒ]".to_string()));
    }
}
