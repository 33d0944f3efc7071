//! Where names begin and end by rule, over the tagger's labels: at a dash
//! between two people, before a preposition or a particle no name ends on,
//! after the reporting verb a name was opened on, after the family name that
//! follows a compound (عبد الرحيم الزيات); a spokesperson's name after the body
//! they speak for.

use super::people::{family_name_at, family_word, may_follow_a_name};
use super::*;
use crate::quotes::words::{QuoteWords, VERB, WEAK};

/// Where a person's name the tagger found holds more than one name, it ends
/// there. Two names of two words or more on either side of a dash are two
/// people (عاطف فتحي - صالح الحمصي, a byline's pair), where a dash before one
/// word joins a name's parts (كيم جونغ - ايل، ميشال اليو - ماري). A name does
/// not end on the preposition على (written with ى) before a word that is no
/// name (حمد محمد | على جائزة), nor on بيد before أن (however: ايكر كاسياس |
/// بيد ان): the preposition and the conjunction are nearly never in names.
pub(super) fn people_apart(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    let mut start = 0;
    for i in 0..labels.len() {
        match labels[i] {
            PER_B => start = i,
            PER_I => {}
            _ => continue,
        }
        let dash = matches!(words[i], "-" | "–" | "—");
        let ends_here = i + 1 == labels.len() || labels[i + 1] != PER_I;
        if dash && labels[i] == PER_I && i >= start + 2 {
            // (Two words are enough to know: a name of thousands of dashes
            // is not counted out at each.)
            let right = (i + 1..labels.len())
                .take_while(|&k| labels[k] == PER_I)
                .take(2)
                .count();
            if right >= 2 {
                labels[i] = 0;
                labels[i + 1] = PER_B;
                start = i + 1;
            }
        } else if ends_here && labels[i] == PER_I && i + 1 < labels.len() {
            let next = words[i + 1];
            let preposition = words[i] == "على"
                && labels[i + 1] == 0
                && infos[i + 1].triggers & NAME_WORDS == 0
                && infos[i + 1].gazetteer & (PERSON_LIST_BEGIN | PERSON_LIST_INSIDE) == 0;
            let however = words[i] == "بيد" && normalize(next) == "ان";
            if preposition || however {
                labels[i] = 0;
            }
        }
    }
}

/// Particles no name ends on (folded): أن and إن with or without a pronoun,
/// prepositions of two letters, negations. After a letter of an acronym they
/// may be one (سي ان ان).
const NEVER_LAST: &[&str] = &[
    "ان", "انه", "انها", "من", "في", "عن", "لا", "لم", "لن", "قد", "ما", "ثم", "اي",
];

/// A name the tagger ran on into a particle ends before it (قالت الدول
/// المؤسسة [للمنظمة] إن …), unless the word before it is an acronym's letter.
pub(super) fn particles_end_names(words: &[&str], labels: &mut [u8]) {
    for i in 1..labels.len() {
        let last = is_inside(labels[i]) && labels.get(i + 1).is_none_or(|&l| l != labels[i]);
        if !last {
            continue;
        }
        let folded = normalize(words[i]);
        // على and إلى written with ي (علي، الي) end no organisation, though
        // علي ends many a person's name.
        let organisation = labels[i] == ORG_I && ORG_NEVER_LAST.contains(&folded.as_str());
        if (NEVER_LAST.contains(&folded.as_str()) || organisation)
            && normalize(words[i - 1]).chars().count() >= 3
        {
            labels[i] = 0;
        }
    }
}

/// A name the tagger ran on for more than [`LONGEST_NAME`] tokens is none: a
/// line of one name repeated thousands of times (منظمة الصحة منظمة الصحة …),
/// which every rule after would read again from each of its words.
pub(super) fn overlong_spans_are_no_names(labels: &mut [u8]) {
    let mut start = 0;
    for i in 0..=labels.len() {
        if i < labels.len() && is_inside(labels[i]) {
            continue;
        }
        if i - start > LONGEST_NAME {
            labels[start..i].fill(0);
        }
        start = i;
    }
}

