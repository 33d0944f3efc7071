//! The slots of a match report, where a club may stand (after the host,
//! a result's verb and its preposition, before the score), and what each
//! takes for a club there: one rule family, apart from the pass over a report.

use crate::chains::{
    definite_pair, label_organisation, span_end, CITY_LIST_BEGIN, COUNTRY_LIST_BEGIN, LOC_B, ORG_B,
    PERSON_LIST_BEGIN, PER_B, REGION_LIST_BEGIN,
};
use crate::features::TokenInfo;
use crate::gazetteer::{TRIGGER_GIVEN, TRIGGER_TITLE};
use crate::normalize::normalize;
use crate::tokenize::is_digit;

use super::words::{
    definite, listed_city, masculine_nationality, unseen, MATCH_SIDES, SCORE_WORDS, VERB_REACH,
};

use super::Clubs;

impl Clubs {
    /// What may stand at `c`: after a word of
    /// [`BEFORE_CLUBS`](super::words::BEFORE_CLUBS) or a verb of
    /// [`FACING_VERBS`](super::words::FACING_VERBS), or before its country in
    /// brackets, a club; after a verb of a result and its preposition, or
    /// between them, a club or a person (تغلب ألكاراز على …); after a word of
    /// [`NEAR_CLUBS`](super::words::NEAR_CLUBS), a club, a place or a person.
    pub(super) fn slot(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &[u8],
        c: usize,
    ) -> Slot {
        let stem = |j: usize| infos[j].stem;
        let word_of_matches = [&self.match_words, &self.before_clubs, &self.result_verbs]
            .iter()
            .any(|set| set.contains_key(&stem(c)));
        if word_of_matches {
            return Slot::None;
        }
        if c >= 1 && self.hosts.contains_key(&stem(c - 1)) {
            return Slot::Host;
        }
        // (Not after the word with the article: الفريق افتقد, the team
        // lacked, where فريق الوحدات names the team.)
        let after_word = c >= 1
            && (self.before_clubs.contains_key(&stem(c - 1)) && !definite(words[c - 1])
                || self.facing_verbs.contains_key(&stem(c - 1)));
        let table = {
            let end = span_end(labels, c);
            words.get(end) == Some(&"(")
                && infos
                    .get(end + 1)
                    .is_some_and(|i| i.gazetteer & COUNTRY_LIST_BEGIN != 0)
        };
        if c >= 1 && self.rivals.contains_key(&stem(c - 1)) {
            return Slot::Rival;
        }
        if after_word || table {
            return Slot::Club;
        }
        // The verb and its preposition may have the subject between them
        // (تعادل نانت مع بوردو).
        let after_verb = c >= 2
            && self.prepositions.contains_key(&infos[c - 1].norm)
            && (c.saturating_sub(1 + VERB_REACH)..c - 1)
                .any(|j| self.result_verbs.contains_key(&stem(j)));
        // The verb, not its noun (التعادل المفاجئ مع).
        let subject =
            c >= 1 && self.result_verbs.contains_key(&stem(c - 1)) && !definite(words[c - 1]) && {
                let end = span_end(labels, c);
                end < infos.len() && self.prepositions.contains_key(&infos[end].norm)
            };
        if after_verb || subject {
            let preposition = if after_verb {
                c - 1
            } else {
                span_end(labels, c)
            };
            return if scored(words, infos, labels, preposition) {
                Slot::Scored
            } else {
                Slot::Result
            };
        }
        if c >= 1 && self.near_clubs.contains_key(&stem(c - 1)) {
            return Slot::Near;
        }
        Slot::None
    }
}

/// What a place in a match report can hold (see [`Clubs::slot`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    None,
    /// Only a club.
    Club,
    /// Only a club, even one named by a common word with the article before
    /// the score: after the host, the guest or the rival ([`RIVALS`](super::words::RIVALS)).
    Rival,
    /// Only a club, even a name the tagger took for a person's: after the
    /// host or the guest ([`HOSTS`](super::words::HOSTS)).
    Host,
    /// A club or an athlete.
    Result,
    /// A club, an athlete, a place of a match (أمام جماهيره).
    Near,
    /// A club or an athlete, with the score after the result's object: a
    /// common word with the article too (فاز القادسية على الخليج بهدف).
    Scored,
}

/// Whether the result's object after the preposition at `preposition` is
/// followed by its score (digits or [`SCORE_WORDS`]), perhaps after the
/// club's nationality (على النصر العماني 2 / 1).
fn scored(words: &[&str], infos: &[TokenInfo], labels: &[u8], preposition: usize) -> bool {
    if preposition + 1 >= labels.len() {
        return false;
    }
    let mut j = span_end(labels, preposition + 1);
    if j < labels.len() && masculine_nationality(words[j], &infos[j]) {
        j += 1;
    }
    words.get(j).is_some_and(|w| {
        w.chars().next().is_some_and(is_digit) || SCORE_WORDS.contains(&normalize(w).as_str())
    })
}

