//! Companies: a group's or a company's head before a founder's or a foreign name,
//! its nationality, and a holding company's word after its name.

use super::*;

/// Heads of a company (folded) that a founder's or a foreign name follows.
/// By the folded words' hashes; مجموعه first.
const COMPANY_HEADS: [u64; 2] = [hash_word("مجموعه"), hash_word("شركه")];

/// Whether the organisation the tagger found after the company's head at
/// `head` is the company's own name that a nationality describes after it:
/// شركة [إيني] الإيطالية، شركة [توتال إنرجيز] الفرنسية. The head and the nisba
/// only say what and whose it is, so neither is part of the name: ANERcorp's
/// annotators leave both out, and so did most of those of the news sets (16 of
/// 20 such names). So is a name its Latin spelling follows in brackets, a
/// foreign name (شركة [سوكار] (SOCAR)، شركة [رايان إير] (Ryanair): the news
/// sets draw 8 of 8 so).
pub(in crate::chains) fn described_company(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &[u8],
    head: usize,
) -> bool {
    // A definite genitive is what the company deals in (شركة النفط الروسية).
    if !company_head(&infos[head]) || infos.get(head + 1).is_none_or(|t| t.definite) {
        return false;
    }
    let end = (head + 2..labels.len())
        .find(|&k| labels[k] != ORG_I)
        .unwrap_or(labels.len());
    nationality_outside(infos, labels, end) || latin_gloss_at(words, end)
}

/// A company's head, one to three words of its own name and a nationality,
/// all one organisation (شركة أمازون الأمريكية، مجموعة رينو الفرنسية): the
/// name alone, as [`described_company`] reads it when the nisba stands
/// outside. Not a well-known name that holds its nisba (أرامكو السعودية), nor
/// one of common or definite words the training text knows (شركة النفط
/// الوطنية), which describe what the company does.
pub(in crate::chains) fn nationalities_of_companies(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[ORG_B, ORG_I]) {
        return;
    }
    if !infos.iter().any(|t| t.nationality) {
        return;
    }
    let head_at = |k: usize| company_head(&infos[k]);
    for (a, b, ty) in crate::train::spans(labels) {
        let last = &infos[b - 1];
        if ty != 2
            || !last.definite
            || !last.nationality
            || last.gazetteer & CURATED_ORG_INSIDE != 0
        {
            continue;
        }
        // The head inside the span, or just before it, outside any name.
        let name = if head_at(a) {
            a + 1
        } else if a > 0 && labels[a - 1] == 0 && head_at(a - 1) {
            a
        } else {
            continue;
        };
        let own = (1..=3).contains(&(b - 1).saturating_sub(name))
            && infos[name..b - 1]
                .iter()
                .all(|t| !t.common_word && !t.nationality && (!t.definite || t.stats.count == 0));
        // A foreign name and its trade after لل (شركة ميتسوبيشي للصناعات
        // الثقيلة اليابانية): the trade is the name's, as a founder's
        // company's is (see `named_companies`).
        let traded = (3..=4).contains(&(b - 1).saturating_sub(name))
            && !infos[name].definite
            && !infos[name].common_word
            && infos[name].clitic_chars == 0
            && infos[name].stats.count <= 2
            && lam_definite(words[name + 1])
            && infos[name + 1..b - 1].iter().all(|t| !t.nationality);
        let own = own || traded;
        if own {
            labels[a..name].fill(0);
            labels[name] = ORG_B;
            labels[b - 1] = 0;
        }
    }
}

/// Whether a word is ل and the article before a noun (للصناعات).
fn lam_definite(word: &str) -> bool {
    normalize(word)
        .strip_prefix("لل")
        .is_some_and(|rest| rest.chars().count() >= 3)
}

/// Whether a word is a company's head in the construct state (شركة، مجموعة).
fn company_head(info: &TokenInfo) -> bool {
    !info.definite && COMPANY_HEADS.contains(&info.stem)
}

/// Whether the word at `k` is a definite nisba of nationality outside any
/// name (الإيطالية، الأمريكي).
fn nationality_outside(infos: &[TokenInfo], labels: &[u8], k: usize) -> bool {
    labels.get(k) == Some(&0) && infos[k].definite && infos[k].nationality
}

/// A company's word after its name (folded): a holding company's.
const HOLDING: &str = "القابضه";

