//! Hostile timing in a real terminal: resizes racing keys, input in bursts
//! and pastes, and signals that end the reader. Each test repeats its attack
//! enough to catch the failure it was written for before that was fixed.

use std::process::Command;
use std::time::Duration;

use crate::support::tmux::Tmux;

/// The terminal shrinks and a key comes before the resize is handled: the
/// frame is then smaller than the screen laid out for the old size, and
/// drawing wrote past the frame's edge (a panic, exit 101).
pub fn a_key_racing_a_shrink_never_draws_past_the_edge() {
    let t = Tmux::new("race", (143, 47));
    let err_log = t.dir.join("err.log");
    t.start("main", &t.qari(&format!("2>'{}'", err_log.display())));
    t.wait_for("the first screen", |s| s.contains("kazakhstan"));
    // The panel too: its rows are drawn by another path.
    t.keys("e");
    t.wait_for("the panel", |s| s.contains("person"));
    // A key wakes qari; a second key and the resize come while it draws,
    // so they wait together and the key is read first. Before the fix this
    // died within 15 to 60 rounds.
    for round in 0..300 {
        for (x, y) in [("143", "47"), ("61", "57")] {
            t.keys("j");
            t.keys("j");
            t.tmux(&["resize-window", "-t", "main", "-x", x, "-y", y]);
            std::thread::sleep(Duration::from_millis(20));
        }
        if round % 25 == 0 {
            let screen = t.screen();
            assert!(!screen.contains("EXITED"), "round {round}:\n{screen}");
        }
    }
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    let err = std::fs::read_to_string(&err_log).unwrap_or_default();
    assert!(after.contains("EXITED 0"), "{after}\n{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Every signal that ends the reader gives the terminal back (the alternate
/// screen left, the cursor shown, mouse reporting off), keeps the reading
/// position and ends with 128 + the signal's number. SIGTERM exited 0.
pub fn every_ending_signal_restores_the_terminal_and_sets_the_status() {
    for (signal, status) in [("QUIT", 131), ("USR1", 138), ("USR2", 140), ("HUP", 129)] {
        let t = Tmux::new(&format!("signal-{signal}"), (100, 30));
        let pid = t.start_fixture_with_pid();
        t.keys("j");
        t.wait_for("j", |s| s.contains("line 2/100"));
        let killed = Command::new("kill")
            .args([format!("-{signal}"), pid])
            .status()
            .expect("kill");
        assert!(killed.success());
        let after = t.wait_for("the exit", |s| s.contains("EXITED"));
        assert!(
            after.contains(&format!("EXITED {status}")),
            "{signal}: {after}"
        );
        assert!(!after.contains("Line 2 of"), "{signal}: {after}");
        let log = t.output_log();
        for seq in ["\x1b[?1049l", "\x1b[?25h", "\x1b[?1000l"] {
            assert!(log.contains(seq), "{signal}: {seq:?} not written");
        }
        let saved = t.dir.join("state/qari/positions");
        assert!(
            std::fs::read_dir(saved).is_ok_and(|mut d| d.next().is_some()),
            "{signal}: the position is saved"
        );
    }
}

/// Open the note editor on the fixture's first words.
fn open_editor(t: &Tmux) {
    for key in ["v", "w", "w"] {
        t.keys(key);
    }
    t.wait_for("the selection", |s| s.contains("selecting: 9 chars"));
    t.keys("a");
    t.wait_for("the editor", |s| s.contains("C-s save"));
}

/// The stored notes' texts, from the store in this test's directory.
fn stored_notes(t: &Tmux) -> Vec<String> {
    let mut dirs = vec![t.dir.join("state")];
    let mut notes = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
                for a in json["annotations"].as_array().into_iter().flatten() {
                    notes.push(a["note"].as_str().unwrap_or("").to_string());
                }
            }
        }
    }
    notes
}

/// 3,001 bytes typed at once into the note editor, then C-s: every byte is
/// read before the frame is drawn. Over about 2 KB, the rest stayed unread in
/// the terminal while qari slept, and C-s seemed ignored until another key.
pub fn a_burst_of_typing_is_read_whole() {
    let t = Tmux::new("burst", (100, 24));
    t.start_fixture_with_pid();
    open_editor(&t);
    let burst = format!("{}Z", "abcdefghij".repeat(300));
    t.tmux(&["send-keys", "-t", "main", "-l", &burst]);
    t.keys("C-s");
    t.wait_for("the save", |s| s.contains("note saved"));
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
    assert_eq!(stored_notes(&t), [burst]);
}

