//! People named beside a body or a title: a spokesperson after the body they
//! speak for, hyphenated people, a league's sponsor, a nationality, and whole
//! titles that are no names.

use super::*;

/// A spokesperson (folded, without و and the article), who speaks باسم a body:
/// المتحدث باسم، الناطقة باسم.
const SPOKESPEOPLE: &[&str] = &["متحدث", "متحدثه", "ناطق", "ناطقه"];

/// Two words the tagger left alone right after the body a spokesperson speaks
/// for are the spokesperson's name when training never showed them and they
/// hold no article, no proclitic and no verb's prefix (المتحدث باسم الجيش
/// الإسرائيلي أفيخاي أدرعي): a title or a verb there has one (المتحدث باسم
/// الوزارة الدكتور …، باسم الحكومة يؤكد). Names that open as a verb would
/// (يوري، ستيفان) are left to the tagger. Run after the reader's chains
/// (`Chains::institutions`), which name the armies and ministries ANERcorp
/// leaves out.
pub(crate) fn spokespeople(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let n = labels.len();
    let mut i = 1;
    while i < n {
        // The label first: the words are folded only before an organisation.
        let speaks_for = |i: usize| {
            i >= 2 && normalize(words[i - 1]) == "باسم" && {
                let folded = normalize(words[i - 2]);
                let bare = folded.strip_prefix('و').unwrap_or(&folded);
                SPOKESPEOPLE.contains(&bare.strip_prefix("ال").unwrap_or(bare))
            }
        };
        // The body named by one definite noun (المتحدث باسم المجلس): a given
        // name of the lists and a family name after it (علي الكثيري), the
        // given name alone being no preposition after a body.
        if labels[i] == 0
            && i + 2 < n
            && infos[i].definite
            && infos[i].clitic_chars == 0
            && labels[i + 1] == 0
            && labels[i + 2] == 0
            && infos[i + 1].triggers & TRIGGER_GIVEN != 0
            && infos[i + 1].triggers & TRIGGER_TITLE == 0
            && !infos[i + 1].definite
            && speaks_for(i)
            && family_name_at(words, infos, i + 2)
            // A family name of the article or the lists: after علي, a word
            // with a pronoun is the preposition's object (علي تعاونهم).
            && (infos[i + 2].definite || infos[i + 2].triggers & TRIGGER_FAMILY != 0)
        {
            labels[i + 1] = PER_B;
            labels[i + 2] = PER_I;
            i += 3;
            continue;
        }
        let spokesperson = labels[i] == ORG_B && speaks_for(i);
        if !spokesperson {
            i += 1;
            continue;
        }
        let end = span_end(labels, i);
        let name_word = |k: usize| {
            let folded = normalize(words[k]);
            labels[k] == 0
                && infos[k].stats.count == 0
                && infos[k].clitic_chars == 0
                && infos[k].shape == 0
                && infos[k].triggers & TRIGGER_TITLE == 0
                && !folded.starts_with("ال")
                && !future_verb(&folded)
                && !folded.starts_with(['ي', 'ت'])
                && folded.chars().count() >= 3
        };
        if end + 1 < n && name_word(end) && name_word(end + 1) {
            labels[end] = PER_B;
            labels[end + 1] = PER_I;
        }
        i = end;
    }
}

/// A league named after its sponsor (دوري روشن، دوري نجوم قطر) names no
/// person: a person the tagger found right after دوري is dropped.
pub(in crate::chains) fn leagues_name_no_people(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != PER_B {
            continue;
        }
        let before = normalize(words[i - 1]);
        let league = ["دوري", "الدوري", "بدوري", "لدوري", "ودوري"].contains(&before.as_str());
        if league {
            let end = span_end(labels, i);
            labels[i..end].fill(0);
        }
    }
}

