//! Organisation names that open with a head word and run on through its genitive
//! and adjective chain: وزارة الدفاع، منظمة معاهدة الأمن الجماعي، هيئة كبار العلماء،
//! الجيش السوري الحر، جامعة الملك سعود.
//!
//! The tagger learns organisations from ANERcorp, whose annotators left many such
//! names out (لوزارة الطاقة والمعادن is outside any name there), so it finds the head
//! or the tail and seldom both. Arabic marks the chain in the words themselves: a
//! head in the construct state (no article) is followed by its genitive, a definite
//! word or a name; an indefinite word continues the chain only when a definite one
//! follows it (معاهدة الأمن); definite adjectives then follow (الجماعي). A head with
//! the article names an organisation only with a nisba adjective or a place after it
//! (البرلمان الألماني), since المجلس alone is a council, any council. A name may
//! close with one complement in ل (الاتحاد الأفريقي لكرة القدم، المرصد السوري
//! لحقوق الإنسان) and take one second genitive after و (حزب العدالة والتنمية),
//! as the names of Arab parties, unions and agencies do; an acronym in brackets
//! right after an organisation (واس، الناتو) is that organisation.
//!
//! A head that is also written as a verb (نادى، تحالف) opens a name only before a
//! name or with a nisba in its chain (ونادى المحرضين is "he called on the
//! inciters"). [`Chains::complete`] follows ANERcorp's annotators, who leave many
//! heads outside the name (نادي [الجزيرة], مطار [دمشق]); [`Chains::institutions`],
//! run after it for what qari shows, takes the head in. Two steps of `complete`
//! depart from ANERcorp on purpose, since a reader wants the whole name: a place
//! takes its whole list entry (مكة المكرمة, where ANERcorp tags مكة), and the
//! organisations and landmarks of the hand list are names wherever the tagger
//! left them (`chosen_names`).
//!
//! The chain itself is in `chains/organisations.rs`, the edges of people's names
//! in `chains/people.rs`, places' in `chains/places.rs`; this file holds the
//! lists, the words' shapes and the order the rules run in.

use super::features::TokenInfo;
use super::gazetteer::{
    CURATED_ORG_BEGIN, CURATED_ORG_INSIDE, CURATED_PLACE_BEGIN, CURATED_PLACE_INSIDE,
    MAJOR_PLACE_BEGIN, MAJOR_PLACE_INSIDE, NAME_WORDS, TRIGGER_FAMILY, TRIGGER_GIVEN,
    TRIGGER_LOC_HEAD, TRIGGER_NAME, TRIGGER_ORG_HEAD, TRIGGER_PARTICLE, TRIGGER_SPEECH,
    TRIGGER_TITLE,
};
use super::normalize::{fold_phrase, hash_exact, hash_word, normalize, HashKeyed};
use forms::Forms;

/// One rule of [`Chains::complete`] or [`Chains::institutions`] over
/// `labels`. Built with the `trace` feature, it prints what the rule changed
/// to stderr (`cargo run -p qari-recognize --features trace --example trace`):
/// which rule made or cut a name, for whoever mends one.
macro_rules! rule {
    ($words:expr, $labels:expr, $call:expr) => {{
        #[cfg(feature = "trace")]
        let before = $labels.to_vec();
        $call;
        #[cfg(feature = "trace")]
        trace::changed(stringify!($call), $words, &before, $labels);
    }};
}

mod edges;
mod forms;
mod organisations;
mod people;
mod places;
#[cfg(feature = "trace")]
pub(crate) mod trace;

use edges::*;
pub(crate) use edges::{
    hyphenated_people, latin_gloss, latin_glosses, spokespeople, verbs_open_no_names,
};
pub(crate) use organisations::bracketed_acronym;
use organisations::*;
use people::*;
pub(crate) use people::{manner_word, ASIAN_FAMILY_WORDS};
use places::*;
pub(crate) use places::{
    adverbs_are_no_places, diseases_are_no_names, prayers_are_no_places, storms_are_no_names,
    the_city_is_no_place,
};

/// Head words that open an organisation's name (folded, without the article)
/// whatever the tagger said: a ministry, a party or a university with its genitive
/// is an organisation in any news text.
const STRONG_HEADS: &[&str] = &[
    "وزاره",
    "هيئه",
    "منظمه",
    "جامعه",
    "حزب",
    "جبهه",
    "وكاله",
    "جمعيه",
    "اتحاد",
    "برلمان",
    "معهد",
    "نقابه",
    "رابطه",
    "ائتلاف",
    "تحالف",
    "اكاديميه",
    "محكمه",
    "مرصد",
    // الكونفدرالية الإفريقية لكرة القدم.
    "كونفدراليه",
    // كتائب حزب الله، كتائب القسام (جماعة, also a town in Morocco and a
    // congregation, is no head).
    "كتائب",
    "مفوضيه",
    "مفتشيه",
    "مندوبيه",
];

/// Heads whose chain is often a common phrase (مجلس الإدارة، حركة المرور، صندوق
/// الاقتراع): their chain completes an organisation the tagger has begun, no more.
const WEAK_HEADS: &[&str] = &[
    "مجلس",
    "شركه",
    "جيش",
    "مؤسسه",
    "بنك",
    "مصرف",
    "حركه",
    "لجنه",
    "نادي",
    "صندوق",
    "كليه",
    "مجمع",
    "مكتب",
    "مجموعه",
    "مستشفى",
    "جهاز",
    "دائره",
    "مركز",
    "مديريه",
    "ديوان",
    "تجمع",
    "منتدى",
    "سلطه",
    "سوق",
    // العصبة الوطنية لكرة القدم الاحترافية, where العصبة الذهبية is a prize.
    "عصبه",
    "وحده",
    "خليه",
    "قطب",
    "غرفه",
    "امانه",
    "دار",
];

/// Weak heads that, with a definite genitive and an adjective after it, are an
/// institution's name whatever the tagger said (مجلس النواب المغربي، صندوق
/// الاستثمارات العامة، جهاز الاستخبارات العامة، دائرة الأوقاف الإسلامية), where
/// شركة النفط الروسية or حركة الطيران المروحي is a description.
const NAMED_BY_ADJECTIVE: &[&str] = &["مجلس", "صندوق", "مجمع", "مكتب", "لجنه", "جهاز", "دائره"];

/// Weak heads that, with a genitive of what an agency does
/// (`organisations::AGENCY_WORKS`) and a third word, are an institution's
/// name whatever the tagger said (جهاز مكافحة الإرهاب، جهاز دعم الاستقرار،
/// جهاز الإسعاف والطوارئ), where جهاز كشف المعادن is a device.
const NAMED_BY_GENITIVE: &[&str] = &["جهاز"];

/// Weak heads of institutions named after a place, as [`Chains::organisations`]
/// takes them with a word that describes them after the place (صندوق قطر
/// للتنمية).
const OF_A_PLACE: &[&str] = &[
    "صندوق",
    "مصرف",
    "بنك",
    "مجلس",
    "لجنه",
    "مكتب",
    "مؤسسه",
    "مجمع",
    "دائره",
    "جهاز",
    "مركز",
    // سوق دبي المالي، سوق أبوظبي للأوراق المالية: a stock market.
    "سوق",
    "شركه",
    "غرفه",
    "امانه",
];

/// Weak heads of places and bodies named after a person: with the person and a
/// word that describes the whole after them, an institution's name (مستشفى
/// خليل سليمان الحكومي، مركز الملك سلمان للإغاثة; not yet with an adjective
/// that is no nisba: مجموعة طلعت مصطفى القابضة).
const NAMED_AFTER: &[&str] = &["مستشفى", "مركز", "مؤسسه", "مجموعه", "مجمع", "كليه"];

/// Heads whose complement in the construct state is a purpose more often than
/// a name: businesses (البنك التجاري لتحقيق النجاح), councils and forces that
/// meet or move to do something (المجلس الأعلى لبحث الأوضاع، الجيش السوداني
/// لاستعادة السيطرة).
const PURPOSED: &[&str] = &[
    "بنك",
    "مصرف",
    "شركه",
    "مجموعه",
    "سوق",
    "مجلس",
    "جيش",
    "قوات",
    "حرس",
];

/// Genitives that name a council by its members (مجلس النواب، مجلس الشيوخ),
/// folded: the institution of a state, where مجلس الإدارة is any company's
/// board. ANERcorp leaves them out; the reader takes them. Not مجلس الوزراء,
/// the cabinet, which is read as الحكومة is: ANERcorp's training text has it
/// 16 times and never as a name, and the reviewers' sets mark it 2 times in
/// 14 (مجلس النواب 18 in 19).
const MEMBERS: &[&str] = &[
    "النواب",
    "الشيوخ",
    "الشعب",
    "الاعيان",
    "الشورى",
    "الامه",
    "المستشارين",
    "الدوله",
];

/// Head words as they are written when they read first as a verb: نادى (he
/// called on) folds to نادي (club), تحالف is "allied" as well as "alliance". Such
/// a word opens an organisation only before a name (نادى الزمالك, in the spelling
/// of Egyptian papers), never before a common noun (ونادى المحرضين).
const VERB_HEADS: &[&str] = &["نادى", "تحالف"];

/// Heads of institutions named after a place: بورصة الكويت، مستشفى دبي، جامعة
/// القاهرة، بنك قطر. ANERcorp tags the place alone (مطار دمشق, بورصة لندن: the
/// head outside, the city a place) and so does the tagger; a reader takes the
/// institution whole ([`Chains::institutions`]), over a listed place the tagger
/// left alone (مستشفى العريش).
const PLACE_INSTITUTIONS: &[&str] = &[
    "بورصه",
    "جامعه",
    "بنك",
    "مصرف",
    "بلديه",
    "شرطه",
    "نادي",
    "اذاعه",
    "تلفزيون",
    "مستشفى",
];

/// Heads of places built for a purpose, named after a place or a person:
/// مطار الملك خالد الدولي، ميناء بربرة، ملعب مولاي الحسن، استاد القاهرة الدولي.
/// Named after a person, news readers take the whole as a place; after a
/// place, the place alone (see [`Chains::facilities`]).
const FACILITIES: &[&str] = &["مطار", "ميناء", "مرفا", "ملعب", "استاد", "ستاد"];

