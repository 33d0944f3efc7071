//! Titles, descriptions and namesakes around people's names: a title or a
//! describer is no name, a person after a description is, a king's ordinal ends
//! his name, a place named after a titled person, and how something was said.

use super::*;
use std::sync::OnceLock;

/// A title with the article that the tagger took for a given name before one
/// word (وأضاف القاضي المصمودي) is the title, outside the name: the hand
/// list's titles, but السيد، البابا, and a royal title ([`NAMESAKE_TITLES`])
/// after the head of a place or body named for the person
/// ([`NAMESAKE_HEADS`]: مستشفى الملك فهد).
pub(in crate::chains) fn titles_open_no_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        if labels[i] != PER_B
            || labels[i + 1] != PER_I
            || labels.get(i + 2) == Some(&PER_I)
            || infos[i].triggers & TRIGGER_TITLE == 0
            || infos[i].clitic_chars != 0
        {
            continue;
        }
        let folded = normalize(words[i]);
        // A royal title stays only where a place or body is named after the
        // person (مستشفى الملك فهد): وقالت الأميرة | ريما.
        let namesake = royal_title(&folded) && i > 0 && namesake_head(words[i - 1], &infos[i - 1]);
        let royal = namesake || matches!(folded.as_str(), "السيد" | "السيده" | "البابا");
        if folded.starts_with("ال") && !royal {
            labels[i] = 0;
            labels[i + 1] = PER_B;
        }
    }
}

/// A definite word with و that the tagger took for the start of a person of
/// two words or more, right after a definite word outside any name, is the
/// second genitive of an office (وزير المياه والري | العبادي، وزيرة الثقافة
/// والفنون | …): no name opens on و and the article but a given name's that
/// training saw mostly in names (والحسين بن علي).
pub(in crate::chains) fn portfolios_open_no_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(1) {
        if labels[i] != PER_B
            || labels[i + 1] != PER_I
            || labels[i - 1] != 0
            || !infos[i - 1].definite
            // (A given name training saw mostly in people's names.)
            || infos[i].triggers & TRIGGER_GIVEN != 0 && infos[i].stats.shares[0] >= 128
        {
            continue;
        }
        let folded = normalize(words[i]);
        if folded.starts_with("وال") && infos[i].clitic_chars >= 1 {
            labels[i] = 0;
            labels[i + 1] = PER_B;
        }
    }
}

/// A word for what a person does that the tagger took for the start of a
/// name of three words or more, before a given name (وقال الفلاح | الهادي بن
/// صالح، المزارع | محمد علي), stays outside it ([`DESCRIBERS`]), and is no
/// name alone; and so does an honorific ([`HONORIFICS`]).
pub(in crate::chains) fn describers_open_no_names(infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    // Alone, it is no name at all (قال الفلاح إن …).
    for i in 0..labels.len() {
        if labels[i] == PER_B
            && labels.get(i + 1) != Some(&PER_I)
            && infos[i].clitic_chars == 0
            && describes(&infos[i])
        {
            labels[i] = 0;
        }
    }
    for i in 0..labels.len().saturating_sub(2) {
        if labels[i] == PER_B
            && labels[i + 1] == PER_I
            && labels[i + 2] == PER_I
            && infos[i].clitic_chars == 0
            && describes(&infos[i])
            && infos[i + 1].triggers & TRIGGER_GIVEN != 0
        {
            labels[i] = 0;
            labels[i + 1] = PER_B;
        }
    }
    // An honorific the tagger took for a name's first word (وقال معالي |
    // سالم بطي القبيسي) stays outside it too.
    static HONOURS: OnceLock<Vec<u64>> = OnceLock::new();
    let honours = HONOURS.get_or_init(|| HONORIFICS.iter().map(|w| hash_word(w)).collect());
    for i in 0..labels.len().saturating_sub(1) {
        // (معالي بن الحسن: a given name before بن.)
        if labels[i] == PER_B
            && labels[i + 1] == PER_I
            && honours.contains(&infos[i].norm)
            && infos[i + 1].triggers & TRIGGER_PARTICLE == 0
        {
            labels[i] = 0;
            labels[i + 1] = PER_B;
        }
    }
}

