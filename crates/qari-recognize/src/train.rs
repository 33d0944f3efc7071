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
//!
//! This file holds the training; reading the corpora is in `train/corpus.rs`,
//! scoring in `train/score.rs`.

use super::features::templates::{domain_key, extract};
use super::features::{document_counts, label_type, Lexicon, StemStats, TokenInfo};
use super::gazetteer::Gazetteer;
use super::normalize::{hash_word, normalize, HashKeyed};
use super::perceptron::{Averaged, Example, Model, Trainer};
use super::tagger::{decode, Tagger, DOCUMENT_WINDOW};

mod corpus;
mod score;

pub use corpus::{label_of, parse_conll, parse_marked, parse_wikifane, LabeledSentence, MarkError};
pub(crate) use score::span_iter;
pub use score::{evaluate, spans, Counts};

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
