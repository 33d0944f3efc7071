//! Clubs: the teams a report of a match names.
//!
//! A club is most often named bare, by a city's name (ليون، بورتو، الوكرة),
//! a common word (الرجاء، الشمال) or a word the training text never saw
//! (بنفيكا), and the tagger calls it a place or nothing. A match report names
//! its clubs in a few fixed places, and there, in text about a match (words
//! only sport uses, [`MATCH_WORDS`], around the sentence), the reader takes
//! such a word as a club, an organisation:
//! - after the words for a host, a guest, a rival, a coach, the fans or the
//!   team (ضيفه، غريمه، مدرب، جماهير، فريق), and before its country in a table
//!   of results (بورتو ( البرتغال )): a place, an unseen word, an organisation;
//! - after a verb of the result and its preposition (تغلب على، تعادل مع), or
//!   between them (فاز بنفيكا على), or after أمام، مرمى: only a listed city or
//!   an organisation, since athletes and national sides stand there too (an
//!   unseen word after a result only with the article: تعادل مع الترسانة, not
//!   فاز ألكاراز على زفيريف).
//!
//! - a common word with the article that the report puts in those places
//!   twice, once at least where athletes and places do not stand (مدرب
//!   الوحدات … لاعب الوحدات), everywhere in the report;
//! - a name with the article the tagger took for a person's before a city
//!   (الحسين إربد), with the city.
//!
//! A country, or its name's first word, is never taken (تغلب على الإمارات: the
//! national side is still the country), nor a person (أمام محمد صلاح). The
//! clubs of [`CLUBS`], well known and named by words that are no common nouns,
//! are clubs anywhere in a match report but after في (the venue).

use super::chains::{
    definite_nisba, definite_pair, future_verb, is_inside, label_organisation, span_end,
    CITY_LIST_BEGIN, COUNTRY_LIST_BEGIN, LOC_B, ORG_B, ORG_I, ORG_LIST_BEGIN, PERSON_LIST_BEGIN,
    PER_B, PER_I, PLACE_LIST_BEGIN, PLACE_LIST_INSIDE, REGION_LIST_BEGIN,
};
use super::features::TokenInfo;
use super::gazetteer::{
    Gazetteer, TRIGGER_FAMILY, TRIGGER_GIVEN, TRIGGER_LOC_HEAD, TRIGGER_NAME, TRIGGER_ORG_HEAD,
    TRIGGER_TITLE,
};
use super::normalize::{hash_word, normalize, HashKeyed};
use super::repeat::extend;
use super::tagger::Tagged;
use super::tokenize::is_digit;

/// Words of a match report (folded, without the article and proclitics, as a
/// token's stem): a sentence is about a match when [`MATCH_WORDS_NEEDED`] of
/// them stand within [`MATCH_REACH`] sentences of it. Words that politics
/// uses too (هدف a target, جولة a tour, فاز an election, تغلب على الصعوبات)
/// are left out.
const MATCH_WORDS: &[&str] = &[
    "مباراه",
    "مباراته",
    "مباريات",
    "دوري",
    "بطوله",
    "كاس",
    "هدفين",
    "شوط",
    "مرمى",
    "ملعب",
    "استاد",
    "ستاد",
    "تعادل",
    "متصدر",
    "ديربي",
    "مدرب",
    "ركله",
    "مهاجم",
    "كره",
    "مضيفه",
    "ضيفه",
    "لاعب",
    "لاعبين",
    "لاعبي",
    "لاعبو",
    "لاعبون",
    "فريق",
];

/// Match words a sentence needs around it (see [`MATCH_WORDS`]).
const MATCH_WORDS_NEEDED: usize = 3;

/// Sentences before and after a sentence whose match words count for it.
const MATCH_REACH: usize = 2;

/// Words after which only a club stands (stems, as [`MATCH_WORDS`]): the
/// host, the guest, the rival, the coach, the fans, the team. A place, an
/// unseen word or an organisation there is a club.
const BEFORE_CLUBS: &[&str] = &[
    "ضيفه",
    "مضيفه",
    "منافسه",
    "غريمه",
    "مدرب",
    "جماهير",
    "فريق",
    "تقليدي",
];

/// Words of [`BEFORE_CLUBS`] that name the other side of a match (its host,
/// its guest, its rival): after them and before the score, a club however
/// common its name (ضيفه وغريمه التقليدي النصر بنتيجة 3-2), where after a
/// coach or the fans a word may be the side's job or place (مدرب الحراس،
/// جماهير الملعب).
const RIVALS: &[&str] = &["ضيفه", "مضيفه", "منافسه", "غريمه", "تقليدي"];

/// Words a team is named by in the construct state (فريق العربي, never an
/// adjective: that is الفريق العربي), folded: the definite word after one is
/// the club's name, but for [`TEAMS_OF`].
const TEAM_WORDS: &[&str] = &["فريق", "لفريق", "وفريق", "بفريق", "ففريق"];

/// What a team of a club may be rather than the club (فريق الشباب, its
/// youth side; فريق الكرة) or who else is a team (فريق التحكيم، فريق
/// الإنقاذ), folded.
const TEAMS_OF: &[&str] = &[
    "الشباب",
    "الناشئين",
    "الاشبال",
    "الكره",
    "السيدات",
    "الرجال",
    "الدفاع",
    "الهجوم",
    "الوسط",
    "المدرب",
    "المنتخب",
    "العمل",
    "التحكيم",
    "الحكام",
    "الانقاذ",
    "البحث",
    "التحقيق",
    "الخبراء",
    "الاحتياط",
    "الاول",
    "الثاني",
    "الضيف",
    "المضيف",
    "الخصم",
    "المنافس",
    "الاطباء",
    "الطبي",
    "العاصمه",
    "المدينه",
    "البلد",
    "القريه",
    "الجامعه",
    "الحي",
    "الذين",
    "اللذين",
    "اللتين",
    "الاسعاف",
    "الاطفاء",
    "السله",
];

