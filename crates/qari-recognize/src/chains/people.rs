//! The edges of people's names, completed by rule over the tagger's labels:
//! a family name after a given one (after a compound: `edges`), the name
//! after a particle, X الدين, a person after a description, names joined by
//! و.

use std::sync::OnceLock;

use super::super::dates::is_weekday;
use super::*;

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
pub(super) fn family_after_given(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B, PER_I]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        let ends = matches!(labels[i], 1 | 2) && labels[i + 1] == 0;
        if !ends || infos[i].triggers & TRIGGER_GIVEN == 0 {
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
                && (start..=i).all(|k| infos[k].triggers & TRIGGER_GIVEN != 0)
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
pub(super) fn surname_after_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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

/// A word with a pronoun (ه، ها، هم) right after a name's بن and the name
/// it gives is the verb or noun the sentence goes on with (ورفع الأمير
/// عبدالعزيز بن فهد شكره): not the person's, when no list knows it as a
/// name and training never saw it in one.
pub(super) fn pronouns_end_nasabs(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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

/// A feminine dual (أمسيتين، جلستين) no list knows as a name and training
/// never saw, after a person's name, is the object the sentence goes on with
/// (ويحيي الفنان عبدالمجيد عبدالله | أمسيتين غنائيتين): the person ends before
/// it, with the words after it.
pub(super) fn duals_end_people(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
pub(super) fn listed_bodies_end_before_people(
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
                !nisba
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

/// A title with the article that the tagger took for a given name before one
/// word (وأضاف القاضي المصمودي) is the title, outside the name: the hand
/// list's titles, but those names of places and bodies hold
/// ([`NAMESAKE_TITLES`]: مدينة الشيخ زايد) and السيد، البابا.
pub(super) fn titles_open_no_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        if labels[i] != PER_B
            || labels[i + 1] != PER_I
            || labels.get(i + 2) == Some(&PER_I)
            || infos[i].triggers & TRIGGER_TITLE == 0
            || infos[i].clitic_chars != 0
        {
            continue;
        }
        let folded = normalize(words[i]);
        let royal = NAMESAKE_TITLES.contains(&folded.as_str())
            || matches!(folded.as_str(), "السيد" | "السيده" | "البابا");
        if folded.starts_with("ال") && !royal {
            labels[i] = 0;
            labels[i + 1] = PER_B;
        }
    }
}

/// A word for what a person does that the tagger took for the start of a
/// name of three words or more, before a given name (وقال الفلاح | الهادي بن
/// صالح، المزارع | محمد علي), stays outside it ([`DESCRIBERS`]), and is no
/// name alone; and so does an honorific ([`HONORIFICS`]).
pub(super) fn describers_open_no_names(infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    // Alone, it is no name at all (قال الفلاح إن …).
    for i in 0..labels.len() {
        if labels[i] == PER_B
            && labels.get(i + 1) != Some(&PER_I)
            && infos[i].clitic_chars == 0
            && describes(&infos[i])
        {
            labels[i] = 0;
        }
    }
    for i in 0..labels.len().saturating_sub(2) {
        if labels[i] == PER_B
            && labels[i + 1] == PER_I
            && labels[i + 2] == PER_I
            && infos[i].clitic_chars == 0
            && describes(&infos[i])
            && infos[i + 1].triggers & TRIGGER_GIVEN != 0
        {
            labels[i] = 0;
            labels[i + 1] = PER_B;
        }
    }
    // An honorific the tagger took for a name's first word (وقال معالي |
    // سالم بطي القبيسي) stays outside it too.
    static HONOURS: OnceLock<Vec<u64>> = OnceLock::new();
    let honours = HONOURS.get_or_init(|| HONORIFICS.iter().map(|w| hash_word(w)).collect());
    for i in 0..labels.len().saturating_sub(1) {
        // (معالي بن الحسن: a given name before بن.)
        if labels[i] == PER_B
            && labels[i + 1] == PER_I
            && honours.contains(&infos[i].norm)
            && infos[i + 1].triggers & TRIGGER_PARTICLE == 0
        {
            labels[i] = 0;
            labels[i + 1] = PER_B;
        }
    }
}

/// A given name the tagger ran onto the end of a body's name, before a family
/// name with the article it left alone, is that person's name (لنادي الرمثا
/// صالح الذيابات): a club and its chairman, named side by side. Not before
/// an adjective (مؤسسة خليفة الإنسانية) nor where the body goes on (جامعة
/// محمد الخامس).
pub(super) fn given_names_after_bodies(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_I]) {
        return;
    }
    for i in 2..labels.len().saturating_sub(1) {
        if labels[i] != ORG_I || labels[i + 1] != 0 || !matches!(labels[i - 1], ORG_B | ORG_I) {
            continue;
        }
        let (given, family) = (&infos[i], &infos[i + 1]);
        let folded = normalize(words[i + 1]);
        let given_ok = given.triggers & TRIGGER_GIVEN != 0
            && given.triggers & TRIGGER_TITLE == 0
            && given.clitic_chars == 0
            && !given.definite
            && infos[i - 1].triggers & TRIGGER_TITLE == 0;
        let family_ok = family.definite
            && family.clitic_chars == 0
            && family.triggers & TRIGGER_TITLE == 0
            && family.gazetteer & PLACE_LIST_BEGIN == 0
            && !definite_nisba(&folded)
            && !family.nationality
            && (family.triggers & TRIGGER_FAMILY != 0
                || family.stats.shares[0] >= 64
                || family.stats.count == 0);
        if given_ok && family_ok {
            labels[i] = PER_B;
            labels[i + 1] = PER_I;
        }
    }
}

