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

use super::chains::{
    arabic_letters_only, definite_nisba, heads_a_name, is_inside, label_name, label_organisation,
    LOC_B, LOC_I, ORG_B, ORG_I, ORG_LIST_BEGIN, PER_B, PLACE_LIST_BEGIN,
};
use super::features::TokenInfo;
use super::gazetteer::{
    Gazetteer, CURATED_ORG_BEGIN, CURATED_ORG_INSIDE, TRIGGER_GIVEN, TRIGGER_ORG_HEAD,
    TRIGGER_SPEECH, TRIGGER_TITLE,
};
use super::normalize::{fold_phrase, hash_word, normalize, HashKeyed};
use super::quotes::closer;
use super::quotes::words::{QuoteWords, AUDIENCE, PARTICIPLE, SAYING, STOP, THAT, VERB, WEAK};
use super::repeat::{extend, near_any};
use super::tagger::Tagged;

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

/// Verbs of what a paper does (folded, feminine, without و or ف): before
/// its head, a definite noun after the head is the paper's name (نقلت صحيفة
/// الرأي، خصصت صحيفة الشرق).
const PUBLISHING: &[&str] = &[
    "نقلت",
    "قالت",
    "ذكرت",
    "كتبت",
    "نشرت",
    "افادت",
    "اوردت",
    "رات",
    "خصصت",
    "اعتبرت",
    "اكدت",
    "اشارت",
    "كشفت",
    "تساءلت",
    "عنونت",
    "وصفت",
    "حذرت",
    "لفتت",
    "زعمت",
    "افردت",
    "تناولت",
    "اضافت",
    "تابعت",
    "اوضحت",
    "انتقدت",
    "رصدت",
    "توقعت",
];

/// How many heads of [`OUTLET_HEADS`], from the first, are papers (صحيفة عكاظ).
const PAPERS: usize = 3;

/// Tokens back from ل that a reporting verb may stand (وقال الوزير محمد بن
/// علي لـ"الأيام"، وقال حسين الستراوي، أحد المتقدمين للبرنامج، لـ"الأيام").
const SPEECH_REACH: usize = 12;

