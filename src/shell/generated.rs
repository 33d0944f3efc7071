//! Shell completions and the manual page, generated from the command-line
//! definitions (`shell/cli.rs`) so they never drift from what qari accepts.
//!
//! The manual's KEYS section is the help overlay's lines, made from the
//! action table (`reader/action.rs`) as the help is, so a key is written in
//! one place; FILES is the store's table (`store::FILES`). ENVIRONMENT is
//! the one list of the variables qari reads, kept here because only the
//! manual lists them.

use std::io::{self, Write};

use clap::CommandFactory;

use super::cli::Cli;
use crate::reader::keymap::{HelpLine, Keymap};
use crate::reader::messages::Interface;

/// The variables qari reads, and what each changes.
const ENVIRONMENT: [(&str, &str); 12] = [
    (
        "XDG_CONFIG_HOME, XDG_STATE_HOME, XDG_DATA_HOME",
        "where the configuration, the reading positions and the annotations are kept (see FILES)",
    ),
    ("NO_COLOR", "set: no colour; each entity kind keeps its bold, underline or italic cue"),
    (
        "TERM, COLORTERM, COLORFGBG",
        "the terminal's colours: a monochrome TERM (vt100, xterm-mono) gets none, COLORTERM=truecolor gets 24-bit colour, COLORFGBG a light or dark theme",
    ),
    (
        "VTE_VERSION, KONSOLE_VERSION, TERM_PROGRAM, XTERM_VERSION, MLTERM, TMUX, STY",
        "which terminal (and multiplexer) qari runs in, and so how it sends Arabic (qari --print-terminal says what it found)",
    ),
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "the first one set names the interface's language when lang is auto: Arabic when it starts with ar",
    ),
    (
        "PAGER, MANPAGER, GIT_PAGER",
        "not read by qari, but qari may be named in them: less's options are taken and ignored (PAGER='qari -R'), +G, +N, +N% and +/pattern open there",
    ),
    (
        "MAN_PN, GIT_EXEC_PATH, GIT_PAGER_IN_USE",
        "set by man and git for the programs they run: when qari pages for them (no file named, standard input a pipe) it keeps their lines, the column as wide as the terminal, and under git paragraphs read left to right; the configuration's width and paragraph_direction, and --paragraph-direction, still win",
    ),
    (
        "LESS",
        "not read: less's options there are less's",
    ),
    (
        "QARI_NER_WEIGHTS",
        "qari entities: another weights file for the recogniser (one written by qari-train)",
    ),
    (
        "QARI_MAX_INPUT_BYTES",
        "the most bytes the reader keeps of an input (1 GiB); for tests",
    ),
    (
        "QARI_HTTP_TIMEOUT_MS",
        "how long a link is waited for; for tests",
    ),
    (
        "QARI_ENTITIES_WHOLE_BYTES",
        "qari entities: up to how many bytes an input is read whole before it is streamed; for tests",
    ),
];

/// Write the completion script for `shell` to `out`.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> io::Result<()> {
    let mut command = Cli::command();
    // Into memory first: the generator panics on a write error (`| head`).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "qari", &mut script);
    out.write_all(&script)?;
    out.flush()
}

/// Write the manual page (roff) to `out`: options, subcommands, the
/// reader's keys, its files and environment, version.
pub fn man(out: &mut dyn Write) -> io::Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    let page = String::from_utf8_lossy(&page);
    // Before VERSION, as less(1) has them before its end matter.
    let at = page.find("\n.SH VERSION").map_or(page.len(), |at| at + 1);
    out.write_all(page[..at].as_bytes())?;
    out.write_all(extra_sections().as_bytes())?;
    out.write_all(page[at..].as_bytes())?;
    out.flush()
}

/// KEYS, FILES and ENVIRONMENT in roff, without the apostrophe preamble the
/// page has already.
fn extra_sections() -> String {
    use roff::{bold, roman, Roff};
    let mut roff = Roff::new();
    roff.control("SH", ["KEYS"]);
    roff.text([roman(
        "In the reader (qari with no subcommand). ? shows these keys; a count goes before a key (5j, 20g, 50%); the configuration file rebinds them.",
    )]);
    for line in Keymap::default().help_lines(Interface::default()) {
        match line {
            HelpLine::Heading(title) => {
                roff.control("SS", [title]);
            }
            HelpLine::Row(keys, description) => {
                roff.control("TP", []);
                roff.text([bold(keys)]);
                roff.text([roman(description)]);
            }
            HelpLine::Blank => {}
        }
    }
    roff.control("SH", ["FILES"]);
    for (path, what) in crate::store::FILES {
        roff.control("TP", []);
        roff.text([bold(path)]);
        roff.text([roman(what)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (names, what) in ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(names)]);
        roff.text([roman(what)]);
    }
    let text = roff.render();
    // The preamble defines the apostrophe's string: two lines, once a page.
    text.splitn(3, '\n').nth(2).unwrap_or_default().to_string()
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

    #[test]
    fn the_manual_page_has_the_reader_s_keys_files_and_environment() {
        let mut out = Vec::new();
        man(&mut out).expect("in memory");
        let text = String::from_utf8(out).expect("UTF-8");
        let sections: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix(".SH "))
            .collect();
        for name in ["KEYS", "FILES", "ENVIRONMENT"] {
            assert!(sections.contains(&name), "{sections:?}");
        }
        // The keys come from the action table, each mode under its heading.
        let line = |inline: roff::Inline| {
            let line = roff::Roff::new().text([inline]).render();
            line.splitn(3, '\n').nth(2).unwrap_or_default().to_string()
        };
        let roman = |t: &str| line(roff::roman(t));
        for action in crate::reader::action::Action::ALL {
            assert!(text.contains(&roman(action.description())), "{action:?}");
        }
        assert!(text.contains(".SS Reading") && text.contains(".SS \"In the panel\""));
        assert!(
            text.contains("\\fBj Down C\\-e Enter C\\-n C\\-j\\fR"),
            "{text}"
        );
        for (path, _) in crate::store::FILES {
            assert!(text.contains(&line(roff::bold(path))), "{path}");
        }
        assert!(text.contains("corrections.json") && text.contains("NO_COLOR"));
        // One preamble, at the top; VERSION still ends the page.
        assert_eq!(text.matches(".ie \\n(.g").count(), 1);
        assert!(text.find(".SH ENVIRONMENT") < text.find(".SH VERSION"));
    }
}
