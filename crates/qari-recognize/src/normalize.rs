//! Arabic word normalisation and proclitic stripping.
//!
//! News text spells one word many ways: أحمد/احمد, مصر/مصر with harakat, سورية/سوريه,
//! a tatweel stretched inside a word. The tagger, the gazetteers and the grouping of
//! mentions all compare words after the same folding, done here: alef variants to ا,
//! ة to ه, tatweel and harakat dropped, Arabic-Indic digits to ASCII, Latin lowercased.
//! ى is kept in the folded string but hashed as ي ([`hash_word`]), so the tagger sees
//! them as one letter while the given-name list can still tell على from علي
//! ([`hash_exact`]).
//!
//! Proclitics (و ف ب ل ك, the article and their combinations) are stripped by looking
//! every candidate up, not by always taking the shortest: ولاية stays ولاية because it is
//! a known word, while لكازاخستان becomes كازاخستان. Suffixes are never stripped, since
//! they are part of names far more often than they are pronouns.

/// Fold one character; `None` drops it (harakat, tatweel, format marks).
pub(crate) fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ة' => 'ه',
        'ی' | 'ې' => 'ي',
        'ک' => 'ك',
        'ـ' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => return None,
        '\u{200C}'..='\u{200F}' | '\u{061C}' | '\u{FEFF}' => return None,
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    })
}

/// Append the folded form of `word` to `out`. Most characters of a word fold
/// to themselves, so the runs between those that do not are copied whole
/// rather than a character at a time.
///
/// Which characters fold is told from their bytes: an ASCII byte folds when it
/// is a capital, a character of two bytes only in the Arabic block (by
/// [`ARABIC_FOLDS`]); longer ones, rare in news text, are asked of
/// [`fold_char`].
pub(crate) fn normalize_into(word: &str, out: &mut String) {
    let bytes = word.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, may_fold) = match b {
            ..0x80 => (1, b.is_ascii_uppercase()),
            0xD8..=0xDB => {
                // U+0600-U+06FF: five bits of the lead byte, six of the next.
                let low = usize::from(b & 0x03) << 6 | usize::from(bytes[i + 1] & 0x3F);
                (2, ARABIC_FOLDS[low / 64] >> (low % 64) & 1 != 0)
            }
            0x80..0xD8 | 0xDC..0xE0 => (2, false),
            0xE0..0xF0 => (3, true),
            0xF0.. => (4, true),
        };
        if may_fold {
            let c = word[i..].chars().next().unwrap_or_default();
            let folded = fold_char(c);
            if folded != Some(c) {
                out.push_str(&word[copied..i]);
                out.extend(folded);
                copied = i + len;
            }
        }
        i += len;
    }
    out.push_str(&word[copied..]);
}

/// The characters of U+0600-U+06FF that [`fold_char`] changes or drops, as
/// bits of their offset in the block.
const ARABIC_FOLDS: [u64; 4] = {
    let mut bits = [0u64; 4];
    let mut c = 0x600;
    while c < 0x700 {
        let folds = matches!(
            c,
            0x622 | 0x623 | 0x625 | 0x629 | 0x640 | 0x64B..=0x65F | 0x660..=0x669
                | 0x670..=0x673 | 0x6A9 | 0x6CC | 0x6D0 | 0x6D6..=0x6ED | 0x6F0..=0x6F9
                | 0x61C
        );
        if folds {
            bits[(c - 0x600) / 64] |= 1 << ((c - 0x600) % 64);
        }
        c += 1;
    }
    bits
};

pub(crate) fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_into(word, &mut out);
    out
}

