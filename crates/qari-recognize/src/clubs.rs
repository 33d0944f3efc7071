//! Clubs: the teams a report of a match names.
//!
//! A club is most often named bare, by a city's name (ليون، بورتو، الوكرة),
//! a common word (الرجاء، الشمال) or a word the training text never saw
//! (بنفيكا), and the tagger calls it a place or nothing. A match report names
//! its clubs in a few fixed places, and there, in text about a match (words
//! only sport uses, [`MATCH_WORDS`], around the sentence), the reader takes
//! such a word as a club, an organisation:
//! - after the words for a host, a guest, a rival, a coach, the fans or the
//!   team (ضيفه، غريمه، مدرب، جماهير، فريق), and before its country in a table
//!   of results (بورتو ( البرتغال )): a place, an unseen word, an organisation;
//! - after a verb of the result and its preposition (تغلب على، تعادل مع), or
//!   between them (فاز بنفيكا على), or after أمام، مرمى: only a listed city or
//!   an organisation, since athletes and national sides stand there too (an
//!   unseen word after a result only with the article: تعادل مع الترسانة, not
//!   فاز ألكاراز على زفيريف).
//!
//! - a common word with the article that the report puts in those places
//!   twice, once at least where athletes and places do not stand (مدرب
//!   الوحدات … لاعب الوحدات), everywhere in the report;
//! - a name with the article the tagger took for a person's before a city
//!   (الحسين إربد), with the city.
//!
//! A country, or its name's first word, is never taken (تغلب على الإمارات: the
//! national side is still the country), nor a person (أمام محمد صلاح). The
//! clubs of [`CLUBS`], well known and named by words that are no common nouns,
//! are clubs anywhere in a match report but after في (the venue).

use super::chains::{
    definite_pair, is_inside, label_organisation, span_end, CITY_LIST_BEGIN, COUNTRY_LIST_BEGIN,
    LOC_B, ORG_B, ORG_I, PER_B, REGION_LIST_BEGIN,
};
use super::features::TokenInfo;
use super::gazetteer::{Gazetteer, TRIGGER_LOC_HEAD, TRIGGER_ORG_HEAD, TRIGGER_TITLE};
use super::normalize::{hash_word, normalize, HashKeyed};
use super::repeat::extend;
use super::tagger::Tagged;

mod beside;
mod slot;
#[cfg(test)]
mod tests;
mod words;

use beside::{city_after_club, players_clubs};
use slot::{take, Slot};
use words::{
    definite, listed_city, masculine_nationality, unseen, BEFORE_CLUBS, CLUBS, FACING_VERBS, HOSTS,
    LONGEST_CLUB, MATCH_REACH, MATCH_SIDES, MATCH_WORDS, MATCH_WORDS_NEEDED, NEAR_CLUBS, NOT_SIDES,
    RESULT_PREPOSITIONS, RESULT_VERBS, RIVALS, TEAMS_OF, TEAM_WORDS, VENUE_WORDS,
};

/// Word lists hashed once.
#[derive(Debug, Clone)]
pub(crate) struct Clubs {
    match_words: HashKeyed<()>,
    before_clubs: HashKeyed<()>,
    rivals: HashKeyed<()>,
    near_clubs: HashKeyed<()>,
    result_verbs: HashKeyed<()>,
    prepositions: HashKeyed<()>,
    facing_verbs: HashKeyed<()>,
    hosts: HashKeyed<()>,
    team_words: HashKeyed<()>,
    teams_of: HashKeyed<()>,
    venue_words: HashKeyed<()>,
    /// [`CLUBS`] by the key of their words ([`club_key`]), with their length
    /// and whether the first word has the article.
    clubs: HashKeyed<(usize, bool)>,
}

fn set(words: &[&str]) -> HashKeyed<()> {
    words
        .iter()
        .map(|w| (hash_word(&normalize(w)), ()))
        .collect()
}

