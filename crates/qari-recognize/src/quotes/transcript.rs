//! Speech over several paragraphs: a text announced by a paragraph that ends
//! with a colon, and the answers of an interview.
//!
//! News gives a speech, a letter or a statement whole after a line that
//! announces it (وهذا نصها:، وفيما يلي نص الكلمة:، وجاء في البيان:، قال فيه:).
//! Each paragraph after that line is a quote of whoever the line names, until
//! the journalist speaks again:
//! - a paragraph with quotation marks of its own, or a label (س:), or a
//!   heading (no stop at its end);
//! - a report in the journalist's voice: a reporting verb in the past (قال،
//!   أكد، but not the statement's own يؤكد، تدعو), a relaying verb, a
//!   participle, "according to";
//! - a sentence that resumes the narrative (يذكر أن، وكان … قد), or one that
//!   opens with and a verb in the past (وخرج آلاف المتظاهرين، وأغلقت قوات الأمن),
//!   which a speech in the present or the first person does not.
//!
//! A line that names the text or a statement (نص، يلي، بيان) announces a text
//! that may speak of its author in the third person (تتابع المملكة …); after a
//! bare reporting verb and a colon (وأضافت الوزيرة:) only the first paragraph,
//! and then those in the first person, are speech, so that the journalist's own
//! paragraphs after it are not swallowed.
//!
//! In an interview the answers (ج:) are quotes of the person the article says it
//! interviewed (في حوار مع …، قال … في مقابلة), and the questions (س:) are the
//! journalist's; with no one introduced as interviewed, neither is quoted. An
//! unlabelled paragraph after an answer goes on with it under the same rules.
//!
//! Each paragraph is read once, a bounded number of tokens at its start and end
//! and its words for the journalist's voice, so the whole is linear.

use std::ops::Range;

use super::paragraph::LIST_WORDS;
use super::words::{ACCORDING, PARTICIPLE, RELAYS, SAYING, STOP, THAT, VERB, WEAK};
use super::{has_article, Context, Pending, Said, Speaker};
use crate::normalize::normalize;
use crate::tokenize::ends_sentence;
use crate::Kind;

/// Words that name a text a colon announces, which may speak of its author in
/// the third person (نص الكلمة، فيما يلي، البيان), folded, without the article. A
/// speech or a talk (كلمته، حديثه) speaks as I or we.
const TEXT_WORDS: [&str; 8] = [
    "نص",
    "نصها",
    "نصه",
    "يلي",
    "بيان",
    "بيانا",
    "بيانه",
    "بيانها",
];
/// Words for an interview, folded, without an accusative's alef.
const TALKS: [&str; 5] = ["حوار", "مقابله", "لقاء", "حديث", "مقابلات"];
/// How many tokens back an interview's introduction may stand before its first
/// question.
const INTRODUCTION_REACH: usize = 120;
/// How far after مع the interviewed person may be named (مع رئيس الوزراء
/// العراقي محمد شياع السوداني).
const WITH_REACH: usize = 8;
/// How far after the word for a text and its ل or من the author may be named,
/// past their titles (رسالة من رئيس الوزراء الأسبق …).
const AUTHOR_REACH: usize = 4;
/// Words at a paragraph's start that are no verb in the past, folded without و.
const NOT_PAST: [&str; 12] = [
    "قد", "ذلك", "هذا", "هذه", "هو", "هي", "هم", "كل", "كما", "لكن", "كذلك", "منذ",
];

/// A text announced and not yet ended.
struct Open {
    /// Who speaks in it.
    said: Said,
    /// The line that opened it named a text; else only its first paragraph and
    /// those in the first person go on.
    named_text: bool,
    /// The next paragraph is its first.
    first: bool,
    /// The words the opening line called the text by (الخطاب، البيان), bare: a
    /// paragraph that names it again is the journalist's (صفق النواب عند ختام
    /// الخطاب).
    nouns: Vec<String>,
}

/// A text running over paragraphs, as it stands after the paragraphs read.
#[derive(Default)]
pub(super) struct Transcript {
    /// The text going on, if one is.
    open: Option<Open>,
    /// The person an interview was with, if any, and where its last label
    /// ended: a label further on than an introduction's reach starts another
    /// interview, looked up again.
    interviewee: Option<(Option<usize>, usize)>,
}

