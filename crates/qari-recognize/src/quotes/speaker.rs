//! Who said a quote: the subject after a reporting verb (read by `subject`),
//! the source after "according to" or after عن when a paper relays someone (the
//! paper is not the speaker), the sentence's subject before a participle such
//! as مؤكدا; and whom a description refers to. A short definite description
//! (الرئيس) or a lone surname is first looked up among the names before it, so
//! that it is the entity they named; a described source (مصدر أمني، المتحدث
//! باسم الوزارة، شهود عيان) the text never names stays its words, which keeps
//! readers and tools from losing who spoke when the tagger has no name to give.
//! A verb with no subject (وأضاف:) hands the quote to the previous speaker.

use super::subject::{is_relative, SUBJECT_WORDS};
use super::words::{
    ACCORDING, NO_SPEAKER, OWN_WORDS, PARTICIPLE, RELAYS, SAYING, STOP, THAT, VERB, WEAK,
};
use super::{Context, Said, Speaker};
use crate::gazetteer::TRIGGER_TITLE;
use crate::normalize::normalize;
use crate::{Kind, RawMention};

mod colon;
mod described;
mod titles;

/// Longest description that may refer back to a named speaker by title.
const TITLE_WORDS: usize = 3;

/// Verbs of speaking that take no object (folded), after which فقال is
/// their subject's.
const SPOKE: &[&str] = &[
    "تحدث",
    "تحدثت",
    "تكلم",
    "تكلمت",
    "علق",
    "علقت",
    "عقب",
    "عقبت",
    "رد",
    "ردت",
    "اجاب",
    "اجابت",
];

/// Words that open a clause before its subject (folded): لكن الكرملين قال.
const CLAUSE_OPENERS: &[&str] = &[
    "لكن",
    "ولكن",
    "غير",
    "ان",
    "بينما",
    "بيد",
    "اما",
    "في",
    "حين",
    "ثم",
];

