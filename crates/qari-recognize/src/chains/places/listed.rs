//! Listed places the tagger left alone: after في، إلى، من, in a list after و and
//! beside another place, and the shapes of words that may be a place's name.

use super::*;

/// Words before a place that say where (في، إلى، من), folded.
const WHERE: &[&str] = &["في", "الى", "من"];

/// Words after a place that close the phrase it ends (وصل إلى مسقط أمس،
/// عقده في مسقط، قادما من مسقط إلى), folded: not a genitive (مسقط رأسه).
const AFTER_WHERE: &[&str] = &[
    "في",
    "على",
    "من",
    "الى",
    "عن",
    "مع",
    "امس",
    "اليوم",
    "غدا",
    "حيث",
    "منذ",
    "خلال",
    "قبل",
    "بعد",
];

/// A word training never showed, written in Arabic letters alone, with no
/// proclitic, and no adjective (الشعبية): after a head of a place, its name.
pub(super) fn unseen_name(t: &TokenInfo, w: &str) -> bool {
    t.stats.count == 0 && plain_word(t, w)
}

/// A word with the article that training never showed and general Arabic
/// does not use (البوكمال): after a word that opens a place, that place's
/// name. Without the article an unseen word there is as often a verb (العاصمة
/// انتشلت), and a plural of people is no place.
pub(super) fn unseen_place(t: &TokenInfo, w: &str) -> bool {
    // A plural of people is no place (مخيم المنكوبين، مدينة المتقاعدين).
    let plural = w.ends_with("ين") || w.ends_with("ون");
    unseen_name(t, w) && t.stem_len >= 3 && !t.common_word && w.starts_with("ال") && !plural
}

/// Written in Arabic letters alone, with no proclitic, and no adjective
/// (الشعبية).
pub(super) fn plain_word(t: &TokenInfo, w: &str) -> bool {
    t.shape == 0 && t.clitic_chars == 0 && !definite_nisba(&normalize(w))
}

/// A word training never showed or showed mostly in names, written as
/// [`unseen_shape`] asks.
pub(super) fn rare_name(t: &TokenInfo, w: &str) -> bool {
    let named: u32 = t.stats.shares[..3].iter().map(|&s| u32::from(s)).sum();
    (t.stats.count == 0 || named >= 128) && unseen_shape(t, w)
}

/// A [`plain_word`] with a stem of three letters or more (ميناء حر is a free
/// port).
pub(super) fn unseen_shape(t: &TokenInfo, w: &str) -> bool {
    t.stem_len >= 3 && plain_word(t, w)
}

/// Whether the person at `at` is named by one word, or by a kunya or a
/// tribe's two (أبو نمر، بني خالد): a feature is named after one name, and
/// more is the next person's (وادي موسى | سليمان الفرجات).
pub(super) fn one_name(words: &[&str], labels: &[u8], at: usize) -> bool {
    labels.get(at + 1) != Some(&PER_I)
        || labels.get(at + 2) != Some(&PER_I)
            && matches!(
                normalize(words[at]).as_str(),
                "ابو" | "ام" | "بني" | "بنو" | "ال"
            )
}

/// Heads (folded) that speech seldom uses but for a named place: a strait, an
/// airport, a port, a valley, an inlet (where بحر الأسبوع، سد منيع، ملعب
/// الإحماء، بحيرة البجع or جزيرة الموتى are no places).
pub(super) const NAMED_ONLY: &[&str] = &["مضيق", "مطار", "ميناء", "مرفا", "وادي", "خور"];

/// Comparatives (folded) after which من is "than": أقل من المتوسط.
const COMPARATIVES: &[&str] = &[
    "اقل", "اكثر", "اعلي", "ادني", "اكبر", "اصغر", "افضل", "اسوا", "اقوي", "اضعف", "ابعد", "اقرب",
];

