//! Text piped in as it comes: a slow pipe's first lines shown at once, and a
//! table laid out for the terminal keeping its width (prose the column).

use crate::support::tmux::{status_line, Tmux};

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
