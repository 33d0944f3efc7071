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
    ACCORDING, NO_SPEAKER, OWN_WORDS, PARTICIPLE, RELAYS, SAYING, SOURCE, STOP, THAT, VERB,
};
use super::{has_article, Context, Said, Speaker};
use crate::chains::definite_nisba;
use crate::features::TokenInfo;
use crate::gazetteer::TRIGGER_TITLE;
use crate::normalize::{hash_word, normalize};
use crate::{Kind, RawMention};

/// Longest description that may refer back to a named speaker by title.
const TITLE_WORDS: usize = 3;
/// How many names back a title may refer.
const TITLE_LOOK_BACK: usize = 200;
/// How many words a title in apposition after a name may have.
const APPOSITION_TITLE: usize = 10;
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
/// How many earlier places of a title's first word are read for a name.
const TITLE_TRIES: usize = 3;
/// How far after "according to" or a relaying verb its source may stand.
const SOURCE_REACH: usize = 10;

/// Whether a word of a name's title is the word whose stem is `stem`: by its
/// own stem, or whole where the analysis took a letter of it for a
/// proclitic (والي, a governor, read as و + الي).
fn same_word(title: &TokenInfo, stem: u64) -> bool {
    title.stem == stem || title.norm == stem
}

/// Titles that name one office (folded, without the article, by hash), and
/// the other words that name it: a coach is called مدرب, مدير فني or, in the
/// Maghreb, ناخب (a national side's); the writer (الكاتب) is whoever the text
/// said wrote (كتب فلان مقالا، بقلم فلان).
const OFFICES: [(u64, &[&[u64]]); 2] = [
    (
        hash_word("مدرب"),
        &[&[hash_word("مدير"), hash_word("فني")], &[hash_word("ناخب")]],
    ),
    (
        hash_word("كاتب"),
        &[
            &[hash_word("كتب")],
            &[hash_word("كتبت")],
            &[hash_word("بقلم")],
        ],
    ),
];

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

    /// The reporting verb and the comma after it before a relay at `at`
    /// (وقال، بحسب ما نقل عنه الموقع).
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
        let verb = comma.checked_sub(1)?;
        (self.class(verb) & VERB != 0).then_some((verb, comma))
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
    fn clause_start(&self, before: usize) -> usize {
        let from = before.saturating_sub(3 * SUBJECT_WORDS);
        (from..before)
            .rev()
            .find(|&k| self.ends_sentence_at(k) || self.tokens[k].after_newline)
            .map_or(from, |k| k + 1)
    }

    /// The person or organisation a short definite description refers back to:
    /// the last one named before it whose title holds the same words (الرئيس
    /// after الرئيس عبد الفتاح السيسي, الوزارة after وزارة الصحة), so that a
    /// speaker called by title alone is still the entity it names.
    pub(super) fn titled_entity(&self, described: &RawMention) -> Option<usize> {
        let mut words = described.tokens.clone();
        // (An honorific before the title is none of its words: سعادة وزير
        // المواصلات; a lone one stays.)
        words.start = self
            .past_honorifics(words.clone())
            .min(words.end.saturating_sub(1))
            .max(words.start);
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
            stems
                .iter()
                .all(|s| r.clone().any(|k| self.title_word_at(k, r.end, *s)))
        };
        self.starting_in(0..words.start)
            .iter()
            .rev()
            .take(TITLE_LOOK_BACK)
            .find(|(start, i)| {
                let m = &self.mentions[*i];
                match m.kind {
                    // The title stands just before the name, in its sentence,
                    // or in apposition after it (الدكتور خالد عبد الغفار، نائب
                    // رئيس الوزراء وزير الصحة،).
                    // (Each window is first read at the widest it may be, a
                    // few tokens: most names hold no such title, and finding
                    // its exact bounds costs more.)
                    Kind::Person => {
                        let lower = start.saturating_sub(stems.len() + 4);
                        let end = m.tokens.end;
                        let widest_after = end..(end + 1 + APPOSITION_TITLE).min(self.tokens.len());
                        holds(lower..*start) && holds(self.title_before(lower, *start)..*start)
                            || holds(widest_after) && holds(self.apposition_after(end))
                    }
                    // A paper's or a channel's head before its name is the
                    // outlet's title (الصحيفة after صحيفة الوسط).
                    // (Its name may stand in marks: صحيفة "وول ستريت جورنال".)
                    Kind::Organization => {
                        holds(m.tokens.clone()) || {
                            let before = m.tokens.start.checked_sub(1);
                            let before = before
                                .filter(|&k| matches!(self.word(k), "\"" | "«" | "“"))
                                .and_then(|k| k.checked_sub(1))
                                .or(before);
                            before.is_some_and(|k| {
                                holds(k..m.tokens.end)
                                    && crate::outlets::heads_an_outlet(&normalize(self.word(k)))
                            })
                        }
                    }
                    _ => false,
                }
            })
            .map(|(_, i)| *i)
    }

    /// Whether the words at `j` (before `end`) say the title word whose stem
    /// is `stem`: that word ([`same_word`]), or another name of its office
    /// ([`OFFICES`]: المدير الفني for المدرب, كتب for الكاتب).
    fn title_word_at(&self, j: usize, end: usize, stem: u64) -> bool {
        let Some(info) = self.infos.get(j) else {
            return false;
        };
        if same_word(info, stem) {
            return true;
        }
        OFFICES
            .iter()
            .filter(|(office, _)| *office == stem)
            .flat_map(|(_, others)| others.iter())
            .any(|words| {
                j + words.len() <= end
                    && words
                        .iter()
                        .enumerate()
                        .all(|(n, &w)| self.infos.get(j + n).is_some_and(|t| same_word(t, w)))
            })
    }

    /// The title in apposition after a name that ends at `end`: the words
    /// between a comma there and the next one, within [`APPOSITION_TITLE`]
    /// words and the sentence, when a title opens them (فلان، نائب رئيس
    /// الوزراء وزير الصحة،), up to the first organisation, whose words are
    /// its own (المتحدث باسم | وزارة الصحة). Empty when there is none.
    fn apposition_after(&self, end: usize) -> std::ops::Range<usize> {
        let titled = |k: usize| {
            self.infos
                .get(k)
                .is_some_and(|t| t.triggers & TRIGGER_TITLE != 0)
        };
        // Or a title right after the name, with no comma (سعادة الشيخ فلان
        // آل ثاني وزير المواصلات،), up to the next person, whose title it
        // then is (استقبل الأمير فلان وزير الخارجية الأمريكي فلان).
        let bare = titled(end) && self.is_word(end) && !self.names_start_at(end);
        let open = if self.word(end) == "،" && titled(end + 1) {
            end + 1
        } else if bare {
            end
        } else {
            return end..end;
        };
        let reach = (open + APPOSITION_TITLE).min(self.tokens.len());
        let stop = (open..reach)
            .find(|&k| {
                !self.is_word(k)
                    || self.tokens[k].after_newline
                    || self.organisation_at(k).is_some()
                    || bare && self.names_start_at(k)
            })
            .unwrap_or(reach);
        if bare && self.first_named(stop..stop + 1, &[Kind::Person]).is_some() {
            return end..end;
        }
        open..stop
    }

    /// Whether a word of `window` is the word of a title at `k` (or its
    /// office's other wording, see `title_word_at`).
    fn title_held(&self, mut window: impl Iterator<Item = usize>, k: usize) -> bool {
        window.any(|j| self.title_word_at(j, self.tokens.len(), self.infos[k].stem))
    }

    /// The organisation that ends the title in apposition after a name that
    /// ends at `end` (فلان رئيس | مجلس الوزراء): its tokens, or none.
    fn apposition_body(&self, end: usize) -> std::ops::Range<usize> {
        let title = self.apposition_after(end);
        match self
            .organisation_at(title.end)
            .filter(|_| !title.is_empty())
        {
            Some(org) => title.end..self.mentions[org].tokens.end,
            None => title.end..title.end,
        }
    }

    /// Whether a described speaker is the person `last` who spoke just before,
    /// called by a title the text gave them with their name (وأضاف المدرب
    /// النمساوي after قال مدرب شبيبة القبائل جوزيف زينباور), there or where it
    /// named them before (أوضح المدرب after مدرب المنتخب، البوسني فلاديمير
    /// بيتكوفيتش … وقال بيتكوفيتش): its first word, with the article, stands in
    /// the words before that name, in its sentence, or in apposition after it;
    /// each other word does too or is a nisba, and a nisba not there is none
    /// that contradicts one there (الوزير الأردني is not the minister
    /// introduced as العراقي).
    pub(super) fn describes_last(&self, described: &RawMention, last: usize) -> bool {
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
    pub(super) fn goes_on_with(&self, described: &RawMention, last: usize, after: usize) -> bool {
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

    /// The words that may title the name from `start` to `end`: before it
    /// in its sentence, and in apposition after it.
    fn titling(
        &self,
        start: usize,
        end: usize,
    ) -> std::iter::Chain<std::ops::Range<usize>, std::ops::Range<usize>> {
        (self.title_window(start)..start).chain(self.apposition_after(end))
    }

    /// Where the words that may title a name at `start` begin: up to six words
    /// back in its sentence, and past a comma when only nisbas stand between
    /// it and the name (مدرب المنتخب الجزائري، البوسني السويسري فلان).
    fn title_window(&self, start: usize) -> usize {
        let back = |to: usize| {
            (to.saturating_sub(6)..to)
                .rev()
                .take_while(|&k| !self.ends_sentence_at(k) && self.is_word(k))
                .last()
                .unwrap_or(to)
        };
        let from = back(start);
        let nisbas_only = (from..start).all(|k| definite_nisba(&normalize(self.word(k))));
        if from > 0 && from < start && nisbas_only && self.word(from - 1) == "،" {
            back(from - 1)
        } else {
            from
        }
    }

    /// Who a described speaker is: the entity its title or surname named last
    /// (`titled_entity`), else the person the article said holds its office
    /// (`office_holder`), else who issued the statement it is
    /// (`statement_issuer`), else the name the text gave it before where the
    /// tagger found none (`name_given_before`), else the description itself.
    pub(super) fn resolve(&self, described: RawMention) -> Speaker {
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

    /// The speaker of words after بالقول and a colon at `colon` (تكتفي فلانة
    /// بالقول:): the person named right before it as a verb's subject, with
    /// or without a verb the lists know, or else the subject of its sentence
    /// (وعبّرت فلانة عن غضبها من قرار فلان بقولها:).
    pub(super) fn by_saying(&self, colon: usize) -> Option<Speaker> {
        let k = colon.checked_sub(1)?;
        if !matches!(self.word(k), "بالقول" | "بقوله" | "بقولها" | "بقولهم")
        {
            return None;
        }
        // Named right before it, after a bare word (its verb: تكتفي فلانة
        // بالقول), not after a title or a genitive (من قرار رئيس البلدية فلان).
        let named = self
            .last_named(k.saturating_sub(SUBJECT_WORDS)..k, &[Kind::Person])
            .filter(|&i| self.mentions[i].tokens.end == k);
        if let Some(i) = named {
            let start = self.mentions[i].tokens.start;
            let bare = start.checked_sub(1).is_some_and(|v| {
                self.is_word(v)
                    && !has_article(&normalize(self.word(v)))
                    && self.infos[v].triggers & TRIGGER_TITLE == 0
            });
            if bare {
                return Some(Speaker::Named(i));
            }
        }
        // A clause of its own after a comma, opening on a verb or a particle
        // (…، فاكتفى بالقول، لكنه اكتفى): its pronoun is the speaker before's.
        // After an apposition's comma the sentence goes on with a noun
        // (وتصف الدكتورة فلانة، طبيبة الأطفال، المشهد بقولها).
        let clause = (k.saturating_sub(SUBJECT_WORDS)..k)
            .rev()
            .find(|&j| matches!(self.word(j), "،" | ","));
        if clause.is_some_and(|c| c + 1 < k && !has_article(&normalize(self.word(c + 1)))) {
            // Unless the clause names its subject right before (…، فيما
            // اكتفى مدير المستشفى فلان بالقول).
            return named
                .filter(|&i| clause.is_some_and(|c| self.mentions[i].tokens.start > c))
                .map(Speaker::Named);
        }
        match self.subject_before(k) {
            Said::By(s) => Some(s),
            _ => None,
        }
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
        // المصدر: الجزيرة + وكالات is the article's credit line, not a source
        // speaking: a source that speaks in a headline is described (مصدر
        // أمني:).
        if colon == para_start + 1
            && matches!(
                normalize(self.word(para_start)).as_str(),
                "المصدر" | "المصادر"
            )
            && !matches!(self.word(colon + 1), "«" | "\"" | "“" | "'")
        {
            return None;
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
            .take_while(|&k| !self.ends_sentence_at(k))
            .find(|&k| self.class(k) & SAYING != 0 && k > 0 && self.word(k - 1) == "في")?;
        // بيان صادر عن الرئاسة: the issuer after عن; past the statement's
        // adjective, which is no issuer (وجاء في البيان الختامي:, where the
        // statement itself is the source).
        let adjectives = (statement + 1..colon)
            .take_while(|&k| {
                let folded = normalize(self.word(k));
                definite_nisba(&folded) && !is_relative(&folded)
            })
            .count();
        // نعته النقابة في بيان جاء فيه: the statement of the sentence's
        // subject.
        if matches!(normalize(self.word(statement + 1)).as_str(), "جاء" | "ورد")
            && matches!(self.word(statement + 2), "فيه" | "فيها")
        {
            // (The body or person its clause named last: وفور إعلان الخبر،
            // نعته الوزارة في بيان جاء فيه.)
            let clause = (from..statement)
                .rev()
                .find(|&k| matches!(self.word(k), "،" | ","))
                .map_or(self.clause_start(statement), |k| k + 1);
            if let Some(i) = self.last_named(clause..statement, &[Kind::Person, Kind::Organization])
            {
                return Some(Speaker::Named(i));
            }
            return match self.subject_before(statement) {
                Said::By(s) => Some(s),
                _ => None,
            };
        }
        let issuer = (statement + 1..colon.min(statement + 4))
            .find(|&k| self.word(k) == "عن")
            .map_or(statement + 1 + adjectives, |k| k + 1);
        match self.subject(issuer, colon) {
            Said::By(s) => Some(s),
            // A statement no one is named to have issued speaks for itself.
            _ if adjectives > 0 => Some(Speaker::Described(RawMention::of_tokens(
                Kind::Organization,
                self.text,
                self.tokens,
                statement..statement + 1 + adjectives,
                0,
            ))),
            _ => None,
        }
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
