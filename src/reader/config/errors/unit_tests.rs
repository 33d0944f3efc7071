//! Positions in a config file, and serde's words made qari's.

use super::*;

#[test]
fn positions_are_lines_and_character_columns() {
    let text = "a = 1\nبب = 2\n";
    assert_eq!(line_col(text, 0), (1, 1));
    assert_eq!(line_col(text, 6), (2, 1));
    // Two Arabic letters are four bytes but two columns.
    assert_eq!(line_col(text, 11), (2, 4));
}

#[test]
fn the_table_and_key_of_a_position_are_found() {
    let text = "x = 1\n[text]\nwidth = 3\n[[a.b]]\n";
    assert_eq!(table_at(text, 2), "");
    assert_eq!(table_at(text, 20), "text");
    assert_eq!(table_at(text, text.len()), "a.b");
    assert_eq!(key_at(text, 22).as_deref(), Some("width"));
    assert_eq!(key_at(text, 8), None);
}

#[test]
fn no_rust_type_names_reach_the_reader() {
    assert_eq!(
        reword("invalid type: integer `5`, expected struct TextSettings"),
        "invalid type: integer \"5\", expected a table"
    );
    assert_eq!(
        reword("invalid type: integer `99999999999999999999999` as i128, expected i64"),
        "invalid type: integer \"99999999999999999999999\" (too large), expected a whole number"
    );
}
