//! The reader keeps at most `Limits` of an input that goes on and on
//! (`yes | qari -`): it stops at a line end, keeps what it has and says where
//! it stopped. Streams here are twice a small limit, not gigabytes.

use std::io::{self, BufReader, Read};

use crate::core::document::Document;
use crate::store::loader::{start_with, Cap, Limits, LoadUpdate, Loading, FIRST_CHUNK};

/// `unit` repeated to `len` bytes, read a few KiB at a time like a pipe.
struct Repeat {
    unit: &'static [u8],
    at: usize,
    len: usize,
}

impl Read for Repeat {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(self.len - self.at).min(4096);
        for (i, b) in buf[..n].iter_mut().enumerate() {
            *b = self.unit[(self.at + i) % self.unit.len()];
        }
        self.at += n;
        Ok(n)
    }
}

fn load(unit: &'static [u8], len: usize, limits: Limits) -> Loading {
    let input = BufReader::new(Repeat { unit, at: 0, len });
    start_with("standard input", Box::new(input), None, limits).expect("text")
}

fn bytes(n: usize) -> Limits {
    Limits {
        bytes: n,
        ..Limits::DEFAULT
    }
}

/// The capped document and the limit, from the background thread.
fn capped(loading: Loading) -> (Document, Cap, String) {
    let update = loading.pending.expect("more to read").wait();
    let message = update.message().unwrap_or_default();
    match update {
        LoadUpdate::Capped { document, cap } => (document, cap, message),
        other => panic!("not capped: {other:?}"),
    }
}

#[test]
fn the_default_is_a_gib_and_ten_million_lines() {
    assert_eq!(Limits::default().bytes, 1 << 30);
    assert_eq!(Limits::default().lines, 10_000_000);
    assert_eq!(
        Cap::Bytes(1 << 30).message("standard input"),
        "stopped reading standard input at 1 GiB"
    );
}

#[test]
fn a_stream_twice_the_limit_stops_at_the_limit_and_says_so() {
    let limit = 4 << 20;
    let loading = load(b"y\n", 2 * limit, bytes(limit));
    let first = loading.document.clone();
    let (whole, cap, message) = capped(loading);
    assert_eq!(cap, Cap::Bytes(limit));
    assert_eq!(message, "stopped reading standard input at 4 MiB");
    assert_eq!(whole.text().len(), limit);
    assert_eq!(whole.paragraph_count(), limit / 2);
    assert!(whole.text().starts_with(first.text()));
}

#[test]
fn the_cut_is_at_a_line_end() {
    let limit = (3 << 20) + 5;
    // Lines of 10 bytes: the last whole line before the limit ends at 3 MiB + 4.
    let (whole, _, _) = capped(load(b"123456789\n", 2 * limit, bytes(limit)));
    assert_eq!(whole.text().len(), limit - limit % 10);
    assert!(whole.text().ends_with("123456789\n"));
}

#[test]
fn short_lines_stop_at_the_line_limit() {
    let limits = Limits {
        bytes: 1 << 30,
        lines: 1_500_000,
    };
    let (whole, cap, message) = capped(load(b"y\n", 6_000_000, limits));
    assert_eq!(cap, Cap::Lines(1_500_000));
    assert_eq!(message, "stopped reading standard input at 1500000 lines");
    assert_eq!(whole.paragraph_count(), 1_500_000);
}

#[test]
fn a_limit_within_the_first_piece_leaves_nothing_pending_and_warns() {
    let loading = load(b"123456789\n", 2000, bytes(1000));
    assert!(loading.pending.is_none());
    assert_eq!(loading.document.text().len(), 1000);
    let warnings: Vec<String> = loading
        .document
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(warnings, ["stopped reading standard input at 1000 bytes"]);
}

#[test]
fn one_endless_line_is_cut_between_characters() {
    // No line end at all: the first piece is cut inside the line (between
    // characters, as it has no ASCII), and the rest stops at the limit.
    let limit = FIRST_CHUNK * 3 + 1;
    let loading = load("ب".as_bytes(), 2 * limit, bytes(limit));
    let first = loading.document;
    assert!((FIRST_CHUNK..=2 * FIRST_CHUNK).contains(&first.text().len()));
    assert!(first.text().chars().all(|c| c == 'ب'));
    let update = loading.pending.expect("more").wait();
    assert_eq!(
        update.message(),
        Some(format!("stopped reading standard input at {limit} bytes"))
    );
    let LoadUpdate::Capped { document, .. } = update else {
        panic!("capped");
    };
    assert_eq!(document.text().len(), limit - 1);
    assert!(document.text().chars().all(|c| c == 'ب'));
}

#[test]
fn an_input_of_exactly_the_limit_is_whole() {
    let limit = 2 << 20;
    let loading = load(b"y\n", limit, bytes(limit));
    let update = loading.pending.expect("more").wait();
    assert!(matches!(update, LoadUpdate::Complete(ref d) if d.text().len() == limit));
    assert_eq!(update.message(), None);
}