/// How many words a phrase before a verb may have to speak as written.
const DESCRIBED_WORDS: usize = 6;

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
        // في تصريحات نقلتها وكالة تاس: a verb with a pronoun after a saying
        // tells who relayed it; the speaker is the subject of the reporting
        // verb before (قال نائب رئيس الوزراء ألكسندر نوفاك، في تصريحات …).
        if let Some(reported) = self.relayed_saying(at) {
            return reported;
        }
        if class & PARTICIPLE != 0 {
            return self.subject_before(at);
        }
        // أفادت الوكالة عن فلان قوله، ذكرت الصحيفة عن مسؤول قوله: a verb
        // that tells عن someone, their words after, relays as نقلت does.
        let reach = limit.min(at + SOURCE_REACH);
        let relays = class & RELAYS != 0
            || class & VERB != 0
                && (at + 1..reach).any(|k| self.word(k) == "عن")
                && (at + 1..limit).any(|k| self.class(k) & OWN_WORDS != 0);
        if relays {
            if let Some(from) = (at + 1..reach).find(|&k| self.word(k) == "عن") {
                return self.subject(from + 1, limit);
            }
            // An aside with no source of its own (أوضح فلان، بحسب ما نقلت
            // الوكالة، أن …): the subject of the verb before it.
            let sourced = (at + 1..reach).any(|k| matches!(self.word(k), "عنه" | "عنها"));
            if !sourced {
                if let Some((verb, comma)) = self.verb_before_relay(at) {
                    return self.said_by(verb, comma);
                }
            }
            // نقل الموقع عنه قوله: the person the sentence named first, its
            // subject (طلب المدرب فلان التعاقد مع اللاعب فلان، إذ نقل الموقع
            // عنه قوله); not when a body opens it (أصدرت الوزارة بيانا بعد
            // لقاء الوزير فلان، ونقلت الصحيفة عنها), nor when it names no one:
            // the outlet that relays then, as below.
            if (at + 1..reach).any(|k| matches!(self.word(k), "عنه" | "عنها")) {
                // وقال، وفق ما نقلت عنه الإذاعة: the pronoun is the reporting
                // verb's own speaker.
                if let Some((verb, comma)) = self.verb_before_relay(at) {
                    return self.said_by(verb, comma);
                }
                let first = self.first_named(
                    self.clause_start(at)..at,
                    &[Kind::Person, Kind::Organization],
                );
                // A body in the title of the person the sentence is about
                // (هنأ رئيس الاتحاد العماني لكرة القدم الشيخ فلان اللاعبين،
                // ونقل المركز الإعلامي عنه قوله) is not what it opens on.
                let first = first.map(|i| {
                    let m = &self.mentions[i];
                    let titled = m.kind == Kind::Organization
                        && (m.tokens.start.saturating_sub(3)..m.tokens.start)
                            .any(|k| self.infos[k].triggers & TRIGGER_TITLE != 0);
                    let person =
                        || self.first_named(m.tokens.end..m.tokens.end + 3, &[Kind::Person]);
                    titled.then(person).flatten().unwrap_or(i)
                });
                match first {
                    Some(i) if self.mentions[i].kind == Kind::Person => {
                        return Said::By(Speaker::Named(i));
                    }
                    // Nobody in its sentence: the one person named in the
                    // sentence before (كشفت المفوضة فلانة … ونقلت الوكالة
                    // عنها قولها), never the outlet that relays; of two, no
                    // guess.
                    None => {
                        let start = self.clause_start(at);
                        let before = self.clause_start(start.saturating_sub(1));
                        if let Some(i) = self.only_person(before..start) {
                            return Said::By(Speaker::Named(i));
                        }
                    }
                    _ => {}
                }
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
            // بحسب ما جاء في تقرير للاتحاد: the statement's issuer.
            if matches!(normalize(self.word(from)).as_str(), "جاء" | "ورد")
                && self.word(from + 1) == "في"
                && self.class(from + 2) & SAYING != 0
            {
                return self.subject(from + 2, limit);
            }
            // بحسب ما نقلت الوكالة عن مصدر: the source it relays.
            if self.class(from) & RELAYS != 0 {
                return self.said_by(from, limit);
            }
            // بحسب ما أورده بلاغ للديوان: the verb, its object the words.
            if self.class(from) & VERB != 0
                || self.word(from).starts_with("قال")
                || self.words.is_verb_with_object(&normalize(self.word(from)))
            {
                from += 1;
            }
            return self.subject(from, limit);
        }
        match self.subject(at + 1, limit) {
            Said::Continues => self.subject_of_clause(at),
            said => said,
        }
    }

    /// The reporting verb and the comma after its clause before a relay at
    /// `at` (وقال، بحسب ما نقل عنه الموقع؛ وأوضح فلان، بحسب ما نقلت الوكالة).
    fn verb_before_relay(&self, at: usize) -> Option<(usize, usize)> {
        let mut k = at.checked_sub(1)?;
        if self.word(k) == "ما" {
            k = k.checked_sub(1)?;
        }
        if self.class(k) & ACCORDING == 0 {
            return None;
        }
        let comma = k
            .checked_sub(1)
            .filter(|&c| matches!(self.word(c), "،" | ","))?;
        // The verb and its subject, in the clause the comma closes.
        (comma.saturating_sub(SUBJECT_WORDS)..comma)
            .rev()
            .take_while(|&v| !self.ends_sentence_at(v) && !matches!(self.word(v), "،" | ","))
            .find(|&v| self.class(v) & VERB != 0 && self.class(v) & WEAK == 0)
            .map(|verb| (verb, comma))
    }

    /// The speaker of a saying (تصريحات، كلمة) that a verb with a pronoun
    /// at `at` relays: the speaker of the reporting verb earlier in its
    /// sentence, or the speaker before; never the relaying agency.
    fn relayed_saying(&self, at: usize) -> Option<Said> {
        let saying = at.checked_sub(1)?;
        let folded = normalize(self.word(at));
        let with_pronoun =
            folded.chars().count() >= 5 && (folded.ends_with("ها") || folded.ends_with('ه'));
        if self.class(saying) & SAYING == 0
            || !with_pronoun
            || self.class(at) & (VERB | RELAYS) == 0
        {
            return None;
        }
        // The sentence's verb, the paragraph's first word as well.
        let mut verb = None;
        for k in (saying.saturating_sub(3 * SUBJECT_WORDS)..saying).rev() {
            if self.ends_sentence_at(k) {
                break;
            }
            if self.class(k) & VERB != 0 {
                verb = Some(k);
                break;
            }
            if self.tokens[k].after_newline {
                break;
            }
        }
        // Whoever that verb's speaker is (وقال في تصريحات نقلتها وكالة تاس:
        // the one the text spoke of before), or, with no verb, the speaker
        // before.
        Some(verb.map_or(Said::Continues, |v| self.said_by(v, saying)))
    }

    /// Who speaks through a reporting verb at `at` with no subject after it:
    /// after a relative pronoun, the person (else the organisation) it
    /// follows (…، الذي قال:، والتي قالت في تصريح:); joined by و inside a
    /// sentence (or by ف, or after قد), the subject of the sentence's first
    /// verb (أبدى فلان تحفظه، وقال:), as for a participle; before a preposition with a pronoun, the
    /// first person the sentence named, who held the meeting or met the
    /// guest (عقد فلان اجتماعا مع …، قال خلاله:، استقبل فلان المبعوث …، وقال
    /// له:); else the speaker before.
    fn subject_of_clause(&self, at: usize) -> Said {
        let Some(before) = at.checked_sub(1) else {
            return Said::Continues;
        };
        let folded = normalize(self.word(before));
        if is_relative(folded.strip_prefix('و').unwrap_or(&folded)) {
            let from = self.clause_start(before);
            return self
                .last_named(from..before, &[Kind::Person])
                .or_else(|| self.last_named(from..before, &[Kind::Organization]))
                .map_or(Said::Continues, |i| Said::By(Speaker::Named(i)));
        }
        // A name right before a bare verb is its subject, put first (لكن
        // المتحدث باسم الحكومة فلان قال في مؤتمر صحفي:).
        // Not a name a preposition or a relative clause holds (مصدر في حزب
        // الله قال، المبعوث الذي استقبله الرئيس فلان قال), nor an
        // organisation that does not open its clause (لاعبو ريال مدريد
        // قالوا): the speaker is then the phrase that opens it, as written.
        let bare = !matches!(self.word(at).chars().next(), Some('و' | 'ف'));
        if bare {
            let from = self.clause_start(before);
            let opener = |k: usize| CLAUSE_OPENERS.contains(&normalize(self.word(k)).as_str());
            let named = self
                .last_named(from..at, &[Kind::Person, Kind::Organization])
                .filter(|&i| self.mentions[i].tokens.end == at);
            if let Some(i) = named {
                let start = self.mentions[i].tokens.start;
                // (A relative of its own clause: not one a comma or an
                // opener closed, as in … التي ضخت …، لكن فلان شدد.)
                let own = (from..start)
                    .rev()
                    .find(|&k| matches!(self.word(k), "،" | ",") || opener(k))
                    .map_or(from, |k| k + 1);
                // (A preposition: a stop word that opens no clause, or باسم.)
                let held = start.checked_sub(1).is_some_and(|k| {
                    self.class(k) & STOP != 0 && !opener(k) || normalize(self.word(k)) == "باسم"
                }) || (own..start).any(|k| self.relative_at(k));
                let opens = (from..start).all(opener);
                if !held && (self.mentions[i].kind == Kind::Person || opens) {
                    return Said::By(Speaker::Named(i));
                }
                let first = (from..start).find(|&k| !opener(k));
                let noun = first.filter(|&k| {
                    at - k <= DESCRIBED_WORDS
                        && self.is_word(k)
                        && self.class(k) & (VERB | STOP | THAT | PARTICIPLE) == 0
                        && (k..start).all(|j| self.is_word(j) && !self.relative_at(j))
                });
                if let Some(k) = noun {
                    return Said::By(Speaker::Described(RawMention::of_tokens(
                        Kind::Person,
                        self.text,
                        self.tokens,
                        k..at,
                        0,
                    )));
                }
            }
        }
        // فقال after a verb of speaking is its subject's (وتحدث فلان
        // بالإنجليزية، فقال:), where after a question it is whom they asked
        // (وسأل فلان الوزير …، فقال:); a verb after قد is the sentence's
        // subject's too (وكان فلان قد صرح في مداخلة:).
        let then_said = self.word(at).starts_with('ف') && self.spoke_first(at);
        // (إذ and حيث join it too: وذهب فلان أبعد من ذلك، إذ كتب:; and لكن
        // with the subject's pronoun: رحبت الرابطة بالخطوة، لكنها قالت.)
        let but_it = matches!(
            folded.strip_prefix('و').unwrap_or(&folded),
            "لكنه" | "لكنها" | "لكنهم"
        );
        let joined = self.word(at).starts_with('و')
            || then_said
            || but_it
            || matches!(folded.as_str(), "قد" | "اذ" | "حيث");
        let opens = self.ends_sentence_at(before) || self.tokens[at].after_newline;
        let through = self.class(at + 1) & NO_SPEAKER != 0;
        if through && !opens {
            return self
                .first_named(self.clause_start(before)..before, &[Kind::Person])
                .map_or(Said::Continues, |i| Said::By(Speaker::Named(i)));
        }
        // وقالت opening a sentence after one about a person (وفي الجهراء،
        // تسكن المواطنة فلانة …. وقالت:): that person.
        if opens && self.word(at).starts_with('و') {
            if let Some(person) = self.subject_of_sentence(before) {
                return Said::By(Speaker::Named(person));
            }
        }
        if joined && !opens {
            let said = self.subject_before(at);
            // لكنه names a man or a body in the masculine, لكنها a woman or
            // one in the feminine (انتقدت المعارضة خطاب الرئيس فلان، لكنه
            // قال: the president, not the opposition).
            let masculine = !folded.ends_with("ها");
            if but_it && self.gender_of(&said).is_some_and(|m| m != masculine) {
                return Said::Continues;
            }
            return said;
        }
        Said::Continues
    }

    /// Whether a speaker is named in the masculine (`Some(true)`) or the
    /// feminine: a body or a description by its first word (ة), a person by
    /// the title right before the name; `None` where nothing tells.
    fn gender_of(&self, said: &Said) -> Option<bool> {
        let feminine = |k: usize| normalize(self.word(k)).ends_with('ه');
        match said {
            Said::By(Speaker::Described(m)) => Some(!feminine(m.tokens.start)),
            Said::By(Speaker::Named(i)) => {
                let m = &self.mentions[*i];
                match m.kind {
                    Kind::Person => m
                        .tokens
                        .start
                        .checked_sub(1)
                        .filter(|&k| self.infos[k].triggers & TRIGGER_TITLE != 0)
                        .map(|k| !feminine(k)),
                    _ => Some(!feminine(m.tokens.start)),
                }
            }
            _ => None,
        }
    }

    /// The sentence of the verb at `at` opens on a verb of speaking with no
    /// object (وتحدث، وتكلم، وعلق، ورد، وأجاب) or on أما.
    fn spoke_first(&self, at: usize) -> bool {
        let (_, start) = self.sentence_before(at);
        let folded = normalize(self.word(start));
        let verb = folded.strip_prefix('و').unwrap_or(&folded);
        // أما فلان فقال: the topic after أما is who speaks.
        SPOKE.contains(&verb) || verb == "اما"
    }

    /// Where the sentence that holds token `before` begins, looking back at
    /// most three speakers' descriptions.
    pub(in crate::quotes) fn clause_start(&self, before: usize) -> usize {
        let from = before.saturating_sub(3 * SUBJECT_WORDS);
        (from..before)
            .rev()
            .find(|&k| self.ends_sentence_at(k) || self.tokens[k].after_newline)
            .map_or(from, |k| k + 1)
    }

    /// Every reporting verb's subject, in text order: whom a later verb with
    /// no subject (وتابع قائلا:) continues, even when the first report was
    /// not a quote (وقال فلان إن …). A description is resolved where it is
    /// read, against whoever spoke before it (see `quotes::settle`).
    pub(super) fn reports(&self) -> Vec<(usize, Speaker)> {
        // A verb that ends the text has no subject after it (قال الوزير:
        // «نعم» وقال, cut off there).
        (0..self.tokens.len().saturating_sub(1))
            .filter(|&k| self.words.is_verb(&self.infos[k]) && !self.after_verbal_noun(k))
            .filter_map(|k| match self.subject(k + 1, k + 1 + SUBJECT_WORDS) {
                Said::By(s) => Some((k, s)),
                _ => None,
            })
            .collect()
    }
}