/// A listed place of one word that the tagger left alone after في، إلى or من,
/// when the training text saw the word seldom (so not a common word the lists
/// hold too, صور "pictures") and the phrase ends after it (وصلوا إلى مسقط على
/// متن …, not مسقط رأسه), or when another listed place joined by و follows
/// (في الأبيض وكادقلي، بين صحار والحد، بينها سرت وسبها: both): the tagger,
/// which learned mostly from the places its training text named, distrusts
/// the rest of a list.
pub(in crate::chains) fn listed_places_after_where(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    let folded_in = |w: &str, list: &[&str]| list.contains(&normalize(w).as_str());
    for i in 1..labels.len() {
        let t = &infos[i];
        let next_closes = || {
            words.get(i + 1).is_none_or(|w| {
                !w.chars().any(crate::tokenize::is_alphanumeric) || folded_in(w, AFTER_WHERE)
            })
        };
        let listed_alone = labels[i] == 0
            && t.gazetteer & PLACE_LIST_BEGIN != 0
            && infos
                .get(i + 1)
                .is_none_or(|n| n.gazetteer & PLACE_LIST_INSIDE == 0)
            && t.clitic_chars == 0
            && t.phrase.is_some_and(|p| p.spelled_as(t.definite))
            && (t.stats.count <= 2
                || t.stats.shares[1] >= 64
                || !t.common_word && t.stats.count <= 6)
            && words[i].chars().count() >= 3;
        // A town of two words or more whose first word opens a town's name
        // (بئر السبع، خان شيخون), after في، إلى، من or قرب.
        let opened = labels[i] == 0
            && !listed_alone
            && t.gazetteer & PLACE_LIST_BEGIN != 0
            && infos
                .get(i + 1)
                .is_some_and(|n| n.gazetteer & PLACE_LIST_INSIDE != 0)
            && t.clitic_chars == 0
            && PLACE_OPENERS.contains(&normalize(words[i]).as_str());
        if opened {
            let before = normalize(words[i - 1]);
            let end = listed_place_end(infos, labels, i + 1);
            // The phrase ends there (عين أبي | زيدان goes on past the list's).
            let next_free = words.get(end).is_none_or(|w| {
                !w.chars().any(crate::tokenize::is_alphanumeric)
                    || AFTER_WHERE.contains(&normalize(w).as_str())
            });
            if (WHERE.contains(&before.as_str()) || before == "قرب") && next_free {
                mark_listed_place(infos, labels, i);
            }
            continue;
        }
        if !listed_alone {
            continue;
        }
        let before = normalize(words[i - 1]);
        // بين، and "among them" before a list (في 41 بلدية، بينها سرت وسبها).
        let between = matches!(
            before.as_str(),
            "بين" | "بينها" | "منها" | "ومنها" | "ابرزها" | "وابرزها"
        );
        // أقل من المتوسط: "than", after a comparative, not "from".
        let than = before == "من" && i >= 2 && folded_in(words[i - 2], COMPARATIVES);
        // A side of it (جنوبي الحديدة، شمال المكلا, the side outside).
        let side = SIDES_OF.contains(&before.as_str()) || SIDE_WORDS.contains(&before.as_str());
        if (WHERE.contains(&before.as_str()) || between || side) && !than {
            // Or another place of the lists joined by و (في الأبيض وكادقلي):
            // a pair of places names both.
            let pair = infos.get(i + 1).is_some_and(|n| {
                n.clitic_chars > 0
                    && normalize(words[i + 1]).starts_with('و')
                    && n.gazetteer & PLACE_LIST_BEGIN != 0
                    && n.phrase.is_some_and(|p| p.spelled_as(n.definite))
                    && labels[i + 1] == 0
                    && infos
                        .get(i + 2)
                        .is_none_or(|m| m.gazetteer & PLACE_LIST_INSIDE == 0)
                    // (Not two common words: في الأحمر والأبيض, colours.)
                    && !(t.common_word && n.common_word)
            });
            // A list goes on after و (في إدلب ومعرة النعمان وسراقب): the
            // place is the list's first ([`places_listed_on`] takes the rest).
            let listed_on = words.get(i + 1).is_some_and(|w| {
                w.starts_with('و') && infos[i + 1].clitic_chars > 0 && crate::has_arabic_letter(w)
            });
            // (After بين, only a pair: بين صحار والحد.)
            if (next_closes() || listed_on && !t.common_word) && !between {
                labels[i] = LOC_B;
            } else if pair {
                labels[i] = LOC_B;
                labels[i + 1] = LOC_B;
            }
        }
    }
}

