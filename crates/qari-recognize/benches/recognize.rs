//! Recogniser throughput on news text (the issue asks for at least 10 MB/s on one core).
//!
//! Two inputs. `news`: the default article repeated, enough text that per-call
//! costs (model lookups warm, vectors grown) do not dominate, as with a long
//! article or a batch; repetition flatters the per-document word cache, though.
//! `varied`: the ANERcorp training sentences, one line each, about 1.2 MB of news
//! in which most words recur far less often. The corpus lives outside the
//! repository (`../shared/corpus/anercorp-train.txt`, one `word LABEL` per line,
//! blank lines between sentences); without it that benchmark is skipped.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use qari_recognize::Recognizer;

/// qari's default article (a real news page).
const DEFAULT_ARTICLE: &str = include_str!("../../../assets/kazakhstan-2022-01-06.txt");

/// The corpus sentences as plain text, one line per sentence.
fn varied_text() -> Option<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/anercorp-train.txt");
    let corpus = std::fs::read_to_string(&path).ok()?;
    let mut text = String::with_capacity(corpus.len());
    let mut line_open = false;
    for line in corpus.lines() {
        match line.split_whitespace().next() {
            Some(word) => {
                if line_open {
                    text.push(' ');
                }
                text.push_str(word);
                line_open = true;
            }
            None if line_open => {
                text.push('\n');
                line_open = false;
            }
            None => {}
        }
    }
    Some(text)
}

fn recognize(c: &mut Criterion) {
    let recognizer = Recognizer::builtin().expect("shipped weights load");
    let text = DEFAULT_ARTICLE.repeat(16);
    let mut group = c.benchmark_group("recognize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("news", |b| b.iter(|| recognizer.recognize(&text)));
    match varied_text() {
        Some(varied) => {
            group.throughput(Throughput::Bytes(varied.len() as u64));
            group.sample_size(10);
            group.bench_function("varied", |b| b.iter(|| recognizer.recognize(&varied)));
        }
        None => eprintln!(
            "recognize/varied skipped: ../shared/corpus/anercorp-train.txt not found \
             next to the repository"
        ),
    }
    group.finish();
    c.bench_function("load builtin weights", |b| b.iter(Recognizer::builtin));
}

criterion_group!(benches, recognize);
criterion_main!(benches);
