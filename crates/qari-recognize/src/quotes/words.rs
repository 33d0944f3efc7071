//! The words that make a passage speech, name its speaker or mark it as a title.
//!
//! The lists are small, closed classes of Arabic (reporting verbs and their
//! participles, "according to", the words that introduce a title), so they live
//! here rather than in the tagger's gazetteer: changing them must not move the
//! tagger's features. Verbs are listed once by their past and present stems and
//! expanded to the forms news uses (و/ف before them; feminine, dual and plural
//! endings; the present tense), then folded and hashed as the tokens are, so a
//! token's class is one lookup of the hash it already has.

use super::super::features::TokenInfo;
use super::super::normalize::{hash_word, normalize, HashKeyed};

/// A reporting verb whose subject follows it (قال، وأضافت، يقول).
pub(crate) const VERB: u16 = 1;
/// A reporting verb that is also a common other word (بين "between", كتب
/// "books"): speech only when a colon or إن/أن follows it.
pub(crate) const WEAK: u16 = 2;
/// An adverbial participle whose subject came before it (مؤكدا، قائلا).
pub(crate) const PARTICIPLE: u16 = 4;
/// "According to": its speaker follows it (بحسب، وفق، وفقا، نقلا).
pub(crate) const ACCORDING: u16 = 8;
/// Reporting from someone else: the speaker follows عن (نقلت الصحيفة عن …).
pub(crate) const RELAYS: u16 = 16;
/// A word that names what follows it: a title, a slogan, a scare-quoted term
/// (كتاب، برنامج، حملة، شعار، يسمى).
pub(crate) const TITLE: u16 = 32;
/// A word that ends the description of a speaker (في، على، أن، أمس, a weekday).
pub(crate) const STOP: u16 = 64;
/// A described source rather than a name (مصدر، متحدث، مسؤول، شهود).
pub(crate) const SOURCE: u16 = 128;
/// Whom a speaker spoke to or through (للصحفيين، لوكالة): ends the speaker's description.
pub(crate) const AUDIENCE: u16 = 256;
/// إن، أن and their forms: what follows is what was said.
pub(crate) const THAT: u16 = 512;
/// A word before a colon that opens speech like a verb (قوله، كلمة، بيان).
pub(crate) const SAYING: u16 = 1024;

/// "His words" (قوله، تعبيره): after "according to" or على حد, the speaker is
/// the one before.
pub(crate) const OWN_WORDS: u16 = 2048;
/// A word a speaker says only of themself (أنا، إننا، أعتقد، لدينا، واجبي): the
/// first person, whole, with و or ف before it.
pub(crate) const FIRST_PERSON: u16 = 4096;
/// A word that opens the journalist's own sentence after speech (يذكر أن،
/// ويأتي ذلك): what was said has ended.
pub(crate) const RESUMES: u16 = 8192;

/// A preposition holding a pronoun, or a word of time, which no speaker's
/// description opens with (قال خلاله:، صرح به فلان, قال له:، أكد الأسبوع الماضي
/// أن), unless a name the tagger found starts there (صباح الخالد); see
/// `Context::subject`.
pub(crate) const NO_SPEAKER: u16 = 16384;

/// Reporting verbs as past/present stem (قال/قول: قال، قالت، يقول، تقولون …).
const VERBS: &str = "قال/قول أضاف/ضيف أكد/ؤكد أوضح/وضح صرح/صرح أشار/شير شدد/شدد \
     أعلن/علن خاطب/خاطب اعتبر/عتبر أفاد/فيد أردف/ردف علق/علق \
     أجاب/جيب حذر/حذر رأى/رى دعا/دعو روى/روي غرد/غرد استطرد/ستطرد \
     اختتم/ختتم نفى/نفي تساءل/تساءل استدرك/ستدرك اعترف/عترف \
     استبعد/ستبعد رجح/رجح نبه/نبه نوه/نوه ناشد/ناشد هدد/هدد";
