//! PURE: the `:` command line's language, text in, [`Command`] out.
//!
//! Parsing is apart from running so that every spelling and every mistake can
//! be tested without an app or a terminal, and so the messages a reader sees
//! for a typo are written here, on purpose, in one place. The language is
//! small and vi-like: `goto 42%`, `goto 17` (a paragraph, which is a line of
//! the file), a bare `17`, `42%` or `$` (the end) for short, digits of any of
//! the three sets (`٤٢٪` is `42%`), `w FILE` / `w! FILE` to write
//! the rendered text, `q` / `q!` to quit and `wq FILE` to do both, `n` / `p`
//! for the next and previous file named on the command line. File names
//! are kept as typed (`~` included): expanding them needs the environment,
//! which is the store's business.

use std::fmt;

/// A command the reader typed after `:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Put this place at the top of the view.
    GoTo(Target),
    /// Write the document to `path`: its text as the file has it (logical
    /// order), or with `visual` (`:w --visual FILE`) the laid-out lines as
    /// `qari render` writes them; `force` allows replacing an existing file;
    /// `quit` leaves the reader once the file is written.
    Write {
        path: String,
        force: bool,
        quit: bool,
        visual: bool,
    },
    /// Leave the reader (`q!` is accepted and means the same: nothing is unsaved).
    Quit,
    /// Read the next file named on the command line (`:n`, as in less and vi).
    NextFile,
    /// Read the previous one (`:p`).
    PreviousFile,
    /// Read the file again (`:e` without a name, as less re-examines it).
    Reread,
    /// Stop highlighting the search's hits until `n` or `N` (vim's `:noh`).
    NoHighlight,
    /// List the page's links (`:links`, as `L`).
    Links,
}

/// Where `:goto` goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A percentage of the document's text, 0 to 100.
    Percent(u8),
    /// A paragraph (line of the file), 1-based as the status bar counts; not
    /// yet checked against the document's length.
    Paragraph(usize),
}

/// Why a command line could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CmdError {
    /// Nothing but spaces: not a mistake, the line just closes.
    #[error("no command")]
    Empty,
    #[error("unknown command: {0} (try :goto, :w, :q)")]
    Unknown(String),
    #[error("goto needs a place: :goto 42% or :goto <line>")]
    MissingTarget,
    #[error("not a percentage or a line number: {0}")]
    BadTarget(String),
    #[error("a percentage goes from 0% to 100%, not {0}")]
    PercentRange(String),
    #[error("{0} needs a file name: :{0} FILE")]
    MissingFile(Name),
    #[error("{0} takes no argument")]
    UnexpectedArgument(Name),
}

/// A command's name, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name(&'static str);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// A file name as typed after `:w`: as it stands (spaces and all), or, as a
/// shell would take it, within quotes (`"a b.txt"`, `'a b.txt'`) or with a
/// backslash before a space or another backslash (`a\ b.txt`).
fn file_name(typed: &str) -> String {
    for quote in ['"', '\''] {
        if let Some(inner) = typed
            .strip_prefix(quote)
            .and_then(|t| t.strip_suffix(quote))
            .filter(|inner| !inner.contains(quote))
        {
            return inner.to_string();
        }
    }
    let mut name = String::with_capacity(typed.len());
    let mut chars = typed.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next)) if next == ' ' || next == '\\' => {
                name.push(next);
                chars.next();
            }
            _ => name.push(c),
        }
    }
    name
}