/// The host and the guest (stems, as [`MATCH_WORDS`]): only a team is
/// either, so a name the tagger took for a person after one is a club too
/// (سحق ضيفه دينامو كييف), where after a coach or a rival it is a person.
const HOSTS: &[&str] = &["ضيفه", "مضيفه"];

/// Words before a club's name that make it the place of a match instead
/// (في ليون، إلى ليون), folded.
const VENUE_WORDS: &[&str] = &["في", "الى", "من", "مدينه"];

/// Words after which a club often stands, and as often a place, a person or
/// a country (أمام، مباراة، مرمى): only an organisation the tagger found or a
/// listed club is taken there.
const NEAR_CLUBS: &[&str] = &[
    "امام",
    "مباراه",
    "مواجهه",
    "شباك",
    "مرمى",
    "لاعب",
    "لاعبي",
    "لاعبو",
    "حارس",
    "مهاجم",
    "مدافع",
    "متصدر",
];

/// Verbs of a result (stems), whose subject or whose object after a
/// preposition of [`RESULT_PREPOSITIONS`] is a club: فاز بنفيكا على، تغلب على سلتيك.
const RESULT_VERBS: &[&str] = &[
    "تغلب",
    "تغلبت",
    "يتغلب",
    "فاز",
    "فازت",
    "يفوز",
    "فوز",
    "فوزه",
    "انتصر",
    "انتصرت",
    "تعادل",
    "تعادلت",
    "يتعادل",
    "تعادله",
    "خسر",
    "خسرت",
    "يخسر",
    "خسارته",
    "هزم",
];

/// Words a verb of a result may stand before its preposition: itself and a
/// subject of two words (تعادل النجم الساحلي مع).
const VERB_REACH: usize = 3;

/// Prepositions after a verb of a result (folded, whole).
const RESULT_PREPOSITIONS: &[&str] = &["على", "علي", "مع", "امام"];

/// Words of a score right after a result's object (folded): فاز على الخليج
/// بهدف نظيف، تعادل مع التعاون سلبيا. Digits count too (تغلب على الفتح 3-1).
const SCORE_WORDS: &[&str] = &[
    "بهدف",
    "بهدفين",
    "بثنائيه",
    "بثلاثيه",
    "برباعيه",
    "بخماسيه",
    "بسداسيه",
    "بنتيجه",
    "سلبيا",
    "ايجابيا",
];

/// Words for a side that are no club's name (folded, without the article):
/// after a result with its score, the team, the guests, the hosts, the
/// champions, the neighbour, the rival, the crowd.
const MATCH_SIDES: &[&str] = &[
    "منتخب",
    "ضيوف",
    "ضيف",
    "مضيف",
    "مستضيف",
    "زوار",
    "فائز",
    "بطل",
    "ابطال",
    "وصيف",
    "اصحاب",
    "خصم",
    "منافس",
    "جار",
    "غريم",
    "جمهور",
];

/// What a match is besides its sides (folded, without the article): its
/// legs, its stage, its time (مباراة الذهاب، أمام النهائي), its crowds and
/// a team's staff (جماهير الملعب، مدرب الحراس; الجمهور is of
/// [`MATCH_SIDES`]), and the words a preposition of a result makes an adverb
/// of (على التوالي، على الأقل).
const NOT_SIDES: &[&str] = &[
    "ذهاب",
    "اياب",
    "افتتاح",
    "نهائي",
    "قمه",
    "ختام",
    "موسم",
    "جوله",
    "مرحله",
    "دقيقه",
    "شوط",
    "توالي",
    "اقل",
    "رغم",
    "فور",
    "اطلاق",
    "ارض",
    "ملعب",
    "جماهير",
    "حراس",
    "لياقه",
    "حكام",
    "حكم",
    "بدلاء",
    "احتياط",
];

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
    // The Gulf, Iraq and the Levant
    "الهلال",
    "الفيصلي",
    "الدحيل",
    "الريان",
    "الغرافة",
    "الوكرة",
    "الزوراء",
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

