//! The app's side of the panel: what its keys and clicks do to the article.
//!
//! Jumping to a mention moves the view and sets the reading cursor, and a
//! click on a highlighted word selects its entity in the panel; these need
//! the view and the panel together, so they are the app's, not the panel's.

use super::Focus;
use crate::reader::action::Action;
use crate::reader::app::{App, PanelTab, Screen};
use crate::reader::entities_view::{Jump, PanelRows};
use crate::reader::messages::Msg;
use qari_recognize::stream::Found;
use qari_recognize::Recognition;

impl App {
    /// Say whether entities are being recognised (the status bar shows it).
    pub fn set_recognizing(&mut self, recognizing: bool) {
        self.panel.set_recognizing(recognizing);
        self.refresh_status();
    }

    pub fn recognizing(&self) -> bool {
        self.panel.recognizing()
    }

    /// The recogniser's result for the current document: highlights and rows.
    pub fn set_recognition(&mut self, recognition: Recognition) {
        self.notes.set_raw(Some(recognition));
        self.relabel();
        self.panel.set_recognizing(false);
        self.panel.rewind();
        self.follow_reading();
        self.refresh();
    }

    /// More of the recogniser's result, as its worker finds it: the
    /// highlights and the panel grow, the panel's selection stays.
    pub fn extend_recognition(&mut self, found: Found) {
        let first = self.notes.raw().is_none();
        self.relabel_after(|app| app.notes.extend_raw(found));
        if first {
            self.panel.rewind();
            self.follow_reading();
        }
        self.refresh();
    }

    pub fn entities(&self) -> Option<&PanelRows> {
        self.panel.entities()
    }

    pub fn panel_open(&self) -> bool {
        self.panel.is_open()
    }

    pub fn focus(&self) -> Focus {
        self.panel.focus()
    }

    /// Which tab the panel shows.
    pub fn panel_tab(&self) -> PanelTab {
        self.panel.tab()
    }

    /// Columns the panel takes now (0 when closed or when it does not fit).
    pub(in crate::reader::app) fn panel_width(&self) -> u16 {
        self.panel.width(self.size.0)
    }

    /// The panel's actions (and keys whose meaning the panel's focus changes);
    /// false when `action` is the article's.
    pub(in crate::reader::app) fn apply_panel(&mut self, action: Action) -> bool {
        let in_panel = self.panel.has_keys(self.size.0);
        if self.panel.tab() == PanelTab::Notes
            && self.panel.is_open()
            && self.notes_action(action, in_panel)
        {
            return true;
        }
        match action {
            Action::TogglePanel => self.panel.toggle(),
            Action::SwitchFocus => {
                if !self.panel.switch_focus(self.size.0) {
                    self.flash = Some(self.text(Msg::NoPanel));
                }
            }
            Action::LineDown | Action::LineUp if in_panel => {
                if let Some(e) = self.panel.entities_mut() {
                    e.move_selection(action == Action::LineDown);
                }
            }
            // As `j` and `k` move in the list, `g` and `G` go to its ends.
            Action::Top | Action::Bottom if in_panel => {
                if let Some(e) = self.panel.entities_mut() {
                    e.select_end(action == Action::Bottom);
                }
            }
            // Over the article, `Esc` goes back to it.
            Action::CloseOverlay if !self.help.is_open() && self.panel.full_screen(self.size.0) => {
                self.panel.toggle();
            }
            Action::CloseOverlay if !self.help.is_open() && self.panel.focus() == Focus::Panel => {
                self.panel.release_focus();
            }
            // A closed panel would jump to an entity nobody can see: open it.
            Action::JumpToEntity if !self.panel.is_open() => self.panel.toggle(),
            Action::JumpToEntity => match self.panel.entities_mut().and_then(PanelRows::first) {
                Some(jump) => self.jump_to(jump),
                None => self.flash = Some(self.text(self.no_entity())),
            },
            Action::NextMention | Action::PreviousMention => {
                let forward = action == Action::NextMention;
                let top = self.position();
                match self.panel.entities_mut().and_then(|e| e.step(forward, top)) {
                    Some(jump) => self.jump_to(jump),
                    None => self.flash = Some(self.text(self.no_entity())),
                }
            }
            _ => return false,
        }
        true
    }

    pub(in crate::reader::app) fn no_entity(&self) -> Msg {
        if self.panel.recognizing() {
            Msg::StillRecognising
        } else {
            Msg::NoEntity
        }
    }

    /// Show the mention and say which one it is.
    fn jump_to(&mut self, jump: Jump) {
        self.jump_to_found(jump.offset);
        let Some(entities) = self.panel.entities() else {
            return;
        };
        let mentions = &entities.recognition().mentions;
        let entity = &entities.recognition().entities[mentions[jump.mention].entity];
        let n = entity.mentions.len();
        let i = entity.mentions.iter().position(|&m| m == jump.mention);
        // An entity named once: `]` comes back to it, which is no wrap.
        let msg = match (jump.wrapped, i) {
            (false, _) => Msg::Mention,
            (true, _) if n == 1 => Msg::OnlyMention,
            (true, Some(0)) => Msg::WrappedFirst,
            (true, _) => Msg::WrappedLast,
        };
        let ui = self.interface;
        let (which, total) = (ui.number(i.map_or(0, |i| i + 1)), ui.number(n));
        self.flash = Some(ui.say(msg, &[("n", &which), ("total", &total)]));
    }

    /// Unless the panel has the focus, select what is read: the first entity
    /// mentioned at or after the top of the view.
    pub(in crate::reader::app) fn follow_reading(&mut self) {
        if self.panel.focus() == Focus::Panel {
            return;
        }
        let top = self.position();
        if let Some(e) = self.panel.entities_mut() {
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
        if screen.too_small
            || y >= screen.text_height
            || self.help.is_open()
            || self.modal.is_some()
        {
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
                    && self.panel.entities_mut().is_some_and(|e| e.select_row(row));
                if hit {
                    self.panel.take_focus();
                    if let Some(jump) = self.panel.entities_mut().and_then(PanelRows::first) {
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
        let Some(mark) = mark else {
            return;
        };
        let Some(entities) = self.panel.entities_mut() else {
            return;
        };
        entities.select_entity(mark.entity);
        let entity = &entities.recognition().entities[mark.entity];
        // The bar lays the whole message out, the name as written in it.
        let ui = self.interface;
        let kind = if ui.rtl() {
            ui.pick(crate::reader::kinds::facts(entity.kind).legend)
        } else {
            entity.kind.name()
        };
        let name = entity.name.clone();
        self.flash = Some(ui.say(Msg::Clicked, &[("kind", &kind), ("name", &name)]));
        self.refresh();
    }
}
