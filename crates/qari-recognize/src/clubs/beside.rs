//! What a club found has beside it in a match report: the city after its
//! name that tells which club it is (الأهلي طرابلس), and the club after a
//! player's role (لاعب الوحدات); passes run after the slots, over the
//! labels they left.

use crate::chains::{
    definite_nisba, is_inside, label_organisation, CITY_LIST_BEGIN, COUNTRY_LIST_BEGIN, LOC_B,
    ORG_B, ORG_I, ORG_LIST_BEGIN, PER_B, PER_I, PLACE_LIST_BEGIN, PLACE_LIST_INSIDE,
};
use crate::features::TokenInfo;
use crate::gazetteer::{Gazetteer, TRIGGER_TITLE};
use crate::normalize::{hash_word, normalize};

use super::words::{masculine_nationality, TEAMS_OF};

/// Verbs of going (folded, without و or ف): a city after them and a club is
/// where the club goes or leaves.
const MOTION: &[&str] = &[
    "غادر",
    "يغادر",
    "تغادر",
    "وصل",
    "يصل",
    "تصل",
    "عاد",
    "يعود",
    "تعود",
    "توجه",
    "يتوجه",
    "زار",
    "يزور",
    "دخل",
    "يدخل",
    "بلغ",
    "يبلغ",
];

/// Training saw the word often, and mostly outside names (وديا، دورا).
fn ordinary(info: &TokenInfo) -> bool {
    let share: u32 = info.stats.shares[..3].iter().map(|&s| u32::from(s)).sum();
    info.stats.count >= 5 && share < 128
}

/// In a match report, a listed city the tagger found right after a club's
/// name, with no proclitic, tells which club of that name it is and belongs
/// to the name: الأهلي طرابلس، الاتحاد جدة (a club and the city it plays in
/// would take a preposition: الأهلي في طرابلس).
pub(super) fn city_after_club(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
    gazetteer: &Gazetteer,
) {
    let n = labels.len();
    for i in 1..n {
        // ببلجيكا: a preposition on a listed place, whatever the analysis
        // made of it, says where.
        let on_a_place = || {
            let folded = normalize(words[i]);
            folded
                .strip_prefix(['ب', 'ل', 'ك', 'و', 'ف'])
                .is_some_and(|rest| {
                    rest.chars().count() >= 3 && gazetteer.known(hash_word(rest)) > 0
                })
        };
        let club_ends = matches!(labels[i - 1], ORG_B | ORG_I);
        // (Not a word that is a city's name only in the lists, as إن،
        // الجنوب or وديا, nor a longer place's first word: صنداونز | الجنوب
        // أفريقي.)
        let city = infos[i].gazetteer & CITY_LIST_BEGIN != 0
            && infos[i].gazetteer & COUNTRY_LIST_BEGIN == 0
            && !infos[i].common_word
            && !ordinary(&infos[i])
            && words[i].chars().count() >= 3
            && infos
                .get(i + 1)
                .is_none_or(|t| t.gazetteer & PLACE_LIST_INSIDE == 0)
            && infos[i].clitic_chars == 0
            && labels.get(i + 1).is_none_or(|&l| !is_inside(l));
        // غادر الأهلي بنغازي، يصل الأهلي طرابلس: after a verb of going the
        // city is where the club goes, or leaves.
        let going = || {
            let start = (0..i).rev().find(|&k| labels[k] == ORG_B).unwrap_or(0);
            start > 0 && {
                let verb = normalize(words[start - 1]);
                MOTION.contains(&verb.strip_prefix(['و', 'ف']).unwrap_or(&verb))
            }
        };
        // الحسين إربد: a name with the article alone that the tagger took
        // for a person's, before a city (which it may have taken into the
        // person's name), is a club named with its city.
        let person_club = labels[i - 1] == PER_B
            && matches!(labels[i], LOC_B | PER_I)
            && (i < 2 || labels[i - 2] == 0)
            && {
                let folded = normalize(words[i - 1]);
                folded.starts_with("ال") || folded.starts_with("وال")
            };
        if (club_ends && labels[i] == LOC_B || person_club) && city && !on_a_place() && !going() {
            if !club_ends {
                labels[i - 1] = ORG_B;
            }
            labels[i] = ORG_I;
        }
    }
}

