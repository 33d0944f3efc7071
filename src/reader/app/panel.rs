//! The entities panel's state: open or not, which tab, the focus, the
//! recogniser's rows and their laid-out labels, and the first row shown.
//!
//! The panel takes a share of the terminal on one side and the text column is
//! centred in what is left; when both would not fit (a readable column is
//! [`TEXT_MIN`] cells), the open panel is a full-screen view over the article
//! and has the keys until `e` or `Esc` closes it. A jump from it steps it
//! aside to show the article, and `Tab`, which beside the article gives the
//! panel the keys, brings it back (over the article it has them already:
//! `e Tab j` works at any width). Its rows are laid out (by the article's engine) only
//! when its width changes, so a frame copies prepared lines, as for the article.
//! What the panel's keys and clicks do to the article (jumps, the reading
//! cursor) is the app's side, in `panel/routing.rs`; the rows of a frame are
//! made in `panel/rows.rs`.

mod routing;
mod rows;

use crate::reader::config::Side;
use crate::reader::entities_view::{LaidRow, PanelRows, RowKind};
use qari_layout::VisualLine;
use qari_recognize::Kind;

use super::{NoteRow, PanelTab};

/// The panel's width, border included, is 30% of the terminal within these
/// (the configuration can change the upper bound).
pub const PANEL_MIN: u16 = 30;
pub const PANEL_MAX: u16 = crate::reader::config::DEFAULT_PANEL;
/// The article keeps at least this many columns beside the panel.
pub const TEXT_MIN: u16 = 40;
/// Rows of legend at the panel's foot (a blank row above them).
pub const LEGEND_ROWS: u16 = 2;
/// Columns before a row's label: the selection marker, the count (up to four
/// cells: "999", "1.2k", "12k") and a space.
pub const LABEL_X: u16 = 6;
/// Columns of the panel that are not its rows: the border and a cell of
/// padding between the rows and it (a full-screen panel pads both sides).
pub const PANEL_FRAME: u16 = 2;

/// Where keys go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Article,
    Panel,
}

/// One row of the panel as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownRow {
    pub kind: RowKind,
    pub line: VisualLine,
    /// Pad before the line inside the label area (right-aligns Arabic).
    pub indent: usize,
    /// The count of mentions as shown ("12", "1.2k"); empty for one.
    pub count: String,
    pub selected: bool,
}

/// A count of mentions in at most four cells: 999, then 1.2k, 12k, 999k, 1.2M.
pub fn short_count(n: usize) -> String {
    let scaled = |n: usize, unit: usize, suffix: char| {
        let tenths = n * 10 / unit;
        if tenths < 100 {
            format!("{}.{}{suffix}", tenths / 10, tenths % 10)
        } else {
            format!("{}{suffix}", n / unit)
        }
    };
    match n {
        0..=999 => n.to_string(),
        1_000..=999_999 => scaled(n, 1_000, 'k'),
        _ => scaled(n.min(999_999_999), 1_000_000, 'M'),
    }
}

/// What the panel shows in the next frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelScreen {
    /// Left edge and width, border included.
    pub x: u16,
    pub width: u16,
    /// The side of the terminal it is on (its border faces the article).
    pub side: Side,
    /// Over the whole text area (no room beside the article): no border.
    pub full: bool,
    pub focused: bool,
    /// Rows of the list (above the legend).
    pub list_height: u16,
    /// Index of the first row shown.
    pub top: usize,
    pub rows: Vec<ShownRow>,
    /// Instead of rows: still recognising, or nothing found, its rows as
    /// drawn (empty: none).
    pub message: Vec<String>,
    pub legend: bool,
    /// The legend's words as drawn: each kind's (in its style), then the
    /// current mention's (`None`); the Notes tab's keys.
    pub legend_words: Vec<(String, Option<Kind>)>,
    pub notes_keys: Vec<String>,
    /// The Arabic interface: messages and legends from the right edge.
    pub rtl: bool,
    /// Which list the panel shows; for the Notes tab, its rows.
    pub tab: PanelTab,
    pub notes: Vec<NoteRow>,
}

