//! Speech after a colon that no pair of marks covers: after a reporting verb
//! and its subject, a headline's name or a statement, up to where the
//! journalist resumes; and the lists and bylines a colon also opens. Its own
//! file: the second half of a paragraph's scan, read by words, not by marks.

use super::super::words::{ACCORDING, PARTICIPLE, RELAYS, THAT, VERB};
use super::super::{Said, SHORT_WORDS};
use super::{closer, Paragraph, LIST_WORDS};
use crate::normalize::normalize;
use crate::tokenize::ends_sentence;

/// The most words a byline after a bare verb and its colon runs to: a name,
/// a title, a place and a date.
const BYLINE_WORDS: usize = 12;

impl Paragraph<'_, '_> {
    /// Speech after a reporting verb, its subject and a colon, with no marks.
    pub(super) fn colons(&mut self) {
        let cx = self.cx;
        let mut floor = self.para.start;
        // Starts of what the marks covered, in order, to end colon speech before them.
        let mut starts: Vec<usize> = self.covered.iter().map(|r| r.start).collect();
        starts.sort_unstable();
        let mut next = 0;
        for k in std::mem::take(&mut self.colons) {
            if self.is_covered(k) {
                continue;
            }
            let from = cx.skip_dashes(k + 1, self.para.end);
            if from >= self.para.end || closer(cx.word(from)).is_some() {
                continue;
            }
            // "The following:" announces a list (أعلنت الوزارة الإجراءات التالية:).
            let announced = normalize(cx.word(k.saturating_sub(1)));
            if LIST_WORDS.contains(&announced.as_str()) {
                continue;
            }
            // A reporting verb before the colon, or a headline's name (بايدن: …).
            let said = match cx.attribution_before(k, floor) {
                // What follows إن/أن is reported, not quoted: a colon inside it
                // opens a list (وأوضح أن الخطة تتضمن ثلاث مراحل: …).
                Some(v) if (v + 1..k).any(|j| cx.class(j) & THAT != 0) => continue,
                Some(v) => self.said(Some(v), k),
                None => match cx.headline_speaker(self.para.start, k) {
                    Some(s) => Said::By(s),
                    None => match cx.statement_before(k, floor) {
                        Some(s) => Said::By(s),
                        None => continue,
                    },
                },
            };
            while starts.get(next).is_some_and(|&s| s <= k) {
                next += 1;
            }
            let next_quote = starts.get(next).copied().unwrap_or(self.para.end);
            let end = (from..next_quote)
                .find(|&s| {
                    s > from
                        && ends_sentence(cx.word(s - 1))
                        && (cx.class(s) & (VERB | PARTICIPLE | ACCORDING | RELAYS) != 0
                            || cx.resumes_narrative(s))
                })
                .unwrap_or(next_quote);
            // A few words with no stop after a verb are a byline (كتب: أحمد سمير).
            let words = cx.words_in(from..end);
            let stops = end > from && matches!(cx.word(end - 1), "." | "!" | "؟" | "?" | "…");
            if words < 2 || words <= SHORT_WORDS && !stops {
                continue;
            }
            // A paragraph that opens with "wrote" and its colon alone, and
            // runs on with no stop, is a byline whatever its length (كتب:
            // أحمد محمود — الثلاثاء 12 مارس 2024). (وأضاف: … alone goes on
            // with the last speaker's words.)
            let byline = k == self.para.start + 1
                && matches!(normalize(cx.word(self.para.start)).as_str(), "كتب" | "كتبت")
                && cx.attribution_before(k, floor) == Some(self.para.start);
            if byline && !stops && words <= BYLINE_WORDS {
                continue;
            }
            self.push(from..end, said);
            self.cover(k..end);
            floor = end;
        }
    }
}
