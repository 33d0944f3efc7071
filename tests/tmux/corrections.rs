//! Corrections that stick, in a real terminal: on the built-in article, `l`
//! on the panel's first place's mention, "not an entity": every mention of
//! that name loses its highlight and its panel row; then another document
//! with the same name, opened afterwards, shows it plain from the start.
//!
//! Highlights are read from `capture-pane -e` (a place is underlined); letters are
//! not joined (`--shape off`), so the name in the panel and in the article is
//! the same string of cells.

use crate::support::tmux::{status_line, Tmux};

/// The part of each row left of the panel's border.
fn article_rows(screen: &str) -> Vec<&str> {
    screen
        .lines()
        .map(|l| l.split('\u{2502}').next().unwrap_or(l))
        .collect()
}

/// The SGR sequences right before byte `at` of `row`.
fn styles_before(row: &str, at: usize) -> Vec<&str> {
    let mut head = &row[..at];
    let mut out = Vec::new();
    while head.ends_with('m') {
        let Some(esc) = head.rfind('\u{1b}') else {
            break;
        };
        let seq = &head[esc..];
        if !seq.starts_with("\u{1b}[")
            || seq[2..seq.len() - 1].contains(|c: char| !c.is_ascii_digit() && c != ';')
        {
            break;
        }
        out.push(seq);
        head = &head[..esc];
    }
    out
}

/// Whether each shown occurrence of `name` in the article is underlined as a
/// place is (an annotation's underline has a colour of its own, SGR 58).
fn bold_occurrences(styled: &str, name: &str) -> Vec<bool> {
    cued_occurrences(styled, name, "4")
}

/// Whether each shown occurrence of `name` in the article has SGR `cue`
/// ("1": bold, a person's cue; "4": underlined, a place's), not a note's.
fn cued_occurrences(styled: &str, name: &str, cue: &str) -> Vec<bool> {
    let mut out = Vec::new();
    for row in article_rows(styled) {
        for (at, _) in row.match_indices(name) {
            let params: Vec<&str> = styles_before(row, at)
                .iter()
                .flat_map(|s| s[2..s.len() - 1].split(';'))
                .collect();
            let bold = params.contains(&cue) && !params.contains(&"58");
            out.push(bold);
        }
    }
    out
}

/// The names on the panel's rows ("   2   NAME", "▶  2   NAME").
fn panel_names(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|l| l.split_once('\u{2502}').map(|(_, r)| r))
        .map(|r| {
            r.trim_start_matches([' ', '\u{25B6}'])
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == 'k')
                .trim()
                .to_string()
        })
        .collect()
}

/// The name on the panel's selected row ("▶  2   NAME").
fn selected_name(screen: &str) -> String {
    let row = screen
        .lines()
        .find_map(|l| l.split_once('\u{25B6}').map(|(_, r)| r))
        .expect("a selected row");
    row.trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim()
        .to_string()
}