/// Understand one command line (without the `:`, though a leading one is allowed).
pub fn parse(line: &str) -> Result<Command, CmdError> {
    let line = line.trim();
    let line = line.strip_prefix(':').unwrap_or(line).trim_start();
    if line.is_empty() {
        return Err(CmdError::Empty);
    }
    // `w!` and `q!` are words of their own; `w!FILE` is read as `w! FILE`.
    let split = line
        .find(|c: char| c.is_whitespace() || c == '!')
        .map_or(line.len(), |i| {
            if line[i..].starts_with('!') {
                i + 1
            } else {
                i
            }
        });
    let (word, rest) = line.split_at(split);
    let rest = rest.trim();
    if word.starts_with(|c: char| ascii_digit(c).is_some() || c == '$') {
        // `:17`, `:42%`, `:$`: the target itself.
        return parse_target(line).map(Command::GoTo);
    }
    match word {
        "goto" | "go" => {
            if rest.is_empty() {
                Err(CmdError::MissingTarget)
            } else {
                parse_target(rest).map(Command::GoTo)
            }
        }
        "w" | "write" | "w!" | "write!" | "wq" | "wq!" => {
            let name = match word {
                "wq" | "wq!" => Name("wq"),
                _ => Name("w"),
            };
            let (visual, rest) = match rest.strip_prefix("--visual") {
                Some(after) if after.is_empty() || after.starts_with(char::is_whitespace) => {
                    (true, after.trim_start())
                }
                _ => (false, rest),
            };
            if rest.is_empty() {
                return Err(CmdError::MissingFile(name));
            }
            Ok(Command::Write {
                path: file_name(rest),
                force: word.ends_with('!'),
                quit: name.0 == "wq",
                visual,
            })
        }
        "q" | "quit" | "q!" | "quit!" => {
            if rest.is_empty() {
                Ok(Command::Quit)
            } else {
                Err(CmdError::UnexpectedArgument(Name("q")))
            }
        }
        "n" | "next" | "p" | "prev" | "previous" => {
            let next = word.starts_with('n');
            if !rest.is_empty() {
                return Err(CmdError::UnexpectedArgument(Name(if next {
                    "n"
                } else {
                    "p"
                })));
            }
            Ok(if next {
                Command::NextFile
            } else {
                Command::PreviousFile
            })
        }
        "e" | "edit" | "examine" => {
            if rest.is_empty() {
                Ok(Command::Reread)
            } else {
                Err(CmdError::UnexpectedArgument(Name("e")))
            }
        }
        "links" => {
            if rest.is_empty() {
                Ok(Command::Links)
            } else {
                Err(CmdError::UnexpectedArgument(Name("links")))
            }
        }
        "noh" | "nohlsearch" => {
            if rest.is_empty() {
                Ok(Command::NoHighlight)
            } else {
                Err(CmdError::UnexpectedArgument(Name("noh")))
            }
        }
        _ => Err(CmdError::Unknown(word.to_string())),
    }
}

/// A digit of any of the three digit sets an Arabic reader may type
/// (0-9, ٠-٩, ۰-۹) as its ASCII digit.
fn ascii_digit(c: char) -> Option<char> {
    let value = match c {
        '0'..='9' => u32::from(c) - u32::from('0'),
        '\u{0660}'..='\u{0669}' => u32::from(c) - 0x0660,
        '\u{06F0}'..='\u{06F9}' => u32::from(c) - 0x06F0,
        _ => return None,
    };
    char::from_digit(value, 10)
}

