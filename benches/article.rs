//! Making an article of a web page: how long a 2 MB HTML page takes from its
//! bytes to the article's text (`article-2mb`), and the same for the
//! hand-written fixture page (`article-fixture`, 4 KB).
//!
//! The 2 MB page is the fixture's story with its paragraphs repeated inside
//! the same page furniture (navigation, "اقرأ أيضًا", share buttons,
//! comments, scripts), so readability scores a long article, as on a real
//! long-read page.

use criterion::{criterion_group, criterion_main, Criterion};
use qari::core::article::{self, Hint};

const FIXTURE: &str = include_str!("../tests/fixtures/web/article.html");

/// The fixture with its story's paragraphs repeated to about `bytes`.
pub fn long_page(bytes: usize) -> String {
    let start = FIXTURE.find("<div class=\"story-body\">").expect("story");
    let end = FIXTURE[start..].find("<aside").expect("aside") + start;
    let story = &FIXTURE[start + "<div class=\"story-body\">".len()..end];
    let copies = bytes / story.len() + 1;
    format!(
        "{}{}{}",
        &FIXTURE[..end],
        story.repeat(copies),
        &FIXTURE[end..]
    )
}

fn bench(c: &mut Criterion) {
    let big = long_page(2 << 20);
    let hint = Hint {
        name: "page.html",
        ..Hint::default()
    };
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.bench_function("article-2mb", |b| {
        b.iter(|| article::from_bytes(big.as_bytes(), &hint).map(|a| a.text().len()));
    });
    group.bench_function("article-fixture", |b| {
        b.iter(|| article::from_bytes(FIXTURE.as_bytes(), &hint).map(|a| a.text().len()));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
