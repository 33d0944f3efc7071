//! The reader's state and the one place it changes: [`App::apply`].
//!
//! Drawing only reads what is prepared here. After every change the app
//! recomputes its [`Screen`] (the visible lines with their alignment, the
//! position figures of the status bar), so the UI never lays out, measures or
//! scrolls anything, and a frame is only a copy of a screenful of cells.
//!
//! A large document arrives in two steps (see `loader`): its first piece, then
//! the whole. [`App::replace_document`] swaps the whole in under the reader, who
//! stays where they were: the anchor is a logical offset, the same in both.
//!
//! Entities arrive later still, from the recogniser's thread
//! ([`App::set_recognition`]); the panel, the focus and the highlights of the
//! visible lines (`Screen::marks`) are kept by the `panel` submodule.

mod annotations;
mod commands;
mod help;
mod loading;
mod notes_tab;
mod panel;
mod search;
mod selection;
mod settings;
mod unsaved;
mod wheel;

use crate::action::{Action, WHEEL_LINES};
use crate::config::{DirectionSetting, Side};
use crate::document::Document;
use crate::entities_view::{LaidRow, PanelRows};
use crate::highlight::{Decor, Mark};
use crate::keymap::{Key, Keymap, Lookup, Mode};
use crate::layout::{self, Direction, LayoutOptions};
use crate::ui::theme::Theme;
use crate::view::{Anchor, LinePos, ScreenLine, View};

pub use annotations::{label_name, LabelPicker, NoteEditor, PanelTab, Selection};
pub use commands::MarkOp;
pub use loading::LOADED_END;
pub use notes_tab::{NoteRow, NoteRowKind, NOTE_X};
pub use panel::{Focus, PanelScreen, ShownRow, LABEL_X, LEGEND_ROWS, PANEL_MAX, PANEL_MIN};
pub use search::{SearchPrompt, SearchState, COUNT_SLICE};

/// The text column is at most this many cells wide by default: a readable
/// measure (`[text] width` in the configuration changes it).
pub const MAX_COLUMN: u16 = crate::config::DEFAULT_COLUMN;
/// Below this size the reader shows a message instead of the article.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 4;

/// What the next frame shows, computed before drawing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Screen {
    /// The terminal is smaller than [`MIN_WIDTH`] x [`MIN_HEIGHT`].
    pub too_small: bool,
    /// Left edge and width of the text column.
    pub column_x: u16,
    pub column_width: u16,
    /// Rows for text (the terminal's height minus the status bar).
    pub text_height: u16,
    pub lines: Vec<ScreenLine>,
    /// Highlights: one mark (or none) per cell of each line of `lines`.
    pub marks: Vec<Vec<Option<Mark>>>,
    /// Search hits, the selection and annotated passages: one [`Decor`] per
    /// cell of each line of `lines` (empty when nothing is decorated).
    pub decor: Vec<Vec<Decor>>,
    /// The entities panel, when it is open and fits.
    pub panel: Option<PanelScreen>,
    /// The panel is open but the terminal is too narrow to show it.
    pub panel_hidden: bool,
    /// 1-based paragraph (line of the file) at the top, and how many there are.
    pub paragraph: usize,
    pub paragraphs: usize,
    /// How far into the document the view is; 100 when the end is on screen.
    pub percent: u8,
}

