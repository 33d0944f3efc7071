//! Finding annotated passages again after the document changed.
//!
//! Each annotation is tried in three ways, cheapest and surest first:
//! 1. its position, if the quote is still the text there ([`ReanchorOutcome::Exact`]);
//! 2. every exact occurrence of the quote, the one whose surroundings agree
//!    most with the stored prefix and suffix winning, the nearest to the old
//!    position on a tie ([`ReanchorOutcome::Moved`]);
//! 3. an approximate match within an edit distance of a quarter of the
//!    quote's length ([`ReanchorOutcome::Fuzzy`]). Searching a long text for
//!    that directly costs quote length x text length, so candidates are found
//!    first: split into budget + 1 pieces, any match with at most budget edits
//!    contains one piece unchanged (pigeonhole), so only the text around exact
//!    piece occurrences is compared, nearest the old position first, within a
//!    fixed number of comparison cells. A fuzzy match must also agree with
//!    the stored context on both sides ([`FUZZY_CONTEXT`] code points of the
//!    prefix and of the suffix): a short quote is within a few edits of many
//!    passages (a deleted "Paragraph 6" is one edit from the "Paragraph 7"
//!    that now follows "Paragraph 5"), and pinning a note on the wrong
//!    passage is worse than listing it as orphaned.
//!
//! What none of these finds is orphaned (`span: None`) and kept, never dropped.

use std::cmp::Reverse;
use std::ops::Range;

use super::textindex::TextIndex;
use super::{selectors, Annotation, Placed};

/// How an annotation was placed in the current text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReanchorOutcome {
    /// At its stored position.
    Exact,
    /// Its exact quote, elsewhere.
    Moved,
    /// A passage within the edit budget of its quote (`distance` edits).
    Fuzzy { distance: usize },
    /// Not found: kept with its quote.
    Orphaned,
}

impl ReanchorOutcome {
    pub fn name(self) -> &'static str {
        match self {
            ReanchorOutcome::Exact => "exact",
            ReanchorOutcome::Moved => "moved",
            ReanchorOutcome::Fuzzy { .. } => "fuzzy",
            ReanchorOutcome::Orphaned => "orphaned",
        }
    }
}

/// Exact occurrences of a quote looked at, at most.
const MAX_OCCURRENCES: usize = 100_000;
/// A piece of the quote found more often than this is not used to find candidates.
const MAX_PER_PIECE: usize = 2_000;
/// Code points either side of the old position searched first (plus 8 quotes).
const NEAR_CHARS: usize = 2_000;
/// Comparison cells (quote characters x text characters) per annotation.
const MAX_CELLS: usize = 20_000_000;
/// Code points of the stored prefix, and of the suffix, a fuzzy match must
/// find next to it (all of them when that side is shorter).
pub const FUZZY_CONTEXT: usize = 4;

/// Place every annotation in `text` (code points); order is kept.
pub fn place_all(text: &str, annotations: Vec<Annotation>) -> Vec<Placed> {
    place_all_with_outcomes(text, annotations)
        .into_iter()
        .map(|(placed, _)| placed)
        .collect()
}

/// [`place_all`], with how each annotation was placed.
pub fn place_all_with_outcomes(
    text: &str,
    annotations: Vec<Annotation>,
) -> Vec<(Placed, ReanchorOutcome)> {
    let index = TextIndex::new(text);
    annotations
        .into_iter()
        .map(|annotation| {
            let (span, outcome) = place(&index, &annotation);
            (Placed { annotation, span }, outcome)
        })
        .collect()
}

