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

use super::features::TokenInfo;
use super::gazetteer::{
    CURATED_ORG_BEGIN, CURATED_ORG_INSIDE, CURATED_PLACE_BEGIN, CURATED_PLACE_INSIDE,
    TRIGGER_FAMILY, TRIGGER_GIVEN, TRIGGER_LOC_HEAD, TRIGGER_NAME, TRIGGER_PARTICLE, TRIGGER_TITLE,
};
use super::normalize::{hash_exact, hash_word, normalize, HashKeyed};

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
];

/// Weak heads that, with a definite genitive and an adjective after it, are an
/// institution's name whatever the tagger said (مجلس النواب المغربي، صندوق
/// الاستثمارات العامة، جهاز الاستخبارات العامة، دائرة الأوقاف الإسلامية), where
/// شركة النفط الروسية or حركة الطيران المروحي is a description.
const NAMED_BY_ADJECTIVE: &[&str] = &["مجلس", "صندوق", "مجمع", "مكتب", "لجنه", "جهاز", "دائره"];

/// Genitives that name a council by its members (مجلس الوزراء، مجلس النواب،
/// مجلس الشيوخ), folded: the institution of a state, where مجلس الإدارة is any
/// company's board. ANERcorp leaves them out (مجلس الوزراء 16 times in its
/// training text, never a name); the reader takes them.
const MEMBERS: &[&str] = &[
    "الوزراء",
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
/// News readers take the whole as a place (see [`Chains::facilities`]).
const FACILITIES: &[&str] = &["مطار", "ميناء", "مرفا", "ملعب", "استاد"];

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
];

/// Ordinals that end as a nisba does (الأولى، الثانية) but describe rather than
/// name (الشركة القطرية الأولى), without the article.
const ORDINALS: &[&str] = &[
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
];

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

/// Words that open a state's formal name before the name of the place: جمهورية
/// كازاخستان، المملكة المغربية.
pub(crate) const STATES: &[&str] = &["جمهوريه", "مملكه", "اماره", "سلطنه", "امارات"];

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
const LONGEST: usize = 5;

/// Labels as the tagger numbers them (`features::TYPES`: B = 1 + 2t, I = 2 + 2t).
pub(crate) const PER_B: u8 = 1;
pub(crate) const LOC_B: u8 = 3;
pub(crate) const LOC_I: u8 = 4;
pub(crate) const ORG_B: u8 = 5;
pub(crate) const ORG_I: u8 = 6;
const NAME_BITS: u8 = TRIGGER_GIVEN | TRIGGER_FAMILY | TRIGGER_NAME;

/// The begin and inside bits of the gazetteer's organisation entries (class 3 of
/// `gazetteer::CLASS_NAMES`) in [`TokenInfo::gazetteer`].
const ORG_LIST_BEGIN: u16 = 1 << 6;
const ORG_LIST_INSIDE: u16 = 1 << 7;

/// The begin and inside bits of the gazetteer's countries, cities and regions
/// (classes 0 to 2).
pub(crate) const PLACE_LIST_BEGIN: u16 = 1 | 1 << 2 | 1 << 4;
pub(crate) const PLACE_LIST_INSIDE: u16 = PLACE_LIST_BEGIN << 1;

/// The begin and inside bits of the gazetteer's people (class 4).
pub(crate) const PERSON_LIST_BEGIN: u16 = 1 << 8;
pub(crate) const PERSON_LIST_INSIDE: u16 = 1 << 9;

