//! What the app asks the shell to do, and the store reads and writes around it.
//!
//! The app does no I/O: it queues [`Effect`]s (write a file for `:w`, copy to
//! the clipboard with OSC 52 (`clipboard`), save the marks, save the
//! annotations and the corrections) and the loop performs them here after
//! every batch of events, through `store`, reporting failures back as notices.
//! The remembered position and the annotations are read here too, once the
//! whole document (and so its hash) is known.

mod clipboard;

use super::{annotations, Reader};
use crate::reader::app::{App, Effect};
use crate::reader::keymap::{Key, KeyCode};
use crate::reader::messages::Msg;
use crate::store::{self, SavedPosition};

impl Reader<'_> {
    /// Do what the app asked for: write a file (`:w`), store the marks.
    pub(super) fn perform_effects(&mut self, app: &mut App) {
        for effect in app.take_effects() {
            match effect {
                Effect::WriteFile {
                    path,
                    text,
                    overwrite,
                } => {
                    let ui = app.interface();
                    let outcome = store::write_text_file(&path, &text, overwrite)
                        .map(|_| text.lines().count())
                        .map_err(|err| match err {
                            store::StoreError::Exists(path) => {
                                ui.say(Msg::FileExists, &[("path", &path.display())])
                            }
                            store::StoreError::NoDirectory(dir) => {
                                ui.say(Msg::NoDirectory, &[("path", &dir.display())])
                            }
                            other if ui.rtl() => ui.failed(Msg::Writing, &other),
                            other => other.to_string(),
                        });
                    app.file_written(&path, outcome);
                }
                Effect::SaveMarks => {
                    // A first piece has no hash yet: its marks are saved on quit.
                    if let (Some(store), false) = (self.store, app.loading()) {
                        let hash = app.document().hash.clone();
                        if let Err(err) = store.save_position(&hash, self.path, saved_position(app))
                        {
                            app.notify(app.interface().failed(Msg::Marks, &err));
                        }
                    }
                }
                Effect::SaveAnnotations => self.save_annotations(app),
                Effect::SaveCorrections(found) => {
                    if let Some(store) = self.store {
                        let saved = store.add_corrections(&found);
                        corrections_stored(app, saved);
                    }
                }
                Effect::Suspend => self.suspend_asked = true,
                Effect::Repaint => self.repaint_asked = true,
                Effect::Copy(text) => {
                    if let Err(err) = clipboard::copy(&text) {
                        app.notify(app.interface().failed(Msg::Copying, &err));
                    }
                }
            }
        }
    }

    /// Return to the remembered position of the (whole) document, if any;
    /// but a `+/pattern` searches from the top of the document, as less's
    /// does (and as the README says: "at the first hit"), not from there.
    pub(super) fn restore(&mut self, app: &mut App) {
        let searches = self.at_start.as_deref().is_some_and(is_search);
        if let Some(store) = self.store {
            match store.load_position(&app.document().hash, self.path) {
                Ok(Some(saved)) => {
                    app.set_marks(saved.marks);
                    if !searches {
                        app.restore(saved.offset);
                    }
                }
                Ok(None) => {}
                Err(err) => app.notify(app.interface().failed(Msg::Position, &err)),
            }
        }
        // A `#fragment` names where to read, over where the reader was.
        if let Some(at) = self.start.take() {
            app.open_at(at);
        }
        if let Some(command) = self.at_start.take() {
            for key in less_command_keys(&command) {
                app.press(key);
            }
        }
    }
}

/// Whether less's `+command` is a search (`+/pattern`, `-p pattern`).
fn is_search(command: &str) -> bool {
    command.strip_prefix('/').is_some_and(|p| !p.is_empty())
}

/// less's `+command` as the keys that do it here: `+G` the end, `+g` the
/// top, `+N` line N, `+N%` N percent in, `+/pattern` a search. Anything
/// else does nothing.
fn less_command_keys(command: &str) -> Vec<Key> {
    let char_keys = |text: &str| {
        text.chars()
            .map(|c| Key::plain(KeyCode::Char(c)))
            .collect::<Vec<_>>()
    };
    let enter = Key::plain(KeyCode::Enter);
    let digits = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_digit());
    if command == "G" || command == "g" {
        char_keys(command)
    } else if digits(command) || command.strip_suffix('%').is_some_and(digits) {
        let mut keys = char_keys(&format!(":goto {command}"));
        keys.push(enter);
        keys
    } else if is_search(command) {
        let mut keys = char_keys(command);
        keys.push(enter);
        keys
    } else {
        Vec::new()
    }
}

impl Reader<'_> {
    pub(super) fn load_annotations(&self, app: &mut App) {
        if let Some(store) = self.store {
            corrections_stored(app, store.load_corrections());
            annotations::load(store, self.path, app);
        }
    }

    pub(super) fn save_annotations(&self, app: &mut App) {
        if let Some(store) = self.store {
            annotations::save(store, self.path, app);
        }
    }
}

/// The lexicon of corrections as the store has it, to the app; a file that
/// did not parse (moved aside) or a failure is a notice.
fn corrections_stored(app: &mut App, stored: Result<store::StoredCorrections, store::StoreError>) {
    match stored {
        Ok(stored) => {
            for aside in &stored.moved_aside {
                let said = app
                    .interface()
                    .say(Msg::CorrectionsMovedAside, &[("path", &aside.display())]);
                app.notify(said);
            }
            if !stored.unreadable.is_empty() {
                let n = stored.unreadable.len();
                let said = app
                    .interface()
                    .say_count(Msg::CorrectionsUnreadable, n, &[]);
                app.notify(said);
            }
            app.set_lexicon(stored.lexicon);
        }
        Err(err) => app.notify(app.interface().failed(Msg::Corrections, &err)),
    }
}

/// What to remember of a reader: the position and the marks.
pub(super) fn saved_position(app: &App) -> SavedPosition {
    SavedPosition {
        offset: app.reading_place(),
        marks: app.marks().clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(command: &str) -> String {
        less_command_keys(command)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn less_s_plus_commands_become_the_keys_that_do_them() {
        assert_eq!(typed("G"), "G");
        assert_eq!(typed("50"), ": g o t o Space 5 0 Enter");
        // less's `+50%`: half way, as `:goto 50%` goes.
        assert_eq!(typed("50%"), ": g o t o Space 5 0 % Enter");
        assert_eq!(typed("/x"), "/ x Enter");
        for nothing in ["%", "5x%", "", "/", "x"] {
            assert_eq!(typed(nothing), "", "{nothing:?}");
        }
    }
}
