//! Who said a quote: the subject after a reporting verb, the source after
//! "according to" or after عن when a paper relays someone (the paper is not the
//! speaker), the sentence's subject before a participle such as مؤكدا.
//!
//! A subject is read as a short phrase: words up to the first word that cannot
//! describe a speaker (في، أن، أمس, punctuation, whom they spoke to, what they
//! did or said next: حديثه، بالقول، تحدثوا، طلب عدم …). A person the
//! tagger found in that phrase is the speaker; else an organisation that opens it;
//! else the phrase itself, a source the text describes rather than names (مصدر
//! أمني، المتحدث باسم الوزارة، شهود عيان), which keeps readers and tools from losing
//! who spoke when the tagger has no name to give; a short definite description
//! (الرئيس) or a lone surname is first looked up among the names before it, so
//! that it is the entity they named. A verb with no subject (وأضاف:) hands the
//! quote to the previous speaker.

use super::words::{
    ACCORDING, AUDIENCE, OWN_WORDS, PARTICIPLE, RELAYS, SAYING, SOURCE, STOP, THAT, VERB,
};
use super::{has_article, Context, Said, Speaker};
use crate::gazetteer::{
    TRIGGER_FAMILY, TRIGGER_GIVEN, TRIGGER_NAME, TRIGGER_ORG_HEAD, TRIGGER_TITLE,
};
use crate::normalize::normalize;
use crate::tokenize::ends_sentence;
use crate::{Kind, RawMention};

/// Longest description of a speaker, in words.
const SUBJECT_WORDS: usize = 10;
/// Longest description that may refer back to a named speaker by title.
const TITLE_WORDS: usize = 3;
/// How many names back a title may refer.
const TITLE_LOOK_BACK: usize = 200;
/// How many tokens back a title or surname may find the name it stands for.
const NAME_LOOK_BACK: usize = 200;
/// How many earlier places of a title's first word are read for a name.
const TITLE_TRIES: usize = 3;
/// Talks a source gives: a source "in" one of them is not "in" a place.
const TALKS: [&str; 8] = [
    "حديث",
    "مقابلة",
    "لقاء",
    "اتصال",
    "حوار",
    "مؤتمر",
    "تصريح",
    "تصريحات",
];
/// How far after "according to" or a relaying verb its source may stand.
const SOURCE_REACH: usize = 10;

