//! qari in-process: the reader's state machine, its screens on ratatui's
//! TestBackend (insta snapshots in `snapshots/`), the annotation store,
//! search, the configuration, the keymap and the layers of `src/`.
//! One binary for all of them, so the crate is linked once.

#[path = "../support/mod.rs"]
mod support;

mod annotate_cue;
mod annotate_notes;
mod annotate_screen;
mod annotate_select;
mod annotate_store;
mod arabic_interface;
mod command_line;
mod config_reader;
mod corrections;
mod feed_list;
mod feed_reading;
mod hostile_fuzz;
mod layers;
mod less_keys;
mod links;
mod loading_goals;
mod long_line;
mod marks;
mod marks_write;
mod narrow_status;
mod panel;
mod panel_screen;
mod paste;
mod pieces_fuzz;
mod reader;
mod reader_app;
mod review_fuzz;
mod search_screen;
mod search_steps;
mod web_fuzz;
mod wheel_panel;
