//! The shell: arguments in, the reader or a command run, an exit code out.
//!
//! Every failure ends here as one line on stderr, `qari: <what>: <why>`, and
//! exit status 2 (the status clap uses for usage errors), so scripts can tell
//! trouble from success. Nothing below prints errors itself.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use qari::shell::cli::{Cli, Command};

/// The end of a command that only prints: a closed pipe is a normal end.
fn print(written: std::io::Result<()>) -> ExitCode {
    match written {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            let reason = qari::core::paragraphs::io_reason(&err);
            let _ = writeln!(std::io::stderr(), "qari: writing standard output: {reason}");
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn main() -> ExitCode {
    let (args, at_start) = qari::shell::cli::less_arguments(std::env::args_os().collect());
    let mut cli = Cli::parse_from(args);
    cli.at_start = at_start;
    if cli.print_config {
        let mut out = std::io::stdout().lock();
        // A closed pipe (`qari --print-config | head`) is a normal end; a
        // full disk is not.
        return print(
            out.write_all(qari::reader::config::DEFAULT_CONFIG.as_bytes())
                .and_then(|()| out.flush()),
        );
    }
    if cli.print_terminal {
        let config = qari::commands::config();
        let detected = qari::shell::probe::detect(
            cli.terminal_bidi.unwrap_or(config.terminal_bidi),
            // Piped into a bug report, it still describes the terminal.
            std::io::IsTerminal::is_terminal(&std::io::stdout())
                || std::io::IsTerminal::is_terminal(&std::io::stdin()),
        );
        let background = match detected.light_background {
            Some(true) => "background: light (theme \"auto\" is light)\n",
            Some(false) => "background: dark (theme \"auto\" is dark)\n",
            None => "background: not reported (theme \"auto\" is dark)\n",
        };
        let mut out = std::io::stdout().lock();
        return print(
            write!(out, "{}{background}", detected.profile.describe()).and_then(|()| out.flush()),
        );
    }
    // The reader's own options before a command's name would be dropped
    // without a word: say so (`--encoding` and `--terminal-bidi` may go
    // before a command that takes them).
    if let Some(command) = &cli.command {
        let given = [
            ("--shape", cli.shape.is_some()),
            ("--lang", cli.lang.is_some()),
            ("--links", cli.links),
            (
                "--encoding",
                cli.encoding.is_some() && command.encoding().is_none(),
            ),
            (
                "--terminal-bidi",
                cli.terminal_bidi.is_some() && command.terminal_bidi().is_none(),
            ),
        ];
        if let Some((option, _)) = given.iter().find(|(_, set)| *set) {
            let name = command.name();
            let _ = writeln!(
                std::io::stderr(),
                "qari: {option} before `{name}` is the reader's option; the options of \
                 `{name}` go after its name (`qari {name} --help` lists them)"
            );
            return ExitCode::from(2);
        }
    }
    // Ctrl-C, `q` or Esc gives up on a link that is slow to come.
    // A command's own option, else the one given before its name.
    let command = cli.command.as_ref();
    let encoding = command
        .and_then(Command::encoding)
        .and_then(|option| option.encoding)
        .or(cli.encoding);
    let bidi = command
        .and_then(Command::terminal_bidi)
        .and_then(|option| option.terminal_bidi)
        .or(cli.terminal_bidi);
    let read = qari::store::pages::ReadOptions {
        encoding,
        waiter: Some(std::sync::Arc::new(
            qari::shell::waiting::FetchWatch::for_command(),
        )),
        tell: None,
    };
    let result = match &cli.command {
        Some(Command::Render(args)) => qari::commands::render::run(args, bidi, &read),
        Some(Command::Entities(args)) => match qari::commands::entities::run(args, bidi, &read) {
            // A file of several could not be read (said already).
            Ok(false) => return ExitCode::from(2),
            other => other.map(drop),
        },
        Some(Command::Annotations(args)) => qari::commands::annotations::run(args, &read),
        Some(Command::Corrections(args)) => qari::commands::corrections::run(args),
        Some(Command::Completions { shell }) => {
            let out = &mut std::io::stdout().lock();
            return print(qari::shell::generated::completions(*shell, out));
        }
        Some(Command::Man) => {
            return print(qari::shell::generated::man(&mut std::io::stdout().lock()))
        }
        Some(Command::Search(args)) => {
            match qari::commands::search::run(args, bidi, &read) {
                // Nothing found: status 1, as grep says it.
                Ok(false) => return ExitCode::from(1),
                other => other.map(drop),
            }
        }
        Some(Command::Text(args)) => qari::commands::text::run(args.file.as_deref(), &read),
        None if cli.links => {
            qari::commands::text::links(cli.files.first().map(|p| p.as_path()), &read)
        }
        // Output that is no terminal (`qari FILE > out`, `qari FILE | head`),
        // or a terminal that draws nothing but text (`TERM=dumb`: an editor's
        // shell buffer), gets the text, as a pager gives it there: each
        // file's, as `qari text` prints it. A file that cannot be read is
        // said and the others are still printed, as less and cat do.
        None if !std::io::IsTerminal::is_terminal(&std::io::stdout())
            || std::env::var("TERM").is_ok_and(|t| t == "dumb") =>
        {
            if cli.files.is_empty() {
                qari::commands::text::run(None, &read)
            } else {
                let mut failed = false;
                for file in &cli.files {
                    match qari::commands::text::run(Some(file), &read) {
                        Err(err) if qari::shell::files::is_interrupted(&err) => {
                            report(&err);
                            return ExitCode::from(qari::shell::waiting::given_up_status());
                        }
                        Err(err) => {
                            report(&err);
                            failed = true;
                        }
                        Ok(()) => {}
                    }
                }
                if failed {
                    return ExitCode::from(2);
                }
                Ok(())
            }
        }
        None => match qari::shell::files::read(&cli) {
            // Ended by a signal: 128 + its number, as a shell reports it.
            Ok(status) if status != 0 => return ExitCode::from(status),
            other => other.map(drop),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            report(&err);
            // A link or a pipe given up on: 128 + the signal that did it,
            // or as a program Ctrl-C interrupted ends (a key).
            if qari::shell::files::is_interrupted(&err) {
                ExitCode::from(qari::shell::waiting::given_up_status())
            } else {
                ExitCode::from(2)
            }
        }
    }
}

/// Say why something failed, on standard error.
fn report(err: &anyhow::Error) {
    // eprintln! would panic if stderr is closed; the status still tells.
    // A file's name may hold escape sequences: shown, never obeyed.
    let message = format!("{err:#}");
    let shown: Vec<_> = message.lines().map(qari_layout::display_text).collect();
    let _ = writeln!(std::io::stderr(), "qari: {}", shown.join("\n"));
}
