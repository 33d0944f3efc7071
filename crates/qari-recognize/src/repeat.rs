//! A name the article gives once is that name wherever it is repeated.
//!
//! The tagger judges each occurrence from its own sentence, so a name it
//! found in one place can go unmarked in another where the context says less
//! (نادي الهلال found, رفع الهلال رصيده missed; a place in the dateline
//! found, the same place in a list missed). After tagging, every name of one
//! kind in the text marks its other occurrences nearby (about an article's
//! length) that the tagger left outside any name: the same words, folded, the first one with or without a
//! proclitic (و، ف، ب، ل، ك). A name the text gives two kinds is left alone, and
//! so is a one-word name that the training text mostly saw as an ordinary word
//! (its stem's statistics) unless a head stood before it (نادي الهلال), and
//! then not where it follows a definite word as its adjective would (الخليج
//! العربي is no club العربي): a repeated common word is weaker evidence than a
//! repeated name of two words. A person's last word is that person alone too
//! (نورة سليمان الفصام, then وأضافت الفصام), unless it is mostly an ordinary
//! word or a place.
//!
//! This file holds the repeats; the shortened names the pass unmarks again
//! are in `repeat/described.rs`.

use super::chains::{
    is_inside, LONGEST_NAME, PERSON_LIST_BEGIN, PERSON_LIST_INSIDE, PLACE_LIST_BEGIN,
    PLACE_LIST_INSIDE,
};
use super::features::{StemStats, TokenInfo};
use super::gazetteer::{TRIGGER_LOC_HEAD, TRIGGER_ORG_HEAD, TRIGGER_SPEECH, TRIGGER_TITLE};
use super::normalize::{hash_word, normalize, normalize_into, HashKeyed};
use super::tagger::Tagged;
use super::{has_arabic_letter, train};

mod described;
#[cfg(test)]
mod tests;

use described::unmark_described;

/// Words before a one-word place or organisation that vouch for it whatever
/// training saw (a title before a person does not: المدرب دين).
const HEADS: u8 = TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD;
/// Heads whose organisation is known by its own name alone too (نادي العربي is
/// العربي; وزارة الصحة is not الصحة), folded.
pub(crate) const OWN_NAME_HEADS: [&str; 13] = [
    "نادي",
    "نادى",
    "فريق",
    "شركه",
    "حركه",
    "حزب",
    "جماعه",
    "تنظيم",
    "صحيفه",
    "جريده",
    "قناه",
    "مجموعه",
    // قوات الدعم السريع, then الدعم السريع.
    "قوات",
];
/// A listed place or person after a head is no name of the organisation
/// alone: جامعة القاهرة is not القاهرة.
const LISTED: u16 = PLACE_LIST_BEGIN | PLACE_LIST_INSIDE | PERSON_LIST_BEGIN | PERSON_LIST_INSIDE;
/// The last words of family names of two words (جمال الدين، عبد الله), by
/// their folded hashes: no name alone.
const COMPOUND_ENDS: [u64; 2] = [hash_word("الدين"), hash_word("الله")];
/// المركزي, folded: a central bank is no name without its state.
const CENTRAL: u64 = hash_word("المركزي");
/// Heads of what every state has, folded: without its nationality such a
/// body is any state's (القوات المسلحة، الحكومة الانتقالية).
const STATE_HEADS: [u64; 5] = [
    hash_word("الجيش"),
    hash_word("القوات"),
    hash_word("الحكومه"),
    hash_word("الشرطه"),
    hash_word("السلطات"),
];
/// Sentences before or after a name's mention where it is looked for: about
/// an article's length, so that texts of many articles (a feed, a book of
/// news) do not carry a name from one article into the next.
const NEAR: usize = 25;
/// Longest name, in words, that is looked for again.
const MAX_WORDS: usize = 6;
/// A one-word name is repeated only when training saw its stem this rarely…
const RARE: u8 = 5;
/// …or inside a name at least this share of the time (of 255).
const NAME_SHARE: u32 = 128;
/// A person's last word is that person alone when training saw it in
/// people's names at least this share of the time (of 255), ordinary word or
/// not.
const SURNAME_SHARE: u32 = 96;

/// The hash of `word` folded, less its first `skip` code points once folded
/// (a proclitic); `buf` is scratch space.
fn folded_hash(buf: &mut String, word: &str, skip: usize) -> u64 {
    buf.clear();
    normalize_into(word, buf);
    let at = buf.char_indices().nth(skip).map_or(buf.len(), |(i, _)| i);
    hash_word(&buf[at..])
}

