//! The words around a reporting verb that describe its speaker: the subject
//! after the verb, read as a short phrase up to the first word that cannot
//! describe a speaker (في، أن، أمس, punctuation, whom they spoke to, what they
//! did or said next: حديثه، بالقول، تحدثوا، طلب عدم …), and the subject before a
//! participle such as مؤكدا. A person the tagger found in the phrase is the
//! speaker; else an organisation that opens it; else the phrase itself, a
//! source the text describes rather than names. Whom a description refers to
//! is `speaker`'s.

use super::words::{
    ACCORDING, AUDIENCE, NO_SPEAKER, PARTICIPLE, RELAYS, SAYING, SOURCE, STOP, THAT, VERB, WEAK,
};
use super::{has_article, Context, Said, Speaker};
use crate::chains::{definite_nisba, manner_word, PERSON_LIST_BEGIN};
use crate::gazetteer::{
    TRIGGER_FAMILY, TRIGGER_GIVEN, TRIGGER_NAME, TRIGGER_ORG_HEAD, TRIGGER_TITLE,
};
use crate::normalize::{hash_exact, normalize};
use crate::tokenize::ends_sentence;
use crate::{Kind, RawMention};

/// عدم, alone or after و or ف, folded: a verb after it is its complement (see
/// `Context::after_verbal_noun`). By [`hash_exact`], which keeps ى apart from
/// ي as comparing the words would.
const NOT_DONE: [u64; 3] = [hash_exact("عدم"), hash_exact("وعدم"), hash_exact("فعدم")];
/// The prepositions after which رد is a reply (في رد مكتوب), and رد, folded.
const BEFORE_REPLY: [u64; 3] = [hash_exact("في"), hash_exact("ب"), hash_exact("عبر")];
const REPLY: u64 = hash_exact("رد");

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

/// Whether a folded word is an honorific a title may open with (سعادة وزير
/// المواصلات، معالي الوزير): one of [`HONORIFICS`]' nouns.
pub(super) fn honorific(folded: &str) -> bool {
    HONORIFICS.iter().any(|(_, noun)| *noun == folded)
}

/// How far back an honorific's person is looked for, in tokens.
const HONOURED_LOOK_BACK: usize = 120;

/// Longest description of a speaker, in words.
pub(super) const SUBJECT_WORDS: usize = 10;
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

    /// The subject of a participle at `at`: the subject of the sentence's reporting
    /// verb, else the last person or organisation named before it in the sentence.
    pub(super) fn subject_before(&self, at: usize) -> Said {
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
        if let Some(v) = (start..at).find(|&k| verb_at(k)) {
            if let Said::By(s) = self.subject(v + 1, at) {
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
            if let Said::By(s) = self.subject(start + 1, object) {
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

    /// The sentence that token `at` stands in, looking back at most three
    /// speakers' descriptions: what ends the sentence or line before it (if
    /// any is that near) and where the sentence begins (a line's first word).
    pub(super) fn sentence_before(&self, at: usize) -> (Option<usize>, usize) {
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
    /// الصياد …؛ من جهته، حذر …).
    fn after_fronted_phrase(&self, start: usize, at: usize) -> usize {
        let folded = normalize(self.word(start));
        let bare = folded.strip_prefix('و').unwrap_or(&folded);
        let preposition = matches!(
            bare,
            "في" | "من" | "على" | "عن" | "الى" | "مع" | "بعد" | "قبل"
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
    pub(super) fn embedded_verb(&self, k: usize) -> bool {
        k > 0 && self.relative_at(k - 1) || self.after_verbal_noun(k)
    }

    /// The word at `k` is a relative pronoun, after و or not (الذي، والتي).
    pub(super) fn relative_at(&self, k: usize) -> bool {
        let folded = normalize(self.word(k));
        is_relative(folded.strip_prefix('و').unwrap_or(&folded))
    }

    /// The verb at `k` is a verbal noun's complement (طلب عدم ذكر اسمه), or a
    /// word that is a verb too after a refusal or a negation (رفض ذكر اسمه، لم
    /// تكشف عن اسمه), or رد after a preposition (في رد مكتوب, a reply): no
    /// one reports anything through it.
    pub(super) fn after_verbal_noun(&self, k: usize) -> bool {
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

    /// Where the description of a speaker starting at `from` ends.
    pub(super) fn subject_end(&self, from: usize, limit: usize) -> usize {
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
    pub(super) fn is_talk(&self, k: usize) -> bool {
        let folded = normalize(self.word(k));
        TALKS.iter().any(|t| normalize(t) == folded)
    }

    /// Where a name of at most four words in marks opening at `open` ends (after
    /// its closing mark), when the word before it heads such a name.
    pub(super) fn marked_name_end(&self, open: usize) -> Option<usize> {
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

    /// Token `k` is a constituency's or region's word (دائرة، محافظة، ولاية).
    fn seat_at(&self, k: usize) -> bool {
        matches!(
            normalize(self.word(k)).as_str(),
            "دائره" | "محافظه" | "ولايه" | "مدينه" | "منطقه" | "اقليم"
        )
    }

    /// من or في at `k`, an organisation the tagger found after it and a
    /// person right after that: the body an office is held from, before its
    /// holder (رئيس الحكومة المكلفة من مجلس النواب أسامة حماد). Where the body
    /// ends.
    fn office_body_before_name(&self, k: usize) -> Option<usize> {
        if !matches!(self.word(k), "من" | "في") {
            return None;
        }
        let end = self.mentions[self.organisation_at(k + 1)?].tokens.end;
        self.first_named(end..end + 1, &[Kind::Person]).map(|_| end)
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
    pub(super) fn may_be_name(&self, k: usize) -> bool {
        let info = &self.infos[k];
        info.triggers & TRIGGER_GIVEN != 0
            || info.whole_given
            || info.stats.count == 0
            || info.stats.shares[0] >= 128
    }

    /// Token `k` is inside a person or organisation the tagger found, after
    /// its first word.
    pub(super) fn inside_name(&self, k: usize) -> bool {
        self.starting_in(k.saturating_sub(SUBJECT_WORDS)..k)
            .iter()
            .any(|&(_, i)| {
                let m = &self.mentions[i];
                matches!(m.kind, Kind::Person | Kind::Organization) && m.tokens.end > k
            })
    }

    /// Token `k` ends a sentence: a stop not glued inside a word (العربية.نت).
    pub(super) fn ends_sentence_at(&self, k: usize) -> bool {
        ends_sentence(self.word(k)) && !(self.glued_before(k) && self.glued_after(k))
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
