//! A body's nationality and its adjectives: a nationality after a body of two
//! definite words or after a state's body, and the adjectives that agree with
//! the head.

use super::*;

/// A body named by two words or more with the article (الهلال الأحمر، الدفاع
/// المدني، الحزب الشيوعي) takes the nationality right after it into its name:
/// the nisba tells which of the country's bodies it is (الهلال الأحمر
/// الإماراتي، الدفاع المدني السوري). A name of one word keeps it outside, as
/// a club or a paper does (النصر العماني، الجارديان البريطانية: ANERcorp's
/// training text has 30 such nisbas outside the name, none after a name of
/// two definite words), and so does a paper (صحيفة الشرق الأوسط السعودية).
/// Clubs named by two definite words take it too (الوداد البيضاوي المغربي),
/// which no rule here tells from a body.
pub(in crate::chains) fn nationalities_of_bodies(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[ORG_I]) {
        return;
    }
    let mut start = 0;
    for i in 0..labels.len().saturating_sub(1) {
        match labels[i] {
            ORG_B => start = i,
            ORG_I => {}
            _ => continue,
        }
        if labels[i + 1] != 0 || i == start {
            continue;
        }
        let definite = |k: usize| normalize(words[k]).starts_with("ال");
        let next = normalize(words[i + 1]);
        // The nisba agrees with the name's last word (الهلال الأحمر الإماراتي),
        // not with a paper's head before it (صحيفة الشرق الأوسط السعودية).
        let feminine = |folded: &str| folded.ends_with('ه');
        let agrees = feminine(&normalize(words[i])) == feminine(&next);
        let paper = start > 0 && crate::outlets::heads_an_outlet(&normalize(words[start - 1]));
        if (start..=i).all(definite)
            && infos[i + 1].nationality
            && infos[i + 1].clitic_chars == 0
            && definite_nisba(&next)
            && agrees
            && !paper
        {
            labels[i + 1] = ORG_I;
        }
    }
}

/// Heads of a state's bodies (folded) that its nationality names once an
/// adjective or a genitive says which body: الحرس البحري التونسي، المكتبة
/// الوطنية الجزائرية، الإدارة العامة للجمارك الصينية; and heads in the
/// construct state with their genitive (خفر السواحل الإيطالي، سلاح الجو
/// الأوكراني). What every state has is no name with its nationality alone
/// (الإدارة الأمريكية، الحكومة العراقية): an adjective or a genitive must stand
/// between.
pub(in crate::chains) const NATIONAL_HEADS: &[&str] = &[
    "الحرس",
    "المكتبه",
    "الاداره",
    "الهيئه",
    "المؤسسه",
    "المديريه",
    "المصلحه",
    "الديوان",
    "المجلس",
    "اللجنه",
    "الاتحاد",
    "الجمعيه",
    "المركز",
    "المعهد",
    "الاكاديميه",
    "الوكاله",
    "الشركه",
    "الصندوق",
    "المفوضيه",
    "النيابه",
    "الامانه",
    "الرابطه",
    "النقابه",
    "الاذاعه",
    "التلفزيون",
    "الخطوط",
    "خفر",
    "سلاح",
];

/// Stems of continents' and regions' nisbas (folded, without the ending).
const CONTINENTAL: &[&str] = &[
    "اوروبي",
    "افريقي",
    "اسيوي",
    "عربي",
    "خليجي",
    "دولي",
    "عالمي",
];

/// Words between a head of [`NATIONAL_HEADS`] and its nationality at most.
const NATIONAL_REACH: usize = 3;

