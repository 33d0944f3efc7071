//! What the environment says of how qari runs: the locale that names the
//! interface's language, and the program (man, git) running qari as its
//! pager; read from variables, apart from the arguments clap parses.

use crate::reader::config::Formatter;
use crate::reader::messages::{Lang, LangSetting};

/// The locale that names the interface's language: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty, as POSIX orders them.
pub fn messages_locale() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
}

/// The program running qari as its pager, when it formats its own output
/// for the terminal: man-db sets `MAN_PN` (the page's name) for its pager;
/// git sets `GIT_EXEC_PATH` for every program it runs, its pager too (it
/// takes its own `GIT_PAGER_IN_USE` out of the pager's environment; git's
/// Perl commands leave theirs in). man's is asked first: it is set for the
/// pager alone, where git's go on to whatever git runs (an alias's command,
/// which may run man). Only when qari pages (`paging`: no file named, and
/// standard input is not the terminal: both pipe into their pager): run by
/// a git alias, a hook or `rebase -x` on a file, it is a reader as any.
pub fn formatter(paging: bool) -> Option<Formatter> {
    formatter_in(
        |name| std::env::var_os(name).is_some_and(|v| !v.is_empty()),
        paging,
    )
}

/// [`formatter`] in an environment where `set(name)` says whether a
/// variable is set and not empty.
fn formatter_in(set: impl Fn(&str) -> bool, paging: bool) -> Option<Formatter> {
    if !paging {
        None
    } else if set("MAN_PN") {
        Some(Formatter::Man)
    } else if set("GIT_EXEC_PATH") || set("GIT_PAGER_IN_USE") {
        Some(Formatter::Git)
    } else {
        None
    }
}

/// The interface's language: `--lang`, else the configuration's `lang`
/// (under auto, the locale's).
pub fn interface_lang(cli: Option<Lang>, setting: LangSetting) -> Lang {
    cli.unwrap_or_else(|| setting.resolve(messages_locale().as_deref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn man_and_git_are_told_by_their_variables() {
        let only = |names: &'static [&'static str]| move |name: &str| names.contains(&name);
        assert_eq!(formatter_in(only(&[]), true), None);
        assert_eq!(formatter_in(only(&["MAN_PN"]), true), Some(Formatter::Man));
        assert_eq!(
            formatter_in(only(&["GIT_EXEC_PATH"]), true),
            Some(Formatter::Git)
        );
        assert_eq!(
            formatter_in(only(&["GIT_PAGER_IN_USE"]), true),
            Some(Formatter::Git)
        );
        assert_eq!(
            formatter_in(only(&["GIT_EXEC_PATH", "MAN_PN"]), true),
            Some(Formatter::Man)
        );
        // A file named, or the terminal on standard input: not paging (a
        // git alias or hook that opens an article).
        assert_eq!(formatter_in(only(&["GIT_EXEC_PATH"]), false), None);
        assert_eq!(formatter_in(only(&["MAN_PN"]), false), None);
    }
}
