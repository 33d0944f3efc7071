//! How many leading letters of a name's first word are a proclitic to leave
//! out of the mention (فيصل is no ف + يصل, بمصر is ب + مصر), with the lists that
//! decide it: one question, apart from the passes that ask it.

use crate::features::TokenInfo;
use crate::gazetteer::{self, Gazetteer};
use crate::{chains, normalize, Kind};

/// How many leading code points of a name's first word are a proclitic to leave
/// out of the mention. The tagger's analysis strips و، ف، ب، ل، ك whenever the rest
/// is a word it knows, which cuts names that begin with those letters (فيصل is
/// not ف + يصل, فاس not ف + اس): a whole word that is a name in the lists keeps
/// its first letter unless the rest is a name too (بمصر, listed as written, is
/// still ب + مصر), and so does a word that would be left with fewer than three
/// letters (but for a conjunction before a preposition: وبحر is و + بحر), and
/// a word that heads a body's or a state's name (بلدية، ولاية).
/// A tatweel after the clitic (لـبي بي سي) goes with it. A person's
/// name also keeps the letters from which the lists know it as a given or
/// family name (وليد is not و + ليد), and a ك.
pub(crate) fn clitic_skip(word: &str, clitic: usize, kind: Kind, gazetteer: &Gazetteer) -> usize {
    // لـهسبريس، بـالقاهرة: a writer's tatweel after a proclitic sets it
    // apart from a name the analysis may not know; not where tatweels
    // stretch the whole word (فـلـسـطـيـن) or the word is a name whole.
    // (A listed name whole keeps its letters, unless what follows the
    // tatweel is one too: لـوفا is ل + وفا.)
    if let Some(skip) = tatweel_clitics(word) {
        let rest: String = word.chars().skip(skip).collect();
        if !gazetteer.is_listed_name(&normalize::normalize(word))
            || gazetteer.is_listed_name(&normalize::normalize(&rest))
        {
            return skip;
        }
    }
    if clitic == 0 && kind == Kind::Location {
        return listed_after_clitic(word, gazetteer);
    }
    // لوفا: ل before a well-known organisation that the analysis kept, as
    // the lists know the word whole as some name.
    if clitic == 0 && kind == Kind::Organization {
        let folded = normalize::normalize(word);
        if let Some(rest) = folded.strip_prefix('ل') {
            if word.starts_with('ل')
                && !gazetteer.chosen_organisation(normalize::hash_word(&folded))
                && gazetteer.chosen_organisation(normalize::hash_word(rest))
            {
                return 1;
            }
        }
    }
    // وأم العرائس: a conjunction before a place's first word (وام, the
    // agency, stays whole).
    if clitic == 1 && kind == Kind::Location && word.starts_with(['و', 'ف']) {
        let rest: String = word.chars().skip(1).collect();
        if chains::opens_a_two_word_place(&normalize::normalize(&rest)) {
            return 1;
        }
    }
    let skip = clitic_skip_any(word, clitic, gazetteer);
    if kind == Kind::Person {
        // Many foreign names begin with ك (كايا، كوفي): it stays, after و or
        // alone, but before the article (كالزبيدي, like al-Zubaidi)...
        let rest: String = word.chars().skip(skip).collect();
        let rest_folded = normalize::normalize(&rest);
        // ... nor before a name of four letters or more that the lists know
        // (كميسي، كأردوغان: like Messi), or عبد (كعبد الناصر); كايا is not
        // like ايا.
        let listed = gazetteer.is_listed_name(&rest_folded);
        let like = rest_folded.starts_with("ال")
            || listed && rest_folded.chars().count() >= 4
            || matches!(rest_folded.as_str(), "عبد" | "ابو" | "ابن" | "بن");
        let skip = if skip > 0 && word.chars().nth(skip - 1) == Some('ك') && !like {
            skip - 1
        } else {
            skip
        };
        gazetteer.given_name_from(word, skip)
    } else {
        skip
    }
}

