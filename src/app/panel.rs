//! The app's side of the entities panel: opening it, the focus, the keys that
//! act on it, mouse clicks, and the panel's part of the [`Screen`].
//!
//! The panel takes a share of the terminal on the right and the text column is
//! centred in what is left; when both would not fit, the panel is hidden and
//! the status bar says why. Its rows are laid out (by the article's engine) only
//! when its width changes, so a frame copies prepared lines, as for the article.

use super::{visual_title, App, NoteRow, PanelTab, Screen};
use crate::action::Action;
use crate::config::Side;
use crate::entities_view::{Jump, PanelRows, RowKind};
use qari_layout::VisualLine;
use qari_recognize::Recognition;
use crate::view::Anchor;

/// The panel's width, border included, is 30% of the terminal within these
/// (the configuration can change the upper bound).
pub const PANEL_MIN: u16 = 30;
pub const PANEL_MAX: u16 = crate::config::DEFAULT_PANEL;
/// The article keeps at least this many columns beside the panel.
const TEXT_MIN: u16 = 30;
/// Rows of legend at the panel's foot (a blank row above them).
pub const LEGEND_ROWS: u16 = 2;
/// Columns before a row's label: the selection marker and the count.
pub const LABEL_X: u16 = 5;

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
    pub count: usize,
    pub selected: bool,
}

/// What the panel shows in the next frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelScreen {
    /// Left edge and width, border included.
    pub x: u16,
    pub width: u16,
    /// The side of the terminal it is on (its border faces the article).
    pub side: Side,
    pub focused: bool,
    /// Rows of the list (above the legend).
    pub list_height: u16,
    /// Index of the first row shown.
    pub top: usize,
    pub rows: Vec<ShownRow>,
    /// Instead of rows: still recognising, or nothing found.
    pub message: Option<&'static str>,
    pub legend: bool,
    /// Which list the panel shows; for the Notes tab, its rows.
    pub tab: PanelTab,
    pub notes: Vec<NoteRow>,
}

impl App {
    /// Draw with colours, or with styles only (`NO_COLOR`, monochrome).
    pub fn set_colors(&mut self, colors: bool) {
        self.theme.colors = colors;
    }

    /// Draw italics, or (a terminal that cannot draw italic Arabic) not.
    pub fn set_italic(&mut self, italic: bool) {
        self.theme.italic = italic;
    }

    pub fn colors(&self) -> bool {
        self.theme.colors
    }

    /// Say whether entities are being recognised (the status bar shows it).
    pub fn set_recognizing(&mut self, recognizing: bool) {
        self.recognizing = recognizing;
        self.refresh_status();
    }

    pub fn recognizing(&self) -> bool {
        self.recognizing
    }

    /// The recogniser's result for the current document: highlights and rows.
    pub fn set_recognition(&mut self, recognition: Recognition) {
        self.notes.raw = Some(recognition);
        self.relabel();
        self.recognizing = false;
        self.laid_width = 0;
        self.panel_top = 0;
        self.panel_seen = None;
        self.follow_reading();
        self.refresh();
    }

    pub fn entities(&self) -> Option<&PanelRows> {
        self.entities.as_ref()
    }

