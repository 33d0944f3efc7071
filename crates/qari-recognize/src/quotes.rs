//! Quotations, by rule, and who said them.
//!
//! A quote is what a reader sees as quoted speech, within one paragraph:
//! - a pair of marks: « », “ ”, or two straight " (a straight mark opens when a
//!   word is glued after it and closes when one is glued before it); the quote
//!   ends at its own closing mark, and marks of another kind inside it are part
//!   of it;
//! - a closing mark with no opening one: the speech after a reporting verb and a
//!   colon (وقال الرئيس :- … "), or from the paragraph's start when a reporting
//!   verb follows the mark (…»، قال الوزير);
//! - an opening mark never closed after an attribution, or opening a paragraph:
//!   speech running to the paragraph's end; a pair of marks around a whole
//!   paragraph is speech too, going on from the speaker before (long quotes
//!   reopen each paragraph), and so is the paragraph after such an unclosed
//!   speech up to its closing mark (« … ⏎ … ».);
//! - a reporting verb, its subject and a colon with no marks: the speech runs to
//!   the paragraph's end or to the next sentence that reports something else
//!   (a few words with no stop are a byline, كتب: أحمد سمير); a headline's name
//!   or title and a colon with no verb (بايدن: …، وزير التربية الأردني: «…»)
//!   and a statement's issuer (وجاء في بيان للجيش: …) also give speech. A colon after إن/أن is inside reported speech
//!   and opens a list (أوضح أن الخطة تتضمن ثلاث مراحل: …), not speech. A
//!   sentence that gives the journalist's voice back (يذكر أن، وكان … قد) ends
//!   the speech too;
//! - with no marks at all, a paragraph in the first person right after one that
//!   reports a speaker, and a sentence in the first person whose verb follows it
//!   (…، يقول أحد السكان): `first_person`;
//! - the paragraphs of a text a line ending with a colon announces (وهذا نصها:،
//!   وجاء في البيان:، قال فيه:) until the journalist speaks again, and the
//!   answers of an interview (ج:), the interviewee's: `transcript`.
//!
//! Curly marks and guillemets typed the other way round (”…“, »…«, common in
//! right-to-left text) pair too.
//!
//! Not quotes: one to three words in marks unless a reporting verb and its
//! speaker stand right beside them (قال ترامب "سنرى") or they hold the whole
//! clause it reports (قال إن "الوضع خطير"): scare quotes, names, a reported
//! clause's fragments (حزب «الأمة»، لـ«الأهرام»، حذر من "فقاعة"، أن بلاده
//! "لن تتراجع"); titles after the word that names them (كتاب، برنامج، حملة،
//! شعار، قصيدة), names of bodies
//! and events that nothing attributes (انضم إلى «الجبهة الوطنية للتحرير»), Quranic
//! verses in ﴿ ﴾, and several sentences of narrative between stray marks that
//! nothing attributes.
//!
//! Speakers are read by `subject` (the words around a verb), `named` (the name
//! a description leads up to) and `speaker` (whom a description refers to),
//! and settled in text order by `settle`; a verb with no subject (and على حد قوله)
//! continues the last speaker, of a quote or of any report (وقال فلان إن … /
//! وأضاف: «…»), unless it is joined inside a sentence whose subject speaks
//! (أبدى فلان تحفظه، وقال:) or follows a relative pronoun, and a quote no verb introduces takes the last speaker of its
//! paragraph or of the few lines before it. A speaker called by title alone
//! (الرئيس، الوزارة) or by surname is the entity that title or full name named
//! last; one called by an office (رئيس مجلس الأمن) is the person the article
//! said holds it (`office`). Every step looks a bounded number of tokens around a mark or a colon
//! (or back over a bounded number of names), and counts words by prefix sums,
//! so the whole is linear in the text.

mod described_as;
mod first_person;
mod named;
mod office;
mod paragraph;
mod settle;
mod speaker;
mod statement;
mod subject;
mod transcript;
pub(crate) mod words;

