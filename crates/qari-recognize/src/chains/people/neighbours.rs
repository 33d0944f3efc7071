//! People beside other names: where a person ends before a dual or a listed
//! body, people side by side, names joined by و and a name word before a person.

use super::*;

/// A feminine dual (أمسيتين، جلستين) no list knows as a name and training
/// never saw, after a person's name, is the object the sentence goes on with
/// (ويحيي الفنان عبدالمجيد عبدالله | أمسيتين غنائيتين): the person ends before
/// it, with the words after it.
pub(in crate::chains) fn duals_end_people(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != PER_I {
            continue;
        }
        let t = &infos[i];
        if t.triggers & NAME_WORDS != 0
            || t.gazetteer != 0
            || t.whole_given
            || t.stats.count != 0
            || t.clitic_chars != 0
        {
            continue;
        }
        let folded = normalize(words[i]);
        if folded.ends_with("تين") && folded.chars().count() >= 5 {
            let mut end = i;
            while end < labels.len() && labels[end] == PER_I {
                labels[end] = 0;
                end += 1;
            }
        }
    }
}

/// A body of the hand list of one word, or the last word of a body the
/// lists hold whole, and words the tagger ran onto it that no list holds
/// inside a body's name: a person right after it, or the words themselves
/// where they are a person's name of two (لشركة بوينغ كيلي | أورتبرغ، لشركة
/// بوينغ | كيلي أورتبرغ، حزب العمال | كير ستارمر), make the first of them the
/// person's given name, or a word of a name the lists hold; a common word
/// (شركة أرامكو | التزام) is none of the body's.
pub(in crate::chains) fn listed_bodies_end_before_people(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[ORG_I]) {
        return;
    }
    let n = labels.len();
    for i in 0..n.saturating_sub(1) {
        if !matches!(labels[i], ORG_B | ORG_I)
            || infos[i].gazetteer & (CURATED_ORG_BEGIN | ORG_LIST_INSIDE) == 0
            || labels[i + 1] != ORG_I
        {
            continue;
        }
        // No list holds it inside a body's name, nor as a title or a head.
        let unlisted = |t: &TokenInfo| {
            t.gazetteer & (CURATED_ORG_INSIDE | ORG_LIST_INSIDE) == 0
                && t.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD) == 0
        };
        // (A word of letters, no conjunction: كيلي reads as ك + يلي.)
        let free = |k: usize| {
            let t = &infos[k];
            unlisted(t)
                && !words[k].starts_with(['و', 'ف', 'ب', 'ل'])
                && arabic_letters_only(&normalize(words[k]))
                && !t.definite
        };
        // Where the body ends, as far as the rules below ask (two words after
        // `i` at most: a body of thousands of words is not walked at each).
        let reach = n.min(i + 4);
        let end = (i + 1..reach)
            .find(|&k| labels[k] != ORG_I)
            .unwrap_or(reach);
        // شركة أرامكو | التزام الشركة: one word training saw often and seldom
        // in any name, no nisba (أرامكو السعودية stays).
        // (Only after the hand list's bodies: a derived list's entry may end
        // before its complement, للطفولة of منظمة الأمم المتحدة.)
        let curated = infos[i].gazetteer & CURATED_ORG_BEGIN != 0;
        let t = &infos[i + 1];
        let common = curated
            && end == i + 2
            && unlisted(t)
            && t.stats.count >= 3
            && t.stats.shares[..3].iter().all(|&s| s < 48)
            && {
                // (A nisba spelled with ى too: الإسرائيلى.)
                let folded = normalize(words[i + 1]);
                let nisba =
                    definite_nisba(&folded) || folded.starts_with("ال") && folded.ends_with('ى');
                // (Nor a complement with ل and the article: هيونداي للهندسة.)
                !nisba && !folded.starts_with("لل")
            };
        if common {
            labels[i + 1] = 0;
            continue;
        }
        if !free(i + 1) {
            continue;
        }
        let given = |t: &TokenInfo| {
            t.triggers & (TRIGGER_GIVEN | TRIGGER_NAME) != 0
                || t.whole_given
                || t.stats.shares[0] >= 96
        };
        if labels.get(end) == Some(&PER_B) && end == i + 2 {
            labels[i + 1] = PER_B;
            labels[end] = PER_I;
        } else if end == i + 3 && free(i + 2) && given(&infos[i + 1]) {
            labels[i + 1] = PER_B;
            labels[i + 2] = PER_I;
        }
    }
}

