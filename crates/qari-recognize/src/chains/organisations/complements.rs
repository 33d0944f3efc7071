//! What the chain reads in a complement with ل and in the words around it: a
//! participle that governs one, a verbal noun, a domain, an indefinite nisba, a
//! private adjective, a word seldom seen.

use super::*;

/// Whether word `j` is الخاص/الخاصة naming a body: right after its head
/// before a nisba (المحكمة الخاصة العراقية), or after a plural genitive
/// (`genitive`: رابطة المصارف الخاصة، نقابة المدارس الخاصة); not before ب,
/// where it says what the body deals with (اللجنة الوزارية الخاصة بالأزمة),
/// and not after one company (الشركة الخاصة, any private one).
pub(super) fn private_adjective(
    words: &[&str],
    j: usize,
    next: Option<&Word>,
    genitive: Option<&str>,
) -> bool {
    let Some(word) = words.get(j) else {
        return false;
    };
    if !matches!(normalize(word).as_str(), "الخاص" | "الخاصه") {
        return false;
    }
    if words
        .get(j + 1)
        .is_some_and(|n| normalize(n).starts_with('ب'))
    {
        return false;
    }
    match genitive {
        None => next.is_some_and(|n| n.nisba && !n.conjoined),
        Some(g) => {
            let folded = normalize(g);
            let letters: Vec<char> = folded.chars().collect();
            // ات, or a broken plural مفاعل/فعول with the article (المصارف، البنوك).
            folded.starts_with("ال")
                && (folded.ends_with("ات")
                    || (letters.len() == 7 && letters[2] == 'م' && letters[4] == 'ا')
                    || (letters.len() == 6 && letters[4] == 'و'))
        }
    }
}

/// Participles (folded, no article, masculine) that take a complement with
/// a preposition of their own (المسؤولة عن، المتضرر من، القائمة على): after a
/// body's name they describe it.
const GOVERNING: &[&str] = &[
    "مسؤول",
    "صادر",
    "ناتج",
    "متضرر",
    "مستفيد",
    "قائم",
    "مبني",
    "معني",
    "منبثق",
    "مترتب",
    "متفرع",
    "منفصل",
    "مختص",
    "متخصص",
    "مكلف",
    "منشق",
    "مسيطر",
    "مشرف",
    "مسوول",
];

/// ليكون، ليتم: ل and a verb in the imperfect, a purpose that no name holds
/// (معهد الفيلم الأمريكي | ليكون الرابع).
pub(super) fn lam_verb(raw: &str, info: &TokenInfo) -> bool {
    let folded = normalize(raw);
    folded
        .strip_prefix("لي")
        .is_some_and(|rest| (2..=4).contains(&rest.chars().count()) && !rest.starts_with('ا'))
        && info.gazetteer == 0
}

/// An indefinite word in the shape of a masculine nisba (إسلامي، ليبرالي), no
/// conjunction or preposition before it. (Not the feminine: nouns in ية are
/// many, تنمية، خارجية.)
pub(super) fn indefinite_nisba(raw: &str, w: &Word) -> bool {
    let folded = normalize(raw);
    !w.definite
        && !w.lam
        && !w.conjoined
        && folded.chars().count() >= 5
        && folded.ends_with('ي')
        && !folded.ends_with("اي")
}

/// A word the training text saw three times or more, mostly outside names.
pub(super) fn mostly_outside_names(info: &TokenInfo) -> bool {
    info.stats.count >= 3
        && info.stats.shares[..3]
            .iter()
            .map(|&s| u32::from(s))
            .sum::<u32>()
            < 64
}

/// Whether `raw` is a participle of [`GOVERNING`], in either gender.
pub(super) fn governs(raw: &str) -> bool {
    let folded = normalize(raw);
    let stem = folded.strip_prefix("ال").unwrap_or(&folded);
    let stem = stem.strip_suffix('ه').unwrap_or(stem);
    GOVERNING.contains(&stem)
}

/// Whether `raw`, a definite word right after a definite complement with ل
/// (`complement`), is its adjective: a participle of a derived verb (ال + م
/// and three letters or more) or an adjective of the shape فعيل (للصناعات
/// الثقيلة) in its gender, feminine after a feminine noun or a plural in ات
/// (للطاقات المتجددة، للغاز المسال), or a feminine participle of the plain
/// verb (لإدارة الحالات الطارئة). A participle in another
/// gender describes the head (الشركة الوطنية للنفط | المنتجة للغاز).
pub(super) fn describes_complement(complement: &str, raw: &str, w: &Word) -> bool {
    if !w.definite || w.conjoined || w.stop || w.time || w.lam || w.plural {
        return false;
    }
    let folded = normalize(raw);
    let stem = folded.strip_prefix("ال").unwrap_or(&folded);
    let of = normalize(complement);
    let letters: Vec<char> = stem.chars().collect();
    let plain = letters.len() == 5 && letters[1] == 'ا' && letters[4] == 'ه';
    // فعيل، فعيلة: للصناعات الثقيلة، للطاقة النظيفة.
    let qualifying = letters.len() == 4 + usize::from(feminine(raw)) && letters[2] == 'ي';
    (plain || qualifying || stem.starts_with('م') && letters.len() >= 4)
        && !stem.ends_with("ين")
        && !stem.ends_with("ون")
        && feminine(raw) == (of.ends_with('ه') || of.ends_with("ات"))
}