impl Transcript {
    /// Read the paragraph `para`, in which the marks found `quotes` quotes; add
    /// it to `out` when it is part of a transcript or an answer.
    pub(super) fn next(
        &mut self,
        cx: &Context<'_>,
        para: Range<usize>,
        quotes: usize,
        out: &mut Vec<Pending>,
    ) {
        let open = self.open.take();
        if quotes > 0 {
            // A paragraph in marks after the line that announced it (وأصدرت
            // الجمعية بيانا، وجاء فيه:): its quotes that only went on are
            // what the announcing line said.
            if let Some(open) = open.filter(|o| !matches!(o.said, Said::Continues)) {
                let start = out.len() - quotes;
                for p in &mut out[start..] {
                    if matches!(p.said, Said::Continues) {
                        p.said = open.said.clone();
                    }
                }
            }
            return;
        }
        if para.is_empty() {
            return;
        }
        if let Some(label) = cx.interview_label(para.clone()) {
            self.label(cx, para, label, out);
            return;
        }
        if let Some(open) = open {
            let names_the_text = para
                .clone()
                .any(|k| open.nouns.contains(&bare_noun(cx.word(k))));
            let goes_on = cx.ends_as_speech(para.clone())
                && !cx.labelled_line(para.clone())
                && !names_the_text
                && !cx.journalist_speaks(para.clone())
                && (open.first || open.named_text || cx.first_person(para.clone()));
            if goes_on {
                push(cx, para.clone(), para.start, open.said.clone(), out);
                self.open = Some(Open {
                    first: false,
                    ..open
                });
                return;
            }
        }
        self.open = cx.announces(para);
    }

    /// A labelled line of an interview: an answer is the interviewee's quote.
    fn label(
        &mut self,
        cx: &Context<'_>,
        para: Range<usize>,
        label: Label,
        out: &mut Vec<Pending>,
    ) {
        let first = para.start;
        let person = match self.interviewee {
            Some((person, end)) if first.saturating_sub(end) <= INTRODUCTION_REACH => person,
            _ => cx.interviewee(first),
        };
        self.interviewee = Some((person, para.end));
        let Some(person) = person.filter(|_| label.answer) else {
            return;
        };
        let said = Said::By(Speaker::Named(person));
        push(cx, label.text..para.end, para.start, said.clone(), out);
        // An unlabelled paragraph after an answer goes on with it.
        self.open = Some(Open {
            said,
            named_text: false,
            first: false,
            nouns: Vec::new(),
        });
    }
}

/// Add the tokens `r` (less trailing punctuation) as a quote of paragraph `para`.
fn push(cx: &Context<'_>, r: Range<usize>, para: usize, said: Said, out: &mut Vec<Pending>) {
    let mut end = r.end;
    while end > r.start && !cx.is_word(end - 1) {
        end -= 1;
    }
    if end > r.start {
        out.push(Pending {
            tokens: r.start..end,
            said,
            paragraph: para,
        });
    }
}

/// A word for a text, bare: folded, without و، ف، ب، ل, the article or an
/// accusative's alef (بيانا، البيان، للبيان: بيان).
fn bare_noun(word: &str) -> String {
    let folded = normalize(word);
    let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
    let bare = match bare.strip_prefix("لل") {
        Some(rest) => rest,
        None => bare
            .strip_prefix(['ب', 'ل'])
            .filter(|rest| rest.starts_with("ال"))
            .unwrap_or(bare),
    };
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    bare.strip_suffix('ا').unwrap_or(bare).to_string()
}

/// A label at a paragraph's start (س:، ج:): whether it is an answer, and where
/// the text after it starts.
struct Label {
    answer: bool,
    text: usize,
}

