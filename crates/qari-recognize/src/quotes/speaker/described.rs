//! Whom a description refers to: the person who spoke just before, called
//! by a title the text gave them or by one it did not, or the name the text
//! gave first; what `resolve` makes of a described speaker.

use crate::chains::definite_nisba;
use crate::gazetteer::TRIGGER_TITLE;
use crate::normalize::normalize;
use crate::quotes::words::SOURCE;
use crate::quotes::{has_article, Context, Speaker};
use crate::{Kind, RawMention};

use super::TITLE_WORDS;

/// How many tokens back a title or surname may find the name it stands for.
const NAME_LOOK_BACK: usize = 200;

/// Reporting verbs that go on with the speaker before (folded, without و/ف).
const GOES_ON: &[&str] = &[
    "اضاف",
    "اضافت",
    "تابع",
    "تابعت",
    "استطرد",
    "استطردت",
    "اردف",
    "اردفت",
];

/// How many earlier places of a title's first word are read for a name.
const TITLE_TRIES: usize = 3;

impl Context<'_> {
    /// Whether a described speaker is the person `last` who spoke just before,
    /// called by a title the text gave them with their name (وأضاف المدرب
    /// النمساوي after قال مدرب شبيبة القبائل جوزيف زينباور), there or where it
    /// named them before (أوضح المدرب after مدرب المنتخب، البوسني فلاديمير
    /// بيتكوفيتش … وقال بيتكوفيتش): its first word, with the article, stands in
    /// the words before that name, in its sentence, or in apposition after it;
    /// each other word does too or is a nisba, and a nisba not there is none
    /// that contradicts one there (الوزير الأردني is not the minister
    /// introduced as العراقي).
    pub(in crate::quotes) fn describes_last(&self, described: &RawMention, last: usize) -> bool {
        let m = &self.mentions[last];
        let words = described.tokens.clone();
        // A nisba the text did not give them only after a verb that goes on
        // (وأضاف، وتابع): after وقال, الوزير المغربي is another minister.
        let goes_on = words.start.checked_sub(1).is_some_and(|v| {
            let folded = normalize(self.word(v));
            let verb = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
            GOES_ON.contains(&verb)
        });
        // A title in the construct state (رئيس الوزراء) only after such a
        // verb: وأضاف رئيس الوزراء القطري after the sheikh the text made
        // رئيس مجلس الوزراء.
        let construct_title =
            goes_on && self.infos[words.start].triggers & TRIGGER_TITLE != 0 && words.len() >= 2;
        if m.kind != Kind::Person
            || words.len() > TITLE_WORDS
            || words.clone().any(|k| !self.is_word(k))
            || !(has_article(&normalize(self.word(words.start))) || construct_title)
        {
            return false;
        }
        let nisba = |k: usize| definite_nisba(&normalize(self.word(k)));
        // "The official" names no office of its own: whoever spoke last, an
        // official of whatever the text made them (المتحدث باسم الحرس الوطني
        // العميد فلان … وقال المسؤول الأمني); not one of another country
        // (المسؤول الأمريكي), nor after an unnamed one the text brought in
        // since (بمسؤول في الوزارة، مصدر في …).
        let head = normalize(self.word(words.start));
        if matches!(head.as_str(), "المسؤول" | "المسؤوله")
            && !self.source_since(m.tokens.end, words.start)
        {
            let window = self.titling(m.tokens.start, m.tokens.end);
            // A nationality the text gave them (وزير الطاقة الجزائري فلان …
            // المسؤول الجزائري), not another country's.
            let given = |k: usize| {
                window
                    .clone()
                    .any(|j| self.infos[j].stem == self.infos[k].stem)
            };
            let nisbas = words
                .clone()
                .skip(1)
                .all(|k| nisba(k) && (!self.infos[k].nationality || given(k)));
            // المسؤولة after a woman's title (وزيرة، المتحدثة).
            let feminine = window.clone().any(|j| {
                normalize(self.word(j)).ends_with('ه')
                    && (self.infos[j].triggers & TRIGGER_TITLE != 0 || self.class(j) & SOURCE != 0)
            });
            if nisbas && (head == "المسؤول" || feminine) {
                return true;
            }
        }
        // The title before the name, or in apposition after it (فلان، مدرب
        // الفريق،).
        // (With the body an apposition's title ends on: رئيس | مجلس
        // الوزراء holds الوزراء.)
        let titled_at = |start: usize, end: usize| {
            // (The body holds no head: المتحدث باسم وزارة الصحة is no
            // الوزارة.)
            let titling = self.titling(start, end);
            let body = self.apposition_body(end);
            let window = || titling.clone().chain(body.clone());
            let held = |k: usize| self.title_held(window(), k);
            let head_held = self.title_held(titling.clone(), words.start);
            // A nationality contradicts only a nationality there (وزير
            // الخارجية … وأضاف رئيس الوزراء القطري), another nisba any nisba.
            let window_nisba = window().any(nisba);
            let window_nationality = window().any(|j| self.infos[j].nationality);
            let contradicted = |k: usize| {
                if self.infos[k].nationality {
                    window_nationality
                } else {
                    window_nisba
                }
            };
            head_held
                && words
                    .clone()
                    .skip(1)
                    .all(|k| held(k) || (goes_on && nisba(k) && !contradicted(k)))
        };
        if titled_at(m.tokens.start, m.tokens.end) {
            return true;
        }
        // Where the text named them before, by the same last word.
        let surname = self.infos[m.tokens.end - 1].norm;
        self.starting_in(m.tokens.start.saturating_sub(NAME_LOOK_BACK)..m.tokens.start)
            .iter()
            .any(|&(start, i)| {
                let earlier = &self.mentions[i];
                earlier.kind == Kind::Person
                    && self.infos[earlier.tokens.end - 1].norm == surname
                    && titled_at(start, earlier.tokens.end)
            })
    }

    /// An unnamed source (مسؤول، مصدر، مصادر, without the article) stands
    /// between tokens `from` and `to`.
    fn source_since(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| self.class(k) & SOURCE != 0 && !has_article(&normalize(self.word(k))))
    }

    /// A description after a verb that goes on (وأضاف مدرب الأخضر، وتابع
    /// المحلل الكويتي) when no other person was named since the words of the
    /// person who spoke `last` (from token `after` on): that person, called by
    /// a title the text did not give them.
    pub(in crate::quotes) fn goes_on_with(
        &self,
        described: &RawMention,
        last: usize,
        after: usize,
    ) -> bool {
        let m = &self.mentions[last];
        let words = described.tokens.clone();
        if m.kind != Kind::Person
            || words.len() > TITLE_WORDS
            || words.start <= after
            || words.start - after > NAME_LOOK_BACK
            || words.clone().any(|k| !self.is_word(k))
        {
            return false;
        }
        let goes_on = words.start.checked_sub(1).is_some_and(|v| {
            let folded = normalize(self.word(v));
            GOES_ON.contains(&folded.strip_prefix(['و', 'ف']).unwrap_or(&folded))
        });
        let head = words.start;
        let titled = self.infos[head].triggers & TRIGGER_TITLE != 0
            || has_article(&normalize(self.word(head)));
        // A title the text gave them that is another office (المدير المالي
        // … وأضاف المدرب) is someone else's.
        let window = self.titling(m.tokens.start, m.tokens.end);
        let other_office = self.infos[head].triggers & TRIGGER_TITLE != 0
            && window
                .clone()
                .any(|j| self.infos[j].triggers & TRIGGER_TITLE != 0)
            && !window
                .clone()
                .any(|j| self.title_word_at(j, self.tokens.len(), self.infos[head].stem));
        // The same head over another portfolio or of another state (وزير
        // الخارجية السعودي … وأضاف وزير الطاقة السعودي، وزير الخارجية
        // الأردني … وأضاف وزير الخارجية المصري) is another office too: a
        // word of the description that is no nisba and that the title lacks,
        // or a nationality where the title has another.
        let held = |k: usize| {
            window
                .clone()
                .any(|j| self.infos[j].stem == self.infos[k].stem)
        };
        let window_nationality = window.clone().any(|j| self.infos[j].nationality);
        let other_office = other_office
            || window
                .clone()
                .any(|j| self.infos[j].triggers & TRIGGER_TITLE != 0)
                && words.clone().skip(1).any(|k| {
                    let nisba = definite_nisba(&normalize(self.word(k)));
                    !held(k)
                        && if self.infos[k].nationality {
                            window_nationality
                        } else {
                            !nisba && has_article(&normalize(self.word(k)))
                        }
                });
        let surname = self.infos[m.tokens.end - 1].norm;
        let nobody_else = self.starting_in(after..head).iter().all(|&(_, i)| {
            let other = &self.mentions[i];
            other.kind != Kind::Person || self.infos[other.tokens.end - 1].norm == surname
        });
        goes_on && titled && !other_office && nobody_else
    }

    /// Who a described speaker is: the entity its title or surname named last
    /// (`titled_entity`), else the person the article said holds its office
    /// (`office_holder`), else who issued the statement it is
    /// (`statement_issuer`), else the name the text gave it before where the
    /// tagger found none (`name_given_before`), else the description itself.
    pub(in crate::quotes) fn resolve(&self, described: RawMention) -> Speaker {
        if let Some(i) = self
            .titled_entity(&described)
            .or_else(|| self.office_holder(&described))
        {
            return Speaker::Named(i);
        }
        if let Some(issuer) = self.statement_issuer(&described) {
            return issuer;
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
            let skip = self.proclitic_chars(from);
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
}
