//! The name a speaker's description leads up to. Arabic news gives a speaker
//! as an office, a trade or a place of work and then the name, just before
//! what they said or where they said it (وقال وكيل الوزارة لشؤون الاستخراج
//! ضياء جعفر الموسوي خلال …، نائبة رئيس المكتب في السودان لبنى الحاج عمر
//! لـ…: …، الدكتورة هدى مفتاح الصغير إن …), or in apposition between commas
//! (وأوضح رئيس لجنة التحكيم، المخرج السنغالي مامادو ديالو، أن …). The
//! description alone stops at its first preposition or indefinite word; the
//! name is read here, up to the word that ends the speaker: إن/أن, a colon, a
//! comma, a verb, the talk they spoke in (في بيان), whom they spoke to (لـ).
//! A person the tagger found there is the speaker; else a given name of the
//! lists and the name-like words after it that end just there, which the
//! tagger missed. A described source (مسؤول في مكتب الرئيس فلان) is not its
//! superior, so these descriptions are left as they are.

use super::subject::SUBJECT_WORDS;
use super::words::{ACCORDING, AUDIENCE, PARTICIPLE, RELAYS, SAYING, STOP, THAT, VERB};
use super::{has_article, Context, Speaker};
use crate::chains::seen_outside_people;
use crate::gazetteer::{TRIGGER_FAMILY, TRIGGER_NAME, TRIGGER_ORG_HEAD, TRIGGER_TITLE};
use crate::normalize::normalize;
use crate::{has_arabic_letter, Kind, RawMention};

/// Titles of those sent to a state or a body, and the missions they lead
/// (folded, no article): their description goes on through لدى or إلى to
/// the name.
const ENVOYS: &[&str] = &[
    "سفير",
    "سفيره",
    "مبعوث",
    "مبعوثه",
    "مندوب",
    "مندوبه",
    "ممثل",
    "ممثله",
    "موفد",
    // رئيس بعثة الصندوق إلى مصر، رئيس وفد الحكومة إلى جنيف
    "بعثه",
    "وفد",
];

/// How many words past its description a speaker's name may end.
const NAME_REACH: usize = SUBJECT_WORDS + 6;
/// How many words a name the tagger missed may have.
const NAME_WORDS: usize = 4;
/// How many words of a title may stand between a comma and the name in
/// apposition (المخرج السنغالي).
const APPOSITION_WORDS: usize = 5;

