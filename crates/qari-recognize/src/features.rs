//! Token analysis and the tagger's features, as 32-bit hashed keys.
//!
//! Speed decides the shape of this module: at 10 MB/s a token gets about a
//! microsecond. So each token is analysed once (`TokenInfo`: hashes of its folded
//! form, stem, proclitic string and affixes, its shape, list memberships and
//! training statistics), and a feature is one multiply mixing a template number
//! into one of those hashes. No feature string is ever built.
//!
//! The templates follow what measured well for Arabic news (see the crate docs): folded words at -2..+2, stem and proclitic string, affixes 1-3 of
//! the word and of the stem, shape, position, gazetteer begin/inside at -1..+1,
//! trigger words at -2..+1, a rare-word bucket, and in the second pass the training
//! lexicon and the first pass's tags for the same stem elsewhere in the document.
//!
//! This file holds the analysis; the templates are in `features/templates.rs`.

use super::gazetteer::{
    first_word_key, Gazetteer, PhraseEntry, CURATED_ORG_BEGIN, CURATED_PLACE_BEGIN,
    MAJOR_PLACE_BEGIN, NAME_WORDS, TRIGGER_GIVEN, TRIGGER_SPEECH,
};
use super::normalize::{
    fold_char, hash_exact, hash_more, hash_pair, hash_word, normalize_into, strip, HashKeyed,
    HASH_START,
};

pub(crate) mod templates;
#[cfg(test)]
mod tests;

/// Entity types the tagger knows, as ANERcorp names them, in label order
/// (B = 1 + 2t, I = 2 + 2t); the trainer reports its scores under these names.
pub const TYPES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];
/// O, then B and I of each type.
pub(crate) const LABELS: usize = 1 + 2 * TYPES.len();
/// Types a document count is kept for: those of [`TYPES`] and none.
pub(crate) const DOC_TYPES: usize = TYPES.len() + 1;

/// What training says about a stem: how often it was seen and the share of its
/// occurrences inside each entity type (0-255).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct StemStats {
    pub(crate) count: u8,
    pub(crate) shares: [u8; 4],
}

/// Word statistics learned from the training text, keyed by hashes (no words kept).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Lexicon {
    /// Folded whole tokens and how often they occur (capped), for clitic stripping.
    pub(crate) surface: HashKeyed<u8>,
    pub(crate) stems: HashKeyed<StemStats>,
}

/// Everything the feature templates need to know about one token.
#[derive(Debug, Clone, Default)]
pub(crate) struct TokenInfo {
    pub(crate) norm: u64,
    pub(crate) exact: u64,
    pub(crate) stem: u64,
    pub(crate) prefix: u64,
    /// Affixes of the folded word, then of the stem when it differs (0: none).
    pub(crate) affixes: [u32; 12],
    pub(crate) stem_len: u8,
    pub(crate) shape: u8,
    pub(crate) triggers: u8,
    pub(crate) gazetteer: u16,
    /// The list phrases that begin with the token's stem (see
    /// [`Gazetteer::phrase_start`]): a function of the word, so kept with it.
    pub(crate) phrase: Option<PhraseEntry>,
    pub(crate) stats: StemStats,
    /// Code points of proclitics (not the article) at the token's start.
    pub(crate) clitic_chars: u8,
    /// The stem the hand list's `known` organisations are looked for by: the
    /// stem, or the rest of a word whose proclitic the analysis kept because
    /// it did not know the rest (لهسبريس: ل + هسبريس). Not a feature.
    pub(crate) known_stem: u64,
    /// The proclitic letters before `known_stem` where the analysis cut
    /// more of the word than that (باب: none, where it read ب + اب): the
    /// token's `clitic_chars` once a name of the hand list is found there.
    /// Not a feature.
    pub(crate) known_clitic_chars: Option<u8>,
    /// The word has the article, after its proclitics (الحماس، للبنك). Not a
    /// feature: the rules read it.
    pub(crate) definite: bool,
    /// The whole word, proclitic-looking letters and all, is a given name in the
    /// lists (فيصل, analysed as ف + يصل). Not a feature: the rules read it.
    pub(crate) whole_given: bool,
    /// The stem is a word general Arabic also uses as a noun or an adjective
    /// (`names-common.txt`: شكر، يمين). Not a feature: the rules read it.
    pub(crate) common_word: bool,
    /// The stem is a country's nisba (لبناني، روسية): see
    /// [`Gazetteer::nationality`]. Not a feature: the rules read it.
    pub(crate) nationality: bool,
    /// The word is a reporting verb (قال، أكد), with و or ف too, also where
    /// the lists know the whole word as a name's (وأكد, whose triggers are
    /// then a name's). Not a feature: the rules read it.
    pub(crate) reports: bool,
    /// The word is a verb in the future: س before a present tense that the
    /// training text knows and never saw in a name (سيلتقي، ستعقد; not
    /// ستيوارت). Not a feature: the rules read it.
    pub(crate) future: bool,
    /// Second pass: how many other occurrences of the stem nearby got each type in
    /// the first pass (index 4: none).
    pub(crate) doc: [u8; DOC_TYPES],
}

