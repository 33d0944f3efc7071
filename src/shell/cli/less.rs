//! less's options, which tools and people hand to `$PAGER`, taken off the
//! command line before clap sees it.
//!
//! `PAGER='qari -RM'`, `MANPAGER='qari -sR'`, `LESS=-FRX` habits and `git`
//! paging must never make qari fail, so every option less takes is known
//! here, in one table, with whether a value follows it (`-x4`, `-j.5`,
//! `-P prompt`, `--tabs=4`, `-o FILE`: the value is taken too, so a log
//! file's name is not read as an article). All of them are ignored: qari
//! keeps escape sequences out, wraps, numbers nothing, and scrolls by its
//! own rules; `-p pattern` is less's `+/pattern` and is kept as that. qari's
//! own options win where a letter is both (`-h` is qari's help, not less's
//! `-h` scroll limit, unless a number is glued to it). A word that is no
//! less option is left for clap, whose error then names it.

use std::ffi::OsString;

/// One of less's options: its letter (`' '` for a long one only), its long
/// name, and whether a value follows it.
struct LessOption {
    short: char,
    long: &'static str,
    value: bool,
}

const fn flag(short: char, long: &'static str) -> LessOption {
    LessOption {
        short,
        long,
        value: false,
    }
}

const fn valued(short: char, long: &'static str) -> LessOption {
    LessOption {
        short,
        long,
        value: true,
    }
}

/// Every option of less (its manual, version 6xx), the two letters of a
/// letter's two cases included, but for `-?`, `--help` and `--version`:
/// qari's help and version answer those.
const LESS_OPTIONS: [LessOption; 94] = [
    flag('a', "search-skip-screen"),
    flag('A', "SEARCH-SKIP-SCREEN"),
    valued('b', "buffers"),
    flag('B', "auto-buffers"),
    flag('c', "clear-screen"),
    flag('C', "CLEAR-SCREEN"),
    flag('d', "dumb"),
    valued('D', "color"),
    flag('e', "quit-at-eof"),
    flag('E', "QUIT-AT-EOF"),
    flag('f', "force"),
    flag('F', "quit-if-one-screen"),
    flag('g', "hilite-search"),
    flag('G', "HILITE-SEARCH"),
    valued('h', "max-back-scroll"),
    flag('i', "ignore-case"),
    flag('I', "IGNORE-CASE"),
    valued('j', "jump-target"),
    flag('J', "status-column"),
    valued('k', "lesskey-file"),
    flag('K', "quit-on-intr"),
    flag('L', "no-lessopen"),
    flag('m', "long-prompt"),
    flag('M', "LONG-PROMPT"),
    flag('n', "line-numbers"),
    flag('N', "LINE-NUMBERS"),
    valued('o', "log-file"),
    valued('O', "LOG-FILE"),
    valued('p', "pattern"),
    valued('P', "prompt"),
    flag('q', "quiet"),
    flag('Q', "QUIET"),
    flag('r', "raw-control-chars"),
    flag('R', "RAW-CONTROL-CHARS"),
    flag('s', "squeeze-blank-lines"),
    flag('S', "chop-long-lines"),
    valued('t', "tag"),
    valued('T', "tag-file"),
    flag('u', "underline-special"),
    flag('U', "UNDERLINE-SPECIAL"),
    flag('V', "version"),
    flag('w', "hilite-unread"),
    flag('W', "HILITE-UNREAD"),
    valued('x', "tabs"),
    flag('X', "no-init"),
    valued('y', "max-forw-scroll"),
    valued('z', "window"),
    valued('"', "quotes"),
    flag('~', "tilde"),
    valued('#', "shift"),
    flag(' ', "silent"),
    flag(' ', "SILENT"),
    flag(' ', "exit-follow-on-close"),
    flag(' ', "file-size"),
    flag(' ', "follow-name"),
    flag(' ', "form-feed"),
    flag(' ', "incsearch"),
    flag(' ', "mouse"),
    flag(' ', "MOUSE"),
    flag(' ', "no-edit-warn"),
    flag(' ', "no-histdups"),
    flag(' ', "no-keypad"),
    flag(' ', "no-number-headers"),
    flag(' ', "no-paste"),
    flag(' ', "no-search-header-lines"),
    flag(' ', "no-search-header-columns"),
    flag(' ', "no-search-headers"),
    flag(' ', "no-vbell"),
    flag(' ', "proc-backspace"),
    flag(' ', "PROC-BACKSPACE"),
    flag(' ', "proc-return"),
    flag(' ', "PROC-RETURN"),
    flag(' ', "proc-tab"),
    flag(' ', "PROC-TAB"),
    flag(' ', "redraw-on-quit"),
    flag(' ', "save-marks"),
    flag(' ', "show-preproc-errors"),
    flag(' ', "status-line"),
    flag(' ', "use-backslash"),
    flag(' ', "use-color"),
    flag(' ', "wordwrap"),
    valued(' ', "autosave"),
    valued(' ', "cmd"),
    valued(' ', "header"),
    valued(' ', "intr"),
    valued(' ', "lesskey-src"),
    valued(' ', "lesskey-content"),
    valued(' ', "line-num-width"),
    valued(' ', "match-shift"),
    valued(' ', "modelines"),
    valued(' ', "rscroll"),
    valued(' ', "search-options"),
    valued(' ', "status-col-width"),
    valued(' ', "wheel-lines"),
];

/// qari's own short options, which win over less's letter.
const QARI_SHORT: [&str; 2] = ["-h", "-V"];
/// qari's own long options that less has too, with the same meaning.
const QARI_LONG: [&str; 2] = ["--help", "--version"];

