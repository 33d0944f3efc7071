//! News outlets: the papers, sites and agencies an article cites by name.
//!
//! An outlet's name is often a common word or one no list holds (الأيام،
//! الاقتصادية، عنب بلدي، وام), and the tagger, trained on text that seldom names
//! its sources, leaves it out. The genre marks these names in a few fixed ways,
//! and the reader takes them there:
//! - in quotation marks after an outlet's head (لصحيفة "البيان"), or after ل
//!   where speech was reported, before what was said (قال لـ"الاقتصادية" إن);
//! - written after لـ with a tatweel where speech was reported: قال لـعنب بلدي إن;
//! - after a paper's head: صحيفة عكاظ (the head stays outside the name);
//! - in the dateline that opens a line: المنامة - بنا، إسطنبول - الأناضول -
//!   عربي21، الرياض (واس)، أبوظبي في 3 ديسمبر / وام /.
//!
//! An outlet found so is that outlet wherever the article repeats it (العمق
//! المغربي in the byline), unless its words are all ordinary ones.

use super::chains::{label_name, label_organisation, LOC_B, ORG_B, ORG_I};
use super::features::TokenInfo;
use super::gazetteer::{Gazetteer, TRIGGER_ORG_HEAD};
use super::normalize::{fold_phrase, hash_word, normalize, HashKeyed};
use super::quotes::words::QuoteWords;
use super::repeat::{extend, near_any};
use super::tagger::Tagged;

mod agencies;
mod cited;
mod dateline;

use agencies::{after_correspondents, reported_by_agencies};

/// Heads of an outlet (folded) whose name follows them in quotation marks
/// (لقناة "العربية"), and whether that name may be an ordinary word: for a
/// paper, a channel or an agency it may (صحيفة "الأيام"); after موقع، شبكة،
/// منصة, which also mean a site, a network, a stage (موقع "الانفجار"), only a
/// word the training text did not see is (موقع "هسبريس"). The first
/// [`PAPERS`] are papers, whose name also follows them bare.
const OUTLET_HEADS: &[(&str, bool)] = &[
    ("صحيفه", true),
    ("جريده", true),
    ("مجله", true),
    ("قناه", true),
    ("وكاله", true),
    ("اذاعه", true),
    ("تلفزيون", true),
    ("موقع", false),
    ("شبكه", false),
    ("منصه", false),
];

/// Whether a folded word, after و، ب or ل, is one of [`OUTLET_HEADS`]
/// (صحيفة، لقناة).
pub(crate) fn heads_an_outlet(folded: &str) -> bool {
    let after_and = folded.strip_prefix('و').unwrap_or(folded);
    let after_to = after_and.strip_prefix(['ب', 'ل']).unwrap_or(after_and);
    OUTLET_HEADS
        .iter()
        .any(|(head, _)| [folded, after_and, after_to].contains(head))
}

/// Outlets whose names are also regions' (folded), which a dateline gives
/// after its place (إسطنبول - الأناضول، الرياض - الشرق الأوسط، أبوظبي -
/// «الخليج»): the agency and the papers. The agency comes first.
pub(crate) const PLACE_OUTLETS: &[&str] = &["الاناضول", "الشرق الاوسط", "الخليج"];

/// How many heads of [`OUTLET_HEADS`], from the first, are papers (صحيفة عكاظ).
const PAPERS: usize = 3;

/// The longest outlet's name looked for, in words.
const LONGEST: usize = 3;

/// An agency's acronym is short: واس، بنا، وام، كونا.
const ACRONYM_LETTERS: usize = 4;

/// The tagger ran an organisation on into the outlet at `a`: what stays
/// before it is a name only with some evidence of one (a head, a listed
/// name, a word training saw mostly in organisations); الخبير الاقتصادي
/// (the economist) is none.
fn cut_off_before(labels: &mut [u8], infos: &[TokenInfo], a: usize) {
    let start = (0..a).rev().find(|&k| labels[k] == ORG_B).unwrap_or(0);
    let evidence = infos[start..a].iter().any(|t| {
        t.triggers & TRIGGER_ORG_HEAD != 0
            || t.gazetteer != 0
            || (t.stats.count > 0 && t.stats.shares[2] >= 128)
    });
    if !evidence {
        labels[start..a].fill(0);
    }
}

/// A token that can be part of a name: letters or digits.
fn is_word(w: &str) -> bool {
    w.chars().any(crate::tokenize::is_alphanumeric)
}

/// A word the training text saw often and mostly outside organisations.
fn common(info: &TokenInfo) -> bool {
    info.stats.count >= 3 && info.stats.shares[2] < 64
}

/// A word the training text never saw, or saw mostly in organisations.
fn unseen_or_outlet(info: &TokenInfo) -> bool {
    info.stats.count == 0 || info.stats.shares[2] >= 64
}

/// One sentence as the cues read it.
struct Sentence<'s> {
    words: &'s [&'s str],
    infos: &'s [TokenInfo],
    labels: &'s [u8],
}

impl Sentence<'_> {
    /// Token `j` is one of the folded words of `list`.
    fn is(&self, j: usize, list: &[&str]) -> bool {
        list.iter().any(|w| hash_word(w) == self.infos[j].norm)
    }
}

/// The outlets found in one text.
pub(crate) struct Outlets<'w> {
    words: &'w QuoteWords,
    gazetteer: &'w Gazetteer,
    /// [`OUTLET_HEADS`] by folded hash, in its order.
    heads: Vec<u64>,
}