/// The key of a club's words: the first word's stem (without the article and
/// proclitics, as [`TokenInfo::stem`]), the others folded whole.
fn club_key(first_stem: u64, rest: impl Iterator<Item = u64>) -> u64 {
    rest.fold(first_stem, extend)
}

/// The key of the words `start..end` of a sentence as a club's name: the
/// first one's stem and the others folded, as [`club_key`].
fn club_words(infos: &[TokenInfo], start: usize, end: usize) -> u64 {
    club_key(
        infos[start].stem,
        infos[start + 1..end].iter().map(|i| i.norm),
    )
}

impl Clubs {
    pub(crate) fn new() -> Self {
        let clubs = CLUBS
            .iter()
            .map(|name| {
                let words: Vec<String> = name.split(' ').map(normalize).collect();
                let first = words[0].strip_prefix("ال").unwrap_or(&words[0]);
                let key = club_key(hash_word(first), words[1..].iter().map(|w| hash_word(w)));
                (key, (words.len(), words[0].starts_with("ال")))
            })
            .collect();
        Self {
            match_words: set(MATCH_WORDS),
            before_clubs: set(BEFORE_CLUBS),
            rivals: set(RIVALS),
            near_clubs: set(NEAR_CLUBS),
            result_verbs: set(RESULT_VERBS),
            prepositions: set(RESULT_PREPOSITIONS),
            facing_verbs: set(FACING_VERBS),
            hosts: set(HOSTS),
            team_words: set(TEAM_WORDS),
            teams_of: set(TEAMS_OF),
            venue_words: set(VENUE_WORDS),
            clubs,
        }
    }

    /// Mark the clubs of the match reports in `tagged` (the sentences of one
    /// text, `words` theirs) as organisations.
    pub(crate) fn mark(&self, words: &[Vec<&str>], tagged: &mut [Tagged], gazetteer: &Gazetteer) {
        let counts: Vec<usize> = tagged
            .iter()
            .map(|t| {
                t.infos
                    .iter()
                    .filter(|i| self.match_words.contains_key(&i.stem))
                    .count()
            })
            .collect();
        if counts.iter().sum::<usize>() < MATCH_WORDS_NEEDED {
            return;
        }
        let reports: Vec<usize> = (0..tagged.len())
            .filter(|&si| {
                counts[si.saturating_sub(MATCH_REACH)..(si + MATCH_REACH + 1).min(counts.len())]
                    .iter()
                    .sum::<usize>()
                    >= MATCH_WORDS_NEEDED
            })
            .collect();
        // The clubs the slots found, by their words (see `club_words`).
        let mut found = HashKeyed::<(usize, bool)>::default();
        // Common words with the article in the slots, by their words: how
        // many slots, and whether one of them is a club's alone or a result's.
        let mut seen = HashKeyed::<(u32, bool)>::default();
        for &si in &reports {
            let t = &mut tagged[si];
            for c in 0..t.labels.len() {
                // (The slot's word in the construct state: مدرب الوحدات, not
                // the noun and its adjective, المدرب الجديد.)
                if t.labels[c] == 0
                    && c > 0
                    && !t.infos[c - 1].definite
                    && self.common_side(words[si][c], &t.infos[c])
                {
                    let slot = self.slot(&words[si], &t.infos, &t.labels, c);
                    if slot != Slot::None {
                        let e = seen.entry(club_words(&t.infos, c, c + 1)).or_default();
                        e.0 += 1;
                        // (فريق الدعم: a team may be any crew's.)
                        e.1 |= slot != Slot::Near
                            && !self.team_words.contains_key(&t.infos[c - 1].norm);
                    }
                }
            }
            let before = t.labels.clone();
            self.mark_sentence(&words[si], &t.infos, &mut t.labels, gazetteer);
            let mut a = 0;
            while a < t.labels.len() {
                let end = span_end(&t.labels, a);
                if t.labels[a] == ORG_B && before[a..end] != t.labels[a..end] {
                    found.insert(
                        club_words(&t.infos, a, end),
                        (end - a, definite(words[si][a])),
                    );
                }
                a = end;
            }
        }
        // مدرب الوحدات … لاعب الوحدات: a common word a report puts where
        // clubs stand twice, once at least where athletes or places do not,
        // is a club's name there.
        for (&key, &(slots, strong)) in &seen {
            if slots >= 2 && strong {
                found.entry(key).or_insert((1, true));
            }
        }
        for &si in &reports {
            let t = &mut tagged[si];
            city_after_club(&words[si], &t.infos, &mut t.labels, gazetteer);
            players_clubs(&words[si], &t.infos, &mut t.labels);
        }
        if found.is_empty() {
            return;
        }
        // A club is that club wherever its report names it again, over a
        // person or a place the tagger took it for (ليون يواصل انتصاراته),
        // but where a match is played (في ليون).
        for &si in &reports {
            let t = &mut tagged[si];
            let n = t.labels.len();
            let mut a = 0;
            while a < n {
                let end = span_end(&t.labels, a);
                let free = matches!(t.labels[a], 0 | PER_B | LOC_B);
                // A club of `l` words found whose article this word agrees with.
                let club = |l: usize| {
                    found
                        .get(&club_words(&t.infos, a, a + l))
                        .is_some_and(|&(len, article)| {
                            len == l && article == definite(words[si][a])
                        })
                };
                let len = if !free {
                    0
                } else if t.labels[a] == 0 {
                    // Unlabelled words: as many as the club has, all free.
                    (1..=LONGEST_CLUB.min(n - a))
                        .rev()
                        .find(|&l| t.labels[a..a + l].iter().all(|&x| x == 0) && club(l))
                        .unwrap_or(0)
                } else if club(end - a) {
                    end - a
                } else {
                    0
                };
                if free && len > 0 && !self.at_venue(&words[si], &t.infos, a) {
                    label_organisation(&mut t.labels, a, a + len);
                    a += len;
                } else {
                    a = end;
                }
            }
        }
    }