impl Context<'_> {
    /// The speaker named at the end of a description starting at `from` whose
    /// noun phrase ended at `end` (before `limit`), or in apposition after it.
    pub(super) fn name_after_description(
        &self,
        from: usize,
        end: usize,
        limit: usize,
    ) -> Option<Speaker> {
        if self.anonymous_source(from) {
            return None;
        }
        if self.word(end) == "،" {
            return self.apposition(end + 1, limit);
        }
        let stop = self.speaker_ends(from, end, limit.min(from + NAME_REACH));
        if let Some(person) = self.first_named(end..stop, &[Kind::Person]) {
            return Some(Speaker::Named(person));
        }
        self.untagged_name(from, stop)
            .map(Speaker::Described)
            // The office's body given, the name follows in apposition (قال نائب
            // الرئيس التنفيذي للتسويق في قطر للطاقة، علي بن حمد الهاجري، خلال …).
            .or_else(|| {
                (stop > end && self.word(stop) == "،")
                    .then(|| self.apposition(stop + 1, limit))
                    .flatten()
            })
    }

    /// A person named between a comma at `from - 1` and the next comma, إن/أن
    /// or colon, after a few words of title (، المحامي خالد أبو بكر، أنه).
    pub(super) fn apposition(&self, from: usize, limit: usize) -> Option<Speaker> {
        // An organisation the title holds counts as one word (، رئيسة بعثة
        // الأمم المتحدة للدعم في ليبيا هانا تيتيه،).
        let mut reach = from;
        for _ in 0..APPOSITION_WORDS + NAME_WORDS {
            if reach >= limit.min(self.tokens.len()) {
                break;
            }
            reach = self
                .organisation_at(reach)
                .map_or(reach + 1, |org| self.mentions[org].tokens.end);
        }
        let reach = reach.min(limit).min(self.tokens.len());
        // (The subject's limit itself may close it: the colon of قال الوزير،
        // فلان: …) A word of a name the tagger found is not a stop word, though
        // it may fold like one (فان of يوهان فان دير برغ).
        // (في after a body and before a place is where the body works:
        // مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في السودان فلان.)
        let where_body_works = |k: usize| {
            self.word(k) == "في"
                && k > from
                && self
                    .last_named(from..k, &[Kind::Organization])
                    .is_some_and(|org| self.mentions[org].tokens.end == k)
                && self.first_named(k + 1..k + 2, &[Kind::Location]).is_some()
        };
        let stop = (from..reach)
            .find(|&k| {
                !self.is_word(k)
                    || self.class(k) & (STOP | THAT | VERB | PARTICIPLE | ACCORDING | RELAYS) != 0
                        && !self.names_start_at(k)
                        && !self.inside_name(k)
                        && !where_body_works(k)
            })
            .or((reach == limit && limit < self.tokens.len()).then_some(limit))?;
        // The name's Latin spelling in brackets after it (كلاوديو ديسكالزي
        // (Claudio Descalzi)، بأن …): the apposition closes after them.
        let after = self.latin_in_brackets(stop).unwrap_or(stop);
        let closes = matches!(self.word(after), "،" | ":") || self.class(after) & THAT != 0;
        if !closes || stop == from {
            return None;
        }
        if let Some(person) = self.first_named(from..stop, &[Kind::Person]) {
            return (self.mentions[person].tokens.end == stop).then_some(Speaker::Named(person));
        }
        self.untagged_name(from, stop).map(Speaker::Described)
    }

    /// Where brackets opening at `open` that hold only Latin words end (after
    /// the closing one).
    pub(super) fn latin_in_brackets(&self, open: usize) -> Option<usize> {
        if self.word(open) != "(" {
            return None;
        }
        let close = (open + 2..(open + 6).min(self.tokens.len())).find(|&j| self.word(j) == ")")?;
        (open + 1..close)
            .all(|j| {
                let w = self.word(j);
                w.chars().any(|c| c.is_ascii_alphabetic()) && !has_arabic_letter(w)
            })
            .then_some(close + 1)
    }

    /// Where the words from `end` that may still lead to the speaker's name
    /// stop (before `reach`): at punctuation, إن/أن, a verb, a talk or a
    /// statement (في بيان), an audience, or a preposition other than في، عن،
    /// من, which a place of work takes (أستاذة علوم البحار في جامعة الزاوية),
    /// and لدى or إلى after an envoy's title (سفير السودان لدى إثيوبيا،
    /// المبعوث الصيني الخاص إلى الشرق الأوسط), which the description from
    /// `from` holds.
    fn speaker_ends(&self, from: usize, end: usize, reach: usize) -> usize {
        let reach = reach.min(self.tokens.len());
        let envoy = (from..end).any(|k| {
            let folded = normalize(self.word(k));
            let bare = folded.strip_prefix("ال").unwrap_or(&folded);
            ENVOYS.contains(&bare)
        });
        (end..reach)
            .find(|&k| {
                if self.names_start_at(k) {
                    return false;
                }
                let folded = normalize(self.word(k));
                let class = self.class(k);
                // Sent to a place or a body (not إلى الرئيس after أشار).
                let envoy_to = envoy
                    && matches!(folded.as_str(), "لدي" | "لدى" | "الي" | "الى")
                    && self
                        .first_named(k + 1..k + 2, &[Kind::Location, Kind::Organization])
                        .is_some();
                // عن a person or a title is whom they spoke about (قال الوزير عن
                // الرئيس فلان).
                let about = folded == "عن"
                    && (self.first_named(k + 1..k + 2, &[Kind::Person]).is_some()
                        || self
                            .infos
                            .get(k + 1)
                            .is_some_and(|t| t.triggers & TRIGGER_TITLE != 0));
                let through = (matches!(folded.as_str(), "في" | "عن" | "من") || envoy_to)
                    && !about
                    && self.is_word(k + 1)
                    && self.class(k + 1) & SAYING == 0
                    && !self.is_talk(k + 1);
                !through
                    && (!self.is_word(k)
                        || class & (STOP | THAT | VERB | PARTICIPLE | ACCORDING | RELAYS | SAYING)
                            != 0
                        || self.words.is_audience_after_l(&folded)
                        || class & AUDIENCE != 0 && folded.starts_with('ل')
                        || self.tokens[k].after_newline)
            })
            .unwrap_or(reach)
    }

    /// A name the tagger missed, ending at `stop` or before a preposition
    /// glued to what follows it (لبنى الحاج عمر لـراديو دبنقا:): a given name of
    /// the lists (not one that names a body: مستشفى الملك فهد) and up to three
    /// words after it, each between the first and the last a name word, a
    /// family name or a word the training text never saw or saw mostly in
    /// names.
    fn untagged_name(&self, from: usize, stop: usize) -> Option<RawMention> {
        let glued_preposition = |j: usize| {
            let w = self.word(j);
            w.starts_with("لـ") || w.starts_with("بـ")
        };
        // A name may begin with a letter that could be a clitic (بادي، لبنى),
        // but one joined by و is another noun (وكبير إدارييها).
        let plain = |j: usize| {
            let joined = self.infos[j].clitic_chars > 0
                && self.word(j).starts_with('و')
                && !self.is_given(j);
            self.is_word(j) && !joined && !glued_preposition(j) && self.class(j) & STOP == 0
        };
        let name_like = |j: usize| {
            let info = &self.infos[j];
            plain(j)
                && (self.is_given(j)
                    || info.triggers & (TRIGGER_FAMILY | TRIGGER_NAME) != 0
                    || info.stats.count == 0
                    || info.stats.shares[0] >= 128)
        };
        // A head in the construct state (مستشفى فهد، جامعة الملك سعود) takes
        // the name as its genitive; one with the article (المنظمة) is whole.
        let bare_head = |k: usize| {
            self.infos[k].triggers & TRIGGER_ORG_HEAD != 0 && !has_article(&normalize(self.word(k)))
        };
        let names_a_body = |g: usize| {
            bare_head(g - 1)
                || g >= 2 && bare_head(g - 2) && self.infos[g - 1].triggers & TRIGGER_TITLE != 0
        };
        let given_name = (from + 1..stop.saturating_sub(1)).find_map(|g| {
            // A given name that is mostly a common word (علوم، أمين) needs a
            // name-like word after it (أمين الناصر, not علوم البحار).
            let given = self.is_given(g)
                && self.name_word(g)
                && (!seen_outside_people(&self.infos[g]) || name_like(g + 1));
            // خان of خان شيخون is a place's word, not a given name.
            let in_place_or_body = self
                .starting_in(g.saturating_sub(NAME_WORDS)..g + 1)
                .iter()
                .any(|&(_, i)| {
                    let m = &self.mentions[i];
                    matches!(m.kind, Kind::Location | Kind::Organization) && m.tokens.contains(&g)
                });
            if !given || names_a_body(g) || in_place_or_body {
                return None;
            }
            // The name ends where the speaker does, or before a glued
            // preposition; its last word may be any (هدى مفتاح الصغير).
            let ends = |e: usize| e == stop || glued_preposition(e) || self.class(e) & STOP != 0;
            (g + 2..=(g + NAME_WORDS).min(stop))
                .rev()
                .find(|&e| {
                    ends(e) && plain(g + 1) && plain(e - 1) && (g + 2..e - 1).all(&name_like)
                })
                .map(|e| RawMention::of_tokens(Kind::Person, self.text, self.tokens, g..e, 0))
        });
        if given_name.is_some() {
            return given_name;
        }
        // A foreign name no list holds: the two or three last words before
        // the speaker's end, each one training never saw, right after a place
        // or a body the description named (المتحدث باسم المنظمة في إيطاليا
        // فلافيو دي جاكومو لـ…).
        let end = (from + 1..stop)
            .find(|&e| glued_preposition(e))
            .unwrap_or(stop);
        let unseen = |j: usize| {
            let info = &self.infos[j];
            plain(j)
                && info.stats.count == 0
                && info.clitic_chars == 0
                && !has_article(&normalize(self.word(j)))
                && self.infos[j].triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD) == 0
        };
        (2..=3).rev().find_map(|len| {
            let g = end.checked_sub(len)?;
            let after_named = g > from
                && self
                    .starting_in(g.saturating_sub(SUBJECT_WORDS)..g)
                    .iter()
                    .any(|&(_, i)| {
                        let m = &self.mentions[i];
                        matches!(m.kind, Kind::Location | Kind::Organization) && m.tokens.end == g
                    });
            // (A short word may stand inside: دي، فان، دا.)
            let short = |j: usize| plain(j) && normalize(self.word(j)).chars().count() <= 3;
            let inside = (g + 1..end - 1).all(|j| unseen(j) || short(j));
            (after_named && unseen(g) && unseen(end - 1) && inside)
                .then(|| RawMention::of_tokens(Kind::Person, self.text, self.tokens, g..end, 0))
        })
    }
}