/// A complement with ل that names what a body does, after its name and
/// adjective (مصرف آشور الدولي للاستثمار): a verbal noun, or a word training
/// saw inside organisations' names one time in thirteen or more (للطاقة،
/// للدراسات), where people a body serves or allows are not (للشركات،
/// للمواطنين).
pub(super) fn names_a_domain(raw: &str, info: &TokenInfo) -> bool {
    verbal_noun(raw) || info.stats.shares[2] >= 20
}

/// A verbal noun of a derived verb, folded, after ل and the article: استفعال
/// (للاستثمار), تفعيل (للتأمين، للتمويل), تفعلة (للتنمية، للتجارة), تفاعل
/// (للتعاون). Not a plural (للتنظيمات) nor people (للتلاميذ).
fn verbal_noun(raw: &str) -> bool {
    let folded = normalize(raw);
    let stem = folded
        .strip_prefix("لل")
        .or_else(|| folded.strip_prefix("ل").and_then(|r| r.strip_prefix("ال")))
        .unwrap_or(&folded);
    let letters: Vec<char> = stem.chars().collect();
    let n = letters.len();
    if stem.ends_with("ات") || stem.ends_with("ين") || stem.ends_with("ون") {
        return false;
    }
    (stem.starts_with("است") && n >= 6)
        || (letters.first() == Some(&'ت')
            && n >= 5
            && (letters[3] == 'ي' || letters[2] == 'ا' || letters[n - 1] == 'ه'))
}

/// A word in the feminine, ending in ة (folded to ه): an adjective agrees with
/// the noun it describes (مجلس … المغربي، دائرة … الإسلامية).
pub(super) fn feminine(word: &str) -> bool {
    normalize(word).ends_with('ه')
}

/// A word the training text saw seldom, or mostly in organisations: an
/// acronym (صونا، البوندسرات), not a gloss or a date in brackets (الموقع،
/// الأعضاء، الإثنين).
pub(super) fn unfamiliar(info: &TokenInfo) -> bool {
    info.stats.count <= 2 || info.stats.shares[2] >= 128
}

/// The most words of the cause after عن (حقوق الإنسان، الحقوق والحريات).
const CAUSE_WORDS: usize = 3;

/// A body named for what it defends goes on past عن to its cause: an
/// organisation that ends on الدفاع (للدفاع، جمعية الدفاع) takes عن and the
/// cause's genitive (الرابطة التونسية للدفاع عن حقوق الإنسان، اللجنة الوطنية
/// للدفاع عن الأسرى). The cause is a definite noun, or an indefinite one
/// before its definite genitive, with one more after و; the name ends at the
/// first other word.
pub(in crate::chains) fn defended_causes(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_B]) {
        return;
    }
    let mut a = 0;
    while a < labels.len() {
        if labels[a] != ORG_B {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        a = b;
        let defends = normalize(words[b - 1]);
        let defends = defends.strip_prefix('ل').unwrap_or(&defends);
        let defends = defends.strip_prefix('ل').unwrap_or(defends);
        if !matches!(defends, "الدفاع" | "دفاع") || words.get(b).copied() != Some("عن")
        {
            continue;
        }
        let arabic = |k: usize| words.get(k).is_some_and(|w| arabic_letters_only(w));
        let definite = |k: usize| arabic(k) && infos[k].definite && infos[k].clitic_chars == 0;
        // The cause's first noun, and the genitive after it if it is bare.
        let first = b + 1;
        let mut end = if definite(first) {
            first + 1
        } else if arabic(first) && !infos[first].definite && definite(first + 1) {
            first + 2
        } else {
            continue;
        };
        // One more after و (الحقوق والحريات).
        if words.get(end).is_some_and(|w| w.starts_with('و'))
            && arabic(end)
            && infos[end].definite
            && end - first < CAUSE_WORDS
        {
            end += 1;
        }
        // A name the cause runs into is left whole.
        if labels.get(end).is_some_and(|&l| is_inside(l)) {
            continue;
        }
        labels[b..end].fill(ORG_I);
        a = end;
    }
}