use std::ops::Range;

use super::features::TokenInfo;
use super::gazetteer::{TRIGGER_LOC_HEAD, TRIGGER_ORG_HEAD};
use super::normalize::normalize;
use super::tokenize::Token;
use super::{Kind, RawMention};
use first_person::RunOn;
pub(crate) use paragraph::closer;
use paragraph::Paragraph;
use transcript::Transcript;
pub(crate) use words::QuoteWords;
use words::{ACCORDING, OWN_WORDS, PARTICIPLE, RELAYS, STOP, THAT, TITLE, VERB, WEAK};

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Speaker {
    /// One of the mentions given to [`find`], by index.
    Named(usize),
    /// A source the text describes rather than names (مصدر أمني): its words.
    Described(RawMention),
}

/// A quote and who said it, when the text says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundQuote {
    pub mention: RawMention,
    pub speaker: Option<Speaker>,
}

/// What the text says of a quote's speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Said {
    By(Speaker),
    /// An attribution with no subject (وأضاف:): the previous speaker.
    Continues,
    /// Nothing: the previous speaker of the same paragraph, if any.
    Unknown,
    /// A paragraph in the first person after a speaker's (`first_person`): the
    /// previous speaker, and no quote without one; `plural` when it speaks as
    /// we, which an organisation may, where I (أرى، أتمنى) is a person's word.
    RunsOn {
        plural: bool,
    },
}

/// A quote of at most this many words needs a reporting verb beside it.
const SHORT_WORDS: usize = 3;
/// Marks that nothing attributes may hold a name of at most this many words.
const NAME_WORDS: usize = 8;

/// The most words of a programme's or an event's name in marks.
const EVENT_NAME_WORDS: usize = 6;

/// Words (folded) that open a programme's, a campaign's or an event's name.
const EVENT_WORDS: &[&str] = &[
    "برنامج",
    "حمله",
    "مبادره",
    "مهرجان",
    "مؤتمر",
    "منتدى",
    "معرض",
    "جائزه",
    "مسابقه",
];
/// How many tokens back a speaker still speaks a quote nothing attributes.
const NEAR: usize = 60;
/// Tokens between one quote's end and the next's start (a closing mark, an
/// opening one) when a speech goes on in the next paragraph.
const MARKS_BETWEEN: usize = 3;
/// How far before a mark or a colon its reporting verb may stand.
const LOOK_BACK: usize = 25;

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    infos: &'a [TokenInfo],
    mentions: &'a [RawMention],
    /// `(first token, index)` of every mention, by first token.
    by_start: Vec<(usize, usize)>,
    /// How many mentions start before each token (and the end): the mentions
    /// that start in a range of tokens are then one slice of `by_start`,
    /// found without a search, however often a rule asks.
    starts_before: Vec<u32>,
    words: &'a QuoteWords,
    /// How many word tokens come before each token (and the end): counting the
    /// words between two marks is then one subtraction, however many marks.
    words_before: Vec<u32>,
}

