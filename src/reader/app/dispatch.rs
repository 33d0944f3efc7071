//! Where keys and actions enter: [`App::press`] and [`App::apply`].
//!
//! A key goes to the open prompt or editor first (a modal takes every key,
//! letters included), else through the key table of [`App::mode`], waiting
//! while it begins a sequence. `apply` then routes each action to the part of
//! the app that owns it (panel, search, command line, annotations), so this
//! file stays a switchboard and the work lives in the submodules.

use super::{App, Modal};
use crate::core::cmdline::Target;
use crate::core::view::Anchor;
use crate::reader::action::{Action, WHEEL_LINES};
use crate::reader::keymap::{Key, KeyCode, Lookup, Mode};
use crate::reader::messages::Msg;

/// The largest count taken (a key held on a digit stops growing it here).
const COUNT_MAX: usize = 1_000_000_000;
/// The most lines (or pages) a count scrolls at once.
const SCROLL_COUNT_MAX: usize = 10_000;

impl App {
    /// Which key table applies now.
    pub fn mode(&self) -> Mode {
        // The links list takes every key while it is open (`apply_links`).
        if self.links.is_open() {
            Mode::List
        } else if self.selection.is_some() {
            Mode::Select
        } else if self.panel.has_keys(self.size.0) {
            Mode::Panel
        } else if matches!(self.feed, super::FeedRole::List { .. }) {
            Mode::List
        } else {
            Mode::Reader
        }
    }

    /// A key from the terminal: to the open prompt or editor, else through the
    /// key table of the current mode (waiting when it begins a sequence).
    pub fn press(&mut self, key: Key) {
        // A key dismisses the notices shown (errors stay until one).
        if self.notices_read != self.notices.len() {
            self.notices_read = self.notices.len();
            self.refresh_status();
        }
        // A key stops a drag's scrolling (its button-up may never come).
        self.drag.stop_scrolling();
        self.forget_awaited_mark();
        // Suspending is for whatever is open, a prompt or the note editor too.
        if self.modal.is_some()
            && key.ctrl
            && self.keymap.lookup(Mode::Reader, &[key]) == Lookup::Action(Action::Suspend)
        {
            self.apply(Action::Suspend);
            return;
        }
        if let Some(modal) = self.modal.take() {
            self.flash = None;
            match modal {
                Modal::Search(prompt) => self.search_key(prompt, key),
                Modal::Command(input) => self.command_key(input, key),
                Modal::Mark(op) => self.mark_key(op, key),
                Modal::Note(editor) => self.note_key(editor, key),
                Modal::Label(picker) => self.label_key(picker, key),
            }
            // Typing into the note changes nothing on the screen but the
            // note: in a batch of keys it is laid out after them.
            if self.keys_batched && matches!(self.modal, Some(Modal::Note(_))) {
                self.screen_stale = true;
            } else {
                self.refresh();
            }
            return;
        }
        if self.pending.is_empty() && self.count_key(key) {
            self.refresh();
            return;
        }
        self.pending.push(key);
        match self.keymap.lookup(self.mode(), &self.pending) {
            Lookup::Action(action) => {
                self.pending.clear();
                self.apply(action);
            }
            Lookup::Prefix => self.refresh(),
            _ if self.less_option() => self.refresh(),
            Lookup::Unbound if self.pending.len() > 1 => {
                // A sequence that went nowhere: the last key starts afresh.
                self.pending.clear();
                self.press(key);
            }
            Lookup::Unbound => {
                self.pending.clear();
                self.count = None;
                // A letter or mark typed for less (`&`, `=`, `F`): say so,
                // over whatever the status bar said before.
                if let KeyCode::Char(c) = key.code {
                    if !c.is_control() {
                        let shown = key.to_string();
                        self.flash = Some(self.interface.say(Msg::NotAKey, &[("key", &shown)]));
                    }
                }
                self.refresh();
            }
        }
    }

