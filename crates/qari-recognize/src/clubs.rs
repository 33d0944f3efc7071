//! Clubs: the teams a report of a match names.
//!
//! A club is most often named bare, by a city's name (ليون، بورتو، الوكرة),
//! a common word (الرجاء، الشمال) or a word the training text never saw
//! (بنفيكا), and the tagger calls it a place or nothing. A match report names
//! its clubs in a few fixed places, and there, in text about a match, the
//! reader takes such a word as a club, an organisation:
//! - after the words for an opponent, a coach, a goal (أمام، ضيفه، مدرب،
//!   مرمى): تعادل أمام نهضة بركان، على مرمى العربي;
//! - after a verb of the result and its preposition (تغلب على، تعادل مع), or
//!   between them (فاز بنفيكا على);
//! - in a table of results, before its country in brackets (بورتو ( البرتغال )).
//!
//! A country is never taken (تغلب على مصر: the national team is still the
//! country), nor a person (أمام محمد صلاح). The clubs of [`CLUBS`], well known
//! and named by common words, are clubs anywhere in a match report.

use super::chains::{LOC_B, ORG_B, ORG_I};
use super::features::TokenInfo;
use super::normalize::{hash_word, normalize, HashKeyed};
use super::repeat::extend;
use super::tagger::Tagged;

/// Words of a match report (folded, without the article and proclitics, as a
/// token's stem): a sentence is about a match when [`MATCH_WORDS_NEEDED`] of
/// them stand within [`MATCH_REACH`] sentences of it.
const MATCH_WORDS: &[&str] = &[
    "مباراه",
    "مباراته",
    "مباريات",
    "دوري",
    "بطوله",
    "كاس",
    "هدف",
    "بهدف",
    "هدفين",
    "اهداف",
    "شوط",
    "مرمى",
    "شباك",
    "ملعب",
    "استاد",
    "ستاد",
    "تعادل",
    "جوله",
    "متصدر",
    "ديربي",
    "لاعب",
    "لاعبي",
    "لاعبين",
    "مدرب",
    "منتخب",
    "فوز",
    "فوزه",
    "فاز",
    "تغلب",
    "خساره",
    "هزيمه",
    "ركله",
    "جزاء",
    "مهاجم",
    "حارس",
    "نقاط",
    "نقطه",
    "كره",
    "مسابقه",
    "نادي",
    "فريق",
    "مضيفه",
    "ضيفه",
];

/// Match words a sentence needs around it (see [`MATCH_WORDS`]).
const MATCH_WORDS_NEEDED: usize = 3;

/// Sentences before and after a sentence whose match words count for it.
const MATCH_REACH: usize = 2;

/// Words after which a match report names a club (stems, as [`MATCH_WORDS`]):
/// the opponent, the coach and players, the goal.
const BEFORE_CLUBS: &[&str] = &[
    "امام",
    "ضيفه",
    "مضيفه",
    "منافسه",
    "غريمه",
    "مدرب",
    "لاعب",
    "لاعبي",
    "لاعبو",
    "حارس",
    "مهاجم",
    "مدافع",
    "جماهير",
    "مباراه",
    "مواجهه",
    "شباك",
    "مرمى",
    "فريق",
    "متصدر",
    "تقليدي",
];

/// Verbs of a result (stems), whose subject or whose object after a
/// preposition of [`RESULT_PREPOSITIONS`] is a club: فاز بنفيكا على، تغلب على سلتيك.
const RESULT_VERBS: &[&str] = &[
    "تغلب",
    "فاز",
    "فوز",
    "فوزه",
    "انتصر",
    "تعادل",
    "تعادله",
    "خسر",
    "خسارته",
    "هزم",
];

/// Words a verb of a result may stand before its preposition: itself and a
/// subject of two words (تعادل النجم الساحلي مع).
const VERB_REACH: usize = 3;

/// Prepositions after a verb of a result (folded, whole).
const RESULT_PREPOSITIONS: &[&str] = &["على", "علي", "مع", "امام"];

