//! `qari completions SHELL` and `qari man`: made from the command-line
//! definitions, so every subcommand and option is in them.

use crate::support::cli::{isolated, run, Run};

fn qari(args: &[&str]) -> Run {
    let home = std::env::temp_dir().join(format!("qari-gen-cli-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("mkdir");
    let mut command = isolated(&home);
    command.args(args);
    run(command, b"")
}

#[test]
fn completions_for_bash_zsh_and_fish_know_every_subcommand() {
    for shell in ["bash", "zsh", "fish"] {
        let out = qari(&["completions", shell]);
        assert_eq!(out.code, Some(0), "{shell}: {}", out.stderr);
        for word in [
            "render",
            "entities",
            "annotations",
            "search",
            "completions",
            "man",
        ] {
            assert!(out.stdout.contains(word), "{shell}: {word}");
        }
    }
    assert_eq!(
        qari(&["completions", "tcsh"]).code,
        Some(2),
        "not a shell clap knows"
    );
}

#[test]
fn man_prints_a_roff_page() {
    let out = qari(&["man"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.contains(".TH qari 1"), "{}", out.stdout);
    assert!(
        out.stdout.contains(".SH SUBCOMMANDS") || out.stdout.contains("qari\\-search"),
        "{}",
        out.stdout
    );
}

#[test]
fn cargo_install_path_dot_installs_qari_alone() {
    // `cargo install --path .` installs the root package's binaries: only
    // `qari` is declared, and no `src/bin/` adds others by discovery.
    let manifest: toml::Table =
        toml::from_str(include_str!("../../Cargo.toml")).expect("Cargo.toml");
    let bins: Vec<&str> = manifest["bin"]
        .as_array()
        .expect("[[bin]]")
        .iter()
        .map(|b| b["name"].as_str().expect("name"))
        .collect();
    assert_eq!(bins, ["qari"]);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(!root.join("src/bin").exists());
    assert_ne!(
        manifest["package"].get("autobins"),
        Some(&toml::Value::Boolean(true))
    );
}
