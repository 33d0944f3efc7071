//! An organisation's acronym: in brackets right after its name, or in Latin
//! letters after a name the tagger ended early.

use super::*;

/// An organisation's acronym in brackets right after its name is that
/// organisation too: وكالة الأنباء السعودية (واس)، حلف شمال الأطلسي (الناتو),
/// in Latin capitals as well (البنك التجاري الدولي (CIB)). It is so over a
/// person or place the tagger found that no list holds as written (واس, listed
/// as و + اس); a listed one keeps its label: ريال مدريد (إسبانيا).
pub(in crate::chains) fn acronyms(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_B, ORG_I]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(2) {
        // وكالة الأنباء الصومالية الرسمية (صونا): over one describing word,
        // before a word training seldom saw (not اليوم (الإثنين)، أمس).
        let described = i >= 2
            && labels[i - 1] == 0
            && matches!(labels[i - 2], ORG_B | ORG_I)
            && normalize(words[i - 1]).starts_with("ال")
            && infos.get(i + 1).is_some_and(unfamiliar);
        if !(matches!(labels[i - 1], ORG_B | ORG_I) || described)
            || !bracketed_acronym(words, i + 1)
        {
            continue;
        }
        let g = infos[i + 1].gazetteer;
        // Listed as written, not only once a proclitic is taken off (و + اس).
        let listed =
            g & (PLACE_LIST_BEGIN | PERSON_LIST_BEGIN) != 0 && infos[i + 1].clitic_chars == 0;
        let free = labels[i + 1] == 0 || (matches!(labels[i + 1], PER_B | LOC_B) && !listed);
        if free {
            labels[i + 1] = ORG_B;
        }
    }
}

/// Words an organisation's name may run through to its acronym in Latin
/// capitals (see [`names_before_latin_acronyms`]).
const TO_ACRONYM: usize = 6;

/// An organisation the tagger ended early, or a head it left alone, before
/// words with the article and the name's acronym in Latin capitals in
/// brackets runs to the acronym: هيئة عمليات | التجارة البحرية البريطانية
/// (UKMTO)، لإدارة الهجرة والجمارك (ICE). An acronym says where the name
/// ends, and in Latin it is no gloss of an Arabic word. The words on the way
/// may also be a genitive after ل (الاتحاد الوطني لطلبة المغرب (UNEM)) and,
/// after a head in the construct state, a preposition before a word with the
/// article (لجنة الإشراف على المنافسة التجارية (KPPU)); a head with the
/// article opens the name when two words or more stand between it and the
/// bracket and no preposition (الاتحاد الوطني لطلبة المغرب): after one,
/// the words are the sentence's (الشركة | في المؤتمر الصحفي). So may a
/// word in construct with a definite one (جامعة محمد السادس متعددة التخصصات
/// التقنية (UM6P)، المدرسة الوطنية العليا للمعلوميات وتحليل النظم (ENSIAS)).
pub(in crate::chains) fn names_before_latin_acronyms(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !words.contains(&"(") {
        return;
    }
    let n = labels.len();
    for open in 1..n.saturating_sub(2) {
        if words[open] != "(" || !bracketed_acronym(words, open + 1) || !words[open + 1].is_ascii()
        {
            continue;
        }
        // Back from the bracket over words with the article, to an
        // organisation's last word or a head.
        let definite = |k: usize| {
            let folded = normalize(words[k]);
            ["ال", "لل", "وال"].iter().any(|p| folded.starts_with(p))
        };
        // A genitive after ل (لطلبة), and a preposition before a word
        // with the article.
        let genitive = |k: usize| {
            let folded = normalize(words[k]);
            folded.starts_with('ل') && folded.chars().count() >= 4 && arabic_letters_only(&folded)
        };
        let preposition = |k: usize| {
            matches!(words[k], "في" | "على" | "عن" | "من") && k + 1 < open && definite(k + 1)
        };
        // A word without the article in construct with the definite word
        // after it (متعددة التخصصات، وتحليل النظم), no verb of speech.
        let construct = |k: usize| {
            k + 1 < open
                && definite(k + 1)
                && arabic_letters_only(words[k])
                && words[k].chars().count() >= 3
                && !infos[k].reports
                && !infos[k].future
                && infos[k].triggers & TRIGGER_SPEECH == 0
        };
        let mut i = open - 1;
        while i + TO_ACRONYM >= open
            && i > 0
            && matches!(labels[i], 0 | LOC_B | LOC_I)
            && infos[i].triggers & TRIGGER_ORG_HEAD == 0
            && (definite(i) || genitive(i) || preposition(i) || construct(i))
        {
            i -= 1;
        }
        let passed_preposition = (i + 1..open).any(preposition);
        // The name opens at an organisation's last word, or a head.
        let start = match labels[i] {
            ORG_B | ORG_I if labels[i + 1] == 0 => (0..=i).rev().find(|&k| labels[k] == ORG_B),
            0 if infos[i].triggers & TRIGGER_ORG_HEAD != 0
                && if infos[i].definite {
                    open > i + 2 && !passed_preposition
                } else {
                    open > i + 1
                } =>
            {
                Some(i)
            }
            _ => None,
        };
        let Some(start) = start else { continue };
        if open == i + 1
            || labels[i + 1..open]
                .iter()
                .any(|&l| l != 0 && !matches!(l, LOC_B | LOC_I))
        {
            continue;
        }
        label_organisation(labels, start, open);
        if labels[open + 1] == 0 {
            labels[open + 1] = ORG_B;
        }
    }
}

/// Whether word `j` is alone in brackets and can be an acronym: (واس)، (CIB).
pub(crate) fn bracketed_acronym(words: &[&str], j: usize) -> bool {
    j >= 1
        && words.get(j - 1) == Some(&"(")
        && words.get(j + 1) == Some(&")")
        && is_acronym(words[j])
}

/// A word an acronym can be: two Arabic letters or more, perhaps stretched
/// (واس، الناتو), or two to six Latin capitals and digits, a capital first
/// (CIB، G42), or up to eight Latin letters and digits, a capital first, most
/// of them capitals or digits (SNESup, the French way with a union's name).
pub(in crate::chains) fn is_acronym(word: &str) -> bool {
    let letters = word
        .chars()
        .filter(|&c| ('\u{0621}'..='\u{064A}').contains(&c) && c != '\u{0640}')
        .count();
    let arabic = letters >= 2
        && word
            .chars()
            .all(|c| ('\u{0621}'..='\u{064A}').contains(&c) || c == '\u{0640}');
    let latin = (2..=6).contains(&word.len())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && word.starts_with(|c: char| c.is_ascii_uppercase());
    let capitals = word
        .bytes()
        .filter(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        .count();
    let mixed = (3..=8).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_alphanumeric())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && capitals * 3 >= word.len() * 2;
    arabic || latin || mixed
}
