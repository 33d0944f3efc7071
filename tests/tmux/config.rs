//! The configuration in a real terminal (tmux): a bad file is reported in the
//! status bar and the reader works with the defaults; `mouse = false` leaves
//! the mouse to the terminal (no capture requested).

use crate::support::tmux::{status_line, Tmux};

fn write_config(t: &Tmux, text: &str) {
    let dir = t.config_dir().join("qari");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("config.toml"), text).expect("write config");
}

pub fn a_bad_config_is_a_status_bar_notice_and_the_reader_goes_on() {
    let t = Tmux::new("cfgbad", (200, 12));
    write_config(&t, "[text]\nwidth = 60\ncolour = \"red\"\n");
    let fixture = t.fixture();
    t.start("main", &t.qari(&format!("'{}'", fixture.display())));
    let screen = t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    let status = status_line(&screen);
    assert!(
        status.contains("config.toml:3:1: unknown key \"colour\" in [text]"),
        "{status}"
    );
    // The defaults: an 80-column measure, not the file's 60.
    let first = screen.lines().next().unwrap_or("");
    assert!(first.trim_end().len() > 60, "{first}");
    t.keys("G");
    t.wait_for("the end", |s| status_line(s).contains("100%"));
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
}

pub fn on_80_columns_the_notice_still_names_the_key_and_line() {
    let t = Tmux::new("cfgbad80", (80, 12));
    write_config(&t, "[text]\nwidth = 60\ncolour = \"red\"\n");
    let fixture = t.fixture();
    t.start("main", &t.qari(&format!("'{}'", fixture.display())));
    let screen = t.wait_for("the first screen", |s| s.contains("line 1/"));
    let status = status_line(&screen);
    assert!(
        status.contains("config.toml:3:1: unknown key \"colour\""),
        "{status}"
    );
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
}

pub fn mouse_capture_follows_the_mouse_setting() {
    // Mouse capture modes qari asks for (normal tracking, SGR reports).
    let captured = |log: &str| log.contains("\u{1b}[?1000h") || log.contains("\u{1b}[?1006h");
    for (mouse, expected) in [("true", true), ("false", false)] {
        let t = Tmux::new(&format!("cfgmouse{mouse}"), (80, 10));
        write_config(&t, &format!("mouse = {mouse}\n"));
        let fixture = t.fixture();
        t.start("main", &t.qari(&format!("'{}'", fixture.display())));
        t.wait_for("the first screen", |s| s.contains("fixture.txt"));
        t.keys("q");
        t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
        assert_eq!(captured(&t.output_log()), expected, "mouse = {mouse}");
    }
}
