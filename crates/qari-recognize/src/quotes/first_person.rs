//! Speech in the first person without marks: a paragraph after one whose
//! speaker a reporting verb named, or a sentence its verb follows.
//!
//! Translated news reports a speech in the third person (وأضاف الرئيس أن …) and
//! then gives its next paragraphs as spoken, with no quotation marks and no verb
//! of their own (توجهت اليوم إلى … أعتقد أن … واجبي …). Such a paragraph is that
//! speaker's quote when
//! - the paragraph just before it reported speech (a reporting verb, a relaying
//!   verb or a participle such as مؤكدا, or a quote), so that someone speaks;
//! - it has no quote and no quotation mark, no colon among its first words
//!   (س: … ج: …, the labels of an interview) and no attribution of its own
//!   (وتابع أن … is reported speech, not speech);
//! - it is a paragraph, not a headline: several words, ending with a stop;
//! - the first person dominates it: at least two words only a speaker says of
//!   themself (أنا، إننا، لدينا، أعتقد، نؤكد، سأطلب، سنعمل، لن أتراجع، بلادنا),
//!   in at least half of its sentences. Words inside a name the tagger found, and
//!   a paper's words for itself (مراسلنا، موقعنا), do not count, and a paper
//!   speaking as "we" (نحن في الصحيفة) is the author;
//! - the text's own author does not write in the first person: once a paragraph
//!   in the first person follows no speaker (a column, a letter, a reporter's
//!   diary), later ones are the author's too, whoever was quoted between them.
//!
//! A sentence in the first person whose reporting verb follows it after a comma
//! (نحن لا ننام منذ أسبوع، يقول أحد السكان) is speech too, with no speaker before.
//!
//! A paragraph that runs on is a quote whole; its speaker is the last speaker,
//! as for a verb with no subject, and with none there is no quote. The
//! sentence before its verb is a quote up to the comma, said by the verb's
//! subject. Only paragraphs with a
//! listed first-person word (or سأ، لن، لم، سوف) are read further, so the rest
//! of a text costs a few comparisons and one lookup a word, and a comma one
//! more; each word is read a bounded number of times.

use std::ops::Range;

use super::words::{FIRST_PERSON, PARTICIPLE, RELAYS, RESUMES, THAT, VERB, WEAK};
use super::{Context, Pending, Said};
use crate::normalize::normalize;
use crate::tokenize::ends_sentence;

/// A paragraph of fewer words is a headline or a caption.
const PARAGRAPH_WORDS: usize = 6;
/// A sentence of fewer words (آمنة.) is not counted among a paragraph's sentences.
const SENTENCE_WORDS: usize = 3;
/// How many first-person words make a paragraph first-person speech.
const CUES: usize = 2;
/// A colon among a paragraph's first tokens labels it (س:، ج:، المذيع:).
const LABEL_TOKENS: usize = 3;

/// How far after a verb that follows speech its إن/أن or colon may stand.
const REPORT_REACH: usize = 12;
/// How far after وكان its قد may stand (وكان وزير الخارجية الأمريكي قد …).
const PAST_PERFECT_REACH: usize = 8;

/// Words ending in نا that are no first person, folded.
const NOT_OURS: [&str; 6] = ["هنا", "ههنا", "كورونا", "فيينا", "اثينا", "اريزونا"];

/// A paper's and a channel's words for itself and its readers, folded: "our
/// correspondent" is the publication speaking, not a speaker.
const PUBLICATION: [&str; 13] = [
    "مراسلنا",
    "مراسلتنا",
    "مراسلونا",
    "موفدنا",
    "مندوبنا",
    "محررنا",
    "موقعنا",
    "صحيفتنا",
    "جريدتنا",
    "قناتنا",
    "مجلتنا",
    "قراءنا",
    "قرائنا",
];

/// What a publication calls itself after نحن في (we at the paper), folded.
const OUR_HOUSE: [&str; 8] = [
    "الصحيفه",
    "الجريده",
    "الموقع",
    "المجله",
    "القناه",
    "الوكاله",
    "التحرير",
    "المحطه",
];

/// What the paragraphs read so far say about the one after them.
#[derive(Default)]
pub(super) struct RunOn {
    /// The paragraph before: its tokens and whether it holds a quote.
    before: Option<(Range<usize>, bool)>,
    /// A paragraph in the first person followed no speaker: the author writes so.
    author_speaks: bool,
}