impl Chains {
    /// A body named by a head of [`NATIONAL_HEADS`], one to three adjectives or
    /// genitives, and a nationality (see there), where the tagger and the other
    /// rules found nothing.
    pub(in crate::chains) fn national_bodies(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let n = labels.len();
        let mut i = 0;
        while i + 2 < n {
            // The word's hash first: most words are no head.
            if labels[i] != 0 || !self.national_heads.contains_key(&infos[i].norm) {
                i += 1;
                continue;
            }
            // خفر السواحل: a head in the construct state before its genitive.
            let folded = normalize(words[i]);
            let construct = !folded.contains("ال");
            let opens_construct = construct
                && words
                    .get(i + 1)
                    .is_some_and(|w| normalize(w).starts_with("ال"));
            if construct && !opens_construct {
                i += 1;
                continue;
            }
            // The words after it: adjectives or genitives, then the nationality.
            let mut k = i + 1;
            while k < n.min(i + 1 + NATIONAL_REACH) && labels[k] == 0 {
                let word = normalize(words[k]);
                let describes = (word.starts_with("ال") || word.starts_with("لل"))
                    && !infos[k].nationality
                    && infos[k].triggers & TRIGGER_ORG_HEAD == 0;
                if !describes {
                    break;
                }
                k += 1;
            }
            // (A continent's or a region's nisba is no state's: الخطوط الجوية
            // الأوروبية are any European airline.)
            let nationality = normalize(words.get(k).copied().unwrap_or_default());
            let named = k > i + 1
                && k < n
                && labels[k] == 0
                && infos[k].nationality
                && infos[k].clitic_chars == 0
                && definite_nisba(&nationality)
                && !CONTINENTAL
                    .iter()
                    .any(|c| nationality.trim_end_matches('ه').ends_with(c));
            if named {
                labels[i] = ORG_B;
                labels[i + 1..=k].fill(ORG_I);
                i = k + 1;
            } else {
                i += 1;
            }
        }
    }
}

/// A word with the article that ends in ة (or ه written for it: الله aside).
fn feminine_definite(word: &str) -> bool {
    word.starts_with("ال") && word.ends_with(['ة', 'ه']) && normalize(word) != "الله"
}

/// Gender of a definite nisba (folded): feminine in ـية (السعودية), masculine in
/// ـي (الرئيسي); `None` for any other word.
fn nisba_gender(folded: &str) -> Option<bool> {
    definite_nisba(folded).then(|| folded.ends_with("يه"))
}

/// An organisation whose head only adjectives follow ends where an adjective
/// stops agreeing with the one before it: two nisbas side by side of two
/// genders describe two nouns, and the name holds one (مؤشر [السوق المالية
/// السعودية] الرئيسي: the main index, not the main market). After a genitive
/// the second may be the head's (مجلس الشؤون الخارجية الأوروبي), so a chain
/// with one is left as it is. A head with no article is followed by its
/// genitive, a noun however it ends (بنك التنمية الأفريقي: development, then
/// the bank's adjective), and a masculine nisba after two feminine nouns is
/// not the name's.
pub(in crate::chains) fn adjectives_agree(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_B]) {
        return;
    }
    let mut a = 0;
    while a < labels.len() {
        if labels[a] != ORG_B {
            a += 1;
            continue;
        }
        let end = span_end(labels, a);
        // The article and the letters before it are never folded: the raw
        // word tells.
        let bare = words[a].strip_prefix(['و', 'ف']).unwrap_or(words[a]);
        let Some(head) = after_article(bare) else {
            // A head in the construct state: the word after it is its
            // genitive, and a masculine nisba after two feminine nouns
            // describes what the name is in (المتحدث باسم [وزارة الخارجية]
            // الإيراني). (A feminine one may agree with a plural: مجلس
            // الشؤون الخارجية.)
            if end > a + 2 {
                let feminine = |w: &str| w.ends_with(['ة', 'ه']);
                if feminine(words[a])
                    && feminine(words[a + 1])
                    && words[a + 2].ends_with('ي')
                    && nisba_gender(&normalize(words[a + 2])) == Some(false)
                {
                    labels[a + 2..end].fill(0);
                }
            }
            a = end;
            continue;
        };
        // A masculine head in the singular takes no adjective in ة: the
        // definite word in ة after it is a noun of its own (يعطي البنك
        // المرونة: gives the bank flexibility; خطط البنك التنموية: the bank's
        // development plans), and the name, if any, is the head's alone.
        if end > a + 1
            && MASCULINE_HEADS.contains(&normalize(head).as_str())
            && feminine_definite(words[a + 1])
        {
            labels[a + 1..end].fill(0);
            a = end;
            continue;
        }
        let mut before: Option<bool> = None;
        for k in a + 1..end {
            // Folded only when it can be one.
            let could = words[k].ends_with(['ي', 'ة', 'ه']);
            let Some(gender) = could.then(|| nisba_gender(&normalize(words[k]))).flatten() else {
                break;
            };
            if before.is_some_and(|g| g != gender) {
                labels[k..end].fill(0);
                break;
            }
            before = Some(gender);
        }
        a = end;
    }
}