/// A paste (tmux `paste-buffer -p` sends it bracketed, as terminals do) is
/// text: in the reader its `q` and `G` do nothing; in the editor it is the
/// note, line ends included.
pub fn a_paste_is_text_never_keys() {
    let t = Tmux::new("paste", (100, 24));
    t.start_fixture_with_pid();
    let buffer = t.dir.join("paste.txt");
    std::fs::write(&buffer, "G:q\nقال jjj\nq").expect("write the paste");
    let buffer = buffer.display().to_string();
    t.tmux(&["load-buffer", &buffer]);
    t.tmux(&["paste-buffer", "-p", "-t", "main"]);
    let screen = t.wait_for("the notice", |s| s.contains("paste ignored"));
    assert!(screen.contains("line 1/100"), "{screen}");
    open_editor(&t);
    t.tmux(&["paste-buffer", "-p", "-t", "main"]);
    t.wait_for("the pasted text", |s| s.contains("G:q"));
    t.keys("C-s");
    t.wait_for("the save", |s| s.contains("note saved"));
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
    assert_eq!(stored_notes(&t), ["G:q\nقال jjj\nq"]);
}

/// A small deterministic generator (xorshift64*), so a failing run can be
/// repeated with its seed.
struct Monkey(u64);

impl Monkey {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Keys a reader might press, modes and prompts included (no `q`, and no
/// paste holds one: the run must survive to be checked).
const MONKEY_KEYS: &[&str] = &[
    "j", "k", "g", "G", "Space", "b", "d", "u", "C-f", "C-b", "/", "n", "N", "v", "w", "a", "l",
    "e", "t", "Tab", "Enter", "Escape", "?", "h", "m", "'", "x", "]", "[", "E", "D", "BSpace",
    "Up", "Down", "Left", "Right", "PageDown", "Home", "End", "C-s", "y", "1", ":", "%",
];

/// Random keys, resizes from 1x1 to 250x80 and pastes, with a fixed seed and
/// a short budget (`QARI_MONKEY_ROUNDS` for a longer run, `QARI_MONKEY_SEED`
/// for another seed): qari must neither die nor print a panic, and must still
/// end cleanly on a signal at the end.
pub fn a_monkey_with_keys_resizes_and_pastes_does_not_break_the_reader() {
    let rounds: u64 = std::env::var("QARI_MONKEY_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let seed: u64 = std::env::var("QARI_MONKEY_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_0013);
    let t = Tmux::new("monkey", (120, 40));
    let err_log = t.dir.join("err.log");
    let pid_file = t.dir.join("pid");
    t.start(
        "main",
        &format!(
            // In the background, sh gives qari /dev/null as its standard input,
            // which qari would read as the article: the pane's terminal it is.
            "{} </dev/tty 2>'{}' & echo $! > '{}'; wait $!",
            t.qari(""),
            err_log.display(),
            pid_file.display()
        ),
    );
    t.wait_for("the first screen", |s| s.contains("kazakhstan"));
    let paste = t.dir.join("paste.txt");
    std::fs::write(&paste, "G:1\nقال توكاييف jjjj G\r\n\u{1b}[A").expect("write the paste");
    t.tmux(&["load-buffer", &paste.display().to_string()]);
    let mut monkey = Monkey(seed | 1);
    for round in 0..rounds {
        match monkey.below(20) {
            0 => {
                let (x, y) = (1 + monkey.below(250), 1 + monkey.below(80));
                let (x, y) = (x.to_string(), y.to_string());
                t.tmux(&["resize-window", "-t", "main", "-x", &x, "-y", &y]);
            }
            1 => {
                t.tmux(&["paste-buffer", "-p", "-t", "main"]);
            }
            _ => {
                let len = u64::try_from(MONKEY_KEYS.len()).expect("few keys");
                let key = MONKEY_KEYS[usize::try_from(monkey.below(len)).expect("index")];
                t.keys(key);
            }
        }
        if round % 50 == 49 {
            let screen = t.screen();
            let err = std::fs::read_to_string(&err_log).unwrap_or_default();
            assert!(
                !screen.contains("EXITED") && !err.contains("panicked"),
                "seed {seed}, round {round}:\n{screen}\n{err}"
            );
        }
    }
    t.tmux(&["resize-window", "-t", "main", "-x", "120", "-y", "40"]);
    // Whatever mode the keys left it in (an editor with text, a prompt),
    // a signal ends it cleanly: the terminal back, exit 128 + 15.
    let pid = std::fs::read_to_string(t.dir.join("pid")).expect("pid file");
    let killed = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut after = t.screen();
    while !after.contains("EXITED") && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        after = t.screen();
    }
    let err = std::fs::read_to_string(&err_log).unwrap_or_default();
    assert!(!err.contains("panicked"), "seed {seed}: {err}");
    assert!(after.contains("EXITED 143"), "seed {seed}: {after}\n{err}");
}

/// `:w` when the disk takes only part of the file: a file-size limit of
/// 1 KiB (`ulimit -f`, its signal ignored so writes fail with EFBIG) stands in
/// for a full disk. The reader says so and leaves no partial file behind,
/// nor a changed one for `:w!`.
pub fn a_write_that_does_not_fit_leaves_no_partial_file() {
    let t = Tmux::new("fullwrite", (100, 30));
    let fixture = t.fixture();
    t.start(
        "main",
        &format!(
            "trap '' XFSZ; ulimit -f 1; {} '{}'",
            t.qari(""),
            fixture.display()
        ),
    );
    t.wait_for("the first screen", |s| s.contains("fixture.txt"));
    let out = t.dir.join("written.txt");
    t.keys(&format!(":w {}", out.display()));
    t.keys("Enter");
    let screen = t.wait_for("the failure", |s| s.contains("file too large"));
    assert!(!out.exists(), "a partial file was left: {screen}");
    let old = t.dir.join("old.txt");
    std::fs::write(&old, "the old text\n").expect("write");
    t.keys(&format!(":w! {}", old.display()));
    t.keys("Enter");
    t.wait_for("the failure", |s| s.contains("old.txt: file too large"));
    assert_eq!(
        std::fs::read_to_string(&old).expect("old"),
        "the old text\n"
    );
    let strays: Vec<_> = std::fs::read_dir(&t.dir)
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(strays.is_empty(), "{strays:?}");
    t.keys(":q");
    t.keys("Enter");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}

/// Notes that cannot be stored (the state directory is a file) are printed
/// on the way out, and the exit status says something went wrong.
pub fn notes_that_could_not_be_stored_end_with_a_failing_status() {
    let t = Tmux::new("nostore", (100, 30));
    std::fs::write(t.dir.join("state"), "not a directory").expect("write");
    let fixture = t.fixture();
    t.start("main", &format!("{} '{}'", t.qari(""), fixture.display()));
    // The notice about the store takes the name's place in the status bar.
    t.wait_for("the first screen", |s| s.contains("line 1/"));
    open_editor(&t);
    t.tmux(&["send-keys", "-t", "main", "-l", "kept somewhere"]);
    t.keys("C-s");
    t.wait_for("the note", |s| s.contains('\u{258E}'));
    t.keys("q");
    // The reader may ask first (`q again quits without them`).
    std::thread::sleep(Duration::from_millis(300));
    if !t.screen().contains("EXITED") {
        t.keys("q");
    }
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 2"), "{after}");
    assert!(after.contains("kept somewhere"), "{after}");
}

/// A hang-up (the terminal window closed, ssh dropped) with a note being
/// written: standard error is that terminal, gone, so the draft is kept in a
/// file too, and the next reader says where, once.
pub fn a_note_being_written_at_a_hang_up_is_kept_and_told_next_time() {
    let t = Tmux::new("hup-draft", (100, 30));
    let pid = t.start_fixture_with_pid();
    open_editor(&t);
    t.tmux(&[
        "send-keys",
        "-t",
        "main",
        "-l",
        "words typed before the hang-up",
    ]);
    t.wait_for("the draft", |s| s.contains("before the hang-up"));
    let killed = Command::new("kill")
        .args(["-HUP", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    t.wait_for("the exit", |s| s.contains("EXITED"));
    let kept_dir = t.dir.join("state/qari/unsaved");
    let kept: Vec<_> = std::fs::read_dir(&kept_dir)
        .expect("the unsaved directory")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    let text = std::fs::read_to_string(&kept[0]).expect("read");
    assert!(text.contains("words typed before the hang-up"), "{text}");
    // The next reader tells where it is, and the one after does not.
    for (run, told) in [("again", true), ("third", false)] {
        t.start(run, &format!("{} '{}'", t.qari(""), t.fixture().display()));
        let screen = t.wait_for("the reader", |s| s.contains("line 1/"));
        assert_eq!(
            screen.contains("notes not saved when qari last ended"),
            told,
            "{screen}"
        );
        t.keys("q");
        let screen = t.wait_for("the exit", |s| s.contains("EXITED"));
        // Said again on standard error, where the whole path is read.
        let joined: String = screen.lines().collect();
        assert_eq!(joined.contains("unsaved/told/"), told, "{screen}");
    }
    assert!(t.dir.join("state/qari/unsaved/told").is_dir());
}

/// An annotated article emptied (a failed download) and opened: its notes
/// are not filed under the empty text, which every empty file shares, so
/// another empty file shows none of them.
pub fn an_emptied_article_s_notes_do_not_go_to_every_empty_file() {
    let t = Tmux::new("emptied", (100, 30));
    let article = t.dir.join("article.txt");
    std::fs::copy(t.fixture(), &article).expect("copy");
    t.start("main", &format!("{} '{}'", t.qari(""), article.display()));
    t.wait_for("the first screen", |s| s.contains("line 1/"));
    open_editor(&t);
    t.tmux(&["send-keys", "-t", "main", "-l", "a private note"]);
    t.keys("C-s");
    t.wait_for("the note", |s| s.contains('\u{258E}'));
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED"));
    std::fs::write(&article, "").expect("empty it");
    t.start("empty", &format!("{} '{}'", t.qari(""), article.display()));
    t.wait_for("the empty article", |s| s.contains("article.txt"));
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED"));
    let other = t.dir.join("other-empty.txt");
    std::fs::write(&other, "").expect("write");
    let listed = Command::new("sh")
        .arg("-c")
        .arg(format!("{} annotations '{}'", t.qari(""), other.display()))
        .output()
        .expect("qari annotations");
    let out = String::from_utf8_lossy(&listed.stdout);
    assert!(!out.contains("a private note"), "{out}");
    assert!(stored_notes(&t).iter().any(|n| n == "a private note"));
}
