//! The reader in a real terminal: tmux runs `qari`, keys are sent with
//! `send-keys`, the screen is read back with `capture-pane`, and the raw bytes
//! qari wrote are logged with `pipe-pane` to check the terminal is restored.
//!
//! Every test uses its own tmux socket and state directory, so they run in
//! parallel and never touch the user's reading positions.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::tmux::{status_line, status_position, Tmux};

fn assert_terminal_restored(t: &Tmux) {
    let log = t.output_log();
    for (what, seq) in [
        ("explicit bidi mode", "\x1b[8l"),
        ("LTR paragraph direction", "\x1b[1 k"),
        ("implicit bidi mode back", "\x1b[8h"),
        ("default paragraph direction back", "\x1b[0 k"),
        ("alternate screen left", "\x1b[?1049l"),
        ("mouse capture off", "\x1b[?1000l"),
    ] {
        assert!(log.contains(seq), "{what} ({seq:?}) not written");
    }
    let set = log.find("\x1b[8l").unwrap_or(usize::MAX);
    let reset = log.rfind("\x1b[8h").unwrap_or(0);
    assert!(set < reset, "bidi mode restored after it was set");
}

pub fn reads_scrolls_helps_quits_and_remembers() {
    let t = Tmux::new("main", (100, 30));
    t.behind_vte_with_passthrough();
    let fixture = t.fixture();
    let run = t.qari(&format!("'{}'", fixture.display()));
    t.start("first", &run);

    let first = t.wait_for("the first screen", |s| s.contains("fixture.txt"));
    assert!(
        first
            .lines()
            .next()
            .unwrap_or("")
            .contains("Line 1 of the fixture"),
        "{first}"
    );
    assert!(first.contains("Line 20 of the fixture"), "{first}");
    assert_eq!(status_position(&first), "1/100", "{first}");

    t.keys("j");
    let down = t.wait_for("j", |s| status_position(s) == "2/100");
    assert!(
        down.lines().next().unwrap_or("").contains("Line 2 of"),
        "{down}"
    );

    t.keys("G");
    let bottom = t.wait_for("G", |s| status_line(s).contains("100%"));
    assert!(bottom.contains("Line 100 of the fixture"), "{bottom}");
    let remembered = status_position(&bottom);
    assert_eq!(remembered, "72/100", "29 text rows end at line 100");

    t.keys("h");
    t.wait_for("the help", |s| s.contains("Scroll down one line"));
    t.keys("Escape");
    t.wait_for("the help to close", |s| !s.contains("Scroll down one line"));

    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
    assert!(
        !after.contains("Line 100 of"),
        "the alternate screen is gone"
    );
    assert_terminal_restored(&t);

    // Reopen: the reader returns to where it was.
    t.start("again", &run);
    let reopened = t.wait_for("the reopened reader", |s| s.contains("fixture.txt"));
    assert_eq!(status_position(&reopened), remembered, "{reopened}");
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

pub fn standard_input_article_with_keys_from_the_terminal() {
    let t = Tmux::new("stdin", (100, 30));
    let fixture = t.fixture();
    t.start(
        "main",
        &format!("cat '{}' | {}", fixture.display(), t.qari("-")),
    );
    let first = t.wait_for("the first screen", |s| s.contains("standard input"));
    assert!(first.contains("Line 1 of the fixture"), "{first}");
    t.keys("Space");
    t.wait_for("a page down", |s| status_position(s) == "30/100");
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

pub fn sigterm_restores_the_terminal() {
    let t = Tmux::new("sigterm", (100, 30));
    t.behind_vte_with_passthrough();
    let pid = t.start_fixture_with_pid();
    let killed = Command::new("kill")
        .args(["-TERM", pid.as_str()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    // 128 + 15, as a shell reports a process SIGTERM ended.
    assert!(after.contains("EXITED 143"), "{after}");
    assert!(!after.contains("Line 1 of"), "the alternate screen is gone");
    assert_terminal_restored(&t);
    let saved = t.dir.join("state/qari/positions");
    assert!(
        std::fs::read_dir(saved).is_ok_and(|mut d| d.next().is_some()),
        "the position is saved on SIGTERM too"
    );
}

pub fn an_unusable_state_directory_is_reported_not_fatal() {
    let t = Tmux::new("badstate", (100, 30));
    let fixture = t.fixture();
    // A file where the state directory should be: nothing can be read or written.
    std::fs::write(t.dir.join("state"), b"not a directory").expect("write");
    t.start("main", &format!("{} '{}'", t.qari(""), fixture.display()));
    // The notice comes before the name (which it may push out of the bar).
    let first = t.wait_for("the first screen", |s| s.contains("line 1/"));
    assert!(status_line(&first).contains("reading position"), "{first}");
    assert!(first.contains("Line 1 of the fixture"), "{first}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
    assert!(after.contains("position not saved"), "{after}");
}

pub fn a_large_file_shows_its_first_screen_then_its_total() {
    let t = Tmux::new("large", (100, 30));
    // About 20 MB: the default article 3000 times, numbered so lines differ.
    let article = include_str!("../../assets/kazakhstan-2022-01-06.txt").trim_end();
    let mut text = String::with_capacity(article.len() * 3000 + 30_000);
    for i in 1..=3000 {
        text.push_str(&format!("Copy {i}\n"));
        text.push_str(article);
        text.push('\n');
    }
    let total = text.matches('\n').count();
    let path = t.dir.join("large.txt");
    std::fs::write(&path, &text).expect("write the large file");

    t.start("main", &t.qari(&format!("'{}'", path.display())));
    let first = t.wait_for("the first screen", |s| s.contains("large.txt"));
    assert!(
        first.lines().next().unwrap_or("").contains("Copy 1"),
        "{first}"
    );
    let loaded = t.wait_for("the whole file", |s| {
        status_position(s) == format!("1/{total}")
    });
    assert!(!status_line(&loaded).contains("loading"), "{loaded}");
    t.keys("G");
    let bottom = t.wait_for("G", |s| status_line(s).contains("100%"));
    assert!(
        status_position(&bottom).ends_with(&format!("/{total}")),
        "{bottom}"
    );
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

pub fn a_terminal_that_goes_away_ends_the_reader_and_keeps_the_position() {
    let t = Tmux::new("hangup", (100, 30));
    let pid = t.start_fixture_with_pid();
    t.keys("j");
    t.keys("j");
    t.wait_for("the scroll", |s| !s.contains("Line 1 of the fixture"));
    let proc_dir = PathBuf::from(format!("/proc/{pid}"));
    // The whole terminal disappears: the pane's tty is hung up under qari.
    t.tmux(&["kill-server"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while proc_dir.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        !proc_dir.exists(),
        "qari is still running after its terminal went away"
    );
    let saved = t.dir.join("state/qari/positions");
    // The text's position file (`paths/` beside it keeps the file's).
    let file = std::fs::read_dir(&saved)
        .ok()
        .and_then(|d| d.filter_map(Result::ok).find(|e| e.path().is_file()))
        .expect("a saved position");
    let text = std::fs::read_to_string(file.path()).expect("position file");
    assert!(
        !text.contains("\"offset\":0"),
        "the scrolled position: {text}"
    );
}

/// An Arabic fixture: a title and a line with a bracketed Latin name.
fn arabic_fixture(t: &Tmux) -> PathBuf {
    let path = t.dir.join("arabic.txt");
    std::fs::write(
        &path,
        "رئيس كازاخستان يتعهد باتخاذ تدابير حاسمة\n\nوقال الرئيس (Tokayev) عبر تويتر.\n",
    )
    .expect("write fixture");
    path
}

pub fn a_terminal_that_reorders_is_sent_each_line_in_logical_runs() {
    // tmux shows the cells as sent: with qari's own layout the title's
    // letters are reversed in the cells; for a reordering terminal (Konsole)
    // they go out in reading order, right-aligned, and the Latin name and the
    // period keep their places.
    let t = Tmux::new("reorders", (60, 10));
    let fixture = arabic_fixture(&t);
    let run = t.qari(&format!(
        "--terminal-bidi terminal --shape off '{}'",
        fixture.display()
    ));
    t.start("main", &run);
    let sent = t.wait_for("the first screen", |s| s.contains("arabic.txt"));
    let title = sent.lines().next().unwrap_or("");
    assert!(
        title.trim_start().starts_with("رئيس كازاخستان يتعهد"),
        "{sent}"
    );
    assert!(title.starts_with("      "), "still right-aligned: {sent}");
    let said = sent.lines().find(|l| l.contains("Tokayev")).unwrap_or("");
    // Runs in visual order (left to right), each right-to-left run's
    // letters in reading order: the terminal reverses each run.
    assert!(
        said.trim_start()
            .starts_with(".عبر تويتر (Tokayev) وقال الرئيس"),
        "{sent}"
    );
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));

    let own = Tmux::new("own", (60, 10));
    let fixture = arabic_fixture(&own);
    own.start(
        "main",
        &own.qari(&format!("--shape off '{}'", fixture.display())),
    );
    let laid = own.wait_for("the first screen", |s| s.contains("arabic.txt"));
    let reversed: String = "رئيس كازاخستان".chars().rev().collect();
    assert!(
        laid.lines().next().unwrap_or("").contains(&reversed),
        "{laid}"
    );
}

pub fn print_terminal_says_what_qari_found_behind_tmux() {
    let t = Tmux::new("print", (120, 12));
    t.start(
        "main",
        &format!("VTE_VERSION=7006 {}", t.qari("--print-terminal")),
    );
    let said = t.wait_for("the description", |s| s.contains("EXITED"));
    assert!(
        said.contains("VTE terminal") && said.contains("behind tmux"),
        "{said}"
    );
    assert!(said.contains("the terminal reorders each line"), "{said}");
    assert!(said.contains("allow-passthrough"), "{said}");
    // No bidi sequence goes to a plain tmux.
    let log = t.output_log();
    assert!(!log.contains("\x1b[8l") && !log.contains("5379"), "{log:?}");
}

pub fn a_line_the_terminal_cannot_show_exactly_is_told_once() {
    // A wrapped line that starts with a number: a terminal that reorders puts
    // the number after the words, whatever order it is sent in.
    let t = Tmux::new("inexact", (110, 10));
    let path = t.dir.join("numbers.txt");
    std::fs::write(&path, "4.3 مليون سيارة في الشوارع.\n").expect("fixture");
    t.start(
        "main",
        &t.qari(&format!("--terminal-bidi terminal '{}'", path.display())),
    );
    let told = t.wait_for("the notice", |s| status_line(s).contains("bidi off"));
    assert!(
        status_line(&told).contains("--terminal-bidi qari"),
        "{told}"
    );
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// At 40 columns the help wraps its descriptions: none ends in "…", every
/// key name is whole, and the footer is a whole phrase in the border.
pub fn at_40_columns_the_help_wraps_and_cuts_nothing() {
    let t = Tmux::new("help40", (40, 15));
    t.start("main", &t.qari(""));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("h");
    let help = t.wait_for("the help", |s| s.contains("qari: keys"));
    assert!(!help.contains('\u{2026}'), "nothing cut: {help}");
    let footer = help.lines().nth(14).unwrap_or("");
    assert!(
        footer.contains("Esc closes \u{2500}"),
        "a whole footer: {footer:?}"
    );
    // "Scroll down one line (panel: next entity)" reads whole across rows.
    let words: Vec<&str> = help
        .lines()
        .flat_map(|l| l.split(['\u{2502}', ' ']))
        .filter(|w| !w.is_empty())
        .collect();
    assert!(
        words
            .join(" ")
            .contains("Scroll down one line (panel: next entity)"),
        "{help}"
    );
    t.keys("Escape");
    t.wait_for("the help closed", |s| !s.contains("qari: keys"));
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// As in less, a count before `z` or `d` is the size of the later pages or
/// half pages: `4z` then `z` go 4 lines each, `3d` then `d` and `u` 3.
pub fn a_count_before_z_or_d_sets_the_size_of_later_ones() {
    let t = Tmux::new("windows", (80, 12));
    let fixture = t.fixture();
    t.start("main", &t.qari(&format!("'{}'", fixture.display())));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    for (keys, line) in [
        ("4z", "5/"),
        ("z", "9/"),
        ("Space", "13/"),
        ("3d", "16/"),
        ("d", "19/"),
        ("u", "16/"),
        ("w", "12/"),
    ] {
        t.keys(keys);
        t.wait_for(keys, |s| status_position(s).starts_with(line));
    }
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}
