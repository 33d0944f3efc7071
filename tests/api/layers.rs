//! The layers of `src/`, as ARCHITECTURE.md states them, held by reading the
//! code: no module imports from a layer above its own, the pure layers use
//! no terminal, argument or file-system library, and only `store` opens
//! files. Test code (`tests.rs` and `…_tests.rs` files, and what follows
//! `#[cfg(test)]`) is left out: tests may build fixtures any way they like.

use std::path::{Path, PathBuf};

const TERMINAL: &[&str] = &["crossterm", "rustix"];
/// The terminal for `store`, which polls a named pipe with rustix's file and
/// event calls (`store/input/fifo.rs`; std has no `poll`) but never touches
/// a terminal.
const TERMINAL_CALLS: &[&str] = &["crossterm", "rustix::termios", "rustix::process"];
const ARGUMENTS: &[&str] = &["clap"];
const SIGNALS: &[&str] = &["signal_hook"];
const FILES: &[&str] = &[
    "std::fs",
    "directories",
    "File::open",
    "OpenOptions",
    "read_dir",
    "canonicalize",
];
const DRAWING: &[&str] = &["ratatui"];
/// The network: only `store` fetches links (`store/fetch.rs`).
const NETWORK: &[&str] = &["ureq", "TcpStream", "std::net"];

/// Each layer and the layers it may import.
const LAYERS: &[(&str, &[&str])] = &[
    ("core", &[]),
    ("reader", &["core"]),
    ("store", &["core", "reader"]),
    ("ui", &["core", "reader"]),
    ("shell", &["core", "reader", "store", "ui"]),
    ("commands", &["core", "reader", "store", "ui", "shell"]),
];

/// Libraries and calls a layer must not use: the terminal, arguments,
/// signals, files and the network (only `store` opens files and fetches links; the shell opens the
/// terminal, `/dev/tty`, through rustix).
const FORBIDDEN: &[(&str, &[&[&str]])] = &[
    (
        "core",
        &[TERMINAL, ARGUMENTS, SIGNALS, FILES, DRAWING, NETWORK],
    ),
    ("reader", &[TERMINAL, ARGUMENTS, SIGNALS, FILES, NETWORK]),
    ("ui", &[TERMINAL, ARGUMENTS, SIGNALS, FILES, NETWORK]),
    ("store", &[TERMINAL_CALLS, ARGUMENTS, SIGNALS, DRAWING]),
    ("shell", &[FILES, NETWORK]),
    ("commands", &[FILES, DRAWING, NETWORK]),
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The layer a file of `src/` belongs to (`src/core.rs` and `src/core/…`).
fn layer_of(relative: &Path) -> Option<&'static str> {
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    LAYERS.iter().map(|(l, _)| *l).find(|l| *l == name)
}

/// The file's code without its tests.
fn non_test_code(path: &Path) -> String {
    // Test modules are files named `tests.rs` or `…_tests.rs`.
    if path.to_str().is_some_and(|p| p.ends_with("tests.rs")) {
        return String::new();
    }
    let text = std::fs::read_to_string(path).expect("source is UTF-8");
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    // Doc comments talk about other layers; only code counts.
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn mentions(code: &str, name: &str) -> bool {
    code.match_indices(name).any(|(i, _)| {
        let before = code[..i].chars().next_back();
        let after = code[i + name.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && matches!(after, Some(':' | ';' | '}' | ',' | ' ' | '(' | '\n') | None)
    })
}

#[test]
fn no_module_imports_from_a_layer_above_or_a_library_it_must_not_use() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut broken = Vec::new();
    let mut checked = 0;
    for path in &files {
        let relative = path.strip_prefix(&src).expect("under src");
        let Some(layer) = layer_of(relative) else {
            continue;
        };
        checked += 1;
        let code = non_test_code(path);
        let allowed = LAYERS
            .iter()
            .find(|(l, _)| *l == layer)
            .map_or(&[][..], |(_, a)| a);
        for (other, _) in LAYERS {
            let name = format!("crate::{other}");
            if *other != layer && !allowed.contains(other) && mentions(&code, &name) {
                broken.push(format!("{}: {layer} imports {other}", relative.display()));
            }
        }
        let forbidden = FORBIDDEN
            .iter()
            .find(|(l, _)| *l == layer)
            .map_or(&[][..], |(_, f)| f);
        for library in forbidden.iter().copied().flatten() {
            if mentions(&code, library) {
                broken.push(format!("{}: {layer} uses {library}", relative.display()));
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} files found under {}",
        src.display()
    );
    assert!(broken.is_empty(), "layering broken:\n{}", broken.join("\n"));
}

#[test]
fn the_checker_sees_an_upward_import() {
    assert!(mentions("use crate::ui::draw;", "crate::ui"));
    assert!(mentions("let x = std::fs::read(p);", "std::fs"));
    assert!(mentions("let d = read_dir(p)?;", "read_dir"));
    assert!(!mentions("use crate::uix::draw;", "crate::ui"));
    assert!(!mentions("use my_ratatui::x;", "ratatui"));
    assert_eq!(layer_of(Path::new("core/view.rs")), Some("core"));
    assert_eq!(layer_of(Path::new("shell.rs")), Some("shell"));
    assert_eq!(layer_of(Path::new("main.rs")), None);
}
