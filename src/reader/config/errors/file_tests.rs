//! Every bad configuration under `tests/invalid_configs/` is refused with a
//! message that names the file, the line, the column and the key, and says
//! what was wrong; each fixture is listed here with where its fault is.

use std::path::PathBuf;

use crate::reader::config::{Config, ConfigErrorKind};

/// A fixture, the line and column of its fault, the key the message must name,
/// and a word the message must contain.
const CASES: [(&str, usize, usize, &str, &str); 16] = [
    (
        "unknown_key.toml",
        5,
        1,
        "colour",
        "in [text] (expected one of: width, margin",
    ),
    (
        "unknown_top_level_key.toml",
        3,
        1,
        "fonts",
        "at the top level",
    ),
    ("wrong_type.toml", 3, 9, "width", "expected a whole number"),
    ("out_of_range.toml", 2, 9, "width", "expected 20 to 1000"),
    ("negative_margin.toml", 2, 10, "margin", "expected 0 to 40"),
    ("unknown_theme.toml", 1, 9, "theme", "\"sepia\""),
    ("not_a_boolean.toml", 1, 9, "mouse", "true or false"),
    ("bad_colour.toml", 5, 10, "person", "#rrggbb"),
    ("bad_key_string.toml", 3, 1, "C-Nope", "bad key"),
    ("bad_key_in_panel_table.toml", 6, 1, "C-", "in [keys.panel]"),
    (
        "unknown_action.toml",
        3,
        5,
        "x",
        "unknown action \"jump-around\"",
    ),
    (
        "action_not_a_string.toml",
        2,
        5,
        "w",
        "expected an action name",
    ),
    (
        "unknown_key_mode.toml",
        1,
        7,
        "mystery",
        "expected one of: panel, list, select",
    ),
    ("duplicate_key.toml", 3, 1, "width", "duplicate key"),
    (
        "shadowed_sequence.toml",
        4,
        1,
        "g g",
        "\"g\" is bound to \"top\"",
    ),
    ("syntax.toml", 3, 6, "", "not valid TOML: unclosed table"),
];

fn fixture_dir() -> PathBuf {
    [env!("CARGO_MANIFEST_DIR"), "tests", "invalid_configs"]
        .iter()
        .collect()
}

#[test]
fn each_bad_file_names_its_key_line_and_column() {
    for (name, line, column, key, words) in CASES {
        let text = std::fs::read_to_string(fixture_dir().join(name)).expect("fixture");
        let err = Config::parse(&text, "config.toml").expect_err(name);
        let message = err.to_string();
        assert_eq!((err.line, err.column), (line, column), "{name}: {message}");
        assert!(
            message.starts_with(&format!("config.toml:{line}:{column}: ")),
            "{name}: {message}"
        );
        if !key.is_empty() {
            assert!(message.contains(&format!("{key:?}")), "{name}: {message}");
        }
        assert!(message.contains(words), "{name}: {message}");
    }
}

#[test]
fn every_fixture_is_checked() {
    let mut files: Vec<String> = std::fs::read_dir(fixture_dir())
        .expect("fixture dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut listed: Vec<String> = CASES.iter().map(|c| c.0.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed);
}

#[test]
fn errors_are_of_the_kind_their_fault_is() {
    let kind = |name: &str| {
        let text = std::fs::read_to_string(fixture_dir().join(name)).expect("fixture");
        Config::parse(&text, "c.toml").expect_err(name).kind
    };
    assert!(matches!(
        kind("unknown_key.toml"),
        ConfigErrorKind::UnknownKey { key, table, expected }
            if key == "colour" && table == "text" && expected.contains(&"justify".to_string())
    ));
    assert!(matches!(
        kind("wrong_type.toml"),
        ConfigErrorKind::BadValue { key, table, .. } if key == "width" && table == "text"
    ));
    assert!(matches!(
        kind("bad_key_string.toml"),
        ConfigErrorKind::BadKeyString { key, .. } if key == "C-Nope"
    ));
    assert!(matches!(
        kind("unknown_action.toml"),
        ConfigErrorKind::UnknownAction { key, name, .. } if key == "x" && name == "jump-around"
    ));
    assert!(matches!(kind("syntax.toml"), ConfigErrorKind::Syntax(_)));
}

#[test]
fn columns_count_characters_not_bytes() {
    let err = Config::parse("[colors]\n\"شخص\" = \"red\"\n", "c.toml").expect_err("unknown");
    assert_eq!((err.line, err.column), (2, 1));
    let err = Config::parse("[colors] # ألوان\nperson = 3\n", "c.toml").expect_err("type");
    assert_eq!((err.line, err.column), (2, 10));
    let err = Config::parse("[keys]\n\"ك\" = \"nowhere\"\n", "c.toml").expect_err("action");
    assert_eq!((err.line, err.column), (2, 7));
}