/// Words of a dateline that credit no outlet: sources in general (وكالات،
/// متابعات، خاص) and the words before a byline (حاوره، كتب، إعداد), folded.
const CREDITS: &[&str] = &[
    "وكالات",
    "الوكالات",
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

/// A correspondent (folded, after و or ل): مراسل الأناضول is Anadolu's.
const CORRESPONDENTS: &[&str] = &["مراسل", "مراسله", "لمراسل", "لمراسله", "ومراسل", "ومراسله"];

/// Talk one has with someone (folded): في حديث مع الأناضول.
const TALKS: &[&str] = &[
    "حديث",
    "مقابله",
    "اتصال",
    "لقاء",
    "حوار",
    "تصريح",
    "تصريحات",
];

/// مراسل الأناضول: the agency named as a region right after a correspondent
/// is that agency (where مراسل الشرق الأوسط may cover the region); so it is
/// as a credit, after a slash (تونس/ عادل الثابتي/ الأناضول) or alone in
/// brackets (… في إسطنبول (الأناضول)), where a region is not named; as the
/// one a source talked with (في حديث مع الأناضول، في اتصال هاتفي مع
/// الأناضول), who saw a text (في بيان اطلعت عليه الأناضول), or who reports
/// (ونقلت الأناضول عن، بحسب الأناضول): a region does none of these.
fn after_correspondents(s: &Sentence, found: &mut Vec<(usize, usize)>) {
    // By folded hash: most words are neither.
    let anadolu = hash_word(PLACE_OUTLETS[0]);
    let told: Vec<u64> = TOLD_ANADOLU.iter().map(|w| hash_word(w)).collect();
    for i in 0..s.infos.len() {
        // Whom a source told (قال فلان للأناضول:، لـالأناضول إن): a region is
        // told nothing.
        if told.contains(&s.infos[i].norm) && told_here(s, i) {
            found.push((i, i + 1));
            continue;
        }
        if s.infos[i].norm != anadolu || i == 0 {
            continue;
        }
        // A credit line: المصدر: الأناضول.
        let source_line = s.words[i - 1] == ":" && i >= 2 && s.is(i - 2, &["المصدر", "المصادر"]);
        let credit = source_line
            || s.words[i - 1] == "/"
            || (s.words[i - 1] == "(" && s.words.get(i + 1) == Some(&")"));
        let told = s.is(i - 1, CORRESPONDENTS);
        // The talk's word a word or two before مع (في تصريح خاص مع).
        let talked = s.is(i - 1, &["مع"]) && (i.saturating_sub(4)..i - 1).any(|j| s.is(j, TALKS));
        let saw = s.is(i - 1, &["عليه", "عليها"]);
        let reports = s.is(i - 1, REPORTING) || s.is(i - 1, ACCORDING_TO);
        if credit || told || talked || saw || reports {
            found.push((i, i + 1));
        }
    }
}

/// Whether للأناضول at `i` is whom a source told or whom the text follows
/// (قال فلان للأناضول: …، للأناضول إن، في حديث خاص للأناضول،، وفقا
/// للأناضول), not the region's genitive (الساحل الجنوبي للأناضول، غزو
/// السلاجقة للأناضول).
fn told_here(s: &Sentence, i: usize) -> bool {
    let next = s.words.get(i + 1).copied().unwrap_or("");
    if next == ":" || (i + 1 < s.infos.len() && s.is(i + 1, &["ان", "بان", "انه", "انها"]))
    {
        return true;
    }
    if i > 0 && s.is(i - 1, &["وفقا", "طبقا", "ووفقا", "وطبقا"]) {
        return true;
    }
    // Before a comma or the sentence's end, after a talk or a verb of saying.
    matches!(next, "،" | "," | "." | "")
        && (i.saturating_sub(10)..i)
            .any(|j| s.is(j, TALKS) || s.is(j, REPORTING) || s.is(j, SAYING_VERBS))
}

/// Verbs of saying (folded, with و or without) after which للأناضول is
/// whom the speaker told.
const SAYING_VERBS: &[&str] = &[
    "تحدث",
    "وتحدث",
    "تحدثت",
    "وتحدثت",
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "اضاف",
    "واضاف",
    "اضافت",
    "واضافت",
    "اكد",
    "واكد",
    "اكدت",
    "واكدت",
    "اوضح",
    "واوضح",
    "اوضحت",
    "واوضحت",
    "صرح",
    "وصرح",
    "صرحت",
    "وصرحت",
    "كشف",
    "وكشف",
    "كشفت",
    "وكشفت",
];

/// The agency after ل (folded): للأناضول، لـالأناضول.
const TOLD_ANADOLU: &[&str] = &["للاناضول", "لالاناضول", "وللاناضول"];

/// What an outlet does and a region does not (folded, after و or not).
const REPORTING: &[&str] = &[
    "نقلت",
    "ونقلت",
    "ذكرت",
    "وذكرت",
    "افادت",
    "وافادت",
    "اوردت",
    "واوردت",
    "علمت",
    "وعلمت",
];

/// "According to" (folded): بحسب الأناضول.
const ACCORDING_TO: &[&str] = &["بحسب", "حسب", "وحسب", "وبحسب", "وفق"];

/// The longest outlet's name looked for, in words.
const LONGEST: usize = 3;

/// Dateline lines are short: a place, a dash and a source or two.
const DATELINE_TOKENS: usize = 12;

/// An agency's acronym is short: واس، بنا، وام، كونا.
const ACRONYM_LETTERS: usize = 4;

/// The most tokens a dateline's date takes between its place and its
/// source in brackets (، 22 رجب 1445 هـ الموافق 3 فبراير 2024 م).
const DATE_TOKENS: usize = 12;

/// The most words of three letters or more (a month's) in that date.
const DATE_WORDS: usize = 4;

/// Where the date after a dateline's place ends, if one stands between the
/// place at `..at` and its source in brackets (العلا، 19 ديسمبر (واس) -،
/// الكويت في 27 ديسمبر (العمانية) -): a comma or في, a day or a year, and
/// few words of letters (months, الموافق between two calendars' dates, هـ
/// and م). `at` where there is none.
fn dated_until(ws: &[&str], at: usize) -> usize {
    let Some(open) = ws
        .iter()
        .skip(at)
        .take(DATE_TOKENS)
        .position(|&w| w == "(")
        .map(|p| at + p)
    else {
        return at;
    };
    let between = &ws[at..open];
    let digits = |w: &str| {
        w.chars()
            .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
    };
    let letters = between
        .iter()
        .filter(|w| !digits(w) && w.chars().count() >= 3 && normalize(w) != "الموافق")
        .count();
    let dated = between.iter().any(|w| digits(w))
        && letters <= DATE_WORDS
        && between
            .iter()
            .all(|&w| is_word(w) || matches!(w, "،" | ","));
    if dated {
        open
    } else {
        at
    }
}

fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
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

    /// لصحيفة "البيان"، قال لـ"الاقتصادية" إن: a name of one to three words in
    /// quotation marks after an outlet's head, or after ل where speech was
    /// reported, when what was said follows it (إن، أن, a colon, a comma, a
    /// quotation mark or the end) — not a scare-quoted word after "for"
    /// (يذهب الدعم لـ"المرضى").
    fn quoted(&self, s: &Sentence, found: &mut Vec<(usize, usize)>) {
        let (ws, infos) = (s.words, s.infos);
        // Straight marks open and close by turns.
        let mut straight = 0;
        for i in 0..ws.len().saturating_sub(3) {
            if ws[i] == "\"" {
                straight += 1;
            }
            if ws[i + 1] == "\"" && straight % 2 == 1 {
                continue;
            }
            let Some((start, end)) = quoted_name(ws, i + 1) else {
                continue;
            };
            let plain = infos[start..end].iter().any(|t| t.stats.count > 0);
            let head = self.head(ws[i], OUTLET_HEADS.len()).is_some_and(|h| {
                let (_, ordinary_ok) = OUTLET_HEADS[h];
                ordinary_ok || !plain
            });
            let said_after = ws.get(end + 1).is_none_or(|&w| {
                matches!(w, ":" | "،" | ",") || closer(w).is_some() || self.is_that(&infos[end + 1])
            });
            // ل and a tatweel written apart (ل ـ « الشرق الأوسط »).
            let lam = normalize(ws[i]) == "ل"
                || (ws[i] == "\u{0640}" && i > 0 && normalize(ws[i - 1]) == "ل");
            let at = if ws[i] == "\u{0640}" {
                i.saturating_sub(1)
            } else {
                i
            };
            // A place in marks after "told" is the paper, whatever follows
            // (قال لـ«الشرق الأوسط» عبر الهاتف).
            let place = one_name(&s.labels[start..end], LOC_B);
            let reported = lam && (said_after || place) && self.speech_before(ws, infos, at);
            // لندن ـ دبي: «الشرق الأوسط» in a line that a headline opens: a
            // place's colon and a place in marks (speech after a colon is no
            // name the tagger found).
            let dated = ws[i] == ":" && place && i > 0 && matches!(s.labels[i - 1], LOC_B | LOC_I);
            if head || reported || dated {
                found.push((start, end));
            }
        }
    }

    /// قال لـعنب بلدي إن: ل and a tatweel before a name where speech was
    /// reported, the name one word or two before إن، أن, a stop or the end; not
    /// a word with a possessive ending, a title or an audience (لـزملائه،
    /// لـمراسلنا، لـرئيس الوزراء، لـلصحفيين).
    fn after_tatweel(&self, s: &Sentence, found: &mut Vec<(usize, usize)>) {
        let (ws, infos, labels) = (s.words, s.infos, s.labels);
        for i in 1..ws.len() {
            let Some(rest) = ws[i].strip_prefix("ل\u{0640}") else {
                continue;
            };
            let rest = rest.trim_start_matches('\u{0640}');
            // لـالشرق الأوسط، لـالأناضول: an outlet named as a region, with
            // its article, where speech was reported.
            if rest.starts_with("ال") && self.speech_before(ws, infos, i) {
                let outlet = (1..=2).rev().find(|&len| {
                    i + len <= ws.len() && {
                        let phrase: Vec<&str> = std::iter::once(rest)
                            .chain(ws[i + 1..i + len].iter().copied())
                            .collect();
                        PLACE_OUTLETS.contains(&fold_phrase(&phrase).as_str())
                    }
                });
                // Right before what was said (إن، a colon, a quotation
                // mark), not the region an office covers (لـالشرق الأوسط
                // وشمال أفريقيا، لـالشرق الأوسط في المنظمة).
                let said_next = |j: usize| {
                    ws.get(j).is_some_and(|w| {
                        *w == ":"
                            || matches!(*w, "«" | "\"" | "“")
                            || self.words.whole_classes(&infos[j]) & THAT != 0
                    })
                };
                // And told by a source or the verb itself (وقال مصدر أمني
                // لـ…), not a title's or an office's genitive (المبعوث
                // الخاص لـالشرق الأوسط، دعم بلاده لـالخليج).
                let told = {
                    let before = normalize(ws[i - 1]);
                    infos[i - 1].triggers & TRIGGER_SPEECH != 0
                        || (is_word(ws[i - 1])
                            && !before.starts_with("ال")
                            && infos[i - 1].triggers & TRIGGER_TITLE == 0
                            && !["ه", "ها", "هم", "نا"].iter().any(|e| before.ends_with(e)))
                };
                if let Some(len) = outlet.filter(|&len| told && said_next(i + len)) {
                    found.push((i, i + len));
                }
                continue;
            }
            let possessive = ["ه", "ها", "هم", "هما", "هن", "نا", "كم"]
                .iter()
                .any(|ending| rest.ends_with(ending));
            if rest.chars().count() < 2
                || possessive
                || rest.starts_with('ل')
                || rest.starts_with("ال")
                || !matches!(labels[i], 0 | ORG_B)
                || infos[i].triggers & (TRIGGER_GIVEN | TRIGGER_TITLE) != 0
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
                found.push((i, i + 1));
            } else if labels[i + 1] == 0 && ends(i + 2) {
                found.push((i, i + 2));
            }
        }
    }

    /// قال مدرب الوداد لهسبريس إن: a well-known organisation of the hand list
    /// after ل where speech was reported, before what was said, is the one
    /// spoken to, however the tagger ran the name before it on into it.
    fn told_known(&self, s: &Sentence, found: &mut Vec<(usize, usize)>) {
        let (ws, infos) = (s.words, s.infos);
        for i in 1..ws.len() {
            // ل before the name, or before its article (للأناضول, which the
            // analysis reads as one word).
            let folded = || normalize(ws[i]);
            if infos[i].gazetteer & CURATED_ORG_BEGIN == 0
                || !folded().starts_with('ل')
                || infos[i].clitic_chars == 0 && !folded().starts_with("لل")
            {
                continue;
            }
            let mut end = i + 1;
            while end < ws.len() && infos[end].gazetteer & CURATED_ORG_INSIDE != 0 {
                end += 1;
            }
            let said_after = ws.get(end).is_none_or(|&w| {
                matches!(w, ":" | "،" | "," | ".")
                    || closer(w).is_some()
                    || self.is_that(&infos[end])
            });
            if said_after && self.speech_before(ws, infos, i) {
                found.push((i, end));
            }
        }
    }

    /// صحيفة عكاظ: the word after a paper's head, or the place or person the
    /// tagger found there (صحيفة الشرق الأوسط). A word left alone must be one
    /// the training text did not see or saw mostly in organisations, or a
    /// definite word before the paper's nationality (صحيفة الوسط الليبية), so that
    /// what describes the paper is no name (صحيفة يومية، صحيفة مستقلة، صحيفة
    /// الحزب).
    fn after_papers(&self, s: &Sentence, found: &mut Vec<(usize, usize)>) {
        let (ws, infos, labels) = (s.words, s.infos, s.labels);
        for i in 0..ws.len().saturating_sub(1) {
            // The word's own hashes first: most words are no paper.
            let papers = &self.heads[..PAPERS];
            let maybe = papers.contains(&infos[i].stem) || papers.contains(&infos[i].norm);
            if !maybe || self.head(ws[i], PAPERS).is_none() || !is_word(ws[i + 1]) {
                continue;
            }
            let end = match labels[i + 1] {
                PER_B | LOC_B => {
                    let mut end = i + 2;
                    while end < ws.len() && labels[end] == labels[i + 1] + 1 {
                        end += 1;
                    }
                    end
                }
                0 => {
                    let particle =
                        self.words.whole_classes(&infos[i + 1]) & (THAT | STOP | VERB) != 0;
                    // صحيفة الحزب: a body's head is the paper's owner.
                    // صحيفة الوسط الليبية: an ordinary word is the paper's
                    // name before the paper's nationality.
                    let national = infos[i + 1].definite
                        && infos
                            .get(i + 2)
                            .is_some_and(|n| n.nationality && n.definite);
                    // خصصت صحيفة الشرق، قال لصحيفة الأيام: a definite noun
                    // after a newspaper's head names it where the paper
                    // writes or is told something; an adjective describes
                    // it (صحيفة اليومية), a plural is whose paper it is
                    // (صحيفة المستوطنين), and a noun before a nisba of its
                    // own is a document (صحيفة الحالة الجنائية، مجلة الأحوال
                    // الشخصية: a code, in Tunisia).
                    let folded = normalize(ws[i + 1]);
                    let newspaper = self.head(ws[i], 2).is_some();
                    // (Or where something is in it: نشر مقالا في صحيفة
                    // الدستور.)
                    let reported = (i.saturating_sub(2)..i).any(|k| {
                        let folded = normalize(ws[k]);
                        let verb = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
                        PUBLISHING.contains(&verb)
                            || k + 1 == i && matches!(folded.as_str(), "في" | "وفي")
                    }) || normalize(ws[i])
                        .trim_start_matches(['و', 'ف'])
                        .starts_with('ل')
                        && self.speech_before(ws, infos, i);
                    let plural = ["ات", "ين", "ون"].iter().any(|e| folded.ends_with(e));
                    let described = ws.get(i + 2).is_some_and(|w| {
                        let adjective = normalize(w);
                        adjective.starts_with("ال")
                            && (adjective.ends_with('ي') || adjective.ends_with("يه"))
                            && !infos[i + 2].nationality
                    });
                    let definite_noun = newspaper
                        && reported
                        && infos[i + 1].definite
                        && !folded.ends_with("يه")
                        && !plural
                        && !described;
                    if particle
                        || heads_a_name(&folded)
                        || !(unseen_or_outlet(&infos[i + 1]) || national || definite_noun)
                        || folded.chars().count() < 3
                    {
                        continue;
                    }
                    i + 2
                }
                _ => continue,
            };
            found.push((i + 1, end));
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

    /// المنامة - بنا، إسطنبول - الأناضول - عربي21، الرياض (واس)، أبوظبي في 3
    /// ديسمبر / وام /: a line that opens with a place, then its sources after
    /// dashes (to the line's end or a colon, a few words in), in brackets right
    /// after it or between slashes. Not a source: a credit (وكالات، حاوره), the
    /// byline (a given name first, or a person the tagger found), a place
    /// (but for one of [`PLACE_OUTLETS`] alone after the dateline's), and,
    /// where it goes on after a colon, words that are all ordinary ones but
    /// for an agency's short acronym (العراق - الانتخابات: من يفوز؟ is a
    /// headline and its topic; الرياض - واس: … a dateline). A listed place the
    /// tagger left alone there is the dateline's place: true when the line is
    /// a dateline. The line may stand in brackets: (المنامة - بنا). The
    /// sources go to `found`; `relabel` gets the words to label otherwise,
    /// with their label: a writer's name (a person), a place of the lists
    /// the tagger took for an organisation, or a label of the piece it took
    /// for one (0: no name, بغداد - (حصري) -).
    fn dateline(
        &self,
        s: &Sentence,
        found: &mut Vec<(usize, usize)>,
        relabel: &mut Vec<(usize, usize, u8)>,
    ) -> bool {
        let (ws, infos, labels) = (s.words, s.infos, s.labels);
        let n = ws.len();
        // (الرياض - واس), (الكويت - «القبس»): the dateline in brackets, on
        // a line of its own.
        if n >= 5 && ws[0] == "(" && ws[n - 1] == ")" && n <= DATELINE_TOKENS {
            let inside = 1..n - 1;
            if ws[inside.clone()].iter().any(|&w| w == "(" || w == ")") {
                return false;
            }
            let within = Sentence {
                words: &ws[inside.clone()],
                infos: &infos[inside.clone()],
                labels: &labels[inside],
            };
            let (from, by) = (found.len(), relabel.len());
            let dated = self.dateline(&within, found, relabel);
            let shifted = found[from..].iter_mut().map(|(a, b)| (a, b));
            for (a, b) in shifted.chain(relabel[by..].iter_mut().map(|(a, b, _)| (a, b))) {
                *a += 1;
                *b += 1;
            }
            return dated;
        }
        if n < 3 || !is_word(ws[0]) {
            return false;
        }
        // (كييف - (رويترز) - …: a source in brackets after the place's dash
        // makes a dateline of a long line's start too.)
        let bracketed = n > 3 && is_dash(ws[1]) && ws[2] == "(";
        let line_end = ws
            .iter()
            .take(DATELINE_TOKENS)
            .position(|&w| w == ":")
            .unwrap_or(if n <= DATELINE_TOKENS || bracketed {
                n.min(DATELINE_TOKENS)
            } else {
                0
            });
        let place_end = match labels[0] {
            LOC_B => (1..n).find(|&j| labels[j] != LOC_I).unwrap_or(n),
            0 if infos[0].gazetteer & PLACE_LIST_BEGIN != 0
                && (is_dash(ws[1]) && line_end > 0 || dated_until(ws, 1) > 1) =>
            {
                1
            }
            // كييف / الأناضول: a listed place of one word the tagger took for
            // an organisation (or the inside of one, at the line's start),
            // before a dash or a slash.
            ORG_B | ORG_I
                if infos[0].gazetteer & PLACE_LIST_BEGIN != 0
                    && labels[1] != ORG_I
                    && (is_dash(ws[1]) || ws[1] == "/") =>
            {
                1
            }
            _ => return false,
        };
        // بغداد: «الشرق الأوسط» …: a name of one to three words in quotation
        // marks right after the dateline's colon is its source, a place's
        // name or not (the paper, not the region).
        // So is one after a dash that ends the line (أبوظبي - «الخليج»).
        let dashed_line = ws.get(place_end).is_some_and(|w| is_dash(w))
            && line_end == n
            && quoted_name(ws, place_end + 1).is_some_and(|(_, b)| b + 1 == n);
        if (ws.get(place_end) == Some(&":") && line_end == place_end) || dashed_line {
            if let Some((a, b)) = quoted_name(ws, place_end + 1) {
                // A name the tagger found, not words of a headline's quote
                // (دمشق: «لا تراجع»).
                let name = one_name(&labels[a..b], LOC_B) || one_name(&labels[a..b], ORG_B);
                if name {
                    found.push((a, b));
                    return true;
                }
            }
        }
        let mut sources = Vec::new();
        let mut j = dated_until(ws, place_end);
        // العلا، 19 ديسمبر (واس) -: the source in brackets after a date.
        let dated = j > place_end;
        if j + 3 < n && ws[j] == "(" && ws[j + 2] == ")" && is_word(ws[j + 1]) && is_dash(ws[j + 3])
        {
            // الرياض (واس) - …
            sources.push((j + 1, j + 2));
            j += 3;
        }
        // كييف / الأناضول: a slash between the place and its source, on a
        // line of their own, as a dash.
        let slashed = ws.get(j) == Some(&"/") && line_end == n && !ws[j + 1..].contains(&"/");
        if j < line_end && (is_dash(ws[j]) || slashed) {
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
            return false;
        }
        let only = sources.len() == 1;
        // A slash also parts a section from its topic (سوريا / سياسة، مصر /
        // الانتخابات), and a name the tagger took for an organisation may be
        // one (الأهرام / القاهرة): there only a known outlet makes a dateline.
        let doubtful = slashed || matches!(labels[0], ORG_B | ORG_I);
        let mut taken = false;
        for (a, b) in sources {
            let acronym = b == a + 1 && {
                let folded = normalize(ws[a]);
                !folded.starts_with("ال") && folded.chars().count() <= ACRONYM_LETTERS
            };
            // An agency of the hand list named by its acronym, which the
            // tagger and the lists may read as a town or a given name after
            // و (الرياض - واس).
            let chosen = acronym && self.gazetteer.chosen_organisation(infos[a].norm);
            // After a date, an acronym training did not see (وات، واع) or a
            // feminine nisba (العمانية، الألمانية, the agency of that
            // country) is the agency too.
            let dated_agency =
                dated && b == a + 1 && infos[a].gazetteer & PLACE_LIST_BEGIN == 0 && {
                    let folded = normalize(ws[a]);
                    // (حصري، عاجل: a label of the piece; no agency's
                    // acronym ends as an adjective in ي. One training saw
                    // mostly in organisations is the agency however often.)
                    acronym
                        && (infos[a].stats.count <= 2 || infos[a].stats.shares[2] >= 128)
                        && !folded.ends_with('ي')
                        || definite_nisba(&folded) && folded.ends_with("يه")
                };
            let place_outlet = PLACE_OUTLETS.contains(&fold_phrase(&ws[a..b]).as_str());
            // بيروت - رنا الحلبي، الكويت - محمد الإتربي:، إسلام آباد / فلان /
            // الأناضول: a writer's name of two or three words, its first a
            // given name (or one training saw mostly in people's names), no
            // outlet's, is a person.
            let writer = !chosen
                && (2..=3).contains(&(b - a))
                && ws[a..b].iter().all(|w| arabic_letters_only(&normalize(w)))
                && infos[a..b].iter().all(|t| {
                    t.gazetteer & (CURATED_ORG_BEGIN | CURATED_ORG_INSIDE | ORG_LIST_BEGIN) == 0
                        && t.triggers & (TRIGGER_ORG_HEAD | TRIGGER_TITLE) == 0
                })
                && !PLACE_OUTLETS.contains(&fold_phrase(&ws[a..b]).as_str())
                && (labels[a] == PER_B
                    || infos[a].triggers & TRIGGER_GIVEN != 0
                    || infos[a].whole_given
                    || infos[a].stats.shares[0] >= 96);
            if writer {
                relabel.push((a, b, PER_B));
            }
            let byline = !chosen
                && (writer
                    || labels[a..b].contains(&PER_B)
                    || infos[a].triggers & TRIGGER_GIVEN != 0);
            let digits = ws[a..b]
                .iter()
                .all(|w| !w.chars().any(crate::tokenize::is_alphabetic));
            // بغداد - الأناضول، الرياض - الشرق الأوسط: the one name after the
            // place, on a line of its own, is its source where it is an
            // outlet's name that is also a region's ([`PLACE_OUTLETS`]); any
            // other place stays one (السعودية - إيران, a match or a headline).
            let agency = chosen || dated_agency;
            // A place of the lists that training saw mostly as a place or
            // never, no agency's acronym nor a body of the lists, is a place
            // there even where the tagger took it for an organisation
            // (طرابلس - بنغازي: a match, a road; not القاهرة - الأهرام, a
            // paper training saw).
            let listed_place = one_name(&labels[a..b], ORG_B)
                && !agency
                && !acronym
                && !place_outlet
                && infos[a].gazetteer & PLACE_LIST_BEGIN != 0
                && (infos[a].stats.count == 0 || infos[a].stats.shares[1] >= 128)
                && infos[a..b]
                    .iter()
                    .all(|t| t.gazetteer & (CURATED_ORG_BEGIN | ORG_LIST_BEGIN) == 0);
            if listed_place {
                relabel.push((a, b, LOC_B));
            }
            let place = (one_name(&labels[a..b], LOC_B) || listed_place)
                && !agency
                && !(only && line_end == n && place_outlet);
            let credit = CREDITS.contains(&normalize(ws[a]).as_str());
            // (A word in brackets between a dateline's dashes is a label of
            // the piece unless the lists, the tagger or its shape say it is
            // an agency: الخرطوم - (تحديث) -، بغداد - (حصري) -، بيروت -
            // (بالصور) -.)
            // (The tagger's organisation counts, but for a word shaped as an
            // adjective in ي, as no agency's name is: (حصري).)
            let labelled = a > 0
                && ws[a - 1] == "("
                && !(chosen
                    || dated_agency
                    || labels[a] == ORG_B && !normalize(ws[a]).ends_with('ي')
                    || infos[a].gazetteer & CURATED_ORG_BEGIN != 0
                    || infos[a].gazetteer & ORG_LIST_BEGIN != 0);
            let ordinary =
                line_end < n && infos[a..b].iter().all(common) && !acronym && !dated_agency
                    || labelled && !place_outlet;
            // (An organisation the tagger saw in such a label is none.)
            if labelled && !place_outlet && labels[a] == ORG_B {
                relabel.push((a, b, 0));
            }
            // لبنان - ماذا بعد: particles make a headline, not a name.
            let particle = infos[a..b]
                .iter()
                .any(|t| self.words.whole_classes(t) & (STOP | THAT) != 0);
            // (An agency of the lists named whole after a dash: كييف -
            // رويترز, whatever the tagger made of the place.)
            let listed = !slashed && infos[a].gazetteer & CURATED_ORG_BEGIN != 0;
            let known = chosen
                || listed
                || place_outlet
                || acronym
                    && infos[a].gazetteer & PLACE_LIST_BEGIN == 0
                    && infos[a].stats.count <= 2;
            if doubtful && !known {
                continue;
            }
            if !byline && !digits && !place && !credit && !ordinary && !particle {
                found.push((a, b));
                taken = true;
            }
        }
        !doubtful || taken
    }

    fn is_that(&self, info: &TokenInfo) -> bool {
        self.words.whole_classes(info) & THAT != 0
    }

    /// A reporting verb, its participle or a word of saying (تصريح) a few
    /// tokens before token `i`, with no إن/أن or punctuation but commas
    /// between: ل then names whom the words were said to, not a word of what
    /// was said (ذكرت أن حسام حسن، المدير الفني لـ"الفراعنة").
    fn speech_before(&self, ws: &[&str], infos: &[TokenInfo], i: usize) -> bool {
        for j in (i.saturating_sub(SPEECH_REACH)..i).rev() {
            if self.words.classes(&infos[j]) & (VERB | WEAK | PARTICIPLE | SAYING) != 0 {
                return true;
            }
            let comma = matches!(ws[j], "،" | ",");
            if (!is_word(ws[j]) && !comma) || self.is_that(&infos[j]) {
                return false;
            }
        }
        false
    }
}

/// The words `a..b` of a name of one to three words in quotation marks that
/// open at `open` («الشرق الأوسط»), if they are there.
fn quoted_name(ws: &[&str], open: usize) -> Option<(usize, usize)> {
    let close = closer(ws.get(open)?)?;
    let start = open + 1;
    let mut end = start;
    while end < ws.len() && end < start + LONGEST && is_word(ws[end]) {
        end += 1;
    }
    (end > start && ws.get(end).is_some_and(|w| close.contains(w))).then_some((start, end))
}

/// Whether labels are one name that opens with the B label `begin`: that B
/// and its I's.
fn one_name(labels: &[u8], begin: u8) -> bool {
    labels.first() == Some(&begin) && labels[1..].iter().all(|&l| l == begin + 1)
}

/// The sources of `ws[from..to]` when it is nothing but names of one to
/// [`LONGEST`] words between dashes (بنا، الأناضول - عربي21), else none; a
/// credit joined by و ends the name before it (الاتحاد ووكالات الأنباء).
fn dashed(ws: &[&str], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut sources = Vec::new();
    // A source in brackets was found: what follows its dash may be the date.
    let mut bracketed = false;
    let mut k = from;
    while k < to {
        // كييف - (رويترز) - الاثنين 20 أبريل/نيسان: a source in brackets
        // between dashes.
        if ws[k] == "(" {
            let inside = (k + 1..to.min(k + 2 + LONGEST)).find(|&j| ws[j] == ")");
            if let Some(close) = inside.filter(|&c| c > k + 1) {
                if ws[k + 1..close].iter().all(|w| is_word(w))
                    && (close + 1 == to || is_dash(ws[close + 1]))
                {
                    sources.push((k + 1, close));
                    bracketed = true;
                    k = close + 2;
                    continue;
                }
            }
        }
        let start = k;
        while k < to && is_word(ws[k]) && k < start + LONGEST {
            k += 1;
        }
        if k == start || (k < to && !is_dash(ws[k])) {
            if bracketed {
                return sources;
            }
            return Vec::new();
        }
        // الاتحاد ووكالات الأنباء: the credit after و is none of the name.
        let credit = (start + 1..k).find(|&j| {
            normalize(ws[j])
                .strip_prefix('و')
                .is_some_and(|rest| CREDITS.contains(&rest))
        });
        sources.push((start, credit.unwrap_or(k)));
        k += 1;
    }
    sources
}

/// An outlet's key: its first word's stem (قال لـعنب as عنب), its others
/// folded, combined as repeated names' keys are.
fn key(infos: &[TokenInfo], a: usize, b: usize) -> u64 {
    infos[a + 1..b]
        .iter()
        .fold(infos[a].stem, |k, t| extend(k, t.norm))
}

/// What an agency does when it is the subject of a verb or the source of a
/// report (folded): its verbs of [`PUBLISHING`], with و or not, a report it
/// carried (نقلته، نقلتها) and "according to".
fn reports(folded: &str) -> bool {
    let plain = folded.strip_prefix(['و', 'ف']).unwrap_or(folded);
    PUBLISHING.contains(&plain)
        || matches!(plain, "نقلته" | "نقلتها" | "اوردته" | "بثته" | "بثتها")
        || ACCORDING_TO.contains(&folded)
}

/// An agency's acronym of the hand lists (وفا، واس، وام، كونا), bare, right
/// after a verb it does or "according to" (ذكرت وفا، نقلته واس، بحسب وام):
/// the agency, though the tagger, which saw such acronyms seldom, left it or
/// read it as a person of one word. واس and وام are read whole: their first
/// letter looks like و, and the rest is a word (اس، ام).
fn reported_by_agencies(gazetteer: &Gazetteer, s: &Sentence, found: &mut Vec<(usize, usize)>) {
    for i in 1..s.words.len() {
        let info = &s.infos[i];
        let listed = if info.clitic_chars == 0 {
            info.gazetteer & CURATED_ORG_BEGIN != 0
        } else {
            gazetteer.chosen_organisation(info.norm)
        };
        let lone_person =
            s.labels[i] == PER_B && s.labels.get(i + 1).is_none_or(|&l| !is_inside(l));
        if !listed || s.labels[i] != 0 && !lone_person {
            continue;
        }
        let folded = normalize(s.words[i]);
        let acronym = folded.chars().count() <= ACRONYM_LETTERS && arabic_letters_only(&folded);
        let alone = s
            .infos
            .get(i + 1)
            .is_none_or(|next| next.gazetteer & CURATED_ORG_INSIDE == 0);
        if acronym && alone && reports(&normalize(s.words[i - 1])) {
            found.push((i, i + 1));
        }
    }
}