impl Context<'_> {
    /// The mentions that start in the tokens `r`, in order: `(first token, index)`.
    fn starting_in(&self, r: Range<usize>) -> &[(usize, usize)] {
        // (Past the end, every mention starts before.)
        let before = |t: usize| {
            self.starts_before
                .get(t)
                .map_or(self.by_start.len(), |&n| n as usize)
        };
        let (from, to) = (before(r.start), before(r.end));
        &self.by_start[from..to.max(from)]
    }
    /// The first mention of one of `kinds` that starts in `r` (the subject of a
    /// phrase, the name after a word).
    fn first_named(&self, r: Range<usize>, kinds: &[Kind]) -> Option<usize> {
        self.starting_in(r)
            .iter()
            .map(|(_, i)| *i)
            .find(|&i| kinds.contains(&self.mentions[i].kind))
    }
    /// The last mention of one of `kinds` wholly inside `r` (the person a
    /// sentence named last before a point).
    fn last_named(&self, r: Range<usize>, kinds: &[Kind]) -> Option<usize> {
        self.starting_in(r.clone())
            .iter()
            .rev()
            .map(|(_, i)| *i)
            .find(|&i| {
                let m = &self.mentions[i];
                kinds.contains(&m.kind) && m.tokens.end <= r.end
            })
    }

    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }
    fn class(&self, i: usize) -> u16 {
        self.infos.get(i).map_or(0, |t| self.words.classes(t))
    }
    /// Token `i` is a word: read from `words_before`, which counts them once.
    fn is_word(&self, i: usize) -> bool {
        match self.words_before.get(i..i + 2) {
            Some(&[before, after]) => after > before,
            _ => false,
        }
    }
    /// How many letters of token `k` a speaker's text leaves out as its
    /// proclitics: none when what would remain is two letters or fewer, a
    /// word's own first letter (ولي العهد، والي الولاية).
    fn proclitic_chars(&self, k: usize) -> usize {
        let clitics = usize::from(self.infos[k].clitic_chars);
        let letters = self.word(k).chars().count();
        if letters.saturating_sub(clitics) <= 2 {
            0
        } else {
            clitics
        }
    }
    /// Token `i` touches the one before it (no space between).
    fn glued_before(&self, i: usize) -> bool {
        i > 0 && self.tokens[i - 1].chars.end == self.tokens[i].chars.start
    }
    fn glued_after(&self, i: usize) -> bool {
        self.tokens
            .get(i + 1)
            .is_some_and(|t| t.chars.start == self.tokens[i].chars.end)
    }
    /// A straight mark at `i` reads as a closing one: no word is glued after it,
    /// and something is glued before it or punctuation or the paragraph's end follows.
    fn closes_straight(&self, i: usize, para_end: usize) -> bool {
        let word_after = self.glued_after(i) && self.is_word(i + 1);
        !word_after && (self.glued_before(i) || i + 1 >= para_end || !self.is_word(i + 1))
    }
    /// A mark at `i` with a word glued after it and nothing glued before it.
    fn opens_glued(&self, i: usize) -> bool {
        self.glued_after(i) && self.is_word(i + 1) && !self.glued_before(i)
    }
    fn skip_dashes(&self, mut i: usize, end: usize) -> usize {
        while i < end && matches!(self.word(i), "-" | "–" | "—" | "،" | ",") {
            i += 1;
        }
        i
    }
    fn words_in(&self, r: Range<usize>) -> usize {
        (self.words_before[r.end] - self.words_before[r.start]) as usize
    }
    /// The first word token in `r`, else its end (a binary search of the counts).
    fn first_word(&self, r: Range<usize>) -> usize {
        let before = self.words_before[r.start];
        r.start + self.words_before[r.start + 1..=r.end].partition_point(|&n| n == before)
    }
    /// The attribution before `at` in its sentence, from `from` on: a reporting
    /// verb (a weak one only with a colon or إن/أن after it), a participle, "according
    /// to" or a relaying verb.
    fn attribution_before(&self, at: usize, from: usize) -> Option<usize> {
        let found = (from.max(at.saturating_sub(LOOK_BACK))..at)
            .rev()
            .take_while(|&k| !self.ends_sentence_at(k))
            .find(|&k| {
                let c = self.class(k);
                let attributes = if c & WEAK != 0 {
                    (k + 1..=at).any(|j| self.word(j) == ":" || self.class(j) & THAT != 0)
                } else {
                    c & (VERB | PARTICIPLE | ACCORDING | RELAYS) != 0
                };
                // (Asked last: most words attribute nothing.)
                attributes && !self.after_verbal_noun(k)
            });
        // نقلت الوكالة عن فلان، البالغ من العمر … والقادم من …، قوله: the
        // relaying verb of the sentence, however far before "his words".
        let own_words = (at.saturating_sub(3)..at).any(|k| self.class(k) & OWN_WORDS != 0);
        if found.is_some() || !own_words {
            return found;
        }
        (from..at)
            .rev()
            .take_while(|&k| !self.ends_sentence_at(k))
            .find(|&k| self.class(k) & RELAYS != 0)
    }
    /// The attribution just after a closing mark at `close` (…»، قال …).
    fn attribution_after(&self, close: usize, end: usize) -> Option<usize> {
        let mut v = self.skip_dashes(close + 1, end);
        if matches!(self.word(v), "هكذا" | "كما") {
            v += 1;
        }
        // بهذه الكلمات افتتح الوزير المؤتمر: whatever the verb, its subject
        // said the words.
        if self.word(v) == "بهذه"
            && matches!(
                normalize(self.word(v + 1)).as_str(),
                "الكلمات" | "الكلمه" | "العبارات" | "العباره" | "الجمله"
            )
            && v + 2 < end
            && self.is_word(v + 2)
        {
            return Some(v + 2);
        }
        // على حد قوله / تعبيره: in the words of the speaker before.
        if self.word(v) == "على" && self.word(v + 1) == "حد" && self.class(v + 2) & OWN_WORDS != 0
        {
            return (v + 2 < end).then_some(v + 2);
        }
        // A verb glued to و starts the next clause (…"ميزانية الجباية" وطالبت):
        // one that attributes what precedes it stands bare (…»، قال).
        let conjoined = self.class(v) & VERB != 0 && self.word(v).starts_with('و');
        // A word that is also another word right after the mark, with no
        // comma, is that word (على "المناصفة" بين الطوائف: between).
        let other_word = self.class(v) & WEAK != 0 && v == close + 1;
        (v < end
            && !conjoined
            && !other_word
            && self.class(v) & (VERB | PARTICIPLE | ACCORDING) != 0)
            .then_some(v)
    }
    /// The words before an opening mark at `open` name what it holds: a title
    /// word (كتاب «…», ما وصفوه بـ"…"), an organisation's head (حزب «…»), or a
    /// bare preposition (لـ«…»).
    fn titled(&self, open: usize) -> bool {
        if open == 0 {
            return false;
        }
        // A head takes a name in the construct state, without the article
        // (حزب «الأمة», not قال رئيس الحزب «…»), unless listed as it is (المسمى).
        let names = |k: usize| {
            let Some(info) = self.infos.get(k) else {
                return false;
            };
            let bare = !has_article(&normalize(self.word(k)));
            self.words.whole_classes(info) & TITLE != 0
                || bare && (self.class(k) & TITLE != 0 || info.triggers & TRIGGER_ORG_HEAD != 0)
        };
        let before = open - 1;
        // (المتحدث باسم "حراك فزان": the body someone speaks for.)
        let particle = matches!(self.word(before), "لـ" | "ل" | "بـ" | "ب" | "كـ" | "وـ")
            || normalize(self.word(before)).ends_with("باسم");
        particle || names(before) || (before > 0 && names(before - 1) && self.is_word(before))
    }
    /// Marks `inner` that open on a programme's, a campaign's or an event's
    /// word and hold a name's few words (ضمن «برنامج الإمارات الوطني للفضاء»،
    /// أطلقت «مبادرة …»): a name, no speech.
    fn names_an_event(&self, inner: Range<usize>) -> bool {
        self.words_in(inner.clone()) <= EVENT_NAME_WORDS
            && EVENT_WORDS.contains(&normalize(self.word(inner.start)).as_str())
    }
    /// Marks at `open` holding `words` words that nothing attributes read as the
    /// name of a body or an event: after a preposition (انضم إلى «الجبهة الوطنية
    /// للتحرير»), or opening with an organisation's or a place's head (وشارك
    /// «منتدى الاستثمار العربي»). Names are short; longer passages stay quotes.
    fn names_a_body(&self, open: usize, words: usize) -> bool {
        // بأنه is no preposition: what follows it is what was said of something.
        let after_preposition =
            open > 0 && self.class(open - 1) & STOP != 0 && self.class(open - 1) & THAT == 0;
        let head = self
            .infos
            .get(open + 1)
            .is_some_and(|t| t.triggers & (TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) != 0);
        words <= NAME_WORDS && (after_preposition || head)
    }
    /// Whether the tokens `r` are exactly one organisation the recogniser
    /// found: a paper's or a body's name in marks («الخليج»), no speech.
    fn is_one_organisation(&self, r: Range<usize>) -> bool {
        self.starting_in(r.start..r.start + 1)
            .iter()
            .any(|&(_, i)| {
                let m = &self.mentions[i];
                m.kind == Kind::Organization && m.tokens == r
            })
    }
    /// Inside `r`, a sentence ends and another begins.
    fn several_sentences(&self, r: Range<usize>) -> bool {
        let end = r.end;
        r.into_iter()
            .any(|k| self.ends_sentence_at(k) && k + 1 < end && self.is_word(k + 1))
    }
}