/// The reader: a document, where it is being read, and what is open.
#[derive(Debug)]
pub struct App {
    doc: Document,
    view: View,
    keymap: Keymap,
    anchor: Anchor,
    size: (u16, u16),
    help: bool,
    quit: bool,
    notices: Vec<String>,
    screen: Screen,
    title: String,
    /// The document is a first piece; the whole is still being read.
    loading: bool,
    /// The reader has scrolled: a remembered position must not move them.
    moved: bool,
    /// Where the reader asked to go while loading, and the view it left (see `loading`).
    awaiting: Option<(loading::Goal, Anchor)>,
    /// Layout options of the article, for laying out the panel's labels too.
    options: LayoutOptions,
    /// Colours, and whether to draw them (not under `NO_COLOR`).
    theme: Theme,
    /// The configured text column: widest measure, blank columns each side.
    column_max: u16,
    margin: u16,
    /// The configured panel: its side and widest extent.
    panel_side: Side,
    panel_max: u16,
    /// The configured direction of paragraphs without a strong character.
    direction: DirectionSetting,
    /// First line of the help overlay shown (it scrolls when it does not fit).
    help_top: usize,
    /// Entities are being recognised in the background.
    recognizing: bool,
    /// The panel's rows, once recognition is done.
    entities: Option<PanelRows>,
    /// The rows laid out at `laid_width`.
    laid: Vec<LaidRow>,
    laid_width: usize,
    panel_open: bool,
    focus: Focus,
    /// First panel row shown.
    panel_top: usize,
    /// The selected row and list height the panel last kept in view: the
    /// selection is scrolled into view again only when one of them changes,
    /// so the wheel can scroll the list away from it.
    panel_seen: Option<(usize, usize)>,
    /// A message about the last action, cleared by the next one.
    flash: Option<String>,
    /// Keys of a sequence typed so far ("g" of "g g").
    pending: Vec<Key>,
    /// A prompt or editor that takes the keys instead of the key table.
    modal: Option<Modal>,
    /// The reading cursor: where the reader last jumped to (search hit,
    /// mention, click), as a document offset; `None` means the top of the view.
    cursor: Option<usize>,
    /// Where the view was before the last jump (the `''` mark).
    before_jump: Option<usize>,
    /// The passage being selected.
    selection: Option<Selection>,
    /// What the shell must do for the app, oldest first.
    effects: Vec<Effect>,
    /// Marks and the command line's history (see `commands`).
    commands: commands::CommandState,
    /// The document's annotations and the Notes tab (see `annotations`).
    notes: annotations::Notes,
    /// The search in force (see `search`).
    search: search::SearchState,
}

/// Something the shell must do for the app, which does no I/O itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write `text` (the rendered document) to the file at `path` (`:w`),
    /// replacing an existing file only when `overwrite` (`:w!`); the shell
    /// reports back with `App::file_written`.
    WriteFile {
        path: std::path::PathBuf,
        text: String,
        overwrite: bool,
    },
    /// The marks changed: store them with the reading position.
    SaveMarks,
    /// The annotations changed: store them.
    SaveAnnotations,
}

/// What takes the keyboard instead of the key table, one at a time.
#[derive(Debug)]
pub enum Modal {
    /// The `/` prompt (see `search`).
    Search(SearchPrompt),
    /// The `:` command line (see `commands`).
    Command(crate::textinput::TextInput),
    /// `m` or `'` was pressed: the next letter names a mark.
    Mark(MarkOp),
    /// The note editor (see `annotations`).
    Note(NoteEditor),
    /// Choosing a label for the selection.
    Label(LabelPicker),
}

impl App {
    /// A reader of `doc` on a terminal of `width` x `height` cells, at the top.
    pub fn new(
        doc: Document,
        options: LayoutOptions,
        keymap: Keymap,
        width: u16,
        height: u16,
    ) -> Self {
        let mut app = Self {
            doc,
            view: View::new(options.clone(), column_width(width, MAX_COLUMN, 0).into()),
            keymap,
            anchor: Anchor::default(),
            size: (width, height),
            help: false,
            quit: false,
            notices: Vec::new(),
            screen: Screen::default(),
            title: String::new(),
            loading: false,
            moved: false,
            awaiting: None,
            options,
            theme: Theme::default(),
            column_max: MAX_COLUMN,
            margin: 0,
            panel_side: Side::Right,
            panel_max: crate::config::DEFAULT_PANEL,
            direction: DirectionSetting::Auto,
            help_top: 0,
            recognizing: false,
            entities: None,
            laid: Vec::new(),
            laid_width: 0,
            panel_open: false,
            focus: Focus::Article,
            panel_top: 0,
            panel_seen: None,
            flash: None,
            pending: Vec::new(),
            modal: None,
            cursor: None,
            before_jump: None,
            selection: None,
            effects: Vec::new(),
            commands: commands::CommandState::default(),
            notes: annotations::Notes::default(),
            search: search::SearchState::default(),
        };
        app.title = visual_title(&app.doc.name, app.doc.direction);
        app.refresh();
        app
    }

