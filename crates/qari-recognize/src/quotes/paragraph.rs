//! One paragraph's quotes: its marks paired left to right, then the speech
//! after colons that no pair of marks covers (`paragraph/colons.rs`).

use std::ops::Range;

use super::words::{ACCORDING, PARTICIPLE, RELAYS, STOP, THAT, VERB};
use super::{has_article, Context, Pending, Said, LOOK_BACK, SHORT_WORDS};
use crate::chains::future_verb;
use crate::gazetteer::{TRIGGER_LOC_HEAD, TRIGGER_ORG_HEAD};
use crate::normalize::normalize;

mod colons;

pub(super) struct Paragraph<'c, 'a> {
    cx: &'c Context<'a>,
    para: Range<usize>,
    /// Token ranges already read as quotes, names or verses (marks included).
    covered: Vec<Range<usize>>,
    /// The same, per token of the paragraph.
    covered_tokens: Vec<bool>,
    /// Every colon of the paragraph, for the speech after them.
    colons: Vec<usize>,
    /// Where an attribution for the next quote may start: after the last quote.
    region: usize,
    /// The paragraph before ended inside speech whose mark never closed: a
    /// closing mark here with none opening ends that speech (« … ⏎ … ».).
    runs_on: bool,
    /// This paragraph ends inside such speech.
    left_open: bool,
    found: Vec<Pending>,
}

/// Words before a colon that announce a list rather than speech or a text,
/// folded (also read by `transcript`).
pub(super) const LIST_WORDS: [&str; 8] = [
    "التالي",
    "التاليه",
    "الاتي",
    "الاتيه",
    "كالتالي",
    "كالاتي",
    "يلي",
    "التاليين",
];

/// What closes a curly opening mark: either curly mark.
const CURLY: &str = "“”";

/// The marks that close an opening quotation mark, or none when `open` opens none.
pub(crate) fn closer(open: &str) -> Option<&'static str> {
    match open {
        "«" => Some("»"),
        "“" | "”" => Some(CURLY),
        "\"" => Some("\""),
        _ => None,
    }
}

impl<'c, 'a> Paragraph<'c, 'a> {
    pub(super) fn new(cx: &'c Context<'a>, para: Range<usize>, runs_on: bool) -> Self {
        Self {
            cx,
            region: para.start,
            runs_on,
            left_open: false,
            para: para.clone(),
            covered: Vec::new(),
            covered_tokens: vec![false; para.len()],
            colons: Vec::new(),
            found: Vec::new(),
        }
    }

    /// Find the paragraph's quotes and add them to `out`, in text order; say
    /// whether the paragraph ends inside speech whose mark never closed.
    pub(super) fn scan(mut self, out: &mut Vec<Pending>) -> bool {
        let cx = self.cx;
        let mut open: Option<(usize, &str)> = None;
        let mut verse: Option<usize> = None;
        for i in self.para.clone() {
            // A word (most tokens, told by the word counts without reading it)
            // or a token in Arabic script is none of the marks below and
            // changes nothing here.
            if cx.is_word(i) {
                continue;
            }
            let w = cx.word(i);
            if matches!(w.as_bytes().first(), Some(0xD8..=0xDB)) {
                continue;
            }
            if w == ":" {
                self.colons.push(i);
            }
            if let Some(v) = verse {
                if w == "﴾" {
                    self.cover(v..i + 1);
                    self.region = i + 1;
                    verse = None;
                }
                continue;
            }
            match open {
                Some((o, close)) if w == close || close == CURLY && matches!(w, "“" | "”") => {
                    let stray = close == "\"" && !cx.closes_straight(i, self.para.end);
                    self.pair(o, i, stray);
                    open = None;
                }
                Some(_) => {}
                None if w == "﴿" => verse = Some(i),
                // Closing marks typed as opening ones (”…“, »…«) open when a word
                // is glued after them and none before.
                None if w == "“" && !cx.closes_straight(i, self.para.end) => {
                    open = Some((i, CURLY));
                }
                None if w == "”" && cx.opens_glued(i) => open = Some((i, CURLY)),
                None if w == "»" && cx.opens_glued(i) => open = Some((i, "«")),
                None if w == "\"" && cx.closes_straight(i, self.para.end) => self.lone_close(i),
                None if matches!(w, "»" | "”" | "“") => self.lone_close(i),
                None => open = closer(w).map(|c| (i, c)),
            }
        }
        if let Some(v) = verse {
            self.cover(v..self.para.end);
        } else if let Some((o, _)) = open {
            self.lone_open(o);
        }
        self.colons();
        self.found.sort_by_key(|p| p.tokens.start);
        out.extend(self.found);
        self.left_open
    }