/// Where `annotation` is in the indexed text, and how it was found.
pub fn place(
    index: &TextIndex<'_>,
    annotation: &Annotation,
) -> (Option<Range<usize>>, ReanchorOutcome) {
    let quote = &annotation.quote;
    let old = annotation.position.start..annotation.position.end;
    let quoted = quote.exact.chars().count();
    // A passage longer than `QUOTE_MAX` stored only its beginning as the
    // quote: the position says how much more it covers.
    let rest = if quoted == super::QUOTE_MAX {
        old.end.saturating_sub(old.start).saturating_sub(quoted)
    } else {
        0
    };
    let len = quoted + rest;
    // The stored position comes from a file the reader may have edited: it
    // can be anything, up to `usize::MAX`.
    if let Some(end) = old.start.checked_add(len).filter(|&end| end <= index.len()) {
        // Only the quote's beginning is known: the text after the passage
        // must still be the stored suffix for the position to hold.
        if index.slice(old.start..old.start + quoted) == quote.exact
            && (rest == 0 || index.slice(end..index.len()).starts_with(&quote.suffix))
        {
            return (Some(old.start..end), ReanchorOutcome::Exact);
        }
    }
    if quote.exact.is_empty() {
        return (None, ReanchorOutcome::Orphaned);
    }
    let whole = |span: Range<usize>| {
        let end = if rest == 0 {
            span.end
        } else {
            long_end(index, span.end, rest, &quote.suffix)
        };
        span.start..end
    };
    if let Some(start) = search_exact(index, annotation) {
        return (Some(whole(start..start + quoted)), ReanchorOutcome::Moved);
    }
    match search_fuzzy(index, annotation) {
        Some((span, distance)) => (Some(whole(span)), ReanchorOutcome::Fuzzy { distance }),
        None => (None, ReanchorOutcome::Orphaned),
    }
}

/// Where a passage longer than its stored quote ends, its quote's beginning
/// found to end at `quoted_end` (code points): the stored suffix's
/// occurrence nearest to where the passage's length puts the end, so text
/// written into the passage or cut from it moves its end with it; the length
/// alone where the suffix is found nowhere after the quote. An empty suffix
/// was the text's end.
fn long_end(index: &TextIndex<'_>, quoted_end: usize, rest: usize, suffix: &str) -> usize {
    let len = index.len();
    let expected = quoted_end.saturating_add(rest).min(len);
    if suffix.is_empty() {
        return len;
    }
    let text = index.text();
    let from = index.byte_at(quoted_end);
    let want = index.byte_at(expected);
    let mut best: Option<usize> = None;
    for found in memchr::memmem::find_iter(&text.as_bytes()[from..], suffix.as_bytes()) {
        let at = from + found;
        if best.is_some_and(|b: usize| at.saturating_sub(want) > b.abs_diff(want)) {
            break;
        }
        if best.is_none_or(|b| at.abs_diff(want) < b.abs_diff(want)) {
            best = Some(at);
        }
    }
    best.map_or(expected, |at| index.cp_at(at))
}

impl Placed {
    /// The annotation with selectors describing where it is now (unchanged
    /// when orphaned), to be saved against the current text.
    pub fn refreshed(&self, text: &str) -> Annotation {
        let mut annotation = self.annotation.clone();
        if let Some(span) = &self.span {
            let (position, quote) = selectors(text, span.clone());
            annotation.position = position;
            annotation.quote = quote;
        }
        annotation
    }
}

/// How many characters around the passage at bytes `start..end` agree with
/// the stored prefix (read backwards), and how many the suffix.
fn context_agreement(
    text: &str,
    start: usize,
    end: usize,
    prefix: &str,
    suffix: &str,
) -> (usize, usize) {
    let before = text[..start]
        .chars()
        .rev()
        .zip(prefix.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let after = text[end..]
        .chars()
        .zip(suffix.chars())
        .take_while(|(a, b)| a == b)
        .count();
    (before, after)
}

/// The code point offset of the best exact occurrence of the quote.
fn search_exact(index: &TextIndex<'_>, annotation: &Annotation) -> Option<usize> {
    let text = index.text();
    let quote = &annotation.quote;
    let old = annotation.position.start;
    let mut best: Option<((usize, Reverse<usize>), usize)> = None;
    // Occurrences come in text order: count code points incrementally.
    let (mut byte, mut cp) = (0, 0);
    for found in
        memchr::memmem::find_iter(text.as_bytes(), quote.exact.as_bytes()).take(MAX_OCCURRENCES)
    {
        cp += text[byte..found].chars().count();
        byte = found;
        let (before, after) = context_agreement(
            text,
            found,
            found + quote.exact.len(),
            &quote.prefix,
            &quote.suffix,
        );
        let agree = before + after;
        let score = (agree, Reverse(cp.abs_diff(old)));
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, cp));
        }
    }
    best.map(|(_, cp)| cp)
}