    pub fn panel_open(&self) -> bool {
        self.panel_open
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The message about the last action ("wrapped to first mention").
    pub fn flash(&self) -> Option<&str> {
        self.flash.as_deref()
    }

    /// Columns the panel takes (0 when closed or when it does not fit).
    pub(super) fn panel_width(&self) -> u16 {
        let width = self.size.0;
        if !self.panel_open {
            return 0;
        }
        // 30% of the terminal within PANEL_MIN and the configured width
        // (PANEL_MAX by default).
        let panel = (width * 3 / 10).max(PANEL_MIN).min(self.panel_max);
        if width < panel + TEXT_MIN {
            0
        } else {
            panel
        }
    }

    /// The panel's actions (and keys whose meaning the panel's focus changes);
    /// false when `action` is the article's.
    pub(super) fn apply_panel(&mut self, action: Action) -> bool {
        let in_panel = self.focus == Focus::Panel && self.panel_width() > 0;
        if self.notes.tab == PanelTab::Notes
            && self.panel_open
            && self.notes_action(action, in_panel)
        {
            return true;
        }
        match action {
            Action::TogglePanel => {
                self.panel_open = !self.panel_open;
                if !self.panel_open {
                    self.focus = Focus::Article;
                }
            }
            Action::SwitchFocus => {
                if self.panel_open && self.panel_width() > 0 {
                    self.focus = match self.focus {
                        Focus::Article => Focus::Panel,
                        Focus::Panel => Focus::Article,
                    };
                } else {
                    self.flash = Some("no panel to focus (e opens it)".into());
                }
            }
            Action::LineDown | Action::LineUp if in_panel => {
                if let Some(e) = &mut self.entities {
                    e.move_selection(action == Action::LineDown);
                }
            }
            Action::CloseOverlay if !self.help && self.focus == Focus::Panel => {
                self.focus = Focus::Article;
            }
            Action::JumpToEntity => match self.entities.as_mut().and_then(PanelRows::first) {
                Some(jump) => self.jump_to(jump),
                None => self.flash = Some(self.no_entity().into()),
            },
            Action::NextMention | Action::PreviousMention => {
                let forward = action == Action::NextMention;
                let top = self.position();
                match self.entities.as_mut().and_then(|e| e.step(forward, top)) {
                    Some(jump) => self.jump_to(jump),
                    None => self.flash = Some(self.no_entity().into()),
                }
            }
            _ => return false,
        }
        true
    }

    fn no_entity(&self) -> &'static str {
        if self.recognizing {
            "entities are still being recognised"
        } else {
            "no entity selected"
        }
    }

    /// Show the mention at the top and say which one it is.
    fn jump_to(&mut self, jump: Jump) {
        self.jump(jump.offset);
        let Some(entities) = &self.entities else {
            return;
        };
        let mentions = &entities.recognition().mentions;
        let entity = &entities.recognition().entities[mentions[jump.mention].entity];
        let n = entity.mentions.len();
        let i = entity.mentions.iter().position(|&m| m == jump.mention);
        let mut message = format!("mention {}/{n}", i.map_or(0, |i| i + 1));
        if jump.wrapped {
            message.push_str(if i == Some(0) {
                "  wrapped to first mention"
            } else {
                "  wrapped to last mention"
            });
        }
        self.flash = Some(message);
    }

    /// Put the line holding document offset `offset` at the top.
    pub(super) fn place(&mut self, offset: usize) {
        if self.doc.paragraph_count() == 0 {
            return;
        }
        let offset = offset.min(self.doc.len());
        let paragraph = self.doc.paragraph_at(offset);
        let start = self.doc.paragraph_range(paragraph).start;
        self.anchor = Anchor {
            paragraph,
            offset: u32::try_from(offset - start).unwrap_or(u32::MAX),
        };
        // The line's start, but never past the last full screen.
        let top = self.top();
        self.anchor = self.view.anchor_of(&self.doc, top);
    }

    /// Unless the panel has the focus, select what is read: the first entity
    /// mentioned at or after the top of the view.
    pub(super) fn follow_reading(&mut self) {
        if self.focus == Focus::Panel {
            return;
        }
        let top = self.position();
        if let Some(e) = &mut self.entities {
            e.follow(top);
        }
    }

