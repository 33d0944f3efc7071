//! A note in a real terminal: select with `v w w`, write a note in Latin and
//! Arabic letters, save with C-s, quit, open the document again and find the
//! note in the panel's Notes tab, and in the store on disk.
//!
//! The store lives in this test's temporary XDG directories (data, state and
//! config), never in the user's.

use std::path::{Path, PathBuf};

use crate::support::tmux::{status_line, Tmux};

/// Every file under `dir`, recursively.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

pub fn a_note_is_written_saved_and_found_again_after_reopening() {
    let t = Tmux::new("annotate", (100, 24));
    let fixture = t.fixture();
    let config = t.dir.join("config");
    let command = format!(
        "env XDG_CONFIG_HOME='{}' {} '{}'",
        config.display(),
        t.qari(""),
        fixture.display()
    );
    t.start("first", &command);
    t.wait_for("the first screen", |s| s.contains("fixture.txt"));
    for key in ["v", "w", "w"] {
        t.keys(key);
    }
    t.wait_for("the selection", |s| {
        status_line(s).contains("selecting: 9 chars")
    });
    t.keys("a");
    t.wait_for("the editor", |s| s.contains("C-s save"));
    t.tmux(&["send-keys", "-t", "first", "-l", "hello note"]);
    t.keys("Enter");
    t.tmux(&["send-keys", "-t", "first", "-l", "سلام عليكم"]);
    t.wait_for("the typed text", |s| s.contains("hello note"));
    t.keys("C-s");
    t.wait_for("the save", |s| status_line(s).contains("note saved"));
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));

    // On disk: one annotation of "Line 1 of" with both lines of the note.
    let stored: Vec<String> = files(&t.dir.join("state"))
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter(|s| s.contains("hello note"))
        .collect();
    assert_eq!(stored.len(), 1, "one store holds the note");
    let json: serde_json::Value = serde_json::from_str(&stored[0]).expect("json");
    let annotations = json["annotations"].as_array().expect("annotations");
    assert_eq!(annotations.len(), 1);
    assert_eq!(annotations[0]["note"], "hello note\nسلام عليكم");
    assert_eq!(annotations[0]["quote"]["exact"], "Line 1 of");

    t.start("second", &command);
    t.wait_for("the reader again", |s| s.contains("fixture.txt"));
    t.keys("t");
    let screen = t.wait_for("the Notes tab", |s| s.contains("Notes (1)"));
    assert!(screen.contains("Line 1 of"), "{screen}");
    assert!(screen.contains("hello note"), "{screen}");
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));

    // The file changes above the passage: the note is found again by the
    // file's path and its quote, and the reader is told.
    let text = std::fs::read_to_string(&fixture).expect("fixture");
    std::fs::write(&fixture, format!("A new first line.\n{text}")).expect("edit");
    t.start("third", &command);
    let screen = t.wait_for("the reader on the changed file", |s| {
        s.contains("fixture.txt")
    });
    assert!(
        status_line(&screen).contains("1 annotation found again"),
        "{screen}"
    );
    t.keys("t");
    let screen = t.wait_for("the Notes tab", |s| s.contains("Notes (1)"));
    assert!(
        screen.contains("Line 1 of") && screen.contains("hello note"),
        "{screen}"
    );
    let row = screen
        .lines()
        .find(|l| l.contains("\u{25B6}"))
        .expect("the selected note's row");
    assert!(!row.contains('\u{26A0}'), "not orphaned: {row}");
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}

