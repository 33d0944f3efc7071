//! Training the tagger from CoNLL BIO data, and scoring it.
//!
//! Pure: sentences in, a [`Tagger`] out; reading the corpus and writing the weights
//! is `qari-train`'s job. The second pass must be trained on first-pass tags and
//! lexicon statistics that never saw the sentence's own labels, or it would learn to
//! trust them blindly: so the training text is cut into folds, and each fold's
//! statistics and first-pass tags come from the other folds only.
//!
//! A second corpus of other text or other annotators (WikiFANE beside ANERcorp)
//! is learnt from by feature augmentation ([`train_with`]): each feature has a
//! shared copy and one per corpus, and the weights kept are the shared copy plus
//! the main corpus's, so the second corpus teaches names and contexts while the
//! main one keeps the last word on its own conventions.

use super::features::templates::{domain_key, extract};
use super::features::{document_counts, label_type, Lexicon, StemStats, TokenInfo, TYPES};
use super::gazetteer::Gazetteer;
use super::normalize::{hash_word, normalize, HashKeyed};
use super::perceptron::{Averaged, Example, Model, Trainer};
use super::tagger::{decode, Tagger, DOCUMENT_WINDOW};
use super::tokenize::{sentences, tokenize};

/// One sentence of the training corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabeledSentence {
    /// The tokens, as the corpus splits them.
    pub words: Vec<String>,
    /// One label per word, as [`label_of`] numbers the tags.
    pub labels: Vec<u8>,
}

/// Label number of a CoNLL tag (`O`, `B-PERS`, `I-LOC`, ...); unknown types are O.
pub fn label_of(tag: &str) -> u8 {
    let (bio, ty) = tag.split_at(tag.len().min(2));
    match (bio, TYPES.iter().position(|t| *t == ty)) {
        ("B-", Some(t)) => span_label(t, true),
        ("I-", Some(t)) => span_label(t, false),
        _ => 0,
    }
}

/// The label of a word that begins (or continues) a name of type `ty`, as
/// [`TYPES`] counts them.
fn span_label(ty: usize, begins: bool) -> u8 {
    2 * ty as u8 + if begins { 1 } else { 2 }
}