pub fn l_on_a_mention_relabels_all_of_them_and_the_next_document() {
    let t = Tmux::new("corrections", (110, 30));
    t.start("first", &t.qari("--shape off"));
    t.wait_for("the first screen", |s| {
        s.contains("kazakhstan-2022-01-06.txt")
    });
    t.keys("e");
    t.wait_for("the entities", |s| s.contains("People ("));
    t.keys("Tab");
    // The selection stays on its entity while more arrive: up to the first
    // row, then down to the first place (a one-word name, on the first screen).
    for _ in 0..20 {
        t.keys("k");
    }
    // A place shown on the first screen whose name is no part of another's
    // (كازاخستان is inside جمهورية كازاخستان, which keeps its underline).
    let in_places = |s: &str| {
        s.lines()
            .skip_while(|l| !l.contains("Places ("))
            .take_while(|l| !l.contains("Organizations ("))
            .any(|l| l.contains('\u{25B6}'))
    };
    let mut screen = t.screen();
    let mut name = String::new();
    for _ in 0..40 {
        screen = t.screen();
        if in_places(&screen) {
            name = selected_name(&screen);
            let names = panel_names(&screen);
            let alone = names.iter().all(|n| *n == name || !n.contains(&name));
            if alone && bold_occurrences(&t.styled_screen(), &name).contains(&true) {
                break;
            }
        }
        t.keys("j");
        std::thread::sleep(std::time::Duration::from_millis(60));
    }
    assert!(!name.is_empty(), "{screen}");
    // Counted where the jump to the mention lands (it may scroll).
    t.keys("Enter");
    t.wait_for("the jump to the mention", |s| {
        status_line(s).contains("mention")
    });
    let before = bold_occurrences(&t.styled_screen(), &name);
    assert!(
        before.contains(&true),
        "{name} highlighted as a place: {before:?}"
    );
    t.keys("l");
    t.wait_for("the label menu", |s| s.contains("not an entity"));
    t.keys("6");
    let screen = t.wait_for("the correction", |s| {
        status_line(s).contains("labelled: not an entity")
    });
    assert!(
        status_line(&screen).contains("and in every article"),
        "{screen}"
    );
    assert!(
        panel_names(&screen).iter().all(|r| *r != name),
        "{name} left the panel: {screen}"
    );
    let after = bold_occurrences(&t.styled_screen(), &name);
    assert_eq!(after.len(), before.len(), "{screen}");
    assert!(
        after.iter().all(|b| !b),
        "no mention of {name} stays underlined: {after:?}\n{}",
        t.styled_screen()
    );
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));

    // Another document: the article under a new first line, another hash,
    // no labels of its own. The raw tagger still calls the name a place.
    let article =
        qari::store::input::load(qari::store::input::Source::Builtin, &Default::default())
            .expect("built-in article");
    let other = t.dir.join("other.txt");
    std::fs::write(&other, format!("نسخة أخرى من المقال.\n{}", article.text())).expect("write");
    let raw = std::process::Command::new(crate::support::tmux::QARI)
        .args(["entities", "--no-corrections"])
        .arg(&other)
        .env("XDG_DATA_HOME", t.dir.join("state"))
        .env("XDG_STATE_HOME", t.dir.join("state"))
        .env("XDG_CONFIG_HOME", t.config_dir())
        .output()
        .expect("qari entities");
    let raw = String::from_utf8_lossy(&raw.stdout);
    let logical: String = name.chars().rev().collect();
    assert!(
        raw.lines()
            .any(|l| l.starts_with("location") && l.contains(&logical)),
        "{raw}"
    );
    t.start(
        "second",
        &t.qari(&format!("--shape off '{}'", other.display())),
    );
    t.wait_for("the other document", |s| s.contains("other.txt"));
    t.keys("e");
    let screen = t.wait_for("its entities", |s| s.contains("People ("));
    assert!(panel_names(&screen).iter().all(|r| *r != name), "{screen}");
    let shown = bold_occurrences(&t.styled_screen(), &name);
    assert!(!shown.is_empty(), "{screen}");
    assert!(shown.iter().all(|b| !b), "plain from the start: {shown:?}");
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
}

/// `qari entities` on a terminal: each row laid out as `qari render` lays
/// it out, so a terminal without bidi of its own (tmux) shows the names
/// right to left; through a pipe the table stays in logical order.
pub fn the_entities_table_reads_right_to_left_on_a_terminal() {
    let t = Tmux::new("enttable", (100, 12));
    let file = t.dir.join("article.txt");
    std::fs::write(
        &file,
        "قال الرئيس قاسم جومارت توكاييف إن كازاخستان مستقرة. وأكد توكاييف ذلك.\n",
    )
    .expect("article");
    t.start("main", &t.qari(&format!("entities '{}'", file.display())));
    let screen = t.wait_for("the table", |s| s.contains("EXITED"));
    assert!(screen.contains("EXITED 0"), "{screen}");
    let drawn = |shape: &str| {
        crate::support::tmux::render(&["--no-wrap", "--shape", shape], "قاسم جومارت توكاييف")
            .trim()
            .to_string()
    };
    assert!(
        screen.contains(&drawn("on")) || screen.contains(&drawn("off")),
        "the name as render draws it: {screen}"
    );
    assert!(!screen.contains("قاسم جومارت"), "{screen}");
    // A surname's row: its text, then its entity's name, each under its
    // heading (one right-to-left run swapped them).
    let surname = screen
        .lines()
        .find(|l| l.starts_with("person") && l.contains(" | "))
        .expect("a row with an entity's name");
    let (text, entity) = surname.split_once(" | ").expect("two cells");
    let (name, full) = (drawn("on"), drawn("off"));
    let of = |cell: &str, name: &str| cell.trim_end().ends_with(name);
    assert!(
        of(entity, &name) || of(entity, &full),
        "the entity last: {surname:?}"
    );
    assert!(
        !text.contains(&name) && !text.contains(&full),
        "{surname:?}"
    );
}