/// Reporting verbs that are also common other words.
const WEAK_VERBS: &str = "ذكر/ذكر بين/بين تابع/تابع كتب/كتب لفت/لفت دون/دون رد/رد \
     كشف/كشف طالب/طالب توقع/توقع ختم/ختم أعرب/عرب أورد/ورد";

/// Forms the endings above do not make (verbs ending in ا or ى drop it).
const IRREGULAR: &str = "دعت دعوا رأت رأوا روت رووا نفت نفوا";

const PARTICIPLES: &str = "قائلا مضيفا مؤكدا موضحا مصرحا مبينا مشيرا متابعا مشددا معلنا \
     مخاطبا معتبرا لافتا مفيدا مردفا معلقا مجيبا محذرا متسائلا مستدركا معترفا \
     منبها مطالبا متوقعا مستبعدا مرجحا مختتما مهددا";

const ACCORDING_WORDS: &str = "بحسب حسب حسبما بحسبما وبحسب وحسب وفق وفقا ووفق ووفقا طبقا \
     وطبقا نقلا ونقلا";

const RELAY_STEMS: &str = "نقل نقلت تنقل ينقل نقلوا نقلتها نقله نقلته";

const TITLES: &str =
    "قصيدة قصيدته نشيد كتاب كتابه كتابها رواية روايته روايتها ديوان برنامج برنامجه \
     حملة مسلسل فيلم مسرحية أغنية ألبوم مبادرة شعار عنوان بعنوان \
     مهرجان مؤتمر منتدى ندوة معرض جائزة مسابقة صحيفة جريدة مجلة \
     قناة وكالة موقع وسم هاشتاغ هاشتاج عملية مشروع قانون خطة يسمى \
     تسمى سمي سماه سمته سموه أسماه أسمته يسميه تسميه يعرف تعرف المسمى المعروف المعروفة مصطلح عبارة وصفه \
     وصفها وصفوه وصفته تسمية لقب حساب صفحة منصة تطبيق اسم تنظيم جماعة \
     كتائب فصيل شبكة فرقة تيار ميليشيا قضية ملف صفقة معركة اتفاقية \
     تقرير تقريره تقريرها دراسة دراسته دراستها وثيقة استراتيجية \
     القمر الصاروخ المسبار";

const STOPS: &str = "في على عن إلى الى من مع خلال أمام عبر لدى حول بعد قبل عقب \
     أثناء أمس اليوم يوم مساء صباح ليلة حيث الذي التي الذين أيضا \
     كذلك بدوره بدورها قوله قولها ما لا قد ل لـ ب بـ و ثم فيما \
     بينما لكن السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء \
     الخميس الجمعة هذا هذه ذلك إنه إنها أنه أنها بأنه بأنها إنهم \
     أنهم هو هي هم هما نحن أنا فيه فيها فيهم له لها لهم لنا لي عليه \
     عليها منه منها عنه عنها إليه إليها معه معها نفسه نفسها حتى يلي \
     مرة كما بل فقط أكثر بالقول بقوله بقولها تحدث تحدثت تحدثوا تحدثا \
     طلب طلبت طلبوا فضلت فضلوا رفض رفضت رفضوا مجددا";

const SOURCES: &str = "مصدر مصادر متحدث متحدثة ناطق ناطقة مسؤول مسؤولة مسؤولون \
     مسؤولين شاهد شهود مراسل مراسلة مسعف مسعفون دبلوماسي \
     دبلوماسيون محلل خبير خبراء مواطن مواطنون سكان أحد إحدى عضو \
     أعضاء مصدرا مسؤولا متحدثا ناطقا شاهدا مراسلا دبلوماسيا دبلوماسيين \
     محللا خبيرا مواطنا مواطنين مسعفين";

