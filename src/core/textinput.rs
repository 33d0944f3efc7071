//! PURE: the text being typed into a prompt (`/`, `:`) or the note editor.
//!
//! The text is kept in logical order with a cursor between grapheme clusters,
//! so a letter and its harakat are inserted, stepped over and deleted as one,
//! whatever direction the text is drawn in. Moving is logical too ("forward"
//! is towards the end of the text); which arrow means forward is the caller's
//! choice, made from the direction of the line being edited. Drawing goes
//! through the layout engine like the article, so Arabic typed here is joined
//! and reordered as it will be shown.

use unicode_segmentation::UnicodeSegmentation;

/// Typed text and a cursor (a byte offset on a grapheme boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    cursor: usize,
}

impl TextInput {
    /// `text` with the cursor at its end.
    pub fn with_text(text: impl Into<String>) -> Self {
        let text = text.into();
        let cursor = text.len();
        Self { text, cursor }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The cursor as a byte offset into [`TextInput::text`].
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The cursor as (line, code points into the line), lines split at '\n'.
    pub fn cursor_line_col(&self) -> (usize, usize) {
        let before = &self.text[..self.cursor];
        let line = before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count())
    }

    pub fn insert(&mut self, c: char) {
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        // A combining mark typed after a letter joins its cluster: keep the
        // cursor after the whole cluster.
        self.cursor = self.next_boundary_at_or_after(self.cursor);
    }

    pub fn insert_str(&mut self, s: &str) {
        self.text.insert_str(self.cursor, s);
        self.cursor = self.next_boundary_at_or_after(self.cursor + s.len());
    }

    /// Delete the cluster before the cursor.
    pub fn backspace(&mut self) {
        let start = self.previous_boundary(self.cursor);
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Delete the cluster after the cursor.
    pub fn delete(&mut self) {
        let end = self.next_boundary(self.cursor);
        self.text.replace_range(self.cursor..end, "");
    }

    pub fn forward(&mut self) {
        self.cursor = self.next_boundary(self.cursor);
    }

    pub fn backward(&mut self) {
        self.cursor = self.previous_boundary(self.cursor);
    }

    /// To the start / end of the cursor's line.
    pub fn line_start(&mut self) {
        self.cursor = self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
    }

    pub fn line_end(&mut self) {
        self.cursor = self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i);
    }

    /// To the previous / next line, at the same cluster count where it can.
    pub fn line_up(&mut self) {
        let line_start = self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
        if line_start == 0 {
            self.cursor = 0;
            return;
        }
        let column = self.text[line_start..self.cursor].graphemes(true).count();
        let previous_start = self.text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
        self.cursor = self.at_column(previous_start, line_start - 1, column);
    }

    pub fn line_down(&mut self) {
        let line_start = self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
        let Some(newline) = self.text[self.cursor..].find('\n').map(|i| self.cursor + i) else {
            self.cursor = self.text.len();
            return;
        };
        let column = self.text[line_start..self.cursor].graphemes(true).count();
        let next_start = newline + 1;
        let next_end = self.text[next_start..]
            .find('\n')
            .map_or(self.text.len(), |i| next_start + i);
        self.cursor = self.at_column(next_start, next_end, column);
    }

    /// The byte offset `column` clusters into the line `start..end`, or its end.
    fn at_column(&self, start: usize, end: usize, column: usize) -> usize {
        self.text[start..end]
            .grapheme_indices(true)
            .nth(column)
            .map_or(end, |(i, _)| start + i)
    }

    fn next_boundary(&self, at: usize) -> usize {
        self.text[at..]
            .graphemes(true)
            .next()
            .map_or(at, |g| at + g.len())
    }

    fn previous_boundary(&self, at: usize) -> usize {
        self.text[..at]
            .graphemes(true)
            .next_back()
            .map_or(at, |g| at - g.len())
    }

    /// `at` if it is a cluster boundary, else the end of the cluster holding it.
    fn next_boundary_at_or_after(&self, at: usize) -> usize {
        let mut end = 0;
        for g in self.text.graphemes(true) {
            if end >= at {
                return end;
            }
            end += g.len();
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> TextInput {
        let mut input = TextInput::default();
        for c in s.chars() {
            input.insert(c);
        }
        input
    }

    #[test]
    fn harakat_stay_with_their_letter() {
        // بَ ت: backspace after typing the fatha takes the letter and its mark.
        let mut input = typed("\u{628}\u{64E}\u{62A}");
        input.backward();
        input.backward();
        assert_eq!(input.cursor(), 0);
        input.forward();
        assert_eq!(input.cursor(), "\u{628}\u{64E}".len());
        input.backspace();
        assert_eq!(input.text(), "\u{62A}");
        assert_eq!(input.cursor(), 0);
    }

    #[test]
    fn a_mark_typed_mid_text_keeps_the_cursor_after_its_cluster() {
        let mut input = typed("\u{628}\u{62A}");
        input.backward();
        input.insert('\u{64F}');
        assert_eq!(input.text(), "\u{628}\u{64F}\u{62A}");
        assert_eq!(input.cursor(), "\u{628}\u{64F}".len());
    }

    #[test]
    fn delete_and_edges_do_not_panic() {
        let mut input = TextInput::default();
        input.backspace();
        input.delete();
        input.backward();
        input.forward();
        input.line_up();
        input.line_down();
        assert!(input.is_empty());
        let mut input = TextInput::with_text("ab");
        input.line_start();
        input.delete();
        assert_eq!(input.text(), "b");
    }

    #[test]
    fn lines_move_by_cluster_column() {
        let mut input = typed("abc\n\u{645}\u{64E}\u{646}\nxy");
        assert_eq!(input.cursor_line_col(), (2, 2));
        input.line_up();
        // Two clusters into "مَن" is its end (three code points in).
        assert_eq!(input.cursor_line_col(), (1, 3));
        input.line_up();
        assert_eq!(input.cursor_line_col(), (0, 2));
        input.line_down();
        input.line_start();
        assert_eq!(input.cursor_line_col(), (1, 0));
        input.line_end();
        assert_eq!(input.cursor_line_col(), (1, 3));
        input.line_down();
        input.line_down();
        assert_eq!(input.cursor(), input.text().len());
    }
}