impl Context<'_> {
    /// The speaker introduced by the attribution word at `at`, whose subject (if
    /// it follows) ends by `limit`.
    pub(super) fn said_by(&self, at: usize, limit: usize) -> Said {
        let class = self.class(at);
        if class & OWN_WORDS != 0 {
            return Said::Continues;
        }
        if class & PARTICIPLE != 0 {
            return self.subject_before(at);
        }
        if class & RELAYS != 0 {
            let reach = limit.min(at + SOURCE_REACH);
            if let Some(from) = (at + 1..reach).find(|&k| self.word(k) == "عن") {
                return self.subject(from + 1, limit);
            }
        }
        if class & ACCORDING != 0 {
            let mut from = at + 1;
            if matches!(self.word(from), "ما" | "عن" | "ل" | "لـ") {
                from += 1;
            }
            // بحسب تعبيره: the speaker before.
            if self.class(from) & OWN_WORDS != 0 {
                return Said::Continues;
            }
            // بحسب ما نقلت الوكالة عن مصدر: the source it relays.
            if self.class(from) & RELAYS != 0 {
                return self.said_by(from, limit);
            }
            if self.class(from) & VERB != 0 || self.word(from).starts_with("قال") {
                from += 1;
            }
            return self.subject(from, limit);
        }
        self.subject(at + 1, limit)
    }

    /// The subject of a participle at `at`: the subject of the sentence's reporting
    /// verb, else the last person or organisation named before it in the sentence.
    pub(super) fn subject_before(&self, at: usize) -> Said {
        let floor = at.saturating_sub(3 * SUBJECT_WORDS);
        let boundary = (floor..at)
            .rev()
            .find(|&k| ends_sentence(self.word(k)) || self.tokens[k].after_newline);
        let start = boundary.map_or(floor, |k| {
            if self.tokens[k].after_newline {
                k
            } else {
                k + 1
            }
        });
        if let Some(v) = (start..at).find(|&k| self.class(k) & VERB != 0) {
            if let Said::By(s) = self.subject(v + 1, at) {
                return Said::By(s);
            }
        }
        // A clause that opens with its verb has its subject next (وأعرب الوزير
        // عن تفاؤله …، مشيرا إلى أن …), before any name in the verb's object.
        let opens_clause = boundary.is_some() || floor == 0;
        let bare_verb = |k: usize| {
            self.is_word(k)
                && self.class(k) & (STOP | THAT) == 0
                && !has_article(&normalize(self.word(k)))
        };
        if opens_clause && start + 1 < at && bare_verb(start) && self.is_word(start + 1) {
            // The subject is a definite phrase: the verb's object starts at the
            // first bare word after it that the tagger does not call a name
            // (وأبدى المدير تفاؤله), but باسم goes on (المتحدث باسم الحركة).
            let definite = |k: usize| has_article(&normalize(self.word(k)));
            let object = (start + 2..at)
                .find(|&k| {
                    definite(k - 1)
                        && !definite(k)
                        && !self.names_start_at(k)
                        && normalize(self.word(k)) != "باسم"
                })
                .unwrap_or(at);
            if let Said::By(s) = self.subject(start + 1, object) {
                return Said::By(s);
            }
        }
        self.last_named(start..at, &[Kind::Person, Kind::Organization])
            .map_or(Said::Continues, |i| Said::By(Speaker::Named(i)))
    }

    /// The person or organisation a short definite description refers back to:
    /// the last one named before it whose title holds the same words (الرئيس
    /// after الرئيس عبد الفتاح السيسي, الوزارة after وزارة الصحة), so that a
    /// speaker called by title alone is still the entity it names.
    pub(super) fn titled_entity(&self, described: &RawMention) -> Option<usize> {
        let words = described.tokens.clone();
        if words.len() == 1 {
            if let Some(person) = self.surname_of(words.start) {
                return Some(person);
            }
        }
        let definite = words
            .clone()
            .take(2)
            .any(|k| has_article(&normalize(self.word(k))));
        if words.len() > TITLE_WORDS || !definite || words.clone().any(|k| !self.is_word(k)) {
            return None;
        }
        let stems: Vec<u64> = words.clone().map(|k| self.infos[k].stem).collect();
        let holds = |r: std::ops::Range<usize>| {
            stems.iter().all(|s| {
                r.clone()
                    .any(|k| self.infos.get(k).is_some_and(|t| t.stem == *s))
            })
        };
        self.starting_in(0..words.start)
            .iter()
            .rev()
            .take(TITLE_LOOK_BACK)
            .find(|(start, i)| {
                let m = &self.mentions[*i];
                match m.kind {
                    // The title stands just before the name, in its sentence.
                    Kind::Person => {
                        let from = (start.saturating_sub(stems.len() + 4)..*start)
                            .rev()
                            .take_while(|&k| !ends_sentence(self.word(k)))
                            .last()
                            .unwrap_or(*start);
                        holds(from..*start)
                    }
                    Kind::Organization => holds(m.tokens.clone()),
                    _ => false,
                }
            })
            .map(|(_, i)| *i)
    }

    /// Who a described speaker is: the entity its title or surname named last
    /// (`titled_entity`), else the person the article said holds its office
    /// (`office_holder`), else the name the text gave it before where the
    /// tagger found none (`name_given_before`), else the description itself.
    pub(super) fn resolve(&self, described: RawMention) -> Speaker {
        if let Some(i) = self
            .titled_entity(&described)
            .or_else(|| self.office_holder(&described))
        {
            return Speaker::Named(i);
        }
        Speaker::Described(self.name_given_before(&described).unwrap_or(described))
    }

    /// The name, where the text first gave it, of a speaker called again by
    /// title or surname when the tagger found no name there (الوزير، محافظة
    /// after وزير التربية والتعليم الأردني عزمي محافظة): a surname after a given
    /// name, or the given name and what follows it in the nearest earlier
    /// description that holds every word of the title. Every quote of theirs is
    /// then one speaker.
    fn name_given_before(&self, described: &RawMention) -> Option<RawMention> {
        let first = described.tokens.start;
        let floor = first.saturating_sub(NAME_LOOK_BACK);
        let folded = normalize(self.word(first));
        let name = |from: usize, to: usize| {
            let skip = usize::from(self.infos[from].clitic_chars);
            RawMention::of_tokens(Kind::Person, self.text, self.tokens, from..to, skip)
        };
        if described.tokens.len() == 1 && !has_article(&folded) {
            let norm = self.infos[first].norm;
            let k = (floor.max(1)..first)
                .rev()
                .find(|&k| self.infos[k].norm == norm && self.is_given(k - 1))?;
            let start = (k.saturating_sub(3)..k)
                .rev()
                .take_while(|&j| self.name_word(j))
                .last()
                .unwrap_or(k);
            return Some(name(start, k + 1));
        }
        let words = described.tokens.clone();
        if words.len() > TITLE_WORDS
            || self.infos[first].triggers & TRIGGER_TITLE == 0
            || words.clone().any(|k| !self.is_word(k))
        {
            return None;
        }
        let stems: Vec<u64> = words.map(|k| self.infos[k].stem).collect();
        // The nearest of the last few places the title's first word stands
        // (an earlier الوزير with no name after it is passed over).
        (floor..first)
            .rev()
            .filter(|&k| self.infos[k].stem == stems[0] && self.is_word(k))
            .take(TITLE_TRIES)
            .find_map(|title| {
                let end = self.subject_end(title, first);
                let holds = stems
                    .iter()
                    .all(|s| (title..end).any(|j| self.infos[j].stem == *s));
                let given = (title + 1..end).find(|&j| self.is_given(j) && self.name_word(j))?;
                // The name is the given name, the word after it (محافظة is a
                // word too) and name words after that (not بوفد of خالد حنيفات
                // بوفد من المزارعين).
                let last = (given + 1..end.min(given + 4))
                    .take_while(|&j| {
                        let info = &self.infos[j];
                        let name_like =
                            j == given + 1 || self.name_word(j) || info.stats.count == 0;
                        info.clitic_chars == 0 && name_like
                    })
                    .last()?;
                holds.then(|| name(given, last + 1))
            })
    }

    /// The word at `k` may be part of a person's name: a name word of the lists
    /// without the article (العويس is a surname, الطاقة no name).
    fn name_word(&self, k: usize) -> bool {
        let named = self.is_given(k)
            || self
                .infos
                .get(k)
                .is_some_and(|t| t.triggers & (TRIGGER_FAMILY | TRIGGER_NAME) != 0);
        named && !has_article(&normalize(self.word(k)))
    }

    /// The word at `k` is a given name.
    fn is_given(&self, k: usize) -> bool {
        self.infos
            .get(k)
            .is_some_and(|t| t.triggers & TRIGGER_GIVEN != 0 || t.whole_given)
    }

    /// The earlier full name that a one-word person mention `i` ends, when the
    /// tagger cut the word short (لينكن of وأضاف بلينكن) and so could not
    /// group it with أنتوني بلينكن.
    pub(super) fn surname_speaker(&self, i: usize) -> Option<usize> {
        let m = &self.mentions[i];
        let cut = m.span.start > self.tokens[m.tokens.start].chars.start;
        if m.kind != Kind::Person || m.tokens.len() != 1 || !cut {
            return None;
        }
        self.surname_of(m.tokens.start)
    }

    /// The person named earlier whose last word is the word at `k`: a surname
    /// alone that the tagger did not take for a name (وأضاف بلينكن: after
    /// أنتوني بلينكن).
    fn surname_of(&self, k: usize) -> Option<usize> {
        let norm = self.infos.get(k)?.norm;
        self.starting_in(0..k)
            .iter()
            .rev()
            .take(TITLE_LOOK_BACK)
            .map(|(_, i)| *i)
            .find(|&i| {
                let m = &self.mentions[i];
                m.kind == Kind::Person
                    && m.tokens.len() > 1
                    && self.infos[m.tokens.end - 1].norm == norm
            })
    }

    /// The speaker that is all of a paragraph before its colon at `colon`, as
    /// headlines give speech with no verb: a person or organisation (بايدن: سنرد
    /// على أي هجوم), or a title or a described source with or without a name
    /// (وزير التربية الأردني: «…»، المتحدث باسم الجيش: …).
    pub(super) fn headline_speaker(&self, para_start: usize, colon: usize) -> Option<Speaker> {
        let named = self
            .starting_in(para_start..para_start + 1)
            .iter()
            .map(|(_, i)| *i)
            .find(|&i| {
                let m = &self.mentions[i];
                m.tokens.end == colon && matches!(m.kind, Kind::Person | Kind::Organization)
            });
        if let Some(i) = named {
            return Some(Speaker::Named(i));
        }
        let titled = self.infos.get(para_start)?.triggers & TRIGGER_TITLE != 0
            || self.class(para_start) & SOURCE != 0;
        if !titled || colon <= para_start || self.subject_end(para_start, colon) != colon {
            return None;
        }
        match self.subject(para_start, colon) {
            Said::By(s) => Some(s),
            _ => None,
        }
    }

    /// The issuer of a statement named just before the colon at `colon` when no
    /// reporting verb introduces what follows (وجاء في بيان للجيش اللبناني: «…»،
    /// في بيان صادر عن الرئاسة:).
    pub(super) fn statement_before(&self, colon: usize, from: usize) -> Option<Speaker> {
        let statement = (from.max(colon.saturating_sub(SUBJECT_WORDS))..colon)
            .rev()
            .take_while(|&k| !ends_sentence(self.word(k)))
            .find(|&k| self.class(k) & SAYING != 0 && k > 0 && self.word(k - 1) == "في")?;
        // بيان صادر عن الرئاسة: the issuer after عن.
        let issuer = (statement + 1..colon.min(statement + 4))
            .find(|&k| self.word(k) == "عن")
            .map_or(statement + 1, |k| k + 1);
        match self.subject(issuer, colon) {
            Said::By(s) => Some(s),
            _ => None,
        }
    }

    /// A person named just after a description that stopped at في, across words
    /// that still describe them (الباحثة في علم الاجتماع هدى بدران) but not across
    /// another preposition (في لقاء مع الرئيس …).
    fn person_after(&self, end: usize, limit: usize) -> Option<usize> {
        if self.word(end) != "في" {
            return None;
        }
        let reach = limit.min(end + SUBJECT_WORDS).min(self.tokens.len());
        let stop = (end + 1..reach)
            .find(|&k| {
                !self.is_word(k)
                    || self.class(k)
                        & (STOP | THAT | VERB | PARTICIPLE | ACCORDING | RELAYS | SAYING)
                        != 0
            })
            .unwrap_or(reach);
        self.first_named(end + 1..stop, &[Kind::Person])
    }

    /// Every reporting verb's named subject, in text order: whom a later verb
    /// with no subject (وتابع قائلا:) continues, even when the first report was
    /// not a quote (وقال فلان إن …).
    pub(super) fn reports(&self) -> Vec<(usize, Speaker)> {
        (0..self.tokens.len())
            .filter(|&k| self.words.is_verb(&self.infos[k]))
            .filter_map(|k| match self.subject(k + 1, k + 1 + SUBJECT_WORDS) {
                Said::By(Speaker::Described(m)) => Some((k, self.resolve(m))),
                Said::By(s) => Some((k, s)),
                _ => None,
            })
            .collect()
    }

    /// The speaker described by the words from `from` (before `limit`).
    fn subject(&self, from: usize, limit: usize) -> Said {
        // A statement is not a speaker: its issuer is (بيان صادر عن الوزارة).
        if self.class(from) & SAYING != 0 {
            if let Some(by) = (from + 1..limit.min(from + 4)).find(|&k| self.word(k) == "عن") {
                return self.subject(by + 1, limit);
            }
        }
        let end = self.subject_end(from, limit);
        if end == from {
            return Said::Continues;
        }
        let inside = |kind: Kind| self.first_named(from..end, &[kind]);
        if let Some(person) = inside(Kind::Person).or_else(|| self.person_after(end, limit)) {
            return Said::By(Speaker::Named(person));
        }
        // An organisation speaks when it opens the subject; one later in it is
        // whose role the speaker holds (رئيس مجلس الأمن، المتحدث باسم الوزارة).
        if let Some(org) = inside(Kind::Organization) {
            if self.mentions[org].tokens.start == from {
                return Said::By(Speaker::Named(org));
            }
        }
        let kind = if self.infos[from].triggers & TRIGGER_ORG_HEAD != 0 {
            Kind::Organization
        } else {
            Kind::Person
        };
        let skip = usize::from(self.infos[from].clitic_chars);
        Said::By(Speaker::Described(RawMention::of_tokens(
            kind,
            self.text,
            self.tokens,
            from..end,
            skip,
        )))
    }

    /// Where the description of a speaker starting at `from` ends.
    fn subject_end(&self, from: usize, limit: usize) -> usize {
        let limit = limit.min(from + SUBJECT_WORDS).min(self.tokens.len());
        let source = self.class(from) & SOURCE != 0;
        // A definite word closes a noun phrase (رئيس مجلس الأمن): an indefinite
        // word after it starts another one, such as the verb's object (خاطب
        // رئيس المجلس مواطني الدولة), unless a name may start there.
        let mut definite = false;
        let mut k = from;
        while k < limit {
            if !self.is_word(k) {
                // A short name in marks after the word that heads it is part of
                // the description (صحيفة «هآرتس»، مسؤول في حركة "حماس").
                match self.marked_name_end(k) {
                    Some(end) if k > from => {
                        k = end;
                        definite = true;
                        continue;
                    }
                    _ => break,
                }
            }
            let class = self.class(k);
            let folded = normalize(self.word(k));
            // A source "in" somewhere is still the source (مسؤول في الوزارة), but
            // not one speaking "in a statement".
            let source_in = source
                && k > from
                && self.word(k) == "في"
                && self.is_word(k + 1)
                && self.class(k + 1) & SAYING == 0
                && !self.is_talk(k + 1);
            let tagged = self.names_start_at(k);
            let name = tagged || self.may_be_name(k);
            let is_definite = has_article(&folded);
            // A second noun joined by و to a definite one (وزارة الزراعة واستصلاح
            // الأراضي) continues the same phrase.
            let joined = k > from
                && definite
                && folded.starts_with('و')
                && self.is_word(k + 1)
                && has_article(&normalize(self.word(k + 1)));
            // A name the tagger found is never a stop word, though it may fold
            // like one (علي, على).
            // What the speaker did next ends them: their words (ختم حديثه
            // بالقول، تحدثوا للقناة, kept among the stop words) or a saying
            // (حديثه، كلمته، تصريحاته) that is the verb's object.
            let stops = class & (STOP | THAT | VERB | PARTICIPLE | ACCORDING | RELAYS) != 0
                && !tagged
                || (k > from && class & SAYING != 0 && !tagged)
                || ((k > from && class & AUDIENCE != 0 && folded.starts_with('ل')
                    || self.words.is_audience_after_l(&folded))
                    // المدير العام للوكالة سفيان مقراني: whose office, when a
                    // name follows, not whom they told.
                    && !(k > from
                        && self
                            .first_named(k + 1..k + 2, &[Kind::Person])
                            .is_some()))
                || self.tokens[k].after_newline && k > from
                || definite && !is_definite && !name && !joined && folded != "باسم";
            if stops && !source_in {
                break;
            }
            definite = (definite || is_definite) && !name;
            k += 1;
        }
        k
    }

    /// The word at `k` names a talk a source gave (في حديث، في مقابلة، في
    /// اتصال هاتفي): a source "in" it is not "in" a place.
    fn is_talk(&self, k: usize) -> bool {
        let folded = normalize(self.word(k));
        TALKS.iter().any(|t| normalize(t) == folded)
    }

    /// Where a name of at most four words in marks opening at `open` ends (after
    /// its closing mark), when the word before it heads such a name.
    fn marked_name_end(&self, open: usize) -> Option<usize> {
        let close = match self.word(open) {
            "«" => "»",
            "“" | "”" => "”“",
            "\"" => "\"",
            _ => return None,
        };
        if !self.titled(open) {
            return None;
        }
        (open + 2..(open + 6).min(self.tokens.len()))
            .take_while(|&j| self.is_word(j) || close.contains(self.word(j)))
            .find(|&j| close.contains(self.word(j)))
            .map(|j| j + 1)
    }

    /// Token `k` may start a name the tagger missed: a given name, a word the
    /// training text never saw, or one it saw mostly in people's names.
    fn may_be_name(&self, k: usize) -> bool {
        let info = &self.infos[k];
        info.triggers & TRIGGER_GIVEN != 0
            || info.whole_given
            || info.stats.count == 0
            || info.stats.shares[0] >= 128
    }

    /// A person or organisation the tagger found starts at token `k`.
    pub(super) fn names_start_at(&self, k: usize) -> bool {
        self.first_named(k..k + 1, &[Kind::Person, Kind::Organization])
            .is_some()
    }
}
