//! Foreign names: Turkish family names in ـأوغلو, Mauritanian names, initials,
//! the particles of European names and East Asian family names that are Arabic
//! words.

use super::*;

/// Turkish family names in ـأوغلو, which Arabic writes apart (إمام أوغلو،
/// داود أوغلو، كليتشدار أوغلو): a person the tagger began at أوغلو begins at
/// the word before it, and at a given name of the lists before that (أكرم
/// إمام أوغلو).
pub(in crate::chains) fn turkish_family_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != PER_B || labels[i - 1] != 0 || normalize(words[i]) != "اوغلو" {
            continue;
        }
        let word = |k: usize| {
            let folded = normalize(words[k]);
            folded.chars().count() >= 2 && arabic_letters_only(&folded) && !folded.starts_with("ال")
        };
        if !word(i - 1) {
            continue;
        }
        labels[i - 1] = PER_B;
        labels[i] = PER_I;
        let given = i >= 2
            && labels[i - 2] == 0
            && word(i - 2)
            && infos[i - 2].triggers & TRIGGER_GIVEN != 0
            && infos[i - 2].triggers & TRIGGER_TITLE == 0
            && infos[i - 2].clitic_chars == 0
            && !infos[i - 2].common_word;
        if given {
            labels[i - 2] = PER_B;
            labels[i - 1] = PER_I;
        }
    }
}

/// ولد between two names is "son of", as Mauritania writes its names (محمد
/// ولد عبد العزيز، إسماعيل ولد الشيخ أحمد): the person goes on over it and the
/// name after it, which the tagger began as a person of its own or left
/// alone. After a name and before anything else it is a verb (ولد بفاس: he
/// was born in Fez), and so it is where a name would open on it.
pub(in crate::chains) fn mauritanian_names(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B, PER_I]) {
        return;
    }
    // A sentence opens on the verb, not a name (ولد بن سالم عام 1944: Ben
    // Salem was born in 1944); after a verb of saying ولد is the name
    // (وأضاف ولد الداه).
    for i in 0..labels.len().saturating_sub(1) {
        // (Folded only where a name opens on a word of the letters.)
        let opens = labels[i] == 1 && labels[i + 1] == 2 && words[i].ends_with("لد");
        if opens && {
            let folded = normalize(words[i]);
            i == 0 && folded == "ولد" || folded == "وولد"
        } {
            labels[i] = 0;
            labels[i + 1] = 1;
        }
    }
    for i in 1..labels.len().saturating_sub(1) {
        if !matches!(labels[i - 1], 1 | 2) || labels[i] != 0 || normalize(words[i]) != "ولد" {
            continue;
        }
        let name_after = labels[i + 1] == 1
            || labels[i + 1] == 0
                && name_word(words[i + 1], &infos[i + 1])
                && infos[i + 1].clitic_chars == 0;
        if name_after {
            labels[i] = 2;
            labels[i + 1] = 2;
        }
    }
}

/// A given name followed by the initial of a family name and its full stop,
/// as the Maghreb's papers name suspects (محمد ب.، هشام ل.), is one person:
/// the letter goes with the name, which the tagger may have left alone. Not
/// the letters of titles (د. بهاء, Dr Bahaa; م. for an engineer) or of
/// blessings (محمد ص.، علي ع.), nor one a name follows.
pub(in crate::chains) fn initials_after_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    for i in 1..labels.len().saturating_sub(1) {
        let initial = labels[i] == 0
            && words[i + 1] == "."
            && words[i].chars().count() == 1
            && arabic_letters_only(words[i]);
        // د. and م. are the titles of doctors and engineers (زكي | د. بهاء),
        // أ. a professor's; nor does a letter a name follows end a name.
        // (Asked only of an initial: most words are none.)
        let title = || {
            matches!(words[i], "د" | "م" | "أ" | "ا" | "ع" | "ص")
                || words
                    .get(i + 2)
                    .zip(infos.get(i + 2))
                    .is_some_and(|(w, n)| {
                        labels[i + 2] == 1
                            || (!w.starts_with('و') && n.triggers & TRIGGER_GIVEN != 0)
                    })
        };
        if !initial || title() {
            continue;
        }
        let before = &infos[i - 1];
        if matches!(labels[i - 1], 1 | 2) {
            labels[i] = 2;
        } else if labels[i - 1] == 0
            && before.triggers & TRIGGER_GIVEN != 0
            && before.triggers & TRIGGER_TITLE == 0
            && !before.common_word
        {
            labels[i - 1] = 1;
            labels[i] = 2;
        }
    }
}

