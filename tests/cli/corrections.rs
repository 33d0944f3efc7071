//! `qari corrections` and the corrections in `qari entities`: listed,
//! applied unless `--no-corrections`, removed by any spelling, and a corrupt
//! lexicon moved aside with a warning.

use std::path::{Path, PathBuf};

use crate::support::cli::{home, isolated, run};
use qari::reader::annotate::corrections::Correction;
use qari::reader::annotate::Label;
use qari::store::Store;

/// "Archive photo" twice, and a person.
const ARTICLE: &str =
    "صورة أرشيفية للرئيس إيمانويل ماكرون في باريس.\nوقال ماكرون إن صورة أرشيفية نشرت في باريس.\n";

/// A fresh home for one test, its lexicon holding `corrections`.
fn home_with(name: &str, corrections: &[(&str, Label)]) -> PathBuf {
    let home = home(&format!("corrections-cli-{name}"));
    let _ = std::fs::remove_dir_all(&home);
    let store = Store::at(data_dir(&home));
    let made: Vec<Correction> = corrections
        .iter()
        .map(|(name, label)| Correction {
            name: (*name).to_string(),
            label: *label,
            modified: "2026-01-01T00:00:00Z".to_string(),
        })
        .collect();
    store.add_corrections(&made).expect("seed the lexicon");
    home
}

fn data_dir(home: &Path) -> PathBuf {
    home.join("data").join("qari")
}

fn entities(home: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut command = isolated(home);
    command.args(["entities", "-", "--json"]).args(extra);
    let out = run(command, ARTICLE.as_bytes());
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    out.stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect()
}

fn texts(rows: &[serde_json::Value], kind: &str) -> Vec<String> {
    rows.iter()
        .filter(|r| r["kind"] == kind)
        .filter_map(|r| r["text"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn entities_apply_the_lexicon_unless_asked_not_to() {
    let home = home_with(
        "apply",
        &[("باريس", Label::Organization), ("ماكرون", Label::NotEntity)],
    );
    let raw = entities(&home, &["--no-corrections"]);
    assert!(
        texts(&raw, "location").iter().any(|t| t == "باريس"),
        "{raw:?}"
    );
    let corrected = entities(&home, &[]);
    let orgs = texts(&corrected, "organization");
    assert_eq!(orgs.iter().filter(|t| *t == "باريس").count(), 2, "{orgs:?}");
    assert!(!texts(&corrected, "location").iter().any(|t| t == "باريس"));
    assert!(
        !texts(&corrected, "person").iter().any(|t| t == "ماكرون"),
        "{corrected:?}"
    );
}

#[test]
fn corrections_are_listed_and_removed_by_any_spelling() {
    let home = home_with(
        "list",
        &[
            ("أرشيفية", Label::NotEntity),
            ("باريس", Label::Organization),
        ],
    );
    let mut list = isolated(&home);
    list.arg("corrections");
    let out = run(list, b"");
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "not an entity  2026-01-01T00:00:00Z أرشيفية\n\
         organization   2026-01-01T00:00:00Z باريس\n"
    );
    let mut json = isolated(&home);
    json.args(["corrections", "--json"]);
    let first = run(json, b"").stdout;
    let row: serde_json::Value =
        serde_json::from_str(first.lines().next().expect("a line")).expect("JSON");
    assert_eq!(row["label"], "not-entity");
    // Removed by another spelling of the same name.
    let mut remove = isolated(&home);
    remove.args(["corrections", "--remove", "ارشيفيه"]);
    let out = run(remove, b"");
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "removed: أرشيفية (not an entity)\n");
    // A name without a correction is an error, naming it.
    let mut again = isolated(&home);
    again.args(["corrections", "--remove", "ارشيفيه"]);
    let out = run(again, b"");
    assert_eq!(out.code, Some(2));
    assert!(
        out.stderr.contains("no correction for \"ارشيفيه\""),
        "{}",
        out.stderr
    );
    let mut list = isolated(&home);
    list.arg("corrections");
    assert_eq!(
        run(list, b"").stdout,
        "organization   2026-01-01T00:00:00Z باريس\n"
    );
}

#[test]
fn a_corrupt_lexicon_is_reported_moved_aside_and_the_rest_goes_on() {
    let home = home_with("corrupt", &[]);
    let data = data_dir(&home);
    std::fs::write(data.join("corrections.json"), b"[oops").expect("write");
    let mut command = isolated(&home);
    command.args(["entities", "-"]);
    let out = run(command, ARTICLE.as_bytes());
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.contains("location"), "entities still listed");
    assert!(
        out.stderr
            .contains("corrections that did not parse were moved aside"),
        "{}",
        out.stderr
    );
    let mut list = isolated(&home);
    list.arg("corrections");
    let out = run(list, b"");
    assert_eq!(out.code, Some(0));
    assert!(out.stdout.starts_with("no corrections"), "{}", out.stdout);
    let aside: Vec<_> = std::fs::read_dir(&data)
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(aside[0].path()).expect("kept"), b"[oops");
}