/// The best approximate match of the quote: its span and edit distance.
/// The neighbourhood of the old position is searched first, as that is
/// where an edited passage usually still is; then the whole text.
fn search_fuzzy(index: &TextIndex<'_>, annotation: &Annotation) -> Option<(Range<usize>, usize)> {
    let m = annotation.quote.exact.chars().count();
    if m / 4 == 0 {
        return None;
    }
    let old = annotation.position.start;
    let reach = 8 * m + NEAR_CHARS;
    let near =
        old.saturating_sub(reach)..old.saturating_add(m.saturating_add(reach)).min(index.len());
    search_fuzzy_in(index, annotation, near.clone()).or_else(|| {
        (near != (0..index.len()))
            .then(|| search_fuzzy_in(index, annotation, 0..index.len()))
            .flatten()
    })
}

/// [`search_fuzzy`] within the code points `region`.
fn search_fuzzy_in(
    index: &TextIndex<'_>,
    annotation: &Annotation,
    region: Range<usize>,
) -> Option<(Range<usize>, usize)> {
    let text = index.text();
    let pattern: Vec<char> = annotation.quote.exact.chars().collect();
    let m = pattern.len();
    let budget = m / 4;
    let old = annotation.position.start;
    let quote = &annotation.quote;
    let needed = (
        quote.prefix.chars().count().min(FUZZY_CONTEXT),
        quote.suffix.chars().count().min(FUZZY_CONTEXT),
    );
    let (region_byte, region_end) = (index.byte_at(region.start), index.byte_at(region.end));
    let haystack = &text.as_bytes()[region_byte..region_end];
    // Candidate starts: a piece found at `cp` puts the passage near `cp - offset`.
    // A piece found everywhere says little and would cost a lot: it is skipped.
    let pieces = budget + 1;
    let mut starts: Vec<usize> = Vec::new();
    for p in 0..pieces {
        let (from, to) = (p * m / pieces, (p + 1) * m / pieces);
        let piece: String = pattern[from..to].iter().collect();
        if piece.is_empty() {
            continue;
        }
        let found: Vec<usize> = memchr::memmem::find_iter(haystack, piece.as_bytes())
            .take(MAX_PER_PIECE + 1)
            .collect();
        if found.len() <= MAX_PER_PIECE {
            starts.extend(
                found
                    .into_iter()
                    .map(|b| index.cp_at(region_byte + b).saturating_sub(from)),
            );
        }
    }
    // Overlapping windows around candidates become one; nearest the old
    // position is compared first, within the cell budget.
    starts.sort_unstable();
    let mut windows: Vec<Range<usize>> = Vec::new();
    for s in starts {
        let w = s.saturating_sub(budget)..(s + m + budget).min(index.len());
        match windows.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => windows.push(w),
        }
    }
    windows.sort_by_key(|w| w.start.abs_diff(old).min(w.end.abs_diff(old)));
    // (fewest edits, most context agreeing, nearest), span, edits.
    type Score = (Reverse<usize>, usize, Reverse<usize>);
    let mut best: Option<(Score, Range<usize>, usize)> = None;
    let mut cells = 0;
    for w in windows {
        cells += (w.end - w.start) * m;
        if cells > MAX_CELLS && best.is_some() {
            break;
        }
        let window: Vec<char> = index.slice(w.clone()).chars().collect();
        for (span, distance) in approximate_matches(&pattern, &window, budget) {
            let span = w.start + span.start..w.start + span.end;
            let (b0, b1) = (index.byte_at(span.start), index.byte_at(span.end));
            let (before, after) = context_agreement(text, b0, b1, &quote.prefix, &quote.suffix);
            if before < needed.0 || after < needed.1 {
                continue;
            }
            let agree = before + after;
            let score = (Reverse(distance), agree, Reverse(span.start.abs_diff(old)));
            if best.as_ref().is_none_or(|(b, _, _)| score > *b) {
                best = Some((score, span, distance));
            }
        }
        if cells > MAX_CELLS {
            break;
        }
    }
    best.map(|(_, span, distance)| (span, distance))
}