const AUDIENCES: &str = "صحفيين صحافيين صحافة صحفي إعلام إعلاميين وسائل تلفزيون إذاعة \
     وكالة قناة صحيفة جريدة مجلة موقع بوابة شبكة مراسل مراسلي";

const THATS: &str = "إن أن بأن وإن وأن فإن إنه أنه بأنه";

const SAYINGS: &str = "قوله قولها قولهم كلمة كلمته كلمتها بيان بيانه بيانها بلاغ تصريح \
     تصريحه تصريحات تغريدة رسالة خطاب خطابه حديثه حديثها متلفزة تقرير تقريره \
     تقريرها دراسة وثيقة تصريحاته تصريحاتها مداخلته مداخلتها حواره حوارها \
     كلامه كلامها";

/// Pronouns, particles and prepositions with the first person's ending, the
/// first person's past where it differs from the third's (كنت، قلت، رأيت), and
/// nouns a speaker says of their own office (واجبي، بصفتي). Nouns that end in ي
/// as adjectives do (بلدي "municipal", أصلي "original") are left out.
const FIRST_PERSON_WORDS: &str = "أنا نحن إنني إننا أنني أننا إني بأنني بأننا لأنني \
     لأننا لكنني لكننا لي عني معي لدي عندي لنا عنا منا معنا لدينا عندنا علينا \
     إلينا فينا نفسي أنفسنا بصفتي باعتباري كنت كنا قلت قلنا لست لسنا زرت قمت \
     عدت رأيت التقيت تلقيت أجريت سعيت دعوت واجبي رأيي بلادي حكومتي زيارتي قلبي \
     حياتي مسؤوليتي زملائي";

/// Verbs of speech, belief and will in the present after أ (I) or ن (we):
/// أعتقد، نؤكد، أرجو. A form that is also a past or a noun (أعلن "he announced",
/// أوجه "aspects", أصلي "original", أمل "hope") is left out.
const FIRST_PERSON_STEMS: &str = "عتقد ؤكد رى ريد ود عتبر دعو شكر تمنى عرف طالب رفض \
     قول كرر درك ثق شعر توقع حث ناشد تعهد طمئن ؤمن ظن تفهم خشى رحب حيي نوي سعى \
     تحدث ستطيع حتاج لتزم واصل قف سمح تطلع نتظر حترم بذل فكر رجو عترف تابع عيش \
     حب عمل كتب زور سمع طلب";

/// Sentence openings that give the journalist's voice back.
const RESUMING: &str = "يذكر ويذكر يشار ويشار يأتي ويأتي تأتي وتأتي يجدر ويجدر";

/// Prepositions with a pronoun of the third person, words of time, and the
/// name or identity a source kept back (رفض ذكر اسمه، لم تكشف عن هويته; see
/// [`NO_SPEAKER`]).
const NO_SPEAKERS: &str = "خلاله خلالها فيه فيها فيهم منه منها منهم عنه عنها عنهم \
     له لها لهم عليه عليها عليهم إليه إليها به بها معه معها عنده عندها أمامه \
     أمامها بعده بعدها الأسبوع الشهر الماضي الماضية المقبل المقبلة أمس مساء صباح \
     الليلة حينها حينذاك حينئذ وقتها وقتذاك آنذاك يومها يومذاك عندئذ لاحقا \
     ساعتها ليلتها اسمه اسمها اسمهم هويته هويتها هويتهم";

const OWN: &str = "قوله قولها قولهم تعبيره تعبيرها تعبيرهم وصفه وصفها وصفهم";

/// Every word class, keyed by the hash of the folded word; built once per
/// recogniser.
#[derive(Debug, Clone, Default)]
pub(crate) struct QuoteWords {
    by_norm: HashKeyed<u16>,
}

