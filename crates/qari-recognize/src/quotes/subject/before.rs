//! The subject before a participle such as مؤكدا: the subject of the
//! sentence's reporting verb, else the last person or organisation named
//! before it, past fronted phrases, embedded verbs and verbal nouns.

use crate::normalize::{hash_exact, normalize};
use crate::quotes::words::{RELAYS, STOP, THAT, VERB, WEAK};
use crate::quotes::{has_article, Context, Said, Speaker};
use crate::tokenize::ends_sentence;
use crate::Kind;

use super::{is_relative, SUBJECT_WORDS};

/// عدم, alone or after و or ف, folded: a verb after it is its complement (see
/// `Context::after_verbal_noun`). By [`hash_exact`], which keeps ى apart from
/// ي as comparing the words would.
const NOT_DONE: [u64; 3] = [hash_exact("عدم"), hash_exact("وعدم"), hash_exact("فعدم")];

/// The prepositions after which رد is a reply (في رد مكتوب), and رد, folded.
const BEFORE_REPLY: [u64; 3] = [hash_exact("في"), hash_exact("ب"), hash_exact("عبر")];

const REPLY: u64 = hash_exact("رد");

impl Context<'_> {
    /// The subject of a participle at `at`: the subject of the sentence's reporting
    /// verb, else the last person or organisation named before it in the sentence.
    pub(in crate::quotes) fn subject_before(&self, at: usize) -> Said {
        let (boundary, sentence) = self.sentence_before(at);
        let start = self.after_fronted_phrase(sentence, at);
        // بينما, لكن and في حين open a clause with a subject of its own (رحبت
        // فلانة بالتصريحات، بينما انتقدتها فلانة، وقالت:، قال فلان إن …، لكن
        // فلان رد قائلا:).
        let contrast = (start..at).rev().find_map(|k| {
            let folded = normalize(self.word(k));
            match folded.strip_prefix('و').unwrap_or(&folded) {
                "بينما" | "لكن" => Some(k + 1),
                "في" if k + 1 < at && normalize(self.word(k + 1)) == "حين" => Some(k + 2),
                _ => None,
            }
        });
        let (boundary, start) = match contrast {
            Some(c) if c < at => (Some(c - 1), c),
            _ => (boundary, start),
        };
        // A verb of a relative clause (الذي تابع المباراة) or after عدم (طلب
        // عدم ذكر اسمه) reports nothing of the sentence's subject; nor does a
        // word that is also another word (دون: below) inside a clause, unless
        // و or ف joins it.
        let verb_at = |k: usize| {
            self.class(k) & VERB != 0
                && !self.embedded_verb(k)
                && (self.class(k) & WEAK == 0
                    || k == start
                    || self.word(k - 1) == "،"
                    || self.word(k).starts_with(['و', 'ف']))
        };
        // A relaying verb speaks through whom it relays (ونقلت الصحيفة عن
        // الخبير فلان قوله …، مضيفا:), not through the outlet after it.
        let subject_of = |v: usize, limit: usize| {
            if self.class(v) & RELAYS != 0 {
                self.said_by(v, limit)
            } else {
                self.subject(v + 1, limit)
            }
        };
        if let Some(v) = (start..at).find(|&k| verb_at(k)) {
            if let Said::By(s) = subject_of(v, at) {
                return Said::By(s);
            }
        }
        // A clause that opens with its verb has its subject next (وأعرب الوزير
        // عن تفاؤله …، مشيرا إلى أن …), before any name in the verb's object.
        // (Or the text's own start, with nothing before it.)
        let opens_clause = boundary.is_some() || sentence == 0;
        // A negated verb opens it as well (ولم يتأخر رد فلان، إذ قال:).
        let start = {
            let folded = normalize(self.word(start));
            let negation = matches!(
                folded.strip_prefix(['و', 'ف']).unwrap_or(&folded),
                "لم" | "لن"
            );
            if negation && start + 2 < at {
                start + 1
            } else {
                start
            }
        };
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
            // Nor does a name the tagger found, or ل's genitive (ممثل الهيئة
            // البرلمانية لـحزب …), or the comma before a name in apposition
            // (وكان الوزير، فلان، قد قال).
            let object = (start + 2..at)
                .find(|&k| {
                    let folded = normalize(self.word(k));
                    self.is_word(k)
                        && definite(k - 1)
                        && !definite(k)
                        && !self.names_start_at(k)
                        && !self.inside_name(k)
                        && !folded.starts_with("باسم")
                        && !self.word(k).starts_with("لـ")
                        // (Nor في or لدى, or عن further on: the description
                        // goes on, to the name after it: وحمّل النائب في
                        // المجلس عن دائرة … فلان. Right after the head, عن
                        // may open whom the verb is about: واتهم النائب عن
                        // الكتلة فلانا.)
                        && !matches!(self.word(k), "في" | "لدى")
                        && !(k > start + 2 && self.represented_after(k))
                        && self.office_body_before_name(k).is_none()
                })
                .unwrap_or(at);
            // (A relay reads past the object, to its عن.)
            let limit = if self.class(start) & RELAYS != 0 {
                at
            } else {
                object
            };
            if let Said::By(s) = subject_of(start, limit) {
                return Said::By(s);
            }
        }
        // Else whom the sentence named last: a person before an organisation,
        // which is more often where a person works (أما فلان، مدرب نادي …),
        // even where the sentence runs on longer than the look back (وأوضح
        // فلان … الصادر عن جامعة …، لتحل …، وقال:), within its sentence.
        self.last_named(start..at, &[Kind::Person])
            .or_else(|| {
                let before = boundary.map_or_else(|| self.sentence_before(start).1, |_| start);
                self.last_named(before..start, &[Kind::Person])
            })
            .or_else(|| self.last_named(start..at, &[Kind::Organization]))
            .map_or(Said::Continues, |i| Said::By(Speaker::Named(i)))
    }

    /// The person a sentence ending at `end` is about, named as the subject
    /// right after its opening verb, past a fronted phrase (وفي الجهراء، تسكن
    /// المواطنة فلانة …؛ وبين المعتصمين، وقف فلان …): whom a reporting verb
    /// with no subject that opens the next sentence refers to. Not where
    /// that sentence reports speech itself, or the person stands further on.
    pub(in crate::quotes) fn subject_of_sentence(&self, end: usize) -> Option<usize> {
        let (_, sentence) = self.sentence_before(end);
        let start = self.after_fronted_phrase(sentence, end);
        let verb = normalize(self.word(start));
        let bare_verb = self.is_word(start)
            && self.class(start) & (STOP | THAT | VERB) == 0
            && !has_article(&verb)
            && !self.names_start_at(start);
        if !bare_verb || (start..end).any(|k| self.class(k) & (VERB | THAT) != 0) {
            return None;
        }
        let person = self.first_named(start + 1..(start + 4).min(end), &[Kind::Person])?;
        let first = self.mentions[person].tokens.start;
        // (Only words of a description between: المواطنة، المدرس.)
        (start + 1..first)
            .all(|k| self.is_word(k) && has_article(&normalize(self.word(k))))
            .then_some(person)
    }

    /// The sentence that token `at` stands in, looking back at most three
    /// speakers' descriptions: what ends the sentence or line before it (if
    /// any is that near) and where the sentence begins (a line's first word).
    pub(in crate::quotes) fn sentence_before(&self, at: usize) -> (Option<usize>, usize) {
        let floor = at.saturating_sub(3 * SUBJECT_WORDS);
        let boundary = (floor..at)
            .rev()
            .find(|&k| self.ends_sentence_at(k) || self.tokens[k].after_newline);
        let start = boundary.map_or(floor, |k| {
            if self.tokens[k].after_newline {
                k
            } else {
                k + 1
            }
        });
        (boundary, start)
    }

    /// Where a sentence starting at `start` begins its clause, past a fronted
    /// phrase of place or stance and its comma (وفي ميناء الصيد بالمدينة، عبر
    /// الصياد …؛ من جهته، حذر …؛ وبين الزوار، كانت الطالبة …).
    pub(in crate::quotes) fn after_fronted_phrase(&self, start: usize, at: usize) -> usize {
        let folded = normalize(self.word(start));
        let bare = folded.strip_prefix('و').unwrap_or(&folded);
        let preposition = matches!(
            bare,
            "في" | "من"
                | "على"
                | "عن"
                | "الى"
                | "مع"
                | "بعد"
                | "قبل"
                | "بين"
                | "وسط"
                | "امام"
        );
        if !preposition {
            return start;
        }
        (start + 1..at.min(start + SUBJECT_WORDS))
            .find(|&k| self.word(k) == "،")
            .map_or(start, |k| k + 1)
    }

    /// The reporting verb at `k` belongs to a relative clause or a verbal noun's
    /// phrase (الذي قال، التي تابعت، عدم ذكر): it says nothing of the
    /// sentence's own subject.
    fn embedded_verb(&self, k: usize) -> bool {
        k > 0 && self.relative_at(k - 1) || self.after_verbal_noun(k)
    }

    /// The word at `k` is a relative pronoun, after و or not (الذي، والتي).
    pub(in crate::quotes) fn relative_at(&self, k: usize) -> bool {
        let folded = normalize(self.word(k));
        is_relative(folded.strip_prefix('و').unwrap_or(&folded))
    }

    /// The verb at `k` is a verbal noun's complement (طلب عدم ذكر اسمه), or a
    /// word that is a verb too after a refusal or a negation (رفض ذكر اسمه، لم
    /// تكشف عن اسمه), or رد after a preposition (في رد مكتوب, a reply): no
    /// one reports anything through it.
    pub(in crate::quotes) fn after_verbal_noun(&self, k: usize) -> bool {
        if k == 0 {
            return false;
        }
        // (Every attribution asks this of the words before a mark: they are
        // told by the hashes their analysis holds, not folded again.)
        let exact = |j: usize| self.infos.get(j).map_or(0, |t| t.exact);
        let before = exact(k - 1);
        // في رد مكتوب: after a preposition, رد is the reply, not "replied".
        let noun = BEFORE_REPLY.contains(&before) && exact(k) == REPLY;
        if NOT_DONE.contains(&before) || noun {
            return true;
        }
        self.class(k) & WEAK != 0 && {
            let folded = normalize(self.word(k - 1));
            let before = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
            matches!(before, "لم" | "لن" | "رفض" | "رفضت" | "رافضا" | "رافضه")
        }
    }

    /// عن at `k` opens the seat or body someone represents (عن دائرة …، عن
    /// الحزب), not what they spoke about.
    fn represented_after(&self, k: usize) -> bool {
        self.word(k) == "عن"
            && (self.seat_at(k + 1)
                || self
                    .first_named(k + 1..k + 2, &[Kind::Location, Kind::Organization])
                    .is_some())
    }

    /// Token `k` is inside a person or organisation the tagger found, after
    /// its first word.
    pub(in crate::quotes) fn inside_name(&self, k: usize) -> bool {
        self.starting_in(k.saturating_sub(SUBJECT_WORDS)..k)
            .iter()
            .any(|&(_, i)| {
                let m = &self.mentions[i];
                matches!(m.kind, Kind::Person | Kind::Organization) && m.tokens.end > k
            })
    }

    /// Token `k` ends a sentence: a stop not glued inside a word (العربية.نت).
    pub(in crate::quotes) fn ends_sentence_at(&self, k: usize) -> bool {
        ends_sentence(self.word(k)) && !(self.glued_before(k) && self.glued_after(k))
    }
}
