//! The imperative shell: the command line's arguments, the event loop that
//! turns terminal events into actions and draws frames, asking the terminal
//! about itself, taking and giving back the terminal, signals, the watchdog
//! for a terminal that went away, the recogniser's thread, and the keys that
//! give up on a page being fetched.

pub mod cli;
pub mod entities_worker;
pub mod feed;
pub mod files;
pub mod generated;
pub mod links;
pub mod probe;
pub mod terminal_guard;
pub mod tui;
pub mod waiting;
pub mod watchdog;