fn shape(word: &str) -> u8 {
    let (mut arabic, mut digit, mut latin, mut other) = (false, false, false, false);
    for c in word.chars() {
        match c {
            '\u{0621}'..='\u{064A}' => arabic = true,
            _ if super::tokenize::is_digit(c) => digit = true,
            '\u{0600}'..='\u{06FF}' if c.is_alphabetic() => arabic = true,
            _ if c.is_ascii_alphabetic() => latin = true,
            _ if c.is_alphabetic() => arabic = true,
            _ => other = true,
        }
    }
    match (arabic, digit, latin, other) {
        (true, false, false, _) => 0,
        (false, true, false, false) => 1,
        (_, true, _, _) => 2,
        (false, false, true, _) => 3,
        (false, false, false, true) => 4 + u8::from(matches!(word, "«" | "»" | "\"" | "“" | "”")),
        _ => 6,
    }
}

/// Hashes (high 32 bits) of the first and last 1-3 characters of `s`.
fn affixes(s: &str, out: &mut [u32]) {
    let short = |h: u64| (h >> 32) as u32;
    let mut h = HASH_START;
    for (k, (i, c)) in s.char_indices().take(3).enumerate() {
        h = hash_more(h, &s[i..i + c.len_utf8()]);
        out[k] = short(h);
    }
    for (k, (i, _)) in s.char_indices().rev().take(3).enumerate() {
        out[3 + k] = short(hash_word(&s[i..]));
    }
}

/// Analyse one sentence of tokens. `known` counts whole folded tokens (training and
/// lists); `stats` gives a stem's training statistics. `cache` keeps what depends on
/// the word alone, across the sentences of a document: most tokens of an article
/// are words it has already used.
pub(crate) fn analyze(
    words: &[&str],
    gazetteer: &Gazetteer,
    known: &impl Fn(u64) -> u32,
    stats: &impl Fn(u64) -> StemStats,
    cache: &mut HashKeyed<TokenInfo>,
) -> Vec<TokenInfo> {
    let mut infos = Vec::with_capacity(words.len());
    let mut norm = String::new();
    for w in words {
        let info = cache
            .entry(hash_exact(w))
            .or_insert_with(|| analyze_word(w, gazetteer, known, stats, &mut norm));
        infos.push(info.clone());
    }
    mark_phrases(gazetteer, &mut infos, &mut PhraseBuffers::default());
    infos
}

/// Set `gazetteer` of a sentence's analysed tokens: the phrases of the lists
/// that it holds (the one part of a token's analysis that depends on its
/// neighbours). `buffers` are reused from sentence to sentence.
pub(crate) fn mark_phrases(
    gazetteer: &Gazetteer,
    infos: &mut [TokenInfo],
    buffers: &mut PhraseBuffers,
) {
    let PhraseBuffers {
        stems,
        starts,
        norms,
        known_stems,
        flags,
    } = buffers;
    stems.clear();
    stems.extend(infos.iter().map(|i| i.stem));
    known_stems.clear();
    known_stems.extend(infos.iter().map(|i| i.known_stem));
    starts.clear();
    starts.extend(infos.iter().map(|i| i.phrase));
    norms.clear();
    norms.extend(infos.iter().map(|i| i.norm));
    gazetteer.match_phrases(stems, starts, norms, known_stems, flags);
    // A major place of several words whose first word the analysis read as a
    // proclitic and a name (بيونغ يانغ: ب + يونغ), marked for the rules only
    // so that the tagger's features stay as trained.
    let mut i = 0;
    while i < infos.len() {
        let whole = (infos[i].clitic_chars > 0)
            .then(|| gazetteer.whole_word_place(norms, i))
            .flatten();
        match whole {
            Some(end) => {
                for (k, f) in flags[i..end].iter_mut().enumerate() {
                    *f |= MAJOR_PLACE_BEGIN << usize::from(k > 0);
                }
                i = end;
            }
            None => i += 1,
        }
    }
    for (info, &f) in infos.iter_mut().zip(flags.iter()) {
        info.gazetteer = f;
        // باب المندب: the name begins with the word whole.
        if let Some(clitic) = info.known_clitic_chars {
            if f & (CURATED_ORG_BEGIN | CURATED_PLACE_BEGIN) != 0 {
                info.clitic_chars = clitic;
            }
        }
    }
}