/// A dash, a colon or a comma inside a person's or a place's name the tagger
/// found ends it there when the name opened on a place or an organisation of
/// the lists (هسبريس - عبد الإله الوزاني: the outlet, then its reporter);
/// what follows is a name of the same kind on its own. (A name may hold a
/// hyphen written apart: نانا ايفا - ابنتنغ; an organisation a sign: أوبك+.)
pub(super) fn punctuation_ends_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I, LOC_I]) {
        return;
    }
    const LISTED: u16 = PLACE_LIST_BEGIN | CURATED_ORG_BEGIN | CURATED_PLACE_BEGIN | ORG_LIST_BEGIN;
    // Where the name around word `i` begins: the last word before it that is
    // no name's inside (kept as the loop goes, so that a name of thousands of
    // marks is not walked back at each).
    let mut start = 0;
    for i in 1..labels.len() {
        if !is_inside(labels[i - 1]) {
            start = i - 1;
        }
        if !matches!(labels[i], PER_I | LOC_I)
            || words[i].chars().any(crate::tokenize::is_alphanumeric)
        {
            continue;
        }
        if infos[start].gazetteer & LISTED == 0 {
            continue;
        }
        let inside = labels[i];
        labels[i] = 0;
        if labels.get(i + 1) == Some(&inside) {
            labels[i + 1] = inside - 1;
        }
    }
}

/// A person's name does not end on a glued preposition and what it takes:
/// a city or a country of the lists (ملعب حمادي العقربي | برادس) or a
/// definite noun (هيكتور كوبر | بالتراضي). The word ends the name, a place or
/// nothing. Not a name's own word (بنت، بلان), one after بن (جعفر بن برقان),
/// nor a ruler's بالله.
pub(super) fn glued_places_end_people(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    const CITIES: u16 = COUNTRY_LIST_BEGIN | CITY_LIST_BEGIN;
    for i in 1..labels.len() {
        let t = &infos[i];
        let last = labels.get(i + 1) != Some(&PER_I);
        if labels[i] != PER_I
            || !last
            || t.clitic_chars == 0
            || !words[i].starts_with(['ب', 'ل'])
            || t.whole_given
            || t.triggers & (NAME_WORDS | TRIGGER_PARTICLE) != 0
            || after_connector(words[i - 1])
        {
            continue;
        }
        let city = t.gazetteer & CITIES != 0 && t.stem_len >= 4;
        let noun = t.definite && !normalize(words[i]).ends_with("الله");
        if city {
            labels[i] = LOC_B;
        } else if noun {
            labels[i] = 0;
        }
    }
}

/// A word that joins a name to the next one (بن، ابن، بنت، أبو، أم): the
/// word after it is a name (جعفر بن برقان), whatever place it spells.
pub(super) fn after_connector(word: &str) -> bool {
    matches!(
        normalize(word).as_str(),
        "بن" | "ابن" | "بنت" | "ابو" | "ابي" | "ام" | "ال"
    )
}

/// Words that end no organisation's name (folded): prepositions spelt as the
/// given name علي is.
const ORG_NEVER_LAST: &[&str] = &["علي", "الي"];

/// A person's name of two words or more that the tagger opened on a reporting
/// verb begins after it (ناشد | محرم الراغب، كما طالب | أنان): the verb stands
/// before its subject. After a title, a particle or a nationality (الشيخ
/// طالب، أبو طالب، الكويتي طالب الدوسري), or after another person in a list
/// (سيدورف وروي ماكاي), the word is a given name; so is a verb that is also a
/// common other word (طالب, a student and a given name) when the lists hold it
/// as a given name or a family name with the article follows (طالب الرفاعي).
pub(crate) fn verbs_open_no_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
    quote_words: &QuoteWords,
) {
    for a in 0..labels.len().saturating_sub(1) {
        if labels[a] != PER_B || labels[a + 1] != PER_I {
            continue;
        }
        let class = quote_words.whole_classes(&infos[a]);
        let verb = class & VERB != 0
            && (class & WEAK == 0
                || infos[a].triggers & TRIGGER_GIVEN == 0
                    && !normalize(words[a + 1]).starts_with("ال"));
        let named = a > 0
            && (infos[a - 1].triggers & (TRIGGER_TITLE | TRIGGER_PARTICLE) != 0
                || infos[a - 1].nationality
                || matches!(labels[a - 1], PER_B | PER_I));
        if verb && !named {
            labels[a] = 0;
            labels[a + 1] = PER_B;
        }
    }
}