/// Words before a list of places (folded): where (في، إلى، من) and near.
const BEFORE_PLACES: &[&str] = &["في", "الى", "من", "قرب", "بين", "داخل", "حول", "على"];

/// A list of places goes on after و: a listed place the tagger left alone or
/// took for a person just after a place, with و (في المكلا والشحر | وغيل
/// باوزير، مدينتي غوما | وبوكافو، قرب تورخم | وشامان) is a place too. One the
/// tagger took for a person is a place when the lists' place is exactly its
/// words, or when none of its words is a given name and the list is of places
/// (two before it, or one after في، قرب …): بحضور سفير قطر | ومحمد بن عبدالله
/// is a title's country and a person. After two places, one of one or two
/// words that closes the list is a place whatever its words.
pub(in crate::chains) fn places_listed_on(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[LOC_B, LOC_I]) {
        return;
    }
    let n = labels.len();
    for i in 1..n {
        let t = &infos[i];
        let after_place = matches!(labels[i - 1], LOC_B | LOC_I);
        if !after_place
            || !matches!(labels[i], 0 | PER_B)
            || t.clitic_chars == 0
            || !words[i].starts_with('و')
        {
            continue;
        }
        let listed = t.gazetteer & PLACE_LIST_BEGIN != 0 && !t.common_word;
        let listed_end = || entry_end(infos, i, PLACE_LIST_INSIDE);
        if labels[i] == 0 {
            // (A place's head is no place by itself: ميناء عبدالله | وميناء
            // الأحمدي.)
            if listed
                && t.triggers & TRIGGER_LOC_HEAD == 0
                && (t.stats.count <= 2 || t.stats.shares[1] >= 64)
                && labels[i + 1..listed_end()].iter().all(|&l| l == 0)
            {
                mark_listed_place(infos, labels, i);
            }
            continue;
        }
        let mut e = i + 1;
        while e < n && labels[e] == PER_I {
            e += 1;
        }
        let exactly = listed && t.gazetteer & PERSON_LIST_BEGIN == 0 && listed_end() == e;
        let unnamed = (i..e).all(|k| {
            infos[k].triggers & TRIGGER_GIVEN == 0 && infos[k].gazetteer & PERSON_LIST_BEGIN == 0
        });
        // The places before: where the one before begins, and what opens it.
        let mut start = i - 1;
        while start > 0 && labels[start] == LOC_I {
            start -= 1;
        }
        let two = start > 0
            && matches!(labels[start - 1], LOC_B | LOC_I)
            && words[start].starts_with('و');
        let opened = start > 0 && BEFORE_PLACES.contains(&normalize(words[start - 1]).as_str());
        // After two places, a name of one or two words that closes the list
        // is a third, given name or not (الرباط وسطات | وبن جرير، بيدوا
        // وبلدوين | ودولو، الأقصر وأسوان | وأبو سمبل): at a mark or the
        // sentence's end, or before a side of the world.
        let closes = closes_a_list(words, e);
        // (A second word training saw, or one a list knows as a word of
        // its own, is no place's: درنة والبيضاء وشحات | وحدهم.)
        let short = e == i + 1
            || e == i + 2
                && infos[i + 1].clitic_chars == 0
                && infos[i + 1].triggers == 0
                && (infos[i + 1].stats.count <= 2
                    || infos[i + 1].gazetteer & PLACE_LIST_INSIDE != 0);
        if exactly || unnamed && (two || opened) || two && short && closes {
            labels[i] = LOC_B;
            labels[i + 1..e].fill(LOC_I);
        }
    }
}