/// A person's name that a hyphen written without spaces holds (جان-بابتيست،
/// دنتون-هايز) is one name, though the tagger opened another at the word
/// after it, or left alone a word after it that can only be a name's
/// (نكوسازانا دلاميني-زوما): no article, proclitic, title or common word,
/// one training saw seldom or mostly in names, and no second hyphen after
/// it. A hyphen written for a dash (بلينكن-في إشارة إلى الصين-إن …) sets
/// a name apart. `glued(i)` tells that token `i` touches the tokens on both
/// sides.
pub(crate) fn hyphenated_people(
    words: &[&str],
    infos: &[TokenInfo],
    glued: impl Fn(usize) -> bool,
    labels: &mut [u8],
) {
    let hyphen = |w: &str| matches!(w, "-" | "‐" | "‑");
    for i in 1..labels.len().saturating_sub(1) {
        if !matches!(labels[i - 1], PER_B | PER_I) || !hyphen(words[i]) || !glued(i) {
            continue;
        }
        let next = &infos[i + 1];
        let name_word = || {
            let folded = normalize(words[i + 1]);
            labels[i + 1] == 0
                && folded.chars().count() >= 2
                && arabic_letters_only(&folded)
                && !next.definite
                && next.clitic_chars == 0
                && !next.common_word
                && next.triggers & (TRIGGER_TITLE | TRIGGER_SPEECH | TRIGGER_PARTICLE) == 0
                && !seen_outside_people(next)
                && !words.get(i + 2).is_some_and(|w| hyphen(w))
        };
        if matches!(labels[i + 1], PER_B | PER_I) || name_word() {
            labels[i] = PER_I;
            labels[i + 1] = PER_I;
        }
    }
}

/// A nationality the tagger took as a person's first word describes the
/// person (الغاني | كوامي أسانتي، للبحريني | علي بلال منصور): the name
/// starts after it. Inside what the tagger took for one name, before a word
/// training never showed and without the article, it stands between two
/// people, the one before and the one it describes (اللاعب كارلوس |
/// الصربي | نوفاك ديوكوفيتش); before a word with the article it may be part
/// of a classical name (النحريري السعودي الضرير), and at a name's end the
/// family name (محمد المصري).
pub(in crate::chains) fn nationalities_open_no_people(infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        if !(infos[i].nationality && infos[i].definite && labels[i + 1] == PER_I) {
            continue;
        }
        let next = &infos[i + 1];
        let between = labels[i] == PER_I && next.stats.count == 0 && !next.definite;
        if labels[i] == PER_B || between {
            labels[i] = 0;
            labels[i + 1] = PER_B;
        }
    }
}

/// Words that name what a title in quotation marks after them is the title
/// of (folded, after ب or not): a report, a campaign, an operation, a work.
/// Not اسم: what is known by a name (يعرف باسم "بي الكبير") is a name, as
/// ANERcorp marks it.
const TITLED: &[&str] = &[
    "عنوان",
    "عنوانه",
    "عنوانها",
    "شعار",
    "وسم",
    "هاشتاغ",
    "هاشتاق",
    "عمليه",
    "حمله",
    "مبادره",
    "مسلسل",
    "فيلم",
    "كتاب",
    "روايه",
    "برنامج",
    "اغنيه",
    "مسرحيه",
    "تقرير",
    "دراسه",
    "وثيقه",
];

/// A name the tagger found that is the whole of a title in quotation marks,
/// after a word that says it is one (بعنوان "نخلتي هويتي"، عملية "إيريني"،
/// مسلسل "نصر الله"), is that title, no person, place or body: ANERcorp marks
/// such titles as other names. A name that is part of a title stays
/// (بعنوان "الطريق إلى بيليم").
pub(in crate::chains) fn whole_titles_are_no_names(words: &[&str], labels: &mut [u8]) {
    let mut a = 2;
    while a < labels.len() {
        if labels[a] == 0 || is_inside(labels[a]) {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        let quoted = crate::quotes::closer(words[a - 1])
            .zip(words.get(b))
            .is_some_and(|(close, &w)| !w.is_empty() && close.contains(w));
        if quoted && titled(words[a - 2]) {
            labels[a..b].fill(0);
        }
        a = b;
    }
}

/// Whether a word says a title follows: [`TITLED`], after ب, و or none.
fn titled(word: &str) -> bool {
    let folded = normalize(word);
    let plain = folded.strip_prefix('و').unwrap_or(&folded);
    let plain = plain.strip_prefix('ب').unwrap_or(plain);
    let plain = plain.strip_prefix("ال").unwrap_or(plain);
    TITLED.contains(&plain)
}