/// What follows an option that is to have its value in the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// Nothing: the option is whole.
    Nothing,
    /// Any word (`-o FILE`, `-P prompt`).
    Word,
    /// A number or a list of them (`-x 4`, `-j .5`, `-x 4,8`), taken only
    /// when the next word is one: `qari -x notes.txt` reads notes.txt (less
    /// refuses it; qari took the file's name as the number and dropped it).
    Number,
}

/// less's options whose value is a number (or a list of numbers).
const NUMBERS: [char; 7] = ['b', 'h', 'j', 'x', 'y', 'z', '#'];
const LONG_NUMBERS: [&str; 12] = [
    "buffers",
    "max-back-scroll",
    "jump-target",
    "tabs",
    "max-forw-scroll",
    "window",
    "shift",
    "line-num-width",
    "status-col-width",
    "wheel-lines",
    "match-shift",
    "rscroll",
];

/// Whether `text` is a value of a number option: `4`, `.5`, `-5`, `4,8`.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    digits.chars().any(|c| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c == '%')
}

/// What one word of the command line is to less.
#[derive(Debug, PartialEq, Eq)]
enum Word {
    /// Not a less option: clap's.
    Other,
    /// A less option, whole, or with its value in the next word.
    Option { value_next: Next },
    /// `-p pattern` (or `-ppattern`, `--pattern=`): less's `+/pattern`.
    Pattern(Option<String>),
}

fn short(c: char) -> Option<&'static LessOption> {
    LESS_OPTIONS.iter().find(|o| o.short == c && c != ' ')
}

/// A cluster of less letters (`-RM`, `-x4`, `-iMR`, `-+S`, `-j.5`, `-5`).
fn short_cluster(text: &str) -> Word {
    let Some(letters) = text.strip_prefix('-') else {
        return Word::Other;
    };
    // `-+S`: set S back to its default, which takes no value.
    let (letters, reset) = match letters.strip_prefix('+') {
        Some(letters) => (letters, true),
        None => (letters, false),
    };
    if letters.is_empty() || QARI_SHORT.contains(&text) {
        return Word::Other;
    }
    let whole = Word::Option {
        value_next: Next::Nothing,
    };
    // `-5` is less's `-z5`, the window's height.
    if letters.chars().all(|c| c.is_ascii_digit()) {
        return whole;
    }
    for (i, c) in letters.char_indices() {
        let Some(option) = short(c) else {
            return Word::Other;
        };
        if option.value {
            if reset {
                return whole;
            }
            let rest = &letters[i + c.len_utf8()..];
            if c == 'p' {
                return Word::Pattern((!rest.is_empty()).then(|| rest.to_string()));
            }
            if !rest.is_empty() {
                return whole;
            }
            let next = if NUMBERS.contains(&c) {
                Next::Number
            } else {
                Next::Word
            };
            return Word::Option { value_next: next };
        }
    }
    whole
}

/// A long option (`--RAW-CONTROL-CHARS`, `--tabs=4`, `--tabs 4`).
fn long_option(text: &str) -> Word {
    let Some(name) = text.strip_prefix("--") else {
        return Word::Other;
    };
    if QARI_LONG.contains(&text) {
        return Word::Other;
    }
    let (name, value) = match name.split_once('=') {
        Some((name, value)) => (name, Some(value)),
        None => (name, None),
    };
    let Some(option) = LESS_OPTIONS.iter().find(|o| o.long == name) else {
        return Word::Other;
    };
    match (option.value, value) {
        (true, value) if option.short == 'p' => Word::Pattern(value.map(String::from)),
        (true, None) if LONG_NUMBERS.contains(&name) => Word::Option {
            value_next: Next::Number,
        },
        (true, None) => Word::Option {
            value_next: Next::Word,
        },
        _ => Word::Option {
            value_next: Next::Nothing,
        },
    }
}

fn word(text: &str) -> Word {
    if text.starts_with("--") {
        long_option(text)
    } else {
        short_cluster(text)
    }
}

/// Take less's options and `+commands` off `args` (the program's name
/// first): what is left for clap, and the last `+command` that names no
/// file (`-p pattern` is `+/pattern`), to run once the article is read.
/// After `--` every word is a file's name.
pub(super) fn take_less_options(args: Vec<OsString>) -> (Vec<OsString>, Option<String>) {
    let mut command = None;
    let mut kept = Vec::with_capacity(args.len());
    let mut args = args.into_iter().peekable();
    kept.extend(args.next());
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str() else {
            kept.push(arg);
            continue;
        };
        if text == "--" {
            kept.push(arg);
            kept.extend(args);
            break;
        }
        if text.len() > 1 && text.starts_with('+') && !std::path::Path::new(text).exists() {
            command = Some(text[1..].to_string());
            continue;
        }
        match word(text) {
            Word::Other => kept.push(arg),
            Word::Option { value_next } => {
                let takes = match value_next {
                    Next::Nothing => false,
                    Next::Word => true,
                    Next::Number => args.peek().and_then(|a| a.to_str()).is_some_and(is_number),
                };
                if takes {
                    args.next();
                }
            }
            Word::Pattern(pattern) => {
                let pattern = pattern.or_else(|| args.next()?.into_string().ok());
                if let Some(pattern) = pattern.filter(|p| !p.is_empty()) {
                    command = Some(format!("/{pattern}"));
                }
            }
        }
    }
    (kept, command)
}

#[cfg(test)]
mod tests;