/// The score right after the word at `c` (its digits or [`SCORE_WORDS`]):
/// غريمه التقليدي النصر بنتيجة 3-2, where غريمه اللدود or منافسه المباشر is
/// an adjective.
fn score_after(words: &[&str], c: usize) -> bool {
    words.get(c + 1).is_some_and(|w| {
        w.chars().next().is_some_and(is_digit) || SCORE_WORDS.contains(&normalize(w).as_str())
    })
}

/// A word with the article that, after a result and before its score, names
/// a club however common it is (الخليج، الشباب، التعاون): not a dual or a
/// plural, a nationality, a title, a country or a word for a side ([`MATCH_SIDES`]).
fn side_name(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    let Some(stem) = folded.strip_prefix("ال") else {
        return false;
    };
    info.clitic_chars == 0
        && info.shape == 0
        && stem.chars().count() >= 3
        && !definite_pair(&folded)
        && !folded.ends_with("ات")
        && !info.nationality
        && info.gazetteer & COUNTRY_LIST_BEGIN == 0
        && info.triggers & TRIGGER_TITLE == 0
        && !MATCH_SIDES.contains(&stem)
}

/// The gazetteer's flags for a token that begins a country's or a region's
/// name: a national team, never a club.
const COUNTRY_OR_REGION: u16 = COUNTRY_LIST_BEGIN | REGION_LIST_BEGIN;

/// Take the name at `c` for a club, as `slot` allows: an organisation the
/// tagger found (joined to the city after it: ستيوا بوخارست) anywhere; a
/// place's name, not a country's (nor a region's but where only a club
/// stands); one or two words
/// the training text never saw and no list holds, where a club alone stands
/// or, with the article, after a verb of a result.
pub(super) fn take(words: &[&str], infos: &[TokenInfo], labels: &mut [u8], c: usize, slot: Slot) {
    let club_only = matches!(slot, Slot::Club | Slot::Host | Slot::Rival);
    match labels[c] {
        // Before the score, a word with the article, common or a region's
        // name (فاز القادسية على الخليج بهدف نظيف); after the rival, the same
        // (غريمه التقليدي النصر).
        0 | LOC_B
            if (slot == Slot::Scored || slot == Slot::Rival && score_after(words, c))
                && side_name(words[c], &infos[c]) =>
        {
            let end = span_end(labels, c);
            label_organisation(labels, c, end);
        }
        ORG_B => {
            let end = span_end(labels, c);
            join_city(infos, labels, c, end);
        }
        // After a verb of a result or أمام, only a listed city is a club: a
        // region's name or a country's first word is a national side (تغلب
        // على ويلز، على الإمارات); where only a club stands, a club named
        // by its city, which the lists may also hold as a region (بورتو).
        LOC_B
            if club_only && infos[c].gazetteer & COUNTRY_LIST_BEGIN == 0
                || !club_only
                    && infos[c].gazetteer & CITY_LIST_BEGIN != 0
                    && infos[c].gazetteer & COUNTRY_OR_REGION == 0 =>
        {
            let end = span_end(labels, c);
            label_organisation(labels, c, end);
            join_city(infos, labels, c, end);
        }
        // Where only a club stands, a listed city the tagger left alone
        // (استضاف نانت).
        0 if club_only && listed_city(&infos[c]) => {
            label_organisation(labels, c, c + 1);
        }
        // After a verb of a result, an unseen name with the article (تعادل
        // مع الترسانة): an athlete's has none (فاز على زفيريف).
        0 if (club_only || matches!(slot, Slot::Result | Slot::Scored) && definite(words[c]))
            && unseen(words[c], &infos[c]) =>
        {
            let mut end = c + 1;
            if end < labels.len() && labels[end] == 0 && unseen(words[end], &infos[end]) {
                end += 1;
            }
            label_organisation(labels, c, end);
            join_city(infos, labels, c, end);
        }
        // After the host or the guest, a name the tagger took for a person's,
        // but no one's with a name of the people's lists (unless it opens
        // with a city's: ليون) or a title after it (استضاف البرنامج ضيفه محمد
        // أبو تريكة، استقبل الوزير ضيفه جياني إنفانتينو رئيس الاتحاد).
        PER_B
            if slot == Slot::Host && {
                let end = span_end(labels, c);
                let unnamed = infos[c..end].iter().all(|t| {
                    t.triggers & TRIGGER_GIVEN == 0 && t.gazetteer & PERSON_LIST_BEGIN == 0
                });
                (unnamed || infos[c].gazetteer & CITY_LIST_BEGIN != 0)
                    && infos
                        .get(end)
                        .is_none_or(|t| t.triggers & TRIGGER_TITLE == 0)
            } =>
        {
            let end = span_end(labels, c);
            label_organisation(labels, c, end);
            join_city(infos, labels, c, end);
        }
        _ => {}
    }
}

/// A city right after a club's name is part of it (ستيوا بوخارست، دينامو كييف),
/// not one joined to it by و (لوريان وبريست).
fn join_city(infos: &[TokenInfo], labels: &mut [u8], start: usize, end: usize) {
    if labels.get(end) == Some(&LOC_B)
        && infos[end].gazetteer & COUNTRY_LIST_BEGIN == 0
        && infos[end].clitic_chars == 0
    {
        let city_end = span_end(labels, end);
        label_organisation(labels, start, city_end);
    }
}
