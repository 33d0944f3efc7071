//! News outlets: the papers, sites and agencies an article cites by name.
//!
//! An outlet's name is often a common word or one no list holds (الأيام،
//! الاقتصادية، عنب بلدي، وام), and the tagger, trained on text that seldom names
//! its sources, leaves it out. The genre marks these names in a few fixed ways,
//! and the reader takes them there:
//! - in quotation marks after ل or an outlet's head: قال لـ"الاقتصادية"،
//!   لصحيفة "البيان"، موقع «هسبريس» (a name of one to three words);
//! - written after لـ with a tatweel where speech was reported: قال لـعنب بلدي;
//! - after a paper's head: صحيفة عكاظ (the head stays outside the name);
//! - in the dateline: المنامة - بنا، إسطنبول - الأناضول - عربي21، الرياض (واس)،
//!   أبوظبي في 3 ديسمبر / وام /.
//!
//! An outlet found so is that outlet wherever the article repeats it (العمق
//! المغربي in the byline), unless it is one word the training text mostly saw
//! as an ordinary one (الأيام, the days).

use super::features::TokenInfo;
use super::gazetteer::TRIGGER_GIVEN;
use super::normalize::{hash_word, normalize, HashKeyed};
use super::quotes::words::{QuoteWords, AUDIENCE, PARTICIPLE, SAYING, STOP, THAT, VERB, WEAK};
use super::tagger::Tagged;
use crate::chains::PLACE_LIST_BEGIN;

const PER_B: u8 = 1;
const LOC_B: u8 = 3;
const LOC_I: u8 = 4;
const ORG_B: u8 = 5;
const ORG_I: u8 = 6;

/// Heads of an outlet whose name follows them in quotation marks (لقناة
/// "العربية"), folded.
const OUTLET_HEADS: &[&str] = &[
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "موقع",
    "وكاله",
    "اذاعه",
    "تلفزيون",
    "شبكه",
    "منصه",
];

/// Heads of a paper whose name follows them bare too (صحيفة عكاظ), folded.
const PAPERS: &[&str] = &["صحيفه", "جريده", "مجله"];

/// Tokens back from ل that a reporting verb may stand (وقال الوزير محمد بن
/// علي لـ"الأيام"، وقال حسين الستراوي، أحد المتقدمين للبرنامج، لـ"الأيام").
const SPEECH_REACH: usize = 12;

/// Words of a dateline that credit no outlet: sources in general (وكالات،
/// متابعات، خاص) and the words before a byline (حاوره، كتب، إعداد), folded.
const CREDITS: &[&str] = &[
    "وكالات",
    "متابعات",
    "خاص",
    "مراسلنا",
    "مراسلون",
    "حاوره",
    "حاورها",
    "حاورته",
    "حاورهم",
    "كتب",
    "كتبت",
    "اعداد",
    "تقرير",
    "ترجمه",
    "تحرير",
    "متابعه",
];

/// The longest outlet's name looked for, in words.
const LONGEST: usize = 3;

/// Sentences before or after a cue where the outlet is looked for again (as
/// for repeated names: about an article).
const NEAR: usize = 25;

/// Dateline lines are short: a place, a dash and a source or two.
const DATELINE_TOKENS: usize = 12;

fn opens(w: &str) -> bool {
    matches!(w, "\"" | "«" | "“")
}

fn closes(w: &str) -> bool {
    matches!(w, "\"" | "»" | "”")
}

fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

/// A token that can be part of a name: letters or digits.
fn is_word(w: &str) -> bool {
    w.chars().any(char::is_alphanumeric)
}

/// The outlets found in one text.
pub(crate) struct Outlets<'w> {
    words: &'w QuoteWords,
    heads: Vec<u64>,
    papers: Vec<u64>,
}

