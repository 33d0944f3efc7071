//! Names of lineage and of God: بن، أبو، آل and عبد inside a name, X الدين and
//! given names with الله, and where a nasab ends.

use super::*;

/// A word with a pronoun (ه، ها، هم) right after a name's بن and the name
/// it gives is the verb or noun the sentence goes on with (ورفع الأمير
/// عبدالعزيز بن فهد شكره): not the person's, when no list knows it as a
/// name and training never saw it in one.
pub(in crate::chains) fn pronouns_end_nasabs(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 2..labels.len() {
        if labels[i] != PER_I || labels.get(i + 1) == Some(&PER_I) || labels[i - 1] != PER_I {
            continue;
        }
        let n = &infos[i];
        if n.triggers & NAME_WORDS != 0
            || n.gazetteer != 0
            || n.whole_given
            || n.clitic_chars != 0
            || n.stats.shares[0] != 0
            || !matches!(normalize(words[i - 2]).as_str(), "بن" | "بنت" | "ابن")
        {
            continue;
        }
        let word = words[i].trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c));
        let pronoun = word.ends_with('ه') || word.ends_with("ها") || word.ends_with("هم");
        if pronoun && word.chars().count() >= 4 && !word.ends_with("ويه") {
            labels[i] = 0;
        }
    }
}

/// A person's name never ends on a word that joins it to the next (بن، ابن،
/// بنت، أبو، أبا، أبي، أم، آل، عبد): the word after it, with letters and no
/// proclitic, is the name's too (هشام بن عبدالله بن ناصر أبا الخيل).
pub(in crate::chains) fn connectors_end_no_people(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(1) {
        if labels[i] != PER_I || labels[i + 1] != 0 {
            continue;
        }
        // (And أبا, the accusative, and عبد of a compound name.)
        let joins =
            after_connector(words[i]) || matches!(normalize(words[i]).as_str(), "ابا" | "عبد");
        let next = &infos[i + 1];
        let name = words[i + 1].chars().all(crate::tokenize::is_alphabetic)
            && next.clitic_chars == 0
            && next.triggers & (TRIGGER_TITLE | TRIGGER_SPEECH | TRIGGER_PARTICLE) == 0
            && normalize(words[i + 1]).chars().count() >= 2
            // (Not a common word no list holds as a name: له بنت اسمها.)
            && (!next.common_word || next.triggers & NAME_WORDS != 0);
        if joins && name {
            labels[i + 1] = PER_I;
        }
    }
}

/// A given name with الله that the lists hold as one (ذبيح الله، نصر الله،
/// عطا الله), which the tagger left or read as the word of God, is a person
/// with the name after it (المتحدث باسم حكومة طالبان ذبيح الله مجاهد).
pub(in crate::chains) fn given_names_with_allah(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    for i in 0..labels.len().saturating_sub(2) {
        let (given, allah, next) = (&infos[i], &infos[i + 1], &infos[i + 2]);
        if labels[i] != 0
            || given.triggers & TRIGGER_GIVEN == 0
            || given.gazetteer & PERSON_LIST_BEGIN == 0
            || given.clitic_chars != 0
            || allah.gazetteer & PERSON_LIST_INSIDE == 0
            || !matches!(labels[i + 1], 0 | MISC_B)
            || !matches!(labels[i + 2], 0 | PER_B)
            || next.clitic_chars != 0
            || next.triggers & NAME_WORDS == 0
            || next.triggers & (TRIGGER_TITLE | TRIGGER_PARTICLE) != 0
            || normalize(words[i + 1]) != "الله"
        {
            continue;
        }
        let after = normalize(words[i + 2]);
        // (A blessing is no name: رضي الله عنه، صلى الله عليه.)
        if after.chars().count() < 3
            || matches!(
                after.as_str(),
                "عنه" | "عنها" | "عنهم" | "عنهما" | "عليه" | "عليها" | "عليهم"
            )
        {
            continue;
        }
        labels[i] = PER_B;
        labels[i + 1] = PER_I;
        labels[i + 2] = PER_I;
    }
}

/// A person's name never ends on بن، أبو، آل or عبد: the next word is part of it
/// (عبدالعزيز بن عبدالله آل الشيخ).
pub(in crate::chains) fn after_particles(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B, PER_I]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        let person = matches!(labels[i], 1 | 2);
        if person
            && labels[i + 1] == 0
            && infos[i].triggers & TRIGGER_PARTICLE != 0
            && words[i + 1]
                .chars()
                .next()
                .is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        {
            labels[i + 1] = 2;
        }
    }
}

