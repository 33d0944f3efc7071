//! Marks and the command line in a real terminal: set a mark, move, return
//! with `'a`, go back with `''`, quit, open the same file again and find the
//! mark still there; then `:goto 50%`, `:w FILE` and `:q`.
//!
//! The state directory (XDG_STATE_HOME) is the test's own temporary one.

use crate::support::tmux::{status_line, status_position, Tmux};

pub fn marks_persist_across_runs_and_goto_moves() {
    let t = Tmux::new("marks", (100, 30));
    let fixture = t.fixture();
    let run = t.qari(&format!("'{}'", fixture.display()));
    t.start("first", &run);
    t.wait_for("the first screen", |s| s.contains("fixture.txt"));

    t.keys("jjjjjjjjj");
    t.wait_for("nine lines down", |s| status_position(s) == "10/100");
    t.keys("m");
    t.wait_for("m waiting for a letter", |s| {
        status_line(s).contains("m\u{2026}")
    });
    t.keys("a");
    t.wait_for("the mark set", |s| status_line(s).contains("mark a set"));

    t.keys("G");
    t.wait_for("the end", |s| status_position(s) == "72/100");
    t.keys("'");
    t.wait_for("' waiting for a letter", |s| {
        status_line(s).contains("'\u{2026}")
    });
    t.keys("a");
    let back = t.wait_for("the mark", |s| status_position(s) == "10/100");
    assert!(
        back.lines().next().unwrap_or("").contains("Line 10 of"),
        "{back}"
    );
    t.keys("''");
    t.wait_for("'' back to the end", |s| status_position(s) == "72/100");
    t.keys("''");
    t.wait_for("'' toggles to the mark", |s| status_position(s) == "10/100");
    t.keys("''");
    t.wait_for("and back again", |s| status_position(s) == "72/100");
    t.keys("'z");
    t.wait_for("an unset mark", |s| {
        status_line(s).contains("mark z is not set")
    });
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");

    // The same file again: the position is remembered, and so is the mark.
    t.start("second", &run);
    t.wait_for("the remembered position", |s| {
        status_position(s) == "72/100"
    });
    t.keys("'a");
    t.wait_for("the remembered mark", |s| status_position(s) == "10/100");

    // Half of the text (the fixture is ASCII: bytes are code points).
    let text = std::fs::read_to_string(&fixture).expect("fixture");
    let half_line = text[..text.len() / 2].matches('\n').count() + 1;
    t.keys(":goto 50%");
    t.wait_for("the command line", |s| {
        status_line(s).trim_start().starts_with(":goto 50%")
    });
    t.keys("Enter");
    let moved = t.wait_for("goto 50%", |s| {
        status_position(s) == format!("{half_line}/100")
    });
    assert!(
        moved
            .lines()
            .next()
            .unwrap_or("")
            .contains(&format!("Line {half_line} of")),
        "{moved}"
    );

    // :w writes the rendered document (the fixture's lines fit the 80 columns).
    let out = t.dir.join("written.txt");
    t.keys(&format!(":w {}", out.display()));
    t.keys("Enter");
    t.wait_for("the file written", |s| {
        status_line(s).contains("wrote 100 lines to")
    });
    assert_eq!(std::fs::read_to_string(&out).expect("written"), text);
    t.keys(&format!(":w {}", out.display()));
    t.keys("Enter");
    t.wait_for("no overwriting", |s| {
        status_line(s).contains("exists (:w! replaces it)")
    });

    t.keys(":q");
    t.keys("Enter");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}
