//! Why a configuration file was not used, as a value: the store finds it
//! (`store/config.rs`), a command prints it in English (`Display`, one line
//! on stderr) and the reader says it in the interface's language in its
//! status bar (`reader/messages/notices.rs`, whose English a test holds
//! equal to these words). Either way the defaults apply.

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
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotRegular => f.write_str("not a regular file"),
            Self::TooLarge(n) => write!(f, "larger than {}", size_in_words(*n)),
            Self::NotUtf8 => f.write_str("not UTF-8 text"),
            Self::Unreadable(reason) => write!(f, "{reason}"),
            Self::Invalid(err) => write!(f, "{err}"),
        }
    }
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            ConfigProblem::Invalid(err) => write!(f, "{err}")?,
            problem => write!(f, "{}: {problem}", self.file)?,
        }
        f.write_str(USING_DEFAULTS)
    }
}

/// What every warning ends with.
const USING_DEFAULTS: &str = "; using the default settings";