    /// less's options typed in the reader (`-N`, `-S`, `-i`): a free `-`
    /// waits for the option's letter, and the two are taken whole, said to
    /// be less's, so that the letter does not act (`N` would go to the
    /// previous hit). Only a letter, `+` or `-` is an option's: any other key
    /// (Esc, `:`, `/`, an arrow) drops the `-` and is itself, so that a stray
    /// `-` eats nothing. True when the keys typed so far were taken here.
    fn less_option(&mut self) -> bool {
        let dash = Key::plain(KeyCode::Char('-'));
        if self.pending.first() != Some(&dash)
            || !matches!(self.mode(), Mode::Reader | Mode::List)
            || self.keymap.lookup(self.mode(), &[dash]) != Lookup::Unbound
        {
            return false;
        }
        let Some(&option) = self.pending.get(1) else {
            // The `-` alone: wait for the letter.
            return true;
        };
        self.pending.clear();
        let letter = match option.code {
            KeyCode::Char(c) if !option.ctrl && !option.alt => {
                // (Not q: a reader who typed `-` by mistake and then `q`
                // means to leave, and less's quiet bell means nothing here.)
                Some(c).filter(|c| {
                    (c.is_ascii_alphabetic() || matches!(c, '+' | '-')) && !matches!(c, 'q' | 'Q')
                })
            }
            _ => None,
        };
        let Some(letter) = letter else {
            self.press(option);
            return true;
        };
        self.count = None;
        let shown = letter.to_string();
        self.flash = Some(self.interface.say(Msg::LessOption, &[("option", &shown)]));
        true
    }