/// The panel's state (a field of the app).
#[derive(Debug)]
pub struct Panel {
    open: bool,
    /// Closed by stepping aside from over the article (a jump, `Tab`), not
    /// by `e` or `Esc`: `Tab` brings it back.
    aside: bool,
    focus: Focus,
    tab: PanelTab,
    /// The configured side and widest extent.
    side: Side,
    max: u16,
    /// Entities are being recognised in the background.
    recognizing: bool,
    /// The rows, once recognition is done.
    entities: Option<PanelRows>,
    /// The rows' labels laid out at `laid_width` (0: lay out again).
    laid: Vec<LaidRow>,
    laid_width: usize,
    /// First entity row shown.
    top: usize,
    /// The selected row and list height the panel last kept in view: the
    /// selection is scrolled into view again only when one of them changes,
    /// so the wheel can scroll the list away from it.
    seen: Option<(usize, usize)>,
}

impl Default for Panel {
    fn default() -> Self {
        Self::new(Side::Right, PANEL_MAX)
    }
}

impl Panel {
    /// A closed panel on `side`, at most `max` columns wide.
    pub fn new(side: Side, max: u16) -> Self {
        Panel {
            open: false,
            aside: false,
            focus: Focus::Article,
            tab: PanelTab::Entities,
            side,
            max,
            recognizing: false,
            entities: None,
            laid: Vec::new(),
            laid_width: 0,
            top: 0,
            seen: None,
        }
    }

    /// The configured side and widest extent changed.
    pub fn configure(&mut self, side: Side, max: u16) {
        self.side = side;
        self.max = max;
        self.relayout();
    }

    pub fn is_open(&self) -> bool {
        self.open
    }

