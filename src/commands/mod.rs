//! Commands that run without the interactive reader, for pipes, scripts and tests.

pub mod entities;
pub mod paint;
pub mod render;
pub mod search;