    /// A digit that is no key of its own is a count for the next key (less's
    /// and vi's `5j`, `20g`, `20G`), and `%` or `p` after one goes that far
    /// into the text (`50%`, `50p`); true when the key was taken here.
    fn count_key(&mut self, key: Key) -> bool {
        let KeyCode::Char(c) = key.code else {
            return false;
        };
        if key.ctrl || key.alt {
            return false;
        }
        if let Some(digit) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            // A digit bound to an action (`0` may be, as in vi) is that key;
            // a free one, `0` too, is a count: `0%` and `0p` go to the top,
            // as in less.
            if !matches!(self.keymap.lookup(self.mode(), &[key]), Lookup::Unbound) {
                return false;
            }
            let n = self.count.unwrap_or(0);
            self.count = Some(
                n.saturating_mul(10)
                    .saturating_add(digit as usize)
                    .min(COUNT_MAX),
            );
            return true;
        }
        if matches!(c, '%' | 'p') && matches!(self.mode(), Mode::Reader | Mode::List) {
            if let Some(n) = self.count.take() {
                self.before_jump = Some(self.position());
                self.cursor = None;
                self.go_to(Target::Percent(n.min(100) as u8));
                return true;
            }
        }
        false
    }

    pub fn apply(&mut self, action: Action) {
        // Whatever is open: the shell stops the process and draws it again.
        if action == Action::Suspend {
            self.effects.push(super::Effect::Suspend);
            return;
        }
        let count = self.count.take();
        let read_from = self.position();
        // Lines and pages move by laying out what they pass: a count past
        // any screenful of reading stops at a bound (`G` goes further).
        let times = count.filter(|&n| n > 0).unwrap_or(1).min(SCROLL_COUNT_MAX);
        let height = usize::from(self.text_height());
        // A count before a page key is lines, as less's `3 Space` and `3 b`;
        // before `z` `w` (a page) and `d` `u` (half a page) it stays the size.
        let lines = count.filter(|&n| n > 0).map(|_| times);
        self.windows.resize(action, lines);
        let (page, half) = (self.windows.page(height), self.windows.half(height));
        let or_lines = |page: usize| lines.unwrap_or(page);
        self.flash = None;
        if self.help.is_open() {
            let (lines, room) = self.help_extent();
            if self.help.scroll(action, lines, room) {
                self.refresh();
                return;
            }
            // `q` closes the help, as it closes less's and man's: the
            // links list and the label menu close on it too.
            if action == Action::Quit {
                self.help.close();
                self.refresh();
                return;
            }
        }
        if self.links.is_open() {
            self.apply_links(action);
            self.refresh();
            return;
        }
        if self.apply_feed(action, count) {
            self.refresh();
            return;
        }
        if self.apply_panel(action) {
            self.refresh();
            return;
        }
        if !matches!(
            action,
            Action::ToggleHelp
                | Action::CloseOverlay
                | Action::Quit
                | Action::Repaint
                | Action::Reread
                | Action::ShowPosition
                | Action::Follow
        ) {
            self.moved = true;
        }
        if matches!(action, Action::Top | Action::Bottom) {
            // Jumps, as in less and vim: `''` comes back, and a search or
            // selection starts from the new view, not from an old hit on it.
            self.before_jump = Some(self.position());
            self.cursor = None;
        }
        match action {
            Action::LineDown => self.scroll_down(times),
            Action::LineUp => self.scroll_up(times),
            Action::PageDown => self.scroll_down(or_lines(page)),
            Action::PageUp => self.scroll_up(or_lines(page)),
            Action::WindowDown => self.scroll_down(page),
            Action::WindowUp => self.scroll_up(page),
            Action::HalfPageDown => self.scroll_down(half),
            Action::HalfPageUp => self.scroll_up(half),
            // `20g` and `20G`: line (paragraph) 20, as `:20` goes.
            Action::Top | Action::Bottom if count.is_some() => {
                self.go_to(Target::Paragraph(count.unwrap_or(1)));
            }
            Action::WheelDown => self.scroll_down(WHEEL_LINES),
            Action::WheelUp => self.scroll_up(WHEEL_LINES),
            Action::Top => self.anchor = Anchor::default(),
            Action::Bottom => self.go_to_end(),
            Action::ToggleHelp => self.help.toggle(),
            // Esc closes the help, else (as vim's `:noh`) stops showing the
            // search's hits.
            Action::CloseOverlay if self.help.is_open() => self.help.close(),
            Action::CloseOverlay => self.hide_search_hits(),
            Action::Quit => {
                // `q` after `:n` asked about unstored notes: quit, not step.
                self.step = None;
                self.quit_unless_unsaved();
            }
            // Handled above, whatever is open.
            Action::Suspend => {}
            // Handled by `apply_panel`.
            Action::TogglePanel
            | Action::SwitchFocus
            | Action::JumpToEntity
            | Action::NextMention
            | Action::PreviousMention => {}
            Action::Search
            | Action::SearchBackward
            | Action::SearchNext
            | Action::SearchPrevious => {
                self.apply_search(action);
            }
            Action::SetMark | Action::GoToMark | Action::CommandLine => {
                self.apply_command(action);
            }
            Action::PanelTab
            | Action::StartSelection
            | Action::SelectWordForward
            | Action::SelectWordBackward
            | Action::SelectLineDown
            | Action::SelectLineUp
            | Action::CancelSelection
            | Action::Annotate
            | Action::Label
            | Action::EditNote
            | Action::DeleteNote
            | Action::UndoDelete => self.apply_annotation(action),
            Action::CopySelection => self.copy_selection(),
            Action::Repaint => self.effects.push(super::Effect::Repaint),
            Action::Reread => self.reread(false),
            Action::ShowPosition => self.show_position(),
            Action::Follow => self.flash = Some(self.text(Msg::NoFollow)),
            Action::ShowLinks => self.show_links(),
            Action::NextItem => self.step_file(super::FileStep::Next),
            Action::PreviousItem => self.step_file(super::FileStep::Previous),
        }
        // The panel follows the reading where the view moved. An action
        // that leaves it (`l`, `Tab`, `v`) keeps the row chosen: after a
        // jump, the entity jumped to, not the first one on the screen.
        if self.position() != read_from {
            self.follow_reading();
        }
        self.refresh();
        if action == Action::Bottom {
            // As after vim's `G`, the cursor is on the last line: `N` finds
            // a hit on the last screen.
            let doc = &self.doc;
            self.cursor = self
                .screen
                .lines
                .last()
                .map(|l| doc.span(l.paragraph).offset + l.line.start as usize);
        }
    }
}