/// Verbs whose object is a club with no preposition: يستضيف الملعب التونسي
/// مستقبل سليمان، واجه ليون.
const FACING_VERBS: &[&str] = &["يستضيف", "استضاف", "واجه", "يواجه", "يلاقي", "لاقى"];

/// Clubs named by common words or places, well known across the Arab leagues
/// and Europe's, which a match report often names with nothing around them
/// (افتتح الرجاء التسجيل). Hand-written from general knowledge; names that are
/// also a country's (قطر، الكويت) or a word a match report uses for other
/// things (الاتحاد, a federation; الشباب, the youth team; الاتفاق, an
/// agreement; الجيش، العربي) are left out.
const CLUBS: &[&str] = &[
    // Morocco
    "الوداد",
    "الرجاء",
    "الجيش الملكي",
    "نهضة بركان",
    "المغرب الفاسي",
    "الفتح الرياضي",
    "حسنية أكادير",
    "اتحاد طنجة",
    "المغرب التطواني",
    "أولمبيك آسفي",
    // Algeria
    "مولودية الجزائر",
    "شبيبة القبائل",
    "وفاق سطيف",
    "اتحاد العاصمة",
    "شباب بلوزداد",
    "مولودية وهران",
    "شباب قسنطينة",
    // Tunisia
    "الترجي",
    "النجم الساحلي",
    "النادي الإفريقي",
    "النادي الصفاقسي",
    "الملعب التونسي",
    "الاتحاد المنستيري",
    "مستقبل سليمان",
    // Egypt
    "الأهلي",
    "الزمالك",
    "الإسماعيلي",
    "بيراميدز",
    "الاتحاد السكندري",
    "المقاولون العرب",
    "سموحة",
    "الترسانة",
    // The Gulf, Iraq and the Levant
    "الهلال",
    "النصر",
    "الفيصلي",
    "السد",
    "الدحيل",
    "الريان",
    "الغرافة",
    "الوكرة",
    "العين",
    "الوصل",
    "الشارقة",
    "القادسية",
    "الزوراء",
    "القوة الجوية",
    "الوحدات",
    "العهد",
    // Europe
    "ريال مدريد",
    "برشلونة",
    "أتلتيكو مدريد",
    "مانشستر يونايتد",
    "مانشستر سيتي",
    "ليفربول",
    "أرسنال",
    "تشيلسي",
    "توتنهام",
    "بايرن ميونخ",
    "بوروسيا دورتموند",
    "يوفنتوس",
    "إنتر ميلان",
    "نابولي",
    "باريس سان جيرمان",
    "مرسيليا",
    "بنفيكا",
    "سلتيك",
    "أياكس",
    "غلطة سراي",
    "فنربخشة",
];

/// The longest name in [`CLUBS`], in words.
const LONGEST_CLUB: usize = 3;

/// The gazetteer's flag for a token that begins a country's name.
const COUNTRY_BEGIN: u16 = 1;

/// Word lists hashed once.
#[derive(Debug, Clone)]
pub(crate) struct Clubs {
    match_words: HashKeyed<()>,
    before_clubs: HashKeyed<()>,
    result_verbs: HashKeyed<()>,
    prepositions: HashKeyed<()>,
    facing_verbs: HashKeyed<()>,
    /// [`CLUBS`] by the key of their words ([`club_key`]), with their length
    /// and whether the first word has the article.
    clubs: HashKeyed<(usize, bool)>,
}

fn set(words: &[&str]) -> HashKeyed<()> {
    words
        .iter()
        .map(|w| (hash_word(&normalize(w)), ()))
        .collect()
}

/// The key of a club's words: the first word's stem (without the article and
/// proclitics, as [`TokenInfo::stem`]), the others folded whole.
fn club_key(first_stem: u64, rest: impl Iterator<Item = u64>) -> u64 {
    rest.fold(first_stem, extend)
}