/// The code points of proclitics that a writer's tatweel sets apart from
/// the word after them, with the tatweels (لـهسبريس، بـالقاهرة، وبـيوسف: 2, 2
/// and 3): a preposition or a conjunction, or a conjunction and a
/// preposition, then tatweels, then two letters or more with no tatweel
/// among them (not فـلـسـطـيـن, whose tatweels stretch the whole word).
pub(crate) fn tatweel_clitics(word: &str) -> Option<usize> {
    let mut chars = word.chars().peekable();
    let mut clitics = 0;
    if chars.next_if(|&c| matches!(c, 'و' | 'ف')).is_some() {
        clitics += 1;
    }
    if chars.next_if(|&c| matches!(c, 'ب' | 'ل' | 'ك')).is_some() {
        clitics += 1;
    } else if clitics == 0 {
        return None;
    }
    let mut tatweels = 0;
    while chars.next_if_eq(&'\u{0640}').is_some() {
        tatweels += 1;
    }
    let rest: Vec<char> = chars.collect();
    (tatweels > 0 && rest.len() >= 2 && !rest.contains(&'\u{0640}')).then_some(clitics + tatweels)
}

/// The letters to leave out of a place of several words (their analyses
/// `infos`, the first one `first`), whose first word's letters `skip` would
/// leave out: none when the words read whole are a major place of the lists
/// (بيونغ يانغ, read as ب + a name); a proclitic the analysis did not cut
/// when the rest and the words after it are a listed place (لتل أبيب، برام
/// الله); else `skip`.
pub(crate) fn place_phrase_skip(
    gazetteer: &Gazetteer,
    first: &str,
    infos: &[TokenInfo],
    skip: usize,
) -> usize {
    let folded = normalize::normalize(first);
    let mut norms: Vec<u64> = infos.iter().map(|i| i.norm).collect();
    let whole = |norms: &[u64], major: bool| {
        let end = if major {
            gazetteer.whole_word_place(norms, 0)
        } else {
            gazetteer.listed_place(norms, 0)
        };
        end == Some(norms.len())
    };
    if skip > 0 {
        return if whole(&norms, true) { 0 } else { skip };
    }
    norms[0] = gazetteer::first_word_key(&folded);
    if whole(&norms, false) {
        return 0;
    }
    for clitic in PROCLITICS {
        let Some(rest) = folded.strip_prefix(clitic) else {
            continue;
        };
        let n = clitic.chars().count();
        let raw: String = first.chars().take(n).collect();
        if rest.chars().count() < 2 || raw != *clitic {
            continue;
        }
        norms[0] = gazetteer::first_word_key(rest);
        if whole(&norms, false) {
            return n;
        }
    }
    0
}

/// A name's first word written ل + ل…, `skip` code points of it already
/// left out: the preposition before a name (للبنان، للندن) or before the
/// article, whose alef is then dropped (للأمم، لليمن، للقدس, and with harakat
/// or a tatweel: لِلأُمَم، لـلأمم), as the word's analysis read it
/// (`definite`); before a word that begins with ل the article is dropped
/// whole, which a head before a definite adjective (`next`) shows: للجنة
/// الدولية is ل + اللجنة. `Some` of the code points to leave out besides
/// `skip` (the first ل and the harakat or tatweels on it, unless `skip` left
/// them out) and what the name takes back; `None` for a word too short to
/// hold both (للا, a Moroccan title, and لله) or no such word.
pub(crate) fn lam_before_name(
    word: &str,
    skip: usize,
    definite: bool,
    next: Option<&str>,
) -> Option<(usize, &'static str)> {
    let marks = |c: char| matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | 'ـ');
    let letter = |c: char| ('\u{0621}'..='\u{064A}').contains(&c);
    let skipped: String = word.chars().take(skip).filter(|&c| !marks(c)).collect();
    let rest: Vec<char> = word.chars().skip(skip).collect();
    // Past the first ل when `skip` stopped before it.
    let extra = if skipped.ends_with('ل') {
        0
    } else if rest.first() == Some(&'ل') {
        1 + rest[1..].iter().take_while(|&&c| marks(c)).count()
    } else {
        return None;
    };
    let name: String = rest[extra..].iter().collect();
    // (العربية.نت: a site's dot.)
    if !name.starts_with('ل')
        || name.chars().filter(|&c| letter(c)).count() < 3
        || !name.chars().all(|c| letter(c) || marks(c) || c == '.')
    {
        return None;
    }
    let article = if definite {
        "ا"
    } else if next.is_some_and(|w| chains::definite_nisba(&normalize::normalize(w)))
        && chains::heads_a_name(&normalize::normalize(&name))
    {
        "ال"
    } else {
        ""
    };
    Some((extra, article))
}

