//! A person's family name by rule: after a given name, a surname of the lists,
//! a family name in و or before أن, and what a family name looks like.

use super::*;
use crate::dates::is_weekday;

/// A person the tagger found as one given name, followed by a definite word
/// the training text never showed, goes on with it: that word is a family name
/// (عبدالله السواحه، فراس الهواري). So does a person whose name ends on a given
/// name (a lone one, or after بن: خليفة بن علي) before a definite nisba of a
/// family that training saw seldom or mostly in people's names (الحارثي،
/// الحسيني): a nationality follows a whole name, not a given name alone. A
/// given name with the article is a noun first (الأسد, the lion). After a
/// chain or a title and a given name, a family name of the lists or a word
/// training never showed goes on with it, unless general Arabic uses it as a
/// noun (الشكر، اليمين) or it is a day (`dates::is_weekday`). After given
/// names only (a compound's too: عبد القادر) after a title, so does a family
/// name of the lists that training saw seldom or mostly in names and that is
/// no nationality (الدكتورة عائشة سلطان الظاهري، المحافظ عبد القادر الحصرية).
pub(in crate::chains) fn family_after_given(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B, PER_I]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        let ends = matches!(labels[i], 1 | 2) && labels[i + 1] == 0;
        // (A name the lists hold in no role may be the father's: سالم عيد
        // | النوافلة.)
        let given_or_named = if labels[i] == 2 {
            TRIGGER_GIVEN | TRIGGER_NAME
        } else {
            TRIGGER_GIVEN
        };
        if !ends || infos[i].triggers & given_or_named == 0 {
            continue;
        }
        let lone = labels[i] == 1;
        let after_particle =
            labels[i] == 2 && i > 0 && infos[i - 1].triggers & TRIGGER_PARTICLE != 0;
        // محمد سعيد | الهاجري: a name of given names only (the person's and
        // the father's), two or three, has no family name yet.
        let given_only = labels[i] == 2 && {
            let start = (0..=i).rev().find(|&k| labels[k] == 1).unwrap_or(0);
            i - start <= 2
                && labels[start] == 1
                && infos[start].triggers & TRIGGER_GIVEN != 0
                && (start..=i).all(|k| {
                    infos[k].triggers & TRIGGER_GIVEN != 0
                        || k > start && infos[k].triggers & TRIGGER_NAME != 0
                })
        };
        if !lone && !after_particle && !given_only {
            continue;
        }
        // مستشفى ابن سينا التخصصي: after an organisation's head the
        // adjective is the body's (`Chains::organisations`). A head with the
        // article takes no name after it (باسم الحركة يوسف بن مبارك الهاجري).
        let start = (0..=i).rev().find(|&k| labels[k] == 1).unwrap_or(0);
        if !lone
            && start > 0
            && infos[start - 1].triggers & TRIGGER_ORG_HEAD != 0
            && !infos[start - 1].definite
        {
            continue;
        }
        // مستشفى الشيخ خليفة التخصصي: so after a head and a title, where
        // the name is the body's or the place's namesake.
        if start >= 2
            && infos[start - 1].triggers & TRIGGER_TITLE != 0
            && namesake_head(words[start - 2], &infos[start - 2])
        {
            continue;
        }
        let folded = normalize(words[i]);
        let definite = folded
            .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .unwrap_or(&folded)
            .starts_with("ال")
            || folded.starts_with("ال");
        // (عبد القادر: the article after عبد is the compound's, no noun's.)
        let compound = i > 0 && labels[i] == 2 && normalize(words[i - 1]) == "عبد";
        if definite && !compound {
            continue;
        }
        let next = words[i + 1];
        let n = &infos[i + 1];
        let unseen = n.stats.count == 0;
        let next_folded = normalize(next);
        let family_nisba = next_folded.ends_with('ي')
            && n.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
            && (n.stats.count <= 2 || n.stats.shares[0] >= 64);
        // After a chain (عبدالله بن سعد), a family name (الدغيثر).
        let family = family_word(&next_folded, n);
        // After a title, a given name and a family name of the lists
        // (المستشار عبدالعزيز الصانع).
        let titled = lone && i > 0 && infos[i - 1].triggers & TRIGGER_TITLE != 0;
        // عائشة سلطان الظاهري، عبد القادر الحصرية: after given names only
        // and a title, a family name of the lists that training saw seldom,
        // or mostly in names, and no nationality (محمد علي | المصري may say
        // where he is from).
        // Only after a title, a verb of saying or a description that ends on
        // a definite word (وزير النفط حيان عبد الغني السواد، الباحثة
        // الإماراتية عائشة سلطان الظاهري): after another verb the word is as
        // often its object (ارتدى محمود علي السواد، باع محمد علي العسل).
        let after_title = start > 0
            && ((start.saturating_sub(3)..start).any(|k| infos[k].triggers & TRIGGER_TITLE != 0)
                || infos[start - 1].triggers & TRIGGER_SPEECH != 0
                || infos[start - 1].definite);
        let listed_family = given_only
            && after_title
            && n.triggers & TRIGGER_FAMILY != 0
            && family
            && !n.nationality
            && (n.stats.count <= 10 || n.stats.shares[0] >= 64);
        // هاني المصري: after a title (or a description that ends on a
        // definite word) and a lone given name, a definite word that is no
        // common noun is the family name, and a nisba too, common as it is
        // (a nationality comes before the given name: المحلل المصري هاني);
        // not a word training saw mostly in places or organisations, nor a
        // day.
        let nisba = next_folded.ends_with('ي');
        // (Not a word training saw mostly outside people's names, but for a
        // nisba: حنبعل | الاستمرار، قال جرير | المتوفى.)
        let seen_as_word = n.stats.count >= 3 && n.stats.shares[0] < 64;
        // A nisba is a nationality or one training saw in names (not عمر |
        // الاحتياطي), and no ordinal (حكيم | الثاني: the second goal); a
        // name right after it is another person's (كارلوس | الصربي نوفاك).
        let ordinal = matches!(
            next_folded.as_str(),
            "الاول" | "الثاني" | "الثالث" | "الرابع" | "الخامس" | "السادس" | "الاخير"
        );
        let name_after = infos
            .get(i + 2)
            .is_some_and(|t| t.triggers & TRIGGER_GIVEN != 0)
            || labels.get(i + 2).is_some_and(|&l| l == 1);
        let titled_family = lone
            && after_title
            && !ordinal
            && !name_after
            && (nisba && (n.nationality || n.stats.shares[0] >= 16 || unseen)
                || !seen_as_word && !n.common_word)
            && n.triggers & TRIGGER_SPEECH == 0
            && !(n.stats.count >= 3 && (n.stats.shares[1] >= 128 || n.stats.shares[2] >= 128))
            && !is_weekday(next_folded.trim_start_matches("ال"))
            && n.clitic_chars == 0;
        // مدير المنفذ، عبد الرحمن المسالمة، قال: a name set off by commas
        // after what it describes holds the whole name, so the definite word
        // before the closing comma is its family name, seen as a word or not
        // (المسالمة, the peaceable): not a nationality, an ordinal, a
        // feminine adjective in -ية (كوين ماري، الأصلية، …), a word training
        // saw mostly in places or organisations, nor one with a proclitic.
        let commas = |k: usize| words.get(k).is_some_and(|&w| matches!(w, "،" | ","));
        let apposed = (lone || given_only)
            && start > 0
            && commas(start - 1)
            && commas(i + 2)
            && next_folded.starts_with("ال")
            && !next_folded.ends_with("يه")
            && !ordinal
            && !n.nationality
            && n.clitic_chars == 0
            && n.triggers & (TRIGGER_SPEECH | TRIGGER_TITLE) == 0
            && !(n.stats.count >= 3 && (n.stats.shares[1] >= 64 || n.stats.shares[2] >= 64));
        // After a compound only that (what else follows one is
        // `family_after_compounds`'s).
        let usual = (listed_family
            || titled_family
            || apposed
            || !compound
                && (unseen && (lone || given_only)
                    || family_nisba
                    || (after_particle || titled) && family))
            && may_follow_a_name(next, n);
        if usual || lone && listed_surname(next, n) {
            labels[i + 1] = 2;
        }
    }
}