impl QuoteWords {
    pub(crate) fn new() -> Self {
        let mut w = Self::default();
        let verbs = VERBS.split_whitespace().map(|v| (v, VERB));
        let weak = WEAK_VERBS.split_whitespace().map(|v| (v, VERB | WEAK));
        for (verb, class) in verbs.chain(weak) {
            let (past, present) = verb.split_once('/').unwrap_or((verb, verb));
            let mut forms = Vec::new();
            for end in ["", "ت", "وا", "ا", "تا"] {
                forms.push(format!("{past}{end}"));
            }
            for person in ["ي", "ت"] {
                for end in ["", "ون", "ان"] {
                    forms.push(format!("{person}{present}{end}"));
                }
            }
            for form in forms {
                for clitic in ["", "و", "ف"] {
                    w.add(&format!("{clitic}{form}"), class);
                }
            }
        }
        for form in IRREGULAR.split_whitespace() {
            for clitic in ["", "و", "ف"] {
                w.add(&format!("{clitic}{form}"), VERB);
            }
        }
        for p in PARTICIPLES.split_whitespace() {
            let p = normalize(p);
            let feminine = format!("{}ه", p.trim_end_matches('ا'));
            for form in [p.clone(), format!("و{p}"), feminine] {
                w.add(&form, PARTICIPLE);
            }
        }
        for (list, class) in [
            (ACCORDING_WORDS, ACCORDING),
            (TITLES, TITLE),
            (STOPS, STOP),
            (SOURCES, SOURCE),
            (AUDIENCES, AUDIENCE),
            (THATS, THAT),
            (SAYINGS, SAYING),
            (OWN, OWN_WORDS),
            (NO_SPEAKERS, NO_SPEAKER),
        ] {
            for word in list.split_whitespace() {
                w.add(word, class);
            }
        }
        for word in FIRST_PERSON_WORDS.split_whitespace() {
            for clitic in ["", "و", "ف"] {
                w.add(&format!("{clitic}{word}"), FIRST_PERSON);
            }
        }
        for stem in FIRST_PERSON_STEMS.split_whitespace() {
            for person in ["أ", "ن"] {
                for clitic in ["", "و", "ف", "س", "وس", "فس", "ل", "ول"] {
                    w.add(&format!("{clitic}{person}{stem}"), FIRST_PERSON);
                }
            }
        }
        for word in RESUMING.split_whitespace() {
            w.add(word, RESUMES);
        }
        for stem in RELAY_STEMS.split_whitespace() {
            for clitic in ["", "و", "ف"] {
                w.add(&format!("{clitic}{stem}"), RELAYS);
            }
        }
        w
    }

    fn add(&mut self, word: &str, class: u16) {
        *self.by_norm.entry(hash_word(&normalize(word))).or_default() |= class;
    }

    /// A folded word of the form ل + an audience (لوكالة، لقناة): the stem
    /// lookup misses it when ل is not stripped from an unknown word.
    pub(crate) fn is_audience_after_l(&self, folded: &str) -> bool {
        folded.strip_prefix('ل').is_some_and(|rest| {
            let rest = rest.strip_prefix('ل').unwrap_or(rest);
            let rest = rest.strip_prefix("ال").unwrap_or(rest);
            self.by_norm
                .get(&hash_word(rest))
                .is_some_and(|c| c & AUDIENCE != 0)
        })
    }

    /// Whether a token is a reporting verb (one lookup: the cheap test run on
    /// every token of the text).
    pub(crate) fn is_verb(&self, info: &TokenInfo) -> bool {
        self.by_norm
            .get(&info.norm)
            .is_some_and(|c| c & (VERB | WEAK) == VERB)
    }

    /// A folded word that is a reporting verb's past with an object pronoun
    /// (أورده، ذكرته، نقلها: what a source reported).
    pub(crate) fn is_verb_with_object(&self, folded: &str) -> bool {
        let Some(verb) = folded
            .strip_suffix("ها")
            .or_else(|| folded.strip_suffix('ه'))
        else {
            return false;
        };
        self.by_norm
            .get(&hash_word(verb))
            .is_some_and(|c| c & (VERB | RELAYS) != 0)
    }

