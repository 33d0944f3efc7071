//! Places completed or taken by rule: after a generic head or a place word,
//! a listed place after في، إلى، من, an airport, a port or a stadium whole,
//! and adjectives that agree with their noun are no places.

use std::sync::OnceLock;

use super::*;

/// Words for the land around a place that are no part of its name: ريف درعا is
/// the countryside of Daraa, whose name is درعا (ريف دمشق as well).
pub(super) const GENERIC_PLACE_HEADS: &[&str] = &["ريف"];

/// A generic head of [`GENERIC_PLACE_HEADS`] the tagger read as a place, or as
/// the start of one, before a place stays outside it, and the place after it
/// is one: ريف [درعا].
pub(super) fn places_after_generic_heads(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    // Every spelling such a head is folded to (after و or ف, then ب or ل,
    // each or not), by folded hash: nearly every word is none.
    static SPELLINGS: OnceLock<Forms> = OnceLock::new();
    let spellings =
        SPELLINGS.get_or_init(|| clitic_forms(GENERIC_PLACE_HEADS, PLACE_PREPOSITIONS, false));
    for i in 0..labels.len().saturating_sub(1) {
        // Folded only when it can be one (no head folds to letters it lacks).
        let could = spellings.contains_key(&infos[i].norm)
            && GENERIC_PLACE_HEADS.iter().any(|h| holds(words[i], h));
        if !could || !matches!(labels[i], 0 | LOC_B) {
            continue;
        }
        let folded = normalize(words[i]);
        let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
        let bare = bare.strip_prefix(['ب', 'ل']).unwrap_or(bare);
        if !GENERIC_PLACE_HEADS.contains(&bare) {
            continue;
        }
        let next = &infos[i + 1];
        let listed = next.gazetteer & PLACE_LIST_BEGIN != 0 || unseen_place(next, words[i + 1]);
        match labels[i + 1] {
            LOC_I | LOC_B => {}
            0 if listed => {}
            _ => continue,
        }
        labels[i] = 0;
        labels[i + 1] = LOC_B;
        let mut j = i + 2;
        while j < labels.len() && labels[j] == 0 && infos[j].gazetteer & PLACE_LIST_INSIDE != 0 {
            labels[j] = LOC_I;
            j += 1;
        }
    }
}

/// Where a listed place's words that the tagger left alone end, from `from`.
fn listed_place_end(infos: &[TokenInfo], labels: &[u8], from: usize) -> usize {
    let mut end = from;
    while end < labels.len() && labels[end] == 0 && infos[end].gazetteer & PLACE_LIST_INSIDE != 0 {
        end += 1;
    }
    end
}

/// Sides of the world that open a region's name after a province's head
/// (ولاية شمال دارفور، محافظة جنوب الباطنة), folded.
const SIDE_WORDS: &[&str] = &["شمال", "جنوب", "شرق", "غرب", "وسط"];

/// Places after a side that the lists hold as a region (شمال غزة، غرب
/// اليونان) but that are a city or a state in their own right, whose side a
/// news text writes as where in it (folded).
const SIDED_STATES: &[&str] = &["غزه", "اليونان", "هولندا", "استراليا", "يوركشير"];

/// Heads of a state's divisions, singular and dual (محافظتي), folded.
pub(super) const DIVISIONS: &[&str] = &[
    "ولايه",
    "محافظه",
    "محافظتي",
    "اقليم",
    "ولايتي",
    "مقاطعه",
    "منطقه",
];

impl Chains {
    /// A province named by a side of the world and a place: after a
    /// division's head, the side is part of the name (ولاية [شمال دارفور],
    /// محافظتي [شمال الباطنة] و[جنوب الباطنة]), where after في it is where in
    /// the place (في جنوب [لبنان], as ANERcorp writes it).
    ///
    /// A region the lists name by its side (`gazetteer-locations.txt`: شمال
    /// دارفور، جنوب سيناء، شمال كيفو) is named whole with no head before it, unless the place after
    /// the side is a city or a state in its own right ([`SIDED_STATES`]: شمال
    /// غزة, the north of Gaza; جنوب لبنان is in no list).
    pub(super) fn sided_provinces(&self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        if !holds_any(labels, &[LOC_B]) {
            return;
        }
        for i in 1..labels.len() {
            let region = infos[i - 1].gazetteer & REGION_LIST_BEGIN != 0
                && infos[i].gazetteer & REGION_LIST_BEGIN << 1 != 0
                && !SIDED_STATES.iter().any(|w| infos[i].norm == hash_word(w));
            if !region || labels[i] != LOC_B || labels[i - 1] != 0 {
                continue;
            }
            // The side with و or ف, ب or ل before it or not (ووسط، بشمال).
            let folded = normalize(words[i - 1]);
            let side = [folded.as_str()]
                .into_iter()
                .chain(folded.strip_prefix(['و', 'ف']))
                .flat_map(|w| [w].into_iter().chain(w.strip_prefix(['ب', 'ل'])))
                .any(|w| SIDE_WORDS.contains(&w));
            if side {
                labels[i - 1] = LOC_B;
                labels[i] = LOC_I;
            }
        }
        let mut sided = false;
        for i in 2..labels.len() {
            // Every side begins with one of these letters, or و before it.
            let could = words[i - 1].starts_with(['ش', 'ج', 'غ', 'و']);
            if labels[i] != LOC_B || labels[i - 1] != 0 || !could {
                sided &= labels[i] != LOC_B;
                continue;
            }
            let side = normalize(words[i - 1]);
            let conjoined = side.starts_with('و');
            let side = side.strip_prefix('و').unwrap_or(&side);
            if !SIDE_WORDS.contains(&side) {
                sided = false;
                continue;
            }
            // The second of a list: محافظتي شمال الباطنة وجنوب الباطنة.
            let listed = conjoined && sided && matches!(labels[i - 2], LOC_B | LOC_I);
            if listed
                || (!conjoined
                    && labels[i - 2] == 0
                    && self.divisions.contains_key(&infos[i - 2].norm))
            {
                labels[i - 1] = LOC_B;
                labels[i] = LOC_I;
                sided = true;
            } else {
                sided = false;
            }
        }
    }
}

/// Words before a place that say where (في، إلى، من), folded.
pub(super) const WHERE: &[&str] = &["في", "الى", "من"];

