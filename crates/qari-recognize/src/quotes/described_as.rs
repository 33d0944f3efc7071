//! What a subject called something, in their own words: ما وصفه بـ"…" in
//! more words than a term, and the marks after بأنه in a sentence whose verb
//! describes (فيما وصفه فلان بأنه "…"). Both are the describer's quotes.

use super::words::THAT;
use super::{Context, Said, LOOK_BACK, SHORT_WORDS};
use crate::normalize::normalize;

/// Words that name what someone called something (ما وصفه بـ…), folded.
const DESCRIBING: [&str; 9] = [
    "وصفه",
    "وصفها",
    "وصفوه",
    "وصفته",
    "وصفتها",
    "سماه",
    "أسماه",
    "سمته",
    "أسمته",
];

impl Context<'_> {
    /// Marks at `o` holding `words` words after ما وصفه بـ (وصفته، سماه …):
    /// more than a term's few words are what the sentence's subject said, so
    /// they are quoted as theirs.
    pub(super) fn characterised(&self, o: usize, words: usize) -> Option<Said> {
        if words <= SHORT_WORDS || o < 2 || !matches!(self.word(o - 1), "بـ" | "ب") {
            return None;
        }
        let describes = normalize(self.word(o - 2));
        DESCRIBING
            .iter()
            .any(|w| normalize(w) == describes)
            .then(|| self.subject_before(o - 2))
    }

    /// Marks at `o` after بأنه in a sentence whose verb describes (ووصف فلان
    /// القرار بأنه "…"، فيما وصفه فلان بأنه "…"): the describer's words.
    pub(super) fn described_as(&self, o: usize, para_start: usize) -> Option<Said> {
        if o < 2 || self.class(o - 1) & THAT == 0 {
            return None;
        }
        let verb = (o.saturating_sub(LOOK_BACK).max(para_start)..o - 1)
            .rev()
            .take_while(|&k| !self.ends_sentence_at(k))
            .find(|&k| {
                // وصف itself starts with و: ووصف، فوصفه، وصفته.
                let folded = normalize(self.word(k));
                let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
                folded.starts_with("وصف") || bare.starts_with("وصف")
            })?;
        match self.subject(verb + 1, o - 1) {
            Said::By(s) => Some(Said::By(s)),
            _ => Some(self.subject_before(verb)),
        }
    }
}
