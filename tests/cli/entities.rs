//! `qari entities` as a program: the JSON Lines contract and the table.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::support::cli::{assert_isolated, home, isolated};

use qari::core::document::Document;

const ARTICLE: &str = "\u{FEFF}قال الرئيس الفرنسي إيمانويل ماكرون في باريس يوم 3 مارس 2021 إن «فرنسا ستقف إلى جانب لبنان حتى النهاية».\r\nوأضاف ماكرون أن الاتحاد الأوروبي سيقدم مساعدات عاجلة.\r\n";

/// qari with empty XDG homes: `qari entities` reads the configuration and
/// the reader's labels from the annotation store, and the developer's own
/// must not change what these tests see.
fn qari() -> Command {
    isolated(&home("entities-cli-empty-xdg"))
}

#[test]
fn runs_do_not_see_the_users_config_or_annotations() {
    assert_isolated(&qari());
}

/// A file in a directory of its own, both removed when the test ends.
struct TempFile {
    dir: std::path::PathBuf,
    path: std::path::PathBuf,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn temp_file(name: &str, bytes: &[u8]) -> TempFile {
    let dir = std::env::temp_dir().join(format!("qari-entities-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    TempFile { dir, path }
}

fn check_json(stdout: &str, doc_text: &str) -> Vec<serde_json::Value> {
    let chars: Vec<char> = doc_text.chars().collect();
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect();
    for row in &rows {
        let start = row["start"].as_u64().expect("start") as usize;
        let end = row["end"].as_u64().expect("end") as usize;
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(row["text"].as_str(), Some(slice.as_str()), "{row}");
        assert!(["person", "location", "organization", "date", "quote"]
            .contains(&row["kind"].as_str().expect("kind")));
        assert!(
            row["entity"].as_str().is_some_and(|e| !e.is_empty()),
            "{row}"
        );
        if row.get("speaker").is_some() {
            assert_eq!(row["kind"], "quote");
        }
    }
    rows
}

#[test]
fn json_lines_text_is_the_documents_code_points() {
    let file = temp_file("bom-crlf.txt", ARTICLE.as_bytes());
    let path = file.path.as_path();
    let out = qari()
        .arg("entities")
        .arg(path)
        .arg("--json")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = Document::from_bytes("t", ARTICLE.as_bytes()).expect("text");
    let rows = check_json(&String::from_utf8(out.stdout).expect("utf-8"), doc.text());
    let has = |kind: &str, text: &str| rows.iter().any(|r| r["kind"] == kind && r["text"] == text);
    assert!(has("date", "يوم 3 مارس 2021"));
    assert!(has("quote", "فرنسا ستقف إلى جانب لبنان حتى النهاية"));
    let quote = rows.iter().find(|r| r["kind"] == "quote").expect("a quote");
    assert_eq!(quote["speaker"], "إيمانويل ماكرون");
    // The later surname belongs to the full name.
    let macron: Vec<_> = rows
        .iter()
        .filter(|r| {
            r["kind"] == "person" && r["text"].as_str().is_some_and(|t| t.contains("ماكرون"))
        })
        .collect();
    assert!(
        macron.len() >= 2 && macron.iter().all(|r| r["entity"] == "إيمانويل ماكرون"),
        "{macron:?}"
    );
}

#[test]
fn standard_input_and_the_table() {
    let mut child = qari()
        .args(["entities", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(ARTICLE.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("waits");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.starts_with("kind "), "{text}");
    assert!(text.contains("quote: 1 mention, 1 entity"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("date") && l.contains("يوم 3 مارس 2021")),
        "{text}"
    );
}

#[test]
fn the_default_article_keeps_the_contract() {
    let article = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/kazakhstan-2022-01-06.txt"
    );
    let out = qari()
        .args(["entities", "--json", article])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let doc = qari::store::input::load(qari::store::input::Source::Builtin, &Default::default())
        .expect("built-in article");
    let rows = check_json(&String::from_utf8(out.stdout).expect("utf-8"), doc.text());
    for kind in ["person", "location", "organization", "date", "quote"] {
        assert!(rows.iter().any(|r| r["kind"] == kind), "no {kind}");
    }
}

#[test]
fn a_missing_file_is_an_error_with_its_name() {
    let out = qari()
        .args(["entities", "/nonexistent/article.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/article.txt"));
}

/// `qari ARGS -` fed `total` bytes of `line` repeated, with the reader's
/// input limit lowered to `limit` bytes and inputs over `whole` bytes
/// streamed. The writer stops quietly when qari stops reading.
fn with_long_stdin(
    args: &[&str],
    line: &str,
    total: usize,
    limit: usize,
    whole: usize,
) -> std::process::Output {
    let mut child = qari()
        .args(args)
        .env("QARI_MAX_INPUT_BYTES", limit.to_string())
        .env("QARI_ENTITIES_WHOLE_BYTES", whole.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let stream = line.repeat(total.div_ceil(line.len()));
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(stream.as_bytes());
    });
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    out
}

#[test]
fn standard_input_streams_past_the_reader_s_limit_with_one_entity_per_name() {
    let line = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستقف إلى جانب لبنان.\n\
                وأضاف ماكرون أن الاتحاد الأوروبي سيقدم مساعدات عاجلة.\n";
    let limit = 16 * 1024;
    let total = 4 * limit;
    // Streamed (past 4 KiB), and past the reader's limit: no warning, no cut.
    let out = with_long_stdin(&["entities", "-", "--json"], line, total, limit, 4096);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    let lines = total.div_ceil(line.len());
    let text = line.repeat(lines);
    let rows = check_json(&String::from_utf8(out.stdout).expect("utf-8"), &text);
    // Mentions reach into the last repetition.
    let chars = text.chars().count();
    let last_end = rows
        .iter()
        .filter_map(|r| r["end"].as_u64())
        .max()
        .expect("mentions") as usize;
    assert!(
        last_end > chars - line.chars().count(),
        "{last_end} of {chars}"
    );
    // The same name in every chunk is one entity, named as first seen.
    let macron: Vec<_> = rows
        .iter()
        .filter(|r| r["kind"] == "person" && r["text"] == "ماكرون")
        .collect();
    assert!(macron.len() * 2 >= lines, "{} of {lines}", macron.len());
    assert!(macron.iter().all(|r| r["entity"] == "إيمانويل ماكرون"));
    // The table counts as it goes: as many mentions as the JSON has rows.
    let out = with_long_stdin(&["entities", "-"], line, total, limit, 4096);
    let table = String::from_utf8(out.stdout).expect("utf-8");
    let people = rows.iter().filter(|r| r["kind"] == "person").count();
    assert!(
        table.contains(&format!("person: {people} mentions, ")),
        "{}",
        table.lines().rev().take(5).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn bad_input_streams_without_trouble() {
    // One long line of words, marks piled on one letter, no Arabic at all;
    // inputs over 64 KiB stream. Input is written from a thread while the
    // output is read: qari prints as it goes, so neither pipe may wait.
    let line = "قال الرئيس نيكول باشينيان في يريفان إن الوضع خطير ".repeat(4_000);
    let marks = format!("ب{} قال الرئيس في القاهرة.\n", "\u{0651}".repeat(10_000));
    let latin = "The quick brown fox, said John Smith in London.\n".repeat(2_000);
    for text in [line, marks, latin] {
        let out = with_long_stdin(
            &["entities", "-", "--json"],
            &text,
            text.len(),
            1 << 30,
            65536,
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{stderr}");
        check_json(&String::from_utf8(out.stdout).expect("utf-8"), &text);
    }
}

#[test]
fn a_described_speaker_is_not_counted_as_a_named_person() {
    let file = temp_file(
        "source.txt",
        "وبحسب مصدر أمني، فإن \"الهجوم أسفر عن مقتل خمسة جنود وإصابة آخرين\".\n".as_bytes(),
    );
    let path = file.path.as_path();
    let out = qari()
        .args(["entities", "--json"])
        .arg(path)
        .output()
        .expect("runs");
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    // The source speaks, but the text never names it as a person.
    assert!(
        rows.iter()
            .any(|r| r["kind"] == "quote" && r["speaker"] == "مصدر أمني"),
        "{rows:?}"
    );
    assert!(rows.iter().all(|r| r["kind"] != "person"), "{rows:?}");
    let table = qari().arg("entities").arg(path).output().expect("runs");
    let table = String::from_utf8(table.stdout).expect("utf-8");
    assert!(table.contains("person: 0 mentions, 0 entities"), "{table}");
}

#[test]
fn a_streamed_input_s_summary_counts_each_entity_once() {
    // Streamed in chunks (past 4 KiB), the table's closing counts must agree with
    // a document read whole: one entity per name, however many chunks name it.
    let line = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستقف إلى جانب لبنان.\n";
    let total = 64 * 1024;
    let streamed = with_long_stdin(&["entities", "-"], line, total, 1 << 30, 4096);
    let whole = with_long_stdin(&["entities", "-"], line, total, 1 << 30, 1 << 30);
    let summary = |out: &std::process::Output| -> Vec<String> {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.contains(" mentions, "))
            .map(str::to_string)
            .collect()
    };
    let (s, w) = (summary(&streamed), summary(&whole));
    assert!(
        s.iter()
            .any(|l| l.starts_with("location: ") && l.ends_with(" 3 entities")),
        "{s:?}"
    );
    assert_eq!(s, w);
}

#[test]
fn a_text_without_arabic_is_said_to_be_one_the_recogniser_cannot_read() {
    let english = "President Joe Biden met Emmanuel Macron in Paris.\n".repeat(40);
    // Read whole, and streamed in chunks.
    for whole in ["4194304", "64"] {
        let file = temp_file("english.txt", english.as_bytes());
        let out = qari()
            .env("QARI_ENTITIES_WHOLE_BYTES", whole)
            .args(["entities", "--json"])
            .arg(&file.path)
            .output()
            .expect("run qari");
        assert!(out.status.success());
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.matches("no Arabic text").count(), 1, "{stderr}");
    }
    // Arabic, or nothing at all, is no such case.
    for text in [ARTICLE, "\n\n"] {
        let file = temp_file("other.txt", text.as_bytes());
        let out = qari()
            .args(["entities", "--json"])
            .arg(&file.path)
            .output()
            .expect("run qari");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("no Arabic text"), "{stderr}");
    }
}