/// Whether a word opens a site's name, after و or ف and ب or ل (وبمعبر،
/// بحر).
pub(crate) fn opens_a_site_after_proclitics(word: &str) -> bool {
    let folded = normalize::normalize(word);
    let rest = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
    chains::opens_a_site(rest)
        || rest
            .strip_prefix(['ب', 'ل'])
            .is_some_and(chains::opens_a_site)
}

/// [`clitic_skip`] for a name of any kind.
fn clitic_skip_any(word: &str, clitic: usize, gazetteer: &Gazetteer) -> usize {
    if clitic == 0 {
        return 0;
    }
    let folded = normalize::normalize(word);
    if chains::heads_a_name(&folded) {
        return 0;
    }
    // وبلدية is و + بلدية, not و + ب + لدية.
    if clitic == 2
        && word.starts_with(['و', 'ف'])
        && folded
            .strip_prefix(['و', 'ف'])
            .is_some_and(chains::heads_a_name)
    {
        return 1;
    }
    let rest: String = word.chars().skip(clitic).collect();
    let letters = rest
        .chars()
        .filter(|&c| ('\u{0621}'..='\u{064A}').contains(&c))
        .count();
    let rest_folded = normalize::normalize(&rest);
    let rest_is_name = gazetteer.is_listed_name(&rest_folded);
    // وائل is a name whole; وادي (a valley) and فخور (proud) are words whole,
    // not و + ادي or ف + خور.
    let exact = normalize::hash_exact(&folded);
    if gazetteer.is_listed_name(&folded) && !rest_is_name || gazetteer.is_common(exact) {
        return 0;
    }
    if letters < 3 {
        // وبحر is و + بحر, not و + ب + حر: a conjunction before a
        // preposition the analysis also took leaves a word of its own.
        let conjunction = clitic == 2 && word.starts_with(['و', 'ف']);
        return if conjunction && letters + 1 >= 3 {
            1
        } else {
            0
        };
    }
    clitic + rest.chars().take_while(|&c| c == '\u{0640}').count()
}

/// Proclitics the tagger's analysis may have left on a word it knew whole
/// (وليبيا، ولبغداد): a conjunction, a preposition, or both.
const PROCLITICS: [&str; 11] = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"];

