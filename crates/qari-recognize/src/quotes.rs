//! Quotations, by rule, and who said them.
//!
//! Arabic news marks speech in three ways, all handled within a paragraph:
//! - balanced marks: « », “ ”, or a pair of straight ";
//! - a closing mark whose opening was lost (often at the start of a paragraph) and
//!   that is followed by an attribution (…"، قال / كتب / أضاف …): the quote reaches
//!   back to the start of the paragraph;
//! - an attribution verb, its subject and a colon (وقال الوزير: …): the rest of the
//!   paragraph is the speech.
//!
//! Guillemets also wrap names (حزب «العدالة والتنمية»، لـ«الشرق الأوسط»): a span of at
//! most three words with no attribution beside it is a name, not a quote. The
//! speaker is the person (or else organisation) the tagger found between the verb
//! and the colon or quote, or just after the verb that follows the quote; أضاف and
//! تابع with no subject continue the previous speaker.

use std::ops::Range;

use super::features::TokenInfo;
use super::gazetteer::{TRIGGER_ORG_HEAD, TRIGGER_SPEECH};
use super::normalize::hash_word;
use super::tokenize::{ends_sentence, Token};
use super::{Kind, RawMention};

/// A quote and the index of its speaker's mention, when named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundQuote {
    pub mention: RawMention,
    pub speaker: Option<usize>,
}

const NAME_WORDS: usize = 3;
/// How far before a quote its attribution verb may stand.
const LOOK_BACK: usize = 15;

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    infos: &'a [TokenInfo],
    mentions: &'a [RawMention],
    /// `(first token, index)` of every mention, by first token.
    by_start: Vec<(usize, usize)>,
    continuing: [u64; 10],
}

impl Context<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }
    fn is_speech(&self, i: usize) -> bool {
        self.infos
            .get(i)
            .is_some_and(|t| t.triggers & TRIGGER_SPEECH != 0)
    }
    fn is_continuing(&self, i: usize) -> bool {
        self.infos
            .get(i)
            .is_some_and(|t| self.continuing.contains(&t.stem))
    }
    fn is_word(&self, i: usize) -> bool {
        self.word(i)
            .chars()
            .next()
            .is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphanumeric())
    }
    /// The person mention starting in `range`, else the organisation one.
    fn speaker_in(&self, range: Range<usize>) -> Option<usize> {
        let from = self.by_start.partition_point(|(s, _)| *s < range.start);
        let inside = |kind: Kind| {
            self.by_start[from..]
                .iter()
                .take_while(|(s, _)| range.contains(s))
                .find(|(_, i)| self.mentions[*i].kind == kind)
                .map(|(_, i)| *i)
        };
        inside(Kind::Person).or_else(|| inside(Kind::Organization))
    }
    /// The last person named in `range` (the subject of a participle such as
    /// مؤكدا that introduces the quote).
    fn person_before(&self, range: Range<usize>) -> Option<usize> {
        let to = self.by_start.partition_point(|(s, _)| *s < range.end);
        self.by_start[..to]
            .iter()
            .rev()
            .take_while(|(s, _)| *s >= range.start)
            .find(|(_, i)| self.mentions[*i].kind == Kind::Person)
            .map(|(_, i)| *i)
    }
    /// Speaker of a quote opening at `open` after the attribution verb `verb`.
    fn speaker_around(&self, verb: usize, open: usize, para_start: usize) -> Option<usize> {
        self.speaker_in(verb + 1..open).or_else(|| {
            let start = (para_start..verb)
                .rev()
                .find(|&i| ends_sentence(self.word(i)))
                .map_or(para_start, |i| i + 1);
            self.person_before(start..verb)
        })
    }
    /// Attribution verb after a closing mark at `close`: its index.
    fn verb_after(&self, close: usize, end: usize) -> Option<usize> {
        let mut v = close + 1;
        while v < end && matches!(self.word(v), "،" | "," | "-") {
            v += 1;
        }
        (v < end && self.is_speech(v)).then_some(v)
    }
    /// Attribution verb before an opening mark at `open`, in the same sentence.
    fn verb_before(&self, open: usize, start: usize) -> Option<usize> {
        (start.max(open.saturating_sub(LOOK_BACK))..open)
            .rev()
            .take_while(|&i| !ends_sentence(self.word(i)))
            .find(|&i| self.is_speech(i))
    }
    /// The word before `open` introduces a name: an organisation head (حزب «…»)
    /// or a bare preposition (لـ«…»).
    fn names_next(&self, open: usize) -> bool {
        open > 0
            && (self.infos[open - 1].triggers & TRIGGER_ORG_HEAD != 0
                || matches!(self.word(open - 1), "لـ" | "ل" | "بـ" | "ب" | "كـ" | "وـ"))
    }
    fn sentence_end(&self, from: usize, end: usize) -> usize {
        (from..end)
            .find(|&i| ends_sentence(self.word(i)))
            .map_or(end, |i| i + 1)
    }
}

fn opening(w: &str) -> Option<char> {
    match w {
        "«" => Some('»'),
        "“" => Some('”'),
        _ => None,
    }
}