/// A place from word `at` on, over the unlabelled words after it that go on
/// with a place of the lists.
pub(in crate::chains) fn mark_listed_place(infos: &[TokenInfo], labels: &mut [u8], at: usize) {
    labels[at] = LOC_B;
    let mut j = at + 1;
    while j < labels.len() && labels[j] == 0 && infos[j].gazetteer & PLACE_LIST_INSIDE != 0 {
        labels[j] = LOC_I;
        j += 1;
    }
}

/// A listed place of one word that the tagger left alone beside a place it
/// found, joined to it by و or أو (بين مسقط وصلالة، الخرطوم وكسلا، في وجدة
/// وتطوان والقنيطرة، في بنغازي أو سرت), is a place too:
/// a list of places names places, though the word alone is also a common one
/// (مسقط, a place of falling), and a country training saw mostly as a word
/// before another country (تضم مالي وبوركينا فاسو).
pub(in crate::chains) fn listed_places_beside_places(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    let n = labels.len();
    let conjoined = |j: usize| infos[j].clitic_chars > 0 && normalize(words[j]).starts_with('و');
    // في بنغازي أو سرت: أو joins a list too.
    let or_at = |j: usize| normalize(words[j]) == "او";
    // From the end, so that a list goes back from the place the tagger
    // found at its end (في وجدة وتطوان و[القنيطرة]).
    for i in (0..n).rev() {
        let t = &infos[i];
        if labels[i] != 0
            || t.gazetteer & PLACE_LIST_BEGIN == 0
            || infos
                .get(i + 1)
                .is_some_and(|n| n.gazetteer & PLACE_LIST_INSIDE != 0)
            || t.stem_len < 3
            || t.triggers & (TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) != 0
        {
            continue;
        }
        let before = i + 1 < n
            && labels[i + 1] == LOC_B
            && conjoined(i + 1)
            // Inside the list its own و joins it; right after في it is the
            // word's first letter (في وجدة), which the analysis split off.
            && (t.clitic_chars == 0
                || conjoined(i)
                    && i > 0
                    && !BEFORE_PLACES.contains(&normalize(words[i - 1]).as_str()))
            || i + 2 < n && labels[i + 2] == LOC_B && t.clitic_chars == 0 && or_at(i + 1);
        let after = i > 0 && matches!(labels[i - 1], LOC_B | LOC_I) && conjoined(i)
            || i > 1
                && matches!(labels[i - 2], LOC_B | LOC_I)
                && t.clitic_chars == 0
                && or_at(i - 1);
        // A common word only as a country beside a country (تضم مالي
        // وبوركينا فاسو: not دعم مالي).
        let country = |j: usize| infos[j].gazetteer & COUNTRY_LIST_BEGIN != 0;
        let among_countries = country(i) && before && country(i + 1);
        if (before || after) && (!seen_as_common(t) || among_countries) {
            labels[i] = LOC_B;
        }
    }
}

