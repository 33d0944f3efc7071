//! The words around a reporting verb that describe its speaker: the subject
//! after the verb, read as a short phrase up to the first word that cannot
//! describe a speaker (في، أن، أمس, punctuation, whom they spoke to, what they
//! did or said next: حديثه، بالقول، تحدثوا، طلب عدم …), and the subject before a
//! participle such as مؤكدا. A person the tagger found in the phrase is the
//! speaker; else an organisation that opens it; else the phrase itself, a
//! source the text describes rather than names. Whom a description refers to
//! is `speaker`'s.

use super::words::{ACCORDING, NO_SPEAKER, SAYING, SOURCE};
use super::{has_article, Context, Said, Speaker};
use crate::chains::{definite_nisba, manner_word, PERSON_LIST_BEGIN};
use crate::gazetteer::{
    TRIGGER_FAMILY, TRIGGER_GIVEN, TRIGGER_NAME, TRIGGER_ORG_HEAD, TRIGGER_TITLE,
};
use crate::normalize::normalize;
use crate::{Kind, RawMention};

mod before;
mod end;

/// Honorifics with a pronoun (folded) that stand for a person named before,
/// and the honorific the text gives that person (سموه: سمو الأمير فلان).
const HONORIFICS: &[(&str, &str)] = &[
    ("سموه", "سمو"),
    ("سموها", "سمو"),
    ("فضيلته", "فضيله"),
    ("معاليه", "معالي"),
    ("معاليها", "معالي"),
    ("سيادته", "سياده"),
    ("جلالته", "جلاله"),
    ("سعادته", "سعاده"),
    ("فخامته", "فخامه"),
    ("سماحته", "سماحه"),
    ("نيافته", "نيافه"),
    ("غبطته", "غبطه"),
    ("قداسته", "قداسه"),
];

/// Nouns of a relation, as written: the person named right after one is
/// whom the speaker is related to, not the speaker (محامي فلان، والدة
/// فلان). Not folded, which would make نجلة (the daughter of) نجله (his
/// son, named after it).
const RELATIONS: &[&str] = &[
    "محامي",
    "محامية",
    "وكيل",
    "والد",
    "والدة",
    "شقيق",
    "شقيقة",
    "زوج",
    "زوجة",
    "نجل",
    "نجلة",
    "ابن",
    "ابنة",
    "أرملة",
    "حفيد",
    "حفيدة",
];

/// Whether a folded word is an honorific a title may open with (سعادة وزير
/// المواصلات، معالي الوزير): one of [`HONORIFICS`]' nouns.
pub(super) fn honorific(folded: &str) -> bool {
    HONORIFICS.iter().any(|(_, noun)| *noun == folded)
}

/// How far back an honorific's person is looked for, in tokens.
const HONOURED_LOOK_BACK: usize = 120;

/// Longest description of a speaker, in words.
pub(super) const SUBJECT_WORDS: usize = 10;

/// How something was said, after ب (folded), which the analysis may leave
/// whole: no speaker (قال بصراحة:، يجيب بهدوء:).
const MANNERS: &[&str] = &[
    "بصراحه",
    "بهدوء",
    "بحزم",
    "بوضوح",
    "بثقه",
    "بمراره",
    "بفخر",
    "باسى",
    "بحسره",
    "بغضب",
    "بانفعال",
    "بتاثر",
    "بحماس",
    "باقتضاب",
    "بايجاز",
    "بحده",
    "بسخريه",
    "بابتسامه",
    "بحرقه",
    "بتفاؤل",
    "بامتعاض",
    "بحذر",
];