/// A person's name never ends on a word that joins it to the next (بن، ابن،
/// بنت، أبو، أبا، أبي، أم، آل، عبد): the word after it, with letters and no
/// proclitic, is the name's too (هشام بن عبدالله بن ناصر أبا الخيل).
pub(super) fn connectors_end_no_people(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
pub(super) fn given_names_with_allah(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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

/// A person of one given name right after a reporting verb, followed by a
/// definite word and then إن or أن, goes on with that word, whatever else it
/// means: it is the family name (وقال خالد الحصان إن، وأكد حسين الشيخ أن),
/// since a reporting verb takes no object before what was said; a title
/// there names no one after it (حسين الشيخ). Not a day (وقال محمد الثلاثاء
/// إن), اليوم or a nationality, which stay outside.
pub(super) fn family_before_that(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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

/// A word of one person right after a reporting verb that is a participle
/// in the accusative, how it was said (وأضاف ضاحكا، وقال مبتسما), is no
/// name when no list knows it as one: فاعلا, or م and four letters or more
/// ending in ا.
pub(super) fn manner_is_no_person(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len() {
        let lone = labels[i] == PER_B && labels.get(i + 1) != Some(&PER_I);
        // After a verb in the feminine a word in ا is her name (وقالت
        // مالالا): her manner would end in ة.
        if !lone
            || infos[i - 1].triggers & TRIGGER_SPEECH == 0
            || normalize(words[i - 1]).ends_with('ت')
        {
            continue;
        }
        if !infos[i].whole_given && manner_word(words[i], &infos[i]) {
            labels[i] = 0;
        }
    }
}

/// A word that says how something was said, a participle in the accusative
/// (ضاحكا، مبتسما): فاعلا, or م and four letters or more, ending in ا, that no
/// list knows as a name and that carries no proclitic.
pub(crate) fn manner_word(word: &str, info: &TokenInfo) -> bool {
    if info.triggers & (TRIGGER_GIVEN | TRIGGER_FAMILY | TRIGGER_NAME) != 0
        || info.gazetteer != 0
        || info.clitic_chars != 0
    {
        return false;
    }
    let letters: Vec<char> = normalize(word).chars().collect();
    let n = letters.len();
    letters.last() == Some(&'ا') && ((n == 5 && letters[1] == 'ا') || (n >= 5 && letters[0] == 'م'))
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
pub(super) fn family_word(folded: &str, info: &TokenInfo) -> bool {
    (info.triggers & TRIGGER_FAMILY != 0 || info.stats.count == 0)
        && !info.common_word
        && !is_weekday(folded.trim_start_matches("ال"))
}

/// A given name the tagger left alone, right after an organisation or a
/// place (its holder's body: البرلمانية عن حزب التقدم والاشتراكية نادية
/// التهامي، مديرة الجزائرية للمياه في وهران فتيحة قادري), a body's
/// nationality (مدرب الرجاء التونسي لسعد الشابي), a title, or a title and the
/// body it heads (مدير المؤسسة نجيب الفارس), and a family name
/// after it (of the lists, or a word training never showed or showed mostly in
/// people's names; no common word nor a day) are one person, however often
/// training saw the given name's letters outside names (نادية is also ناديه,
/// his club). A given name that is a common word too is left to the tagger.
pub(super) fn given_and_family_after_bodies(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    for p in 1..labels.len().saturating_sub(1) {
        let given = &infos[p];
        // A family name the tagger took for a body of one word, with no head
        // (النائبة رحاب | الخوالدة): after a title, the person's.
        let lone_body = labels[p + 1] == ORG_B
            && labels.get(p + 2) != Some(&ORG_I)
            && infos[p + 1].triggers & TRIGGER_ORG_HEAD == 0
            && infos[p + 1].stats.count == 0
            && infos[p - 1].triggers & TRIGGER_TITLE != 0;
        if labels[p] != 0
            || labels[p + 1] != 0 && !lone_body
            || given.triggers & TRIGGER_GIVEN == 0
            || given.triggers & TRIGGER_TITLE != 0
            || given.common_word
            || given.definite
            // على written with ي (على مدى، على حساب): the preposition, but
            // before a word training never saw (وزير الداخلية التركي علي
            // يرلي كايا).
            || normalize(words[p]) == "علي" && infos[p + 1].stats.count > 0
        {
            continue;
        }
        // A title, or a word for what a person does (الشاعر، المهاجم).
        let titled = |k: usize| infos[k].triggers & TRIGGER_TITLE != 0 || describes(&infos[k]);
        let plain = |k: usize| infos[k].definite && labels[k] == 0 && infos[k].clitic_chars == 0;
        let after_body = matches!(labels[p - 1], LOC_B | LOC_I | ORG_B | ORG_I)
            || titled(p - 1)
            || p >= 2
                && infos[p - 1].nationality
                && matches!(labels[p - 2], ORG_B | ORG_I)
            // مدير المؤسسة نجيب الفارس: a title and the body it heads;
            // الخبير الاقتصادي سلام الجبوري: what the person does, and how.
            || p >= 2 && titled(p - 2) && plain(p - 1)
            // وزير الصحة العامة مروان صعب: a title and a body of two words.
            || p >= 3
                && infos[p - 3].triggers & TRIGGER_TITLE != 0
                && plain(p - 2)
                && plain(p - 1);
        if !after_body {
            continue;
        }
        // After a title, a family name that is a word too (مروان صعب، يزن
        // القضاة، إلياس الشاعر).
        let titled_given = !matches!(labels[p - 1], LOC_B | LOC_I | ORG_B | ORG_I) && after_body;
        if family_name_at(words, infos, p + 1)
            || titled_given && worded_family_at(words, infos, p + 1)
        {
            labels[p] = PER_B;
            labels[p + 1] = PER_I;
        }
    }
}

/// A family name that is also an ordinary word: one the lists hold as a
/// family's, or a noun with the article that training saw in names; no
/// nationality, title, place, day, or word that opens what follows a name
/// (الذي، اليوم).
fn worded_family_at(words: &[&str], infos: &[TokenInfo], k: usize) -> bool {
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

/// Words (folded, with the article) for what a person does, which the
/// gazetteer's titles leave out: before a given name and a family name, as
/// a title, they say a person is named (الروائية سناء الخطيب، المهاجم يزن
/// القضاة).
const DESCRIBERS: &[&str] = &[
    "الشاعر",
    "الشاعره",
    "الروائي",
    "الروائيه",
    "الاديب",
    "الاديبه",
    "الخبير",
    "الخبيره",
    "الباحث",
    "الباحثه",
    "المحلل",
    "المحلله",
    "الاكاديمي",
    "الاكاديميه",
    "المؤرخ",
    "الطبيب",
    "الطبيبه",
    "المهندس",
    "المهندسه",
    "الممثل",
    "الممثله",
    "المخرج",
    "المخرجه",
    "الملحن",
    "الموسيقار",
    "الاعلامي",
    "الاعلاميه",
    "الناشط",
    "الناشطه",
    "الناخب",
    "الناخبه",
    "المواطن",
    "المواطنه",
    "الطالب",
    "الطالبه",
    "المهاجم",
    "المدافع",
    "الحارس",
    "الحكم",
    "اللاعبه",
    "المحافظ",
    "الحاكم",
    "المفوض",
    "المنسق",
    "الاستاذه",
    "الفلاح",
    "المزارع",
    "المزارعه",
    "التاجر",
    "الصياد",
    "المعلم",
    "المعلمه",
    "السائق",
    "الممرض",
    "الممرضه",
    "المحاميه",
    "الصحفيه",
];

/// Whether the word is one of [`DESCRIBERS`].
fn describes(info: &TokenInfo) -> bool {
    static HASHES: OnceLock<Forms> = OnceLock::new();
    info.definite
        && HASHES
            .get_or_init(|| DESCRIBERS.iter().map(|w| (hash_word(w), ())).collect())
            .contains_key(&info.norm)
}

/// The word at `k` may be the family name after a given name: of the lists, or
/// a word training never showed or showed mostly in people's names; no common
/// word, title, nationality, listed place or day. A foreign name that opens
/// with ب, which the analysis read as a proclitic on a word training never
/// showed (بلينكن as ب + لينكن), is one too.
pub(super) fn family_name_at(words: &[&str], infos: &[TokenInfo], k: usize) -> bool {
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

/// A given name the tagger ran into the place, or the body named after a
/// place or the lists' body, before it (جامعة بغداد | إحسان الشمري، في العراق
/// | أوكي لوتسما، في الأردن | رون فان رودن، بنك مصر | محمد الإتربي) opens the
/// person after it: its family name is a name word after it, or the person
/// the tagger began there. A given name that the lists hold inside a name
/// (جامعة الملك سعود) stays.
pub(super) fn given_names_after_places(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_I, LOC_I]) {
        return;
    }
    let n = labels.len();
    for p in 1..n.saturating_sub(1) {
        if split_after_place(words, infos, labels, p) {
            labels[p] = PER_B;
            labels[p + 1] = PER_I;
            continue;
        }
        if !matches!(labels[p], ORG_I | LOC_I) || is_inside(labels[p + 1]) {
            continue;
        }
        let given = &infos[p];
        // Or the last word of a body the lists name whole (بنك مصر | محمد
        // الإتربي), which the lists do not go on past.
        let place_before = infos[p - 1].gazetteer
            & (PLACE_LIST_BEGIN
                | PLACE_LIST_INSIDE
                | MAJOR_PLACE_BEGIN
                | MAJOR_PLACE_INSIDE
                | CURATED_ORG_INSIDE)
            != 0;
        let inside_a_name =
            PLACE_LIST_INSIDE | ORG_LIST_INSIDE | CURATED_ORG_INSIDE | CURATED_PLACE_INSIDE;
        if given.triggers & (TRIGGER_GIVEN | TRIGGER_NAME) == 0
            || given.triggers & TRIGGER_TITLE != 0
            || given.common_word
            || given.definite
            || given.clitic_chars > 0
            || given.gazetteer & inside_a_name != 0
            || !place_before
        {
            continue;
        }
        // The family name: a person the tagger began, a name word, or a word
        // no list and no training text holds after a name the training text
        // never saw either (أوكي لوتسما).
        let next = &infos[p + 1];
        let unheard = given.stats.count == 0
            && next.stats.count == 0
            && next.gazetteer == 0
            && next.clitic_chars == 0
            && next.shape == 0
            && words[p + 1].chars().count() >= 3;
        let listed_given = given.triggers & TRIGGER_GIVEN != 0;
        let family =
            labels[p + 1] == 0 && (listed_given && family_name_at(words, infos, p + 1) || unheard);
        // A person the tagger began on a particle, which opens no name (فان رودن).
        let particle_next = labels[p + 1] == PER_B && next.triggers & TRIGGER_PARTICLE != 0;
        if particle_next || family {
            labels[p] = PER_B;
            labels[p + 1] = PER_I;
        }
    }
}

/// A place of two words right after a place, which the tagger began on a
/// listed given name or name word (في السودان | كلير نيكولسون: Clare is also a county),
/// the second word no place's and a family name's: a person after the place.
fn split_after_place(words: &[&str], infos: &[TokenInfo], labels: &[u8], p: usize) -> bool {
    let (given, next) = (&infos[p], &infos[p + 1]);
    // (Folded last: most words are no place's first word.)
    let family = || {
        next.stats.count == 0 && next.gazetteer == 0 && next.clitic_chars == 0
            || family_name_at(words, infos, p + 1)
    };
    labels[p] == LOC_B
        && matches!(labels[p - 1], LOC_B | LOC_I)
        && labels[p + 1] == LOC_I
        && labels.get(p + 2).is_none_or(|&l| !is_inside(l))
        && given.triggers & (TRIGGER_GIVEN | TRIGGER_NAME) != 0
        // (Not a word training saw in places and never in people: كوم حماد.)
        && (given.stats.count <= 2 || given.stats.shares[0] >= 64)
        && given.triggers & TRIGGER_TITLE == 0
        && !given.common_word
        && !given.definite
        && given.clitic_chars == 0
        && given.gazetteer & MAJOR_PLACE_BEGIN == 0
        && next.gazetteer & (PLACE_LIST_INSIDE | MAJOR_PLACE_INSIDE) == 0
        && words[p + 1].chars().count() >= 3
        && family()
}

/// A place of one word with the article right after a person, with nothing
/// between them, is the person's family name, a nisba the lists also hold as
/// a town (بدرية بنت محمد | الراشدية، علي | الحمادي): a person's home is
/// given with a preposition (من الراشدية). Not a country or a great city,
/// nor a town training saw more than twice, unless the lists hold it as a
/// family name.
pub(super) fn nisbas_after_people(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[LOC_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != LOC_B
            || !matches!(labels[i - 1], PER_B | PER_I)
            || labels.get(i + 1).is_some_and(|&l| is_inside(l))
        {
            continue;
        }
        // (A town training saw often is the verb's object: دخل محمد الثاني
        // القسطنطينية.)
        let t = &infos[i];
        let nisba = words[i].ends_with('ي') || words[i].ends_with("ية");
        if t.definite
            && nisba
            && t.clitic_chars == 0
            && (t.stats.count <= 2 || t.triggers & TRIGGER_FAMILY != 0)
            && t.triggers & TRIGGER_LOC_HEAD == 0
            && t.gazetteer & (MAJOR_PLACE_BEGIN | COUNTRY_LIST_BEGIN) == 0
        {
            labels[i] = PER_I;
        }
    }
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
pub(super) fn may_follow_a_name(word: &str, info: &TokenInfo) -> bool {
    info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
        && word.starts_with("ال")
        && word.chars().count() >= 5
        && info.triggers & TRIGGER_TITLE == 0
}

/// A person's name never ends on بن، أبو، آل or عبد: the next word is part of it
/// (عبدالعزيز بن عبدالله آل الشيخ).
pub(super) fn after_particles(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
pub(super) fn given_before_particles(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for p in 1..labels.len() {
        let before = &infos[p - 1];
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

/// Honorifics the name lists also hold as given names (folded): before a
/// name they address its bearer (معالي الوزير، كابتن أنطونيو حبيب).
const HONORIFICS: &[&str] = &["معالي", "سعاده", "فخامه", "سماحه", "كابتن", "الكابتن"];

/// A given name of the lists the tagger left alone right before a person's
/// name it found is the first name of that person (الجنرال الفرنسي [آلان]
/// بيللغريني، [خليفة] أدهم): a foreign or rarer given name the tagger knew
/// less than the surname after it. Not a title, a word with a proclitic or the
/// article, nor one training saw mostly outside names, unless a title, a verb
/// of saying or a place or body the person is described by stands before it;
/// nor a given name that is an ordinary word too (أسماء، زهرة، وليد، فوز),
/// unless it opens a byline that the name ends (حلب – أسماء بوعزيزي).
pub(super) fn given_before_people(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for p in 1..labels.len() {
        let before = &infos[p - 1];
        // A byline: after a dash, a colon or a slash, the name ends the line
        // (حلب – لمى دياب); a headline goes on (عاجل: فوز دونالد ترامب
        // بالانتخابات, where فوز is a win). (Not a sentence's start: a verb
        // opens it as often: شهد، عرف.)
        let honorific = || HONORIFICS.contains(&normalize(words[p - 1]).as_str());
        let byline = || {
            p >= 2 && matches!(words[p - 2], "-" | "–" | "—" | ":" | "/") && {
                let rest = &words[span_end(labels, p)..];
                rest.len() <= 3
                    && rest
                        .iter()
                        .all(|w| !w.chars().any(crate::tokenize::is_alphanumeric))
            }
        };
        // After a title, a verb of saying or the body a person serves, a
        // given name training saw as another word (نادية, also ناديه: his
        // club), but no common word (أعلن الزمالك عودة أحمد فتوح: a return).
        let described = p >= 2
            && (matches!(labels[p - 2], LOC_B | LOC_I | ORG_B | ORG_I)
                || infos[p - 2].triggers & (TRIGGER_TITLE | TRIGGER_SPEECH) != 0);
        let given = before.triggers & TRIGGER_GIVEN != 0 || before.whole_given && !before.definite;
        if labels[p] == 1
            && labels[p - 1] == 0
            && given
            && before.triggers & TRIGGER_TITLE == 0
            && before.clitic_chars == 0
            && !honorific()
            && (!before.common_word && (described || !seen_outside_people(before))
                || byline())
            // Nor a name an organisation's head takes before the person
            // (منظمة بدر | علي الساعدي، جامعة زايد | …).
            && !(p >= 2 && infos[p - 2].triggers & TRIGGER_ORG_HEAD != 0)
            && {
                // Nor what reads as a verb or a noun with "him" (كفله محمد،
                // نبيه إبراهيم): a given name in ـه (not ـة: شيخة) of four
                // letters or more.
                let folded = normalize(words[p - 1]);
                let with_him = words[p - 1].ends_with('ه') && folded.chars().count() >= 4;
                !before.definite && !folded.starts_with("لل") && !with_him
            }
        {
            labels[p - 1] = 1;
            labels[p] = 2;
        }
    }
}

/// A given name right before a person's name of two words or more that the
/// tagger found, where the person is described by the body or place they
/// serve (a name after ل or after a title: الرئيس التنفيذي لأرامكو السعودية
/// [أمين] حسن الناصر، المدير العام للهيئة العامة للضرائب [ضياء] كاظم آل طعمة)
/// or by a title, or a title and its body, right before it (الرئيس [أمين]
/// الجميل، ورئيس الهيئة [وليد] جمال الدين), is that person's
/// first name, though it is a common word or a title too: there a holder's
/// name is due. The given name must be one training saw in names a fifth of
/// the time or never saw, or a word of the name lists training never saw
/// (وزير الدولة لشؤون مجلس الأمة [شريدة] عبد الله المعوشرجي). A subject
/// after a body is no holder (أعلن الزمالك عودة أحمد فتوح: a return).
pub(super) fn given_before_holders(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for p in 2..labels.len().saturating_sub(1) {
        if labels[p] != PER_B || labels[p + 1] != PER_I || labels[p - 1] != 0 {
            continue;
        }
        let w = &infos[p - 1];
        // (وليد, which the analysis read as و + ل + يد, is a given name whole.)
        let given = w.triggers & TRIGGER_GIVEN != 0
            && (w.stats.count == 0 || w.stats.shares[0] >= 48)
            || w.whole_given;
        let unseen = w.stats.count == 0 && w.triggers & NAME_WORDS != 0 && !w.common_word;
        if !(given || unseen) || (w.clitic_chars != 0 && !w.whole_given) || w.definite {
            continue;
        }
        let held = if matches!(labels[p - 2], LOC_B | LOC_I | ORG_B | ORG_I) {
            let s = (0..p - 1)
                .rev()
                .find(|&k| !is_inside(labels[k]))
                .unwrap_or(0);
            // After ل, on the name or on the word before it (لشؤون مجلس الأمة).
            // (للهيئة: ل before the article, which the analysis keeps.)
            let lam = |k: usize| {
                let folded = normalize(words[k]);
                folded.starts_with("لل") || infos[k].clitic_chars > 0 && folded.starts_with('ل')
            };
            lam(s)
                || s >= 1
                    && (matches!(words[s - 1], "لـ" | "ل")
                        || lam(s - 1)
                        || infos[s - 1].triggers & TRIGGER_TITLE != 0)
        } else {
            // A title, or a title and the body it heads (ورئيس الهيئة [وليد]
            // جمال الدين).
            labels[p - 2] == 0
                && (infos[p - 2].triggers & TRIGGER_TITLE != 0
                    || p >= 3
                        && infos[p - 3].triggers & TRIGGER_TITLE != 0
                        && infos[p - 2].definite
                        && labels[p - 3] == 0)
        };
        let folded = normalize(words[p - 1]);
        let with_him = words[p - 1].ends_with('ه') && folded.chars().count() >= 4;
        if held
            && !with_him
            && !HONORIFICS.contains(&folded.as_str())
            && folded.chars().count() >= 3
            && arabic_letters_only(&folded)
        {
            labels[p - 1] = PER_B;
            labels[p] = PER_I;
        }
    }
}

/// A person's name does not open on ل and the article before a word general
/// Arabic uses (للشأن الفلاحي: of agricultural affairs): the tagger read the
/// phrase after it as a family name's. The name, if any, begins after it.
pub(super) fn common_after_lam_opens_no_person(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for a in 0..labels.len() {
        // (للصادق المهدي، للطيب صالح: names training saw as names.)
        let seen_as_word = infos[a].stats.count >= 3 && infos[a].stats.shares[0] < 64;
        if labels[a] != PER_B
            || !infos[a].common_word
            || !seen_as_word
            || !words[a].starts_with("لل")
        {
            continue;
        }
        labels[a] = 0;
        if labels.get(a + 1) == Some(&PER_I) {
            // What is left must be a name on its own: a word of the lists.
            if infos[a + 1].triggers & NAME_WORDS != 0 && !infos[a + 1].definite {
                labels[a + 1] = PER_B;
            } else {
                for label in labels[a + 1..].iter_mut().take_while(|l| **l == PER_I) {
                    *label = 0;
                }
            }
        }
    }
}

/// Names of the form X الدين (بهي الدين، نور الدين، صلاح الدين): a person the
/// tagger ended before الدين, or before a name word of the lists and الدين,
/// ends after it (أحمد بهي الدين); رجال الدين (clerics) is no name.
pub(super) fn names_in_al_din(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
pub(super) const BEFORE_ALLAH: &[&str] = &[
    "فتح", "هبه", "منه", "ذبيح", "عطا", "نصر", "خير", "جار", "حمد", "فضل", "سعد", "عوض", "ضيف",
    "جاب", "رزق", "نعمه", "امه", "سيف", "حسب", "عطاء", "وهب",
];

/// A person the tagger began at الله begins a word before it, the first of
/// a compound given name (فتح الله السريري، ذبيح الله مجاهد): no name opens
/// on الله.
pub(super) fn names_in_allah(words: &[&str], labels: &mut [u8]) {
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

/// Turkish family names in ـأوغلو, which Arabic writes apart (إمام أوغلو،
/// داود أوغلو، كليتشدار أوغلو): a person the tagger began at أوغلو begins at
/// the word before it, and at a given name of the lists before that (أكرم
/// إمام أوغلو).
pub(super) fn turkish_family_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != PER_B || labels[i - 1] != 0 || normalize(words[i]) != "اوغلو" {
            continue;
        }
        let word = |k: usize| {
            let folded = normalize(words[k]);
            folded.chars().count() >= 2 && arabic_letters_only(&folded) && !folded.starts_with("ال")
        };
        if !word(i - 1) {
            continue;
        }
        labels[i - 1] = PER_B;
        labels[i] = PER_I;
        let given = i >= 2
            && labels[i - 2] == 0
            && word(i - 2)
            && infos[i - 2].triggers & TRIGGER_GIVEN != 0
            && infos[i - 2].triggers & TRIGGER_TITLE == 0
            && infos[i - 2].clitic_chars == 0
            && !infos[i - 2].common_word;
        if given {
            labels[i - 2] = PER_B;
            labels[i - 1] = PER_I;
        }
    }
}

/// A family name that begins with و (ويتكوف، ويليامز) after a lone given
/// name: the word, none of whose letters after و a list, the common words
/// or training knows, goes on with the name, whether the tagger left it
/// alone or took it for a person of its own (المبعوث ستيف ويتكوف); names
/// joined by و, which the lists or training know, stay two (ماكرون وبوتين).
pub(super) fn family_names_in_waw(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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

/// A person the tagger began right after another, with no conjunction or
/// preposition between, is the other's name going on (ماريا | خوسيه ألباريث):
/// two people side by side are joined by و or a comma. أم before a given name
/// opens it, as أبو does (أم عبدالله).
pub(super) fn people_side_by_side(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != 1 {
            continue;
        }
        if matches!(labels[i - 1], 1 | 2) {
            if !words[i].starts_with(['و', 'ف', 'ل', 'ب']) {
                labels[i] = 2;
            }
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
fn name_word(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    info.triggers & (TRIGGER_GIVEN | TRIGGER_FAMILY | TRIGGER_NAME) != 0
        && !info.common_word
        && folded.chars().count() >= 3
        && (folded.starts_with("ال") || info.stats.count <= 2 || info.stats.shares[0] >= 64)
}

/// ولد between two names is "son of", as Mauritania writes its names (محمد
/// ولد عبد العزيز، إسماعيل ولد الشيخ أحمد): the person goes on over it and the
/// name after it, which the tagger began as a person of its own or left
/// alone. After a name and before anything else it is a verb (ولد بفاس: he
/// was born in Fez), and so it is where a name would open on it.
pub(super) fn mauritanian_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B, PER_I]) {
        return;
    }
    // A sentence opens on the verb, not a name (ولد بن سالم عام 1944: Ben
    // Salem was born in 1944); after a verb of saying ولد is the name
    // (وأضاف ولد الداه).
    for i in 0..labels.len().saturating_sub(1) {
        // (Folded only where a name opens on a word of the letters.)
        let opens = labels[i] == 1 && labels[i + 1] == 2 && words[i].ends_with("لد");
        if opens && {
            let folded = normalize(words[i]);
            i == 0 && folded == "ولد" || folded == "وولد"
        } {
            labels[i] = 0;
            labels[i + 1] = 1;
        }
    }
    for i in 1..labels.len().saturating_sub(1) {
        if !matches!(labels[i - 1], 1 | 2) || labels[i] != 0 || normalize(words[i]) != "ولد" {
            continue;
        }
        let name_after = labels[i + 1] == 1
            || labels[i + 1] == 0
                && name_word(words[i + 1], &infos[i + 1])
                && infos[i + 1].clitic_chars == 0;
        if name_after {
            labels[i] = 2;
            labels[i + 1] = 2;
        }
    }
}

/// A given name followed by the initial of a family name and its full stop,
/// as the Maghreb's papers name suspects (محمد ب.، هشام ل.), is one person:
/// the letter goes with the name, which the tagger may have left alone. Not
/// the letters of titles (د. بهاء, Dr Bahaa; م. for an engineer) or of
/// blessings (محمد ص.، علي ع.), nor one a name follows.
pub(super) fn initials_after_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for i in 1..labels.len().saturating_sub(1) {
        let initial = labels[i] == 0
            && words[i + 1] == "."
            && words[i].chars().count() == 1
            && arabic_letters_only(words[i]);
        // د. and م. are the titles of doctors and engineers (زكي | د. بهاء),
        // أ. a professor's; nor does a letter a name follows end a name.
        // (Asked only of an initial: most words are none.)
        let title = || {
            matches!(words[i], "د" | "م" | "أ" | "ا" | "ع" | "ص")
                || words
                    .get(i + 2)
                    .zip(infos.get(i + 2))
                    .is_some_and(|(w, n)| {
                        labels[i + 2] == 1
                            || (!w.starts_with('و') && n.triggers & TRIGGER_GIVEN != 0)
                    })
        };
        if !initial || title() {
            continue;
        }
        let before = &infos[i - 1];
        if matches!(labels[i - 1], 1 | 2) {
            labels[i] = 2;
        } else if labels[i - 1] == 0
            && before.triggers & TRIGGER_GIVEN != 0
            && before.triggers & TRIGGER_TITLE == 0
            && !before.common_word
        {
            labels[i - 1] = 1;
            labels[i] = 2;
        }
    }
}

/// A place or person the tagger ran on over و into the next listed name is two
/// names (الإمارات ومصر، كاسياس وراموس): a word inside it that opens with the
/// conjunction and whose rest begins a list entry of the same kind, after a word
/// that ends one, begins a name of its own. A span the list holds whole
/// (البوسنة والهرسك) matches as one entry, so its second word begins none;
/// organisations (وزارة التربية والتعليم) are left alone.
pub(super) fn conjoined_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
    /// A person's name the tagger missed after the description that introduces
    /// it: a given name of the lists and a name word or a word training never
    /// showed after it, right after a definite word (المدير العام سفيان مقراني، وكيل الوزارة ضياء جعفر
    /// الموسوي، نائبة رئيس المكتب لبنى الحاج عمر). The name runs on over the
    /// name words and particles that follow, four words at most. Name words are
    /// as the lists have them, three letters or more and no particle (في and من
    /// are names in some list), and not words the training text showed mostly
    /// outside names (علي for على in careless spelling, مزيد).
    pub(super) fn names_after_descriptions(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let name_word = |j: usize| {
            let info = &infos[j];
            let particle = info.triggers & TRIGGER_PARTICLE != 0
                && info.triggers & TRIGGER_TITLE == 0
                && info.clitic_chars == 0;
            !seen_outside_people(info)
                && (particle || self.name_word(words[j], info))
                && !normalize(words[j]).starts_with("لل")
        };
        // A word training never showed, with no clitic and three letters or
        // more after an article if it has one: a family name the lists lack
        // (سفيان مقراني، محامي الدفاع معاذ الروسان، للمؤرخ خالد المقدم).
        let unseen = |j: usize| {
            infos[j].stats.count == 0
                && infos[j].clitic_chars == 0
                && words[j]
                    .strip_prefix("ال")
                    .unwrap_or(words[j])
                    .chars()
                    .filter(|c| ('\u{0621}'..='\u{064A}').contains(c))
                    .count()
                    >= 3
        };
        let mut i = 1;
        while i + 1 < labels.len() {
            let described = (words[i - 1].starts_with("ال") || words[i - 1].starts_with("لل"))
                && labels[i - 1] == 0
                && infos[i - 1].triggers & NAME_WORDS == 0;
            // The tagger may have found the given name alone (خالد of
            // الأردني خالد حنيفات): its family name goes with it.
            if !described
                || !matches!(labels[i], 0 | 1)
                || labels[i + 1] != 0
                || infos[i].triggers & TRIGGER_GIVEN == 0
                || words[i].starts_with("ال")
                || !name_word(i)
                || !(name_word(i + 1) || unseen(i + 1))
            {
                i += 1;
                continue;
            }
            let mut end = i + 2;
            while end < labels.len() && end < i + 4 && labels[end] == 0 && name_word(end) {
                end += 1;
            }
            labels[i] = 1;
            labels[i + 1..end].fill(2);
            i = end;
        }
    }

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
    pub(super) fn names_before_people(
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

/// Titles a place or a body is named after with the name (folded): مطار
/// الملك خالد، مستشفى الشيخ خليفة، جامعة الأميرة نورة.
const NAMESAKE_TITLES: &[&str] = &[
    "الملك",
    "الملكه",
    "الامير",
    "الاميره",
    "الشيخ",
    "الشيخه",
    "السلطان",
    "الامام",
];

/// Heads of places and bodies named after a person with a title (folded),
/// as [`NAMESAKE_TITLES`] says.
const NAMESAKE_HEADS: &[&str] = &[
    "مطار",
    "ميناء",
    "ملعب",
    "استاد",
    "مستشفى",
    "مركز",
    "مؤسسه",
    "مجمع",
    "كليه",
    "جامعه",
    "مدرسه",
    "معهد",
    "مسجد",
    "قاعه",
    "جسر",
    "شارع",
];

/// The word is one of [`NAMESAKE_HEADS`] in the construct state, perhaps
/// after a preposition or و.
fn namesake_head(word: &str, info: &TokenInfo) -> bool {
    if info.definite {
        return false;
    }
    let head = normalize(word);
    NAMESAKE_HEADS.contains(&head.trim_start_matches(['و', 'ف', 'ب', 'ل']))
}

/// Ordinals after a king's name (folded): محمد الخامس، الحسن الثاني.
const REGNAL: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
];

/// A king's ordinal after his given name ends his name: a given name after
/// it opens another person's, which the tagger ran on with it (رئيس جامعة
/// محمد الخامس | عادل بن حمزة); one with the article (محمد الثاني الفاتح)
/// or alone (محمد الخامس رشاد) is his epithet.
pub(super) fn regnal_ordinals_end_people(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(1) {
        if labels[i] == PER_I
            && labels[i - 1] == PER_B
            && labels[i + 1] == PER_I
            && labels.get(i + 2) == Some(&PER_I)
            && infos[i].definite
            && infos[i + 1].triggers & TRIGGER_GIVEN != 0
            && !infos[i + 1].definite
            && REGNAL.contains(&normalize(words[i]).as_str())
        {
            labels[i + 1] = PER_B;
        }
    }
}

/// A person with a title after the head of a place or a body named after
/// them (مطار الملك خالد الدولي، مستشفى الشيخ خليفة التخصصي، جامعة الأميرة
/// نورة بنت عبد الرحمن), which the tagger left alone because the given name is
/// also a word (خليفة، سلطان): the given name of the lists after the title,
/// with بن/بنت and a name, آل and a name, عبد and its definite word, and a
/// regnal ordinal. The head's own rules then take the place or the body
/// whole (`Chains::facilities`, `Chains::organisations`).
pub(super) fn titled_namesakes(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let n = labels.len();
    for i in 0..n.saturating_sub(2) {
        let (title, given) = (i + 1, i + 2);
        if infos[title].triggers & TRIGGER_TITLE == 0
            || labels[i] != 0
            || labels[title] != 0
            || labels[given] != 0
        {
            continue;
        }
        if !namesake_head(words[i], &infos[i])
            || !NAMESAKE_TITLES.contains(&normalize(words[title]).as_str())
        {
            continue;
        }
        let g = &infos[given];
        if (g.triggers & TRIGGER_GIVEN == 0 && !g.whole_given) || g.definite || g.clitic_chars > 0 {
            continue;
        }
        let mut end = given + 1;
        if normalize(words[given]) == "عبد" && end < n && infos[end].definite {
            end += 1;
        }
        while end + 1 < n && labels[end] == 0 && labels[end + 1] == 0 {
            let word = normalize(words[end]);
            if matches!(word.as_str(), "بن" | "بنت" | "ابن" | "ال") {
                end += 2;
                if normalize(words[end - 1]) == "عبد" && end < n && infos[end].definite {
                    end += 1;
                }
            } else {
                break;
            }
        }
        if end < n && labels[end] == 0 && REGNAL.contains(&normalize(words[end]).as_str()) {
            end += 1;
        }
        let end = end.min(n);
        labels[given] = PER_B;
        labels[given + 1..end].fill(PER_I);
    }
}

/// Particles inside European and Latin American names (as written): فون دير
/// لاين، دي ميستورا، لولا دا سيلفا، فان كلافيرين.
const FOREIGN_PARTICLES: &[&str] = &[
    "فون", "فان", "دي", "دى", "دا", "دو", "دير", "ديل", "دوس", "ديلا", "دن",
];

/// Words of three letters or more that no name goes on with (folded, ى as ي).
const FUNCTION_WORDS: &[&str] = &[
    "الي", "علي", "بعد", "قبل", "عند", "منذ", "خلال", "حول", "ضمن", "لدي", "التي", "الذي",
];

/// Whether a word is one of [`FUNCTION_WORDS`], by its folded hash (which
/// reads ى as ي: على and علي alike).
pub(super) fn function_word(info: &TokenInfo) -> bool {
    FUNCTION_WORDS.iter().any(|w| hash_word(w) == info.norm)
}

/// Particles that follow another inside a name, as written (دي لا فوينتي،
/// فان دن بيرغ).
const SECOND_PARTICLES: &[&str] = &["لا", "لو", "لوس", "لاس", "دير", "دن", "ديل"];

/// A name goes on through the particles of European and Latin American
/// names, which never end one: a person the tagger found before a particle
/// takes it and the name word after it (ألبرتو فان كلافيرين), one that the
/// tagger ended on a particle takes the word after it (أورسولا فون دير
/// لاين), and a person it began at a particle joins the one before it,
/// across one word that is their middle name (لويس إيناسيو لولا دا سيلفا).
pub(super) fn foreign_particles(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    let n = labels.len();
    // (Read whole: فان and لاين read as a clitic and a word too.)
    let bare = |j: usize| {
        let conjoined = infos[j].clitic_chars > 0 && words[j].starts_with('و');
        !conjoined && words[j].chars().any(crate::tokenize::is_alphabetic)
    };
    // As written (most words are not folded here).
    let particle = |j: usize, list: &[&str]| list.contains(&words[j]);
    let any_particle = |k: usize| particle(k, FOREIGN_PARTICLES) || particle(k, SECOND_PARTICLES);
    // The particles from `j` (a first one, then perhaps more): where they end.
    let particles_end = |j: usize| {
        if j >= n || !particle(j, FOREIGN_PARTICLES) {
            return j;
        }
        let mut k = j + 1;
        while k < n && any_particle(k) {
            k += 1;
        }
        k
    };
    let name_like = |labels: &[u8], j: usize| {
        let t = &infos[j];
        bare(j)
            && (matches!(labels[j], PER_B | PER_I)
                || t.stats.count == 0
                || t.stats.shares[0] >= 64
                || t.triggers & NAME_WORDS != 0)
    };
    // A word of a name's length with no article and no function word's.
    let word_of_a_name = |j: usize| {
        bare(j)
            && !infos[j].definite
            && normalize(words[j]).chars().count() >= 3
            && !function_word(&infos[j])
    };
    // Any such word, where the particles say a name goes on (their stems may
    // read as common words: لاين، لولا).
    let any_word = |labels: &[u8], j: usize| labels[j] == 0 && word_of_a_name(j);
    // One training never saw, which the tagger made the first of an
    // organisation whose next word begins one of the lists' bodies.
    let run_into_a_body = |labels: &[u8], j: usize| {
        labels[j] == ORG_B
            && labels.get(j + 1) == Some(&ORG_I)
            && infos[j].stats.count == 0
            && infos[j].gazetteer == 0
            && infos[j + 1].gazetteer & (ORG_LIST_BEGIN | CURATED_ORG_BEGIN) != 0
            && word_of_a_name(j)
    };
    let mut a = 0;
    while a < n {
        if labels[a] != PER_B {
            a += 1;
            continue;
        }
        let mut b = span_end(labels, a);
        // Ended on a particle: the word after it.
        let trailing = (a + 1..b).rev().take_while(|&k| any_particle(k)).count();
        let mut end = b;
        // (More particles first: أورسولا فون | دير لاين.)
        let more = (b..n)
            .take_while(|&k| labels[k] == 0 && any_particle(k))
            .count();
        if trailing > 0 && b + more < n && any_word(labels, b + more) {
            end = b + more + 1;
        } else if trailing > 0 && b + more < n && run_into_a_body(labels, b + more) {
            // The name's last word, which the tagger ran into the listed
            // body after it (فلافيو دي جاكومو | لـبي بي سي).
            end = b + more + 1;
            labels[end] = ORG_B;
        } else if trailing > 0 && b - trailing > a {
            // Nothing of a name after the particles (لوكا دي | في مقابلته):
            // they are no part of it.
            labels[b - trailing..b].fill(0);
            a = b;
            continue;
        } else if b < n && labels[b] == 0 {
            // A particle after the name, and a name word after it.
            let p = particles_end(b);
            if p > b && p < n && name_like(labels, p) {
                end = span_end(labels, p).max(p + 1);
            } else if b + 1 < n
                && labels[b + 1] == PER_B
                && particle(b + 1, FOREIGN_PARTICLES)
                && any_word(labels, b)
            {
                // لويس إيناسيو | لولا | دا سيلفا.
                end = span_end(labels, b + 1);
            }
        } else if b < n && labels[b] == PER_B && particle(b, FOREIGN_PARTICLES) {
            end = span_end(labels, b);
        }
        if end > b {
            labels[b..end].fill(PER_I);
            b = end;
        }
        a = b;
    }
}

/// A person the tagger began at the second particle of a name (دير، دن، لا)
/// begins at the first one before it (فان، فون، دي), and at the given name
/// before that when it is one of the lists or a word training never saw,
/// bare and with no article (ليزلوت فان دير هايدن).
pub(super) fn names_open_before_particles(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for a in 1..labels.len() {
        if labels[a] != PER_B
            || labels[a - 1] != 0
            || !SECOND_PARTICLES.contains(&words[a])
            || !FOREIGN_PARTICLES.contains(&words[a - 1])
        {
            continue;
        }
        let mut start = a - 1;
        if a >= 2 && labels[a - 2] == 0 {
            let g = &infos[a - 2];
            let given = (g.triggers & TRIGGER_GIVEN != 0 && !g.common_word || g.stats.count == 0)
                && g.clitic_chars == 0
                && !g.definite
                && g.triggers & TRIGGER_TITLE == 0
                && arabic_letters_only(&normalize(words[a - 2]));
            if given {
                start = a - 2;
            }
        }
        labels[start] = PER_B;
        labels[start + 1..=a].fill(PER_I);
    }
}

/// East Asian family names that are also Arabic words (as written): لي (to
/// me), هي (she), شي (a thing, in speech).
pub(crate) const ASIAN_FAMILY_WORDS: &[&str] = &["لي", "هي", "شي"];

/// Such a family name before a person of two words or more that ends on a
/// word training never saw opens the name (لي جاي ميونغ، هي يونغ تشيان، شي
/// جين بينغ): the tagger, reading it as the word, began after it.
pub(super) fn asian_family_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    let n = labels.len();
    for i in 0..n.saturating_sub(2) {
        if labels[i] != 0 || labels[i + 1] != PER_B || !ASIAN_FAMILY_WORDS.contains(&words[i]) {
            continue;
        }
        let end = span_end(labels, i + 1);
        let foreign = (i + 1..end).all(|k| !infos[k].definite && infos[k].clitic_chars == 0)
            && infos[end - 1].stats.count == 0;
        if end >= i + 3 && foreign {
            labels[i] = PER_B;
            labels[i + 1] = PER_I;
        }
    }
}