/// A list of places joined by و (في مصراتة والزاوية وزليتن، بلدات بيتا
/// وقصرة وحوارة ودوما) with a place the tagger found and another place
/// besides: every one-word member the lists hold as a place is a place,
/// though general Arabic uses it as a word too (الزاوية, the corner) or the
/// tagger took it for a body (دوما, also the Russian chamber). The list has
/// three members at least when one of them is such a word.
pub(in crate::chains) fn lists_of_listed_places(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[LOC_B]) {
        return;
    }
    let n = labels.len();
    // (The word as written: folding keeps a proclitic's letters.)
    let conjoined = |j: usize| infos[j].clitic_chars > 0 && words[j].starts_with('و');
    // What member opens at `j`: where it ends, whether the tagger found it a
    // place, and whether the lists alone make it one (`Some(common)`).
    let member = |labels: &[u8], j: usize| -> Option<(usize, bool, bool)> {
        let t = &infos[j];
        if labels[j] == LOC_B {
            let mut e = j + 1;
            while e < n && labels[e] == LOC_I {
                e += 1;
            }
            return Some((e, true, false));
        }
        // One word, which the list's next member, a mark or a word that
        // may follow a list closes (not أبي of وأبي الخصيب).
        let single = || {
            infos
                .get(j + 1)
                .is_none_or(|m| m.gazetteer & PLACE_LIST_INSIDE == 0)
                && (closes_a_list(words, j + 1)
                    || conjoined(j + 1)
                    || matches!(
                        normalize(words[j + 1]).as_str(),
                        "في" | "من" | "الى" | "على" | "حيث"
                    ))
        };
        let lone_body = labels[j] == ORG_B && labels.get(j + 1) != Some(&ORG_I);
        let listed = t.gazetteer & PLACE_LIST_BEGIN != 0
            && t.stem_len >= 3
            && t.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) == 0
            && (labels[j] == 0 || lone_body && t.gazetteer & CITY_LIST_BEGIN != 0)
            && single();
        listed.then_some((
            j + 1,
            false,
            seen_as_common(t) || t.common_word || lone_body,
        ))
    };
    let mut i = 0;
    while i < n {
        if conjoined(i) {
            i += 1;
            continue;
        }
        let Some(first) = member(labels, i) else {
            i += 1;
            continue;
        };
        let mut members = vec![(i, first)];
        let mut e = first.0;
        while e < n && conjoined(e) {
            match member(labels, e) {
                Some(m) => {
                    members.push((e, m));
                    e = m.0;
                }
                None => break,
            }
        }
        let found = members.iter().filter(|(_, (_, tagged, _))| *tagged).count();
        let places = members
            .iter()
            .filter(|(_, (_, tagged, common))| *tagged || !common)
            .count();
        let uncertain = members
            .iter()
            .any(|(_, (_, tagged, common))| !tagged && *common);
        if found >= 1 && places >= 2 && (!uncertain || members.len() >= 3) {
            for &(j, (_, tagged, _)) in &members {
                if !tagged {
                    labels[j] = LOC_B;
                }
            }
        }
        i = e.max(i + 1);
    }
}

/// Whether a list of places may end before word `k`: at the sentence's
/// end, a mark, or a word of [`AFTER_PLACES`].
fn closes_a_list(words: &[&str], k: usize) -> bool {
    words.get(k).is_none_or(|w| {
        !w.chars().any(crate::tokenize::is_alphanumeric)
            || AFTER_PLACES.contains(&normalize(w).as_str())
    })
}

/// Words that may stand right after the last name of a list of places
/// (folded): a side of the world (مرجعيون والخيام جنوب لبنان).
const AFTER_PLACES: &[&str] = &[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

impl Chains {
    /// Names joined by و to a place the tagger or a rule found, one after
    /// another (عسقلان وسديروت), are places when each
    /// may name one ([`Chains::placelike`]); a word training never showed
    /// only where a list may end after it: at the sentence's end, a mark, the
    /// next و or a word of [`AFTER_PLACES`] (لبنان وفشله في is no list).
    pub(in crate::chains) fn places_in_lists(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        if !holds_any(labels, &[LOC_B, LOC_I]) {
            return;
        }
        let n = labels.len();
        let list_ends = |k: usize| {
            k >= n || infos[k].shape != 0 || {
                let folded = normalize(words[k]);
                infos[k].clitic_chars > 0 && folded.starts_with('و')
                    || AFTER_PLACES.contains(&folded.as_str())
            }
        };
        let mut i = 0;
        while i + 1 < n {
            if !matches!(labels[i], LOC_B | LOC_I) || labels[i + 1] == LOC_I {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n && normalize(words[j]).starts_with('و') {
                if labels[j] == LOC_B {
                    j += 1;
                    while j < n && labels[j] == LOC_I {
                        j += 1;
                    }
                    continue;
                }
                if labels[j] != 0 || !self.placelike(words, infos, j, true, false, false) {
                    break;
                }
                let end = listed_place_end(infos, labels, j + 1);
                let unseen =
                    infos[j].stats.count == 0 && infos[j].gazetteer & PLACE_LIST_BEGIN == 0;
                if unseen && !list_ends(end) {
                    break;
                }
                labels[j] = LOC_B;
                labels[j + 1..end].fill(LOC_I);
                j = end;
            }
            i = j.max(i + 1);
        }
    }
}