    fn push(&mut self, tokens: Range<usize>, said: Said) {
        let cx = self.cx;
        let mut end = tokens.end;
        // Trailing punctuation belongs to the sentence around the quote.
        while end > tokens.start
            && matches!(
                cx.word(end - 1),
                "." | "،" | "," | "؛" | ";" | ":" | "-" | "…"
            )
        {
            end -= 1;
        }
        if end > tokens.start {
            self.found.push(Pending {
                tokens: tokens.start..end,
                said,
                paragraph: self.para.start,
            });
        }
    }

    /// What an attribution at `at` says of the speaker of a quote before `limit`.
    fn said(&self, at: Option<usize>, limit: usize) -> Said {
        at.map_or(Said::Unknown, |v| self.cx.said_by(v, limit))
    }

    /// Marks at `o` and `c`; `stray`: the closing one reads as an opening one.
    fn pair(&mut self, o: usize, c: usize, stray: bool) {
        let cx = self.cx;
        self.cover(o..c + 1);
        let region = self.region;
        let inner = o + 1..c;
        let words = cx.words_in(inner.clone());
        if words == 0 {
            return;
        }
        let after = cx.attribution_after(c, self.para.end);
        let before = cx.attribution_before(o, region);
        let colon = o > self.para.start && cx.word(o - 1) == ":"
            || o > self.para.start + 1 && cx.word(o - 1) == "-" && cx.word(o - 2) == ":";
        // What the subject called something, in more words than a term (ما
        // وصفه بـ"غياب إجراءات حقيقية لحماية القدرة الشرائية"): their words.
        if let Some(said) = cx.characterised(o, words) {
            self.region = c + 1;
            self.push(inner, said);
            return;
        }
        if (cx.titled(o) || cx.names_an_event(inner.clone())) && !colon {
            return;
        }
        let attributed = after.is_some() || before.is_some() || colon;
        // Marks around a whole paragraph (only punctuation after them) are a
        // speech going on from before: long quotes reopen each paragraph.
        let whole =
            o == self.para.start && !stray && (c + 1..self.para.end).all(|k| !cx.is_word(k));
        let accept = if words <= SHORT_WORDS {
            let next = cx.word(c + 1);
            let ends_clause = c + 1 >= self.para.end || matches!(next, "." | "،" | "," | "!" | "؟");
            // Words after a preposition are its object (حذر من "فقاعة").
            let object = o > 0 && cx.class(o - 1) & STOP != 0;
            // After a verb of saying, short marks that end the clause are
            // speech when nothing reports it (قال ترامب "سنرى"); in a
            // reported clause they are a fragment of it (أكد أن بلاده "لن
            // تتراجع") or describe: scare quotes (أكد أن الوضع "تحت
            // السيطرة"), unless they hold the whole clause
            // (`reported_right_after`).
            let reported = before.is_some_and(|v| (v + 1..o).any(|k| cx.class(k) & THAT != 0));
            // Right after the verb and who said it, not after the verb's
            // object (تتابع … الأوضاع في العاصمة "بقلق").
            let close = before.is_some_and(|v| o - v <= SPEECH_GAP);
            // (Further from the verb, a verb in the marks still says it is
            // speech: وقال ترامب (79 عاما) "سنرى"، وقال الوزير، وهو …، "لن
            // نتراجع".)
            let spoken = before.is_some()
                && ends_clause
                && !object
                && !reported
                && (close || opens_with_a_verb(cx.word(o + 1)));
            // A paper's name after a dateline's colon (أبوظبي: «الخليج») is
            // a name, not speech.
            let named = cx.is_one_organisation(o + 1..c);
            // وصف المرحلة بأنها "بالغة الخطورة": what a thing was called,
            // whatever verb follows (، مشيرا إلى).
            let characterised = o > 0
                && matches!(
                    normalize(cx.word(o - 1)).as_str(),
                    "بانه" | "بانها" | "بانهم" | "بانهما"
                );
            // A preposition's object stays one whatever attributes the
            // sentence after it (دعا الأطراف إلى "التهدئة"، بحسب بيان).
            !named
                && !characterised
                && (after.is_some() && !object
                    || colon
                    || spoken
                    || self.reported_right_after(before, o, c))
        } else if stray {
            attributed && !cx.several_sentences(inner.clone())
        } else if attributed || whole {
            true
        } else {
            !cx.several_sentences(inner.clone()) && !cx.names_a_body(o, words)
        };
        if !accept {
            return;
        }
        self.region = c + 1;
        // A verb before the quote names its speaker; else a verb after it.
        let finite = |v: &usize| cx.class(*v) & (VERB | RELAYS | ACCORDING) != 0;
        let said = match (before, after) {
            (Some(v), _) if finite(&v) => self.said(Some(v), o),
            (_, Some(v)) => self.said(Some(v), self.para.end),
            (None, None) if colon => {
                let at = if cx.word(o - 1) == ":" { o - 1 } else { o - 2 };
                cx.by_saying(at)
                    .or_else(|| cx.headline_speaker(self.para.start, at))
                    .or_else(|| cx.statement_before(o, region))
                    .map_or(Said::Unknown, Said::By)
            }
            (None, None) if whole => Said::Continues,
            (None, None) => cx.described_as(o, self.para.start).unwrap_or(Said::Unknown),
            (b, None) => self.said(b, o),
        };
        self.push(inner, said);
    }