/// The hash of word `i` folded, without its proclitic when `strip`.
fn word_key(buf: &mut String, words: &[&str], infos: &[TokenInfo], i: usize, strip: bool) -> u64 {
    let clitic = usize::from(infos[i].clitic_chars);
    if strip && clitic > 0 {
        folded_hash(buf, words[i], clitic)
    } else {
        infos[i].norm
    }
}

/// A name's key: its first word's key and the others' folded hashes, combined.
pub(crate) fn extend(key: u64, word: u64) -> u64 {
    (key ^ word).wrapping_mul(0x0100_0000_01b3).rotate_left(17)
}

/// Whether sentence `si` lies within [`NEAR`] sentences of one of
/// `sentences` (in order).
pub(crate) fn near_any(sentences: &[usize], si: usize) -> bool {
    let at = sentences.partition_point(|&f| f + NEAR < si);
    sentences.get(at).is_some_and(|&f| f <= si + NEAR)
}

/// How far a name's repeat can be trusted, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Weakness {
    /// A name: wherever it is repeated.
    Name,
    /// A common word that a head made a name: not after a definite word.
    Common,
    /// A person's last word that is mostly an ordinary one: only right after
    /// a verb of saying or a title.
    AfterSaying,
    /// The given name of a name of lineage (المياسة بنت حمد …): only right
    /// after a royal title (الشيخة المياسة).
    AfterRoyalTitle,
}

impl Weakness {
    /// [`Weakness::Common`] for a common word, else a [`Weakness::Name`].
    fn common_if(common: bool) -> Self {
        if common {
            Weakness::Common
        } else {
            Weakness::Name
        }
    }
}

/// Training saw the stem often, and mostly outside names: an ordinary word.
fn mostly_a_word(stats: StemStats) -> bool {
    let share: u32 = stats.shares[..3].iter().map(|&s| u32::from(s)).sum();
    stats.count >= RARE && share < NAME_SHARE
}

/// Which names [`repeat_names`] looks for again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Repeats {
    /// Every name the tagger found, and the shorter forms it is known by.
    All,
    /// Only organisations without the nationality that ends their name
    /// (البنك التجاري القطري, then البنك التجاري): the rules after the
    /// tagger complete such names, so they are looked for again after them.
    Shortened,
}

