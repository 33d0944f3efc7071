//! Agencies credited in a sentence: الأناضول after a correspondent, in a
//! credit or as whom a source told, and an agency's acronym after a verb it
//! does (ذكرت وفا، بحسب وام); the agencies' own cues, where a region's name
//! or a short word must be told from the agency.

use crate::chains::{arabic_letters_only, is_inside, LOC_I, PER_B, PER_I};
use crate::gazetteer::{Gazetteer, CURATED_ORG_BEGIN, CURATED_ORG_INSIDE};
use crate::normalize::{hash_word, normalize};

use super::cited::{verb_of, PUBLISHING};
use super::{Sentence, ACRONYM_LETTERS, PLACE_OUTLETS};

/// A correspondent (folded, after و or ل): مراسل الأناضول is Anadolu's.
const CORRESPONDENTS: &[&str] = &["مراسل", "مراسله", "لمراسل", "لمراسله", "ومراسل", "ومراسله"];

/// Talk one has with someone (folded): في حديث مع الأناضول.
const TALKS: &[&str] = &[
    "حديث",
    "مقابله",
    "اتصال",
    "لقاء",
    "حوار",
    "تصريح",
    "تصريحات",
];

/// مراسل الأناضول: the agency named as a region right after a correspondent
/// is that agency (where مراسل الشرق الأوسط may cover the region); so it is
/// as a credit, after a slash (تونس/ عادل الثابتي/ الأناضول) or alone in
/// brackets (… في إسطنبول (الأناضول)), where a region is not named; as the
/// one a source talked with (في حديث مع الأناضول، في اتصال هاتفي مع
/// الأناضول), who saw a text (في بيان اطلعت عليه الأناضول), or who reports
/// (ونقلت الأناضول عن، بحسب الأناضول): a region does none of these.
pub(super) fn after_correspondents(s: &Sentence, found: &mut Vec<(usize, usize)>) {
    // By folded hash: most words are neither.
    let anadolu = hash_word(PLACE_OUTLETS[0]);
    let told: Vec<u64> = TOLD_ANADOLU.iter().map(|w| hash_word(w)).collect();
    for i in 0..s.infos.len() {
        // Whom a source told (قال فلان للأناضول:، لـالأناضول إن): a region is
        // told nothing.
        if told.contains(&s.infos[i].norm) && told_here(s, i) {
            found.push((i, i + 1));
            continue;
        }
        if s.infos[i].norm != anadolu || i == 0 {
            continue;
        }
        // A credit line: المصدر: الأناضول.
        let source_line = s.words[i - 1] == ":" && i >= 2 && s.is(i - 2, &["المصدر", "المصادر"]);
        let credit = source_line
            || s.words[i - 1] == "/"
            || (s.words[i - 1] == "(" && s.words.get(i + 1) == Some(&")"));
        let told = s.is(i - 1, CORRESPONDENTS);
        // The talk's word a word or two before مع (في تصريح خاص مع).
        let talked = s.is(i - 1, &["مع"]) && (i.saturating_sub(4)..i - 1).any(|j| s.is(j, TALKS));
        let saw = s.is(i - 1, &["عليه", "عليها"]);
        let reports = s.is(i - 1, REPORTING) || s.is(i - 1, ACCORDING_TO);
        if credit || told || talked || saw || reports {
            found.push((i, i + 1));
        }
    }
}

/// Whether للأناضول at `i` is whom a source told or whom the text follows
/// (قال فلان للأناضول: …، للأناضول إن، في حديث خاص للأناضول،، وفقا
/// للأناضول), not the region's genitive (الساحل الجنوبي للأناضول، غزو
/// السلاجقة للأناضول).
fn told_here(s: &Sentence, i: usize) -> bool {
    let next = s.words.get(i + 1).copied().unwrap_or("");
    if next == ":" || (i + 1 < s.infos.len() && s.is(i + 1, &["ان", "بان", "انه", "انها"]))
    {
        return true;
    }
    if i > 0 && s.is(i - 1, &["وفقا", "طبقا", "ووفقا", "وطبقا"]) {
        return true;
    }
    // Before a comma or the sentence's end, after a talk or a verb of saying.
    matches!(next, "،" | "," | "." | "")
        && (i.saturating_sub(10)..i)
            .any(|j| s.is(j, TALKS) || s.is(j, REPORTING) || s.is(j, SAYING_VERBS))
}

