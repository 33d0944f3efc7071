//! qari in-process: the reader's state machine, its screens on ratatui's
//! TestBackend (insta snapshots in `snapshots/`), the document loader, the
//! annotation model and store, search, the configuration and the keymap.
//! One binary for all of them, so the crate is linked once.

#[path = "../support/mod.rs"]
mod support;

mod annotate_cue;
mod annotate_export;
mod annotate_notes;
mod annotate_reanchor;
mod annotate_screen;
mod annotate_select;
mod annotate_store;
mod command_line;
mod config_errors;
mod config_reader;
mod layers;
mod loader;
mod loader_cap;
mod loading_goals;
mod marks;
mod marks_write;
mod panel;
mod panel_screen;
mod reader;
mod reader_app;
mod review_fuzz;
mod search_screen;
mod search_steps;
mod wheel_panel;
