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
mod copy;
mod dispatch;
mod feed_list;
mod files;
mod help;
mod links;
mod loading;
mod notes_tab;
mod panel;
mod paste;
mod screen;
mod scroll;
mod search;
mod selection;
mod settings;
mod unsaved;
mod wheel;

use crate::core::document::Document;
use crate::core::view::{Anchor, View};
use crate::reader::config::DirectionSetting;
use crate::reader::keymap::{Key, Keymap};
use crate::reader::theme::Theme;
use qari_layout::LayoutOptions;

pub use annotations::{Annotations, LabelPicker, NoteEditor, PanelTab};
pub use commands::MarkOp;
pub use feed_list::FeedRole;
pub use files::{FileList, FileStep};
pub use help::Help;
pub use links::{LinkList, LinkRow, LinksView};
pub use loading::{Loading, PipedColumns, LOADED_END};
pub use notes_tab::{NoteRow, NoteRowKind, NotesTab, NOTE_X};
pub use panel::{
    short_count, Focus, Panel, PanelScreen, ShownRow, LABEL_X, LEGEND_ROWS, PANEL_FRAME, PANEL_MAX,
    PANEL_MIN,
};
#[cfg(test)]
pub(crate) use screen::test_line;
use screen::{column_width, visual_title};
pub use screen::{
    EditorView, FitText, HelpRow, HelpView, LabelMenu, PlacedCell, PromptLine, Screen, StatusLine,
    StatusRole, StatusSegment, CURSOR_MARKER, LABEL_MENU_WIDTH,
};
pub use search::{SearchPrompt, SearchState, COUNT_SLICE};
pub use selection::{Drag, Selection};
pub use settings::AppOptions;

/// The text column is at most this many cells wide by default: a readable
/// measure (`[text] width` in the configuration changes it).
pub const MAX_COLUMN: u16 = crate::reader::config::DEFAULT_COLUMN;
/// Below this size the reader shows a message instead of the article.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 4;

/// The reader: a document, where it is being read, and what is open.
#[derive(Debug)]
pub struct App {
    doc: Document,
    view: View,
    keymap: Keymap,
    anchor: Anchor,
    size: (u16, u16),
    help: Help,
    quit: bool,
    /// Quitting with unstored annotations asked once already.
    quit_asked: bool,
    notices: Vec<String>,
    /// How many of `notices` a key has dismissed from the bar (each is kept,
    /// so a reason is told once).
    notices_read: usize,
    screen: Screen,
    /// Keys are being read in one go (see `batch_keys`).
    keys_batched: bool,
    /// The note typed into has changed since `screen` was made (see
    /// `settle`).
    screen_stale: bool,
    title: String,
    /// Which of the files named this is, and where `:n` / `:p` go.
    files: FileList,
    step: Option<FileStep>,
    /// A feed's list or item (see `feed_list`).
    feed: FeedRole,
    /// The document's links, and their list when it is open (see `links`).
    links: LinkList,
    /// Whether the document is a first piece, and a goal in the whole.
    loading: Loading,
    /// The reader has scrolled: a remembered position must not move them.
    moved: bool,
    /// Layout options of the article, for laying out the panel's labels too.
    options: LayoutOptions,
    /// Colours, and whether to draw them (not under `NO_COLOR`).
    theme: Theme,
    /// The configured text column: widest measure, blank columns each side.
    column_max: u16,
    margin: u16,
    /// The configured direction of paragraphs without a strong character.
    direction: DirectionSetting,
    /// The entities panel (its Notes tab's list is `notes_tab`).
    panel: Panel,
    /// A message about the last action, cleared by the next one.
    flash: Option<String>,
    /// Keys of a sequence typed so far ("g" of "g g").
    pending: Vec<Key>,
    /// Digits typed before a key, as in less and vi: `5j`, `20g`, `50%`.
    count: Option<usize>,
    /// A prompt or editor that takes the keys instead of the key table.
    modal: Option<Modal>,
    /// The reading cursor: where the reader last jumped to (search hit,
    /// mention, click), as a document offset; `None` means the top of the view.
    cursor: Option<usize>,
    /// Where the view was before the last jump (the `''` mark).
    before_jump: Option<usize>,
    /// Where the last jump aimed (see `App::reading_place`); not a click.
    jump_target: Option<usize>,
    /// The page and half page a count set (`10z`, `5d`), as in less.
    windows: scroll::Windows,
    /// The passage being selected.
    selection: Option<Selection>,
    /// What the shell must do for the app, oldest first.
    effects: Vec<Effect>,
    /// Marks and the command line's history (see `commands`).
    commands: commands::CommandState,
    /// The document's annotations (see `annotations`), the Notes tab's
    /// selection, and a mouse drag selecting a passage.
    notes: Annotations,
    notes_tab: NotesTab,
    drag: Drag,
    /// The search in force (see `search`).
    search: search::SearchState,
    /// The language and digits of the interface's own words.
    interface: crate::reader::messages::Interface,
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
    /// The reader corrected a name: add these to the lexicon kept for every
    /// document; the shell hands back the whole lexicon (`App::set_lexicon`).
    SaveCorrections(Vec<crate::reader::annotate::corrections::Correction>),
    /// Put `text` on the system clipboard (OSC 52 to the terminal).
    Copy(String),
    /// Give the terminal back and stop until `fg` (Ctrl-Z).
    Suspend,
    /// Clear the terminal and draw every cell again (`r`, `C-l`, `R`, as
    /// less repaints): what another program wrote over the screen goes.
    Repaint,
}