/// Words with the article that open a person's name of three words or more
/// before a given name of the lists, and that training saw in persons' names
/// less than half the time and the lists open no name with (a title, a job:
/// المحقق، المدير; not الزبير, a city too), describe the
/// person: they stay outside the name (وأكد المحقق العدلي | طارق البيطار),
/// with the adjectives after them. The name keeps two words at least.
/// (After a place or body named for the person, the title is the name's:
/// جامعة الملك عبد العزيز.)
pub(in crate::chains) fn descriptions_open_no_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    let describing = |t: &TokenInfo| {
        t.definite
            && t.clitic_chars == 0
            && (t.triggers & TRIGGER_TITLE != 0
                || describes(t)
                || seen_outside_people(t) && t.gazetteer & PERSON_LIST_BEGIN == 0)
    };
    // (The lists hold many such words as family names: العدلي. A word
    // training saw mostly in names, الحسين, is the name's.)
    let named = |t: &TokenInfo| t.stats.count >= 3 && t.stats.shares[0] >= 128;
    let mut a = 0;
    while a < labels.len() {
        if labels[a] != PER_B {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        let namesake = a > 0 && namesake_head(words[a - 1], &infos[a - 1]);
        if !describing(&infos[a]) || namesake {
            a = b;
            continue;
        }
        if b - a >= 3 {
            // The description, then its adjectives (العدلي، العام).
            let mut k = a + 1;
            while k + 2 <= b && infos[k].definite && !named(&infos[k]) {
                k += 1;
            }
            let given = &infos[k];
            if k + 2 <= b && !given.definite && given.triggers & TRIGGER_GIVEN != 0 {
                labels[a..k].fill(0);
                labels[k] = PER_B;
            }
        }
        // The description alone, with its adjectives (وكان المحقق العدلي
        // | القاضي): no name at all.
        let alone = b - a >= 2
            && infos[a + 1..b].iter().all(|t| {
                t.definite
                    && t.clitic_chars == 0
                    && t.gazetteer & PERSON_LIST_BEGIN == 0
                    && !named(t)
            });
        if alone {
            labels[a..b].fill(0);
        }
        a = b;
    }
}

/// A word of one person right after a reporting verb that is a participle
/// in the accusative, how it was said (وأضاف ضاحكا، وقال مبتسما), is no
/// name when no list knows it as one: فاعلا, or م and four letters or more
/// ending in ا.
pub(in crate::chains) fn manner_is_no_person(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len() {
        let lone = labels[i] == PER_B && labels.get(i + 1) != Some(&PER_I);
        // After a verb in the feminine a word in ا is her name (وقالت
        // مالالا): her manner would end in ة.
        if !lone
            || infos[i - 1].triggers & TRIGGER_SPEECH == 0
            || normalize(words[i - 1]).ends_with('ت')
        {
            continue;
        }
        if !infos[i].whole_given && manner_word(words[i], &infos[i]) {
            labels[i] = 0;
        }
    }
}

/// A word that says how something was said, a participle in the accusative
/// (ضاحكا، مبتسما): فاعلا, or م and four letters or more, ending in ا, that no
/// list knows as a name and that carries no proclitic.
pub(crate) fn manner_word(word: &str, info: &TokenInfo) -> bool {
    if info.triggers & (TRIGGER_GIVEN | TRIGGER_FAMILY | TRIGGER_NAME) != 0
        || info.gazetteer != 0
        || info.clitic_chars != 0
    {
        return false;
    }
    let letters: Vec<char> = normalize(word).chars().collect();
    let n = letters.len();
    letters.last() == Some(&'ا') && ((n == 5 && letters[1] == 'ا') || (n >= 5 && letters[0] == 'م'))
}

