//! Comparing qari's strings with FriBidi's: the joiner normalisation, the list of
//! proven FriBidi deviations, and a tally that reports every mismatch with a code
//! point dump before the test fails.

use std::fmt::Write as _;

/// Paragraphs where FriBidi is proven to deviate from UAX #9, with the reason:
/// (input file stem, paragraph index, why). Keep it minimal; every entry needs a
/// proof. An entry excuses that paragraph in every mode (on, off, wrapped).
const FRIBIDI_DEVIATIONS: &[(&str, usize, &str)] = &[];

/// How many mismatches are printed in full per golden.
pub const SHOWN: usize = 5;

fn without_joiners(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200C}' | '\u{200D}'))
        .collect()
}

pub fn dump(s: &str) -> String {
    s.chars().fold(String::new(), |mut out, c| {
        let _ = write!(out, "U+{:04X} ", c as u32);
        out
    })
}

/// Counts and prints mismatches; fails at the end of a test, after all reports.
#[derive(Default)]
pub struct Tally {
    pub failures: Vec<String>,
    /// Labels of matches that needed the joiner normalisation.
    joiners: Vec<String>,
}

impl Tally {
    pub fn check(&mut self, label: &str, index: usize, want: &str, got: &str) -> bool {
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

    pub fn summary(&self, label: &str, total: usize) {
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

    pub fn finish(self) {
        assert!(
            self.failures.is_empty(),
            "{} mismatches with FriBidi, first: {:?}",
            self.failures.len(),
            &self.failures[..self.failures.len().min(10)]
        );
    }
}
