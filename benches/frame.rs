//! One frame of the reader: how long a 100 MB article takes to its first screen,
//! and how long a scroll key takes to redraw a 200x60 terminal.
//!
//! - `open-100mb-first-frame`: open the file, read its first piece, build the
//!   app and draw the first frame into a TestBackend (the rest of the file goes
//!   on loading on the loader's thread, as in the reader, and is dropped).
//! - `scroll-redraw-200x60/{100mb,article}`: one `j` applied and one full draw.
//! - `whole-document-100mb`: what the loader's thread does after the first
//!   frame: read the whole file and build its document.
//!
//! The 100 MB file is the default article repeated, written to a temporary
//! directory once per run.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use qari::core::document::Document;
use qari::reader::action::Action;
use qari::reader::app::{App, AppOptions};
use qari::reader::keymap::Keymap;
use qari::store::input::{self, Source, DEFAULT_ARTICLE};
use qari::store::loader;
use qari_layout::LayoutOptions;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;
const COPIES: usize = 15_000;

/// The 100 MB file (about 105 MB: the article 15,000 times).
fn big_file() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qari-bench-frame-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("big.txt");
    std::fs::write(&path, DEFAULT_ARTICLE.repeat(COPIES)).expect("write the big file");
    path
}

fn app(doc: Document) -> App {
    let options = LayoutOptions {
        width: None,
        fallback_direction: doc.direction,
        ..LayoutOptions::default()
    };
    App::new(
        doc,
        AppOptions::new(options, Keymap::default(), WIDTH, HEIGHT),
    )
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal")
}

fn first_frame(path: &Path) -> Terminal<TestBackend> {
    let opened =
        input::open_as(Source::File(path), None, false, &Default::default()).expect("open");
    let (reader, len) = (opened.reader, opened.len);
    let loading = loader::start("big.txt", reader, len).expect("first piece");
    let mut a = app(loading.document);
    a.set_loading(loading.pending.is_some());
    let mut terminal = terminal();
    terminal
        .draw(|frame| qari::ui::draw(&a, frame))
        .expect("draw");
    terminal
}

/// `j` and a redraw, timed; back to the top (untimed) whenever the end is reached.
/// `reorders`: the frame is then sent as to a terminal that reorders lines
/// itself (Konsole), every row permuted into its send order.
fn scroll(c: &mut Criterion, name: &str, doc: Document, reorders: bool) {
    let mut a = app(doc);
    let mut terminal = terminal();
    terminal
        .draw(|frame| qari::ui::draw(&a, frame))
        .expect("draw");
    let mut orders = qari::ui::send_order::SendOrders::default();
    c.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                if a.screen().percent == 100 {
                    a.apply(Action::Top);
                }
                let start = Instant::now();
                a.apply(Action::LineDown);
                terminal
                    .draw(|frame| {
                        qari::ui::draw(&a, frame);
                        if reorders {
                            qari::ui::send_order::reorder_rows(frame.buffer_mut(), &mut orders);
                        }
                    })
                    .expect("draw");
                spent += start.elapsed();
            }
            spent
        });
    });
}

/// A query typed into the `/` prompt a key at a time, each key searched
/// and drawn as in the reader: the wait after the last key of a long one.
fn type_query(c: &mut Criterion, name: &str, doc: Document, query: &str) {
    use qari::reader::keymap::{Key, KeyCode};
    let mut a = app(doc);
    let mut terminal = terminal();
    c.bench_function(name, |b| {
        b.iter(|| {
            a.press(Key::plain(KeyCode::Char('/')));
            for ch in query.chars() {
                a.press(Key::plain(KeyCode::Char(ch)));
                while a.search_pending() {
                    a.search_step();
                }
                terminal
                    .draw(|frame| qari::ui::draw(&a, frame))
                    .expect("draw");
            }
            a.press(Key::plain(KeyCode::Esc));
        });
    });
}

fn frames(c: &mut Criterion) {
    let path = big_file();
    c.bench_function("open-100mb-first-frame", |b| {
        b.iter(|| first_frame(&path));
    });

    let big = input::load(Source::File(&path), &Default::default()).expect("the big file");
    scroll(c, "scroll-redraw-200x60/100mb", big, false);
    let article = Document::from_bytes("article", DEFAULT_ARTICLE.as_bytes()).expect("text");
    scroll(c, "scroll-redraw-200x60/article", article.clone(), false);
    type_query(
        c,
        "type-query-30-keys/article",
        article.clone(),
        "the quick brown fox jumps over",
    );
    type_query(
        c,
        "type-query-30-keys/article-arabic",
        article.clone(),
        "رئيس كازاخستان يتعهد باتخاذ تدابير",
    );
    scroll(
        c,
        "scroll-redraw-200x60/article-reordering-terminal",
        article,
        true,
    );

    let mut group = c.benchmark_group("whole-document-100mb");
    group.sample_size(10);
    group.bench_function("load", |b| {
        b.iter(|| input::load(Source::File(&path), &Default::default()))
    });
    group.finish();

    if let Some(dir) = path.parent() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

criterion_group!(benches, frames);
criterion_main!(benches);
