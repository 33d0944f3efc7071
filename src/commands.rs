//! Commands that run without the interactive reader, for pipes, scripts and tests.

pub mod annotations;
pub mod corrections;
pub mod entities;
pub mod render;
pub mod search;
pub mod text;

use std::borrow::Cow;

use crate::reader::config::Config;
use crate::store::pages::{ReadOptions, Tell};

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

/// Tell on stderr of something about the input named `label` (invalid
/// UTF-8 replaced, a line laid out in pieces): `qari: LABEL: warning: WHAT`,
/// as every command says it, the name shown, never obeyed.
pub fn warn_of(label: &str, what: &str) {
    use std::io::Write;
    // Nothing sensible is left to do when stderr itself is gone.
    let _ = writeln!(
        std::io::stderr(),
        "qari: {}: warning: {what}",
        qari_layout::display_text(label)
    );
}

/// `read` for a command that streams the input named `label`: what is
/// found to say of how it is read (the encoding it is read in, a page's
/// story not found) is said on stderr as it is found, by [`warn_of`], as
/// `qari text` says a whole document's warnings.
pub fn reading(read: &ReadOptions, label: &str) -> ReadOptions {
    let label = label.to_string();
    ReadOptions {
        tell: Some(Tell(std::sync::Arc::new(move |warning| {
            warn_of(&label, &warning.to_string());
        }))),
        ..read.clone()
    }
}

/// Write a command's whole output to standard output. A reader that went
/// away (`| head`) is not an error. To a terminal, text is [`shown`].
pub fn print(out: &str) -> anyhow::Result<()> {
    use anyhow::Context;
    use std::io::{IsTerminal, Write};
    let mut stdout = std::io::stdout().lock();
    let out = if stdout.is_terminal() {
        shown(out)
    } else {
        Cow::Borrowed(out)
    };
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing standard output"),
    }
}

/// Text as a terminal may be sent it: each line's control characters as
/// their pictures (an escape sequence in an article or a page's title would
/// otherwise retitle the window or clear the screen) and bidi format
/// characters dropped, as the reader and `qari render` show them. Pipes and
/// files get the text as it is: its offsets are what scripts count by.
pub fn shown(text: &str) -> Cow<'_, str> {
    let lines: Vec<_> = text.split('\n').map(qari_layout::display_text).collect();
    if lines.iter().all(|line| matches!(line, Cow::Borrowed(_))) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terminal_is_shown_controls_and_sent_none() {
        assert!(matches!(shown("نص\nسطر\n"), Cow::Borrowed(_)));
        let text = "t\u{1b}]0;PWNED\u{7}\nنص\u{1b}[2J\u{9b}31m\u{202e}x\n";
        let out = shown(text);
        assert_eq!(
            out,
            "t\u{241B}]0;PWNED\u{2407}\nنص\u{241B}[2J\u{2426}31mx\n"
        );
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'));
    }
}