impl RunOn {
    /// Read the paragraph `para`, in which `quotes` quotes were found, and add
    /// it to `out` when it is speech running on from the paragraph before.
    pub(super) fn next(
        &mut self,
        cx: &Context<'_>,
        para: Range<usize>,
        quotes: usize,
        out: &mut Vec<Pending>,
    ) {
        let before = self.before.replace((para.clone(), quotes > 0));
        // A mark that no quote took (a speech's closing mark on a line of its
        // own) is the marks' business.
        let marked = || {
            para.clone()
                .any(|k| !cx.is_word(k) && matches!(cx.word(k), "«" | "»" | "\"" | "“" | "”"))
        };
        if quotes > 0 || marked() {
            return;
        }
        if let Some(speech) = cx.speech_before_its_verb(para.clone()) {
            out.push(speech);
            self.before = Some((para, true));
            return;
        }
        if self.author_speaks || !cx.first_person(para.clone()) {
            return;
        }
        // A headline in the first person (لن نسمح بالمساس بأمننا) quotes someone
        // the article names later: it says nothing of the author.
        let headline =
            cx.words_in(para.clone()) < PARAGRAPH_WORDS || !ends_sentence(cx.word(para.end - 1));
        if headline || cx.attributes(para.clone()) || cx.labelled(para.clone()) {
            return;
        }
        let speaks = before.is_some_and(|(r, quoted)| quoted || cx.attributes(r));
        if !speaks || cx.editorial_we(para.clone()) {
            self.author_speaks = true;
            return;
        }
        out.push(Pending {
            tokens: para.start..para.end - 1,
            said: Said::RunsOn {
                plural: cx.speaks_as_we(para.clone()),
            },
            paragraph: para.start,
        });
        self.before = Some((para, true));
    }
}

