//! Where what the tagger found is no name: a sentence in Persian or Urdu,
//! a lone common word with no evidence of a person, و before a short given
//! name, a page's line of share buttons; checks of the text around a name,
//! apart from the pipeline that runs them.

use crate::features::TokenInfo;
use crate::gazetteer::{self, Gazetteer};
use crate::{normalize, tagger, train};

/// Letters of Persian and Urdu that Arabic never writes (پ چ ژ گ and Urdu's
/// ٹ ڈ ڑ ں ۀ ے). Not ی and ک, nor ہ and ھ: Arabic typed on a Persian keyboard,
/// or by outlets in Iran, spells ي and ك and ه with them (فی طهران، الوکالة).
const PERSIAN_LETTERS: &[char] = &['پ', 'چ', 'ژ', 'گ', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ۀ', 'ے'];

/// Words of Persian and Urdu that Arabic does not have, as they are written.
const PERSIAN_WORDS: &[&str] = &[
    "را", "است", "که", "برای", "های", "از", "در", "می", "شد", "شده", "دارد", "بود", "نے", "کے",
    "ہے",
];

/// Whether a sentence is Persian or Urdu rather than Arabic: a sixth of its
/// words in Arabic script, and at least two, have a letter Arabic never
/// writes or are words Arabic does not have. The tagger learned Arabic: on
/// Persian it runs a name over a whole clause (مسعود پزشکیان روز دوشنبه در
/// تهران گفت). An Arabic sentence with one name spelt with گ, or Arabic spelt
/// with ی and ک, is still read.
pub(crate) fn written_in_persian(words: &[&str]) -> bool {
    let (mut script, mut persian) = (0, 0);
    for w in words {
        // Arabic script (U+0600 to U+06FF) is two bytes led by 0xD8 to 0xDB.
        if !w.bytes().any(|b| (0xD8..=0xDB).contains(&b)) {
            continue;
        }
        script += 1;
        if w.contains(PERSIAN_LETTERS) || PERSIAN_WORDS.contains(w) {
            persian += 1;
        }
    }
    persian >= 2 && persian * 6 >= script
}

/// A person the tagger found as one word that general Arabic also uses as a
/// noun or an adjective (آمنة safe, نور light, كريم generous: `names-common.txt`)
/// is no person unless the text gives some evidence of one: somewhere in the
/// text, that word in a name of two words or more, or after a title, or beside a
/// speech verb (وقال كريم). "الأوضاع آمنة" (the situation is safe) and a
/// one-word line آمنة have none.
pub(crate) fn lone_common_names(
    words: &[Vec<&str>],
    tagged: &mut [tagger::Tagged],
    gazetteer: &Gazetteer,
) {
    use gazetteer::{TRIGGER_SPEECH, TRIGGER_TITLE};
    // A speech verb, also when the analysis kept و or ف on it (وأكد is a word
    // the training text knows whole, so its stem keeps the و).
    let speech = |w: &str, info: &TokenInfo| {
        info.triggers & TRIGGER_SPEECH != 0 || {
            let folded = normalize::normalize(w);
            folded.strip_prefix(['و', 'ف']).is_some_and(|rest| {
                gazetteer.triggers(normalize::hash_word(rest), normalize::hash_exact(rest))
                    & TRIGGER_SPEECH
                    != 0
            })
        }
    };
    let beside = |words: &[&str], infos: &[TokenInfo], a: usize| {
        (a > 0
            && (infos[a - 1].triggers & TRIGGER_TITLE != 0 || speech(words[a - 1], &infos[a - 1])))
            || (a + 1 < infos.len() && speech(words[a + 1], &infos[a + 1]))
    };
    let mut supported = std::collections::HashSet::new();
    let mut lone = Vec::new();
    for (si, t) in tagged.iter().enumerate() {
        if !t.labels.contains(&1) {
            continue;
        }
        for (a, b, ty) in train::span_iter(&t.labels) {
            if ty != 0 {
                continue;
            }
            if b - a > 1 || beside(&words[si], &t.infos, a) {
                supported.extend(t.infos[a..b].iter().map(|i| i.stem));
            } else {
                lone.push((si, a));
            }
        }
    }
    for (si, a) in lone {
        let info = &tagged[si].infos[a];
        let folded = normalize::normalize(words[si][a]);
        let bare: String = folded
            .chars()
            .skip(usize::from(info.clitic_chars))
            .collect();
        if !supported.contains(&info.stem) && gazetteer.is_common(normalize::hash_exact(&bare)) {
            tagged[si].labels[a] = 0;
        }
    }
}

/// A word that is و and a given name of two letters the lists hold (وجو،
/// ومي), and that no list knows whole (فاس، فون are names with ف; وفا
/// is one with و): the conjunction is no part of the name.
pub(crate) fn short_given_after_conjunction(word: &str, gazetteer: &Gazetteer) -> bool {
    let folded = normalize::normalize(word);
    let triggers =
        |w: &str| gazetteer.triggers(gazetteer::first_word_key(w), normalize::hash_exact(w));
    word.starts_with('و')
        && folded.chars().count() == 3
        && triggers(&folded) == 0
        && gazetteer.known(gazetteer::first_word_key(&folded)) == 0
        && folded
            .strip_prefix('و')
            .is_some_and(|rest| triggers(rest) & gazetteer::TRIGGER_GIVEN != 0)
}

/// Words that open a page's line of buttons to share it or follow its site
/// (folded), before a colon: شارك: فيسبوك - تويتر، شارك المقال: …، تابعونا
/// على: ….
const SHARE_CUES: &[&str] = &["شارك", "شاركوا", "انشر", "مشاركه", "تابعونا", "تابعنا"];

/// Tokens of a line of buttons at most: a cue, a colon and a handful of sites.
const SHARE_LINE_TOKENS: usize = 24;

/// The names of a short line of buttons (one of [`SHARE_CUES`] where a line
/// opens, a colon within its next three words) are the page's, not the
/// article's: no mentions. شارك الرئيس في القمة is a sentence, and keeps its.
pub(crate) fn share_lines(
    words: &[Vec<&str>],
    tagged: &mut [tagger::Tagged],
    line_starts: &[bool],
) {
    for (si, t) in tagged.iter_mut().enumerate() {
        let w = &words[si];
        if !line_starts[si] || w.len() > SHARE_LINE_TOKENS || !t.labels.iter().any(|&l| l != 0) {
            continue;
        }
        let Some(first) = w.first() else {
            continue;
        };
        let colon = w.iter().skip(1).take(3).any(|&x| x == ":");
        let folded = normalize::normalize(first);
        let bare = folded.strip_prefix('و').unwrap_or(&folded);
        if colon && SHARE_CUES.contains(&bare) {
            t.labels.fill(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_and_urdu_sentences_are_told_from_arabic_ones() {
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        assert!(written_in_persian(&words(
            "مسعود پزشکیان روز دوشنبه در تهران گفت که ما به دنبال گفت‌وگو هستیم"
        )));
        assert!(written_in_persian(&words(
            "وزیر اعظم پاکستان شہباز شریف نے کہا"
        )));
        // Persian without its own letters, told by its words.
        assert!(written_in_persian(&words(
            "وزیر خارجه ایران روز دوشنبه در تهران گفت که مذاکرات ادامه دارد"
        )));
        assert!(written_in_persian(&words(
            "وزیر خارجه ایران روز دوشنبه در تهران اعلام کرد مذاکرات ادامه دارد"
        )));
        // One foreign name spelt with گ in an Arabic sentence.
        assert!(!written_in_persian(&words(
            "وقال المدير التنفيذي لشركة گوگل إن الشركة ستفتتح مكتبا في دبي"
        )));
        assert!(!written_in_persian(&words(
            "قال الرئيس إن الحكومة ستواصل العمل"
        )));
        // Arabic spelt with ی and ک, as outlets in Iran write it.
        assert!(!written_in_persian(&words(
            "وقال وزیر الخارجیة الإیرانی عباس عراقجی فی طهران إن المحادثات مع الوکالة الدولیة للطاقة الذریة ستستمر"
        )));
    }

    fn tagged(words: &[&str], labels: &[u8], triggers: &[u8]) -> tagger::Tagged {
        let infos = words
            .iter()
            .zip(triggers)
            .map(|(w, &triggers)| TokenInfo {
                stem: normalize::hash_word(&normalize::normalize(w)),
                triggers,
                ..TokenInfo::default()
            })
            .collect();
        tagger::Tagged {
            infos,
            labels: labels.to_vec(),
        }
    }

    #[test]
    fn a_lone_common_word_is_no_person_without_evidence() {
        let g = Gazetteer::builtin();
        let lone = |sentences: &[(&[&str], &[u8], &[u8])]| -> Vec<Vec<u8>> {
            let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.0.to_vec()).collect();
            let mut t: Vec<_> = sentences.iter().map(|s| tagged(s.0, s.1, s.2)).collect();
            lone_common_names(&words, &mut t, &g);
            t.into_iter().map(|t| t.labels).collect()
        };
        // "The situation is safe", and a line that is the one word آمنة.
        assert_eq!(lone(&[(&["الأوضاع", "آمنة"], &[0, 1], &[0, 0])]), [[0, 0]]);
        assert_eq!(lone(&[(&["آمنة"], &[1], &[0])]), [[0]]);
        assert_eq!(lone(&[(&["نور", "الشمس"], &[1, 0], &[0, 0])]), [[0, 0]]);
        // Beside a speech verb or after a title it is a name (وقال كريم).
        let speech = gazetteer::TRIGGER_SPEECH;
        assert_eq!(
            lone(&[(&["وقال", "كريم", "إن"], &[0, 1, 0], &[speech, 0, 0])]),
            [[0, 1, 0]]
        );
        // With the conjunction on the verb, which the analysis may keep.
        assert_eq!(
            lone(&[(&["وأكد", "جميل", "أن"], &[0, 1, 0], &[0, 0, 0])]),
            [[0, 1, 0]]
        );
        // So it is when the text names that person in full elsewhere.
        assert_eq!(
            lone(&[
                (
                    &["وقالت", "آمنة", "بن", "خليل"],
                    &[0, 1, 2, 2],
                    &[0, 0, 0, 0]
                ),
                (&["وأضافت", "آمنة"], &[0, 1], &[0, 0]),
            ]),
            [vec![0, 1, 2, 2], vec![0, 1]]
        );
        // A name that is no common word stays: وصل بايدن.
        assert_eq!(lone(&[(&["وصل", "بايدن"], &[0, 1], &[0, 0])]), [[0, 1]]);
    }
}
