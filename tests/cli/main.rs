//! The `qari` binary from the outside: fixture in, exact stdout out, exit
//! status; `render`, `entities`, `search` and `annotations`, bad input and
//! awkward pipes, and configuration files, each run with XDG homes of the
//! test's own.

#[path = "../support/mod.rs"]
mod support;

mod annotations;
mod config;
mod corrections;
mod docs;
mod entities;
mod entities_files;
mod errors;
mod generated;
mod given_up;
mod pager;
mod render;
mod search;
mod web;
