//! Speakers of words after a colon that no reporting verb introduces:
//! after بالقول, a headline's speaker before its colon, the issuer of a
//! statement named just before it.

use crate::chains::definite_nisba;
use crate::gazetteer::TRIGGER_TITLE;
use crate::normalize::normalize;
use crate::quotes::subject::{is_relative, SUBJECT_WORDS};
use crate::quotes::words::{SAYING, SOURCE};
use crate::quotes::{has_article, Context, Said, Speaker};
use crate::{Kind, RawMention};

impl Context<'_> {
    /// The speaker of words after بالقول and a colon at `colon` (تكتفي فلانة
    /// بالقول:): the person named right before it as a verb's subject, with
    /// or without a verb the lists know, or else the subject of its sentence
    /// (وعبّرت فلانة عن غضبها من قرار فلان بقولها:).
    pub(in crate::quotes) fn by_saying(&self, colon: usize) -> Option<Speaker> {
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
    pub(in crate::quotes) fn headline_speaker(
        &self,
        para_start: usize,
        colon: usize,
    ) -> Option<Speaker> {
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
    pub(in crate::quotes) fn statement_before(&self, colon: usize, from: usize) -> Option<Speaker> {
        if let Some(issuer) = self.statement_issued_before(colon, from) {
            return Some(issuer);
        }
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

    /// A statement the sentence said its subject issued, then what it holds
    /// after a colon: وأصدرت الرابطة بيانا رحبت فيه بالإفراج، وجاء فيه: the
    /// issuer named before the statement speaks, when no one is named after
    /// it.
    fn statement_issued_before(&self, colon: usize, from: usize) -> Option<Speaker> {
        // The colon itself, or the mark just after it.
        let colon = if self.word(colon) == ":" {
            colon
        } else {
            colon.checked_sub(1)?
        };
        let came = colon.checked_sub(2)?;
        if self.word(colon) != ":" {
            return None;
        }
        let verb = normalize(self.word(came));
        let verb = verb.strip_prefix('و').unwrap_or(&verb);
        if !matches!(self.word(colon - 1), "فيه" | "فيها") || !matches!(verb, "جاء" | "ورد")
        {
            return None;
        }
        let sentence = self.clause_start(came).max(from);
        let statement = (sentence..came).rev().find(|&k| {
            self.class(k) & SAYING != 0
                || matches!(
                    normalize(self.word(k)).as_str(),
                    "بيانا" | "بلاغا" | "تقريرا"
                )
        })?;
        // Not when someone is named after the statement (كلمة نيابة عن
        // فلان، جاء فيها:): whose words they are is read as before.
        let kinds = [Kind::Person, Kind::Organization];
        if self.last_named(statement..came, &kinds).is_some() {
            return None;
        }
        match self.last_named(sentence..statement, &kinds) {
            Some(i) => Some(Speaker::Named(i)),
            None => match self.subject_before(statement) {
                Said::By(s) => Some(s),
                _ => None,
            },
        }
    }
}