    /// The classes of a token's whole folded form only.
    pub(crate) fn whole_classes(&self, info: &TokenInfo) -> u16 {
        self.by_norm.get(&info.norm).copied().unwrap_or(0)
    }

    /// The classes of a token: of its whole folded form, and of its stem for the
    /// classes that take the article and proclitics (titles, sources, audiences).
    pub(crate) fn classes(&self, info: &TokenInfo) -> u16 {
        let whole = self.by_norm.get(&info.norm).copied().unwrap_or(0);
        let stem = self.by_norm.get(&info.stem).copied().unwrap_or(0);
        whole | (stem & (TITLE | SOURCE | AUDIENCE | SAYING))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(words: &QuoteWords, w: &str) -> u16 {
        let folded = normalize(w);
        let info = TokenInfo {
            norm: hash_word(&folded),
            stem: hash_word(folded.strip_prefix("ال").unwrap_or(&folded)),
            ..TokenInfo::default()
        };
        words.classes(&info)
    }

    #[test]
    fn reporting_verbs_in_the_forms_news_uses() {
        let w = QuoteWords::new();
        for verb in [
            "قال",
            "وقالت",
            "فقالوا",
            "يقول",
            "وتقول",
            "يقولون",
            "أضاف",
            "وأضافت",
            "يضيف",
            "أكدوا",
            "ويؤكد",
            "أوضحتا",
            "صرح",
            "أشارت",
            "وشددت",
            "دعت",
            "ودعوا",
            "رأت",
            "نفت",
        ] {
            assert_eq!(class(&w, verb) & (VERB | WEAK), VERB, "{verb}");
        }
        for weak in ["بين", "وذكرت", "كتب", "تابع", "ورد"] {
            assert_eq!(class(&w, weak) & (VERB | WEAK), VERB | WEAK, "{weak}");
        }
        for participle in ["مؤكدا", "ومضيفا", "مشيرة", "قائلا", "قائلة"] {
            assert_ne!(class(&w, participle) & PARTICIPLE, 0, "{participle}");
        }
        for other in ["بيت", "قالب", "الكتاب", "مصر", "في"] {
            assert_eq!(class(&w, other) & (VERB | PARTICIPLE), 0, "{other}");
        }
    }

    #[test]
    fn the_first_person_in_the_forms_speech_uses() {
        let w = QuoteWords::new();
        let first = |word: &str| {
            let folded = normalize(word);
            let info = TokenInfo {
                norm: hash_word(&folded),
                ..TokenInfo::default()
            };
            w.whole_classes(&info) & FIRST_PERSON != 0
        };
        for word in [
            "أنا",
            "ونحن",
            "فإنني",
            "لكننا",
            "لدينا",
            "أعتقد",
            "ونؤكد",
            "سنواصل",
            "لنطالب",
            "أرجو",
            "كنت",
            "واجبي",
            "بصفتي",
        ] {
            assert!(first(word), "{word}");
        }
        // A past or a noun that a first person would spell alike is left out.
        for word in [
            "أعلن",
            "أوضح",
            "أمل",
            "أوجه",
            "أصلي",
            "قالت",
            "الحكومة",
            "هنا",
        ] {
            assert!(!first(word), "{word}");
        }
    }

    #[test]
    fn titles_sources_and_audiences_take_the_article() {
        let w = QuoteWords::new();
        assert_ne!(class(&w, "البرنامج") & TITLE, 0);
        assert_ne!(class(&w, "المصدر") & SOURCE, 0);
        assert_ne!(class(&w, "الصحفيين") & AUDIENCE, 0);
        assert!(w.is_audience_after_l(&normalize("لوكالة")));
        assert!(w.is_audience_after_l(&normalize("للصحفيين")));
        assert!(!w.is_audience_after_l(&normalize("لبنان")));
    }
}