/// Every quote in the text, with speakers among `mentions`.
pub(crate) fn find(
    text: &str,
    tokens: &[Token],
    infos: &[TokenInfo],
    mentions: &[RawMention],
) -> Vec<FoundQuote> {
    let continuing = [
        "اضاف",
        "اضافت",
        "تابع",
        "تابعت",
        "مضيفا",
        "مضيفه",
        "واضاف",
        "واضافت",
        "وتابع",
        "وتابعت",
    ]
    .map(hash_word);
    let mut by_start: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| (m.tokens.start, i))
        .collect();
    by_start.sort_unstable();
    let cx = Context {
        text,
        tokens,
        infos,
        mentions,
        by_start,
        continuing,
    };
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=tokens.len() {
        if i == tokens.len() || tokens[i].after_newline {
            paragraph(&cx, start..i, &mut out);
            start = i;
        }
    }
    let mut last = None;
    for q in &mut out {
        match q.speaker {
            Some(s) => last = Some(s),
            None if q.mention.tokens.start > 0 => {
                // Continuation verbs without a subject keep the previous speaker.
                let v = (q.mention.tokens.start.saturating_sub(3)..q.mention.tokens.start)
                    .any(|i| cx.is_continuing(i))
                    || cx.is_continuing(q.mention.tokens.end + 1)
                    || cx.is_continuing(q.mention.tokens.end + 2);
                if v {
                    q.speaker = last;
                }
            }
            None => {}
        }
    }
    out
}

fn quote(
    cx: &Context<'_>,
    tokens: Range<usize>,
    speaker: Option<usize>,
    out: &mut Vec<FoundQuote>,
) {
    if tokens.is_empty() {
        return;
    }
    out.push(FoundQuote {
        mention: RawMention::of_tokens(Kind::Quote, cx.text, cx.tokens, tokens, 0),
        speaker,
    });
}

fn paragraph(cx: &Context<'_>, para: Range<usize>, out: &mut Vec<FoundQuote>) {
    let first_new = out.len();
    let mut open: Option<(usize, char)> = None;
    let mut covered: Vec<Range<usize>> = Vec::new();
    for i in para.clone() {
        let w = cx.word(i);
        let closes = match (open, w) {
            (Some((_, c)), _) if w.len() == c.len_utf8() && w.starts_with(c) => true,
            (Some((_, '"')), "\"") => true,
            _ => false,
        };
        if closes {
            let Some((o, _)) = open.take() else { continue };
            let inner = o + 1..i;
            let words = inner.clone().filter(|&k| cx.is_word(k)).count();
            let verb_before = cx.verb_before(o, para.start);
            let verb_after = cx.verb_after(i, para.end);
            let that = |k: usize| matches!(cx.word(k), "إن" | "أن" | "ان" | ":");
            let attributed =
                verb_after.is_some() || verb_before.is_some_and(|v| v + 3 >= o || (v..o).any(that));
            if words > NAME_WORDS || (attributed && !cx.names_next(o)) {
                let speaker = match (verb_after, verb_before) {
                    (Some(v), _) => {
                        cx.speaker_in(v + 1..cx.sentence_end(v + 1, para.end).min(v + 7))
                    }
                    (None, Some(v)) => cx.speaker_around(v, o, para.start),
                    _ => None,
                };
                quote(cx, inner.clone(), speaker, out);
            }
            covered.push(o..i + 1);
        } else if open.is_none() {
            let attributed_close = w == "\"" && cx.verb_after(i, para.end).is_some();
            if let Some(c) = opening(w) {
                open = Some((i, c));
            } else if w == "\"" && !attributed_close {
                open = Some((i, '"'));
            } else if matches!(w, "»" | "”") || attributed_close {
                // A closing mark with no opening: speech from the paragraph's start.
                if let Some(v) = cx.verb_after(i, para.end) {
                    let from = (para.start..i).find(|&k| cx.is_word(k)).unwrap_or(i);
                    let speaker = cx.speaker_in(v + 1..cx.sentence_end(v + 1, para.end).min(v + 7));
                    quote(cx, from..i, speaker, out);
                    covered.push(para.start..i + 1);
                }
            }
        }
    }
    if let Some((o, _)) = open {
        // An opening never closed: a quote that runs on into the next paragraph.
        let words = (o + 1..para.end).filter(|&k| cx.is_word(k)).count();
        if words > NAME_WORDS {
            let speaker = cx
                .verb_before(o, para.start)
                .and_then(|v| cx.speaker_in(v + 1..o));
            quote(cx, o + 1..para.end, speaker, out);
            covered.push(o..para.end);
        }
    }
    // Speech after an attribution and a colon.
    for k in para.clone() {
        if cx.word(k) != ":" || covered.iter().any(|r| r.contains(&k)) {
            continue;
        }
        let Some(v) = cx.verb_before(k, para.start) else {
            continue;
        };
        if opening(cx.word(k + 1)).is_some() || cx.word(k + 1) == "\"" {
            continue;
        }
        let from = k + 1;
        let to = covered
            .iter()
            .map(|r| r.start)
            .filter(|&s| s > k)
            .min()
            .unwrap_or(para.end);
        if (from..to).filter(|&i| cx.is_word(i)).count() < 2 {
            continue;
        }
        quote(cx, from..to, cx.speaker_around(v, k, para.start), out);
        covered.push(k..to);
    }
    out[first_new..].sort_by_key(|q| q.mention.tokens.start);
}
