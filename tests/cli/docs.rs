//! What the documentation says of the program, held to the program: the
//! README's configuration block is `--print-config`'s settings.

use crate::support::cli::{isolated, run};

/// The README's first ```toml block after "### Configuration".
fn readme_config_block() -> String {
    let readme = include_str!("../../README.md");
    let section = readme
        .split_once("### Configuration")
        .expect("a Configuration section")
        .1;
    let block = section.split_once("```toml\n").expect("a toml block").1;
    block
        .split_once("```")
        .expect("the block's end")
        .0
        .to_string()
}

#[test]
fn the_readme_configuration_is_print_config_without_comments() {
    let home = std::env::temp_dir().join(format!("qari-docs-cli-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("mkdir");
    let mut command = isolated(&home);
    command.arg("--print-config");
    let printed = run(command, b"");
    assert_eq!(printed.code, Some(0));
    let settings: String = printed
        .stdout
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        readme_config_block(),
        settings,
        "README.md's block must be: qari --print-config | grep -v '^#' | grep ."
    );
    let _ = std::fs::remove_dir_all(home);
}
