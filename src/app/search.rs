//! The app's side of search: the `/` prompt, hits, `n` / `N`.
//! (Filled in by the search work; the hooks below are what `App` calls.)

use super::App;
use crate::action::Action;
use crate::highlight::Decor;
use crate::keymap::Key;
use crate::textinput::TextInput;
use crate::view::ScreenLine;

/// The `/` prompt while it is open.
#[derive(Debug, Clone, Default)]
pub struct SearchPrompt {
    pub input: TextInput,
}

impl App {
    pub(super) fn apply_search(&mut self, _action: Action) {}

    pub(super) fn search_key(&mut self, _prompt: SearchPrompt, _key: Key) {}

    pub(super) fn decorate_search(&self, _lines: &[ScreenLine], _decor: &mut Vec<Vec<Decor>>) {}
}
