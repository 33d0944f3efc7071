//! The status bar in a real terminal (tmux): a notice stays until a key,
//! fits the bar with "…" at a word's end, and a message about the last key
//! goes after a few seconds; the bar names the mode when it is not reading.

use crate::support::tmux::{status_line, Tmux};

pub fn a_notice_fits_the_bar_and_stays_until_a_key() {
    let t = Tmux::new("status64", (64, 12));
    let dir = t.config_dir().join("qari");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("config.toml"), "[text]\ncolour = \"red\"\n").expect("config");
    let fixture = t.fixture();
    t.start("main", &t.qari(&format!("'{}'", fixture.display())));
    let screen = t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    let status = status_line(&screen);
    // Before the file name, cut after a whole word with an ellipsis.
    assert!(status.contains("\u{26A0} "), "{status}");
    assert!(!status.contains("fixture.txt"), "{status}");
    // What the bar shows of it: from the sign to the ellipsis.
    let shown = status
        .split('\u{26A0}')
        .nth(1)
        .and_then(|rest| rest.split('\u{2026}').next())
        .unwrap_or("")
        .trim();
    let full = "config.toml:2:1: unknown key \"colour\" in [text]";
    assert!(!shown.is_empty() && shown.len() < full.len(), "{status}");
    assert!(
        full.starts_with(&format!("{shown} ")),
        "cut after a whole word: {shown:?} in {status:?}"
    );
    // It is still there after a while, and a key takes it away.
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(status_line(&t.screen()).contains('\u{26A0}'));
    t.keys("j");
    t.wait_for("the notice gone", |s| !status_line(s).contains('\u{26A0}'));
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
}

pub fn the_mode_is_shown_and_a_message_goes_after_a_few_seconds() {
    let t = Tmux::new("status80", (80, 12));
    let fixture = t.fixture();
    t.start("main", &t.qari(&format!("'{}'", fixture.display())));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("v");
    let selecting = t.wait_for("SELECT", |s| status_line(s).contains("SELECT"));
    assert!(
        status_line(&selecting).trim_start().starts_with("SELECT"),
        "{selecting}"
    );
    t.keys("Escape");
    t.wait_for("reading again", |s| !status_line(s).contains("SELECT"));
    t.keys("n");
    let said = t.wait_for("the message", |s| status_line(s).contains("no search yet"));
    assert!(!status_line(&said).contains("fixture.txt") || said.contains("no search"));
    let start = std::time::Instant::now();
    t.wait_for("the message gone", |s| {
        !status_line(s).contains("no search yet")
    });
    assert!(
        start.elapsed() >= std::time::Duration::from_secs(2),
        "not at once"
    );
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
}

/// The note editor names its passage in its top border and the bar says
/// NOTE; the `/` and `:` prompts name their modes at the right edge.
pub fn the_note_editor_and_the_prompts_name_their_mode() {
    let t = Tmux::new("status-note", (80, 16));
    let fixture = t.fixture();
    t.start("main", &t.qari(&format!("'{}'", fixture.display())));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("v");
    t.wait_for("SELECT", |s| status_line(s).contains("SELECT"));
    t.keys("w");
    t.keys("a");
    let editor = t.wait_for("the editor", |s| s.contains("note "));
    assert!(status_line(&editor).contains("NOTE"), "{editor}");
    let border = editor
        .lines()
        .find(|l| l.contains("\u{2500} note "))
        .unwrap_or("");
    assert!(
        border.contains("note Line 1"),
        "the passage's start: {border:?}"
    );
    t.keys("Escape");
    t.wait_for("the editor closed", |s| !status_line(s).contains("NOTE"));
    t.keys("Escape");
    t.wait_for("reading", |s| !status_line(s).contains("SELECT"));
    t.keys("/");
    t.wait_for("SEARCH", |s| {
        let bar = status_line(s);
        bar.starts_with('/') && bar.trim_end().ends_with("SEARCH")
    });
    t.keys("C-c");
    t.wait_for("the prompt closed", |s| !status_line(s).starts_with('/'));
    t.keys(":");
    t.wait_for("COMMAND", |s| {
        let bar = status_line(s);
        bar.starts_with(':') && bar.trim_end().ends_with("COMMAND")
    });
    t.keys("C-c");
    t.wait_for("the prompt closed", |s| !status_line(s).starts_with(':'));
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
}

/// `50%` puts the line holding the 50% point at the top and the bar says
/// 50%; quit and open the file again at that place, and it still says 50%
/// (the top line starts at 49% of the fixture).
pub fn the_percentage_is_the_same_after_a_reopen() {
    let t = Tmux::new("status_pct", (80, 12));
    let fixture = t.fixture();
    let percent = |s: &str| {
        status_line(s)
            .split_whitespace()
            .find(|w| w.ends_with('%'))
            .unwrap_or("")
            .to_string()
    };
    for session in ["first", "again"] {
        t.start(session, &t.qari(&format!("'{}'", fixture.display())));
        t.wait_for("the first screen", |s| status_line(s).contains("line "));
        if session == "first" {
            t.keys("50%");
        }
        let screen = t.wait_for("the middle", |s| status_line(s).contains("line 51/"));
        assert_eq!(percent(&screen), "50%", "{session}: {screen}");
        t.keys("q");
        t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
    }
}

/// At 40 columns a message too long for the bar still says its point:
/// the help hint and then the position make room for it, and a long one
/// is said by its short form ("/tmp/…/x.txt exists (:w! replaces it)" was
/// "/tmp/o…", a written copy "wrote 55…", a failed search "not found:…").
pub fn at_40_columns_a_long_message_still_says_its_point() {
    let t = Tmux::new("status40", (40, 12));
    std::fs::create_dir_all(t.config_dir()).expect("mkdir");
    let copy = t.config_dir().join("a-long-name-for-the-written-copy.txt");
    t.start("main", &t.qari(""));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys(&format!(":w {}", copy.display()));
    t.keys("Enter");
    let wrote = t.wait_for("the copy written", |s| status_line(s).contains("wrote"));
    assert!(status_line(&wrote).contains("wrote 55 lines"), "{wrote}");
    t.keys(&format!(":w {}", copy.display()));
    t.keys("Enter");
    let exists = t.wait_for("the copy exists", |s| status_line(s).contains("exists"));
    assert!(
        status_line(&exists).contains("exists: :w! replaces it"),
        "{exists}"
    );
    t.keys("/xyzzyq");
    t.keys("Enter");
    let missed = t.wait_for("the search", |s| status_line(s).contains("not found"));
    let status = status_line(&missed);
    assert!(status.contains("not found: xyzzyq"), "{missed}");
    assert!(status.contains("line 1/55"), "the position stays: {missed}");
    t.keys("Tab");
    let no_panel = t.wait_for("Tab", |s| status_line(s).contains("no panel"));
    assert!(
        status_line(&no_panel).contains("no panel: e opens it"),
        "{no_panel}"
    );
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
}
