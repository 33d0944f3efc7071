//! Layout throughput: the default article laid out paragraph by paragraph, as
//! `qari render` and the reader do, at a reader's width and without wrapping.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use qari_layout::{layout_paragraph, Direction, LayoutOptions};

/// qari's default article (a real news page), one paragraph per line.
const DEFAULT_ARTICLE: &str = include_str!("../../../assets/kazakhstan-2022-01-06.txt");

fn layout_article(c: &mut Criterion) {
    let paragraphs: Vec<&str> = DEFAULT_ARTICLE.lines().collect();
    let mut group = c.benchmark_group("layout");
    group.throughput(Throughput::Bytes(DEFAULT_ARTICLE.len() as u64));
    for (name, width, shape) in [
        ("width80-shape-off", Some(80), false),
        ("width80-shape-on", Some(80), true),
        ("nowrap-shape-on", None, true),
    ] {
        let opts = LayoutOptions {
            width,
            shape,
            fallback_direction: Direction::Rtl,
            ..LayoutOptions::default()
        };
        group.bench_with_input(BenchmarkId::from_parameter(name), &opts, |b, opts| {
            b.iter(|| {
                let mut cells = 0;
                for paragraph in &paragraphs {
                    let laid = layout_paragraph(paragraph, opts);
                    cells += laid.lines.iter().map(|l| l.cells.len()).sum::<usize>();
                }
                cells
            });
        });
    }
    group.finish();
}

criterion_group!(benches, layout_article);
criterion_main!(benches);
