//! Recogniser throughput on news text (the issue asks for at least 10 MB/s on one core).
//!
//! The default article repeated: enough text that per-call costs (model lookups
//! warm, vectors grown) do not dominate, as with a long article or a batch.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use qari::input::DEFAULT_ARTICLE;
use qari::recognize::Recognizer;

fn recognize(c: &mut Criterion) {
    let recognizer = Recognizer::builtin().expect("shipped weights load");
    let text = DEFAULT_ARTICLE.repeat(16);
    let mut group = c.benchmark_group("recognize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("news", |b| b.iter(|| recognizer.recognize(&text)));
    group.finish();
    c.bench_function("load builtin weights", |b| b.iter(Recognizer::builtin));
}

criterion_group!(benches, recognize);
criterion_main!(benches);