/// A news set's article whose marks do not pair up or close.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0} at byte {1} of the marked text")]
pub struct MarkError(&'static str, usize);

/// Sentences of a hand-marked news article, as the news sets under
/// `crates/qari-recognize/tests/news-sets/` write them (and
/// `scripts/evalreview.py` reads them): `[P …]`, `[L …]` and `[O …]` around a
/// person's, a place's and an organisation's name, `{Q speaker|…}` around a
/// quote (its marks dropped here). The text is cut into tokens and sentences
/// as recognition cuts it; a token that holds a name's first letter begins it
/// (و[P أحمد] is the token وأحمد, as ANERcorp tags a name with its clitic).
pub fn parse_marked(marked: &str) -> Result<Vec<LabeledSentence>, MarkError> {
    let mut text = String::with_capacity(marked.len());
    // Names as (type, start, end) in bytes of `text`.
    let mut names: Vec<(usize, usize, usize)> = Vec::new();
    let mut open: Vec<Option<(usize, usize)>> = Vec::new();
    let mut rest = marked;
    while let Some(at) = rest.find(['[', ']', '{', '}']) {
        text.push_str(&rest[..at]);
        let here = marked.len() - rest.len() + at;
        let tail = &rest[at..];
        let kind = |c: char| TYPES.iter().position(|t| t.starts_with(c));
        rest = match tail.as_bytes() {
            [b'[', k @ (b'P' | b'L' | b'O'), b' ', ..] => {
                open.push(Some((kind(char::from(*k)).unwrap_or(0), text.len())));
                &tail[3..]
            }
            [b']', ..] => match open.pop() {
                Some(Some((ty, start))) => {
                    names.push((ty, start, text.len()));
                    &tail[1..]
                }
                _ => return Err(MarkError("a ] that closes no name", here)),
            },
            [b'{', b'Q', ..] => {
                let bar = tail
                    .find('|')
                    .ok_or(MarkError("a quote's mark with no |", here))?;
                open.push(None);
                &tail[bar + 1..]
            }
            [b'}', ..] => match open.pop() {
                Some(None) => &tail[1..],
                _ => return Err(MarkError("a } that closes no quote", here)),
            },
            _ => return Err(MarkError("a bracket that is no mark", here)),
        };
    }
    text.push_str(rest);
    if !open.is_empty() {
        return Err(MarkError("a mark never closed", marked.len()));
    }
    let tokens = tokenize(&text);
    let mut out = Vec::new();
    for range in sentences(&text, &tokens) {
        let mut sentence = LabeledSentence {
            words: Vec::with_capacity(range.len()),
            labels: Vec::with_capacity(range.len()),
        };
        for t in &tokens[range] {
            let name = names
                .iter()
                .find(|(_, s, e)| t.bytes.start < *e && *s < t.bytes.end);
            sentence.words.push(t.text(&text).to_string());
            sentence.labels.push(match name {
                None => 0,
                Some(&(ty, s, _)) => span_label(ty, s >= t.bytes.start),
            });
        }
        out.push(sentence);
    }
    Ok(out)
}

/// Sentences of a CoNLL file: `token ... TAG` per line, a blank line between sentences.
pub fn parse_conll(text: &str) -> Vec<LabeledSentence> {
    let mut out = Vec::new();
    let mut cur = LabeledSentence {
        words: Vec::new(),
        labels: Vec::new(),
    };
    for line in text.lines().chain([""]) {
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.last()) {
            (Some(word), Some(tag)) => {
                cur.words.push(word.to_string());
                cur.labels.push(label_of(tag));
            }
            _ if !cur.words.is_empty() => out.push(std::mem::replace(
                &mut cur,
                LabeledSentence {
                    words: Vec::new(),
                    labels: Vec::new(),
                },
            )),
            _ => {}
        }
    }
    out
}

/// Entity spans `(start, end, type)` over token indices; an I- that does not continue
/// a span of its type starts one.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, usize)> {
    span_iter(labels).collect()
}

/// The spans of [`spans`], one at a time: the passes over every sentence read
/// them without a vector each.
pub(crate) fn span_iter(labels: &[u8]) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < labels.len() {
            let start = i;
            i += 1;
            let Some(ty) = label_type(labels[start]) else {
                continue;
            };
            while labels
                .get(i)
                .is_some_and(|&l| l % 2 == 0 && label_type(l) == Some(ty))
            {
                i += 1;
            }
            return Some((start, i, ty));
        }
        None
    })
}

/// How to train; the defaults are the settings of the shipped weights.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Passes over the training sentences, each in a new shuffled order.
    pub epochs: usize,
    /// Train the second pass too (see [`tagger`](crate::tagger) for what it adds).
    pub two_pass: bool,
    /// Folds the text is cut into for the second pass's inputs (at least 2).
    pub folds: usize,
    /// Seed of the shuffle, so that training is reproducible.
    pub seed: u64,
    /// Perceptrons trained in as many shuffled orders (seeds `seed`,
    /// `seed + 1` …) whose weights are averaged: one order's luck is evened
    /// out.
    pub orders: usize,
    /// The first sentences of the extra corpus that teach the weights but
    /// not the lexicon's counts of how often training saw a word and as
    /// what: the hand-marked news sets, small beside ANERcorp and WikiFANE,
    /// whose counts the rules' thresholds ("training saw it seldom") were
    /// set by.
    pub uncounted_extra: usize,
    /// Drop features whose weights all stay below this share of the largest one.
    pub prune: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        Self {
            epochs: 10,
            two_pass: true,
            folds: 5,
            seed: 7,
            orders: 1,
            uncounted_extra: 0,
            prune: 0.01,
        }
    }
}