/// Words (folded, with the article) for what a person does, which the
/// gazetteer's titles leave out: before a given name and a family name, as
/// a title, they say a person is named (الروائية سناء الخطيب، المهاجم يزن
/// القضاة).
const DESCRIBERS: &[&str] = &[
    "الشاعر",
    "الشاعره",
    "الروائي",
    "الروائيه",
    "الاديب",
    "الاديبه",
    "الخبير",
    "الخبيره",
    "الباحث",
    "الباحثه",
    "المحلل",
    "المحلله",
    "الاكاديمي",
    "الاكاديميه",
    "المؤرخ",
    "الطبيب",
    "الطبيبه",
    "المهندس",
    "المهندسه",
    "الممثل",
    "الممثله",
    "المخرج",
    "المخرجه",
    "الملحن",
    "الموسيقار",
    "الاعلامي",
    "الاعلاميه",
    "الناشط",
    "الناشطه",
    "الناخب",
    "الناخبه",
    "المواطن",
    "المواطنه",
    "الطالب",
    "الطالبه",
    "المهاجم",
    "المدافع",
    "الحارس",
    "الحكم",
    "اللاعبه",
    "المحافظ",
    "الحاكم",
    "المفوض",
    "المنسق",
    "الاستاذه",
    "الفلاح",
    "المزارع",
    "المزارعه",
    "التاجر",
    "الصياد",
    "المعلم",
    "المعلمه",
    "السائق",
    "الممرض",
    "الممرضه",
    "المحاميه",
    "الصحفيه",
];

/// Whether the word is one of [`DESCRIBERS`].
pub(in crate::chains) fn describes(info: &TokenInfo) -> bool {
    static HASHES: OnceLock<Forms> = OnceLock::new();
    info.definite
        && HASHES
            .get_or_init(|| DESCRIBERS.iter().map(|w| (hash_word(w), ())).collect())
            .contains_key(&info.norm)
}

