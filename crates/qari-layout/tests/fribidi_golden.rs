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

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use qari_layout::{layout_paragraph, Direction, LayoutOptions, ParagraphLayout};

/// Paragraphs where FriBidi is proven to deviate from UAX #9, with the reason:
/// (input file stem, paragraph index, why). Keep it minimal; every entry needs a
/// proof. An entry excuses that paragraph in every mode (on, off, wrapped).
const FRIBIDI_DEVIATIONS: &[(&str, usize, &str)] = &[];

/// How many mismatches are printed in full per golden.
const SHOWN: usize = 5;

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
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text).replace("\r\n", "\n");
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

fn tools_required() -> bool {
    std::env::var("QARI_REQUIRE_TOOLS").is_ok_and(|v| v == "1")
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

fn without_joiners(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200C}' | '\u{200D}'))
        .collect()
}

fn dump(s: &str) -> String {
    s.chars().fold(String::new(), |mut out, c| {
        let _ = write!(out, "U+{:04X} ", c as u32);
        out
    })
}

/// Counts and prints mismatches; fails at the end of a test, after all reports.
#[derive(Default)]
struct Tally {
    failures: Vec<String>,
    /// Labels of matches that needed the joiner normalisation.
    joiners: Vec<String>,
}

impl Tally {
    fn check(&mut self, label: &str, index: usize, want: &str, got: &str) -> bool {
        if want == got {
            return true;
        }
        if without_joiners(want) == without_joiners(got) {
            self.joiners.push(label.to_owned());
            return true;
        }
        let stem = label.split(['.', ' ']).next().unwrap_or(label);
        if FRIBIDI_DEVIATIONS
            .iter()
            .any(|&(g, i, _)| stem == g && i == index)
        {
            return true;
        }
        let shown = self
            .failures
            .iter()
            .filter(|f| f.starts_with(label))
            .count();
        if shown < SHOWN {
            eprintln!(
                "{label} paragraph {index} differs from FriBidi\n  fribidi: {want}\n  qari:    {got}\n  \
                 fribidi: {}\n  qari:    {}",
                dump(want),
                dump(got)
            );
        }
        self.failures.push(format!("{label} paragraph {index}"));
        false
    }

    fn summary(&self, label: &str, total: usize) {
        let bad = self
            .failures
            .iter()
            .filter(|f| f.starts_with(label))
            .count();
        let joiners = self.joiners.iter().filter(|j| *j == label).count();
        eprintln!(
            "{label}: {}/{total} paragraphs match FriBidi ({joiners} after moving joiners)",
            total - bad
        );
    }

