//! Answers to qari's terminal queries that arrive after it stopped waiting.
//!
//! The queries (`shell::probe`) wait a quarter of a second; over a slow
//! link the answers can come later and reach the reader as keys: crossterm
//! reads `ESC ] 11 ; rgb:… ESC \` as Alt-], then the characters, then Alt-\
//! (or Ctrl-G for a BEL ending), and `ESC P > | … ESC \` as Alt-P and so on.
//! Unfiltered, Alt-] and the letters after it would run commands. So while
//! answers may still come (the probe did not see the end mark) and for a
//! few seconds after the start, such a string is dropped whole.

use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// How long after the start late answers are looked for.
const WINDOW: Duration = Duration::from_secs(3);
/// The most events one answer is taken to have (an answer is short).
const LONGEST: usize = 256;

/// Drops late answers from the events.
#[derive(Debug)]
pub(super) struct LateAnswers {
    until: Option<Instant>,
    /// Events dropped of the answer being read, when inside one.
    inside: Option<usize>,
}

impl LateAnswers {
    /// `expected`: the terminal was asked and did not finish answering.
    pub(super) fn new(expected: bool, now: Instant) -> Self {
        Self {
            until: expected.then(|| now + WINDOW),
            inside: None,
        }
    }

    /// Whether `ev` (read at `now`) is part of a late answer, to be dropped.
    pub(super) fn drops(&mut self, ev: &Event, now: Instant) -> bool {
        let Some(until) = self.until else {
            return false;
        };
        let Event::Key(key) = ev else {
            return self.inside.is_some();
        };
        if let Some(count) = self.inside {
            if ends(key) || count >= LONGEST {
                self.inside = None;
            } else {
                self.inside = Some(count + 1);
            }
            return true;
        }
        if now > until {
            self.until = None;
            return false;
        }
        if starts(key) {
            self.inside = Some(0);
            return true;
        }
        false
    }
}

/// Alt-] (OSC) or Alt-P (DCS): how an answer begins.
fn starts(key: &KeyEvent) -> bool {
    key.kind == KeyEventKind::Press
        && key.modifiers.contains(KeyModifiers::ALT)
        && matches!(key.code, KeyCode::Char(']' | 'P'))
}

/// Alt-\ (ST) or Ctrl-G (BEL): how an answer ends.
fn ends(key: &KeyEvent) -> bool {
    (key.modifiers.contains(KeyModifiers::ALT) && key.code == KeyCode::Char('\\'))
        || (key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('g'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    fn typed(text: &str) -> Vec<Event> {
        text.chars()
            .map(|c| key(KeyCode::Char(c), KeyModifiers::NONE))
            .collect()
    }

    #[test]
    fn a_late_background_answer_is_dropped_and_the_next_key_kept() {
        let start = Instant::now();
        let mut late = LateAnswers::new(true, start);
        let mut events = vec![key(KeyCode::Char(']'), KeyModifiers::ALT)];
        events.extend(typed("11;rgb:ffff/ffff/ffff"));
        events.push(key(KeyCode::Char('\\'), KeyModifiers::ALT));
        let at = start + Duration::from_millis(600);
        assert!(events.iter().all(|ev| late.drops(ev, at)));
        assert!(!late.drops(&typed("q")[0], at), "the reader's own key");
    }

    #[test]
    fn nothing_is_dropped_when_no_answer_is_expected_or_after_the_window() {
        let start = Instant::now();
        let alt_bracket = key(KeyCode::Char(']'), KeyModifiers::ALT);
        assert!(!LateAnswers::new(false, start).drops(&alt_bracket, start));
        let mut late = LateAnswers::new(true, start);
        assert!(!late.drops(&alt_bracket, start + WINDOW + Duration::from_millis(1)));
        assert!(!late.drops(&typed("j")[0], start));
    }

    #[test]
    fn an_answer_that_never_ends_stops_being_dropped() {
        let start = Instant::now();
        let mut late = LateAnswers::new(true, start);
        assert!(late.drops(&key(KeyCode::Char('P'), KeyModifiers::ALT), start));
        let dropped = (0..1000)
            .filter(|_| late.drops(&typed("x")[0], start))
            .count();
        assert_eq!(dropped, LONGEST + 1);
    }
}
