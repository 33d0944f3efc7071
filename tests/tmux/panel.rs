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