/// A phrase's words folded and joined by spaces, as tables of names of more
/// than one word are written (الامم المتحده، الشرق الاوسط).
pub(crate) fn fold_phrase(words: &[&str]) -> String {
    let mut out = String::new();
    for (k, word) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        normalize_into(word, &mut out);
    }
    out
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over bytes, continuing from `state`, so a word can be hashed in pieces.
/// (A `const fn`, so that a word's hash can be a constant: see
/// `quotes/speaker/titles.rs`.)
const fn fnv(mut state: u64, bytes: &[u8], fold_ya: bool) -> u64 {
    let mut prev = 0u8;
    let mut i = 0;
    while i < bytes.len() {
        // ى is D9 89 and ي is D9 8A in UTF-8: fold by changing the second byte.
        let b = if fold_ya && prev == 0xD9 && bytes[i] == 0x89 {
            0x8A
        } else {
            bytes[i]
        };
        prev = b;
        state ^= b as u64;
        state = state.wrapping_mul(PRIME);
        i += 1;
    }
    state
}

/// Hash of a folded word with ى read as ي: the tagger's and gazetteers' key.
pub(crate) const fn hash_word(word: &str) -> u64 {
    fnv(SEED, word.as_bytes(), true)
}

/// The hash of the empty word, to grow with [`hash_more`].
pub(crate) const HASH_START: u64 = SEED;

/// `hash_word` of a word continued by `piece`, from the word's hash: a word can
/// be hashed a character at a time (ى, D9 89, never spans a character boundary).
pub(crate) fn hash_more(state: u64, piece: &str) -> u64 {
    fnv(state, piece.as_bytes(), true)
}

/// Hash of `prefix` followed by `rest`, equal to `hash_word` of the concatenation.
pub(crate) fn hash_pair(prefix: &str, rest: &str) -> u64 {
    fnv(fnv(SEED, prefix.as_bytes(), true), rest.as_bytes(), true)
}

/// Hash of a folded word keeping ى apart from ي (for names such as علي).
pub(crate) const fn hash_exact(word: &str) -> u64 {
    fnv(SEED, word.as_bytes(), false)
}

// Used by the lists' loading (`gazetteer/fill.rs`): the build script's and tests'.
#[cfg_attr(not(test), allow(dead_code))]
/// [`hash_word`] and [`hash_exact`] of a word in one pass over its bytes.
pub(crate) fn hash_word_and_exact(word: &str) -> (u64, u64) {
    let (mut folded, mut exact) = (SEED, SEED);
    let mut prev = 0u8;
    for &b in word.as_bytes() {
        exact = (exact ^ u64::from(b)).wrapping_mul(PRIME);
        // As in `fnv`: ى (D9 89) is read as ي (D9 8A).
        let f = if prev == 0xD9 && b == 0x89 { 0x8A } else { b };
        folded = (folded ^ u64::from(f)).wrapping_mul(PRIME);
        prev = b;
    }
    (folded, exact)
}

/// Folded proclitic strings, longest first within each family. The article forms
/// (ending in ال, and لل which is ل + ال) leave a stem without the article.
const PROCLITICS: &[&str] = &[
    "وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك",
    "فب", "فل", "و", "ف", "ب", "ل", "ك",
];

/// Where a word's stem starts after proclitics are stripped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Strip {
    /// Bytes of proclitics before the stem, article included.
    pub prefix_len: usize,
    /// Bytes of the prefix that are not the article (و ف ب ل ك), i.e. the part of the
    /// token that a mention of a name should not cover.
    pub clitic_len: usize,
}

fn has_article(p: &str) -> bool {
    p.ends_with("ال") || p.ends_with("لل")
}