    /// A left click at terminal cell (`x`, `y`): a panel row selects its entity
    /// and jumps to it; a highlighted word selects its entity in the panel;
    /// any word of the article gets the reading cursor.
    pub fn click(&mut self, x: u16, y: u16) {
        self.flash = None;
        self.refresh_status();
        let screen: &Screen = &self.screen;
        // Nothing under the help, an editor or a menu is clicked.
        if screen.too_small || y >= screen.text_height || self.help || self.modal.is_some() {
            return;
        }
        // A click on the text puts the reading cursor there (`v` starts there).
        let in_panel = screen
            .panel
            .as_ref()
            .is_some_and(|p| (p.x..p.x + p.width).contains(&x));
        if let (false, Some(at)) = (in_panel, self.offset_at(x, y)) {
            self.cursor = Some(at);
        }
        let screen: &Screen = &self.screen;
        if let Some(panel) = &screen.panel {
            let in_panel = (panel.x..panel.x + panel.width).contains(&x);
            if in_panel && panel.tab == PanelTab::Notes {
                self.click_note(y);
                self.refresh();
                return;
            }
            if in_panel {
                let row = panel.top + usize::from(y);
                let hit = y < panel.list_height
                    && self.entities.as_mut().is_some_and(|e| e.select_row(row));
                if hit {
                    self.focus = Focus::Panel;
                    if let Some(jump) = self.entities.as_mut().and_then(PanelRows::first) {
                        self.jump_to(jump);
                    }
                }
                self.refresh();
                return;
            }
        }
        let row = usize::from(y);
        let Some(shown) = screen.lines.get(row) else {
            return;
        };
        let left = usize::from(screen.column_x) + shown.indent;
        let Some(col) = usize::from(x).checked_sub(left) else {
            return;
        };
        let mut edge = 0;
        let index = shown.line.cells.iter().position(|c| {
            edge += usize::from(c.width);
            col < edge
        });
        let mark = index.and_then(|i| screen.marks.get(row)?.get(i).copied().flatten());
        let (Some(mark), Some(entities)) = (mark, self.entities.as_mut()) else {
            return;
        };
        entities.select_entity(mark.entity);
        let entity = &entities.recognition().entities[mark.entity];
        let name = visual_title(&entity.name, self.doc.direction);
        self.flash = Some(format!("{}: {name}", entity.kind.name()));
        self.refresh();
    }

    /// The panel's rows for this frame, laying labels out again if the width changed.
    pub(super) fn panel_screen(&mut self, width: u16) -> PanelScreen {
        let height = self.text_height();
        let legend = height > LEGEND_ROWS + 3;
        let list_height = if legend {
            height - LEGEND_ROWS - 1
        } else {
            height
        };
        let mut out = PanelScreen {
            x: match self.panel_side {
                Side::Left => 0,
                Side::Right => self.size.0 - width,
            },
            width,
            side: self.panel_side,
            focused: self.focus == Focus::Panel,
            list_height,
            top: 0,
            rows: Vec::new(),
            message: None,
            legend,
            tab: self.notes.tab,
            notes: Vec::new(),
        };
        if self.notes.tab == PanelTab::Notes {
            self.notes_screen(&mut out);
            return out;
        }
        let Some(entities) = &self.entities else {
            out.message = Some("recognising entities\u{2026}");
            return out;
        };
        if entities.rows().is_empty() {
            out.message = Some("no entities found");
            return out;
        }
        let label_width = usize::from(width.saturating_sub(LABEL_X + 1).max(1));
        if self.laid_width != label_width {
            self.laid = entities.lay_out(label_width, &self.options);
            self.laid_width = label_width;
        }
        let h = usize::from(list_height);
        let rows = entities.rows();
        // Scrolled by the wheel past the end: back to the last full list.
        self.panel_top = self.panel_top.min(rows.len().saturating_sub(h));
        if let Some(sel) = entities.selected_row() {
            // Keep a new selection in view, with its kind's title when it fits.
            if self.panel_seen != Some((sel, h)) {
                if sel <= self.panel_top {
                    self.panel_top = sel.saturating_sub(1);
                } else if sel >= self.panel_top + h {
                    self.panel_top = sel + 1 - h;
                }
                self.panel_seen = Some((sel, h));
            }
        }
        out.top = self.panel_top;
        let end = rows.len().min(out.top + h);
        out.rows = (out.top..end)
            .map(|i| ShownRow {
                kind: rows[i].kind,
                line: self.laid[i].line.clone(),
                indent: self.laid[i].indent,
                count: rows[i].count,
                selected: entities.selected_row() == Some(i),
            })
            .collect();
        out
    }
}
