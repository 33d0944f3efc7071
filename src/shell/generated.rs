//! Shell completions and the manual page, generated from the command-line
//! definitions (`shell/cli.rs`) so they never drift from what qari accepts.

use std::io::{self, Write};

use clap::CommandFactory;

use super::cli::Cli;

/// Write the completion script for `shell` to `out`.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> io::Result<()> {
    let mut command = Cli::command();
    // Into memory first: the generator panics on a write error (`| head`).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "qari", &mut script);
    out.write_all(&script)?;
    out.flush()
}

/// Write the manual page (roff) to `out`: options, subcommands, version.
pub fn man(out: &mut dyn Write) -> io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completions_name_the_subcommands_and_options() {
        for shell in [
            clap_complete::Shell::Bash,
            clap_complete::Shell::Zsh,
            clap_complete::Shell::Fish,
        ] {
            let mut out = Vec::new();
            completions(shell, &mut out).expect("in memory");
            let text = String::from_utf8(out).expect("UTF-8");
            for word in ["render", "search", "print-config", "visual"] {
                assert!(text.contains(word), "{shell}: {word}");
            }
        }
    }

    #[test]
    fn the_manual_page_is_roff_about_qari() {
        let mut out = Vec::new();
        man(&mut out).expect("in memory");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(text.starts_with(".ie"), "{}", &text[..40.min(text.len())]);
        assert!(text.contains(".TH qari 1"), "{text}");
        assert!(text.contains("print\\-config"), "{text}");
    }
}