/// The labels `l` gave in an article: `--no-corrections` leaves them out too,
/// and removing the correction removes those without a note, in every article.
#[test]
fn removing_a_correction_takes_its_labels_out_of_the_articles() {
    use qari::reader::annotate::Annotation;
    let home = home_with("labels", &[("باريس", Label::Organization)]);
    let file = home.join("article.txt");
    std::fs::write(&file, ARTICLE).expect("write the article");
    let doc = qari::core::document::Document::from_vec("article.txt", ARTICLE.as_bytes().to_vec())
        .expect("a document");
    let at = |nth: usize| {
        let starts: Vec<usize> = ARTICLE
            .match_indices("باريس")
            .map(|(b, _)| ARTICLE[..b].chars().count())
            .collect();
        starts[nth]..starts[nth] + "باريس".chars().count()
    };
    let label = |id: &str, span: std::ops::Range<usize>, note: &str| {
        let mut a = Annotation::new(id.into(), ARTICLE, span, "2026-01-01T00:00:00Z");
        a.label = Some(Label::Organization);
        a.note = note.into();
        a
    };
    let store = Store::at(data_dir(&home));
    store
        .save_annotations(
            &doc.hash,
            Some(&file),
            &[
                label("l1", at(0), ""),
                label("l2", at(1), "the city council"),
            ],
            &[],
        )
        .expect("store the labels");
    let rows = |extra: &[&str]| {
        let mut command = isolated(&home);
        command.arg("entities").arg(&file).arg("--json").args(extra);
        let out = run(command, b"");
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        out.stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON"))
            .collect::<Vec<serde_json::Value>>()
    };
    let paris = |rows: &[serde_json::Value], kind: &str| {
        texts(rows, kind).iter().filter(|t| *t == "باريس").count()
    };
    // The recogniser's own answer: both mentions are the city.
    assert_eq!(paris(&rows(&["--no-corrections"]), "location"), 2);
    assert_eq!(paris(&rows(&[]), "organization"), 2);
    let mut remove = isolated(&home);
    remove.args(["corrections", "--remove", "باريس"]);
    let out = run(remove, b"");
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "removed: باريس (organization)\nremoved: 1 label it gave in an article\n"
    );
    // The label with a note is the reader's own annotation: it stays.
    let after = rows(&[]);
    assert_eq!(paris(&after, "location"), 1, "{after:?}");
    assert_eq!(paris(&after, "organization"), 1, "{after:?}");
}

/// Removing a correction reads every article's annotations: one that does not
/// parse is moved aside, as loading it would, and said so.
#[test]
fn removing_a_correction_tells_of_an_annotation_store_moved_aside() {
    let home = home_with("corrupt-labels", &[("باريس", Label::Organization)]);
    let dir = data_dir(&home).join("annotations");
    std::fs::create_dir_all(&dir).expect("annotations dir");
    std::fs::write(dir.join("abcd.json"), b"{oops").expect("write");
    let mut remove = isolated(&home);
    remove.args(["corrections", "--remove", "باريس"]);
    let out = run(remove, b"");
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "removed: باريس (organization)\n");
    assert!(
        out.stderr
            .contains("annotations that did not parse were moved aside"),
        "{}",
        out.stderr
    );
}

/// `command` run to its end within 30 s, else killed and failed: what a
/// test of a hang must not do is hang.
fn run_within(mut command: std::process::Command, what: &str) -> (Option<i32>, String) {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qari starts");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut err = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut err)
                .expect("stderr");
            return (status.code(), err);
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("{what}: still running after 30 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_pipe_or_a_device_in_the_store_is_an_error_not_a_hang() {
    let home = home_with("not-regular", &[]);
    let data = data_dir(&home);
    let lexicon = data.join("corrections.json");
    crate::support::errors::mkfifo(&lexicon);
    let article = home.join("a.txt");
    std::fs::write(&article, ARTICLE).expect("article");
    let mut command = isolated(&home);
    command.arg("entities").arg(&article);
    let (code, err) = run_within(command, "entities with a FIFO lexicon");
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
    // A device that never stops giving is no lexicon either.
    std::fs::remove_file(&lexicon).expect("remove the fifo");
    std::os::unix::fs::symlink("/dev/zero", &lexicon).expect("symlink");
    let mut command = isolated(&home);
    command.arg("corrections");
    let (code, err) = run_within(command, "corrections with /dev/zero as lexicon");
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
    assert!(lexicon.is_symlink(), "nothing moved aside");
}
