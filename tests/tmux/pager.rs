//! qari as a pager, as people use one: `git log | qari`, `MANPAGER`, several
//! files with `:n` and `:p`, `qari -` typed on a terminal by mistake, and a
//! pipe that writes slowly. Other programs' pagers are in `programs`, text
//! piped in as it comes in `pipes`; their tests keep their `pager::` names.

use crate::support::tmux::{status_line, status_position, Tmux};

pub use pipes::{
    a_slow_pipe_shows_a_short_arabic_first_line_at_once, a_slow_pipe_shows_its_first_lines_at_once,
    a_slow_pipe_without_a_letter_first_shows_at_once,
    a_table_after_a_slow_title_gets_the_terminal_s_width_once_it_comes,
    a_table_piped_in_keeps_the_terminal_s_width_and_prose_the_column,
};
pub use programs::{
    git_log_in_colour_reads_as_text, git_s_diff_lines_read_left_to_right,
    man_piped_by_hand_keeps_the_terminal_s_width, man_s_lines_keep_the_terminal_s_width,
    man_with_qari_as_its_pager,
};

mod pipes;
mod programs;

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
