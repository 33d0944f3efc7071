//! Unicode's BidiCharacterTest.txt against qari's character-level reordering.
//!
//! Each test line gives code points, a paragraph direction (0 LTR, 1 RTL, 2 auto with
//! LTR default), the resolved paragraph level, the levels after L1 (`x` for characters
//! X9 removes) and the visual order of the kept characters after L2. The file orders
//! characters, not clusters, and applies no L3, so it checks
//! `qari_layout::char_visual_order`, the same level resolution and L1/L2 code the layout
//! runs over clusters. Lines of plain classes (about 91,600 of them) go through qari's
//! own resolver, the rest (explicit embeddings, isolates, BN) through unicode-bidi.
//! The file comes from the Debian package unicode-data; without it the test is
//! reported as ignored (see [`Missing`]).

use qari_layout::{char_visual_order, Direction};

use crate::Missing;

pub fn trials() -> Vec<libtest_mimic::Trial> {
    trials![bidi_character_test]
}

const PATH: &str = "/usr/share/unicode/BidiCharacterTest.txt";

struct Case {
    line_no: usize,
    text: String,
    direction: Option<Direction>,
    para_level: u8,
    levels: Vec<Option<u8>>,
    order: Vec<usize>,
}

fn parse(line_no: usize, line: &str) -> Option<Case> {
    let fields: Vec<&str> = line.split(';').collect();
    if fields.len() < 5 {
        return None;
    }
    let text = fields[0]
        .split_whitespace()
        .map(|h| u32::from_str_radix(h, 16).ok().and_then(char::from_u32))
        .collect::<Option<String>>()?;
    let direction = match fields[1].trim() {
        "0" => Some(Direction::Ltr),
        "1" => Some(Direction::Rtl),
        _ => None,
    };
    let para_level = fields[2].trim().parse().ok()?;
    let levels = fields[3]
        .split_whitespace()
        .map(|l| l.parse().ok())
        .collect();
    let order = fields[4]
        .split_whitespace()
        .map(|i| i.parse().ok())
        .collect::<Option<Vec<usize>>>()?;
    Some(Case {
        line_no,
        text,
        direction,
        para_level,
        levels,
        order,
    })
}

fn bidi_character_test() -> Result<(), Missing> {
    let Ok(data) = std::fs::read_to_string(PATH) else {
        return Err(Missing::new(PATH, "apt install unicode-data"));
    };
    let mut total = 0;
    let mut passed = 0;
    let mut failures = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let case = parse(i + 1, line).unwrap_or_else(|| panic!("line {}: unparsable", i + 1));
        total += 1;
        let got = char_visual_order(&case.text, case.direction);
        let ok = got.paragraph_level == case.para_level
            && got.levels == case.levels
            && got.visual == case.order;
        if ok {
            passed += 1;
        } else if failures.len() < 10 {
            failures.push(format!(
                "line {}: want level {} {:?} order {:?}; got level {} {:?} order {:?}",
                case.line_no,
                case.para_level,
                case.levels,
                case.order,
                got.paragraph_level,
                got.levels,
                got.visual
            ));
        }
    }
    eprintln!("BidiCharacterTest: {passed}/{total} lines pass");
    assert!(total > 90_000, "only {total} test lines read");
    assert_eq!(passed, total, "failures:\n{}", failures.join("\n"));
    Ok(())
}