/// The letters to leave out of a place whose first word the analysis did not
/// cut: a proclitic of [`PROCLITICS`] before a rest of three letters or more
/// that the lists know as a name or the start of one, when the whole word is
/// no name (وليبيا → ليبيا; وائل and بلال stay whole).
fn listed_after_clitic(word: &str, gazetteer: &Gazetteer) -> usize {
    let folded = normalize::normalize(word);
    if !PROCLITICS.iter().any(|p| folded.starts_with(p))
        || chains::heads_a_name(&folded)
        || gazetteer.is_listed_name(&folded)
        // وادي بني خالد: a word general Arabic uses whole (a valley).
        || gazetteer.is_common(normalize::hash_exact(&folded))
        || !word.starts_with(|c: char| folded.starts_with(c))
    {
        return 0;
    }
    // ومعبر رفح، وشارع الحمرا، وأم العرائس: the conjunction before a head
    // or a first word that opens the place's name.
    if let Some(rest) = folded.strip_prefix(['و', 'ف']) {
        if (chains::opens_a_site(rest) || chains::opens_a_two_word_place(rest))
            && word.starts_with(['و', 'ف'])
        {
            return 1;
        }
    }
    for clitic in PROCLITICS {
        let Some(rest) = folded.strip_prefix(clitic) else {
            continue;
        };
        let bare = rest.strip_prefix("ال").unwrap_or(rest);
        if bare.chars().count() >= 3
            && gazetteer.opens_name(gazetteer::first_word_key(rest), normalize::hash_exact(rest))
        {
            // The raw word begins with the same letters (folding keeps
            // proclitics); harakat on them would make the count wrong, so
            // such a word keeps them.
            let n = clitic.chars().count();
            let raw: String = word.chars().take(n).collect();
            return if raw == *clitic { n } else { 0 };
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clitic_is_left_out_unless_the_whole_word_is_a_name() {
        let g = Gazetteer::builtin();
        assert_eq!(clitic_skip_any("فيصل", 1, &g), 0);
        assert_eq!(clitic_skip_any("بغداد", 1, &g), 0);
        assert_eq!(clitic_skip_any("لكازاخستان", 1, &g), 1);
        assert_eq!(clitic_skip_any("بمصر", 1, &g), 1);
        // Fewer than three letters left: واس is a name, not و + اس.
        assert_eq!(clitic_skip_any("واس", 1, &g), 0);
        // The tatweel after the clitic goes with it.
        assert_eq!(clitic_skip_any("لـبيروت", 1, &g), 2);
        assert_eq!(clitic_skip_any("مصر", 0, &g), 0);
        // و + ب + حر leaves too little: the conjunction alone goes.
        assert_eq!(clitic_skip_any("وبحر", 2, &g), 1);
        assert_eq!(clitic_skip_any("وبه", 2, &g), 0);
        // A conjunction before a word that heads a name: و + بلدية.
        assert_eq!(clitic_skip_any("وبلدية", 2, &g), 1);
        // Left on by the analysis: taken off when the rest is a listed name or
        // the start of one and the whole word is none.
        let place = |w: &str| clitic_skip(w, 0, Kind::Location, &g);
        assert_eq!(place("وليبيا"), 1);
        assert_eq!(place("وبغداد"), 1);
        assert_eq!(place("ولبغداد"), 2);
        assert_eq!(place("لبنان"), 0);
        assert_eq!(place("بيروت"), 0);
        // Only places: وكالة is no و + كالة, وائل no و + ائل.
        assert_eq!(clitic_skip("وكالة", 0, Kind::Organization, &g), 0);
        assert_eq!(clitic_skip("وائل", 0, Kind::Person, &g), 0);
        // A person's name keeps a ك, but for ك before the article.
        assert_eq!(clitic_skip("كايا", 1, Kind::Person, &g), 0);
        assert_eq!(clitic_skip("وكايا", 2, Kind::Person, &g), 1);
        assert_eq!(clitic_skip("كالزبيدي", 1, Kind::Person, &g), 1);
        assert_eq!(clitic_skip("كأردوغان", 1, Kind::Person, &g), 1);
        assert_eq!(clitic_skip("كعبد", 1, Kind::Person, &g), 1);
        assert_eq!(clitic_skip("كألمانيا", 1, Kind::Location, &g), 1);
        // A word that heads a body's or a state's name is whole: بلدية is no
        // ب + لدية, ولاية no و + لاية.
        assert_eq!(clitic_skip("بلدية", 1, Kind::Organization, &g), 0);
        assert_eq!(place("ولاية"), 0);
        // A writer's tatweel sets the proclitic apart whatever the analysis
        // did, but not tatweels that stretch a name or one after a name's
        // own first letter.
        assert_eq!(clitic_skip("لـهسبريس", 0, Kind::Organization, &g), 2);
        assert_eq!(clitic_skip("بـ", 0, Kind::Organization, &g), 0);
        assert_eq!(clitic_skip("فـلـسـطـيـن", 1, Kind::Location, &g), 0);
        assert_eq!(clitic_skip("بـيـروت", 1, Kind::Location, &g), 0);
        assert_eq!(clitic_skip("فـلسطين", 1, Kind::Location, &g), 0);
        // A conjunction before the preposition goes with it (وبـيوسف).
        assert_eq!(clitic_skip("وبـيوسف", 2, Kind::Person, &g), 3);
        assert_eq!(clitic_skip("ولـلأمم", 2, Kind::Organization, &g), 3);
        assert_eq!(clitic_skip("لـوفا", 0, Kind::Organization, &g), 2);
        // ل before a well-known body the analysis kept whole.
        assert_eq!(clitic_skip("لوفا", 0, Kind::Organization, &g), 1);
        assert_eq!(clitic_skip("لبنان", 0, Kind::Organization, &g), 0);
    }
}
