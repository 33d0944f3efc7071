//! qari as other programs' pager: `git log` and `git diff` in colour, and
//! `man` through `MANPAGER` or piped by hand, its page kept at the
//! terminal's width.

use crate::support::tmux::{status_line, Tmux};
use std::process::Command;

/// `git ARGS` in `repo`, as a writer of its own; it must succeed.
fn git_in(repo: &std::path::Path, args: &[&str]) {
    let ok = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["-c", "user.name=A Writer", "-c", "user.email=a@example.org"])
        .args(args)
        .status()
        .expect("git runs");
    assert!(ok.success(), "git {args:?}");
}

/// A git repository of its own with one commit, so the log is known.
fn repository(t: &Tmux) -> std::path::PathBuf {
    let repo = t.dir.join("repo");
    let git = |args: &[&str]| git_in(&repo, args);
    std::fs::create_dir_all(&repo).expect("repo dir");
    git(&["init", "-q"]);
    git(&[
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        "Read the pipe, not the sample",
    ]);
    repo
}

pub fn git_log_in_colour_reads_as_text() {
    let t = Tmux::new("gitlog", (100, 30));
    let repo = repository(&t);
    t.start(
        "main",
        &format!(
            "git -C '{}' -c color.ui=always log | {}",
            repo.display(),
            t.qari("")
        ),
    );
    let screen = t.wait_for("the log", |s| s.contains("Read the pipe"));
    assert!(screen.contains("commit "), "{screen}");
    assert!(
        screen.contains("Author: A Writer <a@example.org>"),
        "{screen}"
    );
    // Neither the sequences nor their pictures: `␛[33m` would show as such.
    assert!(
        !screen.contains('\u{241B}') && !screen.contains("[33m"),
        "{screen}"
    );
    assert!(status_line(&screen).contains("standard input"), "{screen}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A repository whose one change is a C comment that starts in Arabic.
fn arabic_comment_changed(t: &Tmux) -> std::path::PathBuf {
    let repo = t.dir.join("diffrepo");
    std::fs::create_dir_all(&repo).expect("repo dir");
    let git = |args: &[&str]| git_in(&repo, args);
    git(&["init", "-q"]);
    std::fs::write(repo.join("a.c"), "int x = 1;\n").expect("write");
    git(&["add", "a.c"]);
    git(&["commit", "-q", "-m", "one"]);
    std::fs::write(
        repo.join("a.c"),
        "        // \u{0628}\u{0627}\u{064a}\u{062f}\u{0646}: after a given name\nint x = 1;\n",
    )
    .expect("write");
    repo
}

/// Run by git (`core.pager`), a diff line that starts in Arabic after its
/// `+` reads left to right, its `+` at the left edge; `--paragraph-direction`
/// given to qari still wins.
pub fn git_s_diff_lines_read_left_to_right() {
    let t = Tmux::new("gitdiff", (100, 20));
    let repo = arabic_comment_changed(&t);
    let git_diff = |pager: &str| {
        format!(
            "git -C '{}' -c core.pager=\"{}\" diff",
            repo.display(),
            pager.replace('"', "\\\"")
        )
    };
    t.start("main", &git_diff(&t.qari("")));
    let screen = t.wait_for("the diff", |s| s.contains("after a given name"));
    let line = screen
        .lines()
        .find(|l| l.contains("after a given name"))
        .unwrap_or_default();
    assert!(line.starts_with("+        // "), "{screen}");
    assert!(line.trim_end().ends_with("after a given name"), "{screen}");
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));

    t.start(
        "given",
        &git_diff(&t.qari("--paragraph-direction first-letter")),
    );
    let screen = t.wait_for("the diff", |s| s.contains("after a given name"));
    let line = screen
        .lines()
        .find(|l| l.contains("after a given name"))
        .unwrap_or_default();
    assert!(line.trim_end().ends_with('+'), "{screen}");
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}

pub fn man_with_qari_as_its_pager() {
    let t = Tmux::new("manpager", (100, 30));
    let found = Command::new("man")
        .args(["-w", "ls"])
        .output()
        .expect("man");
    assert!(
        found.status.success(),
        "no manual page for ls here (man-db and coreutils' manual pages)"
    );
    t.start(
        "main",
        &format!(
            "MANWIDTH=80 MANPAGER=\"{}\" man ls",
            t.qari("-").replace('"', "\\\"")
        ),
    );
    let screen = t.wait_for("the manual", |s| s.contains("list directory contents"));
    assert!(screen.contains("NAME"), "{screen}");
    assert!(screen.contains("SYNOPSIS"), "{screen}");
    // Overstrikes resolved: no backspace pictures, no doubled letters.
    assert!(!screen.contains('\u{2408}'), "{screen}");
    assert!(!screen.contains("NNAAMMEE"), "{screen}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// man formats for the terminal's width (no `MANWIDTH`): qari keeps its
/// lines whole, where its 80-cell column broke every long one in two.
pub fn man_s_lines_keep_the_terminal_s_width() {
    let t = Tmux::new("manwidth", (100, 30));
    t.start(
        "main",
        &format!("MANPAGER=\"{}\" man ls", t.qari("-").replace('"', "\\\"")),
    );
    let screen = t.wait_for("the manual", |s| s.contains("list directory contents"));
    assert_man_page_whole(&screen, 80);
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}

/// `man ls` on `screen` as man wrote it: its header both ends of one row of
/// more than `wider_than` cells, and a paragraph's line going on past the
/// reading column on its row, at man's indent.
fn assert_man_page_whole(screen: &str, wider_than: usize) {
    let header = screen.lines().next().unwrap_or_default();
    assert!(
        header.starts_with("LS(1)") && header.trim_end().ends_with("LS(1)"),
        "{screen}"
    );
    assert!(header.trim_end().chars().count() > wider_than, "{screen}");
    let line = screen
        .lines()
        .find(|l| l.contains("List  information about the FILEs"))
        .unwrap_or_default();
    assert!(line.starts_with("       List"), "{screen}");
    assert!(line.contains("Sort entries"), "{screen}");
}

/// `man ls | qari`, piped by hand: man says nothing to its pager, and its
/// header and indented lines are what tell qari to keep the terminal's
/// width, as under `MANPAGER`.
pub fn man_piped_by_hand_keeps_the_terminal_s_width() {
    let t = Tmux::new("manpiped", (130, 30));
    t.start("main", &format!("man ls | {}", t.qari("")));
    let screen = t.wait_for("the manual", |s| s.contains("list directory contents"));
    assert_man_page_whole(&screen, 100);
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}
