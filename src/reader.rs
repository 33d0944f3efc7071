//! The interactive reader's state and facts, with no terminal and no I/O:
//! the [`app`](crate::reader::app) state that actions change, the action table, the
//! key map, the configuration's settings, the entity-kind table and the
//! theme, annotations, and the view models drawing reads (highlights, the
//! panel's rows). It imports `core` and nothing above it.

pub mod action;
pub mod annotate;
pub mod app;
pub mod config;
pub mod entities_view;
pub mod highlight;
pub mod keymap;
pub mod kinds;
pub mod messages;
pub mod theme;