impl<'w> Outlets<'w> {
    pub(crate) fn new(words: &'w QuoteWords, gazetteer: &'w Gazetteer) -> Self {
        Self {
            words,
            gazetteer,
            heads: OUTLET_HEADS.iter().map(|(h, _)| hash_word(h)).collect(),
        }
    }

    /// Mark every outlet of the text (its sentences' `words` and `tagged`;
    /// `line_starts`: whether each sentence opens a line) an organisation.
    pub(crate) fn mark(&self, words: &[Vec<&str>], tagged: &mut [Tagged], line_starts: &[bool]) {
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        let mut spans = Vec::new();
        let mut relabel = Vec::new();
        for (si, (ws, t)) in words.iter().zip(tagged.iter_mut()).enumerate() {
            spans.clear();
            let s = Sentence {
                words: ws,
                infos: &t.infos,
                labels: &t.labels,
            };
            self.quoted(&s, &mut spans);
            self.after_tatweel(&s, &mut spans);
            self.told_known(&s, &mut spans);
            reported_by_agencies(self.gazetteer, &s, &mut spans);
            after_correspondents(&s, &mut spans);
            self.after_papers(&s, &mut spans);
            self.reported_by_heads(&s, &mut spans);
            relabel.clear();
            let dated =
                line_starts.get(si) == Some(&true) && self.dateline(&s, &mut spans, &mut relabel);
            if dated && matches!(t.labels[0], 0 | ORG_B | ORG_I) && t.labels.get(1) != Some(&ORG_I)
            {
                t.labels[0] = LOC_B;
            }
            for &(a, b, label) in &relabel {
                if label == 0 {
                    t.labels[a..b].fill(0);
                } else {
                    label_name(&mut t.labels, a, b, label);
                }
            }
            for &(a, b) in &spans {
                if t.labels[a] == ORG_I {
                    cut_off_before(&mut t.labels, &t.infos, a);
                }
                // A paper named as a region (الشرق الأوسط) is not looked for
                // again, whether the tagger found the region or not: the
                // region is named as often.
                let place = one_name(&t.labels[a..b], LOC_B)
                    || PLACE_OUTLETS.contains(&fold_phrase(&ws[a..b]).as_str());
                label_organisation(&mut t.labels, a, b);
                if !place {
                    found.push((si, a, b));
                }
            }
        }
        // Each outlet's key (its first word's stem, its other words folded)
        // and the sentences of its cues, in order: it is looked for again
        // within an article's length of them, as repeated names are.
        let mut keys: HashKeyed<Vec<usize>> = HashKeyed::default();
        // The stems outlets begin with: most words begin none.
        let mut firsts: HashKeyed<()> = HashKeyed::default();
        for &(si, a, b) in &found {
            let infos = &tagged[si].infos;
            // One ordinary word (الأيام, the days) is no name to look for
            // again; a phrase of two or three is.
            if b - a > 1 || !common(&infos[a]) {
                firsts.insert(infos[a].stem, ());
                let cues = keys.entry(key(infos, a, b)).or_default();
                if cues.last() != Some(&si) {
                    cues.push(si);
                }
            }
        }
        if keys.is_empty() {
            return;
        }
        for (si, t) in tagged.iter_mut().enumerate() {
            let n = t.labels.len();
            let mut i = 0;
            while i < n {
                if !firsts.contains_key(&t.infos[i].stem) {
                    i += 1;
                    continue;
                }
                let mut taken = 0;
                for len in (1..=LONGEST.min(n - i)).rev() {
                    if t.labels[i..i + len].iter().any(|&l| l != 0)
                        || t.labels.get(i + len).is_some_and(|&l| l != 0 && l % 2 == 0)
                    {
                        continue;
                    }
                    if keys
                        .get(&key(&t.infos, i, i + len))
                        .is_some_and(|cues| near_any(cues, si))
                    {
                        label_organisation(&mut t.labels, i, i + len);
                        taken = len;
                        break;
                    }
                }
                i += taken.max(1);
            }
        }
    }

    /// Which of the first `among` heads of [`OUTLET_HEADS`] `word` is, after
    /// و or ف and ل or ب (ولصحيفة) but without the article: الجريدة الرسمية is
    /// no paper's name.
    fn head(&self, word: &str, among: usize) -> Option<usize> {
        let heads = &self.heads[..among];
        let find = |w: &str| heads.iter().position(|&h| h == hash_word(w));
        let folded = normalize(word);
        let mut rest = folded.as_str();
        for clitics in [['و', 'ف'], ['ل', 'ب']] {
            if let Some(found) = find(rest) {
                return Some(found);
            }
            rest = rest.strip_prefix(clitics).unwrap_or(rest);
        }
        find(rest)
    }
}

/// Whether labels are one name that opens with the B label `begin`: that B
/// and its I's.
fn one_name(labels: &[u8], begin: u8) -> bool {
    labels.first() == Some(&begin) && labels[1..].iter().all(|&l| l == begin + 1)
}

/// An outlet's key: its first word's stem (قال لـعنب as عنب), its others
/// folded, combined as repeated names' keys are.
fn key(infos: &[TokenInfo], a: usize, b: usize) -> u64 {
    infos[a + 1..b]
        .iter()
        .fold(infos[a].stem, |k, t| extend(k, t.norm))
}