    /// A word with the article that may name a club only where a report's
    /// slots say so (الوحدات، الشرطة): one word, no dual, nationality,
    /// title or place's head, and no word for a match, a side or a team's part
    /// ([`MATCH_SIDES`], [`TEAMS_OF`]: مباراة الذهاب، لاعب الوسط).
    fn common_side(&self, word: &str, info: &TokenInfo) -> bool {
        info.clitic_chars == 0
            && info.shape == 0
            && info.stem_len >= 3
            && !info.nationality
            && info.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD) == 0
            && !self.teams_of.contains_key(&info.norm)
            && !self.match_words.contains_key(&info.stem)
            && !self.before_clubs.contains_key(&info.stem)
            && !self.result_verbs.contains_key(&info.stem)
            && {
                let folded = normalize(word);
                folded.strip_prefix("ال").is_some_and(|stem| {
                    stem.chars().count() >= 3
                        && !definite_pair(&folded)
                        && !MATCH_SIDES.contains(&stem)
                        && !NOT_SIDES.contains(&stem)
                })
            }
    }

    fn mark_sentence(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
        gazetteer: &Gazetteer,
    ) {
        let n = labels.len();
        let mut i = 0;
        while i < n {
            // A listed club anywhere.
            if let Some(len) = self.listed(words, infos, i) {
                // Not a person's name, nor a piece of a longer name, nor the
                // place a match is played in (في الريان).
                let venue = i > 0 && normalize(words[i - 1]) == "في";
                if !venue
                    && labels[i..i + len].iter().all(|&l| l == 0 || l >= LOC_B)
                    && !is_inside(labels[i])
                    && labels.get(i + len).is_none_or(|&l| !is_inside(l))
                {
                    label_organisation(labels, i, i + len);
                    i += len;
                    continue;
                }
            }
            let slot = self.slot(words, infos, labels, i);
            // A city before a masculine nationality is a club (ليون الفرنسي،
            // سسكا موسكو الروسي), not where a match is played (في ليون); an
            // unseen word is no city (يمررها الإسباني، الدوريين المصري).
            let end = span_end(labels, i);
            let city = infos[i].gazetteer & COUNTRY_LIST_BEGIN == 0
                && (infos[i].gazetteer & CITY_LIST_BEGIN != 0
                    || infos[i].gazetteer & REGION_LIST_BEGIN == 0);
            // A city the tagger took for a person's name alone too (ليون).
            let named = labels[i] == LOC_B && city
                || labels[i] == 0 && listed_city(&infos[i])
                || labels[i] == PER_B && end == i + 1 && listed_city(&infos[i]);
            if named
                && infos[i].clitic_chars == 0
                && end < n
                && masculine_nationality(words[end], &infos[end])
                && !self.at_venue(words, infos, i)
            {
                // An unseen first word before the city (سسكا موسكو), or a
                // club's name the city completes (الأهلي طرابلس الليبي).
                let start = if i > 0 && labels[i - 1] == 0 && unseen(words[i - 1], &infos[i - 1]) {
                    i - 1
                } else if i > 0 && matches!(labels[i - 1], ORG_B | ORG_I) {
                    (0..i).rev().find(|&k| labels[k] == ORG_B).unwrap_or(i)
                } else {
                    i
                };
                label_organisation(labels, start, end);
                i = end;
                continue;
            }
            // A country, or its name's first word, is a national side (not a
            // head that opens a territory's: جزيرة مان, so الجزيرة is a club).
            let country =
                gazetteer.country_word(infos[i].stem) && infos[i].triggers & TRIGGER_LOC_HEAD == 0;
            if slot != Slot::None && !country {
                take(words, infos, labels, i, slot);
            }
            // فريق العربي، لفريق الشمال: the definite word after a team in
            // the construct state names its club, common word or nisba.
            let team = i > 0
                && self.team_words.contains_key(&infos[i - 1].norm)
                && labels[i - 1] == 0
                && labels[i] == 0
                && infos[i].clitic_chars == 0
                && infos[i].shape == 0
                && infos[i].stem_len >= 3
                && !infos[i].nationality
                && !self.teams_of.contains_key(&infos[i].norm)
                && !self.match_words.contains_key(&infos[i].stem)
                && {
                    let folded = normalize(words[i]);
                    // The article and three letters at least (not إلى، التي),
                    // no dual or plural; a nisba (العربي), a word training
                    // never saw, or one it saw mostly in names: not a crew or
                    // a staff (فريق الإسعاف).
                    folded.starts_with("ال")
                        && folded.chars().count() >= 5
                        && !definite_pair(&folded)
                        && !folded.ends_with("ات")
                        && (folded.ends_with('ي')
                            || infos[i].stats.count == 0
                            || u32::from(infos[i].stats.shares[1])
                                + u32::from(infos[i].stats.shares[2])
                                >= 128)
                };
            if team {
                label_organisation(labels, i, i + 1);
            }
            i += 1;
        }
    }

    /// The words of the longest [`CLUBS`] name that begins at `i`, if one
    /// does: with the article where the name has it (الرجاء, not رجاء; العين,
    /// not عين السبع).
    fn listed(&self, words: &[&str], infos: &[TokenInfo], i: usize) -> Option<usize> {
        let mut key = infos[i].stem;
        let mut found = None;
        for len in 1..=LONGEST_CLUB.min(infos.len() - i) {
            if len > 1 {
                key = extend(key, infos[i + len - 1].norm);
            }
            if let Some(&(l, article)) = self.clubs.get(&key) {
                let definite = || definite(words[i]) || normalize(words[i]).starts_with("لل");
                if l == len && article == definite() {
                    found = Some(len);
                }
            }
        }
        found
    }

    /// Whether the name at `i` is where a match is played: after a word of
    /// [`VENUE_WORDS`] or with a ب proclitic (في ليون، بكييف).
    fn at_venue(&self, words: &[&str], infos: &[TokenInfo], i: usize) -> bool {
        i > 0 && self.venue_words.contains_key(&infos[i - 1].norm)
            || infos[i].clitic_chars > 0 && normalize(words[i]).starts_with('ب')
    }
}