impl Context<'_> {
    /// The interview label opening `para`, if any.
    fn interview_label(&self, para: Range<usize>) -> Option<Label> {
        let colon =
            (para.start + 1..para.end.min(para.start + 3)).find(|&k| self.word(k) == ":")?;
        let answer = match normalize(self.word(para.start)).as_str() {
            "ج" | "جواب" | "الجواب" => true,
            "س" | "سؤال" | "السؤال" => false,
            _ => return None,
        };
        Some(Label {
            answer,
            text: self.skip_dashes(colon + 1, para.end),
        })
    }

    /// A colon among the first tokens of `r` (a label of any kind: المذيع:).
    fn labelled_line(&self, r: Range<usize>) -> bool {
        r.take(3).any(|k| self.word(k) == ":")
    }

    /// `r` ends as a sentence or a salutation does (with a stop or a comma),
    /// not as a heading.
    fn ends_as_speech(&self, r: Range<usize>) -> bool {
        (r.start..r.end)
            .rev()
            .find(|&k| self.word(k) != "\"")
            .is_some_and(|k| ends_sentence(self.word(k)) || matches!(self.word(k), "،" | ","))
    }

    /// `para` ends with a colon that announces a text: who speaks in the
    /// paragraphs after it, and whether the line names the text it announces.
    fn announces(&self, para: Range<usize>) -> Option<Open> {
        let last = (para.start..para.end)
            .rev()
            .find(|&k| !matches!(self.word(k), "-" | "–" | "—"))?;
        if self.word(last) != ":" || last == para.start {
            return None;
        }
        let before = normalize(self.word(last - 1));
        if LIST_WORDS.contains(&before.as_str()) {
            return None;
        }
        // The colon's sentence, back to its stop or the paragraph's start.
        let sentence = (para.start..last)
            .rev()
            .take_while(|&k| !ends_sentence(self.word(k)))
            .last()
            .unwrap_or(last);
        let named_text = (sentence..last).any(|k| {
            let folded = normalize(self.word(k));
            let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
            let bare = bare.strip_prefix("ال").unwrap_or(bare);
            TEXT_WORDS.contains(&bare)
        });
        // A reporting verb in an earlier clause (أعلنت الوزارة خطة، وتتضمن
        // الخطة:) does not announce what the colon does.
        let attribution = self.attribution_before(last, sentence).filter(|&v| {
            !(v + 1..last)
                .any(|k| matches!(self.word(k), "،" | ",") && self.word(k + 1).starts_with('و'))
        });
        let said = match attribution {
            // What follows إن/أن is reported, and a colon in it opens a list.
            Some(v) if (v + 1..last).any(|j| self.class(j) & THAT != 0) => return None,
            // كتب - فلان: a byline, the article after it the journalist's.
            Some(v) if matches!(self.word(v + 1), "-" | "–" | "—" | "ـ") => return None,
            Some(v) => match self.said_by(v, last) {
                Said::By(s) => Said::By(s),
                _ => match self.subject_before(last) {
                    Said::By(s) => Said::By(s),
                    _ => Said::Continues,
                },
            },
            None if named_text => match self
                .statement_before(last, sentence)
                .or_else(|| self.author(sentence..last))
            {
                Some(s) => Said::By(s),
                None => match self.subject_before(last) {
                    Said::By(s) => Said::By(s),
                    // The subject of a sentence too long for subject_before
                    // to reach its start.
                    _ => Said::By(Speaker::Named(
                        self.first_named(sentence..last, &[Kind::Person, Kind::Organization])?,
                    )),
                },
            },
            None => return None,
        };
        let nouns = (sentence..last)
            .filter(|&k| self.class(k) & SAYING != 0)
            .map(|k| bare_noun(self.word(k)))
            .collect();
        Some(Open {
            said,
            named_text,
            first: true,
            nouns,
        })
    }

    /// The person a text in `r` is by: named right after the word for the text
    /// and ل or من (مقالا للكاتب …، رسالة من …، كلمة لرئيس الوزراء …).
    fn author(&self, r: Range<usize>) -> Option<Speaker> {
        let text = r.clone().find(|&k| {
            let folded = normalize(self.word(k));
            let bare = folded.strip_suffix('ا').unwrap_or(&folded);
            (self.class(k) & SAYING != 0 || matches!(bare, "مقال" | "مقاله"))
                && (self.word(k + 1) == "من" || self.word(k + 1).starts_with('ل'))
        })?;
        let reach = r.end.min(text + 2 + AUTHOR_REACH);
        self.first_named(text + 1..reach, &[Kind::Person])
            .map(Speaker::Named)
    }

    /// Somewhere in `para` the journalist speaks: a report in the past, a
    /// relaying verb, a participle or "according to", or a sentence that
    /// resumes the narrative or opens with a verb in the past.
    fn journalist_speaks(&self, para: Range<usize>) -> bool {
        let mut sentence_start = true;
        para.clone().any(|k| {
            let opens = std::mem::replace(&mut sentence_start, ends_sentence(self.word(k)));
            if opens && (self.resumes_narrative(k) || self.opens_in_the_past(k)) {
                return true;
            }
            let c = self.class(k);
            if c & (RELAYS | PARTICIPLE | ACCORDING) != 0 {
                return true;
            }
            if c & VERB == 0 {
                return false;
            }
            let raw = self.word(k);
            let raw = raw.strip_prefix(['و', 'ف']).unwrap_or(raw);
            let present = raw.starts_with(['ي', 'ت', 'ن', 'أ']);
            let weak_alone = c & WEAK != 0
                && !(k + 1..para.end.min(k + 4))
                    .any(|j| self.word(j) == ":" || self.class(j) & THAT != 0);
            !present && !weak_alone
        })
    }

    /// The word at `k` is و and a verb in the past of the third person, as the
    /// journalist's narrative opens a sentence (وخرج، وأغلقت، وارتفع).
    fn opens_in_the_past(&self, k: usize) -> bool {
        let folded = normalize(self.word(k));
        let Some(rest) = folded.strip_prefix('و') else {
            return false;
        };
        if rest.chars().count() < 3
            || has_article(&folded)
            || self.class(k) & (STOP | THAT) != 0
            || self.first_person_word(k)
            || NOT_PAST.contains(&rest)
            || self.names_start_at(k)
        {
            return false;
        }
        let first = rest.chars().next();
        match first {
            // A present (يؤكد، تدعو، نعمل), a future (سنعمل), لن، لم، ما، لا.
            Some('ي' | 'ت' | 'ن' | 'س' | 'ل' | 'م' | 'ه' | 'ب' | 'ك' | 'ف' | 'ع') => {
                false
            }
            // A derived past (ارتفع، انتشرت), or one in أ with the feminine ت
            // (أغلقت), where أ alone may be the present of I (أؤكد).
            Some('ا') => true,
            _ => rest.ends_with('ت') || rest.chars().count() <= 4,
        }
    }

    /// The person the article says an interview whose first label is at
    /// `first` was with: after مع in the sentence that names the interview (في
    /// حوار مع …), else the first person that sentence names (قال فلان في
    /// مقابلة مع قناة …).
    fn interviewee(&self, first: usize) -> Option<usize> {
        let floor = first.saturating_sub(INTRODUCTION_REACH);
        let talk = (floor..first).rev().find(|&k| self.is_interview(k))?;
        let start = (floor..talk)
            .rev()
            .take_while(|&k| !ends_sentence(self.word(k)) && !self.tokens[k + 1].after_newline)
            .last()
            .unwrap_or(talk);
        let end = (talk..first)
            .find(|&k| ends_sentence(self.word(k)) || self.tokens[k].after_newline && k > talk)
            .unwrap_or(first);
        let person_in = |r: Range<usize>| self.first_named(r, &[Kind::Person]);
        let with = (talk + 1..(talk + 3).min(end)).find(|&k| self.word(k) == "مع");
        let after_with = with.and_then(|w| {
            let stop = (w + 1..end.min(w + 1 + WITH_REACH))
                .find(|&k| !self.is_word(k))
                .unwrap_or(end.min(w + 1 + WITH_REACH));
            person_in(w + 1..stop)
        });
        after_with.or_else(|| person_in(start..end))
    }

    /// The word at `k` names an interview (حوار، حوارا، مقابلة، في لقاء، الحوار).
    fn is_interview(&self, k: usize) -> bool {
        let folded = normalize(self.word(k));
        let bare = folded.strip_prefix(['و', 'ف', 'ب']).unwrap_or(&folded);
        // With the article too: وكان هذا الحوار:، وفيما يلي نص المقابلة.
        let bare = bare.strip_prefix("ال").unwrap_or(bare);
        let bare = bare.strip_suffix('ا').unwrap_or(bare);
        TALKS.contains(&bare)
    }
}