/// A row wider than the terminal is fitted to it: cut with `…` in logical
/// order (a long quote and its speaker), never wrapped by the terminal in
/// the middle of a name; a pipe keeps the whole row.
pub fn entities_rows_fit_a_narrow_terminal() {
    let width = 64;
    let t = Tmux::new("entnarrow", (width, 16));
    let file = t.dir.join("article.txt");
    let article = "وقال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة \
        \"ماضية في تنفيذ برنامجها الإصلاحي رغم كل التحديات الاقتصادية والسياسية\".\n";
    std::fs::write(&file, article).expect("article");
    t.start("main", &t.qari(&format!("entities '{}'", file.display())));
    let screen = t.wait_for("the table", |s| s.contains("EXITED"));
    assert!(screen.contains("EXITED 0"), "{screen}");
    let quote = screen
        .lines()
        .find(|l| l.starts_with("quote"))
        .unwrap_or_else(|| panic!("a quote row: {screen}"));
    assert!(quote.contains("said by"), "{screen}");
    assert!(quote.contains('…'), "cut: {quote}");
    // Every line is a row, the header, a count or the harness's: none is
    // the wrapped end of a row.
    let starts = [
        "kind ",
        "person",
        "location",
        "organization",
        "date",
        "quote",
        "EXITED",
    ];
    for line in screen.lines().filter(|l| !l.trim().is_empty()) {
        assert!(
            starts.iter().any(|s| line.starts_with(s)),
            "a row wrapped: {line:?} in\n{screen}"
        );
    }
    // Through a pipe, the whole speaker.
    let piped = std::process::Command::new(crate::support::tmux::QARI)
        .args(["entities", &file.display().to_string()])
        .env("XDG_STATE_HOME", t.dir.join("state"))
        .env("XDG_DATA_HOME", t.dir.join("data"))
        .env("XDG_CONFIG_HOME", t.dir.join("config"))
        .output()
        .expect("qari");
    let piped = String::from_utf8_lossy(&piped.stdout);
    assert!(piped.contains("said by محمد شياع السوداني\n"), "{piped}");
}

/// A "not an entity" correction kept from an earlier session (الأب, the
/// father, once tagged alone) takes its words off the edge of a longer
/// mention: صلاح الأب is the person صلاح in the panel and in the article's
/// highlight, and `qari entities` says the same.
pub fn a_correction_takes_its_words_off_a_longer_mention() {
    let t = Tmux::new("corrtrim", (100, 20));
    let store = t.dir.join("state").join("qari");
    std::fs::create_dir_all(&store).expect("store dir");
    std::fs::write(
        store.join("corrections.json"),
        r#"{"version": 1, "corrections": [
            {"name": "الأب", "label": "not-entity", "modified": "2026-01-01T00:00:00.000Z"}
        ]}"#,
    )
    .expect("corrections");
    let file = t.dir.join("father.txt");
    std::fs::write(
        &file,
        "وقال اللاعب محمد صلاح إنه سعيد. وأضاف صلاح الأب أن ابنه تعب كثيرا.\n",
    )
    .expect("article");
    let visual = |s: &str| s.chars().rev().collect::<String>();
    t.start(
        "main",
        &t.qari(&format!("--shape off '{}'", file.display())),
    );
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("e");
    let screen = t.wait_for("the people", |s| s.contains("People ("));
    let names = panel_names(&screen);
    assert!(names.contains(&visual("صلاح")), "{screen}");
    assert!(names.contains(&visual("محمد صلاح")), "{screen}");
    assert!(
        !names.iter().any(|n| n.contains(&visual("الأب"))),
        "{screen}"
    );
    // The father's name is bold as a person's is, the word after it plain.
    let styled = t.styled_screen();
    assert_eq!(cued_occurrences(&styled, &visual("الأب"), "1"), vec![false]);
    assert_eq!(
        cued_occurrences(&styled, &visual("صلاح"), "1"),
        vec![true, true]
    );
    t.keys("q");
    t.wait_for("qari to quit", |s| s.contains("EXITED 0"));
    let out = std::process::Command::new(crate::support::tmux::QARI)
        .arg("entities")
        .arg(&file)
        .env("XDG_DATA_HOME", t.dir.join("state"))
        .env("XDG_STATE_HOME", t.dir.join("state"))
        .env("XDG_CONFIG_HOME", t.config_dir())
        .output()
        .expect("qari entities");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("person") && l.trim_end().ends_with(" صلاح")),
        "{table}"
    );
    assert!(!table.contains("الأب"), "{table}");
}