/// A word without the article that the name lists hold (ايبواه، أوشن) and
/// training saw seldom or mostly in people's names, with no proclitic, no
/// place or title of the lists and no common word: after a lone given name,
/// the rest of that person's name (إيمانويل ايبواه).
/// A person of two or three words the tagger found, whatever the last one
/// is, goes on with a family name of the lists that training never saw
/// outside names ([`listed_surname`]: بيرام الداه | اعبيد): a whole name
/// takes one more name, where a family name alone after a lone given name
/// is `family_after_given`'s.
pub(in crate::chains) fn surname_after_names(
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
        let Some(start) = (0..i).rev().find(|&k| labels[k] == PER_B) else {
            continue;
        };
        if i - start > 2 || labels[start + 1..=i].iter().any(|&l| l != PER_I) {
            continue;
        }
        if listed_surname(words[i + 1], &infos[i + 1])
            && infos[i + 1].triggers & TRIGGER_FAMILY != 0
            || definite_family(words[i + 1], &infos[i + 1])
        {
            labels[i + 1] = PER_I;
        }
    }
}

/// A person of one given name right after a reporting verb, followed by a
/// definite word and then إن or أن, goes on with that word, whatever else it
/// means: it is the family name (وقال خالد الحصان إن، وأكد حسين الشيخ أن),
/// since a reporting verb takes no object before what was said; a title
/// there names no one after it (حسين الشيخ). Not a day (وقال محمد الثلاثاء
/// إن), اليوم or a nationality, which stay outside.
pub(in crate::chains) fn family_before_that(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(2) {
        let lone = labels[i] == PER_B && labels[i + 1] == 0;
        if !lone
            || !infos[i - 1].reports
            || infos[i].triggers & TRIGGER_GIVEN == 0
            || !matches!(words[i + 2], "إن" | "أن" | "بأن")
        {
            continue;
        }
        let next = &infos[i + 1];
        let bare = normalize(words[i + 1]);
        let bare = bare.strip_prefix("ال").unwrap_or(&bare);
        if next.definite
            && next.clitic_chars == 0
            && !next.nationality
            && !is_weekday(bare)
            && !matches!(bare, "يوم" | "ليله" | "ان")
        {
            labels[i + 1] = PER_I;
        }
    }
}