    pub fn side(&self) -> Side {
        self.side
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    pub fn tab(&self) -> PanelTab {
        self.tab
    }

    pub fn recognizing(&self) -> bool {
        self.recognizing
    }

    pub fn set_recognizing(&mut self, recognizing: bool) {
        self.recognizing = recognizing;
    }

    pub fn entities(&self) -> Option<&PanelRows> {
        self.entities.as_ref()
    }

    pub fn entities_mut(&mut self) -> Option<&mut PanelRows> {
        self.entities.as_mut()
    }

    /// New rows (or none: the text changed); labels are laid out again.
    pub fn set_entities(&mut self, entities: Option<PanelRows>) {
        self.entities = entities;
        self.relayout();
    }

    /// A new recognition: the list starts from its top.
    pub fn rewind(&mut self) {
        self.top = 0;
        self.seen = None;
    }

    /// Lay the labels out again at the next frame (options changed).
    pub fn relayout(&mut self) {
        self.laid_width = 0;
    }

    /// Columns the panel takes on a terminal `width` wide (0 when closed or
    /// when it does not fit).
    pub fn width(&self, width: u16) -> u16 {
        if !self.open {
            return 0;
        }
        // 30% of the terminal within PANEL_MIN and the configured width.
        let panel = (width * 3 / 10).max(PANEL_MIN).min(self.max);
        // The panel, a blank cell, and the article's column.
        if width <= panel + TEXT_MIN {
            0
        } else {
            panel
        }
    }

    /// Open on a terminal `width` wide with no room beside the article: the
    /// panel covers it.
    pub fn full_screen(&self, width: u16) -> bool {
        self.open && self.width(width) == 0
    }

    /// Whether keys go to the panel: it has the focus and is shown, or it
    /// covers the article.
    pub fn has_keys(&self, width: u16) -> bool {
        self.full_screen(width) || self.focus == Focus::Panel && self.width(width) > 0
    }

    /// `e`: open, or close (the focus goes back to the article).
    pub fn toggle(&mut self) {
        self.open = !self.open;
        self.aside = false;
        if !self.open {
            self.focus = Focus::Article;
        }
    }

    /// Over the article, step aside so the article is seen (a jump from
    /// the panel); [`Panel::switch_focus`] brings it back.
    pub fn step_aside(&mut self) {
        self.open = false;
        self.aside = true;
        self.focus = Focus::Article;
    }

    /// `Tab`: the focus to the other side; false when there is no panel
    /// shown. Over the article the panel has the keys already; stepped
    /// aside for a jump, it comes back with them.
    pub fn switch_focus(&mut self, width: u16) -> bool {
        if self.full_screen(width) {
            return true;
        }
        if !self.open && self.aside {
            self.open = true;
            self.aside = false;
            self.focus = Focus::Panel;
            return true;
        }
        if !self.open || self.width(width) == 0 {
            return false;
        }
        self.focus = match self.focus {
            Focus::Article => Focus::Panel,
            Focus::Panel => Focus::Article,
        };
        true
    }

    /// Keys go to the panel (a click on it).
    pub fn take_focus(&mut self) {
        self.focus = Focus::Panel;
    }

    /// Keys go back to the article.
    pub fn release_focus(&mut self) {
        self.focus = Focus::Article;
    }

    /// `t`: the other tab, or (closed) open on the Notes.
    pub fn switch_tab(&mut self) {
        if self.open {
            self.tab = match self.tab {
                PanelTab::Entities => PanelTab::Notes,
                PanelTab::Notes => PanelTab::Entities,
            };
        } else {
            self.open = true;
            self.tab = PanelTab::Notes;
        }
    }

    /// Move the first entity row shown by `by` (the wheel); the next frame
    /// keeps it within the list.
    pub fn scroll(&mut self, down: bool, by: usize) {
        self.top = crate::reader::app::wheel::scrolled(self.top, down, by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_fit_four_cells() {
        let shown: Vec<String> = [7, 999, 1_000, 1_249, 3_300, 12_345, 999_999, 1_250_000]
            .into_iter()
            .map(short_count)
            .collect();
        assert_eq!(
            shown,
            ["7", "999", "1.0k", "1.2k", "3.3k", "12k", "999k", "1.2M"]
        );
    }

    #[test]
    fn the_panel_takes_thirty_percent_within_its_bounds() {
        let mut panel = Panel::default();
        assert_eq!(panel.width(200), 0, "closed");
        panel.toggle();
        assert_eq!(panel.width(200), PANEL_MAX, "at most the configured width");
        assert_eq!(panel.width(100), PANEL_MIN);
        // Too narrow for the panel and a readable column: it covers the article.
        assert_eq!(panel.width(70), 0);
        assert!(panel.full_screen(70));
        assert!(!panel.full_screen(71));
        panel.configure(Side::Left, 80);
        assert_eq!(panel.width(200), 60);
    }

    #[test]
    fn closing_gives_the_keys_back_to_the_article() {
        let mut panel = Panel::default();
        assert!(!panel.switch_focus(120), "nothing to focus while closed");
        panel.toggle();
        assert!(panel.switch_focus(120));
        assert!(panel.has_keys(120));
        assert!(panel.has_keys(50), "full screen: the panel has the keys");
        panel.release_focus();
        assert!(panel.has_keys(50));
        assert!(
            !panel.has_keys(120),
            "beside the article, the focus decides"
        );
        panel.toggle();
        assert_eq!(panel.focus(), Focus::Article);
    }

    #[test]
    fn tab_brings_back_a_panel_that_stepped_aside_and_only_e_forgets_it() {
        let mut panel = Panel::default();
        panel.toggle();
        assert!(panel.full_screen(50));
        assert!(panel.switch_focus(50), "over the article it has the keys");
        assert!(panel.full_screen(50));
        panel.step_aside();
        assert!(!panel.is_open(), "a jump shows the article");
        assert!(panel.switch_focus(50), "Tab brings the panel back");
        assert!(panel.full_screen(50));
        panel.step_aside();
        panel.toggle();
        panel.toggle();
        assert!(!panel.is_open(), "e opened and closed it");
        assert!(
            !panel.switch_focus(50),
            "closed with e: nothing to bring back"
        );
    }

    #[test]
    fn the_tab_key_opens_a_closed_panel_on_the_notes() {
        let mut panel = Panel::default();
        panel.switch_tab();
        assert!(panel.is_open());
        assert_eq!(panel.tab(), PanelTab::Notes);
        panel.switch_tab();
        assert_eq!(panel.tab(), PanelTab::Entities);
    }
}
