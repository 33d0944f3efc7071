//! Where names end by rule: at a dash between two people, at punctuation, before
//! a particle or a verb, over a span too long, and after the family name that
//! follows a compound.

use super::*;
use crate::quotes::words::{QuoteWords, VERB, WEAK};

/// A verb in the imperfect plural (يفوزون، يطالبون): ي, three letters or
/// more, ون; in a name that is no person's, the dual too (ان: حركة أمل
/// يرفضان), where a person's name may end so (ديديه يوكانان).
pub(in crate::chains) fn imperfect_plural(word: &str, info: &TokenInfo, person: bool) -> bool {
    let folded = normalize(word);
    folded.starts_with('ي')
        && (folded.ends_with("ون") || !person && folded.ends_with("ان"))
        && folded.chars().count() >= 6
        // يوهانسون، يونسون: a name the lists hold.
        && info.gazetteer == 0
        && info.triggers & NAME_WORDS == 0
}

/// A verb in the future (سيتحرك، ستعقد) right after a word with the article:
/// a definite noun is followed by its definite adjective or a name, never
/// by a bare word that opens as the future does, unless the lists know it.
fn future_after_definite(word: &str, info: &TokenInfo, before: &TokenInfo) -> bool {
    before.definite
        && !info.definite
        && info.clitic_chars == 0
        && info.gazetteer == 0
        && info.triggers & NAME_WORDS == 0
        && {
            let folded = normalize(word);
            future_verb(&folded) && folded.chars().count() >= 5
        }
}