/// Space for [`mark_phrases`], kept across the sentences of a text.
#[derive(Debug, Default)]
pub(crate) struct PhraseBuffers {
    stems: Vec<u64>,
    starts: Vec<Option<PhraseEntry>>,
    norms: Vec<u64>,
    known_stems: Vec<u64>,
    flags: Vec<u16>,
}

/// What depends on the word `w` alone: everything in [`TokenInfo`] but
/// `gazetteer` and `doc`. `norm` is scratch space.
pub(crate) fn analyze_word(
    w: &str,
    gazetteer: &Gazetteer,
    known: &impl Fn(u64) -> u32,
    stats: &impl Fn(u64) -> StemStats,
    norm: &mut String,
) -> TokenInfo {
    norm.clear();
    normalize_into(w, norm);
    let cut = strip(norm, known);
    let stem = &norm[cut.prefix_len..];
    let mut info = TokenInfo {
        norm: hash_word(norm),
        exact: hash_exact(norm),
        stem: hash_word(stem),
        prefix: hash_pair("p:", &norm[..cut.prefix_len]),
        stem_len: stem.chars().count().min(12) as u8,
        shape: shape(w),
        clitic_chars: norm[..cut.clitic_len].chars().count() as u8,
        ..TokenInfo::default()
    };
    // Folding never drops a proclitic letter, so the count is the same in the raw word
    // unless harakat sit on the clitic; then the mention just keeps the clitic.
    if !w.starts_with(&norm[..cut.clitic_len]) {
        info.clitic_chars = 0;
    }
    // The article is written with a bare alef: ال folded from أل، إل or آل
    // after the clitics begins the word itself (ألتمان، ألمانيا، إلغاء، آلاف).
    // (The tagger's features read the stem, which stays as `strip` cut it.)
    let hamzated = {
        let clitic = norm[..cut.clitic_len].chars().count();
        w.chars()
            .filter(|&c| fold_char(c).is_some())
            .nth(clitic)
            .is_some_and(|c| matches!(c, 'أ' | 'إ' | 'آ'))
    };
    info.definite =
        !hamzated && (cut.prefix_len > cut.clitic_len || norm[cut.clitic_len..].starts_with("ال"));
    info.known_stem = info.stem;
    if cut.prefix_len == 0 && gazetteer.has_known_names() {
        // لهسبريس: the analysis kept ل, since no list it reads knows the rest.
        if let Some(rest) = norm.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']) {
            let key = first_word_key(rest);
            if rest.chars().count() >= 3
                && w.starts_with(&norm[..norm.len() - rest.len()])
                && gazetteer.begins_known(key)
                && !gazetteer.begins_known(info.stem)
            {
                info.known_stem = key;
                info.clitic_chars = 1;
            }
        }
    } else if cut.prefix_len > 0
        && gazetteer.has_known_names()
        && (!gazetteer.begins_known(info.stem) || info.stem_len < 3)
    {
        // باب المندب: the analysis read ب + اب, a word; the word whole, or
        // after its conjunction alone (وباب), begins a name the rules know.
        // So does فلاي دبي, read ف + ل + اي, though a known name begins
        // with those two letters.
        let readings = [(0, Some(norm.as_str())), (1, norm.strip_prefix(['و', 'ف']))];
        let whole = readings.into_iter().find_map(|(clitics, rest)| {
            let rest = rest?;
            let key = first_word_key(rest);
            (rest.chars().count() >= 3 && gazetteer.begins_known(key)).then_some((clitics, key))
        });
        if let Some((clitics, key)) = whole {
            info.known_stem = key;
            info.known_clitic_chars = Some(clitics);
        }
    }
    affixes(norm, &mut info.affixes[..6]);
    if cut.prefix_len > 0 {
        affixes(stem, &mut info.affixes[6..]);
    }
    info.triggers = gazetteer.triggers(info.stem, hash_exact(stem));
    // A frequent clitic form (وقال) is known whole and keeps its و in the stem.
    let after_waw = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .map(|rest| gazetteer.triggers(first_word_key(rest), hash_exact(rest)));
    if info.triggers == 0 {
        info.triggers = after_waw.unwrap_or(0);
    }
    info.reports = (info.triggers | after_waw.unwrap_or(0)) & TRIGGER_SPEECH != 0;
    info.common_word = gazetteer.is_common(hash_exact(stem));
    info.nationality = gazetteer.nationality(stem);
    // والحسين: a name list holds the word with its و (a list's slip), but
    // the rest is a name with the article the lists know as a person's
    // given or family name, and the و joins it to the words before. (The
    // analysis, whose stem the features read, stays as `strip` cut it.)
    // (Five letters or more after the و.)
    if cut.clitic_len == 0
        && w.starts_with('و')
        && norm.chars().count() >= 6
        && gazetteer.named_after_waw(norm)
    {
        info.clitic_chars = 1;
    }
    // (A hamza's ال is the name's own too: ألبرت، آلان.)
    info.whole_given = (cut.clitic_len > 0 || hamzated && cut.prefix_len > 0)
        && gazetteer.triggers(first_word_key(norm), hash_exact(norm)) & TRIGGER_GIVEN != 0;
    info.stats = stats(info.stem);
    info.phrase = gazetteer.phrase_start(info.stem);
    info.future = info.triggers & NAME_WORDS == 0
        && norm
            .strip_prefix('س')
            .filter(|present| present.starts_with(['ي', 'ت', 'ن', 'ا']))
            // (سيدي is no verb: يدي, my hands, is too short to tell.)
            .filter(|present| present.chars().count() >= 4)
            .is_some_and(|present| {
                let seen = stats(hash_word(present));
                seen.count >= 2 && seen.shares == [0; 4]
            });
    info
}

