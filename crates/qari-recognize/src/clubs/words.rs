//! The word lists of a match report, and the tests of one word that the
//! rules of [`super::Clubs`] share: what a club, a side, a result or a score
//! is said with, kept apart from the rules that read them.

use crate::chains::{
    definite_nisba, future_verb, COUNTRY_LIST_BEGIN, PLACE_LIST_BEGIN, PLACE_LIST_INSIDE,
};
use crate::features::TokenInfo;
use crate::gazetteer::{
    TRIGGER_FAMILY, TRIGGER_GIVEN, TRIGGER_LOC_HEAD, TRIGGER_NAME, TRIGGER_ORG_HEAD,
};
use crate::normalize::normalize;

/// Words of a match report (folded, without the article and proclitics, as a
/// token's stem): a sentence is about a match when [`MATCH_WORDS_NEEDED`] of
/// them stand within [`MATCH_REACH`] sentences of it. Words that politics
/// uses too (هدف a target, جولة a tour, فاز an election, تغلب على الصعوبات)
/// are left out.
pub(super) const MATCH_WORDS: &[&str] = &[
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
pub(super) const MATCH_WORDS_NEEDED: usize = 3;

/// Sentences before and after a sentence whose match words count for it.
pub(super) const MATCH_REACH: usize = 2;

/// Words after which only a club stands (stems, as [`MATCH_WORDS`]): the
/// host, the guest, the rival, the coach, the fans, the team. A place, an
/// unseen word or an organisation there is a club.
pub(super) const BEFORE_CLUBS: &[&str] = &[
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
pub(super) const RIVALS: &[&str] = &["ضيفه", "مضيفه", "منافسه", "غريمه", "تقليدي"];

/// Words a team is named by in the construct state (فريق العربي, never an
/// adjective: that is الفريق العربي), folded: the definite word after one is
/// the club's name, but for [`TEAMS_OF`].
pub(super) const TEAM_WORDS: &[&str] = &["فريق", "لفريق", "وفريق", "بفريق", "ففريق"];

/// What a team of a club may be rather than the club (فريق الشباب, its
/// youth side; فريق الكرة) or who else is a team (فريق التحكيم، فريق
/// الإنقاذ), folded.
pub(super) const TEAMS_OF: &[&str] = &[
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
pub(super) const HOSTS: &[&str] = &["ضيفه", "مضيفه"];

/// Words before a club's name that make it the place of a match instead
/// (في ليون، إلى ليون), folded.
pub(super) const VENUE_WORDS: &[&str] = &["في", "الى", "من", "مدينه"];

/// Words after which a club often stands, and as often a place, a person or
/// a country (أمام، مباراة، مرمى): only an organisation the tagger found or a
/// listed club is taken there.
pub(super) const NEAR_CLUBS: &[&str] = &[
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
pub(super) const RESULT_VERBS: &[&str] = &[
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
pub(super) const VERB_REACH: usize = 3;

/// Prepositions after a verb of a result (folded, whole).
pub(super) const RESULT_PREPOSITIONS: &[&str] = &["على", "علي", "مع", "امام"];

/// Words of a score right after a result's object (folded): فاز على الخليج
/// بهدف نظيف، تعادل مع التعاون سلبيا. Digits count too (تغلب على الفتح 3-1).
pub(super) const SCORE_WORDS: &[&str] = &[
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
pub(super) const MATCH_SIDES: &[&str] = &[
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
pub(super) const NOT_SIDES: &[&str] = &[
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
pub(super) const FACING_VERBS: &[&str] = &["يستضيف", "استضاف", "واجه", "يواجه", "يلاقي", "لاقى"];

/// Clubs named by common words or places, well known across the Arab leagues
/// and Europe's, which a match report often names with nothing around them
/// (افتتح الرجاء التسجيل). Hand-written from general knowledge; names that are
/// also a country's (قطر، الكويت) or a word a match report uses for other
/// things (الاتحاد, a federation; الشباب, the youth team; الاتفاق, an
/// agreement; الجيش، العربي) are left out.
pub(super) const CLUBS: &[&str] = &[
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
pub(super) const LONGEST_CLUB: usize = 3;

/// A nationality's nisba with the article, masculine, and alone (الفرنسي):
/// after a city's name, the club it names (ليون الفرنسي), since a city's
/// own adjective is feminine (ليون الفرنسية).
pub(super) fn masculine_nationality(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    info.nationality && info.clitic_chars == 0 && folded.starts_with("ال") && folded.ends_with('ي')
}

/// A word that can be a club's name the tagger did not find: one the training
/// text did not see, with letters and without a proclitic before it, and no
/// nisba with the article nor a feminine word without it, which describe
/// (الفريق الإيفواري، جماهير غفيرة), nor what reads as a verb in the future
/// or a noun with a pronoun (الجماهير ستلعب، أمام جماهيرنا).
pub(super) fn unseen(word: &str, info: &TokenInfo) -> bool {
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
pub(super) fn definite(word: &str) -> bool {
    let folded = normalize(word);
    ["ال", "وال", "فال", "بال"]
        .iter()
        .any(|p| folded.starts_with(p))
}

/// A listed place, no country, that the training text saw seldom or mostly
/// as a place: no particle (إن), head (نادي) or common word the lists hold too.
pub(super) fn listed_city(t: &TokenInfo) -> bool {
    t.gazetteer & PLACE_LIST_BEGIN != 0
        && t.gazetteer & COUNTRY_LIST_BEGIN == 0
        && t.clitic_chars == 0
        && t.stem_len >= 3
        && t.triggers & (TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) == 0
        && (t.stats.count <= 2 || t.stats.shares[1] >= 64)
}