fn listed_surname(word: &str, info: &TokenInfo) -> bool {
    info.triggers & (TRIGGER_FAMILY | TRIGGER_NAME | TRIGGER_GIVEN) != 0
        && info.triggers & (TRIGGER_TITLE | TRIGGER_PARTICLE) == 0
        // ولد after a name is a verb (ماكرون ولد في أميان: was born), بنت a
        // daughter's particle.
        && !matches!(normalize(word).as_str(), "ولد" | "بنت")
        && info.clitic_chars == 0
        && !info.common_word
        && info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
        && (info.stats.count <= 2 || info.stats.shares[0] >= 128)
        && !word.starts_with("ال")
        && word.chars().count() >= 3
        && arabic_letters_only(word)
}

/// A family name of the lists, or a word training never showed, but no common
/// word (the verb's object: فيصل بن فرحان الشكر، أدى … اليمين) nor a day
/// (محمد بن سلمان السبت); `folded` is the word folded.
pub(in crate::chains) fn family_word(folded: &str, info: &TokenInfo) -> bool {
    (info.triggers & TRIGGER_FAMILY != 0 || info.stats.count == 0)
        && !info.common_word
        && !is_weekday(folded.trim_start_matches("ال"))
}

/// A family name that is also an ordinary word: one the lists hold as a
/// family's, or a noun with the article that training saw in names; no
/// nationality, title, place, day, or word that opens what follows a name
/// (الذي، اليوم).
pub(super) fn worded_family_at(words: &[&str], infos: &[TokenInfo], k: usize) -> bool {
    let n = &infos[k];
    let folded = normalize(words[k]);
    // (A noun with the article that training never saw in a name, after a
    // given name that is a noun too, is its genitive: سعيد الحظ، وفاء
    // المملكة.)
    (n.triggers & TRIGGER_FAMILY != 0 || n.definite && n.stats.shares[0] >= 16)
        && !definite_pair(&folded)
        && !folded.ends_with("ات")
        && name_shaped(&folded, n)
        && !is_weekday(folded.trim_start_matches("ال"))
        && !matches!(
            folded.as_str(),
            "الذي"
                | "التي"
                | "الذين"
                | "اليوم"
                | "الان"
                | "الاول"
                | "الثاني"
                | "الجديد"
                | "الجديده"
        )
}