/// Particles inside European and Latin American names (as written): فون دير
/// لاين، دي ميستورا، لولا دا سيلفا، فان كلافيرين.
const FOREIGN_PARTICLES: &[&str] = &[
    "فون", "فان", "دي", "دى", "دا", "دو", "دير", "ديل", "دوس", "ديلا", "دن",
];

/// Words of three letters or more that no name goes on with (folded, ى as ي).
const FUNCTION_WORDS: &[&str] = &[
    "الي", "علي", "بعد", "قبل", "عند", "منذ", "خلال", "حول", "ضمن", "لدي", "التي", "الذي",
];

/// Whether a word is one of [`FUNCTION_WORDS`], by its folded hash (which
/// reads ى as ي: على and علي alike).
pub(in crate::chains) fn function_word(info: &TokenInfo) -> bool {
    FUNCTION_WORDS.iter().any(|w| hash_word(w) == info.norm)
}

/// Particles that follow another inside a name, as written (دي لا فوينتي،
/// فان دن بيرغ).
const SECOND_PARTICLES: &[&str] = &["لا", "لو", "لوس", "لاس", "دير", "دن", "ديل"];

/// A name goes on through the particles of European and Latin American
/// names, which never end one: a person the tagger found before a particle
/// takes it and the name word after it (ألبرتو فان كلافيرين), one that the
/// tagger ended on a particle takes the word after it (أورسولا فون دير
/// لاين), and a person it began at a particle joins the one before it,
/// across one word that is their middle name (لويس إيناسيو لولا دا سيلفا).
pub(in crate::chains) fn foreign_particles(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    let n = labels.len();
    // (Read whole: فان and لاين read as a clitic and a word too.)
    let bare = |j: usize| {
        let conjoined = infos[j].clitic_chars > 0 && words[j].starts_with('و');
        !conjoined && words[j].chars().any(crate::tokenize::is_alphabetic)
    };
    // As written (most words are not folded here).
    let particle = |j: usize, list: &[&str]| list.contains(&words[j]);
    let any_particle = |k: usize| particle(k, FOREIGN_PARTICLES) || particle(k, SECOND_PARTICLES);
    // The particles from `j` (a first one, then perhaps more): where they end.
    let particles_end = |j: usize| {
        if j >= n || !particle(j, FOREIGN_PARTICLES) {
            return j;
        }
        let mut k = j + 1;
        while k < n && any_particle(k) {
            k += 1;
        }
        k
    };
    let name_like = |labels: &[u8], j: usize| {
        let t = &infos[j];
        bare(j)
            && (matches!(labels[j], PER_B | PER_I)
                || t.stats.count == 0
                || t.stats.shares[0] >= 64
                || t.triggers & NAME_WORDS != 0)
    };
    // A word of a name's length with no article and no function word's.
    let word_of_a_name = |j: usize| {
        bare(j)
            && !infos[j].definite
            && normalize(words[j]).chars().count() >= 3
            && !function_word(&infos[j])
    };
    // Any such word, where the particles say a name goes on (their stems may
    // read as common words: لاين، لولا).
    let any_word = |labels: &[u8], j: usize| labels[j] == 0 && word_of_a_name(j);
    // One training never saw, which the tagger made the first of an
    // organisation whose next word begins one of the lists' bodies.
    let run_into_a_body = |labels: &[u8], j: usize| {
        labels[j] == ORG_B
            && labels.get(j + 1) == Some(&ORG_I)
            && infos[j].stats.count == 0
            && infos[j].gazetteer == 0
            && infos[j + 1].gazetteer & (ORG_LIST_BEGIN | CURATED_ORG_BEGIN) != 0
            && word_of_a_name(j)
    };
    let mut a = 0;
    while a < n {
        if labels[a] != PER_B {
            a += 1;
            continue;
        }
        let mut b = span_end(labels, a);
        // Ended on a particle: the word after it.
        let trailing = (a + 1..b).rev().take_while(|&k| any_particle(k)).count();
        let mut end = b;
        // (More particles first: أورسولا فون | دير لاين.)
        let more = (b..n)
            .take_while(|&k| labels[k] == 0 && any_particle(k))
            .count();
        if trailing > 0 && b + more < n && any_word(labels, b + more) {
            end = b + more + 1;
        } else if trailing > 0 && b + more < n && run_into_a_body(labels, b + more) {
            // The name's last word, which the tagger ran into the listed
            // body after it (فلافيو دي جاكومو | لـبي بي سي).
            end = b + more + 1;
            labels[end] = ORG_B;
        } else if trailing > 0 && b - trailing > a {
            // Nothing of a name after the particles (لوكا دي | في مقابلته):
            // they are no part of it.
            labels[b - trailing..b].fill(0);
            a = b;
            continue;
        } else if b < n && labels[b] == 0 {
            // A particle after the name, and a name word after it.
            let p = particles_end(b);
            if p > b && p < n && name_like(labels, p) {
                end = span_end(labels, p).max(p + 1);
            } else if b + 1 < n
                && labels[b + 1] == PER_B
                && particle(b + 1, FOREIGN_PARTICLES)
                && any_word(labels, b)
            {
                // لويس إيناسيو | لولا | دا سيلفا.
                end = span_end(labels, b + 1);
            }
        } else if b < n && labels[b] == PER_B && particle(b, FOREIGN_PARTICLES) {
            end = span_end(labels, b);
        }
        if end > b {
            labels[b..end].fill(PER_I);
            b = end;
        }
        a = b;
    }
}

