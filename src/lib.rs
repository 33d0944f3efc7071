//! qari: a terminal reader for Arabic news articles.
//!
//! The crate is layered, each layer importing only those before it: `core`
//! (the document, the layout cache, search, the streaming renderer, pure
//! decisions), `reader` (the app's state and facts), `store` (the file
//! system), `ui` (drawing), `shell` (arguments, the event loop, the terminal,
//! signals) and `commands` (the non-interactive subcommands). Layout and
//! recognition are the `qari_layout` and `qari_recognize` crates.
//! ARCHITECTURE.md has the rest.

pub mod commands;
pub mod core;
pub mod reader;
pub mod shell;
pub mod store;
pub mod ui;
