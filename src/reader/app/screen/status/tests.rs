//! The status line's pieces and what is cut when the row is narrow.

use super::*;

fn texts(line: &StatusLine) -> Vec<(u16, &str)> {
    line.left
        .iter()
        .map(|s| (s.x, s.text.text.as_str()))
        .collect()
}

#[test]
fn a_warning_whose_first_word_is_too_long_shows_the_start_of_it() {
    let left = [(
        "  \u{26A0} config.toml:2:1: expected a table".to_string(),
        StatusRole::Warning,
    )];
    let line = StatusLine::cut(20, " line 3/40 ", &left);
    let shown = &line.left[0].text.text;
    assert!(shown.contains("conf"), "{shown:?}");
    assert!(shown.ends_with('\u{2026}'), "{shown:?}");
}

#[test]
fn the_position_keeps_its_place_and_the_name_gets_the_rest() {
    let left = [(" a-long-file-name.txt".to_string(), StatusRole::Bar)];
    let line = StatusLine::cut(20, " line 3/40 ", &left);
    assert_eq!(line.position.x, 9);
    assert_eq!(line.position.text.text, " line 3/40 ");
    assert_eq!(texts(&line), [(0, " a-long-\u{2026}")]);
}

#[test]
fn a_cut_notice_ends_at_a_word_with_an_ellipsis() {
    let left = [
        (
            "  \u{26A0} config.toml line 3: unknown key".to_string(),
            StatusRole::Warning,
        ),
        (" name.txt".to_string(), StatusRole::Bar),
    ];
    let line = StatusLine::cut(40, " line 1/1 ", &left);
    assert_eq!(
        texts(&line),
        [(0, "  \u{26A0} config.toml line 3:\u{2026}")]
    );
    let line = StatusLine::cut(30, " line 1/1 ", &left);
    assert_eq!(texts(&line), [(0, "  \u{26A0} config.toml\u{2026}")]);
}

#[test]
fn on_a_narrow_bar_later_pieces_are_dropped() {
    let left = [
        (" m\u{2026} ".to_string(), StatusRole::Emphasis),
        ("  \u{26A0} disk full".to_string(), StatusRole::Warning),
        (" name.txt".to_string(), StatusRole::Bar),
    ];
    let line = StatusLine::cut(16, " line 1/1 ", &left);
    assert_eq!(line.position.x, 6);
    assert_eq!(texts(&line), [(0, " m\u{2026} ")]);
    let line = StatusLine::cut(19, " line 1/1 ", &left);
    assert_eq!(
        texts(&line),
        [(0, " m\u{2026} "), (4, "  \u{26A0}\u{2026}")]
    );
    assert_eq!(line.left[1].role, StatusRole::Warning);
}

#[test]
fn a_position_wider_than_the_bar_is_cut_and_leaves_no_room() {
    let left = [(" name".to_string(), StatusRole::Bar)];
    let line = StatusLine::cut(6, " line 12/400  h help ", &left);
    assert_eq!(line.position.x, 0);
    assert_eq!(line.position.text.text, " line ");
    assert!(line.left.is_empty());
}

#[test]
fn a_wide_grapheme_that_does_not_fit_ends_its_piece() {
    // One column left before a wide character: the piece stops there
    // with an ellipsis, and nothing follows a cut piece.
    let left = [
        (" \u{4E2D}\u{4E2D}".to_string(), StatusRole::Bar),
        ("x".to_string(), StatusRole::Bar),
    ];
    let line = StatusLine::cut(10, " 1/1 ", &left);
    assert_eq!(texts(&line), [(0, " \u{4E2D}\u{4E2D}")]);
    let line = StatusLine::cut(9, " 1/1 ", &left);
    assert_eq!(texts(&line), [(0, " \u{4E2D}\u{2026}")]);
}
