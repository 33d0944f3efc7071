//! The panel's part of the next frame: which rows show, laid out at the
//! panel's width, with the selection kept in view.

use super::{short_count, Focus, Panel, PanelScreen, ShownRow, LABEL_X, LEGEND_ROWS, PANEL_FRAME};
use crate::reader::app::{App, PanelTab};
use crate::reader::config::Side;
use crate::reader::kinds::facts;
use crate::reader::messages::{Interface, Msg};
use qari_layout::LayoutOptions;
use qari_recognize::Kind;

impl App {
    /// The panel's rows for this frame, `width` columns wide (`full`: over
    /// the whole text area).
    pub(in crate::reader::app) fn panel_screen(&mut self, width: u16, full: bool) -> PanelScreen {
        let height = self.text_height();
        let legend = height > LEGEND_ROWS + 3;
        let list_height = if legend {
            height - LEGEND_ROWS - 1
        } else {
            height
        };
        let mut out = PanelScreen {
            x: match self.panel.side() {
                _ if full => 0,
                Side::Left => 0,
                Side::Right => self.size.0 - width,
            },
            width,
            side: self.panel.side(),
            full,
            focused: full || self.panel.focus() == Focus::Panel,
            list_height,
            top: 0,
            rows: Vec::new(),
            message: Vec::new(),
            legend,
            tab: self.panel.tab(),
            notes: Vec::new(),
            legend_words: Vec::new(),
            notes_keys: Vec::new(),
            rtl: self.interface.rtl(),
        };
        if legend {
            let ui = self.interface;
            let word = |text: &str| ui.line(text, &self.options, usize::from(width));
            out.legend_words = Kind::ALL
                .iter()
                .map(|&k| (word(ui.pick(facts(k).legend)), Some(k)))
                .chain([(word(ui.text(Msg::LegendCurrent)), None)])
                .collect();
            out.notes_keys = [Msg::NotesKeys, Msg::NotesKeysMore]
                .map(|m| word(ui.text(m)))
                .to_vec();
        }
        if self.panel.tab() == PanelTab::Notes {
            self.notes_screen(&mut out);
        } else {
            self.panel
                .entity_rows(&mut out, &self.options, self.interface);
        }
        out
    }
}

impl Panel {
    /// Fill `out` (its width and list height set) with the entity rows in
    /// view, laying labels out again if the width changed.
    fn entity_rows(&mut self, out: &mut PanelScreen, options: &LayoutOptions, ui: Interface) {
        let message = |msg: Msg| {
            let room = usize::from(out.width.saturating_sub(PANEL_FRAME + 1));
            ui.lines(ui.text(msg), options, room)
        };
        let Some(entities) = &self.entities else {
            out.message = message(Msg::PanelRecognising);
            return;
        };
        if entities.rows().is_empty() {
            out.message = message(if entities.readable() {
                Msg::PanelNothing
            } else {
                Msg::PanelNoArabic
            });
            return;
        }
        let label_width = usize::from(out.width.saturating_sub(LABEL_X + PANEL_FRAME).max(1));
        if self.laid_width != label_width {
            self.laid = entities.lay_out(label_width, options, ui);
            self.laid_width = label_width;
        }
        let h = usize::from(out.list_height);
        let rows = entities.rows();
        // Scrolled by the wheel past the end: back to the last full list.
        self.top = self.top.min(rows.len().saturating_sub(h));
        if let Some(sel) = entities.selected_row() {
            // Keep a new selection in view, with its kind's title when it fits.
            if self.seen != Some((sel, h)) {
                if sel <= self.top {
                    self.top = sel.saturating_sub(1);
                } else if sel >= self.top + h {
                    self.top = sel + 1 - h;
                }
                self.seen = Some((sel, h));
            }
        }
        out.top = self.top;
        let end = rows.len().min(out.top + h);
        out.rows = (out.top..end)
            .map(|i| ShownRow {
                kind: rows[i].kind,
                line: self.laid[i].line.clone(),
                indent: self.laid[i].indent,
                count: if rows[i].count > 1 {
                    ui.number(short_count(rows[i].count))
                } else {
                    String::new()
                },
                selected: entities.selected_row() == Some(i),
            })
            .collect();
    }
}