/// The word at `k` may be the family name after a given name: of the lists, or
/// a word training never showed or showed mostly in people's names; no common
/// word, title, nationality, listed place or day. A foreign name that opens
/// with ب, which the analysis read as a proclitic on a word training never
/// showed (بلينكن as ب + لينكن), is one too.
pub(in crate::chains) fn family_name_at(words: &[&str], infos: &[TokenInfo], k: usize) -> bool {
    let n = &infos[k];
    let folded = normalize(words[k]);
    let people = n.stats.count > 0 && n.stats.shares[0] >= 128;
    let foreign_ba = n.clitic_chars == 1
        && folded.starts_with('ب')
        && n.stats.count == 0
        && !n.definite
        && n.gazetteer == 0
        && shaped_as_name(&folded, n);
    (family_word(&folded, n) || people) && name_shaped(&folded, n) || foreign_ba
}

/// What any family name after a given name is: a word of three letters or
/// more (`folded`) with no proclitic, digit or mark, and no title, word of
/// saying, nationality or listed place.
fn name_shaped(folded: &str, n: &TokenInfo) -> bool {
    n.clitic_chars == 0 && shaped_as_name(folded, n)
}

/// [`name_shaped`] but for the proclitic.
fn shaped_as_name(folded: &str, n: &TokenInfo) -> bool {
    n.shape == 0
        && n.triggers & (TRIGGER_TITLE | TRIGGER_SPEECH) == 0
        && !n.nationality
        && n.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
        && folded.chars().count() >= 3
}

/// A family name of the lists with the article that training saw in people's
/// names two times in five or more (حسن إبراهيم | الطيب), even if it is an
/// ordinary word too, after a name of two or three words; no nationality,
/// title or place.
fn definite_family(word: &str, info: &TokenInfo) -> bool {
    info.triggers & TRIGGER_FAMILY != 0
        && info.triggers & (TRIGGER_TITLE | TRIGGER_PARTICLE) == 0
        && info.definite
        && !info.nationality
        && info.clitic_chars == 0
        && info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
        && info.stats.count >= 3
        && u32::from(info.stats.shares[0]) >= 96
        && word.chars().count() >= 5
        && arabic_letters_only(word)
}

/// A word that may stand after a person's name as its family name: with the
/// article, five letters or more, no listed place and no title.
pub(in crate::chains) fn may_follow_a_name(word: &str, info: &TokenInfo) -> bool {
    info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
        && word.starts_with("ال")
        && word.chars().count() >= 5
        && info.triggers & TRIGGER_TITLE == 0
}

/// A family name that begins with و (ويتكوف، ويليامز) after a lone given
/// name: the word, none of whose letters after و a list, the common words
/// or training knows, goes on with the name, whether the tagger left it
/// alone or took it for a person of its own (المبعوث ستيف ويتكوف); names
/// joined by و, which the lists or training know, stay two (ماكرون وبوتين).
pub(in crate::chains) fn family_names_in_waw(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        let lone_given = labels[i] == PER_B
            && infos[i].triggers & TRIGGER_GIVEN != 0
            && (i == 0 || !matches!(labels[i - 1], PER_B | PER_I));
        let next = &infos[i + 1];
        let alone =
            labels[i + 1] == 0 || labels[i + 1] == PER_B && labels.get(i + 2) != Some(&PER_I);
        if !lone_given
            || !alone
            || next.clitic_chars != 1
            || next.stats.count != 0
            || next.triggers != 0
            || next.gazetteer != 0
            || next.common_word
        {
            continue;
        }
        // (No article and no ة after و: والهامور، ومزدلفة are nouns.)
        let folded = normalize(words[i + 1]);
        let unknown = folded.starts_with('و')
            && !folded.starts_with("وال")
            && !folded.ends_with('ه')
            && folded.chars().count() >= 5
            && arabic_letters_only(&folded);
        if unknown {
            labels[i + 1] = PER_I;
        }
    }
}