/// Word lists hashed once.
#[derive(Debug, Clone)]
pub(crate) struct Clubs {
    match_words: HashKeyed<()>,
    before_clubs: HashKeyed<()>,
    rivals: HashKeyed<()>,
    near_clubs: HashKeyed<()>,
    result_verbs: HashKeyed<()>,
    prepositions: HashKeyed<()>,
    facing_verbs: HashKeyed<()>,
    hosts: HashKeyed<()>,
    team_words: HashKeyed<()>,
    teams_of: HashKeyed<()>,
    venue_words: HashKeyed<()>,
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

/// The key of the words `start..end` of a sentence as a club's name: the
/// first one's stem and the others folded, as [`club_key`].
fn club_words(infos: &[TokenInfo], start: usize, end: usize) -> u64 {
    club_key(
        infos[start].stem,
        infos[start + 1..end].iter().map(|i| i.norm),
    )
}

/// Verbs of going (folded, without و or ف): a city after them and a club is
/// where the club goes or leaves.
const MOTION: &[&str] = &[
    "غادر",
    "يغادر",
    "تغادر",
    "وصل",
    "يصل",
    "تصل",
    "عاد",
    "يعود",
    "تعود",
    "توجه",
    "يتوجه",
    "زار",
    "يزور",
    "دخل",
    "يدخل",
    "بلغ",
    "يبلغ",
];

/// Training saw the word often, and mostly outside names (وديا، دورا).
fn ordinary(info: &TokenInfo) -> bool {
    let share: u32 = info.stats.shares[..3].iter().map(|&s| u32::from(s)).sum();
    info.stats.count >= 5 && share < 128
}

/// In a match report, a listed city the tagger found right after a club's
/// name, with no proclitic, tells which club of that name it is and belongs
/// to the name: الأهلي طرابلس، الاتحاد جدة (a club and the city it plays in
/// would take a preposition: الأهلي في طرابلس).
fn city_after_club(words: &[&str], infos: &[TokenInfo], labels: &mut [u8], gazetteer: &Gazetteer) {
    let n = labels.len();
    for i in 1..n {
        // ببلجيكا: a preposition on a listed place, whatever the analysis
        // made of it, says where.
        let on_a_place = || {
            let folded = normalize(words[i]);
            folded
                .strip_prefix(['ب', 'ل', 'ك', 'و', 'ف'])
                .is_some_and(|rest| {
                    rest.chars().count() >= 3 && gazetteer.known(hash_word(rest)) > 0
                })
        };
        let club_ends = matches!(labels[i - 1], ORG_B | ORG_I);
        // (Not a word that is a city's name only in the lists, as إن،
        // الجنوب or وديا, nor a longer place's first word: صنداونز | الجنوب
        // أفريقي.)
        let city = infos[i].gazetteer & CITY_LIST_BEGIN != 0
            && infos[i].gazetteer & COUNTRY_LIST_BEGIN == 0
            && !infos[i].common_word
            && !ordinary(&infos[i])
            && words[i].chars().count() >= 3
            && infos
                .get(i + 1)
                .is_none_or(|t| t.gazetteer & PLACE_LIST_INSIDE == 0)
            && infos[i].clitic_chars == 0
            && labels.get(i + 1).is_none_or(|&l| !is_inside(l));
        // غادر الأهلي بنغازي، يصل الأهلي طرابلس: after a verb of going the
        // city is where the club goes, or leaves.
        let going = || {
            let start = (0..i).rev().find(|&k| labels[k] == ORG_B).unwrap_or(0);
            start > 0 && {
                let verb = normalize(words[start - 1]);
                MOTION.contains(&verb.strip_prefix(['و', 'ف']).unwrap_or(&verb))
            }
        };
        // الحسين إربد: a name with the article alone that the tagger took
        // for a person's, before a city (which it may have taken into the
        // person's name), is a club named with its city.
        let person_club = labels[i - 1] == PER_B
            && matches!(labels[i], LOC_B | PER_I)
            && (i < 2 || labels[i - 2] == 0)
            && {
                let folded = normalize(words[i - 1]);
                folded.starts_with("ال") || folded.starts_with("وال")
            };
        if (club_ends && labels[i] == LOC_B || person_club) && city && !on_a_place() && !going() {
            if !club_ends {
                labels[i - 1] = ORG_B;
            }
            labels[i] = ORG_I;
        }
    }
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
            rivals: set(RIVALS),
            near_clubs: set(NEAR_CLUBS),
            result_verbs: set(RESULT_VERBS),
            prepositions: set(RESULT_PREPOSITIONS),
            facing_verbs: set(FACING_VERBS),
            hosts: set(HOSTS),
            team_words: set(TEAM_WORDS),
            teams_of: set(TEAMS_OF),
            venue_words: set(VENUE_WORDS),
            clubs,
        }
    }

    /// Mark the clubs of the match reports in `tagged` (the sentences of one
    /// text, `words` theirs) as organisations.
    pub(crate) fn mark(&self, words: &[Vec<&str>], tagged: &mut [Tagged], gazetteer: &Gazetteer) {
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
        let reports: Vec<usize> = (0..tagged.len())
            .filter(|&si| {
                counts[si.saturating_sub(MATCH_REACH)..(si + MATCH_REACH + 1).min(counts.len())]
                    .iter()
                    .sum::<usize>()
                    >= MATCH_WORDS_NEEDED
            })
            .collect();
        // The clubs the slots found, by their words (see `club_words`).
        let mut found = HashKeyed::<(usize, bool)>::default();
        // Common words with the article in the slots, by their words: how
        // many slots, and whether one of them is a club's alone or a result's.
        let mut seen = HashKeyed::<(u32, bool)>::default();
        for &si in &reports {
            let t = &mut tagged[si];
            for c in 0..t.labels.len() {
                // (The slot's word in the construct state: مدرب الوحدات, not
                // the noun and its adjective, المدرب الجديد.)
                if t.labels[c] == 0
                    && c > 0
                    && !t.infos[c - 1].definite
                    && self.common_side(words[si][c], &t.infos[c])
                {
                    let slot = self.slot(&words[si], &t.infos, &t.labels, c);
                    if slot != Slot::None {
                        let e = seen.entry(club_words(&t.infos, c, c + 1)).or_default();
                        e.0 += 1;
                        // (فريق الدعم: a team may be any crew's.)
                        e.1 |= slot != Slot::Near
                            && !self.team_words.contains_key(&t.infos[c - 1].norm);
                    }
                }
            }
            let before = t.labels.clone();
            self.mark_sentence(&words[si], &t.infos, &mut t.labels, gazetteer);
            let mut a = 0;
            while a < t.labels.len() {
                let end = span_end(&t.labels, a);
                if t.labels[a] == ORG_B && before[a..end] != t.labels[a..end] {
                    found.insert(
                        club_words(&t.infos, a, end),
                        (end - a, definite(words[si][a])),
                    );
                }
                a = end;
            }
        }
        // مدرب الوحدات … لاعب الوحدات: a common word a report puts where
        // clubs stand twice, once at least where athletes or places do not,
        // is a club's name there.
        for (&key, &(slots, strong)) in &seen {
            if slots >= 2 && strong {
                found.entry(key).or_insert((1, true));
            }
        }
        for &si in &reports {
            let t = &mut tagged[si];
            city_after_club(&words[si], &t.infos, &mut t.labels, gazetteer);
            players_clubs(&words[si], &t.infos, &mut t.labels);
        }
        if found.is_empty() {
            return;
        }
        // A club is that club wherever its report names it again, over a
        // person or a place the tagger took it for (ليون يواصل انتصاراته),
        // but where a match is played (في ليون).
        for &si in &reports {
            let t = &mut tagged[si];
            let n = t.labels.len();
            let mut a = 0;
            while a < n {
                let end = span_end(&t.labels, a);
                let free = matches!(t.labels[a], 0 | PER_B | LOC_B);
                // A club of `l` words found whose article this word agrees with.
                let club = |l: usize| {
                    found
                        .get(&club_words(&t.infos, a, a + l))
                        .is_some_and(|&(len, article)| {
                            len == l && article == definite(words[si][a])
                        })
                };
                let len = if !free {
                    0
                } else if t.labels[a] == 0 {
                    // Unlabelled words: as many as the club has, all free.
                    (1..=LONGEST_CLUB.min(n - a))
                        .rev()
                        .find(|&l| t.labels[a..a + l].iter().all(|&x| x == 0) && club(l))
                        .unwrap_or(0)
                } else if club(end - a) {
                    end - a
                } else {
                    0
                };
                if free && len > 0 && !self.at_venue(&words[si], &t.infos, a) {
                    label_organisation(&mut t.labels, a, a + len);
                    a += len;
                } else {
                    a = end;
                }
            }
        }
    }

    /// A word with the article that may name a club only where a report's
    /// slots say so (الوحدات، الشرطة): one word, no dual, nationality,
    /// title or place's head, and no word for a match, a side or a team's part
    /// ([`MATCH_SIDES`], [`TEAMS_OF`]: مباراة الذهاب، لاعب الوسط).
    fn common_side(&self, word: &str, info: &TokenInfo) -> bool {
        info.clitic_chars == 0
            && info.shape == 0
            && info.stem_len >= 3
            && !info.nationality
            && info.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD) == 0
            && !self.teams_of.contains_key(&info.norm)
            && !self.match_words.contains_key(&info.stem)
            && !self.before_clubs.contains_key(&info.stem)
            && !self.result_verbs.contains_key(&info.stem)
            && {
                let folded = normalize(word);
                folded.strip_prefix("ال").is_some_and(|stem| {
                    stem.chars().count() >= 3
                        && !definite_pair(&folded)
                        && !MATCH_SIDES.contains(&stem)
                        && !NOT_SIDES.contains(&stem)
                })
            }
    }

    fn mark_sentence(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
        gazetteer: &Gazetteer,
    ) {
        let n = labels.len();
        let mut i = 0;
        while i < n {
            // A listed club anywhere.
            if let Some(len) = self.listed(words, infos, i) {
                // Not a person's name, nor a piece of a longer name, nor the
                // place a match is played in (في الريان).
                let venue = i > 0 && normalize(words[i - 1]) == "في";
                if !venue
                    && labels[i..i + len].iter().all(|&l| l == 0 || l >= LOC_B)
                    && !is_inside(labels[i])
                    && labels.get(i + len).is_none_or(|&l| !is_inside(l))
                {
                    label_organisation(labels, i, i + len);
                    i += len;
                    continue;
                }
            }
            let slot = self.slot(words, infos, labels, i);
            // A city before a masculine nationality is a club (ليون الفرنسي،
            // سسكا موسكو الروسي), not where a match is played (في ليون); an
            // unseen word is no city (يمررها الإسباني، الدوريين المصري).
            let end = span_end(labels, i);
            let city = infos[i].gazetteer & COUNTRY_LIST_BEGIN == 0
                && (infos[i].gazetteer & CITY_LIST_BEGIN != 0
                    || infos[i].gazetteer & REGION_LIST_BEGIN == 0);
            // A city the tagger took for a person's name alone too (ليون).
            let named = labels[i] == LOC_B && city
                || labels[i] == 0 && listed_city(&infos[i])
                || labels[i] == PER_B && end == i + 1 && listed_city(&infos[i]);
            if named
                && infos[i].clitic_chars == 0
                && end < n
                && masculine_nationality(words[end], &infos[end])
                && !self.at_venue(words, infos, i)
            {
                // An unseen first word before the city (سسكا موسكو), or a
                // club's name the city completes (الأهلي طرابلس الليبي).
                let start = if i > 0 && labels[i - 1] == 0 && unseen(words[i - 1], &infos[i - 1]) {
                    i - 1
                } else if i > 0 && matches!(labels[i - 1], ORG_B | ORG_I) {
                    (0..i).rev().find(|&k| labels[k] == ORG_B).unwrap_or(i)
                } else {
                    i
                };
                label_organisation(labels, start, end);
                i = end;
                continue;
            }
            // A country, or its name's first word, is a national side (not a
            // head that opens a territory's: جزيرة مان, so الجزيرة is a club).
            let country =
                gazetteer.country_word(infos[i].stem) && infos[i].triggers & TRIGGER_LOC_HEAD == 0;
            if slot != Slot::None && !country {
                take(words, infos, labels, i, slot);
            }
            // فريق العربي، لفريق الشمال: the definite word after a team in
            // the construct state names its club, common word or nisba.
            let team = i > 0
                && self.team_words.contains_key(&infos[i - 1].norm)
                && labels[i - 1] == 0
                && labels[i] == 0
                && infos[i].clitic_chars == 0
                && infos[i].shape == 0
                && infos[i].stem_len >= 3
                && !infos[i].nationality
                && !self.teams_of.contains_key(&infos[i].norm)
                && !self.match_words.contains_key(&infos[i].stem)
                && {
                    let folded = normalize(words[i]);
                    // The article and three letters at least (not إلى، التي),
                    // no dual or plural; a nisba (العربي), a word training
                    // never saw, or one it saw mostly in names: not a crew or
                    // a staff (فريق الإسعاف).
                    folded.starts_with("ال")
                        && folded.chars().count() >= 5
                        && !definite_pair(&folded)
                        && !folded.ends_with("ات")
                        && (folded.ends_with('ي')
                            || infos[i].stats.count == 0
                            || u32::from(infos[i].stats.shares[1])
                                + u32::from(infos[i].stats.shares[2])
                                >= 128)
                };
            if team {
                label_organisation(labels, i, i + 1);
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

    /// Whether the name at `i` is where a match is played: after a word of
    /// [`VENUE_WORDS`] or with a ب proclitic (في ليون، بكييف).
    fn at_venue(&self, words: &[&str], infos: &[TokenInfo], i: usize) -> bool {
        i > 0 && self.venue_words.contains_key(&infos[i - 1].norm)
            || infos[i].clitic_chars > 0 && normalize(words[i]).starts_with('ب')
    }

    /// What may stand at `c`: after a word of [`BEFORE_CLUBS`] or a verb of
    /// [`FACING_VERBS`], or before its country in brackets, a club; after a
    /// verb of a result and its preposition, or between them, a club or a
    /// person (تغلب ألكاراز على …); after a word of [`NEAR_CLUBS`], a club,
    /// a place or a person.
    fn slot(&self, words: &[&str], infos: &[TokenInfo], labels: &[u8], c: usize) -> Slot {
        let stem = |j: usize| infos[j].stem;
        let word_of_matches = [&self.match_words, &self.before_clubs, &self.result_verbs]
            .iter()
            .any(|set| set.contains_key(&stem(c)));
        if word_of_matches {
            return Slot::None;
        }
        if c >= 1 && self.hosts.contains_key(&stem(c - 1)) {
            return Slot::Host;
        }
        // (Not after the word with the article: الفريق افتقد, the team
        // lacked, where فريق الوحدات names the team.)
        let after_word = c >= 1
            && (self.before_clubs.contains_key(&stem(c - 1)) && !definite(words[c - 1])
                || self.facing_verbs.contains_key(&stem(c - 1)));
        let table = {
            let end = span_end(labels, c);
            words.get(end) == Some(&"(")
                && infos
                    .get(end + 1)
                    .is_some_and(|i| i.gazetteer & COUNTRY_LIST_BEGIN != 0)
        };
        if c >= 1 && self.rivals.contains_key(&stem(c - 1)) {
            return Slot::Rival;
        }
        if after_word || table {
            return Slot::Club;
        }
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
        if after_verb || subject {
            let preposition = if after_verb {
                c - 1
            } else {
                span_end(labels, c)
            };
            return if scored(words, infos, labels, preposition) {
                Slot::Scored
            } else {
                Slot::Result
            };
        }
        if c >= 1 && self.near_clubs.contains_key(&stem(c - 1)) {
            return Slot::Near;
        }
        Slot::None
    }
}

/// What a place in a match report can hold (see [`Clubs::slot`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    None,
    /// Only a club.
    Club,
    /// Only a club, even one named by a common word with the article before
    /// the score: after the host, the guest or the rival ([`RIVALS`]).
    Rival,
    /// Only a club, even a name the tagger took for a person's: after the
    /// host or the guest ([`HOSTS`]).
    Host,
    /// A club or an athlete.
    Result,
    /// A club, an athlete, a place of a match (أمام جماهيره).
    Near,
    /// A club or an athlete, with the score after the result's object: a
    /// common word with the article too (فاز القادسية على الخليج بهدف).
    Scored,
}

/// Whether the result's object after the preposition at `preposition` is
/// followed by its score (digits or [`SCORE_WORDS`]), perhaps after the
/// club's nationality (على النصر العماني 2 / 1).
fn scored(words: &[&str], infos: &[TokenInfo], labels: &[u8], preposition: usize) -> bool {
    if preposition + 1 >= labels.len() {
        return false;
    }
    let mut j = span_end(labels, preposition + 1);
    if j < labels.len() && masculine_nationality(words[j], &infos[j]) {
        j += 1;
    }
    words.get(j).is_some_and(|w| {
        w.chars().next().is_some_and(is_digit) || SCORE_WORDS.contains(&normalize(w).as_str())
    })
}

/// The score right after the word at `c` (its digits or [`SCORE_WORDS`]):
/// غريمه التقليدي النصر بنتيجة 3-2, where غريمه اللدود or منافسه المباشر is
/// an adjective.
fn score_after(words: &[&str], c: usize) -> bool {
    words.get(c + 1).is_some_and(|w| {
        w.chars().next().is_some_and(is_digit) || SCORE_WORDS.contains(&normalize(w).as_str())
    })
}

/// A word with the article that, after a result and before its score, names
/// a club however common it is (الخليج، الشباب، التعاون): not a dual or a
/// plural, a nationality, a title, a country or a word for a side ([`MATCH_SIDES`]).
fn side_name(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    let Some(stem) = folded.strip_prefix("ال") else {
        return false;
    };
    info.clitic_chars == 0
        && info.shape == 0
        && stem.chars().count() >= 3
        && !definite_pair(&folded)
        && !folded.ends_with("ات")
        && !info.nationality
        && info.gazetteer & COUNTRY_LIST_BEGIN == 0
        && info.triggers & TRIGGER_TITLE == 0
        && !MATCH_SIDES.contains(&stem)
}

/// The gazetteer's flags for a token that begins a country's or a region's
/// name: a national team, never a club.
const COUNTRY_OR_REGION: u16 = COUNTRY_LIST_BEGIN | REGION_LIST_BEGIN;

/// Take the name at `c` for a club, as `slot` allows: an organisation the
/// tagger found (joined to the city after it: ستيوا بوخارست) anywhere; a
/// place's name, not a country's (nor a region's but where only a club
/// stands); one or two words
/// the training text never saw and no list holds, where a club alone stands
/// or, with the article, after a verb of a result.
fn take(words: &[&str], infos: &[TokenInfo], labels: &mut [u8], c: usize, slot: Slot) {
    let club_only = matches!(slot, Slot::Club | Slot::Host | Slot::Rival);
    match labels[c] {
        // Before the score, a word with the article, common or a region's
        // name (فاز القادسية على الخليج بهدف نظيف); after the rival, the same
        // (غريمه التقليدي النصر).
        0 | LOC_B
            if (slot == Slot::Scored || slot == Slot::Rival && score_after(words, c))
                && side_name(words[c], &infos[c]) =>
        {
            let end = span_end(labels, c);
            label_organisation(labels, c, end);
        }
        ORG_B => {
            let end = span_end(labels, c);
            join_city(infos, labels, c, end);
        }
        // After a verb of a result or أمام, only a listed city is a club: a
        // region's name or a country's first word is a national side (تغلب
        // على ويلز، على الإمارات); where only a club stands, a club named
        // by its city, which the lists may also hold as a region (بورتو).
        LOC_B
            if club_only && infos[c].gazetteer & COUNTRY_LIST_BEGIN == 0
                || !club_only
                    && infos[c].gazetteer & CITY_LIST_BEGIN != 0
                    && infos[c].gazetteer & COUNTRY_OR_REGION == 0 =>
        {
            let end = span_end(labels, c);
            label_organisation(labels, c, end);
            join_city(infos, labels, c, end);
        }
        // Where only a club stands, a listed city the tagger left alone
        // (استضاف نانت).
        0 if club_only && listed_city(&infos[c]) => {
            label_organisation(labels, c, c + 1);
        }
        // After a verb of a result, an unseen name with the article (تعادل
        // مع الترسانة): an athlete's has none (فاز على زفيريف).
        0 if (club_only || matches!(slot, Slot::Result | Slot::Scored) && definite(words[c]))
            && unseen(words[c], &infos[c]) =>
        {
            let mut end = c + 1;
            if end < labels.len() && labels[end] == 0 && unseen(words[end], &infos[end]) {
                end += 1;
            }
            label_organisation(labels, c, end);
            join_city(infos, labels, c, end);
        }
        // After the host or the guest, a name the tagger took for a person's,
        // but no one's with a name of the people's lists (unless it opens
        // with a city's: ليون) or a title after it (استضاف البرنامج ضيفه محمد
        // أبو تريكة، استقبل الوزير ضيفه جياني إنفانتينو رئيس الاتحاد).
        PER_B
            if slot == Slot::Host && {
                let end = span_end(labels, c);
                let unnamed = infos[c..end].iter().all(|t| {
                    t.triggers & TRIGGER_GIVEN == 0 && t.gazetteer & PERSON_LIST_BEGIN == 0
                });
                (unnamed || infos[c].gazetteer & CITY_LIST_BEGIN != 0)
                    && infos
                        .get(end)
                        .is_none_or(|t| t.triggers & TRIGGER_TITLE == 0)
            } =>
        {
            let end = span_end(labels, c);
            label_organisation(labels, c, end);
            join_city(infos, labels, c, end);
        }
        _ => {}
    }
}

/// A nationality's nisba with the article, masculine, and alone (الفرنسي):
/// after a city's name, the club it names (ليون الفرنسي), since a city's
/// own adjective is feminine (ليون الفرنسية).
fn masculine_nationality(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    info.nationality && info.clitic_chars == 0 && folded.starts_with("ال") && folded.ends_with('ي')
}

/// A player's role before their club (hashes of the folded words, as a
/// token's `norm`): لاعب الوحدات، حارس ضمك.
const PLAYER_ROLES: [u64; 4] = [
    hash_word("لاعب"),
    hash_word("حارس"),
    hash_word("مهاجم"),
    hash_word("مدافع"),
];

/// What a role is followed by besides a club (folded): لاعب الوسط، حارس
/// المرمى، لاعب كرة القدم، لاعب سابق، مهاجم دولي.
const NOT_CLUBS_AFTER_ROLES: &[&str] = &[
    "كره",
    "مرمى",
    "المرمى",
    "سابق",
    "دولي",
    "الدولي",
    "وسط",
    "فريق",
    "الفريق",
    "منتخب",
    "المنتخب",
    "نادي",
    "النادي",
    "محترف",
    "شاب",
    "واعد",
    "اساسي",
    "احتياطي",
    "مخضرم",
    "مرمي",
    // Positions, and the guard of security (حارس الأمن).
    "الجناح",
    "الارتكاز",
    "الظهير",
    "الامن",
];

/// The club after a named player's role (حمزة الموساوي لاعب أولمبيك آسفي،
/// ومحمد بكر حارس ضمك، نواف بوشل لاعب الخليج), in a match report: a club,
/// whatever the tagger made of its word, over the words its mention holds,
/// up to a nationality after it (مهاجم الشباب | السعودي). A role the tagger
/// ran into the person's name ends it there.
fn players_clubs(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for p in 1..labels.len().saturating_sub(1) {
        if !matches!(labels[p - 1], PER_B | PER_I)
            || infos[p].clitic_chars != 0
            || !PLAYER_ROLES.contains(&infos[p].norm)
        {
            continue;
        }
        let c = p + 1;
        let folded = normalize(words[c]);
        // (A youth side, الشباب, is a club before its nationality: مهاجم
        // الشباب السعودي; a short Latin word before the rest of its mention:
        // لاعب إف سي ميتز.)
        let nationality_next = words
            .get(c + 1)
            .is_some_and(|w| masculine_nationality(w, &infos[c + 1]));
        let mention_goes_on = labels.get(c + 1).is_some_and(|&l| is_inside(l));
        let club_word = words[c].chars().all(crate::tokenize::is_alphabetic)
            && (folded.chars().count() >= 3 || mention_goes_on)
            && infos[c].clitic_chars == 0
            && infos[c].triggers & TRIGGER_TITLE == 0
            && !masculine_nationality(words[c], &infos[c])
            && !definite_nisba(&folded)
            // (Nor a word training saw mostly outside names: لاعب كبير،
            // مهاجم الصريح, adjectives; with the article, a word the tagger
            // or the lists make a name passes.)
            && (infos[c].stats.count < 3
                || infos[c].stats.shares[2] >= 64
                || infos[c].definite
                    && (labels[c] != 0
                        || infos[c].gazetteer & (PLACE_LIST_BEGIN | ORG_LIST_BEGIN) != 0))
            && (!TEAMS_OF.contains(&folded.as_str()) || nationality_next)
            && !NOT_CLUBS_AFTER_ROLES.contains(&folded.as_str())
            && !matches!(labels[c], ORG_B | ORG_I);
        if !club_word {
            continue;
        }
        // The rest of the mention the word opens or continues (إف سي ميتز).
        let mut end = c + 1;
        while end < labels.len() && is_inside(labels[end]) {
            end += 1;
        }
        if labels[p] == PER_I {
            labels[p] = 0;
        }
        label_organisation(labels, c, end);
    }
}

/// A word that can be a club's name the tagger did not find: one the training
/// text did not see, with letters and without a proclitic before it, and no
/// nisba with the article nor a feminine word without it, which describe
/// (الفريق الإيفواري، جماهير غفيرة), nor what reads as a verb in the future
/// or a noun with a pronoun (الجماهير ستلعب، أمام جماهيرنا).
fn unseen(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    let nisba = definite_nisba(&folded) || !folded.starts_with("ال") && folded.ends_with('ه');
    // A verb in the future (ستلعب) or a noun with our (جماهيرنا).
    let verb = future_verb(&folded);
    let ours = folded.ends_with("نا");
    let listed = info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) != 0
        || info.triggers & (TRIGGER_GIVEN | TRIGGER_FAMILY | TRIGGER_NAME) != 0;
    info.stats.count == 0
        && !listed
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

/// A listed place, no country, that the training text saw seldom or mostly
/// as a place: no particle (إن), head (نادي) or common word the lists hold too.
fn listed_city(t: &TokenInfo) -> bool {
    t.gazetteer & PLACE_LIST_BEGIN != 0
        && t.gazetteer & COUNTRY_LIST_BEGIN == 0
        && t.clitic_chars == 0
        && t.stem_len >= 3
        && t.triggers & (TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) == 0
        && (t.stats.count <= 2 || t.stats.shares[1] >= 64)
}

/// A city right after a club's name is part of it (ستيوا بوخارست، دينامو كييف),
/// not one joined to it by و (لوريان وبريست).
fn join_city(infos: &[TokenInfo], labels: &mut [u8], start: usize, end: usize) {
    if labels.get(end) == Some(&LOC_B)
        && infos[end].gazetteer & COUNTRY_LIST_BEGIN == 0
        && infos[end].clitic_chars == 0
    {
        let city_end = span_end(labels, end);
        label_organisation(labels, start, city_end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` tagged by the shipped tagger, its labels then set by `relabel`
    /// (word, sentence, labels: the tagger's mistakes a test needs), the
    /// clubs marked; each name as (its words, its first label).
    fn marked(text: &str, relabel: impl Fn(&[&str], &mut [u8])) -> Vec<(String, u8)> {
        let r = crate::Recognizer::builtin().expect("shipped weights load");
        let tokens = crate::tokenize::tokenize(text);
        let words: Vec<Vec<&str>> = crate::tokenize::sentences(text, &tokens)
            .iter()
            .map(|s| tokens[s.clone()].iter().map(|t| t.text(text)).collect())
            .collect();
        let mut tagged = r.tagger.tag(&r.gazetteer, &words);
        for (w, t) in words.iter().zip(tagged.iter_mut()) {
            relabel(w, &mut t.labels);
        }
        Clubs::new().mark(&words, &mut tagged, &r.gazetteer);
        let mut names = Vec::new();
        for (w, t) in words.iter().zip(&tagged) {
            for (a, b, _) in crate::train::spans(&t.labels) {
                names.push((w[a..b].join(" "), t.labels[a]));
            }
        }
        names
    }

    /// Label every occurrence of `name`'s words `begin` (and its inside).
    fn label(words: &[&str], labels: &mut [u8], name: &[&str], begin: u8) {
        for a in 0..words.len().saturating_sub(name.len() - 1) {
            if words[a..a + name.len()] == *name {
                labels[a] = begin;
                labels[a + 1..a + name.len()].fill(begin + 1);
            }
        }
    }

    #[test]
    fn a_club_after_the_host_is_one_over_a_person_and_its_report_follows() {
        let text = "وسحق ريال مدريد ضيفه دينامو كييف بخمسة أهداف في المباراة التي جرت على ملعبه. \
                    وكاد دينامو كييف يدرك التعادل في الشوط الأول من هجمة مرتدة. \
                    وقلص دينامو كييف الفارق مطلع الشوط الثاني قبل أن يضيف المهاجم الهدف الخامس. \
                    ويلعب الفريق مباراته المقبلة في كييف أمام جماهيره.";
        let names = marked(text, |w, l| {
            // The city alone a place, the club wherever named a person.
            label(w, l, &["كييف"], LOC_B);
            label(w, l, &["دينامو", "كييف"], PER_B);
        });
        let clubs = names
            .iter()
            .filter(|(n, l)| n == "دينامو كييف" && *l == ORG_B)
            .count();
        assert_eq!(clubs, 3, "{names:?}");
        // The venue stays a place.
        assert!(names.contains(&("كييف".to_owned(), LOC_B)), "{names:?}");
    }

    #[test]
    fn a_city_before_a_masculine_nationality_is_its_club() {
        let text =
            "وحقق ليون الفرنسي فوزه الثاني على التوالي في دوري الأبطال بهدفين في الشوط الأول، \
                    وسجل المهاجم الهدف الأول من ركلة جزاء في مرمى الضيوف.";
        let names = marked(text, |w, l| label(w, l, &["ليون"], LOC_B));
        assert!(names.contains(&("ليون".to_owned(), ORG_B)), "{names:?}");
        // Outside a match report the city stays a city.
        let names = marked(
            "وزار الوزير ليون الفرنسية أمس.",
            |w, l| label(w, l, &["ليون"], LOC_B),
        );
        assert!(names.contains(&("ليون".to_owned(), LOC_B)), "{names:?}");
    }

    #[test]
    fn the_definite_word_after_a_team_names_its_club() {
        let text = "وحقق فريق العربي بداية جيدة في الجولة الرابعة من الدوري بعد فوزه بثلاثة أهداف، \
                    وسجل هدف العربي الأول لاعب الوسط في الشوط الأول، وأشاد فريق التحكيم بالمباراة.";
        let names = marked(text, |w, l| {
            for (i, word) in w.iter().enumerate() {
                if *word == "العربي" {
                    l[i] = 0;
                }
            }
        });
        let clubs = names
            .iter()
            .filter(|(n, l)| n == "العربي" && *l == ORG_B)
            .count();
        assert_eq!(clubs, 2, "{names:?}");
        assert!(names.iter().all(|(n, _)| n != "التحكيم"), "{names:?}");
    }

    #[test]
    fn common_words_before_a_score_are_clubs_and_without_one_are_not() {
        let text = "وفي بقية مباريات الجولة من الدوري، فاز القادسية على الخليج بهدف نظيف، \
                    وتغلب الشباب على الفتح 3-1 في المباراة التي جرت على ملعب المدينة، \
                    فيما تعادل الاتفاق مع التعاون سلبيا. وسجل المهاجم هدفين في الشوط الثاني.";
        let names = marked(text, |w, l| {
            // The tagger's mistakes: the region a place, the rest nothing.
            label(w, l, &["الخليج"], LOC_B);
        });
        for club in ["القادسية", "الخليج", "الشباب", "الفتح", "الاتفاق", "التعاون"]
        {
            assert!(
                names.contains(&(club.to_owned(), ORG_B)),
                "{club}: {names:?}"
            );
        }
        // Words for a side are no clubs, score or not.
        let names = marked(
            "وفي مباراة الدوري أمس تعادل الجار مع الوصيف سلبيا، وخسر الأبطال أمام \
             المستضيف بثلاثية في الشوط الثاني من المباراة.",
            |_, _| {},
        );
        assert!(names.iter().all(|(_, l)| *l != ORG_B), "{names:?}");
        // With no score after the object, a common word stays what it was
        // (the team and its rival are words for sides, not names).
        let names = marked(
            "وفي مباراة الدوري أمس فاز المنتخب على الخليج في الشوط الثاني من المباراة، \
             وتعادل الفريق مع المنافس سلبيا بعد أن سجل المهاجم هدفين.",
            |w, l| label(w, l, &["الخليج"], LOC_B),
        );
        assert!(names.contains(&("الخليج".to_owned(), LOC_B)), "{names:?}");
        assert!(names.iter().all(|(_, l)| *l != ORG_B), "{names:?}");
    }

    #[test]
    fn a_common_word_twice_where_clubs_stand_is_a_club() {
        let text = "وخطف الوحدات فوزا مثيرا في الدوري بنتيجة 3-2 في المباراة. \
                    وعادل لاعب الوحدات النتيجة في الشوط الأول. \
                    وقال مدرب الوحدات إن فريقه استحق الفوز، وسيلعب الوحدات مباراته المقبلة الجمعة.";
        let names = marked(text, |_, l| l.fill(0));
        let clubs = names
            .iter()
            .filter(|(n, l)| n == "الوحدات" && *l == ORG_B)
            .count();
        assert_eq!(clubs, 4, "{names:?}");
        // Once only, or only where a player or a match may stand: no club.
        let text = "وعادل لاعب الوحدات النتيجة في الشوط الأول من المباراة في الدوري.";
        assert!(marked(text, |_, l| l.fill(0)).is_empty());
        // The crowd, a coach's charge: no club however often.
        let text = "أعلن النادي تعيين مدرب الحراس قبل مباراة الذهاب في الدوري. \
                    وقال مدرب الحراس إن التحضيرات جيدة، وخسر الفريق أمام الجمهور بهدفين.";
        assert!(marked(text, |_, l| l.fill(0)).is_empty());
        // A noun's adjective, an adverb, a crew: no club however often.
        let text = "وقاد المدرب الجديد الفريق إلى فوزه الثاني على التوالي في الدوري بهدفين. \
                    وأشاد المدرب الجديد بلاعبيه بعد المباراة، وفوزه الثالث على التوالي. \
                    وشكر المدرب فريق الدعم وفريق الدعم الطبي في الشوط الثاني.";
        assert!(marked(text, |_, l| l.fill(0)).is_empty());
    }

    #[test]
    fn a_name_with_the_article_before_a_city_is_a_club_with_its_city() {
        let text = "وعزز الحسين إربد صدارته للدوري بفوزه على الرمثا بهدفين في المباراة، \
                    وسجل المهاجم هدفين في الشوط الثاني.";
        for tagged in [[PER_B, LOC_B], [PER_B, PER_I]] {
            let names = marked(text, |w, l| {
                label(w, l, &["الحسين", "إربد"], tagged[0]);
                if let Some(i) = w.iter().position(|x| *x == "إربد") {
                    l[i] = tagged[1];
                }
            });
            assert!(
                names.contains(&("الحسين إربد".to_owned(), ORG_B)),
                "{names:?}"
            );
        }
    }
}