/// Heads of a land's or a water's features that are part of their names, as
/// the places' own names say them (قطاع غزة the Gaza Strip, نهر النيل the Nile
/// River, مضيق هرمز, جزيرة كريت, سد مأرب, وادي درنة, خور عبدالله): taken whole
/// with a place or a person it is named after (not the adjectives after it:
/// مضيق هرمز | الاستراتيجي), see
/// [`Chains::facilities`]. ريف and the heads of a state's divisions (مدينة،
/// محافظة, [`PROVINCES`]) are not.
const FEATURES: &[&str] = &[
    "نهر",
    "مضيق",
    "خليج",
    "بحر",
    "بحيره",
    "جزيره",
    "جزر",
    "قطاع",
    "جبل",
    "سد",
    "صحراء",
    "هضبه",
    "وادي",
    "خور",
];

/// Heads that ANERcorp's annotators leave outside the name after them (شركة
/// [موتورولا]، نادي [تشيلسي]، حركة [طالبان]، وكالة [رويترز]): in its training
/// text these heads in the construct state stand outside an organisation that
/// follows them 65 times and open it 13 times. `true`: before a definite word
/// too; وكالة keeps a definite genitive (وكالة الأنباء …), which ANERcorp takes
/// in. See [`Chains::heads_outside`]; [`Chains::institutions`] joins them again
/// for the reader.
const OUTSIDE_HEADS: &[(&str, bool)] = &[
    ("نادي", true),
    ("شركه", true),
    ("حركه", true),
    ("وكاله", false),
];

/// Heads (folded) that only say what a well-known body of one word is, and
/// that the reader's join leaves outside its name (وكالة [رويترز]), as the
/// readers who annotated qari's news sets write them. (A name the tagger or
/// a chain made whole, منظمة اليونسكو, stays whole.)
const DESCRIBED_HEADS: &[&str] = &["وكاله", "منظمه", "لوكاله", "ولوكاله", "ووكاله", "ومنظمه"];

/// Heads that name a body after a place only with more words than the place:
/// قوات سوريا الديمقراطية، حكومة إقليم كردستان، مديرية أمن الإسكندرية (while
/// حكومة الأردن is the government of a country, not a name). See
/// [`Chains::bodies_of_places`].
const BODIES: &[&str] = &["قوات", "حكومه", "مديريه"];

/// Definite adjectives other than nisbas that close an institution's name after
/// its place: مستشفى العريش العام، المحكمة العليا.
const ADJECTIVES: &[&str] = &["العام", "العامه", "العليا", "الكبير", "الكبرى"];

/// Definite words that end a chain rather than continue it: time words, relatives.
const STOPS: &[&str] = &[
    "اليوم",
    "الماضي",
    "الماضيه",
    "المقبل",
    "المقبله",
    "الحالي",
    "الحاليه",
    "الجاري",
    "الاسبوع",
    "الشهر",
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "الان",
    "امس",
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "الى",
    // رابطة الأبطال، رابطة أبطال إفريقيا: a competition.
    "الابطال",
    "ابطال",
    // شركة هيوماين التابعة لصندوق …: what it belongs to follows.
    "التابعه",
    "التابعين",
    // الجامعة الأخرى: the other one, which names nothing.
    "الأخرى",
    "الآخر",
    // ينعى الديوان الملكي المغفور له …: the deceased the body mourns.
    "المغفور",
    "المرحوم",
    "المرحومه",
    "الفقيد",
    "الفقيده",
];

/// Ordinals that end as a nisba does (الأولى، الثانية) but describe rather than
/// name (الشركة القطرية الأولى), without the article; رسمي, which any body
/// may be; فني, a team's staff (الجهاز الفني); and مسؤولية, a noun.
const DESCRIBING: &[&str] = &[
    "اولى",
    "اولي",
    "ثاني",
    "ثانيه",
    "ثالث",
    "ثالثه",
    "رابع",
    "رابعه",
    "خامس",
    "خامسه",
    "سادس",
    "سادسه",
    "اخير",
    "اخيره",
    // وكالة الأنباء الصومالية الرسمية: official, as any agency may be.
    "رسمي",
    "رسميه",
    // الجهاز الفني للأهلي، المدير الفني: a team's staff, no body.
    "فني",
    // حمّل وزارة الطاقة المسؤولية: responsibility, the verb's second object.
    "مسؤوليه",
];

/// Words after العام that make it the year, not "general" (العام الدراسي،
/// العام المنصرم), folded, besides [`STOPS`].
const YEAR_WORDS: &[&str] = &[
    "الدراسي",
    "المنصرم",
    "الفائت",
    "الهجري",
    "الميلادي",
    "القادم",
    "السابق",
    "الجديد",
];

/// Nouns that make a preposition with ل (لصالح القانون، لمصلحة، لحساب الشركة): no
/// complement of a name, however definite the word after them.
const LAM_PREPOSITIONS: &[&str] = &["صالح", "مصلحه", "حساب"];

/// Nouns of time that a complement with ل never is (للفترة، للمرة، للعام).
const TIMES: &[&str] = &[
    "فتره",
    "مره",
    "عام",
    "سنه",
    "مده",
    "يوم",
    "اسبوع",
    "شهر",
    "مرحله",
    "ساعه",
    "موسم",
];

/// Words for a state before the name of the place: جمهورية كازاخستان، المملكة
/// المغربية open its formal name, دولة [الكويت] and إمارة [دبي] stay outside
/// it ([`STATES_OUTSIDE`]).
pub(crate) const STATES: &[&str] = &["جمهوريه", "مملكه", "اماره", "سلطنه", "امارات", "دوله"];

/// The [`STATES`] words that stay outside the place they name: دولة [قطر]،
/// إمارة [عجمان].
const STATES_OUTSIDE: &[&str] = &["دوله", "اماره"];

/// Words for a state's provinces, which stay outside the place they name
/// (ولاية [كاليفورنيا], as ANERcorp's annotators and news readers both write
/// it) but begin with letters a proclitic could be.
const PROVINCES: &[&str] = &["ولايه", "ولايات"];

/// Indefinite words of three letters or more that never stand in a construct chain.
const PARTICLES: &[&str] = &[
    "الى", "على", "حتى", "عند", "بين", "منذ", "خلال", "لدى", "هذا", "هذه", "ذلك", "تلك", "لكن",
    "كان", "كانت", "غير", "ضمن", "عبر", "حول", "دون", "بعد", "قبل", "امام",
];

/// Spellings whose [`Word`] [`Chains`] keeps (under a megabyte).
const WORDS_HELD: usize = 28_672;

/// The longest chain after its head, in words.
const LONGEST: usize = 7;

/// Labels as the tagger numbers them (`features::TYPES`: B = 1 + 2t, I = 2 + 2t).
pub(crate) const PER_B: u8 = 1;
pub(crate) const PER_I: u8 = 2;
pub(crate) const LOC_B: u8 = 3;
pub(crate) const LOC_I: u8 = 4;
pub(crate) const ORG_B: u8 = 5;
pub(crate) const ORG_I: u8 = 6;
/// The tagger's other names (MISC), which qari does not show.
pub(crate) const MISC_B: u8 = 7;

/// The begin and inside bits of the gazetteer's organisation entries (class 3 of
/// `gazetteer::CLASS_NAMES`) in [`TokenInfo::gazetteer`].
pub(crate) const ORG_LIST_BEGIN: u16 = 1 << 6;
pub(crate) const ORG_LIST_INSIDE: u16 = 1 << 7;

/// The begin bits of the gazetteer's countries, cities and regions (classes
/// 0 to 2), each and together; `PLACE_LIST_INSIDE` their inside bits.
pub(crate) const COUNTRY_LIST_BEGIN: u16 = 1;
pub(crate) const COUNTRY_LIST_INSIDE: u16 = COUNTRY_LIST_BEGIN << 1;
pub(crate) const CITY_LIST_BEGIN: u16 = 1 << 2;
pub(crate) const REGION_LIST_BEGIN: u16 = 1 << 4;
pub(crate) const PLACE_LIST_BEGIN: u16 = COUNTRY_LIST_BEGIN | CITY_LIST_BEGIN | REGION_LIST_BEGIN;
pub(crate) const PLACE_LIST_INSIDE: u16 = PLACE_LIST_BEGIN << 1;

/// The begin and inside bits of the gazetteer's people (class 4).
pub(crate) const PERSON_LIST_BEGIN: u16 = 1 << 8;
pub(crate) const PERSON_LIST_INSIDE: u16 = 1 << 9;

/// The end of the organisations' list entry that begins at `start`.
fn listed_end(infos: &[TokenInfo], start: usize) -> usize {
    entry_end(infos, start, ORG_LIST_INSIDE)
}

/// The end of a list entry that begins at `start`, whose words after the
/// first carry one of the `inside` bits.
fn entry_end(infos: &[TokenInfo], start: usize, inside: u16) -> usize {
    let mut end = start + 1;
    while end < infos.len() && infos[end].gazetteer & inside != 0 {
        end += 1;
    }
    end
}

/// A word the training text showed often, and seldom as a place: a listed place
/// that is a common word first (جديد, new, in مستشفى جديد).
fn seen_as_common(info: &TokenInfo) -> bool {
    info.stats.count >= 3 && info.stats.shares[1] < 64
}

/// A word the training text showed often, mostly outside people's names: a
/// noun first (فوز, a win; مزيد).
pub(crate) fn seen_outside_people(info: &TokenInfo) -> bool {
    info.stats.count >= 3 && info.stats.shares[0] < 128
}

/// Longest name, in tokens, that the tagger's reading or a repeat is kept
/// for: ANERcorp's longest is nine words and a body's full title (بعثة الأمم
/// المتحدة لتقديم المساعدة إلى العراق) some eight, but a genealogy in
/// Wikipedia (محمد بن ثاني بن محمد بن ثامر بن علي …) runs to a hundred.
pub(crate) const LONGEST_NAME: usize = 200;

/// An I- label: a name that began on an earlier word.
pub(crate) fn is_inside(label: u8) -> bool {
    label != 0 && label.is_multiple_of(2)
}

/// Whether some word of the sentence carries one of `wanted`. Most rules act
/// only at or beside a name of a given kind, and most sentences hold few
/// names: such a rule opens by asking this of the labels as they stand when
/// it runs, and a sentence without that kind of name is not walked word by
/// word. (One search of the labels for each label wanted: a search for one
/// byte reads a word's worth of labels at a time.)
pub(crate) fn holds_any(labels: &[u8], wanted: &[u8]) -> bool {
    wanted.iter().any(|w| labels.contains(w))
}

