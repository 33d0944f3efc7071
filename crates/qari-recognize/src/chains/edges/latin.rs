//! A Latin gloss after an Arabic name (its spelling in brackets) and Latin
//! initials: the name and its gloss are one.

use std::collections::HashSet;

use super::*;

/// Words a name's Latin spelling in brackets holds at most (South China
/// Morning Post).
const GLOSS_WORDS: usize = 6;

/// A word of a name's Latin spelling: letters of no Arabic script, digits, and
/// the marks inside names (AT&T، O'Neill، S.A.).
fn latin_word(word: &str) -> bool {
    word.chars().any(crate::tokenize::is_alphabetic)
        && word.chars().all(|c| {
            (c.is_alphanumeric() && !('\u{0600}'..='\u{06FF}').contains(&c))
                || matches!(c, '&' | '.' | '-' | '\'')
        })
}

/// The kind (as [`TYPES`] counts) of the name whose Latin spelling the words
/// `a..b` are: alone in brackets, with a capital, right after an Arabic name
/// the labels mark or after its nationality (شركة إيني الإيطالية (Eni)).
pub(crate) fn latin_gloss(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &[u8],
    a: usize,
    b: usize,
) -> Option<usize> {
    if a < 2
        || b <= a
        || b - a > GLOSS_WORDS
        || words[a - 1] != "("
        || words.get(b) != Some(&")")
        || !words[a..b].iter().all(|w| latin_word(w))
        || !words[a..b]
            .iter()
            .any(|w| w.chars().any(char::is_uppercase))
    {
        return None;
    }
    let mut named = a - 2;
    if labels[named] == 0 && infos[named].nationality && named > 0 {
        named -= 1;
    }
    // (A name of Latin words is the tagger's guess: it spells nothing.)
    if !crate::has_arabic_letter(words[named]) {
        return None;
    }
    let ty = match labels[named] {
        l @ 1..=6 => usize::from((l - 1) / 2),
        _ => return None,
    };
    let start = (0..=named)
        .rev()
        .find(|&k| labels[k] == 1 + 2 * ty as u8)
        .unwrap_or(named);
    spells(&words[start..=named], &words[a..b], ty == 2).then_some(ty)
}

/// Words of a name that spell no word of its Latin form (بن، آل، ولد) and
/// Latin words that spell no Arabic one (The, of, da, van), folded.
const UNSPELT: &[&str] = &[
    "بن", "ابن", "بنت", "ابو", "ال", "ولد", "the", "of", "and", "for", "le", "la", "les", "el",
    "al", "de", "da", "di", "du", "del", "dos", "das", "der", "die", "van", "von", "bin", "ibn",
    "&",
];

/// The Latin letters a name's word may begin with when it begins with the
/// Arabic letter `c`, as news spells foreign names.
fn latin_initials(c: char) -> &'static str {
    match c {
        'ا' | 'ع' => "aeiouy",
        'ب' => "bpv",
        'پ' => "p",
        'ت' => "tc",
        'ث' => "ts",
        'ج' => "jgdz",
        'ح' => "h",
        'خ' => "khcj",
        'د' | 'ض' => "d",
        'ذ' | 'ظ' => "dzt",
        'ر' => "r",
        'ز' => "zs",
        'س' | 'ص' => "scx",
        'ش' => "sc",
        'ط' => "t",
        'غ' => "gr",
        'ف' => "fpv",
        'ڤ' => "v",
        'ق' => "qkgc",
        'ك' => "kcq",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'ه' => "hae",
        'و' => "wvou",
        'ي' | 'ى' => "yjie",
        _ => "",
    }
}

/// A Latin letter without its accent, lower case (É, Ç, Ş, İ).
fn plain_latin(c: char) -> char {
    match c.to_lowercase().next().unwrap_or(c) {
        'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'ş' | 'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ñ' | 'ń' => 'n',
        'ğ' => 'g',
        'ł' => 'l',
        other => other,
    }
}