impl Context<'_> {
    /// The first person dominates the tokens `r`.
    pub(super) fn first_person(&self, r: Range<usize>) -> bool {
        // The cheap gate: a listed word, a future in سأ or a particle before a
        // present in أ or ن, looked up without folding.
        let gate = r.clone().any(|k| {
            let raw = self.word(k);
            let raw = raw.strip_prefix(['و', 'ف']).unwrap_or(raw);
            raw.starts_with("سأ")
                || matches!(raw, "لن" | "لم" | "سوف")
                || self
                    .infos
                    .get(k)
                    .is_some_and(|t| self.words.whole_classes(t) & FIRST_PERSON != 0)
        });
        if !gate {
            return false;
        }
        let named = self.named_tokens(r.clone());
        let (mut cues, mut sentences, mut with_cue) = (0, 0, 0);
        let (mut words, mut cued) = (0, false);
        for k in r.clone() {
            if self.is_word(k) {
                words += 1;
                if !named[k - r.start] && self.first_person_word(k) {
                    cues += 1;
                    cued = true;
                }
            }
            if ends_sentence(self.word(k)) || k + 1 == r.end {
                if words >= SENTENCE_WORDS {
                    sentences += 1;
                    with_cue += usize::from(cued);
                }
                (words, cued) = (0, false);
            }
        }
        cues >= CUES && 2 * with_cue >= sentences
    }

    /// A sentence in the first person with no marks whose reporting verb follows
    /// it after a comma (نحن لا ننام منذ أسبوع، يقول أحد السكان): the speech up to
    /// the comma, said by the verb's subject. A verb that reports with إن/أن or a
    /// colon after it (…، قال الوزير إن …) starts reported speech of its own.
    fn speech_before_its_verb(&self, para: Range<usize>) -> Option<Pending> {
        let mut start = para.start;
        // The end of the last run of commas and dashes read after a comma: a
        // comma inside it has the same word after the run, read already (a
        // line of ten thousand commas is read once, not once per comma).
        let mut read_to = para.start;
        for k in para.clone() {
            // A word is neither a stop nor a comma: told by the word counts,
            // without reading it.
            if self.is_word(k) {
                continue;
            }
            if ends_sentence(self.word(k)) {
                start = k + 1;
                continue;
            }
            if k == start || k < read_to || !matches!(self.word(k), "،" | ",") {
                continue;
            }
            read_to = self.skip_dashes(k, para.end);
            let Some(v) = self.attribution_after(k - 1, para.end) else {
                continue;
            };
            // The verb's subject and what follows it, within a bounded reach.
            let reach = para.end.min(v + 1 + REPORT_REACH);
            let subject_end = (v..reach)
                .find(|&j| ends_sentence(self.word(j)))
                .unwrap_or(reach);
            let reports =
                (v + 1..subject_end).any(|j| self.word(j) == ":" || self.class(j) & THAT != 0);
            let speech = start..k;
            // Words before an attribution are never read again: each is read once.
            start = k + 1;
            if self.class(v) & VERB == 0 || reports || !self.first_person(speech.clone()) {
                continue;
            }
            return Some(Pending {
                tokens: speech,
                said: self.said_by(v, subject_end),
                paragraph: para.start,
            });
        }
        None
    }

    /// The publication speaks of itself: نحن في الصحيفة، إننا في الموقع.
    fn editorial_we(&self, r: Range<usize>) -> bool {
        r.clone().any(|k| {
            k + 2 < r.end
                && matches!(
                    normalize(self.word(k)).as_str(),
                    "نحن" | "ونحن" | "اننا" | "وانا"
                )
                && self.word(k + 1) == "في"
                && OUR_HOUSE.contains(&normalize(self.word(k + 2)).as_str())
        })
    }

    /// Which tokens of `r` lie inside a name the tagger found.
    fn named_tokens(&self, r: Range<usize>) -> Vec<bool> {
        let mut named = vec![false; r.len()];
        for (_, i) in self.starting_in(r.clone()) {
            let m = &self.mentions[*i];
            for k in m.tokens.start..m.tokens.end.min(r.end) {
                named[k - r.start] = true;
            }
        }
        named
    }

    /// Some word of `r` speaks as we: نحن، إننا، لدينا، بلادنا، سنعمل، لن نسمح.
    fn speaks_as_we(&self, r: Range<usize>) -> bool {
        r.clone().any(|k| {
            if !self.first_person_word(k) {
                return false;
            }
            let raw = self.word(k);
            let raw = raw.strip_prefix(['و', 'ف']).unwrap_or(raw);
            let folded = normalize(raw);
            folded == "نحن"
                || folded.ends_with("نا")
                || folded.starts_with("سن")
                || (raw.starts_with('ن') && self.after_particle(k))
        })
    }

    /// The word before `k` is لن، لم or سوف, which a present follows.
    fn after_particle(&self, k: usize) -> bool {
        k > 0
            && matches!(
                self.word(k - 1),
                "لن" | "ولن" | "فلن" | "لم" | "ولم" | "فلم" | "سوف" | "وسوف" | "فسوف"
            )
    }

    /// The word at `k` is one a speaker says of themself.
    pub(super) fn first_person_word(&self, k: usize) -> bool {
        let Some(info) = self.infos.get(k) else {
            return false;
        };
        if self.words.whole_classes(info) & FIRST_PERSON != 0 {
            return true;
        }
        let raw = self.word(k);
        let raw = raw.strip_prefix(['و', 'ف']).unwrap_or(raw);
        // سأطلب: the future of I (سأل "asked" is not).
        if let Some(rest) = raw.strip_prefix("سأ") {
            return rest.chars().count() >= 3 && !rest.starts_with('ل');
        }
        // After لن، لم، سوف a present in أ or ن is I or we (لن أتراجع، لم نجد).
        if self.after_particle(k) && raw.starts_with(['أ', 'إ', 'ن']) && self.class(k) & THAT == 0
        {
            return true;
        }
        let folded = normalize(raw);
        // سنعمل: the future of we; سنة، سنوات، سنوي are nouns and adjectives.
        if let Some(rest) = folded.strip_prefix("سن") {
            let noun = ["ات", "ه", "ين", "ان", "ي", "يا", "يه"]
                .iter()
                .any(|end| rest.ends_with(end));
            if rest.chars().count() >= 3 && !noun {
                return true;
            }
        }
        // بلادنا، قدمنا، علينا: our, we, us; not هنا, not an accusative in ان
        // (أحيانا), not the paper's own words.
        let bare = folded.strip_prefix(['ب', 'ل']).unwrap_or(&folded);
        folded.ends_with("نا")
            && folded.chars().count() >= 4
            && !folded.ends_with("انا")
            && !NOT_OURS.contains(&folded.as_str())
            && !PUBLICATION.contains(&bare)
    }

    /// Somewhere in `r` a reporting verb, a relaying verb or a participle
    /// attributes words (a weak verb only with إن/أن or a colon after it).
    fn attributes(&self, r: Range<usize>) -> bool {
        r.clone().any(|k| {
            let c = self.class(k);
            if c & VERB != 0 && self.speaks_as_i(k) {
                return false;
            }
            if c & WEAK != 0 {
                (k + 1..r.end.min(k + 4)).any(|j| self.word(j) == ":" || self.class(j) & THAT != 0)
            } else {
                c & (VERB | PARTICIPLE | RELAYS) != 0
            }
        })
    }

    /// The sentence opening at `k` is the journalist's, after speech: يذكر أن،
    /// ويأتي ذلك، or a past perfect (وكان الوزير قد أعلن).
    pub(super) fn resumes_narrative(&self, k: usize) -> bool {
        if self.class(k) & RESUMES != 0 {
            return true;
        }
        let was = matches!(normalize(self.word(k)).as_str(), "وكان" | "وكانت");
        was && (k + 1..k + PAST_PERFECT_REACH).any(|j| self.word(j) == "قد")
    }

    /// The verb at `k` is I in the present where folding made it a past: the
    /// past of اعتبر، اعترف، استدرك opens with a bare alef, their present for I
    /// with a hamza on it and ت third (أعتبر، أعترف، أستدرك).
    fn speaks_as_i(&self, k: usize) -> bool {
        let raw = self.word(k);
        let mut letters = raw.strip_prefix(['و', 'ف']).unwrap_or(raw).chars();
        letters.next() == Some('أ') && letters.nth(1) == Some('ت')
    }

    /// A colon among the first tokens of `r`: a label, as interviews have.
    fn labelled(&self, r: Range<usize>) -> bool {
        r.take(LABEL_TOKENS).any(|k| self.word(k) == ":")
    }
}
