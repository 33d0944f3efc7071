//! Commands that run without the interactive reader, for pipes, scripts and tests.

pub mod annotations;
pub mod corrections;
pub mod entities;
pub mod render;
pub mod search;
pub mod text;

use crate::reader::config::Config;

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

/// Write a command's whole output to standard output. A reader that went
/// away (`| head`) is not an error.
pub fn print(out: &str) -> anyhow::Result<()> {
    use anyhow::Context;
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing standard output"),
    }
}