impl<'w> Outlets<'w> {
    pub(crate) fn new(words: &'w QuoteWords) -> Self {
        Self {
            words,
            heads: OUTLET_HEADS.iter().map(|p| hash_word(p)).collect(),
            papers: PAPERS.iter().map(|p| hash_word(p)).collect(),
        }
    }

    /// Mark every outlet of the text (its sentences' `words` and `tagged`) an
    /// organisation.
    pub(crate) fn mark(&self, words: &[Vec<&str>], tagged: &mut [Tagged]) {
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for (si, (ws, t)) in words.iter().zip(tagged.iter_mut()).enumerate() {
            let before = found.len();
            self.quoted(ws, &t.infos, &mut found, si);
            self.after_tatweel(ws, &t.infos, &t.labels, &mut found, si);
            self.after_papers(ws, &t.infos, &mut t.labels, &mut found, si);
            dateline(ws, &t.infos, &mut t.labels, &mut found, si);
            for &(_, a, b) in &found[before..] {
                label(&mut t.labels, a, b);
            }
        }
        if found.is_empty() {
            return;
        }
        // Each outlet's key (its first word's stem, its other words folded)
        // and the sentences around its cue.
        let mut keys: HashKeyed<Vec<(usize, usize)>> = HashKeyed::default();
        for &(si, a, b) in &found {
            let infos = &tagged[si].infos;
            let one_common = b == a + 1 && common(&infos[a]);
            if !one_common {
                keys.entry(key(infos, a, b))
                    .or_default()
                    .push((si.saturating_sub(NEAR), si + NEAR));
            }
        }
        if keys.is_empty() {
            return;
        }
        for (si, t) in tagged.iter_mut().enumerate() {
            let n = t.labels.len();
            let mut i = 0;
            while i < n {
                let mut taken = 0;
                for len in (1..=LONGEST.min(n - i)).rev() {
                    if t.labels[i..i + len].iter().any(|&l| l != 0)
                        || t.labels.get(i + len).is_some_and(|&l| l != 0 && l % 2 == 0)
                    {
                        continue;
                    }
                    let near = keys
                        .get(&key(&t.infos, i, i + len))
                        .is_some_and(|r| r.iter().any(|&(lo, hi)| lo <= si && si <= hi));
                    if near {
                        label(&mut t.labels, i, i + len);
                        taken = len;
                        break;
                    }
                }
                i += taken.max(1);
            }
        }
    }

    /// قال لـ"الاقتصادية"، لصحيفة "البيان": a name of one to three words in
    /// quotation marks after an outlet's head, or after ل where speech was
    /// reported before it.
    fn quoted(
        &self,
        ws: &[&str],
        infos: &[TokenInfo],
        found: &mut Vec<(usize, usize, usize)>,
        si: usize,
    ) {
        // Straight marks open and close by turns.
        let mut straight = 0;
        for i in 0..ws.len().saturating_sub(3) {
            if ws[i] == "\"" {
                straight += 1;
            }
            if !opens(ws[i + 1]) || (ws[i + 1] == "\"" && straight % 2 == 1) {
                continue;
            }
            let head = is_head(ws[i], &self.heads);
            let reported = normalize(ws[i]) == "ل" && self.speech_before(ws, infos, i);
            if !(head || reported) {
                continue;
            }
            let start = i + 2;
            let mut end = start;
            while end < ws.len() && end < start + LONGEST && is_word(ws[end]) {
                end += 1;
            }
            if end > start && end < ws.len() && closes(ws[end]) {
                found.push((si, start, end));
            }
        }
    }

