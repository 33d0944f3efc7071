//! The settings qari reads by when a program that lays out its own output
//! for the terminal runs it as its pager: man (man-db) and git.
//!
//! man formats a page to the terminal's width, and git's diffs and logs are
//! code and commit messages. Wrapped again at qari's 80-cell reading column,
//! a man page's lines break in two; laid out by each line's first letter, a
//! diff line whose comment starts in Arabic runs right to left, its `+` at
//! the right edge. So under either program the column is the terminal's
//! whole width, and under git every paragraph runs left to right. These are
//! defaults of the situation, between qari's own and the user's: a setting
//! the configuration file writes ([`Written`]) or an option given on the
//! command line still wins. Which program it is, the shell finds in the
//! environment (`shell::cli::formatter`); nothing here reads it. Text piped
//! in by hand from such a program (`man ls | qari`) says nothing of where
//! it came from: the shell looks at its first piece, and text laid out in
//! columns gets the terminal's width too, its direction left as it is.

use super::{Config, ParagraphDirection, WIDTH_MAX};

/// A program that formats its own output and runs qari as its pager.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formatter {
    /// man-db, which sets `MAN_PN` for its pager.
    Man,
    /// git, which sets `GIT_EXEC_PATH` for its pager.
    Git,
    /// Text piped in that a program laid out for the terminal, as
    /// `core::pager_text::laid_out` tells it (`man ls | qari`, `ps aux | qari`).
    LaidOut,
}

/// Which of the settings a formatter changes the configuration file writes
/// itself (a setting it writes with a mistake counts: the file meant it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Written {
    /// `[text] width`.
    pub width: bool,
    /// `[text] paragraph_direction`.
    pub paragraph_direction: bool,
}

impl Written {
    /// The settings `text`, a configuration file's, writes: none when it is
    /// no TOML.
    pub fn of(text: &str) -> Self {
        let table = text.parse::<toml::Table>().ok();
        let text_table = table
            .as_ref()
            .and_then(|t| t.get("text"))
            .and_then(toml::Value::as_table);
        let has = |key: &str| text_table.is_some_and(|t| t.contains_key(key));
        Self {
            width: has("width"),
            paragraph_direction: has("paragraph_direction"),
        }
    }
}

impl Config {
    /// Read by `formatter`'s defaults where the file (`written`) says
    /// nothing: the column as wide as the terminal (the widest column a
    /// setting may ask, so the terminal's width is the bound), and under
    /// git every paragraph left to right.
    pub fn format_for(&mut self, formatter: Formatter, written: Written) {
        if !written.width {
            self.text.width = WIDTH_MAX;
        }
        if formatter == Formatter::Git && !written.paragraph_direction {
            self.text.paragraph_direction = ParagraphDirection::Ltr;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::config::DEFAULT_COLUMN;

    #[test]
    fn a_setting_is_written_only_in_the_text_table() {
        assert_eq!(Written::of(""), Written::default());
        assert_eq!(Written::of("not = [toml"), Written::default());
        assert_eq!(
            Written::of("width = 60\n[panel]\nwidth = 50\n"),
            Written::default()
        );
        assert_eq!(
            Written::of("[text]\nwidth = 60\n"),
            Written {
                width: true,
                paragraph_direction: false
            }
        );
        assert_eq!(
            Written::of("[text]\nparagraph_direction = \"rtl\"\n"),
            Written {
                width: false,
                paragraph_direction: true
            }
        );
    }

    #[test]
    fn man_widens_the_column_and_git_also_reads_left_to_right() {
        let mut man = Config::default();
        man.format_for(Formatter::Man, Written::default());
        assert_eq!(man.text.width, WIDTH_MAX);
        assert_eq!(
            man.text.paragraph_direction,
            ParagraphDirection::FirstLetter
        );

        let mut git = Config::default();
        git.format_for(Formatter::Git, Written::default());
        assert_eq!(git.text.width, WIDTH_MAX);
        assert_eq!(git.text.paragraph_direction, ParagraphDirection::Ltr);
    }

    #[test]
    fn what_the_file_writes_wins() {
        let mut config = Config::default();
        config.text.width = 60;
        config.text.paragraph_direction = ParagraphDirection::MostLetters;
        config.format_for(
            Formatter::Git,
            Written {
                width: true,
                paragraph_direction: true,
            },
        );
        assert_eq!(config.text.width, 60);
        assert_eq!(
            config.text.paragraph_direction,
            ParagraphDirection::MostLetters
        );

        // The file's default written out is the file's word too.
        let mut written = Config::default();
        written.format_for(Formatter::Man, Written::of("[text]\nwidth = 80\n"));
        assert_eq!(written.text.width, DEFAULT_COLUMN);
    }
}
