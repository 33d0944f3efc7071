//! Wrapped layouts of the article and the fixtures, checked for structure, and
//! FriBidi's reordering of the same lines through the script's `--lines` mode.

use std::io::Write as _;
use std::process::{Command, Stdio};

use qari_layout::{layout_paragraph, Direction, ParagraphLayout};

use super::{article, fixtures, options, repo};

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
pub struct Wrapped {
    pub label: String,
    pub index: usize,
    pub paragraph: String,
    pub rtl: bool,
    pub shape: bool,
    pub lines: Vec<(u32, u32, String)>,
}

pub fn wrapped_layouts() -> Vec<Wrapped> {
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

/// Whitespace characters (bidi class WS) that end `start..end` of `paragraph`.
pub fn trailing_whitespace(paragraph: &str, start: u32, end: u32) -> usize {
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
pub fn strip_break_space(s: &str, count: usize, rtl: bool) -> String {
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
pub fn fribidi_lines(wrapped: &[Wrapped]) -> Option<Vec<Vec<String>>> {
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