    /// قال لـعنب بلدي إن: ل and a tatweel before a name where speech was
    /// reported, the name one word or two before إن، أن, a stop or the end.
    fn after_tatweel(
        &self,
        ws: &[&str],
        infos: &[TokenInfo],
        labels: &[u8],
        found: &mut Vec<(usize, usize, usize)>,
        si: usize,
    ) {
        for i in 1..ws.len() {
            let Some(rest) = ws[i].strip_prefix("ل\u{0640}") else {
                continue;
            };
            let rest = rest.trim_start_matches('\u{0640}');
            if rest.chars().count() < 2
                || rest.starts_with("ال")
                || matches!(labels[i], PER_B | LOC_B)
                || infos[i].triggers & TRIGGER_GIVEN != 0
                || infos[i].gazetteer & PLACE_LIST_BEGIN != 0
                || self.words.classes(&infos[i]) & AUDIENCE != 0
                || !self.speech_before(ws, infos, i)
            {
                continue;
            }
            let ends = |j: usize| {
                j >= ws.len()
                    || !is_word(ws[j])
                    || self.words.whole_classes(&infos[j]) & (THAT | STOP) != 0
            };
            if ends(i + 1) {
                found.push((si, i, i + 1));
            } else if labels[i + 1] == 0 && ends(i + 2) {
                found.push((si, i, i + 2));
            }
        }
    }

    /// صحيفة عكاظ: the word after a paper's head, or the place or person the
    /// tagger found there (صحيفة الشرق الأوسط), unless it describes the paper
    /// (صحيفة يومية، صحيفة أمريكية).
    fn after_papers(
        &self,
        ws: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
        found: &mut Vec<(usize, usize, usize)>,
        si: usize,
    ) {
        for i in 0..ws.len().saturating_sub(1) {
            if !is_head(ws[i], &self.papers) || !is_word(ws[i + 1]) {
                continue;
            }
            let next = normalize(ws[i + 1]);
            let end = match labels[i + 1] {
                PER_B | LOC_B => {
                    let mut end = i + 2;
                    while end < ws.len() && labels[end] == labels[i + 1] + 1 {
                        end += 1;
                    }
                    end
                }
                0 => {
                    let adjective = !next.starts_with("ال")
                        && (next.ends_with(['ي', 'ى']) || next.ends_with("يه"));
                    let particle =
                        self.words.whole_classes(&infos[i + 1]) & (THAT | STOP | VERB) != 0;
                    if adjective || particle || next.chars().count() < 3 {
                        continue;
                    }
                    i + 2
                }
                _ => continue,
            };
            found.push((si, i + 1, end));
        }
    }

    /// A reporting verb, its participle or a word of saying (تصريح) a few
    /// tokens before token `i`, with no إن/أن or punctuation between: ل then
    /// names whom the words were said to, not a word of what was said
    /// (ذكرت أن حسام حسن، المدير الفني لـ"الفراعنة").
    fn speech_before(&self, ws: &[&str], infos: &[TokenInfo], i: usize) -> bool {
        for j in (i.saturating_sub(SPEECH_REACH)..i).rev() {
            if self.words.classes(&infos[j]) & (VERB | WEAK | PARTICIPLE | SAYING) != 0 {
                return true;
            }
            let comma = matches!(ws[j], "،" | ",");
            if (!is_word(ws[j]) && !comma) || self.words.whole_classes(&infos[j]) & THAT != 0 {
                return false;
            }
        }
        false
    }
}

