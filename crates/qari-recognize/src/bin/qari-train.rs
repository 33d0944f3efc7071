//! `qari-train CORPUS`: train the entity tagger and write `crates/qari-recognize/assets/ner-weights.bin`.
//!
//! The last `--dev` sentences of the corpus are held out: a model trained on the
//! rest is scored on them (exact-span P/R/F1 per type, as reported in the README),
//! then, unless `--dev-only`, the shipped model is trained on the whole corpus with
//! the same settings. The corpus itself is never copied: only hashed weights and
//! word statistics are written.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::Parser;
use qari_recognize::features::TYPES;
use qari_recognize::gazetteer::Gazetteer;
use qari_recognize::tagger::Tagger;
use qari_recognize::train::{
    evaluate, parse_conll, parse_marked, parse_wikifane, train_with, Counts, LabeledSentence,
    TrainOptions,
};

#[derive(Debug, Parser)]
#[command(
    name = "qari-train",
    about = "Train qari's entity tagger on CoNLL BIO data"
)]
struct Args {
    /// CoNLL file: `token TAG` lines, blank lines between sentences (e.g. ANERcorp).
    corpus: PathBuf,
    /// Where to write the weights trained on the whole corpus.
    #[arg(long, default_value = "crates/qari-recognize/assets/ner-weights.bin")]
    out: PathBuf,
    /// Sentences held out at the end of the corpus as the development set.
    #[arg(long, default_value_t = 396)]
    dev: usize,
    #[arg(long, default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// Seed of the training order's shuffle: another seed shows how much a
    /// figure owes to the order alone.
    #[arg(long, default_value_t = TrainOptions::default().seed)]
    seed: u64,
    /// Perceptrons trained in as many shuffled orders, their weights averaged.
    #[arg(long, default_value_t = TrainOptions::default().orders)]
    orders: usize,
    /// Drop features whose weights all stay below this share of the largest weight.
    #[arg(long, default_value_t = TrainOptions::default().prune)]
    prune: f32,
    /// Train the first pass only.
    #[arg(long)]
    single_pass: bool,
    /// Score on the development set and stop; write nothing unless `--heldout-out`.
    #[arg(long)]
    dev_only: bool,
    /// Also write the model trained without the development set (for outside scoring).
    #[arg(long)]
    heldout_out: Option<PathBuf>,
    /// Cross-validate instead: cut the corpus into K contiguous blocks, score a model
    /// trained without each block on it, and report the pooled counts (a steadier
    /// development figure than one block); writes nothing.
    #[arg(long, value_name = "K")]
    cv: Option<usize>,
    /// With `--cv`, also write every scored sentence as `word gold tagged` lines
    /// (CoNLL tags, a blank line between sentences) for error analysis. The file
    /// holds the corpus's words: keep it outside the repository.
    #[arg(long, value_name = "FILE", requires = "cv")]
    cv_out: Option<PathBuf>,
    /// WikiFANE Gold (`WikiFANE_Gold_2014_500K.txt`), learnt from beside the corpus
    /// as text of another kind (Wikipedia, other annotators): see `train_with`.
    /// The shipped weights are trained with it.
    #[arg(long, value_name = "FILE", required_unless_present = "no_wikifane")]
    wikifane: Option<PathBuf>,
    /// Folders of hand-marked news articles (`*.txt` in them and in their
    /// folders, in path order; the marks of `scripts/evalreview.py`), learnt
    /// from beside WikiFANE as text of another kind: news written the way qari
    /// reads names (heads and complements inside an organisation's), such as
    /// `crates/qari-recognize/tests/news-sets`, with which the shipped weights
    /// are trained (see `crates/qari-recognize/assets/ner-README.md`).
    #[arg(long, value_name = "DIR")]
    sets: Vec<PathBuf>,
    /// Learn from the corpus alone.
    /// (With `--wikifane`, that file is then only scored, for `--wikifane-dev`.)
    #[arg(long)]
    no_wikifane: bool,
    /// Hold the last N WikiFANE paragraphs out as well and score the held-out model
    /// on them too: how it reads Wikipedia (its names are in the lists, so this
    /// flatters it).
    #[arg(long, value_name = "N", default_value_t = 0)]
    wikifane_dev: usize,
}

/// WikiFANE's classes as the tagger's types (one table with `scripts/gen_names.py`).
const WIKIFANE_CLASSES: &str = include_str!("../../assets/wikifane-classes.tsv");

/// Exact-span P/R/F1 per type, then micro over PERS/LOC/ORG.
fn report(counts: &Counts) {
    for (ty, name) in TYPES.iter().enumerate().take(3) {
        let (p, r, f) = counts.prf(&[ty]);
        let gold = counts.tp[ty] + counts.fn_[ty];
        println!("{name:5} P {p:.3} R {r:.3} F1 {f:.3}  (gold {gold})");
    }
    let (p, r, f) = counts.prf(&[0, 1, 2]);
    println!("F1 {f:.3} micro over PERS/LOC/ORG (P {p:.3} R {r:.3})");
}

/// CoNLL name of a label number.
fn tag_name(label: u8) -> String {
    match label {
        0 => "O".to_string(),
        l => format!(
            "{}-{}",
            if l % 2 == 1 { "B" } else { "I" },
            TYPES[usize::from(l - 1) / 2]
        ),
    }
}

