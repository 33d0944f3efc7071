//! Standard input in a real terminal: the reader stops at its input limit
//! (`yes | qari -`) and still answers keys, and `G` before the rest of the
//! input has arrived goes to the real end once it has; a line of megabytes,
//! from a file or endless, shows its first screen.

use qari::reader::app::LOADED_END;

use crate::support::tmux::{status_line, status_position, Tmux};

/// `yes | qari -` in a real terminal, with the limit lowered to 3 MiB: the
/// reader stops reading there, says so, and still answers keys.
pub fn endless_standard_input_stops_at_the_limit_in_the_reader() {
    let t = Tmux::new("cap", (120, 20));
    let run = format!("yes | QARI_MAX_INPUT_BYTES=3145728 {}", t.qari("-"));
    t.start("main", &run);
    let screen = t.wait_for("the warning", |s| {
        status_line(s).contains("stopped reading standard input at 3 MiB")
    });
    assert_eq!(screen.lines().next().unwrap_or("").trim(), "y", "{screen}");
    t.keys("G");
    // 3 MiB of "y\n": 1572864 lines, the last of them on screen.
    t.wait_for("the end", |s| {
        let position = status_position(s);
        let (line, total) = position.split_once('/').unwrap_or_default();
        total == "1572864" && line.parse::<usize>().is_ok_and(|n| n > 1_572_800)
    });
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}

/// `G` in a real terminal while the rest of standard input is held back: the
/// reader says what "the end" is, then goes to the real end when it arrives.
pub fn bottom_while_standard_input_is_still_coming() {
    let t = Tmux::new("bottom", (120, 20));
    let hold = t.dir.join("hold");
    // 2 MiB of "abc" lines (524288 of them), then, once the test says so, 1000 more.
    let run = format!(
        "{{ yes abc | head -c 2097152; while [ ! -e '{h}' ]; do sleep 0.05; done; seq 1 1000; }} | {q}",
        h = hold.display(),
        q = t.qari("-")
    );
    t.start("main", &run);
    t.wait_for("loading", |s| status_line(s).contains("loading"));
    t.keys("G");
    let screen = t.wait_for("the flash", |s| status_line(s).contains(LOADED_END));
    assert!(status_line(&screen).contains("loading"), "{screen}");
    std::fs::write(&hold, "").expect("release the rest");
    // The last screen of the whole: its top line is 20 lines or so from the end.
    let at_end = |s: &str| {
        let position = status_position(s);
        let (line, total) = position.split_once('/').unwrap_or_default();
        total == "525288" && line.parse::<usize>().is_ok_and(|n| n > 525_250)
    };
    let screen = t.wait_for("the real end", at_end);
    assert!(screen.contains("1000"), "{screen}");
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}

/// A file of 6 MB on one line, without a line end: the reader shows its
/// first screen (the loader does not wait for a line end that never comes,
/// and only the pieces near the view are laid out), `G` reaches the last
/// word, and `gg` the first again.
pub fn a_single_line_of_megabytes_shows_its_first_screen() {
    let t = Tmux::new("oneline", (100, 30));
    let file = t.dir.join("oneline.txt");
    // Arabic words between Latin ones: the screen shows Arabic shaped and
    // in visual order, so the test reads the Latin.
    let words: String = (0..400_000).map(|i| format!("كلمة w{i} ")).collect();
    std::fs::write(&file, format!("FIRST {words}LAST")).expect("write");
    t.start("main", &t.qari(&format!("'{}'", file.display())));
    let first = t.wait_for("the first screen", |s| s.contains("w1 "));
    assert!(first.contains("FIRST"), "{first}");
    assert!(!first.contains("LAST"), "{first}");
    t.keys("G");
    t.wait_for("the last word", |s| {
        s.contains("LAST") && s.contains("w399999")
    });
    t.keys("gg");
    t.wait_for("the first word again", |s| s.contains("FIRST"));
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}

/// Standard input that never breaks its line and keeps coming (a MB every
/// 0.2 s, until the reader quits): a screen while it is still loading (the first piece does not
/// wait for a line end), then the limit (lowered to 8 MiB), said.
pub fn an_endless_line_on_standard_input_shows_a_screen_and_stops_at_the_limit() {
    let t = Tmux::new("endless-line", (100, 30));
    let run = format!(
        "while head -c 1000000 /dev/zero | tr '\\0' a; do sleep 0.2; done \
         | QARI_MAX_INPUT_BYTES=8388608 {}",
        t.qari("-")
    );
    t.start("main", &run);
    let screen = t.wait_for("a screen while loading", |s| {
        s.lines().next().unwrap_or("").contains("aaaaaaaa") && status_line(s).contains("loading")
    });
    assert!(!status_line(&screen).contains("stopped"), "{screen}");
    t.wait_for("the warning", |s| {
        status_line(s).contains("stopped reading standard input at 8 MiB")
    });
    t.keys("G");
    t.wait_for("the end", |s| status_line(s).contains("100%"));
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}

/// A file that grows while it is read (a log): qari read it whole when it
/// opened it, so at its end the reader is told it changed, once, rather
/// than take the old end for the file's, and `R` (less's reread) reads it
/// again where the reader was.
pub fn a_file_that_grew_is_said_at_its_end() {
    let t = Tmux::new("grown", (100, 12));
    let path = t.dir.join("log.txt");
    let lines = |range: std::ops::RangeInclusive<u32>| -> String {
        range.map(|i| format!("entry {i} of the log\n")).collect()
    };
    std::fs::write(&path, lines(1..=20)).expect("write the log");
    t.start("main", &t.qari(&format!("'{}'", path.display())));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/20"));
    t.keys("G");
    let end = t.wait_for("the end", |s| status_line(s).contains("100%"));
    assert!(!status_line(&end).contains("changed"), "{end}");
    let mut log = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .expect("open the log");
    std::io::Write::write_all(&mut log, lines(21..=23).as_bytes()).expect("append");
    drop(log);
    // Looked at no more than once a second, with no key pressed: the
    // reader wakes for it.
    let told = t.wait_for("the change said", |s| {
        status_line(s).contains("log.txt changed since it was read")
    });
    assert!(status_line(&told).contains("line 10/20"), "{told}");
    assert!(status_line(&told).contains("R reads it again"), "{told}");
    t.keys("R");
    let again = t.wait_for("the file read again", |s| {
        status_line(s).contains("line 10/23")
    });
    assert!(again.contains("entry 10 of the log"), "{again}");
    t.keys("G");
    let end = t.wait_for("the new end", |s| status_line(s).contains("100%"));
    assert!(end.contains("entry 23 of the log"), "{end}");
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}