/// What takes the keyboard instead of the key table, one at a time.
#[derive(Debug)]
pub enum Modal {
    /// The `/` prompt (see `search`).
    Search(SearchPrompt),
    /// The `:` command line (see `commands`).
    Command(crate::core::textinput::TextInput),
    /// `m` or `'` was pressed: the next letter names a mark.
    Mark(MarkOp),
    /// The note editor (see `annotations`).
    Note(NoteEditor),
    /// Choosing a label for the selection.
    Label(LabelPicker),
}

impl App {
    /// A reader of `doc`, set up by `options`, at the top.
    pub fn new(doc: Document, options: AppOptions) -> Self {
        let (width, height) = options.size;
        let layout = options.layout.clone();
        let keymap = options.keymap.clone();
        let mut app = Self {
            doc,
            view: View::new(layout.clone(), column_width(width, MAX_COLUMN, 0).into()),
            keymap,
            anchor: Anchor::default(),
            size: (width, height),
            help: Help::default(),
            quit: false,
            quit_asked: false,
            notices: Vec::new(),
            notices_read: 0,
            screen: Screen::default(),
            keys_batched: false,
            screen_stale: false,
            title: String::new(),
            files: options.files,
            step: None,
            feed: FeedRole::None,
            links: LinkList::default(),
            loading: Loading::default(),
            moved: false,
            options: layout,
            theme: Theme::default(),
            column_max: MAX_COLUMN,
            margin: 0,
            direction: DirectionSetting::Auto,
            panel: Panel::default(),
            flash: None,
            pending: Vec::new(),
            count: None,
            modal: None,
            cursor: None,
            before_jump: None,
            jump_target: None,
            windows: scroll::Windows::default(),
            selection: None,
            effects: Vec::new(),
            commands: commands::CommandState::default(),
            notes: Annotations::default(),
            notes_tab: NotesTab::default(),
            drag: Drag::default(),
            search: search::SearchState::default(),
            interface: crate::reader::messages::Interface::default(),
        };
        app.title =
            visual_title(&app.doc.name, app.doc.direction, &app.options) + &app.files.suffix();
        app.set_up(options);
        app.refresh();
        if let FeedRole::List { selected } = app.feed {
            // The list opens on the item last read, not on a remembered position.
            app.moved = true;
            app.select_item(selected);
        }
        app
    }

    /// `msg` in the interface's language, for the status bar.
    pub(in crate::reader::app) fn text(&self, msg: crate::reader::messages::Msg) -> String {
        self.interface.text(msg).to_string()
    }

    /// The article's layout options (prompts and editors lay out text alike).
    pub fn layout_options(&self) -> &LayoutOptions {
        &self.options
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The document, once the reader is done with it (to read it again
    /// after a link it left for).
    pub fn into_document(self) -> Document {
        self.doc
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

    /// The document's links, and whether their list is open.
    pub fn links(&self) -> &LinkList {
        &self.links
    }

    pub fn help_open(&self) -> bool {
        self.help.is_open()
    }

    /// The first help line shown.
    pub fn help_top(&self) -> usize {
        self.help.top()
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
        self.refresh_status();
    }

    /// [`App::notify`], unless the bar shows `message` already (no key has
    /// dismissed it): a change said again before it was read is one notice.
    pub fn notify_once(&mut self, message: &str) {
        if !self.notices[self.notices_read..]
            .iter()
            .any(|m| m == message)
        {
            self.notify(message);
        }
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
        self.loading.partial()
    }

    /// Say whether the document is still a first piece (the status bar shows
    /// it); loading that ends without a whole document forgets a goal, and
    /// the promise of the flash.
    pub fn set_loading(&mut self, loading: bool) {
        if self.loading.set_partial(loading) {
            self.flash = None;
        }
        self.refresh_status();
    }

    /// True once the reader has scrolled (any movement key, wheel included).
    pub fn moved(&self) -> bool {
        self.moved
    }

    /// Read `doc` instead, keeping the anchor: the text at the top stays. Meant
    /// for the whole document replacing its first piece; layouts made for the
    /// piece are kept when they are still right (the old text, ending at a line
    /// end, begins the new one, with the same direction), dropped otherwise.
    pub fn replace_document(&mut self, mut doc: Document) {
        // What the first piece said of its input (the encoding a page piped
        // in was read in) holds for the whole.
        let said: Vec<_> = self
            .doc
            .warnings
            .iter()
            .filter(|w| !doc.warnings.contains(w))
            .cloned()
            .collect();
        doc.warnings.splice(0..0, said);
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
        self.panel.set_entities(None);
        self.notes.set_raw(None);
        self.search_document_replaced(same_start);
        self.judge_column();
        self.title =
            visual_title(&self.doc.name, self.doc.direction, &self.options) + &self.files.suffix();
        self.reach_awaited();
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

    /// The message about the last action ("wrapped to first mention").
    pub fn flash(&self) -> Option<&str> {
        self.flash.as_deref()
    }

    /// The message about the last key has been shown long enough.
    pub fn clear_flash(&mut self) {
        self.flash = None;
        self.refresh_status();
    }
}
