//! The search's hits on screen: found again in the visible paragraphs at
//! each refresh (nothing holds a list of them), and hidden by `Esc` in
//! reading mode or `:noh` until `n` or `N`.

use std::ops::Range;

use super::super::App;
use crate::core::search::{self, CharCounter};
use crate::core::view::ScreenLine;
use crate::reader::highlight::{self, Decor};

impl App {
    /// `Esc` in reading mode, `:noh`: the hits are no longer highlighted.
    pub(in crate::reader::app) fn hide_search_hits(&mut self) {
        self.search.hidden = true;
    }

    pub(in crate::reader::app) fn decorate_search(
        &self,
        lines: &[ScreenLine],
        decor: &mut Vec<Vec<Decor>>,
    ) {
        let shown = self.search.query.as_ref().filter(|_| !self.search.hidden);
        let (Some(query), Some(first), Some(last)) = (shown, lines.first(), lines.last()) else {
            return;
        };
        // From the start of the first visible paragraph (so the hits are the
        // ones a search from the top finds) to the end of the last line.
        let doc = &self.doc;
        let start = doc.span(first.paragraph);
        let end_offset = doc.span(last.paragraph).offset + last.line.end as usize;
        let end = search::byte_of(doc, end_offset);
        let mut counter = CharCounter::starting_at(doc.text(), start.byte_start, start.offset);
        let spans: Vec<Range<usize>> = query
            .find_in(doc.text(), start.byte_start..end.max(start.byte_start + 1))
            .map(|h| counter.char_range(h))
            .collect();
        let current = self.search.current.as_ref();
        highlight::decorate(doc, lines, &spans, decor, |d, i| {
            d.hit = true;
            d.current_hit |= current == Some(&spans[i]);
        });
    }
}
