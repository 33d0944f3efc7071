//! `qari entities` over several files, as grep reads several: each line of
//! the table and each JSON row says which file it is of, a file that cannot
//! be read is named on standard error while the others are still read, and
//! one file prints exactly what it always did.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::cli::{home, isolated};

const FIRST: &str = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس.\n";
const SECOND: &str = "زار وزير الخارجية موسكو يوم 3 مارس 2021.\n";

/// Two articles in a directory of their own, removed when the test ends;
/// qari runs there, so the files are named as a person types them.
struct Articles {
    dir: PathBuf,
}

impl Articles {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("qari-entities-files-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("a.txt"), FIRST).expect("write");
        std::fs::write(dir.join("b.txt"), SECOND).expect("write");
        Self { dir }
    }

    fn entities(&self, args: &[&str]) -> Output {
        qari_in(&self.dir)
            .arg("entities")
            .args(args)
            .output()
            .expect("runs")
    }
}

impl Drop for Articles {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn qari_in(dir: &Path) -> Command {
    let mut qari = isolated(&home("entities-files-empty-xdg"));
    qari.current_dir(dir);
    qari
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

#[test]
fn several_files_mark_each_line_of_the_table_with_its_file() {
    let articles = Articles::new("table");
    let out = articles.entities(&["a.txt", "b.txt"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = stdout(&out);
    for line in table.lines() {
        assert!(
            line.starts_with("a.txt:") || line.starts_with("b.txt:"),
            "every line names its file: {line:?}\n{table}"
        );
    }
    assert!(
        table.contains("a.txt:person        19-34        إيمانويل ماكرون\n"),
        "{table}"
    );
    assert!(
        table.contains("b.txt:location      18-23        موسكو\n"),
        "{table}"
    );
    assert!(
        table.contains("a.txt:location: 1 mention, 1 entity\n"),
        "{table}"
    );
    assert!(
        table.contains("b.txt:date: 1 mention, 1 entity\n"),
        "{table}"
    );
    // The first file's lines, then the second's.
    let last_a = table.rfind("a.txt:").expect("a.txt");
    let first_b = table.find("b.txt:").expect("b.txt");
    assert!(last_a < first_b, "{table}");
}

#[test]
fn several_files_give_each_json_row_its_file_and_one_file_stays_as_it_was() {
    let articles = Articles::new("json");
    let out = articles.entities(&["--json", "a.txt", "b.txt"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object"))
        .collect();
    let of = |file: &str| rows.iter().filter(|r| r["file"] == file).count();
    assert_eq!(
        (of("a.txt"), of("b.txt"), rows.len()),
        (2, 2, 4),
        "{rows:?}"
    );
    let moscow = rows.iter().find(|r| r["text"] == "موسكو").expect("موسكو");
    assert_eq!(moscow["file"], "b.txt");
    // Offsets are the file's own.
    assert_eq!(
        (moscow["start"].as_u64(), moscow["end"].as_u64()),
        (Some(18), Some(23))
    );
    let one = stdout(&articles.entities(&["--json", "a.txt"]));
    assert_eq!(
        one.lines().next(),
        Some(
            "{\"kind\":\"person\",\"start\":19,\"end\":34,\"text\":\"إيمانويل ماكرون\",\"entity\":\"إيمانويل ماكرون\"}"
        ),
        "one file: no file field, as before"
    );
    let table = stdout(&articles.entities(&["a.txt"]));
    assert!(
        table.starts_with("kind          start-end    text | entity\n"),
        "{table}"
    );
}

#[test]
fn a_missing_file_among_several_is_named_and_the_others_are_read() {
    let articles = Articles::new("missing");
    let out = articles.entities(&["--json", "a.txt", "nope.txt", "b.txt"]);
    assert_eq!(out.status.code(), Some(2), "a file could not be read");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr, "qari: nope.txt: no such file\n");
    let rows = stdout(&out);
    assert!(rows.contains("\"file\":\"a.txt\""), "{rows}");
    assert!(rows.contains("\"file\":\"b.txt\""), "{rows}");
}