/// A name the tagger ran on into a verb ends before it: طلاب [جامعة أسيوط]
/// يفوزون بالمركز الأول، [حركة أمل] يرفضان، [الاتحاد] سيتحرك، [جو بايدن]
/// سيلتقي.
pub(in crate::chains) fn verbs_end_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let mut i = 1;
    while i < labels.len() {
        if is_inside(labels[i])
            && (words[i].starts_with('ي')
                && imperfect_plural(words[i], &infos[i], labels[i] == PER_I)
                || future_after_definite(words[i], &infos[i], &infos[i - 1])
                || infos[i].future && infos[i].gazetteer == 0)
        {
            let mut end = i;
            while end < labels.len() && labels[end] == labels[i] {
                end += 1;
            }
            labels[i..end].fill(0);
            // [أوباما] سيلتقي [ميركل]: a person after the verb is a person of
            // their own when the word is one without its neighbours.
            if labels[i - 1] == PER_B || labels[i - 1] == PER_I {
                let after = i + 1;
                if after < end && infos[i].future && person_on_its_own(&infos[after]) {
                    labels[after] = PER_B;
                    labels[after + 1..end].fill(PER_I);
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// A word that is a person's name by itself: training saw it almost only in
/// persons' names, or the lists open a person's name with it and with nothing
/// else, and it is no common word.
fn person_on_its_own(info: &TokenInfo) -> bool {
    let trained = info.stats.count >= 2 && info.stats.shares[0] >= 192;
    let listed = info.gazetteer & PERSON_LIST_BEGIN != 0
        && info.gazetteer & (PLACE_LIST_BEGIN | ORG_LIST_BEGIN) == 0;
    (trained || listed) && !info.common_word && !info.future
}

/// Where a person's name the tagger found holds more than one name, it ends
/// there. Two names of two words or more on either side of a dash are two
/// people (عاطف فتحي - صالح الحمصي, a byline's pair), where a dash before one
/// word joins a name's parts (كيم جونغ - ايل، ميشال اليو - ماري). A name does
/// not end on the preposition على (written with ى) before a word that is no
/// name (حمد محمد | على جائزة), nor on بيد before أن (however: ايكر كاسياس |
/// بيد ان): the preposition and the conjunction are nearly never in names.
pub(in crate::chains) fn people_apart(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    let mut start = 0;
    for i in 0..labels.len() {
        match labels[i] {
            PER_B => start = i,
            PER_I => {}
            _ => continue,
        }
        let dash = matches!(words[i], "-" | "–" | "—");
        let ends_here = i + 1 == labels.len() || labels[i + 1] != PER_I;
        if dash && labels[i] == PER_I && i >= start + 2 {
            // (Two words are enough to know: a name of thousands of dashes
            // is not counted out at each.)
            let right = (i + 1..labels.len())
                .take_while(|&k| labels[k] == PER_I)
                .take(2)
                .count();
            if right >= 2 {
                labels[i] = 0;
                labels[i + 1] = PER_B;
                start = i + 1;
            }
        } else if ends_here && labels[i] == PER_I && i + 1 < labels.len() {
            let next = words[i + 1];
            let preposition = words[i] == "على"
                && labels[i + 1] == 0
                && infos[i + 1].triggers & NAME_WORDS == 0
                && infos[i + 1].gazetteer & (PERSON_LIST_BEGIN | PERSON_LIST_INSIDE) == 0;
            let however = words[i] == "بيد" && normalize(next) == "ان";
            if preposition || however {
                labels[i] = 0;
            }
        }
    }
}

/// Particles no name ends on (folded): أن and إن with or without a pronoun,
/// prepositions of two letters, negations. After a letter of an acronym they
/// may be one (سي ان ان).
const NEVER_LAST: &[&str] = &[
    "ان", "انه", "انها", "من", "في", "عن", "لا", "لم", "لن", "قد", "ما", "ثم", "اي",
];

/// A name the tagger ran on into a particle ends before it (قالت الدول
/// المؤسسة [للمنظمة] إن …), unless the word before it is an acronym's letter.
pub(in crate::chains) fn particles_end_names(words: &[&str], labels: &mut [u8]) {
    for i in 1..labels.len() {
        let last = is_inside(labels[i]) && labels.get(i + 1).is_none_or(|&l| l != labels[i]);
        if !last {
            continue;
        }
        let folded = normalize(words[i]);
        // على and إلى written with ي (علي، الي) end no organisation, though
        // علي ends many a person's name.
        let organisation = labels[i] == ORG_I && ORG_NEVER_LAST.contains(&folded.as_str());
        if (NEVER_LAST.contains(&folded.as_str()) || organisation)
            && normalize(words[i - 1]).chars().count() >= 3
        {
            labels[i] = 0;
        }
    }
}

/// A name the tagger ran on for more than [`LONGEST_NAME`] tokens is none: a
/// line of one name repeated thousands of times (منظمة الصحة منظمة الصحة …),
/// which every rule after would read again from each of its words.
pub(in crate::chains) fn overlong_spans_are_no_names(labels: &mut [u8]) {
    let mut start = 0;
    for i in 0..=labels.len() {
        if i < labels.len() && is_inside(labels[i]) {
            continue;
        }
        if i - start > LONGEST_NAME {
            labels[start..i].fill(0);
        }
        start = i;
    }
}

/// A dash, a colon or a comma inside a person's or a place's name the tagger
/// found ends it there when the name opened on a place or an organisation of
/// the lists (هسبريس - عبد الإله الوزاني: the outlet, then its reporter);
/// what follows is a name of the same kind on its own. (A name may hold a
/// hyphen written apart: نانا ايفا - ابنتنغ; an organisation a sign: أوبك+.)
pub(in crate::chains) fn punctuation_ends_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_I, LOC_I]) {
        return;
    }
    const LISTED: u16 = PLACE_LIST_BEGIN | CURATED_ORG_BEGIN | CURATED_PLACE_BEGIN | ORG_LIST_BEGIN;
    // Where the name around word `i` begins: the last word before it that is
    // no name's inside (kept as the loop goes, so that a name of thousands of
    // marks is not walked back at each).
    let mut start = 0;
    for i in 1..labels.len() {
        if !is_inside(labels[i - 1]) {
            start = i - 1;
        }
        if !matches!(labels[i], PER_I | LOC_I)
            || words[i].chars().any(crate::tokenize::is_alphanumeric)
        {
            continue;
        }
        if infos[start].gazetteer & LISTED == 0 {
            continue;
        }
        let inside = labels[i];
        labels[i] = 0;
        if labels.get(i + 1) == Some(&inside) {
            labels[i + 1] = inside - 1;
        }
    }
}

/// A word whose proclitic a writer set apart with a tatweel (لـوفا، لـقنا)
/// at the end of a person's or a place's name the tagger found is no part
/// of it: the name ends before it (خالد الأحمد | لـوفا، قطر | لـقنا), and
/// what the word names is for the rules after (an agency, a city). (A body
/// the tagger ran on into, لـبي بي سي, is the other rules'.)
pub(in crate::chains) fn tatweels_end_names(words: &[&str], labels: &mut [u8]) {
    for i in 1..labels.len() {
        if matches!(labels[i], PER_I | LOC_I)
            && !labels.get(i + 1).is_some_and(|&l| is_inside(l))
            && crate::clitics::tatweel_clitics(words[i]).is_some()
        {
            labels[i] = 0;
        }
    }
}

/// A person's name the tagger ran on into a preposition of place or time
/// ends before it (خديجة منت محمد فال | أمام مستشفى نواذيبو، فلان | خلال
/// زيارته): أمام with its hamza (إمام is a name: عادل إمام), خلال، عقب،
/// حول، لدى، نحو، منذ، قرب، إزاء، ضد.
pub(in crate::chains) fn prepositions_end_people(words: &[&str], labels: &mut [u8]) {
    for i in 1..labels.len() {
        if labels[i] != PER_I || labels.get(i + 1) == Some(&PER_I) {
            continue;
        }
        let word = words[i];
        let preposition = word == "أمام"
            || matches!(
                normalize(word).as_str(),
                "خلال"
                    | "عقب"
                    | "حول"
                    | "لدى"
                    | "لدي"
                    | "نحو"
                    | "منذ"
                    | "قرب"
                    | "ازاء"
                    | "ضد"
            );
        if preposition {
            labels[i] = 0;
        }
    }
}

/// A person's name does not end on a glued preposition and what it takes:
/// a city or a country of the lists (ملعب حمادي العقربي | برادس) or a
/// definite noun (هيكتور كوبر | بالتراضي). The word ends the name, a place or
/// nothing. Not a name's own word (بنت، بلان), one after بن (جعفر بن برقان),
/// nor a ruler's بالله.
pub(in crate::chains) fn glued_places_end_people(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    const CITIES: u16 = COUNTRY_LIST_BEGIN | CITY_LIST_BEGIN;
    for i in 1..labels.len() {
        let t = &infos[i];
        let last = labels.get(i + 1) != Some(&PER_I);
        if labels[i] != PER_I
            || !last
            || t.clitic_chars == 0
            || !words[i].starts_with(['ب', 'ل'])
            || t.whole_given
            || t.triggers & (NAME_WORDS | TRIGGER_PARTICLE) != 0
            || after_connector(words[i - 1])
        {
            continue;
        }
        let city = t.gazetteer & CITIES != 0 && t.stem_len >= 4;
        let noun = t.definite && !normalize(words[i]).ends_with("الله");
        if city {
            labels[i] = LOC_B;
        } else if noun {
            labels[i] = 0;
        }
    }
}

/// A word that joins a name to the next one (بن، ابن، بنت، أبو، أم): the
/// word after it is a name (جعفر بن برقان), whatever place it spells.
pub(in crate::chains) fn after_connector(word: &str) -> bool {
    matches!(
        normalize(word).as_str(),
        "بن" | "ابن" | "بنت" | "ابو" | "ابي" | "ام" | "ال"
    )
}

/// Words that end no organisation's name (folded): prepositions spelt as the
/// given name علي is.
const ORG_NEVER_LAST: &[&str] = &["علي", "الي"];

/// A person's name of two words or more that the tagger opened on a reporting
/// verb begins after it (ناشد | محرم الراغب، كما طالب | أنان): the verb stands
/// before its subject. After a title, a particle or a nationality (الشيخ
/// طالب، أبو طالب، الكويتي طالب الدوسري), or after another person in a list
/// (سيدورف وروي ماكاي), the word is a given name; so is a verb that is also a
/// common other word (طالب, a student and a given name) when the lists hold it
/// as a given name or a family name with the article follows (طالب الرفاعي).
pub(crate) fn verbs_open_no_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
    quote_words: &QuoteWords,
) {
    for a in 0..labels.len().saturating_sub(1) {
        if labels[a] != PER_B || labels[a + 1] != PER_I {
            continue;
        }
        let class = quote_words.whole_classes(&infos[a]);
        let verb = class & VERB != 0
            && (class & WEAK == 0
                || infos[a].triggers & TRIGGER_GIVEN == 0
                    && !normalize(words[a + 1]).starts_with("ال"));
        let named = a > 0
            && (infos[a - 1].triggers & (TRIGGER_TITLE | TRIGGER_PARTICLE) != 0
                || infos[a - 1].nationality
                || matches!(labels[a - 1], PER_B | PER_I));
        if verb && !named {
            labels[a] = 0;
            labels[a + 1] = PER_B;
        }
    }
}