fn stats_of(counts: &[u32; 5]) -> StemStats {
    let n: u32 = counts.iter().sum();
    if n == 0 {
        return StemStats::default();
    }
    StemStats {
        count: n.min(255) as u8,
        shares: std::array::from_fn(|t| ((255 * counts[t] + n / 2) / n) as u8),
    }
}

/// The training domain of the corpus the tagger is for; [`EXTRA_DOMAIN`] marks
/// the other corpus's sentences (see [`train_with`]).
const MAIN_DOMAIN: u32 = 2;
const EXTRA_DOMAIN: u32 = 1;

/// One training, finished for each of `domains`: the mean of
/// [`TrainOptions::orders`] perceptrons, each trained in its own shuffled order.
fn train_models(examples: &[&Example], opts: &TrainOptions, domains: &[Option<u32>]) -> Vec<Model> {
    let trained: Vec<Trainer> = (0..opts.orders.max(1) as u64)
        .map(|k| train_in_order(examples, opts, opts.seed.wrapping_add(k)))
        .collect();
    domains
        .iter()
        .map(|d| {
            let each: Vec<Averaged> = trained.iter().map(|t| t.averaged(*d)).collect();
            Averaged::mean(&each).quantised(opts.prune)
        })
        .collect()
}

/// A perceptron trained on `examples`, shuffled anew from `seed` each epoch.
fn train_in_order(examples: &[&Example], opts: &TrainOptions, seed: u64) -> Trainer {
    let mut trainer = Trainer::new();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed.max(1);
    for _ in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            trainer.learn(examples[i]);
        }
    }
    trainer
}

/// Training examples; when `domain` gives a sentence's domain, each feature comes
/// with its copy for that domain.
fn examples(
    infos: &[Vec<TokenInfo>],
    sentences: &[LabeledSentence],
    second: bool,
    domain: impl Fn(usize) -> Option<u32>,
) -> Vec<Example> {
    let mut feats = Vec::new();
    infos
        .iter()
        .zip(sentences)
        .enumerate()
        .map(|(k, (s, gold))| Example {
            feats: (0..s.len())
                .map(|i| {
                    extract(s, i, second, &mut feats);
                    if let Some(d) = domain(k) {
                        let copies: Vec<u32> = feats.iter().map(|&f| domain_key(f, d)).collect();
                        feats.extend(copies);
                    }
                    feats.clone()
                })
                .collect(),
            gold: gold.labels.clone(),
        })
        .collect()
}

/// Train a tagger on `sentences`.
pub fn train(sentences: &[LabeledSentence], gazetteer: &Gazetteer, opts: &TrainOptions) -> Tagger {
    train_with(sentences, &[], gazetteer, opts)
}