/// Whether the Latin words `latin` can spell the name `arabic`: word by word,
/// each beginning with a letter its Arabic word may be written with
/// (سيموني إنزاغي, Simone Inzaghi; not جون سميث, Harvard University). An
/// organisation's Latin name need share only one word's beginning
/// (شركة إيني الإيطالية, Eni), or be an acronym (هيئة الإحصاء التركية, TÜİK).
fn spells(arabic: &[&str], latin: &[&str], organisation: bool) -> bool {
    // A word's first letter, and after the article the next one's (البيرتو is
    // Alberto, الدانوب the Danube).
    let initials = |w: &str| -> Option<(char, char)> {
        let folded = normalize(w);
        let first = folded.chars().next()?;
        let bare = folded.strip_prefix("ال").filter(|r| r.chars().count() >= 2);
        Some((first, bare.and_then(|b| b.chars().next()).unwrap_or(first)))
    };
    let arabic: Vec<(char, char)> = arabic
        .iter()
        .filter(|w| !UNSPELT.contains(&normalize(w).as_str()))
        .filter_map(|w| initials(w))
        .collect();
    let acronym = latin.len() == 1
        && (2..=6).contains(&latin[0].chars().count())
        && latin[0]
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    let first_letter = |w: &&str| {
        w.chars()
            .find(|&c| crate::tokenize::is_alphabetic(c))
            .map(plain_latin)
    };
    let fits = |(a, b): (char, char), l: char| {
        latin_initials(a).contains(l) || latin_initials(b).contains(l)
    };
    if organisation {
        // (Its article too: صحيفة لوموند, Le Monde.)
        return acronym
            || latin
                .iter()
                .filter_map(first_letter)
                .any(|l| arabic.iter().any(|&a| fits(a, l)));
    }
    let latin: Vec<char> = latin
        .iter()
        .filter(|w| !UNSPELT.contains(&w.to_lowercase().as_str()))
        .filter_map(first_letter)
        .collect();
    arabic.len() == latin.len() && arabic.iter().zip(&latin).all(|(&a, &l)| fits(a, l))
}

/// Whether the words from `k` open a Latin name in brackets, a gloss of the
/// name before it: `(` and a Latin word with a capital (شركة سوكار (SOCAR)).
pub(crate) fn latin_gloss_at(words: &[&str], k: usize) -> bool {
    words.get(k) == Some(&"(") && words.get(k + 1).is_some_and(|w| latin_name_word(w))
}

/// A name's Latin spelling in brackets is a mention of that name: سيموني
/// إنزاغي (Simone Inzaghi)، صحيفة واشنطن بوست (The Washington Post). The
/// tagger, which learned names from Arabic text, marks such words at random;
/// they take the kind of the name they spell.
pub(crate) fn latin_glosses(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let mut i = 0;
    while i + 2 < words.len() {
        if words[i] != "(" {
            i += 1;
            continue;
        }
        let end = (i + 1..words.len().min(i + 2 + GLOSS_WORDS)).find(|&j| words[j] == ")");
        if let Some(end) = end {
            transliterated_organisation(words, infos, labels, i + 1, end);
            if let Some(ty) = latin_gloss(words, infos, labels, i + 1, end) {
                let b = 1 + 2 * ty as u8;
                labels[i + 1] = b;
                labels[i + 2..end].fill(b + 1);
            }
        }
        i += 1;
    }
}

/// Definite words at most between an organisation's head and the foreign
/// name it is known by (الشركة الناشئة المغربية ترانزا).
const DESCRIBED_WORDS: usize = 3;

