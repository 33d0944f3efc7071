//! Reading `config.toml` from the XDG config directory
//! (`$XDG_CONFIG_HOME/qari/config.toml`): the only file access of the
//! configuration, which is otherwise pure (`crate::reader::config`).
//!
//! A configuration never stops qari: a missing file is the defaults, an
//! unreadable or invalid one is the defaults plus a warning, and one with
//! mistakes in some settings is the others plus a warning, a value
//! ([`ConfigWarning`]) that the caller shows (the reader in its status bar,
//! in the interface's language; commands as one line on stderr).
//!
//! Only a regular file of at most [`CONFIG_MAX`] bytes is read: a path that
//! names a FIFO would make every command wait for a writer that never comes,
//! and one that names `/dev/zero` would be read until memory runs out. The
//! file's kind is looked at before it is opened (opening a FIFO blocks) and
//! again on the open file, and the read stops one byte past the limit
//! (`store::read_regular`, which the store's own files are read through too).

use std::path::{Path, PathBuf};

use super::NotRead;

use crate::core::notice::Reason;
use crate::reader::config::{Config, ConfigProblem, ConfigWarning, Written};

/// Where the configuration file is, if there is a home to find it in.
pub fn config_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "qari")?;
    Some(dirs.config_dir().join("config.toml"))
}

/// The configuration in the file at `path`: the defaults when there is no
/// file, the defaults and a warning when it cannot be read or used.
pub fn load_from(path: &Path) -> (Config, Option<ConfigWarning>) {
    load_named(path, &path.display().to_string())
}

/// The largest configuration file read, in bytes: the shipped one with every
/// setting explained is a few KiB.
pub const CONFIG_MAX: u64 = 1 << 20;

/// Why a configuration file was not read.
enum Unread {
    Missing,
    Failed(ConfigProblem),
}

/// The text of the regular file at `path`, if it is one of at most [`CONFIG_MAX`] bytes.
fn read_config(path: &Path) -> Result<String, Unread> {
    let failed = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => Unread::Missing,
        _ => Unread::Failed(ConfigProblem::Unreadable(Reason::of_io(&e))),
    };
    let bytes = super::read_regular(path, CONFIG_MAX).map_err(|e| match e {
        NotRead::Io(e) => failed(e),
        NotRead::NotRegular => Unread::Failed(ConfigProblem::NotRegular),
        NotRead::TooLarge => Unread::Failed(ConfigProblem::TooLarge(
            usize::try_from(CONFIG_MAX).unwrap_or(usize::MAX),
        )),
    })?;
    String::from_utf8(bytes).map_err(|_| Unread::Failed(ConfigProblem::NotUtf8))
}

/// [`load_from`], the file called `name` in the warning.
fn load_named(path: &Path, name: &str) -> (Config, Option<ConfigWarning>) {
    let (config, _, warning) = load_written(path, name);
    (config, warning)
}

/// [`load_named`], and which settings the file writes itself.
fn load_written(path: &Path, name: &str) -> (Config, Written, Option<ConfigWarning>) {
    let warning = |problem| ConfigWarning {
        file: name.to_string(),
        problem,
    };
    let text = match read_config(path) {
        Ok(text) => text,
        Err(Unread::Missing) => return (Config::default(), Written::default(), None),
        Err(Unread::Failed(problem)) => {
            return (
                Config::default(),
                Written::default(),
                Some(warning(problem)),
            )
        }
    };
    let written = Written::of(&text);
    let (config, mut mistakes) = Config::parse_skipping(&text, name);
    let count = mistakes.len();
    let first = (count > 0).then(|| mistakes.swap_remove(0));
    let (config, warning) = match (config, first) {
        (Some(config), None) => (config, None),
        (Some(config), Some(first)) => (
            config,
            Some(warning(ConfigProblem::Skipped {
                first: Box::new(first),
                count,
            })),
        ),
        (None, first) => (
            Config::default(),
            first.map(|err| warning(ConfigProblem::Invalid(err))),
        ),
    };
    (config, written, warning)
}

/// The user's configuration, and a warning to show when it could not be used.
/// Every command calls this (the reader too), so all read the same settings.
pub fn load_for_command() -> (Config, Option<ConfigWarning>) {
    match config_path() {
        Some(path) => load_from(&path),
        None => (Config::default(), None),
    }
}

/// The same for the reader, whose status bar has room for what is wrong
/// but not for a whole path: the warning names the file `config.toml`. With
/// it, the settings the file writes itself, which the defaults of a program
/// running qari as its pager do not override (`Config::format_for`).
pub fn load_for_reader() -> (Config, Written, Option<ConfigWarning>) {
    match config_path() {
        Some(path) => load_written(&path, "config.toml"),
        None => (Config::default(), Written::default(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_file(name: &str, text: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("qari-config-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let path = dir.join("config.toml");
        std::fs::write(&path, text).expect("write");
        path
    }

    #[test]
    fn a_missing_file_is_the_defaults_without_a_word() {
        let path = std::env::temp_dir().join("qari-config-none/nothing/config.toml");
        assert_eq!(load_from(&path), (Config::default(), None));
    }

    #[test]
    fn a_good_file_is_read_and_a_bad_one_falls_back_with_a_warning() {
        let good = temp_file("good", "[text]\nwidth = 60\n");
        let (config, warning) = load_from(&good);
        assert_eq!(config.text.width, 60);
        assert_eq!(warning, None);

        // A misspelt key: the file's other settings still apply.
        let typo = temp_file("typo", "[text]\nwidth = 60\ncolour = 1\n");
        let (config, warning) = load_from(&typo);
        assert_eq!(config.text.width, 60);
        let warning = warning.expect("a warning").to_string();
        assert!(warning.contains("config.toml:3:1"), "{warning}");
        assert!(warning.contains("\"colour\""), "{warning}");
        assert!(warning.ends_with("the others apply"), "{warning}");

        // Not TOML: nothing of it can be trusted.
        let bad = temp_file("bad", "[text]\nwidth = 60\ncolour\n");
        let (config, warning) = load_from(&bad);
        assert_eq!(config, Config::default());
        let warning = warning.expect("a warning").to_string();
        assert!(warning.contains("config.toml:3:"), "{warning}");
        assert!(warning.contains("default settings"), "{warning}");
        for path in [good, typo, bad] {
            let _ = std::fs::remove_dir_all(path.parent().expect("dir"));
        }
    }

    #[test]
    fn only_a_regular_file_of_at_most_a_mebibyte_is_read() {
        // A device that never ends, a directory, and a file past the limit.
        let (config, warning) = load_from(Path::new("/dev/zero"));
        assert_eq!(config, Config::default());
        let warning = warning.expect("a warning for /dev/zero").to_string();
        assert!(warning.contains("not a regular file"), "{warning}");
        let dir = std::env::temp_dir();
        let warning = load_from(&dir)
            .1
            .expect("a warning for a directory")
            .to_string();
        assert!(warning.contains("not a regular file"), "{warning}");
        let limit = usize::try_from(CONFIG_MAX).expect("fits");
        let big = temp_file("big", &format!("# {}\n", "x".repeat(limit)));
        let warning = load_from(&big)
            .1
            .expect("a warning for a big file")
            .to_string();
        assert!(warning.contains("larger than 1 MiB"), "{warning}");
        let just = temp_file("just", &format!("#{}\n", "x".repeat(limit - 2)));
        assert_eq!(load_from(&just), (Config::default(), None));
        for path in [big, just] {
            let _ = std::fs::remove_dir_all(path.parent().expect("dir"));
        }
    }
}
