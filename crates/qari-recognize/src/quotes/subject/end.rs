//! Where the description of a speaker after a reporting verb ends: the words
//! that still describe them (an office with a dash, a body in marks or with its
//! short name in brackets), and the person named just past a description
//! that stopped at في or at an organisation after ل.

use crate::gazetteer::{TRIGGER_GIVEN, TRIGGER_TITLE};
use crate::normalize::normalize;
use crate::quotes::words::{
    ACCORDING, AUDIENCE, PARTICIPLE, RELAYS, SAYING, SOURCE, STOP, THAT, VERB,
};
use crate::quotes::{has_article, Context, Speaker};
use crate::Kind;

use super::SUBJECT_WORDS;

/// How many words after a dash in an office may come before the holder's name.
const DASHED_OFFICE: usize = 6;

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

impl Context<'_> {
    /// A person named just after a description that stopped at في, across words
    /// that still describe them (الباحثة في علم الاجتماع هدى بدران) and the
    /// organisations and their short names in brackets they name (الباحثة في
    /// مؤسسة سيتا (SETA) فلانة), but not across another preposition (في لقاء
    /// مع الرئيس …). Or stopped at an organisation after ل and its short name
    /// (المفوض العام لوكالة الأونروا (UNRWA) فيليب لازاريني): the office the
    /// person holds, not whom they told.
    pub(super) fn person_after(&self, end: usize, limit: usize) -> Option<usize> {
        // After عن, the body or place someone represents, and their name
        // right after it (النائب عن حزب التجمع (تواصل) فلان), not whom someone
        // spoke about (قال الوزير عن الرئيس فلان).
        let represents = self.word(end) == "عن"
            && self
                .first_named(end + 1..end + 2, &[Kind::Organization, Kind::Location])
                .is_some();
        // After لدى or على, the body someone serves (مدير المشروع لدى الشركة
        // …، المشرف العام على المركز), when a title or another definite word
        // stands before the name (المهندس فلان، الدكتور فلان): not whom
        // something was done to.
        let serves = matches!(self.word(end), "لدى" | "على");
        let mut k = match self.word(end) {
            "في" => end + 1,
            _ if represents || serves => end + 1,
            w if w.starts_with('ل') && self.organisation_at(end).is_some() => end,
            _ => return None,
        };
        let reach = limit.min(end + 2 * SUBJECT_WORDS).min(self.tokens.len());
        while k < reach {
            if let Some(person) = self.first_named(k..k + 1, &[Kind::Person]) {
                // (A title of the lists, or one they hold as a name: المهندس.)
                let titled = k > end + 2
                    && (self.infos[k - 1].triggers & TRIGGER_TITLE != 0
                        || has_article(&normalize(self.word(k - 1))));
                return (!serves || titled).then_some(person);
            }
            // An organisation, and the place it serves (وكالة … في الشرق الأدنى).
            if let Some(org) = self
                .first_named(k..k + 1, &[Kind::Organization, Kind::Location])
                .filter(|_| !represents || k == end + 1)
            {
                k = self.mentions[org].tokens.end;
                if self.word(k) == "في" {
                    k += 1;
                }
                continue;
            }
            if let Some(after) = self
                .short_name_in_brackets(k)
                .or_else(|| self.marked_body_end(k))
            {
                k = after;
                continue;
            }
            // And the seat or place they represent (النائب في مجلس الشورى عن
            // دائرة الأهواز فلان).
            if self.word(k) == "عن" && k > end + 1 {
                let seat = usize::from(self.seat_at(k + 1));
                let place = k + 1 + seat;
                k = match self.first_named(place..place + 1, &[Kind::Location, Kind::Organization])
                {
                    Some(at) => self.mentions[at].tokens.end,
                    // (A seat's name the tagger left: عن دائرة الأهواز.)
                    None if seat == 1 && self.is_word(place) => place + 1,
                    // Else whom or what they spoke about (الخبير في الشؤون
                    // الإيرانية عن المرشد فلان): no speaker.
                    None => return None,
                };
                continue;
            }
            // The body named, the name may follow in apposition (… (الأونروا)،
            // فيليب لازاريني، في منشور).
            if self.word(k) == "،" && k > end {
                return match self.apposition(k + 1, limit) {
                    Some(Speaker::Named(person)) => Some(person),
                    _ => None,
                };
            }
            // لدى المنظمة: the body they work at, then their name (الباحثة في
            // الشأن العراقي لدى المنظمة فلانة).
            if self.word(k) == "لدى" && k > end + 1 {
                if let Some(org) = self.organisation_at(k + 1) {
                    k = self.mentions[org].tokens.end;
                    continue;
                }
                if self.is_word(k + 1) && has_article(&normalize(self.word(k + 1))) {
                    k += 2;
                    continue;
                }
            }
            // A word of saying right after في is where it was said (في بيان);
            // further on, it is part of a body's name (في مركز البيان
            // للدراسات).
            let saying = k == end + 1 && self.class(k) & SAYING != 0;
            let stops = self.class(k) & (STOP | THAT | VERB | PARTICIPLE | ACCORDING | RELAYS) != 0;
            if !self.is_word(k) || stops || saying {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Where the description of a speaker starting at `from` ends.
    pub(in crate::quotes) fn subject_end(&self, from: usize, limit: usize) -> usize {
        // An organisation the description holds counts as one of its words, so
        // a long one leaves room for the name after it (المفوض العام لوكالة
        // الأمم المتحدة لإغاثة وتشغيل اللاجئين … فيليب لازاريني).
        let limit = limit.min(self.tokens.len());
        let mut words = 0;
        let source = self.class(from) & SOURCE != 0;
        // A definite word closes a noun phrase (رئيس مجلس الأمن): an indefinite
        // word after it starts another one, such as the verb's object (خاطب
        // رئيس المجلس مواطني الدولة), unless a name may start there.
        let mut definite = false;
        let mut k = from;
        while k < limit && words < SUBJECT_WORDS {
            words += 1;
            if !self.is_word(k) {
                // A short name in marks after the word that heads it is part of
                // the description (صحيفة «هآرتس»، مسؤول في حركة "حماس"), and
                // so is an organisation's short name in brackets after it
                // (مؤسسة الدراسات السياسية (سيتا) بورجو أوزتشليك).
                match self
                    .marked_name_end(k)
                    .or_else(|| self.short_name_in_brackets(k))
                    .or_else(|| self.dash_in_office(k).filter(|_| definite))
                {
                    Some(end) if k > from => {
                        k = end;
                        definite = true;
                        continue;
                    }
                    _ => break,
                }
            }
            // An organisation the tagger found inside the description is one
            // definite noun (رئيس الجامعة الملكية المغربية لكرة القدم فوزي لقجع).
            // Whom they spoke to is not part of it, though the tagger may have
            // joined it (هيئة مكافحة الفساد للصحفيين، لوكالة الأنباء).
            let audience = |j: usize| self.words.is_audience_after_l(&normalize(self.word(j)));
            if k > from && self.told_at(k).is_some() {
                break;
            }
            if let Some(org) = self.organisation_at(k).filter(|_| k > from && !audience(k)) {
                let end = self.mentions[org].tokens.end.min(limit);
                k = (k + 1..end).find(|&j| audience(j)).unwrap_or(end);
                definite = true;
                continue;
            }
            // المسؤول الأمني فيها فلان: "in it", the body named before, then
            // the name.
            if k > from
                && matches!(self.word(k), "فيه" | "فيها" | "منه" | "منها")
                && self.first_named(k + 1..k + 2, &[Kind::Person]).is_some()
            {
                k += 1;
                continue;
            }
            // رئيس الحكومة المكلفة من مجلس النواب أسامة حماد: من or في and the
            // body the office is held from, then the holder's name.
            if let Some(e) = self
                .office_body_before_name(k)
                .filter(|&e| k > from && e < limit)
            {
                k = e;
                definite = true;
                continue;
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
                        && (self
                            .first_named(k + 1..k + 2, &[Kind::Person])
                            .is_some()
                            || self.opens_a_name(k + 1)
                                && self.organisation_at(k + 1).is_none())))
                || self.tokens[k].after_newline && k > from
                || definite && !is_definite && !name && !joined && !folded.starts_with("باسم");
            if stops && !source_in {
                break;
            }
            definite = (definite || is_definite) && !name;
            k += 1;
        }
        k
    }

    /// A dash inside the office a person holds, whose name follows within a few
    /// words (رئيس الفريق الاشتراكي - المعارضة الاتحادية عبد الله بوزيدي) or
    /// right after it (الرئيس الفرنسي - إيمانويل ماكرون):
    /// the token after the dash, where the description goes on.
    fn dash_in_office(&self, k: usize) -> Option<usize> {
        if !matches!(self.word(k), "-" | "–" | "—") {
            return None;
        }
        (k + 1..(k + 1 + DASHED_OFFICE).min(self.tokens.len()))
            .take_while(|&j| self.is_word(j))
            .any(|j| self.first_named(j..j + 1, &[Kind::Person]).is_some())
            .then_some(k + 1)
    }

    /// Where brackets opening at `open` end (after the closing one), when they
    /// hold only a short name: right after an organisation or a place (مؤسسة
    /// سيتا (SETA)), or an organisation's own (… في الشرق الأدنى (الأونروا)).
    fn short_name_in_brackets(&self, open: usize) -> Option<usize> {
        if self.word(open) != "(" || open == 0 {
            return None;
        }
        let after_org = self
            .starting_in(open.saturating_sub(SUBJECT_WORDS)..open)
            .iter()
            .any(|&(_, i)| {
                let m = &self.mentions[i];
                matches!(m.kind, Kind::Organization | Kind::Location) && m.tokens.end == open
            });
        let close = (open + 2..(open + 5).min(self.tokens.len()))
            .take_while(|&j| self.is_word(j) || self.word(j) == ")")
            .find(|&j| self.word(j) == ")")?;
        let holds_org = self
            .first_named(open + 1..open + 2, &[Kind::Organization])
            .is_some_and(|i| self.mentions[i].tokens.end == close);
        (after_org || holds_org).then_some(close + 1)
    }

    /// The word at `k` names a talk a source gave (في حديث، في مقابلة، في
    /// اتصال هاتفي): a source "in" it is not "in" a place.
    pub(in crate::quotes) fn is_talk(&self, k: usize) -> bool {
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

    /// من or في at `k`, an organisation the tagger found after it and a
    /// person right after that: the body an office is held from, before its
    /// holder (رئيس الحكومة المكلفة من مجلس النواب أسامة حماد). Where the body
    /// ends.
    pub(super) fn office_body_before_name(&self, k: usize) -> Option<usize> {
        if !matches!(self.word(k), "من" | "في") {
            return None;
        }
        let end = self.mentions[self.organisation_at(k + 1)?].tokens.end;
        self.first_named(end..end + 1, &[Kind::Person]).map(|_| end)
    }

    /// Where marks opening at `open` end (after the closing one), when they
    /// hold just an organisation the tagger found (القيادي في "الاتحاد" فلان).
    fn marked_body_end(&self, open: usize) -> Option<usize> {
        if !matches!(self.word(open), "«" | "\"" | "“" | "”") {
            return None;
        }
        let org = self.organisation_at(open + 1)?;
        let end = self.mentions[org].tokens.end;
        matches!(self.word(end), "»" | "\"" | "”" | "“").then_some(end + 1)
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
}