impl Chains {
    /// A person's name the tagger missed after the description that introduces
    /// it: a given name of the lists and a name word or a word training never
    /// showed after it, right after a definite word (المدير العام سفيان مقراني، وكيل الوزارة ضياء جعفر
    /// الموسوي، نائبة رئيس المكتب لبنى الحاج عمر). The name runs on over the
    /// name words and particles that follow, four words at most. Name words are
    /// as the lists have them, three letters or more and no particle (في and من
    /// are names in some list), and not words the training text showed mostly
    /// outside names (علي for على in careless spelling, مزيد).
    pub(in crate::chains) fn names_after_descriptions(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let name_word = |j: usize| {
            let info = &infos[j];
            let particle = info.triggers & TRIGGER_PARTICLE != 0
                && info.triggers & TRIGGER_TITLE == 0
                && info.clitic_chars == 0;
            !seen_outside_people(info)
                && (particle || self.name_word(words[j], info))
                && !normalize(words[j]).starts_with("لل")
        };
        // A word training never showed, with no clitic and three letters or
        // more after an article if it has one: a family name the lists lack
        // (سفيان مقراني، محامي الدفاع معاذ الروسان، للمؤرخ خالد المقدم).
        let unseen = |j: usize| {
            infos[j].stats.count == 0
                && infos[j].clitic_chars == 0
                && words[j]
                    .strip_prefix("ال")
                    .unwrap_or(words[j])
                    .chars()
                    .filter(|c| ('\u{0621}'..='\u{064A}').contains(c))
                    .count()
                    >= 3
        };
        let mut i = 1;
        while i + 1 < labels.len() {
            let described = (words[i - 1].starts_with("ال") || words[i - 1].starts_with("لل"))
                && labels[i - 1] == 0
                && infos[i - 1].triggers & NAME_WORDS == 0;
            // The tagger may have found the given name alone (خالد of
            // الأردني خالد حنيفات): its family name goes with it.
            // وليد, which the analysis read as و + ل + يد: a given name
            // whole, whatever training saw of يد.
            let whole_given = infos[i].whole_given && infos[i].clitic_chars > 0;
            if !described
                || !matches!(labels[i], 0 | 1)
                || labels[i + 1] != 0
                || infos[i].triggers & TRIGGER_GIVEN == 0 && !whole_given
                || words[i].starts_with("ال")
                || !(whole_given || name_word(i))
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
}

/// Titles a place or a body is named after with the name (folded): مطار
/// الملك خالد، مستشفى الشيخ خليفة، جامعة الأميرة نورة.
const NAMESAKE_TITLES: &[&str] = &[
    "الملك",
    "الملكه",
    "الامير",
    "الاميره",
    "الشيخ",
    "الشيخه",
    "السلطان",
    "الامام",
];

/// Whether a folded word is one of [`NAMESAKE_TITLES`] (الشيخة، الأمير).
pub(crate) fn royal_title(folded: &str) -> bool {
    NAMESAKE_TITLES.contains(&folded)
}

/// Heads of places and bodies named after a person with a title (folded),
/// as [`NAMESAKE_TITLES`] says.
const NAMESAKE_HEADS: &[&str] = &[
    "مطار",
    "ميناء",
    "ملعب",
    "استاد",
    "مستشفى",
    "مركز",
    "مؤسسه",
    "مجمع",
    "كليه",
    "جامعه",
    "مدرسه",
    "معهد",
    "مسجد",
    "قاعه",
    "جسر",
    "شارع",
];

/// The word is one of [`NAMESAKE_HEADS`] in the construct state, perhaps
/// after a preposition or و.
pub(super) fn namesake_head(word: &str, info: &TokenInfo) -> bool {
    if info.definite {
        return false;
    }
    let head = normalize(word);
    NAMESAKE_HEADS.contains(&head.trim_start_matches(['و', 'ف', 'ب', 'ل']))
}

/// Ordinals after a king's name (folded): محمد الخامس، الحسن الثاني.
const REGNAL: &[&str] = &[
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
];

/// A king's ordinal after his given name ends his name: a given name after
/// it opens another person's, which the tagger ran on with it (رئيس جامعة
/// محمد الخامس | عادل بن حمزة); one with the article (محمد الثاني الفاتح)
/// or alone (محمد الخامس رشاد) is his epithet.
pub(in crate::chains) fn regnal_ordinals_end_people(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(1) {
        if labels[i] == PER_I
            && labels[i - 1] == PER_B
            && labels[i + 1] == PER_I
            && labels.get(i + 2) == Some(&PER_I)
            && infos[i].definite
            && infos[i + 1].triggers & TRIGGER_GIVEN != 0
            && !infos[i + 1].definite
            && REGNAL.contains(&normalize(words[i]).as_str())
        {
            labels[i + 1] = PER_B;
        }
    }
}

/// A person with a title after the head of a place or a body named after
/// them (مطار الملك خالد الدولي، مستشفى الشيخ خليفة التخصصي، جامعة الأميرة
/// نورة بنت عبد الرحمن), which the tagger left alone because the given name is
/// also a word (خليفة، سلطان): the given name of the lists after the title,
/// with بن/بنت and a name, آل and a name, عبد and its definite word, and a
/// regnal ordinal. The head's own rules then take the place or the body
/// whole (`Chains::facilities`, `Chains::organisations`).
pub(in crate::chains) fn titled_namesakes(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let n = labels.len();
    for i in 0..n.saturating_sub(2) {
        let (title, given) = (i + 1, i + 2);
        if infos[title].triggers & TRIGGER_TITLE == 0
            || labels[i] != 0
            || labels[title] != 0
            || labels[given] != 0
        {
            continue;
        }
        if !namesake_head(words[i], &infos[i]) || !royal_title(&normalize(words[title])) {
            continue;
        }
        let g = &infos[given];
        if (g.triggers & TRIGGER_GIVEN == 0 && !g.whole_given) || g.definite || g.clitic_chars > 0 {
            continue;
        }
        let mut end = given + 1;
        if normalize(words[given]) == "عبد" && end < n && infos[end].definite {
            end += 1;
        }
        while end + 1 < n && labels[end] == 0 && labels[end + 1] == 0 {
            let word = normalize(words[end]);
            if matches!(word.as_str(), "بن" | "بنت" | "ابن" | "ال") {
                end += 2;
                if normalize(words[end - 1]) == "عبد" && end < n && infos[end].definite {
                    end += 1;
                }
            } else {
                break;
            }
        }
        if end < n && labels[end] == 0 && REGNAL.contains(&normalize(words[end]).as_str()) {
            end += 1;
        }
        let end = end.min(n);
        labels[given] = PER_B;
        labels[given + 1..end].fill(PER_I);
    }
}