/// A foreign organisation's name spelt in Arabic, its Latin spelling in
/// brackets at `a..b` after it, is the organisation, the head before it
/// outside (الشركة الناشئة المغربية [ترانزا] (Tranza)، شركة المياه
/// الإسرائيلية [ميكوروت] (Mekorot)، وشريكتها [كوسموس إنرجي] (Kosmos
/// Energy)): its words spell the Latin ones one by one, are none of the
/// lists' nor training's common words and have no article, and the head of
/// a company, a party or the like (see [`LATIN_NAMED`]) stands a few
/// definite words before. The tagger, which never saw such names, reads them as
/// anything (a person, a place, the head's complement).
fn transliterated_organisation(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
    a: usize,
    b: usize,
) {
    if a < 2 || !words[a..b].iter().all(|w| latin_word(w)) {
        return;
    }
    let spelt = words[a..b]
        .iter()
        .filter(|w| !UNSPELT.contains(&w.to_lowercase().as_str()))
        .count();
    let start = match (a - 1).checked_sub(spelt) {
        Some(start) if spelt > 0 && start > 0 => start,
        _ => return,
    };
    let foreign = infos[start..a - 1]
        .iter()
        .zip(&words[start..a - 1])
        .all(|(t, w)| {
            t.shape == 0
                && t.clitic_chars == 0
                && !t.definite
                && !t.common_word
                && t.stats.count <= 2
                && t.gazetteer & (PLACE_LIST_BEGIN | COUNTRY_LIST_BEGIN) == 0
                && t.triggers & (TRIGGER_ORG_HEAD | TRIGGER_TITLE) == 0
                && !normalize(w).starts_with("ال")
        });
    // The name begins no later than its first word: the tagger's guesses
    // inside it give way, and a chain that took the head in (حزب باستيف)
    // gives it up.
    let chained = labels[start] == ORG_I;
    if !foreign
        || is_inside(labels[start]) && !chained
        || !spells(&words[start..a - 1], &words[a..b], false)
    {
        return;
    }
    // The head, over a few definite words (its describers) before the name.
    let head = (start.saturating_sub(DESCRIBED_WORDS + 1)..start)
        .rev()
        .find(|&k| {
            let folded = normalize(words[k]);
            let bare = folded.strip_prefix('و').unwrap_or(&folded);
            let bare = bare.strip_prefix("ال").unwrap_or(bare);
            names_in_latin(words[k])
                || LATIN_NAMED.contains(&bare)
                || matches!(bare, "حزب" | "حركه")
                || bare.starts_with("شريك")
        });
    let Some(head) = head else { return };
    // رئيس الشركة التنفيذي إيلون ماسك (Elon Musk): a person the body's
    // office describes, a name the lists know as a person's.
    let person = head > 0 && infos[head - 1].triggers & TRIGGER_TITLE != 0
        || infos[start..a - 1].iter().any(|t| {
            t.gazetteer & (PERSON_LIST_BEGIN | PERSON_LIST_INSIDE) != 0
                || t.triggers & TRIGGER_GIVEN != 0
        });
    if person {
        return;
    }
    // The head and its describers are outside any name, or one body's name
    // that a rule drew over them (الشركة الناشئة المغربية), which it is not.
    let drawn = labels[head] == ORG_B && labels[head + 1..start].iter().all(|&l| l == ORG_I);
    let outside = labels[head..start].iter().all(|&l| l == 0);
    if !(head + 1..start).all(|k| infos[k].definite) || !(drawn || outside && !chained) {
        return;
    }
    labels[head..start].fill(0);
    labels[start] = ORG_B;
    labels[start + 1..a - 1].fill(ORG_I);
}

/// Heads whose name in the text may be Latin (folded): a company, a group, a
/// fund, a bank, a channel, a paper or an agency (شركة AMD، لمجموعة G42، لقناة
/// SSC، صندوق MGX). A platform (منصة) is left out: its name is an app's.
const LATIN_NAMED: &[&str] = &[
    "شركه",
    "شركتي",
    "مجموعه",
    "صندوق",
    "بنك",
    "مصرف",
    "مؤسسه",
    "قناه",
    "شاشه",
    "اذاعه",
    "صحيفه",
    "مجله",
    "وكاله",
    "شبكه",
];

