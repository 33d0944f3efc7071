//! Who issued a statement: a speaker called by the statement itself (وأضاف
//! البيان، وأكد التقرير) is whoever the text said issued it, where it
//! first mentioned the statement (وفق بيان صادر عن الوزارة، وقال البنك في
//! بيان، في بيانها), when the text said so.

use super::words::SAYING;
use super::{has_article, Context, Said, Speaker};
use crate::gazetteer::TRIGGER_ORG_HEAD;
use crate::normalize::normalize;
use crate::RawMention;

/// How many tokens back the statement may have been mentioned first.
const STATEMENT_LOOK_BACK: usize = 200;

impl Context<'_> {
    /// Who issued the statement `described` names (البيان), if the text said,
    /// where it mentioned that statement before without the article.
    pub(super) fn statement_issuer(&self, described: &RawMention) -> Option<Speaker> {
        // البيان alone: البيان الختامي، البيان المشترك name a statement of their own.
        let first = described.tokens.start;
        if described.tokens.len() != 1 {
            return None;
        }
        let folded = normalize(self.word(first));
        let bare = folded.strip_prefix("ال").filter(|_| has_article(&folded))?;
        if self.class(first) & SAYING == 0 {
            return None;
        }
        // بيان، ببيان، بيانا، بيانه، بيانها, and what follows the word (an
        // ending); not بيانات (data).
        let ending = |k: usize| -> Option<&'static str> {
            let w = normalize(self.word(k));
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(&w);
            let w = w
                .strip_prefix(['ب', 'ل'])
                .filter(|r| r.starts_with(bare))
                .unwrap_or(w);
            ["", "ا", "ه", "ها", "هم"]
                .into_iter()
                .find(|e| w.strip_prefix(bare) == Some(e))
        };
        let floor = first.saturating_sub(STATEMENT_LOOK_BACK);
        let (k, end) = (floor..first)
            .rev()
            .filter(|&k| self.is_word(k))
            .find_map(|k| Some((k, ending(k)?)))?;
        // بيان صادر عن فلان، بيان الوزارة: of whom it names; في بيان، في
        // بيانها، أصدرت بيانا: the statement of the sentence's subject.
        let issued = (k + 1..(k + 4).min(self.tokens.len())).any(|j| self.word(j) == "عن");
        let within = k > 0 && normalize(self.word(k - 1)) == "في" || !end.is_empty();
        let said = if within && !issued {
            self.subject_before(k)
        } else {
            self.subject(k, (k + 8).min(self.tokens.len()))
        };
        match said {
            Said::By(Speaker::Named(i)) => Some(Speaker::Named(i)),
            // An issuer the tagger did not find is as the text describes it
            // (بيان صادر عن الرئاسة الفلسطينية), unless that is the statement;
            // a body's head alone is the body named before (الوزارة).
            Said::By(Speaker::Described(m)) if m.tokens.start != k => {
                let head = self.infos[m.tokens.start].triggers & TRIGGER_ORG_HEAD != 0;
                Some(
                    head.then(|| self.titled_entity(&m))
                        .flatten()
                        .map_or(Speaker::Described(m), Speaker::Named),
                )
            }
            _ => None,
        }
    }
}