/// Train a tagger for text like `main`'s, learning also from `extra`, a corpus of
/// other text or other annotators: every feature has a shared copy and one per
/// corpus, and the shipped weights are the shared copy plus `main`'s.
pub fn train_with(
    main: &[LabeledSentence],
    extra: &[LabeledSentence],
    gazetteer: &Gazetteer,
    opts: &TrainOptions,
) -> Tagger {
    let all: Vec<LabeledSentence>;
    let sentences = if extra.is_empty() {
        main
    } else {
        all = main.iter().chain(extra).cloned().collect();
        &all
    };
    let mixed = !extra.is_empty();
    let domain = |k: usize| {
        mixed.then_some(if k < main.len() {
            MAIN_DOMAIN
        } else {
            EXTRA_DOMAIN
        })
    };
    let ship = mixed.then_some(MAIN_DOMAIN);
    // Whole-word counts guide clitic stripping: they come from `main` only, since
    // `extra` was re-tokenised (its و+word forms would look like known words).
    let mut lexicon = Lexicon::default();
    for s in main {
        for w in &s.words {
            lexicon.add_surface(hash_word(&normalize(w)));
        }
    }
    let probe = Tagger::new(lexicon, Trainer::new().finish(0.0), None);
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    let mut infos = probe.analyze(gazetteer, &words);
    let mut lexicon = probe.lexicon;

    // Stem statistics: all of the text for the shipped lexicon, the other folds for
    // each training sentence.
    let folds = opts.folds.max(2);
    // Each corpus is cut into the folds on its own, so every fold has some of both.
    let fold_of = |i: usize| match i.checked_sub(main.len()) {
        None => i * folds / main.len().max(1),
        Some(j) => j * folds / extra.len().max(1),
    };
    let mut per_fold: Vec<HashKeyed<[u32; 5]>> = vec![HashKeyed::default(); folds];
    let mut total: HashKeyed<[u32; 5]> = HashKeyed::default();
    // (The extra corpus's first `uncounted_extra` sentences teach weights
    // only.)
    let counted = |i: usize| !(main.len()..main.len() + opts.uncounted_extra).contains(&i);
    for (i, (s, gold)) in infos
        .iter()
        .zip(sentences)
        .enumerate()
        .filter(|(i, _)| counted(*i))
    {
        for (info, &l) in s.iter().zip(&gold.labels) {
            let slot = label_type(l).unwrap_or(4);
            per_fold[fold_of(i)].entry(info.stem).or_default()[slot] += 1;
            total.entry(info.stem).or_default()[slot] += 1;
        }
    }
    for (stem, counts) in &total {
        lexicon.set_stem(*stem, stats_of(counts));
    }
    for (i, s) in infos.iter_mut().enumerate() {
        let own = &per_fold[fold_of(i)];
        for info in s.iter_mut() {
            let all = total.get(&info.stem).copied().unwrap_or_default();
            let mine = own.get(&info.stem).copied().unwrap_or_default();
            info.stats = stats_of(&std::array::from_fn(|t| all[t] - mine[t]));
        }
    }

    let first_examples = examples(&infos, sentences, false, domain);
    let first = train_models(&first_examples.iter().collect::<Vec<_>>(), opts, &[ship]).remove(0);
    if !opts.two_pass {
        return Tagger::new(lexicon, first, None);
    }
    let mut first_pass: Vec<Vec<u8>> = vec![Vec::new(); sentences.len()];
    for k in 0..folds {
        let rest: Vec<&Example> = first_examples
            .iter()
            .enumerate()
            .filter(|(i, _)| fold_of(*i) != k)
            .map(|(_, e)| e)
            .collect();
        // Each corpus's sentences are tagged by the model finished for it.
        let fold_domains: &[Option<u32>] = if mixed {
            &[Some(MAIN_DOMAIN), Some(EXTRA_DOMAIN)]
        } else {
            &[None]
        };
        let models = train_models(&rest, opts, fold_domains);
        for (i, s) in infos.iter().enumerate().filter(|(i, _)| fold_of(*i) == k) {
            let model = &models[usize::from(i >= main.len()).min(models.len() - 1)];
            first_pass[i] = decode(model, s, false);
        }
    }
    document_counts(&mut infos, &first_pass, DOCUMENT_WINDOW);
    let second_examples = examples(&infos, sentences, true, domain);
    let second = train_models(&second_examples.iter().collect::<Vec<_>>(), opts, &[ship]).remove(0);
    Tagger::new(lexicon, first, Some(second))
}

/// Exact-span counts per type: true positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted spans that are gold spans, per type.
    pub tp: [u32; 4],
    /// Predicted spans that are not gold spans, per type.
    pub fp: [u32; 4],
    /// Gold spans not predicted, per type.
    pub fn_: [u32; 4],
}

impl Counts {
    /// Pool another set of counts into these.
    pub fn merge(&mut self, other: &Counts) {
        for t in 0..4 {
            self.tp[t] += other.tp[t];
            self.fp[t] += other.fp[t];
            self.fn_[t] += other.fn_[t];
        }
    }

    pub(crate) fn add(&mut self, gold: &[u8], predicted: &[u8]) {
        let g = spans(gold);
        let p = spans(predicted);
        for s in &p {
            if g.contains(s) {
                self.tp[s.2] += 1;
            } else {
                self.fp[s.2] += 1;
            }
        }
        for s in g.iter().filter(|s| !p.contains(s)) {
            self.fn_[s.2] += 1;
        }
    }