/// Mark the unmarked repeats of the names in `tagged` (the sentences of one
/// text, `words` theirs).
pub(crate) fn repeat_names(words: &[Vec<&str>], tagged: &mut [Tagged], which: Repeats) {
    let mut buf = String::new();
    let heads: Vec<u64> = OWN_NAME_HEADS.iter().map(|h| hash_word(h)).collect();
    // A name's key -> its type (PERS, LOC, ORG), or None when it has two, and
    // how weak the evidence is ([`Weakness`]).
    let mut names: HashKeyed<Option<(usize, Weakness)>> = HashKeyed::default();
    // The sentences each name was found in (in order), to look for it only
    // near them; the keys of names' first words; the longest name.
    let mut found_in: HashKeyed<Vec<usize>> = HashKeyed::default();
    let mut firsts: HashKeyed<()> = HashKeyed::default();
    // The shortened forms of the names that end on their nationality.
    let mut shorts: HashKeyed<()> = HashKeyed::default();
    let mut longest = 0;
    for (si, t) in tagged.iter().enumerate() {
        for (a, b, ty) in train::span_iter(&t.labels) {
            if ty > 2 || !words[si][a..b].iter().any(|w| has_arabic_letter(w)) {
                continue;
            }
            // A long name of lineage is looked for by its given name alone
            // (see below).
            let lineage = ty == 0
                && b - a >= 3
                && matches!(normalize(words[si][a + 1]).as_str(), "بن" | "بنت")
                && t.infos[a].clitic_chars == 0;
            if b - a > MAX_WORDS && !lineage {
                continue;
            }
            // A one-word name training mostly saw as a word: only after a
            // head, which says this one is a name (نادي الهلال، مدينة حلب);
            // an organisation's, one it is known by alone (لجنة النفط is
            // no النفط, as نادي النفط is).
            let weak = b - a == 1 && mostly_a_word(t.infos[a].stats);
            let headed = ty != 0
                && a > 0
                && t.infos[a - 1].triggers & HEADS != 0
                && (ty != 2
                    || heads.contains(&word_key(&mut buf, &words[si], &t.infos, a - 1, true)));
            if weak && !headed {
                continue;
            }
            // A person's first word that the analysis cut to under three
            // letters is looked for whole (وليد is no و + ل + يد); other names
            // so cut, and any whose first word is that short (لي، عز الدين),
            // are not looked for.
            let clitic = usize::from(t.infos[a].clitic_chars);
            let letters = words[si][a].chars().count();
            let strip = letters - clitic.min(letters) >= 3;
            if letters < 3 || !strip && ty != 0 {
                continue;
            }
            let first = word_key(&mut buf, &words[si], &t.infos, a, strip);
            if which == Repeats::Shortened {
                // البنك التجاري القطري is البنك التجاري too; a central
                // bank and an army are every state's (المصرف المركزي،
                // القوات المسلحة).
                if ty == 2
                    && b - a >= 3
                    && t.infos[b - 1].nationality
                    && !t.infos[b - 2].nationality
                    && t.infos[b - 2].norm != CENTRAL
                    && !STATE_HEADS.contains(&first)
                {
                    // (The whole name too, where the rules did not complete
                    // it: شركة تسويق النفط العراقية is no شركة تسويق النفط.)
                    let short = (a + 1..b - 1).fold(first, |k, i| extend(k, t.infos[i].norm));
                    let whole = extend(short, t.infos[b - 1].norm);
                    shorts.insert(short, ());
                    firsts.insert(first, ());
                    longest = longest.max(b - a);
                    for k in [short, whole] {
                        let sentences = found_in.entry(k).or_default();
                        if sentences.last() != Some(&si) {
                            sentences.push(si);
                        }
                        names.insert(k, Some((ty, Weakness::Name)));
                    }
                }
                continue;
            }
            let whole = (a + 1..b).fold(first, |k, i| extend(k, t.infos[i].norm));
            let mut keys = if b - a > MAX_WORDS {
                Vec::new()
            } else {
                vec![(first, whole, b - a, Weakness::common_if(weak))]
            };
            // نادي العربي: the club is also العربي alone.
            if ty == 2
                && b - a >= 2
                && heads.contains(&first)
                && t.infos[a + 1].gazetteer & LISTED == 0
            {
                let rest_first = t.infos[a + 1].norm;
                let rest = (a + 2..b).fold(rest_first, |k, i| extend(k, t.infos[i].norm));
                let common = b - a == 2 && mostly_a_word(t.infos[a + 1].stats);
                keys.push((rest_first, rest, b - a - 1, Weakness::common_if(common)));
            }
            // نورة سليمان الفصام: she is الفصام alone later on; when her
            // last word is mostly an ordinary one (عبدالله الثاني، أمجد
            // العارضة), only right after a verb of saying or a title (وأضاف
            // العارضة).
            // (جمال الدين، عبد الله: a family name of two words is no
            // name by its last.)
            let last = &t.infos[b - 1];
            let compound = COMPOUND_ENDS.contains(&last.norm);
            if ty == 0
                && !compound
                && b - a >= 2
                && b - a <= MAX_WORDS
                && last.stats.shares[1] < NAME_SHARE as u8
                && words[si][b - 1].chars().count() >= 3
            {
                // (Seen a few times and never or seldom in a person's name,
                // الحصرية is "exclusive" first: الحقوق الحصرية.)
                let seen_as_word = last.stats.count >= 2 && last.stats.shares[0] < 64;
                // (A family name that training saw in names two times in
                // five is one: الاسد after بشار الاسد.)
                let people = u32::from(last.stats.shares[0]) >= SURNAME_SHARE && !last.common_word;
                let strength = if mostly_a_word(last.stats) && !people || seen_as_word {
                    Weakness::AfterSaying
                } else {
                    Weakness::Name
                };
                keys.push((last.norm, last.norm, 1, strength));
            }
            // المياسة بنت حمد بن خليفة آل ثاني: she is الشيخة المياسة later
            // on.
            if lineage {
                keys.push((first, first, 1, Weakness::AfterRoyalTitle));
            }
            for (first, k, len, weak) in keys {
                firsts.insert(first, ());
                longest = longest.max(len);
                let sentences = found_in.entry(k).or_default();
                if sentences.last() != Some(&si) {
                    sentences.push(si);
                }
                names
                    .entry(k)
                    .and_modify(|old| match old {
                        Some((t, w)) if *t == ty => *w = (*w).min(weak),
                        _ => *old = None,
                    })
                    .or_insert(Some((ty, weak)));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let near = |k: u64, si: usize| found_in.get(&k).is_some_and(|s| near_any(s, si));
    if which == Repeats::Shortened {
        unmark_described(words, tagged, &shorts, &near, &mut buf);
    }
    // The sentences any name was found in: a sentence near none of them has
    // nothing to look for (the shortened names are few).
    let mut anywhere: Vec<usize> = found_in.values().flatten().copied().collect();
    anywhere.sort_unstable();
    anywhere.dedup();
    let mut combined = Vec::with_capacity(longest);
    for (si, t) in tagged.iter_mut().enumerate() {
        if !near_any(&anywhere, si) {
            continue;
        }
        let w = &words[si];
        let mut i = 0;
        while i < w.len() {
            if t.labels[i] != 0 {
                i += 1;
                continue;
            }
            let mut found = None;
            for strip in [false, true] {
                if strip && t.infos[i].clitic_chars == 0 {
                    break;
                }
                let first = word_key(&mut buf, w, &t.infos, i, strip);
                if !firsts.contains_key(&first) {
                    continue;
                }
                // The longest name that starts here over unmarked words.
                combined.clear();
                combined.push(first);
                for j in i + 1..(i + longest).min(w.len()) {
                    if t.labels[j] != 0 {
                        break;
                    }
                    let k = extend(combined[combined.len() - 1], t.infos[j].norm);
                    combined.push(k);
                }
                found = (0..combined.len()).rev().find_map(|n| {
                    let k = combined[n];
                    let (ty, weak) = (*names.get(&k)?)?;
                    if !near(k, si) {
                        return None;
                    }
                    // A common word after a definite word is its adjective
                    // (الخليج العربي), not the club named العربي.
                    let after_definite =
                        !matches!(weak, Weakness::Name | Weakness::AfterRoyalTitle) && i > 0 && {
                            buf.clear();
                            normalize_into(w[i - 1], &mut buf);
                            let clitic = usize::from(t.infos[i - 1].clitic_chars);
                            buf.chars()
                                .skip(clitic)
                                .collect::<String>()
                                .starts_with("ال")
                        };
                    let saying =
                        i > 0 && t.infos[i - 1].triggers & (TRIGGER_SPEECH | TRIGGER_TITLE) != 0;
                    // A common word a head made a place's name is a
                    // portfolio after a title (محافظة الداخلية, then وزير
                    // الداخلية).
                    let portfolio = weak == Weakness::Common
                        && ty == 1
                        && i > 0
                        && t.infos[i - 1].triggers & TRIGGER_TITLE != 0;
                    let royal = i > 0 && {
                        buf.clear();
                        normalize_into(w[i - 1], &mut buf);
                        crate::chains::royal_title(&buf)
                    };
                    let heard = match weak {
                        Weakness::AfterSaying => saying && n == 0,
                        Weakness::AfterRoyalTitle => royal && n == 0,
                        _ => true,
                    };
                    // A shortened name before an adjective of its own is
                    // another body, or any (جيش التحرير | الصحراوي، الخطوط
                    // الجوية | الأخرى، الكبرى).
                    let described = which == Repeats::Shortened
                        && w.get(i + n + 1).is_some_and(|next| {
                            buf.clear();
                            normalize_into(next, &mut buf);
                            buf.starts_with("ال") && !matches!(buf.as_str(), "الذي" | "التي")
                        });
                    (!after_definite && heard && !described && !portfolio).then_some((n + 1, ty))
                });
                if found.is_some() {
                    break;
                }
            }
            match found {
                Some((n, ty)) => {
                    let b = (1 + 2 * ty) as u8;
                    // Right after a name of its kind, the name goes on (نواف
                    // سعود ناصر | الصباح).
                    // (Not after و: فيصل بن فرحان | والصفدي.)
                    // (Not once it is of [`LONGEST_NAME`] tokens: a name
                    // repeated thousands of times in a row is no one name.)
                    let goes_on = i > 0
                        && t.infos[i].clitic_chars == 0
                        && (t.labels[i - 1] == b || t.labels[i - 1] == b + 1)
                        && t.labels[i.saturating_sub(LONGEST_NAME)..i]
                            .iter()
                            .any(|&l| !is_inside(l));
                    t.labels[i] = if goes_on { b + 1 } else { b };
                    t.labels[i + 1..i + n].fill(b + 1);
                    i += n;
                }
                None => i += 1,
            }
        }
    }
}
