//! qari's layout held to GNU FriBidi, through goldens made by
//! `scripts/fribidi_goldens.py` (its docstring says exactly what a golden line is).
//!
//! Each paragraph is laid out with no width limit, with shaping on and off, and
//! the one visual line's text must equal FriBidi's visual string exactly. The
//! paragraph direction comes from the engine (P2/P3); a paragraph with no strong
//! character gets the text's direction (the first paragraph with one), the rule the
//! script and the reader's document use too. ANERcorp is
//! checked through hashes only, since the corpus must not be copied here.
//!
//! Wrapped lines are checked twice: structurally (lines tile the paragraph, cells
//! map one-to-one onto its code points, nothing is wider than the width), and,
//! when python3 and libfribidi are present, against FriBidi's reordering of each
//! line's logical range with the whole paragraph's levels.
//!
//! Mismatches are reported with the paragraph index, both strings and a code point
//! dump, because editors reorder Arabic and hide the difference.
//!
//! Two documented normalisations, applied to both sides, and only where the
//! exact comparison fails:
//! - Joiners: ZWJ and ZWNJ are removed by UAX #9 rule X9, so the algorithm gives
//!   them no visual place. FriBidi retains them (section 5.2) and reverses them
//!   with their run; qari reorders by grapheme cluster, and a joiner belongs to
//!   the cluster of the letter before it (UAX #29). Both are invisible and the
//!   shaped forms already show their effect, so a mismatch that disappears when
//!   both strings lose their ZWJ/ZWNJ is counted as a match.
//! - Wrapped lines: qari does not draw the whitespace a line breaks after (its
//!   cells stay, empty), while FriBidi's line keeps it where L1 puts it, at the
//!   paragraph-direction end. The logical range's trailing whitespace characters
//!   are removed from that end of both strings before comparing.

mod tally;
mod wrapped;

use std::path::{Path, PathBuf};

use qari_layout::{layout_paragraph, Direction, LayoutOptions};

use crate::Missing;
use tally::{dump, Tally, SHOWN};
use wrapped::{fribidi_lines, strip_break_space, trailing_whitespace, wrapped_layouts, Wrapped};

pub fn trials() -> Vec<libtest_mimic::Trial> {
    trials![
        article_matches_fribidi,
        fixtures_match_fribidi,
        fnv1a64_matches_the_reference_values,
        anercorp_matches_fribidi_digest,
        wrapped_lines_tile_the_paragraph,
        wrapped_lines_match_fribidi_line_reordering,
    ]
}

/// The layout crate's folder (goldens and fixtures live under its `tests/`).
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository (the default article, the script, `../shared` beside it).
fn repo() -> PathBuf {
    root().join("../..")
}

/// A text split as the reader splits it: one paragraph per line (a final line
/// break ends the last paragraph, CR LF counts as one break, a BOM is dropped),
/// and the text's direction is that of the first paragraph with a strong
/// character (UAX #9 P2/P3), LTR when none has one.
struct Paragraphs {
    paragraphs: Vec<String>,
    direction: Direction,
}

impl Paragraphs {
    fn from_bytes(_name: impl Into<String>, bytes: &[u8]) -> Result<Self, std::str::Utf8Error> {
        let text = std::str::from_utf8(bytes)?;
        let text = text
            .strip_prefix('\u{FEFF}')
            .unwrap_or(text)
            .replace("\r\n", "\n");
        let body = text.strip_suffix('\n').unwrap_or(&text);
        let paragraphs: Vec<String> = if body.is_empty() && !text.ends_with('\n') {
            Vec::new()
        } else {
            body.split('\n').map(str::to_owned).collect()
        };
        let direction = paragraphs
            .iter()
            .find_map(|p| qari_layout::paragraph_direction(p))
            .unwrap_or_default();
        Ok(Self {
            paragraphs,
            direction,
        })
    }

    fn paragraph(&self, index: usize) -> &str {
        &self.paragraphs[index]
    }

