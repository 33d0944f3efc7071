//! The hand lists of head words and of the words that stop, describe or follow a
//! chain, and [`Chains::new`], which hashes them once: the data every rule reads
//! through [`Chains`], apart from the rules themselves.

use super::*;

/// Head words that open an organisation's name (folded, without the article)
/// whatever the tagger said: a ministry, a party or a university with its genitive
/// is an organisation in any news text.
pub(super) const STRONG_HEADS: &[&str] = &[
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
pub(super) const WEAK_HEADS: &[&str] = &[
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
/// الاستثمارات العامة، جهاز الاستخبارات العامة، دائرة الأوقاف الإسلامية، بنك
/// الائتمان الكويتي، مصرف الرافدين الحكومي), where شركة النفط الروسية or حركة
/// الطيران المروحي is a description.
pub(super) const NAMED_BY_ADJECTIVE: &[&str] = &[
    "مجلس",
    "صندوق",
    "مجمع",
    "مكتب",
    "لجنه",
    "جهاز",
    "دائره",
    "بنك",
    "مصرف",
];

/// Weak heads that, with a genitive of what an agency does
/// (`organisations::AGENCY_WORKS`) and a third word, are an institution's
/// name whatever the tagger said (جهاز مكافحة الإرهاب، جهاز دعم الاستقرار،
/// جهاز الإسعاف والطوارئ), where جهاز كشف المعادن is a device.
pub(super) const NAMED_BY_GENITIVE: &[&str] = &["جهاز"];

/// Weak heads of institutions named after a place, as [`Chains::organisations`]
/// takes them with a word that describes them after the place (صندوق قطر
/// للتنمية).
pub(super) const OF_A_PLACE: &[&str] = &[
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
/// خليل سليمان الحكومي، مركز الملك سلمان للإغاثة، صندوق محمد السادس
/// للاستثمار; not yet with an adjective that is no nisba: مجموعة طلعت مصطفى
/// القابضة).
pub(super) const NAMED_AFTER: &[&str] =
    &["مستشفى", "مركز", "مؤسسه", "مجموعه", "مجمع", "كليه", "صندوق"];

/// Heads whose complement in the construct state is a purpose more often than
/// a name: businesses (البنك التجاري لتحقيق النجاح), councils and forces that
/// meet or move to do something (المجلس الأعلى لبحث الأوضاع، الجيش السوداني
/// لاستعادة السيطرة).
pub(super) const PURPOSED: &[&str] = &[
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
pub(super) const MEMBERS: &[&str] = &[
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
pub(super) const VERB_HEADS: &[&str] = &["نادى", "تحالف"];

/// Heads of institutions named after a place: بورصة الكويت، مستشفى دبي، جامعة
/// القاهرة، بنك قطر. ANERcorp tags the place alone (مطار دمشق, بورصة لندن: the
/// head outside, the city a place) and so does the tagger; a reader takes the
/// institution whole ([`Chains::institutions`]), over a listed place the tagger
/// left alone (مستشفى العريش).
pub(super) const PLACE_INSTITUTIONS: &[&str] = &[
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
pub(super) const FACILITIES: &[&str] = &["مطار", "ميناء", "مرفا", "ملعب", "استاد", "ستاد", "جسر"];

/// Heads of a land's or a water's features that are part of their names, as
/// the places' own names say them (قطاع غزة the Gaza Strip, نهر النيل the Nile
/// River, مضيق هرمز, جزيرة كريت, سد مأرب, وادي درنة, خور عبدالله): taken whole
/// with a place or a person it is named after (not the adjectives after it:
/// مضيق هرمز | الاستراتيجي), see
/// [`Chains::facilities`]. ريف and the heads of a state's divisions (مدينة،
/// محافظة, [`PROVINCES`]) are not.
pub(super) const FEATURES: &[&str] = &[
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
pub(super) const OUTSIDE_HEADS: &[(&str, bool)] = &[
    ("نادي", true),
    ("شركه", true),
    ("حركه", true),
    ("وكاله", false),
];

/// Heads (folded) that only say what a well-known body of one word is, and
/// that the reader's join leaves outside its name (وكالة [رويترز]), as the
/// readers who annotated qari's news sets write them. (A name the tagger or
/// a chain made whole, منظمة اليونسكو, stays whole.)
pub(super) const DESCRIBED_HEADS: &[&str] =
    &["وكاله", "منظمه", "لوكاله", "ولوكاله", "ووكاله", "ومنظمه"];

/// Heads of [`STRONG_HEADS`] and [`WEAK_HEADS`] that are masculine and
/// singular: no adjective in ة agrees with them, so a definite word in ة
/// right after one (يعطي البنك المرونة) is another noun, not the name's.
pub(super) const MASCULINE_HEADS: &[&str] = &[
    "حزب",
    "اتحاد",
    "برلمان",
    "معهد",
    "مرصد",
    "ائتلاف",
    "تحالف",
    "مجلس",
    "جيش",
    "بنك",
    "مصرف",
    "نادي",
    "صندوق",
    "مجمع",
    "مكتب",
    "مستشفى",
    "جهاز",
    "مركز",
    "ديوان",
    "تجمع",
    "منتدى",
];

/// Portfolios a ministry is named by when وزارة is left unsaid (folded, without
/// the article): الخارجية الروسية، الداخلية السعودية، الدفاع الروسية.
pub(super) const PORTFOLIOS: &[&str] = &["خارجيه", "داخليه", "دفاع"];

/// Heads that name a body after a place only with more words than the place:
/// قوات سوريا الديمقراطية، حكومة إقليم كردستان، مديرية أمن الإسكندرية (while
/// حكومة الأردن is the government of a country, not a name). See
/// [`Chains::bodies_of_places`].
pub(super) const BODIES: &[&str] = &["قوات", "حكومه", "مديريه"];

/// Definite adjectives other than nisbas that close an institution's name after
/// its place: مستشفى العريش العام، المحكمة العليا.
pub(super) const ADJECTIVES: &[&str] = &["العام", "العامه", "العليا", "الكبير", "الكبرى"];

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
pub(super) const DESCRIBING: &[&str] = &[
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
pub(super) const YEAR_WORDS: &[&str] = &[
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
pub(super) const LAM_PREPOSITIONS: &[&str] = &["صالح", "مصلحه", "حساب"];

/// Nouns of time that a complement with ل never is (للفترة، للمرة، للعام).
pub(super) const TIMES: &[&str] = &[
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
pub(super) const STATES_OUTSIDE: &[&str] = &["دوله", "اماره"];

/// Words for a state's provinces, which stay outside the place they name
/// (ولاية [كاليفورنيا], as ANERcorp's annotators and news readers both write
/// it) but begin with letters a proclitic could be.
pub(super) const PROVINCES: &[&str] = &["ولايه", "ولايات"];

/// Indefinite words of three letters or more that never stand in a construct chain.
const PARTICLES: &[&str] = &[
    "الى", "على", "حتى", "عند", "بين", "منذ", "خلال", "لدى", "هذا", "هذه", "ذلك", "تلك", "لكن",
    "كان", "كانت", "غير", "ضمن", "عبر", "حول", "دون", "بعد", "قبل", "امام",
];

/// Spellings whose [`Word`] [`Chains`] keeps (under a megabyte).
pub(super) const WORDS_HELD: usize = 28_672;

/// The longest chain after its head, in words.
pub(super) const LONGEST: usize = 7;

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
                &[
                    SETTLEMENTS,
                    PLURAL_SETTLEMENTS,
                    FIRM_SETTLEMENTS,
                    FIRM_PLURALS,
                ]
                .concat(),
                PLACE_PREPOSITIONS,
                false,
            ),
            firm_settlements: clitic_forms(
                &[FIRM_SETTLEMENTS, FIRM_PLURALS].concat(),
                PLACE_PREPOSITIONS,
                false,
            ),
            national_heads: clitic_forms(NATIONAL_HEADS, &["", "ب"], false),
            words: HashKeyed::default(),
        }
    }
}