    /// Short marks at `o`..`c` right after a reporting verb's إن/أن hold what
    /// was said, though the sentence goes on (قال إن "الوضع صعب" في بيروت): at
    /// least two words, and not a name, which is the reported clause's subject
    /// (أن "حماس" تتحمل …، أن «قوات الدعم السريع» ارتكبت …).
    fn reported_right_after(&self, before: Option<usize>, o: usize, c: usize) -> bool {
        let cx = self.cx;
        let Some(v) = before else {
            return false;
        };
        let verb = cx.class(v) & (VERB | PARTICIPLE) != 0;
        let that = o > 0 && cx.class(o - 1) & THAT != 0;
        let head = cx
            .infos
            .get(o + 1)
            .is_some_and(|t| t.triggers & (TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) != 0);
        let named = cx
            .starting_in(o + 1..o + 2)
            .iter()
            .any(|(_, i)| cx.mentions[*i].tokens.end >= c);
        // A head opens a name that the clause goes on after (أن «قوات الدعم
        // السريع» ارتكبت); marks that end the sentence hold a whole statement
        // (قال إن "الفريق جاهز للمونديال").
        let ends_sentence =
            c + 1 >= self.para.end || matches!(cx.word(c + 1), "." | "!" | "؟" | "؛");
        // Marks the clause goes on after that hold a definite noun and its
        // adjectives are a term it uses, not what was said (إن "العقدة
        // الأساسية" في المفاوضات كانت …، أن "المال السياسي" سيكون …); a
        // statement has a verb or a predicate (أن «الأمن مستتب» في …).
        let next = cx.word(c + 1);
        let ends_clause = ends_sentence || matches!(next, "،" | "," | ":" | "-");
        let term = !ends_clause
            && (o + 1..c)
                .filter(|&k| cx.is_word(k))
                .all(|k| has_article(&normalize(cx.word(k))));
        verb && that && cx.words_in(o + 1..c) >= 2 && !term && (!head || ends_sentence) && !named
    }