impl Context<'_> {
    /// The first word of `words` after the honorifics that open it (سعادة
    /// وزير المواصلات: وزير), or its end when all of them are.
    pub(super) fn past_honorifics(&self, words: std::ops::Range<usize>) -> usize {
        let end = words.end;
        words
            .into_iter()
            .find(|&k| !honorific(&normalize(self.word(k))))
            .unwrap_or(end)
    }

    /// The word at `k` may be part of a person's name: a name word of the lists
    /// without the article (العويس is a surname, الطاقة no name).
    pub(super) fn name_word(&self, k: usize) -> bool {
        let named = self.is_given(k)
            || self
                .infos
                .get(k)
                .is_some_and(|t| t.triggers & (TRIGGER_FAMILY | TRIGGER_NAME) != 0);
        named && !has_article(&normalize(self.word(k)))
    }

    /// The word at `k` may open a person's name the tagger missed: a given
    /// name of the lists, or the first word of a listed full name (عز of عز
    /// الدين), without the article.
    fn opens_a_name(&self, k: usize) -> bool {
        let listed = self
            .infos
            .get(k)
            .is_some_and(|t| t.gazetteer & PERSON_LIST_BEGIN != 0);
        (listed || self.is_given(k)) && self.is_word(k) && !has_article(&normalize(self.word(k)))
    }

    /// The person an honorific with a pronoun at `at` stands for: the nearest
    /// one the text gave its honorific `noun` to (سمو الأمير محمد بن سلمان,
    /// a person within a few words after سمو), else the only person named in
    /// the words before it (التقى الأمير فلان بالرئيس فلان … وقال سموه is
    /// not told apart by order).
    fn honoured(&self, at: usize, noun: &str) -> Option<usize> {
        let floor = at.saturating_sub(HONOURED_LOOK_BACK);
        let mut given = (floor..at)
            .rev()
            .filter(|&k| {
                // (With the article too: صاحب السمو الملكي الأمير فلان.)
                let folded = normalize(self.word(k));
                let bare = folded.strip_prefix(['و', 'ب', 'ل']).unwrap_or(&folded);
                folded == noun || bare == noun || bare.strip_prefix("ال") == Some(noun)
            })
            .filter_map(|k| self.first_named(k + 1..(k + 5).min(at), &[Kind::Person]));
        if let Some(first) = given.next() {
            // Of two people given it (صاحب السمو الأمير فلان يستقبل صاحب
            // السمو الأمير فلان), no guess.
            let surname = |i: usize| self.infos[self.mentions[i].tokens.end - 1].norm;
            let others = given.any(|other| surname(other) != surname(first));
            return (!others).then_some(first);
        }
        self.only_person(floor..at)
    }

    /// The one person named in `r`, perhaps again by a part of the name
    /// (أحمد الطيب … الطيب); none when two are.
    pub(super) fn only_person(&self, r: std::ops::Range<usize>) -> Option<usize> {
        let people: Vec<usize> = self
            .starting_in(r)
            .iter()
            .map(|(_, i)| *i)
            .filter(|&i| self.mentions[i].kind == Kind::Person)
            .collect();
        let last_word = |i: usize| {
            let m = &self.mentions[i];
            normalize(self.word(m.tokens.end - 1))
        };
        let first = *people.first()?;
        people
            .iter()
            .all(|&i| last_word(i) == last_word(first))
            .then_some(first)
    }

    /// The word at `k`, which no name the tagger found starts, says how
    /// something was said ([`manner_word`]: ضاحكا، مبتسما، مستغربا).
    fn manner_at(&self, k: usize) -> bool {
        let Some(info) = self.infos.get(k) else {
            return false;
        };
        self.is_word(k) && !self.names_start_at(k) && manner_word(self.word(k), info)
    }

    /// The word at `k` is a given name.
    pub(super) fn is_given(&self, k: usize) -> bool {
        self.infos
            .get(k)
            .is_some_and(|t| t.triggers & TRIGGER_GIVEN != 0 || t.whole_given)
    }

    /// The person named at `start` is whom a spokesperson in the description
    /// from `from` speaks for, not the speaker: باسم and a title right before
    /// the name (المتحدثة باسم الرئيس الأمريكي دونالد ترامب). After a body
    /// (المتحدث باسم الخارجية الأمريكية نيد برايس) the name is the speaker's.
    fn spoken_for(&self, from: usize, start: usize) -> bool {
        let mut k = start;
        while k > from + 1 && definite_nisba(&normalize(self.word(k - 1))) {
            k -= 1;
        }
        k >= from + 2
            && self.infos[k - 1].triggers & TRIGGER_TITLE != 0
            && normalize(self.word(k - 2)).ends_with("باسم")
    }

    /// The speaker described by the words from `from` (before `limit`).
    pub(super) fn subject(&self, from: usize, limit: usize) -> Said {
        // Past the text's last word (a text cut off after its verb): no one.
        if from >= self.infos.len() {
            return Said::Continues;
        }
        // A preposition with a pronoun is passed over (بحسب ما صرح به نقيب
        // المحامين فلان), and is all there is before the colon of قال خلاله:;
        // a negation's noun opens no speaker (طالبا عدم الكشف عن اسمه:).
        let folded = normalize(self.word(from));
        if folded == "عدم" {
            return Said::Continues;
        }
        // أحدهم، وهو موظف حكومي: one of those the text spoke of, as the
        // clause after him describes him.
        if matches!(folded.as_str(), "احدهم" | "احداهن" | "احدهن" | "احداهم")
            && self.word(from + 1) == "،"
            && matches!(self.word(from + 2), "وهو" | "وهي")
            && from + 3 < limit
        {
            return self.subject(from + 3, limit);
        }
        // فقال وهو يستعد لرحلة: a clause of circumstance after the verb
        // says how its subject spoke, named before.
        if matches!(folded.as_str(), "وهو" | "وهي" | "وهم" | "وهما" | "وهن") {
            return Said::Continues;
        }
        // وقال سموه، وأضاف فضيلته: an honorific with a pronoun is a person
        // named before (see `honoured`), else it stays as written.
        if let Some(&(_, noun)) = HONORIFICS.iter().find(|(h, _)| *h == folded) {
            if let Some(person) = self.honoured(from, noun) {
                return Said::By(Speaker::Named(person));
            }
        }
        if self.class(from) & NO_SPEAKER != 0 && !self.names_start_at(from) {
            return if from + 1 >= limit {
                Said::Continues
            } else {
                self.subject(from + 1, limit)
            };
        }
        // How it was said, a participle in the accusative (وأضاف ضاحكا:،
        // وقال مبتسما), is no speaker: the one after it, or the one before.
        // (After a verb in the feminine, a word in ا is her name: وقالت
        // مالالا; her manner would end in ة.)
        let feminine_verb = from > 0 && normalize(self.word(from - 1)).ends_with('ت');
        if self.manner_at(from) && !feminine_verb {
            return if from + 1 >= limit {
                Said::Continues
            } else {
                self.subject(from + 1, limit)
            };
        }
        // Whom they spoke to is no speaker (وقال للأناضول:): the speaker is
        // after it, or the one before.
        if let Some(end) = self.told_at(from) {
            return if end >= limit {
                Said::Continues
            } else {
                self.subject(end, limit)
            };
        }
        // A phrase after ب says how it was said (وقال بصوت متهدج:), not who
        // said it: the speaker is a name after it, or the one before.
        // (Some the analysis leaves whole: بصراحة، بهدوء, [`MANNERS`].)
        if (self.infos[from].clitic_chars > 0 || MANNERS.contains(&folded.as_str()))
            && folded.starts_with('ب')
            && self.class(from) & ACCORDING == 0
            && !self.names_start_at(from)
        {
            return match (from + 1..limit).find(|&k| self.names_start_at(k)) {
                Some(k) => self.subject(k, limit),
                None => Said::Continues,
            };
        }
        // A statement is not a speaker: its issuer is (بيان صادر عن الوزارة،
        // تقرير للاتحاد).
        if self.class(from) & SAYING != 0 {
            if let Some(by) = (from + 1..limit.min(from + 4)).find(|&k| self.word(k) == "عن") {
                return self.subject(by + 1, limit);
            }
            if let Some(org) = self
                .organisation_at(from + 1)
                .filter(|_| self.word(from + 1).starts_with('ل'))
            {
                return Said::By(Speaker::Named(org));
            }
        }
        let end = self.subject_end(from, limit);
        if end == from {
            return Said::Continues;
        }
        let inside = |kind: Kind| self.first_named(from..end, &[kind]);
        // محامي فلان، المحامي فلان: a relation of the person named after
        // it speaks, named in apposition or else described.
        let relation = self.word(from);
        if RELATIONS.contains(&relation.strip_prefix('و').unwrap_or(relation)) {
            if let Some(p) = self.first_named(from + 1..from + 2, &[Kind::Person]) {
                if let Some(named) = self.in_apposition(self.mentions[p].tokens.end, limit) {
                    return Said::By(Speaker::Named(named));
                }
                return Said::By(Speaker::Described(RawMention::of_tokens(
                    Kind::Person,
                    self.text,
                    self.tokens,
                    from..self.mentions[p].tokens.end,
                    self.proclitic_chars(from),
                )));
            }
        }
        // An unnamed source is not the person its description names (مسؤول في
        // مكتب الوزير فلان، مصدر مقرب من الرئيس فلان).
        let person = inside(Kind::Person).or_else(|| self.person_after(end, limit));
        let whose = person.is_some_and(|p| self.spoken_for(from, self.mentions[p].tokens.start));
        if let Some(person) = person.filter(|_| !self.anonymous_source(from) && !whose) {
            return Said::By(Speaker::Named(person));
        }
        if let Some(person) = person.filter(|_| whose) {
            // The spokesperson, described up to whom they speak for.
            let to = self.mentions[person].tokens.start;
            let skip = self.proclitic_chars(from);
            return Said::By(Speaker::Described(RawMention::of_tokens(
                Kind::Person,
                self.text,
                self.tokens,
                from..to,
                skip,
            )));
        }
        // An organisation speaks when it opens the subject; one later in it is
        // whose role the speaker holds (رئيس مجلس الأمن، المتحدث باسم الوزارة).
        if let Some(org) = inside(Kind::Organization) {
            if self.mentions[org].tokens.start == from {
                return Said::By(Speaker::Named(org));
            }
        }
        if let Some(named) = self.name_after_description(from, end, limit) {
            return Said::By(named);
        }
        let kind = if self.infos[from].triggers & TRIGGER_ORG_HEAD != 0 {
            Kind::Organization
        } else {
            Kind::Person
        };
        let skip = self.proclitic_chars(from);
        // A description ends on no preposition (المتحدث باسم المنظمة | في
        // إيطاليا, where the place was not found).
        let mut end = end;
        while end > from + 1 && matches!(self.word(end - 1), "في" | "من" | "عن" | "إلى" | "على")
        {
            end -= 1;
        }
        Said::By(Speaker::Described(RawMention::of_tokens(
            kind,
            self.text,
            self.tokens,
            from..end,
            skip,
        )))
    }

    /// A person named in apposition after `at`, between commas and perhaps
    /// after a title (محامي فلان، المحامي فلان، إنه …).
    fn in_apposition(&self, at: usize, limit: usize) -> Option<usize> {
        if !matches!(self.word(at), "،" | ",") {
            return None;
        }
        let person = (at + 1..limit.min(at + 3))
            .find_map(|k| self.first_named(k..k + 1, &[Kind::Person]))?;
        let start = self.mentions[person].tokens.start;
        let titled = (at + 1..start).all(|k| self.infos[k].triggers & TRIGGER_TITLE != 0);
        let end = self.mentions[person].tokens.end;
        (titled && (end >= limit || matches!(self.word(end), "،" | ","))).then_some(person)
    }

    /// Token `k` is a constituency's or region's word (دائرة، محافظة، ولاية).
    fn seat_at(&self, k: usize) -> bool {
        matches!(
            normalize(self.word(k)).as_str(),
            "دائره" | "محافظه" | "ولايه" | "مدينه" | "منطقه" | "اقليم"
        )
    }

    /// The word at `k` opens an unnamed source: an indefinite source word
    /// (مصدر، مسؤول، دبلوماسي) with no name right after it, and not one that
    /// takes a body as its genitive (عضو مجلس النواب فلان، أحد السكان).
    pub(super) fn anonymous_source(&self, k: usize) -> bool {
        let folded = normalize(self.word(k));
        let of_a_body = ["عضو", "أعضاء", "أحد", "إحدى"]
            .iter()
            .any(|w| normalize(w) == folded);
        self.class(k) & SOURCE != 0
            && !has_article(&folded)
            && !of_a_body
            && !self.names_start_at(k + 1)
    }

    /// An organisation the tagger found that starts at token `k`.
    pub(super) fn organisation_at(&self, k: usize) -> Option<usize> {
        self.first_named(k..k + 1, &[Kind::Organization])
    }

    /// An organisation named right after ل at token `k` (للأناضول، لهسبريس):
    /// whom the speaker spoke to, unless a person's name follows it (the
    /// office they hold: المدير العام لمنظمة الصحة العالمية تيدروس). Where it
    /// ends, if so.
    fn told_at(&self, k: usize) -> Option<usize> {
        let org = self.organisation_at(k)?;
        let m = &self.mentions[org];
        let after_lam = m.span.start > self.tokens[k].chars.start && self.word(k).starts_with('ل');
        let end = m.tokens.end;
        (after_lam && self.first_named(end..end + 1, &[Kind::Person]).is_none()).then_some(end)
    }

    /// A person or organisation the tagger found starts at token `k`.
    pub(super) fn names_start_at(&self, k: usize) -> bool {
        self.first_named(k..k + 1, &[Kind::Person, Kind::Organization])
            .is_some()
    }
}

/// A relative pronoun, folded (الذي، التي، الذين، اللذان).
pub(super) fn is_relative(folded: &str) -> bool {
    matches!(
        folded,
        "الذي"
            | "التي"
            | "الذين"
            | "اللذان"
            | "اللتان"
            | "اللذين"
            | "اللتين"
            | "اللواتي"
            | "اللاتي"
    )
}
