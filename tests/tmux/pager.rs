//! qari as a pager, as people use one: `git log | qari`, `MANPAGER`, several
//! files with `:n` and `:p`, `qari -` typed on a terminal by mistake, and a
//! pipe that writes slowly.

use std::process::Command;

use crate::support::tmux::{status_line, status_position, Tmux};

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

/// A table piped in (`ps aux`, `ls -l`): its rows, wider than the reading
/// column, stay whole on a wide terminal; Arabic prose piped in the same
/// way keeps the 80-cell column.
pub fn a_table_piped_in_keeps_the_terminal_s_width_and_prose_the_column() {
    let t = Tmux::new("tablepiped", (140, 12));
    let rows: String = (1..=6)
        .map(|i| {
            format!(
                "user{i}    {pid:>6}  0.{i}  1.{i}  {vsz:>8}  {rss:>6}  pts/{i}   Ss   09:0{i}   0:0{i} /usr/bin/some-long-command --with --flags --number {i} --end\n",
                pid = 1000 + i,
                vsz = 160_000 + i,
                rss = 11_000 + i
            )
        })
        .collect();
    t.start("main", &format!("printf '{rows}' | {}", t.qari("")));
    let screen = t.wait_for("the table", |s| s.contains("user1"));
    for i in 1..=6 {
        let row = screen
            .lines()
            .find(|l| l.contains(&format!("user{i} ")))
            .unwrap_or_default();
        assert!(row.starts_with(&format!("user{i}")), "{screen}");
        assert!(row.trim_end().ends_with("--end"), "{screen}");
    }
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
    let t = Tmux::new("prosepiped", (140, 12));
    let prose = "قال الوزير في مؤتمر صحفي عقده اليوم في العاصمة إن المحادثات بين الجانبين ستستمر حتى نهاية الأسبوع المقبل، وأضاف أن الوفد سيصل غدا لاستكمال النقاش حول الملفات العالقة.\n";
    t.start("main", &format!("printf '{prose}{prose}' | {}", t.qari("")));
    let screen = t.wait_for("the prose", |s| {
        s.contains("EXITED") || status_line(s).contains("line 1/2")
    });
    let widest = screen
        .lines()
        .filter(|l| {
            l.contains('\u{0627}') || l.chars().any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c))
        })
        .map(|l| l.trim().chars().count())
        .max()
        .unwrap_or(0);
    assert!(widest > 40 && widest <= 80, "{widest}: {screen}");
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}

