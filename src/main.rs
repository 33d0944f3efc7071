//! The shell: arguments in, the reader or a command run, an exit code out.

use std::process::ExitCode;

use clap::Parser;
use qari::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Render(args)) => qari::commands::render::run(args),
        Some(Command::Entities(args)) => qari::commands::entities::run(args),
        None => qari::input::load(cli.file.as_deref())
            .and_then(|doc| qari::tui::run(doc, &qari::tui::ReaderOptions::from_cli(&cli))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("qari: {err:#}");
            ExitCode::from(2)
        }
    }
}