/// `42%` or `17` (spaces before `%` allowed; Arabic digits and `٪` too), or
/// `$`, the end (as `100%`).
fn parse_target(typed: &str) -> Result<Target, CmdError> {
    let bad = || CmdError::BadTarget(typed.to_string());
    if typed == "$" {
        return Ok(Target::Percent(100));
    }
    let text: String = typed
        .chars()
        .map(|c| match c {
            '\u{066A}' => '%',
            c => ascii_digit(c).unwrap_or(c),
        })
        .collect();
    let text = text.as_str();
    if let Some(number) = text.strip_suffix('%') {
        let number = number.trim_end();
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        return match number.parse::<u8>() {
            Ok(p) if p <= 100 => Ok(Target::Percent(p)),
            _ => Err(CmdError::PercentRange(typed.to_string())),
        };
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    // All digits: only an absurdly long number fails, and it is past any end.
    Ok(Target::Paragraph(text.parse().unwrap_or(usize::MAX)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &str, force: bool, quit: bool) -> Command {
        Command::Write {
            path: path.into(),
            force,
            quit,
            visual: false,
        }
    }

    #[test]
    fn w_visual_writes_the_laid_out_lines() {
        let visual = |path: &str, force| Command::Write {
            path: path.into(),
            force,
            quit: false,
            visual: true,
        };
        assert_eq!(parse("w --visual out.txt"), Ok(visual("out.txt", false)));
        assert_eq!(parse("w! --visual  a b"), Ok(visual("a b", true)));
        assert_eq!(
            parse("w --visualise"),
            Ok(write("--visualise", false, false))
        );
        assert_eq!(parse("w --visual"), Err(CmdError::MissingFile(Name("w"))));
    }

    #[test]
    fn a_file_name_may_be_quoted_or_escaped_as_in_a_shell() {
        assert_eq!(
            parse("w \"/tmp/out dir/y.txt\""),
            Ok(write("/tmp/out dir/y.txt", false, false))
        );
        assert_eq!(parse("w! 'a b.txt'"), Ok(write("a b.txt", true, false)));
        assert_eq!(
            parse("w /tmp/out\\ dir/q.txt"),
            Ok(write("/tmp/out dir/q.txt", false, false))
        );
        // As typed otherwise: spaces, a lone quote, a backslash before a letter.
        assert_eq!(parse("w a b.txt"), Ok(write("a b.txt", false, false)));
        assert_eq!(parse("w it's.txt"), Ok(write("it's.txt", false, false)));
        assert_eq!(parse("w a\\b.txt"), Ok(write("a\\b.txt", false, false)));
    }

    #[test]
    fn goto_takes_a_percentage_or_a_paragraph() {
        assert_eq!(parse("goto 42%"), Ok(Command::GoTo(Target::Percent(42))));
        assert_eq!(parse("goto 0%"), Ok(Command::GoTo(Target::Percent(0))));
        assert_eq!(parse("goto 100 %"), Ok(Command::GoTo(Target::Percent(100))));
        assert_eq!(parse("goto 17"), Ok(Command::GoTo(Target::Paragraph(17))));
        assert_eq!(parse("  go   3  "), Ok(Command::GoTo(Target::Paragraph(3))));
        assert_eq!(parse(":goto 5"), Ok(Command::GoTo(Target::Paragraph(5))));
    }

    #[test]
    fn noh_takes_nothing() {
        assert_eq!(parse("noh"), Ok(Command::NoHighlight));
        assert_eq!(parse(" :nohlsearch "), Ok(Command::NoHighlight));
        assert_eq!(
            parse("noh x"),
            Err(CmdError::UnexpectedArgument(Name("noh")))
        );
    }

    #[test]
    fn a_bare_number_is_a_goto() {
        assert_eq!(parse("17"), Ok(Command::GoTo(Target::Paragraph(17))));
        assert_eq!(parse("50%"), Ok(Command::GoTo(Target::Percent(50))));
        assert_eq!(
            parse("99999999999999999999999"),
            Ok(Command::GoTo(Target::Paragraph(usize::MAX)))
        );
    }

    #[test]
    fn arabic_digits_and_the_dollar_sign_are_targets_too() {
        assert_eq!(parse("$"), Ok(Command::GoTo(Target::Percent(100))));
        assert_eq!(parse("goto $"), Ok(Command::GoTo(Target::Percent(100))));
        assert_eq!(parse("goto ٤٢%"), Ok(Command::GoTo(Target::Percent(42))));
        assert_eq!(parse("٤٢٪"), Ok(Command::GoTo(Target::Percent(42))));
        assert_eq!(parse("۱۷"), Ok(Command::GoTo(Target::Paragraph(17))));
        assert_eq!(parse("goto ١٠"), Ok(Command::GoTo(Target::Paragraph(10))));
        assert_eq!(
            parse("٣٠٠٪").map_err(|e| e.to_string()),
            Err("a percentage goes from 0% to 100%, not ٣٠٠٪".into())
        );
        // File names keep their digits.
        assert_eq!(parse("w ٢٠٢٢.txt"), Ok(write("٢٠٢٢.txt", false, false)));
    }

    #[test]
    fn bad_targets_say_what_is_wrong() {
        assert_eq!(parse("goto"), Err(CmdError::MissingTarget));
        assert_eq!(parse("goto abc"), Err(CmdError::BadTarget("abc".into())));
        assert_eq!(parse("goto -3"), Err(CmdError::BadTarget("-3".into())));
        // `:goto 17` is a line of the file, as the status bar counts: the
        // messages say line too.
        assert_eq!(
            CmdError::BadTarget("-3".into()).to_string(),
            "not a percentage or a line number: -3"
        );
        assert_eq!(
            CmdError::MissingTarget.to_string(),
            "goto needs a place: :goto 42% or :goto <line>"
        );
        assert_eq!(parse("goto %"), Err(CmdError::BadTarget("%".into())));
        assert_eq!(parse("goto 4.5%"), Err(CmdError::BadTarget("4.5%".into())));
        assert_eq!(parse("12x"), Err(CmdError::BadTarget("12x".into())));
        assert_eq!(
            parse("goto 101%"),
            Err(CmdError::PercentRange("101%".into()))
        );
        assert_eq!(
            parse("goto 300%").map_err(|e| e.to_string()),
            Err("a percentage goes from 0% to 100%, not 300%".into())
        );
    }

    #[test]
    fn write_takes_the_rest_of_the_line_as_the_file() {
        assert_eq!(parse("w out.txt"), Ok(write("out.txt", false, false)));
        assert_eq!(
            parse("write ~/a b.txt "),
            Ok(write("~/a b.txt", false, false))
        );
        assert_eq!(parse("w! out.txt"), Ok(write("out.txt", true, false)));
        assert_eq!(parse("w!out.txt"), Ok(write("out.txt", true, false)));
        assert_eq!(parse("wq out.txt"), Ok(write("out.txt", false, true)));
        assert_eq!(parse("wq! out.txt"), Ok(write("out.txt", true, true)));
        assert_eq!(parse("w مقال.txt"), Ok(write("مقال.txt", false, false)));
    }

    #[test]
    fn write_without_a_file_is_an_error() {
        assert_eq!(parse("w"), Err(CmdError::MissingFile(Name("w"))));
        assert_eq!(parse("w!  "), Err(CmdError::MissingFile(Name("w"))));
        assert_eq!(
            parse("wq").map_err(|e| e.to_string()),
            Err("wq needs a file name: :wq FILE".into())
        );
    }

    #[test]
    fn quit_and_its_bang() {
        assert_eq!(parse("q"), Ok(Command::Quit));
        assert_eq!(parse("e"), Ok(Command::Reread));
        assert_eq!(parse("q!"), Ok(Command::Quit));
        assert_eq!(parse("quit"), Ok(Command::Quit));
        assert_eq!(
            parse("q now").map_err(|e| e.to_string()),
            Err("q takes no argument".into())
        );
    }

    #[test]
    fn next_and_previous_file() {
        assert_eq!(parse("n"), Ok(Command::NextFile));
        assert_eq!(parse(":next"), Ok(Command::NextFile));
        assert_eq!(parse("links"), Ok(Command::Links));
        assert!(parse("links x").is_err());
        assert_eq!(parse("p"), Ok(Command::PreviousFile));
        assert_eq!(parse("prev"), Ok(Command::PreviousFile));
        assert_eq!(
            parse("n 2").map_err(|e| e.to_string()),
            Err("n takes no argument".into())
        );
    }

    #[test]
    fn unknown_and_empty_lines() {
        assert_eq!(parse(""), Err(CmdError::Empty));
        assert_eq!(parse("   "), Err(CmdError::Empty));
        assert_eq!(parse(":"), Err(CmdError::Empty));
        assert_eq!(
            parse("xyz 3").map_err(|e| e.to_string()),
            Err("unknown command: xyz (try :goto, :w, :q)".into())
        );
        assert_eq!(parse("Goto 3"), Err(CmdError::Unknown("Goto".into())));
        assert_eq!(parse("wx"), Err(CmdError::Unknown("wx".into())));
        assert_eq!(parse("!"), Err(CmdError::Unknown("!".into())));
    }
}