impl Clubs {
    pub(crate) fn new() -> Self {
        let clubs = CLUBS
            .iter()
            .map(|name| {
                let words: Vec<String> = name.split(' ').map(normalize).collect();
                let first = words[0].strip_prefix("ال").unwrap_or(&words[0]);
                let key = club_key(hash_word(first), words[1..].iter().map(|w| hash_word(w)));
                (key, (words.len(), words[0].starts_with("ال")))
            })
            .collect();
        Self {
            match_words: set(MATCH_WORDS),
            before_clubs: set(BEFORE_CLUBS),
            result_verbs: set(RESULT_VERBS),
            prepositions: set(RESULT_PREPOSITIONS),
            facing_verbs: set(FACING_VERBS),
            clubs,
        }
    }

    /// Mark the clubs of the match reports in `tagged` (the sentences of one
    /// text, `words` theirs) as organisations.
    pub(crate) fn mark(&self, words: &[Vec<&str>], tagged: &mut [Tagged]) {
        let counts: Vec<usize> = tagged
            .iter()
            .map(|t| {
                t.infos
                    .iter()
                    .filter(|i| self.match_words.contains_key(&i.stem))
                    .count()
            })
            .collect();
        if counts.iter().sum::<usize>() < MATCH_WORDS_NEEDED {
            return;
        }
        for (si, t) in tagged.iter_mut().enumerate() {
            let around = counts
                [si.saturating_sub(MATCH_REACH)..(si + MATCH_REACH + 1).min(counts.len())]
                .iter()
                .sum::<usize>();
            if around >= MATCH_WORDS_NEEDED {
                self.mark_sentence(&words[si], &t.infos, &mut t.labels);
            }
        }
    }

    fn mark_sentence(&self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        let mut i = 0;
        while i < n {
            // A listed club anywhere.
            if let Some(len) = self.listed(words, infos, i) {
                // Not a person's name, nor a piece of a longer name.
                if labels[i..i + len].iter().all(|&l| l == 0 || l >= LOC_B)
                    && !is_inside(labels[i])
                    && labels.get(i + len).is_none_or(|&l| !is_inside(l))
                {
                    label_org(labels, i, i + len);
                    i += len;
                    continue;
                }
            }
            if self.is_slot(words, infos, labels, i) {
                take(words, infos, labels, i);
            }
            i += 1;
        }
    }

    /// The words of the longest [`CLUBS`] name that begins at `i`, if one
    /// does: with the article where the name has it (الرجاء, not رجاء; العين,
    /// not عين السبع).
    fn listed(&self, words: &[&str], infos: &[TokenInfo], i: usize) -> Option<usize> {
        let mut key = infos[i].stem;
        let mut found = None;
        for len in 1..=LONGEST_CLUB.min(infos.len() - i) {
            if len > 1 {
                key = extend(key, infos[i + len - 1].norm);
            }
            if let Some(&(l, article)) = self.clubs.get(&key) {
                let definite = || definite(words[i]) || normalize(words[i]).starts_with("لل");
                if l == len && article == definite() {
                    found = Some(len);
                }
            }
        }
        found
    }

    /// Whether a club may begin at `c`: after a word of [`BEFORE_CLUBS`] or a
    /// verb of [`FACING_VERBS`], after a verb of a result and its preposition,
    /// between a verb of a result and its preposition, or before its country
    /// in brackets.
    fn is_slot(&self, words: &[&str], infos: &[TokenInfo], labels: &[u8], c: usize) -> bool {
        let stem = |j: usize| infos[j].stem;
        let after_word = c >= 1
            && (self.before_clubs.contains_key(&stem(c - 1))
                || self.facing_verbs.contains_key(&infos[c - 1].norm));
        // The verb and its preposition may have the subject between them
        // (تعادل نانت مع بوردو).
        let after_verb = c >= 2
            && self.prepositions.contains_key(&infos[c - 1].norm)
            && (c.saturating_sub(1 + VERB_REACH)..c - 1)
                .any(|j| self.result_verbs.contains_key(&stem(j)));
        // The verb, not its noun (التعادل المفاجئ مع).
        let subject =
            c >= 1 && self.result_verbs.contains_key(&stem(c - 1)) && !definite(words[c - 1]) && {
                let end = span_end(labels, c);
                end < infos.len() && self.prepositions.contains_key(&infos[end].norm)
            };
        let table = {
            let end = span_end(labels, c);
            words.get(end) == Some(&"(")
                && infos
                    .get(end + 1)
                    .is_some_and(|i| i.gazetteer & COUNTRY_BEGIN != 0)
        };
        let word_of_matches = [&self.match_words, &self.before_clubs, &self.result_verbs]
            .iter()
            .any(|set| set.contains_key(&stem(c)));
        (after_word || after_verb || subject || table) && !word_of_matches
    }
}