/// A person's name that ends on a compound whose second word has the article
/// (عبد الرحيم، صلاح الدين، أبو الحسن، بن الحسن، ذبيح الله) goes on with a family name after it: one of the
/// lists or a word training never showed, with the article, that general
/// Arabic does not use as a noun nor training mostly outside names (الشهير),
/// no plural and no participle of a passive (المفرج عنه), and that is no day (محمد عبد الرحيم |
/// الزيات، مصطفى صلاح الدين | الجمال، أنس أبو الحسن | الدغيم). `family_after_given` reads names that
/// end on a given name; these end on the compound.
pub(super) fn family_after_compounds(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(1) {
        if labels[i] != PER_I || labels[i + 1] != 0 {
            continue;
        }
        let folded = normalize(words[i]);
        let before = normalize(words[i - 1]);
        let compound = folded.starts_with("ال")
            && (matches!(before.as_str(), "عبد" | "ابو" | "بن" | "ابن")
                || folded == "الدين"
                || folded == "الله" && BEFORE_ALLAH.contains(&before.as_str()));
        if !compound {
            continue;
        }
        let next = &infos[i + 1];
        let next_folded = normalize(words[i + 1]);
        // A plural or a participle with its preposition describes the person
        // (عبد الله المبتعثين، علاء عبد الفتاح المفرج عنه).
        let describes = definite_pair(&next_folded)
            || next_folded.ends_with("ات")
            || words
                .get(i + 2)
                .is_some_and(|w| matches!(normalize(w).as_str(), "عنه" | "عنها" | "عنهم"));
        if family_word(&next_folded, next)
            && !seen_outside_people(next)
            && !describes
            && may_follow_a_name(&next_folded, next)
        {
            labels[i + 1] = PER_I;
        }
    }
}

/// A spokesperson (folded, without و and the article), who speaks باسم a body:
/// المتحدث باسم، الناطقة باسم.
const SPOKESPEOPLE: &[&str] = &["متحدث", "متحدثه", "ناطق", "ناطقه"];

/// Two words the tagger left alone right after the body a spokesperson speaks
/// for are the spokesperson's name when training never showed them and they
/// hold no article, no proclitic and no verb's prefix (المتحدث باسم الجيش
/// الإسرائيلي أفيخاي أدرعي): a title or a verb there has one (المتحدث باسم
/// الوزارة الدكتور …، باسم الحكومة يؤكد). Names that open as a verb would
/// (يوري، ستيفان) are left to the tagger. Run after the reader's chains
/// (`Chains::institutions`), which name the armies and ministries ANERcorp
/// leaves out.
pub(crate) fn spokespeople(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let n = labels.len();
    let mut i = 1;
    while i < n {
        // The label first: the words are folded only before an organisation.
        let speaks_for = |i: usize| {
            i >= 2 && normalize(words[i - 1]) == "باسم" && {
                let folded = normalize(words[i - 2]);
                let bare = folded.strip_prefix('و').unwrap_or(&folded);
                SPOKESPEOPLE.contains(&bare.strip_prefix("ال").unwrap_or(bare))
            }
        };
        // The body named by one definite noun (المتحدث باسم المجلس): a given
        // name of the lists and a family name after it (علي الكثيري), the
        // given name alone being no preposition after a body.
        if labels[i] == 0
            && i + 2 < n
            && infos[i].definite
            && infos[i].clitic_chars == 0
            && labels[i + 1] == 0
            && labels[i + 2] == 0
            && infos[i + 1].triggers & TRIGGER_GIVEN != 0
            && infos[i + 1].triggers & TRIGGER_TITLE == 0
            && !infos[i + 1].definite
            && speaks_for(i)
            && family_name_at(words, infos, i + 2)
            // A family name of the article or the lists: after علي, a word
            // with a pronoun is the preposition's object (علي تعاونهم).
            && (infos[i + 2].definite || infos[i + 2].triggers & TRIGGER_FAMILY != 0)
        {
            labels[i + 1] = PER_B;
            labels[i + 2] = PER_I;
            i += 3;
            continue;
        }
        let spokesperson = labels[i] == ORG_B && speaks_for(i);
        if !spokesperson {
            i += 1;
            continue;
        }
        let end = span_end(labels, i);
        let name_word = |k: usize| {
            let folded = normalize(words[k]);
            labels[k] == 0
                && infos[k].stats.count == 0
                && infos[k].clitic_chars == 0
                && infos[k].shape == 0
                && infos[k].triggers & TRIGGER_TITLE == 0
                && !folded.starts_with("ال")
                && !future_verb(&folded)
                && !folded.starts_with(['ي', 'ت'])
                && folded.chars().count() >= 3
        };
        if end + 1 < n && name_word(end) && name_word(end + 1) {
            labels[end] = PER_B;
            labels[end + 1] = PER_I;
        }
        i = end;
    }
}