/// Choose how to strip the folded word `norm`. `known(hash)` gives how often a word
/// (a whole token, article included where it has one) is known; every candidate is
/// looked up and the best known wins. Unknown words lose only a safe prefix: an
/// article form before at least three letters, or و before at least four.
pub(crate) fn strip(norm: &str, known: impl Fn(u64) -> u32) -> Strip {
    if !norm.starts_with(['و', 'ف', 'ب', 'ل', 'ك', 'ا']) {
        // No proclitic can start here.
        return Strip {
            prefix_len: 0,
            clitic_len: 0,
        };
    }
    let whole = known(hash_word(norm));
    let mut best = Strip {
        prefix_len: 0,
        clitic_len: 0,
    };
    let mut best_count = whole;
    let mut fallback: Option<Strip> = None;
    let letters = norm.chars().count();
    // Every proclitic starts with a two-byte letter: comparing those two bytes
    // first skips most candidates without a call to compare strings.
    let head = |s: &str| s.as_bytes().get(..2).map(|b| [b[0], b[1]]);
    let first = head(norm);
    for p in PROCLITICS {
        if head(p) != first {
            continue;
        }
        let Some(rest) = norm.strip_prefix(p) else {
            continue;
        };
        let rest_letters = letters - p.chars().count();
        // ك and the article leave three letters at least: كالاس (Kallas) is
        // a name, not "like the ace".
        if rest_letters < 2 || (p.ends_with("كال") && rest_letters < 3) {
            continue;
        }
        let article = has_article(p);
        let clitic_len = if article {
            p.len() - "ال".len()
        } else {
            p.len()
        };
        let cand = Strip {
            prefix_len: p.len(),
            clitic_len,
        };
        // The standalone word: with the article where the prefix carries one.
        let count = if article {
            known(hash_pair("ال", rest)).max(known(hash_word(rest)) / 2)
        } else {
            known(hash_word(rest))
        };
        if count > best_count {
            best_count = count;
            best = cand;
        }
        let safe = (article && rest_letters >= 3) || (*p == "و" && rest_letters >= 4);
        if safe && fallback.is_none_or(|f| f.prefix_len < cand.prefix_len) {
            fallback = Some(cand);
        }
    }
    if best_count == 0 {
        return fallback.unwrap_or(best);
    }
    // A bare article is part of the stem's standalone form: keep it out of the stem
    // so that الجزائر and والجزائر share one stem.
    if best.prefix_len == best.clitic_len {
        let rest = &norm[best.prefix_len..];
        if rest.starts_with("ال") && rest.chars().count() >= 4 {
            best.prefix_len += "ال".len();
        }
    }
    best
}

/// A hasher for keys that are already hashes: one multiply spreads them over all
/// bits, which the standard map's probing needs.
#[derive(Default, Clone, Copy)]
pub(crate) struct MixHasher(u64);

impl std::hash::Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0 ^ SEED, bytes, false);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
}

