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
        status_line(s).contains(&format!(" 1/{total} line "))
    });
    // The hit's line is on screen, a third of the way down: the view starts
    // at or above its paragraph.
    let top: usize = status_position(&found)
        .split('/')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a line number");
    assert!(top <= first, "{found}");
    assert!(
        !status_line(&found).starts_with('/'),
        "the prompt closed: {found}"
    );
    t.keys("n");
    let next = t.wait_for("the next hit", |s| {
        status_line(s).contains(&format!(" 2/{total} "))
    });
    // Two mentions may share a paragraph; the view moves once they do not,
    // and never past the second's paragraph.
    let at: usize = status_position(&next)
        .split('/')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a line number");
    assert!(top <= at && at <= second, "{next}");
    for _ in 2..total {
        t.keys("n");
    }
    let last = t.wait_for("the last hit", |s| {
        status_line(s).contains(&format!(" {total}/{total} "))
    });
    assert_ne!(status_position(&last), status_position(&found), "{last}");
    t.keys("n");
    t.wait_for("the wrap", |s| {
        let status = status_line(s);
        status.contains("search wrapped to top") && status.contains(&format!(" 1/{total} "))
    });
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// The article's rows as tmux draws them, with their styles (`capture-pane
/// -e`), the status bar left out.
fn styled_article(t: &Tmux) -> String {
    let screen = t.tmux(&["capture-pane", "-p", "-e", "-t", "main"]);
    let mut rows: Vec<&str> = screen.lines().collect();
    rows.pop();
    rows.join("\n")
}

/// After Enter the hits stay highlighted; `Esc` in reading mode and `:noh`
/// take the highlight away, `n` brings it back.
pub fn esc_and_noh_clear_the_hits_and_n_shows_them() {
    let t = Tmux::new("noh", (60, 12));
    let fixture = t.fixture();
    t.start("main", &t.qari(&format!("'{}'", fixture.display())));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    let plain = styled_article(&t);
    t.keys("/");
    t.tmux(&["send-keys", "-t", "main", "-l", "fixture"]);
    t.keys("Enter");
    // The prompt shows the count too while typing: wait for it to close. The
    // count stands before "line 1/100", which alone has "1/100" before the
    // search ran.
    t.wait_for("the hit", |s| {
        let status = status_line(s);
        status.contains("1/100 line") && !status.starts_with('/')
    });
    let lit = styled_article(&t);
    assert_ne!(lit, plain, "the hits are highlighted");
    t.keys("Escape");
    let wait_for_styles = |want: &str, what: &str| {
        for _ in 0..100 {
            if styled_article(&t) == want {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("{what}: {:?}\nwant {:?}", styled_article(&t), want);
    };
    wait_for_styles(&plain, "Esc clears the hits");
    t.keys("n");
    t.wait_for("the next hit", |s| status_line(s).contains("2/100"));
    assert_ne!(styled_article(&t), plain, "n shows the hits again");
    t.keys(":");
    t.tmux(&["send-keys", "-t", "main", "-l", "noh"]);
    t.keys("Enter");
    let after = t.wait_for("the prompt closed", |s| !status_line(s).starts_with(':'));
    assert!(!status_line(&after).contains("unknown"), "{after}");
    let unlit: String = styled_article(&t);
    assert!(
        !unlit.contains("\u{1b}[7m")
            && unlit.matches('\u{1b}').count() <= plain.matches('\u{1b}').count() + 2,
        ":noh clears the hits: {unlit:?}"
    );
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// A hit goes about a third of the way down the screen, so the lines before
/// it stay in view.
pub fn a_hit_goes_a_third_of_the_way_down() {
    let t = Tmux::new("third", (80, 24));
    let fixture = t.fixture();
    t.start("main", &t.qari(&format!("'{}'", fixture.display())));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("/");
    t.tmux(&["send-keys", "-t", "main", "-l", "Line 50 "]);
    t.keys("Enter");
    // Not "1/1" alone: the status bar's "line 1/100" has it before the jump.
    let found = t.wait_for("the hit", |s| {
        let status = status_line(s);
        status.contains("1/1") && !status.starts_with('/') && s.contains("Line 50 of")
    });
    let row = found
        .lines()
        .position(|l| l.contains("Line 50 of"))
        .expect("the hit on screen");
    // 23 rows of text: 7 lines above the hit.
    assert_eq!(row, 7, "{found}");
    assert!(
        found.lines().nth(6).unwrap_or("").contains("Line 49 of"),
        "{found}"
    );
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// A ZERO WIDTH JOINER inside Arabic words: tmux draws the character after a
/// joiner into the joiner's cell, so a joiner sent with a shaped letter put
/// every later cell of the row one column off, and the redraw after a search
/// doubled letters on it. The row after a search and Esc is the row before.
pub fn a_joiner_in_a_word_leaves_its_row_whole_after_a_search() {
    let t = Tmux::new("search-zwj", (100, 12));
    let file = t.dir.join("zwj.txt");
    let line = "استخدم دروي\u{200D}ش اللغ\u{200D}ة بطريقة فريدة، وترجمت أعماله إلى أكثر من 22 لغة.";
    std::fs::write(&file, format!("{line}\n\nسطر ثان عن الشعر.\n")).expect("write");
    t.start("main", &t.qari(&format!("--shape on '{}'", file.display())));
    let row = |s: &str| {
        s.lines()
            .find(|l| l.contains("22"))
            .map(str::to_string)
            .unwrap_or_default()
    };
    let before = row(&t.wait_for("the article", |s| s.contains("zwj.txt")));
    assert!(!before.contains('\u{200D}'), "{before:?}");
    t.keys("/");
    t.keys("الشعر");
    t.keys("Enter");
    t.wait_for("the hit", |s| status_line(s).contains("1/1"));
    t.keys("Escape");
    let after = t.wait_for("the row again", |s| !row(s).is_empty());
    assert_eq!(row(&after).trim_end(), before.trim_end());
}

/// `?` typed at the end of a big file: the word is only near the top, more
/// than a slice away, so the search goes on between keys, which stay the
/// reader's (the whole text was searched at every key, the screen frozen);
/// the keys typed meanwhile refine it, the hit shows and `n` goes on back.
pub fn a_backward_search_on_a_big_file_searches_between_keys() {
    let t = Tmux::new("searchback", (80, 12));
    let file = t.dir.join("big.txt");
    // A slice (8 MiB) and a bit of lines without an n after the last hit.
    let filler = "filler row of text\n";
    let after = filler.repeat((8 << 20) / filler.len() + 20_000);
    let before = filler.repeat(1000);
    std::fs::write(&file, format!("needle one\n{before}needle two\n{after}")).expect("write");
    t.start("main", &t.qari(&format!("'{}'", file.display())));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("G");
    t.wait_for("the end", |s| status_line(s).contains("100%"));
    // The hit lies a slice back from the end: the search goes on between
    // keys until it gets there. (Whether the screen is caught while it
    // searches depends on the machine's speed, so it is not asserted.)
    t.keys("?");
    t.keys("n");
    t.wait_for("the last hit before the end", |s| s.contains("needle two"));
    t.keys("eedle");
    t.keys("Enter");
    let found = t.wait_for("the whole word's hit, counted", |s| {
        s.contains("needle two") && status_line(s).contains("2/2")
    });
    assert!(!found.contains("needle one"), "{found}");
    t.keys("n");
    t.wait_for("the hit before it", |s| s.contains("needle one"));
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}
