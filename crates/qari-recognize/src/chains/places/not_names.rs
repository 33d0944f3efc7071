//! Words the tagger named that are no names: a prayer, a disease, a storm, an
//! adverb, the city alone and a currency after an amount, most run last.

use super::*;

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
pub(in crate::chains) fn currencies(words: &[&str], labels: &mut [u8]) {
    for i in 1..words.len() {
        // The first letters of every currency, before folding the word.
        let could = words[i].starts_with(['ر', 'د', 'ج', 'ل']);
        if labels[i] == 0 || !could || !CURRENCIES.contains(&normalize(words[i]).as_str()) {
            continue;
        }
        let before = words[i - 1];
        let amount = before.chars().any(crate::tokenize::is_digit)
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

/// The prayers whose names are also places' (folded, with the article):
/// المغرب is the sunset prayer after صلاة or أذان (صلاة المغرب، بعد أذان
/// المغرب), not Morocco.
const PRAYERS: &[&str] = &["المغرب"];

/// The words before a prayer's name (folded, with their proclitics).
const BEFORE_PRAYERS: &[&str] = &["صلاه", "وصلاه", "بصلاه", "لصلاه", "اذان", "واذان", "باذان"];

/// A prayer after صلاة or أذان is no place (صلاة المغرب). Run last, after
/// the article's names are repeated, since the country may be named too.
pub(crate) fn prayers_are_no_places(words: &[&str], labels: &mut [u8]) {
    for i in 1..labels.len() {
        let alone = labels[i] == LOC_B && labels.get(i + 1) != Some(&LOC_I);
        if alone
            && PRAYERS.contains(&normalize(words[i]).as_str())
            && BEFORE_PRAYERS.contains(&normalize(words[i - 1]).as_str())
        {
            labels[i] = 0;
        }
    }
}

/// Diseases (folded, without the article), which the tagger may take for a
/// name in an article that names one often (الكوليرا as an organisation).
const DISEASES: &[&str] = &[
    "كوليرا",
    "ملاريا",
    "حصبه",
    "ايبولا",
    "ايدز",
    "جدري",
    "طاعون",
    "دفتيريا",
    "تيفوئيد",
    "انفلونزا",
    "ليشمانيا",
    "ضنك",
];

/// A name of one word that is a disease (بالكوليرا، الملاريا) is no name,
/// but for a river's or a town's (نهر إيبولا، ولاية ضنك). Run last, with
/// [`prayers_are_no_places`].
pub(crate) fn diseases_are_no_names(words: &[&str], labels: &mut [u8]) {
    for i in 0..labels.len() {
        let alone = matches!(labels[i], PER_B | LOC_B | ORG_B)
            && labels.get(i + 1).is_none_or(|&l| !is_inside(l));
        if !alone {
            continue;
        }
        let folded = normalize(words[i]);
        let bare = folded.trim_start_matches(['و', 'ف']);
        let bare = bare.strip_prefix(['ب', 'ل', 'ك']).unwrap_or(bare);
        let bare = bare
            .strip_prefix("ال")
            .or_else(|| bare.strip_prefix('ل'))
            .unwrap_or(bare);
        if !DISEASES.contains(&bare) {
            continue;
        }
        // (A river's, or a town's: ولاية ضنك in Oman.)
        let before = if i > 0 {
            normalize(words[i - 1])
        } else {
            String::new()
        };
        let river = ["نهر", "ولايه", "مدينه", "بلده", "قريه"]
            .iter()
            .any(|w| before.ends_with(w));
        if !river {
            labels[i] = 0;
        }
    }
}

/// Words (folded, without the article) for a storm, which is named by a
/// person's name or a word (العاصفة دانيال، إعصار جونو).
const STORMS: &[&str] = &["عاصفه", "اعصار", "منخفض"];

/// Words (folded) of the weather around سيول, torrents, which the lists also
/// hold as Seoul (سيول جارفة، جراء سيول وأمطار غزيرة).
const WEATHER: &[&str] = &[
    "امطار",
    "الامطار",
    "وامطار",
    "جارفه",
    "غزيره",
    "فيضانات",
    "والفيضانات",
    "الفيضانات",
    "تجتاح",
    "تجرف",
    "جرفت",
    "اجتاحت",
    "عاصفه",
    "العاصفه",
    "منخفض",
];

/// A storm's name of one word after its head, in marks or not (العاصفة
/// "دانيال"، إعصار جونو), names an event, not a person or a place; and سيول
/// among words of the weather is torrents, not Seoul. Run last, with
/// [`prayers_are_no_places`].
pub(crate) fn storms_are_no_names(words: &[&str], labels: &mut [u8]) {
    for i in 1..labels.len() {
        let alone =
            matches!(labels[i], PER_B | LOC_B) && labels.get(i + 1).is_none_or(|&l| !is_inside(l));
        if !alone {
            continue;
        }
        let marked = matches!(words[i - 1], "\"" | "«" | "“");
        let head = if marked {
            i.checked_sub(2)
        } else {
            Some(i - 1)
        };
        // (Folded only where the raw word may be one: most names follow
        // no storm.)
        let storm = head.is_some_and(|h| {
            ["عاصف", "عصار", "منخفض"].iter().any(|p| holds(words[h], p)) && {
                let folded = normalize(words[h]);
                let bare = folded.trim_start_matches(['و', 'ف', 'ب', 'ل']);
                STORMS.contains(&bare.strip_prefix("ال").unwrap_or(bare))
            }
        });
        let torrents = labels[i] == LOC_B
            && holds(words[i], "سيول")
            && normalize(words[i]) == "سيول"
            && (i.saturating_sub(3)..(i + 4).min(words.len()))
                .any(|k| k != i && WEATHER.contains(&normalize(words[k]).as_str()));
        if storm || torrents {
            labels[i] = 0;
        }
    }
}

/// A word in يا with a comma after it that no list holds as a place, nor
/// training mostly saw as one, is an adverb made of a nisba (ميدانيا، on the
/// ground; خطأ دفاعيا، a defensive error), not a country's name in يا
/// (سوريا، كينيا, which the lists hold), unless it stands in a list after a
/// comma (اليونان، مقدونيا، بلغاريا). Run last, with [`prayers_are_no_places`].
pub(crate) fn adverbs_are_no_places(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    for i in 0..labels.len().saturating_sub(1) {
        if labels[i] == LOC_B
            && labels[i + 1] == 0
            && matches!(words[i + 1], "،" | ",")
            && (i == 0 || !matches!(words[i - 1], "،" | ","))
            && infos[i].stats.shares[1] < 128
            && infos[i].gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
            && words[i].ends_with("يا")
            && words[i].chars().count() >= 5
        {
            labels[i] = 0;
        }
    }
}

/// "The city" alone (المدينة, with a proclitic or not) is the city the text
/// spoke of, not a name: Medina is المدينة المنورة, which the lists hold whole.
/// Run last, with [`prayers_are_no_places`].
pub(crate) fn the_city_is_no_place(words: &[&str], labels: &mut [u8]) {
    for i in 0..labels.len() {
        let alone = labels[i] == LOC_B && labels.get(i + 1) != Some(&LOC_I);
        if !alone || !words[i].ends_with("مدينة") {
            continue;
        }
        let folded = normalize(words[i]);
        let bare = folded.trim_start_matches(['و', 'ف']);
        let bare = bare.strip_prefix(['ب', 'ك']).unwrap_or(bare);
        if matches!(bare, "المدينه" | "للمدينه") {
            labels[i] = 0;
        }
    }
}