    /// Precision, recall and F1 of the types in `types` pooled.
    pub fn prf(&self, types: &[usize]) -> (f64, f64, f64) {
        let sum = |v: &[u32; 4]| f64::from(types.iter().map(|&t| v[t]).sum::<u32>());
        let (tp, fp, fn_) = (sum(&self.tp), sum(&self.fp), sum(&self.fn_));
        let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// Tag `sentences` as one document and count exact-span matches.
pub fn evaluate(tagger: &Tagger, gazetteer: &Gazetteer, sentences: &[LabeledSentence]) -> Counts {
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    let mut counts = Counts::default();
    for (tagged, gold) in tagger.tag(gazetteer, &words).iter().zip(sentences) {
        counts.add(&gold.labels, &tagged.labels);
    }
    counts
}

/// Sentences of WikiFANE Gold (`token<TAB>BIO-fine-class` lines, a blank line
/// between paragraphs), tokenised as ANERcorp is: WikiFANE writes proclitics (و،
/// ف، ب، ل، ك، س) and pronoun suffixes as tokens of their own, and these are put
/// back on their word (ل + الكتاب → للكتاب, مدينة + ها → مدينتها). `classes` maps
/// a fine class to `person`, `place` or `org` (`assets/wikifane-classes.tsv`); the
/// other classes are O.
pub fn parse_wikifane(text: &str, classes: &str) -> Vec<LabeledSentence> {
    const PROCLITICS: [&str; 6] = ["و", "ف", "ب", "ل", "ك", "س"];
    const SUFFIXES: [&str; 10] = ["ها", "ه", "هم", "هن", "ي", "نا", "كم", "هما", "كما", "ني"];
    let kinds: Vec<(&str, &str)> = classes
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect();
    let tag_of = |tag: &str| -> u8 {
        let (bio, class) = tag.split_at(tag.len().min(2));
        let kind = kinds.iter().find(|(c, _)| *c == class).map(|(_, k)| *k);
        let ty = match kind {
            Some("person") => "PERS",
            Some("place") => "LOC",
            Some("org") => "ORG",
            _ => return 0,
        };
        label_of(&format!("{bio}{ty}"))
    };
    let mut out = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut labels: Vec<u8> = Vec::new();
    let mut pending = String::new();
    let mut flush = |words: &mut Vec<String>, labels: &mut Vec<u8>| {
        if words.is_empty() {
            return;
        }
        // An I- that does not continue its type's span begins one.
        for i in 0..labels.len() {
            let prev = if i == 0 { 0 } else { labels[i - 1] };
            if labels[i] > 0
                && labels[i].is_multiple_of(2)
                && label_type(prev) != label_type(labels[i])
            {
                labels[i] -= 1;
            }
        }
        out.push(LabeledSentence {
            words: std::mem::take(words),
            labels: std::mem::take(labels),
        });
    };
    for line in text.lines() {
        let mut parts = line.split('\t');
        let token: String = parts
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| !matches!(c, '\u{200E}' | '\u{FEFF}' | '\r'))
            .collect();
        let token = token.trim();
        if token.is_empty() {
            pending.clear();
            flush(&mut words, &mut labels);
            continue;
        }
        let label = tag_of(parts.next().unwrap_or("O").trim());
        if PROCLITICS.contains(&token) {
            pending.push_str(token);
            continue;
        }
        if label == 0 && pending.is_empty() && SUFFIXES.contains(&token) {
            if let Some(last) = words.last_mut() {
                if last.ends_with('ة') {
                    last.pop();
                    last.push('ت');
                }
                last.push_str(token);
                continue;
            }
        }
        let mut word = std::mem::take(&mut pending);
        match token.strip_prefix("ال") {
            Some(rest) if word.ends_with('ل') => {
                word.push('ل');
                word.push_str(rest);
            }
            _ => word.push_str(token),
        }
        words.push(word);
        labels.push(label);
    }
    flush(&mut words, &mut labels);
    out
}