/// Words after a place that close the phrase it ends (وصل إلى مسقط أمس،
/// عقده في مسقط، قادما من مسقط إلى), folded: not a genitive (مسقط رأسه).
pub(super) const AFTER_WHERE: &[&str] = &[
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
fn unseen_name(t: &TokenInfo, w: &str) -> bool {
    t.stats.count == 0 && plain_word(t, w)
}

/// A word with the article that training never showed and general Arabic
/// does not use (البوكمال): after a word that opens a place, that place's
/// name. Without the article an unseen word there is as often a verb (العاصمة
/// انتشلت), and a plural of people is no place.
fn unseen_place(t: &TokenInfo, w: &str) -> bool {
    // A plural of people is no place (مخيم المنكوبين، مدينة المتقاعدين).
    let plural = w.ends_with("ين") || w.ends_with("ون");
    unseen_name(t, w) && t.stem_len >= 3 && !t.common_word && w.starts_with("ال") && !plural
}

/// Written in Arabic letters alone, with no proclitic, and no adjective
/// (الشعبية).
fn plain_word(t: &TokenInfo, w: &str) -> bool {
    t.shape == 0 && t.clitic_chars == 0 && !definite_nisba(&normalize(w))
}

/// A word training never showed or showed mostly in names, written as
/// [`unseen_shape`] asks.
fn rare_name(t: &TokenInfo, w: &str) -> bool {
    let named: u32 = t.stats.shares[..3].iter().map(|&s| u32::from(s)).sum();
    (t.stats.count == 0 || named >= 128) && unseen_shape(t, w)
}

/// A [`plain_word`] with a stem of three letters or more (ميناء حر is a free
/// port).
fn unseen_shape(t: &TokenInfo, w: &str) -> bool {
    t.stem_len >= 3 && plain_word(t, w)
}

/// Whether the person at `at` is named by one word, or by a kunya or a
/// tribe's two (أبو نمر، بني خالد): a feature is named after one name, and
/// more is the next person's (وادي موسى | سليمان الفرجات).
fn one_name(words: &[&str], labels: &[u8], at: usize) -> bool {
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
const NAMED_ONLY: &[&str] = &["مضيق", "مطار", "ميناء", "مرفا", "وادي", "خور"];

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
pub(super) fn listed_places_after_where(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
/// is a title's country and a person.
pub(super) fn places_listed_on(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
            if listed
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
        if exactly || unnamed && (two || opened) {
            labels[i] = LOC_B;
            labels[i + 1..e].fill(LOC_I);
        }
    }
}

/// A place from word `at` on, over the unlabelled words after it that go on
/// with a place of the lists.
pub(super) fn mark_listed_place(infos: &[TokenInfo], labels: &mut [u8], at: usize) {
    labels[at] = LOC_B;
    let mut j = at + 1;
    while j < labels.len() && labels[j] == 0 && infos[j].gazetteer & PLACE_LIST_INSIDE != 0 {
        labels[j] = LOC_I;
        j += 1;
    }
}

/// Words for a side or the countryside of a place (folded), before it:
/// شمالي إدلب، جنوبي لبنان، ريف دمشق، أرياف حماة.
pub(super) const SIDES_OF: &[&str] = &["شمالي", "جنوبي", "شرقي", "غربي", "ريف", "ارياف"];

/// Words for a place in a town that its name follows (folded), which the
/// tagger's place heads do not hold: a square, the quarters of a town
/// (ميدان طلعت حرب، أحياء أبو سليم). Not ساحة, as often an arena (ساحة
/// بوتين); a border crossing (معبر جابر) is `Chains::facilities`' whole
/// name.
pub(super) const OPEN_SPACES: &[&str] = &["ميدان", "احياء", "حيي"];

impl Chains {
    /// A name right after a word that opens a place (مدينة، قرية، العاصمة) is that
    /// place, even when its words are people's names (مدينة نور سلطان), and so is
    /// a listed place the tagger left there (بالعاصمة كابل), or after a side or
    /// the countryside of a place ([`SIDES_OF`]: شمالي إدلب، بريف حلب). So
    /// does a word of [`OPEN_SPACES`] (أحياء أبو سليم).
    pub(super) fn places_after_place_words(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        for i in 0..labels.len().saturating_sub(1) {
            if labels[i] != 0 {
                continue;
            }
            let head = infos[i].triggers & TRIGGER_LOC_HEAD != 0
                || self.open_spaces.contains_key(&infos[i].norm);
            if !head {
                // A side opens a listed place only.
                if self.sides_of.contains_key(&infos[i].norm)
                    && labels[i + 1] == 0
                    && listed_place_alone(&infos[i + 1])
                    && !read_as_noun(words, i + 2)
                {
                    labels[i + 1] = LOC_B;
                }
                continue;
            }
            // With the article, a side is a word of its own (لاعب الوسط
            // سفيان أمرابط: a midfielder): only العاصمة names the place after it.
            let person_is_place = !infos[i].definite || normalize(words[i]).ends_with("العاصمه");
            if labels[i + 1] == 1 && person_is_place {
                labels[i + 1] = LOC_B;
                for label in labels[i + 2..].iter_mut().take_while(|l| **l == 2) {
                    *label = LOC_I;
                }
            } else if labels[i + 1] == 0
                && (listed_place_alone(&infos[i + 1]) || unseen_place(&infos[i + 1], words[i + 1]))
                && !read_as_noun(words, i + 2)
            {
                // بالعاصمة كابل: a listed place the tagger left alone.
                mark_listed_place(infos, labels, i + 1);
            }
        }
    }
}

/// Whether the word at `next` makes the word before it a noun rather than a
/// place: رأس after مسقط (his birthplace), an adjective after a definite word
/// (الرباط القدسي, the holy bond).
fn read_as_noun(words: &[&str], next: usize) -> bool {
    words.get(next).is_some_and(|w| {
        let folded = normalize(w);
        folded.starts_with("راس") || definite_nisba(&folded)
    })
}

/// A word that begins a place of the lists and is no common word, nor one
/// training saw mostly outside places, nor the head of a place's name
/// (غرب ميناء الحديدة: the port is no place alone).
fn listed_place_alone(info: &TokenInfo) -> bool {
    info.gazetteer & PLACE_LIST_BEGIN != 0
        && info.triggers & TRIGGER_LOC_HEAD == 0
        && info.clitic_chars == 0
        && !info.common_word
        && (info.stats.count <= 2 || info.stats.shares[1] >= 64)
}

/// Adjectives that name the part of a feature (folded): بحر الصين الجنوبي،
/// جزر الكناري الكبرى.
const SIDES: &[&str] = &[
    "الشمالي",
    "الشماليه",
    "الجنوبي",
    "الجنوبيه",
    "الشرقي",
    "الشرقيه",
    "الغربي",
    "الغربيه",
    "الاوسط",
    "الوسطى",
    "الكبرى",
    "الصغرى",
];

impl Chains {
    /// A one-word place that could be a definite adjective agreeing with the
    /// common noun before it is that adjective: الظروف القاهرة، القوة القاهرة
    /// (overwhelming), not Cairo. The noun must be definite, no name, title or
    /// head of a place (العاصمة القاهرة), and agree with a feminine adjective: a
    /// feminine noun (القوة، الحالات) or a broken plural of the shapes فعول and
    /// أفعال (الظروف، الأوضاع). الوفد القاهرة (the delegation … Cairo) keeps its
    /// place.
    pub(super) fn adjectives_are_no_places(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        if !holds_any(labels, &[LOC_B]) {
            return;
        }
        for i in 1..labels.len() {
            if labels[i] != LOC_B || labels.get(i + 1) == Some(&LOC_I) || labels[i - 1] != 0 {
                continue;
            }
            let place = normalize(words[i]);
            if !place.starts_with("ال") || !place.ends_with('ه') || infos[i].clitic_chars > 0 {
                continue;
            }
            let before = &infos[i - 1];
            if before.triggers & (NAME_WORDS | TRIGGER_TITLE | TRIGGER_LOC_HEAD) != 0
                || before.gazetteer != 0
            {
                continue;
            }
            let noun = normalize(words[i - 1]);
            let noun = noun.strip_prefix(['و', 'ف']).unwrap_or(&noun);
            let noun = noun.strip_prefix(['ب', 'ك']).unwrap_or(noun);
            let stem = match (noun.strip_prefix("ال"), noun.strip_prefix("لل")) {
                (Some(rest), _) | (None, Some(rest)) => rest,
                _ => continue,
            };
            if self.stops.contains(&hash_word(noun)) {
                continue;
            }
            let letters: Vec<char> = stem.chars().collect();
            let feminine = letters.len() >= 3 && (stem.ends_with('ه') || stem.ends_with("ات"));
            let broken = letters.len() == 4
                && (letters[2] == 'و' || (letters[0] == 'ا' && letters[2] == 'ا'));
            if feminine || broken {
                labels[i] = 0;
            }
        }
    }

    /// A head of [`FACILITIES`] before a person the tagger found (مطار الملك
    /// خالد, the title too) is one place with them and with the adjectives
    /// after them (الدولي); before a place, found or listed, the place alone
    /// is the name (ميناء | حيفا، مطار | دمشق | الدولي), as news annotators
    /// mark it. A head of [`FEATURES`] is so with a place or a person, without the
    /// adjectives (which describe it: مضيق هرمز | الاستراتيجي) but for a side
    /// of the world ([`SIDES`]: بحر الصين الجنوبي), and not where
    /// an adjective makes قطاع a sector (قطاع مصر المصرفي).
    pub(super) fn facilities(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        let mut i = 0;
        while i + 1 < n {
            let feature = self.features.contains_key(&infos[i].norm);
            // قطاع is a sector too (رئيس قطاع | محمد صلاح، قطاع مصر المصرفي).
            let sector_head = || normalize(words[i]).ends_with("قطاع");
            // خور | عبدالله, خور عبدالله as a person: a feature named after a
            // person, which the tagger split or took for the person (not after
            // a head that is a given name too: وادي).
            // (A person of one word: a longer name is the next person's,
            // وادي موسى | سليمان الفرجات.)
            if feature
                && labels.get(i + 2) != Some(&PER_I)
                && (labels[i] == LOC_B && labels[i + 1] == PER_B
                    || labels[i] == PER_B
                        && labels[i + 1] == PER_I
                        && infos[i].triggers & TRIGGER_GIVEN == 0)
                && !sector_head()
            {
                labels[i] = LOC_B;
                labels[i + 1] = LOC_I;
                i += 2;
                continue;
            }
            if labels[i] != 0 || !(feature || self.facilities.contains_key(&infos[i].norm)) {
                i += 1;
                continue;
            }
            // الملك خالد: a title before the person.
            let at = if !feature && labels[i + 1] == 0 && infos[i + 1].triggers & TRIGGER_TITLE != 0
            {
                i + 2
            } else {
                i + 1
            };
            // ملعب مدينة الأمير …، ملعب نادي الخليج: a head after the head
            // opens a name of its own (the lists hold مدينة as a town too).
            // (ملعب المدينة الرياضية، مطار العاصمة الإدارية: a head with the
            // article and its adjective are the facility's name.)
            let next = self.shape(words[i + 1]);
            if !next.definite
                && (infos[i + 1].triggers & (TRIGGER_LOC_HEAD | TRIGGER_ORG_HEAD) != 0 || next.head)
            {
                i += 1;
                continue;
            }
            // Whether a place follows the head, not a head with the article
            // (ملعب المدينة الرياضية names the facility) nor a word the lists
            // hold as a town that is mostly an ordinary one (ميناء جديد،
            // ملعب النادي name no facility).
            let place_after = at == i + 1
                && infos[at].triggers & TRIGGER_LOC_HEAD == 0
                && (labels.get(at) == Some(&LOC_B)
                    || labels.get(at) == Some(&0)
                        && infos[at].gazetteer & PLACE_LIST_BEGIN != 0
                        && !infos[at].common_word);
            let mut end = match labels.get(at) {
                // بحيرة ناصر، خور عبدالله: a feature named after a person
                // of one word. (Not after قطاع, a sector too: رئيس قطاع |
                // محمد صلاح.)
                Some(&l)
                    if l == LOC_B
                        || l == PER_B
                            && !(feature && (!one_name(words, labels, at) || sector_head())) =>
                {
                    let mut end = at + 1;
                    while end < n && labels[end] == labels[at] + 1 {
                        end += 1;
                    }
                    end
                }
                Some(0)
                    if at == i + 1
                        && infos[at].gazetteer & PLACE_LIST_BEGIN != 0
                        && (feature
                            || !infos[at].common_word
                            || infos[at].triggers & TRIGGER_LOC_HEAD != 0) =>
                {
                    listed_place_end(infos, labels, at + 1)
                }
                // ميناء الدقم، مضيق البوسفور: after a head of [`NAMED_ONLY`],
                // a definite word training never showed or showed in names
                // (ميناء الشحن is a cargo port; مطار مهجور an abandoned
                // airport), and after a strait's any that is no common word
                // (training saw البوسفور as a facility, outside its kinds); no
                // adjective, no plural.
                Some(0)
                    if at == i + 1
                        && infos[at].definite
                        && NAMED_ONLY
                            .iter()
                            .position({
                                let head = normalize(words[i]);
                                move |h| *h == head
                            })
                            .is_some_and(|h| {
                                rare_name(&infos[at], words[at])
                                    // The strait's head, first of them.
                                    || h == 0
                                        && !infos[at].common_word
                                        && unseen_shape(&infos[at], words[at])
                            })
                        && !words[at].ends_with(['ي', 'ة', 'ه'])
                        && !words[at].ends_with("ات") =>
                {
                    at + 1
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            if feature {
                // وادي بني خالد: a tribe's name of one word after the head.
                if end == at + 1
                    && matches!(normalize(words[at]).as_str(), "بني" | "بنو")
                    && labels.get(end) == Some(&PER_B)
                    && labels.get(end + 1) != Some(&PER_I)
                {
                    end += 1;
                }
                let sector = sector_head() && words.get(end).is_some_and(|w| self.shape(w).nisba);
                if sector {
                    i = end;
                    continue;
                }
                // بحر الصين الجنوبي: a side of the world names the part.
                while end < n && labels[end] == 0 && SIDES.contains(&normalize(words[end]).as_str())
                {
                    end += 1;
                }
                labels[i] = LOC_B;
                labels[i + 1..end].fill(LOC_I);
                i = end;
                continue;
            }
            // ميناء حيفا، مطار دمشق الدولي: a facility named after a place is
            // that place's, and the place is the name; the head and what
            // describes the facility stay outside.
            // (Of two words or more opening on a name word or a particle, a
            // person's name, which the tagger or the place words may have
            // taken for a place: مطار رفيق الحريري، مطار بن غوريون name the
            // whole.)
            // Not a place the lists hold whole (مطار أبو ظبي).
            let person_like = end > at + 1
                && infos[at].triggers & (TRIGGER_GIVEN | TRIGGER_NAME | TRIGGER_PARTICLE) != 0
                && infos[at].gazetteer & MAJOR_PLACE_BEGIN == 0
                && infos[at + 1].gazetteer & PLACE_LIST_INSIDE == 0;
            if place_after && !person_like {
                labels[at] = LOC_B;
                labels[at + 1..end].fill(LOC_I);
                i = end;
                continue;
            }
            // مرفأ بيروت القاضي …: a title opens a person, whatever its ending.
            while end < n
                && labels[end] == 0
                && infos[end].triggers & TRIGGER_TITLE == 0
                && self.is_adjective(words[end])
            {
                end += 1;
            }
            labels[i] = LOC_B;
            labels[i + 1..end].fill(LOC_I);
            i = end;
        }
    }
}

/// A "person" of بن and one word right after في، عبر or قرب is a town named
/// so (عبر بن قردان، في بن عروس): nobody's name opens on بن there.
pub(super) fn towns_of_bin(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(1) {
        let two = labels[i] == PER_B
            && labels[i + 1] == PER_I
            && labels.get(i + 2) != Some(&PER_I)
            && normalize(words[i]) == "بن";
        if two && matches!(normalize(words[i - 1]).as_str(), "في" | "عبر" | "قرب") {
            labels[i] = LOC_B;
            labels[i + 1] = LOC_I;
        }
    }
}

/// A listed place of one word that the tagger left alone beside a place it
/// found, joined to it by و (بين مسقط وصلالة، الخرطوم وكسلا), is a place too:
/// a list of places names places, though the word alone is also a common one
/// (مسقط, a place of falling), and a country training saw mostly as a word
/// before another country (تضم مالي وبوركينا فاسو).
pub(super) fn listed_places_beside_places(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let n = labels.len();
    let conjoined = |j: usize| infos[j].clitic_chars > 0 && normalize(words[j]).starts_with('و');
    for i in 0..n {
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
        let before = i + 1 < n && labels[i + 1] == LOC_B && conjoined(i + 1) && t.clitic_chars == 0;
        let after = i > 0 && matches!(labels[i - 1], LOC_B | LOC_I) && conjoined(i);
        // A common word only as a country beside a country (تضم مالي
        // وبوركينا فاسو: not دعم مالي).
        let country = |j: usize| infos[j].gazetteer & COUNTRY_LIST_BEGIN != 0;
        let among_countries = country(i) && before && country(i + 1);
        if (before || after) && (!seen_as_common(t) || among_countries) {
            labels[i] = LOC_B;
        }
    }
}

/// Heads of a site whose name follows them, named for the reader with the
/// head (شارع المتنبي، ساحة الشهداء، سجن أديالا), folded: taken whole before
/// a place the tagger found or the lists hold, or before a word training never
/// showed, never before a person (سجن المتهم is his imprisonment); but a
/// crossing, a field or a prison named after a place is named by the place
/// alone (معبر | رفح، حقل | برقان، معبر | كرم أبو سالم). وادي is left out: its
/// و reads as the conjunction, and the name would lose its first letter.
pub(super) const SITES: &[&str] = &["شارع", "ساحه", "سجن", "قصر", "حقل", "معبر"];

impl Chains {
    /// A head of [`SITES`] and the name after it are one place.
    pub(super) fn sites(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        let mut i = 0;
        while i + 1 < n {
            if labels[i] != 0 || !self.sites.contains_key(&infos[i].norm) {
                i += 1;
                continue;
            }
            let next = &infos[i + 1];
            let unseen = unseen_name;
            // شارع الحبيب بورقيبة، معبر كرم أبو سالم: a street or a crossing
            // named after a person (سجن المتهم is his imprisonment, ساحة بوتين
            // his arena).
            let folded = normalize(words[i]);
            let head = folded.trim_start_matches(['و', 'ف']);
            let named = matches!(head, "شارع" | "معبر");
            // شارع الأمير حسن: the person's title too.
            let titled = named
                && infos[i + 1].triggers & TRIGGER_TITLE != 0
                && labels.get(i + 2) == Some(&PER_B);
            let mut end = match labels[i + 1] {
                LOC_B => i + 2,
                PER_B if named => span_end(labels, i + 1),
                0 if titled => span_end(labels, i + 2),
                0 if next.gazetteer & PLACE_LIST_BEGIN != 0 && !seen_as_common(next) => i + 2,
                0 if unseen(next, words[i + 1]) => i + 2,
                _ => {
                    i += 1;
                    continue;
                }
            };
            // ساحة دير القمر: a word that opens a place's name of two words
            // (`prefixed_places`) takes the second, a plain word of its own.
            if labels[i + 1] == 0
                && end < n
                && labels[end] == 0
                && PLACE_PREFIXES.contains(&normalize(words[i + 1]).as_str())
                && plain_word(&infos[end], words[end])
                && normalize(words[end]).chars().count() >= 3
            {
                end += 1;
            }
            let inside = if labels[i + 1] == LOC_B { LOC_I } else { 0 };
            // A name training never showed goes on with such words (شارع
            // النزاز الغربي is not); a place found or listed only with its
            // own (معبر رفح | تراوح: a verb after it).
            let unseen_first = labels[i + 1] == 0 && unseen(next, words[i + 1]);
            while end < n
                && (inside != 0 && labels[end] == inside
                    || labels[end] == 0
                        && (infos[end].gazetteer & PLACE_LIST_INSIDE != 0
                            || unseen_first && unseen(&infos[end], words[end])))
            {
                end += 1;
            }
            // معبر | رفح، حقل | برقان، سجن | النقب: a crossing, a field or a
            // prison is named after a place (one the lists may not hold: معبر
            // | كرم أبو سالم), and the place alone is the name; a street or a
            // square keeps its head, and so does one named after a person.
            let head = head.strip_prefix(['ب', 'ل']).unwrap_or(head);
            if labels[i + 1] != PER_B && !titled && matches!(head, "معبر" | "حقل" | "سجن")
            {
                labels[i + 1] = LOC_B;
                labels[i + 2..end].fill(LOC_I);
                i = end;
                continue;
            }
            labels[i] = LOC_B;
            labels[i + 1..end].fill(LOC_I);
            i = end;
        }
    }
}

/// Heads of settlements and their quarters, singular, dual and plural
/// (folded, without the article): the name after one is a place even when
/// no list holds it (مخيم زمزم، بلدات عنبتا وبلعا ودير الغصون، محليات ود
/// الحليو وخشم القربة), the head outside it (مدينة [جنين]).
pub(super) const SETTLEMENTS: &[&str] = &[
    "مدينه",
    "مدينتي",
    "مدينتا",
    "مدن",
    "بلده",
    "بلدتي",
    "بلدتا",
    "بلدات",
    "قريه",
    "قريتي",
    "قريتا",
    "قرى",
    "مخيم",
    "مخيمي",
    "مخيما",
    "مخيمات",
    "حي",
    "حيي",
    "احياء",
    "حاره",
    "حارتي",
    "ناحيه",
    "محليه",
    "محليات",
    "محافظه",
    "محافظتي",
    "محافظتا",
    "محافظات",
    "مقاطعه",
    "اقليم",
];

/// Heads of settlements that mean something else as well, besides
/// [`SETTLEMENTS`]: the name after them must be a listed place (مديرية
/// [التحيتا]). مديرية heads a body (مديرية الأمن), ولاية is a term of office
/// (ولاية تبون الثانية), قضاء is judgement or fulfilment (قضاء الحوائج، قضاء
/// عطلته).
pub(super) const FIRM_SETTLEMENTS: &[&str] = &[
    "مديريه",
    "مديريات",
    "ولايه",
    "ولايتي",
    "ولايتا",
    "ولايات",
    "قضاء",
];

/// Endings of a verb with a pronoun (نحبها، أعطاهم) or in the plural
/// (يرزقون), folded: an unseen word so ending is no place's name.
const VERB_ENDINGS: &[&str] = &["ها", "هم", "كم", "نا", "هما", "كما", "هن", "ون"];

/// A folded word training never showed that may be a place's name: none of
/// [`VERB_ENDINGS`].
fn unheard(bare: &str) -> bool {
    !VERB_ENDINGS.iter().any(|p| bare.ends_with(p))
}

/// `folded` without the و that joins it to the name before, when it has one.
fn without_conjunction(folded: &str, conjoined: bool) -> &str {
    if conjoined {
        folded.strip_prefix('و').unwrap_or(folded)
    } else {
        folded
    }
}

/// First words of two-word place names (عين زارة، دير الغصون، ود مدني، أم
/// درمان، بنت جبيل), folded: the word after one is in the name.
const PLACE_PREFIXES: &[&str] = &[
    "عين", "دير", "بئر", "جبل", "كفر", "ام", "ابو", "ود", "بني", "تل", "راس", "خان", "سيدي", "بيت",
    "برج", "سوق", "باب", "بنت", "حاسي", "قصر", "جسر", "خشم", "حلفا",
];

/// Whether a word without its article has the shape of a verbal noun or a
/// broken plural, which name what a camp or a town is for or holds, not
/// which one it is (مخيم الإيواء، مخيم الاحتجاز، مخيم الترحيل، مخيم
/// الطوارئ، حي الأغنياء): إفعال، افتعال، استفعال (a first alef and another
/// after two or three letters), تفعيل, فواعل. أفعل stays (الأبيض، الأزرق).
fn verbal_noun_or_plural(bare: &str) -> bool {
    let letters: Vec<char> = bare.chars().collect();
    let at = |k: usize| letters.get(k).copied();
    let n = letters.len();
    (letters[0] == 'ا' && n >= 5 && (at(3) == Some('ا') || at(4) == Some('ا')))
        || (letters[0] == 'ت' && n == 5 && at(3) == Some('ي'))
        || (n == 5 && at(1) == Some('و') && at(2) == Some('ا'))
}

/// Heads of settlements (folded) after which a common word in the
/// construct state is the settlement's name (see `Chains::construct_name`):
/// camps, named by common words more often than anything else (الهول،
/// الشاطئ، البقعة). After a town's head such a word is as often what the
/// town is called for (مدينة الضباب، مدينة الرعب).
const CONSTRUCT_HEADS: &[&str] = &["مخيم"];

/// Times training saw a word, mostly outside places, that make it too common
/// to name a settlement by itself after its head.
const COMMON_SEEN: u8 = 10;

impl Chains {
    /// The word at `j`, which nothing labels, may name a place by itself: a
    /// listed place, a word training showed mostly in places, or, unless
    /// `firm`, a word training never showed that no verb's ending or
    /// definite plural rules out. `conjoined`: it carries the و of a list;
    /// `listed`: the list follows a plural head and has a place already.
    fn placelike(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        j: usize,
        conjoined: bool,
        firm: bool,
        listed: bool,
    ) -> bool {
        let t = &infos[j];
        // In a list after a plural head (محافظات تعز والحديدة والبيضاء),
        // which says what its names are, a listed place however common.
        let listed = listed && t.gazetteer & PLACE_LIST_BEGIN != 0;
        let folded = normalize(words[j]);
        let bare = without_conjunction(&folded, conjoined);
        let clitics_ok = if conjoined {
            t.clitic_chars == 1 && folded.starts_with('و')
        } else {
            t.clitic_chars == 0
        };
        clitics_ok
            && t.shape == 0
            && t.stem_len >= 2
            && (!t.common_word || listed)
            && t.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) == 0
            && !definite_nisba(bare)
            && !self
                .states
                .contains(&hash_word(bare.trim_start_matches("ال")))
            && (listed
                || t.gazetteer & PLACE_LIST_BEGIN != 0 && !seen_as_common(t)
                || t.stats.count >= 3 && t.stats.shares[1] >= 128
                || t.stats.count == 0 && !firm && unheard(bare) && !definite_pair(bare))
    }

    /// The word at `j` after the indefinite head of a camp `head` (folded,
    /// see [`CONSTRUCT_HEADS`]) is the camp's name, common word as it is: a
    /// definite singular in the construct state (مخيم الهول); no nisba, no
    /// plural, verbal noun or common word (مخيم اللاجئين، مخيم الإيواء، مخيم
    /// تدريبي).
    fn construct_name(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        j: usize,
        label: u8,
        head: &str,
    ) -> bool {
        let t = &infos[j];
        if label != 0 || t.clitic_chars != 0 || !t.definite || t.shape != 0 {
            return false;
        }
        let folded = normalize(words[j]);
        let Some(bare) = folded.strip_prefix("ال") else {
            return false;
        };
        if !CONSTRUCT_HEADS.iter().any(|h| head.ends_with(h)) {
            return false;
        }
        let mostly_named_otherwise =
            t.stats.count >= 3 && (t.stats.shares[0] >= 128 || t.stats.shares[2] >= 128);
        // A word training saw often and seldom in places is the common noun
        // (مدينة التجارة، مدينة الإنتاج الإعلامي).
        let common = t.stats.count >= COMMON_SEEN && t.stats.shares[1] < 64;
        // A nisba after it other than a nationality makes the pair a name of
        // its own (قرية الكفر الشرقي، مدينة الإنتاج الإعلامي).
        let described = infos.get(j + 1).is_some_and(|n| {
            !n.nationality
                && words
                    .get(j + 1)
                    .is_some_and(|w| definite_nisba(&normalize(w)))
        });
        !common
            && !described
            && !t.common_word
            && !verbal_noun_or_plural(bare)
            && bare.chars().count() >= 3
            && !["ات", "ين", "ون"].iter().any(|e| bare.ends_with(e))
            && !definite_nisba(&folded)
            && t.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) == 0
            && !mostly_named_otherwise
            && !self.states.contains(&hash_word(bare))
    }

    /// The name after a head of [`SETTLEMENTS`] in the construct state, and
    /// the names joined to it by و, are places: a listed place, a word
    /// training never showed or showed mostly in places, none a word of
    /// common Arabic (حي سكني، ولاية ثانية, مخيم اللاجئين stay).
    pub(super) fn settlements(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        let mut i = 0;
        while i + 1 < n {
            if labels[i] != 0 || !self.settlements.contains_key(&infos[i].norm) {
                i += 1;
                continue;
            }
            // A directorate's head names a district only with a place the
            // lists hold (مديرية [التحيتا]; مديرية أسايش دهوك is a body).
            let firm = self.firm_settlements.contains_key(&infos[i].norm);
            let head = normalize(words[i]);
            // من ناحية أخرى: on the other hand.
            let aspect = i > 0
                && normalize(words[i - 1]).trim_start_matches('و') == "من"
                && head.ends_with("ناحيه");
            // مدن الصفيح، قرى الظهير: after a plural, a definite word
            // training never showed describes them.
            let plural = [
                "مدن",
                "بلدات",
                "قرى",
                "مخيمات",
                "احياء",
                "محليات",
                "محافظات",
                "ولايات",
            ]
            .iter()
            .any(|h| head.ends_with(h));
            // مخيم إعدادي، مخيم تحضيري: a training camp, described.
            let camp = head.contains("مخيم");
            if aspect {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut conjoined = false;
            let mut found = false;
            loop {
                let prefixed = j + 1 < n && !firm && {
                    let folded = normalize(words[j]);
                    let second = normalize(words[j + 1]);
                    PLACE_PREFIXES.contains(&without_conjunction(&folded, conjoined))
                        && labels[j] == 0
                        && labels[j + 1] == 0
                        && infos[j + 1].clitic_chars == 0
                        && infos[j + 1].shape == 0
                        // أم إمارة (or an emirate), but رأس الحكمة.
                        && (!infos[j + 1].common_word || second.starts_with("ال"))
                        && unheard(&second)
                        && !definite_pair(&second)
                        && !self.particles.contains(&hash_word(&second))
                };
                let end = if prefixed {
                    j + 2
                } else if j < n
                    && labels[j] == 0
                    && self.placelike(words, infos, j, conjoined, firm, plural && found)
                    // مخيم إعدادي، مخيم مكتظ: a camp described.
                    && !(camp && infos[j].stats.count == 0 && {
                        let f = normalize(words[j]);
                        !f.starts_with("ال")
                            && (f.ends_with('ي') || f.ends_with("يه") || f.starts_with('م'))
                    })
                    && !(plural
                        && !conjoined
                        && infos[j].stats.count == 0
                        && infos[j].gazetteer & PLACE_LIST_BEGIN == 0
                        && normalize(words[j]).starts_with("ال"))
                {
                    listed_place_end(infos, labels, j + 1)
                } else if j < n
                    && !conjoined
                    && !plural
                    && !firm
                    && !infos[i].definite
                    && self.construct_name(words, infos, j, labels[j], &head)
                {
                    j + 1
                } else if j < n && labels[j] == LOC_B && (conjoined || infos[j].clitic_chars == 0) {
                    // A place the tagger found goes on the list, and may
                    // open it (محافظات [تعز] والحديدة).
                    let mut end = j + 1;
                    while end < n && labels[end] == LOC_I {
                        end += 1;
                    }
                    j = end;
                    found = true;
                    conjoined = true;
                    if j >= n || !normalize(words[j]).starts_with('و') {
                        break;
                    }
                    continue;
                } else {
                    break;
                };
                labels[j] = LOC_B;
                labels[j + 1..end].fill(LOC_I);
                found = true;
                j = end;
                conjoined = true;
                if j >= n || !normalize(words[j]).starts_with('و') {
                    break;
                }
            }
            i = if found { j } else { i + 1 };
        }
    }
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
    pub(super) fn places_in_lists(
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

/// A country's name of two words or more that the tagger took whole for a
/// person's (بطل [كوت ديفوار]، بوركينا فاسو) is that country, and so is a
/// major city's (بيونغ يانغ).
pub(super) fn countries_are_no_people(infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    let n = labels.len();
    let begins = COUNTRY_LIST_BEGIN | MAJOR_PLACE_BEGIN;
    let inside = COUNTRY_LIST_INSIDE | MAJOR_PLACE_INSIDE;
    let mut a = 0;
    while a < n {
        if labels[a] != PER_B || infos[a].gazetteer & begins == 0 {
            a += 1;
            continue;
        }
        let mut end = a + 1;
        while end < n && labels[end] == PER_I && infos[end].gazetteer & inside != 0 {
            end += 1;
        }
        if end >= a + 2 && labels.get(end) != Some(&PER_I) {
            labels[a] = LOC_B;
            labels[a + 1..end].fill(LOC_I);
        }
        a = end;
    }
}

/// A one-word place that is a given name of the lists too (جورجيا، صوفيا),
/// which the tagger put right before a person it began, after a description
/// that ends on a definite word or a title (رئيسة الوزراء الإيطالية جورجيا
/// ميلوني), is that person's given name: a place there would be the
/// description's genitive, after an indefinite word (رئيس وزراء إسرائيل).
pub(super) fn given_names_that_are_places(infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[LOC_B]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(1) {
        let place = &infos[i];
        if labels[i] != LOC_B
            || labels[i + 1] != PER_B
            || place.triggers & TRIGGER_GIVEN == 0
            || place.clitic_chars != 0
            || place.definite
        {
            continue;
        }
        let before = &infos[i - 1];
        if labels[i - 1] == 0 && (before.definite || before.triggers & TRIGGER_TITLE != 0) {
            labels[i] = PER_B;
            labels[i + 1] = PER_I;
        }
    }
}

/// Heads of the places officials govern (folded): ولاية، مدينة، إقليم …
pub(super) const OFFICIALS_PLACES: &[&str] =
    &["ولايه", "مدينه", "اقليم", "محافظه", "مقاطعه", "جزيره"];

impl Chains {
    /// A person of three words or more that the tagger began right after a
    /// place's head (ولاية، مدينة، إقليم) begins with that place's name: the
    /// official of the place, then their name (رئيس وزراء ولاية آسام هيمانتا
    /// بيسوا سارما، حاكم ولاية كيرالا بينارايي فيجايان). Not when its first
    /// word is a given name of the lists (خلال ولاية دونالد جون ترامب: a term).
    pub(super) fn places_before_their_officials(&self, infos: &[TokenInfo], labels: &mut [u8]) {
        if !holds_any(labels, &[PER_B]) {
            return;
        }
        let n = labels.len();
        for a in 1..n {
            if labels[a] != PER_B
                || infos[a].triggers & (TRIGGER_GIVEN | TRIGGER_PARTICLE | TRIGGER_TITLE) != 0
                || infos[a].definite
                || !self.officials_places.contains_key(&infos[a - 1].norm)
            {
                continue;
            }
            let end = (a + 1..n).find(|&k| labels[k] != PER_I).unwrap_or(n);
            if end >= a + 3 && infos[a + 1].triggers & TRIGGER_PARTICLE == 0 {
                labels[a] = LOC_B;
                labels[a + 1] = PER_B;
            }
        }
    }
}

/// A place the tagger found as the first word of a two-word name alone (دير،
/// عين، كفر: a monastery, a spring, a village) goes on with the word after it
/// (دير استيا، عين زارة), when that word is no common one and no verb with a
/// pronoun, or a one-word place the tagger found apart (دير | غسانة).
pub(super) fn prefixed_places(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    // By folded hash: most words are neither a prefix nor a settlement's head.
    static HASHES: OnceLock<(Forms, Forms)> = OnceLock::new();
    let (prefixes, heads) = HASHES.get_or_init(|| {
        let prefixes = PLACE_PREFIXES
            .iter()
            .filter(|p| !["ام", "ابو", "بني", "سوق", "قصر", "بيت"].contains(p))
            .map(|p| (hash_word(p), ()))
            .collect();
        let heads = SETTLEMENTS
            .iter()
            .chain(&["منطقه"])
            .map(|h| (hash_word(h), ()))
            .collect();
        (prefixes, heads)
    });
    // Such a first word (the word whole, or after و: وعين; بنت is not ب +
    // نت) the tagger left out of a one-word place after it (بنت | جبيل، خان
    // | يونس), or left alone after the head of a settlement or a region
    // with the word after it (منطقة رأس الحكمة), opens the name. Not a
    // market's, a palace's or a house's (سوق دبي، قصر بعبدا، بيت فلسطين:
    // the place it is in), nor a body the lists hold (برج القاهرة).
    let opens = |i: usize| {
        (prefixes.contains_key(&infos[i].norm) || prefixes.contains_key(&infos[i].stem))
            && infos[i].triggers & TRIGGER_TITLE == 0
            && infos[i].gazetteer & (ORG_LIST_BEGIN | CURATED_ORG_BEGIN) == 0
    };
    // Before the place left out, only where a place is spoken of: after a
    // preposition or a settlement's head (بلدة بنت جبيل، في خان يونس), or
    // with a preposition of its own (ببنت جبيل); never before a country or
    // a great city, where the word is a verb or a figure (بأنه خان مصر، وعين
    // العراق سفيرا، تونس باب أفريقيا).
    let where_spoken = |p: usize| {
        let glued = infos[p].clitic_chars > 0 && words[p].starts_with(['ب', 'ل']);
        glued
            || p > 0
                && (heads.contains_key(&infos[p - 1].norm)
                    || heads.contains_key(&infos[p - 1].stem)
                    || matches!(
                        normalize(words[p - 1]).as_str(),
                        "في" | "الي" | "الى" | "من" | "قرب" | "نحو" | "داخل"
                    ))
    };
    // Each of the three passes below acts only beside a place the tagger
    // found or after a settlement's head: the labels are asked first, since
    // most sentences hold no place and most words no head.
    if holds_any(labels, &[LOC_B]) {
        for i in 1..labels.len() {
            let one_word = labels[i] == LOC_B && labels.get(i + 1) != Some(&LOC_I);
            if one_word
                && labels[i - 1] == 0
                && infos[i].clitic_chars == 0
                && infos[i].gazetteer & (COUNTRY_LIST_BEGIN | MAJOR_PLACE_BEGIN) == 0
                && opens(i - 1)
                && where_spoken(i - 1)
            {
                labels[i - 1] = LOC_B;
                labels[i] = LOC_I;
            }
        }
    }
    for i in 1..labels.len().saturating_sub(1) {
        if labels[i - 1] != 0 || labels[i] != 0 || labels[i + 1] != 0 {
            continue;
        }
        let after_head =
            heads.contains_key(&infos[i - 1].norm) || heads.contains_key(&infos[i - 1].stem);
        if !after_head || !opens(i) {
            continue;
        }
        let next = &infos[i + 1];
        let next_folded = normalize(words[i + 1]);
        let plain = plain_second(next, &next_folded)
            && next_folded.chars().count() >= 3
            && !definite_pair(&next_folded)
            // A name, not a common word (منطقة بئر النفط، جسر المشاة).
            && !next.common_word
            && (next.stats.count == 0
                || next.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) != 0
                || next.stats.shares[1] >= 64);
        if plain {
            labels[i] = LOC_B;
            labels[i + 1] = LOC_I;
        }
    }
    if holds_any(labels, &[LOC_B, LOC_I]) {
        for i in 0..labels.len().saturating_sub(1) {
            // The second word alone, or a place of its own in the tagger's
            // reading (دير | غسانة).
            let second_alone = labels[i + 1] == LOC_B && labels.get(i + 2) != Some(&LOC_I);
            // The first word of the place, or its last after a feature's head
            // (مضيق باب | المندب).
            let last_of_place = labels[i] == LOC_I && labels[i + 1] == 0;
            if !(labels[i] == LOC_B || last_of_place) || !(labels[i + 1] == 0 || second_alone) {
                continue;
            }
            let folded = normalize(words[i]);
            // باب and بنت are read as ب + the rest: the word whole first.
            let bare = if PLACE_PREFIXES.contains(&folded.as_str()) {
                folded.as_str()
            } else {
                folded
                    .get(usize::from(infos[i].clitic_chars) * 'و'.len_utf8()..)
                    .unwrap_or(&folded)
            };
            if !PLACE_PREFIXES.contains(&bare) || ["ام", "ابو", "بني"].contains(&bare) {
                continue;
            }
            let next = &infos[i + 1];
            let next_folded = normalize(words[i + 1]);
            let plain = plain_second(next, &next_folded)
                && (!next.common_word || next_folded.starts_with("ال"))
                && (second_alone
                    || next.stats.count == 0
                    || next.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) != 0
                    || next.stats.shares[1] >= 128
                    // After a feature's head the name is the place's (مضيق باب
                    // المندب), a definite word no common one.
                    || last_of_place && next_folded.starts_with("ال") && !next.common_word);
            if plain {
                labels[i + 1] = LOC_I;
            }
        }
    }
}

/// The second word of a two-word place's name (`folded` folded): no
/// proclitic, letters only, no title, no verb with a pronoun.
fn plain_second(next: &TokenInfo, folded: &str) -> bool {
    next.clitic_chars == 0
        && next.shape == 0
        && next.triggers & TRIGGER_TITLE == 0
        && unheard(folded)
}

/// The prayers whose names are also places' (folded, with the article):
/// المغرب is the sunset prayer after صلاة or أذان (صلاة المغرب، بعد أذان
/// المغرب), not Morocco.
const PRAYERS: &[&str] = &["المغرب"];

/// The words before a prayer's name (folded, with their proclitics).
const BEFORE_PRAYERS: &[&str] = &["صلاه", "وصلاه", "بصلاه", "لصلاه", "اذان", "واذان", "باذان"];

/// A prayer after صلاة or أذان is no place (صلاة المغرب). Run last, after
/// the article's names are repeated, since the country may be named too.
pub(crate) fn prayers_are_no_places(words: &[&str], labels: &mut [u8]) {
    for i in 1..labels.len() {
        let alone = labels[i] == LOC_B && labels.get(i + 1) != Some(&LOC_I);
        if alone
            && PRAYERS.contains(&normalize(words[i]).as_str())
            && BEFORE_PRAYERS.contains(&normalize(words[i - 1]).as_str())
        {
            labels[i] = 0;
        }
    }
}

/// Diseases (folded, without the article), which the tagger may take for a
/// name in an article that names one often (الكوليرا as an organisation).
const DISEASES: &[&str] = &[
    "كوليرا",
    "ملاريا",
    "حصبه",
    "ايبولا",
    "ايدز",
    "جدري",
    "طاعون",
    "دفتيريا",
    "تيفوئيد",
    "انفلونزا",
    "ليشمانيا",
    "ضنك",
];

/// A name of one word that is a disease (بالكوليرا، الملاريا) is no name,
/// but for a river's or a town's (نهر إيبولا، ولاية ضنك). Run last, with
/// [`prayers_are_no_places`].
pub(crate) fn diseases_are_no_names(words: &[&str], labels: &mut [u8]) {
    for i in 0..labels.len() {
        let alone = matches!(labels[i], PER_B | LOC_B | ORG_B)
            && labels.get(i + 1).is_none_or(|&l| !is_inside(l));
        if !alone {
            continue;
        }
        let folded = normalize(words[i]);
        let bare = folded.trim_start_matches(['و', 'ف']);
        let bare = bare.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(bare);
        let bare = bare
            .strip_prefix("ال")
            .or_else(|| bare.strip_prefix('ل'))
            .unwrap_or(bare);
        if !DISEASES.contains(&bare) {
            continue;
        }
        // (A river's, or a town's: ولاية ضنك in Oman.)
        let before = if i > 0 {
            normalize(words[i - 1])
        } else {
            String::new()
        };
        let river = ["نهر", "ولايه", "مدينه", "بلده", "قريه"]
            .iter()
            .any(|w| before.ends_with(w));
        if !river {
            labels[i] = 0;
        }
    }
}

/// Words (folded, without the article) for a storm, which is named by a
/// person's name or a word (العاصفة دانيال، إعصار جونو).
const STORMS: &[&str] = &["عاصفه", "اعصار", "منخفض"];

/// Words (folded) of the weather around سيول, torrents, which the lists also
/// hold as Seoul (سيول جارفة، جراء سيول وأمطار غزيرة).
const WEATHER: &[&str] = &[
    "امطار",
    "الامطار",
    "وامطار",
    "جارفه",
    "غزيره",
    "فيضانات",
    "والفيضانات",
    "الفيضانات",
    "تجتاح",
    "تجرف",
    "جرفت",
    "اجتاحت",
    "عاصفه",
    "العاصفه",
    "منخفض",
];

/// A storm's name of one word after its head, in marks or not (العاصفة
/// "دانيال"، إعصار جونو), names an event, not a person or a place; and سيول
/// among words of the weather is torrents, not Seoul. Run last, with
/// [`prayers_are_no_places`].
pub(crate) fn storms_are_no_names(words: &[&str], labels: &mut [u8]) {
    for i in 1..labels.len() {
        let alone =
            matches!(labels[i], PER_B | LOC_B) && labels.get(i + 1).is_none_or(|&l| !is_inside(l));
        if !alone {
            continue;
        }
        let marked = matches!(words[i - 1], "\"" | "«" | "“");
        let head = if marked {
            i.checked_sub(2)
        } else {
            Some(i - 1)
        };
        // (Folded only where the raw word may be one: most names follow
        // no storm.)
        let storm = head.is_some_and(|h| {
            ["عاصف", "عصار", "منخفض"].iter().any(|p| holds(words[h], p)) && {
                let folded = normalize(words[h]);
                let bare = folded.trim_start_matches(['و', 'ف', 'ب', 'ل']);
                STORMS.contains(&bare.strip_prefix("ال").unwrap_or(bare))
            }
        });
        let torrents = labels[i] == LOC_B
            && holds(words[i], "سيول")
            && normalize(words[i]) == "سيول"
            && (i.saturating_sub(3)..(i + 4).min(words.len()))
                .any(|k| k != i && WEATHER.contains(&normalize(words[k]).as_str()));
        if storm || torrents {
            labels[i] = 0;
        }
    }
}

/// A word in يا with a comma after it that no list holds as a place, nor
/// training mostly saw as one, is an adverb made of a nisba (ميدانيا، on the
/// ground; خطأ دفاعيا، a defensive error), not a country's name in يا
/// (سوريا، كينيا, which the lists hold), unless it stands in a list after a
/// comma (اليونان، مقدونيا، بلغاريا). Run last, with [`prayers_are_no_places`].
pub(crate) fn adverbs_are_no_places(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for i in 0..labels.len().saturating_sub(1) {
        if labels[i] == LOC_B
            && labels[i + 1] == 0
            && matches!(words[i + 1], "،" | ",")
            && (i == 0 || !matches!(words[i - 1], "،" | ","))
            && infos[i].stats.shares[1] < 128
            && infos[i].gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
            && words[i].ends_with("يا")
            && words[i].chars().count() >= 5
        {
            labels[i] = 0;
        }
    }
}

/// "The city" alone (المدينة, with a proclitic or not) is the city the text
/// spoke of, not a name: Medina is المدينة المنورة, which the lists hold whole.
/// Run last, with [`prayers_are_no_places`].
pub(crate) fn the_city_is_no_place(words: &[&str], labels: &mut [u8]) {
    for i in 0..labels.len() {
        let alone = labels[i] == LOC_B && labels.get(i + 1) != Some(&LOC_I);
        if !alone || !words[i].ends_with("مدينة") {
            continue;
        }
        let folded = normalize(words[i]);
        let bare = folded.trim_start_matches(['و', 'ف']);
        let bare = bare.strip_prefix(['ب', 'ك']).unwrap_or(bare);
        if matches!(bare, "المدينه" | "للمدينه") {
            labels[i] = 0;
        }
    }
}

/// Countries named by جنوب and a place (folded), as against a side of a
/// country (جنوب لبنان) or of a continent (شمال أفريقيا), which ANERcorp
/// leaves outside the place.
const SOUTHERN_COUNTRIES: &[&str] = &["افريقيا", "السودان"];

/// A country named by جنوب and a place, whose side the tagger left out, is
/// that country whole (في جنوب [أفريقيا] → جنوب أفريقيا، بجنوب السودان).
pub(super) fn sided_countries(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[LOC_B]) {
        return;
    }
    for s in 0..labels.len().saturating_sub(1) {
        if labels[s] != 0 || labels[s + 1] != LOC_B || labels.get(s + 2) == Some(&LOC_I) {
            continue;
        }
        let side = normalize(words[s]);
        let clitics = side.strip_suffix("جنوب");
        if clitics.is_some_and(|c| matches!(c, "" | "و" | "ب" | "ل" | "ف" | "وب" | "ول" | "فب"))
            && SOUTHERN_COUNTRIES.contains(&normalize(words[s + 1]).as_str())
        {
            labels[s] = LOC_B;
            labels[s + 1] = LOC_I;
        }
    }
}

impl Chains {
    /// A country or a city a reader knows by name (`MAJOR_PLACE_BEGIN`: CLDR's in
    /// `gazetteer-locations.txt`, GeoNames' capitals and great cities in
    /// `places-major.txt`: مسقط، المنامة، أسمرا) that the tagger left alone, with
    /// or without a proclitic (بمسقط، وكابل), is that place wherever it stands,
    /// when the training text saw the word seldom or mostly as a place (not ترك,
    /// "left"), general Arabic does not use it as a word (مالي, financial; the
    /// stem counted, not its proclitics), no name runs into it from either side
    /// (ريال | مدريد is a club), and it is none of these: an idiom's first word
    /// (مسقط رأسه, his birthplace), a noun an adjective follows (الرباط القدسي,
    /// the holy bond; سيول جارفة, sweeping torrents), a word spelled otherwise than the list spells it (السيول,
    /// torrents, is no سيول; البوروندي is a nationality), a short word after و
    /// (وجده, he found it) or an institution's head (بورصة, Bursa, is the stock
    /// exchange; no place follows a place: بورصة الكويت). The tagger learned places mostly from those its
    /// training text named and trusts a list of 22,000 towns little.
    pub(super) fn major_places(&self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        let mut i = 0;
        while i < n {
            let t = &infos[i];
            if labels[i] != 0 || t.gazetteer & MAJOR_PLACE_BEGIN == 0 {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < n && infos[end].gazetteer & MAJOR_PLACE_INSIDE != 0 {
                end += 1;
            }
            let free = labels[i..end].iter().all(|&l| l == 0)
                && (i == 0 || labels[i - 1] == 0)
                && labels.get(end).is_none_or(|&l| !is_inside(l));
            let idiom = read_as_noun(words, end);
            // The stem and what stands before it: clitics and the article, whose
            // alef ل drops (للسيول: ل + ال + سيول; للبنان: ل + لبنان).
            let folded: Vec<char> = normalize(words[i]).chars().collect();
            let stem_at = folded.len().saturating_sub(usize::from(t.stem_len));
            let stem: String = folded[stem_at..].iter().collect();
            let before: String = folded[..stem_at].iter().collect();
            let definite = before.ends_with("ال") || before.ends_with("لل");
            let conjoined = before.starts_with(['و', 'ف']) && !definite && stem.chars().count() < 4;
            let spelled = end > i + 1 || t.phrase.is_some_and(|p| p.major_as(definite));
            let head = t.triggers & TRIGGER_ORG_HEAD != 0
                || self.is_institution(t.norm)
                || labels.get(end) == Some(&LOC_B)
                || infos
                    .get(end)
                    .is_some_and(|f| f.gazetteer & MAJOR_PLACE_BEGIN != 0 && !f.common_word);
            let nationality = definite && definite_nisba(&format!("ال{stem}"));
            // سيول مفاجئة، سيول جارفة (sudden, sweeping torrents): an
            // indefinite noun and its participle, no city; but after أن it
            // is the city and what is said of it (أن سيول ملتزمة بالعقوبات).
            let after_that = i > 0
                && matches!(
                    normalize(words[i - 1]).as_str(),
                    "ان" | "وان" | "بان" | "لان" | "فان"
                );
            let described = !definite
                && !after_that
                && end == i + 1
                && words.get(end).is_some_and(|w| {
                    let next = normalize(w);
                    let letters: Vec<char> = next.chars().collect();
                    letters.len() >= 5
                        && next.ends_with('ه')
                        && (letters[0] == 'م' || letters.len() == 5 && letters[1] == 'ا')
                        && infos[end].triggers & (TRIGGER_LOC_HEAD | TRIGGER_ORG_HEAD) == 0
                        && !self.settlements.contains_key(&infos[end].norm)
                });
            if free
                && !described
                && spelled
                && !conjoined
                && !head
                && !idiom
                && !nationality
                && !t.common_word
                && (t.stats.count <= 2 || t.stats.shares[1] >= 64)
                && stem.chars().count() >= 3
            {
                labels[i] = LOC_B;
                labels[i + 1..end].fill(LOC_I);
            }
            i = end;
        }
    }
}
