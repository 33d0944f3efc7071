//! Who holds an office: a speaker called by the title of an office (رئيس مجلس
//! الأمن، الأمين العام لجامعة الدول العربية، المتحدث باسم الوزارة) is the person
//! the article has said holds it, when it has.
//!
//! News says who holds an office in these ways, each read here:
//! - the title beside the name, before it or after it and a comma (وزير
//!   الخارجية سامح شكري، أحمد الصحاف، المتحدث باسم وزارة الخارجية): the words
//!   next to the name, within its sentence and up to the next name, hold every
//!   word of the title;
//! - a body meeting or travelling "presided by" someone (عقد مجلس الأمن اجتماعا
//!   برئاسة …، وصل وفد تركي برئاسة …): whoever برئاسة names is رئيس of the body
//!   named before it in the sentence, so "رئيس مجلس الأمن" is the person after
//!   برئاسة when مجلس الأمن stands before it; and whoever ترأس names presides
//!   the body named after them (ترأس فلان اجتماع مجلس الوزراء).
//!
//! A title is matched by the stems of its words, so a clitic or the article
//! changes nothing (الوزارة، لوزارة); a title the article gave no one, or gave
//! only as a different office, stays the description. The nearest holder
//! before the speaker wins. The reach back is bounded in tokens, and each
//! candidate reads a window bounded by the title's length, so the whole is
//! linear in the text.

use super::words::SOURCE;
use super::Context;
use crate::gazetteer::TRIGGER_TITLE;
use crate::normalize::normalize;
use crate::tokenize::ends_sentence;
use crate::{Kind, RawMention};

/// Longest title read as an office, in words (المتحدث الرسمي باسم وزارة الخارجية).
const OFFICE_WORDS: usize = 6;
/// How many tokens back the holder of an office may have been named.
const HOLDER_LOOK_BACK: usize = 400;
/// Words a title beside a name may have beyond its own (a nationality, العام).
const SLACK: usize = 3;
/// How far after برئاسة the name may stand, past its own titles (برئاسة رئيس
/// الجمهورية قاسم جومارت توقاييف).
const PRESIDED_REACH: usize = 6;
/// How far before برئاسة, in its sentence, the body presided may be named.
const BODY_REACH: usize = 30;

