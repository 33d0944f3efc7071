//! Helpers shared by the three test binaries (`api`, `cli`, `tmux`), each of
//! which includes this module once as `support`: the reader fixture, screens
//! on ratatui's TestBackend, hand-made recognitions, running the `qari`
//! binary, tmux and real terminals under Xvfb, and the tools those need.
//!
//! Each binary uses only part of it, so unused helpers are not warned about.
#![allow(dead_code, unused_imports)]

pub mod annotate_screen;
pub mod app;
pub mod cells;
pub mod cli;
pub mod errors;
pub mod http;
pub mod reading;
pub mod recognition;
pub mod search_screen;
pub mod tmux;
pub mod tools;
pub mod xvfb;

pub use app::{app, Setup};
