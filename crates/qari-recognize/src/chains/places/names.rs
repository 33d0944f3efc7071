//! Places whose words the tagger read otherwise: a two-word name opened by a
//! prefix, a country taken for a person, a given name that is a place, and the
//! major places of the lists.

use super::*;
use std::sync::OnceLock;

/// A country's name of two words or more that the tagger took whole for a
/// person's (بطل [كوت ديفوار]، بوركينا فاسو) is that country, and so is a
/// major city's (بيونغ يانغ). A country the tagger began a person on after a
/// description is that country, the person after it ([`country_before_person`]).
pub(in crate::chains) fn countries_are_no_people(infos: &[TokenInfo], labels: &mut [u8]) {
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
        } else if country_before_person(infos, labels, a, end) {
            labels[a] = LOC_B;
            labels[a + 1..end].fill(LOC_I);
            labels[end] = PER_B;
        }
        a = end;
    }
}

/// Whether the country at `a..end`, where the tagger opened a person whose
/// name goes on after it, is the genitive of the description before it
/// (رئيسة [لاتفيا] | فايرا فيكي فريبيرجا، رئيس وزراء [إسرائيل] | …): a word
/// without the article stands before it, and the country is no given name
/// (a description ending on a definite word goes on to the name: رئيسة
/// الوزراء الإيطالية جورجيا ميلوني).
fn country_before_person(infos: &[TokenInfo], labels: &[u8], a: usize, end: usize) -> bool {
    let country = infos[a].gazetteer & COUNTRY_LIST_BEGIN != 0;
    a > 0
        && country
        && labels.get(end) == Some(&PER_I)
        && labels[a - 1] == 0
        && !infos[a - 1].definite
        && infos[a - 1].shape == 0
        && infos[a].triggers & TRIGGER_GIVEN == 0
        && infos[a].clitic_chars == 0
}

/// A one-word place that is a given name of the lists too (جورجيا، صوفيا),
/// which the tagger put right before a person it began, after a description
/// that ends on a definite word or a title (رئيسة الوزراء الإيطالية جورجيا
/// ميلوني), is that person's given name: a place there would be the
/// description's genitive, after an indefinite word (رئيس وزراء إسرائيل).
pub(in crate::chains) fn given_names_that_are_places(infos: &[TokenInfo], labels: &mut [u8]) {
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

/// A place the tagger found as the first word of a two-word name alone (دير،
/// عين، كفر: a monastery, a spring, a village) goes on with the word after it
/// (دير استيا، عين زارة), when that word is no common one and no verb with a
/// pronoun, or a one-word place the tagger found apart (دير | غسانة).
pub(in crate::chains) fn prefixed_places(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
            .chain(PLURAL_SETTLEMENTS)
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
            && seen_as_name(next);
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
    pub(in crate::chains) fn major_places(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
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