    fn finish(self) {
        assert!(
            self.failures.is_empty(),
            "{} mismatches with FriBidi, first: {:?}",
            self.failures.len(),
            &self.failures[..self.failures.len().min(10)]
        );
    }
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

#[test]
fn article_matches_fribidi() {
    let mut tally = Tally::default();
    check_plain(&mut tally, "kazakhstan", &article());
    tally.finish();
}

#[test]
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

#[test]
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

#[test]
fn anercorp_matches_fribidi_digest() {
    let path = repo().join("../shared/corpus/anercorp-train.txt");
    let Ok(conll) = std::fs::read_to_string(&path) else {
        assert!(!tools_required(), "{} is missing", path.display());
        eprintln!("skipped: ANERcorp not found at {}", path.display());
        return;
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

/// Every check of a wrapped layout that needs no oracle.
fn check_structure(text: &str, layout: &ParagraphLayout, width: usize) -> Result<(), String> {
    let n = text.chars().count() as u32;
    let mut next = 0;
    for (k, line) in layout.lines.iter().enumerate() {
        if line.start != next || line.end < line.start {
            return Err(format!(
                "line {k} covers {}..{}, expected start {next}",
                line.start, line.end
            ));
        }
        next = line.end;
        if line.width > width {
            return Err(format!("line {k} is {} cells wide", line.width));
        }
        let cell_width: usize = line.cells.iter().map(|c| usize::from(c.width)).sum();
        let drawn: String = line.cells.iter().map(|c| line.cell_text(c)).collect();
        if cell_width != line.width || drawn != line.text {
            return Err(format!(
                "line {k}: cells do not add up to its width and text"
            ));
        }
        let mut spans: Vec<(u32, u32)> = line.cells.iter().map(|c| (c.offset, c.len)).collect();
        spans.sort_unstable();
        let mut at = line.start;
        for (offset, len) in spans {
            if offset != at || len == 0 {
                return Err(format!(
                    "line {k}: cell at {offset} (len {len}), expected {at}"
                ));
            }
            at += len;
        }
        if at != line.end {
            return Err(format!("line {k}: cells end at {at}, line at {}", line.end));
        }
    }
    if next != n {
        return Err(format!("lines end at {next} of {n} code points"));
    }
    Ok(())
}

const WIDTHS: [usize; 2] = [40, 23];

/// One wrapped paragraph: what qari drew and what FriBidi is asked about.
struct Wrapped {
    label: String,
    index: usize,
    paragraph: String,
    rtl: bool,
    shape: bool,
    lines: Vec<(u32, u32, String)>,
}

fn wrapped_layouts() -> Vec<Wrapped> {
    let mut docs = vec![("kazakhstan".to_owned(), article())];
    docs.extend(fixtures());
    let mut out = Vec::new();
    for (name, doc) in &docs {
        for width in WIDTHS {
            for shape in [true, false] {
                for index in 0..doc.paragraph_count() {
                    let text = doc.paragraph(index);
                    let layout = layout_paragraph(text, &options(doc, Some(width), shape));
                    let label = format!("{name} width {width} shape {shape}");
                    if let Err(e) = check_structure(text, &layout, width) {
                        panic!("{label} paragraph {index}: {e}");
                    }
                    out.push(Wrapped {
                        label,
                        index,
                        paragraph: text.to_owned(),
                        rtl: layout.direction == Direction::Rtl,
                        shape,
                        lines: layout
                            .lines
                            .iter()
                            .map(|l| (l.start, l.end, l.text.clone()))
                            .collect(),
                    });
                }
            }
        }
    }
    out
}

#[test]
fn wrapped_lines_tile_the_paragraph() {
    // The structure is checked inside; this test needs no FriBidi.
    assert!(!wrapped_layouts().is_empty());
}

/// Whitespace characters (bidi class WS) that end `start..end` of `paragraph`.
fn trailing_whitespace(paragraph: &str, start: u32, end: u32) -> usize {
    let line: Vec<char> = paragraph
        .chars()
        .take(end as usize)
        .skip(start as usize)
        .collect();
    line.iter().rev().take_while(|&&c| is_ws(c)).count()
}

fn is_ws(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{000C}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{205F}' | '\u{3000}'
    )
}

/// `s` without up to `count` whitespace characters at the end where L1 puts a
/// line's trailing whitespace: the left in a right-to-left paragraph.
fn strip_break_space(s: &str, count: usize, rtl: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let edge =
        |it: &mut dyn Iterator<Item = &char>| it.take(count).take_while(|&&c| is_ws(c)).count();
    if rtl {
        chars[edge(&mut chars.iter())..].iter().collect()
    } else {
        chars[..chars.len() - edge(&mut chars.iter().rev())]
            .iter()
            .collect()
    }
}

/// FriBidi's visual strings of the lines, from the script's `--lines` mode; None
/// when python3 or libfribidi is missing.
fn fribidi_lines(wrapped: &[Wrapped]) -> Option<Vec<Vec<String>>> {
    let requests: Vec<serde_json::Value> = wrapped
        .iter()
        .map(|w| {
            serde_json::json!({
                "paragraph": w.paragraph,
                "rtl": w.rtl,
                "shape": w.shape,
                "lines": w.lines.iter().map(|l| [l.0, l.1]).collect::<Vec<_>>(),
            })
        })
        .collect();
    let script = repo().join("scripts/fribidi_goldens.py");
    let child = Command::new("python3")
        .arg(&script)
        .arg("--lines")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let Ok(mut child) = child else {
        return None;
    };
    let input = serde_json::to_vec(&requests).expect("json");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&input)
        .expect("write to python3");
    let output = child.wait_with_output().expect("python3 runs");
    if output.status.code() == Some(3) {
        return None;
    }
    assert!(
        output.status.success(),
        "{} --lines failed",
        script.display()
    );
    Some(serde_json::from_slice(&output.stdout).expect("json from the script"))
}

#[test]
fn wrapped_lines_match_fribidi_line_reordering() {
    let wrapped = wrapped_layouts();
    let Some(answers) = fribidi_lines(&wrapped) else {
        assert!(!tools_required(), "python3 with libfribidi is required");
        eprintln!("skipped: python3 with libfribidi (apt-get install libfribidi0) not found");
        return;
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
}
