//! The app's side of marks (`m`, `'`, `''`) and the `:` command line.
//! (Filled in by the marks work; the hooks below are what `App` calls.)

use super::App;
use crate::action::Action;
use crate::keymap::Key;
use crate::textinput::TextInput;

/// What the letter after `m` or `'` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkOp {
    Set,
    GoTo,
}

impl App {
    pub(super) fn apply_command(&mut self, _action: Action) {}

    pub(super) fn command_key(&mut self, _input: TextInput, _key: Key) {}

    pub(super) fn mark_key(&mut self, _op: MarkOp, _key: Key) {}
}
