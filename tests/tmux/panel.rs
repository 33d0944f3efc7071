//! The entities panel in a real terminal: tmux runs `qari` on the default
//! article, the recogniser finishes in the background, `e` opens the panel, and
//! the keys of the panel move the view; `capture-pane` reads the screen back.
//!

use crate::support::tmux::{status_line, status_position, Tmux};

fn open_panel_and_jump(size: (u16, u16), name: &str) {
    let t = Tmux::new(name, size);
    t.start("main", &t.qari(""));
    t.wait_for("the first screen", |s| {
        s.contains("kazakhstan-2022-01-06.txt")
    });
    // From the bottom, the first person's first mention (in the article's first
    // lines) is above the view.
    t.keys("G");
    let bottom = t.wait_for("G", |s| status_line(s).contains("100%"));
    let bottom_at = status_position(&bottom);
    t.keys("e");
    let panel = t.wait_for("the entities", |s| {
        s.contains("People (") || s.contains("Places (")
    });
    assert!(panel.contains("\u{2502}"), "the panel's border: {panel}");
    assert!(panel.contains("person place"), "the legend: {panel}");
    t.keys("Tab");
    for _ in 0..30 {
        t.keys("k");
    }
    t.keys("Enter");
    let jumped = t.wait_for("the jump", |s| status_line(s).contains("mention 1/"));
    let jumped_at = status_position(&jumped);
    assert_ne!(jumped_at, bottom_at, "the view moved: {jumped}");
    assert!(!status_line(&jumped).contains("100%"), "{jumped}");
    t.keys("]");
    t.wait_for("the next mention", |s| {
        let status = status_line(s);
        status.contains("mention 2/") || status.contains("wrapped to first mention")
    });
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

pub fn the_panel_opens_and_jumps_at_100x30() {
    open_panel_and_jump((100, 30), "p100");
}

pub fn the_panel_opens_and_jumps_at_140x40() {
    open_panel_and_jump((140, 40), "p140");
}

/// At 40x15 there is no room beside the article: `e` shows the panel over it,
/// its keys move the selection, `Esc` goes back, Enter jumps and shows the text.
pub fn at_40x15_the_panel_is_a_full_screen_view() {
    let t = Tmux::new("p40", (40, 15));
    t.start("main", &t.qari(""));
    let article = t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("e");
    let panel = t.wait_for("the entities", |s| {
        s.contains("People (") || s.contains("Places (")
    });
    assert!(!panel.contains("too narrow"), "{panel}");
    assert!(
        !panel.contains('\u{2502}'),
        "no border over the article: {panel}"
    );
    assert!(panel.contains("person place"), "the legend: {panel}");
    let first = panel.lines().next().unwrap_or("");
    assert!(first.starts_with(' '), "a cell of padding: {first:?}");
    t.keys("Escape");
    let back = t.wait_for("the article again", |s| !s.contains("People ("));
    assert_eq!(
        back.lines().next(),
        article.lines().next(),
        "Esc shows the article where it was"
    );
    t.keys("e");
    t.wait_for("the entities", |s| {
        s.contains("People (") || s.contains("Places (")
    });
    t.keys("j");
    t.keys("Enter");
    let jumped = t.wait_for("the jump", |s| status_line(s).contains("mention 1/"));
    assert!(
        !jumped.contains("People ("),
        "the article is shown: {jumped}"
    );
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// At 80x24 the article and the panel's rows keep a blank cell each side of
/// the border, and counts stay in their four cells, clear of the marker.
pub fn at_80x24_the_panel_rows_keep_off_the_border() {
    let t = Tmux::new("p80", (80, 24));
    t.start("main", &t.qari(""));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("e");
    let panel = t.wait_for("the entities", |s| s.contains("People ("));
    for line in panel.lines().take(20) {
        let Some((article, rows)) = line.split_once('\u{2502}') else {
            panic!("every row has the border: {line:?}\n{panel}");
        };
        assert!(
            article.ends_with(' '),
            "the article keeps off the border: {line:?}"
        );
        assert!(
            rows.is_empty() || rows.starts_with(' '),
            "a blank cell after the border: {line:?}"
        );
        assert!(
            !rows.contains("\u{25B6}9"),
            "a count runs into the marker: {line:?}"
        );
    }
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}