/// A group's head in the construct state before a person's name (مجموعة
/// ماجد الفطيم، مجموعة طلعت مصطفى القابضة), or a company's before one to three words
/// that training never saw and no list holds, a foreign name (مجموعة
/// سينوبك، شركة أميا باور), is that company's name, and so is القابضة
/// (holding) after it.
pub(in crate::chains) fn named_companies(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let n = labels.len();
    let mut i = 0;
    while i + 1 < n {
        let head = COMPANY_HEADS.contains(&infos[i].stem)
            && !infos[i].definite
            && labels[i] == 0
            && !matches!(labels[i + 1], ORG_I | LOC_I | PER_I);
        if !head {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        // (شركة before a person's name is as often the person's: وتهدف
        // شركة ديمورا, the businessman's.)
        if labels[end] == PER_B && infos[i].stem == COMPANY_HEADS[0] {
            end += 1;
            while end < n && labels[end] == PER_I {
                end += 1;
            }
            // A complement goes on to the chains' name (مجموعة كوفي عنان
            // للسلام).
            if words
                .get(end)
                .is_some_and(|w| normalize(w).starts_with('ل'))
            {
                i += 1;
                continue;
            }
        } else {
            // A word after the first is no verb in the present or future
            // (شركة أميا | ستعمل، مجموعة سينوبك | ستستثمر).
            while end < n
                && end < i + 4
                && foreign_word(words[end], &infos[end])
                && (end == i + 1 || !normalize(words[end]).starts_with(['س', 'ي', 'ت', 'ن']))
            {
                end += 1;
            }
            // The name is all of a span the tagger began on it.
            if end < n && is_inside(labels[end]) {
                end = i + 1;
            }
        }
        if end == i + 1 {
            i += 1;
            continue;
        }
        if end < n && labels[end] == 0 && normalize(words[end]) == HOLDING {
            end += 1;
        }
        // What a foreign-named company does is its name's too (شركة جلفار
        // للهندسة والمقاولات), a second trade joined by و with it: a word
        // with لل, not people (للمواطنين) nor a body (للحكومة).
        if end > i + 1 && end < n && labels[end] == 0 && {
            let folded = normalize(words[end]);
            folded.strip_prefix("لل").is_some_and(|trade| {
                trade.chars().count() >= 4
                    && !trade.ends_with("ين")
                    && !trade.ends_with("ون")
                    && !heads_a_name(trade)
            }) && !function_word(&infos[end])
        } {
            end += 1;
            if end < n && labels[end] == 0 && {
                let folded = normalize(words[end]);
                folded.starts_with("وال")
                    && folded.chars().count() >= 6
                    && !function_word(&infos[end])
            } {
                end += 1;
            }
        }
        // A nationality after the name describes the company, and so does
        // its head (see `described_company`).
        let from = if nationality_outside(infos, labels, end) {
            i + 1
        } else {
            i
        };
        labels[from] = ORG_B;
        labels[from + 1..end].fill(ORG_I);
        i = end;
    }
}

/// القابضة (holding) ends a company's name: after the organisation just
/// before it (شركة أبوظبي التنموية | القابضة), or after a company's head in
/// the construct state and one to three words of letters, as one name
/// whatever the tagger made of them (شركة الاتصالات القابضة، مجموعة طلعت
/// مصطفى القابضة). Not after a definite head (الشركة القابضة, any holding),
/// nor across a word of a verb's or a preposition's (مجموعة من الشركات
/// القابضة).
pub(in crate::chains) fn holding_companies(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    // (By the folded word's hash: this reads every word of every sentence.)
    let holding = hash_word(HOLDING);
    for k in 1..labels.len() {
        if labels[k] != 0 || infos[k].norm != holding {
            continue;
        }
        if matches!(labels[k - 1], ORG_B | ORG_I) {
            labels[k] = ORG_I;
            continue;
        }
        let plain = |j: usize| {
            let folded = normalize(words[j]);
            folded.chars().count() >= 3
                && arabic_letters_only(&folded)
                && infos[j].clitic_chars == 0
                && !function_word(&infos[j])
                && infos[j].triggers & (TRIGGER_SPEECH | TRIGGER_TITLE) == 0
        };
        // The head one to three plain words back, every word after it plain.
        let Some(head) = (k.saturating_sub(4)..k - 1)
            .rev()
            .take_while(|&h| plain(h + 1))
            .find(|&h| company_head(&infos[h]) && labels[h] == 0)
        else {
            continue;
        };
        labels[head] = ORG_B;
        labels[head + 1..=k].fill(ORG_I);
    }
}

/// A word of a foreign name: one training never saw, with no article, no
/// proclitic, no feminine ending and no plural in ات (بتروكيماويات،
/// لوجستيات: a trade), that no list holds as a place, a title, a head or a
/// common word.
pub(super) fn foreign_word(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    if folded.ends_with("ات") {
        return false;
    }
    info.stats.count == 0
        && !info.definite
        && info.clitic_chars == 0
        && !info.common_word
        && !info.nationality
        && info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
        && info.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD | TRIGGER_SPEECH)
            == 0
        && folded.chars().count() >= 3
        && !folded.ends_with('ه')
        && arabic_letters_only(&folded)
}