/// A league named after its sponsor (دوري روشن، دوري نجوم قطر) names no
/// person: a person the tagger found right after دوري is dropped.
pub(super) fn leagues_name_no_people(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != PER_B {
            continue;
        }
        let before = normalize(words[i - 1]);
        let league = ["دوري", "الدوري", "بدوري", "لدوري", "ودوري"].contains(&before.as_str());
        if league {
            let end = span_end(labels, i);
            labels[i..end].fill(0);
        }
    }
}

/// A person's name that a hyphen written without spaces holds (جان-بابتيست،
/// دنتون-هايز) is one name, though the tagger opened another at the word
/// after it, or left alone a word after it that can only be a name's
/// (نكوسازانا دلاميني-زوما): no article, proclitic, title or common word,
/// one training saw seldom or mostly in names, and no second hyphen after
/// it. A hyphen written for a dash (بلينكن-في إشارة إلى الصين-إن …) sets
/// a name apart. `glued(i)` tells that token `i` touches the tokens on both
/// sides.
pub(crate) fn hyphenated_people(
    words: &[&str],
    infos: &[TokenInfo],
    glued: impl Fn(usize) -> bool,
    labels: &mut [u8],
) {
    let hyphen = |w: &str| matches!(w, "-" | "‐" | "‑");
    for i in 1..labels.len().saturating_sub(1) {
        if !matches!(labels[i - 1], PER_B | PER_I) || !hyphen(words[i]) || !glued(i) {
            continue;
        }
        let next = &infos[i + 1];
        let name_word = || {
            let folded = normalize(words[i + 1]);
            labels[i + 1] == 0
                && folded.chars().count() >= 2
                && arabic_letters_only(&folded)
                && !next.definite
                && next.clitic_chars == 0
                && !next.common_word
                && next.triggers & (TRIGGER_TITLE | TRIGGER_SPEECH | TRIGGER_PARTICLE) == 0
                && !seen_outside_people(next)
                && !words.get(i + 2).is_some_and(|w| hyphen(w))
        };
        if matches!(labels[i + 1], PER_B | PER_I) || name_word() {
            labels[i] = PER_I;
            labels[i + 1] = PER_I;
        }
    }
}

/// A nationality the tagger took as a person's first word describes the
/// person (الغاني | كوامي أسانتي، للبحريني | علي بلال منصور): the name
/// starts after it. Inside what the tagger took for one name, before a word
/// training never showed and without the article, it stands between two
/// people, the one before and the one it describes (اللاعب كارلوس |
/// الصربي | نوفاك ديوكوفيتش); before a word with the article it may be part
/// of a classical name (النحريري السعودي الضرير), and at a name's end the
/// family name (محمد المصري).
pub(super) fn nationalities_open_no_people(infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        if !(infos[i].nationality && infos[i].definite && labels[i + 1] == PER_I) {
            continue;
        }
        let next = &infos[i + 1];
        let between = labels[i] == PER_I && next.stats.count == 0 && !next.definite;
        if labels[i] == PER_B || between {
            labels[i] = 0;
            labels[i + 1] = PER_B;
        }
    }
}

/// Words a name's Latin spelling in brackets holds at most (South China
/// Morning Post).
const GLOSS_WORDS: usize = 6;

