//! qari: a terminal reader for Arabic news articles.
//!
//! The crate is a functional core with an imperative shell. `layout` is pure
//! (text and a width in, positioned cells out); `document` turns bytes into
//! paragraphs; `input` opens articles and `loader` reads them in the
//! background; `recognize` finds entities and quotes (pure); `search` finds
//! Arabic-aware search hits in the original text (pure); `store` is the
//! only module that writes state to the file system; `app`, `view`, `ui` and
//! `tui` make the interactive reader, with `entities_view` and `highlight`
//! (pure) for its entities panel and highlights and `entities_worker` running
//! the recogniser off the UI thread; `terminal_guard` takes and restores the
//! terminal and `watchdog` ends a reader whose terminal went away; `terminal`
//! decides (pure) how Arabic is sent to the terminal qari finds, and
//! `terminal::probe` asks the terminal about itself; `commands` hold the
//! non-interactive subcommands; `cmdline` parses the reader's `:` command
//! line (pure). `config` (pure) parses `config.toml` into settings with
//! defaults; `store::config` reads the file. `action` declares every command
//! and its default keys in one table, `kinds` every fact about an entity
//! kind in another.

pub mod commands;
pub mod core;
pub mod reader;
pub mod shell;
pub mod store;
pub mod ui;