/// A person's name the tagger began on أبو، بن، آل or عبد right after a given
/// name of the lists that it left alone begins on that given name: كمال أبو
/// الرب، محمد بن سلمان (the particle never opens a name after one), شيخة بنت
/// راشد (بنت, which the lists hold as no particle, and before it even a word
/// that training saw as a title with the article).
pub(in crate::chains) fn given_before_particles(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for p in 1..labels.len() {
        let before = &infos[p - 1];
        // الشيخة المياسة بنت | حمد بن خليفة: بنت the tagger left before the
        // father's name it found, after a given name or, after a title (a
        // royal one too), a word training never saw (the article too:
        // المياسة، الجوهرة).
        if labels[p] == 0
            && labels[p - 1] == 0
            && labels.get(p + 1) == Some(&PER_B)
            && normalize(words[p]) == "بنت"
        {
            let titled_unseen = p >= 2
                && (infos[p - 2].triggers & TRIGGER_TITLE != 0
                    || royal_title(&normalize(words[p - 2])))
                && before.stats.count == 0
                && before.clitic_chars == 0
                && arabic_letters_only(&normalize(words[p - 1]))
                && normalize(words[p - 1]).chars().count() >= 4;
            let given = before.triggers & TRIGGER_GIVEN != 0
                && before.clitic_chars == 0
                && !words[p - 1].starts_with("ال");
            if given || titled_unseen {
                labels[p - 1] = PER_B;
                labels[p] = PER_I;
                labels[p + 1] = PER_I;
            }
            continue;
        }
        if labels[p] != 1 || labels[p - 1] != 0 {
            continue;
        }
        // A given name before بنت is the woman's, even one that training saw
        // only as a title with the article: شيخة بنت راشد (الشيخة).
        let daughter = normalize(words[p]) == "بنت";
        if (infos[p].triggers & TRIGGER_PARTICLE != 0 || daughter)
            && before.triggers & TRIGGER_GIVEN != 0
            && (before.triggers & TRIGGER_TITLE == 0 || daughter)
            && before.clitic_chars == 0
            && !words[p - 1].starts_with("ال")
            // Seen in training mostly outside names: a noun first (فوز
            // عبد الفتاح, the win of; خليفة, the successor of).
            && (!seen_outside_people(before) || daughter)
        {
            labels[p - 1] = 1;
            labels[p] = 2;
        }
    }
}

/// Names of the form X الدين (بهي الدين، نور الدين، صلاح الدين): a person the
/// tagger ended before الدين, or before a name word of the lists and الدين,
/// ends after it (أحمد بهي الدين); رجال الدين (clerics) is no name.
pub(in crate::chains) fn names_in_al_din(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B, PER_I]) {
        return;
    }
    let din = |w: &str| normalize(w) == "الدين";
    let bare = |j: usize| {
        let folded = normalize(words[j]);
        infos[j].triggers & NAME_WORDS != 0
            && !folded.starts_with("ال")
            && !folded.starts_with(['و', 'ف'])
            && folded.chars().count() >= 2
            && arabic_letters_only(&folded)
    };
    let mut i = 1;
    while i < labels.len() {
        let person_before = matches!(labels[i - 1], 1 | 2);
        if person_before && labels[i] == 0 && din(words[i]) && bare(i - 1) {
            labels[i] = 2;
        } else if person_before
            && i + 1 < labels.len()
            && labels[i] == 0
            && labels[i + 1] == 0
            && bare(i)
            && din(words[i + 1])
        {
            labels[i] = 2;
            labels[i + 1] = 2;
            i += 1;
        }
        i += 1;
    }
}

/// First words of given names compounded with الله other than عبد (folded):
/// فتح الله، هبة الله، ذبيح الله.
pub(in crate::chains) const BEFORE_ALLAH: &[&str] = &[
    "فتح", "هبه", "منه", "ذبيح", "عطا", "نصر", "خير", "جار", "حمد", "فضل", "سعد", "عوض", "ضيف",
    "جاب", "رزق", "نعمه", "امه", "سيف", "حسب", "عطاء", "وهب",
];

/// A person the tagger began at الله begins a word before it, the first of
/// a compound given name (فتح الله السريري، ذبيح الله مجاهد): no name opens
/// on الله.
pub(in crate::chains) fn names_in_allah(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != PER_B || labels[i - 1] != 0 || normalize(words[i]) != "الله" {
            continue;
        }
        let folded = normalize(words[i - 1]);
        let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
        if BEFORE_ALLAH.contains(&folded.as_str()) || BEFORE_ALLAH.contains(&bare) {
            labels[i - 1] = PER_B;
            labels[i] = PER_I;
        }
    }
}

/// Two given names of the lists joined by بن or بنت, which the tagger left
/// alone, are a person (المواطنة أمل بنت ناصر البلوشية): a nasab names
/// someone whatever else the given names mean (أمل, hope; ناصر, victor). A
/// family name with the article after them (one of the lists, or a word
/// training never saw) is the person's too.
pub(in crate::chains) fn nasabs_of_given_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    let n = labels.len();
    let given = |k: usize| {
        let t = &infos[k];
        t.triggers & TRIGGER_GIVEN != 0 && t.clitic_chars == 0 && t.shape == 0 && !t.definite
    };
    let mut p = 1;
    while p + 1 < n {
        if !matches!(words[p], "بن" | "بنت")
            || labels[p - 1..=p + 1].iter().any(|&l| l != 0)
            || !given(p - 1)
            || !given(p + 1)
        {
            p += 1;
            continue;
        }
        let mut end = p + 2;
        if end < n && labels[end] == 0 {
            let t = &infos[end];
            let family = t.definite
                && t.clitic_chars == 0
                && t.shape == 0
                && (t.triggers & TRIGGER_FAMILY != 0
                    || t.gazetteer & PERSON_LIST_INSIDE != 0
                    || t.stats.count == 0);
            if family {
                end += 1;
            }
        }
        labels[p - 1] = PER_B;
        labels[p..end].fill(PER_I);
        p = end;
    }
}