impl Context<'_> {
    /// The person the article said holds the office `described` names, if any.
    pub(super) fn office_holder(&self, described: &RawMention) -> Option<usize> {
        let words = described.tokens.clone();
        let first = words.start;
        let titled = self.infos.get(first)?.triggers & TRIGGER_TITLE != 0
            || self.class(first) & SOURCE != 0
            || super::subject::honorific(&normalize(self.word(first)));
        if words.len() < 2
            || words.len() > OFFICE_WORDS
            || !titled
            || words.clone().any(|k| !self.is_word(k))
        {
            return None;
        }
        // (An honorific before the title is no word of the office: سمو ولي
        // العهد is who the article named ولي العهد.)
        let own = self.past_honorifics(words.clone());
        if own == words.end {
            return None;
        }
        let honoured = own != first;
        let stems: Vec<u64> = (own..words.end).map(|k| self.infos[k].stem).collect();
        let floor = first.saturating_sub(HOLDER_LOOK_BACK);
        let beside = self.holder_beside(&stems, floor, first, honoured);
        let presided = is_head(&normalize(self.word(own)))
            .then(|| self.presided_holder(&stems[1..], floor, first))
            .flatten();
        // The nearer of the two, by where the holder is named.
        match (beside, presided) {
            (Some(a), Some(b)) => {
                let at = |i: usize| self.mentions[i].tokens.start;
                Some(if at(a) >= at(b) { a } else { b })
            }
            (a, b) => a.or(b),
        }
    }

    /// The tokens of `r` hold every stem of `stems`.
    fn holds_all(&self, stems: &[u64], r: std::ops::Range<usize>) -> bool {
        stems.iter().all(|s| {
            r.clone()
                .any(|k| self.infos.get(k).is_some_and(|t| t.stem == *s))
        })
    }

    /// The last person, named between `floor` and `at`, with the title of
    /// `stems` just before the name or just after it and a comma; right
    /// after it with no comma too when the speaker was `honoured` (سمو ولي
    /// العهد), as the agencies that write honorifics give a name its office
    /// (الأمير محمد بن سلمان ولي العهد). Without an honorific a title right
    /// after a name is as often a verb's object (استقبل الرئيس فلان وزير
    /// الخارجية الفرنسي).
    fn holder_beside(
        &self,
        stems: &[u64],
        floor: usize,
        at: usize,
        honoured: bool,
    ) -> Option<usize> {
        let reach = stems.len() + SLACK;
        let persons: Vec<usize> = self
            .starting_in(floor..at)
            .iter()
            .map(|(_, i)| *i)
            .filter(|&i| {
                let m = &self.mentions[i];
                m.kind == Kind::Person && m.tokens.end <= at
            })
            .collect();
        persons.iter().enumerate().rev().find_map(|(n, &i)| {
            let m = &self.mentions[i];
            // Before the name, back to the sentence's start or the name before.
            let stop = n
                .checked_sub(1)
                .map_or(floor, |p| self.mentions[persons[p]].tokens.end);
            let lower = stop.max(m.tokens.start.saturating_sub(reach));
            let b = self.title_before(lower, m.tokens.start);
            if b < m.tokens.start && self.holds_all(stems, b..m.tokens.start) {
                return Some(i);
            }
            // After the name and a comma (or none, `honoured`), up to the
            // next name or the sentence's end; the title heads that phrase.
            let comma = matches!(self.word(m.tokens.end), "،" | ",");
            if !comma && !honoured {
                return None;
            }
            let start = m.tokens.end + usize::from(comma);
            let next = persons
                .get(n + 1)
                .map_or(at, |&p| self.mentions[p].tokens.start);
            let end = (start..next.min(start + reach).min(at))
                .take_while(|&k| !ends_sentence(self.word(k)) && !self.tokens[k].after_newline)
                .last()
                .map_or(start, |k| k + 1);
            let heads = self.infos.get(start).is_some_and(|t| t.stem == stems[0]);
            (heads && self.holds_all(stems, start..end)).then_some(i)
        })
    }

    /// Where the words that may title a name at `start` begin, looking back
    /// to `lower`: within the sentence and its line, and not past a comma and
    /// a title joined by و, which opens this person's own in a list of people
    /// (بحضور وزير النقل فلان، ورئيس الهيئة [وليد …]: the minister's words are
    /// not his; رئيس الوزراء ووزير الخارجية فلان is one person's two titles).
    pub(super) fn title_before(&self, lower: usize, start: usize) -> usize {
        let mut from = start;
        for k in (lower..start).rev() {
            if ends_sentence(self.word(k)) || self.newline_after(k) {
                break;
            }
            from = k;
            // (Or an honorific after و: ، وسعادة المهندس فلان.)
            let listed = k > 0
                && matches!(self.word(k - 1), "،" | ",")
                && self.word(k).starts_with('و')
                && self.infos[k].clitic_chars > 0
                && (self.infos[k].triggers & TRIGGER_TITLE != 0
                    || super::subject::honorific(
                        normalize(self.word(k)).strip_prefix('و').unwrap_or(""),
                    ));
            if listed {
                break;
            }
        }
        from
    }

    /// Token `k` is the last of its line.
    fn newline_after(&self, k: usize) -> bool {
        self.tokens.get(k + 1).is_some_and(|t| t.after_newline)
    }

    /// The person برئاسة names, between `floor` and `at`, when the body `body`
    /// (the title's words after رئيس) is named before برئاسة in its sentence.
    fn presided_holder(&self, body: &[u64], floor: usize, at: usize) -> Option<usize> {
        if body.is_empty() {
            return None;
        }
        (floor..at).rev().find_map(|k| {
            // Most words hold neither stem: they are passed without folding.
            let raw = self.word(k);
            if !raw.contains("رئاس") && !raw.contains("رأس") {
                return None;
            }
            let folded = normalize(raw);
            let by = presided_by(&folded);
            if !by && !presides(&folded) {
                return None;
            }
            let end = (k + 1..(k + 1 + PRESIDED_REACH).min(at))
                .take_while(|&j| !ends_sentence(self.word(j)))
                .last()
                .map_or(k + 1, |j| j + 1);
            let person = self.first_named(k + 1..end, &[Kind::Person])?;
            // The body: before برئاسة (عقد المجلس اجتماعا برئاسة …), after the
            // name that ترأس takes (ترأس فلان اجتماع المجلس).
            let body_words = if by {
                (k.saturating_sub(BODY_REACH)..k)
                    .rev()
                    .take_while(|&j| !ends_sentence(self.word(j)) && !self.newline_after(j))
                    .last()
                    .map_or(k..k, |j| j..k)
            } else {
                let after = self.mentions[person].tokens.end;
                let stop = (after..(after + BODY_REACH).min(at))
                    .find(|&j| ends_sentence(self.word(j)) || self.tokens[j].after_newline)
                    .unwrap_or((after + BODY_REACH).min(at));
                after..stop
            };
            self.holds_all(body, body_words).then_some(person)
        })
    }
}

/// A folded word is رئيس or رئيسة, with or without the article.
fn is_head(folded: &str) -> bool {
    matches!(
        folded.strip_prefix("ال").unwrap_or(folded),
        "رئيس" | "رئيسه"
    )
}

/// A folded word is ترأس (presided), in the past or the present.
fn presides(folded: &str) -> bool {
    let bare = folded.strip_prefix('و').unwrap_or(folded);
    matches!(bare, "تراس" | "تراست" | "يتراس" | "تتراس")
}

/// A folded word is برئاسة (presided by).
fn presided_by(folded: &str) -> bool {
    matches!(folded, "برئاسه" | "وبرئاسه")
}
