//! `qari annotations` and the labels in `qari entities`, as programs, with
//! the store in a temporary XDG data directory.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use qari::core::document::Document;
use serde_json::Value;

const P1: &str = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا ستقف إلى جانب لبنان.";
const P2: &str = "وأضاف ماكرون أن الاتحاد الأوروبي سيقدم مساعدات عاجلة.";

/// A temporary directory with an XDG data home and an article in it.
struct Fixture {
    dir: PathBuf,
}

impl Fixture {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("qari-annot-cli-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("data")).expect("mkdir");
        Self { dir }
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.join(name);
        fs::write(&path, text).expect("write");
        path
    }

    fn qari(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run qari")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_qari"));
        cmd.args(args)
            .env("XDG_DATA_HOME", self.dir.join("data"))
            .env("XDG_STATE_HOME", self.dir.join("state"))
            .env("XDG_CONFIG_HOME", self.dir.join("config"))
            .env("HOME", &self.dir)
            .stdin(Stdio::null());
        cmd
    }

    /// qari run with `args`, `input` piped to its standard input.
    fn piped(&self, args: &[&str], input: &str) -> Output {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write");
        child.wait_with_output().expect("wait")
    }

    fn annotations_dir(&self) -> PathBuf {
        self.dir.join("data/qari/annotations")
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "status {:?}, stderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

fn rows(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

fn span_of(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// A brat line labelling `needle` of `text` as `kind`.
fn t_line(n: usize, kind: &str, text: &str, needle: &str) -> String {
    let (s, e) = span_of(text, needle);
    format!("T{n}\t{kind} {s} {e}\t{needle}\n")
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn an_article_without_annotations_prints_nothing() {
    let fx = Fixture::new("empty");
    let doc = fx.write("a.txt", P1);
    for format in ["jsonl", "w3c", "brat", "markdown"] {
        let out = ok(&fx.qari(&["annotations", path_str(&doc), "--export", format]));
        match format {
            "jsonl" => assert_eq!(out, ""),
            "w3c" => {
                let v: Value = serde_json::from_str(&out).expect("JSON");
                assert_eq!(v["total"], 0);
                assert_eq!(v["type"], "AnnotationCollection");
                assert!(v.get("first").is_none(), "no empty page: {out}");
            }
            "markdown" => assert!(out.contains("No annotations.")),
            _ => assert!(out.lines().all(|l| l.starts_with('T')), "{out}"),
        }
    }
    assert!(!fx.annotations_dir().exists(), "printing must not write");
}

#[test]
fn imported_labels_are_kept_listed_and_re_anchored() {
    let fx = Fixture::new("import");
    let text = format!("{P1}\n{P2}");
    let doc = fx.write("a.txt", &text);
    let ann = format!(
        "{}{}#1\tAnnotatorNotes T1\tالرئيس الفرنسي\nT3\tWeapon 0 3\tقال\n{}",
        t_line(1, "Person", &text, "إيمانويل ماكرون"),
        t_line(2, "Organization", &text, "الاتحاد الأوروبي"),
        t_line(4, "ORG", &text, "الاتحاد الأوروبي"),
    );
    let ann_path = fx.write("a.ann", &ann);
    let out = fx.qari(&[
        "annotations",
        path_str(&doc),
        "--import",
        "brat",
        path_str(&ann_path),
    ]);
    let stdout = ok(&out);
    assert_eq!(
        stdout,
        format!(
            "imported 2 spans from {}, 1 already there, 1 line skipped\n",
            ann_path.display()
        )
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 4: unknown type \"Weapon\""),
        "{stderr}"
    );

    // Stored under the document's hash in the XDG data directory.
    let hash = Document::from_bytes("a", text.as_bytes())
        .expect("doc")
        .hash;
    assert!(fx.annotations_dir().join(format!("{hash}.json")).is_file());

    let listed = rows(&ok(&fx.qari(&["annotations", path_str(&doc)])));
    assert_eq!(listed.len(), 2);
    let (s, e) = span_of(&text, "إيمانويل ماكرون");
    assert_eq!(
        (listed[0]["start"].clone(), listed[0]["end"].clone()),
        (s.into(), e.into())
    );
    assert_eq!(listed[0]["label"], "person");
    assert_eq!(listed[0]["note"], "الرئيس الفرنسي");
    assert_eq!(listed[1]["label"], "organization");

    // Importing again adds nothing.
    let again = ok(&fx.qari(&[
        "annotations",
        path_str(&doc),
        "--import",
        "brat",
        path_str(&ann_path),
    ]));
    assert!(again.starts_with("imported 0 spans"), "{again}");
    assert!(again.contains("3 already there"), "{again}");

    // The article is edited: a paragraph before, the second paragraph removed.
    let edited = format!("عنوان جديد في الأعلى.\n{P1}");
    fs::write(&doc, &edited).expect("edit");
    let listed = rows(&ok(&fx.qari(&["annotations", path_str(&doc)])));
    assert_eq!(listed.len(), 2, "nothing dropped");
    let (s, e) = span_of(&edited, "إيمانويل ماكرون");
    assert_eq!(
        (listed[0]["start"].clone(), listed[0]["end"].clone()),
        (s.into(), e.into())
    );
    assert_eq!(listed[0]["orphaned"], false);
    assert_eq!(listed[1]["orphaned"], true);
    assert_eq!(listed[1]["exact"], "الاتحاد الأوروبي");
    assert_eq!(listed[1]["start"], Value::Null);
    let md = ok(&fx.qari(&["annotations", path_str(&doc), "--export", "markdown"]));
    let (_, orphans) = md.split_once("## Orphaned").expect("orphan section");
    assert!(orphans.contains("> الاتحاد الأوروبي"), "{md}");
    // brat has no place for it, and says so.
    let brat = fx.qari(&["annotations", path_str(&doc), "--export", "brat"]);
    let said = String::from_utf8_lossy(&brat.stderr);
    assert!(
        said.contains("1 annotation whose passage is no longer in the text is not"),
        "{said}"
    );
    assert!(!ok(&brat).contains("الاتحاد الأوروبي"));
}

#[test]
fn labels_override_the_recogniser_in_entities_and_brat() {
    let fx = Fixture::new("entities");
    let text = format!("{P1}\n{P2}");
    let doc = fx.write("a.txt", &text);
    let before = rows(&ok(&fx.qari(&["entities", path_str(&doc), "--json"])));
    let paris = span_of(&text, "باريس");
    let found = |rows: &[Value], span: (usize, usize)| {
        rows.iter()
            .find(|r| r["start"] == span.0 && r["end"] == span.1)
            .map(|r| r["kind"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(
        found(&before, paris).as_deref(),
        Some("location"),
        "{before:?}"
    );
    let help = span_of(&text, "مساعدات عاجلة");
    assert_eq!(found(&before, help), None);

    let ann = format!(
        "{}{}",
        t_line(1, "NotEntity", &text, "باريس"),
        t_line(2, "Date", &text, "مساعدات عاجلة"),
    );
    let ann_path = fx.write("a.ann", &ann);
    ok(&fx.qari(&[
        "annotations",
        path_str(&doc),
        "--import",
        "brat",
        path_str(&ann_path),
    ]));
    let after = rows(&ok(&fx.qari(&["entities", path_str(&doc), "--json"])));
    assert_eq!(found(&after, paris), None, "{after:?}");
    assert_eq!(found(&after, help).as_deref(), Some("date"));
    // Other mentions are untouched.
    assert_eq!(after.len(), before.len());

    let brat = ok(&fx.qari(&["annotations", path_str(&doc), "--export", "brat"]));
    assert!(
        brat.contains(&format!("\tDate {} {}\tمساعدات عاجلة\n", help.0, help.1)),
        "{brat}"
    );
    // باريس is no entity of any kind; the reader's correction is written as such.
    let paris_lines: Vec<&str> = brat.lines().filter(|l| l.ends_with("\tباريس")).collect();
    assert_eq!(paris_lines.len(), 1, "{brat}");
    assert!(
        paris_lines[0].ends_with(&format!("\tNotEntity {} {}\tباريس", paris.0, paris.1)),
        "{brat}"
    );
}

#[test]
fn standard_input_documents_are_found_by_their_hash() {
    let fx = Fixture::new("stdin");
    let ann_path = fx.write("a.ann", &t_line(1, "Location", P1, "باريس"));
    let run = |args: &[&str]| fx.piped(args, P1);
    ok(&run(&[
        "annotations",
        "-",
        "--import",
        "brat",
        path_str(&ann_path),
    ]));
    let listed = rows(&ok(&run(&["annotations", "-"])));
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["exact"], "باريس");
    let w3c: Value =
        serde_json::from_str(&ok(&run(&["annotations", "-", "--export", "w3c"]))).expect("JSON");
    let source = w3c["first"]["items"][0]["target"]["source"]
        .as_str()
        .expect("source");
    assert!(source.starts_with("urn:qari:document:"), "{source}");
}

/// Notes on a text piped in, then the next day's text piped in: its hash
/// finds nothing, and `--all` lists the notes with the document's name and
/// when it was annotated, without writing the store.
#[test]
fn notes_on_a_changed_pipe_are_listed_by_all() {
    let fx = Fixture::new("all");
    let notes = format!(
        "{}#1\tAnnotatorNotes T1\tyesterday's note\n",
        t_line(1, "Location", P1, "باريس")
    );
    let ann_path = fx.write("a.ann", &notes);
    let run = |args: &[&str], input: &str| fx.piped(args, input);
    let import = ["annotations", "-", "--import", "brat", path_str(&ann_path)];
    ok(&run(&import, P1));
    let file_doc = fx.write("b.txt", P2);
    let (s, e) = span_of(P2, "ماكرون");
    let other = format!("T1\tPerson {s} {e}\tماكرون\n");
    let other_ann = fx.write("b.ann", &other);
    ok(&fx.qari(&[
        "annotations",
        path_str(&file_doc),
        "--import",
        "brat",
        path_str(&other_ann),
    ]));
    // The next day's text, yesterday's in it: its hash has no notes.
    let next_day = format!("{P2}\n{P1}");
    assert_eq!(ok(&run(&["annotations", "-"], &next_day)), "");
    let stored = |fx: &Fixture| {
        let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(fx.annotations_dir())
            .expect("store")
            .map(|e| {
                let e = e.expect("entry");
                (
                    e.file_name().to_string_lossy().into_owned(),
                    fs::read(e.path()).expect("read"),
                )
            })
            .collect();
        files.sort();
        files
    };
    let before = stored(&fx);
    let listed = rows(&ok(&fx.qari(&["annotations", "--all"])));
    assert_eq!(listed.len(), 2, "{listed:?}");
    // The latest annotated first: the file, then the pipe's notes.
    assert_eq!(listed[0]["path"], path_str(&file_doc));
    assert_eq!(listed[0]["document"], "b.txt");
    assert_eq!(listed[0]["label"], "person");
    let piped = &listed[1];
    assert_eq!(piped["document"], "standard input");
    assert_eq!(piped["path"], Value::Null);
    assert_eq!(piped["note"], "yesterday's note");
    assert_eq!(piped["exact"], "باريس");
    assert_eq!(piped["label"], "location");
    assert_eq!(
        piped["hash"],
        Document::from_bytes("-", P1.as_bytes()).expect("doc").hash
    );
    let annotated = piped["annotated"].as_str().expect("a time");
    assert!(
        annotated.starts_with("20") && annotated.ends_with('Z'),
        "{annotated}"
    );
    let md = ok(&fx.qari(&["annotations", "--all", "--export", "markdown"]));
    assert!(md.starts_with("# Annotations of every document\n"), "{md}");
    assert!(md.contains("## standard input\n"), "{md}");
    assert!(md.contains("## b.txt\n"), "{md}");
    assert!(md.contains(&format!("last annotated {annotated}")), "{md}");
    assert!(md.contains("> باريس\n\nyesterday's note\n"), "{md}");
    let brat = fx.qari(&["annotations", "--all", "--export", "brat"]);
    assert_eq!(brat.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&brat.stderr).contains("--all prints jsonl or markdown"),
        "{}",
        String::from_utf8_lossy(&brat.stderr)
    );
    assert_eq!(stored(&fx), before, "listing writes nothing");
}

mod trouble;

#[test]
fn an_imported_label_over_a_stored_one_is_skipped_and_said() {
    let fx = Fixture::new("import-conflict");
    let text = format!("{P1}\n{P2}");
    let doc = fx.write("a.txt", &text);
    let import = |name: &str, ann: String| {
        let ann_path = fx.write(name, &ann);
        fx.qari(&[
            "annotations",
            path_str(&doc),
            "--import",
            "brat",
            path_str(&ann_path),
        ])
    };
    ok(&import(
        "a.ann",
        t_line(1, "Person", &text, "إيمانويل ماكرون"),
    ));
    // Another file labels part of the same name: the stored label is kept.
    let out = import("b.ann", t_line(1, "Location", &text, "ماكرون"));
    let stdout = ok(&out);
    assert!(stdout.starts_with("imported 0 spans"), "{stdout}");
    assert!(stdout.ends_with(", 1 line skipped\n"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 1: Location") && stderr.contains("conflicts with the stored Person"),
        "{stderr}"
    );
    let listed = rows(&ok(&fx.qari(&["annotations", path_str(&doc)])));
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["label"], "person");
}

#[test]
fn a_warning_about_the_input_names_it_as_every_command_does() {
    // "قال" in windows-1256.
    let path = crate::support::errors::scratch(
        "annotations-cp1256.txt",
        b"\xe2\xc7\xe1 \xc7\xe1\xd1\xc6\xed\xd3\n",
    );
    let run = crate::support::errors::qari(&["annotations", &path]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("qari: {path}: warning: read as windows-1256")),
        "{}",
        run.stderr
    );
}