/// A word of a name's Latin spelling: letters of no Arabic script, digits, and
/// the marks inside names (AT&T، O'Neill، S.A.).
fn latin_word(word: &str) -> bool {
    word.chars().any(crate::tokenize::is_alphabetic)
        && word.chars().all(|c| {
            (c.is_alphanumeric() && !('\u{0600}'..='\u{06FF}').contains(&c))
                || matches!(c, '&' | '.' | '-' | '\'')
        })
}

/// The kind (as [`TYPES`] counts) of the name whose Latin spelling the words
/// `a..b` are: alone in brackets, with a capital, right after an Arabic name
/// the labels mark or after its nationality (شركة إيني الإيطالية (Eni)).
pub(crate) fn latin_gloss(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &[u8],
    a: usize,
    b: usize,
) -> Option<usize> {
    if a < 2
        || b <= a
        || b - a > GLOSS_WORDS
        || words[a - 1] != "("
        || words.get(b) != Some(&")")
        || !words[a..b].iter().all(|w| latin_word(w))
        || !words[a..b]
            .iter()
            .any(|w| w.chars().any(char::is_uppercase))
    {
        return None;
    }
    let mut named = a - 2;
    if labels[named] == 0 && infos[named].nationality && named > 0 {
        named -= 1;
    }
    // (A name of Latin words is the tagger's guess: it spells nothing.)
    if !crate::has_arabic_letter(words[named]) {
        return None;
    }
    let ty = match labels[named] {
        l @ 1..=6 => usize::from((l - 1) / 2),
        _ => return None,
    };
    let start = (0..=named)
        .rev()
        .find(|&k| labels[k] == 1 + 2 * ty as u8)
        .unwrap_or(named);
    spells(&words[start..=named], &words[a..b], ty == 2).then_some(ty)
}

/// Words of a name that spell no word of its Latin form (بن، آل، ولد) and
/// Latin words that spell no Arabic one (The, of, da, van), folded.
const UNSPELT: &[&str] = &[
    "بن", "ابن", "بنت", "ابو", "ال", "ولد", "the", "of", "and", "for", "le", "la", "les", "el",
    "al", "de", "da", "di", "du", "del", "dos", "das", "der", "die", "van", "von", "bin", "ibn",
    "&",
];

/// The Latin letters a name's word may begin with when it begins with the
/// Arabic letter `c`, as news spells foreign names.
fn latin_initials(c: char) -> &'static str {
    match c {
        'ا' | 'ع' => "aeiouy",
        'ب' => "bpv",
        'پ' => "p",
        'ت' => "tc",
        'ث' => "ts",
        'ج' => "jgdz",
        'ح' => "h",
        'خ' => "khcj",
        'د' | 'ض' => "d",
        'ذ' | 'ظ' => "dzt",
        'ر' => "r",
        'ز' => "zs",
        'س' | 'ص' => "scx",
        'ش' => "sc",
        'ط' => "t",
        'غ' => "gr",
        'ف' => "fpv",
        'ڤ' => "v",
        'ق' => "qkgc",
        'ك' => "kcq",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'ه' => "hae",
        'و' => "wvou",
        'ي' | 'ى' => "yjie",
        _ => "",
    }
}

/// A Latin letter without its accent, lower case (É, Ç, Ş, İ).
fn plain_latin(c: char) -> char {
    match c.to_lowercase().next().unwrap_or(c) {
        'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'ş' | 'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ñ' | 'ń' => 'n',
        'ğ' => 'g',
        'ł' => 'l',
        other => other,
    }
}