/// A token that is a word (not punctuation): it begins with a letter.
fn starts_word(token: &str) -> bool {
    token.chars().next().is_some_and(is_letter)
}

/// A letter or digit; Arabic letters first, as the general lookup is slow.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Latin-1 and general punctuation: « » “ ” and the like.
        '\u{00A0}'..='\u{00BF}' | '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// A folded word that carries the article, after any proclitic (الأمن، للأمن، والأمن).
pub(crate) fn has_article(folded: &str) -> bool {
    let bare = folded
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.starts_with("ال") || r.starts_with("بال") || r.starts_with("لل"))
        .unwrap_or(folded);
    let bare = bare
        .strip_prefix(['ب', 'ك'])
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(bare);
    bare.chars().count() > 3 && (bare.starts_with("ال") || bare.starts_with("لل"))
}

/// A quote found in a paragraph, before its speaker is settled.
struct Pending {
    tokens: Range<usize>,
    said: Said,
    paragraph: usize,
}

/// Every quote in the text, with speakers among `mentions`.
pub(crate) fn find(
    words: &QuoteWords,
    text: &str,
    tokens: &[Token],
    infos: &[TokenInfo],
    mentions: &[RawMention],
) -> Vec<FoundQuote> {
    let mut by_start: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| (m.tokens.start, i))
        .collect();
    by_start.sort_unstable();
    let mut starts_before = Vec::with_capacity(tokens.len() + 1);
    let mut n = 0;
    for t in 0..=tokens.len() {
        while by_start.get(n).is_some_and(|&(s, _)| s < t) {
            n += 1;
        }
        starts_before.push(n as u32);
    }
    let cx = Context {
        text,
        tokens,
        infos,
        mentions,
        by_start,
        starts_before,
        words,
        words_before: Vec::new(),
    };
    let mut count = 0u32;
    let mut words_before = Vec::with_capacity(tokens.len() + 1);
    for i in 0..tokens.len() {
        words_before.push(count);
        count += u32::from(starts_word(cx.word(i)));
    }
    words_before.push(count);
    let cx = Context { words_before, ..cx };
    let mut pending = Vec::new();
    let mut run_on = RunOn::default();
    let mut transcript = Transcript::default();
    let mut left_open = false;
    let mut start = 0;
    for i in 1..=tokens.len() {
        if i == tokens.len() || tokens[i].after_newline {
            let before = pending.len();
            left_open = Paragraph::new(&cx, start..i, left_open).scan(&mut pending);
            let marked = pending.len() - before;
            transcript.next(&cx, start..i, marked, &mut pending);
            run_on.next(&cx, start..i, pending.len() - before, &mut pending);
            start = i;
        }
    }
    settle::speakers(&cx, pending)
}
