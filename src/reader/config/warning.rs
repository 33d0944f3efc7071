//! Why a configuration file was not used, as a value: the store finds it
//! (`store/config.rs`), a command prints it in English (`Display`, one line
//! on stderr) and the reader says it in the interface's language in its
//! status bar (`reader/messages/notices.rs`, whose English a test holds
//! equal to these words). The defaults apply, or, when only some settings
//! hold mistakes, the file without them.

use std::fmt;

use super::ConfigError;
use crate::core::notice::{size_in_words, Reason};

/// A configuration file that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    /// How the file is named: its path for a command, `config.toml` in the
    /// reader's status bar.
    pub file: String,
    pub problem: ConfigProblem,
}

/// What kept the file from being used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigProblem {
    /// A FIFO, a device or a directory: never read (it could block, or
    /// never end).
    NotRegular,
    /// Larger than this many bytes.
    TooLarge(usize),
    NotUtf8,
    /// It could not be read (the system's reason).
    Unreadable(Reason),
    /// It was read but cannot be used (the error names the file itself).
    Invalid(ConfigError),
    /// It was used without the settings that hold mistakes: the first of
    /// them, and how many there were.
    Skipped {
        first: Box<ConfigError>,
        count: usize,
    },
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotRegular => f.write_str("not a regular file"),
            Self::TooLarge(n) => write!(f, "larger than {}", size_in_words(*n)),
            Self::NotUtf8 => f.write_str("not UTF-8 text"),
            Self::Unreadable(reason) => write!(f, "{reason}"),
            Self::Invalid(err) => write!(f, "{err}"),
            Self::Skipped { first, .. } => write!(f, "{first}"),
        }
    }
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            ConfigProblem::Invalid(err) => write!(f, "{err}")?,
            ConfigProblem::Skipped { first, count: 1 } => {
                return write!(f, "{first}{SKIPPED_ONE}");
            }
            ConfigProblem::Skipped { first, count } => {
                let more = count - 1;
                return write!(f, "{first}; it and {more} more {SKIPPED_MANY}");
            }
            problem => write!(f, "{}: {problem}", self.file)?,
        }
        f.write_str(USING_DEFAULTS)
    }
}

/// What a warning ends with when no setting of the file is used.
const USING_DEFAULTS: &str = "; using the default settings";
/// What it ends with when the file's other settings are.
const SKIPPED_ONE: &str = "; that setting is left out, the others apply";
const SKIPPED_MANY: &str = "are left out, the others apply";