/// Whether the Latin words `latin` can spell the name `arabic`: word by word,
/// each beginning with a letter its Arabic word may be written with
/// (سيموني إنزاغي, Simone Inzaghi; not جون سميث, Harvard University). An
/// organisation's Latin name need share only one word's beginning
/// (شركة إيني الإيطالية, Eni), or be an acronym (هيئة الإحصاء التركية, TÜİK).
fn spells(arabic: &[&str], latin: &[&str], organisation: bool) -> bool {
    // A word's first letter, and after the article the next one's (البيرتو is
    // Alberto, الدانوب the Danube).
    let initials = |w: &str| -> Option<(char, char)> {
        let folded = normalize(w);
        let first = folded.chars().next()?;
        let bare = folded.strip_prefix("ال").filter(|r| r.chars().count() >= 2);
        Some((first, bare.and_then(|b| b.chars().next()).unwrap_or(first)))
    };
    let arabic: Vec<(char, char)> = arabic
        .iter()
        .filter(|w| !UNSPELT.contains(&normalize(w).as_str()))
        .filter_map(|w| initials(w))
        .collect();
    let acronym = latin.len() == 1
        && (2..=6).contains(&latin[0].chars().count())
        && latin[0]
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    let first_letter = |w: &&str| {
        w.chars()
            .find(|&c| crate::tokenize::is_alphabetic(c))
            .map(plain_latin)
    };
    let fits = |(a, b): (char, char), l: char| {
        latin_initials(a).contains(l) || latin_initials(b).contains(l)
    };
    if organisation {
        // (Its article too: صحيفة لوموند, Le Monde.)
        return acronym
            || latin
                .iter()
                .filter_map(first_letter)
                .any(|l| arabic.iter().any(|&a| fits(a, l)));
    }
    let latin: Vec<char> = latin
        .iter()
        .filter(|w| !UNSPELT.contains(&w.to_lowercase().as_str()))
        .filter_map(first_letter)
        .collect();
    arabic.len() == latin.len() && arabic.iter().zip(&latin).all(|(&a, &l)| fits(a, l))
}

/// A name's Latin spelling in brackets is a mention of that name: سيموني
/// إنزاغي (Simone Inzaghi)، صحيفة واشنطن بوست (The Washington Post). The
/// tagger, which learned names from Arabic text, marks such words at random;
/// they take the kind of the name they spell.
pub(crate) fn latin_glosses(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let mut i = 0;
    while i + 2 < words.len() {
        if words[i] != "(" {
            i += 1;
            continue;
        }
        let end = (i + 1..words.len().min(i + 2 + GLOSS_WORDS)).find(|&j| words[j] == ")");
        if let Some(end) = end {
            if let Some(ty) = latin_gloss(words, infos, labels, i + 1, end) {
                let b = 1 + 2 * ty as u8;
                labels[i + 1] = b;
                labels[i + 2..end].fill(b + 1);
            }
        }
        i += 1;
    }
}

/// Words that name what a title in quotation marks after them is the title
/// of (folded, after ب or not): a report, a campaign, an operation, a work.
/// Not اسم: what is known by a name (يعرف باسم "بي الكبير") is a name, as
/// ANERcorp marks it.
const TITLED: &[&str] = &[
    "عنوان",
    "عنوانه",
    "عنوانها",
    "شعار",
    "وسم",
    "هاشتاغ",
    "هاشتاق",
    "عمليه",
    "حمله",
    "مبادره",
    "مسلسل",
    "فيلم",
    "كتاب",
    "روايه",
    "برنامج",
    "اغنيه",
    "مسرحيه",
    "تقرير",
    "دراسه",
    "وثيقه",
];

/// A name the tagger found that is the whole of a title in quotation marks,
/// after a word that says it is one (بعنوان "نخلتي هويتي"، عملية "إيريني"،
/// مسلسل "نصر الله"), is that title, no person, place or body: ANERcorp marks
/// such titles as other names. A name that is part of a title stays
/// (بعنوان "الطريق إلى بيليم").
pub(super) fn whole_titles_are_no_names(words: &[&str], labels: &mut [u8]) {
    let mut a = 2;
    while a < labels.len() {
        if labels[a] == 0 || is_inside(labels[a]) {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        let quoted = crate::quotes::closer(words[a - 1])
            .zip(words.get(b))
            .is_some_and(|(close, &w)| !w.is_empty() && close.contains(w));
        if quoted && titled(words[a - 2]) {
            labels[a..b].fill(0);
        }
        a = b;
    }
}

/// Whether a word says a title follows: [`TITLED`], after ب, و or none.
fn titled(word: &str) -> bool {
    let folded = normalize(word);
    let plain = folded.strip_prefix('و').unwrap_or(&folded);
    let plain = plain.strip_prefix('ب').unwrap_or(plain);
    let plain = plain.strip_prefix("ال").unwrap_or(plain);
    TITLED.contains(&plain)
}