/// `(echo Pods:; sleep 1; kubectl get pods) | qari`: the title alone is
/// prose and is shown in the reading column, and when the table comes the
/// whole is judged again: its rows, wider than the column, stay whole.
pub fn a_table_after_a_slow_title_gets_the_terminal_s_width_once_it_comes() {
    let t = Tmux::new("slowtable", (140, 12));
    let rows: String = (0..6)
        .map(|i| {
            format!(
                "web-deployment-{i}-abcdef-very-long-name   1/1     Running   0          {i}d      10.0.0.{i}     node-pool-a-{i}-xyz-long   <none>\n"
            )
        })
        .collect();
    t.start(
        "main",
        &format!("(echo Pods:; sleep 2; printf '{rows}') | {}", t.qari("")),
    );
    let first = t.wait_for("the title", |s| s.contains("Pods:"));
    assert!(!first.contains("web-deployment"), "{first}");
    let screen = t.wait_for("the table", |s| {
        s.contains("web-deployment-5") && !status_line(s).contains("loading")
    });
    for i in 0..6 {
        let row = screen
            .lines()
            .find(|l| l.contains(&format!("web-deployment-{i}-")))
            .unwrap_or_default();
        assert!(row.starts_with("web-deployment"), "{screen}");
        assert!(row.trim_end().ends_with("<none>"), "{screen}");
    }
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
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

pub fn dash_on_a_terminal_is_an_error_with_a_hint() {
    let t = Tmux::new("dashtty", (100, 30));
    t.start("main", &t.qari("-"));
    let screen = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(screen.contains("EXITED 2"), "{screen}");
    assert!(
        screen.contains("qari: standard input is a terminal, not text"),
        "{screen}"
    );
    assert!(screen.contains("pipe an article in"), "{screen}");
}

pub fn several_files_and_colon_n_and_p() {
    let t = Tmux::new("files", (110, 30));
    let a = t.dir.join("a.txt");
    let b = t.dir.join("b.txt");
    let c = t.dir.join("c.txt");
    std::fs::write(&a, "The first file, alone on its line.\n").expect("a");
    std::fs::write(&b, "The second file, alone on its line.\n").expect("b");
    std::fs::write(&c, "The fourth file, alone on its line.\n").expect("c");
    let missing = t.dir.join("gone.txt");
    t.start(
        "main",
        &t.qari(&format!(
            "'{}' '{}' '{}' '{}'",
            a.display(),
            b.display(),
            missing.display(),
            c.display()
        )),
    );
    let first = t.wait_for("the first file", |s| s.contains("The first file"));
    assert!(status_line(&first).contains("a.txt (1/4)"), "{first}");
    t.keys(":p");
    t.keys("Enter");
    let said = t.wait_for("no previous file", |s| s.contains("this is the first file"));
    assert!(said.contains("The first file"), "{said}");
    t.keys(":n");
    t.keys("Enter");
    let second = t.wait_for("the second file", |s| s.contains("The second file"));
    assert!(status_line(&second).contains("b.txt (2/4)"), "{second}");
    // The third cannot be opened: `:n` passes over it, as less does, and
    // says why in the status bar of the fourth.
    t.keys(":n");
    t.keys("Enter");
    let fourth = t.wait_for("the fourth file", |s| s.contains("The fourth file"));
    assert!(status_line(&fourth).contains("no such file"), "{fourth}");
    t.keys(":p");
    t.keys("Enter");
    let back = t.wait_for("the second file again", |s| s.contains("The second file"));
    assert!(status_line(&back).contains("(2/4)"), "{back}");
    t.keys(":p");
    t.keys("Enter");
    let back = t.wait_for("the first file again", |s| s.contains("The first file"));
    assert!(status_line(&back).contains("a.txt (1/4)"), "{back}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// Standard input is kept, as less keeps it: `:p` comes back to it. When no
/// other file opens, the reader stays on its document, even one whose file
/// is gone, and says why; it used to read it again, and end.
pub fn colon_n_and_p_keep_standard_input_and_a_file_gone() {
    let t = Tmux::new("files-kept", (100, 30));
    let b = t.dir.join("b.txt");
    std::fs::write(&b, "The second file, alone on its line.\n").expect("b");
    t.start(
        "main",
        &format!(
            "echo 'Piped text, alone on its line.' | {}",
            t.qari(&format!("- '{}' '{}'", b.display(), t.dir.display()))
        ),
    );
    t.wait_for("the pipe", |s| s.contains("Piped text"));
    t.keys(":n");
    t.keys("Enter");
    t.wait_for("the second file", |s| s.contains("The second file"));
    t.keys(":p");
    t.keys("Enter");
    let back = t.wait_for("the pipe again", |s| s.contains("Piped text"));
    assert!(
        status_line(&back).contains("standard input (1/3)"),
        "{back}"
    );
    // The file read second goes away; the directory after it cannot be read.
    t.keys(":n");
    t.keys("Enter");
    t.wait_for("the second file again", |s| s.contains("The second file"));
    std::fs::remove_file(&b).expect("remove b");
    t.keys(":n");
    t.keys("Enter");
    let stayed = t.wait_for("the notice", |s| s.contains("is a directory"));
    assert!(stayed.contains("The second file"), "{stayed}");
    assert!(status_line(&stayed).contains("(2/3)"), "{stayed}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A first file that cannot be opened is passed over too, and said.
pub fn a_missing_first_file_opens_the_next() {
    let t = Tmux::new("files-missing", (100, 30));
    let b = t.dir.join("b.txt");
    std::fs::write(&b, "The second file, alone on its line.\n").expect("b");
    let missing = t.dir.join("gone.txt");
    t.start(
        "main",
        &t.qari(&format!("'{}' '{}'", missing.display(), b.display())),
    );
    let second = t.wait_for("the second file", |s| s.contains("The second file"));
    // The notice comes first in the bar (the long path leaves the name cut).
    assert!(
        status_line(&second).contains("gone.txt: no such file"),
        "{second}"
    );
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// `(echo line; sleep 4; echo more) | qari`: the first line is on the screen
/// at once, not once the pipe has written a window's worth or ended; the
/// rest follows when it comes. Colours in it are cleaned as in any pipe.
pub fn a_slow_pipe_shows_its_first_lines_at_once() {
    let t = Tmux::new("slowpipe", (80, 10));
    let started = std::time::Instant::now();
    t.start(
        "main",
        &format!(
            "(printf '\\033[1mthe first\\033[0m line\\n'; sleep 4; echo 'and more later') | {}",
            t.qari("")
        ),
    );
    let first = t.wait_for("the first line", |s| s.contains("the first line"));
    let waited = started.elapsed();
    assert!(waited < std::time::Duration::from_secs(3), "{waited:?}");
    assert!(!first.contains("and more later"), "{first}");
    assert!(status_line(&first).contains("loading"), "{first}");
    let all = t.wait_for("the rest", |s| s.contains("and more later"));
    assert!(status_line(&all).contains("line 1/2"), "{all}");
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A slow pipe whose first lines hold no letter (a number, an empty line,
/// spaces, a rule): nothing in them says which way the text runs, and the
/// reader still starts at once with what has come, `loading…` in its bar,
/// and answers `q` before the pipe ends.
pub fn a_slow_pipe_without_a_letter_first_shows_at_once() {
    for (n, first) in ["echo 1", "echo", "echo '   '", "echo ---", "echo 12345"]
        .iter()
        .enumerate()
    {
        let t = Tmux::new(&format!("noletter{n}"), (80, 10));
        let started = std::time::Instant::now();
        // The writer is a fifo's, in the background, so that the shell's
        // `EXITED` comes when qari ends, not when the writer does.
        let fifo = t.dir.join("pipe");
        t.start(
            "main",
            &format!(
                "mkfifo '{p}'; ({first}; sleep 20; echo 'and more later') > '{p}' & {q} < '{p}'",
                p = fifo.display(),
                q = t.qari("")
            ),
        );
        let screen = t.wait_for("the status bar", |s| status_line(s).contains("loading"));
        let waited = started.elapsed();
        assert!(
            waited < std::time::Duration::from_secs(3),
            "{first}: {waited:?}"
        );
        assert!(!screen.contains("and more later"), "{first}: {screen}");
        t.keys("q");
        let after = t.wait_for("the exit", |s| s.contains("EXITED"));
        assert!(after.contains("EXITED 0"), "{first}: {after}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{first}"
        );
    }
}

/// A first write of one short Arabic word: no 16 bytes for the encoding's
/// guess to wait for.
pub fn a_slow_pipe_shows_a_short_arabic_first_line_at_once() {
    let t = Tmux::new("slowarabic", (80, 10));
    let started = std::time::Instant::now();
    t.start(
        "main",
        &format!(
            "(echo 'عاجل'; sleep 4; echo 'and more later') | {}",
            t.qari("")
        ),
    );
    let first = t.wait_for("the status bar", |s| status_line(s).contains("loading"));
    let waited = started.elapsed();
    assert!(waited < std::time::Duration::from_secs(3), "{waited:?}");
    assert!(!first.contains("and more later"), "{first}");
    t.wait_for("the rest", |s| s.contains("and more later"));
    t.keys("q");
    let after = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// Ctrl-Z in an interactive shell: the terminal is given back (no alternate
/// screen, no mouse reports) and the job stops; `fg` brings the reader back
/// where it was, keys and all.
pub fn ctrl_z_suspends_and_fg_resumes() {
    let t = Tmux::new("suspend", (90, 12));
    t.start("main", "bash --norc --noprofile -i");
    let fixture = t.fixture();
    t.keys(&format!("{} '{}'", t.qari(""), fixture.display()));
    t.keys("Enter");
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("C-z");
    let stopped = t.wait_for("the job to stop", |s| s.contains("Stopped"));
    assert!(!stopped.contains("line 1/"), "{stopped}");
    let modes = t.tmux(&[
        "display",
        "-p",
        "-t",
        "main",
        "#{alternate_on} #{mouse_any_flag}",
    ]);
    assert_eq!(modes.trim(), "0 0");
    t.keys("fg");
    t.keys("Enter");
    t.wait_for("the reader again", |s| status_line(s).contains("line 1/"));
    t.keys("G");
    t.wait_for("keys still read", |s| status_line(s).contains("100%"));
    t.keys("q");
    // The shell's prompt first, as a person waits for it: keys typed while
    // qari still runs are read by qari (its terminal library reads all the
    // terminal holds), and a loaded machine made that the command below.
    t.wait_for("the prompt", |s| {
        !status_line(s).contains("100%") && s.trim_end().ends_with(['#', '$'])
    });
    t.keys("echo done=$?");
    t.keys("Enter");
    t.wait_for("the exit", |s| s.contains("done=0"));
}

/// `TERM=dumb` (an editor's shell buffer) draws nothing but text: the
/// files are printed as to a pipe, with no escape sequence, and a file that
/// cannot be read is said while the others still print.
pub fn term_dumb_prints_the_text() {
    let t = Tmux::new("dumb", (80, 10));
    let fixture = t.fixture();
    t.start(
        "main",
        &format!(
            "{} '{}' /no/such/file '{}'",
            t.qari("").replacen("env ", "env TERM=dumb ", 1),
            fixture.display(),
            fixture.display(),
        ),
    );
    // Printed and done, not a screen waiting for keys; status 2 for the
    // file that was missing.
    let screen = t.wait_for("the exit", |s| s.contains("EXITED"));
    assert!(screen.contains("EXITED 2"), "{screen}");
    let log = t.output_log();
    assert!(log.contains("/no/such/file: no such file"), "{log}");
    assert_eq!(log.matches("Line 100 of the fixture").count(), 2, "{log}");
    assert!(!log.contains('\u{1b}'), "no escape sequence: {log:?}");
}

/// What tools pass to `$PAGER` for less: `-R` is taken and ignored, `+G`
/// opens at the end, `+N` at line N.
pub fn less_s_arguments_are_taken() {
    let t = Tmux::new("lessargs", (80, 10));
    let fixture = t.fixture();
    t.start("main", &t.qari(&format!("-R +G '{}'", fixture.display())));
    t.wait_for("the end", |s| status_line(s).contains("100%"));
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
    let t = Tmux::new("lessline", (80, 10));
    let fixture = t.fixture();
    t.start(
        "main",
        &t.qari(&format!("+40 -FRX '{}'", fixture.display())),
    );
    t.wait_for("line 40", |s| status_line(s).contains("line 40/"));
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}

/// `+/pattern` (and `-p pattern`) open at the document's first hit, as less
/// does, not at the first after where the reader was last time; without a
/// `+command` the remembered position still holds.
pub fn a_search_given_on_the_command_line_starts_at_the_top() {
    let t = Tmux::new("plussearch", (80, 10));
    let file = t.dir.join("needles.txt");
    let text: String = (1..=60)
        .map(|n| match n {
            5 | 40 => format!("line {n} has the needle in it\n"),
            _ => format!("line {n} is hay\n"),
        })
        .collect();
    std::fs::write(&file, text).expect("file");
    let path = file.display();
    // Every run in its own session, all with this test's state directory.
    let mut runs = 0;
    let mut run = |args: &str| {
        runs += 1;
        t.start(&format!("run{runs}"), &t.qari(args));
    };
    for search in ["+/needle", "-p needle"] {
        run(&format!("'{path}'"));
        t.wait_for("the file", |s| s.contains(" is hay"));
        t.keys(":30");
        t.keys("Enter");
        t.wait_for("line 30", |s| status_position(s).starts_with("30/"));
        t.keys("q");
        t.wait_for("the exit", |s| s.contains("EXITED 0"));
        // Without a `+command`: back at line 30.
        run(&format!("'{path}'"));
        t.wait_for("line 30 again", |s| status_position(s).starts_with("30/"));
        t.keys("q");
        t.wait_for("the exit", |s| s.contains("EXITED 0"));
        run(&format!("{search} '{path}'"));
        let hit = t.wait_for("the first hit", |s| s.contains("needle"));
        // The view keeps a line or so above the hit.
        assert!(hit.contains("line 5 has the needle"), "{search}: {hit}");
        assert!(!hit.contains("line 40 "), "{search}: {hit}");
        t.keys("q");
        t.wait_for("the exit", |s| s.contains("EXITED 0"));
    }
}
