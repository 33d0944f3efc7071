//! Outlets named where a paper or a quotation cites them: in quotation marks
//! after an outlet's head or after ل where speech was reported, after لـ
//! with a tatweel, after a paper's head; the cues of one sentence that read
//! a name from the words before it.

use crate::chains::{
    arabic_letters_only, definite_nisba, heads_a_name, LOC_B, LOC_I, ORG_B, PER_B, PLACE_LIST_BEGIN,
};
use crate::features::TokenInfo;
use crate::gazetteer::{
    CURATED_ORG_BEGIN, CURATED_ORG_INSIDE, TRIGGER_GIVEN, TRIGGER_SPEECH, TRIGGER_TITLE,
};
use crate::normalize::{fold_phrase, normalize};
use crate::quotes::closer;
use crate::quotes::words::{AUDIENCE, PARTICIPLE, SAYING, STOP, THAT, VERB, WEAK};

use super::{
    is_word, one_name, unseen_or_outlet, Outlets, Sentence, LONGEST, OUTLET_HEADS, PAPERS,
    PLACE_OUTLETS,
};

/// Verbs of what a paper does (folded, feminine, without و or ف): before
/// its head, a definite noun after the head is the paper's name (نقلت صحيفة
/// الرأي، خصصت صحيفة الشرق).
pub(super) const PUBLISHING: &[&str] = &[
    "نقلت",
    "قالت",
    "ذكرت",
    "كتبت",
    "نشرت",
    "افادت",
    "اوردت",
    "رات",
    "خصصت",
    "اعتبرت",
    "اكدت",
    "اشارت",
    "كشفت",
    "تساءلت",
    "عنونت",
    "وصفت",
    "حذرت",
    "لفتت",
    "زعمت",
    "افردت",
    "تناولت",
    "اضافت",
    "تابعت",
    "اوضحت",
    "انتقدت",
    "رصدت",
    "توقعت",
];

/// Verbs of [`PUBLISHING`] that relay a source (نقلت عن، ذكرت عن): before a
/// country's nisba and عن, that country's agency. Not قالت, whose subject
/// may be a woman (وقالت الأمريكية إن).
const RELAYING: &[&str] = &["نقلت", "ذكرت", "افادت", "اوردت"];

/// Whether a folded word, after و or ف or alone, is one of `verbs`.
pub(super) fn verb_of(folded: &str, verbs: &[&str]) -> bool {
    verbs.contains(&folded.strip_prefix(['و', 'ف']).unwrap_or(folded))
}

/// Whether a folded word ends as a sound plural (ات، ين، ون): after an
/// outlet's head, whose outlet it is (صحيفة المستوطنين), not its name.
fn sound_plural(folded: &str) -> bool {
    ["ات", "ين", "ون"].iter().any(|e| folded.ends_with(e))
}

/// Tokens back from ل that a reporting verb may stand (وقال الوزير محمد بن
/// علي لـ"الأيام"، وقال حسين الستراوي، أحد المتقدمين للبرنامج، لـ"الأيام").
const SPEECH_REACH: usize = 12;