/// Where the name that begins at `start` ends (one word past `start` at least).
pub(crate) fn span_end(labels: &[u8], start: usize) -> usize {
    let mut end = start + 1;
    if labels[start] != 0 {
        while end < labels.len() && labels[end] == labels[start] + 1 {
            end += 1;
        }
    }
    end
}

/// Label words `a..b` one organisation, and a name the tagger ran on past it a
/// name of its own.
pub(crate) fn label_organisation(labels: &mut [u8], a: usize, b: usize) {
    label_name(labels, a, b, ORG_B);
}

/// Label words `a..b` one name whose first label is `begin` (a kind's B
/// label), and a name the tagger ran on past it a name of its own.
pub(crate) fn label_name(labels: &mut [u8], a: usize, b: usize, begin: u8) {
    labels[a] = begin;
    labels[a + 1..b].fill(begin + 1);
    if let Some(l) = labels.get_mut(b) {
        if is_inside(*l) {
            *l -= 1;
        }
    }
}

/// A folded word with the article that ends as a nisba does (السوري،
/// الشعبية): an adjective more often than a name.
pub(crate) fn definite_nisba(folded: &str) -> bool {
    folded.starts_with("ال") && (folded.ends_with('ي') || folded.ends_with("يه"))
}

/// Nouns of three letters that end as a nisba does (الرأي، الوعي، السعي),
/// and names (العلي، عدي), folded, without the article.
const SHORT_NOUNS: &[&str] = &[
    "راي", "نبي", "سعي", "باي", "شاي", "هدي", "وعي", "رعي", "وحي", "خزي", "ثدي", "فدي", "جدي",
    "جني", "طهي", "ولي", "مدي", "قري", "بني", "حلي", "نفي", "رمي", "جري", "بغي", "علي", "عدي",
    "زكي", "صبي", "فتي", "حيي", "نعي", "رقي", "سبي", "طوي",
];

/// A nisba of a stem of three letters (الصحي، الطبي، الجوي), which
/// institutions' names take as they take longer ones (الهيئة العامة للتأمين
/// الصحي): one in ي that is none of [`SHORT_NOUNS`] (folded, no article).
fn short_nisba(stem: &str) -> bool {
    stem.chars().count() == 3 && stem.ends_with('ي') && !SHORT_NOUNS.contains(&stem)
}

/// A definite dual or plural (الإقليمين، الطرفان، الدوريين): a noun, no name.
pub(crate) fn definite_pair(folded: &str) -> bool {
    folded.starts_with("ال") && (folded.ends_with("ين") || folded.ends_with("ان"))
}

/// A folded word that opens as a verb in the future does (ستلعب، سيكون).
pub(crate) fn future_verb(folded: &str) -> bool {
    ["سي", "ست", "سن", "سا"]
        .iter()
        .any(|p| folded.starts_with(p))
}

/// How one word can take part in a chain.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Word {
    head: bool,
    strong: bool,
    /// With the article (and perhaps a preposition before it): الأمن، للاستخبارات.
    definite: bool,
    /// A definite nisba adjective: السوري، الألمانية.
    nisba: bool,
    /// A nisba in the plural (اللبنانيين).
    plural: bool,
    /// Begins with the conjunction و or ف: a new phrase, not this name.
    conjoined: bool,
    stop: bool,
    /// Definite with a stem of three letters or more: a noun, not الله.
    long: bool,
    /// A noun of time ([`TIMES`]).
    time: bool,
    /// ل and a noun of [`LAM_PREPOSITIONS`]: a preposition (لصالح).
    lam_preposition: bool,
    /// Begins with the preposition ل (لحقوق، للانتخابات): a complement that can
    /// close an organisation's name (الاتحاد الأفريقي لكرة القدم).
    lam: bool,
    /// A complement with ل whose noun is a head (للنادي، لمحكمة): the body
    /// that a phrase before it belongs to (المركز الإعلامي للنادي), not a name.
    lam_head: bool,
    letters: bool,
    /// Long enough to be a noun rather than a particle (في، من، هو، عن).
    content: bool,
    /// Describes a year after العام ([`YEAR_WORDS`]).
    year: bool,
}

