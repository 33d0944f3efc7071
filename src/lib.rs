//! qari: a terminal reader for Arabic news articles.
//!
//! The crate is a functional core with an imperative shell. `layout` is pure
//! (text and a width in, positioned cells out); `document` turns bytes into
//! paragraphs; `input` reads articles; `store` is the only module that writes
//! state to the file system; `app`, `view`, `ui` and `tui` make the
//! interactive reader; `commands` hold the non-interactive subcommands.

pub mod cli;
pub mod commands;
pub mod document;
pub mod input;
pub mod layout;
pub mod recognize;
pub mod terminal;
pub mod tui;