    /// The article's layout options (prompts and editors lay out text alike).
    pub fn layout_options(&self) -> &LayoutOptions {
        &self.options
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    /// The document's name in visual order, safe to draw.
    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// Paragraph layouts made so far (the layout is lazy; see `view`).
    pub fn laid_out(&self) -> usize {
        self.view.cached()
    }

    /// The terminal size the screen was computed for.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn help_open(&self) -> bool {
        self.help
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Messages for the status bar (the document's warnings come separately).
    pub fn notices(&self) -> &[String] {
        &self.notices
    }

    /// Tell the reader something (a store error, ...); shown in the status bar.
    pub fn notify(&mut self, message: impl Into<String>) {
        self.notices.push(message.into());
    }

    /// The scroll anchor (logical, independent of the width).
    pub fn anchor(&self) -> Anchor {
        self.anchor
    }

    /// The document offset (code points) of the text at the top of the view.
    pub fn position(&self) -> usize {
        if self.doc.paragraph_count() == 0 {
            return 0;
        }
        self.doc.span(self.anchor.paragraph).offset + self.anchor.offset as usize
    }

    /// True while the document is only a first piece of the text.
    pub fn loading(&self) -> bool {
        self.loading
    }

    /// Say whether the document is still a first piece (the status bar shows it).
    pub fn set_loading(&mut self, loading: bool) {
        self.loading = loading;
        if !loading {
            self.forget_awaited();
        }
    }

    /// True once the reader has scrolled (any movement key, wheel included).
    pub fn moved(&self) -> bool {
        self.moved
    }

    /// Read `doc` instead, keeping the anchor: the text at the top stays. Meant
    /// for the whole document replacing its first piece; layouts made for the
    /// piece are kept when they are still right (the old text, ending at a line
    /// end, begins the new one, with the same direction), dropped otherwise.
    pub fn replace_document(&mut self, doc: Document) {
        let same_start = doc.direction == self.doc.direction
            && (self.doc.text().is_empty() || self.doc.text().ends_with('\n'))
            && doc.text().starts_with(self.doc.text());
        if !same_start {
            self.view.clear();
            let last = doc.paragraph_count().saturating_sub(1);
            if self.anchor.paragraph > last {
                self.anchor = Anchor {
                    paragraph: last,
                    offset: 0,
                };
            }
            self.view
                .set_fallback_direction(self.direction.resolve(doc.direction));
        }
        self.doc = doc;
        // Entities found in the old text do not point into the new one.
        self.entities = None;
        self.notes.raw = None;
        self.search_document_replaced(same_start);
        self.title = visual_title(&self.doc.name, self.doc.direction);
        self.reach_awaited();
        self.refresh();
    }

    /// Put the text at document offset `offset` at the top (a remembered
    /// position), unless the reader has scrolled already: a position that
    /// arrives late (with the whole of a large document) must not yank them back.
    pub fn restore(&mut self, offset: usize) {
        if self.moved || self.doc.paragraph_count() == 0 {
            return;
        }
        let offset = offset.min(self.doc.len());
        let paragraph = self.doc.paragraph_at(offset);
        let range = self.doc.paragraph_range(paragraph);
        let within = offset.min(range.end) - range.start;
        self.anchor = Anchor {
            paragraph,
            offset: u32::try_from(within).unwrap_or(u32::MAX),
        };
        // Snap to the start of the line holding the offset, within the scroll range.
        let top = self.top();
        self.anchor = self.view.anchor_of(&self.doc, top);
        self.refresh();
    }

    /// The terminal changed size: re-wrap, keeping the anchor's text at the top.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        self.refresh();
    }

    /// Hand the shell what it must do (write a file, save), oldest first.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Which key table applies now.
    pub fn mode(&self) -> Mode {
        if self.selection.is_some() {
            Mode::Select
        } else if self.focus == Focus::Panel && self.panel_width() > 0 {
            Mode::Panel
        } else {
            Mode::Reader
        }
    }

    /// The open prompt or editor, if any (drawn over the status bar or the view).
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    /// Keys of an unfinished sequence, for the status bar.
    pub fn pending_keys(&self) -> &[Key] {
        &self.pending
    }

    /// The passage being selected.
    pub fn selection(&self) -> Option<&Selection> {
        self.selection.as_ref()
    }

    /// A key from the terminal: to the open prompt or editor, else through the
    /// key table of the current mode (waiting when it begins a sequence).
    pub fn press(&mut self, key: Key) {
        // A key stops a drag's scrolling (its button-up may never come).
        self.notes.drag_scrolled = false;
        self.forget_awaited_mark();
        if let Some(modal) = self.modal.take() {
            self.flash = None;
            match modal {
                Modal::Search(prompt) => self.search_key(prompt, key),
                Modal::Command(input) => self.command_key(input, key),
                Modal::Mark(op) => self.mark_key(op, key),
                Modal::Note(editor) => self.note_key(editor, key),
                Modal::Label(picker) => self.label_key(picker, key),
            }
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
            Lookup::Unbound if self.pending.len() > 1 => {
                // A sequence that went nowhere: the last key starts afresh.
                self.pending.clear();
                self.press(key);
            }
            Lookup::Unbound => {
                self.pending.clear();
                self.refresh();
            }
        }
    }

    /// Where a selection starts: the last jump's target while it is on screen,
    /// else the start of the top line.
    pub fn reading_cursor(&self) -> usize {
        let top = self.position();
        match self.cursor {
            Some(at) if at >= top && self.on_screen(at) => at,
            _ => top,
        }
    }

    /// Whether document offset `offset` is on one of the visible lines.
    fn on_screen(&self, offset: usize) -> bool {
        self.screen.lines.iter().any(|shown| {
            let base = self.doc.span(shown.paragraph).offset;
            (base + shown.line.start as usize..=base + shown.line.end as usize).contains(&offset)
        })
    }

    /// A jump (search hit, mention, mark, `:goto`): remember where the view was
    /// for `''`, put the line holding `offset` at the top and the reading
    /// cursor on it.
    pub(crate) fn jump(&mut self, offset: usize) {
        self.before_jump = Some(self.position());
        self.moved = true;
        self.place(offset);
        self.cursor = Some(offset);
    }

    /// The document offset of the text in terminal cell (`x`, `y`), if the
    /// cell shows article text.
    pub fn offset_at(&self, x: u16, y: u16) -> Option<usize> {
        let screen = &self.screen;
        if screen.too_small || y >= screen.text_height {
            return None;
        }
        let shown = screen.lines.get(usize::from(y))?;
        let left = usize::from(screen.column_x) + shown.indent;
        let col = usize::from(x).checked_sub(left)?;
        let mut edge = 0;
        let cell = shown.line.cells.iter().find(|c| {
            edge += usize::from(c.width);
            col < edge
        })?;
        Some(self.doc.span(shown.paragraph).offset + cell.offset as usize)
    }

    pub fn apply(&mut self, action: Action) {
        let height = usize::from(self.text_height());
        self.flash = None;
        if self.help && self.scroll_help(action) {
            self.refresh();
            return;
        }
        if self.apply_panel(action) {
            self.refresh();
            return;
        }
        if !matches!(
            action,
            Action::ToggleHelp | Action::CloseOverlay | Action::Quit
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
            Action::LineDown => self.scroll_down(1),
            Action::LineUp => self.scroll_up(1),
            Action::PageDown => self.scroll_down(height),
            Action::PageUp => self.scroll_up(height),
            Action::HalfPageDown => self.scroll_down(height / 2),
            Action::HalfPageUp => self.scroll_up(height / 2),
            Action::WheelDown => self.scroll_down(WHEEL_LINES),
            Action::WheelUp => self.scroll_up(WHEEL_LINES),
            Action::Top => self.anchor = Anchor::default(),
            Action::Bottom => self.go_to_end(),
            Action::ToggleHelp => {
                self.help = !self.help;
                self.help_top = 0;
            }
            Action::CloseOverlay => self.help = false,
            Action::Quit => self.quit_unless_unsaved(),
            // Handled by `apply_panel`.
            Action::TogglePanel
            | Action::SwitchFocus
            | Action::JumpToEntity
            | Action::NextMention
            | Action::PreviousMention => {}
            Action::Search | Action::SearchNext | Action::SearchPrevious => {
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
        }
        self.follow_reading();
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

    fn text_height(&self) -> u16 {
        self.size.1.saturating_sub(1).max(1)
    }

    /// The line at the top: the anchor's line, but never past the last full screen.
    fn top(&mut self) -> LinePos {
        if self.doc.paragraph_count() == 0 {
            return LinePos::default();
        }
        let at = self.view.line_of(&self.doc, self.anchor);
        let last = self.view.last_top(&self.doc, self.text_height().into());
        at.min(last)
    }

    fn scroll_down(&mut self, lines: usize) {
        if self.doc.paragraph_count() == 0 {
            return;
        }
        let top = self.top();
        let last = self.view.last_top(&self.doc, self.text_height().into());
        let next = self.view.forward(&self.doc, top, lines.max(1)).min(last);
        self.anchor = self.view.anchor_of(&self.doc, next);
    }

    fn scroll_up(&mut self, lines: usize) {
        if self.doc.paragraph_count() == 0 {
            return;
        }
        let top = self.top();
        let next = self.view.backward(&self.doc, top, lines.max(1));
        self.anchor = self.view.anchor_of(&self.doc, next);
    }

    /// Recompute what the next frame shows.
    fn refresh(&mut self) {
        let (width, height) = self.size;
        let panel_width = self.panel_width();
        let text_width = width - panel_width;
        let text_left = match self.panel_side {
            Side::Left => panel_width,
            Side::Right => 0,
        };
        let column = column_width(text_width, self.column_max, self.margin);
        self.view.set_width(column.into());
        self.clamp_help();
        let mut screen = Screen {
            too_small: width < MIN_WIDTH || height < MIN_HEIGHT,
            column_x: text_left + text_width.saturating_sub(column) / 2,
            column_width: column,
            text_height: self.text_height(),
            paragraphs: self.doc.paragraph_count(),
            percent: 100,
            ..Screen::default()
        };
        if !screen.too_small && self.doc.paragraph_count() > 0 {
            let rows = usize::from(screen.text_height);
            let top = self.top();
            let end = self.view.end(&self.doc);
            let last_shown = self.view.forward(&self.doc, top, rows - 1);
            screen.lines = self.view.visible(&self.doc, top, rows);
            if let Some(entities) = &self.entities {
                screen.marks = crate::highlight::marks(
                    &self.doc,
                    &screen.lines,
                    &entities.recognition().mentions,
                    entities.current(),
                );
            }
            screen.decor = self.decor(&screen.lines);
            screen.paragraph = top.paragraph + 1;
            if last_shown != end {
                let at = self.view.anchor_of(&self.doc, top);
                let offset = self.doc.span(at.paragraph).offset + at.offset as usize;
                let percent = offset * 100 / self.doc.len().max(1);
                screen.percent = u8::try_from(percent.min(99)).unwrap_or(99);
            }
        }
        screen.panel_hidden = self.panel_open && panel_width == 0;
        if !screen.too_small && panel_width > 0 {
            screen.panel = Some(self.panel_screen(panel_width));
        }
        self.screen = screen;
    }
}

impl App {
    /// Search hits, the selection and annotated passages on `lines`.
    fn decor(&self, lines: &[ScreenLine]) -> Vec<Vec<Decor>> {
        let mut decor = Vec::new();
        self.decorate_search(lines, &mut decor);
        self.decorate_annotations(lines, &mut decor);
        decor
    }
}

/// A name (which may be Arabic) as one visual line, control characters made visible.
fn visual_title(name: &str, direction: Direction) -> String {
    let options = LayoutOptions {
        width: None,
        fallback_direction: direction,
        ..LayoutOptions::default()
    };
    let laid = layout::layout_paragraph(name, &options);
    // Cells carry the layout's sanitised drawing: control characters are pictures already.
    laid.lines
        .iter()
        .flat_map(|l| l.cells.iter().map(move |c| l.cell_text(c)))
        .collect()
}

/// The text column's width in `room` cells: at most `max`, leaving `margin`
/// blank columns on each side when there is room for them.
fn column_width(room: u16, max: u16, margin: u16) -> u16 {
    room.saturating_sub(margin.saturating_mul(2))
        .clamp(1, max.max(1))
}