/// A person the tagger began at the second particle of a name (دير، دن، لا)
/// begins at the first one before it (فان، فون، دي), and at the given name
/// before that when it is one of the lists or a word training never saw,
/// bare and with no article (ليزلوت فان دير هايدن).
pub(in crate::chains) fn names_open_before_particles(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for a in 1..labels.len() {
        if labels[a] != PER_B
            || labels[a - 1] != 0
            || !SECOND_PARTICLES.contains(&words[a])
            || !FOREIGN_PARTICLES.contains(&words[a - 1])
        {
            continue;
        }
        let mut start = a - 1;
        if a >= 2 && labels[a - 2] == 0 {
            let g = &infos[a - 2];
            let given = (g.triggers & TRIGGER_GIVEN != 0 && !g.common_word || g.stats.count == 0)
                && g.clitic_chars == 0
                && !g.definite
                && g.triggers & TRIGGER_TITLE == 0
                && arabic_letters_only(&normalize(words[a - 2]));
            if given {
                start = a - 2;
            }
        }
        labels[start] = PER_B;
        labels[start + 1..=a].fill(PER_I);
    }
}

/// East Asian family names that are also Arabic words (as written): لي (to
/// me), هي (she), شي (a thing, in speech).
pub(crate) const ASIAN_FAMILY_WORDS: &[&str] = &["لي", "هي", "شي"];

/// Such a family name before a person of two words or more that ends on a
/// word training never saw opens the name (لي جاي ميونغ، هي يونغ تشيان، شي
/// جين بينغ): the tagger, reading it as the word, began after it.
pub(in crate::chains) fn asian_family_names(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    let n = labels.len();
    for i in 0..n.saturating_sub(2) {
        if labels[i] != 0 || labels[i + 1] != PER_B || !ASIAN_FAMILY_WORDS.contains(&words[i]) {
            continue;
        }
        let end = span_end(labels, i + 1);
        let foreign = (i + 1..end).all(|k| !infos[k].definite && infos[k].clitic_chars == 0)
            && infos[end - 1].stats.count == 0;
        if end >= i + 3 && foreign {
            labels[i] = PER_B;
            labels[i + 1] = PER_I;
        }
    }
}

/// هو after an East Asian name of two words, before punctuation, is the
/// name's third syllable (بارك سونغ هو، كيم سونغ هو،), not the pronoun,
/// which would go on to what the person is (كيم سونغ هو رئيس الشركة). A
/// name is East Asian here when its words are short and one ends in نغ, as
/// Korean and Chinese names are written.
pub(in crate::chains) fn asian_names_in_ho(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    let n = labels.len();
    for a in 0..n.saturating_sub(3) {
        if labels[a] != PER_B || labels[a + 1] != PER_I || labels[a + 2] != 0 {
            continue;
        }
        let short = (a..a + 2).all(|k| {
            let folded = normalize(words[k]);
            (2..=5).contains(&folded.chars().count())
                && !infos[k].definite
                && infos[k].clitic_chars == 0
                && arabic_letters_only(&folded)
        });
        let ng = (a..a + 2).any(|k| normalize(words[k]).ends_with("نغ"));
        let punctuation = words
            .get(a + 3)
            .is_none_or(|w| matches!(*w, "،" | "," | "." | ":" | "؛"));
        if short && ng && words[a + 2] == "هو" && punctuation {
            labels[a + 2] = PER_I;
        }
    }
}