    fn paragraph_count(&self) -> usize {
        self.paragraphs.len()
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn golden_lines(name: &str) -> Vec<String> {
    let text = String::from_utf8(read(&root().join("tests/golden").join(name))).expect("utf-8");
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

fn options(doc: &Paragraphs, width: Option<usize>, shape: bool) -> LayoutOptions {
    LayoutOptions {
        width,
        shape,
        fallback_direction: doc.direction,
        ..LayoutOptions::default()
    }
}

/// The drawn text of a paragraph laid out as one line.
fn one_line(doc: &Paragraphs, index: usize, shape: bool) -> String {
    let layout = layout_paragraph(doc.paragraph(index), &options(doc, None, shape));
    assert_eq!(
        layout.lines.len(),
        1,
        "paragraph {index}: no-wrap gives one line"
    );
    layout.lines[0].text.clone()
}

/// Compares a document with `NAME.on.txt` and `NAME.off.txt`.
fn check_plain(tally: &mut Tally, name: &str, doc: &Paragraphs) {
    for (suffix, shape) in [("on", true), ("off", false)] {
        let golden = golden_lines(&format!("{name}.{suffix}.txt"));
        assert_eq!(
            golden.len(),
            doc.paragraph_count(),
            "{name}.{suffix}: paragraphs"
        );
        let label = format!("{name}.{suffix}");
        for (index, want) in golden.iter().enumerate() {
            tally.check(&label, index, want, &one_line(doc, index, shape));
        }
        tally.summary(&label, golden.len());
    }
}

fn article() -> Paragraphs {
    let path = repo().join("assets/kazakhstan-2022-01-06.txt");
    Paragraphs::from_bytes("article", &read(&path)).expect("article is text")
}

fn fixtures() -> Vec<(String, Paragraphs)> {
    let dir = root().join("tests/fixtures/bidi");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures in {}", dir.display());
    paths
        .iter()
        .map(|p| {
            let name = p.file_stem().expect("stem").to_string_lossy().into_owned();
            let doc = Paragraphs::from_bytes(name.clone(), &read(p)).expect("fixture is text");
            (name, doc)
        })
        .collect()
}

fn article_matches_fribidi() {
    let mut tally = Tally::default();
    check_plain(&mut tally, "kazakhstan", &article());
    tally.finish();
}

fn fixtures_match_fribidi() {
    let mut tally = Tally::default();
    for (name, doc) in fixtures() {
        check_plain(&mut tally, &name, &doc);
    }
    tally.finish();
}

/// FNV-1a, 64 bits, over UTF-8 bytes: the hash of `anercorp.digest`.
fn fnv1a64(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn fnv1a64_matches_the_reference_values() {
    assert_eq!(fnv1a64(""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64("a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a64("foobar"), 0x8594_4171_f739_67e8);
}

/// ANERcorp sentences joined back into lines, as the script joins them.
fn anercorp_text(conll: &str) -> String {
    let mut text = String::new();
    let mut sentence: Vec<&str> = Vec::new();
    for line in conll.lines().chain([""]) {
        match line.split_whitespace().next() {
            Some(token) => sentence.push(token),
            None if !sentence.is_empty() => {
                text.push_str(&sentence.join(" "));
                text.push('\n');
                sentence.clear();
            }
            None => {}
        }
    }
    text
}

fn anercorp_matches_fribidi_digest() -> Result<(), Missing> {
    let path = repo().join("../shared/corpus/anercorp-train.txt");
    let Ok(conll) = std::fs::read_to_string(&path) else {
        return Err(Missing::new(
            path.display(),
            "the ANERcorp training file, kept outside the repository",
        ));
    };
    let doc = Paragraphs::from_bytes("anercorp", anercorp_text(&conll).as_bytes()).expect("text");
    let digest = golden_lines("anercorp.digest");
    let hashes: Vec<&str> = digest
        .iter()
        .filter(|l| !l.starts_with('#'))
        .map(String::as_str)
        .collect();
    assert_eq!(hashes.len(), doc.paragraph_count(), "anercorp: sentences");
    let mut tally = Tally::default();
    let mut shown = Vec::new();
    for (index, line) in hashes.iter().enumerate() {
        let mut want = line.split(' ');
        for (label, shape) in [("anercorp.on", true), ("anercorp.off", false)] {
            let layout = layout_paragraph(doc.paragraph(index), &options(&doc, None, shape));
            let got = &layout.lines[0].text;
            let expected = want.next().expect("two hashes per line");
            let hash = format!("{:016x}", fnv1a64(got));
            if !tally.check(label, index, expected, &hash) && shown.len() < SHOWN {
                shown.push(Wrapped {
                    label: label.to_owned(),
                    index,
                    paragraph: doc.paragraph(index).to_owned(),
                    rtl: layout.direction == Direction::Rtl,
                    shape,
                    lines: vec![(0, layout.lines[0].end, got.clone())],
                });
            }
        }
    }
    tally.summary("anercorp.on", hashes.len());
    tally.summary("anercorp.off", hashes.len());
    explain_hash_mismatches(&shown);
    tally.finish();
    Ok(())
}

/// Shows FriBidi's visual string beside qari's for hash mismatches, when FriBidi
/// is at hand (the digest alone cannot say what was expected).
fn explain_hash_mismatches(shown: &[Wrapped]) {
    if shown.is_empty() {
        return;
    }
    let Some(answers) = fribidi_lines(shown) else {
        return;
    };
    for (w, want) in shown.iter().zip(answers) {
        let got = &w.lines[0].2;
        eprintln!(
            "{} sentence {} (FriBidi computed now)\n  fribidi: {}\n  qari:    {got}\n  fribidi: {}\n  qari:    {}",
            w.label, w.index, want[0], dump(&want[0]), dump(got)
        );
    }
}

fn wrapped_lines_tile_the_paragraph() {
    // The structure is checked inside; this test needs no FriBidi.
    assert!(!wrapped_layouts().is_empty());
}

fn wrapped_lines_match_fribidi_line_reordering() -> Result<(), Missing> {
    let wrapped = wrapped_layouts();
    let Some(answers) = fribidi_lines(&wrapped) else {
        return Err(Missing::new(
            "python3 with libfribidi",
            "apt install python3 libfribidi0",
        ));
    };
    assert_eq!(answers.len(), wrapped.len());
    let mut tally = Tally::default();
    let mut lines = 0;
    for (w, want) in wrapped.iter().zip(&answers) {
        assert_eq!(want.len(), w.lines.len());
        for (k, (line, want)) in w.lines.iter().zip(want).enumerate() {
            lines += 1;
            let label = format!("{} line {k}", w.label);
            let trailing = trailing_whitespace(&w.paragraph, line.0, line.1);
            let want = strip_break_space(want, trailing, w.rtl);
            let got = strip_break_space(&line.2, trailing, w.rtl);
            tally.check(&label, w.index, &want, &got);
        }
    }
    eprintln!(
        "wrapped: {}/{lines} lines match FriBidi",
        lines - tally.failures.len()
    );
    tally.finish();
    Ok(())
}