/// A person's name that ends on a compound whose second word has the article
/// (عبد الرحيم، صلاح الدين، أبو الحسن، بن الحسن، ذبيح الله) goes on with a family name after it: one of the
/// lists or a word training never showed, with the article, that general
/// Arabic does not use as a noun nor training mostly outside names (الشهير),
/// no plural and no participle of a passive (المفرج عنه), and that is no day (محمد عبد الرحيم |
/// الزيات، مصطفى صلاح الدين | الجمال، أنس أبو الحسن | الدغيم). `family_after_given` reads names that
/// end on a given name; these end on the compound.
pub(in crate::chains) fn family_after_compounds(
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
        let folded = normalize(words[i]);
        let before = normalize(words[i - 1]);
        let compound = folded.starts_with("ال")
            && (matches!(before.as_str(), "عبد" | "ابو" | "بن" | "ابن")
                || folded == "الدين"
                || folded == "الله" && BEFORE_ALLAH.contains(&before.as_str()));
        if !compound {
            continue;
        }
        let next = &infos[i + 1];
        let next_folded = normalize(words[i + 1]);
        // A plural or a participle with its preposition describes the person
        // (عبد الله المبتعثين، علاء عبد الفتاح المفرج عنه).
        let describes = definite_pair(&next_folded)
            || next_folded.ends_with("ات")
            || words
                .get(i + 2)
                .is_some_and(|w| matches!(normalize(w).as_str(), "عنه" | "عنها" | "عنهم"));
        if family_word(&next_folded, next)
            && !seen_outside_people(next)
            && !describes
            && may_follow_a_name(&next_folded, next)
        {
            labels[i + 1] = PER_I;
        }
    }
}

/// A body or a person of one word that no list holds and no name's word
/// marks, right after an opening quotation mark or a colon and before more
/// of the sentence, is the first word of what was said («فرقنا تعمل منذ
/// …»، «أوصانا أن …»، «أُدرّس 46 تلميذا …»), not a name.
pub(in crate::chains) fn quoted_speech_opens_on_no_name(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B, ORG_B]) {
        return;
    }
    let n = labels.len();
    for i in 1..n.saturating_sub(1) {
        let t = &infos[i];
        let lone = matches!(labels[i], PER_B | ORG_B) && !is_inside(labels[i + 1]);
        if !lone
            || !matches!(words[i - 1], "«" | "“" | ":")
            || t.shape != 0
            || t.gazetteer != 0
            || t.triggers & (NAME_WORDS | TRIGGER_ORG_HEAD | TRIGGER_TITLE) != 0
            || t.whole_given
            // (More of the sentence after it: not a name in marks of its own.)
            || !words[i + 1].chars().any(crate::tokenize::is_alphanumeric)
        {
            continue;
        }
        labels[i] = 0;
    }
}
