//! The mouse wheel in a real terminal: tmux writes SGR mouse reports (as a
//! terminal does when qari has asked for mouse capture); a notch over the
//! panel leaves the article where it is, a notch over the article scrolls it.
//!

use crate::support::tmux::{status_position, Tmux};

/// A wheel-down report at 1-based cell (`x`, `y`).
fn wheel_down(t: &Tmux, x: u16, y: u16) {
    t.tmux(&[
        "send-keys",
        "-t",
        "main",
        "-l",
        &format!("\x1b[<65;{x};{y}M"),
    ]);
}

pub fn the_wheel_over_the_panel_does_not_scroll_the_article() {
    let t = Tmux::new("wheel", (100, 20));
    let run = t.qari(&format!("'{}'", t.fixture().display()));
    t.start("main", &run);
    t.wait_for("the first screen", |s| s.contains("fixture.txt"));
    t.keys("e");
    // The panel takes the right 30 columns.
    t.wait_for("the panel", |s| {
        s.lines().any(|l| l.chars().nth(70) == Some('\u{2502}'))
    });
    wheel_down(&t, 90, 5);
    // A key after the notch: once it is handled, so is the notch.
    t.keys("j");
    let screen = t.wait_for("j", |s| status_position(s) != "1/100");
    assert_eq!(status_position(&screen), "2/100", "{screen}");
    wheel_down(&t, 10, 5);
    let screen = t.wait_for("the notch", |s| status_position(s) != "2/100");
    assert_eq!(status_position(&screen), "5/100", "{screen}");
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}
