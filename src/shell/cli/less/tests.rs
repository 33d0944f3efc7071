//! less's options are taken off whole, values included, and qari's own and
//! file names are left for clap.

use super::*;

fn take(args: &[&str]) -> (Vec<String>, Option<String>) {
    let args = std::iter::once("qari")
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect();
    let (kept, command) = take_less_options(args);
    let kept = kept
        .into_iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    (kept, command)
}

fn kept(args: &[&str]) -> Vec<String> {
    take(args).0
}

#[test]
fn short_options_and_clusters_of_them_are_ignored() {
    for option in [
        "-R",
        "-N",
        "-M",
        "-RM",
        "-FRX",
        "-iMR",
        "-sR",
        "-x4",
        "-j5",
        "-j.5",
        "-#8",
        "-y5",
        "-z-4",
        "-b64",
        "-h5",
        "-+S",
        "-5",
        "-PM?f%f",
        "-Dd+r",
        "-Ps-prompt",
        "-~",
    ] {
        assert_eq!(kept(&[option, "a.txt"]), ["a.txt"], "{option}");
    }
}

#[test]
fn an_option_s_value_in_the_next_word_is_taken_with_it() {
    assert_eq!(kept(&["-x", "4", "a.txt"]), ["a.txt"]);
    assert_eq!(kept(&["-o", "log.txt", "a.txt"]), ["a.txt"]);
    assert_eq!(kept(&["-RO", "log.txt", "a.txt"]), ["a.txt"]);
    assert_eq!(kept(&["-P", "prompt", "a.txt"]), ["a.txt"]);
    assert_eq!(kept(&["--tabs", "4", "a.txt"]), ["a.txt"]);
    assert_eq!(kept(&["-j", ".5", "-x", "4,8", "a.txt"]), ["a.txt"]);
}

#[test]
fn a_number_option_takes_the_next_word_only_when_it_is_a_number() {
    // less refuses `-x notes.txt`; qari took the file's name for the number
    // and opened something else without a word.
    assert_eq!(kept(&["-x", "a.txt"]), ["a.txt"]);
    assert_eq!(kept(&["-Rh", "a.txt"]), ["a.txt"]);
    assert_eq!(kept(&["--tabs", "a.txt"]), ["a.txt"]);
    // `-+x` sets x back to its default: no value at all.
    assert_eq!(kept(&["-+x", "4"]), ["4"]);
    assert_eq!(kept(&["-+o", "a.txt"]), ["a.txt"]);
}

#[test]
fn long_options_are_ignored_with_their_values() {
    for option in [
        "--RAW-CONTROL-CHARS",
        "--raw-control-chars",
        "--quit-if-one-screen",
        "--no-init",
        "--chop-long-lines",
        "--LONG-PROMPT",
        "--tabs=4",
        "--mouse",
        "--wheel-lines=3",
        "--header=1,2",
        "--use-color",
    ] {
        assert_eq!(kept(&[option, "a.txt"]), ["a.txt"], "{option}");
    }
}

#[test]
fn qari_s_own_options_and_unknown_words_stay_for_clap() {
    assert_eq!(kept(&["-h"]), ["-h"]);
    assert_eq!(kept(&["-V"]), ["-V"]);
    assert_eq!(kept(&["--help"]), ["--help"]);
    assert_eq!(
        kept(&["--shape", "on", "a.txt"]),
        ["--shape", "on", "a.txt"]
    );
    assert_eq!(kept(&["-"]), ["-"]);
    // Not less's: clap says so, naming the word.
    assert_eq!(kept(&["-Rv"]), ["-Rv"]);
    assert_eq!(kept(&["--no-such-option"]), ["--no-such-option"]);
    // After `--`, names.
    assert_eq!(kept(&["--", "-R", "+G"]), ["--", "-R", "+G"]);
}

#[test]
fn plus_commands_and_less_s_pattern_option_are_kept_as_commands() {
    assert_eq!(
        take(&["+50%", "a.txt"]),
        (vec!["a.txt".into()], Some("50%".into()))
    );
    assert_eq!(take(&["-p", "مجلس", "a.txt"]).1.as_deref(), Some("/مجلس"));
    assert_eq!(take(&["-Rpword", "a.txt"]).1.as_deref(), Some("/word"));
    assert_eq!(take(&["--pattern=x", "a.txt"]).1.as_deref(), Some("/x"));
    assert_eq!(take(&["+G", "+/x", "a.txt"]).1.as_deref(), Some("/x"));
}
