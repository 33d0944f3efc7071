//! Commands that run without the interactive reader, for pipes, scripts and tests.

pub mod annotations;
pub mod entities;
pub mod paint;
pub mod render;
pub mod search;

use crate::config::Config;

/// The user's configuration for a command; when it cannot be used, one line
/// on stderr says why and the command goes on with the defaults.
pub fn config() -> Config {
    let (config, warning) = crate::store::config::load_for_command();
    if let Some(warning) = warning {
        // Nothing sensible is left to do when stderr itself is gone.
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("qari: warning: {warning}\n"),
        );
    }
    config
}