/// A person the tagger began right after another, with no conjunction or
/// preposition between, is the other's name going on (ماريا | خوسيه ألباريث):
/// two people side by side are joined by و or a comma. أم before a given name
/// opens it, as أبو does (أم عبدالله).
pub(in crate::chains) fn people_side_by_side(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != 1 {
            continue;
        }
        if matches!(labels[i - 1], 1 | 2) {
            if words[i].starts_with(['و', 'ف', 'ل', 'ب']) {
                continue;
            }
            // المحقق العدلي القاضي | طارق البيطار: a run of words with the
            // article that ends on a title is the person's description, no
            // part of the name after it.
            if infos[i - 1].definite && infos[i - 1].triggers & TRIGGER_TITLE != 0 {
                let mut a = i - 1;
                while a > 0 && labels[a] == 2 && infos[a - 1].definite {
                    a -= 1;
                }
                if labels[a] == 1 && infos[a].definite {
                    labels[a..i].fill(0);
                    continue;
                }
            }
            labels[i] = 2;
        } else if labels[i - 1] == 0
            && words[i - 1] == "أم"
            && infos[i].triggers & TRIGGER_GIVEN != 0
        {
            labels[i - 1] = 1;
            labels[i] = 2;
        }
    }
}

/// Whether a word is a name of the lists (a given name, a family name or a
/// name word) that general Arabic does not use as a noun: a family name with
/// the article (المختار), or a word of three letters or more that training saw
/// seldom or in names a quarter of the time (not في or عام, which lists hold
/// too).
pub(super) fn name_word(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    info.triggers & (TRIGGER_GIVEN | TRIGGER_FAMILY | TRIGGER_NAME) != 0
        && !info.common_word
        && folded.chars().count() >= 3
        && (folded.starts_with("ال") || info.stats.count <= 2 || info.stats.shares[0] >= 64)
}

/// A place or person the tagger ran on over و into the next listed name is two
/// names (الإمارات ومصر، كاسياس وراموس): a word inside it that opens with the
/// conjunction and whose rest begins a list entry of the same kind, after a word
/// that ends one, begins a name of its own. A span the list holds whole
/// (البوسنة والهرسك) matches as one entry, so its second word begins none;
/// organisations (وزارة التربية والتعليم) are left alone.
pub(in crate::chains) fn conjoined_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I, LOC_I]) {
        return;
    }
    for i in 1..labels.len() {
        let (begin, inside) = match labels[i] {
            LOC_I => (PLACE_LIST_BEGIN, PLACE_LIST_INSIDE),
            2 => (PERSON_LIST_BEGIN, PERSON_LIST_INSIDE),
            _ => continue,
        };
        let g = infos[i].gazetteer;
        if words[i].starts_with('و')
            && infos[i].clitic_chars > 0
            && !infos[i].whole_given
            && g & begin != 0
            && g & inside == 0
            && infos[i - 1].gazetteer & (begin | inside) != 0
        {
            labels[i] -= 1;
        }
    }
}

impl Chains {
    /// A word of the name lists as written, with no clitic, no title and three
    /// letters or more, that is no particle (في، من and غير are names in some
    /// list too).
    pub(super) fn name_word(&self, word: &str, info: &TokenInfo) -> bool {
        info.triggers & NAME_WORDS != 0
            && info.triggers & TRIGGER_TITLE == 0
            && info.clitic_chars == 0
            && {
                let folded = normalize(word);
                folded.chars().count() >= 3 && !self.particles.contains(&hash_word(&folded))
            }
    }

    /// A word of the name lists the tagger left just before a person it found is
    /// the start of that person's name when a nationality or a title stands before
    /// it: الإسباني بيب غوارديولا، الأرجنتيني أليكسيس ماك أليستر. A definite head
    /// the tagger joined to such a word is no organisation (للمنظمة تيدروس).
    pub(in crate::chains) fn names_before_people(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        if !holds_any(labels, &[PER_B]) {
            return;
        }
        // As written: أليكسيس folds to a word that begins like the article.
        // (Nor للزيت, the article after ل, whatever list holds زيت.)
        let bare_name = |j: usize| {
            !words[j].starts_with("ال")
                && !words[j].starts_with("لل")
                && self.name_word(words[j], &infos[j])
        };
        for i in (1..labels.len().saturating_sub(1)).rev() {
            if labels[i + 1] != 1 || !bare_name(i) {
                continue;
            }
            // A definite head the tagger ran into the person's first name is no
            // organisation (المدير العام للمنظمة تيدروس أدهانوم): the name is
            // the person's. (حركة حماس and مدرب ليفربول keep their names.)
            if labels[i] == ORG_I && labels[i - 1] == ORG_B && self.is_definite_head(words[i - 1]) {
                labels[i - 1] = 0;
                labels[i] = 1;
                labels[i + 1] = 2;
                continue;
            }
            if labels[i] != 0 {
                continue;
            }
            let mut first = i;
            while first > 1 && labels[first - 1] == 0 && bare_name(first - 1) {
                first -= 1;
            }
            let before = word(words[first - 1], self);
            if before.nisba && !before.conjoined && labels[first - 1] == 0 {
                labels[first] = 1;
                labels[first + 1..=i + 1].fill(2);
            }
        }
    }
}