/// Every end position in `text` where some substring is within `budget`
/// edits of `pattern` (Sellers' dynamic programme: the match may start
/// anywhere), with the start of the cheapest such substring.
fn approximate_matches(
    pattern: &[char],
    text: &[char],
    budget: usize,
) -> Vec<(Range<usize>, usize)> {
    let m = pattern.len();
    let mut cost: Vec<usize> = (0..=m).collect();
    let mut start: Vec<usize> = vec![0; m + 1];
    let mut next_cost = vec![0; m + 1];
    let mut next_start = vec![0; m + 1];
    let mut found = Vec::new();
    for (j, &t) in text.iter().enumerate() {
        next_cost[0] = 0;
        next_start[0] = j + 1;
        for i in 1..=m {
            let diagonal = (cost[i - 1] + usize::from(pattern[i - 1] != t), start[i - 1]);
            let skip_pattern = (next_cost[i - 1] + 1, next_start[i - 1]);
            let skip_text = (cost[i] + 1, start[i]);
            // The cheapest; on a tie the diagonal (a substitution keeps the
            // passage's length, where a skip would drop a character at its edge).
            let pick = [diagonal, skip_pattern, skip_text]
                .into_iter()
                .min_by_key(|&(c, _)| c)
                .unwrap_or(diagonal);
            next_cost[i] = pick.0;
            next_start[i] = pick.1;
        }
        std::mem::swap(&mut cost, &mut next_cost);
        std::mem::swap(&mut start, &mut next_start);
        if cost[m] <= budget && start[m] < j + 1 {
            found.push((start[m]..j + 1, cost[m]));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn approximate_matches_find_edited_passages() {
        let found = approximate_matches(&chars("kitten"), &chars("a sitting cat"), 3);
        let best = found.iter().min_by_key(|(_, d)| *d).expect("a match");
        assert_eq!(best.1, 2);
        assert_eq!(&"a sitting cat"[best.0.clone()], "sittin");
        assert!(approximate_matches(&chars("kitten"), &chars("zzzzzzzz"), 2).is_empty());
    }

    #[test]
    fn a_stored_position_near_usize_max_is_searched_for_not_added_to() {
        let text = "one two three four five six seven";
        let mut moved = Annotation::new("m".into(), text, 8..13, "t");
        moved.position.start = usize::MAX - 2;
        moved.position.end = usize::MAX;
        let mut fuzzy = Annotation::new("f".into(), text, 8..18, "t");
        fuzzy.quote.exact = "three fuor".into();
        fuzzy.position.start = usize::MAX - 1;
        let placed = place_all_with_outcomes(text, vec![moved, fuzzy]);
        assert_eq!(placed[0].0.span, Some(8..13));
        assert_eq!(placed[0].1, ReanchorOutcome::Moved);
        assert_eq!(placed[1].0.span, Some(8..18));
        assert_eq!(placed[1].1, ReanchorOutcome::Fuzzy { distance: 2 });
    }
}

#[cfg(test)]
mod scenario_tests;
