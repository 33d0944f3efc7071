//! Places after the words that open them: a generic head (ريف), a side and a
//! division's head, a place word, a state's name, and the places officials govern.

use super::*;
use std::sync::OnceLock;

impl Chains {
    /// A state word just before a place the tagger found opens that place's name:
    /// جمهورية كازاخستان is one place, not a word and a country.
    pub(in crate::chains) fn state_names(&self, words: &[&str], labels: &mut [u8]) {
        if !holds_any(labels, &[LOC_B]) {
            return;
        }
        for i in 0..words.len().saturating_sub(1) {
            if matches!(labels[i], 0 | 3)
                && labels[i + 1] == LOC_B
                && self.opens_state_name(&normalize(words[i]))
            {
                labels[i] = LOC_B;
                labels[i + 1] = LOC_I;
            }
        }
    }

    /// جمهورية، المملكة، لجمهورية، وبالمملكة: a state word that opens the
    /// name of the place after it, with the conjunction و/ف, a preposition
    /// ل/ب/ك and the article each allowed before it. دولة قطر، إمارة عجمان,
    /// and الدولة that the text speaks of (رئيس الدولة): a state or emirate
    /// word of [`STATES_OUTSIDE`] stays outside the name, as ANERcorp's
    /// annotators (13 times in 13) and the news sets' writers draw it.
    fn opens_state_name(&self, folded: &str) -> bool {
        let is_state = |w: &str| {
            let bare = w
                .strip_prefix("ال")
                .or_else(|| w.strip_prefix("لل"))
                .unwrap_or(w);
            self.states.contains(&hash_word(bare)) && !STATES_OUTSIDE.contains(&bare)
        };
        let after_conjunction = [folded].into_iter().chain(folded.strip_prefix(['و', 'ف']));
        after_conjunction
            .flat_map(|w| [w].into_iter().chain(w.strip_prefix(['ل', 'ب', 'ك'])))
            .any(is_state)
    }
}

/// Words for the land around a place that are no part of its name: ريف درعا is
/// the countryside of Daraa, whose name is درعا (ريف دمشق as well).
const GENERIC_PLACE_HEADS: &[&str] = &["ريف"];

/// A generic head of [`GENERIC_PLACE_HEADS`] the tagger read as a place, or as
/// the start of one, before a place stays outside it, and the place after it
/// is one: ريف [درعا].
pub(in crate::chains) fn places_after_generic_heads(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
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
pub(super) fn listed_place_end(infos: &[TokenInfo], labels: &[u8], from: usize) -> usize {
    let mut end = from;
    while end < labels.len() && labels[end] == 0 && infos[end].gazetteer & PLACE_LIST_INSIDE != 0 {
        end += 1;
    }
    end
}

/// Sides of the world that open a region's name after a province's head
/// (ولاية شمال دارفور، محافظة جنوب الباطنة), folded.
pub(super) const SIDE_WORDS: &[&str] = &["شمال", "جنوب", "شرق", "غرب", "وسط"];

/// Places after a side that the lists hold as a region (شمال غزة، غرب
/// اليونان) but that are a city or a state in their own right, whose side a
/// news text writes as where in it (folded).
const SIDED_STATES: &[&str] = &["غزه", "اليونان", "هولندا", "استراليا", "يوركشير"];

/// Heads of a state's divisions, singular and dual (محافظتي), folded.
pub(in crate::chains) const DIVISIONS: &[&str] = &[
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
    pub(in crate::chains) fn sided_provinces(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
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

/// Words for a side or the countryside of a place (folded), before it:
/// شمالي إدلب، جنوبي لبنان، ريف دمشق، أرياف حماة.
pub(in crate::chains) const SIDES_OF: &[&str] = &["شمالي", "جنوبي", "شرقي", "غربي", "ريف", "ارياف"];

/// Words for a place in a town that its name follows (folded), which the
/// tagger's place heads do not hold: a square, the quarters of a town
/// (ميدان طلعت حرب، أحياء أبو سليم). Not ساحة, as often an arena (ساحة
/// بوتين); a border crossing (معبر جابر) is `Chains::facilities`' whole
/// name.
pub(in crate::chains) const OPEN_SPACES: &[&str] = &["ميدان", "احياء", "حيي"];

impl Chains {
    /// A name right after a word that opens a place (مدينة، قرية، العاصمة) is that
    /// place, even when its words are people's names (مدينة نور سلطان), and so is
    /// a listed place the tagger left there (بالعاصمة كابل), or after a side or
    /// the countryside of a place ([`SIDES_OF`]: شمالي إدلب، بريف حلب). So
    /// does a word of [`OPEN_SPACES`] (أحياء أبو سليم).
    pub(in crate::chains) fn places_after_place_words(
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
pub(super) fn read_as_noun(words: &[&str], next: usize) -> bool {
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

/// Heads of the places officials govern (folded): ولاية، مدينة، إقليم …
pub(in crate::chains) const OFFICIALS_PLACES: &[&str] =
    &["ولايه", "مدينه", "اقليم", "محافظه", "مقاطعه", "جزيره"];

impl Chains {
    /// A person of three words or more that the tagger began right after a
    /// place's head (ولاية، مدينة، إقليم) begins with that place's name: the
    /// official of the place, then their name (رئيس وزراء ولاية آسام هيمانتا
    /// بيسوا سارما، حاكم ولاية كيرالا بينارايي فيجايان). Not when its first
    /// word is a given name of the lists (خلال ولاية دونالد جون ترامب: a term).
    pub(in crate::chains) fn places_before_their_officials(
        &self,
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
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

/// Countries named by جنوب and a place (folded), as against a side of a
/// country (جنوب لبنان) or of a continent (شمال أفريقيا), which ANERcorp
/// leaves outside the place.
const SOUTHERN_COUNTRIES: &[&str] = &["افريقيا", "السودان"];

/// A country named by جنوب and a place, whose side the tagger left out, is
/// that country whole (في جنوب [أفريقيا] → جنوب أفريقيا، بجنوب السودان).
pub(in crate::chains) fn sided_countries(words: &[&str], labels: &mut [u8]) {
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
