//! The configuration from the outside: `qari --print-config`, and commands
//! reading `$XDG_CONFIG_HOME/qari/config.toml` (a temporary directory here),
//! warning about a bad one on stderr and carrying on with the defaults.

use std::path::{Path, PathBuf};

use crate::support::cli::{isolated, run, Run};

/// A fresh config home holding `config` (none when `None`).
fn config_home(name: &str, config: Option<&str>) -> PathBuf {
    let home = std::env::temp_dir().join(format!("qari-cfg-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(home.join("qari")).expect("mkdir");
    if let Some(text) = config {
        std::fs::write(home.join("qari/config.toml"), text).expect("write config");
    }
    home
}

fn qari(home: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut command = isolated(home);
    command.args(args);
    run(command, stdin)
}

#[test]
fn print_config_prints_the_default_file_which_is_the_defaults() {
    let home = config_home("print", Some("theme = \"nope\"\n"));
    let run = qari(&home, &["--print-config"], b"");
    assert_eq!(run.code, Some(0));
    assert_eq!(run.stdout, qari::reader::config::DEFAULT_CONFIG);
    // It prints the defaults, not the user's file, and does not read it.
    assert_eq!(run.stderr, "");
    let parsed = qari::reader::config::Config::parse(&run.stdout, "printed").expect("parses");
    assert_eq!(parsed, qari::reader::config::Config::default());
    for action in qari::reader::action::Action::ALL {
        assert!(run.stdout.contains(action.name()), "{}", action.name());
    }
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn a_bad_config_is_one_warning_line_and_render_goes_on() {
    let home = config_home("bad", Some("[text]\nwidth = 60\ncolour = \"red\"\n"));
    let run = qari(&home, &["render", "--width", "20"], b"abc\n");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout, "abc\n");
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    let line = run.stderr.trim_end();
    assert!(line.starts_with("qari: warning: "), "{line}");
    assert!(
        line.contains("config.toml:3:1: unknown key \"colour\" in [text]"),
        "{line}"
    );
    assert!(
        line.ends_with("that setting is left out, the others apply"),
        "{line}"
    );

    let entities = qari(&home, &["entities", "--json", "-"], b"hello\n");
    assert_eq!(entities.code, Some(0), "{}", entities.stderr);
    assert!(
        entities.stderr.contains("config.toml:3:1"),
        "{}",
        entities.stderr
    );
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn render_takes_shaping_and_direction_from_the_config_and_flags_win() {
    let home = config_home(
        "good",
        Some("[text]\nshape = \"on\"\ndirection = \"rtl\"\n"),
    );
    // A Latin document: "12" would be left-aligned without the setting.
    let text = "12\nabc\nسلام\n";
    let run = qari(&home, &["render", "--width", "10"], text.as_bytes());
    assert_eq!(run.code, Some(0));
    assert_eq!(run.stderr, "");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "        12", "a neutral line, right-aligned");
    assert_eq!(lines[1], "abc");
    assert!(
        lines[2]
            .chars()
            .any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
        "shaped: {:?}",
        lines[2]
    );
    let off = qari(
        &home,
        &["render", "--width", "10", "--shape", "off"],
        "سلام\n".as_bytes(),
    );
    assert!(off.stdout.contains("\u{645}"), "{:?}", off.stdout);
    assert!(!off
        .stdout
        .chars()
        .any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)));

    let none = config_home("none", None);
    let plain = qari(&none, &["render", "--width", "10"], text.as_bytes());
    assert!(plain.stdout.starts_with("12\nabc\n"), "{:?}", plain.stdout);
    assert!(
        plain.stdout.contains("\u{645}"),
        "not shaped off a terminal"
    );
    assert_eq!(plain.stderr, "");
    for dir in [home, none] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn search_colours_hits_as_the_reader_does() {
    let run = |name: &str, config: Option<&str>| {
        let home = config_home(name, config);
        let out = qari(&home, &["search", "b", "--color", "always"], b"a b c\n");
        let _ = std::fs::remove_dir_all(&home);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        out.stdout
    };
    // The default (dark) theme: black on yellow.
    assert!(run("hitdark", None).contains("\x1b[30;43mb\x1b[0m"));
    // The light theme's light yellow, and a configured colour over either.
    let light = run("hitlight", Some("theme = \"light\"\n"));
    assert!(light.contains("\x1b[30;103mb\x1b[0m"), "{light:?}");
    let green = run(
        "hitrgb",
        Some("theme = \"light\"\n[colors]\nsearch_hit = \"#00ff00\"\n"),
    );
    assert!(green.contains("\x1b[30;48;2;0;255;0mb\x1b[0m"), "{green:?}");
}

#[test]
fn a_fifo_or_a_device_as_config_is_a_warning_not_a_hang() {
    // A FIFO with no writer made every command wait forever; /dev/zero was
    // read until memory ran out.
    let home = config_home("fifo", None);
    let config = home.join("qari/config.toml");
    crate::support::errors::mkfifo(&config);
    let started = std::time::Instant::now();
    let fifo = qari(&home, &["render", "--width", "20"], b"abc\n");
    std::fs::remove_file(&config).expect("remove the fifo");
    std::os::unix::fs::symlink("/dev/zero", &config).expect("symlink");
    let zero = qari(&home, &["render", "--width", "20"], b"abc\n");
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    for run in [fifo, zero] {
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_eq!(run.stdout, "abc\n");
        assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
        assert!(run.stderr.contains("default settings"), "{}", run.stderr);
    }
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn a_language_qari_does_not_speak_is_refused_by_name() {
    let home = config_home("lang", Some("lang = \"fr\"\n"));
    // On the command line: clap's error, the choices named, status 2.
    let run = qari(&home, &["--lang", "fr"], b"");
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("--lang"), "{}", run.stderr);
    assert!(
        run.stderr.contains("ar") && run.stderr.contains("en"),
        "{}",
        run.stderr
    );
    // In the file: the key and its line, then the defaults.
    let run = qari(&home, &["render", "--width", "20"], b"abc\n");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout, "abc\n");
    assert!(
        run.stderr
            .contains("config.toml:1:8: bad value for \"lang\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("\"auto\", \"en\", \"ar\""),
        "{}",
        run.stderr
    );
    let _ = std::fs::remove_dir_all(home);
    let home = config_home("digits", Some("digits = \"roman\"\n"));
    let run = qari(&home, &["render", "--width", "20"], b"abc\n");
    assert!(
        run.stderr
            .contains("bad value for \"digits\" at the top level: unknown value \"roman\""),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("\"arabic-indic\""), "{}", run.stderr);
    let _ = std::fs::remove_dir_all(home);
}