/// `word gold tagged` lines of `sentences` tagged as one document.
fn list_tags(
    tagger: &Tagger,
    gazetteer: &Gazetteer,
    sentences: &[LabeledSentence],
    out: &mut String,
) {
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    for (tagged, gold) in tagger.tag(gazetteer, &words).iter().zip(sentences) {
        for ((w, &g), &t) in gold.words.iter().zip(&gold.labels).zip(&tagged.labels) {
            out.push_str(&format!("{w} {} {}\n", tag_name(g), tag_name(t)));
        }
        out.push('\n');
    }
}

/// The `*.txt` files under `dir`, in path order.
fn marked_files(dir: &std::path::Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| dir.display().to_string())?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .with_context(|| dir.display().to_string())?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            marked_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// The sentences of every marked article under `dirs`.
fn read_sets(dirs: &[PathBuf]) -> anyhow::Result<Vec<LabeledSentence>> {
    let mut files = Vec::new();
    for dir in dirs {
        marked_files(dir, &mut files)?;
    }
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
        out.extend(parse_marked(&text).with_context(|| path.display().to_string())?);
    }
    Ok(out)
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let text =
        std::fs::read_to_string(&args.corpus).with_context(|| args.corpus.display().to_string())?;
    let sentences = parse_conll(&text);
    // The news sets first, so that `--wikifane-dev` holds out WikiFANE's last
    // paragraphs.
    let mut extra = read_sets(&args.sets)?;
    let sets = extra.len();
    if let Some(path) = &args.wikifane {
        extra.extend(parse_wikifane(
            &std::fs::read_to_string(path).with_context(|| path.display().to_string())?,
            WIKIFANE_CLASSES,
        ));
    }
    anyhow::ensure!(
        args.wikifane_dev == 0 || !extra.is_empty(),
        "--wikifane-dev needs --wikifane FILE"
    );

    anyhow::ensure!(
        sentences.len() > args.dev,
        "the corpus has only {} sentences",
        sentences.len()
    );
    let opts = TrainOptions {
        epochs: args.epochs,
        two_pass: !args.single_pass,
        prune: args.prune,
        seed: args.seed,
        orders: args.orders,
        uncounted_extra: sets,
        ..TrainOptions::default()
    };
    let extra_all: &[_] = if args.no_wikifane { &[] } else { &extra };
    let gazetteer = Gazetteer::builtin();
    if let Some(k) = args.cv {
        anyhow::ensure!(
            k >= 2 && k <= sentences.len(),
            "--cv needs 2 to {} blocks",
            sentences.len()
        );
        let mut pooled = Counts::default();
        let mut listing = String::new();
        for block in 0..k {
            let (from, to) = (
                block * sentences.len() / k,
                (block + 1) * sentences.len() / k,
            );
            let rest: Vec<_> = sentences[..from]
                .iter()
                .chain(&sentences[to..])
                .cloned()
                .collect();
            let tagger = train_with(&rest, extra_all, &gazetteer, &opts);
            let counts = evaluate(&tagger, &gazetteer, &sentences[from..to]);
            if args.cv_out.is_some() {
                list_tags(&tagger, &gazetteer, &sentences[from..to], &mut listing);
            }
            println!("block {}: F1 {:.3}", block + 1, counts.prf(&[0, 1, 2]).2);
            pooled.merge(&counts);
        }
        report(&pooled);
        if let Some(path) = &args.cv_out {
            std::fs::write(path, listing).with_context(|| path.display().to_string())?;
        }
        return Ok(());
    }
    let (train_part, dev_part) = sentences.split_at(sentences.len() - args.dev);

    let t = Instant::now();
    let (extra_train, extra_dev) = extra.split_at(extra.len() - args.wikifane_dev.min(extra.len()));
    let extra_train = if args.no_wikifane { &[] } else { extra_train };
    let heldout = train_with(train_part, extra_train, &gazetteer, &opts);
    println!(
        "trained on {} sentences in {:.1} s; scoring on the last {} sentences",
        train_part.len(),
        t.elapsed().as_secs_f64(),
        dev_part.len()
    );
    report(&evaluate(&heldout, &gazetteer, dev_part));
    if !extra_dev.is_empty() {
        println!(
            "scoring on the last {} WikiFANE paragraphs",
            extra_dev.len()
        );
        report(&evaluate(&heldout, &gazetteer, extra_dev));
    }
    if let Some(path) = &args.heldout_out {
        std::fs::write(path, heldout.to_bytes()).with_context(|| path.display().to_string())?;
    }
    if args.dev_only {
        return Ok(());
    }

    let t = Instant::now();
    let tagger = train_with(&sentences, extra_all, &gazetteer, &opts);
    let bytes = tagger.to_bytes();
    std::fs::write(&args.out, &bytes).with_context(|| args.out.display().to_string())?;
    println!(
        "trained on all {} sentences in {:.1} s: {} ({} KiB, {} + {} features)",
        sentences.len(),
        t.elapsed().as_secs_f64(),
        args.out.display(),
        bytes.len() / 1024,
        tagger.first.feature_count(),
        tagger.second.as_ref().map_or(0, |m| m.feature_count()),
    );
    Ok(())
}