/// Type index of a label (None for O).
pub(crate) fn label_type(label: u8) -> Option<usize> {
    (label > 0).then(|| usize::from(label - 1) / 2)
}

/// Fill `doc` of every token: first-pass types of the same stem in the sentences
/// within `window` of its own, itself excluded.
pub(crate) fn document_counts(
    sentences: &mut [Vec<TokenInfo>],
    first_pass: &[Vec<u8>],
    window: usize,
) {
    // Stems numbered once, so the sliding window counts in a plain vector.
    let mut numbers: HashKeyed<u32> = HashKeyed::default();
    let ids: Vec<Vec<u32>> = sentences
        .iter()
        .map(|infos| {
            infos
                .iter()
                .map(|info| {
                    let next = numbers.len() as u32;
                    *numbers.entry(info.stem).or_insert(next)
                })
                .collect()
        })
        .collect();
    let mut counts = vec![[0u16; 5]; numbers.len()];
    let slot = |label: u8| label_type(label).unwrap_or(4);
    let n = sentences.len();
    let add = |counts: &mut [[u16; 5]], s: usize, sign: i32| {
        for (&id, &l) in ids[s].iter().zip(&first_pass[s]) {
            let c = &mut counts[id as usize][slot(l)];
            *c = (i32::from(*c) + sign) as u16;
        }
    };
    for s in 0..n.min(window + 1) {
        add(&mut counts, s, 1);
    }
    for s in 0..n {
        if s > 0 && s + window < n {
            add(&mut counts, s + window, 1);
        }
        if s > window {
            add(&mut counts, s - window - 1, -1);
        }
        for ((info, &id), &l) in sentences[s].iter_mut().zip(&ids[s]).zip(&first_pass[s]) {
            let mut c = counts[id as usize];
            c[slot(l)] -= 1;
            info.doc = c.map(|v| v.min(255) as u8);
        }
    }
}