/// Whether every character of `word` is an Arabic letter (hamza to yeh): no
/// digit, harakat, Latin or punctuation.
pub(crate) fn arabic_letters_only(word: &str) -> bool {
    word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Whether `needle` occurs in `word`, as `str::contains` says, for a rule's
/// test of a raw word before folding it: the standard search sets up its
/// tables at each call, which for a word of a few letters cost many times
/// the comparisons themselves. A place matches when its first two bytes (an
/// Arabic letter whole) do and then the rest.
pub(crate) fn holds(word: &str, needle: &str) -> bool {
    let (w, n) = (word.as_bytes(), needle.as_bytes());
    if n.len() < 2 {
        return word.contains(needle);
    }
    w.len() >= n.len()
        && (0..=w.len() - n.len())
            .any(|i| w[i] == n[0] && w[i + 1] == n[1] && w[i + 2..i + n.len()] == n[2..])
}

fn word(raw: &str, lists: &Chains) -> Word {
    let folded = normalize(raw);
    let letters = !folded.is_empty() && arabic_letters_only(&folded);
    let is_head = |w: &str| {
        let h = hash_word(w.strip_prefix("ال").unwrap_or(w));
        (lists.strong.contains(&h), lists.weak.contains(&h))
    };
    // والمعادن، ووزارة: the conjunction before the article or a head. (وزارة itself
    // begins with و.)
    let after_conjunction = folded
        .strip_prefix('و')
        .or_else(|| folded.strip_prefix('ف'))
        .filter(|rest| {
            rest.starts_with("ال") && rest.chars().count() > 3
                || is_head(rest) != (false, false)
                || is_head(rest.get('ل'.len_utf8()..).unwrap_or("")) != (false, false)
        });
    let conjoined = after_conjunction.is_some();
    let bare = after_conjunction.unwrap_or(&folded);
    // لمنظمة، بوزارة: a preposition before a head.
    let after_preposition = bare
        .strip_prefix(['ل', 'ب', 'ك'])
        .filter(|rest| is_head(rest) != (false, false));
    // للهيئة: ل before the article, whose alef it drops.
    let lam_article = after_preposition.is_none()
        && bare
            .strip_prefix("لل")
            .is_some_and(|rest| rest.chars().count() >= 2 && is_head(rest) != (false, false));
    let preposed = after_preposition.is_some() || lam_article;
    let bare = after_preposition.unwrap_or(bare);
    let (definite, stem) = match (bare.strip_prefix("ال"), bare.strip_prefix("لل")) {
        (Some(rest), _) | (None, Some(rest)) if rest.chars().count() >= 2 => (true, rest),
        _ => (false, bare),
    };
    let lam = !conjoined && folded.starts_with('ل') && !folded.starts_with("ال");
    // اللبنانيين، الأردنيون: the plural of a nisba, which agrees with a plural
    // genitive (نقابة الأطباء الأردنيين), never with a head.
    let plural = (stem.ends_with("يين") || stem.ends_with("يون")) && stem.chars().count() >= 6;
    // للنادي is a complement, never an adjective.
    let nisba = definite
        && !preposed
        && !lam
        && !lists.describing.contains(&hash_word(stem))
        && (stem.ends_with(['ي', 'ى']) || stem.ends_with("يه") || plural)
        // الرواية، الحماية، النهاية: a noun whose root ends in a long vowel,
        // where a nisba drops it (سوريا → السورية).
        && !stem.ends_with("ايه")
        && !stem.ends_with("اي")
        && (stem.chars().count() >= 4 || short_nisba(stem));
    Word {
        lam,
        lam_head: lam && (preposed || definite && is_head(stem) != (false, false)),
        long: definite && stem.chars().count() >= 3,
        time: lists.times.contains(&hash_word(stem)),
        lam_preposition: lam
            && folded
                .strip_prefix('ل')
                .is_some_and(|rest| LAM_PREPOSITIONS.contains(&rest)),
        head: is_head(bare) != (false, false) || lam_article,
        strong: is_head(bare).0 || lam_article && is_head(stem).0,
        definite,
        nisba,
        plural: nisba && plural,
        conjoined,
        stop: lists.stops.contains(&hash_word(&folded)),
        letters,
        content: folded.chars().count() >= 3 && !lists.particles.contains(&hash_word(&folded)),
        year: YEAR_WORDS.contains(&folded.as_str()),
    }
}

/// Every spelling of `heads` after و or ف and one of `prepositions`, each or
/// not, and with `article` after ال or not, by folded hash: a word's folded
/// hash ([`TokenInfo::norm`]) then tells whether it is one of them.
fn clitic_forms(heads: &[&str], prepositions: &[&str], article: bool) -> Forms {
    Forms::new(clitic_table(heads, prepositions, article))
}

/// [`clitic_forms`] as a plain table, to add to.
fn clitic_table(heads: &[&str], prepositions: &[&str], article: bool) -> HashKeyed<()> {
    let articles: &[&str] = if article { &["", "ال"] } else { &[""] };
    let mut forms = HashKeyed::default();
    for head in heads {
        for conjunction in ["", "و", "ف"] {
            for preposition in prepositions {
                for article in articles {
                    let form = format!("{conjunction}{preposition}{article}{head}");
                    forms.insert(hash_word(&form), ());
                    // ل before the article drops its alef: للهيئة.
                    if *preposition == "ل" && !article.is_empty() {
                        forms.insert(hash_word(&format!("{conjunction}لل{head}")), ());
                    }
                }
            }
        }
    }
    forms
}

/// The prepositions before a head: ل، ب، ك or none.
const HEAD_PREPOSITIONS: &[&str] = &["", "ل", "ب", "ك"];

/// ل or ب or none, the prepositions before the heads [`Chains::located`],
/// [`Chains::sided_provinces`] and [`Chains::places_before_their_officials`]
/// read.
const PLACE_PREPOSITIONS: &[&str] = &["", "ل", "ب"];

fn institution_forms(heads: &[&str]) -> Forms {
    clitic_forms(heads, HEAD_PREPOSITIONS, false)
}

fn head_forms(heads: &[&str]) -> Forms {
    clitic_forms(heads, HEAD_PREPOSITIONS, true)
}

/// Whether a folded word is, whole, one of the words that head a body's or a
/// state's name (بلدية، ولاية، وزارة): its first letter is no proclitic.
pub(crate) fn heads_a_name(folded: &str) -> bool {
    among_heads(
        folded,
        &[
            STRONG_HEADS,
            WEAK_HEADS,
            PLACE_INSTITUTIONS,
            FACILITIES,
            FEATURES,
            BODIES,
            STATES,
            PROVINCES,
        ],
    )
}

/// Whether a folded word, with the article or not, is a head that a place's
/// name opens with for the reader ([`SITES`], [`FACILITIES`], [`FEATURES`]).
pub(crate) fn opens_a_site(folded: &str) -> bool {
    among_heads(folded, &[SITES, FACILITIES, FEATURES])
}

/// Whether a folded word, with the article or not, is a head of `lists`.
fn among_heads(folded: &str, lists: &[&[&str]]) -> bool {
    let bare = folded.strip_prefix("ال").unwrap_or(folded);
    // ى and ي are one letter at a word's end here (وادى, مستشفي), as in
    // the heads' hashes.
    let yeh = |c: char| if c == 'ى' { 'ي' } else { c };
    lists.iter().any(|heads| {
        heads
            .iter()
            .any(|h| h.len() == bare.len() && h.chars().map(yeh).eq(bare.chars().map(yeh)))
    })
}

/// Nisbas (folded, without the article and the feminine ending) that say
/// what a body is, not where it is from: after its name they are part of it
/// (بنك ناصر الاجتماعي، مصرف النخيل الوطني، بنك دبي التجاري).
const BODY_NISBAS: &[&str] = &[
    "اجتماعي",
    "وطني",
    "تجاري",
    "عقاري",
    "مركزي",
    "اهلي",
    "زراعي",
    "صناعي",
    "تعاوني",
    "دولي",
    "عالمي",
    "اسلامي",
    "اقليمي",
];

/// Whether a folded definite nisba is one of [`BODY_NISBAS`].
fn describes_a_body(folded: &str) -> bool {
    let bare = folded.strip_prefix("ال").unwrap_or(folded);
    let bare = bare.strip_suffix('ه').unwrap_or(bare);
    BODY_NISBAS.contains(&bare)
}

/// Lists hashed once.
#[derive(Debug, Clone)]
pub(crate) struct Chains {
    strong: Vec<u64>,
    weak: Vec<u64>,
    particles: Vec<u64>,
    /// Every spelling of a head of [`PLACE_INSTITUTIONS`] that
    /// [`Chains::institutions`] takes, by folded hash (as `head_forms`).
    institutions: Forms,
    /// Every spelling of a head of [`FACILITIES`], as `institutions`.
    facilities: Forms,
    /// Every spelling of a head of [`SITES`], as `institutions`.
    sites: Forms,
    /// Every spelling of a head of [`FEATURES`], as `institutions`.
    features: Forms,
    /// Every spelling of a head of [`BODIES`], as `institutions`.
    bodies: Forms,
    /// [`ADJECTIVES`], by folded hash.
    adjectives: Vec<u64>,
    /// [`NAMED_BY_ADJECTIVE`], by folded hash.
    named_by_adjective: Vec<u64>,
    /// [`NAMED_BY_GENITIVE`], by folded hash.
    named_by_genitive: Vec<u64>,
    /// Every spelling of a head of [`NAMED_AFTER`], as `head_forms`.
    named_after: Forms,
    /// Every spelling of a head of [`PURPOSED`], as `head_forms`.
    purposed: Forms,
    /// Every spelling of a head of [`OF_A_PLACE`], as `institutions`.
    of_a_place: Forms,
    /// Every spelling of a head of [`OUTSIDE_HEADS`], as `institutions`, and
    /// whether it stays outside before a definite word.
    outside: HashKeyed<bool>,
    /// [`VERB_HEADS`], by [`hash_exact`] (ى apart from ي).
    verb_heads: Vec<u64>,
    states: Vec<u64>,
    times: Vec<u64>,
    /// [`DESCRIBING`], by folded hash.
    describing: Vec<u64>,
    /// [`MEMBERS`], by folded hash.
    members: Vec<u64>,
    stops: Vec<u64>,
    /// Every spelling [`word`] takes for a head (و/ف, then ل/ب/ك, then ال, each
    /// or not, before a head), by folded hash: a sentence with none of them has
    /// no chain, and its words need not be looked at one by one.
    head_forms: Forms,
    /// [`SUBORDINATE_BODIES`], and after و or ف, by folded hash.
    subordinate: Forms,
    /// Every spelling of a head of [`GENERAL_HEADS`] with the article, after
    /// و or ف and ب or ل (which drops the article's alef: للإدارة).
    general_heads: Forms,
    /// Every spelling of مجلس after و or ف and ل or ب, each or not.
    councils: Forms,
    /// Every spelling of a head of [`MISSIONS`], [`NAMED_BY_PLACE`] and
    /// [`COURTS`] after و/ف, then ل/ب, then ال, each or not; of
    /// [`DIVISIONS`], without ال.
    missions: Forms,
    named_by_place: Forms,
    courts: Forms,
    divisions: Forms,
    /// Every spelling of a head of [`OFFICIALS_PLACES`], as `divisions`.
    officials_places: Forms,
    /// Every spelling of a word of [`SIDES_OF`], as `divisions`.
    sides_of: Forms,
    /// [`OPEN_SPACES`] after و، ف، ل، ب or none.
    open_spaces: Forms,
    /// Every spelling of a head of [`NATIONAL_HEADS`] (after و، ف or ب), as
    /// `institutions`.
    national_heads: Forms,
    /// Every spelling of a head of [`SETTLEMENTS`] and [`FIRM_SETTLEMENTS`], as
    /// `divisions`.
    settlements: Forms,
    /// Every spelling of a head of [`FIRM_SETTLEMENTS`].
    firm_settlements: Forms,
    /// The [`Word`] of each spelling seen, by [`hash_exact`]: a text uses most
    /// of its words again. At most [`WORDS_HELD`], then it starts afresh.
    words: HashKeyed<Word>,
}

impl Chains {
    pub(crate) fn new() -> Self {
        Self {
            strong: STRONG_HEADS.iter().map(|h| hash_word(h)).collect(),
            weak: WEAK_HEADS.iter().map(|h| hash_word(h)).collect(),
            particles: PARTICLES.iter().map(|h| hash_word(h)).collect(),
            institutions: institution_forms(PLACE_INSTITUTIONS),
            bodies: institution_forms(BODIES),
            facilities: institution_forms(FACILITIES),
            sites: institution_forms(SITES),
            features: institution_forms(FEATURES),
            outside: OUTSIDE_HEADS
                .iter()
                .flat_map(|&(head, definite)| {
                    institution_forms(&[head])
                        .into_keys()
                        .map(move |k| (k, definite))
                })
                .collect(),
            adjectives: ADJECTIVES
                .iter()
                .map(|h| hash_word(&normalize(h)))
                .collect(),
            named_by_adjective: NAMED_BY_ADJECTIVE.iter().map(|h| hash_word(h)).collect(),
            named_by_genitive: NAMED_BY_GENITIVE.iter().map(|h| hash_word(h)).collect(),
            named_after: head_forms(NAMED_AFTER),
            purposed: head_forms(PURPOSED),
            of_a_place: institution_forms(OF_A_PLACE),
            verb_heads: VERB_HEADS.iter().map(|h| hash_exact(h)).collect(),
            states: STATES.iter().map(|h| hash_word(h)).collect(),
            times: TIMES.iter().map(|h| hash_word(h)).collect(),
            describing: DESCRIBING.iter().map(|h| hash_word(h)).collect(),
            members: MEMBERS.iter().map(|h| hash_word(h)).collect(),
            stops: STOPS.iter().map(|h| hash_word(&normalize(h))).collect(),
            head_forms: head_forms(&[STRONG_HEADS, WEAK_HEADS].concat()),
            subordinate: clitic_forms(SUBORDINATE_BODIES, &[""], false),
            general_heads: {
                let definite: Vec<String> =
                    GENERAL_HEADS.iter().map(|h| format!("ال{h}")).collect();
                let definite: Vec<&str> = definite.iter().map(String::as_str).collect();
                let mut forms = clitic_table(&definite, &["", "ب"], false);
                forms.extend(clitic_table(GENERAL_HEADS, &["لل"], false));
                Forms::new(forms)
            },
            councils: clitic_forms(&["مجلس"], PLACE_PREPOSITIONS, false),
            missions: clitic_forms(MISSIONS, PLACE_PREPOSITIONS, true),
            named_by_place: clitic_forms(NAMED_BY_PLACE, PLACE_PREPOSITIONS, true),
            courts: clitic_forms(COURTS, PLACE_PREPOSITIONS, true),
            divisions: clitic_forms(DIVISIONS, PLACE_PREPOSITIONS, false),
            officials_places: clitic_forms(OFFICIALS_PLACES, PLACE_PREPOSITIONS, false),
            sides_of: clitic_forms(SIDES_OF, PLACE_PREPOSITIONS, false),
            open_spaces: clitic_forms(OPEN_SPACES, PLACE_PREPOSITIONS, false),
            settlements: clitic_forms(
                &[SETTLEMENTS, FIRM_SETTLEMENTS].concat(),
                PLACE_PREPOSITIONS,
                false,
            ),
            firm_settlements: clitic_forms(FIRM_SETTLEMENTS, PLACE_PREPOSITIONS, false),
            national_heads: clitic_forms(NATIONAL_HEADS, &["", "ب"], false),
            words: HashKeyed::default(),
        }
    }

    /// [`word`] of `raw`, from the words already seen when it is one.
    fn shape(&mut self, raw: &str) -> Word {
        let key = hash_exact(raw);
        if let Some(w) = self.words.get(&key) {
            return *w;
        }
        let w = word(raw, self);
        if self.words.len() >= WORDS_HELD {
            self.words.clear();
        }
        self.words.insert(key, w);
        w
    }

    /// Label each head's whole chain an organisation in `labels` (one sentence),
    /// over what the tagger said about those words, unless a person or place the
    /// tagger found would be cut in two.
    pub(crate) fn complete(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        // Chosen organisations first, so that the chains go on from them
        // (وزارة الخارجية → وزارة الخارجية الإماراتية); chosen places after
        // them, so that a chain keeps a place it holds (هيئة قناة السويس).
        #[cfg(feature = "trace")]
        trace::tagged(words, infos, labels);
        rule!(words, labels, overlong_spans_are_no_names(labels));
        rule!(words, labels, punctuation_ends_names(words, infos, labels));
        rule!(words, labels, glued_places_end_people(words, infos, labels));
        rule!(
            words,
            labels,
            chosen_names(infos, labels, &CHOSEN_ORGANISATIONS)
        );
        rule!(words, labels, titled_namesakes(words, infos, labels));
        rule!(
            words,
            labels,
            self.organisations(words, infos, labels, false)
        );
        rule!(words, labels, self.verbs_are_no_heads(words, infos, labels));
        rule!(words, labels, self.listed_after_heads(words, infos, labels));
        rule!(words, labels, acronyms(words, infos, labels));
        rule!(words, labels, named_companies(words, infos, labels));
        rule!(words, labels, self.heads_outside(words, infos, labels));
        rule!(
            words,
            labels,
            self.nationalities_after_names(words, infos, labels)
        );
        rule!(words, labels, self.state_names(words, labels));
        rule!(words, labels, self.whole_phrases(words, infos, labels));
        rule!(words, labels, chosen_names(infos, labels, &CHOSEN_PLACES));
        rule!(words, labels, listed_organisations(infos, labels));
        rule!(
            words,
            labels,
            common_after_lam_opens_no_person(words, infos, labels)
        );
        rule!(words, labels, after_particles(words, infos, labels));
        rule!(words, labels, given_before_particles(words, infos, labels));
        rule!(words, labels, given_before_people(words, infos, labels));
        rule!(
            words,
            labels,
            self.names_after_descriptions(words, infos, labels)
        );
        rule!(words, labels, names_in_al_din(words, infos, labels));
        rule!(words, labels, names_in_allah(words, labels));
        rule!(
            words,
            labels,
            self.places_before_their_officials(infos, labels)
        );
        rule!(words, labels, turkish_family_names(words, infos, labels));
        rule!(words, labels, given_names_that_are_places(infos, labels));
        rule!(words, labels, family_names_in_waw(words, infos, labels));
        rule!(
            words,
            labels,
            self.places_after_place_words(words, infos, labels)
        );
        rule!(
            words,
            labels,
            self.names_before_people(words, infos, labels)
        );
        rule!(
            words,
            labels,
            given_names_after_bodies(words, infos, labels)
        );
        rule!(words, labels, listed_bodies_after_waw(words, infos, labels));
        rule!(words, labels, family_after_given(words, infos, labels));
        rule!(
            words,
            labels,
            given_and_family_after_bodies(words, infos, labels)
        );
        rule!(words, labels, family_after_compounds(words, infos, labels));
        rule!(words, labels, nisbas_after_people(words, infos, labels));
        rule!(words, labels, surname_after_names(words, infos, labels));
        rule!(words, labels, manner_is_no_person(words, infos, labels));
        rule!(words, labels, family_before_that(words, infos, labels));
        rule!(words, labels, pronouns_end_nasabs(words, infos, labels));
        rule!(words, labels, duals_end_people(words, infos, labels));
        rule!(words, labels, titles_open_no_names(words, infos, labels));
        rule!(words, labels, describers_open_no_names(infos, labels));
        rule!(
            words,
            labels,
            listed_bodies_end_before_people(words, infos, labels)
        );
        rule!(
            words,
            labels,
            connectors_end_no_people(words, infos, labels)
        );
        rule!(words, labels, given_names_with_allah(words, infos, labels));
        rule!(words, labels, towns_of_bin(words, labels));
        rule!(words, labels, people_side_by_side(words, infos, labels));
        rule!(
            words,
            labels,
            regnal_ordinals_end_people(words, infos, labels)
        );
        rule!(words, labels, mauritanian_names(words, infos, labels));
        rule!(words, labels, initials_after_names(words, infos, labels));
        rule!(
            words,
            labels,
            names_open_before_particles(words, infos, labels)
        );
        rule!(words, labels, foreign_particles(words, infos, labels));
        rule!(words, labels, nationalities_open_no_people(infos, labels));
        rule!(words, labels, asian_family_names(words, infos, labels));
        rule!(words, labels, people_apart(words, infos, labels));
        rule!(words, labels, leagues_name_no_people(words, labels));
        rule!(words, labels, conjoined_names(words, infos, labels));
        rule!(
            words,
            labels,
            places_after_generic_heads(words, infos, labels)
        );
        rule!(words, labels, self.settlements(words, infos, labels));
        rule!(words, labels, prefixed_places(words, infos, labels));
        rule!(words, labels, countries_are_no_people(infos, labels));
        rule!(
            words,
            labels,
            given_names_after_places(words, infos, labels)
        );
        rule!(
            words,
            labels,
            listed_places_beside_places(words, infos, labels)
        );
        rule!(words, labels, self.places_in_lists(words, infos, labels));
        rule!(
            words,
            labels,
            self.adjectives_are_no_bodies(words, infos, labels)
        );
        rule!(words, labels, self.sided_provinces(words, infos, labels));
        rule!(words, labels, sided_countries(words, labels));
        rule!(
            words,
            labels,
            self.adjectives_are_no_places(words, infos, labels)
        );
        rule!(words, labels, self.major_places(words, infos, labels));
        rule!(
            words,
            labels,
            listed_places_after_where(words, infos, labels)
        );
        rule!(words, labels, places_listed_on(words, infos, labels));
        rule!(words, labels, particles_end_names(words, labels));
        rule!(words, labels, adjectives_agree(words, labels));
        rule!(words, labels, self.lone_heads(words, infos, labels));
        rule!(words, labels, participles_are_no_heads(words, labels));
        rule!(
            words,
            labels,
            definite_heads_before_people(words, infos, labels)
        );
        rule!(words, labels, nationalities_of_bodies(words, infos, labels));
        rule!(words, labels, currencies(words, labels));
        rule!(words, labels, verbs_end_names(words, infos, labels));
        rule!(words, labels, complements_of_offices(words, infos, labels));
        rule!(words, labels, whole_titles_are_no_names(words, labels));
    }

    /// A name the tagger found inside a longer list entry of its kind takes the
    /// whole entry (مكة → مكة المكرمة, كي مون → بان كي مون), over words the
    /// tagger left outside any name or in names of the same kind that the entry
    /// joins. A place does not take a nisba the list adds (القدس [الشرقية]):
    /// ANERcorp's annotators mostly leave such adjectives out, and completing
    /// places with them cost 0.013 F1 there.
    fn whole_phrases(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        let mut a = 0;
        while a < n {
            if labels[a] == 0 || is_inside(labels[a]) {
                a += 1;
                continue;
            }
            let ty = usize::from(labels[a] - 1) / 2;
            let mut b = a + 1;
            while b < n && labels[b] == labels[a] + 1 {
                b += 1;
            }
            let Some(classes) = PHRASE_TYPES.get(ty) else {
                a = b;
                continue;
            };
            for &c in *classes {
                let (begin, inside) = (1u16 << (2 * c), 1u16 << (2 * c + 1));
                let flags = |j: usize| infos[j].gazetteer;
                if flags(a) & (begin | inside) == 0 {
                    continue;
                }
                let mut start = a;
                while flags(start) & begin == 0 && start > 0 && labels[start - 1] == 0 {
                    start -= 1;
                }
                if flags(start) & begin == 0 {
                    continue;
                }
                let mut end = start + 1;
                while end < n && flags(end) & inside != 0 {
                    end += 1;
                }
                // Words outside any name, or names of the same kind that the
                // entry joins (ساو | باولو → ساو باولو), as long as none runs on
                // past the entry.
                let same = |l: u8| l == 0 || usize::from(l - 1) / 2 == ty;
                // A place's entry may also begin a word before the tagger's,
                // on a word that opens a town's own name ([`PLACE_OPENERS`]:
                // وأم | درمان، في سان | لوي), not on a head (مدينة، ريف،
                // بلاد), a side or a state word, which stay outside.
                // A person's entry may begin words before the tagger's name
                // when it ends with it: the tagger leaves out a first word that
                // is also a common word ([بان] كي مون), though not a title or
                // another definite word, which stay outside (الملك | محمد
                // الخامس، السلطان | عبد العزيز), nor the preposition على
                // (الخارجين على | عثمان).
                let person_before = ty == 0
                    && end == b
                    && start < a
                    && (start..a).all(|j| {
                        infos[j].triggers & TRIGGER_TITLE == 0
                            && !infos[j].definite
                            && words[j] != "على"
                    });
                let before_only = person_before
                    || end == b && start + 1 == a && ty == 1 && {
                        let folded = normalize(words[start]);
                        let bare = folded
                            .strip_prefix(['و', 'ف', 'ب', 'ل'])
                            .filter(|_| infos[start].clitic_chars > 0)
                            .unwrap_or(&folded);
                        PLACE_OPENERS.contains(&bare)
                    };
                if end < b
                    || end == b && !before_only
                    || !labels[b..end].iter().all(|&l| same(l))
                    || labels.get(end) == Some(&(labels[a] + 1))
                {
                    continue;
                }
                let place = ty == 1;
                if place && (start..a).chain(b..end).any(|j| self.shape(words[j]).nisba) {
                    continue;
                }
                // عثمان | على ذلك: the preposition, written with ى, ends no
                // person's entry (عثمان علي) before a word that is no name.
                // (Its object follows it: محمد على | الجيش, not محمد على.)
                let preposition = ty == 0
                    && words[end - 1] == "على"
                    && end > b
                    && words.get(end).is_some_and(|w| crate::has_arabic_letter(w))
                    && infos[end].triggers & (TRIGGER_GIVEN | TRIGGER_FAMILY) == 0
                    && labels[end] == 0;
                if preposition {
                    continue;
                }
                let b_label = labels[a];
                labels[start] = b_label;
                labels[start + 1..end].fill(b_label + 1);
                b = end;
                break;
            }
            a = b;
        }
    }

    /// The names a reader sees, from the tagger's labels as [`Chains::complete`]
    /// left them (which follow ANERcorp's annotators, and are scored against
    /// them): a head in the construct state (no article) just before an
    /// organisation the tagger found opens it (نادي الهلال، شركة أرامكو, where
    /// ANERcorp tags الهلال alone), and a head of [`PLACE_INSTITUTIONS`] before a
    /// place makes one organisation of both (بورصة الكويت، مستشفى دبي); and
    /// the places the reader takes where the tagger did not: a listed place
    /// after في، إلى، من and an airport, a port or a stadium whole.
    pub(crate) fn institutions(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        // A strong head's chain that the tagger began nowhere: وزارة الدفاع,
        // which ANERcorp leaves out (`complete` follows it), and its acronym.
        rule!(
            words,
            labels,
            self.organisations(words, infos, labels, true)
        );
        rule!(words, labels, self.verbs_are_no_heads(words, infos, labels));
        rule!(words, labels, self.whole_phrases(words, infos, labels));
        rule!(
            words,
            labels,
            self.nationalities_after_names(words, infos, labels)
        );
        rule!(words, labels, nationalities_of_companies(infos, labels));
        rule!(words, labels, self.national_bodies(words, infos, labels));
        rule!(
            words,
            labels,
            names_before_latin_acronyms(words, infos, labels)
        );
        rule!(words, labels, acronyms(words, infos, labels));
        rule!(words, labels, self.listed_with_heads(words, infos, labels));
        rule!(words, labels, self.bodies_of_places(words, infos, labels));
        rule!(words, labels, self.facilities(words, infos, labels));
        // A feature's name that ends on a place's first word (مضيق باب المندب).
        rule!(words, labels, prefixed_places(words, infos, labels));
        rule!(words, labels, self.sites(words, infos, labels));
        rule!(words, labels, self.described_bodies(words, infos, labels));
        rule!(words, labels, holding_companies(words, infos, labels));
        rule!(words, labels, complements_of_offices(words, infos, labels));
        rule!(words, labels, whole_titles_are_no_names(words, labels));
        for i in 0..labels.len().saturating_sub(1) {
            // A listed place the tagger left alone after an institution's head
            // is that place: مستشفى العريش.
            if labels[i] == 0
                && labels[i + 1] == 0
                && infos[i + 1].gazetteer & PLACE_LIST_BEGIN != 0
                && !seen_as_common(&infos[i + 1])
                && self.is_institution(infos[i].norm)
            {
                mark_listed_place(infos, labels, i + 1);
            }
            let next = labels[i + 1];
            if labels[i] != 0 || !matches!(next, ORG_B | LOC_B) {
                continue;
            }
            let institution = self.is_institution(infos[i].norm);
            if !(institution || self.head_forms.contains_key(&infos[i].norm)) {
                continue;
            }
            let w = self.shape(words[i]);
            let opens = if next == ORG_B {
                w.head || institution
            } else {
                institution
            };
            // A head after it is a name of its own (ونادى حزب الله: called on
            // Hezbollah); a verb is no head (see `verbs_are_no_heads`).
            if !opens || w.definite || self.shape(words[i + 1]).head || self.is_verb_head(words[i])
            {
                continue;
            }
            // وكالة رويترز: a well-known body of one word keeps its own
            // name; the head only says what it is.
            let described = DESCRIBED_HEADS.contains(&normalize(words[i]).as_str())
                && next == ORG_B
                && infos[i + 1].gazetteer & CURATED_ORG_BEGIN != 0
                && labels.get(i + 2) != Some(&ORG_I);
            if described || (next == ORG_B && described_company(infos, labels, i)) {
                continue;
            }
            labels[i] = ORG_B;
            labels[i + 1] = ORG_I;
            let mut end = i + 2;
            while end < labels.len() && labels[end] == next + 1 {
                labels[end] = ORG_I;
                end += 1;
            }
            // Its adjectives after the place: مستشفى القاهرة الدولي.
            if next == LOC_B {
                while end < labels.len() && labels[end] == 0 && self.is_adjective(words[end]) {
                    labels[end] = ORG_I;
                    end += 1;
                }
            }
        }
        rule!(words, labels, self.located(words, infos, labels));
        rule!(words, labels, self.sporting(words, labels));
        rule!(words, labels, self.armies(words, infos, labels));
        rule!(words, labels, self.bodies_of_parents(words, infos, labels));
        rule!(words, labels, acronyms(words, infos, labels));
        rule!(words, labels, adjectives_agree(words, labels));
        rule!(words, labels, self.general_bodies(words, infos, labels));
        rule!(words, labels, self.boards_are_no_names(infos, labels));
        // Again, after the bodies the reader's rules found.
        rule!(
            words,
            labels,
            given_and_family_after_bodies(words, infos, labels)
        );
        rule!(words, labels, given_before_holders(words, infos, labels));
    }

    /// A listed organisation of three words or more that opens with a head word
    /// (صندوق النقد الدولي، الجيش السوري الحر) and that the tagger left alone, or
    /// found only the end of, is that organisation whole. ANERcorp leaves many such
    /// names out, so this is for the reader, not in [`Chains::complete`] (where
    /// every listed organisation taken whole cost 0.03 ORG F1 on ANERcorp).
    fn listed_with_heads(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let mut i = 0;
        while i < labels.len() {
            if labels[i] != 0
                || infos[i].gazetteer & ORG_LIST_BEGIN == 0
                || !self.head_forms.contains_key(&infos[i].norm)
            {
                i += 1;
                continue;
            }
            let end = listed_end(infos, i);
            let head = self.shape(words[i]);
            // The tagger's own names inside: none, or one organisation ending
            // with the entry.
            let inner = &labels[i + 1..end];
            let free = inner.iter().all(|&l| l == 0)
                || (inner.first() == Some(&ORG_B)
                    && inner[1..].iter().all(|&l| l == ORG_I)
                    && labels.get(end) != Some(&ORG_I));
            // Three words or more: two are often a body any state has, which
            // ANERcorp leaves out (مجلس الوزراء، مجلس النواب, and any country's
            // army, الجيش الإسرائيلي); الجيش السوري الحر is a name.
            if end < i + 3 || !head.head || self.is_verb_head(words[i]) || !free {
                i += 1;
                continue;
            }
            labels[i] = ORG_B;
            labels[i + 1..end].fill(ORG_I);
            i = end;
        }
    }

    /// A definite adjective that is no nisba: one of [`ADJECTIVES`] (العامة) or a
    /// participle of a derived verb, ال + م + four letters or more (المصدرة،
    /// المسلحة، المؤقتة), as organisations' names take after their genitive
    /// (منظمة البلدان المصدرة للبترول). A participle only before a nisba or a
    /// complement with ل (`next`): last in the chain it mostly describes the
    /// body rather than names it (جبهة الشرق المتمردة، الجمعية العامة المنعقدة).
    fn is_adjective_form(&self, raw: &str, w: &Word, next: Option<&Word>) -> bool {
        if !w.definite || w.conjoined || w.stop {
            return false;
        }
        let folded = normalize(raw);
        // العام is "general" (الاتحاد العام للشغل) but for a definite word
        // after it (العام الماضي، العام الدراسي).
        if self.adjectives.contains(&hash_word(&folded)) {
            return !(w.time && next.is_some_and(|n| n.stop || n.year));
        }
        let stem = folded.strip_prefix("ال").unwrap_or(&folded);
        let participle = stem.starts_with('م') && stem.chars().count() >= 5;
        !w.time && participle && next.is_some_and(|n| (n.nisba || n.lam) && !n.conjoined)
    }

    /// A definite adjective that can close an institution's name: a nisba
    /// (الدولي) or one of [`ADJECTIVES`] (العام).
    /// A weak head without the article, a name and a nisba that says what a
    /// body is ([`BODY_NISBAS`], العام) are a body's name, though the tagger
    /// left them (مستشفى حمد العام، بنك عودة الوطني): a description would not
    /// name the body by a name. The name is one the tagger found, or a word of
    /// the name lists or one training never showed, without the article: a
    /// noun there describes (دائرة النقاش العام، شركة الشحن الدولية). العام
    /// before a word of time is the year (بنك عودة العام الماضي). Not a centre
    /// or a market, which are places as often.
    fn described_bodies(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        for i in 0..labels.len().saturating_sub(2) {
            // The head's hash first: most words head nothing.
            let free = labels[i] == 0
                && self.head_forms.contains_key(&infos[i].norm)
                && matches!(labels[i + 1], 0 | PER_B | LOC_B)
                && labels[i + 2] == 0
                && labels.get(i + 3).is_none_or(|&l| !is_inside(l));
            if !free || !words[i + 2].starts_with("ال") {
                continue;
            }
            let folded = normalize(words[i + 2]);
            let general = matches!(folded.as_str(), "العام" | "العامه");
            if !(general || describes_a_body(&folded)) {
                continue;
            }
            let year = general
                && words.get(i + 3).is_some_and(|w| {
                    let next = normalize(w);
                    YEAR_WORDS.contains(&next.as_str())
                        || matches!(next.as_str(), "نفسه" | "ذاته")
                        || self.shape(w).stop
                });
            // (مركز المدينة التجاري, downtown's mall; سوق الخضار المركزي, a
            // market place.)
            let place = matches!(normalize(words[i]).as_str(), "مركز" | "سوق");
            let head = self.shape(words[i]);
            let name = self.shape(words[i + 1]);
            let named = labels[i + 1] != 0
                || !name.definite
                    && (infos[i + 1].triggers & NAME_WORDS != 0 || infos[i + 1].stats.count == 0);
            if head.head
                && !head.strong
                && !head.definite
                && !head.conjoined
                && !place
                && !year
                && named
                && name.letters
                && !name.head
            {
                labels[i] = ORG_B;
                labels[i + 1] = ORG_I;
                labels[i + 2] = ORG_I;
                // And what the body does, after ل and the article: مصرف
                // آشور الدولي للاستثمار.
                let domain = words.get(i + 3).is_some_and(|w| {
                    let w3 = self.shape(w);
                    w3.lam && w3.definite && !w3.lam_head && !w3.time && !w3.lam_preposition
                }) && labels[i + 3] == 0
                    && organisations::names_a_domain(words[i + 3], &infos[i + 3]);
                if domain {
                    labels[i + 3] = ORG_I;
                }
            }
        }
    }

    fn is_adjective(&mut self, raw: &str) -> bool {
        let w = self.shape(raw);
        (w.nisba || self.adjectives.contains(&hash_word(&normalize(raw))))
            && !w.conjoined
            && !w.stop
    }

    /// A head of [`BODIES`] before a place the tagger found, with one word
    /// between them (حكومة إقليم كردستان، مديرية أمن الإسكندرية) or adjectives
    /// after it (قوات سوريا الديمقراطية), is one organisation with them; and an
    /// organisation the tagger found just before a one-word place that is a nisba
    /// takes it as its adjective (وكالة الأنباء السعودية), as it takes one of
    /// [`ADJECTIVES`] (المحكمة الاتحادية العليا).
    fn bodies_of_places(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        for i in 0..n.saturating_sub(1) {
            if matches!(labels[i], ORG_B | ORG_I)
                && labels[i + 1] == LOC_B
                && labels.get(i + 2) != Some(&LOC_I)
                && self.is_adjective(words[i + 1])
            {
                labels[i + 1] = ORG_I;
                continue;
            }
            // المحكمة الاتحادية العليا: an adjective the chain does not take
            // (not العام الماضي, last year).
            if matches!(labels[i], ORG_B | ORG_I)
                && labels[i + 1] == 0
                && self
                    .adjectives
                    .contains(&hash_word(&normalize(words[i + 1])))
                && !words
                    .get(i + 2)
                    .is_some_and(|w| self.stops.contains(&hash_word(&normalize(w))))
            {
                labels[i + 1] = ORG_I;
                continue;
            }
            if labels[i] != 0 || !self.bodies.contains_key(&infos[i].norm) {
                continue;
            }
            // One indefinite word between: أمن، إقليم.
            let between = labels[i + 1] == 0 && {
                let w = self.shape(words[i + 1]);
                w.letters && w.content && !w.definite && !w.conjoined && !w.head
                    // حكومة إمارة دبي: a state word is the place's.
                    && !self.states.contains(&infos[i + 1].norm)
            };
            let place = i + 1 + usize::from(between);
            if place >= n || labels[place] != LOC_B {
                continue;
            }
            let mut end = place + 1;
            while end < n && labels[end] == LOC_I {
                end += 1;
            }
            let mut close = end;
            while close < n && labels[close] == 0 && self.is_adjective(words[close]) {
                close += 1;
            }
            // حكومة [إقليم كردستان]: the tagger's place opens with a head of places.
            let headed =
                !between && infos[place].triggers & TRIGGER_LOC_HEAD != 0 && end > place + 1;
            if !between && !headed && close == end {
                continue;
            }
            labels[i] = ORG_B;
            labels[i + 1..close].fill(ORG_I);
        }
    }

    /// An organisation that opens on a head of [`OUTSIDE_HEADS`] in the
    /// construct state, followed by its name, begins after the head, as
    /// ANERcorp writes it: شركة موتورولا → موتورولا. A head written as a verb
    /// (نادى الزمالك) is left as it is: [`Chains::institutions`] would not join
    /// it again.
    fn heads_outside(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        if !holds_any(labels, &[ORG_I]) {
            return;
        }
        for i in 0..labels.len().saturating_sub(1) {
            if labels[i] != ORG_B || labels[i + 1] != ORG_I {
                continue;
            }
            let Some(&before_definite) = self.outside.get(&infos[i].norm) else {
                continue;
            };
            let next = self.shape(words[i + 1]);
            if next.head || (next.definite && !before_definite) || self.is_verb_head(words[i]) {
                continue;
            }
            labels[i] = 0;
            labels[i + 1] = ORG_B;
        }
    }

    /// A definite nisba right after an organisation's own name, written without
    /// the article, says where the organisation is from and is no part of its
    /// name, nor is what follows it: نادي [تشيلسي] الإنجليزي، [توتال] الفرنسية،
    /// [ريال مدريد] الإسباني لكرة القدم (in ANERcorp's training text 81 such
    /// adjectives stand outside the name and 7 inside it). The name word is one
    /// the training text did not see mostly outside names, no head and no listed
    /// place: الاتحاد الأوروبي، حلف شمال الأطلسي and بنك إنجلترا المركزي keep
    /// their adjectives, and so do the names of [`NAMED_AFTER`] heads
    /// (مستشفى ابن سينا التخصصي): the adjective describes what is named, as
    /// one of [`BODY_NISBAS`] does after any name (بنك ناصر الاجتماعي).
    fn nationalities_after_names(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        if !holds_any(labels, &[ORG_I]) {
            return;
        }
        let mut j = 1;
        while j < labels.len() {
            if labels[j] != ORG_I || !matches!(labels[j - 1], ORG_B | ORG_I) {
                j += 1;
                continue;
            }
            let (name, adjective) = (self.shape(words[j - 1]), self.shape(words[j]));
            let info = &infos[j - 1];
            let common = info.stats.count >= 3
                && u32::from(info.stats.shares[0])
                    + u32::from(info.stats.shares[1])
                    + u32::from(info.stats.shares[2])
                    < 128;
            if adjective.nisba
                && !describes_a_body(&normalize(words[j]))
                && !adjective.conjoined
                && name.letters
                && !name.definite
                && !name.head
                && !common
                && info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
                // A well-known name that holds it: أرامكو السعودية.
                && infos[j].gazetteer & CURATED_ORG_INSIDE == 0
                && !self.named_after_someone(words, labels, j - 1)
            {
                while j < labels.len() && labels[j] == ORG_I {
                    labels[j] = 0;
                    j += 1;
                }
            }
            j += 1;
        }
    }

    /// A body of one word that is a definite nisba (الأهلي، الأولمبي) right
    /// after a definite noun that heads no name is that noun's adjective:
    /// التنقيب الأهلي (artisanal mining), الملعب الأولمبي (the Olympic
    /// stadium); after a head it is the body's name (النادي الأهلي، البنك
    /// الأهلي).
    fn adjectives_are_no_bodies(&self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        if !holds_any(labels, &[ORG_B]) {
            return;
        }
        for i in 1..labels.len() {
            let before = &infos[i - 1];
            let alone = labels[i] == ORG_B && labels.get(i + 1) != Some(&ORG_I);
            if alone
                && labels[i - 1] == 0
                && infos[i].clitic_chars == 0
                && before.definite
                && before.triggers & (TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD | TRIGGER_TITLE) == 0
                && !self.head_forms.contains_key(&before.norm)
                && !self.head_forms.contains_key(&before.stem)
                && definite_nisba(&normalize(words[i]))
                && crate::has_arabic_letter(words[i - 1])
            {
                labels[i] = 0;
            }
        }
    }

    /// بورصة، ومستشفى، لجامعة: a head of [`PLACE_INSTITUTIONS`] without the
    /// article, after و/ف and a preposition or not, by the word's folded hash.
    fn is_institution(&self, norm: u64) -> bool {
        self.institutions.contains_key(&norm)
    }

    /// A listed organisation right after a weak head in the construct state that the
    /// tagger left alone is that organisation: نادي الهلال, where الهلال is a
    /// crescent too. The head stays outside, as ANERcorp writes it (نادي الجزيرة:
    /// the club's name alone); [`Chains::institutions`] joins it for the reader.
    fn listed_after_heads(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        for i in 0..labels.len().saturating_sub(1) {
            if labels[i] != 0
                || labels[i + 1] != 0
                || infos[i + 1].gazetteer & ORG_LIST_BEGIN == 0
                || !self.head_forms.contains_key(&infos[i].norm)
            {
                continue;
            }
            let head = self.shape(words[i]);
            // The genitive as a name is definite (الهلال); an indefinite word
            // after a head is an adjective (مستشفى جديد, which the list's
            // الجديد matches once the article is set aside).
            // سوق النفط is the oil market (النفط a club's name too): a
            // market names itself after a place only.
            if !head.head
                || head.strong
                || head.definite
                || self.is_verb_head(words[i])
                || !self.shape(words[i + 1]).definite
                || normalize(words[i]).ends_with("سوق")
            {
                continue;
            }
            let end = listed_end(infos, i + 1);
            if labels[i + 2..end].iter().any(|&l| l != 0) {
                continue;
            }
            labels[i + 1] = ORG_B;
            labels[i + 2..end].fill(ORG_I);
        }
    }

    /// An organisation the tagger or a chain opened on a head that is written as
    /// a verb ([`VERB_HEADS`], after و/ف or not) is no organisation unless the
    /// word after it is a name: in a list, in a name list, or mostly inside names
    /// in training. ونادى المحرضين (he called on the inciters) is a verb and its
    /// object; نادى الزمالك is the club.
    fn verbs_are_no_heads(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        if !holds_any(labels, &[ORG_B]) {
            return;
        }
        for i in 0..labels.len() {
            // Only a word of `head_forms` can be one (نادى folds with نادي).
            if labels[i] != ORG_B
                || !self.head_forms.contains_key(&infos[i].norm)
                || !self.is_verb_head(words[i])
            {
                continue;
            }
            let named = infos.get(i + 1).is_some_and(|next| {
                next.gazetteer != 0
                    || next.triggers & NAME_WORDS != 0
                    || (next.stats.count > 0
                        && next.stats.shares[..3]
                            .iter()
                            .map(|&s| u32::from(s))
                            .sum::<u32>()
                            >= 128)
            });
            let end = i + 1 + labels[i + 1..].iter().take_while(|&&l| l == ORG_I).count();
            // Or a nisba after the genitive: تحالف القوى الوطنية, نادي الأسير
            // الفلسطيني (a verb's object takes none so often).
            let described = (i + 2..end).any(|j| self.shape(words[j]).nisba);
            if named || described {
                continue;
            }
            labels[i..end].fill(0);
        }
    }

    /// ونادى، فتحالف: a word of [`VERB_HEADS`] as written, after و/ف or not.
    fn is_verb_head(&self, raw: &str) -> bool {
        let folded = normalize(raw);
        let found = [folded.as_str()]
            .into_iter()
            .chain(folded.strip_prefix(['و', 'ف']))
            .any(|w| self.verb_heads.contains(&hash_exact(w)));
        found
    }

    /// المنظمة، للمنظمة، والمجلس: a head with the article, after و/ف and a
    /// preposition or not.
    fn is_definite_head(&self, raw: &str) -> bool {
        let folded = normalize(raw);
        let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
        let stem = ["ال", "لل", "بال", "كال"]
            .iter()
            .find_map(|article| bare.strip_prefix(article));
        stem.is_some_and(|stem| {
            let h = hash_word(stem);
            self.strong.contains(&h) || self.weak.contains(&h)
        })
    }

    /// A state word just before a place the tagger found opens that place's name:
    /// جمهورية كازاخستان is one place, not a word and a country.
    fn state_names(&self, words: &[&str], labels: &mut [u8]) {
        if !holds_any(labels, &[LOC_B]) {
            return;
        }
        for i in 0..words.len().saturating_sub(1) {
            if matches!(labels[i], 0 | 3)
                && labels[i + 1] == LOC_B
                && self.opens_state_name(&normalize(words[i]))
            {
                labels[i] = LOC_B;
                labels[i + 1] = LOC_I;
            }
        }
    }

    /// جمهورية، المملكة، لجمهورية، وبالمملكة: a state word that opens the
    /// name of the place after it, with the conjunction و/ف, a preposition
    /// ل/ب/ك and the article each allowed before it. دولة قطر، إمارة عجمان,
    /// and الدولة that the text speaks of (رئيس الدولة): a state or emirate
    /// word of [`STATES_OUTSIDE`] stays outside the name, as ANERcorp's
    /// annotators (13 times in 13) and the news sets' writers draw it.
    fn opens_state_name(&self, folded: &str) -> bool {
        let is_state = |w: &str| {
            let bare = w
                .strip_prefix("ال")
                .or_else(|| w.strip_prefix("لل"))
                .unwrap_or(w);
            self.states.contains(&hash_word(bare)) && !STATES_OUTSIDE.contains(&bare)
        };
        let after_conjunction = [folded].into_iter().chain(folded.strip_prefix(['و', 'ف']));
        after_conjunction
            .flat_map(|w| [w].into_iter().chain(w.strip_prefix(['ل', 'ب', 'ك'])))
            .any(is_state)
    }
}

/// Words (folded) that open a town's own name, before a word the tagger may
/// take for the place alone: أم درمان، عين زارة، بيت لحم، سان لوي.
const PLACE_OPENERS: &[&str] = &[
    "ام", "ابو", "عين", "بئر", "دير", "بيت", "كفر", "خان", "تل", "راس", "سيدي", "برج", "حاسي",
    "سان", "سانت", "نيو",
];

/// Phrase classes of the gazetteer (`gazetteer::CLASS_NAMES`) that can complete a
/// name of each type (PERS, LOC, ORG).
const PHRASE_TYPES: [&[usize]; 3] = [&[4], &[0, 1, 2], &[3]];

/// Names of the hand list, chosen one by one as well known (`gazetteer-hand.txt`):
/// the bits that mark one, its label and the training share (of
/// [`StemStats`](super::features::StemStats)) of its kind.
struct Chosen {
    begin: u16,
    inside: u16,
    label: u8,
    share: usize,
}

const CHOSEN_ORGANISATIONS: Chosen = Chosen {
    begin: CURATED_ORG_BEGIN,
    inside: CURATED_ORG_INSIDE,
    label: ORG_B,
    share: 2,
};

const CHOSEN_PLACES: Chosen = Chosen {
    begin: CURATED_PLACE_BEGIN,
    inside: CURATED_PLACE_INSIDE,
    label: LOC_B,
    share: 1,
};

/// Names of the hand list (folded, without the article) that are ordinary
/// words or another name with it: الحماس (zeal) is no حماس, nor الفتح (the
/// conquest) فتح, nor البترا (the city of Petra) بترا, Jordan's agency.
const ORDINARY_WITH_ARTICLE: &[&str] = &["حماس", "فتح", "امل", "بترا"];

/// An organisation of the hand list is one wherever the tagger left it alone
/// or found only names inside it (النيابة العامة، قطر للطاقة), and so is a place
/// of the hand list (المسجد الحرام, where the tagger found an organisation in
/// الحرام); of one word, only if the training text did not show it often
/// outside names of its kind (حماس is also zeal).
fn chosen_names(infos: &[TokenInfo], labels: &mut [u8], chosen: &Chosen) {
    let n = labels.len();
    let mut a = 0;
    while a < n {
        if infos[a].gazetteer & chosen.begin == 0 || is_inside(labels[a]) {
            a += 1;
            continue;
        }
        let mut end = a + 1;
        while end < n && infos[end].gazetteer & chosen.inside != 0 {
            end += 1;
        }
        let stats = infos[a].stats;
        // الحماس (zeal), الفتح، الأمل، البترا: with the article, the
        // ordinary word or the place.
        let ordinary = end == a + 1
            && infos[a].definite
            && ORDINARY_WITH_ARTICLE
                .iter()
                .any(|w| hash_word(w) == infos[a].stem);
        // A body's head and its genitive, then an adjective or بين: a body of
        // that kind, described (مجلس التعاون المشترك بين البلدين), not the
        // well-known one.
        let described = end > a + 1
            && infos[a].triggers & TRIGGER_ORG_HEAD != 0
            // (A name of the lists' own, مجلس الأمن, goes on into a longer
            // one: مجلس الأمن القومي الفلسطيني.)
            && infos[a].gazetteer & ORG_LIST_BEGIN == 0
            && infos.get(end).is_some_and(|t| {
                // (Not another name after و: لصندوق النقد والبنك الدولي.)
                t.definite && t.clitic_chars == 0 && !t.nationality && t.gazetteer & chosen.inside == 0
                    || t.norm == hash_word("بين")
            });
        // شارع الأزهر، منطقة الأزهر: a place named after the body.
        let place_named = chosen.label == ORG_B
            && end == a + 1
            && a > 0
            && infos[a - 1].triggers & TRIGGER_LOC_HEAD != 0;
        // A word training saw mostly outside names stays one (حماس, zeal),
        // though less often than most words would (الأزهر, brightest, is one
        // in five times).
        let common = ordinary
            || described
            || place_named
            || end == a + 1 && stats.count >= 3 && stats.shares[chosen.share] < 48;
        if common || labels.get(end).is_some_and(|&l| is_inside(l)) {
            a += 1;
            continue;
        }
        labels[a] = chosen.label;
        labels[a + 1..end].fill(chosen.label + 1);
        a = end;
    }
}

/// A verb in the imperfect plural (يفوزون، يطالبون): ي, three letters or
/// more, ون.
fn imperfect_plural(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    folded.starts_with('ي')
        && folded.ends_with("ون")
        && folded.chars().count() >= 6
        // يوهانسون، يونسون: a name the lists hold.
        && info.gazetteer == 0
        && info.triggers & NAME_WORDS == 0
}

/// A verb in the future (سيتحرك، ستعقد) right after a word with the article:
/// a definite noun is followed by its definite adjective or a name, never
/// by a bare word that opens as the future does, unless the lists know it.
fn future_after_definite(word: &str, info: &TokenInfo, before: &TokenInfo) -> bool {
    before.definite
        && !info.definite
        && info.clitic_chars == 0
        && info.gazetteer == 0
        && info.triggers & NAME_WORDS == 0
        && {
            let folded = normalize(word);
            future_verb(&folded) && folded.chars().count() >= 5
        }
}

/// A name the tagger ran on into a verb ends before it: طلاب [جامعة أسيوط]
/// يفوزون بالمركز الأول، [الاتحاد] سيتحرك، [جو بايدن] سيلتقي.
fn verbs_end_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let mut i = 1;
    while i < labels.len() {
        if is_inside(labels[i])
            && (words[i].starts_with('ي') && imperfect_plural(words[i], &infos[i])
                || future_after_definite(words[i], &infos[i], &infos[i - 1])
                || infos[i].future && infos[i].gazetteer == 0)
        {
            let mut end = i;
            while end < labels.len() && labels[end] == labels[i] {
                end += 1;
            }
            labels[i..end].fill(0);
            // [أوباما] سيلتقي [ميركل]: a person after the verb is a person of
            // their own when the word is one without its neighbours.
            if labels[i - 1] == PER_B || labels[i - 1] == PER_I {
                let after = i + 1;
                if after < end && infos[i].future && person_on_its_own(&infos[after]) {
                    labels[after] = PER_B;
                    labels[after + 1..end].fill(PER_I);
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

/// A word that is a person's name by itself: training saw it almost only in
/// persons' names, or the lists open a person's name with it and with nothing
/// else, and it is no common word.
fn person_on_its_own(info: &TokenInfo) -> bool {
    let trained = info.stats.count >= 2 && info.stats.shares[0] >= 192;
    let listed = info.gazetteer & PERSON_LIST_BEGIN != 0
        && info.gazetteer & (PLACE_LIST_BEGIN | ORG_LIST_BEGIN) == 0;
    (trained || listed) && !info.common_word && !info.future
}

/// Currencies, which the tagger may read as names (ريال of ريال مدريد,
/// دينار as a place), folded.
const CURRENCIES: &[&str] = &[
    "ريال",
    "ريالا",
    "ريالات",
    "دينار",
    "دينارا",
    "درهم",
    "درهما",
    "جنيه",
    "جنيها",
    "ليره",
];

/// Words of an amount that a currency follows (4 مليارات ريال), folded.
const AMOUNTS: &[&str] = &[
    "الف",
    "الاف",
    "مليون",
    "ملايين",
    "مليار",
    "مليارات",
    "بليون",
    "تريليون",
];

/// A currency after an amount is no name, nor the rest the tagger joined to
/// it: 4 مليارات ريال، 42.6 ريال (where ريال مدريد is a club).
fn currencies(words: &[&str], labels: &mut [u8]) {
    for i in 1..words.len() {
        // The first letters of every currency, before folding the word.
        let could = words[i].starts_with(['ر', 'د', 'ج', 'ل']);
        if labels[i] == 0 || !could || !CURRENCIES.contains(&normalize(words[i]).as_str()) {
            continue;
        }
        let before = words[i - 1];
        let amount = before.chars().any(super::tokenize::is_digit)
            || AMOUNTS.contains(&normalize(before).as_str());
        if !amount {
            continue;
        }
        // 2 ريال مدريد 1: a club the tagger went on with is a club.
        let goes_on = labels.get(i + 1) == Some(&(labels[i] + 1));
        if !is_inside(labels[i]) && !goes_on {
            labels[i] = 0;
        }
    }
}

/// A person or place the tagger found whose words are exactly a listed
/// organisation, and no listed place or person, is that organisation: اليونيسف
/// (which the tagger, knowing only its place-like neighbours, took for a place).
fn listed_organisations(infos: &[TokenInfo], labels: &mut [u8]) {
    let n = labels.len();
    let mut a = 0;
    while a < n {
        if labels[a] == 0 || is_inside(labels[a]) {
            a += 1;
            continue;
        }
        let mut b = a + 1;
        while b < n && labels[b] == labels[a] + 1 {
            b += 1;
        }
        let other_lists = PLACE_LIST_BEGIN | PERSON_LIST_BEGIN;
        if labels[a] != ORG_B
            && infos[a].gazetteer & ORG_LIST_BEGIN != 0
            && infos[a].gazetteer & other_lists == 0
            && listed_end(infos, a) == b
        {
            labels[a] = ORG_B;
            labels[a + 1..b].fill(ORG_I);
        }
        a = b;
    }
}

#[cfg(test)]
mod tests;
