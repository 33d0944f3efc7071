//! Search in a real terminal: tmux runs `qari` on the default article, `/`
//! and an Arabic word are typed, Enter keeps the hits, `n` goes to the next;
//! `capture-pane` reads the status bar back.
//!

use crate::support::tmux::{status_line, status_position, Tmux};

/// The word searched for: "Kazakhstan", written without harakat in the article.
const WORD: &str = "كازاخستان";

pub fn slash_an_arabic_word_enter_and_n() {
    let article = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/kazakhstan-2022-01-06.txt"
    ))
    .expect("the default article");
    let total = article.matches(WORD).count();
    assert!(total > 2, "the article mentions the word {total} times");
    // The paragraphs (1-based) of the first two mentions.
    let mut paragraphs = article
        .lines()
        .enumerate()
        .flat_map(|(i, line)| std::iter::repeat_n(i + 1, line.matches(WORD).count()));
    let first = paragraphs.next().expect("a mention");
    let second = paragraphs.find(|&p| p != first).expect("another paragraph");

    let t = Tmux::new("search", (100, 30));
    t.start("main", &t.qari(""));
    let start = t.wait_for("the first screen", |s| {
        s.contains("kazakhstan-2022-01-06.txt")
    });
    assert_eq!(status_position(&start), "1/55", "{start}");
    t.keys("/");
    t.tmux(&["send-keys", "-t", "main", "-l", WORD]);
    let typed = t.wait_for("the count in the prompt", |s| {
        status_line(s).contains(&format!("1/{total}"))
    });
    assert!(status_line(&typed).starts_with('/'), "{typed}");
    t.keys("Enter");
    let found = t.wait_for("the first hit", |s| {
        status_line(s).contains(&format!(" 1/{total} line {first}/55"))
    });
    assert!(
        !status_line(&found).starts_with('/'),
        "the prompt closed: {found}"
    );
    t.keys("n");
    let next = t.wait_for("the next hit", |s| {
        status_line(s).contains(&format!(" 2/{total} "))
    });
    // Two mentions may share a paragraph; the view moves once they do not.
    let at = status_position(&next);
    if at != format!("{first}/55") {
        assert_eq!(at, format!("{second}/55"), "{next}");
    }
    for _ in 2..total {
        t.keys("n");
    }
    let last = t.wait_for("the last hit", |s| {
        status_line(s).contains(&format!(" {total}/{total} "))
    });
    assert_ne!(status_position(&last), format!("{first}/55"), "{last}");
    t.keys("n");
    t.wait_for("the wrap", |s| {
        let status = status_line(s);
        status.contains("search wrapped to top") && status.contains(&format!(" 1/{total} "))
    });
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}