/// A player's role before their club (hashes of the folded words, as a
/// token's `norm`): لاعب الوحدات، حارس ضمك.
const PLAYER_ROLES: [u64; 4] = [
    hash_word("لاعب"),
    hash_word("حارس"),
    hash_word("مهاجم"),
    hash_word("مدافع"),
];

/// What a role is followed by besides a club (folded): لاعب الوسط، حارس
/// المرمى، لاعب كرة القدم، لاعب سابق، مهاجم دولي.
const NOT_CLUBS_AFTER_ROLES: &[&str] = &[
    "كره",
    "مرمى",
    "المرمى",
    "سابق",
    "دولي",
    "الدولي",
    "وسط",
    "فريق",
    "الفريق",
    "منتخب",
    "المنتخب",
    "نادي",
    "النادي",
    "محترف",
    "شاب",
    "واعد",
    "اساسي",
    "احتياطي",
    "مخضرم",
    "مرمي",
    // Positions, and the guard of security (حارس الأمن).
    "الجناح",
    "الارتكاز",
    "الظهير",
    "الامن",
];

/// The club after a named player's role (حمزة الموساوي لاعب أولمبيك آسفي،
/// ومحمد بكر حارس ضمك، نواف بوشل لاعب الخليج), in a match report: a club,
/// whatever the tagger made of its word, over the words its mention holds,
/// up to a nationality after it (مهاجم الشباب | السعودي). A role the tagger
/// ran into the person's name ends it there.
pub(super) fn players_clubs(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for p in 1..labels.len().saturating_sub(1) {
        if !matches!(labels[p - 1], PER_B | PER_I)
            || infos[p].clitic_chars != 0
            || !PLAYER_ROLES.contains(&infos[p].norm)
        {
            continue;
        }
        let c = p + 1;
        let folded = normalize(words[c]);
        // (A youth side, الشباب, is a club before its nationality: مهاجم
        // الشباب السعودي; a short Latin word before the rest of its mention:
        // لاعب إف سي ميتز.)
        let nationality_next = words
            .get(c + 1)
            .is_some_and(|w| masculine_nationality(w, &infos[c + 1]));
        let mention_goes_on = labels.get(c + 1).is_some_and(|&l| is_inside(l));
        let club_word = words[c].chars().all(crate::tokenize::is_alphabetic)
            && (folded.chars().count() >= 3 || mention_goes_on)
            && infos[c].clitic_chars == 0
            && infos[c].triggers & TRIGGER_TITLE == 0
            && !masculine_nationality(words[c], &infos[c])
            && !definite_nisba(&folded)
            // (Nor a word training saw mostly outside names: لاعب كبير،
            // مهاجم الصريح, adjectives; with the article, a word the tagger
            // or the lists make a name passes.)
            && (infos[c].stats.count < 3
                || infos[c].stats.shares[2] >= 64
                || infos[c].definite
                    && (labels[c] != 0
                        || infos[c].gazetteer & (PLACE_LIST_BEGIN | ORG_LIST_BEGIN) != 0))
            && (!TEAMS_OF.contains(&folded.as_str()) || nationality_next)
            && !NOT_CLUBS_AFTER_ROLES.contains(&folded.as_str())
            && !matches!(labels[c], ORG_B | ORG_I);
        if !club_word {
            continue;
        }
        // The rest of the mention the word opens or continues (إف سي ميتز).
        let mut end = c + 1;
        while end < labels.len() && is_inside(labels[end]) {
            end += 1;
        }
        if labels[p] == PER_I {
            labels[p] = 0;
        }
        label_organisation(labels, c, end);
    }
}