    /// A closing mark at `c` that nothing opened.
    fn lone_close(&mut self, c: usize) {
        let cx = self.cx;
        let region = self.region;
        let colon = (region..c)
            .rev()
            .take(LOOK_BACK * 8)
            .find(|&k| cx.word(k) == ":" && !self.is_covered(k))
            .and_then(|k| Some((k, cx.attribution_before(k, region)?)));
        if let Some((k, v)) = colon {
            let from = cx.skip_dashes(k + 1, c);
            if cx.words_in(from..c) >= 2 {
                let said = self.said(Some(v), k);
                self.push(from..c, said);
                self.cover(k..c + 1);
                self.region = c + 1;
            }
            return;
        }
        if let Some(v) = cx.attribution_after(c, self.para.end) {
            let from = cx.first_word(region..c);
            if cx.words_in(from..c) > SHORT_WORDS {
                let said = self.said(Some(v), self.para.end);
                self.push(from..c, said);
                self.cover(region..c + 1);
                self.region = c + 1;
            }
            return;
        }
        // The last paragraph of a speech opened paragraphs before: from the
        // paragraph's start to its first mark, the same speaker's.
        if self.runs_on && region == self.para.start && cx.words_in(region..c) >= 2 {
            let from = cx.first_word(region..c);
            self.push(from..c, Said::Continues);
            self.cover(region..c + 1);
            self.region = c + 1;
        }
    }

    /// An opening mark at `o` never closed: speech to the paragraph's end when
    /// something attributes it or it opens the paragraph.
    fn lone_open(&mut self, o: usize) {
        let cx = self.cx;
        let end = self.para.end;
        if cx.words_in(o + 1..end) <= SHORT_WORDS {
            return;
        }
        let before = cx.attribution_before(o, self.region);
        let colon = o > self.para.start && matches!(cx.word(o - 1), ":" | "-");
        if before.is_none() && !colon && o != self.para.start {
            return;
        }
        let said = match before {
            Some(v) => self.said(Some(v), o),
            None if o == self.para.start => Said::Continues,
            None => cx.by_saying(o - 1).map_or(Said::Unknown, Said::By),
        };
        self.push(o + 1..end, said);
        self.cover(o..end);
        self.left_open = true;
    }

    fn cover(&mut self, r: Range<usize>) {
        let start = self.para.start;
        self.covered_tokens[r.start - start..r.end - start].fill(true);
        self.covered.push(r);
    }

    fn is_covered(&self, k: usize) -> bool {
        self.covered_tokens[k - self.para.start]
    }
}

/// Tokens from a verb of saying to short marks that hold what was said
/// directly (وقال وزير الخارجية للصحفيين "لن نتراجع"): the speaker and whom
/// it was said to, no more.
const SPEECH_GAP: usize = 5;

/// Whether a quote's first word reads as a verb or a particle before one
/// (لن، لم، لا، قد، سـ, or an imperfect of four letters or more that is no
/// noun in ة or ات): what makes short marks far from their verb speech.
fn opens_with_a_verb(word: &str) -> bool {
    let folded = normalize(word);
    let particle = matches!(
        folded.as_str(),
        "لن" | "لم" | "لا" | "قد" | "ما" | "ليس" | "لسنا"
    );
    let future = future_verb(&folded);
    let imperfect = folded.starts_with(['ي', 'ت', 'ن'])
        && folded.chars().count() >= 4
        && !folded.ends_with('ه')
        && !folded.ends_with("ات")
        && !folded.ends_with('ي');
    particle || future || imperfect
}