/// Verbs of saying (folded, with و or without) after which للأناضول is
/// whom the speaker told.
const SAYING_VERBS: &[&str] = &[
    "تحدث",
    "وتحدث",
    "تحدثت",
    "وتحدثت",
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "اضاف",
    "واضاف",
    "اضافت",
    "واضافت",
    "اكد",
    "واكد",
    "اكدت",
    "واكدت",
    "اوضح",
    "واوضح",
    "اوضحت",
    "واوضحت",
    "صرح",
    "وصرح",
    "صرحت",
    "وصرحت",
    "كشف",
    "وكشف",
    "كشفت",
    "وكشفت",
];

/// The agency after ل (folded): للأناضول، لـالأناضول.
const TOLD_ANADOLU: &[&str] = &["للاناضول", "لالاناضول", "وللاناضول"];

/// What an outlet does and a region does not (folded, after و or not).
const REPORTING: &[&str] = &[
    "نقلت",
    "ونقلت",
    "ذكرت",
    "وذكرت",
    "افادت",
    "وافادت",
    "اوردت",
    "واوردت",
    "علمت",
    "وعلمت",
];

/// "According to" (folded): بحسب الأناضول.
const ACCORDING_TO: &[&str] = &["بحسب", "حسب", "وحسب", "وبحسب", "وفق"];

/// What an agency does when it is the subject of a verb or the source of a
/// report (folded): its verbs of [`PUBLISHING`], with و or not, a report it
/// carried (نقلته، نقلتها) and "according to".
fn reports(folded: &str) -> bool {
    verb_of(folded, PUBLISHING)
        || verb_of(folded, &["نقلته", "نقلتها", "اوردته", "بثته", "بثتها"])
        || ACCORDING_TO.contains(&folded)
}

/// An agency's acronym of the hand lists (وفا، واس، وام، كونا), bare, right
/// after a verb it does or "according to" (ذكرت وفا، نقلته واس، بحسب وام),
/// or after ل as whom a source told (قال مدير المركز لـوفا إن):
/// the agency, though the tagger, which saw such acronyms seldom, left it or
/// read it as a person of one word. واس and وام are read whole: their first
/// letter looks like و, and the rest is a word (اس، ام).
pub(super) fn reported_by_agencies(
    gazetteer: &Gazetteer,
    s: &Sentence,
    found: &mut Vec<(usize, usize)>,
) {
    for i in 1..s.words.len() {
        let info = &s.infos[i];
        let lone_person =
            s.labels[i] == PER_B && s.labels.get(i + 1).is_none_or(|&l| !is_inside(l));
        // The tagger may have run the source's name on into it (غسان دغلس
        // لوفا:): the agency told ends that name.
        let name_end = matches!(s.labels[i], PER_I | LOC_I)
            && s.labels.get(i + 1).is_none_or(|&l| !is_inside(l));
        if s.labels[i] != 0 && !lone_person && !name_end {
            continue;
        }
        let listed_here = if info.clitic_chars == 0 {
            info.gazetteer & CURATED_ORG_BEGIN != 0
        } else {
            gazetteer.chosen_organisation(info.norm)
        };
        // Whom a source told (قال مدير المركز لـوفا إن، لوام:): the
        // acronym after ل. (Only a short word with ل is read again.)
        let maybe_told = info.clitic_chars <= 1
            && s.words[i].starts_with('ل')
            && s.words[i].chars().count() <= ACRONYM_LETTERS + 3;
        if !listed_here && !maybe_told {
            continue;
        }
        let folded = normalize(s.words[i]);
        let after_lam = folded.strip_prefix('ل').unwrap_or(&folded);
        let told =
            maybe_told && gazetteer.chosen_organisation(hash_word(after_lam)) && told_here(s, i);
        if !told && (!listed_here || name_end) {
            continue;
        }
        let name = if told { after_lam } else { &folded[..] };
        let acronym = name.chars().count() <= ACRONYM_LETTERS && arabic_letters_only(name);
        let alone = s
            .infos
            .get(i + 1)
            .is_none_or(|next| next.gazetteer & CURATED_ORG_INSIDE == 0);
        if acronym && alone && (told || reports(&normalize(s.words[i - 1]))) {
            found.push((i, i + 1));
        }
    }
}
