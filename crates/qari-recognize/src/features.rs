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

use super::gazetteer::{
    first_word_key, Gazetteer, PhraseEntry, LIST_FEATURE_BITS, MAJOR_PLACE_BEGIN, NAME_WORDS,
    TRIGGER_CLASSES, TRIGGER_GIVEN, TRIGGER_SPEECH,
};
use super::normalize::{
    fold_char, hash_exact, hash_more, hash_pair, hash_word, normalize_into, strip, HashKeyed,
    HASH_START,
};

/// Entity types the tagger knows, as ANERcorp names them, in label order
/// (B = 1 + 2t, I = 2 + 2t); the trainer reports its scores under these names.
pub const TYPES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];
/// O, then B and I of each type.
pub(crate) const LABELS: usize = 1 + 2 * TYPES.len();

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
    if cut.prefix_len == 0 && gazetteer.has_known_organisations() {
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

fn key(template: u32, value: u64) -> u32 {
    let h = (value ^ u64::from(template).wrapping_mul(0xD6E8_FEB8_6659_FD93))
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // 0 marks a free slot in the model's table; the top bit is left clear for
    // the domain copies of training ([`domain_key`]).
    ((h >> 33) as u32).max(1)
}

/// The copy of feature `key` that only examples of training domain `domain` see
/// (feature augmentation: the shared copy learns what holds across corpora, the
/// domain copy what one corpus's text or annotators do differently). Its top bit
/// is set, so no feature key of [`key`]'s is one.
pub(crate) fn domain_key(key: u32, domain: u32) -> u32 {
    let h = (u64::from(key) ^ (u64::from(domain) << 40)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    ((h >> 33) as u32) | 0x8000_0000
}

const BOUNDARY: [u64; 2] = [0x0b05, 0xe05];

/// The trigger classes that are features.
const TRIGGER_MASK: u8 = ((1u16 << TRIGGER_CLASSES) - 1) as u8;

fn rare_bucket(count: u8) -> u64 {
    match count {
        0 => 0,
        1 => 1,
        2..=4 => 2,
        _ => 3,
    }
}

/// Feature keys of token `i`; `second_pass` adds lexicon and document features.
pub(crate) fn extract(infos: &[TokenInfo], i: usize, second_pass: bool, out: &mut Vec<u32>) {
    out.clear();
    each_first(infos, i, |k| out.push(k));
    if second_pass {
        each_second(infos, i, |k| out.push(k));
    }
}

/// Call `f` with each set bit of `bits`, lowest first.
#[inline]
fn each_bit(bits: impl Into<u32>, mut f: impl FnMut(u64)) {
    let mut bits: u32 = bits.into();
    while bits != 0 {
        f(u64::from(bits.trailing_zeros()));
        bits &= bits - 1;
    }
}

/// The features both passes share, handed to `emit` one key at a time (the tagger
/// scores each as it comes, so no list is built).
pub(crate) fn each_first(infos: &[TokenInfo], i: usize, mut emit: impl FnMut(u32)) {
    each_word(&infos[i], &mut emit);
    each_context(infos, i, emit);
}

/// The shared features that depend on the token's word alone, not on its
/// neighbours, its place or the sentence's phrase matches: the same for every
/// token spelt alike, so the tagger scores them once per word.
#[inline]
pub(crate) fn each_word(t: &TokenInfo, mut emit: impl FnMut(u32)) {
    emit(key(0, 0));
    emit(key(3, t.norm));
    emit(key(6, t.stem));
    emit(key(7, t.prefix));
    for (k, &a) in t.affixes.iter().enumerate() {
        if a != 0 {
            emit(key(10 + k as u32, u64::from(a)));
        }
    }
    emit(key(22, u64::from(t.stem_len)));
    emit(key(24, u64::from(t.shape)));
    each_bit(t.triggers & TRIGGER_MASK, |b| emit(key(32, b)));
    emit(key(34, rare_bucket(t.stats.count)));
    if t.exact != t.norm {
        emit(key(37, t.exact));
    }
}

/// The shared features of token `i` that depend on its neighbours, its place in
/// the sentence or the sentence's phrase matches: those of each neighbour in
/// its place ([`each_neighbour`]), of the token's place ([`each_place`]), of
/// the phrase matches around it ([`each_phrase`]) and of the word before and
/// the token together ([`pair_key`]). All but the last are sums the tagger can
/// make once per word or per value (see `tagger::ContextScores`).
#[inline]
pub(crate) fn each_context(infos: &[TokenInfo], i: usize, mut emit: impl FnMut(u32)) {
    let n = infos.len();
    let t = &infos[i];
    let p1 = i.checked_sub(1).and_then(|j| infos.get(j));
    let n1 = infos.get(i + 1);
    for (side, x) in [
        (0, i.checked_sub(2).and_then(|j| infos.get(j))),
        (1, p1),
        (2, n1),
        (3, infos.get(i + 2)),
    ] {
        each_neighbour(side, x, &mut emit);
    }
    each_place(i == 0, i + 1 == n, &mut emit);
    for (side, x) in [(0, p1), (1, Some(t)), (2, n1)] {
        if let Some(x) = x {
            each_phrase(side, x.gazetteer, &mut emit);
        }
    }
    emit(pair_key(p1, t));
}

/// Places of a neighbour in [`each_neighbour`]: two before, one before, one
/// after, two after.
pub(crate) const NEIGHBOURS: usize = 4;

/// The features a token gets from its neighbour `x` at place `side` (see
/// [`NEIGHBOURS`]; `None` past the sentence's ends): a function of that word
/// and its place alone.
#[inline]
pub(crate) fn each_neighbour(side: usize, x: Option<&TokenInfo>, mut emit: impl FnMut(u32)) {
    let boundary = BOUNDARY[usize::from(side >= 2)];
    // Templates of the folded word, the stem, the shape and the trigger
    // classes (0: none at that place).
    let (norm, stem, shape, triggers) = match side {
        0 => (1, 0, 0, 30),
        1 => (2, 8, 23, 31),
        2 => (4, 9, 25, 33),
        _ => (5, 0, 0, 0),
    };
    emit(key(norm, x.map_or(boundary, |x| x.norm)));
    if stem != 0 {
        emit(key(stem, x.map_or(boundary, |x| x.stem)));
        emit(key(shape, x.map_or(9, |x| u64::from(x.shape))));
    }
    if let Some(x) = x.filter(|_| triggers != 0) {
        each_bit(x.triggers & TRIGGER_MASK, |b| emit(key(triggers, b)));
    }
}

/// The feature of a token's place: first and/or last of its sentence.
#[inline]
pub(crate) fn each_place(first: bool, last: bool, mut emit: impl FnMut(u32)) {
    emit(key(26, u64::from(first) + 2 * u64::from(last)));
}

/// The features of the list phrases `gazetteer` (a token's bits) that the word
/// before (`side` 0), the token itself (1) or the word after it (2) is in.
#[inline]
pub(crate) fn each_phrase(side: u32, gazetteer: u16, emit: impl FnMut(u32)) {
    let mut emit = emit;
    each_bit(gazetteer & LIST_FEATURE_BITS, |b| emit(key(27 + side, b)));
}

/// The feature of the word before `t` (`p1`) and `t` together.
#[inline]
pub(crate) fn pair_key(p1: Option<&TokenInfo>, t: &TokenInfo) -> u32 {
    key(
        38,
        p1.map_or(BOUNDARY[0], |x| x.norm) ^ t.norm.rotate_left(17),
    )
}

/// The second pass's own features of token `i`, handed to `emit`: those of
/// its word ([`each_second_word`]) and of the first pass's tags around it
/// ([`each_document`]).
#[inline]
pub(crate) fn each_second(infos: &[TokenInfo], i: usize, mut emit: impl FnMut(u32)) {
    each_second_word(&infos[i], &mut emit);
    each_document(&infos[i].doc, emit);
}

/// The second pass's features of what training said of the token's stem: a
/// function of the word alone.
#[inline]
pub(crate) fn each_second_word(t: &TokenInfo, mut emit: impl FnMut(u32)) {
    if t.stats.count > 0 {
        for (ty, &s) in t.stats.shares.iter().enumerate() {
            let bucket = if s == 0 { 0 } else { 1 + u64::from(s) / 64 };
            emit(key(35, ty as u64 * 8 + bucket));
        }
    }
}

/// Types a document count is kept for: those of [`TYPES`] and none.
pub(crate) const DOC_TYPES: usize = TYPES.len() + 1;

/// The second pass's features of `doc`, what the first pass made of the
/// token's stem nearby (see [`TokenInfo::doc`]): one per type seen, of its
/// count up to 3.
#[inline]
pub(crate) fn each_document(doc: &[u8; DOC_TYPES], mut emit: impl FnMut(u32)) {
    for (ty, &c) in doc.iter().enumerate() {
        if c > 0 {
            emit(document_key(ty, c));
        }
    }
}

/// The feature of `count` (1 or more; 3 stands for more) occurrences of type
/// `ty` nearby.
#[inline]
pub(crate) fn document_key(ty: usize, count: u8) -> u32 {
    key(36, ty as u64 * 4 + u64::from(count.min(3)))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn definite(word: &str) -> bool {
        let known = |_: u64| 0;
        let stats = |_: u64| StemStats::default();
        analyze_word(
            word,
            &Gazetteer::default(),
            &known,
            &stats,
            &mut String::new(),
        )
        .definite
    }

    #[test]
    fn a_future_is_s_before_a_present_the_training_never_saw_in_a_name() {
        // The training text knows يلتقي and تعلن, never in a name, and يدي.
        let seen = |h: u64| {
            let known = ["يلتقي", "تعلن", "يدي"].iter().any(|w| hash_word(w) == h);
            let count = if known { 9 } else { 0 };
            StemStats {
                count,
                shares: [0; 4],
            }
        };
        let future = |word: &str| {
            analyze_word(
                word,
                &Gazetteer::default(),
                &|_| 0,
                &seen,
                &mut String::new(),
            )
            .future
        };
        assert!(future("سيلتقي"));
        assert!(future("ستعلن"));
        // A name the training never saw after س, and سيدي, too short to tell.
        assert!(!future("ستيوارت"));
        assert!(!future("سيدي"));
        assert!(!future("يلتقي"));
    }

    #[test]
    fn a_reporting_verb_after_waw_reports_though_the_lists_know_it_as_a_name() {
        let mut g = Gazetteer::default();
        g.add("speech", "أكد");
        g.add("family", "وأكد");
        let stats = |_: u64| StemStats::default();
        let info = |w: &str| analyze_word(w, &g, &|_| 0, &stats, &mut String::new());
        let waw = info("وأكد");
        assert!(waw.reports);
        // The tagger's features keep what the lists say of the whole word.
        assert_eq!(waw.triggers & TRIGGER_SPEECH, 0);
        assert!(info("أكد").reports);
        assert!(!info("وأكل").reports);
    }

    #[test]
    fn the_article_is_written_with_a_bare_alef() {
        for word in ["الدولة", "والحكومة", "بالقاهرة", "للمنظمة"] {
            assert!(definite(word), "{word}");
        }
        // ال read after folding a hamza's alef begins the word itself.
        for word in ["ألتمان", "ألمانيا", "وألمانيا", "بألمانيا", "إلغاء", "آلاف"]
        {
            assert!(!definite(word), "{word}");
        }
    }
}
