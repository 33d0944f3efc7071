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
use qari_recognize::train::{evaluate, parse_conll, train, TrainOptions};

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
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let text =
        std::fs::read_to_string(&args.corpus).with_context(|| args.corpus.display().to_string())?;
    let sentences = parse_conll(&text);
    anyhow::ensure!(
        sentences.len() > args.dev,
        "the corpus has only {} sentences",
        sentences.len()
    );
    let opts = TrainOptions {
        epochs: args.epochs,
        two_pass: !args.single_pass,
        prune: args.prune,
        ..TrainOptions::default()
    };
    let gazetteer = Gazetteer::builtin();
    let (train_part, dev_part) = sentences.split_at(sentences.len() - args.dev);

    let t = Instant::now();
    let heldout = train(train_part, &gazetteer, &opts);
    println!(
        "trained on {} sentences in {:.1} s; scoring on the last {} sentences",
        train_part.len(),
        t.elapsed().as_secs_f64(),
        dev_part.len()
    );
    let counts = evaluate(&heldout, &gazetteer, dev_part);
    for (ty, name) in TYPES.iter().enumerate().take(3) {
        let (p, r, f) = counts.prf(&[ty]);
        let gold = counts.tp[ty] + counts.fn_[ty];
        println!("{name:5} P {p:.3} R {r:.3} F1 {f:.3}  (gold {gold})");
    }
    let (p, r, f) = counts.prf(&[0, 1, 2]);
    println!("F1 {f:.3} micro over PERS/LOC/ORG (P {p:.3} R {r:.3})");
    if let Some(path) = &args.heldout_out {
        std::fs::write(path, heldout.to_bytes()).with_context(|| path.display().to_string())?;
    }
    if args.dev_only {
        return Ok(());
    }

    let t = Instant::now();
    let tagger = train(&sentences, &gazetteer, &opts);
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