/// A map keyed by hashes.
pub(crate) type HashKeyed<V> =
    std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<MixHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_arabic_block_folds_as_fold_char_says() {
        for cp in 0x600..0x700u32 {
            let c = char::from_u32(cp).expect("a character");
            let low = (cp - 0x600) as usize;
            let marked = ARABIC_FOLDS[low / 64] >> (low % 64) & 1 != 0;
            assert_eq!(marked, fold_char(c) != Some(c), "U+{cp:04X}");
        }
    }

    #[test]
    fn every_character_folds_as_fold_char_says() {
        // Each character alone and between letters that stay.
        for cp in 0..0x11_0000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let word = format!("ب{c}A{c}");
            let slow: String = word.chars().filter_map(fold_char).collect();
            let mut fast = String::new();
            normalize_into(&word, &mut fast);
            assert_eq!(fast, slow, "U+{cp:04X}");
        }
    }
    use std::collections::HashMap;

    fn lexicon(words: &[&str]) -> impl Fn(u64) -> u32 {
        let map: HashMap<u64, u32> = words
            .iter()
            .map(|w| (hash_word(&normalize(w)), 5))
            .collect();
        move |h| map.get(&h).copied().unwrap_or(0)
    }

    fn stem<'a>(norm: &'a str, known: &impl Fn(u64) -> u32) -> &'a str {
        &norm[strip(norm, known).prefix_len..]
    }

    #[test]
    fn folds_alef_ta_marbuta_harakat_tatweel_digits() {
        assert_eq!(normalize("أَحْمَد"), "احمد");
        assert_eq!(normalize("إسلامـــية"), "اسلاميه");
        assert_eq!(normalize("آذار"), "اذار");
        assert_eq!(normalize("٢٠٢٢"), "2022");
        assert_eq!(normalize("NATO"), "nato");
    }

    #[test]
    fn a_word_folds_as_its_characters_do_one_by_one() {
        // Folded characters at the start, inside, at the end and side by side,
        // dropped ones among kept ones, and words with none to fold.
        for word in [
            "أحمد",
            "مكتبة",
            "إسلامـــية",
            "ـقال",
            "الدوحة",
            "بَيْروت",
            "٢٠٢٢م",
            "NATO-Plus",
            "\u{200F}لبنان\u{200F}",
            "ۀ",
            "",
            "qari",
            "مصطفى",
        ] {
            let one_by_one: String = word.chars().filter_map(fold_char).collect();
            let mut out = String::from("«");
            normalize_into(word, &mut out);
            assert_eq!(out, format!("«{one_by_one}"), "{word}");
            assert_eq!(normalize(word), one_by_one, "{word}");
        }
    }

    #[test]
    fn ya_and_alef_maqsura_hash_alike_but_not_exactly() {
        assert_eq!(hash_word("على"), hash_word("علي"));
        assert_ne!(hash_exact("على"), hash_exact("علي"));
        assert_eq!(hash_pair("ال", "قاهره"), hash_word("القاهره"));
    }

    #[test]
    fn both_hashes_at_once_are_each_hash() {
        for word in [
            "مصطفى",
            "على",
            "علي",
            "ىى",
            "qari",
            "ى",
            "",
            "\u{0649}\u{0649}ي",
        ] {
            assert_eq!(
                hash_word_and_exact(word),
                (hash_word(word), hash_exact(word)),
                "{word}"
            );
        }
    }

    #[test]
    fn a_word_hashed_a_character_at_a_time_hashes_as_a_whole() {
        for word in ["مصطفى", "على", "qari", "ى", ""] {
            let pieces = word.char_indices().fold(HASH_START, |h, (i, c)| {
                hash_more(h, &word[i..i + c.len_utf8()])
            });
            assert_eq!(pieces, hash_word(word), "{word}");
        }
        assert_ne!(hash_more(HASH_START, "ى"), hash_exact("ى"));
    }

    #[test]
    fn every_candidate_is_looked_up() {
        let known = lexicon(&["ولاية", "كازاخستان", "فلسطين", "الأمن"]);
        assert_eq!(stem("ولايه", &known), "ولايه");
        assert_eq!(stem("فلسطين", &known), "فلسطين");
        assert_eq!(stem("لكازاخستان", &known), "كازاخستان");
        assert_eq!(stem("والامن", &known), "امن");
        assert_eq!(stem("للامن", &known), "امن");
        assert_eq!(stem("الامن", &known), "امن");
        // ك and the article leave three letters at least (كالاس, Kallas).
        let known = lexicon(&["اس", "نار"]);
        assert_eq!(stem("كالاس", &known), "كالاس");
        assert_eq!(stem("كالنار", &known), "نار");
    }

    #[test]
    fn clitic_len_leaves_the_article_in_the_mention() {
        let known = lexicon(&["الجزائر"]);
        let s = strip("والجزائر", &known);
        assert_eq!(s.clitic_len, "و".len());
        assert_eq!(s.prefix_len, "وال".len());
    }

    #[test]
    fn unknown_words_lose_only_safe_prefixes() {
        let known = lexicon(&[]);
        assert_eq!(stem("وباشينيان", &known), "باشينيان");
        assert_eq!(stem("والبرلمان", &known), "برلمان");
        assert_eq!(stem("وليد", &known), "وليد");
        assert_eq!(stem("بيلاروسيا", &known), "بيلاروسيا");
    }
}