impl Outlets<'_> {
    /// لصحيفة "البيان"، قال لـ"الاقتصادية" إن: a name of one to three words in
    /// quotation marks after an outlet's head, or after ل where speech was
    /// reported, when what was said follows it (إن، أن, a colon, a comma, a
    /// quotation mark or the end) — not a scare-quoted word after "for"
    /// (يذهب الدعم لـ"المرضى").
    pub(super) fn quoted(&self, s: &Sentence, found: &mut Vec<(usize, usize)>) {
        let (ws, infos) = (s.words, s.infos);
        // Straight marks open and close by turns.
        let mut straight = 0;
        for i in 0..ws.len().saturating_sub(3) {
            if ws[i] == "\"" {
                straight += 1;
            }
            if ws[i + 1] == "\"" && straight % 2 == 1 {
                continue;
            }
            let Some((start, end)) = quoted_name(ws, i + 1) else {
                continue;
            };
            let plain = infos[start..end].iter().any(|t| t.stats.count > 0);
            let head = self.head(ws[i], OUTLET_HEADS.len()).is_some_and(|h| {
                let (_, ordinary_ok) = OUTLET_HEADS[h];
                ordinary_ok || !plain
            });
            let said_after = ws.get(end + 1).is_none_or(|&w| {
                matches!(w, ":" | "،" | ",") || closer(w).is_some() || self.is_that(&infos[end + 1])
            });
            // ل and a tatweel written apart (ل ـ « الشرق الأوسط »).
            let lam = normalize(ws[i]) == "ل"
                || (ws[i] == "\u{0640}" && i > 0 && normalize(ws[i - 1]) == "ل");
            let at = if ws[i] == "\u{0640}" {
                i.saturating_sub(1)
            } else {
                i
            };
            // A place in marks after "told" is the paper, whatever follows
            // (قال لـ«الشرق الأوسط» عبر الهاتف).
            let place = one_name(&s.labels[start..end], LOC_B);
            let reported = lam && (said_after || place) && self.speech_before(ws, infos, at);
            // لندن ـ دبي: «الشرق الأوسط» in a line that a headline opens: a
            // place's colon and a place in marks (speech after a colon is no
            // name the tagger found).
            let dated = ws[i] == ":" && place && i > 0 && matches!(s.labels[i - 1], LOC_B | LOC_I);
            if head || reported || dated {
                found.push((start, end));
            }
        }
    }

    /// قال لـعنب بلدي إن: ل and a tatweel before a name where speech was
    /// reported, the name one word or two before إن، أن, a stop or the end; not
    /// a word with a possessive ending, a title or an audience (لـزملائه،
    /// لـمراسلنا، لـرئيس الوزراء، لـلصحفيين).
    pub(super) fn after_tatweel(&self, s: &Sentence, found: &mut Vec<(usize, usize)>) {
        let (ws, infos, labels) = (s.words, s.infos, s.labels);
        for i in 1..ws.len() {
            let Some(rest) = ws[i].strip_prefix("ل\u{0640}") else {
                continue;
            };
            let rest = rest.trim_start_matches('\u{0640}');
            // لـالشرق الأوسط، لـالأناضول: an outlet named as a region, with
            // its article, where speech was reported.
            if rest.starts_with("ال") && self.speech_before(ws, infos, i) {
                let outlet = (1..=2).rev().find(|&len| {
                    i + len <= ws.len() && {
                        let phrase: Vec<&str> = std::iter::once(rest)
                            .chain(ws[i + 1..i + len].iter().copied())
                            .collect();
                        PLACE_OUTLETS.contains(&fold_phrase(&phrase).as_str())
                    }
                });
                // Right before what was said (إن، a colon, a quotation
                // mark), not the region an office covers (لـالشرق الأوسط
                // وشمال أفريقيا، لـالشرق الأوسط في المنظمة).
                let said_next = |j: usize| {
                    ws.get(j).is_some_and(|w| {
                        *w == ":"
                            || matches!(*w, "«" | "\"" | "“")
                            || self.words.whole_classes(&infos[j]) & THAT != 0
                    })
                };
                // And told by a source or the verb itself (وقال مصدر أمني
                // لـ…), not a title's or an office's genitive (المبعوث
                // الخاص لـالشرق الأوسط، دعم بلاده لـالخليج).
                let told = {
                    let before = normalize(ws[i - 1]);
                    infos[i - 1].triggers & TRIGGER_SPEECH != 0
                        || (is_word(ws[i - 1])
                            && !before.starts_with("ال")
                            && infos[i - 1].triggers & TRIGGER_TITLE == 0
                            && !["ه", "ها", "هم", "نا"].iter().any(|e| before.ends_with(e)))
                };
                if let Some(len) = outlet.filter(|&len| told && said_next(i + len)) {
                    found.push((i, i + len));
                }
                continue;
            }
            let possessive = ["ه", "ها", "هم", "هما", "هن", "نا", "كم"]
                .iter()
                .any(|ending| rest.ends_with(ending));
            if rest.chars().count() < 2
                || possessive
                || rest.starts_with('ل')
                || rest.starts_with("ال")
                || !matches!(labels[i], 0 | ORG_B)
                || infos[i].triggers & (TRIGGER_GIVEN | TRIGGER_TITLE) != 0
                || infos[i].gazetteer & PLACE_LIST_BEGIN != 0
                || self.words.classes(&infos[i]) & AUDIENCE != 0
                || !self.speech_before(ws, infos, i)
            {
                continue;
            }
            let ends = |j: usize| {
                j >= ws.len()
                    || !is_word(ws[j])
                    || self.words.whole_classes(&infos[j]) & (THAT | STOP) != 0
            };
            if ends(i + 1) {
                found.push((i, i + 1));
            } else if labels[i + 1] == 0 && ends(i + 2) {
                found.push((i, i + 2));
            }
        }
    }

    /// قال مدرب الوداد لهسبريس إن: a well-known organisation of the hand list
    /// after ل where speech was reported, before what was said, is the one
    /// spoken to, however the tagger ran the name before it on into it.
    pub(super) fn told_known(&self, s: &Sentence, found: &mut Vec<(usize, usize)>) {
        let (ws, infos) = (s.words, s.infos);
        for i in 1..ws.len() {
            // ل before the name, or before its article (للأناضول, which the
            // analysis reads as one word).
            let folded = || normalize(ws[i]);
            if infos[i].gazetteer & CURATED_ORG_BEGIN == 0
                || !folded().starts_with('ل')
                || infos[i].clitic_chars == 0 && !folded().starts_with("لل")
            {
                continue;
            }
            let mut end = i + 1;
            while end < ws.len() && infos[end].gazetteer & CURATED_ORG_INSIDE != 0 {
                end += 1;
            }
            let said_after = ws.get(end).is_none_or(|&w| {
                matches!(w, ":" | "،" | "," | ".")
                    || closer(w).is_some()
                    || self.is_that(&infos[end])
            });
            if said_after && self.speech_before(ws, infos, i) {
                found.push((i, end));
            }
        }
    }

    /// صحيفة عكاظ: the word after a paper's head, or the place or person the
    /// tagger found there (صحيفة الشرق الأوسط). A word left alone must be one
    /// the training text did not see or saw mostly in organisations, or a
    /// definite word before the paper's nationality (صحيفة الوسط الليبية), so that
    /// what describes the paper is no name (صحيفة يومية، صحيفة مستقلة، صحيفة
    /// الحزب).
    pub(super) fn after_papers(&self, s: &Sentence, found: &mut Vec<(usize, usize)>) {
        let (ws, infos, labels) = (s.words, s.infos, s.labels);
        for i in 0..ws.len().saturating_sub(1) {
            // The word's own hashes first: most words are no paper.
            let papers = &self.heads[..PAPERS];
            let maybe = papers.contains(&infos[i].stem) || papers.contains(&infos[i].norm);
            if !maybe || self.head(ws[i], PAPERS).is_none() || !is_word(ws[i + 1]) {
                continue;
            }
            let end = match labels[i + 1] {
                PER_B | LOC_B => {
                    let mut end = i + 2;
                    while end < ws.len() && labels[end] == labels[i + 1] + 1 {
                        end += 1;
                    }
                    end
                }
                0 => {
                    let particle =
                        self.words.whole_classes(&infos[i + 1]) & (THAT | STOP | VERB) != 0;
                    // صحيفة الحزب: a body's head is the paper's owner.
                    // صحيفة الوسط الليبية: an ordinary word is the paper's
                    // name before the paper's nationality.
                    let national = infos[i + 1].definite
                        && infos
                            .get(i + 2)
                            .is_some_and(|n| n.nationality && n.definite);
                    // خصصت صحيفة الشرق، قال لصحيفة الأيام: a definite noun
                    // after a newspaper's head names it where the paper
                    // writes or is told something; an adjective describes
                    // it (صحيفة اليومية), a plural is whose paper it is
                    // (صحيفة المستوطنين), and a noun before a nisba of its
                    // own is a document (صحيفة الحالة الجنائية، مجلة الأحوال
                    // الشخصية: a code, in Tunisia).
                    let folded = normalize(ws[i + 1]);
                    let newspaper = self.head(ws[i], 2).is_some();
                    // (Or where something is in it: نشر مقالا في صحيفة
                    // الدستور.)
                    let reported = (i.saturating_sub(2)..i).any(|k| {
                        let folded = normalize(ws[k]);
                        verb_of(&folded, PUBLISHING)
                            || k + 1 == i && matches!(folded.as_str(), "في" | "وفي")
                    }) || normalize(ws[i])
                        .trim_start_matches(['و', 'ف'])
                        .starts_with('ل')
                        && self.speech_before(ws, infos, i);
                    let plural = sound_plural(&folded);
                    let described = ws.get(i + 2).is_some_and(|w| {
                        let adjective = normalize(w);
                        adjective.starts_with("ال")
                            && (adjective.ends_with('ي') || adjective.ends_with("يه"))
                            && !infos[i + 2].nationality
                    });
                    let definite_noun = newspaper
                        && reported
                        && infos[i + 1].definite
                        && !folded.ends_with("يه")
                        && !plural
                        && !described;
                    if particle
                        || heads_a_name(&folded)
                        || !(unseen_or_outlet(&infos[i + 1]) || national || definite_noun)
                        || folded.chars().count() < 3
                    {
                        continue;
                    }
                    i + 2
                }
                _ => continue,
            };
            found.push((i + 1, end));
        }
    }

    /// ونقلت قناة المسيرة عن، ونقلت إذاعة أجيال عن، ونقلت صحيفة الرياضية عن:
    /// one word between an outlet's head right after a verb of what it does
    /// ([`PUBLISHING`]) and عن, أن or a mark is that outlet's name, however
    /// ordinary a word: the frame names who reported. Not a word that
    /// describes the outlet (an indefinite nisba: صحيفة محلية، قناة
    /// تلفزيونية), a plural (whose it is), a particle or another head. So is
    /// a country's nisba alone, feminine, between a verb that relays and عن
    /// (ونقلت العمانية عن: its agency; وقالت الأمريكية إن is a woman).
    pub(super) fn reported_by_heads(&self, s: &Sentence, found: &mut Vec<(usize, usize)>) {
        let (ws, infos, labels) = (s.words, s.infos, s.labels);
        // Heads of outlets whose name may be an ordinary word: a paper, a
        // magazine, a channel, an agency, a radio, a television.
        let among = OUTLET_HEADS.iter().take_while(|(_, any)| *any).count();
        for i in 1..ws.len().saturating_sub(2) {
            // ونقلت العمانية عن: a country's agency by its nisba alone, where
            // a source is relayed.
            if labels[i] == 0
                && infos[i].nationality
                && infos[i].definite
                && verb_of(&normalize(ws[i - 1]), RELAYING)
                && normalize(ws[i]).ends_with("يه")
                && normalize(ws[i + 1]) == "عن"
            {
                found.push((i, i + 1));
                continue;
            }
            // The word's own hashes first: most words are no outlet's head.
            let heads = &self.heads[..among];
            let maybe = heads.contains(&infos[i].stem) || heads.contains(&infos[i].norm);
            if !maybe
                || labels[i + 1] != 0
                || !is_word(ws[i + 1])
                || self.head(ws[i], among).is_none()
            {
                continue;
            }
            if !verb_of(&normalize(ws[i - 1]), PUBLISHING) {
                continue;
            }
            let closes_at = |k: usize| {
                ws.get(k).is_some_and(|w| {
                    matches!(*w, ":" | "،" | ",") || matches!(normalize(w).as_str(), "عن" | "ان")
                })
            };
            // (Or an adjective of the outlet's between: ونقلت صحيفة الصباح
            // الرسمية عن، صحيفة الأيام العدنية عن.)
            let adjective = labels.get(i + 2) == Some(&0)
                && definite_nisba(&normalize(ws[i + 2]))
                && closes_at(i + 3);
            let closes = closes_at(i + 2) || adjective;
            let folded = normalize(ws[i + 1]);
            let nisba =
                !folded.starts_with("ال") && (folded.ends_with('ي') || folded.ends_with("يه"));
            let plural = sound_plural(&folded);
            let particle = self.words.whole_classes(&infos[i + 1]) & (THAT | STOP | VERB) != 0;
            if closes
                && !nisba
                && !plural
                && !particle
                // (A body's head is the outlet's name only right before
                // the source it relays: ونقلت قناة المملكة عن; وكتبت صحيفة
                // الحزب أن is the party's paper.)
                && (!heads_a_name(&folded)
                    || infos[i + 1].definite && normalize(ws[i + 2]) == "عن")
                && arabic_letters_only(&folded)
                && folded.chars().count() >= 3
            {
                found.push((i + 1, i + 2));
            }
        }
    }

    fn is_that(&self, info: &TokenInfo) -> bool {
        self.words.whole_classes(info) & THAT != 0
    }

    /// A reporting verb, its participle or a word of saying (تصريح) a few
    /// tokens before token `i`, with no إن/أن or punctuation but commas
    /// between: ل then names whom the words were said to, not a word of what
    /// was said (ذكرت أن حسام حسن، المدير الفني لـ"الفراعنة").
    fn speech_before(&self, ws: &[&str], infos: &[TokenInfo], i: usize) -> bool {
        for j in (i.saturating_sub(SPEECH_REACH)..i).rev() {
            if self.words.classes(&infos[j]) & (VERB | WEAK | PARTICIPLE | SAYING) != 0 {
                return true;
            }
            let comma = matches!(ws[j], "،" | ",");
            if (!is_word(ws[j]) && !comma) || self.is_that(&infos[j]) {
                return false;
            }
        }
        false
    }
}

/// The words `a..b` of a name of one to three words in quotation marks that
/// open at `open` («الشرق الأوسط»), if they are there.
pub(super) fn quoted_name(ws: &[&str], open: usize) -> Option<(usize, usize)> {
    let close = closer(ws.get(open)?)?;
    let start = open + 1;
    let mut end = start;
    while end < ws.len() && end < start + LONGEST && is_word(ws[end]) {
        end += 1;
    }
    (end > start && ws.get(end).is_some_and(|w| close.contains(w))).then_some((start, end))
}
