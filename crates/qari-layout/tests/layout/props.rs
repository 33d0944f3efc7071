//! Property tests of the layout's invariants over random mixed-direction text: every
//! grapheme appears exactly once, no line is wider than the width, the cell-offset
//! map is a bijection, the lines tile the paragraph, and each line's text is its
//! cells' texts in order.

use proptest::prelude::*;
use qari_layout::{layout_paragraph, Direction, LayoutOptions};
use unicode_segmentation::UnicodeSegmentation;

// Proptest replays the failures recorded in `tests/proptest-regressions/props.txt`
// before any new case: it looks for them beside the folder of the nearest `main.rs`
// (here `tests/layout/`), under the path of this file relative to it.
pub fn trials() -> Vec<libtest_mimic::Trial> {
    trials![
        layout_invariants,
        own_resolver_matches_unicode_bidi,
        send_order_is_exact_when_it_says_so,
    ]
}

const PIECES: &[&str] = &[
    // Arabic letters, among them lam and alefs for ligatures.
    "\u{0627}", "\u{0644}", "\u{0628}", "\u{062A}", "\u{064A}", "\u{0636}", "\u{0623}", "\u{0646}",
    "\u{0629}", "\u{0645}", "\u{062F}", "\u{0621}", "\u{0640}", // Harakat.
    "\u{064E}", "\u{064B}", "\u{0651}", "\u{0652}",
    // Latin, digits (European and Arabic-Indic).
    "a", "b", "Z", "0", "7", "\u{0661}", "\u{0662}", // Spaces: ordinary, no-break, tab.
    " ", " ", " ", "\u{00A0}", "\t", // Brackets and punctuation.
    "(", ")", "[", "]", "\u{00AB}", "\u{00BB}", ".", ",", "\u{060C}", "\u{061F}", ":", "-",
    // Marks and controls that only change levels or joining, isolates, embeddings,
    // a prepended Arabic number sign (clusters with the character after it).
    "\u{200F}", "\u{200E}", "\u{200D}", "\u{200C}", "\u{1B}", "\u{2067}", "\u{2069}", "\u{202B}",
    "\u{202C}", "\u{0600}",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = LayoutOptions> {
    (
        prop::option::weighted(0.9, 1usize..30),
        any::<bool>(),
        any::<bool>(),
        1usize..9,
    )
        .prop_map(|(width, shape, rtl, tab_width)| LayoutOptions {
            width,
            shape,
            fallback_direction: if rtl { Direction::Rtl } else { Direction::Ltr },
            base: qari_layout::BaseDirection::FirstLetter,
            tab_width,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    fn layout_invariants(text in text(), opts in options()) {
        let layout = layout_paragraph(&text, &opts);
        let n = text.chars().count() as u32;

        // Grapheme boundaries in code points.
        let mut bounds = vec![0u32];
        for g in text.graphemes(true) {
            bounds.push(bounds.last().copied().unwrap_or(0) + g.chars().count() as u32);
        }

        // Lines tile the paragraph; cells of a line cover exactly its range.
        prop_assert!(!layout.lines.is_empty());
        prop_assert_eq!(layout.lines[0].start, 0);
        prop_assert_eq!(layout.lines.last().map(|l| l.end), Some(n));
        for pair in layout.lines.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start);
        }
        let mut all_cells = Vec::new();
        for (li, line) in layout.lines.iter().enumerate() {
            let mut ranges: Vec<(u32, u32)> =
                line.cells.iter().map(|c| (c.offset, c.offset + c.len)).collect();
            ranges.sort_unstable();
            let mut at = line.start;
            for (s, e) in &ranges {
                prop_assert_eq!(*s, at, "gap or overlap in line {}", li);
                prop_assert!(e > s);
                at = *e;
            }
            prop_assert_eq!(at, line.end);

            // Width, text and the no-wider-than-width rule.
            let sum: usize = line.cells.iter().map(|c| usize::from(c.width)).sum();
            prop_assert_eq!(line.width, sum);
            if let Some(w) = opts.width {
                // The one exception: a single cluster wider than the width (here a
                // prepended number sign with its digit at width 1) has a line of its own.
                let drawn = line.cells.iter().filter(|c| c.width > 0).count();
                prop_assert!(
                    line.width <= w || drawn == 1,
                    "line {} is {} wide > {}", li, line.width, w
                );
            }
            let mut next = 0;
            for cell in &line.cells {
                prop_assert_eq!(cell.text_start as usize, next);
                next += cell.text_len as usize;
                all_cells.push((li, *cell));
            }
            prop_assert_eq!(next, line.text.len());
            prop_assert!(!line.text.chars().any(|c| c.is_control()), "raw control drawn");
        }

        // Every grapheme exactly once: cells start and end on grapheme boundaries,
        // and only lam-alef ligatures (when shaping) hold more than one grapheme.
        let mut graphemes_in_cells = 0;
        for (_, cell) in &all_cells {
            let s = bounds.binary_search(&cell.offset);
            let e = bounds.binary_search(&(cell.offset + cell.len));
            prop_assert!(s.is_ok() && e.is_ok(), "cell splits a grapheme: {:?}", cell);
            let count = e.unwrap_or(0) - s.unwrap_or(0);
            prop_assert!(count == 1 || (opts.shape && count == 2));
            graphemes_in_cells += count;
        }
        prop_assert_eq!(graphemes_in_cells, bounds.len() - 1);

        // The map is a bijection: offsets find their cell, cells find themselves.
        for off in 0..n {
            let found = layout.locate(off);
            prop_assert!(found.is_some(), "offset {} has no cell", off);
            let (l, c) = found.unwrap_or_default();
            prop_assert!(layout.lines[l].cells[c].contains(off));
        }
        for (li, cell) in &all_cells {
            let (l, c) = layout.locate(cell.offset).unwrap_or_default();
            prop_assert_eq!(l, *li);
            prop_assert_eq!(layout.lines[l].cells[c], *cell);
        }
    }
}

/// Characters of plain bidi classes only, which take qari's own level resolver.
const PLAIN: &[&str] = &[
    "\u{0627}", "\u{0644}", "\u{0628}", "\u{064B}", "\u{0661}", "\u{066A}", "a", "Z", "0", "9",
    " ", "\t", "(", ")", "[", "]", "{", "}", "-", "+", ",", ".", ":", "/", "#", "$", "%", "!",
    "\u{00A0}", "\u{05D0}", "\u{0300}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// qari's resolver agrees with unicode-bidi (levels after L1, whole line).
    fn own_resolver_matches_unicode_bidi(
        pieces in prop::collection::vec(prop::sample::select(PLAIN), 0..40),
        rtl in any::<bool>(),
    ) {
        let text = pieces.concat();
        let direction = if rtl { Direction::Rtl } else { Direction::Ltr };
        let ours = qari_layout::char_visual_order(&text, Some(direction));
        let level = if rtl { unicode_bidi::Level::rtl() } else { unicode_bidi::Level::ltr() };
        let info = unicode_bidi::ParagraphBidiInfo::new(&text, Some(level));
        let theirs = info.reordered_levels_per_char(0..text.len());
        let theirs: Vec<Option<u8>> = theirs.iter().map(|l| Some(l.number())).collect();
        prop_assert_eq!(ours.levels, theirs, "{:?}", text);
    }
}

/// Single-code-point pieces (each a cell of its own) for the send order.
const CELLS: &[&str] = &[
    "\u{0627}", "\u{0644}", "\u{0628}", "\u{0661}", "\u{066A}", "\u{05D0}", "a", "Z", "0", "9",
    " ", " ", " ", "(", ")", "[", "]", "\u{00AB}", "\u{00BB}", "-", "+", ",", ".", ":", "/", "%",
    "!", "\u{060C}",
];

/// What a terminal that runs UAX #9 over each line (left-to-right base) and
/// mirrors at odd levels shows for `sent`, by unicode-bidi: an implementation
/// independent of qari's resolver.
fn reordering_terminal_shows(sent: &str) -> String {
    let info = unicode_bidi::BidiInfo::new(sent, Some(unicode_bidi::Level::ltr()));
    let Some(para) = info.paragraphs.first() else {
        return String::new();
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    let mut shown = String::new();
    for run in runs {
        let rtl = levels[run.start].is_rtl();
        let chars: Vec<(usize, char)> = sent[run.clone()].char_indices().collect();
        let ordered: Box<dyn Iterator<Item = &(usize, char)>> = if rtl {
            Box::new(chars.iter().rev())
        } else {
            Box::new(chars.iter())
        };
        for &(_, c) in ordered {
            shown.push(if rtl {
                unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
            } else {
                c
            });
        }
    }
    shown
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    /// A line sent in its send order comes out of a reordering terminal (as
    /// unicode-bidi models it) as qari laid it out exactly when the send
    /// order says so.
    fn send_order_is_exact_when_it_says_so(
        pieces in prop::collection::vec(prop::sample::select(CELLS), 0..40),
        rtl in any::<bool>(),
    ) {
        let text = pieces.concat();
        let layout = layout_paragraph(&text, &LayoutOptions {
            width: None,
            shape: false,
            fallback_direction: if rtl { Direction::Rtl } else { Direction::Ltr },
            base: qari_layout::BaseDirection::FirstLetter,
            tab_width: 8,
        });
        let line = &layout.lines[0];
        let units: Vec<&str> = line.cells.iter().map(|c| line.cell_text(c)).collect();
        let visual: String = units.concat();
        let order = qari_layout::send_order(&units);
        let sent: String = order.sent(&units).concat();
        let shown = reordering_terminal_shows(&sent);
        prop_assert_eq!(order.exact, shown == visual, "{:?} sent {:?} shown {:?}", visual, sent, shown);
    }
}