/// The end of the list entry that begins at `start`.
fn listed_end(infos: &[TokenInfo], start: usize) -> usize {
    let mut end = start + 1;
    while end < infos.len() && infos[end].gazetteer & ORG_LIST_INSIDE != 0 {
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

/// An I- label: a name that began on an earlier word.
fn is_inside(label: u8) -> bool {
    label != 0 && label.is_multiple_of(2)
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
    /// Begins with the conjunction و or ف: a new phrase, not this name.
    conjoined: bool,
    stop: bool,
    /// Definite with a stem of three letters or more: a noun, not الله.
    long: bool,
    /// A noun of time ([`TIMES`]).
    time: bool,
    /// Begins with the preposition ل (لحقوق، للانتخابات): a complement that can
    /// close an organisation's name (الاتحاد الأفريقي لكرة القدم).
    lam: bool,
    /// A complement with ل whose noun is a head (للنادي، لمحكمة): the body
    /// that a phrase before it belongs to (المركز الإعلامي للنادي), not a name.
    lam_head: bool,
    letters: bool,
    /// Long enough to be a noun rather than a particle (في، من، هو، عن).
    content: bool,
}

fn word(raw: &str, lists: &Chains) -> Word {
    let folded = normalize(raw);
    let letters = !folded.is_empty()
        && folded
            .chars()
            .all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
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
    let preposed = after_preposition.is_some();
    let bare = after_preposition.unwrap_or(bare);
    let (definite, stem) = match (bare.strip_prefix("ال"), bare.strip_prefix("لل")) {
        (Some(rest), _) | (None, Some(rest)) if rest.chars().count() >= 2 => (true, rest),
        _ => (false, bare),
    };
    let lam = !conjoined && folded.starts_with('ل') && !folded.starts_with("ال");
    // للنادي is a complement, never an adjective.
    let nisba = definite
        && !preposed
        && !lam
        && !lists.ordinals.contains(&hash_word(stem))
        && (stem.ends_with(['ي', 'ى']) || stem.ends_with("يه"))
        && stem.chars().count() >= 4;
    Word {
        lam,
        lam_head: lam && (preposed || definite && is_head(stem) != (false, false)),
        long: definite && stem.chars().count() >= 3,
        time: lists.times.contains(&hash_word(stem)),
        head: is_head(bare) != (false, false),
        strong: is_head(bare).0,
        definite,
        nisba,
        conjoined,
        stop: lists.stops.contains(&hash_word(&folded)),
        letters,
        content: folded.chars().count() >= 3 && !lists.particles.contains(&hash_word(&folded)),
    }
}

fn institution_forms(heads: &[&str]) -> HashKeyed<()> {
    let mut forms = HashKeyed::default();
    for head in heads {
        for conjunction in ["", "و", "ف"] {
            for preposition in ["", "ل", "ب", "ك"] {
                forms.insert(hash_word(&format!("{conjunction}{preposition}{head}")), ());
            }
        }
    }
    forms
}

fn head_forms() -> HashKeyed<()> {
    let mut forms = HashKeyed::default();
    for head in STRONG_HEADS.iter().chain(WEAK_HEADS) {
        for conjunction in ["", "و", "ف"] {
            for preposition in ["", "ل", "ب", "ك"] {
                for article in ["", "ال"] {
                    let form = format!("{conjunction}{preposition}{article}{head}");
                    forms.insert(hash_word(&form), ());
                }
            }
        }
    }
    forms
}

/// Whether a folded word is, whole, one of the words that head a body's or a
/// state's name (بلدية، ولاية، وزارة): its first letter is no proclitic.
pub(crate) fn heads_a_name(folded: &str) -> bool {
    let bare = folded.strip_prefix("ال").unwrap_or(folded);
    [
        STRONG_HEADS,
        WEAK_HEADS,
        PLACE_INSTITUTIONS,
        FACILITIES,
        BODIES,
        STATES,
        PROVINCES,
    ]
    .iter()
    .any(|heads| heads.contains(&bare))
}

/// Lists hashed once.
#[derive(Debug, Clone)]
pub(crate) struct Chains {
    strong: Vec<u64>,
    weak: Vec<u64>,
    particles: Vec<u64>,
    /// Every spelling of a head of [`PLACE_INSTITUTIONS`] that
    /// [`Chains::institutions`] takes, by folded hash (as `head_forms`).
    institutions: HashKeyed<()>,
    /// Every spelling of a head of [`FACILITIES`], as `institutions`.
    facilities: HashKeyed<()>,
    /// Every spelling of a head of [`BODIES`], as `institutions`.
    bodies: HashKeyed<()>,
    /// [`ADJECTIVES`], by folded hash.
    adjectives: Vec<u64>,
    /// [`NAMED_BY_ADJECTIVE`], by folded hash.
    named_by_adjective: Vec<u64>,
    /// Every spelling of a head of [`OUTSIDE_HEADS`], as `institutions`, and
    /// whether it stays outside before a definite word.
    outside: HashKeyed<bool>,
    /// [`VERB_HEADS`], by [`hash_exact`] (ى apart from ي).
    verb_heads: Vec<u64>,
    states: Vec<u64>,
    times: Vec<u64>,
    /// [`ORDINALS`], by folded hash.
    ordinals: Vec<u64>,
    /// [`MEMBERS`], by folded hash.
    members: Vec<u64>,
    stops: Vec<u64>,
    /// Every spelling [`word`] takes for a head (و/ف, then ل/ب/ك, then ال, each
    /// or not, before a head), by folded hash: a sentence with none of them has
    /// no chain, and its words need not be looked at one by one.
    head_forms: HashKeyed<()>,
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
            verb_heads: VERB_HEADS.iter().map(|h| hash_exact(h)).collect(),
            states: STATES.iter().map(|h| hash_word(h)).collect(),
            times: TIMES.iter().map(|h| hash_word(h)).collect(),
            ordinals: ORDINALS.iter().map(|h| hash_word(h)).collect(),
            members: MEMBERS.iter().map(|h| hash_word(h)).collect(),
            stops: STOPS.iter().map(|h| hash_word(&normalize(h))).collect(),
            head_forms: head_forms(),
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
        chosen_names(infos, labels, &CHOSEN_ORGANISATIONS);
        self.organisations(words, infos, labels, false);
        self.verbs_are_no_heads(words, infos, labels);
        self.listed_after_heads(words, infos, labels);
        acronyms(words, labels);
        self.heads_outside(words, infos, labels);
        self.nationalities_after_names(words, infos, labels);
        self.state_names(words, labels);
        self.whole_phrases(words, infos, labels);
        chosen_names(infos, labels, &CHOSEN_PLACES);
        listed_organisations(infos, labels);
        after_particles(words, infos, labels);
        given_before_particles(words, infos, labels);
        self.names_after_descriptions(words, infos, labels);
        names_in_al_din(words, infos, labels);
        places_after_place_words(infos, labels);
        self.names_before_people(words, infos, labels);
        family_after_given(words, infos, labels);
        conjoined_names(words, infos, labels);
        places_after_generic_heads(words, infos, labels);
        self.adjectives_are_no_places(words, infos, labels);
    }

    /// A name the tagger found inside a longer list entry of its kind takes the
    /// whole entry (مكة → مكة المكرمة), over words the tagger left outside any
    /// name or in names of the same kind that the entry joins. A place does not take a nisba the list adds (القدس [الشرقية]):
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
                if end <= b
                    || !labels[b..end].iter().all(|&l| same(l))
                    || labels.get(end) == Some(&(labels[a] + 1))
                {
                    continue;
                }
                let place = ty == 1;
                if place && (start..a).chain(b..end).any(|j| self.shape(words[j]).nisba) {
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

    /// A person's name the tagger missed after the description that introduces
    /// it: a given name of the lists and a name word or a word training never
    /// showed after it, right after a definite word (المدير العام سفيان مقراني، وكيل الوزارة ضياء جعفر
    /// الموسوي، نائبة رئيس المكتب لبنى الحاج عمر). The name runs on over the
    /// name words and particles that follow, four words at most. Name words are
    /// as the lists have them, three letters or more and no particle (في and من
    /// are names in some list), and not words the training text showed mostly
    /// outside names (علي for على in careless spelling, مزيد).
    fn names_after_descriptions(&self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let name_word = |j: usize| {
            let info = &infos[j];
            let particle = info.triggers & TRIGGER_PARTICLE != 0
                && info.triggers & TRIGGER_TITLE == 0
                && info.clitic_chars == 0;
            !seen_outside_people(info)
                && (particle || self.name_word(words[j], info))
                && !normalize(words[j]).starts_with("لل")
        };
        // A word training never showed, no article or clitic on it: a
        // family name the lists lack (سفيان مقراني).
        let unseen = |j: usize| {
            infos[j].stats.count == 0
                && infos[j].clitic_chars == 0
                && !words[j].starts_with("ال")
                && words[j]
                    .chars()
                    .filter(|c| ('\u{0621}'..='\u{064A}').contains(c))
                    .count()
                    >= 3
        };
        let mut i = 1;
        while i + 1 < labels.len() {
            let described = (words[i - 1].starts_with("ال") || words[i - 1].starts_with("لل"))
                && labels[i - 1] == 0
                && infos[i - 1].triggers & NAME_BITS == 0;
            // The tagger may have found the given name alone (خالد of
            // الأردني خالد حنيفات): its family name goes with it.
            if !described
                || !matches!(labels[i], 0 | 1)
                || labels[i + 1] != 0
                || infos[i].triggers & TRIGGER_GIVEN == 0
                || words[i].starts_with("ال")
                || !name_word(i)
                || !(name_word(i + 1) || unseen(i + 1))
            {
                i += 1;
                continue;
            }
            let mut end = i + 2;
            while end < labels.len() && end < i + 4 && labels[end] == 0 && name_word(end) {
                end += 1;
            }
            labels[i] = 1;
            labels[i + 1..end].fill(2);
            i = end;
        }
    }

    /// A one-word place that could be a definite adjective agreeing with the
    /// common noun before it is that adjective: الظروف القاهرة، القوة القاهرة
    /// (overwhelming), not Cairo. The noun must be definite, no name, title or
    /// head of a place (العاصمة القاهرة), and agree with a feminine adjective: a
    /// feminine noun (القوة، الحالات) or a broken plural of the shapes فعول and
    /// أفعال (الظروف، الأوضاع). الوفد القاهرة (the delegation … Cairo) keeps its
    /// place.
    fn adjectives_are_no_places(&self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        for i in 1..labels.len() {
            if labels[i] != LOC_B || labels.get(i + 1) == Some(&LOC_I) || labels[i - 1] != 0 {
                continue;
            }
            let place = normalize(words[i]);
            if !place.starts_with("ال") || !place.ends_with('ه') || infos[i].clitic_chars > 0 {
                continue;
            }
            let before = &infos[i - 1];
            if before.triggers & (NAME_BITS | TRIGGER_TITLE | TRIGGER_LOC_HEAD) != 0
                || before.gazetteer != 0
            {
                continue;
            }
            let noun = normalize(words[i - 1]);
            let noun = noun.strip_prefix(['و', 'ف']).unwrap_or(&noun);
            let noun = noun.strip_prefix(['ب', 'ك']).unwrap_or(noun);
            let stem = match (noun.strip_prefix("ال"), noun.strip_prefix("لل")) {
                (Some(rest), _) | (None, Some(rest)) => rest,
                _ => continue,
            };
            if self.stops.contains(&hash_word(noun)) {
                continue;
            }
            let letters: Vec<char> = stem.chars().collect();
            let feminine = letters.len() >= 3 && (stem.ends_with('ه') || stem.ends_with("ات"));
            let broken = letters.len() == 4
                && (letters[2] == 'و' || (letters[0] == 'ا' && letters[2] == 'ا'));
            if feminine || broken {
                labels[i] = 0;
            }
        }
    }

    /// A word of the name lists as written, with no clitic, no title and three
    /// letters or more, that is no particle (في، من and غير are names in some
    /// list too).
    fn name_word(&self, word: &str, info: &TokenInfo) -> bool {
        info.triggers & NAME_BITS != 0
            && info.triggers & TRIGGER_TITLE == 0
            && info.clitic_chars == 0
            && {
                let folded = normalize(word);
                folded.chars().count() >= 3 && !self.particles.contains(&hash_word(&folded))
            }
    }

    /// A word of the name lists the tagger left just before a person it found is
    /// the start of that person's name when a nationality or a title stands before
    /// it: الإسباني بيب غوارديولا، الأرجنتيني أليكسيس ماك أليستر. A definite head
    /// the tagger joined to such a word is no organisation (للمنظمة تيدروس).
    fn names_before_people(&self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        // As written: أليكسيس folds to a word that begins like the article.
        let bare_name =
            |j: usize| !words[j].starts_with("ال") && self.name_word(words[j], &infos[j]);
        for i in (1..labels.len().saturating_sub(1)).rev() {
            if labels[i + 1] != 1 || !bare_name(i) {
                continue;
            }
            // A definite head the tagger ran into the person's first name is no
            // organisation (المدير العام للمنظمة تيدروس أدهانوم): the name is
            // the person's. (حركة حماس and مدرب ليفربول keep their names.)
            if labels[i] == ORG_I && labels[i - 1] == ORG_B && self.is_definite_head(words[i - 1]) {
                labels[i - 1] = 0;
                labels[i] = 1;
                labels[i + 1] = 2;
                continue;
            }
            if labels[i] != 0 {
                continue;
            }
            let mut first = i;
            while first > 1 && labels[first - 1] == 0 && bare_name(first - 1) {
                first -= 1;
            }
            let before = word(words[first - 1], self);
            if before.nisba && !before.conjoined && labels[first - 1] == 0 {
                labels[first] = 1;
                labels[first + 1..=i + 1].fill(2);
            }
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
        self.organisations(words, infos, labels, true);
        self.verbs_are_no_heads(words, infos, labels);
        self.whole_phrases(words, infos, labels);
        self.nationalities_after_names(words, infos, labels);
        acronyms(words, labels);
        self.listed_with_heads(words, infos, labels);
        self.bodies_of_places(words, infos, labels);
        listed_places_after_where(words, infos, labels);
        self.facilities(words, infos, labels);
        for i in 0..labels.len().saturating_sub(1) {
            // A listed place the tagger left alone after an institution's head
            // is that place: مستشفى العريش.
            if labels[i] == 0
                && labels[i + 1] == 0
                && infos[i + 1].gazetteer & PLACE_LIST_BEGIN != 0
                && !seen_as_common(&infos[i + 1])
                && self.is_institution(infos[i].norm)
            {
                labels[i + 1] = LOC_B;
                let mut j = i + 2;
                while j < labels.len()
                    && labels[j] == 0
                    && infos[j].gazetteer & PLACE_LIST_INSIDE != 0
                {
                    labels[j] = LOC_I;
                    j += 1;
                }
            }
            let next = labels[i + 1];
            let institution = self.is_institution(infos[i].norm);
            if labels[i] != 0
                || !matches!(next, ORG_B | LOC_B)
                || !(institution || self.head_forms.contains_key(&infos[i].norm))
            {
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
        if !w.definite || w.conjoined || w.stop || w.time {
            return false;
        }
        let folded = normalize(raw);
        let stem = folded.strip_prefix("ال").unwrap_or(&folded);
        let participle = stem.starts_with('م') && stem.chars().count() >= 5;
        self.adjectives.contains(&hash_word(&folded))
            || (participle && next.is_some_and(|n| (n.nisba || n.lam) && !n.conjoined))
    }

    /// A definite adjective that can close an institution's name: a nisba
    /// (الدولي) or one of [`ADJECTIVES`] (العام).
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
    /// their adjectives.
    fn nationalities_after_names(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
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
                && !adjective.conjoined
                && name.letters
                && !name.definite
                && !name.head
                && !common
                && info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
            {
                while j < labels.len() && labels[j] == ORG_I {
                    labels[j] = 0;
                    j += 1;
                }
            }
            j += 1;
        }
    }

    /// A head of [`FACILITIES`] before a place or a person the tagger found
    /// (مطار الملك خالد, the title too), or before a listed place it left
    /// alone, is one place with them and with the adjectives after them
    /// (الدولي).
    fn facilities(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        let mut i = 0;
        while i + 1 < n {
            if labels[i] != 0 || !self.facilities.contains_key(&infos[i].norm) {
                i += 1;
                continue;
            }
            // الملك خالد: a title before the person.
            let at = if labels[i + 1] == 0 && infos[i + 1].triggers & TRIGGER_TITLE != 0 {
                i + 2
            } else {
                i + 1
            };
            let mut end = match labels.get(at) {
                Some(&(1 | 3)) => {
                    let mut end = at + 1;
                    while end < n && labels[end] == labels[at] + 1 {
                        end += 1;
                    }
                    end
                }
                Some(0) if at == i + 1 && infos[at].gazetteer & PLACE_LIST_BEGIN != 0 => {
                    let mut end = at + 1;
                    while end < n
                        && labels[end] == 0
                        && infos[end].gazetteer & PLACE_LIST_INSIDE != 0
                    {
                        end += 1;
                    }
                    end
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            // مرفأ بيروت القاضي …: a title opens a person, whatever its ending.
            while end < n
                && labels[end] == 0
                && infos[end].triggers & TRIGGER_TITLE == 0
                && self.is_adjective(words[end])
            {
                end += 1;
            }
            labels[i] = LOC_B;
            labels[i + 1..end].fill(LOC_I);
            i = end;
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
            if !head.head
                || head.strong
                || head.definite
                || self.is_verb_head(words[i])
                || !self.shape(words[i + 1]).definite
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
                    || next.triggers & NAME_BITS != 0
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
        for i in 0..words.len().saturating_sub(1) {
            if matches!(labels[i], 0 | 3) && labels[i + 1] == LOC_B {
                let folded = normalize(words[i]);
                if self.is_state_word(&folded) {
                    labels[i] = LOC_B;
                    labels[i + 1] = LOC_I;
                }
            }
        }
    }

    /// جمهورية، المملكة، لجمهورية، وبالمملكة: a state word, with the conjunction
    /// و/ف, a preposition ل/ب/ك and the article each allowed before it.
    fn is_state_word(&self, folded: &str) -> bool {
        let is_state = |w: &str| {
            let bare = w
                .strip_prefix("ال")
                .or_else(|| w.strip_prefix("لل"))
                .unwrap_or(w);
            self.states.contains(&hash_word(bare))
        };
        let after_conjunction = [folded].into_iter().chain(folded.strip_prefix(['و', 'ف']));
        after_conjunction
            .flat_map(|w| [w].into_iter().chain(w.strip_prefix(['ل', 'ب', 'ك'])))
            .any(is_state)
    }

    /// `alone` false: the chains the tagger began (ANERcorp's names, for
    /// [`Chains::complete`]); true: only a strong head's chains that the tagger
    /// found none of, which ANERcorp leaves out (وزارة الدفاع: 42 ministries in
    /// its training text, none of them a name), for [`Chains::institutions`].
    fn organisations(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
        alone: bool,
    ) {
        let heads: Vec<bool> = infos
            .iter()
            .map(|t| self.head_forms.contains_key(&t.norm))
            .collect();
        if !heads.contains(&true) {
            return;
        }
        // Only a word of `head_forms` can be a head, and a head's chain looks
        // at most LONGEST + 1 words on: the other words' shapes are never
        // read but for `head`, false in the default as it is in theirs.
        let mut shapes = vec![Word::default(); words.len()];
        let mut until = 0;
        for (j, w) in words.iter().enumerate() {
            if heads[j] {
                until = j + LONGEST + 2;
            }
            if j < until {
                shapes[j] = self.shape(w);
            }
        }
        let titled = |j: usize| shapes[j].head || infos[j].triggers & TRIGGER_TITLE != 0;
        let mut i = 0;
        while i < words.len() {
            let head = shapes[i];
            let inside_other = is_inside(labels[i]) && labels[i] != ORG_I;
            if !head.head || inside_other {
                i += 1;
                continue;
            }
            let next_is_place = matches!(labels.get(i + 1), Some(3 | 4));
            // المحكمة العليا: one of [`ADJECTIVES`] names as a nisba does.
            let adjective_next = shapes
                .get(i + 1)
                .is_some_and(|w| w.nisba && !w.stop && !w.conjoined)
                || infos
                    .get(i + 1)
                    .is_some_and(|t| self.adjectives.contains(&t.norm));
            if head.definite && !next_is_place && !adjective_next {
                // المجلس alone is any council.
                i += 1;
                continue;
            }
            let mut end = i + 1;
            // Still in the construct chain (indefinite words only so far), and
            // whether a name has closed it (only adjectives may follow a name).
            let (mut construct, mut after_name) = (!head.definite, false);
            // Each of these may extend a chain once: a complement with ل
            // (للانتخابات، لحقوق الإنسان) and a second genitive after و
            // (العدالة والتنمية).
            let (mut complemented, mut coordinated) = (false, false);
            let mut last_coordinate = 0;
            // A complement with the article (للانتخابات), not one in the
            // construct state, which mostly gives a purpose (لتحقيق النجاح).
            // (A definite purpose, للصيانة after a verb, still passes.)
            let mut named_complement = false;
            // Where the adjectives right after a definite head end.
            let mut adjectives_end = None;
            while end < words.len() && end - i <= LONGEST {
                let w = shapes[end];
                let title = infos[end].triggers & TRIGGER_TITLE != 0 && !w.head;
                let previous = shapes[end - 1];
                // A list of genitives goes on (للتربية والعلم والثقافة).
                let listed_on = coordinated && last_coordinate == end - 1;
                let coordinate = w.conjoined
                    && w.long
                    && !w.head
                    && !w.stop
                    && (!coordinated || listed_on)
                    && !after_name
                    && end > i + 1
                    && previous.long
                    && (!previous.conjoined || listed_on)
                    // الجيش اللبناني واليونيفيل: after a definite head's
                    // adjective, another body (وزارة التربية والتعليم goes on).
                    && !(head.definite && previous.nisba)
                    && labels[end] == 0;
                // جامعة الملك سعود, but not الجامعة الدكتورة منيرة.
                let title_ends = title && (end > i + 1 || head.definite);
                if !w.letters || (w.conjoined && !coordinate) || w.stop || title_ends {
                    break;
                }
                let definite_next = shapes
                    .get(end + 1)
                    .is_some_and(|n| n.definite && n.letters && !n.conjoined && !n.stop);
                let complement = labels[end] == 0
                    && w.lam
                    && !w.lam_head
                    && !w.time
                    && !complemented
                    && end > i + 1
                    && (previous.definite || after_name)
                    && (w.definite || (definite_next && w.content));
                let continues = match labels[end] {
                    _ if complement || coordinate => true,
                    _ if after_name => w.nisba,
                    // A person joins only after a head or a title: جامعة الملك سعود.
                    1 | 2 => titled(end - 1),
                    // جامعة القاهرة: a place in the genitive, not after it;
                    // after it, a place that is a nisba is an adjective
                    // (الشركة السعودية، وزارة الخارجية السعودية).
                    // (الاتحاد السوفياتي stays a place: the tagger's place
                    // began at the head).
                    3 => construct || (w.nisba && !w.conjoined),
                    4 => construct,
                    5 | 6 => true,
                    _ => {
                        // After the genitive (الأمن) only adjectives: الجماعي,
                        // المصدرة، العامة.
                        (w.definite
                            && (construct
                                || w.nisba
                                || self.is_adjective_form(words[end], &w, shapes.get(end + 1))))
                            || (infos[end].triggers & NAME_BITS != 0 && titled(end - 1))
                            // معاهدة الأمن, كبار العلماء: an indefinite word in the
                            // chain needs a definite one after it.
                            || (construct && definite_next && w.content)
                            // محكمة جنايات عمان، شركة نفط ميسان: or a place the
                            // tagger found.
                            || (construct
                                && w.content
                                && !w.definite
                                && labels.get(end + 1) == Some(&LOC_B))
                    }
                };
                if !continues {
                    break;
                }
                if complement || coordinate {
                    complemented |= complement;
                    named_complement |= complement && w.definite;
                    adjectives_end.get_or_insert(end);
                    coordinated |= coordinate;
                    if coordinate {
                        last_coordinate = end;
                    }
                    after_name = false;
                    construct = !w.definite;
                } else {
                    after_name = matches!(labels[end], 1..=4)
                        || (!w.definite && infos[end].triggers & NAME_BITS != 0);
                    construct &= !w.definite;
                }
                end += 1;
            }
            // The tagger's organisation running on past the chain is kept whole.
            while end < words.len() && labels[end] == ORG_I {
                end += 1;
            }
            let tagged = labels[i..end].iter().any(|&l| l == ORG_B || l == ORG_I);
            // مجلس النواب المغربي، صندوق الاستثمارات العامة: a head of
            // [`NAMED_BY_ADJECTIVE`], its definite genitive and an adjective.
            // The adjective agrees with the head (مجلس … المغربي، دائرة …
            // الإسلامية) or with a plural genitive in ات (صندوق الاستثمارات
            // العامة), not with neither (مجلس الوزراء [جلسته] الأسبوعية).
            // Like a strong head's chain, one the tagger did not begin is for
            // the reader alone.
            let feminine = |j: usize| normalize(words[j]).ends_with('ه');
            let adjectival = || {
                end >= i + 3
                    && self
                        .named_by_adjective
                        .contains(&hash_word(normalize(words[i]).trim_start_matches("ال")))
                    && shapes[i + 1].definite
                    && (shapes[end - 1].nisba
                        || self.is_adjective_form(words[end - 1], &shapes[end - 1], None))
                    && (feminine(i) == feminine(end - 1)
                        || (feminine(end - 1) && normalize(words[i + 1]).ends_with("ات")))
            };
            // Read only where it decides: a chain the tagger did not begin,
            // on a head that is not strong.
            // اللجنة الوطنية المستقلة للانتخابات، المركز الوطني للأرصاد: a
            // definite head with two adjectives, or one and a complement, is
            // named by them, where one nisba alone may describe (الشركة
            // الروسية).
            let described_twice =
                head.definite && (named_complement || adjectives_end.unwrap_or(end) >= i + 3);
            // مجلس الوزراء: a council and its members, alone or with more;
            // after a title (رئيس مجلس الوزراء), the title's words.
            let council = || {
                !head.definite
                    && (i == 0 || infos[i - 1].triggers & TRIGGER_TITLE == 0)
                    && shapes[i + 1].definite
                    && normalize(words[i]).ends_with("مجلس")
                    && self.members.contains(&infos[i + 1].norm)
            };
            let mut taken = if alone {
                !tagged && (head.strong || described_twice || adjectival())
            } else {
                tagged
            };
            if alone && !taken && end >= i + 2 && council() {
                taken = true;
                // جلسة مجلس الوزراء الأسبوعية: an adjective that does not
                // agree with the council is the session's.
                if feminine(end - 1) != feminine(i) {
                    end = i + 2;
                }
            }
            if end == i + 1 || !taken {
                i += 1;
                continue;
            }
            if labels[i] != ORG_I {
                labels[i] = ORG_B;
            }
            labels[i + 1..end].fill(ORG_I);
            // A name the chain took the start of keeps its rest as a name of its own.
            if end < words.len() && is_inside(labels[end]) {
                labels[end] -= 1;
            }
            i = end;
        }
    }
}

/// An organisation's acronym in brackets right after its name is that
/// organisation too: وكالة الأنباء السعودية (واس)، حلف شمال الأطلسي (الناتو).
/// A name the tagger found there keeps its label: ريال مدريد (إسبانيا).
fn acronyms(words: &[&str], labels: &mut [u8]) {
    for i in 1..labels.len().saturating_sub(2) {
        let arabic = |w: &str| {
            w.chars()
                .all(|c| ('\u{0621}'..='\u{064A}').contains(&c) || c == '\u{0640}')
        };
        if matches!(labels[i - 1], ORG_B | ORG_I)
            && words[i] == "("
            && words[i + 2] == ")"
            && labels[i + 1] == 0
            && arabic(words[i + 1])
        {
            labels[i + 1] = ORG_B;
        }
    }
}

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
        let common = end == a + 1 && stats.count >= 3 && stats.shares[chosen.share] < 64;
        if common || labels.get(end).is_some_and(|&l| is_inside(l)) {
            a += 1;
            continue;
        }
        labels[a] = chosen.label;
        labels[a + 1..end].fill(chosen.label + 1);
        a = end;
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

/// A person the tagger found as one given name, followed by a definite word
/// the training text never showed, goes on with it: that word is a family name
/// (عبدالله السواحه، فراس الهواري). A given name with the article is a noun
/// first (الأسد, the lion).
fn family_after_given(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for i in 0..labels.len().saturating_sub(1) {
        let lone = labels[i] == 1 && labels[i + 1] == 0;
        if !lone || infos[i].triggers & TRIGGER_GIVEN == 0 {
            continue;
        }
        let folded = normalize(words[i]);
        let definite = folded
            .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .unwrap_or(&folded)
            .starts_with("ال")
            || folded.starts_with("ال");
        if definite {
            continue;
        }
        let next = words[i + 1];
        let unseen = infos[i + 1].stats.count == 0;
        if unseen
            && next.starts_with("ال")
            && next.chars().count() >= 5
            && infos[i + 1].triggers & TRIGGER_TITLE == 0
        {
            labels[i + 1] = 2;
        }
    }
}

/// A person's name never ends on بن، أبو، آل or عبد: the next word is part of it
/// (عبدالعزيز بن عبدالله آل الشيخ).
fn after_particles(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for i in 0..labels.len().saturating_sub(1) {
        let person = matches!(labels[i], 1 | 2);
        if person
            && labels[i + 1] == 0
            && infos[i].triggers & TRIGGER_PARTICLE != 0
            && words[i + 1]
                .chars()
                .next()
                .is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        {
            labels[i + 1] = 2;
        }
    }
}

/// A person's name the tagger began on أبو، بن، آل or عبد right after a given
/// name of the lists that it left alone begins on that given name: كمال أبو
/// الرب، محمد بن سلمان (the particle never opens a name after one).
fn given_before_particles(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for p in 1..labels.len() {
        let before = &infos[p - 1];
        if labels[p] == 1
            && labels[p - 1] == 0
            && infos[p].triggers & TRIGGER_PARTICLE != 0
            && before.triggers & TRIGGER_GIVEN != 0
            && before.triggers & TRIGGER_TITLE == 0
            && before.clitic_chars == 0
            && !words[p - 1].starts_with("ال")
            // Seen in training mostly outside names: a noun first (فوز
            // عبد الفتاح, the win of; خليفة, the successor of).
            && !seen_outside_people(before)
        {
            labels[p - 1] = 1;
            labels[p] = 2;
        }
    }
}

/// Names of the form X الدين (بهي الدين، نور الدين، صلاح الدين): a person the
/// tagger ended before الدين, or before a name word of the lists and الدين,
/// ends after it (أحمد بهي الدين); رجال الدين (clerics) is no name.
fn names_in_al_din(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let din = |w: &str| normalize(w) == "الدين";
    let bare = |j: usize| {
        let folded = normalize(words[j]);
        infos[j].triggers & NAME_BITS != 0
            && !folded.starts_with("ال")
            && !folded.starts_with(['و', 'ف'])
            && folded.chars().count() >= 2
            && folded
                .chars()
                .all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
    };
    let mut i = 1;
    while i < labels.len() {
        let person_before = matches!(labels[i - 1], 1 | 2);
        if person_before && labels[i] == 0 && din(words[i]) && bare(i - 1) {
            labels[i] = 2;
        } else if person_before
            && i + 1 < labels.len()
            && labels[i] == 0
            && labels[i + 1] == 0
            && bare(i)
            && din(words[i + 1])
        {
            labels[i] = 2;
            labels[i + 1] = 2;
            i += 1;
        }
        i += 1;
    }
}

/// A place or person the tagger ran on over و into the next listed name is two
/// names (الإمارات ومصر، كاسياس وراموس): a word inside it that opens with the
/// conjunction and whose rest begins a list entry of the same kind, after a word
/// that ends one, begins a name of its own. A span the list holds whole
/// (البوسنة والهرسك) matches as one entry, so its second word begins none;
/// organisations (وزارة التربية والتعليم) are left alone.
fn conjoined_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for i in 1..labels.len() {
        let (begin, inside) = match labels[i] {
            LOC_I => (PLACE_LIST_BEGIN, PLACE_LIST_INSIDE),
            2 => (PERSON_LIST_BEGIN, PERSON_LIST_INSIDE),
            _ => continue,
        };
        let g = infos[i].gazetteer;
        if words[i].starts_with('و')
            && infos[i].clitic_chars > 0
            && !infos[i].whole_given
            && g & begin != 0
            && g & inside == 0
            && infos[i - 1].gazetteer & (begin | inside) != 0
        {
            labels[i] -= 1;
        }
    }
}

/// Words for the land around a place that are no part of its name: ريف درعا is
/// the countryside of Daraa, whose name is درعا (ريف دمشق as well).
const GENERIC_PLACE_HEADS: &[&str] = &["ريف"];

/// A generic head of [`GENERIC_PLACE_HEADS`] the tagger read as a place, or as
/// the start of one, before a place stays outside it, and the place after it
/// is one: ريف [درعا].
fn places_after_generic_heads(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for i in 0..labels.len().saturating_sub(1) {
        // Folded only when it can be one (no head folds to letters it lacks).
        let could = GENERIC_PLACE_HEADS.iter().any(|h| words[i].contains(h));
        if !could || !matches!(labels[i], 0 | LOC_B) {
            continue;
        }
        let folded = normalize(words[i]);
        let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
        let bare = bare.strip_prefix(['ب', 'ل']).unwrap_or(bare);
        if !GENERIC_PLACE_HEADS.contains(&bare) {
            continue;
        }
        let listed = infos[i + 1].gazetteer & PLACE_LIST_BEGIN != 0;
        match labels[i + 1] {
            LOC_I | LOC_B => {}
            0 if listed => {}
            _ => continue,
        }
        labels[i] = 0;
        labels[i + 1] = LOC_B;
        let mut j = i + 2;
        while j < labels.len() && labels[j] == 0 && infos[j].gazetteer & PLACE_LIST_INSIDE != 0 {
            labels[j] = LOC_I;
            j += 1;
        }
    }
}

/// Words before a place that say where (في، إلى، من), folded.
const WHERE: &[&str] = &["في", "الى", "من"];

/// Words after a place that close the phrase it ends (وصل إلى مسقط أمس،
/// عقده في مسقط، قادما من مسقط إلى), folded: not a genitive (مسقط رأسه).
const AFTER_WHERE: &[&str] = &[
    "في",
    "على",
    "من",
    "الى",
    "عن",
    "مع",
    "امس",
    "اليوم",
    "غدا",
    "حيث",
    "منذ",
    "خلال",
    "قبل",
    "بعد",
];

/// A listed place of one word that the tagger left alone after في، إلى or من,
/// when the training text saw the word seldom (so not a common word the lists
/// hold too, صور "pictures") and the phrase ends after it (وصلوا إلى مسقط على
/// متن …, not مسقط رأسه): the tagger, which learned mostly from the places its
/// training text named, distrusts the rest of a list.
fn listed_places_after_where(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let folded_in = |w: &str, list: &[&str]| list.contains(&normalize(w).as_str());
    for i in 1..labels.len() {
        let t = &infos[i];
        let next_closes = words
            .get(i + 1)
            .is_none_or(|w| !w.chars().any(char::is_alphanumeric) || folded_in(w, AFTER_WHERE));
        if labels[i] == 0
            && t.gazetteer & PLACE_LIST_BEGIN != 0
            && infos
                .get(i + 1)
                .is_none_or(|n| n.gazetteer & PLACE_LIST_INSIDE == 0)
            && t.clitic_chars == 0
            && (t.stats.count <= 2 || t.stats.shares[1] >= 64)
            && words[i].chars().count() >= 3
            && folded_in(words[i - 1], WHERE)
            && next_closes
        {
            labels[i] = LOC_B;
        }
    }
}

/// A name right after a word that opens a place (مدينة، قرية، العاصمة) is that
/// place, even when its words are people's names (مدينة نور سلطان).
fn places_after_place_words(infos: &[TokenInfo], labels: &mut [u8]) {
    for i in 0..labels.len().saturating_sub(1) {
        if infos[i].triggers & TRIGGER_LOC_HEAD == 0 || labels[i] != 0 || labels[i + 1] != 1 {
            continue;
        }
        labels[i + 1] = LOC_B;
        for label in labels[i + 2..].iter_mut().take_while(|l| **l == 2) {
            *label = LOC_I;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::StemStats;

    /// What the reader sees: [`Chains::complete`], then [`Chains::institutions`].
    fn org(words: &str, tagged: &[u8]) -> Vec<u8> {
        labels_of(words, tagged, true)
    }

    /// [`Chains::complete`] alone: ANERcorp's conventions.
    fn anercorp(words: &str, tagged: &[u8]) -> Vec<u8> {
        labels_of(words, tagged, false)
    }

    fn labels_of(words: &str, tagged: &[u8], reader: bool) -> Vec<u8> {
        let words: Vec<&str> = words.split(' ').collect();
        let infos: Vec<TokenInfo> = words
            .iter()
            .map(|w| TokenInfo {
                triggers: if matches!(*w, "الملك" | "رئيس") {
                    TRIGGER_TITLE
                } else {
                    0
                },
                norm: hash_word(&normalize(w)),
                ..TokenInfo::default()
            })
            .collect();
        let mut labels = tagged.to_vec();
        labels.resize(words.len(), 0);
        let mut chains = Chains::new();
        chains.complete(&words, &infos, &mut labels);
        if reader {
            chains.institutions(&words, &infos, &mut labels);
        }
        labels
    }

    #[test]
    fn a_head_takes_its_genitive_chain() {
        assert_eq!(org("أعلنت وزارة الدفاع أمس", &[]), [0, 5, 6, 0]);
        assert_eq!(
            org("قوات منظمة معاهدة الأمن الجماعي ستصل", &[]),
            [0, 5, 6, 6, 6, 0]
        );
        assert_eq!(org("قرار هيئة كبار العلماء في", &[]), [0, 5, 6, 6, 0]);
        assert_eq!(
            org("التابع لمنظمة معاهدة الأمن الجماعي ،", &[]),
            [0, 5, 6, 6, 6, 0]
        );
        // A place after the chain's adjective is no longer its genitive.
        assert_eq!(
            org("منظمة معاهدة الأمن الجماعي أرمينيا", &[0, 0, 0, 0, 3]),
            [5, 6, 6, 6, 3]
        );
    }

    #[test]
    fn a_name_takes_the_whole_list_entry_and_the_word_after_a_particle() {
        let words = ["قال", "جو", "بايدن", "أمس"];
        let mut infos = vec![TokenInfo::default(); 4];
        // A person entry of two words begins at جو (class 4: begin bit 8, inside bit 9).
        infos[1].gazetteer = 1 << 8;
        infos[2].gazetteer = 1 << 9;
        let mut labels = vec![0, 1, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 2, 0]);
        // A person entry does not stretch a place.
        let mut labels = vec![0, 3, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 3, 0, 0]);

        let words = ["الشيخ", "عبدالعزيز", "آل", "الشيخ", "قال"];
        let mut infos = vec![TokenInfo::default(); 5];
        infos[2].triggers = TRIGGER_PARTICLE;
        let mut labels = vec![0, 1, 2, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 2, 2, 0]);
    }

    #[test]
    fn a_place_takes_its_whole_list_entry_but_no_nisba() {
        // A city entry (class 1: begin bit 2, inside bit 3) of two words.
        let place = |words: &[&str], tagged: &[u8]| {
            let mut infos = vec![TokenInfo::default(); words.len()];
            infos[1].gazetteer = 1 << 2;
            infos[2].gazetteer = 1 << 3;
            let mut labels = tagged.to_vec();
            Chains::new().complete(words, &infos, &mut labels);
            labels
        };
        assert_eq!(
            place(&["وزار", "مكة", "المكرمة", "أمس"], &[0, 3, 0, 0]),
            [0, 3, 4, 0]
        );
        // The tagger's own choice stands where the entry adds a nisba.
        assert_eq!(
            place(&["في", "القدس", "الشرقية", "أمس"], &[0, 3, 0, 0]),
            [0, 3, 0, 0]
        );
        // A word the tagger put in another name is not taken.
        assert_eq!(
            place(&["وزار", "مكة", "المكرمة", "أمس"], &[0, 3, 1, 0]),
            [0, 3, 1, 0]
        );
        // Two places the entry makes one.
        assert_eq!(
            place(&["في", "ساو", "باولو", "أمس"], &[0, 3, 3, 0]),
            [0, 3, 4, 0]
        );
    }

    #[test]
    fn a_name_that_is_exactly_a_listed_organisation_is_one() {
        let (words, infos) = listed("وأعلنت اليونيسف أن", &[(1, 2)]);
        let mut labels = vec![0, 3, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 0]);
        // A word listed as a place as well keeps the tagger's kind.
        let (words, mut infos) = listed("وأعلنت اليونيسف أن", &[(1, 2)]);
        infos[1].gazetteer |= 1 << 2;
        let mut labels = vec![0, 3, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 3, 0]);
        // A place that is only part of the entry keeps its kind.
        let (words, infos) = listed("في برج القاهرة أمس", &[(1, 3)]);
        let mut labels = vec![0, 0, 3, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 3, 0]);
    }

    #[test]
    fn a_chosen_organisation_or_landmark_is_one_wherever_the_tagger_left_it() {
        let chosen = |words: &str, bits: (u16, u16), a: usize, b: usize, tagged: &[u8]| {
            let words: Vec<&str> = words.split(' ').collect();
            let mut infos = vec![TokenInfo::default(); words.len()];
            infos[a].gazetteer = bits.0;
            for info in &mut infos[a + 1..b] {
                info.gazetteer = bits.1;
            }
            let mut labels = tagged.to_vec();
            Chains::new().complete(&words, &infos, &mut labels);
            (labels, infos)
        };
        let org = (CURATED_ORG_BEGIN, CURATED_ORG_INSIDE);
        let place = (CURATED_PLACE_BEGIN, CURATED_PLACE_INSIDE);
        let (labels, _) = chosen("وأحالت النيابة العامة المتهمين", org, 1, 3, &[0, 0, 0, 0]);
        assert_eq!(labels, [0, 5, 6, 0]);
        // A place the tagger found inside it (قطر للطاقة) is taken in.
        let (labels, _) = chosen("وقالت قطر للطاقة إن", org, 1, 3, &[0, 3, 0, 0]);
        assert_eq!(labels, [0, 5, 6, 0]);
        let (labels, _) = chosen("في المسجد الحرام أمس", place, 1, 3, &[0, 0, 5, 0]);
        assert_eq!(labels, [0, 3, 4, 0]);
        // A name the tagger ran on past the entry is left as it is.
        let (labels, _) = chosen("قال النيابة العامة الفلانية", org, 1, 3, &[0, 5, 6, 6]);
        assert_eq!(labels, [0, 5, 6, 6]);
        // One word the training text often showed outside organisations.
        let words: Vec<&str> = "أبدى حماس كبيرا".split(' ').collect();
        let mut infos = vec![TokenInfo::default(); 3];
        infos[1].gazetteer = CURATED_ORG_BEGIN;
        infos[1].stats.count = 40;
        infos[1].stats.shares = [0, 0, 20, 0];
        let mut labels = vec![0, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 0]);
    }

    #[test]
    fn a_given_and_a_name_word_after_a_description_are_a_person() {
        let run = |words: &[&str], infos: &[TokenInfo]| {
            let mut labels = vec![0; words.len()];
            Chains::new().complete(words, infos, &mut labels);
            labels
        };
        let words = ["وقال", "المدير", "العام", "سفيان", "مقراني", "إن"];
        let mut infos = vec![TokenInfo::default(); 6];
        infos[3].triggers = TRIGGER_GIVEN;
        // مقراني: training never showed it.
        assert_eq!(run(&words, &infos), [0, 0, 0, 1, 2, 0]);
        // A word training showed, mostly outside names, is no family name.
        infos[4].stats.count = 30;
        assert_eq!(run(&words, &infos), [0; 6]);
        // Listed name words run on: ضياء جعفر الموسوي.
        let words = ["وكيل", "الوزارة", "ضياء", "جعفر", "الموسوي", "خلال"];
        let mut infos = vec![TokenInfo::default(); 6];
        infos[2].triggers = TRIGGER_GIVEN;
        infos[3].triggers = TRIGGER_GIVEN;
        infos[4].triggers = TRIGGER_FAMILY;
        infos[5].stats.count = 50;
        assert_eq!(run(&words, &infos), [0, 0, 1, 2, 2, 0]);
        // A given name the tagger found alone takes its family name.
        let words = ["وزير", "الزراعة", "الأردني", "خالد", "حنيفات", "بوفد"];
        let mut infos = vec![TokenInfo::default(); 6];
        infos[3].triggers = TRIGGER_GIVEN;
        infos[5].stats.count = 5;
        let mut labels = vec![0, 0, 0, 1, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 0, 1, 2, 0]);
        // Not after a word without the article.
        let words = ["وقال", "مدير", "سفيان", "مقراني"];
        let mut infos = vec![TokenInfo::default(); 4];
        infos[2].triggers = TRIGGER_GIVEN;
        assert_eq!(run(&words, &infos), [0; 4]);
    }

    #[test]
    fn a_given_name_before_a_particle_and_a_name_in_al_din_are_the_persons() {
        let words = ["قال", "كمال", "أبو", "الرب", "إن"];
        let mut infos = vec![TokenInfo::default(); 5];
        infos[1].triggers = TRIGGER_GIVEN;
        infos[2].triggers = TRIGGER_PARTICLE;
        let mut labels = vec![0, 0, 1, 2, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 2, 2, 0]);
        // A title before the particle is no part of the name.
        infos[1].triggers = TRIGGER_TITLE;
        let mut labels = vec![0, 0, 1, 2, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 1, 2, 0]);

        let words = ["وقال", "أحمد", "بهي", "الدين", "إن"];
        let mut infos = vec![TokenInfo::default(); 5];
        infos[2].triggers = TRIGGER_GIVEN;
        let mut labels = vec![0, 1, 0, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 2, 2, 0]);
        let mut labels = vec![0, 1, 2, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 2, 2, 0]);
        // الدين after a word no list has as a name: رجال الدين, clerics.
        let words = ["التقى", "محمد", "رجال", "الدين"];
        let infos = vec![TokenInfo::default(); 4];
        let mut labels = vec![0, 1, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 0, 0]);
    }

    #[test]
    fn a_name_after_a_place_word_is_a_place() {
        let words = ["في", "مدينة", "نور", "سلطان", "أمس"];
        let mut infos = vec![TokenInfo::default(); 5];
        infos[1].triggers = TRIGGER_LOC_HEAD;
        let mut labels = vec![0, 0, 1, 2, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 3, 4, 0]);
        // Not when the person stands further on, or the head is part of a name.
        let mut labels = vec![0, 0, 0, 1, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 0, 1, 0]);
    }

    #[test]
    fn name_words_between_a_nationality_and_a_person_open_the_name() {
        let words = ["وسجل", "الإسباني", "بيب", "غوارديولا", "هدفا"];
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[2].triggers = TRIGGER_NAME;
        infos[3].triggers = TRIGGER_NAME;
        let mut labels = vec![0, 0, 0, 1, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 1, 2, 0]);
        // Two name words: الأرجنتيني أليكسيس ماك أليستر.
        let words = ["الأرجنتيني", "أليكسيس", "ماك", "أليستر"];
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[1].triggers = TRIGGER_NAME;
        infos[2].triggers = TRIGGER_NAME;
        let mut labels = vec![0, 0, 0, 1];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 2, 2]);
        // A definite head the tagger ran into the person's first name; an
        // organisation's own name stays (حركة حماس حازم قاسم).
        let words = ["العام", "للمنظمة", "تيدروس", "أدهانوم"];
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[2].triggers = TRIGGER_NAME;
        let mut labels = vec![0, 5, 6, 1];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 1, 2]);
        let words = ["حركة", "حماس", "حازم", "قاسم"];
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[1].triggers = TRIGGER_NAME;
        let mut labels = vec![5, 6, 1, 2];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [5, 6, 1, 2]);
        // Not with no nationality before, nor for a word with the article or a
        // particle that a list holds as a name.
        let words = ["قال", "بيب", "غوارديولا"];
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[1].triggers = TRIGGER_NAME;
        let mut labels = vec![0, 0, 1];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 1]);
        let words = ["الخارجية", "الروسي", "في", "لافروف"];
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[1].triggers = TRIGGER_NAME;
        infos[2].triggers = TRIGGER_NAME;
        let mut labels = vec![0, 0, 0, 1];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 0, 1]);
    }

    #[test]
    fn an_unseen_definite_word_after_a_lone_given_name_is_its_family_name() {
        let words = ["وقال", "عبدالله", "السواحه", "إن"];
        let mut infos = vec![TokenInfo::default(); words.len()];
        infos[1].triggers = TRIGGER_GIVEN;
        infos[1].stats.count = 9;
        let mut labels = vec![0, 1, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 2, 0]);
        // A word the training text has seen is left alone (عبدالله الثلاثاء), and
        // so is a given name with the article (الأسد, the lion).
        let mut seen = infos.clone();
        seen[2].stats.count = 3;
        let mut labels = vec![0, 1, 0, 0];
        Chains::new().complete(&words, &seen, &mut labels);
        assert_eq!(labels, [0, 1, 0, 0]);
        let words = ["رأى", "فالأسد", "التوسكاني", "يجري"];
        let mut labels = vec![0, 1, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 0, 0]);
    }

    #[test]
    fn a_state_word_opens_the_place_after_it() {
        assert_eq!(org("رئيس جمهورية كازاخستان", &[0, 0, 3]), [0, 3, 4]);
        assert_eq!(org("المملكة المغربية", &[0, 3]), [3, 4]);
        // After a preposition or the conjunction, and with the article.
        assert_eq!(org("أعضاء لجمهورية كازاخستان", &[0, 0, 3]), [0, 3, 4]);
        assert_eq!(org("وبالمملكة المغربية", &[0, 3]), [3, 4]);
        // Only before a place: جمهورية alone is no place.
        assert_eq!(org("جمهورية جديدة", &[0, 0]), [0, 0]);
        // A province's word stays outside: ولاية [كاليفورنيا].
        assert_eq!(org("في ولاية كاليفورنيا", &[0, 0, 3]), [0, 0, 3]);
    }

    #[test]
    fn a_definite_head_needs_a_nisba_or_a_place() {
        // A weak head completes what the tagger began; an adjective that is no
        // nisba (الحر) is past what the rule can tell from a noun.
        assert_eq!(org("قال الجيش السوري الحر إن", &[0, 5]), [0, 5, 6, 0, 0]);
        assert_eq!(org("قال الجيش السوري الحر إن", &[]), [0, 0, 0, 0, 0]);
        assert_eq!(org("صوت البرلمان الألماني على", &[]), [0, 5, 6, 0]);
        assert_eq!(org("اجتمع المجلس الأسبوع الماضي", &[]), [0, 0, 0, 0]);
        assert_eq!(org("المجلس بسرعة", &[]), [0, 0]);
    }

    #[test]
    fn a_definite_head_named_by_two_adjectives_or_a_complement_is_one_for_the_reader() {
        let named = "أعلنت اللجنة الوطنية المستقلة للانتخابات النتائج";
        assert_eq!(org(named, &[]), [0, 5, 6, 6, 6, 0]);
        assert_eq!(anercorp(named, &[]), [0; 6]);
        assert_eq!(org("وقال المركز الوطني للأرصاد إن", &[]), [0, 5, 6, 6, 0]);
        assert_eq!(org("وقالت المحكمة العليا إن", &[]), [0, 5, 6, 0]);
        // One nisba, a complement that is a body of its own or a purpose, an
        // ordinal: descriptions.
        assert_eq!(org("وقالت الشركة الروسية إن", &[]), [0, 0, 0, 0]);
        assert_eq!(org("أفاد المركز الإعلامي للنادي أن", &[]), [0, 0, 0, 0, 0]);
        assert_eq!(org("يسعى البنك التجاري لتحقيق النجاح", &[]), [0; 5]);
        assert_eq!(org("أصبحت الشركة القطرية الأولى في", &[]), [0; 5]);
        // Another body after the adjective, and one after the genitive.
        assert_eq!(org("انتشر الجيش اللبناني واليونيفيل في", &[]), [0; 5]);
        assert_eq!(
            org("قالت وزارة التربية والتعليم العالي إن", &[]),
            [0, 5, 6, 6, 6, 0]
        );
    }

    #[test]
    fn a_council_named_by_its_members_is_one_for_the_reader() {
        assert_eq!(org("وافق مجلس الوزراء على", &[]), [0, 5, 6, 0]);
        assert_eq!(anercorp("وافق مجلس الوزراء على", &[]), [0; 4]);
        assert_eq!(org("صوت مجلس النواب المصري على", &[]), [0, 5, 6, 6, 0]);
        // The session's adjective, a board, a title's words.
        assert_eq!(org("جلسة مجلس الوزراء الأسبوعية أمس", &[]), [0, 5, 6, 0, 0]);
        assert_eq!(org("وقال مجلس الإدارة إن", &[]), [0; 4]);
        assert_eq!(org("رئيس مجلس الوزراء", &[]), [0; 3]);
    }

    #[test]
    fn some_weak_heads_with_a_genitive_and_an_adjective_are_a_name() {
        assert_eq!(org("وصادق مجلس النواب المغربي على", &[]), [0, 5, 6, 6, 0]);
        assert_eq!(org("وقال صندوق الاستثمارات العامة إن", &[]), [0, 5, 6, 6, 0]);
        // Without the adjective, or with a head that names descriptions too.
        assert_eq!(org("وقال صندوق الاستثمارات إن", &[]), [0, 0, 0, 0]);
        assert_eq!(org("وقالت شركة النفط الروسية إن", &[]), [0, 0, 0, 0, 0]);
        // A word after a preposition is no adjective of the name.
        assert_eq!(org("وقالت لجنة الكرة بالنادي إن", &[]), [0, 0, 0, 0, 0]);
        // An adjective that agrees with neither head nor genitive is no
        // part of the name (the council alone is one by its members).
        assert_eq!(org("جلسة مجلس الوزراء الأسبوعية أمس", &[]), [0, 5, 6, 0, 0]);
        assert_eq!(org("وقالت دائرة الأوقاف الإسلامية إن", &[]), [0, 5, 6, 6, 0]);
    }

    #[test]
    fn a_place_after_the_genitive_that_is_a_nisba_is_an_adjective() {
        assert_eq!(
            org("وقالت وزارة الخارجية السعودية إن", &[0, 0, 0, 3, 0]),
            [0, 5, 6, 6, 0]
        );
        assert_eq!(org("قال البرلمان السعودي أمس", &[0, 0, 3, 0]), [0, 5, 6, 0]);
        // A place in the genitive is one still (جامعة القاهرة), and a place the
        // tagger began at the head is left as it is.
        assert_eq!(org("زار جامعة القاهرة أمس", &[0, 0, 3, 0]), [0, 5, 6, 0]);
        // An indefinite genitive before the place: محكمة جنايات عمان.
        assert_eq!(
            org("قضت محكمة جنايات عمان أمس", &[0, 0, 0, 3, 0]),
            [0, 5, 6, 6, 0]
        );
        assert_eq!(
            org("انهار الاتحاد السوفياتي عام", &[0, 3, 4, 0]),
            [0, 3, 4, 0]
        );
        // Not a nisba: the place stays outside.
        assert_eq!(
            org("وقالت وزارة الخارجية في لندن", &[0, 0, 0, 0, 3]),
            [0, 5, 6, 0, 3]
        );
    }

    #[test]
    fn the_chain_stops_at_time_words_conjunctions_and_punctuation() {
        assert_eq!(org("مجلس الأمن اليوم", &[5]), [5, 6, 0]);
        assert_eq!(org("وزارة الخارجية اليوم", &[]), [5, 6, 0]);
        // Genitives after و belong to the name, but no new head or conjoined
        // name does: وزارة الطاقة والمعادن، but not والوزارة.
        assert_eq!(org("وزارة الطاقة والمعادن", &[]), [5, 6, 6]);
        assert_eq!(org("وزارة الطاقة والمعادن والمياه", &[]), [5, 6, 6, 6]);
        assert_eq!(org("وزارة الطاقة وقال الوزير", &[]), [5, 6, 0, 0]);
        assert_eq!(org("وزارة الطاقة ووزارة المالية", &[]), [5, 6, 5, 6]);
        assert_eq!(org("حزب الله والحكومة", &[]), [5, 6, 0]);
        assert_eq!(org("وزارة الخارجية ، وقال", &[]), [5, 6, 0, 0]);
        assert_eq!(org("شركة في العالم", &[]), [0, 0, 0]);
    }

    #[test]
    fn a_complement_with_lam_closes_the_name_once() {
        // لل + a definite word, or ل + a word with its own genitive.
        assert_eq!(org("أعلن المعهد الوطني للإحصاء أن", &[]), [0, 5, 6, 6, 0]);
        assert_eq!(org("حزب التجمع الوطني للأحرار في", &[]), [5, 6, 6, 6, 0]);
        assert_eq!(
            org("المرصد السوري لحقوق الإنسان ومقره", &[5]),
            [5, 6, 6, 6, 0]
        );
        // After a name: جامعة الملك عبدالله للعلوم والتقنية.
        assert_eq!(
            org("جامعة الملك عبدالله للعلوم والتقنية", &[0, 0, 1]),
            [5, 6, 6, 6, 6]
        );
        // Only once.
        assert_eq!(org("وزارة الخارجية للصحفيين للمرة", &[]), [5, 6, 6, 0]);
        // A noun of time is no complement: الاتحاد الأوروبي للفترة المقبلة.
        assert_eq!(org("الاتحاد الأوروبي للفترة المقبلة", &[5, 6]), [5, 6, 0, 0]);
    }

    #[test]
    fn an_acronym_in_brackets_after_an_organisation_is_one() {
        let words = ["أعلنت", "وكالة", "الأنباء", "(", "واس", ")"];
        let infos = vec![TokenInfo::default(); words.len()];
        let mut labels = vec![0, 5, 6, 0, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 6, 0, 5, 0]);
        // Not after a place, and not over a name the tagger found (جامعة القاهرة (مصر)).
        let mut labels = vec![0, 3, 0, 0, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 3, 0, 0, 0, 0]);
        let mut labels = vec![0, 5, 6, 0, 3, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 6, 0, 3, 0]);
    }

    #[test]
    fn names_the_tagger_found_join_the_chain_or_stay_whole() {
        // جامعة القاهرة: the place becomes part of the organisation.
        assert_eq!(org("في جامعة القاهرة", &[0, 0, 3]), [0, 5, 6]);
        // The tagger's longer organisation is kept.
        assert_eq!(org("مجلس الأمن الدولي", &[5, 6, 6]), [5, 6, 6]);
        // A person after the chain is not taken into it.
        assert_eq!(org("حزب العدالة رجب طيب", &[0, 0, 1, 2]), [5, 6, 1, 2]);
        // A person after a title is: جامعة الملك سعود.
        assert_eq!(org("جامعة الملك سعود", &[0, 0, 1]), [5, 6, 6]);
    }

    /// `words` analysed for the rules: folded hashes, and the organisation list's
    /// begin and inside bits over the words `listed` gives (start, end).
    fn listed<'a>(words: &'a str, entries: &[(usize, usize)]) -> (Vec<&'a str>, Vec<TokenInfo>) {
        let words: Vec<&str> = words.split(' ').collect();
        let mut infos: Vec<TokenInfo> = words
            .iter()
            .map(|w| TokenInfo {
                norm: hash_word(&normalize(w)),
                ..TokenInfo::default()
            })
            .collect();
        for &(a, b) in entries {
            infos[a].gazetteer |= ORG_LIST_BEGIN;
            for info in &mut infos[a + 1..b] {
                info.gazetteer |= ORG_LIST_INSIDE;
            }
        }
        (words, infos)
    }

    #[test]
    fn a_head_written_as_a_verb_needs_a_name_after_it() {
        // ونادى المحرضين: he called on the inciters, as the tagger may read it.
        let (words, infos) = listed("ونادى المحرضين بالكف عن الفتنة", &[]);
        let mut labels = vec![5, 6, 0, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 0, 0, 0]);
        // تحالف الحزبان: allied, the two parties; a strong head's chain otherwise.
        assert_eq!(org("وتحالف الحزبان في الانتخابات", &[]), [0, 0, 0, 0]);
        assert_eq!(org("أعلن تحالف القوى الوطنية", &[]), [0, 5, 6, 6]);
        assert_eq!(org("قال نادى الأسير الفلسطيني إن", &[0, 5]), [0, 5, 6, 6, 0]);
        // The club in the spelling with ى, before a listed name.
        let (words, infos) = listed("وفاز نادى الزمالك أمس", &[(2, 3)]);
        let mut labels = vec![0, 5, 6, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 6, 0]);
    }

    #[test]
    fn a_listed_name_after_a_head_is_the_organisation() {
        // نادي الهلال: the tagger read a crescent; the head stays outside, as
        // ANERcorp writes club names.
        let (words, infos) = listed("وفاز نادي الهلال على", &[(2, 3)]);
        let mut labels = vec![0; 4];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 5, 0]);
        // An indefinite adjective the list matches without its article is no name.
        let (words, infos) = listed("تشغيل مستشفى جديد في", &[(2, 3)]);
        let mut labels = vec![0; 4];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 0, 0]);
        // Nor after a strong head, whose genitive is no name of its own: وزارة
        // النفط (the reader's chain takes it whole).
        let (words, infos) = listed("في وزارة النفط العراقية", &[(2, 3)]);
        let mut labels = vec![0; 4];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 0, 0]);
        Chains::new().institutions(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 6, 6]);
        // Nor after a verb: ونادى الهلال is not read as a club by this rule.
        let (words, infos) = listed("ونادى الهلال", &[(1, 2)]);
        let mut labels = vec![0; 2];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0]);
    }

    #[test]
    fn heads_of_clubs_companies_and_movements_stay_outside_the_name() {
        // As ANERcorp writes them: the name alone.
        assert_eq!(
            anercorp("أعلنت شركة موتورولا أمس", &[0, 5, 6, 0]),
            [0, 0, 5, 0]
        );
        assert_eq!(
            anercorp("فرضته حركة طالبان على", &[0, 5, 6, 0]),
            [0, 0, 5, 0]
        );
        assert_eq!(
            anercorp("وقال لوكالة رويترز إن", &[0, 5, 6, 0]),
            [0, 0, 5, 0]
        );
        // وكالة keeps a definite genitive; other heads keep theirs.
        assert_eq!(
            anercorp("وقالت وكالة الأنباء الفرنسية إن", &[0, 5, 6, 6, 0]),
            [0, 5, 6, 6, 0]
        );
        assert_eq!(anercorp("وأعلن حزب الأمة أمس", &[0, 5, 6, 0]), [0, 5, 6, 0]);
        // The reader sees the head again.
        let (words, infos) = listed("أعلنت شركة موتورولا أمس", &[]);
        let mut labels = vec![0, 5, 6, 0];
        let mut chains = Chains::new();
        chains.complete(&words, &infos, &mut labels);
        chains.institutions(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 6, 0]);
    }

    #[test]
    fn a_nationality_after_an_organisations_own_name_is_outside_it() {
        assert_eq!(
            anercorp("وأعلنت توتال الفرنسية أمس", &[0, 5, 6, 0]),
            [0, 5, 0, 0]
        );
        assert_eq!(
            anercorp("لاعب ريال مدريد الإسباني لكرة القدم", &[0, 5, 6, 6, 6, 6]),
            [0, 5, 6, 0, 0, 0]
        );
        // After a definite word or a head the nisba is the name's own.
        assert_eq!(
            anercorp("قرار الاتحاد الأوروبي أمس", &[0, 5, 6, 0]),
            [0, 5, 6, 0]
        );
        // After a listed place, or a word training saw mostly outside names.
        let (words, infos) = flagged(
            "قرار بنك إنجلترا المركزي أمس",
            &[0, 0, PLACE_LIST_BEGIN],
            &[],
        );
        let mut labels = vec![0, 5, 6, 6, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 6, 6, 0]);
        let (words, mut infos) = listed("قوات حلف شمال الأطلسي أمس", &[]);
        infos[2].stats = StemStats {
            count: 40,
            shares: [0, 30, 10, 0],
        };
        let mut labels = vec![0, 5, 6, 6, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 6, 6, 0]);
        infos[2].stats.count = 0;
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 6, 0, 0]);
    }

    fn reader(words: &str, entries: &[(usize, usize)], tagged: &[u8]) -> Vec<u8> {
        let (words, infos) = listed(words, entries);
        let mut labels = tagged.to_vec();
        labels.resize(words.len(), 0);
        Chains::new().institutions(&words, &infos, &mut labels);
        labels
    }

    #[test]
    fn an_institution_named_after_a_place_is_one_organisation() {
        assert_eq!(
            reader("وارتفع مؤشر بورصة الكويت أمس", &[], &[0, 0, 0, 3]),
            [0, 0, 5, 6, 0]
        );
        assert_eq!(
            reader("ونقل إلى مستشفى دبي", &[], &[0, 0, 0, 3]),
            [0, 0, 5, 6]
        );
        // With its adjectives, and after a preposition.
        assert_eq!(
            reader("نقل إلى مستشفى القاهرة الدولي أمس", &[], &[0, 0, 0, 3]),
            [0, 0, 5, 6, 6, 0]
        );
        assert_eq!(reader("تخرج لجامعة القاهرة", &[], &[0, 0, 3]), [0, 5, 6]);
        // A listed place the tagger left alone.
        let (words, mut infos) = listed("نقل إلى مستشفى العريش العام", &[]);
        infos[3].gazetteer = 1 << 2;
        let mut labels = vec![0; 5];
        Chains::new().institutions(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 5, 6, 6]);
        // A place after a word that heads no institution stays a place.
        assert_eq!(reader("سوق دبي", &[], &[0, 3]), [0, 3]);
        // A listed place that the training text showed mostly as a common word.
        let (words, mut infos) = listed("افتتاح مستشفى جديد في", &[]);
        infos[2].gazetteer = 1 << 2;
        infos[2].stats.count = 40;
        let mut labels = vec![0; 4];
        Chains::new().institutions(&words, &infos, &mut labels);
        assert_eq!(labels, [0; 4]);
        assert_eq!(reader("المستشفى دبي", &[], &[0, 3]), [0, 3]);
    }

    #[test]
    fn a_facility_named_after_a_place_or_a_person_is_one_place() {
        assert_eq!(
            reader("هبطت في مطار القاهرة الدولي أمس", &[], &[0, 0, 0, 3]),
            [0, 0, 3, 4, 4, 0]
        );
        let titled = |text: &str, title: usize, tagged: &[u8]| {
            let (words, mut infos) = listed(text, &[]);
            infos[title].triggers = TRIGGER_TITLE;
            let mut labels = tagged.to_vec();
            labels.resize(words.len(), 0);
            Chains::new().institutions(&words, &infos, &mut labels);
            labels
        };
        // A title before the person, a listed place the tagger left alone.
        assert_eq!(
            titled("هبطت في مطار الملك خالد الدولي", 3, &[0, 0, 0, 0, 1]),
            [0, 0, 3, 4, 4, 4]
        );
        let (words, mut infos) = listed("رست في ميناء العريش", &[]);
        infos[3].gazetteer = 1 << 2;
        let mut labels = vec![0; 4];
        Chains::new().institutions(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 3, 4]);
        // No name after it, and a title after the name.
        assert_eq!(reader("وصلوا إلى المطار أمس", &[], &[]), [0; 4]);
        assert_eq!(
            titled("انفجار مرفأ بيروت القاضي طارق", 3, &[0, 0, 3, 0, 1]),
            [0, 3, 4, 0, 1]
        );
    }

    #[test]
    fn a_head_before_an_organisation_opens_it() {
        assert_eq!(reader("فاز نادي الهلال على", &[], &[0, 0, 5]), [0, 5, 6, 0]);
        assert_eq!(
            reader("وقالت شركة أرامكو إن", &[], &[0, 0, 5]),
            [0, 5, 6, 0]
        );
        // Not a head with the article, a verb, or before another head's name.
        assert_eq!(reader("النادي الأهلي", &[], &[0, 5]), [0, 5]);
        assert_eq!(reader("ونادى حزب الله", &[], &[0, 5, 6]), [0, 5, 6]);
        assert_eq!(reader("مجلس حزب الله", &[], &[0, 5, 6]), [0, 5, 6]);
    }

    #[test]
    fn a_listed_organisation_that_opens_with_a_head_is_whole() {
        assert_eq!(
            reader("وقال صندوق النقد الدولي إن", &[(1, 4)], &[]),
            [0, 5, 6, 6, 0]
        );
        // Over the end the tagger found.
        assert_eq!(
            reader("وقال صندوق النقد الدولي إن", &[(1, 4)], &[0, 0, 5, 6]),
            [0, 5, 6, 6, 0]
        );
        assert_eq!(
            reader("أعلن الجيش السوري الحر سيطرته", &[(1, 4)], &[]),
            [0, 5, 6, 6, 0]
        );
        // Two words are left to the tagger: any country's army.
        assert_eq!(
            reader("اقتحم الجيش الإسرائيلي مدينة", &[(1, 3)], &[]),
            [0, 0, 0, 0]
        );
        // A listed name that opens with no head is left to the tagger.
        assert_eq!(reader("قال الهلال الأحمر", &[(1, 3)], &[]), [0, 0, 0]);
    }

    /// `words` with the given gazetteer flags and proclitic lengths per word.
    fn flagged<'a>(
        words: &'a str,
        flags: &[u16],
        clitics: &[u8],
    ) -> (Vec<&'a str>, Vec<TokenInfo>) {
        let (words, mut infos) = listed(words, &[]);
        for (i, info) in infos.iter_mut().enumerate() {
            info.gazetteer = flags.get(i).copied().unwrap_or(0);
            info.clitic_chars = clitics.get(i).copied().unwrap_or(0);
        }
        (words, infos)
    }

    #[test]
    fn a_listed_place_seldom_seen_after_where_words_is_a_place() {
        let p = PLACE_LIST_BEGIN;
        let at = |text: &str, flags: &[u16], count: u8, loc_share: u8| {
            let (words, mut infos) = flagged(text, flags, &[]);
            for info in &mut infos {
                info.stats = StemStats {
                    count,
                    shares: [0, loc_share, 0, 0],
                };
            }
            let mut labels = vec![0; words.len()];
            listed_places_after_where(&words, &infos, &mut labels);
            labels
        };
        assert_eq!(
            at("وصل الوفد إلى مسقط أمس", &[0, 0, 0, p], 1, 0),
            [0, 0, 0, 3, 0]
        );
        assert_eq!(
            at("عقده اليوم في مسقط :", &[0, 0, 0, p], 18, 71),
            [0, 0, 0, 3, 0]
        );
        // A genitive after it, a word seen often and seldom as a place, no
        // word of where before it.
        assert_eq!(at("ولد في مسقط رأسه", &[0, 0, p], 1, 0), [0; 4]);
        assert_eq!(at("نشر في صور أمس", &[0, 0, p], 6, 0), [0; 4]);
        assert_eq!(at("تستعد مسقط لاستضافة", &[0, p], 1, 0), [0; 3]);
    }

    #[test]
    fn places_joined_by_the_conjunction_are_two() {
        // وفد من تونس وليبيا: two listed countries, the tagger's one span.
        let (words, infos) = flagged(
            "وفد من تونس وليبيا والسودان",
            &[0, 0, 1, 1, 1],
            &[0, 0, 0, 1, 1],
        );
        let mut labels = vec![0, 0, 3, 4, 4];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 3, 3, 3]);
        // One listed entry (its second word is inside it) stays one place.
        let (words, infos) = flagged("زار ترينيداد وتوباغو", &[0, 1, 2], &[0, 0, 1]);
        let mut labels = vec![0, 3, 4];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 3, 4]);
        // An unlisted word after و is left to the tagger, and so are organisations.
        let (words, infos) = flagged("في شبعا وكفرشوبا", &[0, 1, 0], &[0, 0, 1]);
        let mut labels = vec![0, 3, 4];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 3, 4]);
        // People: two listed full names.
        let (words, infos) = flagged(
            "التقى نبيه بري وميشال عون",
            &[0, 1 << 8, 1 << 9, 1 << 8, 1 << 9],
            &[0, 0, 0, 1, 0],
        );
        let mut labels = vec![0, 1, 2, 2, 2];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 1, 2, 1, 2]);
    }

    #[test]
    fn the_countryside_is_no_part_of_the_place() {
        let (words, infos) = flagged("في ريف حمص الشمالي", &[0, 0, 4, 0], &[]);
        let mut labels = vec![0, 3, 4, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 3, 0]);
        let mut labels = vec![0, 3, 3, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 3, 0]);
        // A listed place the tagger left alone after it.
        let mut labels = vec![0, 3, 0, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 3, 0]);
        // Before no place, it is left as the tagger said.
        let (words, infos) = flagged("في ريف واسع", &[], &[]);
        let mut labels = vec![0, 3, 0];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 3, 0]);
    }

    #[test]
    fn an_adjective_agreeing_with_its_noun_is_no_place() {
        let run = |text: &str, tagged: &[u8]| {
            let (words, infos) = flagged(text, &[], &[]);
            let mut labels = tagged.to_vec();
            Chains::new().complete(&words, &infos, &mut labels);
            labels
        };
        // Feminine nouns and broken plurals take a feminine adjective.
        assert_eq!(run("بسبب الحالة القاهرة", &[0, 0, 3]), [0, 0, 0]);
        assert_eq!(run("في الظروف القاهرة", &[0, 0, 3]), [0, 0, 0]);
        assert_eq!(run("وفي الحالات القاهرة", &[0, 0, 3]), [0, 0, 0]);
        // A masculine subject before the place, or a particle, leaves it.
        assert_eq!(run("غادر الوفد القاهرة", &[0, 0, 3]), [0, 0, 3]);
        assert_eq!(run("وصل الى القاهرة", &[0, 0, 3]), [0, 0, 3]);
        // A place whose head stands before it, or a place in two words.
        let (words, mut infos) = flagged("في العاصمة القاهرة", &[], &[]);
        infos[1].triggers = TRIGGER_LOC_HEAD;
        let mut labels = vec![0, 0, 3];
        Chains::new().complete(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 0, 3]);
        assert_eq!(
            run("الدول الأوروبية المدينة المنورة", &[0, 0, 3, 4]),
            [0, 0, 3, 4]
        );
    }

    #[test]
    fn a_body_named_after_a_place_is_one_organisation() {
        assert_eq!(
            reader("وقالت قوات سوريا الديمقراطية إن", &[], &[0, 0, 3]),
            [0, 5, 6, 6, 0]
        );
        assert_eq!(
            reader("أعلنت مديرية أمن الإسكندرية أمس", &[], &[0, 0, 0, 3]),
            [0, 5, 6, 6, 0]
        );
        let (words, mut infos) = listed("قالت حكومة إقليم كردستان إن", &[]);
        infos[2].triggers = TRIGGER_LOC_HEAD;
        let mut labels = vec![0, 0, 3, 4, 0];
        Chains::new().institutions(&words, &infos, &mut labels);
        assert_eq!(labels, [0, 5, 6, 6, 0]);
        // A government of a country alone is no name.
        assert_eq!(
            reader("وقالت حكومة الأردن إن", &[], &[0, 0, 3]),
            [0, 0, 3, 0]
        );
        // A nisba place after an organisation is its adjective.
        assert_eq!(
            reader("وذكرت وكالة الأنباء العمانية أن", &[], &[0, 5, 6, 3]),
            [0, 5, 6, 6, 0]
        );
        assert_eq!(reader("مجلس الأمن سوريا", &[], &[5, 6, 3]), [5, 6, 3]);
        // An adjective the chain left out.
        assert_eq!(
            reader("قضت المحكمة الاتحادية العليا بأن", &[], &[0, 5, 6]),
            [0, 5, 6, 6, 0]
        );
        assert_eq!(
            reader("وعقد الاتحاد العام الماضي مؤتمره", &[], &[0, 5]),
            [0, 5, 0, 0, 0]
        );
        // A hospital with its place and adjective.
        assert_eq!(
            reader("نقل إلى مستشفى الرمادي العام", &[], &[0, 0, 0, 3]),
            [0, 0, 5, 6, 6]
        );
    }
}