/// Latin words a name after such a head holds at most (Abu Dhabi Commercial
/// Bank).
const LATIN_NAME_WORDS: usize = 4;

/// Whether `word` (with و or ف, then ل or ب, or not) is a head of
/// [`LATIN_NAMED`] in the construct state.
fn names_in_latin(word: &str) -> bool {
    let folded = normalize(word);
    let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
    let listed = |w: &str| LATIN_NAMED.contains(&w);
    listed(bare) || bare.strip_prefix(['ل', 'ب']).is_some_and(listed)
}

/// A word of a Latin name: a Latin word that opens with a capital or a
/// digit (Core42، OpenAI، 3M).
fn latin_name_word(word: &str) -> bool {
    // (The first letter is asked first: most words are Arabic.)
    let capital = |c: char| {
        c.is_ascii_uppercase()
            || c.is_ascii_digit()
            || !c.is_ascii() && !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_uppercase()
    };
    word.starts_with(capital) && latin_word(word)
}

/// A Latin name after a head of [`LATIN_NAMED`] is the organisation's name,
/// the head outside it as the news sets' annotators draw a company named by
/// a proper name (شركة [Core42]، لمجموعة [G42]، شركة [AMD] الأمريكية): the
/// tagger marks such words at random, and a rule before may have taken the
/// head in. Each name so found is added to `found`, as its words: the names
/// of Latin letters the names' rule of an Arabic letter lets through.
pub(crate) fn latin_names_after_heads<'w>(
    words: &[&'w str],
    labels: &mut [u8],
    found: &mut HashSet<Vec<&'w str>>,
) {
    let n = words.len();
    let mut i = 0;
    while i + 1 < n {
        // The Latin word first: most words have none after them, and the
        // head is folded only where one follows.
        if !matches!(labels[i], 0 | ORG_B)
            || !latin_name_word(words[i + 1])
            || !names_in_latin(words[i])
        {
            i += 1;
            continue;
        }
        let latin = (i + 1..n.min(i + 1 + LATIN_NAME_WORDS))
            .take_while(|&k| latin_name_word(words[k]))
            .count();
        let end = i + 1 + latin;
        // The head and the Latin words are the name's, or outside any name,
        // and a name goes on past them in no case.
        let open = match labels[i] {
            0 => labels[i + 1..end]
                .iter()
                .all(|&l| matches!(l, 0 | ORG_B | ORG_I)),
            _ => labels[i + 1..end].iter().all(|&l| l == ORG_I),
        };
        if !open || labels.get(end).is_some_and(|&l| is_inside(l)) {
            i += 1;
            continue;
        }
        labels[i] = 0;
        labels[i + 1] = ORG_B;
        labels[i + 2..end].fill(ORG_I);
        found.insert(words[i + 1..end].to_vec());
        i = end;
    }
}

/// A Latin name the text gave an organisation after its head is that
/// organisation wherever the text names it again, head or none (وكانت G42
/// قد أعلنت، رئيس مجلس إدارة G42): the name whole, with no Latin word
/// running on before or after it.
pub(crate) fn latin_organisations_again(
    words: &[&str],
    names: &HashSet<Vec<&str>>,
    labels: &mut [u8],
) {
    if names.is_empty() {
        return;
    }
    let n = words.len();
    let mut i = 0;
    while i < n {
        let starts = latin_name_word(words[i]) && (i == 0 || !latin_word(words[i - 1]));
        let run = if starts {
            (i..n).take_while(|&k| latin_word(words[k])).count()
        } else {
            0
        };
        let end = i + run;
        let named = run > 0
            && names.contains(&words[i..end])
            && labels[i..end].iter().all(|&l| l == 0)
            && labels.get(end).is_none_or(|&l| !is_inside(l));
        if named {
            labels[i] = ORG_B;
            labels[i + 1..end].fill(ORG_I);
        }
        i = end.max(i + 1);
    }
}