/// المنامة - بنا، إسطنبول - الأناضول - عربي21، الرياض (واس)، أبوظبي في 3
/// ديسمبر / وام /: a short line that opens with a place, then its sources after
/// dashes, in brackets or between slashes. A source that opens with a given
/// name or that the tagger took for a person is the byline, not an outlet
/// (القاهرة - أحمد علي). A listed place the tagger left alone there is the
/// dateline's place.
fn dateline(
    ws: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
    found: &mut Vec<(usize, usize, usize)>,
    si: usize,
) {
    let n = ws.len();
    if n < 3 || !is_word(ws[0]) {
        return;
    }
    // The dateline ends at the line's end or at a colon, a few words in.
    let line_end = ws
        .iter()
        .take(DATELINE_TOKENS)
        .position(|&w| w == ":")
        .unwrap_or(if n <= DATELINE_TOKENS { n } else { 0 });
    let place_end = match labels[0] {
        LOC_B => (1..n).find(|&j| labels[j] != LOC_I).unwrap_or(n),
        0 if infos[0].gazetteer & PLACE_LIST_BEGIN != 0 && is_dash(ws[1]) && line_end > 0 => 1,
        _ => return,
    };
    let mut sources = Vec::new();
    let mut j = place_end;
    if j + 2 < n && ws[j] == "(" && ws[j + 2] == ")" && is_word(ws[j + 1]) {
        // الرياض (واس) - …
        sources.push((j + 1, j + 2));
        j += 3;
    }
    if j < line_end && is_dash(ws[j]) {
        sources.extend(dashed(ws, j + 1, line_end));
    } else {
        // أبوظبي في 3 ديسمبر / وام /
        let window = &ws[j.min(n)..n.min(j + DATELINE_TOKENS)];
        if let Some(p) = window.iter().position(|&w| w == "/") {
            let at = j + p;
            if at + 2 < n && is_word(ws[at + 1]) && ws[at + 2] == "/" {
                sources.push((at + 1, at + 2));
            }
        }
    }
    if sources.is_empty() {
        return;
    }
    if labels[0] == 0 {
        labels[0] = LOC_B;
    }
    for (a, b) in sources {
        let byline = labels[a..b].contains(&PER_B) || infos[a].triggers & TRIGGER_GIVEN != 0;
        let digits = ws[a..b].iter().all(|w| !w.chars().any(char::is_alphabetic));
        // صنعاء - بيروت: a second place of the dateline.
        let place = labels[a] == LOC_B && labels[a + 1..b].iter().all(|&l| l == LOC_I);
        // رام الله - وكالات، طرابلس - حاوره: خالد محمود.
        let credit = CREDITS.contains(&normalize(ws[a]).as_str());
        if !byline && !digits && !place && !credit {
            found.push((si, a, b));
        }
    }
}

/// The sources of `ws[from..to]` when it is nothing but names of one to
/// [`LONGEST`] words between dashes (بنا، الأناضول - عربي21), else none.
fn dashed(ws: &[&str], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut sources = Vec::new();
    let mut k = from;
    while k < to {
        let start = k;
        while k < to && is_word(ws[k]) && k < start + LONGEST {
            k += 1;
        }
        if k == start || (k < to && !is_dash(ws[k])) {
            return Vec::new();
        }
        sources.push((start, k));
        k += 1;
    }
    sources
}

/// Label words `a..b` one organisation, and a name the tagger ran on past it a
/// name of its own.
fn label(labels: &mut [u8], a: usize, b: usize) {
    labels[a] = ORG_B;
    labels[a + 1..b].fill(ORG_I);
    if let Some(l) = labels.get_mut(b) {
        if *l != 0 && *l % 2 == 0 {
            *l -= 1;
        }
    }
}

/// Whether `word` is one of `heads` (folded hashes), after و or ف and ل or ب
/// (ولصحيفة) but without the article: الجريدة الرسمية is no paper's name.
fn is_head(word: &str, heads: &[u64]) -> bool {
    let folded = normalize(word);
    let mut rest = folded.as_str();
    for clitics in [['و', 'ف'], ['ل', 'ب']] {
        if let Some(r) = rest.strip_prefix(clitics) {
            if heads.contains(&hash_word(r)) {
                return true;
            }
            rest = r;
        }
    }
    heads.contains(&hash_word(rest))
}

/// One word the training text saw often and mostly outside organisations.
fn common(info: &TokenInfo) -> bool {
    info.stats.count >= 3 && info.stats.shares[2] < 64
}

/// An outlet's key: its first word's stem (قال لـعنب as عنب), its others folded.
fn key(infos: &[TokenInfo], a: usize, b: usize) -> u64 {
    infos[a + 1..b].iter().fold(infos[a].stem, |k, t| {
        (k ^ t.norm).wrapping_mul(0x0100_0000_01b3).rotate_left(17)
    })
}