/// On a wide terminal the gutter is on the start side of Arabic paragraphs
/// (their right): the reading cursor's mark after a jump, then a note's bar.
pub fn the_gutter_is_on_the_right_of_arabic_text() {
    let t = crate::support::tmux::Tmux::new("gutter", (100, 20));
    t.start("main", &t.qari(""));
    t.wait_for("the first screen", |s| {
        crate::support::tmux::status_line(s).contains("line 1/")
    });
    t.keys("/");
    t.tmux(&["send-keys", "-t", "main", "-l", "كازاخستان"]);
    t.keys("Enter");
    let found = t.wait_for("the cursor's mark", |s| {
        s.lines().any(|l| l.trim_end().ends_with('\u{25C2}'))
    });
    let row = found
        .lines()
        .find(|l| l.trim_end().ends_with('\u{25C2}'))
        .unwrap_or("");
    assert!(!row.trim_start().starts_with('\u{25B8}'), "{found}");
    t.keys("v");
    t.keys("a");
    t.wait_for("the editor", |s| s.contains("note "));
    t.tmux(&["send-keys", "-t", "main", "-l", "x"]);
    t.keys("C-s");
    let noted = t.wait_for("the bar", |s| {
        s.lines().any(|l| l.trim_end().ends_with('\u{258E}'))
    });
    assert!(
        !noted
            .lines()
            .any(|l| l.trim_start().starts_with('\u{258E}')),
        "not on the left: {noted}"
    );
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED"));
}

/// A word labelled with `l` takes its new kind's style on the next frame.
pub fn a_relabelled_word_changes_style_at_once() {
    let t = crate::support::tmux::Tmux::new("relabel", (60, 8));
    let path = t.dir.join("names.txt");
    std::fs::write(&path, "Zed met nobody.\nSecond line here.\n").expect("write");
    t.start("main", &t.qari(&format!("'{}'", path.display())));
    // Once recognition is done (a label given before it shows when it ends).
    t.wait_for("the first screen", |s| {
        let bar = crate::support::tmux::status_line(s);
        bar.contains("line 1/") && !bar.contains("entities\u{2026}")
    });
    let styled = || t.tmux(&["capture-pane", "-p", "-e", "-t", "main"]);
    let before = styled();
    let first = before.lines().next().unwrap_or("").to_string();
    assert!(
        !first.contains("\u{1b}[1"),
        "Zed is plain at first: {first:?}"
    );
    t.keys("v");
    t.keys("l");
    t.keys("1");
    t.wait_for("labelled", |s| {
        crate::support::tmux::status_line(s).contains("labelled: person")
    });
    let after = styled();
    let first = after.lines().next().unwrap_or("");
    let bold = first.find("\u{1b}[1").expect("a bold cue on the row");
    assert!(
        first[bold..].contains("Zed"),
        "Zed in the person's style: {first:?}"
    );
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED"));
}

/// Two readers on one document: a note saved in one shows in the other,
/// which has nothing of its own waiting, within a few seconds, and is said.
pub fn a_note_saved_in_one_reader_shows_in_another_on_the_same_document() {
    let t = Tmux::new("annotate-two", (100, 24));
    let fixture = t.fixture();
    let command = format!(
        "env XDG_CONFIG_HOME='{}' {} '{}'",
        t.dir.join("config").display(),
        t.qari(""),
        fixture.display()
    );
    t.start("other", &command);
    t.wait_for("the other reader", |s| s.contains("fixture.txt"));
    t.start("writer", &command);
    t.wait_for("the writer", |s| s.contains("fixture.txt"));
    for key in ["v", "w", "w", "a"] {
        t.keys(key);
    }
    t.wait_for("the editor", |s| s.contains("C-s save"));
    t.tmux(&["send-keys", "-t", "writer", "-l", "seen elsewhere"]);
    t.wait_for("the typed text", |s| s.contains("seen elsewhere"));
    t.keys("C-s");
    t.wait_for("the save", |s| status_line(s).contains("note saved"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let other = loop {
        let screen = t.tmux(&["capture-pane", "-p", "-t", "other"]);
        if status_line(&screen).contains("notes changed in another qari") {
            break screen;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the other reader never showed the note:\n{screen}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    // Its Notes tab lists the note.
    t.tmux(&["send-keys", "-t", "other", "t"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let screen = t.tmux(&["capture-pane", "-p", "-t", "other"]);
        if screen.contains("Notes (1)") && screen.contains("seen elsewhere") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{other}\n{screen}");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // The writer, whose own save it was, says nothing of another qari.
    let writer = t.screen();
    assert!(!status_line(&writer).contains("another qari"), "{writer}");
}