/// Take the name at `c` for a club: a place that is not a country, an
/// organisation the tagger found (joined to the city after it: ستيوا
/// بوخارست), or one or two words outside names that the training text never saw.
fn take(words: &[&str], infos: &[TokenInfo], labels: &mut [u8], c: usize) {
    match labels[c] {
        LOC_B if infos[c].gazetteer & COUNTRY_BEGIN == 0 => {
            let end = span_end(labels, c);
            label_org(labels, c, end);
            join_city(infos, labels, c, end);
        }
        ORG_B => {
            let end = span_end(labels, c);
            join_city(infos, labels, c, end);
        }
        0 if unseen(words[c], &infos[c]) => {
            let mut end = c + 1;
            if end < labels.len() && labels[end] == 0 && unseen(words[end], &infos[end]) {
                end += 1;
            }
            label_org(labels, c, end);
            join_city(infos, labels, c, end);
        }
        _ => {}
    }
}

/// A word that can be a club's name the tagger did not find: one the training
/// text did not see, with letters and without a proclitic before it, and no
/// nisba with the article nor a feminine word without it, which describe
/// (الفريق الإيفواري، جماهير غفيرة), nor what reads as a verb in the future
/// or a noun with a pronoun (الجماهير ستلعب، أمام جماهيرنا).
fn unseen(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    let definite = folded.starts_with("ال");
    let nisba = definite && (folded.ends_with('ي') || folded.ends_with("يه"))
        || !definite && folded.ends_with('ه');
    // A verb in the future (ستلعب) or a noun with our (جماهيرنا).
    let verb = ["سي", "ست", "سن", "سا"]
        .iter()
        .any(|p| folded.starts_with(p));
    let ours = folded.ends_with("نا");
    info.stats.count == 0
        && info.clitic_chars == 0
        && info.shape == 0
        && info.stem_len >= 3
        && !nisba
        && !verb
        && !ours
}

/// Whether a word has the article, perhaps after و، ف or ب: a noun.
fn definite(word: &str) -> bool {
    let folded = normalize(word);
    ["ال", "وال", "فال", "بال"]
        .iter()
        .any(|p| folded.starts_with(p))
}

/// A city right after a club's name is part of it (ستيوا بوخارست، دينامو كييف).
fn join_city(infos: &[TokenInfo], labels: &mut [u8], start: usize, end: usize) {
    if labels.get(end) == Some(&LOC_B) && infos[end].gazetteer & COUNTRY_BEGIN == 0 {
        let city_end = span_end(labels, end);
        label_org(labels, start, city_end);
    }
}

/// Where the name that begins at `start` ends (one word past `start` at least).
fn span_end(labels: &[u8], start: usize) -> usize {
    let mut end = start + 1;
    if labels[start] != 0 {
        while end < labels.len() && labels[end] == labels[start] + 1 {
            end += 1;
        }
    }
    end
}

fn is_inside(label: u8) -> bool {
    label != 0 && label.is_multiple_of(2)
}

/// Label `start..end` one organisation; a name the span cut into keeps its
/// rest as a name of its own.
fn label_org(labels: &mut [u8], start: usize, end: usize) {
    labels[start] = ORG_B;
    for l in &mut labels[start + 1..end] {
        *l = ORG_I;
    }
    if let Some(l) = labels.get_mut(end) {
        if is_inside(*l) {
            *l -= 1;
        }
    }
}
