//! A feed read in qari: the list of its items, and an item opened from it.
//!
//! The list is a document like any other, one paragraph per item (see
//! `core::article::feed::Item::list_line`), so a headline is laid out right
//! to left exactly as the article is; what makes it a list is this feature:
//! the reading cursor marks one item (a click puts it on another), `j`/`k`
//! (and the arrows) move it
//! instead of scrolling, `g`/`G` go to the first and last, and Enter ends
//! the reader with a step to that item ([`FileStep::Open`]). The shell opens
//! the item as one more document, as `:n` opens the next file. In an item,
//! `q` ends that reader and the shell shows the list again; `n` and `p` (and
//! `:n`, `:p`) step to the next and previous item. `n` stays search-next
//! while a search is in force, and moves to the next item only when there
//! is none (as in newsboat, where `n` is the next unread item).

use super::{App, FileStep};
use crate::reader::action::Action;
use crate::reader::app::Focus;

/// What the document is to a feed read in qari.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FeedRole {
    /// Not a feed's list or item.
    #[default]
    None,
    /// The list of a feed's items, paragraph `selected` marked.
    List { selected: usize },
    /// One of a feed's items (which one is the app's `FileList`).
    Item,
}

impl App {
    /// The feed's role of the document, and the item marked in a list.
    pub fn feed_role(&self) -> FeedRole {
        self.feed
    }

    /// The actions a list or an item takes over, with the count typed
    /// before them (`5j` five items down, `20g` the twentieth item); false
    /// for the others.
    pub(in crate::reader::app) fn apply_feed(
        &mut self,
        action: Action,
        count: Option<usize>,
    ) -> bool {
        if self.panel.focus() == Focus::Panel || self.selection.is_some() {
            return false;
        }
        match (self.feed, action) {
            (FeedRole::List { .. }, _) => {
                // The item at the reading cursor: the one marked, or one
                // clicked, or the top one once the marked one is scrolled away.
                let selected = self.doc.paragraph_at(self.reading_cursor());
                let last = self.doc.paragraph_count().saturating_sub(1);
                let times = count.unwrap_or(1);
                let to = match action {
                    Action::LineDown => selected.saturating_add(times).min(last),
                    Action::LineUp => selected.saturating_sub(times),
                    Action::Top | Action::Bottom if count.is_some() => times.saturating_sub(1),
                    Action::Top => 0,
                    Action::Bottom => last,
                    Action::JumpToEntity => {
                        self.step = Some(FileStep::Open(selected));
                        self.quit_unless_unsaved();
                        return true;
                    }
                    _ => return false,
                };
                self.select_item(to);
                true
            }
            (FeedRole::Item, Action::SearchNext) if !self.search_active() => {
                self.step_file(FileStep::Next);
                true
            }
            _ => false,
        }
    }

    /// Mark item `index` of the list and scroll it into view.
    pub(in crate::reader::app) fn select_item(&mut self, index: usize) {
        if self.doc.paragraph_count() == 0 {
            return;
        }
        let index = index.min(self.doc.paragraph_count() - 1);
        self.feed = FeedRole::List { selected: index };
        let at = self.doc.span(index).offset;
        self.cursor = Some(at);
        self.refresh();
        if at < self.position() {
            self.place(at);
        } else {
            // An item just below the screen: a line at a time until it shows
            // (an item is a few lines at most), so the list moves as little
            // as it can.
            for _ in 0..64 {
                if self.on_screen(at) {
                    return;
                }
                self.scroll_down(1);
                self.refresh();
            }
            // Far below (G in a feed of thousands): the item at the top, then
            // the screen back up so it is near the bottom, the items before
            // it above it.
            self.place(at);
            self.refresh();
            for _ in 0..usize::from(self.text_height()).saturating_sub(4) {
                self.scroll_up(1);
                self.refresh();
                if !self.on_screen(at) {
                    self.scroll_down(1);
                    self.refresh();
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;
    use crate::reader::app::AppOptions;
    use crate::reader::keymap::Keymap;
    use qari_layout::LayoutOptions;

    fn list(items: usize, height: u16) -> App {
        let text: String = (0..items).map(|i| format!("● خبر رقم {i}\n")).collect();
        let doc = Document::from_vec("أخبار", text.into_bytes()).expect("document");
        let options = AppOptions {
            feed: FeedRole::List { selected: 1 },
            ..AppOptions::new(LayoutOptions::default(), Keymap::default(), 60, height)
        };
        App::new(doc, options)
    }

    #[test]
    fn keys_move_the_marked_item_and_enter_opens_it() {
        let mut app = list(3, 10);
        assert_eq!(app.feed_role(), FeedRole::List { selected: 1 });
        assert_eq!(app.screen().cursor_line, Some(1));
        app.apply(Action::LineDown);
        app.apply(Action::LineDown);
        assert_eq!(app.feed_role(), FeedRole::List { selected: 2 });
        app.apply(Action::Top);
        assert_eq!(app.screen().cursor_line, Some(0));
        app.apply(Action::LineDown);
        assert!(!app.should_quit());
        // A click on the third item marks it.
        let y = 2;
        let x = (0..60)
            .find(|&x| app.offset_at(x, y).is_some())
            .expect("text on the third line");
        app.click(x, y);
        app.apply(Action::LineUp);
        assert_eq!(app.feed_role(), FeedRole::List { selected: 1 });
        app.click(x, y);
        app.apply(Action::JumpToEntity);
        assert!(app.should_quit());
        assert_eq!(app.file_step(), Some(FileStep::Open(2)));
    }

    #[test]
    fn an_item_below_the_screen_is_scrolled_into_view() {
        let mut app = list(30, 6);
        app.apply(Action::Bottom);
        assert_eq!(app.feed_role(), FeedRole::List { selected: 29 });
        let line = app.screen().cursor_line.expect("the marked item shows");
        assert_eq!(app.screen().lines[line].paragraph, 29);
        for _ in 0..10 {
            app.apply(Action::LineUp);
        }
        let line = app.screen().cursor_line.expect("still shows");
        assert_eq!(app.screen().lines[line].paragraph, 19);
    }

    #[test]
    fn the_last_of_thousands_of_items_is_reached_at_once() {
        let mut app = list(5000, 12);
        app.apply(Action::Bottom);
        assert_eq!(app.feed_role(), FeedRole::List { selected: 4999 });
        let line = app.screen().cursor_line.expect("the last item shows");
        assert_eq!(app.screen().lines[line].paragraph, 4999);
        // With the items before it above it, not alone at the top.
        assert!(line > 0, "{line}");
        app.apply(Action::Top);
        assert_eq!(app.screen().cursor_line, Some(0));
        // A count: the 2500th item, then five items down.
        for key in ['2', '5', '0', '0', 'g', '5', 'j'] {
            app.press(crate::reader::keymap::Key::plain(
                crate::reader::keymap::KeyCode::Char(key),
            ));
        }
        assert_eq!(app.feed_role(), FeedRole::List { selected: 2504 });
    }
}
