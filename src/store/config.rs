//! Reading `config.toml` from the XDG config directory
//! (`$XDG_CONFIG_HOME/qari/config.toml`): the only file access of the
//! configuration, which is otherwise pure (`crate::reader::config`).
//!
//! A configuration never stops qari: a missing file is the defaults, and an
//! unreadable or invalid one is the defaults plus a warning that the caller
//! shows (the reader in its status bar, commands as one line on stderr).

use std::path::{Path, PathBuf};

use crate::reader::config::Config;

/// Where the configuration file is, if there is a home to find it in.
pub fn config_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "qari")?;
    Some(dirs.config_dir().join("config.toml"))
}

/// The configuration in the file at `path`: the defaults when there is no
/// file, the defaults and a warning when it cannot be read or used.
pub fn load_from(path: &Path) -> (Config, Option<String>) {
    load_named(path, &path.display().to_string())
}

/// [`load_from`], the file called `name` in the warning.
fn load_named(path: &Path, name: &str) -> (Config, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
        Err(e) => {
            let warning = format!("{name}: {e}; using the default settings");
            return (Config::default(), Some(warning));
        }
    };
    match Config::parse(&text, name) {
        Ok(config) => (config, None),
        Err(err) => (
            Config::default(),
            Some(format!("{err}; using the default settings")),
        ),
    }
}

/// The user's configuration, and a warning to show when it could not be used.
/// Every command calls this (the reader too), so all read the same settings.
pub fn load_for_command() -> (Config, Option<String>) {
    match config_path() {
        Some(path) => load_from(&path),
        None => (Config::default(), None),
    }
}

/// The same for the reader, whose status bar has room for what is wrong
/// but not for a whole path: the warning names the file `config.toml`.
pub fn load_for_reader() -> (Config, Option<String>) {
    match config_path() {
        Some(path) => load_named(&path, "config.toml"),
        None => (Config::default(), None),
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

        let bad = temp_file("bad", "[text]\nwidth = 60\ncolour = 1\n");
        let (config, warning) = load_from(&bad);
        assert_eq!(config, Config::default());
        let warning = warning.expect("a warning");
        assert!(warning.contains("config.toml:3:1"), "{warning}");
        assert!(warning.contains("\"colour\""), "{warning}");
        assert!(warning.contains("default settings"), "{warning}");
        for path in [good, bad] {
            let _ = std::fs::remove_dir_all(path.parent().expect("dir"));
        }
    }
}
